"""The steps × lanes grid of "Impor dari Word": each step's symbol drawn in its lane with how it
was found in the file (a badge under it), the kind as a combo, Waktu editable; a step whose lane
could not be read spans the lanes with a warning and a "pilih pelaksana" combo. A click in
another lane moves the step there.

The grid edits nothing itself: it emits `lane_chosen(no, lane)`, `kind_chosen(no, kind)` and
`time_edited(no, text)`; the dialog changes its SOP and calls `show(sop)` again.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...domain.sop import Sop
from ...domain.word_sop import (
    HOW_CELL,
    HOW_MARK,
    HOW_MOVED,
    HOW_NAMED,
    HOW_NONE,
    HOW_SEVERAL,
    HOW_SHADING,
    HOW_VML,
    Finding,
)

SYMBOL_ROLE = Qt.ItemDataRole.UserRole + 11
HOW_CHOSEN = "chosen"           # the user put the step in this lane
KINDS = ("start", "process", "decision", "end")
# badge colours (background, text) by how the symbol was found; the legend uses the same
BADGE_COLOURS = {
    HOW_CELL: ("#e5e7eb", "#374151"), HOW_MOVED: ("#dbeafe", "#1e40af"), HOW_VML: ("#ede9fe", "#5b21b6"),
    HOW_MARK: ("#fde68a", "#92400e"), HOW_SHADING: ("#d1fae5", "#065f46"), HOW_NAMED: ("#e0f2fe", "#075985"),
    HOW_CHOSEN: ("#dcfce7", "#166534"),
}
WARN_BACKGROUND = "#fff4e5"


@dataclass(frozen=True)
class LaneSymbol:
    kind: str
    how: str
    badge: str


def two_lines(text: str) -> str:
    """A lane's name over two header lines, broken at the space nearest its middle."""
    if len(text) <= 14 or " " not in text:
        return text
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "\n" + text[cut + 1:]


class SymbolDelegate(QStyledItemDelegate):
    """Paints a lane cell's symbol (by the step's kind) and the badge saying how it was found."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        symbol = index.data(SYMBOL_ROLE)
        if not isinstance(symbol, LaneSymbol):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(option.rect)
        fm = option.fontMetrics
        badge_h = fm.height() + 4
        w = min(r.width() - 16, 64.0)
        h = min(26.0, max(12.0, r.height() - badge_h - 14))
        box = QRectF(r.center().x() - w / 2, r.top() + max(4.0, (r.height() - badge_h - h) / 2 - 2), w, h)
        painter.setPen(QPen(QColor("#1f2937"), 1.3))
        painter.setBrush(QBrush(QColor("white")))
        if symbol.kind in ("start", "end"):
            painter.drawRoundedRect(box, h / 2, h / 2)
        elif symbol.kind == "decision":
            c = box.center()
            painter.drawPolygon(QPolygonF([QPointF(c.x(), box.top() - 2), QPointF(box.right(), c.y()),
                                           QPointF(c.x(), box.bottom() + 2), QPointF(box.left(), c.y())]))
        else:
            painter.drawRect(box)
        bg, fg = BADGE_COLOURS.get(symbol.how, BADGE_COLOURS[HOW_CELL])
        tw = min(fm.horizontalAdvance(symbol.badge) + 12, r.width() - 4)
        badge = QRectF(r.center().x() - tw / 2, box.bottom() + 5, tw, badge_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(badge, badge_h / 2, badge_h / 2)
        painter.setPen(QColor(fg))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter,
                         fm.elidedText(symbol.badge, Qt.TextElideMode.ElideRight, int(tw - 8)))
        painter.restore()


class MissingLane(QWidget):
    """Spans the lanes of a step with no symbol: the warning and the lane combo."""

    def __init__(self, text: str, lanes: tuple[str, ...], placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setStyleSheet(f"background:{WARN_BACKGROUND};")
        self.label = QLabel("⚠ " + text)
        self.label.setStyleSheet("color:#b45309; font-weight:bold;")
        self.label.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.addItem(placeholder, "")
        for lane in lanes:
            self.combo.addItem(lane, lane)
        self.combo.setStyleSheet("QComboBox { border: 2px solid #ea580c; border-radius: 3px; padding: 2px 6px;"
                                 " background: white; }")
        self.combo.setMinimumWidth(150)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 2, 8, 2)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.combo)


class StepLaneGrid(QTableWidget):
    lane_chosen = Signal(int, str)
    kind_chosen = Signal(int, str)
    time_edited = Signal(int, str)

    def __init__(self, sop: Sop, findings: tuple[Finding, ...], parent: QWidget | None = None):
        self.lanes = sop.lanes
        self.first_lane = 2
        super().__init__(len(sop.steps), 2 + len(sop.lanes) + 2, parent)
        self.findings = {f.step: f for f in findings}
        self.chosen: set[int] = set()
        self.kind_col = self.first_lane + len(self.lanes)
        self.time_col = self.kind_col + 1
        self.setHorizontalHeaderLabels([self.tr("No."), self.tr("Kegiatan"), *(two_lines(x) for x in self.lanes),
                                        self.tr("Jenis"), self.tr("Waktu")])
        for i, lane in enumerate(self.lanes):
            item = self.horizontalHeaderItem(self.first_lane + i)
            if item is not None:
                item.setToolTip(self.tr("Pelaksana: {lane}").format(lane=lane))
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(max(64, self.fontMetrics().height() * 4))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setWordWrap(True)
        self.setItemDelegate(SymbolDelegate(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        self.setColumnWidth(0, 40)
        fm = self.fontMetrics()
        header.setMinimumHeight(fm.height() * 2 + 10)
        bold = QFont(header.font())   # the headings are bold (the style sheet), so measure them bold
        bold.setBold(True)
        heading = QFontMetrics(bold)
        for i, lane in enumerate(self.lanes):
            widest = max(heading.horizontalAdvance(line) for line in two_lines(lane).split("\n")) + 8
            self.setColumnWidth(self.first_lane + i, max(fm.horizontalAdvance("digeser dari kolom") + 12,
                                                          widest + 16))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(1, max(180, fm.horizontalAdvance("x") * 34))
        header.setStretchLastSection(False)
        self.setColumnWidth(self.kind_col, 112)
        self.setColumnWidth(self.time_col, 80)
        self.cellClicked.connect(self._clicked)
        self.itemChanged.connect(self._item_changed)
        self.kind_combos: dict[int, QComboBox] = {}
        self.missing: dict[int, MissingLane] = {}
        self.sop = sop
        self.show_sop(sop)

    # -- showing
    def kind_names(self) -> dict[str, str]:
        return {"start": self.tr("Mulai"), "process": self.tr("Proses"), "decision": self.tr("Keputusan"),
                "end": self.tr("Selesai")}

    def badge(self, no: int) -> tuple[str, str]:
        if no in self.chosen:
            return HOW_CHOSEN, self.tr("dipilih")
        f = self.findings.get(no)
        how = f.how if f is not None else HOW_NONE
        if how == HOW_MOVED:
            return how, self.tr("digeser dari kolom {column}").format(column=f.moved_from if f else "")
        if how == HOW_MARK:
            return how, self.tr("tanda {mark}").format(mark=f.mark if f else "")
        texts = {HOW_CELL: self.tr("bentuk di sel"), HOW_VML: self.tr("VML"), HOW_SHADING: self.tr("arsiran"),
                 HOW_NAMED: self.tr("nama di kolom Pelaksana")}
        return how, texts.get(how, "")

    def show_sop(self, sop: Sop) -> None:
        self.sop = sop
        self.blockSignals(True)
        try:
            for row, step in enumerate(sop.steps):
                self._show_row(row, step.no)
        finally:
            self.blockSignals(False)
        self.viewport().update()

    def _item(self, row: int, col: int, text: str = "", editable: bool = False) -> QTableWidgetItem:
        item = self.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            self.setItem(row, col, item)
        item.setText(text)
        flags = Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.ItemIsEditable if editable else Qt.ItemFlag.NoItemFlags)
        item.setFlags(flags)
        return item

    def _show_row(self, row: int, no: int) -> None:
        step = self.sop.step(no)
        self._item(row, 0, str(no)).setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        act = self._item(row, 1, step.activity)
        act.setToolTip(step.activity)
        time = self._item(row, self.time_col, step.time or "—", editable=True)
        time.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        time.setToolTip(self.tr("Klik dua kali untuk mengubah Waktu, mis. \"15 menit\", \"2 jam\", \"1 hari\"."))
        combo = self.kind_combos.get(no)
        if combo is None:
            combo = QComboBox()
            for kind, name in self.kind_names().items():
                combo.addItem(name, kind)
            combo.currentIndexChanged.connect(lambda _i, n=no, c=combo: self.kind_chosen.emit(n, c.currentData()))
            holder = QWidget()
            lay = QHBoxLayout(holder)
            lay.setContentsMargins(4, 0, 4, 0)
            lay.addWidget(combo)
            self.setCellWidget(row, self.kind_col, holder)
            self.kind_combos[no] = combo
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(step.kind)))
        combo.blockSignals(False)
        how, badge = self.badge(no)
        missing = not step.lane
        background = QBrush(QColor(WARN_BACKGROUND)) if missing else QBrush()
        for col in range(self.columnCount()):
            if col < self.first_lane or col >= self.kind_col:
                it = self.item(row, col)
                if it is not None:
                    it.setBackground(background)
        for i, lane in enumerate(self.lanes):
            col = self.first_lane + i
            item = self._item(row, col)
            item.setData(SYMBOL_ROLE, LaneSymbol(step.kind, how, badge) if lane == step.lane else None)
            item.setToolTip(self.tr("Klik untuk memindahkan langkah {no} ke {lane}").format(no=no, lane=lane)
                            if lane != step.lane else f"{lane}: {badge}")
        self._show_missing(row, no, missing)

    def _show_missing(self, row: int, no: int, missing: bool) -> None:
        widget = self.missing.get(no)
        if missing and widget is None:
            f = self.findings.get(no)
            if f is not None and f.how == HOW_SEVERAL:
                text = self.tr("Simbol di beberapa kolom: {lanes}").format(lanes=", ".join(f.candidates))
            else:
                text = self.tr("Tidak ada simbol di kolom Pelaksana baris ini")
            widget = MissingLane(text, self.lanes, self.tr("pilih pelaksana"))
            widget.combo.activated.connect(lambda _i, n=no, w=widget: self._combo_lane(n, w))
            if len(self.lanes) > 1:
                self.setSpan(row, self.first_lane, 1, len(self.lanes))
            self.setCellWidget(row, self.first_lane, widget)
            self.missing[no] = widget
        elif not missing and widget is not None:
            self.removeCellWidget(row, self.first_lane)
            if len(self.lanes) > 1:
                self.setSpan(row, self.first_lane, 1, 1)
            del self.missing[no]

    # -- choosing
    def _combo_lane(self, no: int, widget: MissingLane) -> None:
        lane = widget.combo.currentData()
        if lane:
            self.choose_lane(no, lane)

    def choose_lane(self, no: int, lane: str) -> None:
        self.chosen.add(no)
        self.lane_chosen.emit(no, lane)

    def _clicked(self, row: int, col: int) -> None:
        i = col - self.first_lane
        if not 0 <= i < len(self.lanes) or row >= len(self.sop.steps):
            return
        step = self.sop.steps[row]
        if step.lane and self.lanes[i] != step.lane:
            self.choose_lane(step.no, self.lanes[i])

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == self.time_col and item.row() < len(self.sop.steps):
            text = item.text().strip()
            self.time_edited.emit(self.sop.steps[item.row()].no, "" if text == "—" else text)
