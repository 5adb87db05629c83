"""The surat pengantar PDF: kop, number and date, addressee, items table, receipt and signature.

Layout: FORMATS.md §3 and mockups/surat-pengantar-1.png. As in the mockup (and the Tata Naskah
Dinas pattern) the place and date stand once, on the Nomor line, not again above the signature.
"""
from __future__ import annotations

import os
from io import BytesIO
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LayoutError, Paragraph, Spacer, Table

from ..domain.indonesian import count_in_words, format_date, format_nip
from ..domain.office import OfficeProfile
from ..domain.pengantar import Pengantar, PengantarError, pengantar_problems
from .fonts import REGULAR, register_fonts
from .letterhead import letterhead
from .output import write_pdf
from .pages import PORTRAIT_MARGINS, frame_height, frame_width, new_document, page_template, paper_size
from .plain_table import plain_table
from .ruled_table import RuledTable
from .safe_text import para_line, para_text
from .signature import SignatureColumn, official_foot, signature_block
from .styles import Styles, make_styles

TITLE = "SURAT PENGANTAR"
RECEIPT_DOTS = "." * 40
FOOT_SPACE = 16 * mm   # between the table and the receipt/signature blocks


def render_pengantar(letter: Pengantar, office: OfficeProfile, out: str | os.PathLike | BinaryIO, *,
                     paper: str | None = None) -> None:
    """Write the letter as PDF to `out` (a path or a binary file). Paper defaults to office.paper (F4).

    Raises PengantarError (in Indonesian) when the letter is not complete enough to print.
    """
    problems = pengantar_problems(letter)
    if problems:
        raise PengantarError("Surat pengantar belum dapat dicetak:\n" + "\n".join(problems))
    register_fonts()
    try:
        data = _pdf(letter, office, paper or office.paper, attach_foot=True)
    except LayoutError:   # the foot too tall to ride with the table (huge names): on its own
        data = _pdf(letter, office, paper or office.paper, attach_foot=False)
    write_pdf(data, out)


def _pdf(letter: Pengantar, office: OfficeProfile, paper: str, attach_foot: bool) -> bytes:
    size = paper_size(paper)
    width, page_h = frame_width(size, PORTRAIT_MARGINS), frame_height(size, PORTRAIT_MARGINS)
    buf = BytesIO()
    doc = new_document(buf, size, title=f"Surat Pengantar {letter.number}", author=office.unit, subject=TITLE)
    doc.addPageTemplates([page_template("surat", size, PORTRAIT_MARGINS, on_page=_page_number)])
    st = make_styles(12, cell_size=11)
    story = letterhead(office, width)
    story += [_number_and_date(letter, office, width, st), Spacer(0, 7 * mm),
              _addressee(letter, width, st), Spacer(0, 12 * mm),
              Paragraph(f"<b>{TITLE}</b>", st.title), Spacer(0, 6 * mm)]
    # The foot rides as the table's last, unruled row, so it never stands alone on a page.
    table = items_table(letter, width, page_h, st)
    foot = _foot(letter, width, st, keep_together=not attach_foot)
    if attach_foot and foot.wrap(width, 1e7)[1] <= page_h * 0.45:
        table.footer(foot, space_before=FOOT_SPACE)
        story.append(table.build())
    else:
        story += [table.build(), _foot(letter, width, st)]
    doc.build(story)
    return buf.getvalue()


def _page_number(canvas, doc) -> None:
    """"- 2 -" at the top of every page after the first, as letters continue."""
    if doc.page < 2:
        return
    canvas.saveState()
    canvas.setFont(REGULAR, 11)
    w, h = doc.pagesize
    canvas.drawCentredString(w / 2, h - PORTRAIT_MARGINS.top / 2, f"- {doc.page} -")
    canvas.restoreState()


def _number_and_date(letter: Pengantar, office: OfficeProfile, width: float, st: Styles) -> Table:
    place = (letter.place or office.place).strip()
    when = format_date(letter.date)
    place_date = para_line(f"{place}, {when}" if place else when)
    label, colon, right = 20 * mm, 5 * mm, 62 * mm
    rows = [[Paragraph("Nomor", st.left), Paragraph(":", st.left), Paragraph(para_line(letter.number), st.left),
             Paragraph(place_date, st.right)]]
    return plain_table(rows, [label, colon, width - label - colon - right, right])


def _addressee(letter: Pengantar, width: float, st: Styles) -> Table:
    """"Yth. Bupati Banyumas", the next lines aligned under the name, as in the mockup."""
    lines = [line for line in letter.addressee if line.strip()] or ["Yth. "]
    first = lines[0].strip()
    prefix, rest = ("Yth.", first[4:].strip()) if first.startswith("Yth.") else ("", first)
    indent = 9 * mm if prefix else 0
    rows: list[list[Flowable | str]] = [[Paragraph(prefix, st.left), Paragraph(para_line(rest), st.left)]]
    rows += [["", Paragraph(para_line(line), st.left)] for line in lines[1:]]
    if not indent:
        rows = [[r[1]] for r in rows]
        return plain_table(rows, [width * 0.75])
    return plain_table(rows, [indent, width * 0.75 - indent])


def items_table(letter: Pengantar, width: float, page_h: float, st: Styles) -> RuledTable:
    """No | Naskah Dinas/Barang yang dikirimkan | Banyaknya | Keterangan."""
    t = RuledTable([w * width for w in (0.065, 0.345, 0.2, 0.39)], max_chunk=max(80.0, page_h / 5),
                   padding=(4, 4, 4, 5))
    t.header([Paragraph(f"<b>{h}</b>", st.cell_center)
              for h in ("No", "Naskah Dinas/Barang yang dikirimkan", "Banyaknya", "Keterangan")])
    for no, item in enumerate(letter.items, start=1):
        t.add_row([
            Paragraph(f"{no}.", st.cell_center),
            Paragraph(para_text(item.description), st.cell),
            Paragraph(para_text(count_in_words(item.count, item.count_unit)), st.cell_center),
            Paragraph(para_text(item.note), st.cell),
        ], valign="TOP")
    return t


def _foot(letter: Pengantar, width: float, st: Styles, keep_together: bool = True) -> Flowable:
    """Receipt block on the left (filled in by hand), the signer on the right."""
    received = format_date(letter.received_date) if letter.received_date else RECEIPT_DOTS[:24]
    receipt = SignatureColumn(
        head=[f"Diterima tanggal {para_line(received)}", "Penerima,"],
        foot=[f"Nama {para_line(letter.receiver_name) if letter.receiver_name.strip() else RECEIPT_DOTS}",
              "NIP. " + (para_line(format_nip(letter.receiver_nip)) if letter.receiver_nip.strip() else RECEIPT_DOTS)],
        align="left",
    )
    head = []
    if letter.on_behalf.strip():
        head.append(para_line(letter.on_behalf))
    head.append(para_line(letter.title_line))
    signer = SignatureColumn(head=head, foot=official_foot(letter.signer.name, letter.signer.rank, letter.signer.nip))
    return signature_block([receipt, signer], width, st.left, space_before=FOOT_SPACE if keep_together else 0,
                           keep_together=keep_together)
