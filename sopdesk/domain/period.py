"""The period a report covers: a year, a semester, or any span of dates.

A period counts the cases that started in it: their first step's start (a case not yet started:
the day it was entered), as a local date of the office, from `start` to `end` inclusive.

A year given as a number (`Period.of_year(2027)`, `report monitoring --year 2027`) keeps what
the monitoring report has always counted: the cases filed under that Tahun, whatever day they
ran (a PK for 2027 is prepared in late 2026). Its dates are still 1 January to 31 December.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import UserError
from .indonesian import format_date
from .messages import msg

YEARS = (1900, 2200)
_ROMAN = {1: "I", 2: "II"}


class PeriodError(UserError, ValueError):
    """A period that cannot be read or makes no sense; the message says why, in Indonesian."""


@dataclass(frozen=True)
class Period:
    start: date
    end: date                       # inclusive
    case_year: int | None = None    # set: the cases filed under this Tahun instead of by dates

    def __post_init__(self) -> None:
        for d in (self.start, self.end):
            if not YEARS[0] <= d.year <= YEARS[1]:
                raise PeriodError(msg("cases.bad_year", year=d.year))
        if self.end < self.start:
            raise PeriodError(msg("period.backwards", end=self.end, start=self.start))

    @classmethod
    def of_year(cls, year: int) -> Period:
        if not YEARS[0] <= int(year) <= YEARS[1]:
            raise PeriodError(msg("cases.bad_year", year=year))
        y = int(year)
        return cls(date(y, 1, 1), date(y, 12, 31), case_year=y)

    @classmethod
    def semester(cls, year: int, half: int) -> Period:
        """Semester I: January–June; semester II: July–December."""
        if half not in (1, 2):
            raise PeriodError(msg("period.no_half", half=half))
        if not YEARS[0] <= int(year) <= YEARS[1]:
            raise PeriodError(msg("cases.bad_year", year=year))
        y = int(year)
        return cls(date(y, 1, 1), date(y, 6, 30)) if half == 1 else cls(date(y, 7, 1), date(y, 12, 31))

    @classmethod
    def years(cls, first: int, last: int) -> Period:
        """Whole calendar years, by dates (cases that started from 1 January `first` to 31 December `last`)."""
        return cls(date(int(first), 1, 1), date(int(last), 12, 31))

    @classmethod
    def parse(cls, text: str) -> Period:
        """"2027" (the Tahun), "2027-1" / "2027-2" (a semester), "2027-01-01..2027-03-31" (dates)."""
        s = text.strip()
        if re.fullmatch(r"\d{4}", s):
            return cls.of_year(int(s))
        m = re.fullmatch(r"(\d{4})-([12])", s)
        if m:
            return cls.semester(int(m.group(1)), int(m.group(2)))
        m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})", s)
        if m:
            try:
                return cls(date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2)))
            except ValueError:
                pass
        raise PeriodError(msg("period.unreadable", text=text))

    @property
    def year(self) -> int:
        """The year the period is filed under (its case year, else the year it starts in)."""
        return self.case_year if self.case_year is not None else self.start.year

    @property
    def half(self) -> int | None:
        """1 or 2 when the period is exactly a semester."""
        y = self.start.year
        if (self.start, self.end) == (date(y, 1, 1), date(y, 6, 30)):
            return 1
        if (self.start, self.end) == (date(y, 7, 1), date(y, 12, 31)):
            return 2
        return None

    @property
    def whole_years(self) -> tuple[int, int] | None:
        """(first, last) when the period is whole calendar years."""
        if (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31):
            return self.start.year, self.end.year
        return None

    @property
    def label(self) -> str:
        """"Tahun 2027", "Semester I 2027", "2023–2027", "1 Januari 2027 – 31 Maret 2027"."""
        if self.case_year is not None:
            return f"Tahun {self.case_year}"
        if self.half is not None:
            return f"Semester {_ROMAN[self.half]} {self.start.year}"
        span = self.whole_years
        if span is not None:
            return f"Tahun {span[0]}" if span[0] == span[1] else f"Tahun {span[0]}–{span[1]}"
        return f"{format_date(self.start)} – {format_date(self.end)}"

    @property
    def end_exclusive(self) -> date:
        return self.end + timedelta(days=1)

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end

    def to_json(self) -> dict[str, object]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "case_year": self.case_year,
                "label": self.label}
