"""The SQLAlchemy engine: SQLite pragmas, one transaction per user action, and what a failure means."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine, ExceptionContext

from .errors import SQLITE_READONLY_DBMOVED, StoreError, describe_error
from .network_share import network_location, network_share_refusal
from .sqlite_file import restoring_marker

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
        where = network_location(path)
        if where is not None:
            raise StoreError(network_share_refusal(path, where))
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

        file = Path(engine.url.database) if engine.url.database not in (None, "", ":memory:") else None

        @event.listens_for(engine, "handle_error")
        def _explain(context: ExceptionContext) -> None:
            # A restore in another window holds the file, or has replaced it under this
            # connection: SQLite says "locked" or "read-only", which would send the user
            # looking at folder permissions.
            error = context.original_exception
            if getattr(error, "sqlite_errorcode", None) == SQLITE_READONLY_DBMOVED:
                raise StoreError(describe_error(error)) from error
            if file is not None and restoring_marker(file).exists():
                text = describe_error(error, restoring=True)
                if text != describe_error(error):
                    raise StoreError(text) from error
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions take the write lock at BEGIN."""
    return engine.execution_options(sopdesk_write=True)
