"""The Perjanjian Kinerja of a case, edited in place and saved as it is typed.

Year, place and date; pihak pertama and pihak kedua picked from the officials
list (and editable, e.g. for a Bupati who is not in it); the lampiran's two
tables — sasaran → indikator → target + satuan, and program → anggaran — as
editable table views over small models.

Saving: 800 ms after the last edit, when the focus leaves the editor, and when it
is hidden or closed, the content goes to `paperwork.save_pk`. A PK with
mistakes (an empty sasaran, an anggaran that is not a number, a NIP of 17
digits…) is never saved over the last good one: the cell or field is marked,
the reason is shown beside it and in the problem list, and the status says
"Belum tersimpan: …" until it is fixed; then "Tersimpan 09.15".

All text is plain text: "<b>&", emoji or 5,000 characters are kept as typed.
"""
from __future__ import annotations

import html
import logging
from datetime import date
from typing import Callable

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QDate, QEvent, QModelIndex,
                            QObject, QRect, QSize, QStringListModel, Qt, QTimer, Signal)
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QCompleter, QDateEdit, QFormLayout, QFrame,
                               QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QScrollArea, QSizePolicy, QSpinBox, QStyledItemDelegate,
                               QTableView, QToolButton, QVBoxLayout, QWidget)

from ...app import paperwork
from ...domain.errors import UserError
from ...domain.indonesian import PANGKAT, format_nip, format_number, format_rupiah, nip_problem, normalize_nip, \
    parse_rupiah
from ...domain.office import Official
from ...domain.pk import MAX_BUDGET, MAX_YEAR, MIN_YEAR, Party, PkContent, PkError, Program, Target
from ..kit import messages
from ..kit.formatting import clock_time

log = logging.getLogger(__name__)

AUTOSAVE_MS = 800
CELL_PADDING = 6             # the application style sheet pads table cells by 6 px left and right
SHOWN_CHARS = 300            # a cell shows this much of a very long text; the editor has all of it
NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "belum ditanggali"
PROBLEM_BACKGROUND = QColor("#fde8e6")
PROBLEM_TEXT = QColor("#9b1c13")
REPEAT_TEXT = QColor("#8a93a0")


translate = QCoreApplication.translate   # lupdate reads translate("context", "literal") calls


def _t(text: str) -> str:
    """For texts marked with QT_TRANSLATE_NOOP and kept in a variable."""
    return QCoreApplication.translate("PkEditor", text)


def _tip(text: str) -> str:
    """A tooltip that shows user text as plain text (Qt would read "<b>" in it as markup)."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def _short(text: str, limit: int = SHOWN_CHARS) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def _goal_key(text: str) -> str:
    return " ".join(text.split()).casefold()


# -- the two tables ----------------------------------------------------------------

class RowsModel(QAbstractTableModel):
    """Rows of text cells. Subclasses name the columns, format them and say what is wrong with a cell.

    Problems are shown where `set_marks` put them (the editor checks after the user pauses), so a
    row is not marked red while it is still being typed.
    """

    COLUMNS: tuple[tuple[str, str], ...] = ()
    ROW_WORD = QT_TRANSLATE_NOOP("PkEditor", "Baris")
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
        return _t(self.COLUMNS[column][1])

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
        return _short(self.rows[row][self.key(column)])

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
                return _tip(mark)
            extra = self.note(r, c)
            if extra:
                return _tip(extra)
            return _tip(value) if len(value) > 40 else None
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
        return translate("PkEditor", "{what} baris {n}").format(what=_t(self.ROW_WORD), n=row + 1)


class TargetsModel(RowsModel):
    """Sasaran Strategis | Indikator Kinerja | Target | Satuan: one row per indicator."""

    COLUMNS = (("goal", QT_TRANSLATE_NOOP("PkEditor", "Sasaran Strategis")),
               ("indicator", QT_TRANSLATE_NOOP("PkEditor", "Indikator Kinerja")),
               ("target", QT_TRANSLATE_NOOP("PkEditor", "Target")), ("unit", QT_TRANSLATE_NOOP("PkEditor", "Satuan")))
    ROW_WORD = QT_TRANSLATE_NOOP("PkEditor", "Sasaran")

    @staticmethod
    def from_targets(targets: list[Target]) -> list[dict[str, str]]:
        return [{"goal": t.goal, "indicator": t.indicator, "target": t.target, "unit": t.unit} for t in targets]

    def targets(self) -> list[Target]:
        return [Target(r["goal"].strip(), r["indicator"].strip(), r["target"].strip(), r["unit"].strip())
                for i, r in enumerate(self.rows) if not self.is_blank(i)]

    def _repeats(self, row: int) -> bool:
        """The same sasaran as the row above: one numbered sasaran in the lampiran."""
        goal = self.rows[row]["goal"]
        return row > 0 and bool(goal.strip()) and _goal_key(goal) == _goal_key(self.rows[row - 1]["goal"])

    def foreground(self, row: int, column: int) -> QColor | None:
        return REPEAT_TEXT if column == 0 and self._repeats(row) else None

    def note(self, row: int, column: int) -> str | None:
        if column == 0 and self._repeats(row):
            return translate("PkEditor",
                             "Sasaran yang sama dengan baris di atas: di lampiran keduanya menjadi satu sasaran "
                      "dengan beberapa indikator.")
        return None

    def after_change(self, row: int) -> None:
        if row + 1 < len(self.rows):
            self.dataChanged.emit(self.index(row + 1, 0), self.index(row + 1, 0))

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignHCenter if self.key(column) in ("target", "unit") else Qt.AlignmentFlag.AlignLeft

    def cell_problem(self, row: int, column: int) -> str | None:
        key, value = self.key(column), self.rows[row][self.key(column)].strip()
        if value:
            return None
        if key == "goal":
            return translate("PkEditor", "Sasaran Strategis belum diisi.")
        if key == "indicator":
            return translate("PkEditor", "Indikator Kinerja belum diisi.")
        if key == "target":
            return translate("PkEditor", "Target belum diisi, mis. 82 atau BB.")
        return None

    def goals(self) -> list[str]:
        seen, out = set(), []
        for r in self.rows:
            k = _goal_key(r["goal"])
            if k and k not in seen:
                seen.add(k)
                out.append(r["goal"].strip())
        return out


class ProgramsModel(RowsModel):
    """Program | Anggaran (Rp) | Keterangan; the anggaran typed as "1.250.000.000" or "1250000000"."""

    COLUMNS = (("name", QT_TRANSLATE_NOOP("PkEditor", "Program")),
               ("budget", QT_TRANSLATE_NOOP("PkEditor", "Anggaran (Rp)")),
               ("note", QT_TRANSLATE_NOOP("PkEditor", "Keterangan")))
    ROW_WORD = QT_TRANSLATE_NOOP("PkEditor", "Program")
    BUDGET = 1

    @staticmethod
    def from_programs(programs: list[Program]) -> list[dict[str, str]]:
        return [{"name": p.name, "budget": format_number(p.budget), "note": p.note} for p in programs]

    def budget(self, row: int) -> int | None:
        """The row's anggaran in whole rupiah, or None if it cannot be read."""
        try:
            value = parse_rupiah(self.rows[row]["budget"])
        except ValueError:
            return None
        return value if 0 <= value <= MAX_BUDGET else None

    def budget_problem(self, row: int) -> str | None:
        text = self.rows[row]["budget"].strip()
        if not text:
            return translate("PkEditor",
                             "Anggaran belum diisi; tulis mis. 1.250.000.000 (tulis 0 bila tanpa anggaran).")
        try:
            value = parse_rupiah(text)
        except ValueError as e:
            return str(e)
        if value < 0:
            return translate("PkEditor", "Anggaran tidak boleh negatif.")
        if value > MAX_BUDGET:
            return translate("PkEditor", "Anggaran terlalu besar (lebih dari seribu triliun rupiah); periksa angkanya.")
        return None

    def programs(self) -> list[Program]:
        return [Program(r["name"].strip(), self.budget(i) or 0, r["note"].strip())
                for i, r in enumerate(self.rows) if not self.is_blank(i)]

    def total(self) -> tuple[int, int]:
        """(sum of the readable anggaran, how many rows could not be read)."""
        total, unreadable = 0, 0
        for i in range(len(self.rows)):
            if self.is_blank(i):
                continue
            value = self.budget(i)
            if value is None:
                unreadable += 1
            else:
                total += value
        return total, unreadable

    def display(self, row: int, column: int) -> str:
        if column == self.BUDGET:
            value = self.budget(row)
            return format_number(value) if value is not None else _short(self.rows[row]["budget"])
        return super().display(row, column)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == self.BUDGET:
            value = self.budget(index.row())
            return format_number(value) if value is not None else self.rows[index.row()]["budget"]
        return super().data(index, role)

    def clean(self, column: int, text: str) -> str:
        text = super().clean(column, text)
        if column == self.BUDGET:
            try:
                value = parse_rupiah(text)
            except ValueError:
                return text
            if 0 <= value <= MAX_BUDGET:
                return format_number(value)
        return text

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignRight if column == self.BUDGET else Qt.AlignmentFlag.AlignLeft

    def cell_problem(self, row: int, column: int) -> str | None:
        key = self.key(column)
        if key == "name" and not self.rows[row]["name"].strip():
            return translate("PkEditor", "Nama program belum diisi.")
        if key == "budget":
            return self.budget_problem(row)
        return None


class CellDelegate(QStyledItemDelegate):
    """Plain line editors; remembers the open one so pending typing can be committed before saving.

    The Sasaran column offers the sasaran already typed (to add another indicator to it), and the
    Anggaran column edits right-aligned.
    """

    def __init__(self, view: QTableView, completions: Callable[[], list[str]] | None = None,
                 completion_column: int = -1, right_column: int = -1):
        super().__init__(view)
        self.open_editor: QWidget | None = None
        self._completions = completions
        self._completion_column = completion_column
        self._right_column = right_column

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if index.column() == self._right_column:
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            editor.setPlaceholderText(translate("PkEditor", "mis. 1.250.000.000"))
        if index.column() == self._completion_column and self._completions:
            completer = QCompleter(QStringListModel([_short(g, 200) for g in self._completions()], editor), editor)
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
        view = self.parent()
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

        self.add_button = self._button(translate("PkEditor", "Tambah baris"),
                                       translate("PkEditor", "Tambah baris di bawah baris yang dipilih (Ins)"),
                                       self.add_row)
        self.remove_button = self._button(translate("PkEditor", "Hapus"),
                                          translate("PkEditor", "Hapus baris yang dipilih (Del)"), self.remove_current)
        self.up_button = self._button(translate("PkEditor", "Naik"),
                                      translate("PkEditor", "Pindahkan baris ke atas (Ctrl+Atas)"),
                                      lambda: self.move(-1))
        self.down_button = self._button(translate("PkEditor", "Turun"),
                                        translate("PkEditor", "Pindahkan baris ke bawah (Ctrl+Bawah)"),
                                        lambda: self.move(1))
        self.extra_buttons = QHBoxLayout()
        self.extra_buttons.setSpacing(6)

        for keys, slot in ((QKeySequence(Qt.Key.Key_Insert), self.add_row),
                           (QKeySequence(Qt.Key.Key_Delete), self.remove_current),
                           (QKeySequence("Ctrl+Up"), lambda: self.move(-1)),
                           (QKeySequence("Ctrl+Down"), lambda: self.move(1))):
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

    def move(self, delta: int) -> int:
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
            more = translate("PkEditor", "… dan {n} masalah lain (lihat daftar di bawah).")
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


# -- the parties -----------------------------------------------------------------

class PartyBox(QGroupBox):
    """Pihak pertama or kedua: picked from the officials, every field editable for this PK."""

    edited = Signal()

    def __init__(self, title: str, officials: list[Official], parent=None):
        super().__init__(title, parent)
        self.officials = officials
        self.pick = QComboBox()
        self.pick.addItem(translate("PkEditor", "— isi sendiri —"), None)
        for i, o in enumerate(officials):
            label = f"{o.name} — {o.position}" if o.position else o.name
            self.pick.addItem(_short(label, 80), i)
        self.pick.setToolTip(translate(
            "PkEditor", "Pilih dari daftar pejabat (Pengaturan → Pejabat) untuk mengisi nama, jabatan, pangkat "
            "dan NIP; semuanya tetap dapat diubah untuk PK ini."))
        self.pick.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pick.setMinimumContentsLength(20)
        self.pick.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("PkEditor", "Nama lengkap dengan gelar"))
        self.position = QLineEdit()
        self.position.setPlaceholderText(translate("PkEditor", "mis. Camat Somagede"))
        self.rank = QComboBox()
        self.rank.setEditable(True)
        self.rank.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.rank.addItem("")
        for gol, name in PANGKAT:
            self.rank.addItem(f"{name} ({gol})")
        self.rank.lineEdit().setPlaceholderText(translate("PkEditor", "mis. Pembina Tingkat I (IV/b)"))
        self.rank.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rank.setMinimumContentsLength(16)
        self.rank.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.nip = QLineEdit()
        self.nip.setPlaceholderText(translate("PkEditor", "18 angka; kosong untuk Bupati"))
        self.nip.setMaxLength(40)
        self.nip_status = QLabel()
        self.nip_status.setObjectName("fieldError")
        self.nip_status.setTextFormat(Qt.TextFormat.PlainText)
        self.nip_status.setWordWrap(True)
        self.nip_status.setVisible(False)
        self.position_status = QLabel()
        self.position_status.setObjectName("fieldError")
        self.position_status.setTextFormat(Qt.TextFormat.PlainText)
        self.position_status.setVisible(False)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        form.addRow(self._label(translate("PkEditor", "Dari &daftar:"), self.pick), self.pick)
        form.addRow(self._label(translate("PkEditor", "&Nama:"), self.name), self.name)
        form.addRow(self._label(translate("PkEditor", "&Jabatan:"), self.position),
                    self._with_status(self.position, self.position_status))
        form.addRow(self._label(translate("PkEditor", "Pang&kat:"), self.rank), self.rank)
        form.addRow(self._label(translate("PkEditor", "N&IP:"), self.nip), self._with_status(self.nip, self.nip_status))

        self.pick.activated.connect(self._picked)
        for w in (self.name, self.position, self.nip):
            w.textEdited.connect(lambda *_: self.edited.emit())
        self.rank.currentTextChanged.connect(lambda *_: self.edited.emit() if not self._loading else None)
        self._loading = False

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _with_status(self, field: QWidget, status: QLabel) -> QWidget:
        w = QWidget()
        box = QVBoxLayout(w)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(status)
        return w

    def _picked(self, index: int) -> None:
        i = self.pick.itemData(index)
        if i is None:
            return
        o = self.officials[i]
        self.set_party(Party(o.name, o.position, o.rank, o.nip), pick=False)
        self.edited.emit()

    def set_party(self, party: Party, pick: bool = True) -> None:
        self._loading = True
        try:
            self.name.setText(party.name)
            self.position.setText(party.position)
            self.rank.setCurrentText(party.rank)
            self.nip.setText(format_nip(party.nip) if party.nip else "")
            if pick:
                self.pick.setCurrentIndex(self._match(party))
        finally:
            self._loading = False

    def _match(self, party: Party) -> int:
        nip = normalize_nip(party.nip)
        for k in range(1, self.pick.count()):
            o = self.officials[self.pick.itemData(k)]
            if (nip and normalize_nip(o.nip) == nip) or (not nip and party.name and o.name == party.name
                                                         and o.position == party.position):
                return k
        return 0

    def party(self) -> Party:
        return Party(name=self.name.text().strip(), position=self.position.text().strip(),
                     rank=self.rank.currentText().strip(), nip=normalize_nip(self.nip.text()))

    def problems(self) -> list[tuple[QWidget, str]]:
        out = []
        nip_text = self.nip.text()
        nip_msg = nip_problem(nip_text) if normalize_nip(nip_text) else None
        pos_msg = None if self.position.text().strip() else translate("PkEditor", "Jabatan belum diisi.")
        self._mark(self.nip, self.nip_status, nip_msg)
        self._mark(self.position, self.position_status, pos_msg)
        if pos_msg:
            out.append((self.position, f"{self.title()}: {pos_msg}"))
        if nip_msg:
            out.append((self.nip, f"{self.title()}: {nip_msg}"))
        return out

    @staticmethod
    def _mark(field: QLineEdit, status: QLabel, message: str | None) -> None:
        field.setProperty("invalid", bool(message))
        field.style().unpolish(field)
        field.style().polish(field)
        status.setText(message or "")
        status.setVisible(bool(message))


# -- the editor ----------------------------------------------------------------------

class DateField(QWidget):
    """A date that may be left empty ("belum ditanggali"), with a calendar popup and a clear button."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMMM yyyy")
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setMaximumDate(QDate(MAX_YEAR, 12, 31))
        self.edit.setSpecialValueText(translate("PkEditor", "belum ditanggali"))
        self.edit.setDate(NO_DATE)
        self.edit.setMinimumWidth(170)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setToolTip(translate("PkEditor", "Kosongkan tanggal (diisi tangan saat ditandatangani)"))
        self.clear_button.clicked.connect(self.clear)
        self.edit.dateChanged.connect(lambda *_: self._changed())
        self.edit.calendarWidget().installEventFilter(self)
        self.year_hint = 0
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.edit, 1)
        box.addWidget(self.clear_button)
        self._loading = False

    def eventFilter(self, obj, event):
        # An empty date would open the calendar on January 2000: open it on the PK's year instead.
        if event.type() == QEvent.Type.Show and self.value() is None and self.year_hint:
            obj.setCurrentPage(self.year_hint, 1)
        return False

    def _changed(self) -> None:
        self.clear_button.setEnabled(self.value() is not None)
        if not self._loading:
            self.changed.emit()

    def value(self) -> date | None:
        d = self.edit.date()
        return None if d <= NO_DATE else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None, quiet: bool = True) -> None:
        self._loading = quiet
        try:
            self.edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
        finally:
            self._loading = False
        self.clear_button.setEnabled(value is not None)

    def clear(self) -> None:
        self.set_value(None, quiet=False)


class PkEditor(QWidget):
    """The PK of one case, saved automatically. `save_now()` saves at once (True when saved)."""

    saved = Signal()              # the stored PK changed
    statusChanged = Signal(str)   # the status text ("Tersimpan 09.15", "Belum tersimpan: …")

    def __init__(self, office, case_id: int, parent=None):
        super().__init__(parent)
        self.office = office
        self.case_id = case_id
        self.load_problem: str | None = None
        try:
            stored = paperwork.load_pk(office, case_id)
        except PkError as e:
            # e.g. a PK that came with an imported case file: start afresh; it is replaced only on an edit.
            log.warning("stored PK of case %s cannot be read: %s", case_id, e)
            stored, self.load_problem = None, e.problems[0] if e.problems else str(e)
        self.has_stored_pk = stored is not None
        content = stored if stored is not None else paperwork.new_pk(office, case_id)
        self._base = content            # fields the form does not show (unit) come from here
        self._dirty = False
        self._problems: list[tuple[Callable[[], None], str]] = []
        self._saved_at: str | None = None
        self._loading = False
        officials = office.officials(active_only=True)

        # header: title, status, copy button
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(False)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.copy_button = QPushButton(self.tr("Salin dari PK tahun lalu"))
        self.copy_button.setToolTip(self.tr("Ambil sasaran, indikator dan program dari PK terakhir SOP ini; "
                                            "tahun, tanggal dan para pihak tidak berubah."))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_from_last_year)

        # general fields
        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setGroupSeparatorShown(False)
        self.year.setMinimumWidth(90)
        self.place = QLineEdit()
        self.place.setPlaceholderText(office.profile().place or self.tr("mis. Somagede"))
        self.date = DateField()
        general = QGroupBox(self.tr("Perjanjian"))
        gform = QFormLayout(general)
        gform.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        gform.setHorizontalSpacing(10)
        gform.setVerticalSpacing(6)
        gform.addRow(self._label(self.tr("&Tahun:"), self.year), self.year)
        gform.addRow(self._label(self.tr("Tem&pat:"), self.place), self.place)
        gform.addRow(self._label(self.tr("Tangga&l:"), self.date.edit), self.date)
        self.date.edit.setToolTip(self.tr("Kosongkan (tombol ×) bila tanggal ditulis tangan saat penandatanganan."))

        self.first = PartyBox(self.tr("Pihak Pertama"), officials)
        self.second = PartyBox(self.tr("Pihak Kedua (atasan)"), officials)

        # tables
        self.targets_model = TargetsModel(parent=self)
        self.targets = RowsEditor(
            self.tr("Sasaran Strategis, Indikator Kinerja dan Target"), self.targets_model,
            fixed={2: 110, 3: 110}, weights={0: 5, 1: 6},
            delegate_args={"completions": lambda: self.targets_model.goals(), "completion_column": 0},
            ask_remove=lambda row: self._ask_remove(self.targets_model, row),
            placeholder=self.tr("Belum ada sasaran. Tekan “Tambah baris” (atau Ins) dan ketik sasaran, "
                                "indikator, target dan satuannya; atau salin dari PK tahun lalu."))
        self.add_indicator_button = QPushButton(self.tr("Tambah indikator"))
        self.add_indicator_button.setToolTip(self.tr("Tambah indikator lain untuk sasaran yang dipilih"))
        self.add_indicator_button.setAutoDefault(False)
        self.add_indicator_button.clicked.connect(self.add_indicator)
        self.targets.add_extra_button(self.add_indicator_button)

        self.programs_model = ProgramsModel(parent=self)
        self.programs = RowsEditor(
            self.tr("Program dan Anggaran"), self.programs_model,
            fixed={1: 190}, weights={0: 7, 2: 4},
            delegate_args={"right_column": ProgramsModel.BUDGET},
            ask_remove=lambda row: self._ask_remove(self.programs_model, row),
            placeholder=self.tr("Belum ada program. Tekan “Tambah baris” (atau Ins) dan ketik program dan "
                                "anggarannya dari DPA, mis. 1.250.000.000."))
        self.total_bar = TotalBar(self.programs.view, ProgramsModel.BUDGET)
        self.total_bar.caption.setText(self.tr("JUMLAH"))
        self.total_label = self.total_bar.amount
        self.total_note = self.total_bar.note
        self.programs.under_view.addWidget(self.total_bar)

        # problems
        self.problem_title = QLabel(self.tr("Perbaiki dulu agar PK tersimpan:"))
        self.problem_title.setObjectName("sectionLabel")
        self.problem_list = QListWidget()
        self.problem_list.setMaximumHeight(96)
        self.problem_list.setWordWrap(True)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_list.itemClicked.connect(self._go_to_problem)
        self.problem_box = QWidget()
        pbox = QVBoxLayout(self.problem_box)
        pbox.setContentsMargins(0, 0, 0, 0)
        pbox.setSpacing(3)
        pbox.addWidget(self.problem_title)
        pbox.addWidget(self.problem_list)
        self.problem_box.setVisible(False)

        # layout
        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(self.title_label)
        head.addWidget(self.status_label, 1)
        head.addWidget(self.copy_button)
        top = QGridLayout()
        top.setHorizontalSpacing(10)
        top.addWidget(general, 0, 0)
        top.addWidget(self.first, 0, 1)
        top.addWidget(self.second, 0, 2)
        top.setColumnStretch(0, 3)
        top.setColumnStretch(1, 4)
        top.setColumnStretch(2, 4)

        body = QWidget()
        body.setObjectName("pkEditorBody")
        box = QVBoxLayout(body)
        box.setContentsMargins(12, 8, 12, 8)
        box.setSpacing(8)
        box.addLayout(head)
        box.addLayout(top)
        box.addWidget(self.targets, 5)
        box.addWidget(self.programs, 4)
        box.addWidget(self.problem_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        # autosave
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)

        self.set_content(content)
        self.year.valueChanged.connect(lambda *_: self._edited())
        self.place.textEdited.connect(lambda *_: self._edited())
        self.date.changed.connect(self._edited)
        self.first.edited.connect(self._edited)
        self.second.edited.connect(self._edited)
        self.targets_model.edited.connect(self._edited)
        self.programs_model.edited.connect(self._edited)
        self.programs_model.dataChanged.connect(lambda *_: self._update_total())
        self.programs_model.rowsRemoved.connect(lambda *_: self._update_total())
        self.programs_model.modelReset.connect(lambda *_: self._update_total())
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)
        self._update_total()
        if self.load_problem:
            self._set_status(self.tr("PK tersimpan tidak dapat dibaca ({problem}); isian ini akan menggantinya "
                                     "begitu diubah.").format(problem=_short(self.load_problem, 120)), "bad")
        else:
            self._set_status(self.tr("Tersimpan") if self.has_stored_pk else
                             self.tr("Belum ada PK tersimpan untuk kasus ini"), "none")

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # -- content in and out
    def set_content(self, content: PkContent) -> None:
        """Show a PK (not an edit: nothing is saved)."""
        self._loading = True
        try:
            self._base = content
            self.year.setValue(content.year)
            self.place.setText(content.place)
            self.date.set_value(content.date)
            self.date.year_hint = content.year
            self.first.set_party(content.first_party)
            self.second.set_party(content.second_party)
            self.targets_model.set_rows(TargetsModel.from_targets(content.targets))
            self.programs_model.set_rows(ProgramsModel.from_programs(content.programs))
        finally:
            self._loading = False
        self._update_title()
        self._update_total()

    def content(self) -> PkContent:
        """What the form shows, as a PK (blank table rows left out); not checked."""
        return PkContent(year=self.year.value(), place=self.place.text().strip(), date=self.date.value(),
                         first_party=self.first.party(), second_party=self.second.party(),
                         targets=self.targets_model.targets(), programs=self.programs_model.programs(),
                         unit=self._base.unit)

    def problems(self) -> list[str]:
        return [msg for _, msg in self._problems]

    def is_saved(self) -> bool:
        return not self._dirty and not self._problems and self.has_stored_pk

    def status_text(self) -> str:
        return self.status_label.text()

    # -- editing
    def _edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.date.year_hint = self.year.value()
        self._update_title()
        self._set_status(self.tr("Perubahan akan disimpan…"), "none")
        self._timer.start()

    def _update_title(self) -> None:
        self.title_label.setText(self.tr("Perjanjian Kinerja Tahun {year}").format(year=self.year.value()))

    def _update_total(self) -> None:
        total, unreadable = self.programs_model.total()
        self.total_label.setText(format_rupiah(total))
        self.total_note.setText(self.tr("{n} anggaran belum terbaca, tidak dijumlahkan").format(n=unreadable)
                                if unreadable else "")
        self.total_note.setVisible(bool(unreadable))

    def total_text(self) -> str:
        return self.total_label.text()

    def add_indicator(self) -> int:
        """A new row under the selected one, for the same sasaran; the cursor in Indikator Kinerja."""
        self.targets.delegate.commit_open()
        row = self.targets.current_row()
        goal = self.targets_model.rows[row]["goal"] if row >= 0 else ""
        return self.targets.add_row({"goal": goal}, edit_column=1 if goal else 0)

    def _ask_remove(self, model: RowsModel, row: int) -> bool:
        first = next((v for v in model.rows[row].values() if v.strip()), "")
        return messages.ask(self, self.tr("Hapus {row} (\u201c{text}\u201d)?").format(
            row=model.row_label(row).lower(), text=_short(first, 60)), self.tr("Hapus baris"),
            yes=self.tr("Hapus"), no=self.tr("Batal"))

    def copy_from_last_year(self) -> bool:
        """"Salin dari PK tahun lalu": the sasaran and programs of the newest other PK of this SOP."""
        try:
            previous = paperwork.previous_pk(self.office, self.case_id)
        except UserError as e:
            messages.warn(self, str(e))
            return False
        if previous is None:
            messages.inform(self, self.tr("Belum ada PK lain dari SOP ini yang dapat disalin."))
            return False
        if self.targets_model.has_content() or self.programs_model.has_content():
            if not messages.ask(self, self.tr(
                    "Sasaran, indikator dan program yang sudah diisi akan diganti dengan isi PK tahun {year}. "
                    "Lanjutkan?").format(year=previous.year), self.tr("Salin dari PK tahun lalu"),
                    yes=self.tr("Ganti"), no=self.tr("Batal")):
                return False
        self.targets.delegate.commit_open()
        self.programs.delegate.commit_open()
        self.targets_model.set_rows(TargetsModel.from_targets(previous.targets))
        self.programs_model.set_rows(ProgramsModel.from_programs(previous.programs))
        self._update_total()
        self._edited()
        return True

    # -- saving
    def _commit_open_editors(self) -> None:
        self.targets.delegate.commit_open()
        self.programs.delegate.commit_open()

    def check(self) -> list[str]:
        """Mark every mistake in the form and list them; [] when the PK can be saved."""
        found: list[tuple[Callable[[], None], str]] = []
        for box in (self.first, self.second):
            for field, msg in box.problems():
                found.append((lambda f=field: f.setFocus(), msg))
        for editor, model in ((self.targets, self.targets_model), (self.programs, self.programs_model)):
            marks, messages_ = {}, []
            for r, c, msg in model.problems():
                marks[(r, c)] = msg
                text = f"{model.row_label(r)}, {model.header(c)}: {msg}"
                messages_.append(text)
                found.append((lambda e=editor, r=r, c=c: e.select_cell(r, c), text))
            model.set_marks(marks)
            editor.show_problems(messages_)
        self._show_problem_list(found)
        return [msg for _, msg in found]

    def save_now(self, force: bool = False) -> bool:
        """Save what the form shows if it has no mistakes. True when the stored PK equals the form.

        `force` stores it even without an edit (a new case's starting PK, before a letter is made).
        """
        self._timer.stop()
        self._commit_open_editors()
        if force and not self.has_stored_pk:
            self._dirty = True
        if not self._dirty:
            return not self._problems
        if self.check():
            self._not_saved(self._problems[0][1], len(self._problems))
            return False
        content = self.content()
        try:
            paperwork.save_pk(self.office, self.case_id, content)
        except PkError as e:
            self._show_problem_list([(lambda: None, p) for p in e.problems])
            self._not_saved(e.problems[0] if e.problems else str(e), len(e.problems))
            return False
        except UserError as e:
            log.warning("PK of case %s not saved: %s", self.case_id, e)
            self._show_problem_list([(lambda: None, str(e))])
            self._not_saved(str(e), 1)
            return False
        self._dirty = False
        self.has_stored_pk = True
        self._base = content
        self._saved_at = clock_time(self.office.now(), self.office.tz)
        self._set_status(self.tr("Tersimpan {time}").format(time=self._saved_at), "good")
        self.saved.emit()
        return True

    def _not_saved(self, first: str, count: int) -> None:
        text = self.tr("Belum tersimpan: {problem}").format(problem=_short(first, 160))
        if count > 1:
            text += " " + self.tr("(dan {n} lainnya)").format(n=count - 1)
        self._set_status(text, "bad")

    def _set_status(self, text: str, state: str) -> None:
        self.status_label.setText(text)
        self.status_label.setToolTip(_tip(text))
        self.status_label.setProperty("state", state)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        self.statusChanged.emit(text)

    def _show_problem_list(self, found: list[tuple[Callable[[], None], str]]) -> None:
        self._problems = found
        self.problem_list.clear()
        for go, msg in found:
            item = QListWidgetItem("• " + msg)
            item.setToolTip(_tip(msg))
            self.problem_list.addItem(item)
        self.problem_box.setVisible(bool(found))

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        row = self.problem_list.row(item)
        if 0 <= row < len(self._problems):
            self._problems[row][0]()

    # -- when to save besides the timer
    def _focus_changed(self, old, new) -> None:
        try:
            leaving = old is not None and self.isAncestorOf(old) and (new is None or not self.isAncestorOf(new))
            if self._dirty and leaving:
                # Not while a cell editor's own popup (completer, calendar) takes the focus for a moment.
                if new is not None and new.window() is not self.window():
                    return
                self.save_now()
        except RuntimeError:  # this editor is being destroyed
            pass

    def hideEvent(self, event) -> None:
        if self._dirty:
            self.save_now()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:
        if self._dirty:
            self.save_now()
        super().closeEvent(event)


def pk_file_name(content: PkContent, unit: str) -> str:
    """"PK 2027 Kecamatan Somagede.pdf"."""
    unit_words = " ".join(w.capitalize() for w in (content.unit or unit).split())
    return f"PK {content.year} {unit_words}".strip() + ".pdf"
