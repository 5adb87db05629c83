"""Painting one page of a paginated flowchart (sopdesk.flowchart) on a ReportLab canvas.

The flowchart module gives pure geometry in points with the origin at the table's top-left
corner and y growing downward; here every point is mapped to the PDF's y-up space
(pdf_y = top - y * scale). Cell text was wrapped by the layout with `pdf_measure()`, so the
lines fit as drawn; a line that still does not fit (bold header text, a measure passed in by
someone else) is drawn a little smaller rather than over the rules.

Text is drawn with canvas.drawString, which takes no markup: user text cannot inject
anything here. Callers pass layouts built from printable() text (see sop_sheet.py), so every
character has a glyph in the embedded font.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from ..flowchart import Arrow, Cell, LayoutStyle, Page, Rect, wrap
from .fonts import BOLD, ITALIC, REGULAR, register_fonts

HEADER_GREY = colors.Color(0.86, 0.86, 0.86)
GRID_WIDTH = 0.6
BORDER_WIDTH = 0.9
SYMBOL_WIDTH = 0.8
ARROW_WIDTH = 0.7
HEAD_LEN = 5.5
HEAD_HALF = 2.4


def pdf_measure(text: str, size: float) -> float:
    """The layout's Measure for the font the painter draws with (Liberation Serif)."""
    register_fonts()
    return pdfmetrics.stringWidth(text, REGULAR, size)


def pdf_bold_measure(text: str, size: float) -> float:
    """The same for the bold face of the header titles."""
    register_fonts()
    return pdfmetrics.stringWidth(text, BOLD, size)


@dataclass(frozen=True)
class Overlay:
    """Figures laid on the chart (the SOP sheet "dengan realisasi"): each step's lines in the
    extra column whose cells have role `column`, and its colours as hex texts."""

    column: str                                           # "extra:<title>"
    texts: Mapping[int, Sequence[str]]                    # step no -> lines, the first in bold
    looks: Mapping[int, tuple[str, str, str, str]]        # step no -> (row tint, symbol fill, border, text)
    size: float = 7.5


class FlowPageFlowable(Flowable):
    """One flowchart page as a platypus flowable, `scale` times its layout size."""

    def __init__(self, page: Page, style: LayoutStyle, scale: float = 1.0, overlay: Overlay | None = None):
        super().__init__()
        self.page, self.style, self.scale, self.overlay = page, style, scale, overlay
        self.width = page.width * scale
        self.height = page.height * scale

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self):
        paint_page(self.canv, self.page, self.style, 0.0, self.height, self.scale, overlay=self.overlay)


def paint_page(canv, page: Page, style: LayoutStyle, x: float, top: float, scale: float = 1.0,
               overlay: Overlay | None = None) -> None:
    """Draw `page` with its top-left corner at (x, top) in PDF coordinates (with `overlay`, the
    rows and symbols in its colours and its figures in its column)."""
    register_fonts()
    p = _Painter(canv, x, top, scale)
    canv.saveState()
    canv.setStrokeColor(colors.black)
    canv.setLineJoin(0)
    if page.header_height > 0:
        p.fill_rect(Rect(0.0, 0.0, page.width, page.header_height), HEADER_GREY)
    if overlay is not None:
        for row in page.row_boxes:
            look = overlay.looks.get(row.step_no)
            if look is not None:
                p.fill_rect(Rect(0.0, row.y, page.width, row.height), colors.HexColor(look[0]))
    for line in page.lines:
        canv.setLineWidth((BORDER_WIDTH if line.kind == "border" else GRID_WIDTH) * scale)
        canv.line(*p.pt(line.x1, line.y1), *p.pt(line.x2, line.y2))
    for cell in page.cells:
        p.cell_text(cell)
        if overlay is not None and cell.role == overlay.column and cell.step_no is not None:
            look = overlay.looks.get(cell.step_no)
            p.figures(cell, overlay.texts.get(cell.step_no, ()), overlay.size,
                      colors.HexColor(look[3]) if look else colors.black)
    for sym in page.symbols:
        look = overlay.looks.get(sym.step_no) if overlay is not None else None
        if look is None:
            p.symbol(sym.shape, sym.rect, sym.outline())
        else:
            p.symbol(sym.shape, sym.rect, sym.outline(), fill=colors.HexColor(look[1]),
                     stroke=colors.HexColor(look[2]))
    for arrow in page.arrows:
        p.arrow(arrow.points)
    for conn in page.connectors:
        p.polygon(conn.outline(), fill=colors.white)
        cx, cy = conn.text_pos
        p.text_centred(conn.letter, BOLD, style.connector_font_size, cx, cy, conn.rect.w - 2)
    for arrow, rect in label_rects(page, style):
        p.text_centred(arrow.label or "", ITALIC, style.label_font_size, rect.cx, rect.cy, rect.w)
    canv.restoreState()


# ---- decision labels -----------------------------------------------------------------

_GAP = 1.5


def label_rects(page: Page, style: LayoutStyle) -> list[tuple[Arrow, Rect]]:
    """Where each exit label ("Ya", "Tidak", …) is drawn.

    The layout proposes a place; in a narrow lane it can fall on the arrow's own run or on a
    column rule. Then the nearest free place beside the arrow's first two runs is taken: one
    that crosses no arrow, rule, symbol, cell text or other label (or, if none is free, the
    one that touches fewest).
    """
    size = style.label_font_size
    lh = style.line_height(size)
    segs = [(a, b) for arrow in page.arrows for a, b in pairwise(arrow.points)]
    segs += [((ln.x1, ln.y1), (ln.x2, ln.y2)) for ln in page.lines]
    boxes = [c.rect for c in page.connectors]
    for cell in page.cells:
        for box, line in cell.line_boxes():
            if line:
                w = pdfmetrics.stringWidth(line, BOLD if cell.bold else REGULAR, cell.size)
                x = box.cx - w / 2 if cell.align == "center" else box.x
                boxes.append(Rect(x, box.y, w, box.h))
    placed: list[tuple[Arrow, Rect]] = []
    for arrow in page.arrows:
        if not arrow.label or len(arrow.points) < 2:
            continue
        w = pdfmetrics.stringWidth(arrow.label, ITALIC, size) + 1
        others = [(a, b) for other in page.arrows if other is not arrow for a, b in pairwise(other.points)]
        best: Rect | None = None
        best_score: float | None = None
        for rect in _candidates(arrow, w, lh):
            score: float = _hits(rect, page, segs, boxes + [r for _a, r in placed])
            if score == 0:
                # free: better still if it does not hug another arrow, so it reads as this one's
                score = 0.5 * _crossing(_grown(rect, _NEAR), others)
                if score == 0:
                    best = rect
                    break
            if best_score is None or score < best_score:
                best, best_score = rect, score
        if best is not None:
            placed.append((arrow, best))
    return placed


_NEAR = 3.0


def _grown(r: Rect, d: float) -> Rect:
    return Rect(r.x - d, r.y - d, r.w + 2 * d, r.h + 2 * d)


def _candidates(arrow: Arrow, w: float, h: float) -> list[Rect]:
    """The layout's own place first, then places beside the first two runs, nearest the exit first."""
    out = []
    if arrow.label_rect is not None:
        r = arrow.label_rect
        out.append(Rect(r.cx - w / 2, r.cy - h / 2, w, h))
    start = arrow.points[0]
    near = []
    for (x1, y1), (x2, y2) in list(pairwise(arrow.points))[:2]:
        if abs(y1 - y2) < 1e-6:   # horizontal run: above or below it, anywhere along it
            sign = 1 if x2 >= x1 else -1
            for along in _steps(abs(x2 - x1) - w - 2 * _GAP):
                x = x1 + sign * (_GAP + along)
                left = x if sign > 0 else x - w
                for top in (y1 - _GAP - h, y1 + _GAP):
                    near.append(Rect(left, top, w, h))
        else:                     # vertical run: left or right of it, anywhere along it
            sign = 1 if y2 >= y1 else -1
            for along in _steps(abs(y2 - y1) - h - 2 * _GAP):
                y = y1 + sign * (_GAP + along)
                top = y if sign > 0 else y - h
                for left in (x1 - _GAP - w, x1 + _GAP):
                    near.append(Rect(left, top, w, h))
    near.sort(key=lambda r: (r.cx - start[0]) ** 2 + (r.cy - start[1]) ** 2)
    return out + near


def _steps(length: float, step: float = 2.0) -> list[float]:
    """Offsets 0, 2, 4 … along a run of `length` free points (at least the start)."""
    n = max(0, min(60, int(length // step)))
    return [i * step for i in range(n + 1)]


def _crossing(r: Rect, segs) -> int:
    """How many of the (axis-parallel) segments pass through `r`."""
    return sum(1 for (x1, y1), (x2, y2) in segs
               if min(x1, x2) - 0.3 < r.right and max(x1, x2) + 0.3 > r.x
               and min(y1, y2) - 0.3 < r.bottom and max(y1, y2) + 0.3 > r.y)


def _hits(r: Rect, page: Page, segs, boxes) -> int:
    n = 0
    if r.x < 0 or r.right > page.width or r.y < page.header_height or r.bottom > page.height:
        n += 5
    n += _crossing(r, segs)
    for b in boxes:
        if b.intersects(r):
            n += 1
    for sym in page.symbols:
        if sym.rect.intersects(r) and any(sym.contains(r.x + r.w * i / 4, r.y + r.h * j / 2)
                                          for i in range(5) for j in range(3)):
            n += 1
    return n


class _Painter:
    def __init__(self, canv, x: float, top: float, scale: float):
        self.c, self.x0, self.top, self.s = canv, x, top, scale

    def pt(self, x: float, y: float) -> tuple[float, float]:
        return self.x0 + x * self.s, self.top - y * self.s

    def fill_rect(self, r: Rect, color) -> None:
        x, y = self.pt(r.x, r.bottom)
        self.c.saveState()
        self.c.setFillColor(color)
        self.c.rect(x, y, r.w * self.s, r.h * self.s, stroke=0, fill=1)
        self.c.restoreState()

    # ---- text --------------------------------------------------------------

    def _fit(self, text: str, font: str, size: float, width: float) -> float:
        """The size at which `text` fits `width` layout points (never larger than `size`)."""
        w = pdfmetrics.stringWidth(text, font, size)
        if width > 0 and w > width:
            return max(1.0, size * width / w)
        return size

    def _baseline(self, font: str, size: float, centre_y: float) -> float:
        """PDF baseline that centres the font's ascent..descent on a layout y."""
        asc, desc = pdfmetrics.getAscentDescent(font, size)
        return self.top - centre_y * self.s - (asc + desc) / 2 * self.s

    def cell_text(self, cell: Cell) -> None:
        font = BOLD if cell.bold else REGULAR
        self.c.setFillColor(colors.black)
        for box, line in cell.line_boxes():
            if not line:
                continue
            size = self._fit(line, font, cell.size, box.w)
            base = self._baseline(font, size, box.cy)
            self.c.setFont(font, size * self.s)
            if cell.align == "center":
                self.c.drawCentredString(self.x0 + box.cx * self.s, base, line)
            else:
                self.c.drawString(self.x0 + box.x * self.s, base, line)

    def text_centred(self, text: str, font: str, size: float, cx: float, cy: float, width: float) -> None:
        size = self._fit(text, font, size, width)
        self.c.setFillColor(colors.black)
        self.c.setFont(font, size * self.s)
        self.c.drawCentredString(self.x0 + cx * self.s, self._baseline(font, size, cy), text)

    # ---- shapes ------------------------------------------------------------

    def polygon(self, points, fill=None) -> None:
        path = self.c.beginPath()
        first = True
        for px, py in points:
            if first:
                path.moveTo(*self.pt(px, py))
                first = False
            else:
                path.lineTo(*self.pt(px, py))
        path.close()
        self.c.setLineWidth(SYMBOL_WIDTH * self.s)
        if fill is not None:
            self.c.setFillColor(fill)
        self.c.drawPath(path, stroke=1, fill=1 if fill is not None else 0)

    def symbol(self, shape: str, r: Rect, outline, fill=colors.white, stroke=None) -> None:
        self.c.saveState()
        if stroke is not None:
            self.c.setStrokeColor(stroke)
        self.c.setFillColor(fill)
        self.c.setLineWidth(SYMBOL_WIDTH * self.s)
        if shape == "terminator":
            x, y = self.pt(r.x, r.bottom)
            radius = min(r.h, r.w) / 2 * self.s
            self.c.roundRect(x, y, r.w * self.s, r.h * self.s, radius, stroke=1, fill=1)
        else:
            self.polygon(outline, fill=fill)
        self.c.restoreState()

    def figures(self, cell: Cell, lines: Sequence[str], size: float, color) -> None:
        """An overlay's lines in `cell`, wrapped to it, the first in bold and `color`, cut with "…"
        when they would not fit the row."""
        inner = max(1.0, cell.rect.w - 2 * cell.padding_x)
        wrapped: list[tuple[str, bool]] = []
        for i, line in enumerate(lines):
            measure = pdf_bold_measure if i == 0 else pdf_measure
            wrapped += [(part, i == 0) for part in wrap(line, inner, size, measure)]
        lh = size * 1.25
        fit = max(1, int((cell.rect.h - 4) // lh))
        if len(wrapped) > fit:
            wrapped = wrapped[:fit]
            wrapped[-1] = (wrapped[-1][0].rstrip() + " …", wrapped[-1][1])
        y = cell.rect.y + (cell.rect.h - lh * len(wrapped)) / 2
        for text, bold in wrapped:
            font = BOLD if bold else REGULAR
            fitted = self._fit(text, font, size, inner)
            self.c.setFillColor(color if bold else colors.black)
            self.c.setFont(font, fitted * self.s)
            self.c.drawString(self.x0 + (cell.rect.x + cell.padding_x) * self.s,
                              self._baseline(font, fitted, y + lh / 2), text)
            y += lh

    def arrow(self, points) -> None:
        """An orthogonal polyline ending in a filled head on the target's border."""
        pts = [tuple(p) for p in points]
        if len(pts) < 2:
            return
        (x1, y1), (x2, y2) = pts[-2], pts[-1]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        if length <= 0:
            return
        ux, uy = dx / length, dy / length
        head = max(2.5, min(HEAD_LEN, length))  # a short last run still ends in a whole head
        base = (x2 - ux * head, y2 - uy * head)
        c = self.c
        c.setLineWidth(ARROW_WIDTH * self.s)
        c.setLineCap(0)
        path = c.beginPath()
        path.moveTo(*self.pt(*pts[0]))
        for px, py in pts[1:-1]:
            path.lineTo(*self.pt(px, py))
        path.lineTo(*self.pt(*base))  # the line stops at the head's base so the tip stays sharp
        c.drawPath(path, stroke=1, fill=0)
        nx, ny = -uy, ux
        tip = self.pt(x2, y2)
        left = self.pt(base[0] + nx * HEAD_HALF, base[1] + ny * HEAD_HALF)
        right = self.pt(base[0] - nx * HEAD_HALF, base[1] - ny * HEAD_HALF)
        head_path = c.beginPath()
        head_path.moveTo(*tip)
        head_path.lineTo(*left)
        head_path.lineTo(*right)
        head_path.close()
        c.setFillColor(colors.black)
        c.setLineWidth(0.3 * self.s)
        c.drawPath(head_path, stroke=1, fill=1)
