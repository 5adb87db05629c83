"""Settings page "Pejabat dan Pegawai": the officials table and a form for the selected person.

The NIP is checked as it is typed (`nip_problem`), with the reason shown
under the field; an official with a wrong NIP is not saved.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.indonesian import (
    PANGKAT,
    format_nip,
    normalize_nip,
    normalize_pangkat,
    pangkat_label,
    parse_nip,
)
from ...domain.office import Official
from ..kit.formatting import date_text
from ..kit.message_text import nip_problem
from ..kit.widgets import error_label, list_table, show_error

if TYPE_CHECKING:
    from ...app.office import Office


class OfficialsPage(QWidget):

    def __init__(self, office: Office, parent=None):
        super().__init__(parent)
        self.office = office
        self.items: list[Official] = office.officials()
        self.dirty: set[int] = set()
        self._loading = False

        self.table = list_table([self.tr("Nama"), self.tr("NIP"), self.tr("Pangkat/Golongan"),
                                 self.tr("Jabatan"), self.tr("Aktif")])
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        hh = self.table.horizontalHeader()
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        fm = self.fontMetrics()
        for col, sample in ((0, "Drs. SAPTONO SUPRIYANTO, M.Si."), (1, "19650924 199503 1 002"),
                            (2, "Pengatur Muda Tingkat I (II/b)"), (4, self.tr("Aktif"))):
            self.table.setColumnWidth(col, fm.horizontalAdvance(sample) + 28)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))

        self.add_button = QPushButton(self.tr("Tambah Pejabat/Pegawai"))
        self.add_button.clicked.connect(self.add_official)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("Nama lengkap dengan gelar, mis. Drs. SAPTONO SUPRIYANTO"))
        self.nip_edit = QLineEdit()
        self.nip_edit.setMaxLength(30)
        self.nip_edit.setPlaceholderText(self.tr("18 angka, mis. 19650924 199503 1 002"))
        self.nip_status = QLabel()
        self.nip_status.setWordWrap(True)
        self.nip_status.setObjectName("nipStatus")
        self.rank_combo = QComboBox()
        self.rank_combo.setEditable(True)
        self.rank_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.rank_combo.addItem("")
        for golongan, _name in PANGKAT:
            self.rank_combo.addItem(pangkat_label(golongan))
        rank_edit = self.rank_combo.lineEdit()
        assert rank_edit is not None  # the combo box is editable
        rank_edit.setPlaceholderText(self.tr("pilih, atau ketik mis. IV/b"))
        self.position_edit = QLineEdit()
        self.position_edit.setMaxLength(300)
        self.position_edit.setPlaceholderText(self.tr("mis. Sekretaris Kecamatan"))
        self.active_check = QCheckBox(self.tr("Masih aktif (dapat dipilih sebagai pelaksana dan penanda tangan)"))

        self.form_box = QGroupBox(self.tr("Rincian"))
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Nama:"), self.name_edit)
        nip_box = QVBoxLayout()
        nip_box.setSpacing(3)
        nip_box.addWidget(self.nip_edit)
        nip_box.addWidget(self.nip_status)
        nip_label = QLabel(self.tr("N&IP:"))
        nip_label.setBuddy(self.nip_edit)
        form.addRow(nip_label, nip_box)
        form.addRow(self.tr("&Pangkat/golongan:"), self.rank_combo)
        form.addRow(self.tr("&Jabatan:"), self.position_edit)
        form.addRow("", self.active_check)
        self.error_label = error_label()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.form_box)
        layout.addWidget(self.error_label)

        self.name_edit.textEdited.connect(self._edited)
        self.nip_edit.textEdited.connect(self._edited)
        self.position_edit.textEdited.connect(self._edited)
        self.rank_combo.currentTextChanged.connect(self._edited)
        rank_edit.editingFinished.connect(self._normalize_rank)
        self.active_check.toggled.connect(self._edited)

        self._fill_table()
        if self.items:
            self.table.selectRow(0)
        else:
            self._show(-1)

    # -- table --------------------------------------------------------------------
    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.items))
        for row in range(len(self.items)):
            self._fill_row(row)

    def _fill_row(self, row: int) -> None:
        o = self.items[row]
        cells = (o.name or self.tr("(nama belum diisi)"), format_nip(o.nip) or "—", o.rank, o.position,
                 self.tr("ya") if o.active else self.tr("tidak"))
        for col, text in enumerate(cells):
            item = self.table.item(row, col)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(row, col, item)
            item.setText(text)
            item.setForeground(QColor("#1f2937") if o.active else QColor("#8a94a3"))
            item.setToolTip(text)

    def current_row(self) -> int:
        return self.table.currentRow()

    def select(self, row: int) -> None:
        self.table.setCurrentCell(row, 0)
        self.table.selectRow(row)

    def add_official(self) -> None:
        self.items.append(Official(name=""))
        row = len(self.items) - 1
        self.table.setRowCount(len(self.items))
        self._fill_row(row)
        self.select(row)
        self.name_edit.setFocus()

    # -- form -----------------------------------------------------------------------
    def _show(self, row: int) -> None:
        self._loading = True
        try:
            has = 0 <= row < len(self.items)
            self.form_box.setEnabled(has)
            o = self.items[row] if has else Official(name="")
            self.name_edit.setText(o.name)
            self.nip_edit.setText(format_nip(o.nip))
            self.rank_combo.setCurrentText(o.rank)
            self.position_edit.setText(o.position)
            self.active_check.setChecked(o.active)
            self._check_nip()
        finally:
            self._loading = False

    def _normalize_rank(self) -> None:
        text = self.rank_combo.currentText()
        fixed = normalize_pangkat(text)
        if fixed and fixed != text:
            self.rank_combo.setCurrentText(fixed)

    def _edited(self, *_args) -> None:
        self._check_nip()
        if self._loading:
            return
        row = self.current_row()
        if not 0 <= row < len(self.items):
            return
        self.items[row] = replace(self.items[row], name=self.name_edit.text().strip(),
                                  nip=normalize_nip(self.nip_edit.text()), rank=self.rank_combo.currentText().strip(),
                                  position=self.position_edit.text().strip(), active=self.active_check.isChecked())
        self.dirty.add(row)
        self._fill_row(row)
        show_error(self.error_label, None)

    def _check_nip(self) -> str | None:
        """Show what is wrong with the NIP as it is typed; an empty NIP is allowed (a Bupati has none)."""
        text = self.nip_edit.text()
        if not normalize_nip(text):
            self.nip_status.setProperty("state", "none")
            self.nip_status.setText(self.tr("Tanpa NIP (mis. untuk Bupati atau pegawai non-ASN)."))
            problem = None
        else:
            problem = nip_problem(text)
            if problem:
                self.nip_status.setProperty("state", "bad")
                self.nip_status.setText(problem)
            else:
                info = parse_nip(text)
                sex = self.tr("laki-laki") if info.sex == "L" else self.tr("perempuan")
                self.nip_status.setProperty("state", "good")
                self.nip_status.setText(self.tr("✓ NIP sah: lahir {born}, {sex}, diangkat {month}/{year}.").format(
                    born=date_text(info.birth_date), sex=sex, month=f"{info.appointed[1]:02d}",
                    year=info.appointed[0]))
        self.nip_edit.setProperty("invalid", bool(problem))
        for w in (self.nip_status, self.nip_edit):  # re-apply the style sheet for the changed property
            w.style().unpolish(w)
            w.style().polish(w)
        return problem

    # -- saving -----------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return bool(self.dirty)

    def save(self) -> None:
        for row in sorted(self.dirty):
            o = self.items[row]
            if o.id is None and not (o.name or o.nip or o.position or o.rank):
                continue  # an added row left empty: nothing to save
            try:
                if o.nip and nip_problem(o.nip):
                    raise UserError(self.tr("NIP {name}: {problem}").format(name=o.name or "?",
                                                                          problem=nip_problem(o.nip)))
                new_id = self.office.save_official(o)
            except UserError:
                self.select(row)
                raise
            self.items[row] = replace(o, id=new_id)
            self.dirty.discard(row)
        self.dirty.clear()
        self.items = self.office.officials()
        keep = self.current_row()
        self._fill_table()
        if self.items:
            self.select(min(max(keep, 0), len(self.items) - 1))
