"""Reading and writing attachment rows. Each function takes an open Connection; the caller owns the transaction.

Listing never reads the bytes (a scanned letter can be tens of megabytes):
the size comes from SQLite's length(), which reads the record header only.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, bindparam, func, insert, select
from sqlalchemy.engine import Connection, RowMapping

from . import tables as t
from .repo import inserted_id


def insert_attachment(conn: Connection, *, case_id: int, event_id: int | None, filename: str, mime: str,
                      data: bytes, added_at: str, added_by: str) -> int:
    return inserted_id(conn.execute(insert(t.attachments).values(
        case_id=case_id, event_id=event_id, filename=filename, mime=mime, data=data, added_at=added_at,
        added_by=added_by)))


def _case_attachments_query() -> Select[Any]:
    a, e = t.attachments, t.events
    correction = t.events.alias("correction")
    voided_by = (select(func.min(correction.c.id))
                 .where(correction.c.kind == "correction", correction.c.voids == a.c.event_id)
                 .correlate(a).scalar_subquery())
    return (select(a.c.id, a.c.case_id, a.c.event_id, a.c.filename, a.c.mime, func.length(a.c.data).label("size"),
                   a.c.added_at, a.c.added_by, e.c.step_no, voided_by.label("voided_by"))
            .select_from(a.outerjoin(e, e.c.id == a.c.event_id))
            .where(a.c.case_id == bindparam("case_id"))
            .order_by(a.c.added_at, a.c.id))


# Built once: every case tab lists its attachments, and building the aliased query costs more than running it.
_CASE_ATTACHMENTS = _case_attachments_query()


def case_attachments(conn: Connection, case_id: int) -> Sequence[RowMapping]:
    """Rows (id, case_id, event_id, filename, mime, size, added_at, added_by, step_no, voided_by), oldest first."""
    return conn.execute(_CASE_ATTACHMENTS, {"case_id": case_id}).mappings().all()


def attachment_row(conn: Connection, attachment_id: int, *, with_data: bool = False) -> RowMapping | None:
    a = t.attachments
    cols = [a.c.id, a.c.case_id, a.c.event_id, a.c.filename, a.c.mime, func.length(a.c.data).label("size"),
            a.c.added_at, a.c.added_by]
    if with_data:
        cols.append(a.c.data)
    return conn.execute(select(*cols).where(a.c.id == attachment_id)).mappings().first()


def attachments_with_data(conn: Connection, case_id: int) -> Sequence[RowMapping]:
    """Whole rows, bytes included, in the order they were added (for a case file)."""
    a = t.attachments
    return conn.execute(select(a).where(a.c.case_id == case_id).order_by(a.c.id)).mappings().all()


def attachment_identities(conn: Connection, case_id: int) -> list[tuple[bytes, str, str]]:
    """(data, filename, added_at) of each attachment of the case: what says two attachments are the same."""
    a = t.attachments.c
    return [(bytes(r[0]), str(r[1]), str(r[2]))
            for r in conn.execute(select(a.data, a.filename, a.added_at).where(a.case_id == case_id))]
