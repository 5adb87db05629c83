"""What the reports need, gathered from an Office: the monitoring statistics of an SOP over a
period of cases (a year, a semester, any dates: domain/period.py), and the official who signs.

The monitoring report covers a year of cases: about 16,500 in the 100,000-case demo database.
Replaying them (`monitoring_stats_replayed`, the cases read in batches) takes 8–10 s; the
figures are instead counted in SQL from the step runs stored with each event (step_runs.py),
in a fraction of a second, with the same result (a test compares the two).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from ..domain import case as engine_
from ..domain.errors import UserError
from ..domain.messages import msg
from ..domain.monitoring import MonitoringCollector, MonitoringStats
from ..domain.office import Official
from ..domain.period import Period
from ..domain.sop import Sop
from ..store import repo, report_queries
from . import step_runs

if TYPE_CHECKING:
    from .office import Office

Progress = Callable[[int, int], None]


def _moment(text: str) -> datetime:
    # The one stored form, "2027-01-04T02:15:00Z"; fromisoformat reads it ten times faster than strptime.
    return datetime.fromisoformat(text)


def as_period(period: int | Period) -> Period:
    """A year given as a number is the period of the cases filed under that Tahun."""
    if isinstance(period, Period):
        return period
    if not 1900 <= int(period) <= 2200:
        raise UserError(msg("cases.bad_year", year=period))
    return Period.of_year(int(period))


def _utc_text(d: date, office: Office) -> str:
    """Local midnight of `d` in the office's zone, as stored (UTC text)."""
    return repo.utc_text(datetime.combine(d, time(0), tzinfo=office.calendar().tz))


def period_cases(office: Office, sop_code: str, period: Period) -> list[tuple[int, int]]:
    """(case id, sop_version_id) of the SOP's cases in the period, by id."""
    with office.reading() as conn:
        if period.case_year is not None:
            return report_queries.case_versions(conn, sop_code, period.case_year)
        started = (_utc_text(period.start, office), _utc_text(period.end_exclusive, office))
        return report_queries.case_versions(conn, sop_code, started=started)


def _late_before(now: datetime) -> str:
    """The stored text T such that due_at < T means due < now, as the case engine judges."""
    floor = now.replace(microsecond=0)
    return repo.utc_text(floor + timedelta(seconds=1) if now.microsecond else floor)


def started_range(office: Office, period: Period) -> tuple[str, str] | None:
    """The period as [from, before) UTC texts of a case's start; None for a Tahun (by case year)."""
    if period.case_year is not None:
        return None
    return _utc_text(period.start, office), _utc_text(period.end_exclusive, office)


def monitoring_stats(office: Office, sop_code: str, period: int | Period, *,
                     progress: Progress | None = None) -> MonitoringStats:
    """Per step of the SOP, over the cases of `period` (a Period, or a year: the cases filed
    under that Tahun): runs, median, 90th percentile and worst working time, share on time,
    and the bottleneck. `progress(done, total)` is called while it works (long only when the
    stored working times must first follow a changed calendar)."""
    period = as_period(period)
    sop = office.sop(sop_code)   # UserError when the SOP does not exist
    year, started = period.case_year, started_range(office, period)
    with office.reading() as conn:
        total = report_queries.case_counts(conn, sop_code, year, started=started, late_before="")[0]
    if progress:
        progress(0, total)
    if step_runs.needs_refresh(office):
        # Shown as the first part of the way; counting afterwards takes a moment.
        step_runs.refresh(office, progress=(lambda d, n: progress(total * d // max(n, 1) * 9 // 10, total))
                          if progress else None)
    now = office.now()
    late_before = _late_before(now)
    collector = MonitoringCollector(sop, period.year, office.calendar().minutes_per_day(), period=period)
    with office.reading() as conn:
        cases, closed, late_cases, version_ids = report_queries.case_counts(
            conn, sop_code, year, started=started, late_before=late_before)
        finished = report_queries.finished_runs(conn, version_ids, year, started=started) if version_ids else []
        running = report_queries.running_runs(conn, version_ids, year, started=started) if version_ids else []
    versions = {vid: office.sop_version(vid) for vid in version_ids}
    collector.add_counts(cases, closed, late_cases, (number for _sop, number in versions.values()))
    # Names and standards of steps only older versions had: from the first case that ran them.
    first: dict[tuple[int, int], int] = {}
    for vid, step, *_figures, first_case in finished:
        first[(vid, step)] = min(first.get((vid, step), first_case), first_case)
    for vid, step, _due, case_id in running:
        first[(vid, step)] = min(first.get((vid, step), case_id), case_id)
    for (vid, step), _case in sorted(first.items(), key=lambda kv: kv[1]):
        collector.know_step(versions[vid][0], step)
    # Each step's working minutes in ascending order (the rows come sorted by version, step, minutes).
    per_step: dict[int, list[tuple[int, int]]] = {}
    counts: dict[int, list[int]] = {}
    for _vid, step, mins, runs, late, untimed, _first in finished:
        per_step.setdefault(step, []).append((mins, runs))
        tally = counts.setdefault(step, [0, 0])
        tally[0] += runs - late - untimed
        tally[1] += untimed
    for step, pairs in per_step.items():
        pairs.sort()
        minutes = [m for m, n in pairs for _ in range(n)]
        collector.add_step_figures(step, minutes, on_time=counts[step][0], untimed=counts[step][1])
    for _vid, step, due, _case in running:
        collector.add_step_figures(step, running=1, running_late=int(due is not None and due < late_before))
    if progress:
        progress(total, total)
    return collector.result(generated_at=now)


def monitoring_stats_replayed(office: Office, sop_code: str, period: int | Period, *,
                              progress: Progress | None = None) -> MonitoringStats:
    """monitoring_stats by replaying every case of the period: slow, and the reference the
    stored step runs are tested against."""
    period = as_period(period)
    sop = office.sop(sop_code)   # UserError when the SOP does not exist
    calendar = office.calendar()
    now = office.now()
    collector = MonitoringCollector(sop, period.year, calendar.minutes_per_day(), period=period)
    cases = period_cases(office, sop_code, period)
    versions: dict[int, tuple[Sop, int]] = {}
    for vid in {v for _c, v in cases}:
        versions[vid] = office.sop_version(vid)
    total = len(cases)
    if progress:
        progress(0, total)
    done = 0
    with office.reading() as conn:
        for batch in report_queries.events_of_cases(conn, cases):
            for ce in batch:
                case_sop, number = versions[ce.sop_version_id]
                events = []
                for eid, kind, step, happened, decision, voids in ce.events:
                    at = _moment(happened)
                    events.append(engine_.Event(eid, kind, step, at, at, decision=decision, voids=voids))
                state = engine_.replay(case_sop, events, calendar, now)
                collector.add_case(case_sop, state, calendar, now, number)
            done += len(batch)
            if progress:
                progress(done, total)
    return collector.result(generated_at=now)


def head_official(office: Office) -> Official | None:
    """The official who signs for the office: the active one whose jabatan is the profile's
    head position (e.g. "Camat Somagede"), else None."""
    want = " ".join(office.profile().head_position.split()).casefold()
    if not want:
        return None
    for o in office.officials(active_only=True):
        if " ".join(o.position.split()).casefold() == want:
            return o
    return None
