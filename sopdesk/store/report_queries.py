"""Bulk reads for the reports: all cases of one SOP and period with their events, in batches.

Replaying 100,000 cases one `Office.case()` at a time costs a query per case and a slow
timestamp parse per event; the monitoring report reads them here in batches of
900 cases (one query per batch, through the events_case index) instead.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Join, and_, func, select
from sqlalchemy.engine import Connection

from . import tables as t

BATCH = 900   # ids per IN (...): under the 999 variables older SQLite builds allow


# id, kind, step_no, happened_at, decision, voids
EventRow = tuple[int, str, "int | None", str, "str | None", "int | None"]


@dataclass(frozen=True)
class CaseEvents:
    case_id: int
    sop_version_id: int
    events: list[EventRow]   # in recorded order


def case_filter(sop_code: str, year: int | None = None, started: tuple[str, str] | None = None) -> ColumnElement[bool]:
    """The cases of the SOP filed under `year`, or those that started in `started` = [from, before)
    (UTC texts; a case not yet started counts from when it was entered)."""
    conds = [t.sops.c.code == sop_code]
    if year is not None:
        conds.append(t.cases.c.year == year)
    if started is not None:
        moment = func.coalesce(t.cases.c.started_at, t.cases.c.created_at)
        conds += [moment >= started[0], moment < started[1]]
    return and_(*conds)


def _join() -> Join:
    return (t.cases.join(t.sop_versions, t.sop_versions.c.id == t.cases.c.sop_version_id)
            .join(t.sops, t.sops.c.id == t.sop_versions.c.sop_id))


def case_versions(conn: Connection, sop_code: str, year: int | None = None, *,
                  started: tuple[str, str] | None = None) -> list[tuple[int, int]]:
    """(case id, sop_version_id) of every case of the SOP in the year (or started in
    [from, before)), by id."""
    q = (select(t.cases.c.id, t.cases.c.sop_version_id).select_from(_join())
         .where(case_filter(sop_code, year, started)).order_by(t.cases.c.id))
    return [(r[0], r[1]) for r in conn.execute(q)]


def events_of_cases(conn: Connection, cases: list[tuple[int, int]], batch: int = BATCH) -> Iterator[list[CaseEvents]]:
    """The events of `cases` ((id, version) pairs), a batch of cases at a time.

    A case without events comes back with an empty list.
    """
    ev = t.events.c
    for i in range(0, len(cases), batch):
        chunk = cases[i:i + batch]
        ids = [c for c, _v in chunk]
        q = (select(ev.case_id, ev.id, ev.kind, ev.step_no, ev.happened_at, ev.decision, ev.voids)
             .where(ev.case_id.in_(ids)).order_by(ev.case_id, ev.id))
        by_case: dict[int, list[EventRow]] = {c: [] for c in ids}
        for row in conn.execute(q):
            by_case[row[0]].append((row[1], row[2], row[3], row[4], row[5], row[6]))
        yield [CaseEvents(c, v, by_case[c]) for c, v in chunk]
