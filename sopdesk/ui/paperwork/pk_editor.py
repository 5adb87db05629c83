"""The Perjanjian Kinerja of a case, edited in place and saved as it is typed.

Year, place and date; pihak pertama and pihak kedua picked from the officials
list (and editable, e.g. for a Bupati who is not in it, pk_party.py); the lampiran's two
tables — sasaran → indikator → target + satuan, and program → anggaran (pk_tables.py) — as
editable table views (kit/rows_editor.py).

Saving: 800 ms after the last edit, when the focus leaves the editor, and when it
is hidden or closed, the content goes to `paperwork.save_pk`. A PK with
mistakes (an empty sasaran, an anggaran that is not a number, a NIP of 17
digits…) is never saved over the last good one: the cell or field is marked,
the reason is shown beside it and in the problem list, and the status says
"Belum tersimpan: …" until it is fixed; then "Tersimpan 09.15".

Nothing moves while the user works: the status has its own line in the title row, the problem
list its own place under "Perjanjian", each table's problem its place in the table's title row and
each pihak's on the box's last line; shown or gone, they leave every button and table where it was
(a click meant for "Tambah indikator" never lands in a table).

Every edit — a cell, a row added, removed or moved, a field of the agreement or of a pihak, the
tables copied from last year — is one step of one QUndoStack: Urungkan / Ulangi in the title row,
Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) anywhere in the editor, in a field or a cell too. Typing in one
field is one step until the field is left. An undone state is saved like any other edit.

The agreement and pihak fields fold into one line that says what they hold ("Perjanjian dan para
pihak"), so on a short screen both tables show their rows; the user's choice is kept at this PC, and a
problem in a folded field, or an undo of one, opens them.

All text is plain text: "<b>&", emoji or 5,000 characters are kept as typed.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...app import paperwork
from ...app.changes import OFFICIALS, PROFILE
from ...domain.errors import UserError
from ...domain.indonesian import format_rupiah
from ...domain.pk import MAX_YEAR, MIN_YEAR, Party, PkContent, PkError
from ..kit import messages
from ..kit.date_field import DateField
from ..kit.formatting import clock_time, long_date, shorten
from ..kit.message_text import error_text, pk_problems
from ..kit.rows_editor import OneLineLabel, RowsEditor, RowsModel, TotalBar, is_redo_key, is_undo_key, redo_keys
from ..kit.widgets import plain_tip
from ..settings import pc_settings
from ..shell.change_bridge import ChangeBridge, bridge_for
from .pk_party import PartyBox
from .pk_tables import ProgramsModel, TargetsModel
from .pk_versions import PkVersionsDialog

if TYPE_CHECKING:
    from ...app.office import Office

log = logging.getLogger(__name__)

AUTOSAVE_MS = 800
FOLD_BELOW = 600   # px: a shorter editor folds the agreement and pihak fields (until the user chooses)

# What the fields above the tables show: year, place, date, and each pihak's PartyBox.state().
Fields = tuple


class _FieldEdit(QUndoCommand):
    """A field of the agreement or of a pihak changed. Typing on in the same field merges into this
    step until the field is left (`merging` off)."""

    def __init__(self, editor: PkEditor, before: Fields, after: Fields, field: str, merging: bool):
        super().__init__(field)
        self.editor, self.before, self.after, self.field, self.merging = editor, before, after, field, merging
        self._done_once = False

    def id(self) -> int:
        return 2

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, _FieldEdit) and self.merging and other.field == self.field):
            return False
        self.after = other.after
        if self.after == self.before:   # typed back to what it was: no step at all
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        if self._done_once:
            self.editor._show_fields(self.after, self.field)
        self._done_once = True

    def undo(self) -> None:
        self.editor._show_fields(self.before, self.field)


class PkEditor(QWidget):
    """The PK of one case, saved automatically. `save_now()` saves at once (True when saved)."""

    saved = Signal()              # the stored PK changed
    statusChanged = Signal(str)   # the status text ("Tersimpan 09.15", "Belum tersimpan: …")

    def __init__(self, office: Office, case_id: int, parent=None, *, changes: ChangeBridge | None = None):
        super().__init__(parent)
        self.office = office
        self.case_id = case_id
        content = self._load()
        self._dirty = False
        self._problems: list[tuple[Callable[[], None], str]] = []
        self._saved_at: str | None = None
        self._loading = False
        self.undo_stack = QUndoStack(self)
        self._shown_fields: Fields = ()
        officials = office.officials(active_only=True)
        self._build_header()
        general = self._build_general()
        self.first = PartyBox(self.tr("Pihak Pertama"), officials)
        self.second = PartyBox(self.tr("Pihak Kedua (atasan)"), officials)
        self._build_tables()
        self._build_problems()
        self._layout(general)
        self._timer = QTimer(self)  # autosave
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self.set_content(content)
        self._connect()
        self.changes = bridge_for(office.changes, changes, self)
        self.changes.cases_imported.connect(self._cases_imported)
        self.changes.case_changed.connect(self._case_changed)
        self.changes.settings_changed.connect(self._settings_changed)
        self._update_total()
        self._update_versions()
        if self.load_problem:
            self._set_status(self.tr("PK tersimpan tidak dapat dibaca ({problem}); isian ini akan menggantinya "
                                     "begitu diubah.").format(problem=shorten(self.load_problem, 120)), "bad")
        else:
            self._set_status(self.tr("Tersimpan") if self.has_stored_pk else
                             self.tr("Belum ada PK tersimpan untuk kasus ini"), "none")

    def _load(self) -> PkContent:
        """The stored PK, else a new one to start from (also when the stored one cannot be read)."""
        self.load_problem: str | None = None
        try:
            stored = paperwork.load_pk(self.office, self.case_id)
        except PkError as e:
            # e.g. a PK that came with an imported case file: start afresh; it is replaced only on an edit.
            log.warning("stored PK of case %s cannot be read: %s", self.case_id, e)
            shown = pk_problems(e)
            stored, self.load_problem = None, shown[0] if shown else error_text(e)
        self.has_stored_pk = stored is not None
        content = stored if stored is not None else paperwork.new_pk(self.office, self.case_id)
        self._base = content            # fields the form does not show (unit) come from here
        return content

    # -- building
    def _build_header(self) -> None:
        """Title, status, copy button."""
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        # As wide for every year, so the buttons after it stay where they are when the year is typed.
        self.title_label.ensurePolished()
        metrics = self.title_label.fontMetrics()
        self.title_label.setMinimumWidth(max(metrics.horizontalAdvance(
            self.tr("Perjanjian Kinerja Tahun {year}").format(year=f"2{d}{d}{d}")) for d in range(10)) + 4)
        self.status_label = OneLineLabel()   # a fixed place: a new status moves nothing
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.undo_action = QAction(self.tr("Urungkan"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setToolTip(self.tr("Urungkan perubahan terakhir (Ctrl+Z)"))
        self.redo_action = QAction(self.tr("Ulangi"), self)
        self.redo_action.setShortcuts(redo_keys())
        self.redo_action.setToolTip(self.tr("Ulangi perubahan yang diurungkan (Ctrl+Y)"))
        self.undo_button = QPushButton(self.undo_action.text())
        self.redo_button = QPushButton(self.redo_action.text())
        for action, button, slot, signal in (
                (self.undo_action, self.undo_button, self.undo, self.undo_stack.canUndoChanged),
                (self.redo_action, self.redo_button, self.redo, self.undo_stack.canRedoChanged)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            action.setEnabled(False)
            signal.connect(action.setEnabled)
            action.enabledChanged.connect(button.setEnabled)
            self.addAction(action)
            button.setToolTip(action.toolTip())
            button.setAutoDefault(False)
            button.setEnabled(False)
            button.clicked.connect(action.trigger)
        self.copy_button = QPushButton(self.tr("Salin dari PK tahun lalu"))
        self.copy_button.setToolTip(self.tr("Ambil sasaran, indikator dan program dari PK terakhir SOP ini; "
                                            "tahun, tanggal dan para pihak tidak berubah."))
        self.copy_button.setAutoDefault(False)
        self.versions_button = QPushButton(self.tr("Versi PK…"))
        self.versions_button.setToolTip(self.tr("Versi PK yang tersimpan (diisi di sini atau dari berkas impor): "
                                                "lihat isinya, pakai versi lain atau kembali ke versi sebelumnya"))
        self.versions_button.setAutoDefault(False)
        self.versions_dialog: PkVersionsDialog | None = None

    def _build_general(self) -> QGroupBox:
        """Year, place and date."""
        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setGroupSeparatorShown(False)
        self.year.setMinimumWidth(90)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.office.profile().place or self.tr("mis. Somagede"))
        self.date = DateField(MAX_YEAR)
        general = QGroupBox(self.tr("Perjanjian"))
        gform = QFormLayout(general)
        gform.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        gform.setHorizontalSpacing(10)
        gform.setVerticalSpacing(6)
        gform.addRow(self._label(self.tr("&Tahun:"), self.year), self.year)
        gform.addRow(self._label(self.tr("Tem&pat:"), self.place), self.place)
        gform.addRow(self._label(self.tr("Tangga&l:"), self.date.edit), self.date)
        self.date.clear_button.setToolTip(self.tr("Kosongkan tanggal (diisi tangan saat ditandatangani)"))
        self.date.edit.setToolTip(self.tr("Kosongkan (tombol ×) bila tanggal ditulis tangan saat penandatanganan."))
        return general

    def _build_tables(self) -> None:
        """The sasaran and the programs, with the JUMLAH bar under the anggaran."""
        self.targets_model = TargetsModel(parent=self)
        self.targets = RowsEditor(
            self.tr("Sasaran Strategis, Indikator Kinerja dan Target"), self.targets_model,
            fixed={2: 110, 3: 110}, weights={0: 5, 1: 6},
            delegate_args={"completions": lambda: self.targets_model.goals(), "completion_column": 0},
            ask_remove=lambda row: self._ask_remove(self.targets_model, row), undo_stack=self.undo_stack,
            placeholder=self.tr("Belum ada sasaran. Tekan “Tambah baris” (atau Ins) dan ketik sasaran, "
                                "indikator, target dan satuannya; atau salin dari PK tahun lalu."))
        self.add_indicator_button = QPushButton(self.tr("Tambah indikator"))
        self.add_indicator_button.setToolTip(self.tr("Tambah indikator lain untuk sasaran yang dipilih"))
        self.add_indicator_button.setAutoDefault(False)
        self.targets.add_extra_button(self.add_indicator_button)

        self.programs_model = ProgramsModel(parent=self)
        self.programs = RowsEditor(
            self.tr("Program dan Anggaran"), self.programs_model,
            fixed={1: 190}, weights={0: 7, 2: 4},
            delegate_args={"right_column": ProgramsModel.BUDGET,
                           "right_placeholder": self.tr("mis. 1.250.000.000")},
            ask_remove=lambda row: self._ask_remove(self.programs_model, row), undo_stack=self.undo_stack,
            placeholder=self.tr("Belum ada program. Tekan “Tambah baris” (atau Ins) dan ketik program dan "
                                "anggarannya dari DPA, mis. 1.250.000.000."))
        self.total_bar = TotalBar(self.programs.view, ProgramsModel.BUDGET)
        self.total_bar.caption.setText(self.tr("JUMLAH"))
        self.total_label = self.total_bar.amount
        self.total_note = self.total_bar.note
        self.programs.under_view.addWidget(self.total_bar)

    def _build_problems(self) -> None:
        self.problem_title = QLabel(self.tr("Perbaiki dulu agar PK tersimpan:"))
        self.problem_title.setObjectName("sectionLabel")
        self.problem_list = QListWidget()
        self.problem_list.setWordWrap(True)
        # The space left under "Perjanjian" (the pihak boxes beside it are taller): a list of any
        # length takes exactly that, shown or hidden, so nothing moves.
        self.problem_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.problem_list.setMinimumHeight(2 * self.fontMetrics().height() + 8)
        self.problem_box = QWidget()
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setRetainSizeWhenHidden(True)
        self.problem_box.setSizePolicy(policy)
        pbox = QVBoxLayout(self.problem_box)
        pbox.setContentsMargins(0, 0, 0, 0)
        pbox.setSpacing(3)
        pbox.addWidget(self.problem_title)
        pbox.addWidget(self.problem_list, 1)
        self.problem_box.setVisible(False)

    def _layout(self, general: QGroupBox) -> None:
        head = QHBoxLayout()
        head.setSpacing(12)
        # The status takes what is left between the fixed buttons: a longer "Versi PK (3)…" moves only its
        # own left edge.
        head.addWidget(self.title_label)
        undo_box = QHBoxLayout()
        undo_box.setSpacing(4)
        undo_box.addWidget(self.undo_button)
        undo_box.addWidget(self.redo_button)
        head.addLayout(undo_box)
        head.addWidget(self.status_label, 1)
        head.addWidget(self.versions_button)
        head.addWidget(self.copy_button)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(6)
        left.addWidget(general)
        left.addWidget(self.problem_box, 1)
        top = QGridLayout()
        top.setHorizontalSpacing(10)
        top.addLayout(left, 0, 0)
        top.addWidget(self.first, 0, 1)
        top.addWidget(self.second, 0, 2)
        top.setColumnStretch(0, 3)
        top.setColumnStretch(1, 4)
        top.setColumnStretch(2, 4)
        self.parties_panel = QWidget()
        top.setContentsMargins(0, 0, 0, 0)
        self.parties_panel.setLayout(top)
        fold = self._build_fold()

        body = QWidget()
        body.setObjectName("pkEditorBody")
        box = QVBoxLayout(body)
        box.setContentsMargins(12, 8, 12, 8)
        box.setSpacing(8)
        box.addLayout(head)
        box.addLayout(fold)
        box.addWidget(self.parties_panel)
        box.addWidget(self.targets, 5)
        box.addWidget(self.programs, 4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll_area = scroll
        self.body = body
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build_fold(self) -> QHBoxLayout:
        """The line that opens or folds the agreement and pihak fields; folded, it says what they hold.

        On a short window (a 1366×768 screen at 125 %) the fields would leave the tables one row each:
        until the user chooses (remembered at this PC), they fold when the editor is short."""
        self.parties_toggle = QToolButton()
        self.parties_toggle.setCheckable(True)
        self.parties_toggle.setChecked(True)
        self.parties_toggle.setAutoRaise(True)
        self.parties_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.parties_toggle.setText(self.tr("Perjanjian dan para pihak"))
        self.parties_toggle.setObjectName("sectionLabel")
        self.parties_toggle.setStyleSheet("QToolButton { font-weight: 600; }")
        self.parties_summary = OneLineLabel()   # one line, shown or not: the tables stay where they are
        self.parties_summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._chosen_open = pc_settings.pk_parties_open()
        self._folded_by_height = False
        self._parties_problem = ""
        fold = QHBoxLayout()
        fold.setSpacing(8)
        fold.addWidget(self.parties_toggle)
        fold.addWidget(self.parties_summary, 1)
        self.parties_toggle.clicked.connect(self._parties_clicked)
        self._show_parties(True if self._chosen_open is None else self._chosen_open)
        return fold

    def parties_open(self) -> bool:
        return self.parties_toggle.isChecked()

    def _parties_clicked(self, shown: bool) -> None:
        self._chosen_open = shown
        pc_settings.set_pk_parties_open(shown)
        self._show_parties(shown)

    def _show_parties(self, shown: bool) -> None:
        self.parties_toggle.setChecked(shown)
        self.parties_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.parties_toggle.setToolTip(self.tr("Sembunyikan isian perjanjian dan para pihak") if shown else
                                       self.tr("Tampilkan isian perjanjian dan para pihak untuk diubah"))
        self.parties_panel.setVisible(shown)
        self._update_summary()

    def open_parties(self) -> None:
        """Show the fields (a problem or an undo goes to one of them); not a choice to remember."""
        if not self.parties_open():
            self._show_parties(True)
            self._folded_by_height = False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._chosen_open is not None:
            return
        short = event.size().height() < FOLD_BELOW
        if short and self.parties_open() and not self._parties_problem:
            self._folded_by_height = True
            self._show_parties(False)
        elif not short and self._folded_by_height:
            self._folded_by_height = False
            self._show_parties(True)

    def _update_summary(self) -> None:
        if self.parties_open():
            self.parties_summary.setText("")
            self.parties_summary.setToolTip("")
            return
        if self._parties_problem:
            text, state = self._parties_problem, "bad"
        else:
            def who(party: Party) -> str:
                parts = [p for p in (party.name, party.position) if p]
                return ", ".join(parts) if parts else "—"
            day = self.date.value()
            when = long_date(day) if day is not None else self.tr("belum ditanggali")
            text = self.tr("{place}, {date} · Pihak Pertama: {first} · Pihak Kedua: {second}").format(
                place=self.place.text().strip() or self.place.placeholderText(), date=when,
                first=who(self.first.party()), second=who(self.second.party()))
            state = "none"
        self.parties_summary.setText(text)
        self.parties_summary.setToolTip(plain_tip(text))
        self.parties_summary.setProperty("state", state)
        self.parties_summary.style().unpolish(self.parties_summary)
        self.parties_summary.style().polish(self.parties_summary)

    def _connect(self) -> None:
        """After the content is shown: from here on, a change is an edit."""
        self.copy_button.clicked.connect(self.copy_from_last_year)
        self.versions_button.clicked.connect(lambda: self.show_versions())
        self.add_indicator_button.clicked.connect(self.add_indicator)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_list.itemClicked.connect(self._go_to_problem)
        self._timer.timeout.connect(self.save_now)
        self.year.valueChanged.connect(lambda *_: self._field_edited("year"))
        self.place.textEdited.connect(lambda *_: self._field_edited("place"))
        self.date.changed.connect(lambda: self._field_edited("date"))
        for name, box in (("first", self.first), ("second", self.second)):
            box.field_edited.connect(lambda field, name=name: self._field_edited(
                f"{name}.{field}", merging=field != "pick"))
            for field in PartyBox.FIELDS:
                widget = box.field(field)
                self._route_undo_keys(widget)
                if isinstance(widget, QLineEdit):
                    widget.editingFinished.connect(self._end_merge)
        for widget in (self.year, self.place, self.date.edit):
            self._route_undo_keys(widget)
        self.year.editingFinished.connect(self._end_merge)
        self.place.editingFinished.connect(self._end_merge)
        self.date.edit.editingFinished.connect(self._end_merge)
        for table, other in ((self.targets, self.programs), (self.programs, self.targets)):
            table.undo_requested.connect(self.undo)
            table.redo_requested.connect(self.redo)
            table.about_to_add.connect(other.finish_editing)
            table.model.shown_at.connect(lambda row, column, table=table: self._reveal_cell(table, row, column))
            table.cursor_moved.connect(lambda row, column, table=table: self._reveal_cell(table, row, column))
        self.targets_model.edited.connect(self._edited)
        self.programs_model.edited.connect(self._edited)
        self.programs_model.dataChanged.connect(lambda *_: self._update_total())
        self.programs_model.rowsRemoved.connect(lambda *_: self._update_total())
        self.programs_model.modelReset.connect(lambda *_: self._update_total())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _route_undo_keys(self, widget: QWidget) -> None:
        """Ctrl+Z / Ctrl+Y in a field undo the editor's steps, not the field's own typing (one history)."""
        widgets = [widget]
        if isinstance(widget, (QAbstractSpinBox, QComboBox)):
            inner = widget.findChild(QLineEdit)
            if inner is not None:
                widgets.append(inner)
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
            for matches, slot in ((is_undo_key, self.undo), (is_redo_key, self.redo)):
                if matches(event):
                    event.accept()
                    if event.type() == QEvent.Type.KeyPress:
                        slot()
                    return True
        return super().eventFilter(obj, event)

    # -- changes made elsewhere
    def _cases_imported(self, case_ids: list) -> None:
        """An import may bring this case's PK from another PC: show it, unless something is typed here."""
        if self.case_id in case_ids:
            self._case_changed(self.case_id)

    def _case_changed(self, case_id: int) -> None:
        """The stored PK may have changed (an import, a version chosen): show it, unless something is typed here.

        Also heard after this editor's own save, while `_dirty` is still set: nothing to reload then."""
        if case_id != self.case_id:
            return
        self._update_versions()
        if self._dirty:
            return
        try:
            stored = paperwork.load_pk(self.office, self.case_id)
        except PkError as e:
            log.warning("imported PK of case %s cannot be read: %s", self.case_id, e)
            return
        if stored is None or stored == self._base:
            return
        self.has_stored_pk = True
        self.set_content(stored)
        self._show_problem_list([])
        self._set_status(self.tr("Tersimpan"), "none")
        self.saved.emit()

    def _update_versions(self) -> None:
        """"Versi PK (3)"; a version from an import that is not in use is pointed out."""
        versions = paperwork.pk_versions(self.office, self.case_id)
        waiting = [v for v in versions if v.source == "imported" and not v.current
                   and not any(w.current and w.number > v.number for w in versions)]
        text = self.tr("Versi PK ({n})…").format(n=len(versions)) if versions else self.tr("Versi PK…")
        if waiting:
            text = self.tr("Versi PK: ada versi dari impor…")
        self.versions_button.setText(text)
        self.versions_button.setEnabled(bool(versions))

    def show_versions(self, number: int | None = None) -> PkVersionsDialog:
        """The "Versi PK" dialog, with version `number` (else the one in use) selected."""
        dialog = self.versions_dialog
        if dialog is None:
            dialog = PkVersionsDialog(self.office, self.case_id, self, changes=self.changes,
                                      before_use=self.save_now)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.versions_dialog = dialog
        else:
            dialog.reload()
        number = number if number is not None else dialog.current_number()
        if number is not None:
            dialog.select(number)
        dialog.show()
        dialog.raise_()
        return dialog

    def _settings_changed(self, what: str) -> None:
        if what == OFFICIALS:
            officials = self.office.officials(active_only=True)
            self.first.set_officials(officials)
            self.second.set_officials(officials)
        elif what == PROFILE:
            self.place.setPlaceholderText(self.office.profile().place or self.tr("mis. Somagede"))

    # -- undo and redo
    def undo(self) -> None:
        """Undo the last edit; what is typed in an open cell counts as one (it is kept, then undone)."""
        self._finish_editing()
        self.undo_stack.undo()

    def redo(self) -> None:
        self._finish_editing()
        self.undo_stack.redo()

    def _finish_editing(self) -> None:
        self.targets.finish_editing()
        self.programs.finish_editing()

    def _fields(self) -> Fields:
        return (self.year.value(), self.place.text(), self.date.value(), self.first.state(), self.second.state())

    def _field_edited(self, field: str, merging: bool = True) -> None:
        if self._loading:
            return
        before, after = self._shown_fields, self._fields()
        self._shown_fields = after
        if before and after != before:
            self.undo_stack.push(_FieldEdit(self, before, after, field, merging))
        self._edited()

    def _end_merge(self) -> None:
        """The next typing starts a new undo step even in the same field (the field was left)."""
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(command, _FieldEdit):
            command.merging = False

    def _show_fields(self, fields: Fields, field: str) -> None:
        """Undo or redo of a field: show `fields`, the cursor in `field`, and save it as an edit."""
        year, place, when, first, second = fields
        self._loading = True
        try:
            self.year.setValue(year)
            if self.place.text() != place:
                self.place.setText(place)
            self.date.set_value(when)
            self.first.set_state(first)
            self.second.set_state(second)
        finally:
            self._loading = False
        self._shown_fields = fields
        self.open_parties()
        self._field_widget(field).setFocus(Qt.FocusReason.OtherFocusReason)
        self._reveal(self._field_widget(field))
        self._edited()

    def _field_widget(self, field: str) -> QWidget:
        if field == "year":
            return self.year
        if field == "place":
            return self.place
        if field == "date":
            return self.date.edit
        box, _, name = field.partition(".")
        return (self.first if box == "first" else self.second).field(name)

    def _reveal(self, widget: QWidget, x: int = 0, y: int = 0, width: int = 0, height: int = 0) -> None:
        """Scroll the editor so that `widget` (or the rectangle given in its coordinates) is in view."""
        if not self.body.isAncestorOf(widget):
            return
        if not width:
            width, height = widget.width(), widget.height()
        center = widget.mapTo(self.body, QPoint(x + width // 2, y + height // 2))
        self.scroll_area.ensureVisible(center.x(), center.y(), width // 2 + 8, height // 2 + 8)

    def _reveal_cell(self, table: RowsEditor, row: int, column: int) -> None:
        rect = table.view.visualRect(table.model.index(row, column))
        origin = table.view.viewport().mapTo(table.view, rect.topLeft())
        self._reveal(table.view, origin.x(), origin.y(), max(1, rect.width()), max(1, rect.height()))

    # -- content in and out
    def set_content(self, content: PkContent) -> None:
        """Show a PK (not an edit: nothing is saved; the undo history starts again)."""
        self._finish_editing()
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
        self.undo_stack.clear()
        self._shown_fields = self._fields()
        self._update_title()
        self._update_total()
        self._update_summary()

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
        self._update_summary()
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
        self.targets.finish_editing()
        row = self.targets.current_row()
        goal = self.targets_model.rows[row]["goal"] if row >= 0 else ""
        return self.targets.add_row({"goal": goal}, edit_column=1 if goal else 0)

    def _ask_remove(self, model: RowsModel, row: int) -> bool:
        first = next((v for v in model.rows[row].values() if v.strip()), "")
        return messages.ask(self, self.tr("Hapus {row} (\u201c{text}\u201d)?").format(
            row=model.row_label(row).lower(), text=shorten(first, 60)), self.tr("Hapus baris"),
            yes=self.tr("Hapus"), no=self.tr("Batal"))

    def copy_from_last_year(self) -> bool:
        """"Salin dari PK tahun lalu": the sasaran and programs of the newest other PK of this SOP."""
        try:
            previous = paperwork.previous_pk(self.office, self.case_id)
        except UserError as e:
            messages.warn(self, error_text(e))
            return False
        if previous is None:
            messages.inform(self, self.tr("Belum ada PK lain dari SOP ini yang dapat disalin."))
            return False
        if (self.targets_model.has_content() or self.programs_model.has_content()) and not messages.ask(
                self, self.tr(
                    "Sasaran, indikator dan program yang sudah diisi akan diganti dengan isi PK tahun {year}. "
                    "Lanjutkan?").format(year=previous.year), self.tr("Salin dari PK tahun lalu"),
                yes=self.tr("Ganti"), no=self.tr("Batal")):
            return False
        self._finish_editing()
        self.undo_stack.beginMacro(self.tr("Salin dari PK tahun lalu"))
        try:
            self.targets_model.replace_rows(TargetsModel.from_targets(previous.targets))
            self.programs_model.replace_rows(ProgramsModel.from_programs(previous.programs))
        finally:
            self.undo_stack.endMacro()
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
                found.append((partial(self._go_to_field, field), msg))
        self._parties_problem = ""
        if found:
            self._parties_problem = found[0][1]
            if len(found) > 1:
                self._parties_problem += " " + self.tr("(dan {n} lainnya)").format(n=len(found) - 1)
        self._update_summary()
        for editor, model in ((self.targets, self.targets_model), (self.programs, self.programs_model)):
            marks, messages_ = {}, []
            for r, c, msg in model.problems():
                marks[(r, c)] = msg
                text = f"{model.row_label(r)}, {model.header(c)}: {msg}"
                messages_.append(text)
                found.append((partial(self._go_to_cell, editor, r, c), text))
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
            shown = pk_problems(e)
            self._show_problem_list([(lambda: None, p) for p in shown])
            self._not_saved(shown[0] if shown else error_text(e), len(shown))
            return False
        except UserError as e:
            log.warning("PK of case %s not saved: %s", self.case_id, e)
            self._show_problem_list([(lambda: None, error_text(e))])
            self._not_saved(error_text(e), 1)
            return False
        self._dirty = False
        self.has_stored_pk = True
        self._base = content
        self._saved_at = clock_time(self.office.now(), self.office.tz)
        self._set_status(self.tr("Tersimpan {time}").format(time=self._saved_at), "good")
        self.saved.emit()
        return True

    def _not_saved(self, first: str, count: int) -> None:
        text = self.tr("Belum tersimpan: {problem}").format(problem=shorten(first, 160))
        if count > 1:
            text += " " + self.tr("(dan {n} lainnya)").format(n=count - 1)
        self._set_status(text, "bad")

    def _set_status(self, text: str, state: str) -> None:
        self.status_label.setText(text)
        self.status_label.setToolTip(plain_tip(text))
        self.status_label.setProperty("state", state)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        self.statusChanged.emit(text)

    def _show_problem_list(self, found: list[tuple[Callable[[], None], str]]) -> None:
        self._problems = found
        self.problem_list.clear()
        for _go, msg in found:
            item = QListWidgetItem("• " + msg)
            item.setToolTip(plain_tip(msg))
            self.problem_list.addItem(item)
        self.problem_box.setVisible(bool(found))

    def _go_to_cell(self, table: RowsEditor, row: int, column: int) -> None:
        table.select_cell(row, column)
        self._reveal_cell(table, row, column)

    def _go_to_field(self, field: QWidget) -> None:
        self.open_parties()
        field.setFocus()
        self._reveal(field)

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
