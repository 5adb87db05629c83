"""Paper sizes and the margins official documents keep.

ReportLab has no F4 (Folio): Indonesian offices use 215 x 330 mm. Qt's "Folio" is
210 x 330 mm, which is why the size is defined here rather than borrowed.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape as _landscape
from reportlab.lib.units import mm

F4 = (215 * mm, 330 * mm)
PAPERS = {"A4": A4, "F4": F4}
_ALIASES = {"FOLIO": "F4", "F-4": "F4", "A-4": "A4"}


@dataclass(frozen=True)
class Margins:
    left: float
    top: float
    right: float
    bottom: float


# Tata naskah dinas: wider left margin for binding. Every margin stays >= 20 mm,
# inside what office printers can reach.
PORTRAIT_MARGINS = Margins(left=30 * mm, top=20 * mm, right=20 * mm, bottom=20 * mm)
# A landscape lampiran is bound along its short edge: equal margins all round.
LANDSCAPE_MARGINS = Margins(left=20 * mm, top=20 * mm, right=20 * mm, bottom=20 * mm)


def paper_size(paper: str, landscape: bool = False) -> tuple[float, float]:
    """(width, height) in points of "A4" or "F4", portrait or landscape."""
    key = (paper or "").strip().upper()
    key = _ALIASES.get(key, key)
    if key not in PAPERS:
        raise ValueError(f"Ukuran kertas \"{paper}\" tidak dikenal: pilih A4 atau F4 di Pengaturan.")
    size = PAPERS[key]
    return _landscape(size) if landscape else size


def page_template(template_id: str, pagesize: tuple[float, float], margins: Margins, on_page=None):
    """A one-frame PageTemplate of its own size, so portrait and landscape pages can mix in one PDF."""
    from reportlab.platypus import Frame, PageTemplate

    w, h = pagesize
    frame = Frame(margins.left, margins.bottom, w - margins.left - margins.right, h - margins.top - margins.bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"{template_id}-frame")
    kwargs = {"onPage": on_page} if on_page else {}
    return PageTemplate(id=template_id, frames=[frame], pagesize=pagesize, **kwargs)


def frame_width(pagesize: tuple[float, float], margins: Margins) -> float:
    return pagesize[0] - margins.left - margins.right


def frame_height(pagesize: tuple[float, float], margins: Margins) -> float:
    return pagesize[1] - margins.top - margins.bottom


def new_document(out, pagesize: tuple[float, float], *, title: str, author: str, subject: str):
    """A BaseDocTemplate whose canvas starts in the embedded font: ReportLab's default start
    font (Helvetica) would otherwise appear in every page's font list, unembedded."""
    from reportlab.platypus import BaseDocTemplate

    from .fonts import REGULAR, register_fonts

    register_fonts()
    return BaseDocTemplate(out, pagesize=pagesize, title=title, author=author, subject=subject,
                           creator="sopdesk", initialFontName=REGULAR, initialFontSize=12, initialLeading=15)
