"""Reads about an SOP's stored versions: each with how many cases run on it."""
from __future__ import annotations

from sqlalchemy import case, func, select
from sqlalchemy.engine import Connection, RowMapping

from . import tables as t


def versions_of(conn: Connection, code: str) -> list[RowMapping]:
    """Every version of the SOP `code`, newest first: id, version, name, created_at, origin,
    cases (how many were started on it) and open_cases (how many still run)."""
    v, c = t.sop_versions.c, t.cases.c
    q = (select(v.id, v.version, v.name, v.created_at, v.origin,
                func.count(c.id).label("cases"),
                func.coalesce(func.sum(case((c.state == "open", 1), else_=0)), 0).label("open_cases"))
         .select_from(t.sop_versions.join(t.sops, t.sops.c.id == v.sop_id)
                      .outerjoin(t.cases, c.sop_version_id == v.id))
         .where(t.sops.c.code == code)
         .group_by(v.id, v.version, v.name, v.created_at, v.origin)
         .order_by(v.version.desc()))
    return list(conn.execute(q).mappings())


def codes(conn: Connection) -> set[str]:
    """Every SOP code the database knows (also those only known from imported cases)."""
    return {r[0] for r in conn.execute(select(t.sops.c.code))}
