"""An SQLite database file as a file: its header, its side files, its version, SQLite's own checks.

Everything here reads a file or a read-only sqlite3 connection and writes nothing
to the database or its log (a read-only connection may set up the -shm index, which
is scratch). The policy of what to check when (on open, before a restore) is in
integrity.py and opening.py; backup.py uses the same checks on its copies.

The write-ahead log (-wal) is SQLite's record of changes not yet folded into the
file. SQLite checks that a log is whole (salts and a checksum chain inside the
log) but nothing ties a log to its database: a -wal left beside a file that was
copied over after a power cut is replayed into the copy. `companion_problem` looks
for the signs that a log belongs elsewhere, and `open_view` reads the database
without ever folding the log into it.
"""
from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass
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


@dataclass(frozen=True)
class DbHeader:
    page_size: int
    wal_mode: bool        # file format versions 2/2: the file writes a -wal
    change_counter: int
    pages: int            # from the file's size


def read_header(path: Path) -> DbHeader | None:
    """The main file's header, None when it is no SQLite file (header_problem says why)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(HEADER_SIZE)
    except OSError:
        return None
    if len(head) < HEADER_SIZE or not head.startswith(SQLITE_MAGIC):
        return None
    page_size = int(struct.unpack(">H", head[16:18])[0])
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return None
    return DbHeader(page_size, head[18] == 2 and head[19] == 2, int(struct.unpack(">I", head[24:28])[0]),
                    size // page_size)


WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER, WAL_FRAME_HEADER = 32, 24
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


@dataclass(frozen=True)
class LogFile:
    """What SQLite would replay from a -wal: its frames up to the last whole transaction."""

    page_size: int
    committed: int               # frames up to and including the last commit frame
    db_pages: int                # the database's size in pages after that commit
    page_one: bytes | None       # the newest committed copy of page 1's header (100 bytes)


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    """SQLite's WAL checksum (a Fibonacci-weighted sum of 32-bit words), continued from s0, s1."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for a, b in zip(words[0::2], words[1::2], strict=True):
        s0 = (s0 + a + s1) & 0xFFFFFFFF
        s1 = (s1 + b + s0) & 0xFFFFFFFF
    return s0, s1


def read_log(path: Path) -> LogFile | None:
    """The -wal beside `path` read as SQLite's recovery reads it; None when there is none or it is no log.

    A frame counts when its salts match the log's header and the checksum chain
    holds up to it, exactly SQLite's test; so a transaction cut by a power cut,
    or frames of an earlier round of the same log, are not counted.
    """
    wal = companion(path, "-wal")
    try:
        with open(wal, "rb") as f:
            head = f.read(WAL_HEADER)
            if len(head) < WAL_HEADER:
                return None
            magic, version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", head)
            if magic not in WAL_MAGIC or version != 3007000 or page_size < 512 or page_size > 65536 \
                    or page_size & (page_size - 1):
                return None
            big = bool(magic & 1)
            s0, s1 = _checksum(head[:24], big, 0, 0)
            if (s0, s1) != (c0, c1):
                return None
            frames = committed = db_pages = 0
            page_one = newest_one = None
            while True:
                frame = f.read(WAL_FRAME_HEADER + page_size)
                if len(frame) < WAL_FRAME_HEADER + page_size:
                    break
                pgno, truncate, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", frame[:WAL_FRAME_HEADER])
                if (f_salt1, f_salt2) != (salt1, salt2) or pgno == 0:
                    break
                s0, s1 = _checksum(frame[:8], big, s0, s1)
                s0, s1 = _checksum(frame[WAL_FRAME_HEADER:], big, s0, s1)
                if (s0, s1) != (f0, f1):
                    break
                frames += 1
                if pgno == 1:
                    newest_one = frame[WAL_FRAME_HEADER:WAL_FRAME_HEADER + HEADER_SIZE]
                if truncate:
                    committed, db_pages, page_one = frames, truncate, newest_one
    except OSError:
        return None
    return LogFile(page_size, committed, db_pages, page_one)


def companion_problem(path: Path) -> str | None:
    """Why the -wal (or -journal) beside the database cannot be its own, in Indonesian; None when it may be.

    The signs, each of which SQLite itself ignores: a log of another page size; a
    log with transactions beside a file that does not use a log (a backup or a
    copy in rollback mode was put here); a file bigger than the log says the
    database is (a database never shrinks in sopdesk); a file whose change counter
    is ahead of the log's newest page 1; a rollback journal beside a WAL file.
    A log that passes may still not fit: the page check through `open_view` is the
    last word (integrity.check_on_open).
    """
    head = read_header(path)
    if head is None:
        return None  # header_problem speaks for the file itself
    log = read_log(path)
    if log is not None and log.committed:
        if log.page_size != head.page_size:
            return (f"berkas -wal memakai halaman {log.page_size} bita, basis datanya {head.page_size} bita")
        if not head.wal_mode:
            return ("berkas -wal berisi perubahan, padahal basis data di sampingnya tidak memakai -wal "
                    "(berkas lain, mis. salinan cadangan, diletakkan di sini)")
        if head.pages > log.db_pages:
            return (f"basis data lebih besar ({head.pages} halaman) daripada yang dicatat berkas -wal "
                    f"({log.db_pages} halaman)")
        if log.page_one is not None:
            counter = int(struct.unpack(">I", log.page_one[24:28])[0])
            if counter < head.change_counter:
                return "berkas -wal lebih lama daripada basis datanya"
    journal = companion(path, "-journal")
    try:
        with open(journal, "rb") as f:
            hot = f.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC
    except OSError:
        hot = False
    if hot and head.wal_mode:
        return "ada berkas -journal di samping basis data yang memakai -wal"
    return None


def log_pending(path: Path) -> bool:
    """The -wal beside `path` holds transactions SQLite would replay."""
    log = read_log(path)
    return log is not None and log.committed > 0


def open_view(path: Path, *, main_file_only: bool = False) -> sqlite3.Connection:
    """A read-only connection that never folds the -wal into the file nor leaves a new one beside it.

    With a -wal there (left behind, or another window's): SQLite's read-only mode,
    which reads the file with its log, through the other window's index and locks
    if there is one, but cannot checkpoint. Without one, or with `main_file_only`:
    the file alone, immutable (no locks; no -wal or -shm created).
    """
    uri = Path(path).resolve().as_uri()
    if main_file_only or not companion(path, "-wal").exists():
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    return sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=OPEN_TIMEOUT_S)


RESTORING_SUFFIX = ".sedang-dipulihkan"


def restoring_marker(path: Path) -> Path:
    """The file a restore leaves beside the database while it swaps it, so a writer is told why it waits."""
    return path.with_name(path.name + RESTORING_SUFFIX)


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
    try:
        row = con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    except sqlite3.OperationalError:  # a meta table of another shape: another program's
        return None
    try:
        return int(row[0]) if row else None
    except (TypeError, ValueError):
        return None


def read_application(con: sqlite3.Connection) -> str | None:
    """Whose database this is by its meta table ("sopdesk"); None without one (or of another shape)."""
    if con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone() is None:
        return None
    try:
        row = con.execute("SELECT value FROM meta WHERE key='application'").fetchone()
    except sqlite3.OperationalError:
        return None
    return str(row[0]) if row and row[0] is not None else None


def check_rows(con: sqlite3.Connection, pragma: str) -> list[str]:
    return [str(r[0]) for r in con.execute(f"PRAGMA {pragma}").fetchall()]


def integrity_check(path: Path) -> list[str]:
    """SQLite's full check of one file (with its log, never folded in); ["ok"] when healthy. Reads only."""
    problem = header_problem(Path(path))
    if problem:
        return [problem]
    try:
        con = open_view(Path(path))
    except sqlite3.Error as e:
        return [str(e)]
    try:
        return check_rows(con, "integrity_check(100)")
    except sqlite3.DatabaseError as e:
        return [str(e)]
    finally:
        con.close()
