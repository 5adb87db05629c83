"""The "Lampiran kasus" section of the case screen: the case's files, added, opened and saved.

Files come in by "Tambah…" or by dropping them on the case screen (the case
view forwards its drops to `add_files`); they are stored in the database by
sopdesk.app.attachments, on the step selected in the swimlane. Double-click opens
a read-only temporary copy with the PC's own program; "Simpan sebagai…"
writes the bytes to a file of the user's choice. There is no delete: an
attachment added by mistake is marked by correcting its history note.
"""
from __future__ import annotations

import logging
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...app import attachments as att
from ...domain.errors import UserError
from ..kit import messages
from ..kit.errors import busy, user_action
from ..kit.formatting import short_datetime, size_text
from ..kit.message_text import error_text
from ..kit.rows_editor import OneLineLabel
from ..kit.widgets import HTML_ROLE, HtmlItemDelegate, plain_tip
from ..settings import pc_settings

if TYPE_CHECKING:
    from ...app.office import Office

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_ROWS_SHOWN = 4


def local_files(urls) -> list[str]:
    """The local files among dropped URLs (folders and web links are left out)."""
    out = []
    for url in urls:
        if url.isLocalFile():
            path = url.toLocalFile()
            if Path(path).is_file():
                out.append(path)
    return out


class AttachmentsSection(QWidget):
    """Heading, the list of the case's attachments, and Tambah / Buka / Simpan sebagai."""

    added = Signal(list)  # the new attachment ids (the history has new notes too)
    resized = Signal()    # the list grew or shrank: the case view shares the side panel again

    def __init__(self, office: Office, case_id: int, step_of=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.case_id = case_id
        self.step_of = step_of or (lambda: None)
        self.items: list[att.AttachmentInfo] = []

        self.title = QLabel(self.tr("Lampiran kasus"))
        self.title.setStyleSheet("font-weight: 600; color: #3c4043;")
        self.title.setContentsMargins(0, 6, 0, 0)
        self.add_button = QPushButton(self.tr("Tambah…"))
        self.open_button = QPushButton(self.tr("Buka"))
        self.save_button = QPushButton(self.tr("Simpan sebagai…"))
        self.open_button.setToolTip(self.tr("Buka lampiran dengan program di PC ini (salinan baca-saja)"))
        self.save_button.setToolTip(self.tr("Simpan lampiran sebagai berkas, mis. ke flashdisk"))
        for b in (self.add_button, self.open_button, self.save_button):
            b.setAutoDefault(False)
        self.add_button.clicked.connect(self.choose_and_add)
        self.open_button.clicked.connect(lambda: self.open_attachment())
        self.save_button.clicked.connect(lambda: self.save_as())

        self.list = QListWidget()
        self.list.setObjectName("attachmentList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setItemDelegate(HtmlItemDelegate(self.list))
        pal = self.list.palette()  # a light selection, like the history below it
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            pal.setColor(group, QPalette.ColorRole.Highlight, QColor("#d6e4f7"))
            pal.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#202124"))
        self.list.setPalette(pal)
        self.list.itemDoubleClicked.connect(lambda item: self.open_attachment(item.data(ID_ROLE)))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        # beside the heading, cut to its width (all of it in the tooltip): the step's details and the history
        # need the height on a short screen
        self.empty = OneLineLabel(self.tr("Belum ada lampiran. Tekan Tambah… atau seret berkas (mis. hasil pindai "
                                          "surat) ke layar kasus ini."))
        self.empty.setToolTip(plain_tip(self.empty.text()))
        self.empty.setStyleSheet("color: #6b7280;")

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title)
        head.addSpacing(6)
        head.addWidget(self.empty, 1)
        head.addWidget(self.add_button)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addWidget(self.save_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addLayout(head)
        box.addWidget(self.list)
        box.addLayout(row)
        self.reload()

    # -- showing ------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.selected_id()
        self.items = att.list_attachments(self.office, self.case_id)
        self.list.clear()
        tz = self.office.tz
        for info in reversed(self.items):  # newest first, like the history
            self.list.addItem(self._item(info, tz))
        has = bool(self.items)
        self.list.setVisible(has)
        self.empty.setVisible(not has)
        self.open_button.setVisible(has)
        self.save_button.setVisible(has)
        self.title.setText(self.tr("Lampiran kasus ({n})").format(n=len(self.items)) if has
                           else self.tr("Lampiran kasus"))
        if keep is not None:
            self.select(keep)
        elif has:
            self.list.setCurrentRow(0)
        self._fit_height()
        self._update_buttons()

    def _item(self, info: att.AttachmentInfo, tz) -> QListWidgetItem:
        """One line, as in the mockup: the name, then its step and size; who and when in the tooltip
        (and in the history, where adding it was recorded)."""
        step = self.tr("langkah {n}").format(n=info.step) if info.step is not None else ""
        size = size_text(info.size)
        muted = " · ".join(p for p in (step, size) if p)
        plain = [f"{info.filename}  ({muted})"]
        muted_html = " · ".join(escape(p).replace(" ", "&nbsp;") for p in (step, size) if p)  # "1,2 MB" stays whole
        html = f"<b>{escape(info.filename)}</b>&nbsp; <span style='color:#5f6368'>{muted_html}</span>"
        if info.voided_by is not None:
            mark = self.tr("ditandai salah (koreksi #{id})").format(id=info.voided_by)
            html = f"<s style='color:#80868b'>{html}</s><br><span style='color:#b3261e'>{escape(mark)}</span>"
            plain.append(mark)
        item = QListWidgetItem("\n".join(plain))
        item.setData(ID_ROLE, info.id)
        item.setData(HTML_ROLE, html)
        item.setToolTip(self.tr("{name}\nDitambahkan {when} oleh {who}\nKlik dua kali untuk membuka").format(
            name=info.filename, when=short_datetime(info.added_at, tz), who=info.added_by or "—"))
        return item

    def _fit_height(self) -> None:
        """As tall as its rows (up to MAX_ROWS_SHOWN of them), so the history keeps the room below."""
        count = self.list.count()
        if count:
            height = sum(self.list.sizeHintForRow(i) for i in range(min(count, MAX_ROWS_SHOWN)))
        else:
            height = self.fontMetrics().height() * 2 + 6
        height += 2 * self.list.frameWidth() + 2
        if height != self.list.height():
            self.list.setFixedHeight(height)
            self.resized.emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_height()  # the style's row heights are known once shown

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()  # long names wrap differently at another width

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)
        step = self.step_of()
        self.add_button.setToolTip(
            self.tr("Lampirkan berkas ke langkah {n} (langkah yang dipilih); paling besar 50 MB per berkas")
            .format(n=step) if step is not None else
            self.tr("Lampirkan berkas ke kasus ini; paling besar 50 MB per berkas"))

    def step_changed(self) -> None:
        self._update_buttons()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def select(self, attachment_id: int) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == attachment_id:
                self.list.setCurrentRow(i)
                return True
        return False

    def info(self, attachment_id: int) -> att.AttachmentInfo | None:
        return next((i for i in self.items if i.id == attachment_id), None)

    def sizeHint(self) -> QSize:
        return QSize(320, super().sizeHint().height())

    # -- adding -------------------------------------------------------------------
    def choose_and_add(self) -> list[int]:
        paths = messages.choose_open_files(self, self.tr("Pilih berkas lampiran"),
                                           self.tr("Semua berkas (*);;PDF (*.pdf);;Gambar (*.jpg *.jpeg *.png);;"
                                                   "Dokumen (*.doc *.docx *.xls *.xlsx *.odt *.ods)"))
        return self.add_files(paths) if paths else []

    def add_files(self, paths: list[str], step: int | None = -1) -> list[int]:
        """Store each file; the ones refused are listed together, the others are kept."""
        if step == -1:
            step = self.step_of()
        who = pc_settings.default_official()
        added, problems = [], []
        with busy():
            for path in paths:
                try:
                    added.append(att.add_attachment(self.office, self.case_id, path, by=who, step=step))
                except UserError as e:
                    problems.append(error_text(e))
        if problems:
            if len(problems) == 1 and not added:
                messages.warn(self, problems[0])
            else:
                messages.show_problems(self, self.tr("Berkas berikut tidak dilampirkan:"), problems)
        if added:
            self.reload()
            self.select(added[-1])
            self.added.emit(added)
        return added

    # -- opening and saving -------------------------------------------------------------
    def open_attachment(self, attachment_id: int | None = None) -> bool:
        attachment_id = attachment_id if attachment_id is not None else self.selected_id()
        if attachment_id is None:
            return False
        with user_action(self), busy():
            path, kind = att.attachment_for_opening(self.office, attachment_id)
        if path.suffix.lower() != f".{kind.extension}":  # the copy is named by its checked type, nothing else
            log.error("attachment %s copy %s does not end in .%s; not opened", attachment_id, path, kind.extension)
            return False
        if not kind.viewable and not messages.ask(self, self.tr(
                "Berkas ini dibuka dengan program lain di komputer ini ({kind}: {name}). Dokumen seperti ini dapat "
                "berisi makro; bukalah hanya bila Anda mengenal pengirimnya. Bila program itu menawarkan untuk "
                "mengaktifkan makro atau konten, jawab tidak.\n\nBuka sekarang?").format(kind=kind.label,
                                                                                     name=path.name),
                self.tr("Buka lampiran"), yes=self.tr("Buka"), no=self.tr("Batal")):
            return False
        with user_action(self):
            if messages.open_with_system(str(path)):
                return True
            if messages.interactive():
                messages.warn(self, self.tr("PC ini tidak punya program untuk membuka {name}. Simpan lampiran "
                                            "dengan Simpan sebagai…, lalu buka dengan program yang sesuai.")
                              .format(name=path.name))
        return False

    def save_as(self, attachment_id: int | None = None) -> str | None:
        attachment_id = attachment_id if attachment_id is not None else self.selected_id()
        info = self.info(attachment_id) if attachment_id is not None else None
        if info is None or attachment_id is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = (Path(folder) if folder else Path.home()) / att.safe_file_name(info.filename)
        path = messages.choose_save_file(self, self.tr("Simpan lampiran"), self.tr("Semua berkas (*)"),
                                         str(suggested))
        if not path:
            return None
        with user_action(self), busy():
            written = att.save_attachment(self.office, info.id, path)
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(self.tr("Lampiran disimpan: {path}").format(path=written), 10_000)
            return str(written)
        return None
