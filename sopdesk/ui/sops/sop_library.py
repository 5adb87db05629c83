"""The SOP library tab (Pustaka SOP): the office's SOPs, the versions of the one chosen (and
which one new cases use), the way into the editor, and the import/export of SOP files (.toml)."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...app import sops as sop_cases
from ...domain.errors import UserError
from ..kit import messages
from ..kit.errors import busy
from ..kit.formatting import number_text, short_datetime
from ..kit.message_text import error_text, problem_text
from ..kit.widgets import list_table
from ..shell.change_bridge import ChangeBridge, bridge_for
from .identity_page import printed_date

if TYPE_CHECKING:
    from ...app.office import Office

log = logging.getLogger(__name__)

MAX_SOP_FILE = 5_000_000  # an SOP is a few kilobytes; anything this big is the wrong file


def import_sop_file(parent: QWidget | None, office: Office, path: str | None = None) -> str | None:
    """Ask for a .toml file and import it; each problem is listed if the SOP is refused. Returns the code."""
    if not path:
        path = messages.choose_open_file(
            parent, QCoreApplication.translate("sop_library", "Impor SOP"),
            QCoreApplication.translate("sop_library", "Berkas SOP (*.toml);;Semua berkas (*)"))
    if not path:
        return None
    p = Path(path)
    try:
        if p.stat().st_size > MAX_SOP_FILE:
            messages.warn(parent, QCoreApplication.translate(
                "sop_library", "Berkas {name} terlalu besar untuk sebuah SOP.").format(name=p.name))
            return None
        data = p.read_bytes()
    except OSError as e:
        messages.warn(parent, QCoreApplication.translate(
            "sop_library", "Berkas {name} tidak dapat dibaca ({reason}).").format(name=p.name, reason=e.strerror or e))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        messages.warn(parent, QCoreApplication.translate(
            "sop_library", "Berkas {name} bukan teks UTF-8. Simpan ulang sebagai UTF-8 lalu coba lagi.").format(
            name=p.name))
        return None
    try:
        with busy():
            code, version, created = office.import_sop_text(text, p.name)
    except UserError as e:
        problems = [problem_text(x) for x in getattr(e, "problems", [])] or [error_text(e)]
        messages.show_problems(parent, QCoreApplication.translate(
            "sop_library", "SOP dari {name} tidak diimpor karena:").format(name=p.name), problems)
        return None
    if created:
        done = QCoreApplication.translate("sop_library", "SOP {code} diimpor sebagai versi {version}.")
    else:
        done = QCoreApplication.translate("sop_library",
                                          "SOP {code} sama dengan yang sudah ada; tetap versi {version}.")
    messages.inform(parent, done.format(code=code, version=version))
    return code


def export_sop_file(parent: QWidget | None, office: Office, code: str, path: str | None = None) -> bool:
    if not path:
        path = messages.choose_save_file(parent, QCoreApplication.translate("sop_library", "Ekspor SOP"),
                                         QCoreApplication.translate("sop_library", "Berkas SOP (*.toml)"),
                                         f"{code}.toml")
    if not path:
        return False
    if not path.lower().endswith(".toml"):
        path += ".toml"
    try:
        text = office.export_sop(code)
        Path(path).write_text(text, encoding="utf-8")
    except UserError as e:
        messages.warn(parent, error_text(e))
        return False
    except OSError as e:
        messages.warn(parent, QCoreApplication.translate(
            "sop_library", "Berkas {path} tidak dapat ditulis ({reason}).").format(path=path, reason=e.strerror or e))
        return False
    messages.inform(parent, QCoreApplication.translate("sop_library", "SOP {code} diekspor ke {path}.").format(
        code=code, path=path))
    return True


class SopLibraryWidget(QWidget):
    """A table of the office's SOPs with buttons to open one as a flowchart, import and export."""

    open_sop = Signal(str)
    new_case = Signal(str)
    edit_requested = Signal(str, str)   # "new", "edit" or "copy"; the code ("" for a new SOP)

    def __init__(self, office: Office, parent=None, *, changes: ChangeBridge | None = None):
        super().__init__(parent)
        self.office = office
        heading = QLabel(self.tr("Pustaka SOP"))
        heading.setObjectName("pageTitle")
        intro = QLabel(self.tr("SOP yang dipakai kantor ini. Klik dua kali untuk melihat diagram alirnya."))
        intro.setObjectName("mutedText")

        headers = [self.tr("Kode"), self.tr("Nama"), self.tr("Versi"), self.tr("Langkah"), self.tr("Pelaksana")]
        self.table = list_table(headers)
        hh = self.table.horizontalHeader()
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemSelectionChanged.connect(self._show_versions)

        self.versions_title = QLabel()
        self.versions_title.setObjectName("sectionLabel")
        self.versions = list_table([self.tr("Versi"), self.tr("Disimpan"), self.tr("Tanggal revisi"),
                                    self.tr("Kasus"), self.tr("Keterangan")])
        vh = self.versions.horizontalHeader()
        vh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        vh.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.versions.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.versions.setMaximumHeight(150)

        self.open_button = QPushButton(self.tr("Lihat Diagram"))
        self.open_button.setObjectName("primaryButton")
        self.new_case_button = QPushButton(self.tr("Kasus Baru dari SOP Ini…"))
        self.print_button = QPushButton(self.tr("Cetak lembar SOP…"))
        self.print_button.setToolTip(self.tr("Lembar SOP (identitas dan diagram alir) untuk dilihat, dicetak "
                                             "atau disimpan sebagai PDF"))
        self.new_sop_button = QPushButton(self.tr("SOP Baru…"))
        self.edit_button = QPushButton(self.tr("Ubah SOP…"))
        self.edit_button.setToolTip(self.tr("Ubah SOP ini; disimpan sebagai versi baru, kasus yang berjalan tetap "
                                            "memakai versinya"))
        self.copy_button = QPushButton(self.tr("Salin SOP…"))
        self.copy_button.setToolTip(self.tr("SOP baru yang dimulai dari salinan SOP ini"))
        self.new_sop_button.clicked.connect(lambda: self.edit_requested.emit("new", ""))
        self.edit_button.clicked.connect(lambda: self._edit("edit"))
        self.copy_button.clicked.connect(lambda: self._edit("copy"))
        self.import_button = QPushButton(self.tr("Impor SOP…"))
        self.export_button = QPushButton(self.tr("Ekspor SOP…"))
        self.open_button.clicked.connect(self._open)
        self.new_case_button.clicked.connect(self._new_case)
        self.print_button.clicked.connect(self.print_sheet)
        self.import_button.clicked.connect(self._import)
        self.export_button.clicked.connect(self._export)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_case_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_sop_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.copy_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addSpacing(6)
        layout.addWidget(self.versions_title)
        layout.addWidget(self.versions)
        self.reload()
        self.changes = bridge_for(office.changes, changes, self)
        self.changes.sops_changed.connect(self._sops_changed)
        self.changes.database_replaced.connect(self.reload)

    def _sops_changed(self, _code: str) -> None:
        self.reload()

    def reload(self) -> None:
        keep = self.selected_code()
        infos = self.office.sops()
        self.table.setRowCount(len(infos))
        for r, info in enumerate(infos):
            cells = (info.code, info.name, str(info.version), str(info.steps), str(len(info.lanes)))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, info.code)
                if c in (2, 3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 4:
                    item.setToolTip("\n".join(info.lanes))
                self.table.setItem(r, c, item)
        row = next((r for r, info in enumerate(infos) if info.code == keep), 0 if infos else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()
        self._show_versions()

    def selected_code(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _update_buttons(self) -> None:
        has = self.selected_code() is not None
        for b in (self.open_button, self.new_case_button, self.print_button, self.export_button, self.edit_button,
                  self.copy_button):
            b.setEnabled(has)

    def _show_versions(self) -> None:
        """The versions of the chosen SOP: when each was saved, its revisi date, its cases, which one new
        cases use."""
        code = self.selected_code()
        infos = sop_cases.versions(self.office, code) if code else []
        self.versions_title.setText(self.tr("Versi SOP {code}").format(code=code) if code else self.tr("Versi SOP"))
        self.versions.setRowCount(len(infos))
        tz = self.office.tz
        for r, v in enumerate(infos):
            notes = []
            if v.current:
                notes.append(self.tr("dipakai kasus baru"))
            if v.open_cases:
                notes.append(self.tr("%n kasus masih berjalan dengan versi ini", "", v.open_cases))
            if not v.local:
                notes.append(self.tr("dari kasus yang diimpor"))
            cells = (str(v.number), short_datetime(v.created_at, tz) if v.created_at else "",
                     printed_date(v.revised) or v.revised or "—", number_text(v.cases), "; ".join(notes))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if v.current:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.versions.setItem(r, c, item)

    def _edit(self, mode: str) -> None:
        code = self.selected_code()
        if code:
            self.edit_requested.emit(mode, code)

    def _open(self) -> None:
        code = self.selected_code()
        if code:
            self.open_sop.emit(code)

    def _new_case(self) -> None:
        code = self.selected_code()
        if code:
            self.new_case.emit(code)

    def print_sheet(self):
        """"Cetak lembar SOP…": the selected SOP's sheet, drawn in the background, in the print preview.
        Returns the running job (None without a selection)."""
        code = self.selected_code()
        if not code:
            return None
        from ..paperwork.document_actions import preview_sop_sheet
        return preview_sop_sheet(self, self.office, code)

    def _import(self) -> None:
        code = import_sop_file(self, self.office)  # the table re-reads itself on sops_changed
        if code:
            for r in range(self.table.rowCount()):
                item = self.table.item(r, 0)
                if item is not None and item.data(Qt.ItemDataRole.UserRole) == code:
                    self.table.selectRow(r)

    def _export(self) -> None:
        code = self.selected_code()
        if code:
            export_sop_file(self, self.office, code)

    # -- Page
    def refresh(self) -> None:
        self.reload()

    def save_now(self) -> bool:
        return True

    def can_print(self) -> bool:
        return False  # the sheet has its own button, Cetak lembar SOP…

    def print_current(self) -> object:
        return None

    def sop_shown(self) -> tuple[str, int | None] | None:
        code = self.selected_code()
        return (code, None) if code else None
