"""Dates and times as the list and status bar show them, in office time.

The database keeps UTC text ("2027-01-04T02:15:00Z"); parsing it here keeps
the ui/ layer free of store/ imports.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from ...domain.indonesian import format_date_long
from ..shell import i18n

ZONE_NAMES = {"Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}


def parse_utc(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        if len(text) == 20 and text[10] == "T" and text[13] == text[16] == ":" and text[19] == "Z":
            # the stored form: fromisoformat is many times faster than strptime (painted for every row)
            return datetime.fromisoformat(text[:19]).replace(tzinfo=timezone.utc)
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def zone_name(tz: ZoneInfo) -> str:
    return ZONE_NAMES.get(tz.key, tz.key)


def _months() -> tuple[str, ...]:
    # Written out in full so lupdate finds each abbreviation.
    return (QCoreApplication.translate("formatting", "Jan"), QCoreApplication.translate("formatting", "Feb"),
            QCoreApplication.translate("formatting", "Mar"), QCoreApplication.translate("formatting", "Apr"),
            QCoreApplication.translate("formatting", "Mei"), QCoreApplication.translate("formatting", "Jun"),
            QCoreApplication.translate("formatting", "Jul"), QCoreApplication.translate("formatting", "Agu"),
            QCoreApplication.translate("formatting", "Sep"), QCoreApplication.translate("formatting", "Okt"),
            QCoreApplication.translate("formatting", "Nov"), QCoreApplication.translate("formatting", "Des"))


def short_datetime(dt: datetime | None, tz: ZoneInfo) -> str:
    """"4 Jan 2027 09.15": compact enough for a list column; Indonesian writes the time with a dot."""
    if dt is None:
        return ""
    local = dt.astimezone(tz)
    sep = ":" if i18n.current_language() == "en" else "."
    return f"{local.day} {_months()[local.month - 1]} {local.year} {local.hour:02d}{sep}{local.minute:02d}"


def long_now(now: datetime, tz: ZoneInfo) -> str:
    """"Kamis, 10 Desember 2026  10.24 WIB" for the status bar."""
    local = now.astimezone(tz)
    if i18n.current_language() == "en":
        day = i18n.locale().toString(local.date(), "dddd, d MMMM yyyy")
        return f"{day}  {local:%H:%M} {zone_name(tz)}"
    return f"{format_date_long(local.date())}  {local:%H.%M} {zone_name(tz)}"


def sop_short_name(name: str) -> str:
    """"Standar Operasional Penyusunan Perencanaan Kinerja" -> "Penyusunan Perencanaan Kinerja":
    every SOP's name starts with the same words, which only take room in a list."""
    return re.sub(r"^(standar operasional( prosedur)?|sop)\s+", "", name.strip(), flags=re.IGNORECASE) or name
