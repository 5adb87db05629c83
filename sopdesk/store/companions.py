"""Is the -wal beside a database its own? Judged without ever folding it into the file.

sqlite_file.companion_problem reads the signs in the files' headers. A log that
passes them may still not fit: then the database read with its log (SQLite's
read-only view, which cannot checkpoint) fails SQLite's page check or sopdesk's
schema while the file alone passes both, and the log is to blame. SQLite may
rebuild the -shm, its scratch index of the log, while it reads; the file and
the log stay as they were.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from . import schema
from .shape import schema_problems
from .sqlite_file import check_rows, companion_problem, log_pending, open_view, read_application, read_version

FOREIGN_LOG = "isi berkas -wal tidak cocok dengan basis datanya: gabungannya rusak, berkasnya sendiri utuh"


def sound(con: sqlite3.Connection, *, pages: bool = True) -> bool:
    """A sopdesk database of a known version whose pages (quick_check) and schema are right."""
    try:
        if pages and check_rows(con, "quick_check(1)") != ["ok"]:
            return False
        if read_application(con) != schema.APP_ID:
            return False
        version = read_version(con)
        return version is not None and version <= schema.SCHEMA_VERSION and not schema_problems(con, version)
    except sqlite3.Error:
        return False


def main_file_sound(path: Path) -> bool:
    """With a -wal holding transactions: is the file alone sound? Then what is wrong comes from the log."""
    if not log_pending(path):
        return False
    try:
        con = open_view(path, main_file_only=True)
    except sqlite3.Error:
        return False
    try:
        return sound(con)
    finally:
        con.close()


def stray_log(path: Path) -> str | None:
    """Why the -wal (or -journal) beside `path` is not its own, in Indonesian; None when it may be."""
    stray = companion_problem(path)
    if stray or not log_pending(path):
        return stray
    try:
        con = open_view(path)
    except sqlite3.Error:
        return None
    try:
        if sound(con):
            return None
    finally:
        con.close()
    return FOREIGN_LOG if main_file_sound(path) else None
