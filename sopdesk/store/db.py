"""Opening the database: engine, SQLite pragmas, creating and checking the schema."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError

from ..domain.errors import UserError
from ..resources import schema_sql

SCHEMA_VERSION = 4  # upgrade steps from older versions: store/upgrade.py
APP_ID = "sopdesk"
BUSY_TIMEOUT_MS = 10_000


class StoreError(UserError):
    """A database problem explained in Indonesian for the user."""


def schema_statements() -> list[str]:
    parts = re.split(r"^-- ;;$", schema_sql(), flags=re.MULTILINE)
    return [p.strip() for p in parts if p.strip()]


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")  # power cuts are common in the offices
    cur.close()


def make_engine(target: str | Path) -> Engine:
    """An engine for a file path (SQLite) or a database URL."""
    url = str(target)
    if "://" not in url:
        path = Path(url).expanduser()
        if not path.parent.exists():
            raise StoreError(f"Folder basis data tidak ada: {path.parent}. Periksa apakah diska/flashdisk terpasang.")
        url = f"sqlite:///{path}"
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        # pysqlite's own transaction handling would defer BEGIN; take it over so
        # each user action is exactly one transaction.
        @event.listens_for(engine, "connect")
        def _connect(dbapi_conn, record):
            dbapi_conn.isolation_level = None
            _sqlite_pragmas(dbapi_conn, record)

        @event.listens_for(engine, "begin")
        def _begin(conn):
            # Writers take the lock up front: a deferred reader upgrading to a
            # writer can fail with "database is locked" despite the busy timeout.
            write = conn.get_execution_options().get("sopdesk_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions take the write lock at BEGIN."""
    return engine.execution_options(sopdesk_write=True)


def describe_error(exc: BaseException) -> str:
    """The Indonesian sentence an office user sees for a database failure."""
    msg = str(getattr(exc, "orig", exc)).lower()
    if "database or disk is full" in msg or "disk is full" in msg:
        return "Diska penuh: data tidak dapat disimpan. Kosongkan ruang diska lalu coba lagi; data yang sudah tersimpan aman."
    if "readonly" in msg or "read-only" in msg:
        return "Basis data hanya dapat dibaca (read-only). Periksa hak akses folder data atau flashdisk."
    if "locked" in msg or "busy" in msg:
        return "Basis data sedang dipakai program lain terlalu lama. Tutup jendela sopdesk yang lain lalu coba lagi."
    if "not a database" in msg or "malformed" in msg or "corrupt" in msg:
        return "Berkas basis data rusak atau bukan basis data sopdesk. Pulihkan dari cadangan terbaru."
    if "unable to open" in msg:
        return "Berkas basis data tidak dapat dibuka. Periksa apakah diska/flashdisk terpasang dan dapat ditulisi."
    if "disk i/o" in msg:
        return "Gangguan baca/tulis diska. Periksa diska atau flashdisk; data yang sudah tersimpan aman."
    return "Terjadi masalah pada basis data."


def initialize(engine: Engine) -> bool:
    """Create the schema on an empty database; check the version of an existing one.

    Returns True when the database was just created. An existing file is
    checked first (store/integrity.py) and upgraded if older (store/upgrade.py).
    """
    from .integrity import check_on_open, database_file
    path = database_file(engine)
    if path is not None:
        check_on_open(path, newest=SCHEMA_VERSION)
    try:
        with writer(engine).begin() as conn:
            has_meta = conn.execute(text(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
            )).first() if engine.dialect.name == "sqlite" else None
            if has_meta is None:
                others = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type='table'")).scalar()
                if others:
                    raise StoreError("Berkas ini adalah basis data SQLite, tetapi bukan milik sopdesk.")
                for stmt in schema_statements():
                    conn.exec_driver_sql(stmt)
                conn.execute(text("INSERT INTO meta(key, value) VALUES ('schema_version', :v), ('application', :a)"),
                             {"v": str(SCHEMA_VERSION), "a": APP_ID})
                return True
            version = int(conn.execute(text("SELECT value FROM meta WHERE key='schema_version'")).scalar() or 0)
    except (DatabaseError, sqlite3.DatabaseError) as e:
        raise StoreError(describe_error(e)) from e
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"Basis data ini dibuat oleh versi sopdesk yang lebih baru (skema {version}). "
            "Pasang versi sopdesk terbaru untuk membukanya.")
    if version < SCHEMA_VERSION:
        from .upgrade import upgrade_database
        upgrade_database(engine, version)
    return False
