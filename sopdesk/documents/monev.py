"""The monitoring and evaluation forms of Permenpan RB 35/2012, and the annual report, as PDF.

- "MONITORING PELAKSANAAN SOP AP" (per SOP and semester): F4/A4 landscape on the kop; the SOP,
  the period, the penilai and where the figures come from; the table No. · Prosedur ·
  Penilaian Terhadap Penerapan (Berjalan dengan baik / Tidak berjalan dengan baik) · Catatan
  Hasil Penilaian · Tindakan yang Harus Diambil · Paraf Penilai, its column numbers repeated
  on every page; how the judging was done; Mengetahui, Camat beside the penilai.
- "EVALUASI PENERAPAN SOP AP" (per SOP and year): portrait on the kop; the seven questions with
  Ya/Tidak and a note each, the share of Ya and the recommendation; the same signatures.
- "LAPORAN HASIL MONITORING DAN EVALUASI … PERIODE <TAHUN>": landscape on the kop; how many SOPs
  are in force, monitored and evaluated; a row per SOP with its evaluation answers and the
  summary of each semester's monitoring; the questions spelled out; the Camat's signature.

A draft is printed with "DRAF — belum final" under the title, so a copy for checking is never
taken for the signed form.
"""
from __future__ import annotations

import os
from io import BytesIO
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from ..domain.indonesian import format_date
from ..domain.monev import (
    ANSWERS,
    BAIK,
    EVALUATION_QUESTIONS,
    JUDGEMENTS,
    RECOMMENDATIONS,
    TIDAK_BAIK,
    YA,
    EvaluationForm,
    MonitoringForm,
    recommendation_reason,
)
from ..domain.monitoring import percent_text
from ..domain.office import OfficeProfile, Official
from .fonts import register_fonts
from .letterhead import letterhead
from .output import write_pdf
from .pages import (
    LANDSCAPE_MARGINS,
    PORTRAIT_MARGINS,
    Margins,
    frame_height,
    frame_width,
    new_document,
    page_template,
    paper_size,
)
from .plain_table import label_table, plain_table
from .ruled_table import RuledTable
from .safe_text import para_line, para_text
from .signature import SignatureColumn, official_foot, signature_block
from .sop_sheet import office_profile, page_count_canvas
from .styles import Styles, make_styles

MONITORING_TITLE = "MONITORING PELAKSANAAN SOP AP"
EVALUATION_TITLE = "EVALUASI PENERAPAN SOP AP"
ANNUAL_TITLE = ("LAPORAN HASIL MONITORING DAN EVALUASI STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN "
                "(SOP AP)")
HEADER_GREY = colors.Color(0.86, 0.86, 0.86)
NUMBER_GREY = colors.Color(0.93, 0.93, 0.93)
CHECK = "\u221a"    # √, as the regulation's forms are ticked
DOTS = "." * 24


# ---- shared parts ---------------------------------------------------------------------------

def _document(story: list[Flowable], size: tuple[float, float], margins: Margins, title: str,
              office: OfficeProfile) -> bytes:
    buf = BytesIO()
    doc = new_document(buf, size, title=title[:200], author=office.unit, subject=title[:200])
    doc.addPageTemplates([page_template("monev", size, margins)])
    doc.build(story, canvasmaker=page_count_canvas(margins))
    return buf.getvalue()


def _sop_number(text: str) -> str:
    """A number still to be given ("/SOP-…") gets dots in front for the hand-written sequence."""
    text = (text or "").strip()
    if not text:
        return DOTS
    return "......." + text if text.startswith("/") else text


def _person(o: Official | None) -> str:
    if o is None or not o.name.strip():
        return DOTS
    return f"{o.name} — {o.position}" if o.position.strip() else o.name


def _state_line(state: str, revision: int | None, st: Styles) -> list[Flowable]:
    """"DRAF — belum final" for a draft, "Revisi 2" for a later final revision, nothing otherwise."""
    if state == "final":
        text = f"Revisi {revision}" if revision and revision > 1 else ""
    elif revision is None:
        text = "DRAF — belum disimpan, belum final"
    else:
        text = f"DRAF revisi {revision} — belum final"
    return [Paragraph(f"<b>{text}</b>", st.center)] if text else []


def _signatures(office: OfficeProfile, head: Official | None, penilai: Official | None, when, width: float,
                st: Styles, *, keep_together: bool = True) -> Flowable:
    """Mengetahui, Camat (left) beside the penilai with place and date (right)."""
    head_position = (head.position if head and head.position.strip() else office.head_position).upper()
    day = format_date(when) if when else DOTS
    place = office.place.strip()
    left = SignatureColumn(head=["Mengetahui,", para_line(head_position)],
                           foot=official_foot(head.name, head.rank, head.nip) if head else official_foot(""))
    right_head = [para_line(f"{place}, {day}" if place else day), "Penilai,"]
    if penilai is not None and penilai.position.strip():
        right_head.append(para_line(penilai.position.upper()))
    right = SignatureColumn(head=right_head, foot=official_foot(penilai.name, penilai.rank, penilai.nip)
                            if penilai is not None else official_foot(""))
    return signature_block([left, right], width, st.center, keep_together=keep_together, space_before=4 * mm)


def _pair_fields(left: list[tuple[str, str]], right: list[tuple[str, str]], width: float, st: Styles) -> Table:
    """Two "Label : value" blocks side by side, as at the head of the forms."""
    gap = 8 * mm
    half = (width - gap) / 2
    return plain_table([[label_table(left, half, st.left, label=24 * mm, bottom=1.5), "",
                         label_table(right, half, st.left, label=24 * mm, bottom=1.5)]], [half, gap, half])


# ---- the monitoring form ---------------------------------------------------------------------

def render_monitoring_form(form: MonitoringForm, office, out: str | os.PathLike | BinaryIO, *,
                           paper: str | None = None, head: Official | None = None, state: str = "draft",
                           revision: int | None = None) -> None:
    """Write the form as PDF to `out`. `office`: the OfficeProfile (or the Office); `head`: the
    Camat who signs "Mengetahui"; `state`/`revision`: of the record (None: not saved)."""
    profile = office_profile(office)
    register_fonts()
    size = paper_size(paper or profile.paper, landscape=True)
    margins = LANDSCAPE_MARGINS
    story = monitoring_story(form, profile, frame_width(size, margins), frame_height(size, margins), head,
                             state, revision)
    write_pdf(_document(story, size, margins, f"{MONITORING_TITLE} {form.semester.label}", profile), out)


def _monitoring_header(form: MonitoringForm, office: OfficeProfile, width: float, st: Styles) -> Table:
    unit = form.sop.unit.strip() or office.unit
    source = (f"{form.cases} kasus dimulai dalam periode ini, {form.closed} di antaranya selesai "
              "(catatan sopdesk)")
    left = [("Nama SOP", para_text(form.sop.name)), ("Nomor SOP", para_text(_sop_number(form.sop.number))),
            ("Unit", para_text(unit))]
    right = [("Periode", para_text(f"{form.semester.label} ({form.semester.span_text})")),
             ("Penilai", para_text(_person(form.penilai))), ("Sumber data", para_text(source))]
    return _pair_fields(left, right, width, st)


def monitoring_table(form: MonitoringForm, width: float, page_h: float, st: Styles) -> RuledTable:
    fractions = (0.04, 0.25, 0.07, 0.07, 0.26, 0.22, 0.09)
    widths = [f * width for f in fractions]
    t = RuledTable(widths, max_chunk=max(80.0, page_h / 4), padding=(3, 3, 2.5, 3.5))
    head = [Paragraph(h, st.cell_head) for h in ("No.", "Prosedur", "Penilaian Terhadap Penerapan", "",
                                                  "Catatan Hasil Penilaian", "Tindakan yang Harus Diambil",
                                                  "Paraf Penilai")]
    t.header(head, background=HEADER_GREY)
    t.header(["", "", Paragraph(JUDGEMENTS[BAIK], st.cell_head), Paragraph(JUDGEMENTS[TIDAK_BAIK], st.cell_head),
              "", "", ""], background=HEADER_GREY)
    t.header([Paragraph(str(i), st.cell_colno) for i in range(1, 8)], background=NUMBER_GREY, top=1, bottom=1.5)
    for c in (0, 1, 4, 5, 6):
        t.cmds.append(("SPAN", (c, 0), (c, 1)))
    t.cmds.append(("SPAN", (2, 0), (3, 0)))
    check = Paragraph(f"<font size='{st.cell.fontSize + 3}'>{CHECK}</font>", st.cell_center)
    for r in form.rows:
        t.add_row([
            Paragraph(f"{r.no}.", st.cell_center),
            Paragraph(para_text(r.activity), st.cell),
            check if r.judgement == BAIK else "",
            check if r.judgement == TIDAK_BAIK else "",
            Paragraph(para_text(r.note), st.cell),
            Paragraph(para_text(r.action), st.cell),
            "",
        ], valign="TOP")
    return t


def monitoring_story(form: MonitoringForm, office: OfficeProfile, width: float, page_h: float,
                     head: Official | None = None, state: str = "draft", revision: int | None = None) -> list[Flowable]:
    st = make_styles(9.5, cell_size=8.5)
    story: list[Flowable] = letterhead(office, width)
    story.append(Paragraph(f"<b>{MONITORING_TITLE}</b>", make_styles(12).title))
    story += _state_line(state, revision, st)
    story += [Spacer(0, 4 * mm), _monitoring_header(form, office, width, st), Spacer(0, 4 * mm)]
    table = monitoring_table(form, width, page_h, st)
    no_standard = any(r.runs and r.figures.get("standard_minutes") is None for r in form.rows)
    basis = (f"Penilaian dari data: \u201c{JUDGEMENTS[BAIK]}\u201d bila sedikitnya {form.threshold} % pelaksanaan "
             "langkah selesai dalam standar waktunya (ambang ditetapkan kantor)")
    basis += "; langkah tanpa waktu standar dinilai dari pelaksanaannya saja. " if no_standard else ". "
    basis += ("Waktu dihitung dalam jam kerja, di luar hari libur. "
              f"{form.summary().capitalize()}.")
    foot: list[Flowable] = [Paragraph(para_text(basis), st.cell), Spacer(0, 2 * mm),
                            _signatures(office, head, form.penilai, form.signed_on, width, st, keep_together=False)]
    table.footer(foot, space_before=3 * mm)   # type: ignore[arg-type]  # a cell takes a list of flowables
    story.append(table.build())
    return story


# ---- the evaluation form ---------------------------------------------------------------------

def render_evaluation_form(form: EvaluationForm, office, out: str | os.PathLike | BinaryIO, *,
                           paper: str | None = None, head: Official | None = None, state: str = "draft",
                           revision: int | None = None) -> None:
    profile = office_profile(office)
    register_fonts()
    size = paper_size(paper or profile.paper)
    margins = PORTRAIT_MARGINS
    story = evaluation_story(form, profile, frame_width(size, margins), frame_height(size, margins), head,
                             state, revision)
    write_pdf(_document(story, size, margins, f"{EVALUATION_TITLE} TAHUN {form.year}", profile), out)


def evaluation_table(form: EvaluationForm, width: float, page_h: float, st: Styles) -> RuledTable:
    widths = [f * width for f in (0.07, 0.43, 0.08, 0.08, 0.34)]
    t = RuledTable(widths, max_chunk=max(80.0, page_h / 4), padding=(3, 3, 3, 4))
    t.header([Paragraph(h, st.cell_head) for h in ("No.", "Butir Evaluasi", "Jawaban", "", "Catatan")],
             background=HEADER_GREY)
    t.header(["", "", Paragraph(ANSWERS[YA], st.cell_head), Paragraph("Tidak", st.cell_head), ""],
             background=HEADER_GREY)
    t.header([Paragraph(str(i), st.cell_colno) for i in range(1, 6)], background=NUMBER_GREY, top=1, bottom=1.5)
    for c in (0, 1, 4):
        t.cmds.append(("SPAN", (c, 0), (c, 1)))
    t.cmds.append(("SPAN", (2, 0), (3, 0)))
    check = Paragraph(f"<font size='{st.cell.fontSize + 3}'>{CHECK}</font>", st.cell_center)
    for i, (question, a) in enumerate(zip(EVALUATION_QUESTIONS, form.answers, strict=True), start=1):
        t.add_row([Paragraph(f"{i}.", st.cell_center), Paragraph(question, st.cell),
                   check if a.answer == YA else "", check if a.answer == "tidak" else "",
                   Paragraph(para_text(a.note), st.cell)], valign="TOP")
    return t


def evaluation_result(form: EvaluationForm) -> tuple[str, str]:
    """("6 dari 7 (86 %)", "Perlu penyempurnaan (jawaban Tidak pada butir 3)") as printed."""
    answered = sum(1 for a in form.answers if a.answer is not None)
    share = f"{form.yes_count} dari {len(EVALUATION_QUESTIONS)}"
    if answered:
        share += f" ({percent_text(form.yes_share)} dari yang dijawab)" if answered < len(EVALUATION_QUESTIONS) \
            else f" ({percent_text(form.yes_share)})"
    rec = form.recommendation
    text = (f"{RECOMMENDATIONS[rec]} ({recommendation_reason(form.answers)})" if rec is not None
            else "belum dapat ditentukan: belum semua butir dijawab")
    return share, text


def evaluation_story(form: EvaluationForm, office: OfficeProfile, width: float, page_h: float,
                     head: Official | None = None, state: str = "draft", revision: int | None = None) -> list[Flowable]:
    st = make_styles(11, cell_size=10)
    story: list[Flowable] = letterhead(office, width)
    story.append(Paragraph(f"<b>{EVALUATION_TITLE}</b><br/><b>TAHUN {form.year}</b>", make_styles(12).title))
    story += _state_line(state, revision, st)
    rows = [("Nama SOP", para_text(form.sop.name)), ("Nomor SOP", para_text(_sop_number(form.sop.number))),
            ("Unit", para_text(form.sop.unit.strip() or office.unit)), ("Tahun", str(form.year)),
            ("Penilai", para_text(_person(form.evaluator)))]
    story += [Spacer(0, 5 * mm), label_table(rows, width, st.left, label=30 * mm), Spacer(0, 5 * mm)]
    table = evaluation_table(form, width, page_h, st)
    share, rec = evaluation_result(form)
    result = label_table([("Jawaban \u201cYa\u201d", para_text(share)), ("Rekomendasi", f"<b>{para_text(rec)}</b>")],
                         width, st.left, label=30 * mm)
    note = Paragraph("Rekomendasi \u201cTetap\u201d bila ketujuh butir dijawab \u201cYa\u201d; satu jawaban "
                     "\u201cTidak\u201d berarti SOP AP perlu penyempurnaan pada butir itu.", st.cell)
    foot: list[Flowable] = [result, Spacer(0, 1.5 * mm), note,
                            _signatures(office, head, form.evaluator, form.signed_on, width, st, keep_together=False)]
    table.footer(foot, space_before=4 * mm)   # type: ignore[arg-type]  # a cell takes a list of flowables
    story.append(table.build())
    return story


# ---- the annual report -------------------------------------------------------------------------

def render_annual_report(report, office, out: str | os.PathLike | BinaryIO, *, paper: str | None = None) -> None:
    """`report`: app.monev.AnnualReport (plain data: the year, the unit, an entry per SOP, the signer)."""
    profile = office_profile(office)
    register_fonts()
    size = paper_size(paper or profile.paper, landscape=True)
    margins = LANDSCAPE_MARGINS
    story = annual_story(report, profile, frame_width(size, margins), frame_height(size, margins))
    write_pdf(_document(story, size, margins, f"{ANNUAL_TITLE} PERIODE {report.year}", profile), out)


def annual_title(unit: str, year: int) -> str:
    return f"{ANNUAL_TITLE} {' '.join(unit.split()).upper()} PERIODE {year}"


def _semester_text(form: MonitoringForm | None, draft: bool) -> str:
    if form is not None:
        return form.summary()
    return "draf, belum final" if draft else "belum dimonitor"


def annual_table(report, width: float, page_h: float, st: Styles) -> RuledTable:
    n = len(EVALUATION_QUESTIONS)
    fractions = [0.035, 0.21] + [0.04] * n + [0.06, 0.1, 0.155, 0.155]
    count = len(fractions)            # No, SOP, the questions, Ya, Rekomendasi, Semester I and II
    scale = 1 / sum(fractions)
    t = RuledTable([f * scale * width for f in fractions], max_chunk=max(80.0, page_h / 4),
                   padding=(2.5, 2.5, 2.5, 3.5))
    t.header([Paragraph("No.", st.cell_head), Paragraph("Nomor dan Nama SOP AP", st.cell_head),
              Paragraph("Hasil Evaluasi Penerapan SOP AP", st.cell_head)] + [""] * (n + 1)
             + [Paragraph("Hasil Monitoring Pelaksanaan SOP AP", st.cell_head), ""], background=HEADER_GREY)
    t.header(["", ""] + [Paragraph(str(i), st.cell_head) for i in range(1, n + 1)]
             + [Paragraph("Jawaban Ya", st.cell_head), Paragraph("Rekomendasi", st.cell_head),
                Paragraph("Semester I", st.cell_head), Paragraph("Semester II", st.cell_head)], background=HEADER_GREY)
    t.header([Paragraph(str(i), st.cell_colno) for i in range(1, count + 1)], background=NUMBER_GREY, top=1,
             bottom=1.5)
    t.cmds += [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2 + n + 1, 0)),
               ("SPAN", (count - 2, 0), (count - 1, 0))]
    if not report.entries:
        t.add_row([Paragraph("Belum ada SOP AP yang berlaku pada tahun ini.", st.cell)] + [""] * (count - 1))
        t.cmds.append(("SPAN", (0, len(t.rows) - 1), (-1, len(t.rows) - 1)))
    for i, e in enumerate(report.entries, start=1):
        ev = e.evaluation
        if ev is not None:
            answers = [Paragraph(ANSWERS.get(a.answer or "", "-"), st.cell_center) for a in ev.answers]
            share = Paragraph(percent_text(ev.yes_share), st.cell_center)
            rec = Paragraph(para_text(RECOMMENDATIONS.get(ev.recommendation or "", "-")), st.cell_center)
        else:
            answers = [Paragraph("-", st.cell_center) for _ in range(n)]
            share = Paragraph("-", st.cell_center)
            rec = Paragraph("draf, belum final" if "evaluasi" in e.drafts else "belum dievaluasi", st.cell_center)
        name = para_text(e.sop.name)
        number = para_text(_sop_number(e.sop.number))
        halves = [Paragraph(para_text(_semester_text(form, f"{report.year}-{h}" in e.drafts)), st.cell)
                  for h, form in ((1, e.semesters[0]), (2, e.semesters[1]))]
        t.add_row([Paragraph(f"{i}.", st.cell_center), Paragraph(f"{number}<br/>{name}", st.cell), *answers, share,
                   rec, *halves], valign="TOP")
    return t


def _questions(st: Styles) -> Flowable:
    listed = "; ".join(f"({i}) {q}" for i, q in enumerate(EVALUATION_QUESTIONS, start=1))
    return Paragraph(f"Butir evaluasi pada kolom 3–9, dijawab Ya atau Tidak: {listed}. Hasil monitoring: "
                     "jumlah langkah yang berjalan dengan baik menurut catatan monitoring yang final.", st.cell)


def annual_story(report, office: OfficeProfile, width: float, page_h: float) -> list[Flowable]:
    st = make_styles(10, cell_size=8.5)
    story: list[Flowable] = letterhead(office, width)
    story.append(Paragraph(f"<b>{para_text(annual_title(report.unit or office.unit, report.year))}</b>",
                           make_styles(12).title))
    counts = [("Jumlah SOP AP yang berlaku", f"{report.in_force}"),
              ("SOP AP yang dimonitor", f"{report.monitored} (sedikitnya satu semester dengan catatan final)"),
              ("SOP AP yang dievaluasi", f"{report.evaluated} (evaluasi tahun {report.year} yang final)")]
    story += [Spacer(0, 5 * mm), label_table(counts, width, st.left, label=55 * mm), Spacer(0, 3 * mm),
              _questions(st), Spacer(0, 3 * mm)]
    table = annual_table(report, width, page_h, st)
    signer: Official | None = report.signer
    place = office.place.strip()
    day = format_date(report.signed_on)
    head = [para_line(f"{place}, {day}" if place else day),
            para_line((signer.position if signer and signer.position.strip() else office.head_position).upper())]
    sign = signature_block([None, SignatureColumn(head=head, foot=official_foot(signer.name, signer.rank, signer.nip)
                                                  if signer else official_foot(""))], width, st.center,
                           keep_together=False)
    table.footer(sign, space_before=4 * mm)
    story.append(table.build())
    return story

