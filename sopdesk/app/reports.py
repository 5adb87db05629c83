"""What the reports need, gathered from an Office: the monitoring statistics of an SOP over a
period of cases (a year, a semester, any dates: domain/period.py), and the official who signs.

The monitoring report reads a year of cases: about 16,500 in the 100,000-case demo database.
Going through `Office.case()` one case at a time (a query per case, a strptime per event) took
12 s warm and up to 30 s cold for such a year; here the cases are read in batches through
store/report_queries.py and replayed with the same engine in 4–7 s, with the same result (a
test compares the two).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from ..domain import case as engine_
from ..domain.errors import UserError
from ..domain.monitoring import MonitoringCollector, MonitoringStats
from ..domain.office import Official
from ..domain.period import Period
from ..domain.sop import Sop
from ..store import repo, report_queries

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
        raise UserError(f"Tahun {period} tidak masuk akal.")
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


def monitoring_stats(office: Office, sop_code: str, period: int | Period, *,
                     progress: Progress | None = None) -> MonitoringStats:
    """Per step of the SOP, over the cases of `period` (a Period, or a year: the cases filed
    under that Tahun): runs, median and worst working time, share on time, and the bottleneck.
    `progress(done, total)` is called as cases are read."""
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
