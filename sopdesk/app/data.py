"""The database file itself, as the office sees it: back up, list the backups, restore, check.

The data menu (ui/data) and `sopdesk backup/restore/check` (commands/backup.py) both do
their work through here; neither reaches store/ itself. Everything takes the database
file's path, not an Office, so a database that Office refuses to open can still be
checked and restored: that is the rescue. The exceptions the screens catch are named
here too.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..store import backup as backups, integrity
from ..store.backup import BEFORE_RESTORE, BEFORE_UPGRADE, DAILY, MANUAL, BackupInfo, backup_folder
from ..store.errors import AlteredSchema, DamagedDatabase, ForeignCompanion, NewerDatabase, NotSopdesk, StoreError
from ..store.opening import offered_backup
from ..store.sqlite_file import database_file

if TYPE_CHECKING:
    from .office import Office

__all__ = [
    "BEFORE_RESTORE", "BEFORE_UPGRADE", "DAILY", "MANUAL", "AlteredSchema", "BackupInfo", "DamagedDatabase",
    "ForeignCompanion", "NewerDatabase", "NotSopdesk", "StoreError", "back_up", "backup_at_start", "backup_folder",
    "check_backup", "checksum_recorded", "database_path", "full_check", "last_backup", "list_backups",
    "manual_backup_name", "newest_good_backup", "offered_backup", "restore",
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
