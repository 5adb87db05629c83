"""Each run of a step with its working time, stored so the monitoring figures need no replay.

events.py writes a case's runs (`run_rows`) in the same transaction as each of its events.
Their due moment and working minutes depend on the office calendar (hours, time zone,
holidays): the calendar they were computed with is kept beside them (`calendar_key`), and
`refresh()` recomputes the runs a change touches — only those around the changed days when
the office adds or removes a holiday, every run when the hours or the time zone change (or a
newer `holidays` package moves a date, or a database was just upgraded). The monitoring
figures call it first, so they always equal a replay of every case with today's calendar.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from importlib import metadata
from typing import TYPE_CHECKING, Any

from ..domain import case as engine_
from ..domain.calendar import WorkCalendar
from ..domain.waktu import Waktu, WaktuError
from ..store import repo, step_run_queries
from ..store.transaction import Connection
from .sops import stored_version

if TYPE_CHECKING:
    from .office import Office

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CaseKey:
    """What the runs repeat of their case, so the figures of an SOP and period need no join."""
    case_id: int
    sop_version_id: int
    year: int
    created_at: str      # stored text: where a case not yet started counts


def case_key(rec: Mapping[Any, Any]) -> CaseKey:
    """The key of a stored case row."""
    return CaseKey(rec["id"], rec["sop_version_id"], rec["year"], rec["created_at"])


def run_rows(case: CaseKey, state: engine_.CaseState, calendar: WorkCalendar) -> list[dict[str, Any]]:
    """The step_runs rows of a replayed case: every run of every step, loops included."""
    started = repo.utc_text(state.started_at) if state.started_at else case.created_at
    rows = []
    for status in state.steps.values():
        for seq, run in enumerate(status.runs, start=1):
            minutes = None
            if run.finished_at is not None:
                if run is status.run and status.actual_working_minutes is not None:
                    minutes = status.actual_working_minutes   # the replay already counted it
                else:
                    minutes = calendar.working_minutes(run.started_at, run.finished_at)
            rows.append(dict(
                case_id=case.case_id, step_no=status.no, seq=seq, sop_version_id=case.sop_version_id,
                case_year=case.year, case_started=started, started_at=repo.utc_text(run.started_at),
                finished_at=repo.utc_text(run.finished_at) if run.finished_at else None,
                due_at=repo.utc_text(run.due_at) if run.due_at else None, working_minutes=minutes,
                late=int(run.finished_at is not None and run.due_at is not None and run.finished_at > run.due_at)))
    return rows


def write_case(office: Office, conn: Connection, case: CaseKey, state: engine_.CaseState,
               calendar: WorkCalendar) -> None:
    adopt_calendar(office, conn)
    step_run_queries.replace_case_runs(conn, case.case_id, run_rows(case, state, calendar))


def adopt_calendar(office: Office, conn: Connection) -> None:
    """Before the first runs of a new database are written: they follow today's calendar, so say
    so (else the first report would recount runs that are already right)."""
    if step_run_queries.stored_calendar(conn) is None and not step_run_queries.any_runs(conn):
        step_run_queries.store_calendar(conn, calendar_key(office))


# -- the calendar the stored working times follow -------------------------------------

def calendar_key(office: Office) -> dict[str, Any]:
    """Everything a run's due moment and working minutes depend on, besides the run itself."""
    cal = office.calendar()
    hours = {str(wd): [[a.strftime("%H:%M:%S"), b.strftime("%H:%M:%S")] for a, b in spans]
             for wd, spans in cal.hours.items()}
    overrides = sorted([o["day"], o["kind"]] for o in office.calendar_overrides())
    return {"tz": cal.tz.key, "hours": hours, "national": cal.national, "holidays": holidays_version(),
            "overrides": overrides}


@cache
def holidays_version() -> str:
    """The installed `holidays` package's version (a newer one may move a national holiday),
    read from its metadata: importing the package costs a fifth of a second."""
    try:
        return metadata.version("holidays")
    except metadata.PackageNotFoundError:
        return ""


def _touched_days(old: dict[str, Any], new: dict[str, Any]) -> list[date] | None:
    """The days whose working time differs between two calendar keys; None: possibly every day."""
    if any(old.get(k) != new.get(k) for k in ("tz", "hours", "national", "holidays")):
        return None
    before = dict(old.get("overrides", []))
    after = dict(new.get("overrides", []))
    try:
        return sorted(date.fromisoformat(d) for d in set(before) | set(after) if before.get(d) != after.get(d))
    except (TypeError, ValueError):
        return None


def _standard(step: Any) -> Waktu | None:
    """The step's time standard as the case engine reads it (None: it has none)."""
    try:
        waktu: Waktu | None = step.waktu
    except (WaktuError, TypeError):
        return None
    return waktu


def _text(moment: datetime) -> str:
    """repo.utc_text, without strftime (a recount formats a million of these)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def needs_refresh(office: Office) -> bool:
    with office.reading() as conn:
        return bool(step_run_queries.stored_calendar(conn) != calendar_key(office))


def refresh(office: Office, *, progress: Progress | None = None, only_days: bool = False) -> int:
    """Recompute the working time of the runs the calendar changed since it was last stored;
    return how many. `only_days`: do it only when a few days changed (a holiday added or
    removed), leaving a full recount (new hours, time zone) to the next report, which shows
    its progress. Each batch is its own transaction; the new key is stored after the last, so
    an interrupted recount is simply done again."""
    key = calendar_key(office)
    with office.reading() as conn:
        stored = step_run_queries.stored_calendar(conn)
        if stored == key:
            return 0
        days = _touched_days(stored, key) if isinstance(stored, dict) else None
        if days is None and only_days:
            return 0
        touching = None
        if days:
            tz = office.calendar().tz
            lo = datetime.combine(days[0], time(0), tzinfo=tz)
            hi = datetime.combine(days[-1] + timedelta(days=1), time(0), tzinfo=tz)
            touching = (repo.utc_text(lo), repo.utc_text(hi))
        total = step_run_queries.count_runs(conn) if touching is None else 0
    calendar = office.calendar()
    done = 0
    if progress:
        progress(0, total)
    if days != []:
        with office.reading() as conn:
            batches = list(step_run_queries.runs_to_compute(conn, touching))
        if touching is not None:
            total = sum(len(b) for b in batches)
        for batch in batches:
            values = _computed(office, calendar, batch)
            with office.writing() as conn:
                step_run_queries.set_working_time(conn, values)
            done += len(batch)
            if progress:
                progress(done, total)
    with office.writing() as conn:
        step_run_queries.store_calendar(conn, key)
    return done


def _computed(office: Office, calendar: WorkCalendar, batch: list[step_run_queries.RunRow]) -> list[dict[str, Any]]:
    """The new working-time columns of the runs in `batch` whose values change."""
    out = []
    standards: dict[tuple[int, int], Waktu | None] = {}
    parse = datetime.fromisoformat   # the one stored form "2027-01-04T02:15:00Z"
    for case_id, step_no, seq, started, finished, version_id, old_due, old_minutes, old_late in batch:
        key = (version_id, step_no)
        if key in standards:
            waktu = standards[key]
        else:
            sop = stored_version(office, version_id).sop
            waktu = standards[key] = _standard(sop.step(step_no)) if sop.has_step(step_no) else None
        start = parse(started)
        end = parse(finished) if finished else None
        due = calendar.due(start, waktu) if waktu is not None else None
        due_text = _text(due) if due else None
        minutes = calendar.working_minutes(start, end) if end else None
        late = int(end is not None and due is not None and end > due)
        if (due_text, minutes, late) != (old_due, old_minutes, old_late):
            out.append(dict(k_case=case_id, k_step=step_no, k_seq=seq, due_at=due_text, working_minutes=minutes,
                            late=late))
    return out
