"""The step_runs table: one row per run of a step in a case, with its working time.

Written with each event (app/events.py), recomputed when the calendar changes (app/step_runs.py),
and read by the monitoring figures (report_queries.py) instead of replaying every case.
"""
from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from . import tables as t

CALENDAR_KEY = "step_runs_calendar"   # meta: the calendar the working-time columns were computed with

# case_id, step_no, seq, started_at, finished_at, sop_version_id, and as stored: due_at, working_minutes, late
RunRow = tuple[int, int, int, str, "str | None", int, "str | None", "int | None", int]


def replace_case_runs(conn: Connection, case_id: int, rows: Sequence[Mapping[str, Any]]) -> None:
    """The case's runs become `rows` (each with every column of step_runs)."""
    conn.execute(delete(t.step_runs).where(t.step_runs.c.case_id == case_id))
    if rows:
        conn.execute(insert(t.step_runs), list(rows))


def add_runs(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    """Runs of new cases, in one executemany."""
    if rows:
        conn.execute(insert(t.step_runs), list(rows))


def runs_to_compute(conn: Connection, touching: tuple[str, str] | None = None,
                    batch: int = 20_000) -> Iterator[list[RunRow]]:
    """The runs whose working time a calendar change may move, a batch at a time, in key order.

    `touching` = [from, before) as UTC texts: only runs that started before `before` and were
    still running, finished or due at `from` or later; None: every run.
    """
    r = t.step_runs.c
    q = select(r.case_id, r.step_no, r.seq, r.started_at, r.finished_at, r.sop_version_id, r.due_at,
               r.working_minutes, r.late).order_by(r.case_id, r.step_no, r.seq)
    if touching is not None:
        lo, hi = touching
        q = q.where(and_(r.started_at < hi, or_(r.finished_at.is_(None), r.finished_at >= lo, r.due_at.is_(None),
                                                 r.due_at >= lo)))
    chunk: list[RunRow] = []
    for row in conn.execute(q):
        chunk.append((row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8]))
        if len(chunk) >= batch:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def any_runs(conn: Connection) -> bool:
    return conn.execute(select(t.step_runs.c.case_id).limit(1)).first() is not None


def count_runs(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(t.step_runs)).scalar() or 0)


def set_working_time(conn: Connection, values: Sequence[Mapping[str, Any]]) -> None:
    """Rows of (k_case, k_step, k_seq, due_at, working_minutes, late): the computed columns of those runs."""
    if not values:
        return
    r = t.step_runs.c
    stmt = (update(t.step_runs)
            .where(and_(r.case_id == bindparam("k_case"), r.step_no == bindparam("k_step"),
                        r.seq == bindparam("k_seq")))
            .values(due_at=bindparam("due_at"), working_minutes=bindparam("working_minutes"), late=bindparam("late")))
    conn.execute(stmt, list(values))


def stored_calendar(conn: Connection) -> Any:
    raw = conn.execute(select(t.meta.c.value).where(t.meta.c.key == CALENDAR_KEY)).scalar()
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def store_calendar(conn: Connection, key: Any) -> None:
    data = json.dumps(key, sort_keys=True)
    conn.execute(delete(t.meta).where(t.meta.c.key == CALENDAR_KEY))
    conn.execute(insert(t.meta).values(key=CALENDAR_KEY, value=data))
