"""Reading and writing the PK content of cases.

Each function takes an open Connection; the caller owns the transaction.
"""
from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection, RowMapping

from . import tables as t


def pk_row(conn: Connection, case_id: int) -> RowMapping | None:
    """(year, content, updated_at) of the case's PK, or None when it has none yet."""
    pk = t.pk_contents.c
    return conn.execute(select(pk.year, pk.content, pk.updated_at).where(pk.case_id == case_id)).mappings().first()


def pk_content(conn: Connection, case_id: int) -> str | None:
    """The stored JSON text of the case's PK."""
    row = conn.execute(select(t.pk_contents.c.content).where(t.pk_contents.c.case_id == case_id)).first()
    return None if row is None else str(row[0])


def put_pk(conn: Connection, case_id: int, *, year: int, content: str, updated_at: str) -> None:
    """Store the case's PK, replacing the one it had."""
    values = dict(year=year, content=content, updated_at=updated_at)
    pk = t.pk_contents
    if conn.execute(select(pk.c.case_id).where(pk.c.case_id == case_id)).first():
        conn.execute(update(pk).where(pk.c.case_id == case_id).values(**values))
    else:
        conn.execute(insert(pk).values(case_id=case_id, **values))


def previous_pk_content(conn: Connection, sop_version_id: int, case_id: int) -> str | None:
    """The newest PK (by year, then by edit) of another case of the same SOP, any version."""
    sop_id = conn.execute(select(t.sop_versions.c.sop_id).where(t.sop_versions.c.id == sop_version_id)).scalar()
    q = (select(t.pk_contents.c.content)
         .join(t.cases, t.cases.c.id == t.pk_contents.c.case_id)
         .join(t.sop_versions, t.sop_versions.c.id == t.cases.c.sop_version_id)
         .where(t.sop_versions.c.sop_id == sop_id, t.pk_contents.c.case_id != case_id)
         .order_by(t.pk_contents.c.year.desc(), t.pk_contents.c.updated_at.desc()).limit(1))
    row = conn.execute(q).first()
    return None if row is None else str(row[0])
