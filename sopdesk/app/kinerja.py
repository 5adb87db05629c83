"""The Kinerja SOP use cases: the office's thresholds, how long whole cases took, and the SOP
sheet printed with the period's figures in a Realisasi column (domain/kinerja.py grades them)."""
from __future__ import annotations

import os
from datetime import datetime
from typing import TYPE_CHECKING, BinaryIO

from ..domain.kinerja import (
    COLOURS,
    GRADE_WORDS,
    TEXT_COLOURS,
    CaseDurations,
    Thresholds,
    grade,
    realisasi_lines,
    standard_of_case,
)
from ..domain.monitoring import MonitoringStats, percent_text
from ..domain.period import Period
from ..store import repo, report_queries
from .changes import SettingsChanged
from .reports import as_period, started_range

if TYPE_CHECKING:
    from .office import Office

THRESHOLDS_KEY = "kinerja_thresholds"
KINERJA = "kinerja"   # what a SettingsChanged names when the thresholds change


def thresholds(office: Office) -> Thresholds:
    with office.reading() as conn:
        return Thresholds.from_json(repo.get_setting(conn, THRESHOLDS_KEY))


def save_thresholds(office: Office, t: Thresholds) -> None:
    with office.writing() as conn:
        repo.put_setting(conn, THRESHOLDS_KEY, t.to_json())
        office.changes.emit(SettingsChanged(KINERJA))   # logged in this transaction, told after it


def case_durations(office: Office, sop_code: str, period: int | Period) -> CaseDurations:
    """Start to close, in working time, of the SOP's cases closed in the period, against the
    standard of a case that goes straight through."""
    period = as_period(period)
    calendar = office.calendar()
    with office.reading() as conn:
        spans = report_queries.closed_case_spans(conn, sop_code, period.case_year,
                                                 started=started_range(office, period))
    parse = datetime.fromisoformat
    minutes = [calendar.working_minutes(parse(a), parse(b)) for a, b in spans]
    return CaseDurations.of(minutes, standard_of_case(office.sop(sop_code), calendar.minutes_per_day()))


def render_sheet_with_realisasi(office: Office, stats: MonitoringStats, t: Thresholds,
                                out: str | os.PathLike[str] | BinaryIO, *, paper: str | None = None) -> None:
    """The SOP sheet of the SOP's newest version with the period's figures beside each step."""
    from ..documents.sop_sheet import SheetRealisasi, render_sop_sheet
    per_day = stats.minutes_per_day
    texts, looks = {}, {}
    for s in stats.steps:
        g = grade(s, t)
        texts[s.no] = "\n".join(realisasi_lines(s, per_day))
        looks[s.no] = (*COLOURS[g], TEXT_COLOURS[g])
    period = stats.covers
    legend = (f"Realisasi: {period.label} ({_dates(period)}), {stats.cases} kasus, dalam jam kerja. "
              f"Warna menurut bagian yang selesai tepat waktu: hijau {GRADE_WORDS['good']} "
              f"(≥ {percent_text(t.good)}), jingga {GRADE_WORDS['attention']} "
              f"({percent_text(t.attention)} sampai di bawah {percent_text(t.good)}), merah "
              f"{GRADE_WORDS['problem']} (< {percent_text(t.attention)}), putih {GRADE_WORDS['none']}. "
              "p90: 9 dari 10 kali selesai dalam waktu ini.")
    realisasi = SheetRealisasi(title=f"Realisasi {period.label}", texts=texts, looks=looks, legend=legend)
    render_sop_sheet(office.sop(stats.sop_code), office, out, paper=paper, realisasi=realisasi)


def _dates(period: Period) -> str:
    from ..domain.indonesian import format_date
    if period.case_year is not None:
        return f"kasus tahun {period.case_year}"
    return f"kasus yang mulai {format_date(period.start)} – {format_date(period.end)}"
