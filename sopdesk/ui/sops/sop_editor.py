"""The SOP editor, a tab of the main window (SOP → SOP baru / Ubah SOP / Salin SOP), as in
mockups/sop-editor.png: Simpan · Batal · Urungkan · Ulangi · Tambah langkah · Hapus · Naik ·
Turun · Pratinjau lembar SOP over the tabs Identitas · Pelaksana · Langkah.

What is edited is a draft until Simpan, which is offered only while `sop check` finds no
problem: it stores a new version (with today's Tanggal Revisi unless one was written), and
cases already running keep the version they started with. Every edit can be undone
(Ctrl+Z) and redone (Ctrl+Y); closing the tab with changes asks whether to save them.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTabWidget, QToolBar, QVBoxLayout, QWidget

from ...app import sops
from ...domain.errors import UserError
from ...domain.sop import Sop
from ...domain.sop_edit import insert_step, move_step, remove_step
from ..kit import messages
from ..kit.errors import busy
from ..kit.formatting import sop_short_name
from ..kit.message_text import error_text, problem_message, problem_text
from ..shell.change_bridge import ChangeBridge, bridge_for
from .identity_page import IdentityPage, printed_date
from .lanes_page import LanesPage
from .sop_document import SopDocument
from .steps_model import ACTIVITY
from .steps_page import StepsPage

if TYPE_CHECKING:
    from ...app.office import Office
    from ...app.sops import SopVersion

log = logging.getLogger(__name__)
translate = QCoreApplication.translate   # lupdate reads translate("context", "literal") calls

NEW, EDIT, COPY, DRAFT = "new", "edit", "copy", "draft"   # DRAFT: a new SOP read from elsewhere (Word)
IDENTITY_FIELDS = {"code", "name", "number", "unit", "unit_lines", "made", "revised", "effective", "legal_basis",
                   "qualifications", "related", "equipment", "warnings", "records"}

BADGE_STYLE = ("QLabel#versionBadge { background: #e8eaee; color: #374151; border-radius: 10px; padding: 3px 10px;"
               " font-weight: bold; }"
               "QLabel#problemBadge { background: #fdecea; color: #b3261e; border-radius: 10px; padding: 3px 10px;"
               " font-weight: bold; }"
               "QLabel#problemBadge[ok=\"true\"] { background: #e6f4ea; color: #1f6b35; }"
               "QToolBar#editorToolbar { border: none; border-bottom: 1px solid #e5e7eb; spacing: 2px; }")


def ask_unsaved(parent: QWidget | None, text: str, can_save: bool) -> str:
    """"save", "discard" or "cancel" for an edit not saved yet (tests patch this)."""
    options = ([("save", translate("SopEditorPage", "Simpan sebagai versi baru"))] if can_save else []) + [
        ("discard", translate("SopEditorPage", "Buang perubahan")), ("cancel", translate("SopEditorPage", "Batal"))]
    return messages.choose(parent, text, options, "cancel")


def _is_redo(event) -> bool:
    ctrl = Qt.KeyboardModifier.ControlModifier
    mods = event.modifiers() & (ctrl | Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier)
    return event.matches(QKeySequence.StandardKey.Redo) or (event.key() == Qt.Key.Key_Y and mods == ctrl) or (
        event.key() == Qt.Key.Key_Z and mods == ctrl | Qt.KeyboardModifier.ShiftModifier)


class SopEditorPage(QWidget):
    """One SOP being written or changed; a Page of the main window."""

    close_requested = Signal()      # Batal, or closed after the question: the window closes the tab
    saved = Signal(str, int)        # code, version number

    def __init__(self, office: Office, sop: Sop, base: SopVersion | None, *, mode: str = EDIT, parent=None,
                 changes: ChangeBridge | None = None):
        super().__init__(parent)
        self.office = office
        self.base = base
        self.mode = mode
        self.doc = SopDocument(sop, self)
        self._versions = sops.versions(office, base.code) if base is not None else []
        self._elsewhere = ""   # a newer version was saved by another window or PC meanwhile
        self.setStyleSheet(BADGE_STYLE)

        officials = office.officials(active_only=True)
        self.identity = IdentityPage(self.doc, officials, sops.office_unit_lines(office), code_editable=mode != EDIT)
        self.lanes = LanesPage(self.doc)
        self.steps = StepsPage(self.doc)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("casePages")
        self.tabs.addTab(self.identity, "")
        self.tabs.addTab(self.lanes, "")
        self.tabs.addTab(self.steps, "")
        self.tabs.setCurrentWidget(self.identity if mode == NEW else self.steps)

        self._make_actions()
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("editorToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for group in ((self.save_action, self.cancel_action), (self.undo_action, self.redo_action),
                      (self.add_step_action, self.remove_step_action, self.up_action, self.down_action),
                      (self.preview_action,)):
            if self.toolbar.actions():
                self.toolbar.addSeparator()
            for action in group:
                self.toolbar.addAction(action)

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("mutedText")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.version_badge = QLabel()
        self.version_badge.setObjectName("versionBadge")
        self.problem_badge = QLabel()
        self.problem_badge.setObjectName("problemBadge")
        self.version_note = QLabel()
        self.version_note.setObjectName("mutedText")
        self.version_note.setTextFormat(Qt.TextFormat.PlainText)
        self.keys_note = QLabel(self.tr("Alt+↑/↓ memindah langkah · Ctrl+Z urungkan · Ctrl+Y ulangi"))
        self.keys_note.setObjectName("mutedText")
        self.counts = QLabel()
        self.counts.setObjectName("mutedText")

        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        head = QHBoxLayout()
        head.setContentsMargins(12, 8, 12, 2)
        head.addLayout(heading, 1)
        head.addWidget(self.version_badge, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.problem_badge, 0, Qt.AlignmentFlag.AlignTop)
        foot = QHBoxLayout()
        foot.setContentsMargins(12, 2, 12, 4)
        foot.addWidget(self.version_note, 1)
        foot.addWidget(self.keys_note)
        foot.addSpacing(18)
        foot.addWidget(self.counts)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.toolbar)
        box.addLayout(head)
        box.addWidget(self.tabs, 1)
        box.addLayout(foot)

        self.doc.changed.connect(self._update)
        self.doc.previewed.connect(self._update)
        self.doc.stack.cleanChanged.connect(self._clean_changed)
        self.steps.table.selectionModel().currentChanged.connect(lambda *_: self._update_step_actions())
        self.tabs.currentChanged.connect(lambda _i: self._update_step_actions())
        self.changes = bridge_for(office.changes, changes, self)
        self.changes.sops_changed.connect(self._sops_changed)
        self._route_undo_keys()
        if self.doc.sop.steps:
            self.steps.select(0, ACTIVITY)
        self._update()

    # -- actions
    def _make_actions(self) -> None:
        def action(text: str, slot, keys: list | None = None, tip: str = "") -> QAction:
            a = QAction(text, self)
            if keys:
                a.setShortcuts([QKeySequence(k) for k in keys])
                a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if tip:
                a.setToolTip(tip)
            a.triggered.connect(lambda _checked=False: slot())
            self.addAction(a)
            return a

        self.save_action = action(self.tr("Simpan"), self.save, [QKeySequence.StandardKey.Save],
                                  self.tr("Simpan sebagai versi baru (Ctrl+S); aktif bila tidak ada masalah"))
        self.cancel_action = action(self.tr("Batal"), self.cancel, None, self.tr("Tutup editor tanpa menyimpan"))
        self.undo_action = action(self.tr("Urungkan"), self.doc.stack.undo, [QKeySequence.StandardKey.Undo],
                                  self.tr("Urungkan perubahan terakhir (Ctrl+Z)"))
        self.redo_action = action(self.tr("Ulangi"), self.doc.stack.redo,
                                  [QKeySequence.StandardKey.Redo, "Ctrl+Y", "Ctrl+Shift+Z"],
                                  self.tr("Ulangi perubahan yang diurungkan (Ctrl+Y)"))
        self.add_step_action = action(self.tr("Tambah langkah"), self.add_step, None,
                                      self.tr("Sisipkan langkah di bawah langkah yang dipilih (Ins)"))
        self.remove_step_action = action(self.tr("Hapus"), self.remove_step, None,
                                         self.tr("Hapus langkah yang dipilih (Del)"))
        self.up_action = action(self.tr("Naik"), lambda: self.move_step(-1), None,
                                self.tr("Pindahkan langkah ke atas (Alt+↑)"))
        self.down_action = action(self.tr("Turun"), lambda: self.move_step(1), None,
                                  self.tr("Pindahkan langkah ke bawah (Alt+↓)"))
        self.preview_action = action(self.tr("Pratinjau lembar SOP"), self.preview_sheet, None,
                                     self.tr("Lembar SOP dari yang sedang disunting, untuk dilihat atau dicetak"))
        self.steps.table.move_requested.connect(self.move_step)
        self.steps.table.insert_requested.connect(self.add_step)
        self.steps.table.remove_requested.connect(self.remove_step)

    def _route_undo_keys(self) -> None:
        """Ctrl+Z / Ctrl+Y in a field of the Identitas tab undo the editor's steps, not the field's own typing
        (one history for the whole SOP)."""
        for widget in self.identity.findChildren(QWidget):
            if isinstance(widget, QLineEdit) or widget in self.identity.lists.values():
                widget.installEventFilter(self)
        for widget in self.lanes.findChildren(QWidget):
            widget.installEventFilter(self)
        for widget in (self.steps.flow.yes_label, self.steps.flow.no_label):
            widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            if event.matches(QKeySequence.StandardKey.Undo):
                if event.type() == QEvent.Type.KeyPress:
                    self.doc.stack.undo()
                event.accept()
                return True
            if _is_redo(event):
                if event.type() == QEvent.Type.KeyPress:
                    self.doc.stack.redo()
                event.accept()
                return True
        return False

    @property
    def unsaved(self) -> bool:
        """Something to save: an edit, or a copy not saved yet (a new SOP only once something is written)."""
        return self.doc.dirty or self.mode in (COPY, DRAFT)

    # -- the state shown
    def _clean_changed(self, _clean: bool) -> None:
        if shiboken6.isValid(self.doc.stack):   # not while the page and its history are being deleted
            self._update()

    def _update(self) -> None:
        sop, check = self.doc.shown, self.doc.shown_check
        self.title.setText(sop.name.strip() or (self.tr("SOP baru") if self.mode != EDIT else sop.code))
        parts = []
        if sop.number.strip():
            parts.append(self.tr("Nomor {number}").format(number=sop.number.strip()))
        if self.base is not None:
            since = printed_date(self.base.sop.effective) or printed_date(self.base.sop.made)
            parts.append(self.tr("versi {n} berlaku sejak {date}").format(n=self.base.number, date=since) if since
                         else self.tr("versi {n}").format(n=self.base.number))
        elif self.mode == COPY:
            parts.append(self.tr("salinan, disimpan sebagai SOP baru"))
        elif self.mode == DRAFT:
            parts.append(self.tr("belum disimpan"))
        if sop.code:
            parts.append(self.tr("kode {code}").format(code=sop.code))
        self.subtitle.setText("  ·  ".join(parts))
        draft = self.base.number + 1 if self.base is not None else 1
        pending = self.unsaved or self.doc.shown is not self.doc.sop
        self.version_badge.setText(self.tr("Versi {n} · draf").format(n=draft) if pending or self.base is None
                                   else self.tr("Versi {n}").format(n=self.base.number))
        errors = len(check.errors)
        self.problem_badge.setText(self.tr("%n masalah", "", errors) if errors else self.tr("Tanpa masalah"))
        self.problem_badge.setProperty("ok", "false" if errors else "true")
        self.problem_badge.style().unpolish(self.problem_badge)
        self.problem_badge.style().polish(self.problem_badge)
        self.problem_badge.setToolTip("\n".join(problem_text(p) for p in check.errors[:12]))
        # what is typed counts: Simpan comes back as soon as the typed text mends the last problem
        self.save_action.setEnabled(pending and not check.errors)
        self.undo_action.setEnabled(self.doc.stack.canUndo())
        self.redo_action.setEnabled(self.doc.stack.canRedo())
        self._tab_titles()
        self._update_step_actions()
        decisions = sum(1 for s in sop.steps if s.kind == "decision")
        self.counts.setText("  ·  ".join((self.tr("%n langkah", "", len(sop.steps)),
                                          self.tr("%n pelaksana", "", len(sop.lanes)),
                                          self.tr("%n keputusan", "", decisions))))
        self.version_note.setText(self._version_words(draft))

    def _version_words(self, draft: int) -> str:
        if self._elsewhere:
            return self._elsewhere
        if self.base is None:
            return self.tr("SOP baru — belum disimpan") if self.unsaved else \
                self.tr("SOP baru")
        running = [v for v in self._versions if v.open_cases]
        if not self.doc.dirty and self.doc.shown is self.doc.sop:
            return self.tr("Versi {n} dipakai kasus baru.").format(n=self.base.number)
        if running:
            used = ", ".join(str(v.number) for v in running)
            return self.tr("Versi {n} (draf) — kasus berjalan tetap memakai versi {used}").format(n=draft, used=used)
        return self.tr("Versi {n} (draf) — kasus baru memakainya setelah disimpan").format(n=draft)

    def _tab_titles(self) -> None:
        check = self.doc.shown_check
        counts = (sum(1 for p in check.errors if p.step is None and p.field in IDENTITY_FIELDS),
                  sum(1 for p in check.errors if p.step is None and p.field == "lanes"),
                  sum(1 for p in check.errors if p.step is not None or p.field == "steps"))
        for i, (title, n) in enumerate(zip((self.tr("Identitas"), self.tr("Pelaksana"), self.tr("Langkah")), counts,
                                           strict=True)):
            self.tabs.setTabText(i, f"{title} ({n})" if n else title)

    def _update_step_actions(self) -> None:
        on_steps = self.tabs.currentWidget() is self.steps
        row, n = self.steps.current_row(), len(self.doc.sop.steps)
        self.add_step_action.setEnabled(on_steps)
        self.remove_step_action.setEnabled(on_steps and 0 <= row < n and n > 1)
        self.up_action.setEnabled(on_steps and 0 < row < n)
        self.down_action.setEnabled(on_steps and 0 <= row < n - 1)

    # -- steps
    def add_step(self) -> None:
        self.steps.commit_open()
        row = self.steps.current_row()
        at = row + 1 if row >= 0 else len(self.doc.sop.steps)
        if self.doc.sop.steps and at == len(self.doc.sop.steps) and self.doc.sop.steps[-1].kind == "end":
            at -= 1   # a new step goes before the Selesai step, which stays last
        self.doc.apply(insert_step(self.doc.sop, at), self.tr("Tambah langkah {no}").format(no=at + 1))
        self.tabs.setCurrentWidget(self.steps)
        self.steps.edit_cell(at, ACTIVITY)

    def remove_step(self) -> None:
        self.steps.commit_open()
        row = self.steps.current_row()
        if 0 <= row < len(self.doc.sop.steps) and len(self.doc.sop.steps) > 1:
            self.doc.apply(remove_step(self.doc.sop, row), self.tr("Hapus langkah {no}").format(no=row + 1))
            self.steps.select(min(row, len(self.doc.sop.steps) - 1), max(ACTIVITY, self.steps.table.currentIndex()
                                                                           .column()))

    def move_step(self, delta: int) -> None:
        self.steps.commit_open()
        row = self.steps.current_row()
        column = max(ACTIVITY, self.steps.table.currentIndex().column())
        new = move_step(self.doc.sop, row, delta)
        if new is self.doc.sop:
            return
        self.doc.apply(new, self.tr("Pindahkan langkah {no}").format(no=row + 1))
        self.steps.select(row + delta, column)

    # -- saving and closing
    def save(self) -> bool:
        """Simpan: a new version (or a new SOP). False, with the problem shown, when it cannot be saved."""
        self.steps.commit_open()
        errors = self.doc.check.errors
        if errors:
            self.show_problem(errors[0])
            return False
        if not self.unsaved:
            return True
        try:
            with busy():
                code, number = sops.save_edited(self.office, self.doc.sop, self.base)
        except sops.SopFileError as e:
            first = e.problems[0] if e.problems else None
            if first is not None and first.field == "code" and first.step is None:
                self.tabs.setCurrentWidget(self.identity)
                self.identity.show_refusal("code", problem_message(first))
            else:
                messages.show_problems(self, self.tr("SOP tidak disimpan karena:"),
                                       [problem_text(p) for p in e.problems])
            return False
        except UserError as e:
            messages.warn(self, error_text(e))
            return False
        previous = self.base.number if self.base is not None else None
        self.base = sops.editable(self.office, code)
        self.mode = EDIT
        self.identity.lines["code"].setReadOnly(True)
        self._versions = sops.versions(self.office, code)
        self._elsewhere = ""
        self.doc.mark_saved(self.base.sop)
        note = self.tr("Disimpan sebagai versi {n}.").format(n=number)
        if previous is not None and any(v.open_cases for v in self._versions if v.number != number):
            note += " " + self.tr("Kasus yang sedang berjalan tetap memakai versinya.")
        self.version_note.setText(note)
        self.saved.emit(code, number)
        return True

    def confirm_close(self) -> bool:
        """Before the tab closes: True when it may (nothing unsaved, saved now, or the changes discarded)."""
        self.steps.commit_open()
        if not self.unsaved:
            return True
        name = sop_short_name(self.doc.sop.name) or self.tr("SOP baru")
        can_save = not self.doc.check.errors
        text = self.tr("Perubahan pada {name} belum disimpan.").format(name=name)
        if not can_save:
            text += "\n\n" + self.tr("Perubahan belum dapat disimpan karena masih ada masalah.")
        answer = ask_unsaved(self, text, can_save)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.discard()
            return True
        return False

    def discard(self) -> None:
        """Let the changes go (the tab closes without asking)."""
        self.steps.commit_open()
        self.doc.stack.setClean()
        if self.mode in (COPY, DRAFT):
            self.mode = NEW   # nothing of the copy is kept either

    def cancel(self) -> None:
        if self.confirm_close():
            self.close_requested.emit()

    def show_problem(self, problem) -> None:
        if problem.step is not None or problem.field == "steps":
            self.tabs.setCurrentWidget(self.steps)
            self.steps.focus_problem(problem)
        elif problem.field == "lanes":
            self.tabs.setCurrentWidget(self.lanes)
        else:
            self.tabs.setCurrentWidget(self.identity)
            self.identity.focus_field(problem.field or "name")

    def preview_sheet(self):
        """The sheet of what is being edited, in the print preview (the running job)."""
        self.steps.commit_open()
        from ..paperwork.document_actions import preview_sop_draft
        return preview_sop_draft(self, self.office, self.doc.sop)

    def _sops_changed(self, code: str) -> None:
        if self.base is None or code != self.base.code:
            return
        current = sops.current_version(self.office, code)
        if current.number != self.base.number:
            self._elsewhere = self.tr("Versi {n} SOP ini baru saja disimpan di tempat lain; perubahan di sini tidak "
                                      "dapat disimpan lagi.").format(n=current.number)
            self._update()

    # -- Page
    def refresh(self) -> None:
        if self.base is not None:
            self._versions = sops.versions(self.office, self.base.code)
        self._update()

    def save_now(self) -> bool:
        """Nothing is saved unasked (a new version is the user's decision): True when nothing is unsaved."""
        return not self.doc.dirty

    def can_print(self) -> bool:
        return True

    def print_current(self) -> object:
        return self.preview_sheet()

    def sop_shown(self) -> tuple[str, int | None] | None:
        return (self.base.code, self.base.number) if self.base is not None else None


def edit_page(office: Office, code: str, parent=None, changes: ChangeBridge | None = None) -> SopEditorPage:
    base = sops.editable(office, code)
    return SopEditorPage(office, base.sop, base, mode=EDIT, parent=parent, changes=changes)


def new_page(office: Office, parent=None, changes: ChangeBridge | None = None) -> SopEditorPage:
    return SopEditorPage(office, sops.new_sop(office), None, mode=NEW, parent=parent, changes=changes)


def copy_page(office: Office, code: str, parent=None, changes: ChangeBridge | None = None) -> SopEditorPage:
    return SopEditorPage(office, sops.copy_of(office, code), None, mode=COPY, parent=parent, changes=changes)


def draft_page(office: Office, sop: Sop, parent=None, changes: ChangeBridge | None = None) -> SopEditorPage:
    """A new SOP made elsewhere (e.g. read from a Word file) to correct and save; its steps numbered 1..n."""
    from ...domain.sop_edit import normalized
    return SopEditorPage(office, normalized(sop), None, mode=DRAFT, parent=parent, changes=changes)
