"""Where the shipped files (SOPs, fonts, icons, translations, schema) are.

Three layouts: a source checkout (repo-root resources/ and data/), an
installed wheel (sopdesk/_resources, sopdesk/_data, copied by setup.py), and
a PyInstaller bundle (the same names under sys._MEIPASS/sopdesk).
"""
from __future__ import annotations

import contextlib
import sys
from functools import cache
from importlib import resources as _ir
from pathlib import Path


@cache
def _root(kind: str) -> Path:
    packaged = {"resources": "_resources", "data": "_data"}[kind]
    candidates = []
    with contextlib.suppress(ModuleNotFoundError, TypeError):
        candidates.append(Path(str(_ir.files("sopdesk"))) / packaged)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "sopdesk" / packaged)
    candidates.append(Path(__file__).resolve().parent.parent / kind)
    for c in candidates:
        if c.is_dir():
            return c
    raise FileNotFoundError(f"folder {kind!r} of sopdesk not found (looked in {candidates})")


def resource_path(*parts: str) -> Path:
    """A file under resources/, e.g. resource_path("sops", "x.toml")."""
    return _root("resources").joinpath(*parts)


def schema_sql(name: str = "schema.sql") -> str:
    """data/schema.sql (SQLite), or another file there (schema-postgresql.sql)."""
    return (_root("data") / name).read_text(encoding="utf-8")
