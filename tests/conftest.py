"""Shared fixtures: headless Qt, a real SQLite file per test, and a private data folder.

QT_QPA_PLATFORM must be set before anything imports Qt, so it is set at
import time of this file (pytest loads conftest.py before the test modules).
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """Logs, per-PC settings and the default database go to a temporary folder, never the user's."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("SOPDESK_DATA_DIR", str(folder))
    monkeypatch.delenv("SOPDESK_DB", raising=False)
    return folder


@pytest.fixture
def data_dir(_private_data_dir):
    return _private_data_dir


@pytest.fixture
def office(tmp_path):
    from sopdesk.service import Office
    o = Office(tmp_path / "t.db")
    yield o
    o.close()
