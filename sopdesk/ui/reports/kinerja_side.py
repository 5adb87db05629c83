"""The side panel of the Kinerja SOP view: the slowest steps ranked, a bar chart of each step's share
on time against the thresholds, the period in a few figures, and every step in a table."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...domain.kinerja import COLOURS, NO_DATA, TEXT_COLOURS, CaseDurations, Thresholds, grade, slowest
from ...domain.monitoring import MonitoringStats, StepStats
from ..kit.formatting import number_text, percent_text, working_time
from .kinerja_scene import step_tooltip

translate = QCoreApplication.translate   # lupdate reads translate("context", "literal") calls

MUTED = "#5f6368"


def section_title(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setObjectName("kinerjaSection")
    f = label.font()
    f.setBold(True)
    f.setPointSizeF(f.pointSizeF() * 0.9)
    label.setFont(f)
    label.setStyleSheet(f"color: {MUTED}; letter-spacing: 0.5px;")
    return label


class ElidedLabel(QLabel):
    """One line that ends in "…" when the panel is narrower than its text (the whole text as tooltip)."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(20, self.width())
        super().setText(QFontMetrics(self.font()).elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class StepCard(QFrame):
    """One of the slowest steps: rank, step, lane, late count and share, activity, times."""

    clicked = Signal(int)

    def __init__(self, rank: int, s: StepStats, g: str, per_day: int, parent=None):
        super().__init__(parent)
        self.step_no = s.no
        border = COLOURS[g][2]
        self.setObjectName("stepCard")
        self.setStyleSheet(f"QFrame#stepCard {{ background: white; border: 1px solid #dadce0; "
                           f"border-left: 4px solid {border}; border-radius: 3px; }}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(step_tooltip(s, per_day))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        who = ElidedLabel(translate("Kinerja", "{rank}. Langkah {no} · {lane}").format(rank=rank, no=s.no, lane=s.lane))
        bold = who.font()
        bold.setBold(True)
        who.setFont(bold)
        late = QLabel(translate("Kinerja", "{late} terlambat · <b>{share}</b>").format(
            late=number_text(s.late), share=percent_text(s.on_time_share, 0)))
        late.setTextFormat(Qt.TextFormat.RichText)
        late.setStyleSheet(f"color: {TEXT_COLOURS[g]};")
        head = QHBoxLayout()
        head.setSpacing(6)
        head.addWidget(who, 1)
        head.addWidget(late)
        self.activity = ElidedLabel(s.activity)
        times = ElidedLabel(translate("Kinerja", "median {median} dari standar {standard}").format(
            median=working_time(s.median_minutes, per_day), standard=working_time(s.standard_minutes, per_day, "—")))
        times.setStyleSheet(f"color: {MUTED};")
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 4, 6, 4)
        box.setSpacing(1)
        box.addLayout(head)
        box.addWidget(self.activity)
        box.addWidget(times)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.step_no)
            event.accept()
            return
        super().mousePressEvent(event)


class SlowestList(QWidget):
    """The steps least often on time, worst first."""

    stepClicked = Signal(int)
    COUNT = 5

    def __init__(self, parent=None):
        super().__init__(parent)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(4)
        self.cards: list[StepCard] = []
        self.empty = QLabel(self.tr("Belum ada langkah yang selesai dalam periode ini."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED};")
        self.box.addWidget(self.empty)

    def set_stats(self, stats: MonitoringStats | None, t: Thresholds) -> None:
        for card in self.cards:
            self.box.removeWidget(card)
            card.deleteLater()
        self.cards = []
        steps = slowest(stats, self.COUNT) if stats is not None else []
        self.empty.setVisible(not steps)
        for rank, s in enumerate(steps, start=1):
            card = StepCard(rank, s, grade(s, t), stats.minutes_per_day if stats else 450, self)
            card.clicked.connect(self.stepClicked)
            self.cards.append(card)
            self.box.addWidget(card)


class OnTimeChart(QWidget):
    """A bar per step: its share on time (0–100 %), coloured by grade, with the thresholds dashed."""

    stepClicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.stats: MonitoringStats | None = None
        self.thresholds = Thresholds()
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(280, 160)

    def set_stats(self, stats: MonitoringStats | None, t: Thresholds) -> None:
        self.stats, self.thresholds = stats, t
        self.update()

    def _plot(self) -> QRectF:
        fm = QFontMetrics(self.font())
        left = fm.horizontalAdvance("100 %") + 8
        return QRectF(left, 6, max(10.0, self.width() - left - 6), max(10.0, self.height() - fm.height() - 14))

    def _bar(self, i: int, n: int, plot: QRectF) -> QRectF:
        slot = plot.width() / max(1, n)
        w = max(3.0, slot * 0.66)
        return QRectF(plot.left() + i * slot + (slot - w) / 2, plot.top(), w, plot.height())

    def bar_at(self, pos: QPointF) -> StepStats | None:
        if self.stats is None:
            return None
        plot = self._plot()
        steps = self.stats.steps
        for i, s in enumerate(steps):
            r = self._bar(i, len(steps), plot)
            if r.left() - 2 <= pos.x() <= r.right() + 2 and plot.top() <= pos.y() <= plot.bottom() + 16:
                return s
        return None

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()
        fm = QFontMetrics(self.font())
        small = QFont(self.font())
        p.setPen(QPen(QColor("#dadce0"), 1))
        for level in (0.0, 0.5, 1.0):
            y = plot.bottom() - level * plot.height()
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor(MUTED))
            label = percent_text(level, 0)
            p.drawText(QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
            p.setPen(QPen(QColor("#dadce0"), 1))
        if self.stats is None:
            return
        steps = self.stats.steps
        p.setFont(small)
        for i, s in enumerate(steps):
            r = self._bar(i, len(steps), plot)
            g = grade(s, self.thresholds)
            share = s.on_time_share
            if share is not None:
                h = max(1.0, share * plot.height())
                bar = QRectF(r.left(), plot.bottom() - h, r.width(), h)
                p.setPen(QPen(QColor(COLOURS[g][2]), 1))
                p.setBrush(QColor(COLOURS[g][1]))
                p.drawRect(bar)
            p.setPen(QColor(MUTED if g == NO_DATA else "#202124"))
            p.drawText(QRectF(r.center().x() - 14, plot.bottom() + 2, 28, fm.height()),
                       int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), str(s.no))
        for line_at, color in ((self.thresholds.good, COLOURS["good"][2]),
                               (self.thresholds.attention, COLOURS["problem"][2])):
            pen = QPen(QColor(color), 1.4, Qt.PenStyle.DashLine)
            p.setPen(pen)
            y = plot.bottom() - line_at * plot.height()
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

    def mouseMoveEvent(self, event) -> None:
        s = self.bar_at(event.position())
        if s is not None and self.stats is not None:
            QToolTip.showText(event.globalPosition().toPoint(), step_tooltip(s, self.stats.minutes_per_day), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event) -> None:
        s = self.bar_at(event.position())
        if s is not None:
            self.stepClicked.emit(s.no)
        super().mousePressEvent(event)


class SummaryBox(QWidget):
    """The period in a few figures; the durations of whole cases arrive a moment later."""

    def __init__(self, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(3)
        self.cases = QLabel()
        self.late = QLabel()
        self.median = QLabel()
        self.standard = QLabel()
        self.within = QLabel()
        rows = ((self.tr("Kasus"), self.cases), (self.tr("Kasus dengan langkah terlambat"), self.late),
                (self.tr("Median satu kasus"), self.median), (self.tr("Standar satu kasus"), self.standard),
                (self.tr("Selesai dalam standar"), self.within))
        for label, value in rows:
            name = QLabel(label)
            name.setStyleSheet(f"color: {MUTED};")
            name.setWordWrap(True)
            value.setWordWrap(True)
            form.addRow(name, value)

    def set_stats(self, stats: MonitoringStats | None) -> None:
        if stats is None:
            for w in (self.cases, self.late, self.median, self.standard, self.within):
                w.setText("")
            return
        self.cases.setText(self.tr("{cases} ({closed} selesai, {open} berjalan)").format(
            cases=number_text(stats.cases), closed=number_text(stats.closed), open=number_text(stats.open)))
        share = stats.late_cases / stats.cases if stats.cases else None
        self.late.setText(self.tr("{late} ({share})").format(late=number_text(stats.late_cases),
                                                            share=percent_text(share, 0)))
        for w in (self.median, self.standard, self.within):
            w.setText("…")

    def set_durations(self, d: CaseDurations | None, per_day: int) -> None:
        if d is None:
            return
        self.median.setText(working_time(d.median_minutes, per_day, "—"))
        self.standard.setText(working_time(d.standard_minutes, per_day, "—"))
        if d.closed and d.standard_minutes is not None:
            self.within.setText(self.tr("{n} dari {closed} ({share})").format(
                n=number_text(d.within_standard), closed=number_text(d.closed),
                share=percent_text(d.within_standard / d.closed, 0)))
        else:
            self.within.setText("—")


class StepTable(QTableWidget):
    """Every step's figures, in the SOP's order; a row chosen here is chosen on the chart."""

    stepClicked = Signal(int)
    COLUMNS = ("No.", "Langkah", "Tepat", "Median", "p90", "Kali")

    def __init__(self, parent=None):
        super().__init__(0, len(self.COLUMNS), parent)
        self.setHorizontalHeaderLabels([self.tr("No."), self.tr("Langkah"), self.tr("Tepat"), self.tr("Median"),
                                        self.tr("p90"), self.tr("Kali")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.itemSelectionChanged.connect(self._chosen)
        self._filling = False

    def set_stats(self, stats: MonitoringStats | None, t: Thresholds) -> None:
        self._filling = True
        self.setRowCount(0)
        if stats is not None:
            per_day = stats.minutes_per_day
            self.setRowCount(len(stats.steps))
            for r, s in enumerate(stats.steps):
                g = grade(s, t)
                values = (str(s.no), s.activity, percent_text(s.on_time_share, 0),
                          working_time(s.median_minutes, per_day, "—"), working_time(s.p90_minutes, per_day, "—"),
                          number_text(s.runs))
                tip = step_tooltip(s, per_day)
                for c, v in enumerate(values):
                    item = QTableWidgetItem(v)
                    item.setToolTip(tip)
                    item.setData(Qt.ItemDataRole.UserRole, s.no)
                    if c in (0, 2, 3, 4, 5):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    if c == 2:
                        item.setForeground(QColor(TEXT_COLOURS[g]))
                        item.setBackground(QColor(COLOURS[g][0]))
                    self.setItem(r, c, item)
        self._filling = False

    def select_step(self, no: int) -> None:
        for r in range(self.rowCount()):
            item = self.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == no:
                self._filling = True
                self.selectRow(r)
                self._filling = False
                return

    def _chosen(self) -> None:
        if self._filling:
            return
        rows = self.selectionModel().selectedRows()
        if rows:
            item = self.item(rows[0].row(), 0)
            if item is not None:
                self.stepClicked.emit(int(item.data(Qt.ItemDataRole.UserRole)))
