"""Where time goes: each step graded by its share on time in a period, against two thresholds the
office sets (default 90 % and 70 %), the slowest steps ranked, and the words of the overlay.

Plain Python over domain/monitoring.py's statistics; the Kinerja view and the SOP sheet
"dengan realisasi" both read it, so the screen and the paper agree.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass

from .errors import UserError
from .messages import msg
from .monitoring import MonitoringStats, StepStats, percent_text, standard_minutes, working_time_words
from .sop import Sop

GOOD, ATTENTION, PROBLEM, NO_DATA = "good", "attention", "problem", "none"
GRADES = (GOOD, ATTENTION, PROBLEM, NO_DATA)
GRADE_WORDS = {GOOD: "baik", ATTENTION: "perlu perhatian", PROBLEM: "bermasalah", NO_DATA: "belum ada data"}

# Fixed colours (row tint, symbol fill, symbol border), the same on screen and on paper.
COLOURS = {
    GOOD: ("#eef7ee", "#cfe9cf", "#2e7d32"),
    ATTENTION: ("#fff3e4", "#ffd9ad", "#d35400"),
    PROBLEM: ("#fdecec", "#ffc9c9", "#c62828"),
    NO_DATA: ("#ffffff", "#ffffff", "#8d949c"),
}
TEXT_COLOURS = {GOOD: "#1b5e20", ATTENTION: "#a04000", PROBLEM: "#b3261e", NO_DATA: "#6b7280"}


@dataclass(frozen=True)
class Thresholds:
    """On-time shares: at least `good` is good, at least `attention` needs attention, below is a problem."""
    good: float = 0.90
    attention: float = 0.70

    def __post_init__(self) -> None:
        if not (0.0 <= self.attention <= self.good <= 1.0):
            raise UserError(msg("kinerja.thresholds"))

    def to_json(self) -> dict[str, float]:
        return {"good": self.good, "attention": self.attention}

    @classmethod
    def from_json(cls, data: object) -> Thresholds:
        """Stored thresholds, or the defaults when they are missing or make no sense."""
        try:
            assert isinstance(data, dict)
            return cls(float(data["good"]), float(data["attention"]))
        except (AssertionError, KeyError, TypeError, ValueError, UserError):
            return cls()


def grade(step: StepStats, t: Thresholds) -> str:
    share = step.on_time_share
    if share is None:
        return NO_DATA
    if share >= t.good - 1e-9:
        return GOOD
    if share >= t.attention - 1e-9:
        return ATTENTION
    return PROBLEM


def grade_counts(stats: MonitoringStats, t: Thresholds) -> dict[str, int]:
    counts = dict.fromkeys(GRADES, 0)
    for s in stats.steps:
        counts[grade(s, t)] += 1
    return counts


def slowest(stats: MonitoringStats, n: int = 5) -> list[StepStats]:
    """The steps least often on time (ties: more late runs, then the median further over the
    standard); steps never judged against a standard are left out."""
    judged = [s for s in stats.steps if s.on_time_share is not None]
    judged.sort(key=lambda s: (s.on_time_share, -s.late, -(s.median_ratio or 0.0), s.no))
    return judged[:n]


def realisasi_lines(step: StepStats, minutes_per_day: int) -> list[str]:
    """The Realisasi cell in words: "95 % tepat waktu · 41 kali", "median 4 menit · p90 8 menit"."""
    if step.runs == 0:
        return ["belum ada yang selesai" + (f" ({step.running} berjalan)" if step.running else "")]
    first = (f"{percent_text(step.on_time_share)} tepat waktu · {step.runs} kali" if step.on_time_share is not None
             else f"tanpa waktu standar · {step.runs} kali")
    second = (f"median {working_time_words(step.median_minutes, minutes_per_day)}"
              f" · p90 {working_time_words(step.p90_minutes, minutes_per_day)}")
    return [first, second]


def straight_path(sop: Sop) -> list[int]:
    """The steps of a case that goes straight through: from the first, "Ya" at every decision,
    each step once (a loop back ends the walk)."""
    seen: list[int] = []
    no: int | None = sop.first.no
    while no is not None and no not in seen:
        seen.append(no)
        exits = sop.successors(no)
        no = exits[0][0] if exits else None
    return seen


def standard_of_case(sop: Sop, minutes_per_day: int) -> int | None:
    """Working minutes a case may take by the SOP's standards along the straight path (None when a
    step there has no standard)."""
    total = 0
    for no in straight_path(sop):
        minutes = standard_minutes(sop.step(no), minutes_per_day)
        if minutes is None:
            return None
        total += minutes
    return total


@dataclass(frozen=True)
class CaseDurations:
    """How long the closed cases of the period took, start to close, in working minutes."""
    closed: int
    median_minutes: float | None
    within_standard: int          # closed within the straight path's standard
    standard_minutes: int | None

    @classmethod
    def of(cls, minutes: list[int], standard: int | None) -> CaseDurations:
        within = sum(1 for m in minutes if standard is not None and m <= standard)
        return cls(len(minutes), statistics.median(minutes) if minutes else None, within, standard)
