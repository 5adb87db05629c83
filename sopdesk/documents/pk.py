"""The Perjanjian Kinerja PDF: statement page (portrait) and lampiran (landscape), same paper.

Layout: FORMATS.md §2 and mockups/pk-1.png, pk-2.png. The statement page carries the
logo centred above the title (no full kop), as in the mockup; the wording comes from
sopdesk.domain.pk and is never rephrased here.
"""
from __future__ import annotations

import os
from io import BytesIO
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LayoutError, NextPageTemplate, PageBreak, Paragraph, Spacer, Table

from ..domain.indonesian import format_date, format_rupiah
from ..domain.office import OfficeProfile
from ..domain.pk import (
    FIRST_PARTY_CLAUSE,
    OPENING,
    PROMISE,
    SECOND_PARTY_CLAUSE,
    SUPERVISION,
    TITLE,
    Party,
    PkContent,
    group_targets,
    total_budget,
)
from .fonts import register_fonts
from .letterhead import logo_image
from .output import write_pdf
from .pages import (
    LANDSCAPE_MARGINS,
    PORTRAIT_MARGINS,
    frame_height,
    frame_width,
    new_document,
    page_template,
    paper_size,
)
from .plain_table import plain_table
from .ruled_table import RuledTable
from .safe_text import para_line, para_text
from .signature import DOTS, SignatureColumn, official_foot, signature_block
from .styles import Styles, make_styles

HEADER_GREY = colors.Color(0.86, 0.86, 0.86)


def render_pk(content: PkContent, office: OfficeProfile, out: str | os.PathLike | BinaryIO, *,
              paper: str | None = None) -> None:
    """Write the PK as PDF to `out` (a path or a binary file). Paper defaults to office.paper."""
    register_fonts()
    try:
        data = _pdf(content, office, paper or office.paper, attach_signatures=True)
    except LayoutError:
        # Signatures tied to the table's last rows could not be placed (huge text in the last
        # rows or the names): lay them out on their own instead.
        data = _pdf(content, office, paper or office.paper, attach_signatures=False)
    write_pdf(data, out)


def _pdf(content: PkContent, office: OfficeProfile, paper: str, attach_signatures: bool) -> bytes:
    portrait, land = paper_size(paper), paper_size(paper, landscape=True)
    unit = (content.unit or office.unit).strip()
    buf = BytesIO()
    doc = new_document(buf, portrait, title=f"Perjanjian Kinerja Tahun {content.year} {unit}".strip(),
                       author=unit, subject="Perjanjian Kinerja")
    doc.addPageTemplates([
        page_template("pernyataan", portrait, PORTRAIT_MARGINS),
        page_template("lampiran", land, LANDSCAPE_MARGINS),
    ])
    story = statement_page(content, office, frame_width(portrait, PORTRAIT_MARGINS))
    story += [NextPageTemplate("lampiran"), PageBreak()]
    story += lampiran(content, office, frame_width(land, LANDSCAPE_MARGINS), frame_height(land, LANDSCAPE_MARGINS),
                      attach_signatures=attach_signatures)
    doc.build(story)
    return buf.getvalue()


def _title(content: PkContent, office: OfficeProfile, st: Styles) -> Paragraph:
    unit = (content.unit or office.unit).strip().upper()
    lines = [para_text(TITLE.format(year=content.year))]
    if unit:
        lines.append(para_text(unit))
    return Paragraph("<br/>".join(lines), st.title)


def _place_date(content: PkContent, office: OfficeProfile) -> str:
    """"Somagede, 4 Januari 2027"; without a date the day is left to write by hand."""
    place = (content.place or office.place).strip()
    when = format_date(content.date) if content.date else f"{'.' * 24} {content.year}"
    return para_line(f"{place}, {when}" if place else when)


def _signatures(content: PkContent, office: OfficeProfile, width: float, st: Styles,
                keep_together: bool = True) -> Flowable:
    """PIHAK KEDUA on the left, PIHAK PERTAMA on the right (FORMATS.md §2)."""
    def column(label: str, p: Party) -> SignatureColumn:
        head = [label]
        if p.position.strip():
            head.append(para_line(p.position.upper()) + ",")
        return SignatureColumn(head=head, foot=official_foot(p.name, p.rank, p.nip))

    return signature_block(
        [column("PIHAK KEDUA,", content.second_party), column("PIHAK PERTAMA,", content.first_party)],
        width, st.center, place_date=_place_date(content, office), place_date_column=1,
        keep_together=keep_together, space_before=8 * mm if keep_together else 0,
    )


def _party_rows(p: Party, width: float, st: Styles) -> Table:
    """"Nama : …" / "Jabatan : …", indented as in the mockup."""
    name = f"<b>{para_line(p.name)}</b>" if p.name.strip() else f"<b>{DOTS}</b>"
    indent, label, colon = 10 * mm, 25 * mm, 5 * mm
    rows = [["", Paragraph("Nama", st.left), Paragraph(":", st.left), Paragraph(name, st.left)],
            ["", Paragraph("Jabatan", st.left), Paragraph(":", st.left), Paragraph(para_line(p.position), st.left)]]
    return plain_table(rows, [indent, label, colon, width - indent - label - colon], spaceBefore=4, spaceAfter=3)


def statement_page(content: PkContent, office: OfficeProfile, width: float) -> list[Flowable]:
    st = make_styles(12, spacing=1.45)
    story: list[Flowable] = []
    logo = logo_image(office, 24 * mm, 24 * mm)
    if logo is not None:
        logo.hAlign = "CENTER"
        story += [logo, Spacer(0, 6 * mm)]
    story += [_title(content, office, st), Spacer(0, 9 * mm)]
    story.append(Paragraph(para_text(OPENING), st.body))
    story.append(_party_rows(content.first_party, width, st))
    story.append(Paragraph(para_text(FIRST_PARTY_CLAUSE).replace("pihak pertama", "<b>pihak pertama</b>"), st.body))
    story.append(_party_rows(content.second_party, width, st))
    story.append(Paragraph(para_text(SECOND_PARTY_CLAUSE).replace("disebut pihak kedua", "disebut <b>pihak kedua</b>"),
                           st.body))
    story.append(Paragraph(para_text(PROMISE), st.body))
    story.append(Paragraph(para_text(SUPERVISION), st.body))
    story.append(_signatures(content, office, width, st))
    return story


def _max_chunk(page_h: float) -> float:
    """Tallest piece of one cell per table row: about a fifth of a page, so a long cell
    leaves little blank space when it moves to the next page."""
    return max(80.0, page_h / 5)


def targets_table(content: PkContent, width: float, page_h: float, st: Styles) -> RuledTable:
    """No | Sasaran Strategis | Indikator Kinerja | Target, one sasaran cell spanning its indicators."""
    t = RuledTable([w * width for w in (0.05, 0.33, 0.45, 0.17)], max_chunk=_max_chunk(page_h), span_limit=page_h / 2)
    t.header([Paragraph(h, st.cell_head) for h in ("No", "Sasaran Strategis", "Indikator Kinerja", "Target")],
             background=HEADER_GREY)
    t.header([Paragraph(f"({i})", st.cell_colno) for i in range(1, 5)], background=HEADER_GREY, top=1, bottom=2)
    groups = group_targets(content.targets)
    for no, group in enumerate(groups, start=1):
        rows = [[None, None, Paragraph(para_text(x.indicator), st.cell),
                 Paragraph(para_text(x.target_text), st.cell_center)]
                for x in group.targets]
        t.add_group(rows, shared={0: Paragraph(f"{no}.", st.cell_center), 1: Paragraph(para_text(group.goal), st.cell)})
    if not groups:   # a draft without sasaran yet: one empty ruled row to write in
        t.add_row([Spacer(0, 8 * mm), "", "", ""])
    return t


def programs_table(content: PkContent, width: float, page_h: float, st: Styles) -> RuledTable:
    """No | Program | Anggaran (right-aligned rupiah) | Keterangan, closed by the JUMLAH row."""
    t = RuledTable([w * width for w in (0.05, 0.50, 0.20, 0.25)], max_chunk=_max_chunk(page_h))
    t.header([Paragraph(h, st.cell_head) for h in ("No", "Program", "Anggaran", "Keterangan")], background=HEADER_GREY)
    for no, p in enumerate(content.programs, start=1):
        t.add_row([
            Paragraph(f"{no}.", st.cell_center),
            Paragraph(para_text(p.name), st.cell),
            Paragraph(para_text(format_rupiah(p.budget)), st.cell_right),
            Paragraph(para_text(p.note), st.cell_center),
        ])
    t.add_row([
        "",
        Paragraph("<b>JUMLAH</b>", st.cell_center),
        Paragraph(f"<b>{para_text(format_rupiah(total_budget(content)))}</b>", st.cell_right),
        "",
    ])
    return t


def lampiran(content: PkContent, office: OfficeProfile, width: float, page_h: float,
             attach_signatures: bool = True) -> list[Flowable]:
    """Title, the two tables, the signatures.

    The signatures ride as the last (unruled) row of the last table, so a page break never
    leaves them alone on a page without the content they sign.
    """
    st = make_styles(11, cell_size=10)
    targets = targets_table(content, width, page_h, st)
    # no programs (yet): that table would only say JUMLAH Rp 0
    programs = programs_table(content, width, page_h, st) if content.programs else None
    sig_width = width * 0.8
    block = _signatures(content, office, sig_width, st, keep_together=not attach_signatures)
    signatures: Flowable | None = block
    if attach_signatures and block.wrap(sig_width, 1e7)[1] <= page_h * 0.45:
        (programs or targets).footer(block, space_before=8 * mm)
        signatures = None
    elif attach_signatures:
        signatures = _signatures(content, office, sig_width, st)
    story: list[Flowable] = [_title(content, office, make_styles(11)), Spacer(0, 6 * mm), targets.build()]
    if programs is not None:
        story += [Spacer(0, 5 * mm), programs.build()]
    if signatures is not None:
        story.append(signatures)
    return story
