"""Signature blocks: side-by-side columns whose names line up on one row.

Each part (heading, signing space, name, pangkat, NIP) is a table row, so when one
column's jabatan wraps to two lines the names on both sides still sit level.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from ..domain.indonesian import format_nip
from .fonts import TABLE_FONT
from .safe_text import para_line

# What an office prints where a name is still to be written in by hand.
DOTS = "." * 32
SIGN_SPACE = 24 * mm


@dataclass
class SignatureColumn:
    """One column. `head` and `foot` are Paragraph markup (already escaped) lines."""

    head: list[str] = field(default_factory=list)   # above the signing space
    foot: list[str] = field(default_factory=list)   # below it: name, pangkat, NIP
    align: str = "center"                           # "center" or "left"


def official_foot(name: str, rank: str = "", nip: str = "") -> list[str]:
    """Name bold and underlined (dots when not known yet), pangkat, "NIP. 19650924 199503 1 002".

    Empty pangkat or NIP lines are left out: a Bupati has neither.
    """
    lines = [f"<b><u>{para_line(name)}</u></b>" if (name or "").strip() else f"<b>{DOTS}</b>"]
    if (rank or "").strip():
        lines.append(para_line(rank))
    if (nip or "").strip():
        lines.append("NIP. " + para_line(format_nip(nip)))
    return lines


def signature_block(columns: list[SignatureColumn | None], width: float, style: ParagraphStyle, *,
                    place_date: str = "", place_date_column: int = -1,
                    sign_space: float = SIGN_SPACE, space_before: float = 8 * mm,
                    keep_together: bool = True) -> Flowable:
    """The columns side by side across `width`, kept together on one page.

    `place_date` (markup, e.g. "Somagede, 4 Januari 2027") goes on its own row above the
    headings in column `place_date_column`. A None column is left blank. With keep_together
    False the bare table is returned, to be placed as a RuledTable footer.
    """
    n = len(columns)
    col_w = width / n
    styles = {
        "center": ParagraphStyle("sig-c", parent=style, alignment=TA_CENTER, spaceAfter=0, spaceBefore=0),
        "left": ParagraphStyle("sig-l", parent=style, alignment=TA_LEFT, spaceAfter=0, spaceBefore=0),
    }

    def cell(col: SignatureColumn | None, markup: str):
        if col is None or not markup:
            return ""
        return Paragraph(markup, styles.get(col.align, styles["center"]))

    rows: list[list[object]] = []
    heights: list[float | None] = []  # None: as tall as the text
    if place_date:
        target = place_date_column % n
        rows.append([cell(columns[i] or SignatureColumn(), place_date) if i == target else "" for i in range(n)])
        heights.append(None)
    rows.append([cell(c, "<br/>".join(c.head)) if c else "" for c in columns])
    heights.append(None)
    rows.append([""] * n)
    heights.append(sign_space)
    for i in range(max((len(c.foot) for c in columns if c), default=0)):
        rows.append([cell(c, c.foot[i]) if c and i < len(c.foot) else "" for c in columns])
        heights.append(None)

    table = Table(rows, colWidths=[col_w] * n, rowHeights=heights, splitInRow=1, spaceBefore=space_before)
    table.setStyle(TableStyle([
        TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ] + [
        # a left-aligned column (the receipt block) starts at the margin, like the text above it
        ("LEFTPADDING", (i, 0), (i, -1), 0) for i, c in enumerate(columns) if c and c.align == "left"
    ]))
    return KeepTogether([table]) if keep_together else table
