"""Bulk reads for the reports: all cases of one SOP and period with their events, in batches.

Replaying 100,000 cases one `Office.case()` at a time costs a query per case and a slow
timestamp parse per event; the monitoring report reads them here in batches of
900 cases (one query per batch, through the events_case index) instead.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Join, and_, case, func, select, union
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
    conds: list[ColumnElement[bool]] = [t.sops.c.code == sop_code]
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


# -- the monitoring figures from the stored step runs (no replay) ----------------------------

def _runs_of(version_ids: list[int], year: int | None, started: tuple[str, str] | None) -> ColumnElement[bool]:
    r = t.step_runs.c
    conds: list[ColumnElement[bool]] = [r.sop_version_id.in_(version_ids)]
    if year is not None:
        conds.append(r.case_year == year)
    if started is not None:
        conds += [r.case_started >= started[0], r.case_started < started[1]]
    return and_(*conds)


def case_counts(conn: Connection, sop_code: str, year: int | None = None, *, started: tuple[str, str] | None = None,
                late_before: str = "") -> tuple[int, int, int, list[int]]:
    """(cases, closed, cases with a late run, version ids) of the SOP's cases in the year or
    period. A run is late when it finished after its due time, or runs past it at `late_before`."""
    n, closed = conn.execute(
        select(func.count(), func.sum(case((t.cases.c.state == "closed", 1), else_=0)))
        .select_from(_join()).where(case_filter(sop_code, year, started))).one()
    versions = select(t.cases.c.sop_version_id).select_from(_join()).where(case_filter(sop_code, year, started))
    ids = sorted(set(conn.execute(versions.distinct()).scalars()))
    late_cases = 0
    if ids:
        r = t.step_runs.c
        where = _runs_of(ids, year, started)
        finished_late = select(r.case_id).where(where, r.late == 1)
        running_late = select(r.case_id).where(where, r.finished_at.is_(None), r.due_at < late_before)
        both = union(finished_late, running_late).subquery()
        late_cases = int(conn.execute(select(func.count()).select_from(both)).scalar() or 0)
    return int(n or 0), int(closed or 0), late_cases, ids


def finished_runs(conn: Connection, version_ids: list[int], year: int | None = None, *,
                  started: tuple[str, str] | None = None) -> list[tuple[int, int, int, int, int, int, int]]:
    """Finished runs of these SOP versions' cases in the year or period, counted by (version,
    step, working minutes): rows (sop_version_id, step_no, minutes, runs, of which late, of which
    without a due time, first case id), in that order (the step_runs_figures index's)."""
    r = t.step_runs.c
    q = (select(r.sop_version_id, r.step_no, r.working_minutes, func.count(), func.sum(r.late),
                func.sum(case((r.due_at.is_(None), 1), else_=0)), func.min(r.case_id))
         .where(_runs_of(version_ids, year, started), r.working_minutes.is_not(None))
         .group_by(r.sop_version_id, r.step_no, r.working_minutes))
    return [(row[0], row[1], row[2], row[3], int(row[4] or 0), int(row[5] or 0), row[6]) for row in conn.execute(q)]


def running_runs(conn: Connection, version_ids: list[int], year: int | None = None, *,
                 started: tuple[str, str] | None = None) -> list[tuple[int, int, str | None, int]]:
    """Runs still going: rows (sop_version_id, step_no, due_at, case_id). Few, so not grouped here:
    a GROUP BY would lead SQLite to the big figures index instead of the small step_runs_running."""
    r = t.step_runs.c
    q = select(r.sop_version_id, r.step_no, r.due_at, r.case_id).where(_runs_of(version_ids, year, started),
                                                                      r.finished_at.is_(None))
    return [(row[0], row[1], row[2], row[3]) for row in conn.execute(q)]


def closed_case_spans(conn: Connection, sop_code: str, year: int | None = None, *,
                      started: tuple[str, str] | None = None) -> list[tuple[str, str]]:
    """(started_at, closed_at) of the SOP's closed cases in the year or period."""
    c = t.cases.c
    q = (select(c.started_at, c.closed_at).select_from(_join())
         .where(case_filter(sop_code, year, started), c.state == "closed", c.started_at.is_not(None),
                c.closed_at.is_not(None)))
    return [(row[0], row[1]) for row in conn.execute(q)]
