"""The steps of the edited SOP as a table: No. (automatic), Kegiatan, Pelaksana, Jenis,
Kelengkapan, Waktu, Output, Ket.; its cell editors (lanes and kinds as combos, text as line
edits that report each keystroke), and the problem marks `sop check` gives each cell.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QWidget

from ...domain.sop import Problem, Sop
from ...domain.sop_edit import set_step
from ..kit.message_text import problem_message
from ..kit.widgets import plain_tip
from .sop_document import SopDocument

CONTEXT = "StepsModel"
# (key, Step field, title)
COLUMNS = (
    ("no", None, QT_TRANSLATE_NOOP("StepsModel", "No.")),
    ("activity", "activity", QT_TRANSLATE_NOOP("StepsModel", "Kegiatan")),
    ("lane", "lane", QT_TRANSLATE_NOOP("StepsModel", "Pelaksana")),
    ("kind", "kind", QT_TRANSLATE_NOOP("StepsModel", "Jenis")),
    ("requirements", "requirements", QT_TRANSLATE_NOOP("StepsModel", "Kelengkapan")),
    ("time", "time", QT_TRANSLATE_NOOP("StepsModel", "Waktu")),
    ("output", "output", QT_TRANSLATE_NOOP("StepsModel", "Output")),
    ("note", "note", QT_TRANSLATE_NOOP("StepsModel", "Ket.")),
)
KEYS = tuple(key for key, _f, _t in COLUMNS)
NO, ACTIVITY, LANE, KIND, REQUIREMENTS, TIME, OUTPUT, NOTE = range(len(COLUMNS))
# The fields `sop check` names, shown in the column of the table they concern (the flow's
# targets are edited under the table but marked on the row's number too).
FIELD_COLUMN = {"no": NO, "next": NO, "if_yes": NO, "if_no": NO, "activity": ACTIVITY, "lane": LANE, "kind": KIND,
                "time": TIME, "requirements": REQUIREMENTS, "output": OUTPUT, "note": NOTE}
KINDS = ("start", "process", "decision", "end")

ERROR_BACKGROUND = QColor("#fde8e6")
ERROR_TEXT = QColor("#9b1c13")
WARNING_BACKGROUND = QColor("#fff6dc")
MUTED_TEXT = QColor("#6b7280")


def kind_label(kind: str) -> str:
    labels = {"start": QCoreApplication.translate("StepsModel", "Mulai"),
              "process": QCoreApplication.translate("StepsModel", "Proses"),
              "decision": QCoreApplication.translate("StepsModel", "Keputusan"),
              "end": QCoreApplication.translate("StepsModel", "Selesai")}
    return labels.get(kind, kind)


def column_title(column: int) -> str:
    return QCoreApplication.translate(CONTEXT, str(COLUMNS[column][2]))


class StepsModel(QAbstractTableModel):
    """The document's steps; every change goes to the document as an undo step."""

    def __init__(self, doc: SopDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self._rows = len(doc.sop.steps)
        self.marks: dict[tuple[int, int], Problem] = {}
        self.update_marks()

    @property
    def sop(self) -> Sop:
        return self.doc.sop

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.sop.steps)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.DisplayRole,
                                                                 Qt.ItemDataRole.ToolTipRole):
            return column_title(section)   # the tooltip: the whole title when a narrow column cuts it
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if index.column() == NO else base | Qt.ItemFlag.ItemIsEditable

    def value(self, row: int, column: int) -> str:
        step = self.sop.steps[row]
        field = COLUMNS[column][1]
        return str(step.no) if field is None else str(getattr(step, field))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.sop.steps):
            return None
        r, c = index.row(), index.column()
        mark = self.marks.get((r, c))
        if role == Qt.ItemDataRole.DisplayRole:
            if c == KIND:
                return kind_label(self.sop.steps[r].kind)
            if c == TIME and not self.value(r, c).strip():
                return "—"
            return self.value(r, c)
        if role == Qt.ItemDataRole.EditRole:
            return self.value(r, c)
        if role == Qt.ItemDataRole.ToolTipRole:
            if mark is not None:
                return plain_tip(problem_message(mark))
            text = self.value(r, c)
            return plain_tip(text) if len(text) > 40 else None
        if role == Qt.ItemDataRole.BackgroundRole and mark is not None:
            return WARNING_BACKGROUND if mark.is_warning else ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            if mark is not None and not mark.is_warning:
                return ERROR_TEXT
            if c == TIME and not self.value(r, c).strip():
                return MUTED_TEXT
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignLeft if c in (ACTIVITY, LANE, REQUIREMENTS) else Qt.AlignmentFlag.AlignHCenter
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == NO:
            return False
        r, c = index.row(), index.column()
        field = COLUMNS[c][1]
        assert field is not None
        text = " ".join(str(value or "").split()) if c != ACTIVITY else str(value or "").strip()
        if text == self.value(r, c):
            self.doc.apply(self.sop, "")   # a typed preview taken back
            return True
        words = self.tr("Ubah {column} langkah {no}").format(column=column_title(c), no=r + 1)
        self.doc.apply(set_step(self.sop, r, **{field: text}), words)
        return True

    def candidate(self, row: int, column: int, text: str) -> Sop:
        """The SOP as it would be with `text` typed in the cell (for the preview while typing)."""
        field = COLUMNS[column][1]
        if field is None or not 0 <= row < len(self.sop.steps):
            return self.sop
        return set_step(self.sop, row, **{field: text.strip()})

    # -- after every change of the document
    def refresh(self) -> None:
        """Re-read the document: rows added, removed or moved reset the table; else only the cells change."""
        n = len(self.sop.steps)
        self.update_marks()
        if n != self._rows:
            self.beginResetModel()
            self._rows = n
            self.endResetModel()
        elif n:
            self.dataChanged.emit(self.index(0, 0), self.index(n - 1, len(COLUMNS) - 1))

    def update_marks(self) -> None:
        """Problems by cell, from what is shown (the typed text included): an error wins over a warning."""
        marks: dict[tuple[int, int], Problem] = {}
        check = self.doc.shown_check
        for p in (*check.errors, *check.warnings):
            if p.step is None or p.field not in FIELD_COLUMN or not 1 <= p.step <= len(self.sop.steps):
                continue
            marks.setdefault((p.step - 1, FIELD_COLUMN[p.field]), p)
        self.marks = marks

    def repaint_marks(self, editing: tuple[int, int] | None = None) -> None:
        """Repaint the cells whose mark changed, never the one being edited (the view would put the
        kept text back into its open editor)."""
        old = dict(self.marks)
        self.update_marks()
        for r, c in set(old) | set(self.marks):
            if (r, c) != editing and old.get((r, c)) != self.marks.get((r, c)) and r < len(self.sop.steps):
                i = self.index(r, c)
                self.dataChanged.emit(i, i)


class StepDelegate(QStyledItemDelegate):
    """Combos for Pelaksana and Jenis (a choice is an edit at once); line edits for the text,
    whose every keystroke is reported (`typing`) for the preview and the problem beside the cell."""

    typing = Signal(int, int, str)      # row, column, text
    editor_closed = Signal()

    def __init__(self, model: StepsModel, parent: QWidget):
        super().__init__(parent)
        self.model = model
        self.open_editor: QWidget | None = None
        self.open_index: tuple[int, int] | None = None

    def createEditor(self, parent, option, index):
        c = index.column()
        if c in (LANE, KIND):
            combo = QComboBox(parent)
            if c == LANE:
                lanes = list(dict.fromkeys(self.model.sop.lanes))
                current = self.model.value(index.row(), c)
                if current not in lanes:
                    lanes.append(current)
                for lane in lanes:
                    combo.addItem(lane, lane)
            else:
                for kind in KINDS:
                    combo.addItem(kind_label(kind), kind)
            combo.activated.connect(lambda _i, w=combo: self._commit_and_close(w))
            editor: QWidget = combo
        else:
            line = QLineEdit(parent)
            line.setFrame(False)
            if c == TIME:
                line.setPlaceholderText(self.tr("mis. 15 menit; kosong = tanpa waktu"))
            row = index.row()
            line.textEdited.connect(lambda text, r=row, col=c: self.typing.emit(r, col, text))
            editor = line
        self.open_editor, self.open_index = editor, (index.row(), c)
        editor.destroyed.connect(self._forget)
        return editor

    def setEditorData(self, editor, index):
        value = self.model.value(index.row(), index.column())
        if isinstance(editor, QComboBox):
            i = editor.findData(value)
            editor.setCurrentIndex(max(0, i))
        elif isinstance(editor, QLineEdit):
            editor.setText(value)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def destroyEditor(self, editor, index):
        if editor is self.open_editor:
            self._forget()
        super().destroyEditor(editor, index)

    def _forget(self, *_args) -> None:
        if self.open_editor is not None or self.open_index is not None:
            self.open_editor, self.open_index = None, None
            self.editor_closed.emit()

    def commit_open(self) -> None:
        """Write what is being typed into the document (before Simpan, a move, the sheet's preview)."""
        editor = self.open_editor
        if editor is not None:
            try:
                self.commitData.emit(editor)
            except RuntimeError:   # deleted underneath
                self._forget()
