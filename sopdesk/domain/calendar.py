"""The office's working-time calendar: office hours, libur nasional, cuti bersama.

Every SOP "Waktu" is counted in working time (FORMATS.md §5). Minutes and hours
advance only through open office hours; days advance whole working days and
keep the time of day, so "1 hari kerja" is one working day, never 24 hours.

Internally a moment is (local date, microseconds since local midnight) in the
office time zone; integers keep the arithmetic exact and fast.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import UserError
from .messages import msg
from .waktu import Waktu

Hours = dict[int, tuple[tuple[time, time], ...]]

DEFAULT_HOURS: Hours = {
    0: ((time(7, 30), time(12, 0)), (time(13, 0), time(16, 0))),
    1: ((time(7, 30), time(12, 0)), (time(13, 0), time(16, 0))),
    2: ((time(7, 30), time(12, 0)), (time(13, 0), time(16, 0))),
    3: ((time(7, 30), time(12, 0)), (time(13, 0), time(16, 0))),
    4: ((time(7, 30), time(11, 30)), (time(13, 0), time(16, 30))),
    5: (),
    6: (),
}

CATEGORY_PUBLIC = "libur nasional"
CATEGORY_GOVERNMENT = "cuti bersama"
CATEGORY_OFFICE = "kantor"

_US_PER_MINUTE = 60_000_000
_US_PER_DAY = 24 * 60 * _US_PER_MINUTE
# How far to look for an open office before deciding the calendar has none.
_SEARCH_DAYS = 3 * 366

Interval = tuple[int, int]  # [start, end) in microseconds since local midnight

# year -> {date: (name, category)}: where libur nasional and cuti bersama come from.
NationalHolidays = Callable[[int], Mapping[date, tuple[str, str]]]


def package_holidays(year: int, language: str = "id") -> dict[date, tuple[str, str]]:
    """Libur nasional and cuti bersama of one year, from the `holidays` package (names in Indonesian,
    or in `language` as the package knows it, e.g. "en_US", for a screen in English)."""
    # Imported here, not at the top: the package loads every country it knows (about
    # 0.2 s), and the main window shows before any working time is computed.
    import holidays
    public = holidays.country_holidays("ID", years=year, categories=("public",), language=language)
    cuti = holidays.country_holidays("ID", years=year, categories=("government",), language=language)
    got = {d: (name, CATEGORY_GOVERNMENT) for d, name in cuti.items()}
    # A date that is both keeps the stronger category, libur nasional.
    got.update((d, (name, CATEGORY_PUBLIC)) for d, name in public.items())
    return got


@dataclass(frozen=True)
class Holiday:
    date: date
    name: str
    category: str          # CATEGORY_PUBLIC, CATEGORY_GOVERNMENT or CATEGORY_OFFICE
    removed: bool = False  # a package date the office works on anyway


def _us_of(t: time) -> int:
    return ((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000 + t.microsecond


class CalendarError(UserError, ValueError):
    """Working hours or a time zone the calendar cannot work with; the message says why."""


def _compile_hours(hours: Hours) -> dict[int, tuple[Interval, ...]]:
    compiled: dict[int, tuple[Interval, ...]] = {}
    for wd in range(7):
        spans: list[Interval] = []
        for start, end in sorted(hours.get(wd, ())):
            s = _us_of(start)
            # An interval may run to midnight, written as end time 00:00.
            e = _US_PER_DAY if end == time(0) else _us_of(end)
            if e <= s:
                raise CalendarError(msg("hours.end_before_start", start=start, end=end))
            if spans and s < spans[-1][1]:
                raise CalendarError(msg("hours.overlap", start=start, end=end))
            spans.append((s, e))
        compiled[wd] = tuple(spans)
    return compiled


class WorkCalendar:
    """Working time of one office. Immutable after construction, so caches never go stale."""

    def __init__(
        self,
        hours: Hours = DEFAULT_HOURS,
        tz: str | ZoneInfo = "Asia/Jakarta",
        added: dict[date, str] | None = None,
        removed: set[date] | frozenset[date] = frozenset(),
        national: bool = True,
        national_source: NationalHolidays = package_holidays,
    ) -> None:
        try:
            self.tz: ZoneInfo = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise CalendarError(msg("settings.zone", zone=str(tz))) from exc
        self.hours: Hours = {wd: tuple(hours.get(wd, ())) for wd in range(7)}
        self._spans = _compile_hours(self.hours)
        self.added: dict[date, str] = dict(added or {})
        self.removed: frozenset[date] = frozenset(removed)
        self.national = national
        self._national_source = national_source
        self._package: dict[int, dict[date, tuple[str, str]]] = {}
        self._day_spans: dict[date, tuple[Interval, ...]] = {}
        # Per year: cumulative working microseconds before each day of the year, plus the year total.
        self._cumulative: dict[int, tuple[list[int], int, int]] = {}

    # ---- holidays -------------------------------------------------------

    def _package_year(self, year: int) -> dict[date, tuple[str, str]]:
        """date -> (name, category) from the national source (the `holidays` package), cached per year."""
        got = self._package.get(year)
        if got is None:
            got = dict(self._national_source(year)) if self.national else {}
            self._package[year] = got
        return got

    def holiday_name(self, d: date) -> str | None:
        if d in self.added:
            return self.added[d]
        if d in self.removed:
            return None
        hit = self._package_year(d.year).get(d)
        return hit[0] if hit else None

    def holidays_in_year(self, year: int) -> list[Holiday]:
        """Package dates (flagged if the office removed them) and the office's own additions."""
        rows = [Holiday(d, name, cat, d in self.removed) for d, (name, cat) in self._package_year(year).items()]
        rows += [Holiday(d, name, CATEGORY_OFFICE) for d, name in self.added.items() if d.year == year]
        order = {CATEGORY_PUBLIC: 0, CATEGORY_GOVERNMENT: 1, CATEGORY_OFFICE: 2}
        return sorted(rows, key=lambda h: (h.date, order[h.category]))

    def is_working_day(self, d: date) -> bool:
        return bool(self._spans_on(d))

    def _spans_on(self, d: date) -> tuple[Interval, ...]:
        spans = self._day_spans.get(d)
        if spans is None:
            spans = self._spans[d.weekday()]
            if spans and self.holiday_name(d) is not None:
                spans = ()
            self._day_spans[d] = spans
        return spans

    # ---- conversions ----------------------------------------------------

    # The two conversions below run for every moment computed (the 100,000-case demo makes
    # millions), so they avoid building time and timedelta objects.
    def _local(self, dt: datetime) -> tuple[date, int]:
        tz = dt.tzinfo if isinstance(dt, datetime) else None
        # (an office zone or UTC always gives an offset; only an odd tzinfo needs asking)
        if tz is None or (tz is not self.tz and tz is not UTC and dt.utcoffset() is None):
            raise ValueError("Waktu harus menyertakan zona waktu (datetime tanpa tzinfo ditolak).")
        loc = dt if tz is self.tz else dt.astimezone(self.tz)
        return loc.date(), ((loc.hour * 60 + loc.minute) * 60 + loc.second) * 1_000_000 + loc.microsecond

    def _aware(self, d: date, us: int) -> datetime:
        # Wall-clock arithmetic: an office opens at 07.30 by the clock on the wall.
        if 0 <= us < _US_PER_DAY:
            seconds, micro = divmod(us, 1_000_000)
            minutes, second = divmod(seconds, 60)
            hour, minute = divmod(minutes, 60)
            return datetime(d.year, d.month, d.day, hour, minute, second, micro, tzinfo=self.tz)
        return datetime.combine(d, time(0), tzinfo=self.tz) + timedelta(microseconds=us)

    def _next_open(self, d: date, us: int) -> tuple[date, int]:
        """First working moment at or after (d, us)."""
        for s, e in self._spans_on(d):  # most moments are on a working day: no day loop
            if us < e:
                return d, max(us, s)
        for day in self._days_from(d):
            for s, e in self._spans_on(day):
                if us < e:
                    return day, max(us, s)
            us = 0
        raise AssertionError("unreachable")

    def _days_from(self, d: date) -> Iterator[date]:
        """d, d+1, d+2, ... giving up once a long run of days has no working time at all."""
        idle = 0
        while True:
            yield d
            idle = 0 if self._spans_on(d) else idle + 1
            if idle > _SEARCH_DAYS:
                raise CalendarError(msg("hours.none"))
            d += timedelta(days=1)

    # ---- public computations -------------------------------------------

    def next_working_moment(self, dt: datetime) -> datetime:
        d, us = self._next_open(*self._local(dt))
        return self._aware(d, us)

    def due(self, start: datetime, waktu: Waktu) -> datetime:
        d, us = self._next_open(*self._local(start))
        if waktu.minutes is not None:
            return self._aware(*self._add_minutes(d, us, waktu.minutes))
        return self._aware(*self._add_days(d, us, waktu.days or 0))

    def _add_minutes(self, d: date, us: int, minutes: int) -> tuple[date, int]:
        left = minutes * _US_PER_MINUTE
        for s, e in self._spans_on(d):  # most steps end in the span they start in: no day loop
            if us < e:
                begin = max(us, s)
                if left <= e - begin:
                    return d, begin + left
                break
        for day in self._days_from(d):
            for s, e in self._spans_on(day):
                if us >= e:
                    continue
                begin = max(us, s)
                # "<=": a step that uses the last minute before closing is due at closing time.
                if left <= e - begin:
                    return day, begin + left
                left -= e - begin
                us = e
            us = 0
        raise AssertionError("unreachable")

    def _add_days(self, d: date, us: int, days: int) -> tuple[date, int]:
        if days <= 0:
            return d, us
        counted = 0
        for target in self._days_from(d + timedelta(days=1)):
            if self._spans_on(target):
                counted += 1
                if counted == days:
                    break
        # Same time of day, moved into the target day's hours (another weekday may differ).
        spans = self._spans_on(target)
        for s, e in spans:
            if us < e:
                return target, max(us, s)
        return target, spans[-1][1]

    def working_minutes(self, a: datetime, b: datetime) -> int:
        """Whole working minutes in [a, b); 0 if b <= a."""
        da, ua = self._local(a)
        db, ub = self._local(b)
        if (db, ub) <= (da, ua):
            return 0
        if da.year == db.year:
            total = self._worked_before(db, ub) - self._worked_before(da, ua)
        else:
            total = self._year_total(da.year) - self._worked_before(da, ua)
            total += sum(self._year_total(y) for y in range(da.year + 1, db.year))
            total += self._worked_before(db, ub)
        return total // _US_PER_MINUTE

    def _year_table(self, year: int) -> tuple[list[int], int, int]:
        """(working microseconds before each day of the year, the year's total, 1 January's ordinal)."""
        table = self._cumulative.get(year)
        if table is None:
            before, running = [], 0
            d = date(year, 1, 1)
            while d.year == year:
                before.append(running)
                running += sum(e - s for s, e in self._spans_on(d))
                d += timedelta(days=1)
            table = self._cumulative[year] = (before, running, date(year, 1, 1).toordinal())
        return table

    def _year_total(self, year: int) -> int:
        return self._year_table(year)[1]

    def _worked_before(self, d: date, us: int) -> int:
        """Working microseconds from 1 January of d's year up to (d, us)."""
        days, _total, first = self._year_table(d.year)
        before = days[d.toordinal() - first]
        for s, e in self._spans_on(d):
            if us <= s:
                break
            before += min(us, e) - s
        return before

    def minutes_per_day(self) -> int:
        """Nominal minutes of a full working day, to express "4 hari" in minutes for reports."""
        per_day = [sum(e - s for s, e in spans) for spans in self._spans.values() if spans]
        if not per_day:
            return 0
        return round(sum(per_day) / len(per_day) / _US_PER_MINUTE)
