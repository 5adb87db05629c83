"""How well an SOP's times are kept: each run of each step in working time, and the
statistics of the monitoring/evaluation report (DESIGN.md "Reports").

Plain Python: the service gathers the cases (sopdesk/reports.py), the documents print them.

A *run* is one execution of a step in a case: a step that a loop sends back runs again, and
each run counts. Actual time is working time (office hours, holidays) between the run's start
and its finish; the standard is the step's Waktu in working minutes, a "hari" being the
calendar's working day (`minutes_per_day`), as the SOP means it. A step without a time
standard (empty Waktu) has its durations counted but is left out of the lateness figures.
"""
from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .case import CaseState
from .period import Period
from .sop import Sop, Step
from .waktu import WaktuError

if TYPE_CHECKING:  # for the annotations only: calendar.py brings in `holidays`
    from .calendar import WorkCalendar

# ---- words ---------------------------------------------------------------------------

def working_time_words(minutes: float | None, minutes_per_day: int) -> str:
    """"45 menit", "2 jam 15 menit", "3 hari 2 jam": working time in words.

    Below a working day, hours and minutes; from a day on, days and hours (the minutes no
    longer matter at that scale). A day is the calendar's working day, as on the SOP.
    """
    if minutes is None:
        return ""
    minutes = max(0, round(minutes))
    per_day = max(1, int(minutes_per_day or 0))
    days, rest = divmod(minutes, per_day)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(f"{days} hari")
        if hours:
            parts.append(f"{hours} jam")
        return " ".join(parts)
    if hours:
        parts.append(f"{hours} jam")
    if mins or not hours:
        parts.append(f"{mins} menit")
    return " ".join(parts)


def percent_text(share: float | None, digits: int = 0) -> str:
    """0.875 -> "88 %" (Indonesian decimal comma when digits > 0); None -> "-"."""
    if share is None:
        return "-"
    value = f"{share * 100:.{digits}f}".replace(".", ",")
    return f"{value} %"


def standard_minutes(step: Step, minutes_per_day: int) -> int | None:
    """The step's Waktu in working minutes, or None when it has none or it cannot be read."""
    try:
        standard = step.standard
    except (WaktuError, TypeError):
        return None
    return None if standard is None else standard.standard_minutes(minutes_per_day)


# ---- runs of one case ------------------------------------------------------------------

@dataclass(frozen=True)
class RunRecord:
    """One run of one step in a case, with its working time."""

    step: int
    repeat: int                   # 1 for the step's first run in the case, 2 for its second…
    started_at: datetime
    started_by: str
    finished_at: datetime | None
    finished_by: str
    due_at: datetime | None
    decision: str | None
    working_minutes: int          # start to finish, or to `now` while it runs
    standard_minutes: int | None
    late: bool                    # finished after its due time, or running past it now
    superseded: bool              # a loop later sent the case back before this step

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def timed(self) -> bool:
        """The run had a time standard (a due time), so it counts as on time or late."""
        return self.due_at is not None


def case_runs(sop: Sop, state: CaseState, calendar: WorkCalendar, now: datetime) -> list[RunRecord]:
    """Every run of the case in the order they started (loops give a step several runs)."""
    per_day = calendar.minutes_per_day()
    out: list[RunRecord] = []
    for status in state.steps.values():
        try:
            std = standard_minutes(sop.step(status.no), per_day)
        except KeyError:
            std = None
        for k, run in enumerate(status.runs, start=1):
            end = run.finished_at or now
            out.append(RunRecord(
                step=status.no, repeat=k, started_at=run.started_at, started_by=run.started_by,
                finished_at=run.finished_at, finished_by=run.finished_by, due_at=run.due_at,
                decision=run.decision, working_minutes=calendar.working_minutes(run.started_at, end),
                standard_minutes=std, late=run.late(now), superseded=run.superseded,
            ))
    out.sort(key=lambda r: (r.started_at, r.step, r.repeat))
    return out


# ---- statistics per SOP and period ---------------------------------------------------------

@dataclass
class StepStats:
    no: int
    activity: str
    lane: str
    standard: str                 # the Waktu as written, "4 hari"
    standard_minutes: int | None
    runs: int = 0                 # finished runs
    on_time: int = 0              # … of which finished by their due time
    untimed: int = 0              # … of which had no time standard (neither on time nor late)
    running: int = 0              # runs still going at the time of the report
    running_late: int = 0         # … of which already past their due time
    median_minutes: float | None = None
    worst_minutes: int | None = None
    p90_minutes: int | None = None  # 9 runs in 10 took at most this long

    @property
    def timed(self) -> int:
        """Finished runs judged against a time standard."""
        return self.runs - self.untimed

    @property
    def late(self) -> int:
        return self.timed - self.on_time

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.timed if self.timed else None

    @property
    def median_ratio(self) -> float | None:
        """Median actual time as a share of the standard (1.0 = exactly the standard)."""
        if self.median_minutes is None or not self.standard_minutes:
            return None
        return self.median_minutes / self.standard_minutes


@dataclass
class MonitoringStats:
    sop_code: str
    sop_name: str
    year: int
    minutes_per_day: int
    steps: list[StepStats]
    versions: tuple[int, ...] = ()
    cases: int = 0
    closed: int = 0
    late_cases: int = 0           # cases with at least one late run (finished or running)
    bottleneck: int | None = None
    bottleneck_reason: str = ""
    generated_at: datetime | None = None
    period: Period | None = None  # None: the cases filed under `year`

    def step(self, no: int) -> StepStats:
        return next(s for s in self.steps if s.no == no)

    @property
    def open(self) -> int:
        return self.cases - self.closed

    @property
    def covers(self) -> Period:
        return self.period if self.period is not None else Period.of_year(self.year)

    def to_json(self) -> dict[str, Any]:
        """The --json contract: extend, never rename."""
        return {
            "sop": self.sop_code,
            "sop_name": self.sop_name,
            "year": self.year,
            "period": self.covers.to_json(),
            "versions": list(self.versions),
            "cases": self.cases,
            "closed": self.closed,
            "late_cases": self.late_cases,
            "minutes_per_day": self.minutes_per_day,
            "bottleneck": self.bottleneck,
            "bottleneck_reason": self.bottleneck_reason,
            "steps": [{
                "no": s.no,
                "activity": s.activity,
                "lane": s.lane,
                "standard": s.standard,
                "standard_minutes": s.standard_minutes,
                "runs": s.runs,
                "on_time": s.on_time,
                "untimed": s.untimed,
                "late": s.late,
                "running": s.running,
                "running_late": s.running_late,
                "median_minutes": s.median_minutes,
                "worst_minutes": s.worst_minutes,
                "p90_minutes": s.p90_minutes,
                "on_time_share": None if s.on_time_share is None else round(s.on_time_share, 4),
                "median_ratio": None if s.median_ratio is None else round(s.median_ratio, 4),
            } for s in self.steps],
        }


@dataclass
class _Acc:
    minutes: list[int] = field(default_factory=list)
    on_time: int = 0
    untimed: int = 0
    running: int = 0
    running_late: int = 0


class MonitoringCollector:
    """Feed it the cases of one SOP and period, one at a time; `result()` gives the statistics.

    Steps are those of `sop` (the newest version, whose names and standards are printed);
    a step number only an older version had is listed after them. Each run is judged against
    its own version's standard, as it was when the case ran.
    """

    def __init__(self, sop: Sop, year: int, minutes_per_day: int, *, period: Period | None = None):
        self.sop, self.year, self.minutes_per_day, self.period = sop, year, minutes_per_day, period
        self._acc: dict[int, _Acc] = {}
        self._steps: dict[int, Step] = {s.no: s for s in sop.steps}
        self._versions: set[int] = set()
        self.cases = self.closed = self.late_cases = 0

    def add_case(self, sop: Sop, state: CaseState, calendar: WorkCalendar, now: datetime,
                 version: int | None = None) -> None:
        """One case, from its replayed state."""
        self.cases += 1
        if version is not None:
            self._versions.add(version)
        if state.closed:
            self.closed += 1
        late = False
        for status in state.steps.values():
            if not status.runs:
                continue
            acc = self._acc.get(status.no)
            if acc is None:
                acc = self._acc[status.no] = _Acc()
            if status.no not in self._steps and sop.has_step(status.no):
                self._steps[status.no] = sop.step(status.no)
            for run in status.runs:
                if run.finished_at is None:
                    acc.running += 1
                    if run.due_at is not None and now > run.due_at:
                        acc.running_late += 1
                        late = True
                    continue
                if run is status.run and status.actual_working_minutes is not None:
                    acc.minutes.append(status.actual_working_minutes)   # the replay already counted it
                else:
                    acc.minutes.append(calendar.working_minutes(run.started_at, run.finished_at))
                if run.due_at is None:
                    acc.untimed += 1
                elif run.finished_at <= run.due_at:
                    acc.on_time += 1
                else:
                    late = True
        if late:
            self.late_cases += 1

    def add_run(self, step: int, minutes: int | None, late: bool, timed: bool = True) -> None:
        """One run given directly (minutes None: still running, `late` = past due now; `timed`
        False for a run without a time standard)."""
        acc = self._acc.setdefault(step, _Acc())
        if minutes is None:
            acc.running += 1
            acc.running_late += int(late and timed)
        else:
            acc.minutes.append(int(minutes))
            if not timed:
                acc.untimed += 1
            else:
                acc.on_time += int(not late)

    def add_counts(self, cases: int, closed: int, late_cases: int, versions: Iterable[int] = ()) -> None:
        """Cases counted elsewhere (the stored step runs): how many, closed, with a late run."""
        self.cases += cases
        self.closed += closed
        self.late_cases += late_cases
        self._versions.update(versions)

    def know_step(self, sop: Sop, no: int) -> None:
        """A step that ran under `sop`: its name and standard, if the newest version lacks it."""
        if no not in self._steps and sop.has_step(no):
            self._steps[no] = sop.step(no)

    def add_step_figures(self, step: int, minutes: Iterable[int] = (), on_time: int = 0, untimed: int = 0,
                         running: int = 0, running_late: int = 0) -> None:
        """Runs of one step counted elsewhere: the finished runs' working minutes, of which on time
        and without a standard, and the runs still going, of which past due."""
        acc = self._acc.setdefault(step, _Acc())
        acc.minutes.extend(minutes)
        acc.on_time += on_time
        acc.untimed += untimed
        acc.running += running
        acc.running_late += running_late

    def result(self, generated_at: datetime | None = None) -> MonitoringStats:
        order = [s.no for s in self.sop.steps] + sorted(n for n in self._acc if n not in {s.no for s in self.sop.steps})
        steps = []
        for no in dict.fromkeys(order):
            step = self._steps.get(no)
            acc = self._acc.get(no, _Acc())
            st = StepStats(
                no=no,
                activity=step.activity if step else "",
                lane=step.lane if step else "",
                standard=step.time if step else "",
                standard_minutes=standard_minutes(step, self.minutes_per_day) if step else None,
                runs=len(acc.minutes), on_time=acc.on_time, untimed=acc.untimed, running=acc.running,
                running_late=acc.running_late,
                median_minutes=statistics.median(acc.minutes) if acc.minutes else None,
                worst_minutes=max(acc.minutes) if acc.minutes else None,
                p90_minutes=percentile(acc.minutes, 0.9),
            )
            steps.append(st)
        worst, reason = bottleneck(steps)
        return MonitoringStats(self.sop.code, self.sop.name, self.year, self.minutes_per_day, steps,
                               versions=tuple(sorted(self._versions)), cases=self.cases, closed=self.closed,
                               late_cases=self.late_cases, bottleneck=worst, bottleneck_reason=reason,
                               generated_at=generated_at, period=self.period)


def percentile(values: list[int], share: float) -> int | None:
    """The nearest-rank percentile: the smallest value that at least `share` of the values keep."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def bottleneck(steps: list[StepStats]) -> tuple[int | None, str]:
    """The step that holds the SOP up most, and why.

    First the step whose median actual time is furthest over its standard; if every median
    keeps its standard, the step most often late (by share of its runs, then by count);
    None when no step ran late at all.
    """
    over = [s for s in steps if s.median_ratio is not None and s.median_ratio > 1.0]
    if over:
        worst = max(over, key=lambda s: (s.median_ratio, s.late))
        return worst.no, "median melebihi waktu standar"
    late = [s for s in steps if s.runs and s.late]
    if late:
        worst = max(late, key=lambda s: (1 - (s.on_time_share or 0.0), s.late, s.median_ratio or 0.0))
        return worst.no, "paling sering terlambat"
    return None, ""
