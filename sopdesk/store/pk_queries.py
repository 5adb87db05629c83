"""Reading and writing the PK content of cases, and the versions each case's PK has had.

pk_contents holds the current PK of a case; pk_versions every version (saved here or
imported), numbered 1, 2, ... per case; pk_contents.version_id says which one is current.
Each function takes an open Connection; the caller owns the transaction.
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection, RowMapping

from . import tables as t
from .repo import inserted_id


def pk_row(conn: Connection, case_id: int) -> RowMapping | None:
    """(year, content, updated_at, version_id) of the case's PK, or None when it has none yet."""
    pk = t.pk_contents.c
    return conn.execute(select(pk.year, pk.content, pk.updated_at, pk.version_id)
                        .where(pk.case_id == case_id)).mappings().first()


def pk_content(conn: Connection, case_id: int) -> str | None:
    """The stored JSON text of the case's PK."""
    row = conn.execute(select(t.pk_contents.c.content).where(t.pk_contents.c.case_id == case_id)).first()
    return None if row is None else str(row[0])


def put_pk(conn: Connection, case_id: int, *, year: int, content: str, updated_at: str,
           version_id: int | None = None) -> None:
    """Store the case's current PK (version `version_id` of pk_versions), replacing the one it had."""
    values = dict(year=year, content=content, updated_at=updated_at, version_id=version_id)
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


# -- versions ------------------------------------------------------------------------

def versions(conn: Connection, case_id: int) -> Sequence[RowMapping]:
    """Every version of the case's PK, oldest first, with the note of the import that brought it."""
    v, e = t.pk_versions, t.events
    q = (select(v, e.c.note.label("import_note"))
         .select_from(v.outerjoin(e, e.c.id == v.c.import_event_id))
         .where(v.c.case_id == case_id).order_by(v.c.number))
    return conn.execute(q).mappings().all()


def version(conn: Connection, case_id: int, number: int) -> RowMapping | None:
    v = t.pk_versions.c
    return conn.execute(select(t.pk_versions).where(v.case_id == case_id, v.number == number)).mappings().first()


def latest_version(conn: Connection, case_id: int) -> RowMapping | None:
    v = t.pk_versions.c
    return conn.execute(select(t.pk_versions).where(v.case_id == case_id)
                        .order_by(v.number.desc()).limit(1)).mappings().first()


def add_version(conn: Connection, case_id: int, *, year: int, content: str, saved_at: str, source: str,
                import_event_id: int | None = None) -> tuple[int, int]:
    """(id, number) of a new version of the case's PK."""
    v = t.pk_versions.c
    last = conn.execute(select(func.coalesce(func.max(v.number), 0)).where(v.case_id == case_id)).scalar_one()
    number = int(last) + 1
    new_id = inserted_id(conn.execute(insert(t.pk_versions).values(
        case_id=case_id, number=number, year=year, content=content, saved_at=saved_at, source=source,
        import_event_id=import_event_id)))
    return new_id, number


def update_version(conn: Connection, version_id: int, *, year: int, content: str, saved_at: str) -> None:
    """The local draft goes on being edited (see app/paperwork.save_pk)."""
    conn.execute(update(t.pk_versions).where(t.pk_versions.c.id == version_id)
                 .values(year=year, content=content, saved_at=saved_at))
