""""Versi PK": every version a case's PK has had, one viewed read-only, and "Pakai versi ini".

A PK that arrives in a `.sopcase` and differs from the one here is kept as a version, not put
in use (app/transfer.py); here the user compares it and chooses. Choosing one keeps the one in
use as a version too, so every choice can be undone by choosing again (app/paperwork).
"""
from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...app import paperwork
from ...domain.errors import UserError
from ...domain.indonesian import format_rupiah
from ...domain.pk import Party, PkContent
from ..kit import messages
from ..kit.formatting import long_date, short_datetime
from ..kit.message_text import error_text
from ..kit.widgets import fit_to_screen, list_table
from ..shell.change_bridge import ChangeBridge, bridge_for

if TYPE_CHECKING:
    from ...app.office import Office

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


class PkVersionsDialog(QDialog):
    """The versions of one case's PK. `before_use()` runs before a version is put in use (the editor
    saves what is typed, so it becomes a version too); False stops it."""

    def __init__(self, office: Office, case_id: int, parent: QWidget | None = None, *,
                 changes: ChangeBridge | None = None, before_use: Callable[[], bool] | None = None):
        super().__init__(parent)
        self.office = office
        self.case_id = case_id
        self.before_use = before_use
        self.versions: list[paperwork.PkVersion] = []
        self.setWindowTitle(self.tr("Versi PK"))
        intro = QLabel(self.tr("Setiap isi PK yang pernah dipakai atau datang dari berkas impor tersimpan sebagai "
                               "versi. Pilih satu untuk melihat isinya; “Pakai versi ini” menjadikannya PK kasus "
                               "ini. PK yang dipakai sekarang tetap tersimpan dan dapat dipakai lagi."))
        intro.setWordWrap(True)
        self.table = list_table([self.tr("Versi"), self.tr("Disimpan"), self.tr("Asal"), self.tr("Status")])
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.use_button = QPushButton(self.tr("Pakai versi ini"))
        self.use_button.setAutoDefault(False)
        self.use_button.clicked.connect(lambda: self.use_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        row = QHBoxLayout()
        row.addWidget(self.use_button)
        row.addStretch(1)
        row.addWidget(buttons)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(splitter, 1)
        box.addLayout(row)
        fit_to_screen(self, (960, 560), parent)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.changes = bridge_for(office.changes, changes, self)
        self.changes.case_changed.connect(self._changed)
        self.changes.cases_imported.connect(lambda ids: self._changed(self.case_id) if self.case_id in ids else None)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.selected_number()
        self.versions = paperwork.pk_versions(self.office, self.case_id)
        tz, now = self.office.tz, self.office.now()
        self.table.setRowCount(0)
        for v in reversed(self.versions):   # newest first
            r = self.table.rowCount()
            self.table.insertRow(r)
            source = self.tr("diimpor") if v.source == "imported" else self.tr("diisi di PC ini")
            status = self.tr("dipakai") if v.current else ("" if v.content is not None else self.tr("tidak terbaca"))
            cells = [self.tr("Versi {n}").format(n=v.number), short_datetime(v.saved_at, tz, now), source, status]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(NUMBER_ROLE, v.number)
                if v.imported_from:
                    item.setToolTip(v.imported_from)
                if v.current:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        numbers = [v.number for v in reversed(self.versions)]
        current = self.current_number()
        target = keep if keep in numbers else current if current is not None else (numbers[0] if numbers else None)
        if target is not None:
            self.select(target)
        else:
            self._show_selected()

    def _changed(self, case_id: int) -> None:
        if case_id == self.case_id:
            self.reload()

    def select(self, number: int) -> bool:
        for r in range(self.table.rowCount()):
            if self._number(r) == number:
                self.table.selectRow(r)
                self._show_selected()
                return True
        return False

    def current_number(self) -> int | None:
        """The version in use."""
        return next((v.number for v in self.versions if v.current), None)

    def selected_number(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._number(rows[0].row()) if rows else None

    def _number(self, row: int) -> int | None:
        item = self.table.item(row, 0)
        return item.data(NUMBER_ROLE) if item is not None else None

    def selected(self) -> paperwork.PkVersion | None:
        number = self.selected_number()
        return next((v for v in self.versions if v.number == number), None)

    def _show_selected(self) -> None:
        v = self.selected()
        self.use_button.setEnabled(v is not None and not v.current and v.content is not None)
        if v is None:
            self.view.setHtml("")
            self.use_button.setToolTip("")
            return
        self.use_button.setToolTip(self.tr("Versi ini yang sedang dipakai.") if v.current else "")
        self.view.setHtml(self.version_html(v))

    def version_html(self, v: paperwork.PkVersion) -> str:
        tz = self.office.tz
        head = self.tr("Versi {n}, disimpan {when}").format(n=v.number, when=short_datetime(v.saved_at, tz))
        parts = [f"<h3>{escape(head)}</h3>"]
        if v.imported_from:
            parts.append(f"<p style='color:#5f6368'>{escape(v.imported_from)}</p>")
        if v.content is None:
            unreadable = self.tr("Isi versi ini tidak terbaca sebagai PK.")
            parts.append(f"<p>{escape(unreadable)}</p>")
            return "".join(parts)
        parts.append(self.content_html(v.content))
        return "".join(parts)

    def use_selected(self) -> bool:
        """"Pakai versi ini": after a confirmation, the selected version becomes the case's PK."""
        v = self.selected()
        if v is None or v.current or v.content is None:
            return False
        current = next((c for c in self.versions if c.current), None)
        tz = self.office.tz
        text = self.tr("Pakai versi {n} (disimpan {when}) sebagai PK kasus ini?").format(
            n=v.number, when=short_datetime(v.saved_at, tz))
        if current is not None:
            text += "\n\n" + self.tr("PK yang dipakai sekarang (versi {n}) tetap tersimpan dan dapat dipakai lagi "
                                     "dari daftar ini.").format(n=current.number)
        if not messages.ask(self, text, self.tr("Pakai versi PK"), yes=self.tr("Pakai versi ini"),
                            no=self.tr("Batal")):
            return False
        if self.before_use is not None and not self.before_use():
            messages.warn(self, self.tr("PK yang sedang diisi belum dapat disimpan. Perbaiki dulu isiannya "
                                        "(lihat daftar di bawah PK), lalu pilih versi lagi."))
            return False
        try:
            paperwork.accept_pk_version(self.office, self.case_id, v.number)
        except UserError as e:
            messages.warn(self, error_text(e))
            return False
        self.reload(select=v.number)
        return True

    def content_html(self, content: PkContent) -> str:
        """The PK as a read-only page: year, place and date, the parties, the two tables."""
        date = long_date(content.date) if content.date is not None else self.tr("(tanggal diisi tangan)")
        where = self.tr("Tahun {year}, {place}, {date}").format(year=content.year, place=content.place, date=date)
        parts = [f"<p>{escape(where)}</p>", _party_html(self.tr("Pihak Pertama"), content.first_party),
                 _party_html(self.tr("Pihak Kedua"), content.second_party)]
        cell = "style='padding:2px 6px; border:1px solid #c4c7c5'"
        targets = "".join(f"<tr><td {cell}>{escape(t.goal)}</td><td {cell}>{escape(t.indicator)}</td>"
                          f"<td {cell}>{escape(t.target)} {escape(t.unit)}</td></tr>" for t in content.targets)
        heading, empty = self.tr("Sasaran, indikator dan target"), self.tr("Belum ada sasaran.")
        parts.append(f"<p><b>{escape(heading)}</b></p>")
        parts.append(f"<table cellspacing='0'>{targets}</table>" if targets else f"<p><i>{escape(empty)}</i></p>")
        programs = "".join(f"<tr><td {cell}>{escape(p.name)}</td>"
                           f"<td {cell} align='right'>{escape(format_rupiah(p.budget))}</td></tr>"
                           for p in content.programs)
        heading, empty = self.tr("Program dan anggaran"), self.tr("Belum ada program.")
        parts.append(f"<p><b>{escape(heading)}</b></p>")
        parts.append(f"<table cellspacing='0'>{programs}</table>" if programs else f"<p><i>{escape(empty)}</i></p>")
        return "".join(parts)


def _party_html(title: str, party: Party) -> str:
    lines = [party.name, party.position, party.rank, f"NIP {party.nip}" if party.nip else ""]
    return f"<p><b>{escape(title)}</b><br>" + "<br>".join(escape(x) for x in lines if x) + "</p>"
