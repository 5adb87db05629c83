"""The surat pengantar that sends a case's PK to the Bupati: number, date, signer, items, then the PDF.

The number comes from `paperwork.pengantar_for_case`: the one already drawn for
the case, or the next of the year from the office's template (drawn when the
dialog opens, recorded against the case, so opening the dialog again shows the
same number). It stays editable, e.g. for a number given by the Sekretariat.

Modal dialogs block tests: the panel calls `ask_pengantar`, which tests replace;
the dialog itself is driven directly (`letter()`, `pdf_bytes()`, `preview()`…).
"""
from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date
from io import BytesIO
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...app import paperwork
from ...documents.pengantar import render_pengantar
from ...domain.errors import UserError
from ...domain.indonesian import count_in_words
from ...domain.office import Official
from ...domain.pengantar import DEFAULT_COUNT_UNIT, STANDARD_NOTE, Item, Pengantar, pengantar_problems
from ..kit import messages
from ..kit.errors import busy
from ..kit.formatting import QT_TRANSLATE_NOOP
from ..kit.message_text import error_text
from ..kit.widgets import fit_to_screen
from . import print_preview

if TYPE_CHECKING:
    from ...app.office import Office

log = logging.getLogger(__name__)

COUNT_UNITS = ("berkas", "eksemplar", "lembar")
# (prefix written before the position signed for, label in the list)
SIGN_MODES = (("", QT_TRANSLATE_NOOP("PengantarDialog", "Menandatangani sendiri")),
              ("a.n.", QT_TRANSLATE_NOOP("PengantarDialog", "a.n. (atas nama)")),
              ("Plt.", QT_TRANSLATE_NOOP("PengantarDialog", "Plt. (pelaksana tugas)")),
              ("Plh.", QT_TRANSLATE_NOOP("PengantarDialog", "Plh. (pelaksana harian)")))
MAX_ITEMS = 20


translate = QCoreApplication.translate   # lupdate reads translate("context", "literal") calls


def _t(text: str) -> str:
    """For texts marked with QT_TRANSLATE_NOOP and kept in a variable."""
    return QCoreApplication.translate("PengantarDialog", text)


def ask_pengantar(parent: QWidget | None, office: Office, case_id: int) -> bool:
    """Open the dialog for a case (modal). Tests replace this."""
    if not messages.interactive():
        return False
    dialog = PengantarDialog(office, case_id, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def pengantar_file_name(letter: Pengantar, unit: str) -> str:
    """"Surat Pengantar PK 2027 Kecamatan Somagede.pdf" (the number has slashes a file name cannot hold)."""
    first = letter.items[0].description if letter.items else ""
    year = re.search(r"\b(\d{4})\b", first)
    unit_words = " ".join(w.capitalize() for w in unit.split())
    what = f"PK {year.group(1)} " if first.startswith("Perjanjian Kinerja") and year else ""
    return f"Surat Pengantar {what}{unit_words}".strip() + ".pdf"


class ItemRow(QFrame):
    """One row of the letter's table: what is sent, how many (figures and words), a note."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, item: Item, number: int = 1, parent=None):
        super().__init__(parent)
        self.setObjectName("itemRow")
        self.setStyleSheet("#itemRow { background: #ffffff; border: 1px solid #dde1e6; border-radius: 4px; }")
        self.number_label = QLabel()
        self.number_label.setObjectName("sectionLabel")
        self.description = QLineEdit(item.description)
        self.description.setPlaceholderText(translate("PengantarDialog", "Naskah dinas atau barang yang dikirim"))
        self.description.setCursorPosition(0)
        self.count = QSpinBox()
        self.count.setRange(1, 1_000_000)
        self.count.setValue(max(1, item.count))
        self.count.setMinimumWidth(80)
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.addItems(COUNT_UNITS)
        self.unit.setCurrentText(item.count_unit or DEFAULT_COUNT_UNIT)
        self.unit.setMinimumContentsLength(10)
        self.words = QLabel()
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setToolTip(translate("PengantarDialog", "Seperti tertulis di kolom Banyaknya"))
        self.note = QLineEdit(item.note)
        self.note.setPlaceholderText(translate("PengantarDialog", "Keterangan"))
        self.note.setCursorPosition(0)
        self.remove_button = QToolButton()
        self.remove_button.setText(translate("PengantarDialog", "Hapus"))
        self.remove_button.setToolTip(translate("PengantarDialog", "Hapus naskah ini dari surat"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

        count_row = QHBoxLayout()
        count_row.setSpacing(6)
        count_row.addWidget(self.count)
        count_row.addWidget(self.unit)
        count_row.addSpacing(8)
        count_row.addWidget(self.words)
        count_row.addStretch(1)
        count_row.addWidget(self.remove_button)
        form = QFormLayout(self)
        form.setContentsMargins(10, 8, 10, 8)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.number_label, self.description)
        form.addRow(translate("PengantarDialog", "Banyaknya:"), count_row)
        form.addRow(translate("PengantarDialog", "Keterangan:"), self.note)
        self.set_number(number)

        for w in (self.description, self.note):
            w.textChanged.connect(lambda *_: self.changed.emit())
        self.count.valueChanged.connect(lambda *_: self._update_words())
        self.unit.currentTextChanged.connect(lambda *_: self._update_words())
        self._update_words()

    def set_number(self, number: int) -> None:
        self.number_label.setText(translate("PengantarDialog", "Naskah {n}:").format(n=number))

    def _update_words(self) -> None:
        self.words.setText(count_in_words(self.count.value(), self.unit.currentText()))
        self.changed.emit()

    def item(self) -> Item:
        return Item(description=self.description.text().strip(), count=self.count.value(),
                    count_unit=self.unit.currentText().strip(), note=self.note.text().strip())


class PengantarDialog(QDialog):
    """Nomor, tanggal, penanda tangan (sendiri, a.n., Plt., Plh.), what is sent; Pratinjau / Cetak / Simpan PDF.

    Raises UserError (in Indonesian) when the case has no PK yet or no number can be drawn.
    """

    def __init__(self, office: Office, case_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.case_id = case_id
        self.profile = office.profile()
        day = self._load()
        self.setWindowTitle(self.tr("Surat Pengantar"))
        self._title_touched = False
        letter_box = self._build_letter(day)
        signer_box = self._build_signer()
        self._build_items()
        self.problem_label = QLabel()
        self.problem_label.setObjectName("fieldError")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(False)
        buttons = self._build_buttons()
        self._layout(letter_box, signer_box, buttons)
        self._connect()
        self._signer_changed()
        self._check_year()
        fit_to_screen(self, (1000, max(480, self.sizeHint().height())), parent)

    def _load(self) -> date:
        """The PK, the letter as the office would write it, and who may sign; returns the letter's date."""
        pk = paperwork.load_pk(self.office, self.case_id)
        if pk is None:
            raise UserError(translate("PengantarDialog",
                                      "Kasus ini belum punya PK. Isi PK dulu di tab Dokumen; surat pengantar "
                               "mengirim PK itu."))
        self.pk = pk
        today = self.office.now().astimezone(self.office.tz).date()
        # The letter goes out with the signed PK: not before the PK's own date.
        day = max(today, pk.date) if pk.date else today
        self.base: Pengantar = paperwork.pengantar_for_case(self.office, self.case_id, letter_date=day)
        self.officials = self.office.officials(active_only=True)
        if not any(o.name == self.base.signer.name for o in self.officials):
            self.officials.insert(0, self.base.signer)
        return day

    # -- building
    def _build_letter(self, day: date) -> QGroupBox:
        """Nomor, tanggal, kepada."""
        self.number = QLineEdit(self.base.number)
        self.number.setMinimumWidth(260)
        # The number itself shows what the template makes; the template's {kode}/{urut} would only puzzle.
        self.number_note = QLabel(self.tr(
            "Nomor berikutnya menurut penomoran kantor (Pengaturan → Profil Kantor); dicatat untuk kasus ini, "
            "jadi surat ini dibuka lagi dengan nomor yang sama."))
        self.number_note.setObjectName("mutedText")
        self.number_note.setWordWrap(True)
        self.number_note.setTextFormat(Qt.TextFormat.PlainText)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.date.setMinimumWidth(170)
        self.year_note = QLabel()
        self.year_note.setObjectName("fieldError")
        self.year_note.setTextFormat(Qt.TextFormat.PlainText)
        self.year_note.setWordWrap(True)
        self.year_note.setVisible(False)
        addressee = QLabel("\n".join(self.base.addressee) or self.tr("(belum diatur di Pengaturan)"))
        addressee.setTextFormat(Qt.TextFormat.PlainText)
        addressee.setWordWrap(True)

        letter_box = QGroupBox(self.tr("Surat"))
        lform = QFormLayout(letter_box)
        lform.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        lform.setHorizontalSpacing(10)
        lform.addRow(self._label(self.tr("&Nomor:"), self.number), self._stack(self.number, self.number_note))
        lform.addRow(self._label(self.tr("&Tanggal:"), self.date), self._stack(self.date, self.year_note))
        lform.addRow(self.tr("Kepada:"), addressee)
        return letter_box

    def _build_signer(self) -> QGroupBox:
        """Who signs, how (sendiri, a.n., Plt., Plh.), and the title line under the signature."""
        self.signer = QComboBox()
        for i, o in enumerate(self.officials):
            self.signer.addItem(f"{o.name} — {o.position}" if o.position else o.name, i)
        self.signer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.signer.setMinimumContentsLength(28)
        self.signer.setCurrentIndex(max(0, next((i for i, o in enumerate(self.officials)
                                                 if o.name == self.base.signer.name), 0)))
        self.mode = QComboBox()
        for prefix, label in SIGN_MODES:
            self.mode.addItem(_t(label), prefix)
        self.behalf_of = QLineEdit(self.profile.head_position)
        self.behalf_of.setPlaceholderText(self.tr("mis. Camat Somagede"))
        self.title_line = QLineEdit()
        self.title_line.setPlaceholderText(self.tr("mis. CAMAT SOMAGEDE"))
        self.signature_preview = QLabel()
        self.signature_preview.setObjectName("mutedText")
        self.signature_preview.setTextFormat(Qt.TextFormat.PlainText)
        self.signature_preview.setWordWrap(True)
        mode_row = QHBoxLayout()
        mode_row.setSpacing(6)
        mode_row.addWidget(self.mode)
        mode_row.addWidget(self.behalf_of, 1)

        signer_box = QGroupBox(self.tr("Penanda tangan"))
        sform = QFormLayout(signer_box)
        sform.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        sform.setHorizontalSpacing(10)
        sform.addRow(self._label(self.tr("&Pejabat:"), self.signer), self.signer)
        sform.addRow(self._label(self.tr("&Sifat:"), self.mode), mode_row)
        sform.addRow(self._label(self.tr("&Jabatan di surat:"), self.title_line), self.title_line)
        sform.addRow(self.tr("Di surat:"), self.signature_preview)
        return signer_box

    def _build_items(self) -> None:
        """What is sent: one ItemRow each, and Tambah naskah."""
        self.items_box = QGroupBox(self.tr("Naskah yang dikirim"))
        self.items_outer = QVBoxLayout(self.items_box)
        self.items_outer.setSpacing(6)
        self.items_layout = QVBoxLayout()
        self.items_layout.setSpacing(6)
        self.items_outer.addLayout(self.items_layout)
        self.item_rows: list[ItemRow] = []
        self.add_item_button = QPushButton(self.tr("Tambah naskah"))
        self.add_item_button.setAutoDefault(False)
        for item in self.base.items:
            self.add_item(item)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_item_button)
        add_row.addStretch(1)
        self.items_outer.addLayout(add_row)

    def _build_buttons(self) -> QHBoxLayout:
        self.preview_button = QPushButton(self.tr("Pratinjau…"))
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.print_button.setShortcut("Ctrl+P")
        self.save_button = QPushButton(self.tr("Simpan PDF…"))
        self.save_button.setShortcut("Ctrl+S")
        self.close_button = QPushButton(self.tr("Tutup"))
        self.preview_button.setObjectName("primaryButton")
        for b in (self.preview_button, self.print_button, self.save_button, self.close_button):
            b.setAutoDefault(False)
            b.setMinimumWidth(110)
        self.preview_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.preview_button, self.print_button, self.save_button, self.close_button):
            buttons.addWidget(b)
        return buttons

    def _layout(self, letter_box: QGroupBox, signer_box: QGroupBox, buttons: QHBoxLayout) -> None:
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(letter_box, 1)
        top.addWidget(signer_box, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 12, 14, 12)
        box.setSpacing(10)
        box.addLayout(top)
        box.addWidget(self.items_box)
        box.addWidget(self.problem_label)
        box.addStretch(1)
        box.addLayout(buttons)

    def _connect(self) -> None:
        self.add_item_button.clicked.connect(lambda: self.add_item(Item("", 1, DEFAULT_COUNT_UNIT, STANDARD_NOTE)))
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.accept)
        self.signer.currentIndexChanged.connect(lambda *_: self._signer_changed())
        self.mode.currentIndexChanged.connect(lambda *_: self._signer_changed())
        self.behalf_of.textChanged.connect(lambda *_: self._update_signature())
        self.title_line.textEdited.connect(self._title_edited)
        self.date.dateChanged.connect(lambda *_: self._check_year())
        self.number.textChanged.connect(lambda *_: self._check_year())

    # -- building
    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _stack(self, *widgets: QWidget) -> QWidget:
        w = QWidget()
        box = QVBoxLayout(w)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        for x in widgets:
            box.addWidget(x)
        return w

    def add_item(self, item: Item) -> ItemRow | None:
        if len(self.item_rows) >= MAX_ITEMS:
            return None
        row = ItemRow(item, len(self.item_rows) + 1, self)
        row.remove_requested.connect(self.remove_item)
        row.changed.connect(self._clear_problems)
        self.item_rows.append(row)
        self.items_layout.addWidget(row)
        self._renumber()
        return row

    def remove_item(self, row: ItemRow) -> None:
        if row in self.item_rows:
            self.item_rows.remove(row)
            self.items_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
            self._renumber()

    def _renumber(self) -> None:
        for n, row in enumerate(self.item_rows, start=1):
            row.set_number(n)
        self.add_item_button.setEnabled(len(self.item_rows) < MAX_ITEMS)

    # -- signer
    def official(self) -> Official:
        i = self.signer.currentData()
        return self.officials[i] if i is not None and 0 <= i < len(self.officials) else self.base.signer

    def _default_title(self) -> str:
        o = self.official()
        if not self.mode.currentData() and o.position.casefold() == self.profile.head_position.casefold():
            return self.profile.head_position.upper()
        return o.position

    def _signer_changed(self) -> None:
        on_behalf = bool(self.mode.currentData())
        self.behalf_of.setEnabled(on_behalf)
        if not self._title_touched:
            self.title_line.setText(self._default_title())
        self._update_signature()
        self._clear_problems()

    def _title_edited(self, *_):
        self._title_touched = bool(self.title_line.text().strip())
        self._update_signature()

    def on_behalf(self) -> str:
        prefix = self.mode.currentData() or ""
        return f"{prefix} {self.behalf_of.text().strip()}".strip() if prefix else ""

    def _update_signature(self) -> None:
        lines = [self.on_behalf(), self.title_line.text().strip(), self.official().name]
        self.signature_preview.setText(" / ".join(x for x in lines if x))

    def _check_year(self) -> None:
        """A number drawn for one year on a letter dated another is a slip worth pointing out."""
        years = re.findall(r"(?<!\d)(\d{4})(?!\d)", self.number.text())
        year = self.date.date().year()
        wrong = bool(years) and str(year) not in years
        self.year_note.setText(self.tr("Nomor surat memakai tahun {number_year}, tanggal surat tahun {year}.").format(
            number_year=years[-1], year=year) if wrong else "")
        self.year_note.setVisible(wrong)

    # -- the letter
    def letter(self) -> Pengantar:
        d = self.date.date()
        return replace(self.base, number=self.number.text().strip(), date=date(d.year(), d.month(), d.day()),
                       signer=self.official(), signer_title=self.title_line.text().strip(),
                       on_behalf=self.on_behalf(), items=[r.item() for r in self.item_rows])

    def problems(self) -> list[str]:
        problems = pengantar_problems(self.letter())
        if self.mode.currentData() and not self.behalf_of.text().strip():
            problems.append(self.tr("Tulis jabatan yang diwakili, mis. Camat Somagede."))
        return problems

    def _clear_problems(self) -> None:
        self.problem_label.setVisible(False)

    def pdf_bytes(self) -> bytes | None:
        """The letter as PDF, or None after showing what is missing."""
        problems = self.problems()
        if problems:
            lines = "\n".join(f"• {p}" for p in problems)
            self.problem_label.setText(self.tr("Surat belum dapat dibuat:") + "\n" + lines)
            self.problem_label.setVisible(True)
            return None
        buf = BytesIO()
        try:
            with busy():
                render_pengantar(self.letter(), self.profile, buf, paper=self.profile.paper)
        except (UserError, ValueError) as e:
            self.problem_label.setText(error_text(e))
            self.problem_label.setVisible(True)
            return None
        return buf.getvalue()

    def _title(self) -> str:
        return self.tr("Surat Pengantar {number}").format(number=self.number.text().strip())

    def _file_name(self) -> str:
        return pengantar_file_name(self.letter(), self.pk.unit or self.profile.unit)

    def preview(self) -> bool:
        data = self.pdf_bytes()
        if data is None:
            return False
        print_preview.show_preview(self, data, title=self._title(), file_name=self._file_name(),
                                   paper=self.profile.paper)
        return True

    def print_letter(self) -> bool:
        data = self.pdf_bytes()
        if data is None:
            return False
        return print_preview.print_pdf(self, data, title=self._title(), paper=self.profile.paper)

    def save_pdf(self) -> str | None:
        data = self.pdf_bytes()
        if data is None:
            return None
        return print_preview.save_pdf(self, data, self._file_name())
