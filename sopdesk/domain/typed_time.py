"""Moments as people type them in an office: "1/12/2026 08.05", "1 Des 2026 08.05",
"kemarin 14.00", "hari ini 9.30", "08:05" (today), "Senin, 1 Desember 2026 08.05".

`parse_typed_time(text, now)` reads one moment in the zone of `now` (the office time zone)
or raises TypedTimeError saying which part it did not understand and how to write it (a message
code: Indonesian for the CLI, the screens' language in the UI). Whether the moment makes sense
for the case (not in the future, not before the previous record) is the case engine's judgement,
not this module's.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, timedelta

from .errors import UserError
from .messages import MonthYear, Weekday, msg

MAX_CHARS = 80            # a moment is short; anything longer is pasted by mistake
SHOWN_CHARS = 30          # how much of the text a message repeats
EARLIEST_YEAR = 2000      # as app/cases.py: 1027 for 2027 is a typo, not a date
LATEST_YEAR = 2200


class TypedTimeError(UserError):
    """A typed moment that cannot be read; the message says which part and how to write it."""


# Month words: Indonesian and English, full and short, and common office spellings.
_MONTH_WORDS: dict[str, int] = {}
for _n, _names in enumerate((
        ("januari", "january", "jan"),
        ("februari", "february", "feb", "pebruari", "peb"),
        ("maret", "march", "mar"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("agustus", "august", "agu", "agt", "ags", "agust", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nopember", "nov", "nop"),
        ("desember", "december", "des", "dec"),
), start=1):
    for _w in _names:
        _MONTH_WORDS[_w] = _n

_DAY_WORDS: dict[str, int] = {}
for _n, _names in enumerate((
        ("senin", "monday", "mon", "sen"),
        ("selasa", "tuesday", "tue", "sel"),
        ("rabu", "wednesday", "wed", "rab"),
        ("kamis", "thursday", "thu", "kam"),
        ("jumat", "jum'at", "friday", "fri", "jum"),
        ("sabtu", "saturday", "sat", "sab"),
        ("minggu", "ahad", "sunday", "sun", "min"),
)):
    for _w in _names:
        _DAY_WORDS[_w] = _n

_RELATIVE: dict[str, int] = {
    "hari ini": 0, "hariini": 0, "today": 0, "sekarang": 0, "now": 0,
    "kemarin": -1, "kmrn": -1, "kemaren": -1, "yesterday": -1,
    "kemarin lusa": -2, "lusa kemarin": -2,
}
_NOW_WORDS = ("sekarang", "now")

_TIME = re.compile(r"(?:(?:jam|pukul|pkl\.?)\s*)?(\d{1,2})(?:[.:](\d{1,2}))?(?:[.:](\d{1,2}))?\s*(?:wib|wita|wit)?$")
_ZONE = r"(?:\s*(?:wib|wita|wit))?"
_TIME_TAIL = re.compile(r"(?:^|\s)((?:(?:jam|pukul|pkl\.?)\s*)?\d{1,2}[.:]\d{1,2}(?:[.:]\d{1,2})?" + _ZONE
                        + r"|(?:jam|pukul|pkl\.?)\s*\d{1,2}" + _ZONE + r")$")
_NUMERIC_DATE = re.compile(r"(\d{1,4})([/\-.])(\d{1,2})\2(\d{1,6})$")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})[t ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$")
_WORD_DATE = re.compile(r"(\d{1,2})\s*([^\W\d_]+)\.?\s*(\d{2,4})?$")


def parse_typed_time(text: str, now: datetime) -> datetime:
    """The moment `text` names, in the time zone of `now` (an aware datetime: the office's now).

    Raises TypedTimeError when the text is empty, too long, or any part of it cannot be read.
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    raw = text if isinstance(text, str) else ""
    shown = _shown(raw)
    if len(raw) > MAX_CHARS:
        raise TypedTimeError(msg("typed.time_too_long", length=len(raw)))
    s = _normalise(raw)
    if not s:
        raise TypedTimeError(msg("typed.time_empty"))
    if not s.isascii():
        raise TypedTimeError(msg("typed.time_odd_signs", text=shown))
    if s in _NOW_WORDS:
        return now.replace(second=0, microsecond=0)

    iso = _ISO.fullmatch(s)
    if iso:
        y, mo, d, h, mi = (int(iso.group(i)) for i in range(1, 6))
        day = _day(y, mo, d, shown)
        return _combine(day, _clock(h, mi, f"{iso.group(4)}:{iso.group(5)}"), now)

    date_part, time_part = _split(s)
    if time_part is None:
        if _only_number(date_part):
            raise TypedTimeError(msg("typed.only_number", text=shown, hour=f"{int(date_part):02d}"))
        _read_date(date_part, now, shown)   # says what is wrong with the date first
        raise TypedTimeError(msg("typed.no_clock", text=shown))
    clock = _read_time(time_part)
    day = now.date() if not date_part else _read_date(date_part, now, shown)
    return _combine(day, clock, now)


def parse_typed_date(text: str, today: date) -> date:
    """A day as people type it ("1/12/2026", "1 Des 2026", "kemarin"); no time of day."""
    raw = text if isinstance(text, str) else ""
    shown = _shown(raw)
    if len(raw) > MAX_CHARS:
        raise TypedTimeError(msg("typed.date_too_long", length=len(raw)))
    s = _normalise(raw)
    if not s:
        raise TypedTimeError(msg("typed.date_empty"))
    if not s.isascii():
        raise TypedTimeError(msg("typed.date_odd_signs", text=shown))
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if iso:
        return _day(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)), shown)
    return _read_date(s, datetime.combine(today, time(12, 0)), shown, alone=True)


# -- the parts ---------------------------------------------------------------------

def _shown(raw: str) -> str:
    """The text as a message may repeat it: one line, printable, not too long."""
    one = " ".join("".join(c if c.isprintable() else " " for c in raw).split())
    return one if len(one) <= SHOWN_CHARS else one[:SHOWN_CHARS].rstrip() + "\u2026"


def _normalise(raw: str) -> str:
    s = " ".join(raw.replace("\u00a0", " ").split()).strip().lower()
    s = s.replace(" ,", ",").strip(" ,")
    return s


def _only_number(s: str) -> bool:
    return bool(re.fullmatch(r"\d{1,2}", s))


def _split(s: str) -> tuple[str, str | None]:
    """(date words, time words or None). "9.30" alone, "kemarin 14.00", "1/12/2026 08.05"."""
    s = s.replace(",", " ").strip()
    s = " ".join(s.split())
    if _NUMERIC_DATE.fullmatch(s):          # "1.12.2026" is a date, not a time
        return s, None
    m = _TIME_TAIL.search(s)
    if m:
        return s[:m.start(1)].strip(), m.group(1).strip()
    return s, None


def _read_time(part: str) -> time:
    m = _TIME.fullmatch(part)
    shown = _shown(part)
    if not m:
        raise TypedTimeError(msg("typed.clock", text=shown))
    h = int(m.group(1))
    mi = int(m.group(2)) if m.group(2) is not None else 0
    if m.group(2) is not None and len(m.group(2)) != 2:
        raise TypedTimeError(msg("typed.clock_minutes", text=shown))
    return _clock(h, mi, shown)


def _clock(h: int, mi: int, shown: str) -> time:
    if not (0 <= h <= 23 and 0 <= mi <= 59):
        raise TypedTimeError(msg("typed.clock_range", text=_shown(shown)))
    return time(h, mi)


def _read_date(part: str, now: datetime, shown: str, alone: bool = False) -> date:
    today = now.date()
    words = part.replace(",", " ").split()
    if not words:
        return today
    rel = " ".join(words)
    if rel in _RELATIVE:
        return today + timedelta(days=_RELATIVE[rel])
    weekday = None
    if words and words[0].rstrip(".") in _DAY_WORDS:      # "Senin, 1 Desember 2026": the day name is checked
        weekday = _DAY_WORDS[words[0].rstrip(".")]
        words = words[1:]
        if not words:
            raise TypedTimeError(msg("typed.date_incomplete", text=shown))
    if words and words[0] in ("tanggal", "tgl", "tgl."):
        words = words[1:]
    rest = " ".join(words)
    day = _numeric_date(rest, shown, today)
    if day is None:
        day = _word_date(rest, shown, today)
    if day is None:
        raise TypedTimeError(msg("typed.date_unreadable", text=shown) if alone
                             else msg("typed.time_unreadable", text=shown))
    if weekday is not None and day.weekday() != weekday:
        raise TypedTimeError(msg("typed.wrong_weekday", date=day, actual=Weekday(day.weekday()),
                                 typed=Weekday(weekday)))
    return day


def _numeric_date(s: str, shown: str, today: date) -> date | None:
    m = _NUMERIC_DATE.fullmatch(s)
    if m is None:
        m2 = re.fullmatch(r"(\d{1,2})[/\-](\d{1,2})", s)    # "1/12": this year
        if m2 is None:
            return None
        return _day(_year_for(today, int(m2.group(2)), int(m2.group(1))), int(m2.group(2)), int(m2.group(1)),
                    shown)
    a, b, c = m.group(1), m.group(3), m.group(4)
    if len(a) == 4:                                    # 2026/12/01
        return _day(int(a), int(b), int(c), shown)
    if len(c) == 3 or len(a) == 3:
        raise TypedTimeError(msg("typed.year_digits", text=shown))
    return _day(_full_year(c, shown), int(b), int(a), shown)


def _word_date(s: str, shown: str, today: date) -> date | None:
    m = _WORD_DATE.fullmatch(s)
    if m is None:
        return None
    word = m.group(2)
    original = re.search(re.escape(word), shown, re.IGNORECASE)
    month = _MONTH_WORDS.get(word)
    if month is None:
        name = original.group(0) if original else word
        raise TypedTimeError(msg("typed.month_unknown", name=name))
    d = int(m.group(1))
    year = _full_year(m.group(3), shown) if m.group(3) else _year_for(today, month, d)
    return _day(year, month, d, shown)


def _full_year(text: str, shown: str) -> int:
    if len(text) == 2:
        return 2000 + int(text)
    if len(text) != 4:
        raise TypedTimeError(msg("typed.year_digits", text=shown))
    return int(text)


def _year_for(today: date, month: int, day: int) -> int:
    """A date without a year: this year's, unless that is months ahead (late December typed in January)."""
    year = today.year
    if month - today.month > 6:
        year -= 1
    return year


def _day(year: int, month: int, d: int, shown: str) -> date:
    if not 1 <= month <= 12:
        raise TypedTimeError(msg("typed.month_range", month=month, text=shown))
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise TypedTimeError(msg("typed.year_range", year=year, text=shown))
    last = calendar.monthrange(year, month)[1]
    if not 1 <= d <= last:
        raise TypedTimeError(msg("typed.no_such_day", day=d, month=MonthYear(year, month), last=last))
    return date(year, month, d)


def _combine(day: date, clock: time, now: datetime) -> datetime:
    return datetime.combine(day, clock, tzinfo=now.tzinfo)
