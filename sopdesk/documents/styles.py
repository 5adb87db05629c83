"""Paragraph styles shared by the official documents, all in the embedded family."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from .fonts import BOLD, REGULAR, register_fonts


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle      # justified running text
    left: ParagraphStyle
    center: ParagraphStyle
    right: ParagraphStyle
    title: ParagraphStyle     # bold, centred
    cell: ParagraphStyle      # table cells
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle  # bold, centred header cells
    cell_colno: ParagraphStyle  # the (1) (2) (3) row under a header


def make_styles(size: float = 12, cell_size: float | None = None, spacing: float = 1.25) -> Styles:
    """Styles for text of `size` points, lines `spacing` apart (tables in `cell_size`, default the same)."""
    register_fonts()
    cs = cell_size or size
    lead, clead = size * spacing, cs * 1.2
    base = ParagraphStyle("sop-base", fontName=REGULAR, fontSize=size, leading=lead, splitLongWords=1)
    cell = ParagraphStyle("sop-cell", parent=base, fontSize=cs, leading=clead)
    return Styles(
        body=ParagraphStyle("sop-body", parent=base, alignment=TA_JUSTIFY, spaceAfter=size * 0.6),
        left=ParagraphStyle("sop-left", parent=base, alignment=TA_LEFT),
        center=ParagraphStyle("sop-center", parent=base, alignment=TA_CENTER),
        right=ParagraphStyle("sop-right", parent=base, alignment=TA_RIGHT),
        title=ParagraphStyle("sop-title", parent=base, fontName=BOLD, alignment=TA_CENTER,
                             fontSize=size + 1, leading=(size + 1) * 1.3),
        cell=cell,
        cell_center=ParagraphStyle("sop-cell-c", parent=cell, alignment=TA_CENTER),
        cell_right=ParagraphStyle("sop-cell-r", parent=cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle("sop-cell-h", parent=cell, fontName=BOLD, alignment=TA_CENTER),
        cell_colno=ParagraphStyle("sop-cell-n", parent=cell, alignment=TA_CENTER,
                                  fontSize=cs * 0.75, leading=cs * 0.9),
    )
