"""The monitoring/evaluation report of one SOP over one year (DESIGN.md "Reports").

Portrait, on the office's kop: what was counted, a table per step (runs, median and worst
working time against the SOP's Waktu, share on time), the bottleneck in a sentence, a bar
chart of each step's median as a percentage of its standard with the 100 % line, and the
head of the office's signature.
"""
from __future__ import annotations

import math
import os
from io import BytesIO
from typing import BinaryIO

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from ..domain.indonesian import format_date, format_number
from ..domain.monitoring import MonitoringStats, StepStats, percent_text, working_time_words
from ..domain.office import OfficeProfile, Official
from ..domain.waktu import waktu_text
from .fonts import BOLD, REGULAR, printable, register_fonts
from .letterhead import letterhead
from .output import write_pdf
from .pages import PORTRAIT_MARGINS, frame_height, frame_width, new_document, page_template, paper_size
from .plain_table import label_table
from .ruled_table import RuledTable
from .safe_text import para_line, para_text
from .signature import SignatureColumn, official_foot, signature_block
from .sop_sheet import office_profile, page_count_canvas
from .styles import Styles, make_styles

TITLE = "LAPORAN MONITORING DAN EVALUASI PELAKSANAAN SOP"
HEADER_GREY = colors.Color(0.86, 0.86, 0.86)
BOTTLENECK_FILL = colors.Color(0.93, 0.93, 0.93)
BAR_OK = colors.Color(0.62, 0.62, 0.62)
BAR_OVER = colors.Color(0.2, 0.2, 0.2)


def render_monitoring(stats: MonitoringStats, office, out: str | os.PathLike | BinaryIO, *,
                      paper: str | None = None, signer: Official | None = None) -> None:
    """Write the report of `stats` as PDF to `out`. `office`: the OfficeProfile (or the Office
    service); `signer`: the official who signs (e.g. the Camat), None for an unsigned report."""
    profile = office_profile(office)
    register_fonts()
    write_pdf(_pdf(stats, profile, paper or profile.paper, signer), out)


def _pdf(stats: MonitoringStats, office: OfficeProfile, paper: str, signer: Official | None) -> bytes:
    size = paper_size(paper)
    margins = PORTRAIT_MARGINS
    width, page_h = frame_width(size, margins), frame_height(size, margins)
    buf = BytesIO()
    doc = new_document(buf, size, title=f"{TITLE} {stats.year}", author=office.unit, subject=TITLE)
    doc.addPageTemplates([page_template("monev", size, margins)])
    doc.build(monitoring_story(stats, office, width, page_h, signer), canvasmaker=page_count_canvas(margins))
    return buf.getvalue()


def _kv(rows: list[tuple[str, str]], width: float, st: Styles) -> Table:
    return label_table(rows, width, st.left, label=45 * mm)


def _share_of(part: int, whole: int) -> str:
    return percent_text(part / whole, 1) if whole else "-"


def summary(stats: MonitoringStats, width: float, st: Styles) -> Table:
    versions = ", ".join(str(v) for v in stats.versions)
    sop = para_text(stats.sop_name)
    if versions:
        sop += f" (versi {para_text(versions)})"
    rows = [
        ("SOP", sop),
        _period_row(stats),
        ("Jumlah kasus", f"{format_number(stats.cases)} (selesai {format_number(stats.closed)}, "
                         f"berjalan {format_number(stats.open)})"),
        ("Kasus dengan langkah terlambat", f"{format_number(stats.late_cases)} "
                                            f"({_share_of(stats.late_cases, stats.cases)})"),
        ("Dasar perhitungan", para_text(f"waktu kerja kantor; 1 hari kerja = {stats.minutes_per_day} menit "
                                        f"({working_time_words(stats.minutes_per_day, 10**9)})")),
    ]
    return _kv(rows, width, st)


def _heading(stats: MonitoringStats) -> str:
    """"TAHUN 2027" for the cases filed under a year; "PERIODE SEMESTER I 2027" for a period of dates."""
    period = stats.covers
    return f"TAHUN {stats.year}" if period.case_year is not None else f"PERIODE {period.label.upper()}"


def _period_row(stats: MonitoringStats) -> tuple[str, str]:
    period = stats.covers
    if period.case_year is not None:
        return "Tahun", str(stats.year)
    return "Periode", para_text(f"{period.label}: kasus yang mulai {format_date(period.start)} sampai "
                                f"{format_date(period.end)}")


def _ratio(s: StepStats) -> str:
    return percent_text(s.median_ratio) if s.median_ratio is not None else "-"


def steps_table(stats: MonitoringStats, width: float, page_h: float, st: Styles) -> RuledTable:
    widths = [w * width for w in (0.05, 0.27, 0.09, 0.08, 0.12, 0.12, 0.11, 0.16)]
    t = RuledTable(widths, max_chunk=max(80.0, page_h / 5), padding=(3, 3, 3, 4))
    heads = ("No", "Kegiatan", "Waktu (standar)", "Jumlah (kali)", "Median realisasi", "Terlama",
             "Median thd. standar", "Tepat waktu")
    t.header([Paragraph(h, st.cell_head) for h in heads], background=HEADER_GREY)
    per_day = stats.minutes_per_day
    for s in stats.steps:
        first = len(t.rows)
        mark = "<b>" if s.no == stats.bottleneck else ""
        end = "</b>" if mark else ""
        runs = format_number(s.runs)
        if s.running:
            runs += f"<br/>(+{format_number(s.running)} berjalan)"
        on_time = percent_text(s.on_time_share, 1) if s.timed else "-"
        if s.timed:
            on_time += f"<br/>({format_number(s.late)} terlambat)"
        if s.untimed:
            on_time += "<br/>(tanpa waktu standar)" if not s.timed else \
                f"<br/>({format_number(s.untimed)} tanpa waktu standar)"
        t.add_row([
            Paragraph(f"{mark}{s.no}{end}", st.cell_center),
            Paragraph(f"{mark}{para_text(s.activity)}{end}", st.cell),
            Paragraph(para_text(waktu_text(s.standard)), st.cell_center),
            Paragraph(runs, st.cell_center),
            Paragraph(para_text(working_time_words(s.median_minutes, per_day) or "-"), st.cell_center),
            Paragraph(para_text(working_time_words(s.worst_minutes, per_day) or "-"), st.cell_center),
            Paragraph(f"{mark}{_ratio(s)}{end}", st.cell_center),
            Paragraph(on_time, st.cell_center),
        ], valign="TOP")
        if s.no == stats.bottleneck:
            t.cmds.append(("BACKGROUND", (0, first), (-1, len(t.rows) - 1), BOTTLENECK_FILL))
    return t


def bottleneck_text(stats: MonitoringStats) -> str:
    """One sentence naming the bottleneck and the figures that make it one (markup)."""
    if stats.bottleneck is None:
        if not any(s.runs for s in stats.steps):
            return "Belum ada langkah yang selesai dikerjakan pada tahun ini."
        return "Tidak ada hambatan: semua langkah yang selesai dikerjakan tepat waktu."
    s = stats.step(stats.bottleneck)
    per_day = stats.minutes_per_day
    return (f"<b>Hambatan utama (bottleneck): langkah {s.no}</b> — {para_text(s.activity)} "
            f"({para_text(s.lane)}): {para_text(stats.bottleneck_reason)}. Median realisasi "
            f"{para_text(working_time_words(s.median_minutes, per_day))} dari waktu standar "
            f"{para_text(s.standard)} ({_ratio(s)}); {format_number(s.late)} dari {format_number(s.runs)} "
            f"pelaksanaan terlambat ({_share_of(s.late, s.runs)}); terlama "
            f"{para_text(working_time_words(s.worst_minutes, per_day))}.")


def _fit_label(text: str, font: str, size: float, width: float) -> str:
    text = " ".join(printable(text).split())
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def bar_chart(stats: MonitoringStats, width: float, steps: list[StepStats] | None = None) -> Drawing:
    """Horizontal bars: each step's median realisasi as a percentage of its standard, with
    the 100 % line. Bars over 100 % are dark; a bar beyond the axis is cut with a "»"."""
    size, row_h, bar_h = 7.5, 15.0, 9.0
    label_w = width * 0.36
    value_w = 34.0
    axis_x = label_w + 6
    axis_w = width - axis_x - value_w
    steps = stats.steps if steps is None else steps
    ratios = [s.median_ratio for s in stats.steps if s.median_ratio is not None]
    top = max([1.5] + ratios)
    top = min(4.0, math.ceil(top * 2) / 2)          # 150 %, 200 %, … at most 400 %
    top_pad, bottom_pad = 22.0, 16.0
    height = top_pad + len(steps) * row_h + bottom_pad
    d = Drawing(width, height, initialFontName=REGULAR, initialFontSize=size)

    def x_of(r: float) -> float:
        return axis_x + min(r, top) / top * axis_w

    y_axis_top = height - top_pad + 4
    # grid every 50 %
    k = 0.0
    while k <= top + 1e-9:
        x = x_of(k)
        d.add(Line(x, bottom_pad, x, y_axis_top, strokeColor=colors.Color(0.8, 0.8, 0.8), strokeWidth=0.4))
        d.add(String(x, bottom_pad - 10, f"{round(k * 100)} %", fontName=REGULAR, fontSize=size - 0.5,
                     textAnchor="middle"))
        k += 0.5
    for i, s in enumerate(steps):
        y = height - top_pad - (i + 1) * row_h + (row_h - bar_h) / 2
        label = _fit_label(f"{s.no}. {s.activity}", BOLD if s.no == stats.bottleneck else REGULAR, size, label_w)
        d.add(String(0, y + 2, label, fontName=BOLD if s.no == stats.bottleneck else REGULAR, fontSize=size))
        r = s.median_ratio
        if r is None:
            words = "tanpa waktu standar" if s.runs and s.standard_minutes is None else "belum ada data"
            d.add(String(axis_x + 3, y + 2, words, fontName=REGULAR, fontSize=size - 0.5,
                         fillColor=colors.Color(0.4, 0.4, 0.4)))
            continue
        x_end = x_of(r)
        # set after construction: types-reportlab gives Rect's **kw the wrong type (no Unpack)
        bar = Rect(axis_x, y, max(0.5, x_end - axis_x), bar_h)
        bar.fillColor, bar.strokeColor = (BAR_OVER if r > 1.0 else BAR_OK), None
        d.add(bar)
        value = percent_text(r) + (" »" if r > top else "")
        d.add(String(x_end + 3, y + 2, value, fontName=REGULAR, fontSize=size))
    x100 = x_of(1.0)
    d.add(Line(x100, bottom_pad - 2, x100, y_axis_top, strokeColor=colors.black, strokeWidth=1.0,
               strokeDashArray=[3, 2]))
    d.add(String(x100, y_axis_top + 4, "100 % = waktu standar", fontName=BOLD, fontSize=size, textAnchor="middle"))
    d.add(Line(axis_x, bottom_pad, axis_x, y_axis_top, strokeColor=colors.black, strokeWidth=0.6))
    return d


def _signature(stats: MonitoringStats, office: OfficeProfile, signer: Official | None, width: float,
               st: Styles) -> Flowable:
    day = stats.generated_at
    when = format_date(day.astimezone(_tz(office)).date()) if day else "." * 24
    place = office.place.strip()
    head = [para_line(f"{place}, {when}" if place else when), para_line((signer.position if signer else
                                                                         office.head_position).upper())]
    foot = official_foot(signer.name, signer.rank, signer.nip) if signer else official_foot("")
    return signature_block([None, SignatureColumn(head=head, foot=foot)], width, st.center)


def _tz(office: OfficeProfile):
    from zoneinfo import ZoneInfo
    return ZoneInfo(office.timezone)


def monitoring_story(stats: MonitoringStats, office: OfficeProfile, width: float, page_h: float,
                     signer: Official | None = None) -> list[Flowable]:
    st = make_styles(10, cell_size=8.5)
    story: list[Flowable] = letterhead(office, width)
    story += [Paragraph(f"<b>{TITLE}</b><br/><b>{para_text(_heading(stats))}</b>", make_styles(12).title),
              Spacer(0, 5 * mm), summary(stats, width, st), Spacer(0, 5 * mm),
              steps_table(stats, width, page_h, st).build(), Spacer(0, 3 * mm),
              Paragraph("Realisasi dihitung dalam waktu kerja (jam kantor, di luar hari libur) dari mulai sampai "
                        "selesai tiap pelaksanaan langkah; langkah yang diulang karena alur kembali dihitung "
                        "setiap kali. Baris yang diarsir adalah hambatan utama.", st.cell),
              Spacer(0, 4 * mm), Paragraph(bottleneck_text(stats), st.left), Spacer(0, 5 * mm)]
    # a chart never taller than most of a page: an SOP with many steps gets several
    per_chart = max(5, int((page_h * 0.6 - 40) // 15))
    starts = list(range(0, max(1, len(stats.steps)), per_chart))
    signature = _signature(stats, office, signer, width, st)
    for i in starts:
        chart = bar_chart(stats, width, stats.steps[i:i + per_chart])
        title = "<b>Grafik: median realisasi terhadap waktu standar</b>" + (" (lanjutan)" if i else "")
        part: list[Flowable] = [Paragraph(title, st.left), Spacer(0, 2 * mm), chart, Spacer(0, 4 * mm)]
        if i == starts[-1]:
            part.append(signature)     # the signature never stands alone on the last page
        story.append(KeepTogether(part))
    return story
