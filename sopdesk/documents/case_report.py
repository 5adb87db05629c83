"""The case report (LAPORAN PELAKSANAAN SOP): one run of an SOP, step by step.

Portrait, on the office's kop. The case's identity, then a table of every run of every step
(who started and finished it, when, the SOP's Waktu against the working time it really took,
and whether it kept that time), the notes and corrections recorded on the case, and totals.
A step that a loop sent back appears once per run, in the order they happened. What arrived
in a .sopcase file keeps its authors and times and is marked "(diimpor)"; the imports
themselves are listed with the notes.
"""
from __future__ import annotations

import os
from datetime import date, datetime
from io import BytesIO
from typing import BinaryIO
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from ..domain.calendar import WorkCalendar
from ..domain.case import CORRECTION, FINISH, IMPORT, NOTE, START
from ..domain.indonesian import format_date, format_datetime
from ..domain.monitoring import RunRecord, case_runs, working_time_words
from ..domain.office import OfficeProfile
from ..domain.waktu import waktu_text
from .fonts import register_fonts
from .letterhead import letterhead
from .output import write_pdf
from .pages import PORTRAIT_MARGINS, frame_height, frame_width, new_document, page_template, paper_size
from .plain_table import label_table
from .ruled_table import RuledTable
from .safe_text import para_line, para_text
from .sop_sheet import office_profile, page_count_canvas
from .styles import Styles, make_styles

TITLE = "LAPORAN PELAKSANAAN SOP"
HEADER_GREY = colors.Color(0.86, 0.86, 0.86)
ZONE_NAMES = {"Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}
ON_TIME, LATE, RUNNING, WAITING, NOT_TAKEN = "tepat waktu", "terlambat", "berjalan", "belum", "tidak dilalui"
IMPORTED = "diimpor"
UNTIMED = "tanpa waktu standar"


def render_case_report(view, office, out: str | os.PathLike | BinaryIO, *, paper: str | None = None,
                       calendar: WorkCalendar | None = None) -> None:
    """Write the report of a case (`view`: a service CaseView) as PDF to `out`.

    `office` is the Office service (its profile and working calendar are used) or an
    OfficeProfile; with a bare profile, pass the office's `calendar` too (otherwise the
    default hours and national holidays in the profile's time zone are used).
    """
    profile = office_profile(office)
    if calendar is None:
        calendar = office.calendar() if hasattr(office, "calendar") else WorkCalendar(tz=profile.timezone)
    register_fonts()
    write_pdf(_pdf(view, profile, calendar, paper or profile.paper), out)


def _pdf(view, office: OfficeProfile, calendar: WorkCalendar, paper: str) -> bytes:
    size = paper_size(paper)
    margins = PORTRAIT_MARGINS
    width, page_h = frame_width(size, margins), frame_height(size, margins)
    buf = BytesIO()
    doc = new_document(buf, size, title=f"{TITLE} — {view.title}"[:200], author=office.unit, subject=TITLE)
    doc.addPageTemplates([page_template("laporan", size, margins)])
    doc.build(case_report_story(view, office, calendar, width, page_h), canvasmaker=page_count_canvas(margins))
    return buf.getvalue()


# ---- pieces ------------------------------------------------------------------------------

def _tz(office: OfficeProfile, calendar: WorkCalendar) -> ZoneInfo:
    return getattr(calendar, "tz", None) or ZoneInfo(office.timezone)


def when(dt: datetime | None, tz) -> str:
    return format_datetime(dt, tz) if dt else "-"


def _ref_date(text: str) -> str:
    try:
        return format_date(date.fromisoformat(text)) if text else "-"
    except ValueError:
        return text


def _status(view, tz) -> str:
    st = view.state
    if st.closed:
        return "Selesai" + (" (ada langkah yang terlambat)" if st.late_done else ", semua langkah tepat waktu")
    if st.started_at is None:
        return "Belum dimulai"
    cur = st.current_status
    step = view.sop.step(st.current) if st.current is not None else None
    what = f"langkah {st.current}" + (f" ({step.activity})" if step else "")
    if cur is not None and cur.run is not None and cur.run.finished_at is None:
        late = " — lewat waktu" if cur.run.late(view.now) else ""
        return f"Berjalan: {what} sedang dikerjakan sejak {when(cur.run.started_at, tz)}{late}"
    return f"Berjalan: menunggu {what} dimulai"


def _kv_table(rows: list[tuple[str, str]], width: float, st: Styles) -> Table:
    return label_table(rows, width, st.left, label=38 * mm)


def identity(view, tz, width: float, st: Styles) -> Table:
    s = view.state
    rows = [
        ("Judul", para_text(view.title)),
        ("SOP", f"{para_text(view.sop.name)} (versi {view.sop_version})"),
        ("Nomor surat masuk", para_text(view.ref_number or "-")),
        ("Tanggal surat", para_text(_ref_date(view.ref_date))),
        ("Perihal", para_text(view.ref_subject or "-")),
        ("Status", para_text(_status(view, tz))),
        ("Mulai", when(s.started_at, tz)),
        ("Selesai", when(s.closed_at, tz)),
    ]
    return _kv_table(rows, width, st)


def _who(run: RunRecord) -> str:
    a, b = (run.started_by or "").strip(), (run.finished_by or "").strip()
    if not run.finished or not b or a == b:
        return para_text(a or b or "-")
    return f"{para_text(a or '-')} (mulai)<br/>{para_text(b)} (selesai)"


def _imported_run(view, run: RunRecord) -> bool:
    """The start or the finish of this run arrived in a .sopcase file."""
    imported = {e.id for e in view.events if getattr(e, "imported_by", None) is not None}
    status = view.state.steps.get(run.step)
    if not imported or status is None or not 0 < run.repeat <= len(status.runs):
        return False
    step_run = status.runs[run.repeat - 1]
    return step_run.start_event in imported or step_run.finish_event in imported


def _remark(view, run: RunRecord) -> str:
    step = view.sop.step(run.step) if view.sop.has_step(run.step) else None
    if run.finished:
        words = [(LATE if run.late else ON_TIME) if run.timed else UNTIMED]
    else:
        words = [RUNNING + (", lewat waktu" if run.late else "")]
    if run.decision and step is not None and step.is_decision:
        words.append(f"keputusan: {step.yes_label if run.decision == 'ya' else step.no_label}")
    if run.repeat > 1:
        words.append(f"ulang ke-{run.repeat}")
    if _imported_run(view, run):
        words.append(IMPORTED)
    return para_text("; ".join(words))


def steps_table(view, runs: list[RunRecord], per_day: int, tz, width: float, page_h: float, st: Styles) -> RuledTable:
    widths = [w * width for w in (0.055, 0.225, 0.15, 0.115, 0.115, 0.085, 0.12, 0.135)]
    t = RuledTable(widths, max_chunk=max(80.0, page_h / 5), padding=(3, 3, 3, 4))
    heads = ("No", "Kegiatan", "Pelaksana", "Mulai", "Selesai", "Waktu", "Realisasi", "Ket.")
    t.header([Paragraph(h, st.cell_head) for h in heads], background=HEADER_GREY)
    for run in runs:
        step = view.sop.step(run.step) if view.sop.has_step(run.step) else None
        t.add_row([
            Paragraph(str(run.step), st.cell_center),
            Paragraph(para_text(step.activity if step else ""), st.cell),
            Paragraph(_who(run), st.cell),
            Paragraph(when(run.started_at, tz), st.cell_center),
            Paragraph(when(run.finished_at, tz) if run.finished else "-", st.cell_center),
            Paragraph(para_text(waktu_text(step.time) if step else ""), st.cell_center),
            Paragraph(para_text(working_time_words(run.working_minutes, per_day)), st.cell_center),
            Paragraph(_remark(view, run), st.cell_center),
        ], valign="TOP")
    ran = {r.step for r in runs}
    for step in view.sop.steps:
        if step.no in ran:
            continue
        t.add_row([
            Paragraph(str(step.no), st.cell_center),
            Paragraph(para_text(step.activity), st.cell),
            Paragraph("-", st.cell_center), Paragraph("-", st.cell_center), Paragraph("-", st.cell_center),
            Paragraph(para_text(waktu_text(step.time)), st.cell_center),
            Paragraph("-", st.cell_center),
            Paragraph(NOT_TAKEN if view.state.closed else WAITING, st.cell_center),
        ], valign="TOP")
    return t


_KIND_WORDS = {START: "mulai", FINISH: "selesai", NOTE: "catatan", CORRECTION: "koreksi", IMPORT: "impor"}


def notes_part(view, tz, width: float, st: Styles) -> list[Flowable]:
    """Notes (with their author and moment), corrections (with what they void and why), and the
    imports of this PC; what arrived in a file is marked "(diimpor)"."""
    by_id = {e.id: e for e in view.events}
    voided_by = {e.voids: e.id for e in view.events if e.kind == CORRECTION and e.voids is not None}
    items = []
    for e in view.events:
        who = f" — {para_text(e.by)}" if (e.by or "").strip() else ""
        step = f" (langkah {e.step})" if e.step is not None else ""
        if e.kind == NOTE:
            text = f"<b>Catatan</b>{step}, {when(e.at, tz)}{who}: {para_text(e.note)}"
            if e.id in voided_by:
                text += f" <i>(dibatalkan oleh koreksi no. {voided_by[e.id]})</i>"
        elif e.kind == CORRECTION:
            target = by_id.get(e.voids)
            what = f"catatan no. {e.voids}"
            if target is not None:
                what += f" ({_KIND_WORDS.get(target.kind, target.kind)}"
                what += f" langkah {target.step}" if target.step is not None else ""
                what += f", {when(target.at, tz)})"
            # A name such as "Dwi Lestari, S.E." already ends the sentence.
            stop = "" if who.rstrip().endswith(".") else "."
            text = f"<b>Koreksi no. {e.id}</b> atas {what}, dicatat {when(e.recorded_at, tz)}{who}{stop} " \
                   f"Alasan: {para_text(e.note or '-')}"
        elif e.kind == IMPORT:
            text = f"<b>Impor</b>{step}, {when(e.at, tz)}{who}: {para_text(e.note)}"
        elif (e.note or "").strip():
            text = f"<b>Keterangan {_KIND_WORDS.get(e.kind, e.kind)}</b>{step}, {when(e.at, tz)}{who}: " \
                   f"{para_text(e.note)}"
            if e.id in voided_by:
                text += f" <i>(dibatalkan oleh koreksi no. {voided_by[e.id]})</i>"
        else:
            continue
        if e.kind != IMPORT and getattr(e, "imported_by", None) is not None:
            text += f" <i>({IMPORTED})</i>"
        items.append(text)
    head = [Paragraph("<b>CATATAN DAN KOREKSI</b>", st.left), Spacer(0, 2 * mm)]
    hanging = ParagraphStyle("case-note", parent=st.left, leftIndent=16, bulletIndent=0, spaceAfter=3,
                             bulletFontName=st.left.fontName, bulletFontSize=st.left.fontSize)
    paras: list[Flowable] = [Paragraph(text, hanging, bulletText=f"{i}.") for i, text in enumerate(items, start=1)] or \
        [Paragraph("Tidak ada catatan atau koreksi.", st.left)]
    # the heading never stays behind alone at the foot of a page
    return [Spacer(0, 6 * mm), KeepTogether(head + paras[:1])] + paras[1:]


def totals(view, runs: list[RunRecord], calendar, per_day: int, width: float, st: Styles) -> list[Flowable]:
    s = view.state
    actual = sum(r.working_minutes for r in runs)
    standard = sum(r.standard_minutes or 0 for r in runs)
    late = sum(1 for r in runs if r.late)
    timed = sum(1 for r in runs if r.timed)
    untimed = f" ({len(runs) - timed} lainnya tanpa waktu standar)" if timed < len(runs) else ""
    so_far = "" if s.closed else " (sampai saat ini)"
    rows = [
        ("Realisasi seluruh langkah", para_text(working_time_words(actual, per_day) + so_far) if runs else "-"),
        ("Jumlah waktu standar", para_text(working_time_words(standard, per_day)) +
         " (Waktu SOP dari langkah yang dijalankan)" if runs else "-"),
        ("Langkah terlambat", f"{late} dari {timed} pelaksanaan langkah{untimed}" if runs else "-"),
    ]
    if s.started_at is not None:
        end = s.closed_at or view.now
        span = working_time_words(calendar.working_minutes(s.started_at, end), per_day)
        rows.append(("Lama kasus", para_text(f"{span} waktu kerja, dari mulai sampai "
                                               + ("selesai" if s.closed else "saat ini")
                                               + " (termasuk jeda antarlangkah)")))
    return [Spacer(0, 6 * mm), KeepTogether([Paragraph("<b>JUMLAH</b>", st.left), Spacer(0, 2 * mm),
                                             _kv_table(rows, width, st)])]


def case_report_story(view, office: OfficeProfile, calendar, width: float, page_h: float) -> list[Flowable]:
    tz = _tz(office, calendar)
    per_day = calendar.minutes_per_day()
    st = make_styles(10, cell_size=8.5)
    runs = case_runs(view.sop, view.state, calendar, view.now)
    story: list[Flowable] = letterhead(office, width)
    story += [Paragraph(f"<b>{TITLE}</b>", make_styles(12).title), Spacer(0, 5 * mm), identity(view, tz, width, st),
              Spacer(0, 5 * mm), steps_table(view, runs, per_day, tz, width, page_h, st).build()]
    story += totals(view, runs, calendar, per_day, width, st)
    story += notes_part(view, tz, width, st)
    printed = f"Dicetak dari sopdesk pada {when(view.now, tz)} {ZONE_NAMES.get(tz.key, tz.key)}."
    story += [Spacer(0, 6 * mm), KeepTogether([Paragraph(para_line(printed), st.left)])]
    return story
