"""The Identitas tab of the SOP editor: every field of the sheet's identity box (FORMATS.md §1).

Kode, Nama SOP, Nomor SOP; Tanggal Pembuatan, Revisi and Efektif; the unit with its own lines
for the identity box (empty: the office's kop); Disahkan Oleh, chosen from the officials or
typed; and the six lists (Dasar Hukum … Pencatatan dan Pendataan), one item per line.
Each edit is an undo step of the document; each problem is shown under its field.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.indonesian import format_month_year
from ...domain.office import Official
from ...domain.sop import DATE_PATTERN, Signatory, Sop
from ..kit.message_text import nip_problem, problem_message
from ..kit.widgets import error_label, show_error
from .sop_document import SopDocument

LISTS = (
    ("legal_basis", QT_TRANSLATE_NOOP("IdentityPage", "Dasar hukum")),
    ("qualifications", QT_TRANSLATE_NOOP("IdentityPage", "Kualifikasi pelaksana")),
    ("related", QT_TRANSLATE_NOOP("IdentityPage", "Keterkaitan")),
    ("equipment", QT_TRANSLATE_NOOP("IdentityPage", "Peralatan/perlengkapan")),
    ("warnings", QT_TRANSLATE_NOOP("IdentityPage", "Peringatan")),
    ("records", QT_TRANSLATE_NOOP("IdentityPage", "Pencatatan dan pendataan")),
)
SIGNATORY_FIELDS = ("name", "position", "rank", "nip")


def lines_of(text: str) -> tuple[str, ...]:
    """One item per line; empty lines left out."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


_PREFIXES = ("standar operasional prosedur ", "standar operasional ", "sop ")


def code_from_name(name: str) -> str:
    """"Standar Operasional Pelayanan KTP" -> "pelayanan-ktp": a code to start from."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    for prefix in _PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix):]
            break
    return "-".join(re.findall(r"[a-z0-9]+", text))[:60].strip("-")


def printed_date(text: str) -> str:
    """How the sheet prints a date field ("2021-12" -> "Desember 2021")."""
    text = text.strip()
    if not text or not DATE_PATTERN.match(text):
        return ""
    parts = text.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {format_month_year(text)}"
    return format_month_year(text)


class ListEdit(QPlainTextEdit):
    """A numbered list of the sheet typed one item per line."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(84)
        self.setMaximumHeight(150)
        self.setPlaceholderText(QCoreApplication.translate("IdentityPage", "Satu butir per baris"))


class IdentityPage(QScrollArea):
    def __init__(self, doc: SopDocument, officials: list[Official], kop: tuple[str, ...], *,
                 code_editable: bool, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.officials = officials
        self.kop = kop
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setStyleSheet("QLineEdit[readOnly=\"true\"] { background: #f3f4f6; color: #4b5563; }")
        # a new SOP's code follows its name until the code is typed itself
        self.auto_code = code_editable and not doc.sop.code
        self.lines: dict[str, QLineEdit] = {}
        self.lists: dict[str, QPlainTextEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        self._loading = False

        body = QWidget()
        self.setWidget(body)
        sop_box = QGroupBox(self.tr("SOP"))
        form = QFormLayout(sop_box)
        form.addRow(self.tr("Kode:"), self._line("code", self.tr("mis. pelayanan-ktp (huruf kecil, angka, minus)")))
        if not code_editable:
            self.lines["code"].setReadOnly(True)
            self.lines["code"].setToolTip(self.tr("Kode tetap sama di setiap versi SOP ini."))
        form.addRow(self.tr("Nama SOP:"), self._line("name", self.tr("mis. Standar Operasional Pelayanan KTP")))
        form.addRow(self.tr("Nomor SOP:"), self._line("number", self.tr("mis. /SOP-Subbag PK/Kec. Somagede")))
        for field, label in (("made", self.tr("Tanggal pembuatan:")), ("revised", self.tr("Tanggal revisi:")),
                             ("effective", self.tr("Tanggal efektif:"))):
            form.addRow(label, self._line(field, self.tr("TTTT-BB atau TTTT-BB-HH, mis. 2021-12")))

        unit_box = QGroupBox(self.tr("Unit kerja"))
        unit_form = QFormLayout(unit_box)
        unit_form.addRow(self.tr("Unit:"), self._line("unit", self.tr("mis. Kecamatan Somagede")))
        self.unit_lines = ListEdit()
        self.unit_lines.setPlaceholderText(self.tr("Kosong: kop kantor yang dipakai"))
        self.unit_lines.setFixedHeight(78)
        self.lists["unit_lines"] = self.unit_lines
        self.kop_button = QPushButton(self.tr("Isi dari kop kantor"))
        self.kop_button.setAutoDefault(False)
        self.kop_button.clicked.connect(self._fill_kop)
        unit_note = QLabel(self.tr("Baris di kotak identitas lembar SOP, mis. pemerintah kabupaten, nama unit dan "
                                   "alamatnya. SOP dari unit lain memakai barisnya sendiri."))
        unit_note.setObjectName("mutedText")
        unit_note.setWordWrap(True)
        lines_col = QVBoxLayout()
        lines_col.addWidget(self.unit_lines)
        lines_col.addWidget(unit_note)
        lines_col.addWidget(self.kop_button, 0, Qt.AlignmentFlag.AlignLeft)
        unit_form.addRow(self.tr("Baris kop:"), lines_col)

        sign_box = QGroupBox(self.tr("Disahkan oleh"))
        sign_form = QFormLayout(sign_box)
        self.official_combo = QComboBox()
        self.official_combo.addItem(self.tr("— pilih dari daftar pejabat —"), None)
        for i, o in enumerate(officials):
            self.official_combo.addItem(f"{o.name} — {o.position}" if o.position else o.name, i)
        self.official_combo.activated.connect(self._official_chosen)
        sign_form.addRow(self.tr("Pejabat:"), self.official_combo)
        for field, label, hint in (("position", self.tr("Jabatan:"), self.tr("mis. Camat Somagede")),
                                   ("name", self.tr("Nama:"), ""), ("rank", self.tr("Pangkat/golongan:"),
                                                                     self.tr("mis. Pembina Tingkat I (IV/b)")),
                                   ("nip", self.tr("NIP:"), self.tr("18 angka"))):
            sign_form.addRow(label, self._line(f"approved_by.{field}", hint))

        lists_box = QGroupBox(self.tr("Daftar di lembar identitas"))
        grid = QGridLayout(lists_box)
        for i, (field, title) in enumerate(LISTS):
            edit = ListEdit()
            self.lists[field] = edit
            caption = QLabel(QCoreApplication.translate("IdentityPage", str(title)))
            caption.setObjectName("sectionLabel")
            grid.addWidget(caption, (i // 2) * 2, i % 2)
            grid.addWidget(edit, (i // 2) * 2 + 1, i % 2)
        for edit_field, plain in self.lists.items():
            plain.textChanged.connect(lambda f=edit_field: self._list_edited(f))
            plain.installEventFilter(self)

        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(sop_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(sign_box)
        right.addWidget(unit_box)
        right.addStretch(1)
        top.addLayout(left, 1)
        top.addLayout(right, 1)
        box = QVBoxLayout(body)
        box.setContentsMargins(12, 10, 12, 10)
        box.addLayout(top)
        box.addWidget(lists_box, 1)
        doc.changed.connect(self.load)
        self.load()

    # -- building
    def _line(self, field: str, placeholder: str) -> QWidget:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.lines[field] = edit
        edit.textEdited.connect(lambda text, f=field: self._line_edited(f, text))
        edit.editingFinished.connect(self.doc.end_merge)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(edit)
        if field in ("made", "revised", "effective", "approved_by.nip"):
            hint = QLabel()
            hint.setObjectName("mutedText")
            self.hints[field] = hint
            column.addWidget(hint)
        err = error_label()
        self.errors[field] = err
        column.addWidget(err)
        holder = QWidget()
        holder.setLayout(column)
        return holder

    # -- from the widgets to the document
    @staticmethod
    def _value(sop: Sop, field: str) -> Any:
        if field.startswith("approved_by."):
            return getattr(sop.approved_by, field.split(".", 1)[1])
        return getattr(sop, field)

    @staticmethod
    def _with(sop: Sop, field: str, value: Any) -> Sop:
        if field.startswith("approved_by."):
            return replace(sop, approved_by=replace(sop.approved_by, **{field.split(".", 1)[1]: value}))
        return replace(sop, **{field: value})

    def _line_edited(self, field: str, text: str) -> None:
        value = text.strip() if field != "name" else " ".join(text.split())
        label = self.tr("Ubah {field}").format(field=self._title(field))
        sop = self._with(self.doc.sop, field, value)
        if field == "code":
            self.auto_code = False
        elif field == "name" and self.auto_code:
            sop = replace(sop, code=code_from_name(value))
        self.doc.apply(sop, label, merge=("identity", field))

    def _list_edited(self, field: str) -> None:
        if self._loading:
            return
        value = lines_of(self.lists[field].toPlainText())
        label = self.tr("Ubah {field}").format(field=self._title(field))
        self.doc.apply(self._with(self.doc.sop, field, value), label, merge=("identity", field))

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FocusOut and obj in self.lists.values():
            self.doc.end_merge()
        return False

    def _official_chosen(self, index: int) -> None:
        i = self.official_combo.itemData(index)
        if i is None:
            return
        o = self.officials[i]
        self.doc.apply(replace(self.doc.sop, approved_by=Signatory(o.name, o.position, o.rank, o.nip)),
                       self.tr("Pilih pejabat yang mengesahkan"))
        self.official_combo.setCurrentIndex(0)

    def _fill_kop(self) -> None:
        self.doc.apply(replace(self.doc.sop, unit_lines=self.kop), self.tr("Isi baris kop dari kop kantor"))

    def _title(self, field: str) -> str:
        titles: dict[str, Callable[[], str]] = {
            "code": lambda: self.tr("kode"), "name": lambda: self.tr("nama SOP"),
            "number": lambda: self.tr("nomor SOP"),
            "made": lambda: self.tr("tanggal pembuatan"), "revised": lambda: self.tr("tanggal revisi"),
            "effective": lambda: self.tr("tanggal efektif"), "unit": lambda: self.tr("unit"),
            "unit_lines": lambda: self.tr("baris kop"), "approved_by.name": lambda: self.tr("nama pengesah"),
            "approved_by.position": lambda: self.tr("jabatan pengesah"),
            "approved_by.rank": lambda: self.tr("pangkat pengesah"), "approved_by.nip": lambda: self.tr("NIP pengesah"),
        }
        if field in titles:
            return titles[field]()
        return {f: QCoreApplication.translate("IdentityPage", str(t)) for f, t in LISTS}.get(field, field).lower()

    # -- from the document to the widgets
    def load(self) -> None:
        sop = self.doc.sop
        self._loading = True
        try:
            for field, edit in self.lines.items():
                value = str(self._value(sop, field))
                if edit.text().strip() != value and " ".join(edit.text().split()) != value:
                    edit.setText(value)
            for field, plain in self.lists.items():
                value = self._value(sop, field)
                if lines_of(plain.toPlainText()) != value:
                    plain.setPlainText("\n".join(value))
        finally:
            self._loading = False
        self.kop_button.setEnabled(sop.unit_lines != self.kop)
        check = self.doc.check
        for field, label in self.errors.items():
            problems = [problem_message(p) for p in check.errors if p.step is None and p.field == field.split(".")[0]
                        and not field.startswith("approved_by.")]
            show_error(label, "\n".join(problems))
            self.lines[field].setProperty("invalid", "true" if problems else "false")
            self.lines[field].style().unpolish(self.lines[field])
            self.lines[field].style().polish(self.lines[field])
        for field, hint in self.hints.items():
            value = str(self._value(sop, field))
            if field == "approved_by.nip":
                text = (nip_problem(value) or "") if value.strip() else ""
            else:
                shown = printed_date(value)
                text = self.tr("dicetak: {date}").format(date=shown) if shown else ""
            hint.setText(text)
            hint.setVisible(bool(text))

    def show_refusal(self, field: str, message: str) -> None:
        """A refusal of Simpan that only saving finds (a code taken meanwhile), under its field."""
        label = self.errors.get(field)
        if label is not None:
            show_error(label, message)
            self.focus_field(field)

    def problem_count(self) -> int:
        fields = {f.split(".")[0] for f in self.lines} | set(self.lists)
        return sum(1 for p in self.doc.check.errors if p.step is None and p.field in fields)

    def focus_field(self, field: str) -> None:
        widget = self.lines.get(field) or self.lists.get(field)
        if widget is not None:
            self.ensureWidgetVisible(widget)
            widget.setFocus()
