"""Is this database file healthy? Checked before the program uses it.

Every open runs the cheap checks (the file is an SQLite database, not cut
short, its schema loads). SQLite's page-by-page `quick_check` costs about
1.5 s per 300 MB, so it runs on open when there is a reason for doubt: the
file is small (then it is cheap), the previous session left its write-ahead
log behind (a power cut or a killed program), or today's backup is still to
be made (a damaged file must never become the newest backup). The full
`integrity_check` runs on demand (`sopdesk check`) and before a restore.
Nothing here writes to the database.
"""
from __future__ import annotations

import os
import sqlite3
import struct
from pathlib import Path

from .db import StoreError, describe_error

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
ALWAYS_DEEP_BELOW = 32 * 1024 * 1024
OPEN_TIMEOUT_S = 10


class DamagedDatabase(StoreError):
    """The file cannot be used as it is. `backup` is the newest backup that looks good, if any.

    The GUI offers to restore `backup`; the message (for the command line) says how.
    """

    def __init__(self, path: Path, detail: str, backup=None):
        self.path = Path(path)
        self.detail = detail
        self.backup = backup
        lines = [f"Berkas basis data rusak: {detail}.", f"Berkas: {self.path}",
                 "Berkas ini tidak diubah oleh sopdesk."]
        if backup is not None:
            from ..domain.indonesian import format_datetime
            lines.append(f"Cadangan terbaru yang baik: {backup.path} ({format_datetime(backup.made_at)}).")
            lines.append(f"Pulihkan dengan: sopdesk restore \"{backup.path}\"")
        else:
            lines.append("Tidak ada cadangan yang dapat dipakai. Jangan hapus berkas ini; hubungi petugas TI.")
        super().__init__("\n".join(lines))


class NewerDatabase(StoreError):
    def __init__(self, version: int):
        self.version = version
        super().__init__(
            f"Basis data ini dibuat oleh versi sopdesk yang lebih baru (skema {version}). "
            "Pasang versi sopdesk terbaru untuk membukanya; berkas ini tidak diubah.")


def database_file(engine) -> Path | None:
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
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "kepala berkas rusak (ukuran halaman tidak sah)"
    pages, change, valid_for = (struct.unpack(">I", head[o:o + 4])[0] for o in (28, 24, 92))
    # Only when no log is pending: a checkpoint cut short by a power cut may leave
    # the main file shorter than its header says, and SQLite repairs that from the log.
    pending = any(companion(path, s).exists() for s in ("-wal", "-journal"))
    if not pending and pages and change == valid_for and size < pages * page_size:
        return f"berkas terpotong ({size:,} dari {pages * page_size:,} bita)".replace(",", ".")
    return None


def read_version(con: sqlite3.Connection) -> int | None:
    if con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone() is None:
        return None
    row = con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    try:
        return int(row[0]) if row else None
    except (TypeError, ValueError):
        return None


def check_rows(con: sqlite3.Connection, pragma: str) -> list[str]:
    return [str(r[0]) for r in con.execute(f"PRAGMA {pragma}").fetchall()]


def check_on_open(path: Path, *, deep: bool | None = None, newest: int | None = None) -> int | None:
    """Check a database file before the program opens it; return its schema version.

    None means a new, empty or foreign file (initialize() decides what to do).
    Raises DamagedDatabase, NewerDatabase, or StoreError (read-only place, busy).
    `newest` is the newest schema this program knows.
    """
    path = Path(path)
    folder = path.parent
    if not path.exists() or path.stat().st_size == 0:
        if not os.access(folder, os.W_OK):
            raise StoreError(read_only_message(folder))
        if path.exists() and _has_backups(path):
            # Emptied by a power cut, not new: starting afresh would look like all data lost.
            raise damaged(path, "berkas kosong (0 bita)")
        return None
    if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
        raise StoreError(read_only_message(folder))
    problem = header_problem(path)
    if problem:
        raise damaged(path, problem)
    if deep is None:
        deep = should_check_deeply(path)
    try:
        con = sqlite3.connect(path, timeout=OPEN_TIMEOUT_S)
    except sqlite3.Error as e:
        raise StoreError(describe_error(e)) from e
    try:
        if deep:
            rows = check_rows(con, "quick_check(20)")
            if rows != ["ok"]:
                found = " ".join("; ".join(rows[:3]).split())
                raise damaged(path, "pemeriksaan halaman menemukan kerusakan: " + found[:300])
        version = read_version(con)
    except sqlite3.DatabaseError as e:
        text = str(e).lower()
        if "locked" in text or "busy" in text or "readonly" in text or "unable to open" in text:
            raise StoreError(describe_error(e)) from e
        raise damaged(path, f"SQLite melaporkan: {e}") from e
    finally:
        con.close()
    if newest is not None and version is not None and version > newest:
        raise NewerDatabase(version)
    return version


def _has_backups(path: Path) -> bool:
    from .backup import backup_folder, find_backups
    return bool(find_backups(backup_folder(path), path.stem, check=False))


def should_check_deeply(path: Path) -> bool:
    from .backup import daily_due
    if path.stat().st_size < ALWAYS_DEEP_BELOW:
        return True
    if companion(path, "-wal").exists():
        return True
    return daily_due(path)


def damaged(path: Path, detail: str) -> DamagedDatabase:
    """The error for a damaged file, with the newest backup that looks good to offer instead."""
    from .backup import newest_good_backup
    try:
        backup = newest_good_backup(path, deep=False)
    except Exception:  # looking for help must not hide the real problem
        backup = None
    return DamagedDatabase(path, detail, backup)


def read_only_message(folder: Path) -> str:
    return (f"Folder basis data hanya dapat dibaca (read-only): {folder}. "
            "Periksa kunci tulis flashdisk atau hak akses folder, atau salin berkas ke folder yang dapat ditulisi.")


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
