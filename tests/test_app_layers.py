"""The service layer keeps its shape: no SQL outside store/, no module reaching into another's
private names, and every event written by app/events.py alone."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "sopdesk"
LAYER = sorted([*(ROOT / "app").glob("*.py"), *(ROOT / "commands").glob("*.py")])
# `something._private`, unless `something` is the object itself.
FOREIGN_PRIVATE = re.compile(r"\b(?!self\b|cls\b)[A-Za-z_]\w*\._[a-z]\w*")


@pytest.mark.parametrize("path", LAYER, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_sql_and_no_foreign_privates(path):
    text = path.read_text(encoding="utf-8")
    assert "sqlalchemy" not in text, "SQL belongs in store/: add a query function there"
    assert "store import tables" not in text and "store.tables" not in text
    assert FOREIGN_PRIVATE.findall(text) == []


def test_events_are_written_by_events_py_alone():
    writers = sorted(p.name for p in (ROOT / "app").glob("*.py")
                     if re.search(r"repo\.(add_event|add_cases_and_events|update_case)\b", p.read_text(encoding="utf-8")))
    assert writers == ["events.py"]
