"""Excel workbooks (.xlsx, openpyxl) for offices that forward Excel: the case list as filtered,
and the monitoring figures of an SOP over a period.

Real sheets, not printouts: one header row (bold, frozen, with a filter), one row per case or
step, dates and times as Excel dates in the office's time zone, counts and minutes as numbers,
shares as percentages, and column widths fitted to what they hold.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.monitoring import MonitoringStats, working_time_words
from ..domain.period import Period

DATE_TIME = "dd/mm/yyyy hh:mm"
DATE = "dd/mm/yyyy"
PERCENT = "0.0%"
INTEGER = "0"
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
MAX_WIDTH = 60

Target = str | os.PathLike[str] | IO[bytes]


@dataclass(frozen=True)
class Col:
    title: str
    number_format: str | None = None
    min_width: int = 6
    wrap: bool = False


def _local(dt: datetime | None, tz: tzinfo) -> datetime | None:
    """Excel has no time zones: the office's wall-clock time, without an offset."""
    if dt is None:
        return None
    return dt.astimezone(tz).replace(tzinfo=None)


def _shown_width(value: Any, number_format: str | None) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, float) and number_format == PERCENT:
        return 7
    return max((len(line) for line in str(value).splitlines()), default=0)


def table_sheet(ws: Worksheet, columns: Sequence[Col], rows: Iterable[Sequence[Any]]) -> None:
    """A header row (bold, frozen, filtered), the rows with their formats, widths fitted."""
    ws.append([c.title for c in columns])
    bold = Font(bold=True)
    for cell in ws[1]:
        cell.font = bold
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    widths = [max(c.min_width, min(len(c.title), 24)) for c in columns]
    count = 0
    for row in rows:
        ws.append(list(row))
        count += 1
        r = ws.max_row
        for i, (col, value) in enumerate(zip(columns, row, strict=True)):
            cell = ws.cell(row=r, column=i + 1)
            if col.number_format and value is not None:
                cell.number_format = col.number_format
            if col.wrap:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            widths[i] = max(widths[i], _shown_width(value, col.number_format))
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = min(MAX_WIDTH, w + 2)
    ws.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A1:{last}{count + 1}"


def _save(wb: Workbook, out: Target) -> None:
    if isinstance(out, (str, os.PathLike)):
        wb.save(os.fspath(out))
    else:
        wb.save(out)


# -- the case list --------------------------------------------------------------------------

CASE_COLUMNS = (
    Col("No. kasus", INTEGER), Col("Judul", min_width=30), Col("Kode SOP", min_width=10), Col("Nama SOP", min_width=20),
    Col("Tahun", INTEGER), Col("Nomor surat", min_width=12), Col("Status"), Col("Terlambat"),
    Col("Langkah sekarang", INTEGER), Col("Pelaksana"), Col("Batas waktu", DATE_TIME), Col("Mulai", DATE_TIME),
    Col("Selesai", DATE_TIME), Col("Dibuat", DATE_TIME),
)


def _parse(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def write_case_list(rows: Sequence[dict[str, Any]], tz: tzinfo, out: Target) -> int:
    """The case list rows (Office.list_cases / case_rows, in the order shown) as a workbook;
    returns how many were written."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Daftar Kasus"

    def line(r: dict[str, Any]) -> list[Any]:
        state = "Selesai" if r["state"] == "closed" else "Berjalan"
        return [r["id"], r["title"], r["sop"], r.get("sop_name", ""), r["year"], r.get("ref_number", ""), state,
                "Ya" if r.get("late") else "Tidak", r["current_step"] if r["state"] != "closed" else None,
                r.get("current_actor", ""), _local(_parse(r.get("current_due_at")), tz),
                _local(_parse(r.get("started_at")), tz), _local(_parse(r.get("closed_at")), tz),
                _local(_parse(r.get("created_at")), tz)]
    table_sheet(ws, CASE_COLUMNS, (line(r) for r in rows))
    _save(wb, out)
    return len(rows)


# -- the monitoring figures -----------------------------------------------------------------

STEP_COLUMNS = (
    Col("No.", INTEGER, 4), Col("Kegiatan", min_width=36, wrap=True), Col("Pelaksana", min_width=14),
    Col("Waktu standar"), Col("Standar (menit)", INTEGER), Col("Dijalankan", INTEGER),
    Col("Tepat waktu", INTEGER), Col("Terlambat", INTEGER), Col("Tanpa standar", INTEGER),
    Col("Tepat waktu (%)", PERCENT), Col("Median (menit)", "0.#"), Col("p90 (menit)", INTEGER),
    Col("Terlama (menit)", INTEGER), Col("Median terhadap standar (%)", PERCENT), Col("Masih berjalan", INTEGER),
    Col("Berjalan melewati batas", INTEGER), Col("Median (waktu kerja)", min_width=14),
    Col("p90 (waktu kerja)", min_width=14),
)

SUMMARY_COLUMNS = (Col("Keterangan", min_width=24), Col("Nilai", min_width=30))


def write_monitoring(stats: MonitoringStats, tz: tzinfo, out: Target) -> None:
    """The figures per step (sheet "Langkah") and what they cover (sheet "Ringkasan")."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Langkah"
    per_day = stats.minutes_per_day

    def line(s: Any) -> list[Any]:
        return [s.no, s.activity, s.lane, s.standard, s.standard_minutes, s.runs, s.on_time, s.late, s.untimed,
                s.on_time_share, s.median_minutes, s.p90_minutes, s.worst_minutes, s.median_ratio, s.running,
                s.running_late, working_time_words(s.median_minutes, per_day) or None,
                working_time_words(s.p90_minutes, per_day) or None]
    table_sheet(ws, STEP_COLUMNS, (line(s) for s in stats.steps))
    period: Period = stats.covers
    summary: list[tuple[str, Any, str | None]] = [
        ("Kode SOP", stats.sop_code, None),
        ("Nama SOP", stats.sop_name, None),
        ("Versi SOP", ", ".join(str(v) for v in stats.versions) or "-", None),
        ("Periode", period.label, None),
        ("Dari tanggal", period.start, DATE),
        ("Sampai tanggal", period.end, DATE),
        ("Kasus dihitung menurut", "tahun kasus" if period.case_year is not None else "tanggal mulai kasus", None),
        ("Jumlah kasus", stats.cases, INTEGER),
        ("Kasus selesai", stats.closed, INTEGER),
        ("Kasus berjalan", stats.open, INTEGER),
        ("Kasus dengan langkah terlambat", stats.late_cases, INTEGER),
        ("Hambatan utama (langkah)", stats.bottleneck, INTEGER),
        ("Alasan", stats.bottleneck_reason or None, None),
        ("Menit dalam 1 hari kerja", per_day, INTEGER),
        ("Dihitung pada", _local(stats.generated_at, tz), DATE_TIME),
    ]
    ws2 = wb.create_sheet("Ringkasan")
    table_sheet(ws2, SUMMARY_COLUMNS, ([k, v] for k, v, _f in summary))
    for i, (_k, v, fmt) in enumerate(summary, start=2):
        if fmt and v is not None:
            ws2.cell(row=i, column=2).number_format = fmt
            ws2.cell(row=i, column=2).alignment = Alignment(horizontal="left")
    _save(wb, out)
