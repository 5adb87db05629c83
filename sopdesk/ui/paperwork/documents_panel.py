"""The documents of a case, for the case view to host: the PK editor and what is made from it.

"Pratinjau PK", "Cetak PK" (Ctrl+P while the panel has the focus), "Simpan PDF PK…"
and "Surat Pengantar…". Before any of them the editor saves what is typed; a PK
with mistakes is not printed (the problems are listed instead). More documents
(the SOP sheet, the case report) are added with `add_document_button`.
"""
from __future__ import annotations

import logging
from io import BytesIO
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...documents.pk import render_pk
from ...domain.errors import UserError
from ..kit import messages
from ..kit.errors import busy, user_action
from ..kit.message_text import error_text
from ..kit.rows_editor import OneLineLabel
from ..kit.widgets import plain_tip
from ..shell.change_bridge import ChangeBridge
from . import pengantar_dialog, print_preview
from .pk_editor import PkEditor, pk_file_name

if TYPE_CHECKING:
    from ...app.office import Office

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("DocumentsPanel", text)


class DocumentsPanel(QWidget):
    """PK editor of a case with its document buttons; a note while the case has no stored PK."""

    def __init__(self, office: Office, case_id: int, parent: QWidget | None = None, *,
                 changes: ChangeBridge | None = None):
        super().__init__(parent)
        self.office = office
        self.case_id = case_id
        self.editor = PkEditor(office, case_id, changes=changes)

        self.preview_button = QPushButton(self.tr("Pratinjau PK"))
        self.preview_button.setObjectName("primaryButton")
        self.preview_button.setToolTip(self.tr("Lihat PK (pernyataan dan lampiran) seperti akan dicetak"))
        self.print_button = QPushButton(self.tr("Cetak PK…"))
        self.print_button.setToolTip(self.tr("Cetak PK ke printer (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("Simpan PDF PK…"))
        self.save_button.setToolTip(self.tr("Simpan PK sebagai berkas PDF"))
        self.pengantar_button = QPushButton(self.tr("Surat Pengantar…"))
        self.pengantar_button.setToolTip(self.tr("Buat surat pengantar yang mengirim PK ini kepada Bupati"))
        self.preview_button.clicked.connect(self.preview_pk)
        self.print_button.clicked.connect(self.print_pk)
        self.save_button.clicked.connect(self.save_pk_pdf)
        self.pengantar_button.clicked.connect(self.open_pengantar)

        print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        print_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_shortcut.activated.connect(self.print_pk)

        # In the buttons' row, one line: when the first save hides it, nothing below moves.
        note = self.tr("Kasus ini belum punya PK tersimpan. Isian di bawah adalah titik awal (PK tahun lalu atau "
                       "pejabat dari Pengaturan); PK tersimpan otomatis begitu ada yang diubah.")
        self.note = OneLineLabel(note)
        self.note.setToolTip(plain_tip(note))
        self.note.setObjectName("pkNote")
        self.note.setStyleSheet("#pkNote { background: #fff7e0; border: 1px solid #f0d890; border-radius: 4px; "
                                "padding: 2px 8px; color: #5b4a12; }")
        self.note.setFixedHeight(self.preview_button.sizeHint().height())
        self.note.setVisible(not self.editor.has_stored_pk)
        self.editor.saved.connect(lambda: self.note.setVisible(False))

        bar = QHBoxLayout()
        bar.setContentsMargins(12, 8, 12, 0)
        bar.setSpacing(8)
        self.buttons = bar
        for b in (self.preview_button, self.print_button, self.save_button, self.pengantar_button):
            b.setAutoDefault(False)
            bar.addWidget(b)
        bar.addSpacing(8)
        bar.addWidget(self.note, 1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #dde1e6;")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        box.addLayout(bar)
        box.addWidget(line)
        box.addWidget(self.editor, 1)

    def add_document_button(self, text: str, slot, tip: str = "") -> QPushButton:
        """Another document of the case (SOP sheet, case report), after the PK buttons."""
        b = QPushButton(text)
        b.setAutoDefault(False)
        if tip:
            b.setToolTip(tip)
        b.clicked.connect(slot)
        self.buttons.insertWidget(self.buttons.indexOf(self.note) - 1, b)
        return b

    def save_now(self) -> bool:
        """Save what is typed (the case view calls this before its tab closes)."""
        return self.editor.save_now()

    # -- the PK as PDF
    def _ready_pk(self):
        """The PK as saved from the form, or None after saying why it cannot be used yet."""
        if not self.editor.save_now(force=True):
            problems = self.editor.problems() or [self.editor.status_text()]
            messages.show_problems(self, self.tr("PK belum tersimpan, jadi belum dapat dicetak. Perbaiki dulu:"),
                                   problems, self.tr("PK belum lengkap"))
            return None
        return self.editor.content()

    def pk_pdf(self) -> bytes | None:
        content = self._ready_pk()
        if content is None:
            return None
        profile = self.office.profile()
        buf = BytesIO()
        with user_action(self), busy():
            render_pk(content, profile, buf, paper=profile.paper)
            return buf.getvalue()
        return None

    def _title(self) -> str:
        return self.tr("Perjanjian Kinerja Tahun {year}").format(year=self.editor.year.value())

    def _file_name(self) -> str:
        return pk_file_name(self.editor.content(), self.office.profile().unit)

    def preview_pk(self) -> bool:
        data = self.pk_pdf()
        if data is None:
            return False
        print_preview.show_preview(self, data, title=self._title(), file_name=self._file_name(),
                                   paper=self.office.profile().paper)
        return True

    def print_pk(self) -> bool:
        data = self.pk_pdf()
        if data is None:
            return False
        return print_preview.print_pdf(self, data, title=self._title(), paper=self.office.profile().paper)

    def save_pk_pdf(self) -> str | None:
        data = self.pk_pdf()
        if data is None:
            return None
        return print_preview.save_pdf(self, data, self._file_name())

    def open_pengantar(self) -> bool:
        if self._ready_pk() is None:
            return False
        try:
            return pengantar_dialog.ask_pengantar(self, self.office, self.case_id)
        except UserError as e:
            messages.warn(self, error_text(e))
            return False
