"""The case list: a lazy table model over case ids, its filter bar, and the panel holding both.

The model keeps only the list of ids the current filter and sort produced
(`Office.case_ids`, fast even for 100,000 cases). A row's contents are
fetched the first time the view asks for them, a page of ids at a time, and
cached (the pattern of Anki's browser table). A row that fails to load is
shown disabled instead of taking the window down.

The search box finds words in any order (app/search.py) as you type: after a short pause the
ids are asked on a thread of their own, so typing never waits for the database, and an answer
that arrives after the text changed again is dropped. A database upgraded from an older
version first fills its word index, on a thread too, its progress shown in the search box.
"""
from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QIcon, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...app.changes import CALENDAR, PROFILE
from ...domain.errors import UserError
from ...resources import resource_path
from ..kit.formatting import QT_TRANSLATE_NOOP, number_text, parse_utc, short_datetime, sop_short_name
from ..shell.change_bridge import ChangeBridge, bridge_for
from ..shell.page import ReadOnlyPage

if TYPE_CHECKING:
    from ...app.office import Office

log = logging.getLogger(__name__)

# (sort key understood by Office.case_ids, header text); the header text is translated in headerData.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", QT_TRANSLATE_NOOP("CaseListModel", "No")), ("title", QT_TRANSLATE_NOOP("CaseListModel", "Judul")),
    ("sop", QT_TRANSLATE_NOOP("CaseListModel", "SOP")), ("year", QT_TRANSLATE_NOOP("CaseListModel", "Tahun")),
    ("step", QT_TRANSLATE_NOOP("CaseListModel", "Langkah saat ini")),
    ("actor", QT_TRANSLATE_NOOP("CaseListModel", "Pelaksana")),
    ("started", QT_TRANSLATE_NOOP("CaseListModel", "Mulai")), ("state", QT_TRANSLATE_NOOP("CaseListModel", "Status")),
)
COL = {key: i for i, (key, _title) in enumerate(COLUMNS)}

# Status words and colours (background, text), matching the case screen's badges.
STATUS_COLOURS = {
    "open": ("#dbe8fb", "#1d4f91"),
    "late": ("#fde2dc", "#b3261e"),
    "closed": ("#dcf1e1", "#1f6b35"),
    "closed_late": ("#fdebd2", "#9a5300"),
}

CaseIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2

# data() is asked some fifty times per row shown, mostly for roles it does not serve: plain ints
# and flags made once keep each answer cheap (a Qt enum member costs a Python enum lookup).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_SERVED = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, _FOREGROUND, int(CaseIdRole), int(StatusRole)})
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


# The state combo's late entries: Office.case_ids(late=...) instead of a state.
LATE_STATES = {"late_running": "running", "late_done": "done"}


@dataclass(frozen=True)
class CaseFilter:
    sop: str | None = None
    year: int | None = None
    # None, "open", "closed", "late" (both kinds), "late_running" or "late_done" (LATE_STATES)
    state: str | None = None
    search: str = ""

    def is_empty(self) -> bool:
        return not (self.sop or self.year or self.state or self.search.strip())

    def query(self) -> dict:
        """The keyword arguments of Office.case_ids for this filter."""
        state, late = self.state, LATE_STATES.get(self.state or "")
        return dict(sop=self.sop, year=self.year, state=None if late else state, late=late,
                    search=self.search.strip() or None)


def status_of(row: dict) -> str:
    if row["state"] == "closed":
        return "closed_late" if row.get("late") else "closed"
    return "late" if row.get("late") else "open"


class CaseListModel(QAbstractTableModel):
    """Rows = case ids; contents fetched lazily in pages through `Office.case_rows`."""

    PAGE = 200

    def __init__(self, office: Office, parent=None):
        super().__init__(parent)
        self.office = office
        self.filter = CaseFilter()
        self.sort_key = "id"
        self.descending = True
        self._ids: list[int] = []
        self._rows: dict[int, dict] = {}
        self._failed: set[int] = set()
        self._step_names: dict[int, dict[int, str]] | None = None
        self.pages_fetched = 0   # how many times rows were fetched: the tests check the list stays lazy
        self._tz = office.tz
        self.reload()

    # -- what the list shows ---------------------------------------------------
    def reload(self) -> None:
        """Ask the office for the ids again (after a filter, a sort, a new case or F5)."""
        self.beginResetModel()
        try:
            self._ids = self.office.case_ids(**self.filter.query(), sort=self.sort_key, descending=self.descending)
        except UserError:
            self._ids = []
            raise
        finally:
            self._rows.clear()
            self._failed.clear()
            self._step_names = None
            self._tz = self.office.tz
            self.endResetModel()

    def set_filter(self, f: CaseFilter) -> None:
        self.filter = f
        self.reload()

    def set_found(self, f: CaseFilter, ids: list[int]) -> None:
        """Show ids already asked for `f` in the current order (a search answered on a thread)."""
        self.beginResetModel()
        self.filter = f
        self._ids = ids
        self._rows.clear()
        self._failed.clear()
        self._step_names = None
        self._tz = self.office.tz
        self.endResetModel()

    def refresh_case(self, case_id: int) -> bool:
        """Read one case's row again (it changed); False when the case is not listed."""
        row = self.row_of(case_id)
        if row is None:
            return False
        self._rows.pop(case_id, None)
        self._failed.discard(case_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        return True

    def case_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int | None:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    def row_dict(self, row: int) -> dict | None:
        case_id = self.case_id(row)
        if case_id is None:
            return None
        if case_id not in self._rows and case_id not in self._failed:
            self._fetch_page(row // self.PAGE)
        return self._rows.get(case_id)

    def _fetch_page(self, page: int) -> None:
        ids = [i for i in self._ids[page * self.PAGE:(page + 1) * self.PAGE]
               if i not in self._rows and i not in self._failed]
        if not ids:
            return
        self.pages_fetched += 1
        try:
            got = self.office.case_rows(ids)
        except Exception:  # a broken page must not break the list: its rows show as unavailable
            log.exception("could not load case rows %s..%s", ids[0], ids[-1])
            got = {}
        self._rows.update(got)
        self._failed.update(i for i in ids if i not in got)

    def _step_name(self, row: dict) -> str:
        """The activity of the case's current step, in the SOP version the case runs on."""
        if self._step_names is None:
            self._step_names = {}
        vid = row["sop_version_id"]
        if vid not in self._step_names:
            try:
                sop, _number = self.office.sop_version(vid)
                self._step_names[vid] = {s.no: s.activity for s in sop.steps}
            except UserError:
                log.exception("could not load SOP version %s", vid)
                self._step_names[vid] = {}
        return self._step_names[vid].get(row["current_step"], "")

    # -- Qt model interface ------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(COLUMNS[section][1])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        if not index.isValid():
            return _NO_FLAGS
        if self.case_id(index.row()) in self._failed:
            return _NO_FLAGS  # shown greyed out
        return _ROW_FLAGS

    def data(self, index, role=_DISPLAY):
        if role not in _SERVED or not index.isValid():
            return None
        r = index.row()
        if not 0 <= r < len(self._ids):
            return None
        case_id = self._ids[r]
        if role == CaseIdRole:
            return case_id
        row = self.row_dict(r)
        key = COLUMNS[index.column()][0]
        if row is None:
            if role == _DISPLAY:
                return str(case_id) if key == "id" else (self.tr("(tidak dapat dimuat)") if key == "title" else "")
            if role == _TOOLTIP:
                return self.tr("Baris ini tidak dapat dimuat dari basis data. Tekan F5 untuk mencoba lagi.")
            return None
        if role == _DISPLAY:
            return self._display(key, row)
        if role == _TOOLTIP:
            return self._tooltip(key, row)
        if role == StatusRole:
            return status_of(row)
        if role == _ALIGNMENT:
            return _ALIGN_RIGHT if key in ("id", "year") else _ALIGN_LEFT
        if role == _FOREGROUND and key == "step":
            if row["state"] == "open" and not row["current_running"]:
                return QBrush(QColor("#6b7280"))  # waiting to be started
            if row.get("overdue"):
                return QBrush(QColor(STATUS_COLOURS["late"][1]))
        return None

    def _display(self, key: str, row: dict) -> str:
        if key == "id":
            return str(row["id"])
        if key == "title":
            return row["title"]
        if key == "sop":
            return sop_short_name(row["sop_name"] or row["sop"])
        if key == "year":
            return str(row["year"])
        if key == "step":
            if row["state"] == "closed" or row["current_step"] is None:
                return "—"
            name = self._step_name(row)
            return f"{row['current_step']} · {name}" if name else self.tr("Langkah {n}").format(n=row["current_step"])
        if key == "actor":
            return row["current_actor"] or ""
        if key == "started":
            return short_datetime(parse_utc(row["started_at"]), self._tz) or self.tr("belum dimulai")
        if key == "state":
            return self.status_text(status_of(row))
        return ""

    def status_text(self, status: str) -> str:
        return {"open": self.tr("Berjalan"), "late": self.tr("Terlambat"), "closed": self.tr("Selesai"),
                "closed_late": self.tr("Selesai, terlambat")}[status]

    def _tooltip(self, key: str, row: dict) -> str | None:
        if key == "title":
            lines = [row["title"]]
            if row.get("ref_number"):
                lines.append(self.tr("Surat: {number}").format(number=row["ref_number"]))
            return "\n".join(lines)
        if key == "sop":
            return f"{row['sop_name']}\n({row['sop']})"
        if key == "step" and row["state"] == "open" and row["current_step"] is not None:
            name = self._display("step", row)  # the full name, which the column may have cut short
            if not row["current_running"]:
                return name + "\n" + self.tr("Langkah ini belum dimulai.")
            due = short_datetime(parse_utc(row["current_due_at"]), self._tz)
            if row.get("overdue"):
                return name + "\n" + self.tr("Lewat batas waktu ({due}).").format(due=due)
            return name + ("\n" + self.tr("Batas waktu: {due}").format(due=due) if due else "")
        if key == "state":
            if row["state"] == "closed":
                return self.tr("Selesai {when}").format(when=short_datetime(parse_utc(row["closed_at"]), self._tz))
            if row.get("overdue"):
                return self.tr("Langkah yang sedang berjalan sudah lewat batas waktunya.")
            if row.get("late"):
                return self.tr("Ada langkah yang selesai melewati waktu standar.")
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key, descending = COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return  # the view asks again when sorting is switched on: the ids are already in this order
        self.sort_key, self.descending = key, descending
        self.reload()


class StatusDelegate(QStyledItemDelegate):
    """Paints the Status column as a coloured pill, like the badges on the case screen."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        status = index.data(StatusRole)
        if status not in STATUS_COLOURS:
            return super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        bg, fg = STATUS_COLOURS[status]
        font = QFont(opt.font)
        font.setBold(True)
        fm = QFontMetrics(font)
        pad_x, pad_y = 8, 3
        width = min(fm.horizontalAdvance(text) + 2 * pad_x, opt.rect.width() - 8)
        height = fm.height() + 2 * pad_y
        rect = QRectF(opt.rect.left() + 4, opt.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(fg))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, fm.elidedText(text, Qt.TextElideMode.ElideRight,
                                                                           int(width - 2 * pad_x + 2)))
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, size.height() + 6)


class CaseTable(QTableView):
    """The table; Enter or a double-click opens the case under the cursor."""

    open_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as office users expect
        vh = self.verticalHeader()
        vh.setVisible(False)
        # Fixed row heights: the view never measures rows, so 100,000 cases cost nothing until seen.
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 14)
        hh = self.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSectionsMovable(False)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setItemDelegateForColumn(COL["state"], StatusDelegate(self))
        self.doubleClicked.connect(self._open_index)

    # Columns that give up room first when the window is narrow: (key, share of the squeeze, minimum in em).
    FLEXIBLE = (("title", 3, 14), ("step", 2, 9), ("sop", 1, 7), ("actor", 1, 7))

    def setModel(self, model) -> None:
        super().setModel(model)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        bold_fm = QFontMetrics(bold)
        em = fm.horizontalAdvance("M")
        # Widths from what the cells hold (a long date, the widest status pill), never below the header text.
        natural = {"id": fm.horizontalAdvance("100000") + 16, "title": 30 * em, "sop": 15 * em,
                   "year": fm.horizontalAdvance("2027") + 16, "step": 19 * em, "actor": 12 * em,
                   "started": fm.horizontalAdvance("30 Agu 2027 10.15") + 20,
                   "state": bold_fm.horizontalAdvance(model.status_text("closed_late")) + 36}
        self._natural = {k: max(w, bold_fm.horizontalAdvance(model.headerData(COL[k], Qt.Orientation.Horizontal)) + 34)
                         for k, w in natural.items()}
        self._minimum = {k: int(m * em) for k, _share, m in self.FLEXIBLE}
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the width: fixed columns keep their size; Judul takes what is left over, and on a narrow
        screen Judul, Langkah, SOP and Pelaksana give up room together (down to a readable minimum)."""
        if self.model() is None:
            return
        visible = [k for k, _t in COLUMNS if not self.isColumnHidden(COL[k])]
        flexible = [(k, share) for k, share, _m in self.FLEXIBLE if k in visible]
        width = self.viewport().width()
        fixed = sum(self._natural[k] for k in visible if k not in dict(flexible))
        sizes = {k: self._natural[k] for k, _s in flexible}
        spare = width - fixed - sum(sizes.values())
        if spare >= 0:
            sizes["title"] += spare
        else:
            total_share = sum(share for _k, share in flexible)
            for k, share in flexible:
                sizes[k] = max(self._minimum[k], sizes[k] + spare * share // total_share)
        for k, w in sizes.items():
            self.setColumnWidth(COL[k], w)
        for k in visible:
            if k not in sizes:
                self.setColumnWidth(COL[k], self._natural[k])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def current_case_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or not (self.model().flags(index) & Qt.ItemFlag.ItemIsEnabled):
            return None
        return index.data(CaseIdRole)

    def _open_index(self, index) -> None:
        if index.isValid() and self.model().flags(index) & Qt.ItemFlag.ItemIsEnabled:
            self.open_requested.emit(index.data(CaseIdRole))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)


class CaseFilterBar(QWidget):
    """SOP, year and state combos and a search box; emits the new filter after a short pause in typing
    (`searched` when only the search text changed, `changed` otherwise). Esc in the box clears it."""

    changed = Signal(object)   # CaseFilter: a combo changed (or the filter was set)
    searched = Signal(object)  # CaseFilter: only the search text changed
    SEARCH_DELAY_MS = 250

    def __init__(self, office: Office, parent=None):
        super().__init__(parent)
        self.office = office
        self.sop_combo = QComboBox()
        self.sop_combo.setMinimumContentsLength(14)
        self.sop_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.year_combo = QComboBox()
        self.year_combo.setMinimumContentsLength(10)
        self.state_combo = QComboBox()
        for text, value in ((self.tr("Semua status"), None), (self.tr("Berjalan"), "open"),
                            (self.tr("Selesai"), "closed"), (self.tr("Sedang terlambat"), "late_running"),
                            (self.tr("Selesai terlambat"), "late_done")):
            self.state_combo.addItem(text, value)
        self._tip(self.state_combo.findData("late_running"),
                  self.tr("Kasus yang langkahnya sedang berjalan sudah lewat batas waktu sekarang"))
        self._tip(self.state_combo.findData("late_done"),
                  self.tr("Kasus yang punya langkah yang selesai melewati waktu standar"))
        self.state_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.late_counts: dict[str, int] = {}
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.placeholder())
        self.search_edit.setToolTip(self.tr("Kata-kata dalam urutan apa pun dari judul, nomor surat, perihal atau "
                                            "nama petugas, mis. \"sekcam 2025\". Esc mengosongkan."))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(180)
        self.search_edit.installEventFilter(self)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search_edit.textChanged.connect(self._typed)
        self.search_edit.returnPressed.connect(self._emit_now)
        for combo in (self.sop_combo, self.year_combo, self.state_combo):
            combo.currentIndexChanged.connect(self._emit)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for label, widget in ((self.tr("&SOP"), self.sop_combo), (self.tr("&Tahun"), self.year_combo),
                              (self.tr("S&tatus"), self.state_combo)):
            lab = QLabel(label)
            lab.setBuddy(widget)
            layout.addWidget(lab)
            layout.addWidget(widget)
            layout.addSpacing(6)
        layout.addWidget(self.search_edit, 1)
        layout.addSpacing(6)
        layout.addWidget(self.count_label)
        self._last: CaseFilter | None = None
        self.reload_choices()

    def placeholder(self, progress: str = "") -> str:
        if progress:
            return self.tr("Menyiapkan pencarian… {progress}").format(progress=progress)
        return self.tr("Cari judul, no. surat, perihal, petugas…  (Ctrl+F)")

    def _tip(self, index: int, text: str) -> None:
        self.state_combo.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)

    def set_late_counts(self, counts: dict[str, int]) -> None:
        """Show how many cases each late entry holds (of the SOP and year chosen)."""
        self.late_counts = dict(counts)
        for value, text in (("late_running", self.tr("Sedang terlambat ({n})")),
                            ("late_done", self.tr("Selesai terlambat ({n})"))):
            i = self.state_combo.findData(value)
            self.state_combo.setItemText(i, text.format(n=number_text(counts.get(LATE_STATES[value], 0))))

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape and self.search_edit.text()):
            self.search_edit.clear()   # empties the search at once (_typed)
            return True
        return super().eventFilter(watched, event)

    def _typed(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:
            self._emit_now()   # cleared (Esc, the clear button): every case again, without a pause

    def reload_choices(self) -> None:
        """Refill the SOP and year combos (a new SOP or a case in a new year), keeping what is chosen."""
        f = self.current()
        with _blocked(self.sop_combo, self.year_combo):
            self.sop_combo.clear()
            self.sop_combo.addItem(self.tr("Semua SOP"), None)
            for info in self.office.sops():
                self.sop_combo.addItem(sop_short_name(info.name), info.code)
                self.sop_combo.setItemData(self.sop_combo.count() - 1, f"{info.name}\n({info.code})",
                                           Qt.ItemDataRole.ToolTipRole)
            self.year_combo.clear()
            self.year_combo.addItem(self.tr("Semua tahun"), None)
            for y in self.office.case_years():
                self.year_combo.addItem(str(y), y)
            self._select(self.sop_combo, f.sop)
            self._select(self.year_combo, f.year)

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        i = combo.findData(value)
        combo.setCurrentIndex(i if i >= 0 else 0)

    def current(self) -> CaseFilter:
        return CaseFilter(sop=self.sop_combo.currentData(), year=self.year_combo.currentData(),
                          state=self.state_combo.currentData(), search=self.search_edit.text().strip())

    def set_filter(self, f: CaseFilter, notify: bool = True) -> None:
        with _blocked(self.sop_combo, self.year_combo, self.state_combo, self.search_edit):
            self._select(self.sop_combo, f.sop)
            self._select(self.year_combo, f.year)
            self._select(self.state_combo, f.state)
            self.search_edit.setText(f.search)
        if notify:
            self._emit_now()

    def settle(self) -> CaseFilter:
        """The filter as shown, taken as applied by the caller (no signal; a pending search is included)."""
        self._timer.stop()
        self._last = self.current()
        return self._last

    def clear(self) -> None:
        self.set_filter(CaseFilter())

    def _emit_now(self) -> None:
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        f = self.current()
        if f != self._last:
            # Typing a search goes to a thread; a combo, or every case again (search emptied), at once.
            only_text = bool(f.search) and self._last is not None and replace(self._last, search=f.search) == f
            self._last = f
            (self.searched if only_text else self.changed).emit(f)

    def set_count(self, shown: int | None) -> None:
        """"n kasus", or "mencari…" while a search is under way (None)."""
        self.count_label.setText(self.tr("mencari…") if shown is None else
                                 self.tr("{n} kasus").format(n=number_text(shown)))


class _blocked:
    """Fill widgets without each change re-running the query."""

    def __init__(self, *widgets):
        self.widgets = widgets

    def __enter__(self):
        self.old = [w.blockSignals(True) for w in self.widgets]

    def __exit__(self, *exc):
        for w, old in zip(self.widgets, self.old, strict=True):
            w.blockSignals(old)


class _Job(QObject):
    """`fn(progress)` on a daemon thread of its own; `on_done(result, error)` and `on_progress(done,
    total)` later on the GUI thread. The thread shares only a queue with the job, so a job deleted
    with its panel never has a thread call into a deleted object."""

    POLL_MS = 30

    def __init__(self, parent: QObject, fn: Callable, on_done: Callable[[object, BaseException | None], None],
                 on_progress: Callable[[int, int], None] | None = None):
        super().__init__(parent)
        self.on_done, self.on_progress = on_done, on_progress
        self.done = False
        self._reports: queue.SimpleQueue = queue.SimpleQueue()
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._poll)
        reports = self._reports

        def run() -> None:
            try:
                reports.put(("done", fn(lambda d, n: reports.put(("progress", d, n))), None))
            except BaseException as e:  # noqa: BLE001 - handed to the GUI thread
                reports.put(("done", None, e))
        self._thread = threading.Thread(target=run, name="case-list", daemon=True)
        self._timer.start()
        self._thread.start()

    def _poll(self) -> None:
        while True:
            try:
                item = self._reports.get_nowait()
            except queue.Empty:
                return
            if item[0] == "progress":
                if self.on_progress is not None:
                    self.on_progress(item[1], item[2])
                continue
            self._timer.stop()
            self.done = True
            self.on_done(item[1], item[2])
            return


class _EmptyState(QWidget):
    """A friendly page in place of an empty table: a picture, a heading, one or two sentences, one button."""

    def __init__(self, title: str, text: str, button: str, parent=None, icon: str | None = None, note: str = ""):
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        if icon:
            self.picture.setPixmap(QIcon(icon).pixmap(QSize(72, 72)))
        self.note = QLabel(note)
        self.note.setObjectName("mutedText")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.note.setVisible(bool(note))
        self.note.setMinimumWidth(440)
        self.note.setMaximumWidth(560)
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        self.text = QLabel(text)
        self.text.setObjectName("emptyText")
        self.text.setWordWrap(True)
        self.button = QPushButton(button)
        self.button.setObjectName("primaryButton")
        self.button.setDefault(True)
        for w in (self.title, self.text):
            w.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        if icon:
            layout.addWidget(self.picture)
            layout.addSpacing(10)
        layout.addWidget(self.title)
        layout.addSpacing(4)
        layout.addWidget(self.text)
        layout.addSpacing(16)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(22)
        note_row = QHBoxLayout()
        note_row.addStretch(1)
        note_row.addWidget(self.note)
        note_row.addStretch(1)
        layout.addLayout(note_row)
        layout.addStretch(3)


class CaseListPanel(QWidget, ReadOnlyPage):
    """The first tab: filter bar over the case table, or a friendly page when there is nothing to show."""

    open_case = Signal(int)
    new_case_requested = Signal()

    def __init__(self, office: Office, parent=None, *, changes: ChangeBridge | None = None):
        super().__init__(parent)
        self.office = office
        self.filter_bar = CaseFilterBar(office)
        self.model = CaseListModel(office, self)
        self.table = CaseTable()
        self.table.setModel(self.model)
        # Newest first, the model's own order: enabling sorting then asks for that order and costs no query.
        self.table.horizontalHeader().setSortIndicator(COL["id"], Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.open_requested.connect(self.open_case)
        self.table.setAccessibleName(self.tr("Daftar kasus"))

        self.empty = _EmptyState(
            self.tr("Belum ada kasus."), self.tr("Buat kasus baru dengan Ctrl+N."), self.tr("Buat Kasus Baru"),
            icon=str(resource_path("icons", "sopdesk.svg")),
            note=self.tr("Satu kasus adalah satu kali SOP dijalankan, mis. \"Penyusunan PK Tahun 2027\" sejak "
                         "Surat Edaran diterima. Setiap langkahnya dicatat: siapa, kapan mulai dan selesai."))
        self.empty.button.clicked.connect(self.new_case_requested)
        self.no_match = _EmptyState(self.tr("Tidak ada kasus yang cocok."),
                                    self.tr("Ubah saringan di atas, atau tampilkan semua kasus."),
                                    self.tr("Tampilkan Semua Kasus"))
        self.no_match.button.clicked.connect(self.filter_bar.clear)

        self.stack = QStackedWidget()
        for w in (self.table, self.empty, self.no_match):
            self.stack.addWidget(w)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.setSpacing(8)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)
        self._add_export_button()
        self.filter_bar.changed.connect(self._filter_changed)
        self.filter_bar.searched.connect(self.search_in_background)
        self._search_job: _Job | None = None
        self._index_job: _Job | None = None
        self.setTabOrder(self.filter_bar.search_edit, self.table)
        self._update_sop_column()
        self._update_page()
        self.changes = bridge_for(office.changes, changes, self)
        self.changes.case_changed.connect(self.refresh_case)
        self.changes.cases_changed.connect(self.refresh)
        self.changes.cases_imported.connect(self._cases_imported)
        self.changes.sops_changed.connect(self._sops_changed)
        self.changes.settings_changed.connect(self._settings_changed)
        self.changes.database_replaced.connect(self._database_replaced)
        self._update_late_counts()
        self._prepare_search()

    def _filter_changed(self, f: CaseFilter) -> None:
        keep = self.table.current_case_id()
        self._search_job = None   # an answer still coming is for an older filter
        self.model.set_filter(self._applicable(f))
        self._after_reload(keep)
        self._update_late_counts()

    # -- searching as you type, on a thread
    def search_in_background(self, f: CaseFilter) -> _Job | None:
        """Ask for the ids on a thread; the list shows them when they come, unless the filter changed
        meanwhile. None while the word index is being filled (the search is applied after)."""
        if not self.search_ready():
            return None
        keep = self.table.current_case_id()
        office, sort, descending = self.office, self.model.sort_key, self.model.descending
        self.filter_bar.set_count(None)

        def done(ids, error) -> None:
            if self._search_job is not job:
                return   # a newer search, or another filter, came first
            self._search_job = None
            if error is not None:
                log.error("search failed", exc_info=error)
                ids = []
            if (self.model.sort_key, self.model.descending) == (sort, descending):
                self.model.set_found(f, ids)
            else:   # sorted by a header meanwhile: ask again in the new order
                self.model.set_filter(f)
            self._after_reload(keep)
        job = _Job(self, lambda _progress: office.case_ids(**f.query(), sort=sort, descending=descending), done)
        self._search_job = job
        return job

    def search_busy(self) -> bool:
        """A search is under way (tests wait for it to end)."""
        return self._search_job is not None

    def search_ready(self) -> bool:
        return self._index_job is None

    def _applicable(self, f: CaseFilter) -> CaseFilter:
        """`f` without its search text while the word index is still being filled."""
        return f if self.search_ready() else replace(f, search="")

    def _prepare_search(self) -> None:
        """An upgraded database fills its word index once, here on a thread, its progress in the search box."""
        if self._index_job is not None or self.office.search_ready():
            return
        office, bar = self.office, self.filter_bar

        def progress(done: int, total: int) -> None:
            bar.search_edit.setPlaceholderText(bar.placeholder(f"{100 * done // max(total, 1)} %"))

        def done(_result, error) -> None:
            self._index_job = None
            bar.search_edit.setPlaceholderText(bar.placeholder())
            if error is not None:
                log.error("could not fill the word index", exc_info=error)
            if bar.current().search:
                self.refresh()
        bar.search_edit.setPlaceholderText(bar.placeholder("0 %"))
        self._index_job = _Job(self, lambda report: office.build_search_index(report), done, progress)

    def _database_replaced(self) -> None:
        self.refresh()
        self._prepare_search()

    def _update_late_counts(self) -> None:
        f = self.filter_bar.current()
        try:
            counts = self.office.late_counts(sop=f.sop, year=f.year)
        except UserError:
            log.exception("could not count the late cases")
            return
        self.filter_bar.set_late_counts(counts)

    def refresh_late_counts(self) -> None:
        """Only the late counts read again (the window's clock, once a minute): a running step turns late
        as its due time passes, with nothing recorded. The rows and the selection stay as they are."""
        self._update_late_counts()

    def refresh(self, show_all: bool = False) -> None:
        """Re-read everything (F5, or after a case changed), keeping the selected case selected;
        `show_all` also clears the filter (a new case must be visible whatever was filtered)."""
        keep = self.table.current_case_id()
        scrolled = self.table.verticalScrollBar().value()
        self.filter_bar.reload_choices()
        if show_all:
            self.filter_bar.set_filter(CaseFilter(), notify=False)
        self._search_job = None
        self.model.set_filter(self._applicable(self.filter_bar.settle()))
        self._after_reload(keep)
        self._update_late_counts()
        if not show_all:   # a change heard (maybe from another PC) must not move what the user looks at
            self.table.verticalScrollBar().setValue(scrolled)

    def refresh_case(self, case_id: int) -> None:
        """A case changed: only its row is read again. A case not listed (a new one, or one the filter
        left out) may belong in the list now, so the list is read again."""
        if not self.model.refresh_case(case_id):
            self.refresh()
        else:
            self._update_late_counts()

    def show_case(self, case_id: int) -> bool:
        """Select the case (a new or imported one), first clearing the filter if it hides the case."""
        if self.model.row_of(case_id) is None:
            self.refresh(show_all=True)
        return self.select_case(case_id)

    def _cases_imported(self, _ids: list) -> None:
        self.refresh()

    def _sops_changed(self, _code: str) -> None:
        self.refresh()  # the SOP filter, and the names in the rows

    def _settings_changed(self, what: str) -> None:
        # The time zone shapes every date in the list; the calendar moves the due moments.
        if what in (PROFILE, CALENDAR):
            self.refresh()

    # -- Ekspor Excel (issue 15): the list as filtered, as a workbook
    def _add_export_button(self) -> None:
        self.export_button = QPushButton(self.tr("Ekspor Excel"))
        self.export_button.setToolTip(self.tr("Simpan daftar kasus yang tampil (dengan saringannya) sebagai buku "
                                              "kerja Excel"))
        self.export_button.clicked.connect(self.export_excel)
        bar = self.filter_bar.layout()
        assert bar is not None   # the filter bar lays out its own widgets
        bar.addWidget(self.export_button)

    def export_excel(self) -> object:
        from .case_list_export import export_case_list
        return export_case_list(self, self.office, self.model)

    # -- Page (ReadOnlyPage, with refresh above): the first tab of the main window

    def _update_sop_column(self) -> None:
        """With a single SOP the SOP column repeats one name on every row: hide it until there are more."""
        single = self.filter_bar.sop_combo.count() <= 2
        if self.table.isColumnHidden(COL["sop"]) != single:
            self.table.setColumnHidden(COL["sop"], single)
            self.table.fit_columns()

    def _after_reload(self, keep: int | None) -> None:
        if keep is not None:
            self.select_case(keep)
        self._update_sop_column()
        self._update_page()

    def _update_page(self) -> None:
        shown = self.model.rowCount()
        self.filter_bar.set_count(shown)
        if shown:
            self.stack.setCurrentWidget(self.table)
            self.filter_bar.setVisible(True)
        elif self.model.filter.is_empty():
            self.stack.setCurrentWidget(self.empty)
            self.filter_bar.setVisible(False)  # nothing to filter yet
        else:
            self.stack.setCurrentWidget(self.no_match)
            self.filter_bar.setVisible(True)

    def is_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def selected_case_id(self) -> int | None:
        return self.table.current_case_id()

    def focus_search(self) -> None:
        self.filter_bar.setVisible(True)
        self.filter_bar.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search_edit.selectAll()
