"""The SOP AP sheet (Permenpan RB 35/2012) as PDF: identity page, flowchart pages, approval.

Layout: FORMATS.md §1 and mockups/sop-sheet-1.png … sop-sheet-4.png. Landscape A4 or F4.

Page 1 is the identity box (kop on the left; Nomor SOP, dates and "Disahkan Oleh" with the
approver's signature block on the right; the full-width Nama SOP row) and the grid of the six
numbered lists, which may run on to the next page. The flowchart table follows on pages of
its own, laid out by sopdesk.flowchart (header repeated on each page, off-page connectors
lettered A, B… where a flow crosses a page break) and painted by flow_painter. The approver
signs under the table on the last page. Every page ends with "Halaman X dari Y".

A flowchart row can never be cut across pages. A cell so long that its row would not fit on
a page (an activity of thousands of characters) is shortened in the table to what fits, ending
"… [lihat catatan N]", and printed in full in a CATATAN list after the table: nothing typed
is lost, and the table stays readable.
"""
from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from io import BytesIO
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from ..domain.indonesian import PANGKAT, format_date, format_month_year, normalize_pangkat
from ..domain.office import OfficeProfile
from ..domain.sop import Signatory, Sop
from ..domain.waktu import waktu_text
from ..flowchart import FlowLayout, LayoutStyle, layout_sop, paginate, wrap
from .flow_painter import HEADER_GREY, FlowPageFlowable, Overlay, pdf_bold_measure, pdf_measure
from .fonts import BOLD, REGULAR, TABLE_FONT, printable, register_fonts
from .letterhead import logo_image
from .output import write_pdf
from .pages import LANDSCAPE_MARGINS, Margins, frame_height, frame_width, new_document, page_template, paper_size
from .ruled_table import RuledTable
from .safe_text import para_line, para_text
from .signature import SignatureColumn, official_foot, signature_block

BODY_SIZE = 9.0
LIST_TITLES = (
    ("legal_basis", "DASAR HUKUM"), ("qualifications", "KUALIFIKASI PELAKSANA"),
    ("related", "KETERKAITAN"), ("equipment", "PERALATAN/PERLENGKAPAN"),
    ("warnings", "PERINGATAN"), ("records", "PENCATATAN DAN PENDATAAN"),
)
FLOW_STYLE = LayoutStyle(font_size=8.5, header_font_size=8.0, label_font_size=7.5, connector_font_size=7.5)
MAX_LABEL = 30          # characters of a decision exit label ("Ya", "Lengkap", …) drawn on the chart
MAX_LANE_LINES = 4      # a lane title longer than this is shortened (and given in full in the notes)
# Columns widen for their longest word (no word is broken inside a cell) up to these widths; a
# longer word moves its text to the CATATAN list. Lane titles are sized for this bold font size.
MAX_WORD_COLUMN = {"note": 110.0, "time": 90.0, "requirements": 160.0, "output": 140.0, "activity": 260.0,
                   "lane": 110.0}
LANE_WORD_SIZE = 7.0
FOOTER_SIZE = 8.5
_SLACK = 1.0            # points kept free in a frame so a flowable of exactly its height still fits


# ---- page numbers ----------------------------------------------------------------

class PageCountCanvas(Canvas):
    """A canvas that knows the page count: pages are kept until save(), then each gets its
    footer "Halaman X dari Y" (drawn `footer_y` points above the paper's bottom edge)."""

    footer_y: float = 10 * mm

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []

    def showPage(self):
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's own page reset, not in its stubs

    def save(self):
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self._footer(number, total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _footer(self, number: int, total: int) -> None:
        self.saveState()
        self.setFont(REGULAR, FOOTER_SIZE)
        self.setFillColor(colors.black)
        width = self._pagesize[0]  # type: ignore[attr-defined]  # ReportLab keeps no public getter
        self.drawCentredString(width / 2, self.footer_y, f"Halaman {number} dari {total}")
        self.restoreState()


def page_count_canvas(margins: Margins):
    """A PageCountCanvas class whose footer sits in the middle of the bottom margin."""
    return type("PageCountCanvasM", (PageCountCanvas,), {"footer_y": margins.bottom / 2 - FOOTER_SIZE / 3})


# ---- entry point -------------------------------------------------------------------

@dataclass(frozen=True)
class SheetRealisasi:
    """The sheet "dengan realisasi" (the Kinerja SOP view's print): a column of figures between
    Output and Ket., each step's row and symbol in its colours, and a legend under the chart."""

    title: str                                        # the column heading, e.g. "Realisasi Semester I 2026"
    texts: Mapping[int, str]                          # step no -> its figures, lines split by "\n"
    looks: Mapping[int, tuple[str, str, str, str]]    # step no -> (row tint, symbol fill, border, text) as hex
    legend: str = ""
    width: float = 112.0


def render_sop_sheet(sop: Sop, office, out: str | os.PathLike | BinaryIO, *, paper: str | None = None,
                     realisasi: SheetRealisasi | None = None) -> None:
    """Write the SOP AP sheet of `sop` as PDF to `out` (a path or a binary file).

    `office` is the OfficeProfile (or an Office service, whose profile is used); paper
    defaults to the office's ("A4" or "F4"), always landscape. `realisasi` adds the figures
    of a period to the flowchart.
    """
    profile = office_profile(office)
    register_fonts()
    write_pdf(_pdf(sop, profile, paper or profile.paper, realisasi), out)


def office_profile(office) -> OfficeProfile:
    """The OfficeProfile of an Office service, or the profile itself."""
    return office.profile() if hasattr(office, "profile") and callable(office.profile) else office


def _pdf(sop: Sop, office: OfficeProfile, paper: str, realisasi: SheetRealisasi | None = None) -> bytes:
    size = paper_size(paper, landscape=True)
    margins = LANDSCAPE_MARGINS
    width, height = frame_width(size, margins), frame_height(size, margins)
    buf = BytesIO()
    unit = (sop.unit_lines[1] if len(sop.unit_lines) > 1 else sop.unit or office.unit).strip()
    doc = new_document(buf, size, title=printable(sop.name)[:200], author=printable(unit)[:200],
                       subject="Standar Operasional Prosedur")
    doc.addPageTemplates([page_template("sop", size, margins)])
    story = identity_part(sop, office, width, height)
    story.append(PageBreak())
    story += flowchart_part(sop, office, width, height, realisasi)
    doc.build(story, canvasmaker=page_count_canvas(margins))
    return buf.getvalue()


# ---- styles ------------------------------------------------------------------------

def _styles(size: float = BODY_SIZE) -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("sop-sheet", fontName=REGULAR, fontSize=size, leading=size * 1.25, splitLongWords=1,
                          bulletFontName=REGULAR, bulletFontSize=size)
    return {
        "left": base,
        "center": ParagraphStyle("sop-sheet-c", parent=base, alignment=TA_CENTER),
        "bold": ParagraphStyle("sop-sheet-b", parent=base, fontName=BOLD),
        "gov": ParagraphStyle("sop-sheet-gov", parent=base, fontName=BOLD, alignment=TA_CENTER,
                              fontSize=size + 1, leading=(size + 1) * 1.25),
        "unit": ParagraphStyle("sop-sheet-unit", parent=base, fontName=BOLD, alignment=TA_CENTER,
                               fontSize=size + 3.5, leading=(size + 3.5) * 1.2),
        "label": ParagraphStyle("sop-sheet-lbl", parent=base, alignment=TA_CENTER, fontSize=size - 2,
                                leading=(size - 2) * 1.3, textColor=colors.Color(0.3, 0.3, 0.3)),
        "name": ParagraphStyle("sop-sheet-name", parent=base, fontName=BOLD, alignment=TA_CENTER,
                               fontSize=size + 3, leading=(size + 3) * 1.25),
    }


# ---- identity part -----------------------------------------------------------------

def _when(text: str) -> str:
    """"2021-12" -> "Desember 2021"; a full date "2021-12-05" keeps its day; empty -> "-"."""
    text = (text or "").strip()
    if not text:
        return "-"
    parts = text.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        try:
            return format_date(date(int(parts[0]), int(parts[1]), int(parts[2])))
        except ValueError:
            return text
    return format_month_year(text)


def _number(text: str) -> str:
    """The Nomor SOP as the sheet prints it: a number still to be given ("/SOP-Subbag PK/…")
    gets dots in front for the hand-written sequence, as on the signed sheet."""
    text = (text or "").strip()
    if not text:
        return "." * 24
    return "......." + text if text.startswith("/") else text


def rank_text(rank: str) -> str:
    """"Pembina Tk 1" -> "Pembina Tingkat I (IV/b)": the pangkat name decides its golongan."""
    norm = normalize_pangkat(rank or "")
    for gol, name in PANGKAT:
        if norm == name:
            return f"{name} ({gol})"
    return norm


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def of_this_office(sop: Sop, office: OfficeProfile) -> bool:
    """The SOP belongs to the office whose kop is set (not one of another unit)."""
    return not sop.unit_lines and (not sop.unit.strip() or _same(sop.unit, office.unit))


def kop_lines(sop: Sop, office: OfficeProfile) -> list[tuple[str, str]]:
    """(style, text) lines of the unit in the identity box: the SOP's own unit lines, else the
    office's kop. Of the SOP's lines, the first of several is the government, the next the unit
    in large letters, further lines in capitals stay bold and the rest (an address) plain."""
    if of_this_office(sop, office):
        lines = []
        if office.government.strip():
            lines.append(("gov", office.government.upper()))
        if office.unit.strip():
            lines.append(("unit", office.unit.upper()))
        if office.address_line.strip():
            lines.append(("center", office.address_line))
        return lines
    own = [x.strip() for x in sop.unit_lines if x.strip()] or [sop.unit.strip().upper()]
    if len(own) == 1:
        return [("unit", own[0])]
    return [("gov", own[0]), ("unit", own[1])] + [("gov" if x.isupper() else "center", x) for x in own[2:]]


def approver(sop: Sop, office: OfficeProfile) -> Signatory:
    """The SOP's approver; without a jabatan, the head of the office's (for the office's own SOP)."""
    a = sop.approved_by
    if not (a.position or "").strip() and of_this_office(sop, office):
        a = replace(a, position=office.head_position)
    return replace(a, rank=rank_text(a.rank))


def _approver_lines(a: Signatory) -> tuple[str, list[str]]:
    """(jabatan markup, [name, pangkat, NIP] markup)."""
    head = f"<b>{para_line((a.position or '').upper())}</b>" if (a.position or "").strip() else ""
    return head, official_foot(a.name, a.rank, a.nip)


def _kop(sop: Sop, office: OfficeProfile, st) -> list[Flowable]:
    items: list[Flowable] = []
    lines = kop_lines(sop, office)
    # the office's logo is its government's: it also stands over another unit of the same government
    same_government = of_this_office(sop, office) or (len(lines) > 1 and _same(lines[0][1], office.government))
    logo = logo_image(office, 22 * mm, 22 * mm) if same_government else None
    if logo is not None:
        logo.hAlign = "CENTER"
        items += [logo, Spacer(0, 3 * mm)]
    items += [Paragraph(para_text(text), st[style]) for style, text in lines]
    return items


def _fields(sop: Sop) -> list[tuple[str, str]]:
    return [("Nomor SOP", _number(sop.number)), ("Tanggal Pembuatan", _when(sop.made)),
            ("Tanggal Revisi", _when(sop.revised)), ("Tanggal Efektif", _when(sop.effective))]


def identity_box(sop: Sop, office: OfficeProfile, width: float, page_h: float, size: float = BODY_SIZE,
                 sign_space: float = 16 * mm) -> list[Flowable]:
    """The box at the top of page 1, as in mockups/sop-sheet-1.png."""
    st = _styles(size)
    a = approver(sop, office)
    head, foot = _approver_lines(a)
    sign = ([Paragraph(head, st["center"])] if head else []) + [Spacer(0, sign_space)] + \
        [Paragraph(line, st["center"]) for line in foot]
    wl, wlab = width * 0.42, width * 0.16
    rows = [[_kop(sop, office, st), Paragraph(label, st["left"]), Paragraph(para_text(value), st["left"])]
            for label, value in _fields(sop)]
    rows.append(["", Paragraph("Disahkan Oleh", st["left"]), sign])
    top = Table(rows, colWidths=[wl, wlab, width - wl - wlab])
    top.setStyle(TableStyle([
        TABLE_FONT,
        ("SPAN", (0, 0), (0, -1)),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (0, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("VALIGN", (1, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (0, -1), 12),
        ("RIGHTPADDING", (0, 0), (0, -1), 12),
    ]))
    _w, h = top.wrap(width, 1e7)
    if h > page_h * 0.6:
        # Text so long (thousands of characters in a name or the kop) that the side-by-side
        # box cannot fit a page: the same content as ruled rows that may run across pages.
        box = _identity_rows(sop, office, a, width, page_h, st)
    else:
        box = [top]
    return box + [_name_row(sop, width, page_h, st)]


def _identity_rows(sop: Sop, office: OfficeProfile, a: Signatory, width: float, page_h: float, st) -> list[Flowable]:
    kop = RuledTable([width], max_chunk=page_h / 4)
    lines = []
    for style, text in kop_lines(sop, office):
        if style == "unit":
            lines.append(f'<font size="{BODY_SIZE + 3.5}"><b>{para_text(text)}</b></font>')
        else:
            lines.append(f"<b>{para_text(text)}</b>" if style == "gov" else para_text(text))
    kop.add_row([Paragraph("<br/>".join(lines) or "&nbsp;", st["center"])])
    fields = RuledTable([width * 0.2, width * 0.8], max_chunk=page_h / 4)
    for label, value in _fields(sop):
        fields.add_row([Paragraph(label, st["left"]), Paragraph(para_text(value), st["left"])], valign="TOP")
    head, foot = _approver_lines(a)
    sign = "<br/>".join(([head] if head else []) + ["<br/><br/><br/>"] + foot)
    fields.add_row([Paragraph("Disahkan Oleh", st["left"]), Paragraph(sign, st["center"])], valign="TOP")
    return [kop.build(), fields.build()]


def _name_row(sop: Sop, width: float, page_h: float, st) -> Flowable:
    t = RuledTable([width], max_chunk=page_h / 4, padding=(6, 6, 3, 6))
    t.add_row([Paragraph(f'<font size="{BODY_SIZE - 2}">NAMA SOP</font><br/>{para_text(sop.name.upper())}',
                         st["name"])])
    return t.build()


class ListPair(Flowable):
    """Two numbered lists side by side under grey headings, in one ruled box.

    Splits across pages by itself: each column is cut where the page ends (inside an item if
    need be) and the rest continues in a new box under the same headings, marked "(lanjutan)".
    """

    PAD_X, PAD_Y, GAP = 4.0, 3.0, 1.0

    def __init__(self, titles: tuple[str, str], columns: tuple[list[Flowable], list[Flowable]], st,
                 continued: bool = False):
        super().__init__()
        self.titles, self.columns, self.st, self.continued = titles, columns, st, continued
        suffix = " (lanjutan)" if continued else ""
        self.heads = [Paragraph(f"{para_text(t)}:{suffix}", st["bold"]) for t in titles]
        self.width = self.height = 0.0

    def _inner(self, width: float) -> float:
        return width / 2 - 2 * self.PAD_X

    def _head_h(self, width: float) -> float:
        return max(p.wrap(self._inner(width), 1e7)[1] for p in self.heads) + 2 * self.PAD_Y

    def _column_h(self, items: list[Flowable], width: float) -> float:
        return sum(f.wrap(self._inner(width), 1e7)[1] + self.GAP for f in items)

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.head_h = self._head_h(availWidth)
        body = max(self._column_h(c, availWidth) for c in self.columns)
        self.height = self.head_h + body + 2 * self.PAD_Y
        return self.width, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        room = availHeight - self.head_h - 2 * self.PAD_Y - _SLACK
        if room < 2.5 * self.st["left"].leading:
            return []   # not even two lines under the headings: the whole box moves on
        inner = self._inner(availWidth)
        parts = [_cut(items, inner, room, self.GAP) for items in self.columns]
        if not any(taken for taken, _rest in parts):
            return []
        if not any(rest for _taken, rest in parts):
            return [self]
        return [ListPair(self.titles, (parts[0][0], parts[1][0]), self.st, self.continued),
                ListPair(self.titles, (parts[0][1], parts[1][1]), self.st, True)]

    def draw(self):
        c = self.canv
        w, h, hh = self.width, self.height, self.head_h
        c.saveState()
        c.setFillColor(HEADER_GREY)
        c.rect(0, h - hh, w, hh, stroke=0, fill=1)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.6)
        c.rect(0, 0, w, h, stroke=1, fill=0)
        c.line(0, h - hh, w, h - hh)
        c.line(w / 2, 0, w / 2, h)
        c.restoreState()
        inner = self._inner(w)
        for i, head in enumerate(self.heads):
            ph = head.wrap(inner, 1e7)[1]
            head.drawOn(c, i * w / 2 + self.PAD_X, h - self.PAD_Y - ph)
        for i, items in enumerate(self.columns):
            y = h - hh - self.PAD_Y
            for f in items:
                fh = f.wrap(inner, 1e7)[1]
                f.drawOn(c, i * w / 2 + self.PAD_X, y - fh)
                y -= fh + self.GAP


def _cut(items: list[Flowable], width: float, room: float, gap: float) -> tuple[list[Flowable], list[Flowable]]:
    """The items that fit `room` points, and the rest (an item that straddles is split)."""
    used = 0.0
    for i, f in enumerate(items):
        h = f.wrap(width, 1e7)[1]
        if used + h <= room:
            used += h + gap
            continue
        pieces = f.split(width, room - used) if room - used > 0 else []
        if len(pieces) == 2:
            return items[:i] + [pieces[0]], [pieces[1]] + items[i + 1:]
        return items[:i], items[i:]
    return list(items), []


def numbered(items, st) -> list[Flowable]:
    """"1. …", "2. …" with the text hanging clear of the numbers; "-" for an empty list."""
    style = st["left"]
    if not items:
        return [Paragraph("-", style)]
    number_w = max(pdf_measure_bold(f"{len(items)}.", style.fontSize), 8.0) + 4
    hanging = ParagraphStyle("sop-list", parent=style, leftIndent=number_w, bulletIndent=0,
                             bulletFontName=REGULAR, bulletFontSize=style.fontSize)
    return [Paragraph(para_text(item), hanging, bulletText=f"{i}.") for i, item in enumerate(items, start=1)]


def pdf_measure_bold(text: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, BOLD, size)


def list_grid(sop: Sop, st) -> list[Flowable]:
    out: list[Flowable] = []
    for (left, lt), (right, rt) in zip(LIST_TITLES[0::2], LIST_TITLES[1::2], strict=True):
        out.append(ListPair((lt, rt), (numbered(getattr(sop, left), st), numbered(getattr(sop, right), st)), st))
    return out


def identity_part(sop: Sop, office: OfficeProfile, width: float, page_h: float) -> list[Flowable]:
    """Identity box and lists; a little tighter when that keeps them on one page (A4 is
    shorter than F4), at the normal size when even the tightest needs more pages."""
    for size, sign_space in ((BODY_SIZE, 16 * mm), (BODY_SIZE - 0.5, 13 * mm), (BODY_SIZE - 1, 11 * mm)):
        story = identity_box(sop, office, width, page_h, size, sign_space) + list_grid(sop, _styles(size))
        if sum(f.wrap(width, page_h)[1] for f in story) <= page_h - _SLACK:
            return story
    return identity_box(sop, office, width, page_h) + list_grid(sop, _styles())


# ---- flowchart part ----------------------------------------------------------------

_TEXT_FIELDS = {"activity": "activity", "requirements": "requirements", "time": "time", "output": "output",
                "note": "note"}
_FIELD_NAMES = {"activity": "Aktivitas", "requirements": "Kelengkapan", "time": "Waktu", "output": "Output",
                "note": "Keterangan"}


def printable_sop(sop: Sop) -> Sop:
    """The SOP with every text the chart draws in characters the embedded font has (emoji
    become □), exit labels kept short. Lane names change the same way in the lane list and
    in the steps, so each step stays in its lane."""
    def short(label: str) -> str:
        label = printable(label).replace("\n", " ")
        return label if len(label) <= MAX_LABEL else label[:MAX_LABEL - 1].rstrip() + "…"

    steps = [replace(s, activity=printable(s.activity), lane=printable(s.lane), requirements=printable(s.requirements),
                     time=printable(s.time), output=printable(s.output), note=printable(s.note),
                     yes_label=short(s.yes_label), no_label=short(s.no_label)) for s in sop.steps]
    return replace(sop, lanes=tuple(printable(lane) for lane in sop.lanes), steps=tuple(steps))


class ChartNotes:
    """Texts shortened on the chart, numbered in the order they are shortened."""

    def __init__(self):
        self.items: list[tuple[str, str]] = []   # (where, full text)

    def add(self, where: str, text: str) -> int:
        self.items.append((where, text))
        return len(self.items)


def _shorten(text: str, width: float, size: float, keep_lines: int, marker: str) -> str:
    """The first lines of `text` that fit `keep_lines` lines (marker included), then "…" and
    the marker on lines of its own. Explicit newlines keep the layout's line breaks."""
    lines = wrap(text, width, size, pdf_measure)
    tail = wrap(marker, width, size, pdf_measure) if marker else []
    room = max(1, keep_lines - len(tail))
    head = lines[:room]
    last = (head[-1] if head else "").rstrip()
    while last and pdf_measure(last + " …", size) > width:
        last = last[:-1].rstrip()
    head[-1:] = [(last + " …").strip()]
    return "\n".join(head + tail)


def _longest_word(texts, size: float, limit: float, measure=pdf_measure) -> float:
    """The widest word no wider than `limit` (a longer one goes to the notes: no room is made for it)."""
    widths = (measure(word, size) for text in texts for word in text.split())
    return max((w for w in widths if w <= limit), default=0.0)


def roomy_style(sop: Sop, style: LayoutStyle = FLOW_STYLE) -> LayoutStyle:
    """`style` with each column at least as wide as its longest word (within MAX_WORD_COLUMN):
    a narrow Ket. or lane column gets room instead of a word broken in two. The table may come out
    wider than the page; it is then drawn a little smaller."""
    pad = 2 * style.cell_padding_x + 1.0
    size = style.font_size

    def need(key: str, texts) -> float:
        return _longest_word(texts, size, MAX_WORD_COLUMN[key] - pad) + pad

    steps = sop.steps
    note = need("note", (s.note for s in steps))
    time = need("time", (waktu_text(s.time) for s in steps))
    req = need("requirements", (s.requirements for s in steps))
    out = need("output", (s.output for s in steps))
    act = need("activity", (s.activity for s in steps))
    lane = _longest_word(sop.lanes, LANE_WORD_SIZE, MAX_WORD_COLUMN["lane"] - pad, pdf_bold_measure) + pad
    return replace(
        style, note_width=max(style.note_width, note), time_width=max(style.time_width, time),
        requirements_width=max(style.requirements_width, req),
        min_requirements_width=max(style.min_requirements_width, req),
        output_width=max(style.output_width, out), min_output_width=max(style.min_output_width, out),
        activity_width=max(style.activity_width, act), min_activity_width=max(style.min_activity_width, act),
        min_lane_width=max(style.min_lane_width, lane), max_lane_width=max(style.max_lane_width, lane))


def _word_too_long(text: str, width: float, size: float, measure=pdf_measure) -> bool:
    return any(measure(word, size) > width for word in text.split())


def fit_layout(sop: Sop, width: float, page_h: float, notes: ChartNotes,
               style: LayoutStyle = FLOW_STYLE, extra_columns: Sequence[tuple[str, float]] = ()
               ) -> tuple[FlowLayout, float, Sop]:
    """Lay `sop` (printable) out `width` points wide with room for every word, moving to the notes
    what still cannot be shown whole (a word wider than a column may grow, a row or header taller
    than a page). Returns (layout, scale to fit the width, the SOP drawn).
    `extra_columns` go between Output and Ket., as on the screen."""
    style = roomy_style(sop, style)
    lay = partial(layout_sop, extra_columns=extra_columns, extras_before_note=True)
    layout = lay(sop, width=width, measure=pdf_measure, bold_measure=pdf_bold_measure, style=style)
    scale = min(1.0, width / layout.width) if layout.width > 0 else 1.0
    cap = page_h / scale

    # lane titles: at most MAX_LANE_LINES lines in the header
    renamed: dict[str, str] = {}
    for col in layout.columns:
        if col.key != "lane" or not col.lane:
            continue
        inner = max(1.0, col.width - 2 * style.cell_padding_x)
        if _word_too_long(col.lane, inner, style.min_header_font_size, pdf_bold_measure):
            n = notes.add("Pelaksana (judul kolom)", col.lane)
            new = f"[catatan {n}]"
            while new in renamed.values() or new in layout.lanes:
                new += " "
            renamed[col.lane] = new
        elif len(wrap(col.lane, inner, style.header_font_size, pdf_measure)) > MAX_LANE_LINES:
            n = notes.add("Pelaksana (judul kolom)", col.lane)
            new = _shorten(col.lane, inner, style.header_font_size, MAX_LANE_LINES, f"[catatan {n}]")
            while new in renamed.values() or new in layout.lanes:
                new += " "
            renamed[col.lane] = new
    if renamed:
        sop = replace(sop, lanes=tuple(renamed.get(x, x) for x in sop.lanes),
                      steps=tuple(replace(s, lane=renamed.get(s.lane, s.lane)) for s in sop.steps))
        layout = lay(sop, width=width, measure=pdf_measure, bold_measure=pdf_bold_measure, style=style)

    # rows: a row must fit a page together with the header and two connector rows
    limit = cap - layout.header_height - 2 * style.connector_row_height - 4
    lh = style.line_height(style.font_size)
    keep = max(2, int((limit - 2 * style.cell_padding_y) // lh) - 1)
    # cells: a word wider than its column even so, or a row too tall, sends the text to the notes
    changed = {}
    for row in layout.rows:
        step = next(s for s in sop.steps if s.no == row.step_no)
        fields: dict[str, Any] = {}  # Step text fields by name, for replace()
        for cell in sorted(layout.cells_for(row.step_no), key=lambda c: c.rect.x):
            attr = _TEXT_FIELDS.get(cell.role)
            if attr is None:
                continue
            text = getattr(step, attr)
            inner = max(1.0, cell.rect.w - 2 * cell.padding_x)
            if _word_too_long(text, inner, cell.size):
                n = notes.add(f"Langkah {step.no}, {_FIELD_NAMES[cell.role]}", text)
                fields[attr] = f"[lihat catatan {n}]"
            elif row.height > limit and len(cell.text_lines) > keep:
                n = notes.add(f"Langkah {step.no}, {_FIELD_NAMES[cell.role]}", text)
                fields[attr] = _shorten(text, inner, cell.size, keep, f"[lihat catatan {n}]")
        if fields:
            changed[row.step_no] = replace(step, **fields)
    if changed:
        sop = replace(sop, steps=tuple(changed.get(s.no, s) for s in sop.steps))
        layout = lay(sop, width=width, measure=pdf_measure, bold_measure=pdf_bold_measure, style=style)
        scale = min(1.0, width / layout.width) if layout.width > 0 else 1.0
    return layout, scale, sop


def _signature(sop: Sop, office: OfficeProfile, width: float) -> Flowable:
    st = _styles(BODY_SIZE + 0.5)
    head, foot = _approver_lines(approver(sop, office))
    col = SignatureColumn(head=[head] if head else [], foot=foot)
    return signature_block([None, None, col], width, st["center"], sign_space=20 * mm, space_before=6 * mm,
                           keep_together=False)


def _notes(notes: ChartNotes, st) -> list[Flowable]:
    out: list[Flowable] = [Spacer(0, 5 * mm), Paragraph("<b>CATATAN</b> (teks yang dipendekkan pada bagan alur)",
                                                       st["left"]), Spacer(0, 1.5 * mm)]
    hanging = ParagraphStyle("sop-note", parent=st["left"], leftIndent=16, bulletIndent=0, spaceAfter=2)
    for i, (where, text) in enumerate(notes.items, start=1):
        out.append(Paragraph(f"<i>{para_text(where)}:</i> {para_text(text)}", hanging, bulletText=f"{i}."))
    return out


def flowchart_part(sop: Sop, office: OfficeProfile, width: float, page_h: float,
                   realisasi: SheetRealisasi | None = None) -> list[Flowable]:
    """The flowchart pages, the notes on shortened texts (if any) and the approval signature.

    Pages are cut evenly (paginate's balance). The signature is one block, never split from its
    jabatan, and never alone on a page: it is kept with the table's last rows (the page break
    moves up to make room) or, when there are notes, with the last note. With `realisasi`, its
    column sits between Output and Ket. and its legend goes with the signature.
    """
    notes = ChartNotes()
    avail = page_h - _SLACK
    extra = [(printable(realisasi.title), realisasi.width)] if realisasi else []
    layout, scale, _drawn = fit_layout(printable_sop(sop), width, avail, notes, extra_columns=extra)
    overlay = None
    if realisasi is not None:
        overlay = Overlay(f"extra:{extra[0][0]}", {no: printable(t).split("\n") for no, t in realisasi.texts.items()},
                          realisasi.looks)
    parts: list[Flowable] = [_signature(sop, office, width)]
    if realisasi is not None and realisasi.legend:
        legend = Paragraph(para_text(printable(realisasi.legend)), _styles(BODY_SIZE - 1)["left"])
        parts = [Spacer(0, 2 * mm), legend, *parts]
    signature = KeepTogether(parts)   # jabatan, signing space, name, pangkat and NIP on one page
    note_items = _notes(notes, _styles()) if notes.items else []
    tail: list[Flowable] = note_items + [signature]
    tail_h = sum(f.wrap(width, 1e7)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in [*note_items, *parts])
    # the notes and the signature go under the last rows; more than half a page of them follows on
    reserve = tail_h / scale if tail_h <= avail * 0.5 else 0.0
    pages = paginate(layout, avail / scale, last_page_reserve=reserve, balance=True)
    story: list[Flowable] = []
    drawn: list[Flowable] = []
    for page in pages:
        s = scale
        if page.height * s > avail:   # a page that overflows anyway (cannot happen after fit_layout)
            s = avail / page.height
        drawn.append(FlowPageFlowable(page, layout.style, s, overlay))
    for flowable in drawn[:-1]:
        story += [flowable, PageBreak()]
    if reserve:
        story.append(KeepTogether([drawn[-1], *tail]))
    else:
        # the notes' heading stays with the first note, the signature with the last
        story.append(drawn[-1])
        head, items = tail[:4], tail[4:-1]
        if len(items) <= 1:
            story.append(KeepTogether(tail))
        else:
            story += [KeepTogether(head), *items[:-1], KeepTogether([items[-1], signature])]
    return story
