"""Opening a database: check the file, create the schema in a new one, upgrade an older one.

The top rung of store/, which the modules below never import:

    errors → sqlite_file → schema → engine → upgrade → shape → companions → backup → integrity → opening

(tests/test_store_ladder.py keeps that order). What a check finds is judged
here, where the backups are known: a damaged file is refused with the newest
backup that looks good to offer instead, and an existing but empty file
whose database has backups is damage, not a new database.
"""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError

from . import backup as backups, schema
from .backup import BEFORE_UPGRADE, BackupInfo, backup_folder, daily_due, find_backups, newest_good_backup
from .engine import engine_url, writer
from .errors import AlteredSchema, DamagedDatabase, StoreError, describe_error
from .integrity import check_on_open
from .schema import create_schema
from .shape import catalog_problems, schema_problems, server_catalog, server_schema_problems
from .sqlite_file import companion, database_file, open_view
from .upgrade import upgrade_database

log = logging.getLogger(__name__)

ALWAYS_DEEP_BELOW = 32 * 1024 * 1024


def initialize(engine: Engine) -> bool:
    """Create the schema on an empty database; check the version of an existing one.

    Returns True when the database was just created. An existing file is
    checked first (check_file) and upgraded if older (store/upgrade.py, which
    makes a backup first).
    """
    path = database_file(engine)
    if path is not None:
        check_file(path)
    if engine.dialect.name == "postgresql":
        return _initialize_server(engine)
    try:
        with writer(engine).begin() as conn:
            has_meta = conn.execute(text(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
            )).first() if engine.dialect.name == "sqlite" else None
            if has_meta is None:
                others = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type='table'")).scalar()
                if others:
                    raise StoreError("Berkas ini adalah basis data SQLite, tetapi bukan milik sopdesk.")
                create_schema(conn)
                return True
            version = int(conn.execute(text("SELECT value FROM meta WHERE key='schema_version'")).scalar() or 0)
    except (DatabaseError, sqlite3.DatabaseError) as e:
        raise StoreError(describe_error(e)) from e
    if version > schema.SCHEMA_VERSION:
        raise StoreError(
            f"Basis data ini dibuat oleh versi sopdesk yang lebih baru (skema {version}). "
            "Pasang versi sopdesk terbaru untuk membukanya.")
    if version < schema.SCHEMA_VERSION:
        upgrade_database(engine, version, _backup_before_upgrade)
        if path is not None:
            _check_upgraded(path)
    return False


def _initialize_server(engine: Engine) -> bool:
    """initialize() on the office's PostgreSQL server: no file to check or back up before an upgrade.

    Every start reads the catalogue and meta in one reading transaction: a database of this version
    whose shape is sound opens with that alone. Anything else (empty, older, not sopdesk's) is judged
    again under the write lock (engine.WRITE_LOCK), which makes two PCs that open a new database at
    once take turns: the second finds the schema the first made.
    """
    where = engine_url(engine)
    try:
        with engine.connect() as conn:
            catalog = server_catalog(conn)
            found: dict[str, str] = (dict(conn.execute(text("SELECT key, value FROM meta")).all())
                                     if "meta" in catalog.base_tables else {})
    except (DatabaseError, sqlite3.DatabaseError) as e:
        raise StoreError(f"{describe_error(e)} ({where})") from e
    if found.get("application") == schema.APP_ID and found.get("schema_version") == str(schema.SCHEMA_VERSION):
        _refuse_altered(catalog_problems(catalog), where)
        return False
    return _initialize_server_locked(engine, where)


def _initialize_server_locked(engine: Engine, where: str) -> bool:
    try:
        with writer(engine).begin() as conn:
            tables = server_catalog(conn).base_tables
            if "meta" not in tables:
                if tables:
                    raise StoreError(f"Basis data di server ini sudah berisi tabel lain, bukan milik sopdesk "
                                     f"({where}). Pakai basis data kosong khusus untuk sopdesk; tidak ada yang diubah.")
                log.info("creating the sopdesk schema on the server %s", where)
                create_schema(conn)
                return True
            found: dict[str, str] = dict(conn.execute(text("SELECT key, value FROM meta")).all())
    except (DatabaseError, sqlite3.DatabaseError) as e:
        raise StoreError(f"{describe_error(e)} ({where})") from e
    if found.get("application") != schema.APP_ID or not str(found.get("schema_version", "")).isdigit():
        raise StoreError(f"Basis data di server ini bukan milik sopdesk ({where}); tidak ada yang diubah.")
    version = int(found["schema_version"])
    if version > schema.SCHEMA_VERSION:
        raise StoreError(
            f"Basis data kantor ini dibuat oleh versi sopdesk yang lebih baru (skema {version}). "
            "Pasang versi sopdesk terbaru di PC ini untuk membukanya.")
    if version < schema.SCHEMA_VERSION:
        upgrade_database(engine, version, _backup_before_upgrade)
    _refuse_altered(server_schema_problems(engine), where)
    return False


def _refuse_altered(problems: list[str], where: str) -> None:
    if problems:
        raise StoreError(f"Susunan basis data kantor bukan susunan yang dibuat sopdesk ({'; '.join(problems[:6])}); "
                         f"mungkin diubah dengan program lain. Demi keamanan riwayat kasus, basis data ini tidak "
                         f"dibuka ({where}).")


def _check_upgraded(path: Path) -> None:
    """The upgrade was judged on a copy of the schema; the real result must be the same."""
    con = open_view(path)
    try:
        differences = schema_problems(con, schema.SCHEMA_VERSION)
    finally:
        con.close()
    if differences:
        raise AlteredSchema(path, "; ".join(differences[:6]), unchanged=False).with_backup(offered_backup(path))


def _backup_before_upgrade(path: Path) -> Path:
    return backups.make_backup(path, kind=BEFORE_UPGRADE)


def check_file(path: Path) -> int | None:
    """integrity.check_on_open, told what only the backups know; return the file's schema version.

    A DamagedDatabase raised here offers the newest backup that looks good, if any.
    """
    try:
        return check_on_open(path, deep=should_check_deeply(path), newest=schema.SCHEMA_VERSION,
                             had_data=_emptied_with_backups(path))
    except DamagedDatabase as found:
        raise found.with_backup(offered_backup(path)) from found.__cause__


def should_check_deeply(path: Path) -> bool:
    """Run quick_check on open? When the file is small (then it is cheap), the previous session
    left its write-ahead log behind (a power cut or a killed program), or today's backup is still
    to be made (a damaged file must never become the newest backup)."""
    try:
        size = path.stat().st_size
    except OSError:
        return False  # nothing to check; check_on_open says why
    if size < ALWAYS_DEEP_BELOW:
        return True
    if companion(path, "-wal").exists():
        return True
    return daily_due(path)


def _emptied_with_backups(path: Path) -> bool:
    try:
        if path.stat().st_size != 0:
            return False
    except OSError:
        return False
    return bool(find_backups(backup_folder(path), path.stem, check=False))


def offered_backup(path: Path) -> BackupInfo | None:
    """The newest backup of a damaged database that looks good (cheap checks), or None."""
    try:
        return newest_good_backup(path, deep=False)
    except Exception:  # looking for help must not hide the real problem
        log.exception("looking for a backup failed")
        return None
