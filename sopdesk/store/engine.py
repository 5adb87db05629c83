"""The SQLAlchemy engine: SQLite pragmas, one transaction per user action, and what a failure means.

A file path is an SQLite database (one PC); `postgresql+psycopg://USER:PASSWORD@HOST:PORT/DBNAME` is
the office's server (several PCs). The password never leaves this module in text: every message,
log line and output names the server by safe_url().
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from .errors import SERVER_GONE, SQLITE_READONLY_DBMOVED, StoreError, describe_error, server_message
from .network_share import network_location, network_share_refusal
from .sqlite_file import restoring_marker

BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 5
# pg_advisory_xact_lock keys ("sopdesk" in the high bits): every write transaction takes WRITE_LOCK, so
# writers on several PCs follow one another as SQLite's BEGIN IMMEDIATE makes them (a letter number or
# a step's state read in a write transaction is still true when it commits).
WRITE_LOCK = 0x50D5_0001
UPGRADE_LOCK = 0x50D5_0002
DAILY_BACKUP_LOCK = 0x50D5_0003
SERVER_SCHEMES = ("postgresql", "postgres")


def is_server(target: str | Path) -> bool:
    """A database URL (the office server) rather than a file path."""
    return "://" in str(target)


def safe_url(target: str | Path) -> str:
    """The target as it may be shown or logged: a file path as it is, a URL with its password masked."""
    text = str(target)
    if not is_server(text):
        return text
    try:
        return make_url(text).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        # Not even a URL SQLAlchemy reads: mask whatever sits between "user:" and "@".
        return re.sub(r"(://[^/@:]*:)[^@]*@", r"\1***@", text)


def postgresql_url(host: str, port: int, database: str, user: str, password: str) -> str:
    """The psycopg 3 address of an office server from its parts (Settings → "Basis data kantor"),
    every part quoted as URLs need."""
    return URL.create("postgresql+psycopg", username=user or None, password=password or None, host=host,
                      port=port, database=database).render_as_string(hide_password=False)


def engine_url(engine: Engine) -> str:
    """The engine's database as it may be shown: the file path, or the server's URL without the password."""
    if engine.dialect.name == "sqlite":
        return str(engine.url.database or "")
    return engine.url.render_as_string(hide_password=True)


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
    if is_server(url) and not url.startswith("sqlite:"):
        return _server_engine(url)
    if not is_server(url):
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


def _server_engine(text: str) -> Engine:
    shown = safe_url(text)
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):
        raise StoreError(f"Alamat basis data kantor tidak dapat dibaca: {shown}. Bentuknya: "
                         "postgresql+psycopg://PENGGUNA:SANDI@SERVER:5432/NAMA_BASIS_DATA") from None
    if url.get_backend_name() not in SERVER_SCHEMES:
        raise StoreError(f"Jenis basis data tidak didukung: {shown}. sopdesk memakai berkas SQLite (satu PC) "
                         "atau PostgreSQL (postgresql+psycopg://…, server kantor).")
    url = url.set(drivername="postgresql+psycopg")
    if not url.database:
        raise StoreError(f"Alamat basis data kantor tanpa nama basis data: {shown}.")
    # A reading unit of work sees one moment of the database, as on SQLite: repeatable read is the
    # connections' own level, so psycopg says it in its BEGIN (no statement of ours, no round trip).
    engine = create_engine(url, future=True, pool_pre_ping=True, isolation_level="REPEATABLE READ",
                           connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "sopdesk"})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        # sopdesk's statements each touch a few rows through an index; the planner's cost of one that
        # is never run (a subquery over every event) can pass jit_above_cost, and compiling it then
        # takes tens of milliseconds: opening a case tab took 45 ms instead of 1.
        if dbapi_conn.info.server_version >= 110000:
            before = dbapi_conn.autocommit
            dbapi_conn.autocommit = True
            try:
                dbapi_conn.execute("SET jit = off")
            finally:
                dbapi_conn.autocommit = before

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        if conn.get_execution_options().get("sopdesk_write", False):
            # Read committed after the lock: each statement sees what the writer before committed.
            # One round trip (no parameters: psycopg sends the three as one simple query).
            conn.exec_driver_sql(f"SET TRANSACTION ISOLATION LEVEL READ COMMITTED; "
                                 f"SET LOCAL lock_timeout = {BUSY_TIMEOUT_MS}; "
                                 f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

    @event.listens_for(engine, "handle_error")
    def _explain(context: ExceptionContext) -> None:
        # Logging in or reaching the server failed: say so in the user's words, with the masked address.
        if context.is_pre_ping:
            return  # a pooled connection the server dropped (it restarted): the pool opens a new one
        error = context.original_exception
        msg = str(error).lower()
        if context.is_disconnect or (isinstance(context.sqlalchemy_exception, DBAPIError)
                                     and context.connection is None) or any(w in msg for w in SERVER_GONE):
            raise server_message(error, shown) from error

    return engine
