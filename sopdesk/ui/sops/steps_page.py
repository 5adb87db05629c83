"""The Langkah tab of the SOP editor: the steps table beside a live swimlane, the flow of the
chosen step (Lanjut ke, or a decision's Ya and Tidak targets and labels) under the table,
and the problem beside the field being typed in.

The swimlane is the case screen's SwimlaneScene (the flowchart geometry of the printed sheet),
rebuilt from what is shown at every keystroke; cells with a problem are tinted on it too.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGraphicsRectItem,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.sop import Problem, Sop
from ...domain.sop_edit import set_step
from ..cases.swimlane import SwimlaneScene, SwimlaneView
from ..kit.formatting import shorten
from ..kit.message_text import problem_message
from .sop_document import SopDocument
from .steps_model import (
    ACTIVITY,
    COLUMNS,
    KIND,
    LANE,
    NO,
    NOTE,
    OUTPUT,
    REQUIREMENTS,
    TIME,
    StepDelegate,
    StepsModel,
    column_title,
)

PROBLEM_FILL = QColor(217, 48, 37, 60)
PROBLEM_LINE = QColor("#d93025")
FIXED_WIDTHS = {NO: 36, KIND: 84, TIME: 76}
SHARED_WIDTHS = {ACTIVITY: (30, 120), LANE: (16, 80), REQUIREMENTS: (16, 70), OUTPUT: (12, 56), NOTE: (8, 40)}
# Columns of the chart a problem's field is drawn over.
FIELD_ROLE = {"activity": "activity", "time": "time", "requirements": "requirements", "output": "output",
              "note": "note", "no": "no", "next": "no", "if_yes": "no", "if_no": "no"}


class StepsTable(QTableView):
    """Alt+↑/↓ move the step, Insert adds one under it, Delete removes it (keys the view takes
    itself, so they work wherever the focus came from)."""

    move_requested = Signal(int)
    insert_requested = Signal()
    remove_requested = Signal()

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        if mods & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        if self.state() != QAbstractItemView.State.EditingState and not mods & Qt.KeyboardModifier.ControlModifier:
            if key == Qt.Key.Key_Insert:
                self.insert_requested.emit()
                return
            if key == Qt.Key.Key_Delete:
                self.remove_requested.emit()
                return
        super().keyPressEvent(event)


class Bubble(QLabel):
    """The problem of the cell being edited, just under it (as a tooltip that does not go away)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("fieldBubble")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("#fieldBubble { background: #fdecea; color: #9b1c13; border: 1px solid #d93025;"
                           " border-radius: 4px; padding: 4px 8px; }"
                           "#fieldBubble[warning=\"true\"] { background: #fff6dc; color: #6b4e00;"
                           " border-color: #d9a400; }")
        self.hide()

    def show_at(self, text: str, below: QRectF | None, warning: bool = False) -> None:
        if not text or below is None:
            self.hide()
            return
        self.setProperty("warning", "true" if warning else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText("⚠ " + text)
        parent = self.parentWidget()
        if parent is None:
            return
        area = parent.rect()
        width = min(420, max(220, area.width() - 16))
        self.setFixedWidth(width)
        self.adjustSize()
        x = int(min(max(4.0, below.right() - width), area.width() - width - 4))
        y = int(below.bottom() + 3)
        if y + self.height() > area.height():
            y = int(below.top() - self.height() - 3)
        self.move(QPoint(x, y))
        self.show()
        self.raise_()


class FlowPanel(QFrame):
    """Under the table: where the chosen step goes next. A decision has its Ya and Tidak targets
    (any step, an earlier one or the first included) and their labels; another step goes on
    to the next row unless a target is chosen; the last (Selesai) ends the flow."""

    def __init__(self, doc: SopDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.row = -1
        self.setObjectName("flowPanel")
        self.setStyleSheet("#flowPanel { background: #f6f8fb; border: 1px solid #dde1e6; border-radius: 4px; }")
        self.title = QLabel()
        self.title.setObjectName("sectionLabel")
        self.next_combo = QComboBox()
        self.yes_combo, self.no_combo = QComboBox(), QComboBox()
        self.yes_label, self.no_label = QLineEdit(), QLineEdit()
        for combo in (self.next_combo, self.yes_combo, self.no_combo):
            combo.setMinimumContentsLength(22)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.yes_label.setPlaceholderText(self.tr("Ya"))
        self.no_label.setPlaceholderText(self.tr("Tidak"))
        for edit in (self.yes_label, self.no_label):
            edit.setMaximumWidth(130)
        self.end_text = QLabel(self.tr("Langkah Selesai: alur berakhir di sini."))
        self.end_text.setObjectName("mutedText")
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)

        self.next_caption = QLabel(self.tr("Lanjut ke:"))
        self.yes_caption = QLabel(self.tr("Jika ya, ke:"))
        self.no_caption = QLabel(self.tr("Jika tidak, ke:"))
        self.yes_label_caption = QLabel(self.tr("tulisan:"))
        self.no_label_caption = QLabel(self.tr("tulisan:"))
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.next_caption, 0, 0)
        grid.addWidget(self.next_combo, 0, 1, 1, 3)
        grid.addWidget(self.yes_caption, 1, 0)
        grid.addWidget(self.yes_combo, 1, 1)
        grid.addWidget(self.yes_label_caption, 1, 2)
        grid.addWidget(self.yes_label, 1, 3)
        grid.addWidget(self.no_caption, 2, 0)
        grid.addWidget(self.no_combo, 2, 1)
        grid.addWidget(self.no_label_caption, 2, 2)
        grid.addWidget(self.no_label, 2, 3)
        grid.addWidget(self.end_text, 3, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 6, 8, 6)
        box.setSpacing(4)
        box.addWidget(self.title)
        box.addLayout(grid)
        box.addWidget(self.problem)

        self.next_combo.activated.connect(lambda _i: self._target("next", self.next_combo))
        self.yes_combo.activated.connect(lambda _i: self._target("if_yes", self.yes_combo))
        self.no_combo.activated.connect(lambda _i: self._target("if_no", self.no_combo))
        self.yes_label.textEdited.connect(lambda text: self._label("yes_label", text))
        self.no_label.textEdited.connect(lambda text: self._label("no_label", text))
        self.yes_label.editingFinished.connect(self.doc.end_merge)
        self.no_label.editingFinished.connect(self.doc.end_merge)
        self.show_row(-1)

    def show_row(self, row: int) -> None:
        sop = self.doc.sop
        self.row = row if 0 <= row < len(sop.steps) else -1
        if self.row < 0:
            self.title.setText(self.tr("Pilih sebuah langkah untuk mengatur alurnya."))
            for w in self._all():
                w.hide()
            self.problem.hide()
            return
        step = sop.steps[self.row]
        self.title.setText(self.tr("Alur langkah {no}").format(no=step.no))
        decision, end = step.kind == "decision", step.kind == "end"
        for w in (self.next_caption, self.next_combo):
            w.setVisible(not decision and not end)
        for w in (self.yes_caption, self.yes_combo, self.yes_label_caption, self.yes_label, self.no_caption,
                  self.no_combo, self.no_label_caption, self.no_label):
            w.setVisible(decision)
        self.end_text.setVisible(end)
        if decision:
            self._fill(self.yes_combo, sop, step.if_yes, self.tr("— pilih langkah —"))
            self._fill(self.no_combo, sop, step.if_no, self.tr("— pilih langkah —"))
            for edit, text in ((self.yes_label, step.yes_label), (self.no_label, step.no_label)):
                if edit.text() != text:
                    edit.setText(text)
        elif not end:
            following = sop.steps[self.row + 1].no if self.row + 1 < len(sop.steps) else None
            first = (self.tr("langkah berikutnya ({no})").format(no=following) if following is not None
                     else self.tr("— tidak ada langkah berikutnya —"))
            self._fill(self.next_combo, sop, step.next, first)
        problems = self.doc.shown_check.at(step.no, ("next", "if_yes", "if_no"))
        self.problem.setText("\n".join(problem_message(p) for p in problems))
        self.problem.setVisible(bool(problems))

    def _all(self) -> list[QWidget]:
        return [self.next_caption, self.next_combo, self.yes_caption, self.yes_combo, self.yes_label_caption,
                self.yes_label, self.no_caption, self.no_combo, self.no_label_caption, self.no_label, self.end_text]

    def _fill(self, combo: QComboBox, sop: Sop, value: int | None, none_text: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(none_text, None)
        for s in sop.steps:
            combo.addItem(f"{s.no} · {shorten(' '.join(s.activity.split()), 48) or '…'}", s.no)
        i = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(0, i))
        combo.blockSignals(False)

    def _target(self, field: str, combo: QComboBox) -> None:
        if self.row < 0:
            return
        value = combo.currentData()
        names = {"next": self.tr("lanjutan"), "if_yes": self.tr("tujuan Ya"), "if_no": self.tr("tujuan Tidak")}
        self.doc.apply(set_step(self.doc.sop, self.row, **{field: value}),
                       self.tr("Ubah {what} langkah {no}").format(what=names[field], no=self.row + 1))

    def _label(self, field: str, text: str) -> None:
        if self.row < 0:
            return
        self.doc.apply(set_step(self.doc.sop, self.row, **{field: text.strip()}),
                       self.tr("Ubah tulisan keputusan langkah {no}").format(no=self.row + 1),
                       merge=("label", self.row, field))


class StepsPage(QWidget):
    """The table, the flow panel and the problem line on the left; the live swimlane on the right."""

    def __init__(self, doc: SopDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.model = StepsModel(doc, self)
        self.table = StepsTable()
        self.table.setModel(self.model)
        self.delegate = StepDelegate(self.model, self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)   # "Kelengka…" when narrow, not a cut-off middle
        self.bubble = Bubble(self.table.viewport())
        self.flow = FlowPanel(doc)
        self.problem_bar = QLabel()
        self.problem_bar.setObjectName("problemBar")
        self.problem_bar.setWordWrap(True)
        self.problem_bar.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_bar.setStyleSheet("#problemBar { background: #fdecea; color: #9b1c13; border: 1px solid #f1b8b2;"
                                       " border-radius: 4px; padding: 5px 8px; }")

        self.caption = QLabel()
        self.caption.setObjectName("mutedText")
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.view = SwimlaneView()
        self.scene: SwimlaneScene | None = None
        self._typing: tuple[int, int] | None = None
        self._sized = False

        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.setSpacing(6)
        lbox.addWidget(self.table, 1)
        lbox.addWidget(self.flow)
        lbox.addWidget(self.problem_bar)
        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.setSpacing(4)
        rbox.addWidget(self.caption)
        rbox.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 11)
        self.splitter.setStretchFactor(1, 9)
        self.splitter.setChildrenCollapsible(False)
        box = QHBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        box.addWidget(self.splitter)

        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(
            lambda: self.table.verticalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents))
        header.sectionResized.connect(lambda *_: self._fit_rows.start())

        doc.changed.connect(self._changed)
        doc.previewed.connect(self._previewed)
        self.delegate.typing.connect(self._typed)
        self.delegate.editor_closed.connect(self._editor_closed)
        self.table.selectionModel().currentChanged.connect(lambda cur, _prev: self._current_changed(cur.row()))
        self.table.viewport().installEventFilter(self)
        self.view.installEventFilter(self)
        self._rebuild_preview()
        self._show_problems()

    # -- the document changed, or is being typed in
    def _changed(self) -> None:
        row, column = self.current_row(), max(0, self.table.currentIndex().column())
        self.model.refresh()
        n = len(self.doc.sop.steps)
        if n and (row < 0 or row >= n or not self.table.currentIndex().isValid()):
            self.select(min(max(row, 0), n - 1), column)
        self.flow.show_row(self.current_row())
        self._rebuild_preview()
        self._show_problems()

    def _previewed(self) -> None:
        self.model.repaint_marks(self.delegate.open_index)
        self._rebuild_preview()
        self._show_problems()

    def _typed(self, row: int, column: int, text: str) -> None:
        self._typing = (row, column)
        self.doc.preview(self.model.candidate(row, column, text))

    def _editor_closed(self) -> None:
        self._typing = None
        if self.doc.shown is not self.doc.sop:   # the cell was left without a change: back to what is kept
            self.doc.preview(self.doc.sop)
        self._show_bubble()

    def _current_changed(self, row: int) -> None:
        self.flow.show_row(row)
        if self.scene is not None and 0 <= row < len(self.doc.shown.steps):
            self.scene.select_step(row + 1, notify=False)
            self.view.show_step(row + 1)
        self._caption()
        self._show_bubble()

    # -- the swimlane
    def _rebuild_preview(self) -> None:
        sop = self.doc.shown
        bar_v, bar_h = self.view.verticalScrollBar().value(), self.view.horizontalScrollBar().value()
        old = self.scene
        self.scene = SwimlaneScene(sop, parent=self)
        self._tint_problems(self.scene, self.doc.shown_check.errors)
        self.scene.stepSelected.connect(self._chart_clicked)
        self.view.setScene(self.scene)
        if old is not None:
            old.deleteLater()
        else:
            self.view.fit_width(user=False)
        row = self.current_row()
        if 0 <= row < len(sop.steps):
            self.scene.select_step(sop.steps[row].no, notify=False)
        self.view.verticalScrollBar().setValue(bar_v)
        self.view.horizontalScrollBar().setValue(bar_h)
        self._caption()

    def _tint_problems(self, scene: SwimlaneScene, problems: tuple[Problem, ...]) -> None:
        layout = scene.layout
        pen = QPen(PROBLEM_LINE, 1.4)
        pen.setCosmetic(True)
        for p in problems:
            if p.step is None:
                continue
            rects = []
            if p.field in ("lane", "kind"):
                rects = [s.rect for s in layout.symbols if s.step_no == p.step]
            elif p.field in FIELD_ROLE:
                rects = [c.rect for c in layout.cells if c.step_no == p.step and c.role == FIELD_ROLE[p.field]]
            for r in rects:
                item = QGraphicsRectItem(QRectF(r.x + 1, r.y + 1, r.w - 2, r.h - 2))
                item.setBrush(QBrush(PROBLEM_FILL))
                item.setPen(pen)
                item.setZValue(7)
                scene.addItem(item)

    def _chart_clicked(self, no: int) -> None:
        if 1 <= no <= len(self.doc.sop.steps):
            self.select(no - 1, max(ACTIVITY, self.table.currentIndex().column()))

    def _caption(self) -> None:
        row = self.current_row()
        text = "<b>" + self.tr("Pratinjau alur") + "</b> — " + self.tr("mengikuti setiap ketikan")
        if row >= 0:
            text += "; " + self.tr("langkah {no} dipilih").format(no=row + 1)
        self.caption.setText(text)

    # -- problems
    def _show_problems(self) -> None:
        check = self.doc.shown_check
        errors = [p for p in check.errors if p.step is not None or p.field == "steps"]
        if not errors:
            self.problem_bar.hide()
        else:
            first = errors[0]
            where = self.tr("Langkah {no}").format(no=first.step) if first.step is not None else self.tr("Langkah")
            column = self._field_title(first.field)
            if column:
                where += ", " + column
            text = self.tr("{count} — {where}: {message} Simpan aktif lagi setelah masalah diperbaiki.").format(
                count=self.tr("%n masalah", "", len(errors)), where=where, message=problem_message(first))
            self.problem_bar.setText("⚠ " + text)
            self.problem_bar.show()
        self._show_bubble()

    def _field_title(self, field: str | None) -> str:
        columns = {key: i for i, (key, _f, _t) in enumerate(COLUMNS)}
        if field in columns:
            return column_title(columns[field])
        return {"next": self.tr("Lanjut ke"), "if_yes": self.tr("Jika ya"),
                "if_no": self.tr("Jika tidak")}.get(field or "", "")

    def _show_bubble(self) -> None:
        """The problem of the cell being typed in, else of the current cell, under it."""
        index = self.table.currentIndex()
        where = self._typing or ((index.row(), index.column()) if index.isValid() else None)
        mark = self.model.marks.get(where) if where else None
        if where is None or mark is None:
            self.bubble.hide()
            return
        rect = self.table.visualRect(self.model.index(*where))
        self.bubble.show_at(problem_message(mark), QRectF(rect), mark.is_warning)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:   # the table gets the larger part, as in the mockup; the user may drag it after
            self._sized = True
            width = max(600, self.splitter.width())
            share = 0.55 if width >= 1200 else 0.6   # a narrow window: the columns need the room more than the preview
            self.splitter.setSizes([int(width * share), width - int(width * share)])

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            if obj is self.table.viewport():
                self._fit_columns()
                self._show_bubble()
            elif obj is self.view:
                QTimer.singleShot(0, lambda: self.view.fit_width(user=True))   # the whole sheet's width
        return False

    def _fit_columns(self) -> None:
        """The whole row in view, as on the sheet: No., Jenis and Waktu fixed, the text columns sharing
        the rest by weight, none narrower than it can be read."""
        free = self.table.viewport().width() - sum(FIXED_WIDTHS.values())
        weight = sum(w for w, _least in SHARED_WIDTHS.values())
        for c, w in FIXED_WIDTHS.items():
            self.table.setColumnWidth(c, w)
        for c, (w, least) in SHARED_WIDTHS.items():
            self.table.setColumnWidth(c, max(least, free * w // weight))

    # -- selection and the step buttons
    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int, column: int = ACTIVITY) -> None:
        index = self.model.index(row, column)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def edit_cell(self, row: int, column: int) -> QWidget | None:
        """Open the cell's editor (as a double-click does); returns it."""
        self.select(row, column)
        self.table.edit(self.model.index(row, column))
        return self.delegate.open_editor

    def commit_open(self) -> None:
        self.delegate.commit_open()

    def focus_problem(self, problem: Problem) -> None:
        if problem.step is None:
            return
        column = {"lane": LANE, "kind": KIND, "time": TIME}.get(problem.field or "", ACTIVITY)
        if problem.field in ("requirements", "output", "note"):
            column = [k for k, _f, _t in COLUMNS].index(problem.field or "")
        self.select(problem.step - 1, column)
        self.table.setFocus()
