"""An editable table of text rows: its model, cell editor, column widths, empty-table hint, toolbar
(Tambah / Hapus / Naik / Turun), problem line and the sum bar under a column.

A RowsModel subclass names the columns, formats them and says what is wrong with a cell (the PK's
sasaran and program tables, paperwork/pk_tables.py). Problems are shown where `set_marks` put them.
All text is plain text: "<b>&", emoji or 5,000 characters are kept as typed.

Every change the user makes — a cell, a new, removed or moved row, rows replaced — is a command on
a QUndoStack: the editor's own (Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z while it has the focus) or one it
shares with the form around it (`undo_stack=`, the form then owns the keys). Ctrl+Z typed in an
open cell commits what is typed and undoes it with the rest, so there is one history.

Keys in the table: Tab and Shift+Tab go from cell to cell along the rows. At the last cell of the
last row Tab adds a row (as in a Word table) and goes on typing in it, unless that row is still
empty: then Tab leaves the table, as Shift+Tab does at the first cell; it never wraps around to row
1. Enter keeps what is typed and moves down one row. The problem line sits in the title row, so a
problem shown or gone never moves the table or its buttons.
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
from PySide6.QtGui import (
    QAction,
    QColor,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
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
    edited = Signal()      # a change made by the user (a cell, a new, removed or moved row), or undone / redone
    changing = Signal()    # an undo or redo is about to change the rows: an open cell editor must go
    shown_at = Signal(int, int)   # an undo or redo changed (row, column): the editor shows it

    def __init__(self, rows: list[dict] | None = None, parent=None):
        super().__init__(parent)
        self.rows: list[dict[str, str]] = [self._blank() | r for r in (rows or [])]
        self.marks: dict[tuple[int, int], str] = {}
        self.undo_stack: QUndoStack | None = None   # where the edits go (None: done at once, no undo)
        self.partial_commit = False   # the cell editor is committing what is typed and stays open

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
        before = self.rows[index.row()][self.key(index.column())]
        if before == text:
            return True
        self._do(_SetCell(self, index.row(), index.column(), before, text, self.partial_commit))
        return True

    def clean(self, column: int, text: str) -> str:
        """What is kept of typed text: line breaks become spaces, the ends are trimmed."""
        return text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").strip()

    def after_change(self, row: int) -> None:
        """Other cells whose look depends on this row (e.g. the next row's repeated sasaran)."""

    # -- user operations: each one step on the undo stack (if there is one)
    def set_rows(self, rows: list[dict[str, str]]) -> None:
        """Show other rows (loading, not an edit: no undo step, no `edited`)."""
        self.beginResetModel()
        self.rows = [self._blank() | r for r in rows]
        self.marks = {}
        self.endResetModel()

    def replace_rows(self, rows: list[dict[str, str]]) -> None:
        """Put other rows in place of all of them, as one edit (e.g. copied from last year's PK)."""
        self._do(_ReplaceRows(self, [dict(r) for r in self.rows], [self._blank() | r for r in rows]))

    def insert_row(self, at: int | None = None, values: dict[str, str] | None = None) -> int:
        at = len(self.rows) if at is None else max(0, min(at, len(self.rows)))
        self._do(_InsertRow(self, at, self._blank() | (values or {})))
        return at

    def remove_rows(self, rows: list[int]) -> None:
        gone = sorted(r for r in set(rows) if 0 <= r < len(self.rows))
        if gone:
            self._do(_RemoveRows(self, [(r, dict(self.rows[r])) for r in gone]))

    def move_row(self, row: int, delta: int) -> int:
        """Move a row up (-1) or down (+1); returns where it is now."""
        target = row + delta
        if not (0 <= row < len(self.rows) and 0 <= target < len(self.rows)) or delta == 0:
            return row
        self._do(_MoveRow(self, row, target))
        return target

    def _do(self, command: QUndoCommand) -> None:
        if self.undo_stack is None:
            command.redo()
        else:
            self.undo_stack.push(command)

    # -- the changes themselves (the commands' redo and undo)
    def _put(self, row: int, column: int, text: str) -> None:
        self.rows[row][self.key(column)] = text
        self.marks.pop((row, column), None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.after_change(row)
        self.edited.emit()

    def _insert(self, at: int, values: dict[str, str]) -> None:
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, dict(values))
        self.marks = {}
        self.endInsertRows()
        self._refresh_all()
        self.edited.emit()

    def _remove(self, rows: list[int]) -> None:
        for r in sorted(set(rows), reverse=True):
            if 0 <= r < len(self.rows):
                self.beginRemoveRows(QModelIndex(), r, r)
                del self.rows[r]
                self.endRemoveRows()
        self.marks = {}
        self._refresh_all()
        self.edited.emit()

    def _move(self, row: int, target: int) -> None:
        # beginMoveRows wants the destination *before which* the row goes.
        dest = target + 1 if target > row else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self.rows.insert(target, self.rows.pop(row))
        self.endMoveRows()
        self.marks = {}
        self._refresh_all()
        self.edited.emit()

    def _reset(self, rows: list[dict[str, str]]) -> None:
        self.set_rows([dict(r) for r in rows])
        self.edited.emit()

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


class _RowsCommand(QUndoCommand):
    """One change of a RowsModel. Its first redo is the user's own change; a later redo or an undo
    first closes an open cell editor (`changing`) and then shows the changed cell (`shown_at`)."""

    def __init__(self, model: RowsModel, text: str):
        super().__init__(text)
        self.model = model
        self._done_once = False

    def redo(self) -> None:
        again = self._done_once
        if again:
            self.model.changing.emit()
        self.apply()
        self._done_once = True
        if again:
            self._show(self.after_cell())

    def undo(self) -> None:
        self.model.changing.emit()
        self.revert()
        self._show(self.before_cell())

    def _show(self, cell: tuple[int, int]) -> None:
        row, column = cell
        if self.model.rowCount():
            self.model.shown_at.emit(max(0, min(row, self.model.rowCount() - 1)), column)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def after_cell(self) -> tuple[int, int]:
        return 0, 0

    def before_cell(self) -> tuple[int, int]:
        return self.after_cell()


class _SetCell(_RowsCommand):
    """A cell typed. A commit of an editor that stays open (saved while typing) merges with the next
    commit of the same cell: typing in one cell is one step."""

    def __init__(self, model: RowsModel, row: int, column: int, before: str, after: str, partial: bool):
        super().__init__(model, translate("RowsEditor", "ubah sel"))
        self.row, self.column, self.before, self.after, self.partial = row, column, before, after, partial

    def id(self) -> int:
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, _SetCell) and self.partial and other.model is self.model
                and (other.row, other.column) == (self.row, self.column)):
            return False
        self.after, self.partial = other.after, other.partial
        if self.after == self.before:   # typed back to what it was: no step at all
            self.setObsolete(True)
        return True

    def apply(self) -> None:
        self.model._put(self.row, self.column, self.after)

    def revert(self) -> None:
        self.model._put(self.row, self.column, self.before)

    def after_cell(self) -> tuple[int, int]:
        return self.row, self.column


class _InsertRow(_RowsCommand):
    def __init__(self, model: RowsModel, at: int, values: dict[str, str]):
        super().__init__(model, translate("RowsEditor", "tambah baris"))
        self.at, self.values = at, values

    def apply(self) -> None:
        self.model._insert(self.at, self.values)

    def revert(self) -> None:
        self.model._remove([self.at])

    def after_cell(self) -> tuple[int, int]:
        return self.at, 0


class _RemoveRows(_RowsCommand):
    def __init__(self, model: RowsModel, rows: list[tuple[int, dict[str, str]]]):
        super().__init__(model, translate("RowsEditor", "hapus baris"))
        self.gone = rows   # (row, values), top to bottom

    def apply(self) -> None:
        self.model._remove([r for r, _ in self.gone])

    def revert(self) -> None:
        for r, values in self.gone:
            self.model._insert(r, values)

    def after_cell(self) -> tuple[int, int]:
        return self.gone[0][0], 0


class _MoveRow(_RowsCommand):
    def __init__(self, model: RowsModel, row: int, target: int):
        super().__init__(model, translate("RowsEditor", "pindahkan baris"))
        self.row, self.target = row, target

    def apply(self) -> None:
        self.model._move(self.row, self.target)

    def revert(self) -> None:
        self.model._move(self.target, self.row)

    def after_cell(self) -> tuple[int, int]:
        return self.target, 0

    def before_cell(self) -> tuple[int, int]:
        return self.row, 0


class _ReplaceRows(_RowsCommand):
    def __init__(self, model: RowsModel, before: list[dict[str, str]], after: list[dict[str, str]]):
        super().__init__(model, translate("RowsEditor", "ganti isi tabel"))
        self.before, self.after = before, after

    def apply(self) -> None:
        self.model._reset(self.after)

    def revert(self) -> None:
        self.model._reset(self.before)


def is_undo_key(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo)


def is_redo_key(event: QKeyEvent) -> bool:
    """Ctrl+Y, Ctrl+Shift+Z or the platform's own redo key."""
    ctrl = Qt.KeyboardModifier.ControlModifier
    mods = event.modifiers() & (ctrl | Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier)
    return event.matches(QKeySequence.StandardKey.Redo) or (event.key() == Qt.Key.Key_Y and mods == ctrl) or (
        event.key() == Qt.Key.Key_Z and mods == ctrl | Qt.KeyboardModifier.ShiftModifier)


def redo_keys() -> list[QKeySequence]:
    """The shortcuts of a redo action (made when the application exists: a standard key needs it)."""
    keys: list[QKeySequence] = []
    for key in (*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y"),
                QKeySequence("Ctrl+Shift+Z")):
        if not key.isEmpty() and key not in keys:   # the same key twice would make the shortcut ambiguous
            keys.append(key)
    return keys


class OneLineLabel(QLabel):
    """A one-line label whose size never follows its text: a long text is cut with "…" (give the whole
    of it as the tooltip), so a message shown, changed or gone moves nothing around it. Hidden, it
    keeps its place (unless `keep_place` is False: then its row must keep the height)."""

    def __init__(self, text: str = "", parent=None, *, keep_place: bool = True):
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(keep_place)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        return QSize(40, self.fontMetrics().height() + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height() + 2)

    def paintEvent(self, event) -> None:
        QFrame.paintEvent(self, event)   # the style sheet's background and border
        painter = QPainter(self)
        rect = self.contentsRect()
        text = QFontMetrics(self.font()).elidedText(" ".join(self.text().split()), Qt.TextElideMode.ElideRight,
                                                    rect.width())
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), text,
                                  self.foregroundRole())
        painter.end()


class CellDelegate(QStyledItemDelegate):
    """Plain line editors; remembers the open one so pending typing can be committed before saving.

    The Sasaran column offers the sasaran already typed (to add another indicator to it), and the
    Anggaran column edits right-aligned. In an open editor Enter keeps the text and moves down
    (`entered`), Ctrl+Z / Ctrl+Y ask the table's undo history (`undo_requested`, `redo_requested`).
    """

    entered = Signal()
    undo_requested = Signal()
    redo_requested = Signal()

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

    def eventFilter(self, obj, event):
        if obj is self.open_editor and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            press = event.type() == QEvent.Type.KeyPress
            for matches, signal in ((is_undo_key, self.undo_requested), (is_redo_key, self.redo_requested)):
                if matches(event):   # one history for the table, not the line editor's own
                    event.accept()
                    if press:
                        signal.emit()
                    return True
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if press and plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.commitData.emit(obj)
                self.closeEditor.emit(obj, QAbstractItemDelegate.EndEditHint.NoHint)
                self.entered.emit()
                return True
        return super().eventFilter(obj, event)

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
            model = self._view.model()
            if isinstance(model, RowsModel):
                model.partial_commit = True
            try:
                self.commitData.emit(editor)
            except RuntimeError:  # the editor was deleted underneath
                self.open_editor = None
            finally:
                if isinstance(model, RowsModel):
                    model.partial_commit = False

    def close_open(self, commit: bool = True) -> None:
        """Close an open cell editor, keeping what is typed in it (`commit`) or not."""
        editor = self.open_editor
        if editor is None:
            return
        try:
            if commit:
                self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        except RuntimeError:  # the editor was deleted underneath
            pass
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


class RowsTable(HintTable):
    """The rows' table view: Tab never wraps around from the last cell to row 1 (see the module's
    docstring); `tab_past_end` asks for a new row after the last one."""

    tab_past_end = Signal()
    rows_at_least = 3   # however short the window: the heading and this many one-line rows show

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        # a one-line row, as CellDelegate.sizeHint or the header makes it
        row = max(self.fontMetrics().height() + 12, self.verticalHeader().defaultSectionSize())
        header = self.horizontalHeader().sizeHint().height()
        return QSize(hint.width(), header + self.rows_at_least * row + 2 * self.frameWidth())

    def _at_end(self) -> bool:
        current, model = self.currentIndex(), self.model()
        return (current.isValid() and current.row() == model.rowCount() - 1
                and current.column() == model.columnCount() - 1)

    def _at_start(self) -> bool:
        current = self.currentIndex()
        return current.isValid() and current.row() == 0 and current.column() == 0

    def _past_end(self) -> None:
        model = self.model()
        if isinstance(model, RowsModel) and not model.is_blank(model.rowCount() - 1):
            self.tab_past_end.emit()
        else:
            self._leave(True)

    def _leave(self, forward: bool) -> None:
        """The focus to the widget before or after the table (QWidget's rule, not the view's cell steps)."""
        QWidget.focusNextPrevChild(self, forward)

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.tabKeyNavigation() and self.state() != QAbstractItemView.State.EditingState:
            if next and self._at_end():
                self._past_end()
                return True
            if not next and self._at_start():
                self._leave(False)
                return True
        return super().focusNextPrevChild(next)

    def closeEditor(self, editor, hint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.EditNextItem and self._at_end():
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._past_end()
            return
        if hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem and self._at_start():
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._leave(False)
            return
        super().closeEditor(editor, hint)


class RowsEditor(QWidget):
    """A titled table with Tambah / Hapus / Naik / Turun (Ins, Del, Ctrl+Up, Ctrl+Down) and its problems.

    Edits go to `undo_stack`: the one given (shared with a form around the table, which then owns
    the Ctrl+Z / Ctrl+Y keys and listens to `undo_requested` / `redo_requested` from an open cell)
    or the editor's own, with its own keys (`undo_action`, `redo_action`).
    """

    about_to_add = Signal()      # a row is being added here: an editor open in another table should close
    cursor_moved = Signal(int, int)   # the current cell moved by keys or by the program (not by a click)
    undo_requested = Signal()    # Ctrl+Z typed in an open cell
    redo_requested = Signal()

    def __init__(self, title: str, model: RowsModel, *, fixed: dict[int, int], weights: dict[int, int],
                 delegate_args: dict | None = None, ask_remove: Callable[[int], bool] | None = None,
                 placeholder: str = "", undo_stack: QUndoStack | None = None, parent=None):
        super().__init__(parent)
        self.model = model
        self._ask_remove = ask_remove
        self.title = QLabel(title)
        self.title.setObjectName("sectionLabel")
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        model.undo_stack = self.undo_stack

        self.view = RowsTable()
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
                                       translate("RowsEditor", "Tambah baris di bawah baris yang dipilih "
                                                               "(Ins; Tab di sel terakhir juga menambah baris)"),
                                       lambda: self.add_row())
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

        for keys, slot in ((QKeySequence(Qt.Key.Key_Insert), lambda: self.add_row()),
                           (QKeySequence(Qt.Key.Key_Delete), self.remove_current),
                           (QKeySequence("Ctrl+Up"), lambda: self.move_current(-1)),
                           (QKeySequence("Ctrl+Down"), lambda: self.move_current(1))):
            sc = QShortcut(keys, self.view)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)

        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        if undo_stack is None:
            self._own_undo_keys()

        # In the title row, between the title and the buttons: a problem shown or gone moves nothing.
        self.problem_label = OneLineLabel()
        self.problem_label.setObjectName("fieldError")
        self.problem_label.setVisible(False)

        head = QHBoxLayout()
        head.setSpacing(6)
        head.addWidget(self.title)
        head.addSpacing(6)
        head.addWidget(self.problem_label, 1)
        head.addLayout(self.extra_buttons)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            head.addWidget(b)
        self.footer = QHBoxLayout()

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
        self.view.selectionModel().currentChanged.connect(self._current_moved)
        self.view.tab_past_end.connect(lambda: self.add_row())
        self.delegate.entered.connect(self._move_down)
        self.delegate.undo_requested.connect(self.undo_requested)
        self.delegate.redo_requested.connect(self.redo_requested)
        model.rowsInserted.connect(lambda *_: self._update_buttons())
        model.rowsRemoved.connect(lambda *_: self._update_buttons())
        model.modelReset.connect(lambda *_: self._update_buttons())
        model.changing.connect(lambda: self.delegate.close_open(commit=False))
        model.shown_at.connect(self.select_cell)
        self._update_buttons()

    def _own_undo_keys(self) -> None:
        """Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) anywhere in this editor, for its own history."""
        self.undo_action = QAction(translate("RowsEditor", "Urungkan"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = QAction(translate("RowsEditor", "Ulangi"), self)
        self.redo_action.setShortcuts(redo_keys())
        for action, slot, signal in ((self.undo_action, self.undo, self.undo_stack.canUndoChanged),
                                     (self.redo_action, self.redo, self.undo_stack.canRedoChanged)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            signal.connect(action.setEnabled)
            self.addAction(action)
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())
        self.undo_requested.connect(self.undo)
        self.redo_requested.connect(self.redo)

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

    def edit_cell(self, row: int, column: int) -> bool:
        """The cursor in a cell with its editor open (True when it opened)."""
        index = self.model.index(row, column)
        if not index.isValid():
            return False
        self.delegate.close_open()
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.edit(index)
        return self.delegate.open_editor is not None

    def select_cell(self, row: int, column: int) -> None:
        index = self.model.index(row, column)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.setFocus()

    def finish_editing(self) -> None:
        """Keep what is typed in an open cell and close its editor."""
        self.delegate.close_open(commit=True)

    def add_row(self, values: dict[str, str] | None = None, edit_column: int = 0) -> int:
        """A new row under the selected one (else at the end), the cursor in its cell `edit_column`."""
        self.about_to_add.emit()
        self.finish_editing()
        current = self.current_row()
        row = self.model.insert_row(current + 1 if current >= 0 else None, values)
        self.edit_cell(row, edit_column)
        return row

    def remove_current(self) -> bool:
        self.finish_editing()
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
        self.finish_editing()
        index = self.view.currentIndex()
        if not index.isValid():
            return -1
        row = self.model.move_row(index.row(), delta)
        self.select_cell(row, index.column())
        return row

    def undo(self) -> None:
        """What is typed in an open cell counts as the last edit: it is kept, then undone with the rest."""
        self.finish_editing()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.finish_editing()
        self.undo_stack.redo()

    def _move_down(self) -> None:
        """Enter in a cell: the cursor one row down, in the same column (the last row keeps it)."""
        index = self.view.currentIndex()
        if index.isValid() and index.row() + 1 < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(index.row() + 1, index.column()))

    def _current_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # A click lands where the user sees it: only a move by keys (Tab, Enter, a new row) may need
        # the page around the table to scroll, and a page that scrolls under the mouse would be a jump.
        if current.isValid() and QApplication.mouseButtons() == Qt.MouseButton.NoButton:
            self.cursor_moved.emit(current.row(), current.column())

    def _update_buttons(self) -> None:
        row, n = self.current_row(), self.model.rowCount()
        self.remove_button.setEnabled(0 <= row < n)
        self.up_button.setEnabled(0 < row < n)
        self.down_button.setEnabled(0 <= row < n - 1)

    def show_problems(self, problems: list[str]) -> None:
        """The first problem in the title row (all of them in its tooltip); the cells are marked too."""
        if not problems:
            self.problem_label.clear()
            self.problem_label.setToolTip("")
            self.problem_label.setVisible(False)
            return
        text = problems[0]
        if len(problems) > 1:
            text += " " + translate("RowsEditor", "(dan {n} masalah lain)").format(n=len(problems) - 1)
        self.problem_label.setText(text)
        self.problem_label.setToolTip(plain_tip("\n".join(problems[:12])))
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
