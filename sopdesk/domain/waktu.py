"""The Waktu column of an SOP: "5 menit", "15 Menit", "4 hari", "1 Hari Kerja", "2 minggu".

Minutes and hours are counted in working minutes; days, weeks and months in
whole working days (a week is 5, a month 22), keeping the time of day.

Real sheets often leave Waktu empty (the Mulai and Selesai rows, a step that waits on
others), or write "-" there: such a step has no time standard. It is valid, never late,
and shown as "—" (`waktu_text`); `read_waktu` gives None for it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import UserError
from .messages import msg

# unit word -> (canonical unit, working minutes per unit or None, working days per unit or None)
_UNITS = {
    "menit": ("menit", 1, None),
    "jam": ("jam", 60, None),
    "hari": ("hari", None, 1),
    "hari kerja": ("hari kerja", None, 1),
    "minggu": ("minggu", None, 5),
    "bulan": ("bulan", None, 22),
}

_PATTERN = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*([a-z]+(?:\s+kerja)?)\s*$", re.IGNORECASE)
# What a sheet writes in the Waktu of a step without a time standard.
_EMPTY = frozenset({"", "-", "–", "—"})
NO_STANDARD = "—"  # how a step without a time standard is shown, on screen and on paper
# The longest standard an SOP may set: a year of working time (beyond it the
# calendar would walk for ever, and no office step takes that long).
MAX_MINUTES = 250 * 8 * 60
MAX_DAYS = 250


class WaktuError(UserError, ValueError):
    """A Waktu text that cannot be read; the message is in Indonesian."""


@dataclass(frozen=True)
class Waktu:
    amount: float
    unit: str  # one of the keys of _UNITS

    @property
    def minutes(self) -> int | None:
        per = _UNITS[self.unit][1]
        return None if per is None else round(self.amount * per)

    @property
    def days(self) -> int | None:
        per = _UNITS[self.unit][2]
        return None if per is None else round(self.amount * per)

    def standard_minutes(self, minutes_per_day: int) -> int:
        """The standard in working minutes, to compare with actual working time."""
        minutes, days = self.minutes, self.days
        if minutes is not None:
            return minutes
        assert days is not None  # every unit counts either minutes or days
        return days * minutes_per_day

    def __str__(self) -> str:
        amount = int(self.amount) if float(self.amount).is_integer() else str(self.amount).replace(".", ",")
        return f"{amount} {self.unit}"


def parse_waktu(text: str) -> Waktu:
    """Read "15 Menit" -> Waktu(15, "menit"); raise WaktuError otherwise (an empty text too:
    callers that accept a step without a time standard use read_waktu)."""
    if not isinstance(text, str) or not text.strip():
        raise WaktuError(msg("waktu.empty"))
    m = _PATTERN.match(text)
    if m:
        unit = " ".join(m.group(2).lower().split())
        if unit in _UNITS:
            number = m.group(1)
            if "." in number:
                # Indonesian writes 1.000 for a thousand and 1,5 for one and a half.
                raise WaktuError(msg("waktu.decimal_point", text=text))
            amount = float(number.replace(",", "."))
            if amount <= 0:
                raise WaktuError(msg("waktu.not_positive", text=text))
            if _UNITS[unit][2] is not None and not amount.is_integer():
                # Days keep the time of day, so half a day has no meaning; hours do.
                raise WaktuError(msg("waktu.whole_days", text=text))
            w = Waktu(amount, unit)
            if (w.minutes or 0) > MAX_MINUTES or (w.days or 0) > MAX_DAYS:
                raise WaktuError(msg("waktu.too_long", text=text, days=MAX_DAYS))
            return w
        raise WaktuError(msg("waktu.unknown_unit", text=text, unit=m.group(2)))
    raise WaktuError(msg("waktu.unreadable", text=text))


def has_standard(text: str) -> bool:
    """False for an empty Waktu ("", "-", "—"): the step has no time standard."""
    return isinstance(text, str) and text.strip() not in _EMPTY


def read_waktu(text: str) -> Waktu | None:
    """The step's time standard: None when Waktu is empty (never late), else as parse_waktu
    (WaktuError for a text that cannot be read)."""
    if not has_standard(text):
        return None
    return parse_waktu(text)


def waktu_text(text: str) -> str:
    """Waktu as the sheet prints it: lower case as the regulation writes it ("15 Menit" ->
    "15 menit"), spaces tidied, "—" for a step without a time standard."""
    if not has_standard(text):
        return NO_STANDARD
    return " ".join(text.split()).lower()
