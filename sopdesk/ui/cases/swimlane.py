"""The SOP as the swimlane flowchart of the printed "SOP AP" sheet, on screen.

`SwimlaneScene` paints a `flowchart.layout_sop` layout (computed once, with
text measured by the font it is painted with) and, when a case is laid on it,
restyles its items by the case's state. `SwimlaneView` adds zoom, fit and
keyboard navigation.
"""
from __future__ import annotations

from dataclasses import replace
from functools import cache, lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGraphicsRectItem, QGraphicsScene, QGraphicsView

from ...domain.case import CaseState
from ...domain.sop import Sop
from ...flowchart import FlowLayout, LayoutStyle, layout_sop
from ..kit import state_style as ss
from .swimlane_items import ArrowItem, RealisasiItem, RowItem, SceneText, SymbolItem, TableBackgroundItem, TableItem

REALISASI_WIDTH = 118.0
FONT_FAMILY = "Arial"  # the sheet's face; Liberation Sans stands in where Arial is missing
# Text sizes (scene points) of a chart read on screen: the SOP views' default, and the case
# screen's, larger in the same column widths so that a case fitted to a laptop's width reads at
# about 12 px (the activities wrap onto more lines instead).
SCREEN_TEXT = 9.0
CASE_TEXT = 12.0


# Opening a case must not lay its SOP out again: the layout depends only on the SOP (a frozen
# value; one object per stored version), the font and the style, so it is made once and shared
# by every case tab of that SOP, like the fonts and text widths measured for it.
@cache
def scene_text(family: str) -> SceneText:
    return SceneText(family)


@lru_cache(maxsize=16)
def sop_layout(sop: Sop, family: str, style: LayoutStyle, extra: tuple[tuple[str, float], ...]) -> FlowLayout:
    text = scene_text(family)
    return layout_sop(sop, measure=text.measure, bold_measure=text.measure_bold, style=style, extra_columns=extra,
                      extras_before_note=True)


class SwimlaneScene(QGraphicsScene):
    """One SOP's flowchart. Items are kept by step number and restyled, never rebuilt."""

    stepSelected = Signal(int)   # a click on a step's symbol or row
    stepActivated = Signal(int)  # a double-click (or Enter in the view)
    MARGIN = 8.0

    def __init__(self, sop: Sop, *, realisasi: bool = False, parent=None, family: str = FONT_FAMILY,
                 realisasi_title: str | None = None, realisasi_width: float = REALISASI_WIDTH,
                 text_size: float = SCREEN_TEXT):
        super().__init__(parent)
        self.sop = sop
        self.text = scene_text(family)
        self.text_size = text_size
        # The Kinerja view names the column after its period and makes it wider.
        self.realisasi_title = realisasi_title or self.tr("Realisasi")
        extra = ((self.realisasi_title, realisasi_width),) if realisasi else ()
        self.layout: FlowLayout = sop_layout(sop, family, self._style(), extra)
        self.selected_step: int | None = None
        self.case_state: CaseState | None = None
        self.symbol_items: dict[int, SymbolItem] = {}
        self.row_items: dict[int, RowItem] = {}
        self.realisasi_items: dict[int, RealisasiItem] = {}
        self.arrow_items: list[ArrowItem] = []
        self._build()

    def _style(self) -> LayoutStyle:
        # larger than the printed sheet: read on a screen, often from a step away
        k = self.text_size / SCREEN_TEXT
        base = LayoutStyle()
        if k > 1:   # the larger text in about the same total width: room for "No." and "15 menit" on one line
            base = replace(base, no_width=30.0, time_width=58.0, note_width=30.0, lane_width=72.0)
        return replace(base, font_size=self.text_size, header_font_size=8.5 * k, label_font_size=7.5 * k,
                       title_no=self.tr("No."), title_activity=self.tr("Aktivitas"),
                       title_lanes=self.tr("Pelaksana"), title_quality=self.tr("Mutu Baku"),
                       title_requirements=self.tr("Kelengkapan"), title_time=self.tr("Waktu"),
                       title_output=self.tr("Output"), title_note=self.tr("Ket."))

    def _build(self) -> None:
        L = self.layout
        self.addItem(TableBackgroundItem(L))
        for row in L.rows:
            item = RowItem(row, L.width)
            self.row_items[row.step_no] = item
            self.addItem(item)
        self.table_item = TableItem(L, self.text)
        self.addItem(self.table_item)
        for cell in L.cells:
            if cell.role == f"extra:{self.realisasi_title}" and cell.step_no is not None:
                realisasi = RealisasiItem(cell, self.text)
                self.realisasi_items[cell.step_no] = realisasi
                self.addItem(realisasi)
        for arrow in L.arrows:
            arrow_item = ArrowItem(arrow, self.text, L.style.label_font_size)
            self.arrow_items.append(arrow_item)
            self.addItem(arrow_item)
        for sym in L.symbols:
            step = self.sop.step(sym.step_no)
            tip = self.tr("Langkah {no} · {lane}").format(no=step.no, lane=step.lane)
            symbol = SymbolItem(sym, f"{tip}\n{step.activity}")
            self.symbol_items[sym.step_no] = symbol
            self.addItem(symbol)
        self.selection_item = QGraphicsRectItem()
        pen = QPen(ss.SELECTION, 2.0)
        pen.setCosmetic(True)
        self.selection_item.setPen(pen)
        self.selection_item.setZValue(6)
        self.selection_item.hide()
        self.addItem(self.selection_item)
        m = self.MARGIN
        self.setSceneRect(QRectF(-m, -m, L.width + 2 * m, L.height + 2 * m))

    # -- the case laid on the chart -------------------------------------------
    def show_case(self, state: CaseState, minutes_per_day: int) -> None:
        """Restyle every step and arrow from `state` (items stay; nothing is rebuilt)."""
        self.case_state = state
        for no, item in self.symbol_items.items():
            status = state.steps.get(no)
            look = ss.look_of(status)
            current = state.current == no and not state.closed
            item.set_look(look, current)
            row = self.row_items.get(no)
            if row is not None:
                row.set_look(look, current)
            real = self.realisasi_items.get(no)
            if real is not None:
                real.set_text(ss.realisasi_text(status, minutes_per_day), look)
        taken = ss.taken_edges(self.sop, state.steps)
        for arrow in self.arrow_items:
            arrow.set_taken((arrow.from_step, arrow.to_step) in taken)

    # -- selection and hit testing --------------------------------------------
    def step_at(self, pos: QPointF) -> int | None:
        """The step under a scene point: its symbol, or anywhere in its row."""
        for sym in self.layout.symbols:
            if sym.contains(pos.x(), pos.y()):
                return sym.step_no
        if 0 <= pos.x() <= self.layout.width:
            for row in self.layout.rows:
                if row.y <= pos.y() < row.bottom:
                    return row.step_no
        return None

    def row_rect(self, no: int) -> QRectF:
        row = self.layout.row_for(no)
        return QRectF(0, row.y, self.layout.width, row.height) if row else QRectF()

    def select_step(self, no: int | None, *, notify: bool = True) -> None:
        if no is not None and no not in self.symbol_items:
            no = None
        changed = no != self.selected_step
        self.selected_step = no
        if no is None:
            self.selection_item.hide()
        else:
            self.selection_item.setRect(self.row_rect(no).adjusted(1, 1, -1, -1))
            self.selection_item.show()
        if changed and notify and no is not None:
            self.stepSelected.emit(no)

    def step_order(self) -> list[int]:
        return [r.step_no for r in self.layout.rows]

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            no = self.step_at(event.scenePos())
            if no is not None:
                self.select_step(no)
            event.accept()  # a click beside the steps keeps the selection
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        event.accept()  # no item grabs the mouse; the press above did the work

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            no = self.step_at(event.scenePos())
            if no is not None:
                self.select_step(no)
                self.stepActivated.emit(no)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)


class _HeaderView(QGraphicsView):
    """The table's column headings of the same scene, kept above the rows while they scroll
    (SwimlaneView.freeze_header): a second view of the heading band only, with the main view's
    zoom and horizontal scroll."""

    def __init__(self, main: SwimlaneView):
        super().__init__(main.scene(), main)
        self._main = main
        self.setRenderHints(main.renderHints())
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(main.alignment())
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)

    def wheelEvent(self, event) -> None:
        self._main.wheelEvent(event)   # scrolling over the headings scrolls the rows


class SwimlaneView(QGraphicsView):
    """Scroll, zoom (Ctrl++ / Ctrl+- / Ctrl+wheel), 100% (Ctrl+1) and fit (Ctrl+0); Up/Down walk the steps.

    `freeze_header()` keeps the column headings in view while the rows scroll.
    """

    zoomChanged = Signal(float)  # 1.0 = 100%: the sheet at its printed size
    MIN_ZOOM, MAX_ZOOM, STEP = 0.2, 5.0, 1.25
    AUTO_FIT_RANGE = (0.65, 1.6)  # whole width on a 1280-px screen, yet never unreadably small

    def __init__(self, scene: SwimlaneScene | None = None, parent=None):
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, False)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._auto_fit = True
        self._fitted_once = False
        self._shown_step: int | None = None
        self._header: _HeaderView | None = None
        self._band = QRectF()   # the headings, when frozen
        self._full = QRectF()   # the whole chart, headings included (the view's own rect leaves them out when frozen)
        self._make_actions()
        if scene is not None:
            self.setScene(scene)

    def _make_actions(self) -> None:
        def action(text, keys, slot):
            a = QAction(text, self)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a
        self.act_zoom_in = action(self.tr("Perbesar"), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="], self.zoom_in)
        self.act_zoom_out = action(self.tr("Perkecil"), [QKeySequence.StandardKey.ZoomOut], self.zoom_out)
        self.act_zoom_reset = action(self.tr("100%"), ["Ctrl+1"], self.reset_zoom)
        self.act_fit = action(self.tr("Pas Layar"), ["Ctrl+0"], self.fit_to_window)
        for a, tip in ((self.act_zoom_in, self.tr("Perbesar (Ctrl++ atau Ctrl+roda tetikus)")),
                       (self.act_zoom_out, self.tr("Perkecil (Ctrl+- atau Ctrl+roda tetikus)")),
                       (self.act_zoom_reset, self.tr("Ukuran cetak (Ctrl+1)")),
                       (self.act_fit, self.tr("Seluruh bagan dalam layar (Ctrl+0)"))):
            a.setToolTip(tip)

    # -- the headings kept in view -----------------------------------------------
    def freeze_header(self) -> None:
        """Show the table's headings in a band of their own above the rows, which scroll under it."""
        scene = self.scene()
        if not isinstance(scene, SwimlaneScene) or self._header is not None:
            return
        full = scene.sceneRect()
        top = scene.layout.header_height
        self._full = QRectF(full)
        self._header = _HeaderView(self)
        self._band = QRectF(full.left(), full.top(), full.width(), top - full.top())
        self._header.setSceneRect(self._band)
        self.setSceneRect(QRectF(full.left(), top, full.width(), full.bottom() - top))
        self.horizontalScrollBar().valueChanged.connect(self._sync_header)
        self._place_header()
        self._header.show()

    @property
    def header_view(self) -> QGraphicsView | None:
        return self._header

    def full_rect(self) -> QRectF:
        """The whole chart in scene units, headings included."""
        if self._header is not None:
            return QRectF(self._full)
        scene = self.scene()
        return scene.sceneRect() if scene is not None else QRectF()

    def _header_pixels(self) -> int:
        if self._header is None:
            return 0
        return round(self._band.height() * self.transform().m22())

    def _place_header(self) -> None:
        header = self._header
        if header is None:
            return
        h = self._header_pixels()
        margins = self.viewportMargins()
        if margins.top() != h:
            self.setViewportMargins(0, h, 0, 0)
        vp = self.viewport().geometry()
        header.setGeometry(vp.x(), vp.y() - h, vp.width(), h)
        header.setTransform(self.transform())
        self._sync_header()

    def _sync_header(self, *_args) -> None:
        """Show in the headings' band exactly the columns the rows show below it (same zoom, same
        sideways scroll, same centring when the chart is narrower than the view)."""
        header = self._header
        if header is None:
            return
        scale = self.transform().m11()
        if scale <= 0:
            return
        left = self.mapToScene(0, 0).x()
        band = self._band
        header.setSceneRect(QRectF(left, band.top(), self.viewport().width() / scale, band.height()))

    # -- zoom ------------------------------------------------------------------
    def _base(self) -> float:
        """Scene units are points; 100% shows them at their physical size."""
        return self.logicalDpiX() / 72.0

    def zoom(self) -> float:
        return self.transform().m11() / self._base()

    def set_zoom(self, zoom: float, *, user: bool = True) -> None:
        zoom = max(self.MIN_ZOOM, min(self.MAX_ZOOM, zoom))
        if user:
            self._auto_fit = False
        current = self.transform().m11()
        target = zoom * self._base()
        if current > 0 and abs(target - current) > 1e-9:
            f = target / current
            self.scale(f, f)  # scale() (not setTransform) keeps the point under the mouse in place
        self._place_header()
        self.zoomChanged.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * self.STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / self.STEP)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def fit_to_window(self) -> None:
        """The whole chart in view."""
        if self.scene() is None:
            return
        r = self.full_rect()
        vp = self.viewport().rect()
        if r.isEmpty() or vp.isEmpty():
            return
        height = vp.height() + self._header_pixels()   # the headings' band is part of the room
        s = min(vp.width() / r.width(), height / r.height())
        self.set_zoom(s / self._base())
        self.centerOn(self.sceneRect().center())

    def fit_width(self, *, user: bool = True) -> None:
        """The chart's width in view (what the case screen opens with)."""
        if self.scene() is None:
            return
        r = self.full_rect()
        vp_w = self.viewport().width() - (0 if self.verticalScrollBar().isVisible() else
                                          self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent))
        if r.isEmpty() or vp_w <= 0:
            return
        z = vp_w / r.width() / self._base()
        if not user:
            lo, hi = self.AUTO_FIT_RANGE
            z = max(lo, min(hi, z))
        self.set_zoom(z, user=user)
        if not self._fitted_once:
            self._fitted_once = True  # open at the top-left corner, not wherever the anchor left it
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_header()
        if self._auto_fit:
            self.fit_width(user=False)
            # wider than the view at the smallest readable zoom: No. and the activity stay in view
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            if self._shown_step is not None:  # the step asked for before the view had its size
                self.show_step(self._shown_step)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.set_zoom(self.zoom() * (self.STEP ** (delta / 120.0)))
            event.accept()
            return
        super().wheelEvent(event)

    # -- keyboard --------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        scene = self.scene()
        if isinstance(scene, SwimlaneScene) and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            order = scene.step_order()
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and order:
                cur = scene.selected_step
                i = order.index(cur) if cur in order else -1
                i = max(0, i - 1) if key == Qt.Key.Key_Up else min(len(order) - 1, i + 1)
                scene.select_step(order[i])
                self.show_step(order[i])
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and scene.selected_step is not None:
                scene.stepActivated.emit(scene.selected_step)
                return
        super().keyPressEvent(event)

    def show_step(self, no: int) -> None:
        """Scroll the step's row into view, keeping the column headings in view too when both fit.

        Only up or down: a chart wider than the view stays where it is sideways (at first, at
        the left, with No. and the activity in view).
        """
        scene = self.scene()
        self._shown_step = no
        if isinstance(scene, SwimlaneScene):
            row = scene.row_rect(no)
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            left, width = visible.left() + 1, max(1.0, min(visible.width(), row.width()) - 2)
            row = QRectF(left, row.top(), width, row.height())
            if self._header is not None:   # the headings are always in view
                self.ensureVisible(row, 0, 20)
                return
            with_heading = row.united(QRectF(left, self.sceneRect().top(), width, 1))
            self.ensureVisible(with_heading if with_heading.height() + 40 <= visible.height() else row, 0, 20)
