"""The graphics items of the swimlane: table, row band, symbol, arrow, Realisasi text.

Scene units are the flowchart's points. Items that show a case's state keep
their step number and are restyled in place (`set_look`, `set_taken`, …):
a state change never rebuilds the scene.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from ...flowchart import Arrow, Cell, FlowLayout, Row, Symbol, wrap
from ..kit import state_style as ss
from ..shell.qt_compat import keep_none_alive

EXTRA_PREFIX = "extra:"


# Painting makes hundreds of void Qt calls per frame: make sure the PySide6 6.12 /
# Python 3.11 None-refcount defect is neutralised even when no QApplication was
# made by app.py (tests, scripts). Idempotent; see qt_compat.
keep_none_alive()


class SceneText:
    """Fonts for painting in scene units, and the `Measure` given to layout_sop.

    Text is shaped at a large reference pixel size and scaled down by the
    painter, so any point size (8, 7.5 …) is exact, measuring and painting use
    the very same font, and the widths do not change with zoom (no hinting).
    """

    REF = 64.0

    def __init__(self, family: str = "Arial"):
        self._fonts: dict[tuple[bool, bool], QFont] = {}
        self._metrics: dict[tuple[bool, bool], QFontMetricsF] = {}
        self.family = family
        self._advance = lru_cache(maxsize=8192)(self._advance_uncached)

    def font(self, bold: bool = False, italic: bool = False) -> QFont:
        key = (bold, italic)
        f = self._fonts.get(key)
        if f is None:
            f = QFont(self.family)
            f.setStyleHint(QFont.StyleHint.SansSerif)
            f.setPixelSize(int(self.REF))
            f.setBold(bold)
            f.setItalic(italic)
            f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            self._fonts[key] = f
            self._metrics[key] = QFontMetricsF(f)
        return f

    def _advance_uncached(self, text: str, bold: bool, italic: bool) -> float:
        self.font(bold, italic)
        return self._metrics[(bold, italic)].horizontalAdvance(text)

    def width(self, text: str, size: float, bold: bool = False, italic: bool = False) -> float:
        return self._advance(text, bold, italic) * size / self.REF

    def measure(self, text: str, size: float) -> float:
        """The layout's Measure: (text, size in points) -> width in points."""
        return self.width(text, size)

    def measure_bold(self, text: str, size: float) -> float:
        return self.width(text, size, bold=True)

    def draw(self, painter: QPainter, rect: QRectF, text: str | None, size: float, *, bold: bool = False,
             italic: bool = False, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        """One line, vertically centred in `rect`; squeezed sideways if it would not fit."""
        if not text or size <= 0:
            return
        k = size / self.REF
        natural = self.width(text, size, bold, italic)
        sx = min(1.0, rect.width() / natural) if natural > 0 and rect.width() > 0 else 1.0
        painter.save()
        painter.setFont(self.font(bold, italic))
        painter.translate(rect.x(), rect.y())
        painter.scale(k * sx, k)
        box = QRectF(0, 0, rect.width() / (k * sx), rect.height() / k)
        painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextSingleLine), text)
        painter.restore()


def _qrect(r) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def _align(cell: Cell) -> Qt.AlignmentFlag:
    return Qt.AlignmentFlag.AlignHCenter if cell.align == "center" else Qt.AlignmentFlag.AlignLeft


# -- the table --------------------------------------------------------------

class TableBackgroundItem(QGraphicsItem):
    """Fills under everything: the header band and the Realisasi column."""

    def __init__(self, layout: FlowLayout):
        super().__init__()
        self._layout = layout
        self._bounds = QRectF(0, 0, layout.width, layout.height)
        self._extra = [c for c in layout.columns if c.key.startswith(EXTRA_PREFIX)]
        self.setZValue(0)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        L = self._layout
        painter.fillRect(self._bounds, Qt.GlobalColor.white)
        for c in self._extra:
            painter.fillRect(QRectF(c.x, L.header_height, c.width, L.height - L.header_height),
                             ss.REALISASI_BACKGROUND)
        painter.fillRect(QRectF(0, 0, L.width, L.header_height), ss.HEADER_BACKGROUND)
        for c in self._extra:
            painter.fillRect(QRectF(c.x, 0, c.width, L.header_height), ss.REALISASI_HEADER)


class TableItem(QGraphicsItem):
    """The ruled table and its text, painted as one item.

    Only the cells in the exposed rectangle are drawn, so a 60-step SOP
    scrolls and zooms without lag.
    """

    def __init__(self, layout: FlowLayout, text: SceneText):
        super().__init__()
        self._layout = layout
        self._text = text
        self._bounds = QRectF(0, 0, layout.width, layout.height).adjusted(-2, -2, 2, 2)
        # The Realisasi body cells are drawn by their own items (they change with the case).
        self._cells = [c for c in layout.cells if not (c.role.startswith(EXTRA_PREFIX) and c.step_no is not None)]
        self._grid = [ln for ln in layout.lines if ln.kind != "border"]
        self._border = [ln for ln in layout.lines if ln.kind == "border"]
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        exposed = option.exposedRect if option.exposedRect.isValid() else self._bounds
        painter.setPen(QPen(ss.TEXT))
        for cell in self._cells:
            r = cell.rect
            if r.y > exposed.bottom() or r.bottom < exposed.top() or r.x > exposed.right() or r.right < exposed.left():
                continue
            for box, line in cell.line_boxes():
                self._text.draw(painter, _qrect(box), line, cell.size, bold=cell.bold, align=_align(cell))
        pen = QPen(ss.GRID, 0)  # cosmetic: one crisp pixel at any zoom
        painter.setPen(pen)
        for ln in self._grid:
            painter.drawLine(QPointF(ln.x1, ln.y1), QPointF(ln.x2, ln.y2))
        border = QPen(ss.BORDER, 1.5)
        border.setCosmetic(True)
        painter.setPen(border)
        for ln in self._border:
            painter.drawLine(QPointF(ln.x1, ln.y1), QPointF(ln.x2, ln.y2))


class RowItem(QGraphicsItem):
    """A step's row band: tinted by the step's state, with a bar when it is the current step."""

    BAR = 3.5

    def __init__(self, row: Row, width: float):
        super().__init__()
        self.step_no = row.step_no
        self._rect = QRectF(0, row.y, width, row.height)
        self.tint = QColor(0, 0, 0, 0)
        self.bar = QColor(ss.NEXT_BORDER)
        self.current = False
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        return self._rect

    def set_look(self, look: ss.Look, current: bool) -> None:
        tint = look.row_tint
        if current and look.key in (ss.WAITING, ss.RUNNING_OK):
            tint = ss.CURRENT_ROW
        bar = look.border if look.key != ss.WAITING else ss.NEXT_BORDER
        if tint != self.tint or current != self.current or bar != self.bar:
            self.tint, self.current, self.bar = QColor(tint), current, QColor(bar)
            self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.tint.alpha():
            painter.fillRect(self._rect, self.tint)
        if self.current:
            painter.fillRect(QRectF(self._rect.x(), self._rect.y(), self.BAR, self._rect.height()), self.bar)


# -- symbols ----------------------------------------------------------------

def symbol_path(sym: Symbol) -> QPainterPath:
    r = _qrect(sym.rect)
    path = QPainterPath()
    if sym.shape == "terminator":
        path.addRoundedRect(r, sym.radius, sym.radius)
    elif sym.shape == "decision":
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in sym.outline()]))
        path.closeSubpath()
    else:
        path.addRect(r)
    return path


class SymbolItem(QGraphicsItem):
    """A step's symbol. `state` is the look key (waiting, running, overdue, done, late).

    Plain (no case) symbols are drawn black on white like the printed sheet.
    """

    def __init__(self, sym: Symbol, tooltip: str = ""):
        super().__init__()
        self.step_no = sym.step_no
        self.symbol = sym
        self._path = symbol_path(sym)
        self.look: ss.Look = ss.look(ss.WAITING)
        self.current = False
        self.plain = True  # no case laid on the chart: drawn black on white like the sheet
        self.setZValue(4)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        if tooltip:
            self.setToolTip(tooltip)

    @property
    def state(self) -> str:
        return self.look.key

    def brush(self) -> QBrush:
        return QBrush(Qt.GlobalColor.white if self.plain else self.look.fill)

    def pen(self) -> QPen:
        if self.plain:
            return QPen(ss.BORDER, 0.9)
        if self.current and self.look.key == ss.WAITING:
            pen = QPen(ss.NEXT_BORDER, 2.0, Qt.PenStyle.DashLine)
            pen.setDashPattern([3, 2])
            return pen
        width = self.look.border_width + (0.6 if self.current else 0.0)
        return QPen(self.look.border, width)

    def set_look(self, look: ss.Look, current: bool) -> None:
        if self.plain or look.key != self.look.key or current != self.current:
            self.prepareGeometryChange()
            self.plain, self.look, self.current = False, look, current
            self.update()

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-5, -5, 5, 5)

    def shape(self) -> QPainterPath:
        return self._path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not self.plain and self.look.key == ss.OVERDUE:
            # a soft red halo: an overdue step must be seen from across the room
            halo = QPen(ss.OVERDUE_HALO, 6.0)
            halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(halo)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path)
        pen = self.pen()
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(self.brush())
        painter.drawPath(self._path)
        if not self.plain:
            self._paint_glyph(painter)

    def _paint_glyph(self, painter: QPainter) -> None:
        """✓ for done, ▶ for running, drawn as paths so no font needs the characters."""
        r = self.symbol.rect
        s = min(r.h * 0.5, 11.0)
        cx, cy = r.cx, r.cy
        if self.look.glyph == "✓":
            pen = QPen(self.look.border, max(1.3, s * 0.16), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                       Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath(QPointF(cx - s * 0.45, cy + s * 0.02))
            path.lineTo(cx - s * 0.12, cy + s * 0.35)
            path.lineTo(cx + s * 0.5, cy - s * 0.38)
            painter.drawPath(path)
        elif self.look.glyph == "▶":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.look.border)
            painter.drawPolygon(QPolygonF([QPointF(cx - s * 0.35, cy - s * 0.45), QPointF(cx + s * 0.45, cy),
                                           QPointF(cx - s * 0.35, cy + s * 0.45)]))


# -- arrows -----------------------------------------------------------------

class ArrowItem(QGraphicsItem):
    """An orthogonal connector with its arrowhead and decision label.

    `taken` (the case already went this way) draws it dark and thicker;
    otherwise, with a case laid on the chart, it is drawn light grey.
    """

    HEAD_LEN = 5.5
    HEAD_HALF = 2.8

    def __init__(self, arrow: Arrow, text: SceneText, label_size: float):
        super().__init__()
        self.arrow = arrow
        self.from_step, self.to_step = arrow.from_step, arrow.to_step
        self._text = text
        self._label_size = label_size
        self.taken = False
        self.plain = True
        # above the symbols: an arrowhead ends on a symbol's border and must not vanish under a thick one
        self.setZValue(5)
        pts = [QPointF(x, y) for x, y in arrow.points]
        dx, dy = arrow.head_direction
        tip = pts[-1]
        # the line stops at the base of the head so it does not blunt the tip
        last = abs(pts[-1].x() - pts[-2].x()) + abs(pts[-1].y() - pts[-2].y()) if len(pts) > 1 else self.HEAD_LEN
        head = max(3.0, min(self.HEAD_LEN, last))  # a short last run still ends in a whole head
        base = QPointF(tip.x() - dx * head, tip.y() - dy * head)
        self._line = QPainterPath(pts[0])
        for p in pts[1:-1]:
            self._line.lineTo(p)
        self._line.lineTo(base)
        nx, ny = -dy, dx
        self._head = QPolygonF([tip, QPointF(base.x() + nx * self.HEAD_HALF, base.y() + ny * self.HEAD_HALF),
                                QPointF(base.x() - nx * self.HEAD_HALF, base.y() - ny * self.HEAD_HALF)])
        self._label_rect = None
        if arrow.label and arrow.label_rect is not None:
            # exactly where the router made room for it (measured with our font)
            self._label_rect = _qrect(arrow.label_rect)
        elif arrow.label and arrow.label_pos:
            w = text.width(arrow.label, label_size)
            h = label_size * 1.4
            self._label_rect = QRectF(arrow.label_pos[0] - w / 2, arrow.label_pos[1] - h / 2, w, h)
        bounds = self._line.boundingRect().united(self._head.boundingRect())
        if self._label_rect is not None:
            bounds = bounds.united(self._label_rect)
        self._bounds = bounds.adjusted(-3, -3, 3, 3)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(2)
        return stroker.createStroke(self._line)

    def color(self) -> QColor:
        if self.plain or self.taken:
            return QColor(ss.BORDER if self.plain else ss.TAKEN_ARROW)
        return QColor(ss.UNTAKEN_ARROW)

    def set_taken(self, taken: bool) -> None:
        if self.plain or taken != self.taken:
            self.plain, self.taken = False, taken
            self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        color = self.color()
        width = 0.8 if self.plain else (1.3 if self.taken else 0.8)
        pen = QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(self._head)
        if self._label_rect is not None:
            painter.setPen(QPen(ss.TEXT if (self.plain or self.taken) else ss.UNTAKEN_LABEL))
            self._text.draw(painter, self._label_rect, self.arrow.label, self._label_size, italic=True,
                            align=Qt.AlignmentFlag.AlignHCenter)


# -- the Realisasi column ----------------------------------------------------

class RealisasiItem(QGraphicsItem):
    """Actual time and who of one step, in the Realisasi cell, coloured by state."""

    def __init__(self, cell: Cell, text: SceneText):
        super().__init__()
        self.step_no = cell.step_no
        self._cell = cell
        self._text = text
        self._rect = _qrect(cell.rect)
        self.text = ""
        self.look = ss.look(ss.WAITING)
        self._lines: list[str] = []
        self.setZValue(2.5)

    def boundingRect(self) -> QRectF:
        return self._rect

    def set_text(self, text: str, look: ss.Look) -> None:
        if text == self.text and look.key == self.look.key:
            return
        self.text, self.look = text, look
        bold = look.key in (ss.RUNNING_OK, ss.OVERDUE, ss.DONE_LATE)
        inner = self._cell.rect.w - 2 * self._cell.padding_x
        measure = (lambda t, s: self._text.width(t, s, bold=True)) if bold else self._text.measure
        lines = wrap(text, inner, self._cell.size, measure)
        fit = max(1, int((self._cell.rect.h - 4) // self._cell.line_height))
        if len(lines) > fit:  # keep the cell readable; the panel shows it all
            lines = lines[:fit]
            lines[-1] = lines[-1].rstrip() + "…"
        self._lines = lines
        self.setToolTip(text)
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not self._lines:
            return
        c = self._cell
        bold = self.look.key in (ss.RUNNING_OK, ss.OVERDUE, ss.DONE_LATE)
        painter.setPen(QPen(self.look.text))
        lh = c.line_height
        top = c.rect.y + (c.rect.h - lh * len(self._lines)) / 2
        for i, line in enumerate(self._lines):
            box = QRectF(c.rect.x + c.padding_x, top + i * lh, c.rect.w - 2 * c.padding_x, lh)
            self._text.draw(painter, box, line, c.size, bold=bold)
