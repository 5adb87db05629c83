"""Several PCs on one database: the change log the other PCs read, the case row lock, and
whether a failure means the database cannot be reached. Each query function takes an open
Connection; the caller owns the transaction.

Written for SQLite and PostgreSQL alike: `with_for_update()` locks a row on PostgreSQL and
is left out by SQLite, whose write transactions (BEGIN IMMEDIATE) are serialised anyway.
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Connection, Engine, RowMapping
from sqlalchemy.exc import DBAPIError, OperationalError

from . import tables as t
from .sqlite_file import database_file

__all__ = ["Engine", "add_change", "changes_after", "file_missing", "last_change_id", "lock_case", "prune_changes",
           "server_database", "unreachable"]


def server_database(engine: Engine) -> bool:
    """The database is a server's (PostgreSQL), not a file of this PC's."""
    return engine.dialect.name != "sqlite"


# -- the change log -------------------------------------------------------------

def add_change(conn: Connection, *, changed_at: str, kind: str, case_id: int | None, pc_name: str) -> int:
    result = conn.execute(insert(t.change_log).values(changed_at=changed_at, kind=kind, case_id=case_id,
                                                      pc_name=pc_name))
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def last_change_id(conn: Connection) -> int:
    """The highest id in the log (0 when empty): one step down the primary key."""
    return int(conn.execute(select(func.max(t.change_log.c.id))).scalar() or 0)


def changes_after(conn: Connection, last_id: int, limit: int) -> Sequence[RowMapping]:
    cl = t.change_log.c
    q = select(cl.id, cl.kind, cl.case_id, cl.pc_name).where(cl.id > last_id).order_by(cl.id).limit(limit)
    return conn.execute(q).mappings().all()


def prune_changes(conn: Connection, before: str) -> int:
    """Forget the changes logged before `before` (UTC text); how many went."""
    result = conn.execute(delete(t.change_log).where(t.change_log.c.changed_at < before))
    return int(result.rowcount or 0)


# -- locks ------------------------------------------------------------------------

def lock_case(conn: Connection, case_id: int) -> RowMapping | None:
    """The case's row, locked until the transaction ends (PostgreSQL; SQLite's write lock
    already holds the whole file), or None if there is no such case."""
    q = select(t.cases).where(t.cases.c.id == case_id).with_for_update()
    return conn.execute(q).mappings().first()


# -- reaching the database ------------------------------------------------------------

def file_missing(engine: Engine) -> bool:
    """The SQLite file behind `engine` is gone (a flashdisk pulled out, a share unmounted, moved away).

    An open connection would go on reading the file it opened, so only the path tells."""
    path = database_file(engine)
    return path is not None and not path.exists()


# SQLSTATE classes of a lost connection on PostgreSQL: 08 connection exception, 57P
# operator intervention (server shut down, restarting); a connect that failed has none.
_LOST = ("08", "57P")


def unreachable(error: BaseException, engine: Engine) -> bool:
    """`error` (or what caused it) says the database of `engine` could not be reached (the server,
    the connection to it), rather than a problem of the data, the statement or the disk."""
    server = server_database(engine)
    seen: set[int] = set()
    e: BaseException | None = error
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        if isinstance(e, DBAPIError):
            if e.connection_invalidated:
                return True
            if server and isinstance(e, OperationalError):
                state = getattr(e.orig, "sqlstate", None)
                return state is None or str(state).startswith(_LOST)
        e = e.__cause__ or e.__context__
    return False
