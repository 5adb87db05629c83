"""The database file itself, as the office sees it: back up, list the backups, restore, check.

The data menu (ui/data) and `sopdesk backup/restore/check` (commands/backup.py) both do
their work through here; neither reaches store/ itself. Everything takes the database
file's path, not an Office, so a database that Office refuses to open can still be
checked and restored: that is the rescue. The exceptions the screens catch are named
here too.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from ..store import backup as backups, integrity, server_copy
from ..store.backup import BEFORE_RESTORE, BEFORE_UPGRADE, DAILY, MANUAL, BackupInfo, backup_folder
from ..store.engine import is_server, make_engine, safe_url
from ..store.errors import AlteredSchema, DamagedDatabase, ForeignCompanion, NewerDatabase, NotSopdesk, StoreError
from ..store.opening import initialize, offered_backup
from ..store.shape import server_schema_problems
from ..store.sqlite_file import database_file

if TYPE_CHECKING:
    from .office import Office

__all__ = [
    "BEFORE_RESTORE", "BEFORE_UPGRADE", "DAILY", "MANUAL", "AlteredSchema", "BackupInfo", "DamagedDatabase",
    "ForeignCompanion", "Migrated", "NewerDatabase", "NotSopdesk", "ServerStatus", "StoreError", "back_up",
    "backup_at_start", "backup_folder", "check_backup", "checksum_recorded", "database_path", "full_check",
    "is_server", "last_backup", "list_backups", "manual_backup_name", "migrate", "newest_good_backup",
    "offered_backup", "restore", "safe_url", "server_back_up", "server_backup_at_start", "server_backup_folder",
    "server_backup_name", "server_backups", "server_check", "server_restore", "server_status", "server_url",
]

KINDS = backups.KINDS   # DAILY (at start), MANUAL, BEFORE_UPGRADE, BEFORE_RESTORE: what a backup's name says


def database_path(office: Office) -> Path | None:
    """The database file behind the office, None for a server database (no file to back up)."""
    return database_file(office.engine)


# -- backing up ----------------------------------------------------------------------

def back_up(db_path: Path, dest: Path | None = None, *,
            progress: Callable[[int, int], None] | None = None) -> Path:
    """Back up now, to `dest` (a file the user chose, e.g. on a flashdisk) or into the backups folder.

    A backup into the backups folder joins the rotation (old ones there are removed, never this
    one); a file written elsewhere is never touched again. Raises StoreError saying where and why.
    """
    made = backups.make_backup(db_path, dest, kind=MANUAL, progress=progress)
    if dest is None:
        backups.rotate(backup_folder(db_path), Path(db_path).stem, protect=made)
    return made


def manual_backup_name(db_path: Path, when: datetime | None = None) -> str:
    """The name a manual backup gets in a folder, e.g. "sopdesk-20261125-073012-manual.sqlite"."""
    return backups.backup_name(db_path, MANUAL, when or datetime.now().astimezone())


def backup_at_start(db_path: Path | None, now: datetime | None = None) -> str | None:
    """The once-a-day backup at start-up; None, or the Indonesian problem to show (never raises)."""
    return backups.backup_at_start(db_path, now)


# -- the backups there are -------------------------------------------------------------

def list_backups(db_path: Path, *, check: bool = True) -> list[BackupInfo]:
    """The backups of this database in its backups folder, newest first; check=True opens each."""
    return backups.find_backups(backup_folder(db_path), Path(db_path).stem, check=check)


def last_backup(db_path: Path) -> BackupInfo | None:
    """The newest automatic or manual backup (not the copy kept before a restore), unchecked."""
    found = [b for b in list_backups(db_path, check=False) if b.kind != BEFORE_RESTORE]
    return found[0] if found else None


def check_backup(path: str | Path, *, deep: bool = True) -> BackupInfo:
    """Can this file (a backup anywhere, e.g. on a flashdisk) be restored? Never raises.

    deep=True reads it all: SQLite's full check and its recorded checksum.
    """
    return backups.check_backup(path, deep=deep)


def checksum_recorded(path: str | Path) -> bool:
    """Was a checksum recorded for this backup when it was made? (Not for backups made before sopdesk did.)"""
    return backups.checksum_recorded(path)


def newest_good_backup(db_path: Path, *, deep: bool = True) -> BackupInfo | None:
    """The newest backup of this database that passes the checks (deep: SQLite's full check)."""
    return backups.newest_good_backup(db_path, deep=deep)


# -- restoring and checking -------------------------------------------------------------

def restore(db_path: Path, backup_file: str | Path) -> Path | None:
    """Replace the database with a backup (checked fully first); return where the replaced one was kept.

    Nothing is asked here: the caller asks the user first. Raises StoreError, changing nothing,
    when the backup cannot be used (its checksum, its content, its schema) or another window has
    the database open. A database whose -wal is not its own is moved with it into a dated folder
    in the backups folder; that folder is returned.
    """
    return backups.restore(db_path, backup_file)


def full_check(db_path: Path) -> list[str]:
    """SQLite's full integrity check of the database file and the checks on open; ["ok"] when healthy.

    Reads only: a -wal beside it that is not its own is reported, never folded in.
    """
    return integrity.full_check(db_path)


# -- the office server (PostgreSQL) -----------------------------------------------------------------
# Its backups are SQLite snapshots of every row (store/server_copy.py), in THIS PC's backups folder;
# restore loads one into the server, or into a file like any backup. Everything takes the server's URL,
# not an Office, for the same reason as above: a server that Office refuses can still be restored.

@dataclass(frozen=True)
class ServerStatus:
    """What a connection test of the office server found (Settings → "Basis data kantor" → "Uji sambungan")."""
    url: str                    # as it may be shown: the password masked
    server_version: str         # e.g. "15.8"
    schema_version: int | None  # None: an empty database, which sopdesk will set up when first opened
    cases: int


def server_status(url: str | Path) -> ServerStatus:
    """Reach the server, log in and look at the database, changing nothing; StoreError (Indonesian,
    with the masked URL) says what is wrong: unreachable, wrong password, no such database, not sopdesk's."""
    engine = make_engine(url)
    try:
        status = server_copy.server_status(engine)
    finally:
        engine.dispose()
    return ServerStatus(safe_url(url), *status)


def server_url(office: Office) -> str | None:
    """The office server's URL behind the office, password included: for the work above, never to be shown
    (office.target is the masked one). None for a database file."""
    if database_file(office.engine) is not None:
        return None
    return office.engine.url.render_as_string(hide_password=False)


def server_backup_folder() -> Path:
    """Where this PC keeps its backups of the office server (the data folder's backups)."""
    return paths.backups_dir()


def server_back_up(url: str | Path, dest: Path | None = None) -> Path:
    """A backup of the server now: into this PC's backups folder (rotated), or to `dest` (a file)."""
    engine = make_engine(url)
    try:
        initialize(engine)
        folder = server_backup_folder()
        made = server_copy.make_server_backup(engine, folder, dest, kind=MANUAL)
        if dest is None:
            backups.rotate(folder, server_copy.server_stem(engine), protect=made)
        return made
    finally:
        engine.dispose()


def server_backup_name(url: str | Path, when: datetime | None = None) -> str:
    """The name a manual backup of the server gets in a folder, e.g. "server-kantor-20261125-073012-manual.sqlite"."""
    engine = make_engine(url)
    try:
        return backups.backup_name(server_copy.server_stem(engine), MANUAL, when or datetime.now().astimezone())
    finally:
        engine.dispose()


def server_backups(url: str | Path, *, check: bool = True) -> list[BackupInfo]:
    """The backups of the server made on this PC, newest first."""
    engine = make_engine(url)
    try:
        return backups.find_backups(server_backup_folder(), server_copy.server_stem(engine), check=check)
    finally:
        engine.dispose()


def server_backup_at_start(office: Office) -> str | None:
    """The once-a-day backup of the server, made by one PC of the office (server_copy.daily_server_backup)."""
    return server_copy.daily_server_backup(office.engine, server_backup_folder())


def server_restore(url: str | Path, backup_file: str | Path) -> Path:
    """Replace the server's contents with a backup; return the backup of what it held, kept first."""
    engine = make_engine(url)
    try:
        return server_copy.restore_server(engine, Path(backup_file), server_backup_folder())
    finally:
        engine.dispose()


def server_check(url: str | Path) -> list[str]:
    """The server database's shape and every table read through; ["ok"] when sound."""
    engine = make_engine(url)
    try:
        initialize(engine)
        problems = server_schema_problems(engine)
        with engine.connect() as conn:
            server_copy.checksums(conn)   # every row readable
        return problems or ["ok"]
    finally:
        engine.dispose()


# -- moving a database between SQLite and the server ----------------------------------------------------

@dataclass(frozen=True)
class Migrated:
    source: str           # as it may be shown: the password masked
    target: str
    tables: dict[str, tuple[int, str]]   # per table: rows, sha256 (equal on both sides)
    seconds: float

    @property
    def rows(self) -> int:
        return sum(n for n, _ in self.tables.values())


def migrate(source: str | Path, target: str | Path,
            progress: Callable[[str, int, int], None] | None = None) -> Migrated:
    """Copy an office's database whole to the server, or from it to a new SQLite file; verified.

    The source is opened as a sopdesk database (checked, upgraded if older). A server target may be
    empty or a sopdesk database without cases (a new one, seeded); one holding cases is refused, as is
    an existing file. Raises StoreError, the target unchanged (a new file removed), on any failure.
    """
    started = time.monotonic()
    shown_src, shown_dst = safe_url(source), safe_url(target)
    if not is_server(source) and not Path(source).expanduser().is_file():
        raise StoreError(f"Basis data sumber {shown_src} tidak ada.")
    if is_server(source) == is_server(target):
        raise StoreError("Migrasi memindahkan basis data antara berkas SQLite dan server kantor (PostgreSQL): "
                         "salah satu harus berkas, yang lain alamat server.")
    new_file = None if is_server(target) else Path(target).expanduser()
    if new_file is not None and new_file.exists():
        raise StoreError(f"Berkas tujuan {new_file} sudah ada; migrasi tidak menimpa berkas. Pilih nama berkas baru.")
    src = make_engine(source)
    dst = None
    try:
        initialize(src)
        dst = make_engine(target)
        if new_file is None:
            foreign = server_copy.foreign_tables(dst)
            if foreign:
                raise StoreError(f"Basis data tujuan {shown_dst} berisi tabel lain, bukan milik sopdesk "
                                 f"({', '.join(foreign[:5])}); tidak ada yang diubah.")
            cases = server_copy.case_count(dst)
            if cases:
                raise StoreError(f"Basis data tujuan {shown_dst} sudah berisi {cases} kasus; migrasi tidak menimpa "
                                 "data kantor. Pakai basis data kosong, atau pulihkan dengan: sopdesk restore FILE")
        copied = server_copy.copy_database(src, dst, progress=progress)
    except BaseException:
        if dst is not None:
            dst.dispose()
            dst = None
        if new_file is not None:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(new_file) + suffix).unlink(missing_ok=True)
        raise
    finally:
        src.dispose()
        if dst is not None:
            dst.dispose()
    return Migrated(shown_src, shown_dst, copied.tables, time.monotonic() - started)
