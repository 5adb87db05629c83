"""Where the database, backups, logs and per-PC settings live.

Every use of appdirs is here, so moving to its successor platformdirs is a
one-file change.
"""
from __future__ import annotations

import os
from pathlib import Path

import appdirs

APP_NAME = "sopdesk"
APP_AUTHOR = "sopdesk"


def data_dir() -> Path:
    override = os.environ.get("SOPDESK_DATA_DIR")
    return Path(override) if override else Path(appdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_database() -> Path:
    """--db, else SOPDESK_DB, else sopdesk.db in the user data folder."""
    env = os.environ.get("SOPDESK_DB")
    return Path(env) if env else data_dir() / "sopdesk.db"



def ensure_data_dir() -> Path:
    d = data_dir()
    d.mkdir(parents=True, exist_ok=True)
    return d


def log_file() -> Path:
    return data_dir() / "sopdesk.log"


def backups_dir() -> Path:
    return data_dir() / "backups"


def cache_dir() -> Path:
    """Things this PC can make again, kept to save time (e.g. the year's national holidays)."""
    return data_dir() / "cache"
