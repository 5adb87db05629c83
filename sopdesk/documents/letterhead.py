"""The kop (letterhead) of the office, and its logo, as flowables.

Drawn as flowables rather than on the page canvas so that long office names wrap
and push the text down instead of running into the rule.
"""
from __future__ import annotations

import logging
from io import BytesIO
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from ..domain.office import OfficeProfile
from .fonts import BOLD, REGULAR, TABLE_FONT, register_fonts
from .safe_text import para_text

log = logging.getLogger(__name__)

LOGO_MAX = 24 * mm            # the kop's logo fits in a 24 mm square
MAX_LOGO_BYTES = 20 * 1024 * 1024


def logo_image(office: OfficeProfile, max_width: float = LOGO_MAX, max_height: float = LOGO_MAX) -> Image | None:
    """The office logo scaled into the box, or None when none is set or it cannot be read.

    Only a local file is read, by us, into memory: a logo_path that is a URL is never fetched.
    A missing or broken logo is logged, not fatal — the letter still prints without it.
    """
    if not office.logo_path:
        return None
    try:
        path = Path(office.logo_path)
        if not path.is_file():
            log.warning("logo not found: %s", office.logo_path)
            return None
        if path.stat().st_size > MAX_LOGO_BYTES:
            log.warning("logo too large, skipped: %s", office.logo_path)
            return None
        data = path.read_bytes()
        iw, ih = ImageReader(BytesIO(data)).getSize()
        if iw <= 0 or ih <= 0:
            return None
    except Exception:  # any unreadable image: print without logo
        log.warning("logo unreadable: %s", office.logo_path, exc_info=True)
        return None
    scale = min(max_width / iw, max_height / ih)
    return Image(BytesIO(data), width=iw * scale, height=ih * scale)


class DoubleRule(Flowable):
    """The kop's closing rule: a thick line over a thin one, across the full width."""

    def __init__(self, thick: float = 2.25, thin: float = 0.75, gap: float = 1.5):
        super().__init__()
        self.thick, self.thin, self.gap = thick, thin, gap

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.height = self.thick + self.gap + self.thin
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setLineWidth(self.thick)
        y_thick = self.height - self.thick / 2
        c.line(0, y_thick, self.width, y_thick)
        c.setLineWidth(self.thin)
        y_thin = self.thin / 2
        c.line(0, y_thin, self.width, y_thin)


def _kop_styles():
    register_fonts()
    gov = ParagraphStyle("kop-gov", fontName=BOLD, fontSize=14, leading=17, alignment=TA_CENTER, splitLongWords=1)
    unit = ParagraphStyle("kop-unit", parent=gov, fontSize=18, leading=21)
    addr = ParagraphStyle("kop-addr", parent=gov, fontName=REGULAR, fontSize=9.5, leading=11.5)
    return gov, unit, addr


def letterhead(office: OfficeProfile, width: float) -> list[Flowable]:
    """Kop flowables for a frame `width` points wide: logo left, centred lines, double rule."""
    gov, unit, addr = _kop_styles()
    lines = []
    if office.government.strip():
        lines.append(Paragraph(para_text(office.government.upper()), gov))
    lines.append(Paragraph(para_text(office.unit.upper()), unit))
    address = office.address_line
    if office.website:
        address = f"{address}, Laman {office.website}" if address else f"Laman {office.website}"
    if address:
        lines.append(Paragraph(para_text(address), addr))

    logo = logo_image(office)
    if logo is not None:
        logo_col = LOGO_MAX + 4 * mm
        data = [[logo, lines]]
        widths = [logo_col, width - logo_col]
    else:
        data = [[lines]]
        widths = [width]
    table = Table(data, colWidths=widths, splitInRow=1)
    table.setStyle(TableStyle([
        TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, 0), "LEFT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return [table, Spacer(0, 2 * mm), DoubleRule(), Spacer(0, 6 * mm)]
