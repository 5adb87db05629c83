"""An editable table of text rows: its model, cell editor, column widths, empty-table hint, toolbar
(Tambah / Hapus / Naik / Turun), problem line and the sum bar under a column.

A RowsModel subclass names the columns, formats them and says what is wrong with a cell (the PK's
sasaran and program tables, paperwork/pk_tables.py). Problems are shown where `set_marks` put them.
All text is plain text: "<b>&", emoji or 5,000 characters are kept as typed.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .formatting import QT_TRANSLATE_NOOP, shorten
from .widgets import plain_tip

CELL_PADDING = 6             # the application style sheet pads table cells by 6 px left and right
SHOWN_CHARS = 300            # a cell shows this much of a very long text; the editor has all of it
PROBLEM_BACKGROUND = QColor("#fde8e6")
PROBLEM_TEXT = QColor("#9b1c13")

translate = QCoreApplication.translate   # lupdate reads translate("context", "literal") calls


class RowsModel(QAbstractTableModel):
    """Rows of text cells. Subclasses name the columns, format them and say what is wrong with a cell.

    Problems are shown where `set_marks` put them (the editor checks after the user pauses), so a
    row is not marked red while it is still being typed.
    """

    COLUMNS: tuple[tuple[str, str], ...] = ()   # (key, title marked with QT_TRANSLATE_NOOP(CONTEXT, …))
    CONTEXT = "RowsModel"                         # the translation context of COLUMNS and ROW_WORD
    ROW_WORD = QT_TRANSLATE_NOOP("RowsModel", "Baris")
    edited = Signal()   # a change made by the user: a cell, a new, removed or moved row

    def __init__(self, rows: list[dict] | None = None, parent=None):
        super().__init__(parent)
        self.rows: list[dict[str, str]] = [self._blank() | r for r in (rows or [])]
        self.marks: dict[tuple[int, int], str] = {}

    # -- structure
    def _blank(self) -> dict[str, str]:
        return {key: "" for key, _ in self.COLUMNS}

    def key(self, column: int) -> str:
        return self.COLUMNS[column][0]

    def column_of(self, key: str) -> int:
        return [k for k, _ in self.COLUMNS].index(key)

    def header(self, column: int) -> str:
        return translate(self.CONTEXT, self.COLUMNS[column][1])

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.header(section) if 0 <= section < len(self.COLUMNS) else None
            return str(section + 1)
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal:
            return int(self.alignment(section) | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignLeft

    def display(self, row: int, column: int) -> str:
        return shorten(self.rows[row][self.key(column)], SHOWN_CHARS)

    def note(self, row: int, column: int) -> str | None:
        """An explanation for a cell that has no problem (tooltip)."""
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, c = index.row(), index.column()
        value = self.rows[r][self.key(c)]
        mark = self.marks.get((r, c))
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(r, c)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            if mark:
                return plain_tip(mark)
            extra = self.note(r, c)
            if extra:
                return plain_tip(extra)
            return plain_tip(value) if len(value) > 40 else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return PROBLEM_BACKGROUND if mark else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return PROBLEM_TEXT if mark else self.foreground(r, c)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.alignment(c) | Qt.AlignmentFlag.AlignVCenter)
        return None

    def foreground(self, row: int, column: int) -> QColor | None:
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = "" if value is None else str(value)
        text = self.clean(index.column(), text)
        key = self.key(index.column())
        if self.rows[index.row()][key] == text:
            return True
        self.rows[index.row()][key] = text
        self.marks.pop((index.row(), index.column()), None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        self.after_change(index.row())
        self.edited.emit()
        return True

    def clean(self, column: int, text: str) -> str:
        """What is kept of typed text: line breaks become spaces, the ends are trimmed."""
        return text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").strip()

    def after_change(self, row: int) -> None:
        """Other cells whose look depends on this row (e.g. the next row's repeated sasaran)."""

    # -- user operations
    def set_rows(self, rows: list[dict[str, str]]) -> None:
        self.beginResetModel()
        self.rows = [self._blank() | r for r in rows]
        self.marks = {}
        self.endResetModel()

    def insert_row(self, at: int | None = None, values: dict[str, str] | None = None) -> int:
        at = len(self.rows) if at is None else max(0, min(at, len(self.rows)))
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, self._blank() | (values or {}))
        self.marks = {}
        self.endInsertRows()
        self._refresh_all()
        self.edited.emit()
        return at

    def remove_rows(self, rows: list[int]) -> None:
        for r in sorted(set(rows), reverse=True):
            if 0 <= r < len(self.rows):
                self.beginRemoveRows(QModelIndex(), r, r)
                del self.rows[r]
                self.endRemoveRows()
        self.marks = {}
        self._refresh_all()
        self.edited.emit()

    def move_row(self, row: int, delta: int) -> int:
        """Move a row up (-1) or down (+1); returns where it is now."""
        target = row + delta
        if not (0 <= row < len(self.rows) and 0 <= target < len(self.rows)) or delta == 0:
            return row
        # beginMoveRows wants the destination *before which* the row goes.
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self.rows.insert(target, self.rows.pop(row))
        self.endMoveRows()
        self.marks = {}
        self._refresh_all()
        self.edited.emit()
        return target

    def _refresh_all(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    def set_marks(self, marks: dict[tuple[int, int], str]) -> None:
        if marks == self.marks:
            return
        self.marks = dict(marks)
        self._refresh_all()

    def is_blank(self, row: int) -> bool:
        return not any(v.strip() for v in self.rows[row].values())

    def has_content(self) -> bool:
        return any(not self.is_blank(r) for r in range(len(self.rows)))

    # -- checking
    def cell_problem(self, row: int, column: int) -> str | None:
        return None

    def problems(self) -> list[tuple[int, int, str]]:
        """(row, column, message) for every cell that stops the PK from being saved; blank rows are skipped."""
        out = []
        for r in range(len(self.rows)):
            if self.is_blank(r):
                continue
            for c in range(len(self.COLUMNS)):
                msg = self.cell_problem(r, c)
                if msg:
                    out.append((r, c, msg))
        return out

    def row_label(self, row: int) -> str:
        what = translate(self.CONTEXT, str(self.ROW_WORD))
        return translate("RowsModel", "{what} baris {n}").format(what=what, n=row + 1)


class CellDelegate(QStyledItemDelegate):
    """Plain line editors; remembers the open one so pending typing can be committed before saving.

    The Sasaran column offers the sasaran already typed (to add another indicator to it), and the
    Anggaran column edits right-aligned.
    """

    def __init__(self, view: QTableView, completions: Callable[[], list[str]] | None = None,
                 completion_column: int = -1, right_column: int = -1, right_placeholder: str = ""):
        super().__init__(view)
        self._view = view
        self.open_editor: QWidget | None = None
        self._completions = completions
        self._completion_column = completion_column
        self._right_column = right_column
        self._right_placeholder = right_placeholder

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if index.column() == self._right_column:
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            editor.setPlaceholderText(self._right_placeholder)
        if index.column() == self._completion_column and self._completions:
            completer = QCompleter(QStringListModel([shorten(g, 200) for g in self._completions()], editor), editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
        self.open_editor = editor
        editor.destroyed.connect(self._forget)
        return editor

    def sizeHint(self, option, index):
        # The style sheet's cell padding is not counted by Qt when it wraps text for the row height:
        # measure the wrapped text in the width that is really painted, so nothing gets elided.
        size = super().sizeHint(option, index)
        view = self._view
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        width = view.columnWidth(index.column()) - CELL_PADDING * 2 - 4
        if not text or width <= 20:
            return size
        rect = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(size.width(), max(size.height(), rect.height() + 12))

    def _forget(self, *_):
        self.open_editor = None

    def destroyEditor(self, editor, index):
        if editor is self.open_editor:
            self.open_editor = None
        super().destroyEditor(editor, index)

    def commit_open(self) -> None:
        """Write what is being typed in an open cell into the model (the editor stays open)."""
        editor = self.open_editor
        if editor is not None:
            try:
                self.commitData.emit(editor)
            except RuntimeError:  # the editor was deleted underneath
                self.open_editor = None


class ColumnWidths(QObject):
    """Fixed widths for short columns; the rest of the view's width shared by weight."""

    def __init__(self, view: QTableView, fixed: dict[int, int], weights: dict[int, int]):
        super().__init__(view)
        self.view, self.fixed, self.weights = view, fixed, weights
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        width = self.view.viewport().width()
        free = max(0, width - sum(self.fixed.values()))
        total = sum(self.weights.values()) or 1
        used = 0
        columns = sorted(self.weights)
        for c, w in self.fixed.items():
            self.view.setColumnWidth(c, w)
        for i, c in enumerate(columns):
            share = free - used if i == len(columns) - 1 else free * self.weights[c] // total
            self.view.setColumnWidth(c, max(80, share))
            used += share


class HintTable(QTableView):
    """A table view that says what to do while it has no rows."""

    placeholder = ""

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.placeholder and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(16, 16, -16, -16),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.placeholder)
            painter.end()


class RowsEditor(QWidget):
    """A titled table with Tambah / Hapus / Naik / Turun (Ins, Del, Ctrl+Up, Ctrl+Down) and its problems."""

    def __init__(self, title: str, model: RowsModel, *, fixed: dict[int, int], weights: dict[int, int],
                 delegate_args: dict | None = None, ask_remove: Callable[[int], bool] | None = None,
                 placeholder: str = "", parent=None):
        super().__init__(parent)
        self.model = model
        self._ask_remove = ask_remove
        self.title = QLabel(title)
        self.title.setObjectName("sectionLabel")

        self.view = HintTable()
        self.view.placeholder = placeholder
        self.view.setModel(model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setWordWrap(True)
        self.view.setTabKeyNavigation(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.verticalHeader().setMinimumWidth(28)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMinimumHeight(115)
        self.delegate = CellDelegate(self.view, **(delegate_args or {}))
        self.view.setItemDelegate(self.delegate)
        self.widths = ColumnWidths(self.view, fixed, weights)
        # Word-wrapped rows must grow again when a column gets narrower.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(
            lambda: self.view.verticalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents))
        self.view.horizontalHeader().sectionResized.connect(lambda *_: self._fit_timer.start())

        self.add_button = self._button(translate("RowsEditor", "Tambah baris"),
                                       translate("RowsEditor", "Tambah baris di bawah baris yang dipilih (Ins)"),
                                       self.add_row)
        self.remove_button = self._button(translate("RowsEditor", "Hapus"),
                                          translate("RowsEditor", "Hapus baris yang dipilih (Del)"),
                                          self.remove_current)
        self.up_button = self._button(translate("RowsEditor", "Naik"),
                                      translate("RowsEditor", "Pindahkan baris ke atas (Ctrl+Atas)"),
                                      lambda: self.move_current(-1))
        self.down_button = self._button(translate("RowsEditor", "Turun"),
                                        translate("RowsEditor", "Pindahkan baris ke bawah (Ctrl+Bawah)"),
                                        lambda: self.move_current(1))
        self.extra_buttons = QHBoxLayout()
        self.extra_buttons.setSpacing(6)

        for keys, slot in ((QKeySequence(Qt.Key.Key_Insert), self.add_row),
                           (QKeySequence(Qt.Key.Key_Delete), self.remove_current),
                           (QKeySequence("Ctrl+Up"), lambda: self.move_current(-1)),
                           (QKeySequence("Ctrl+Down"), lambda: self.move_current(1))):
            sc = QShortcut(keys, self.view)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("fieldError")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(False)

        head = QHBoxLayout()
        head.setSpacing(6)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addLayout(self.extra_buttons)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            head.addWidget(b)
        self.footer = QHBoxLayout()
        self.footer.addWidget(self.problem_label, 1)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(5)
        box.addLayout(head)
        box.addWidget(self.view, 1)
        self.under_view = QVBoxLayout()
        self.under_view.setContentsMargins(0, 0, 0, 0)
        self.under_view.setSpacing(0)
        box.addLayout(self.under_view)
        box.addLayout(self.footer)
        box.setSpacing(5)

        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        model.rowsInserted.connect(lambda *_: self._update_buttons())
        model.rowsRemoved.connect(lambda *_: self._update_buttons())
        model.modelReset.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(tip)
        b.setAutoDefault(False)
        b.clicked.connect(slot)
        return b

    def add_extra_button(self, button: QPushButton) -> None:
        self.extra_buttons.addWidget(button)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def edit_cell(self, row: int, column: int) -> None:
        index = self.model.index(row, column)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()
        self.view.edit(index)

    def select_cell(self, row: int, column: int) -> None:
        index = self.model.index(row, column)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.setFocus()

    def add_row(self, values: dict[str, str] | None = None, edit_column: int = 0) -> int:
        self.delegate.commit_open()
        current = self.current_row()
        row = self.model.insert_row(current + 1 if current >= 0 else None, values if isinstance(values, dict) else None)
        self.edit_cell(row, edit_column)
        return row

    def remove_current(self) -> bool:
        row = self.current_row()
        if row < 0:
            return False
        if not self.model.is_blank(row) and self._ask_remove and not self._ask_remove(row):
            return False
        column = max(0, self.view.currentIndex().column())
        self.model.remove_rows([row])
        if self.model.rowCount():
            self.select_cell(min(row, self.model.rowCount() - 1), column)
        return True

    def move_current(self, delta: int) -> int:
        self.delegate.commit_open()
        index = self.view.currentIndex()
        if not index.isValid():
            return -1
        row = self.model.move_row(index.row(), delta)
        self.select_cell(row, index.column())
        return row

    def _update_buttons(self) -> None:
        row, n = self.current_row(), self.model.rowCount()
        self.remove_button.setEnabled(0 <= row < n)
        self.up_button.setEnabled(0 < row < n)
        self.down_button.setEnabled(0 <= row < n - 1)

    def show_problems(self, problems: list[str]) -> None:
        if not problems:
            self.problem_label.clear()
            self.problem_label.setVisible(False)
            return
        text = "\n".join(problems[:3])
        if len(problems) > 3:
            more = translate("RowsEditor", "… dan {n} masalah lain (lihat daftar di bawah).")
            text += "\n" + more.format(n=len(problems) - 3)
        self.problem_label.setText(text)
        self.problem_label.setVisible(True)


class TotalBar(QFrame):
    """The JUMLAH row under the programs table, its amount right under the Anggaran column."""

    def __init__(self, view: QTableView, column: int, parent=None):
        super().__init__(parent)
        self.view, self.column = view, column
        self.setObjectName("totalBar")
        self.setStyleSheet("#totalBar { background: #f1f3f6; border: 1px solid #dde1e6; border-top: none; }")
        self.caption = QLabel(self)
        self.caption.setObjectName("sectionLabel")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount = QLabel(self)
        self.amount.setObjectName("totalAmount")
        self.amount.setTextFormat(Qt.TextFormat.PlainText)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.amount.font()
        font.setBold(True)
        self.amount.setFont(font)
        self.note = QLabel(self)
        self.note.setObjectName("fieldError")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setFixedHeight(max(30, self.fontMetrics().height() + 14))
        header = view.horizontalHeader()
        header.sectionResized.connect(lambda *_: self.relayout())
        header.geometriesChanged.connect(self.relayout)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    def relayout(self) -> None:
        header = self.view.horizontalHeader()
        # x of the view's viewport in this bar's coordinates (both sit in the same layout).
        origin = self.view.mapTo(self.window(), self.view.viewport().geometry().topLeft()).x() \
            - self.mapTo(self.window(), self.rect().topLeft()).x()
        left = origin + header.sectionViewportPosition(self.column)
        right = left + header.sectionSize(self.column)
        h = self.height()
        pad = 7
        self.amount.setGeometry(left, 0, max(0, right - left - pad), h)
        self.caption.setGeometry(pad, 0, max(0, left - 2 * pad), h)
        self.note.setGeometry(right + pad, 0, max(0, self.width() - right - 2 * pad), h)
