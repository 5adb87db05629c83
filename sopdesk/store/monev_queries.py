"""The monitoring and evaluation records (table monev_records): one row per revision.

A draft row is updated in place; a final row is never changed again (the database's triggers
refuse it), so every function that writes names the state it expects and reports whether a
row was touched. Each function takes an open Connection; the caller owns the transaction.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, delete, func, insert, select, update
from sqlalchemy.engine import Connection, RowMapping

from . import tables as t
from .repo import inserted_id

_COLUMNS = (t.monev_records.c.id, t.monev_records.c.kind, t.sops.c.code.label("sop_code"),
            t.monev_records.c.period, t.monev_records.c.revision, t.monev_records.c.state,
            t.monev_records.c.content, t.monev_records.c.reason, t.monev_records.c.created_at,
            t.monev_records.c.updated_at, t.monev_records.c.final_at)


def _select() -> Select[Any]:
    return select(*_COLUMNS).select_from(t.monev_records.join(t.sops, t.sops.c.id == t.monev_records.c.sop_id))


def sop_id(conn: Connection, code: str) -> int | None:
    return conn.execute(select(t.sops.c.id).where(t.sops.c.code == code)).scalar()


def revisions(conn: Connection, kind: str, sop_code: str, period: str) -> Sequence[RowMapping]:
    """Every revision of one record, oldest first."""
    r = t.monev_records.c
    q = _select().where(r.kind == kind, t.sops.c.code == sop_code, r.period == period).order_by(r.revision)
    return conn.execute(q).mappings().all()


def record(conn: Connection, record_id: int) -> RowMapping | None:
    return conn.execute(_select().where(t.monev_records.c.id == record_id)).mappings().first()


def latest_of_periods(conn: Connection, periods: Sequence[str]) -> Sequence[RowMapping]:
    """The newest revision of every record (any kind and SOP) of these periods."""
    r = t.monev_records.c
    newest = (select(r.kind, r.sop_id, r.period, func.max(r.revision).label("revision"))
              .where(r.period.in_(list(periods))).group_by(r.kind, r.sop_id, r.period).subquery())
    q = _select().join(newest, (newest.c.kind == r.kind) & (newest.c.sop_id == r.sop_id)
                       & (newest.c.period == r.period) & (newest.c.revision == r.revision))
    return conn.execute(q.order_by(t.sops.c.code, r.kind, r.period)).mappings().all()


def latest_final_of_periods(conn: Connection, periods: Sequence[str]) -> Sequence[RowMapping]:
    """The newest final revision of every record of these periods (a draft opened after it is not yet valid)."""
    r = t.monev_records.c
    newest = (select(r.kind, r.sop_id, r.period, func.max(r.revision).label("revision"))
              .where(r.period.in_(list(periods)), r.state == "final")
              .group_by(r.kind, r.sop_id, r.period).subquery())
    q = _select().join(newest, (newest.c.kind == r.kind) & (newest.c.sop_id == r.sop_id)
                       & (newest.c.period == r.period) & (newest.c.revision == r.revision))
    return conn.execute(q.order_by(t.sops.c.code, r.kind, r.period)).mappings().all()


def add_revision(conn: Connection, *, kind: str, sop_id: int, period: str, revision: int, content: str,
                 reason: str, now: str) -> int:
    result = conn.execute(insert(t.monev_records).values(
        kind=kind, sop_id=sop_id, period=period, revision=revision, state="draft", content=content,
        reason=reason, created_at=now, updated_at=now))
    return inserted_id(result)


def update_draft(conn: Connection, record_id: int, content: str, now: str) -> bool:
    r = t.monev_records.c
    result = conn.execute(update(t.monev_records).where(r.id == record_id, r.state == "draft")
                          .values(content=content, updated_at=now))
    return result.rowcount == 1


def make_final(conn: Connection, record_id: int, now: str) -> bool:
    r = t.monev_records.c
    result = conn.execute(update(t.monev_records).where(r.id == record_id, r.state == "draft")
                          .values(state="final", updated_at=now, final_at=now))
    return result.rowcount == 1


def delete_draft(conn: Connection, record_id: int) -> bool:
    r = t.monev_records.c
    result = conn.execute(delete(t.monev_records).where(r.id == record_id, r.state == "draft"))
    return result.rowcount == 1
