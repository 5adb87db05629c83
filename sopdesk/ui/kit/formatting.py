"""Dates, times, numbers and names as the screens show them: one set of rules for every view.

Times are shown in office time. Indonesian writes the clock with a dot ("09.15"), English with
a colon. The database keeps UTC text ("2027-01-04T02:15:00Z"); parsing it here keeps the ui/
layer free of store/ imports.
"""
from __future__ import annotations

import re
from datetime import UTC, date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QObject

from ...domain.calendar import CATEGORY_GOVERNMENT, CATEGORY_PUBLIC, Holiday, package_holidays
from ...domain.indonesian import format_date, format_date_long, format_month_year
from ...domain.waktu import NO_STANDARD, WaktuError, read_waktu, waktu_text
from ..shell import i18n


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Qt's marker for a text translated later, typed (PySide6's says object); lupdate finds it by name."""
    return text


ZONE_NAMES = {"Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}


def parse_utc(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        if len(text) == 20 and text[10] == "T" and text[13] == text[16] == ":" and text[19] == "Z":
            # the stored form: fromisoformat is many times faster than strptime (painted for every row)
            return datetime.fromisoformat(text[:19]).replace(tzinfo=UTC)
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def zone_name(tz: tzinfo) -> str:
    """"WIB", "WITA", "WIT"; another zone by its name."""
    key = getattr(tz, "key", None) or str(tz)
    return ZONE_NAMES.get(key, key)


def _months() -> tuple[str, ...]:
    # Written out in full so lupdate finds each abbreviation.
    return (QCoreApplication.translate("formatting", "Jan"), QCoreApplication.translate("formatting", "Feb"),
            QCoreApplication.translate("formatting", "Mar"), QCoreApplication.translate("formatting", "Apr"),
            QCoreApplication.translate("formatting", "Mei"), QCoreApplication.translate("formatting", "Jun"),
            QCoreApplication.translate("formatting", "Jul"), QCoreApplication.translate("formatting", "Agu"),
            QCoreApplication.translate("formatting", "Sep"), QCoreApplication.translate("formatting", "Okt"),
            QCoreApplication.translate("formatting", "Nov"), QCoreApplication.translate("formatting", "Des"))


def _clock(local: datetime) -> str:
    sep = ":" if i18n.current_language() == "en" else "."
    return f"{local.hour:02d}{sep}{local.minute:02d}"


def clock_time(dt: datetime, tz: tzinfo) -> str:
    """"09.15": the time of day alone (the PK's "Tersimpan 09.15", the last backup of today)."""
    return _clock(dt.astimezone(tz))


def long_date(d: date) -> str:
    """"Senin, 4 Januari 2027" ("Monday, 4 January 2027")."""
    if i18n.current_language() == "en":
        return i18n.locale().toString(QDate(d.year, d.month, d.day), "dddd, d MMMM yyyy")
    return format_date_long(d)


def date_text(d: date) -> str:
    """"4 November 2026" in the chosen language ("4 Januari 2027" / "4 January 2027")."""
    if i18n.current_language() == "en":
        return i18n.locale().toString(QDate(d.year, d.month, d.day), "d MMMM yyyy")
    return format_date(d)


def month_year_text(text: str) -> str:
    """An SOP's made/effective field as the screens show it: "2021-12" -> "Desember 2021" ("December 2021");
    a year alone, or text that is not a date, as written (see domain.indonesian.format_month_year)."""
    m = re.fullmatch(r"\s*(\d{4})-(\d{2})(?:-\d{2})?\s*", text or "")
    if i18n.current_language() != "en" or m is None or not 1 <= int(m.group(2)) <= 12:
        return format_month_year(text)
    return i18n.locale().toString(QDate(int(m.group(1)), int(m.group(2)), 1), "MMMM yyyy")


_english_holidays: dict[int, dict[date, str]] = {}


def holiday_name(h: Holiday) -> str:
    """A national holiday's name in the chosen language (the `holidays` package knows English); one the
    office typed in stays as typed."""
    if i18n.current_language() != "en" or h.category not in (CATEGORY_PUBLIC, CATEGORY_GOVERNMENT):
        return h.name
    names = _english_holidays.get(h.date.year)
    if names is None:
        try:
            names = {d: name for d, (name, _cat) in package_holidays(h.date.year, "en_US").items()}
        except Exception:  # noqa: BLE001 — no package, or one without English: the Indonesian name will do
            names = {}
        _english_holidays[h.date.year] = names
    return names.get(h.date, h.name)


def short_datetime(dt: datetime | None, tz: tzinfo | None, now: datetime | None = None) -> str:
    """"4 Jan 2027 09.15": compact enough for a list column or a history line.

    Given `now`, the year is left out when it is this year's ("4 Jan 09.15"). `tz` None: this PC's own zone.
    """
    if dt is None:
        return ""
    local = dt.astimezone(tz)
    text = f"{local.day} {_months()[local.month - 1]}"
    if now is None or now.astimezone(tz).year != local.year:
        text += f" {local.year}"
    return f"{text} {_clock(local)}"


def long_datetime(dt: datetime | None, tz: tzinfo) -> str:
    """"Selasa, 8 Desember 2026 09.30": the case screen's times, where there is room for the day."""
    if dt is None:
        return ""
    local = dt.astimezone(tz)
    return f"{long_date(local.date())} {_clock(local)}"


def long_now(now: datetime, tz: tzinfo) -> str:
    """"Kamis, 10 Desember 2026  10.24 WIB" for the status bar."""
    local = now.astimezone(tz)
    return f"{long_date(local.date())}  {_clock(local)} {zone_name(tz)}"


class _Plurals(QObject):
    """The counted words: pyside6-lupdate sees a plural (numerus) only in self.tr(text, "", n)."""

    def days(self, n: int) -> str:
        return self.tr("%n hari", "", n)

    def hours(self, n: int) -> str:
        return self.tr("%n jam", "", n)

    def minutes(self, n: int) -> str:
        return self.tr("%n mnt", "", n)

    def working_days(self, n: int) -> str:
        return self.tr("%n hari kerja", "", n)

    def weeks(self, n: int) -> str:
        return self.tr("%n minggu", "", n)

    def months(self, n: int) -> str:
        return self.tr("%n bulan", "", n)


_plurals: _Plurals | None = None


def _counted() -> _Plurals:
    global _plurals
    if _plurals is None:
        _plurals = _Plurals()
    return _plurals


def working_time(minutes: float | None, minutes_per_day: int, none: str = "") -> str:
    """Working time in short words: "4 mnt", "2 jam 15 mnt", "5 hari 2 jam"; `none` when unknown.

    A day is a working day (the calendar's minutes per day), as the SOP's
    "hari" is; below a day minutes are shown, above it only days and hours.
    """
    if minutes is None:
        return none
    minutes = max(0, round(minutes))
    per_day = max(1, int(minutes_per_day))
    days, rest = divmod(minutes, per_day)
    hours, mins = divmod(rest, 60)
    words = _counted()
    parts = []
    if days:
        parts.append(words.days(days))
        if hours:
            parts.append(words.hours(hours))
        return " ".join(parts)
    if hours:
        parts.append(words.hours(hours))
    if mins or not hours:
        parts.append(words.minutes(mins))
    return " ".join(parts)


def waktu_label(text: str) -> str:
    """A step's Waktu as the program speaks of it: the SOP's own words in Indonesian ("15 menit"), in English
    its amount and unit ("15 min", "4 days", "1 working day"); "—" without a standard, as written if unreadable."""
    if i18n.current_language() != "en":
        return waktu_text(text)
    try:
        waktu = read_waktu(text)
    except WaktuError:
        return waktu_text(text)
    if waktu is None:
        return NO_STANDARD
    if not float(waktu.amount).is_integer():   # "1,5 jam": only minutes and hours may be fractional
        return QCoreApplication.translate("formatting", "{n} jam").format(n=i18n.locale().toString(waktu.amount, "g"))
    n = int(waktu.amount)
    words = _counted()
    return {"menit": words.minutes, "jam": words.hours, "hari": words.days, "hari kerja": words.working_days,
            "minggu": words.weeks, "bulan": words.months}[waktu.unit](n)


def number_text(n: int) -> str:
    """16500 -> "16.500" (Indonesian) or "16,500" (English)."""
    return i18n.locale().toString(int(n))


def percent_text(share: float | None, digits: int = 1) -> str:
    """0.956 -> "95,6 %"; None -> "–"."""
    if share is None:
        return "–"
    return f"{i18n.locale().toString(share * 100, 'f', digits)} %"


def size_text(size: int) -> str:
    """"850 KB", "12,3 MB" (Indonesian decimal comma); a file of a few bytes is "1 KB", an empty one "0 KB"."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB" if size else "0 KB"
    return f"{size / 1024 / 1024:.1f}".replace(".", ",") + " MB"


def shorten(text: str, limit: int) -> str:
    """The start of a long text, ending in "…", for a cell, a combo entry or a status line."""
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def sop_short_name(name: str) -> str:
    """"Standar Operasional Penyusunan Perencanaan Kinerja" -> "Penyusunan Perencanaan Kinerja":
    every SOP's name starts with the same words, which only take room in a list."""
    return re.sub(r"^(standar operasional( prosedur)?|sop)\s+", "", name.strip(), flags=re.IGNORECASE) or name
