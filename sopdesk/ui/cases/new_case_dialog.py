"""The "Kasus Baru" dialog: choose the SOP, name the case, note the incoming letter.

It is opened with `open()` (window-modal, not blocking), creates the case
itself through `Office.new_case` and emits `created(case_id)`; a refusal is
shown inside the dialog, next to the field concerned, and the dialog stays.
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ..kit.formatting import sop_short_name
from ..kit.message_text import error_text
from ..kit.widgets import error_label, show_error
from ..shell import i18n

if TYPE_CHECKING:
    from ...app.office import Office


class NewCaseDialog(QDialog):
    created = Signal(int)

    def __init__(self, office: Office, parent: QWidget | None = None, sop_code: str | None = None):
        super().__init__(parent)
        self.office = office
        self.case_id: int | None = None
        self._title_touched = False
        self.setWindowTitle(self.tr("Kasus Baru"))
        self.setMinimumWidth(560)
        today = office.now().astimezone(office.tz).date()
        self._today = today

        self.sop_combo = QComboBox()
        self.sop_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sop_combo.setMinimumContentsLength(30)
        for info in office.sops():
            self.sop_combo.addItem(info.name, info.code)
            self.sop_combo.setItemData(self.sop_combo.count() - 1,
                                       self.tr("{code}, versi {version}, {steps} langkah").format(
                                           code=info.code, version=info.version, steps=info.steps),
                                       Qt.ItemDataRole.ToolTipRole)
        if sop_code and self.sop_combo.findData(sop_code) >= 0:
            self.sop_combo.setCurrentIndex(self.sop_combo.findData(sop_code))
        self.sop_error = error_label()

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(500)
        self.title_edit.setPlaceholderText(self.tr("mis. Penyusunan PK Tahun {year}").format(year=today.year + 1))
        self.title_error = error_label()

        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today.year + 1)  # a PK is prepared the year before it runs
        self.year_spin.setGroupSeparatorShown(False)
        self.year_spin.setMaximumWidth(110)

        self.letter_group = QGroupBox(self.tr("Surat masuk yang memulai kasus ini"))
        self.letter_group.setCheckable(True)
        self.letter_group.setChecked(True)
        self.number_edit = QLineEdit()
        self.number_edit.setMaxLength(200)
        self.number_edit.setPlaceholderText(self.tr("mis. 000.7.2.7/123/2026"))
        self.number_error = error_label()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setLocale(i18n.locale())
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))  # a letter cannot come from the future
        self.date_edit.setMinimumWidth(190)
        self.subject_edit = QLineEdit()
        self.subject_edit.setMaxLength(2000)
        self.subject_edit.setPlaceholderText(self.tr("mis. Penyusunan Perjanjian Kinerja Tahun {year}").format(
            year=today.year + 1))

        letter = QFormLayout(self.letter_group)
        letter.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        letter.addRow(self.tr("&Nomor surat:"), self.number_edit)
        letter.addRow("", self.number_error)
        letter.addRow(self.tr("Tan&ggal surat:"), self.date_edit)
        letter.addRow(self.tr("&Perihal:"), self.subject_edit)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&SOP:"), self.sop_combo)
        form.addRow("", self.sop_error)
        form.addRow(self.tr("&Judul kasus:"), self.title_edit)
        form.addRow("", self.title_error)
        form.addRow(self.tr("&Tahun:"), self.year_spin)

        self.error_label = error_label()
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Buat Kasus"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setDefault(True)
        self.cancel_button = buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.letter_group)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.title_edit.textEdited.connect(self._title_edited)
        self.sop_combo.currentIndexChanged.connect(self._suggest_title)
        self.year_spin.valueChanged.connect(self._suggest_title)
        self.number_edit.textEdited.connect(lambda: show_error(self.number_error, None))
        self._suggest_title()
        if self.sop_combo.count() == 0:
            show_error(self.sop_error, self.tr("Belum ada SOP. Impor SOP dulu lewat menu SOP → Impor SOP."))
            self.ok_button.setEnabled(False)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    # -- the suggested title ----------------------------------------------------
    def _title_edited(self) -> None:
        self._title_touched = True
        show_error(self.title_error, None)

    def suggested_title(self) -> str:
        """The last case of this SOP with its year replaced (so an office's own wording carries on),
        else the SOP's name and the year."""
        code, year = self.sop_combo.currentData(), self.year_spin.value()
        if code is None:
            return ""
        ids = self.office.case_ids(sop=code, sort="id", descending=True)[:1]
        if ids:
            last = self.office.case_rows(ids).get(ids[0])
            if last and str(last["year"]) in last["title"]:
                return last["title"].replace(str(last["year"]), str(year))
        return self.tr("{name} Tahun {year}").format(name=sop_short_name(self.sop_combo.currentText()), year=year)

    def _suggest_title(self) -> None:
        if not self._title_touched:
            self.title_edit.setText(self.suggested_title())

    # -- creating the case --------------------------------------------------------
    def _check(self) -> bool:
        ok = True
        if not self.title_edit.text().strip():
            show_error(self.title_error, self.tr("Judul kasus wajib diisi, mis. \"Penyusunan PK Tahun {year}\".")
                        .format(year=self.year_spin.value()))
            self.title_edit.setFocus()
            ok = False
        if self.letter_group.isChecked() and not self.number_edit.text().strip():
            show_error(self.number_error, self.tr(
                "Tulis nomor surat masuk, atau hilangkan centang \"Surat masuk\" jika kasus ini tanpa surat."))
            if ok:
                self.number_edit.setFocus()
            ok = False
        return ok

    def accept(self) -> None:
        show_error(self.error_label, None)
        if not self._check():
            return
        letter = self.letter_group.isChecked()
        qd = self.date_edit.date()
        d = date(qd.year(), qd.month(), qd.day())
        try:
            self.case_id = self.office.new_case(
                self.sop_combo.currentData(), self.title_edit.text(), year=self.year_spin.value(),
                ref_number=self.number_edit.text().strip() if letter else "",
                ref_date=d.isoformat() if letter else "",
                ref_subject=self.subject_edit.text().strip() if letter else "")
        except UserError as e:
            show_error(self.error_label, error_text(e))
            return
        super().accept()
        self.created.emit(self.case_id)
