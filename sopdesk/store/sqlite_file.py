"""An SQLite database file as a file: its header, its side files, its version, SQLite's own checks.

Everything here reads a file or a plain sqlite3 connection and writes nothing.
The policy of what to check when (on open, before a restore) is in integrity.py
and opening.py; backup.py uses the same checks on its copies.
"""
from __future__ import annotations

import sqlite3
import struct
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
OPEN_TIMEOUT_S = 10


def database_file(engine: Engine) -> Path | None:
    """The file behind an SQLite engine; None for other databases and in-memory ones."""
    if engine.dialect.name != "sqlite":
        return None
    name = engine.url.database
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name)


def companion(path: Path, suffix: str) -> Path:
    """SQLite's side files: -wal, -shm, -journal."""
    return path.with_name(path.name + suffix)


def header_problem(path: Path) -> str | None:
    """What is wrong with the file judged by its first 100 bytes and its size, or None."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(HEADER_SIZE)
    except OSError as e:
        return f"berkas tidak dapat dibaca ({e.strerror})"
    if len(head) < HEADER_SIZE or not head.startswith(SQLITE_MAGIC):
        if head and not head.strip(b"\x00"):
            return "isinya hanya nol (biasanya akibat listrik padam saat menulis ke flashdisk)"
        return "isinya bukan basis data SQLite"
    page_size: int = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "kepala berkas rusak (ukuran halaman tidak sah)"
    pages, change, valid_for = (int(struct.unpack(">I", head[o:o + 4])[0]) for o in (28, 24, 92))
    # Only when no log is pending: a checkpoint cut short by a power cut may leave
    # the main file shorter than its header says, and SQLite repairs that from the log.
    pending = any(companion(path, s).exists() for s in ("-wal", "-journal"))
    if not pending and pages and change == valid_for and size < pages * page_size:
        return f"berkas terpotong ({size:,} dari {pages * page_size:,} bita)".replace(",", ".")
    return None


def read_version(con: sqlite3.Connection) -> int | None:
    """The schema version in the sopdesk meta table; None when there is none (a new or foreign file)."""
    if con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone() is None:
        return None
    row = con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    try:
        return int(row[0]) if row else None
    except (TypeError, ValueError):
        return None


def check_rows(con: sqlite3.Connection, pragma: str) -> list[str]:
    return [str(r[0]) for r in con.execute(f"PRAGMA {pragma}").fetchall()]


def integrity_check(path: Path) -> list[str]:
    """SQLite's full check of one file; ["ok"] when healthy. Reads only.

    A plain connection, not ?mode=ro: a read-only connection cannot open a
    database in WAL mode whose -shm file is missing.
    """
    problem = header_problem(Path(path))
    if problem:
        return [problem]
    try:
        con = sqlite3.connect(Path(path), timeout=OPEN_TIMEOUT_S)
    except sqlite3.Error as e:
        return [str(e)]
    try:
        return check_rows(con, "integrity_check(100)")
    except sqlite3.DatabaseError as e:
        return [str(e)]
    finally:
        con.close()
