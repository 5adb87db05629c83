"""The SQLAlchemy engine: SQLite pragmas, and one transaction per user action."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine

from .errors import StoreError

BUSY_TIMEOUT_MS = 10_000


def _sqlite_pragmas(dbapi_conn: Any) -> None:
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
        def _connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None
            _sqlite_pragmas(dbapi_conn)

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            # Writers take the lock up front: a deferred reader upgrading to a
            # writer can fail with "database is locked" despite the busy timeout.
            write = conn.get_execution_options().get("sopdesk_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions take the write lock at BEGIN."""
    return engine.execution_options(sopdesk_write=True)
