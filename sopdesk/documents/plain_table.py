"""Unruled tables that only line text up: "Nama : …" blocks, letter heads."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from .fonts import TABLE_FONT


def plain_table(rows, widths, *, bottom: float = 1, **kw) -> Table:
    """Rows of flowables in columns, no rules and no side padding; splits between rows."""
    t = Table(rows, colWidths=widths, splitInRow=1, hAlign="LEFT", **kw)
    t.setStyle(TableStyle([
        TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
    ]))
    return t


def label_table(rows: list[tuple[str, str]], width: float, style, *, label: float, colon: float = 4 * mm,
                bottom: float = 2) -> Table:
    """"Label : value" lines; both sides are Paragraph markup, already escaped by the caller."""
    data = [[Paragraph(k, style), Paragraph(":", style), Paragraph(v, style)] for k, v in rows]
    return plain_table(data, [label, colon, width - label - colon], bottom=bottom)
