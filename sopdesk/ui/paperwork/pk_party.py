"""Pihak pertama or kedua of a PK: picked from the officials, every field editable for this PK.

A refused Jabatan or NIP is said on the box's last line, which is always there (empty when all is
well), so a problem shown or gone never moves the tables below."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from ...domain.indonesian import PANGKAT, format_nip, normalize_nip
from ...domain.office import Official
from ...domain.pk import Party
from ..kit.formatting import shorten
from ..kit.message_text import nip_problem
from ..kit.rows_editor import OneLineLabel
from ..kit.widgets import plain_tip

translate = QCoreApplication.translate   # lupdate reads translate("context", "literal") calls


class PartyBox(QGroupBox):
    """Pihak pertama or kedua: picked from the officials, every field editable for this PK."""

    edited = Signal()
    field_edited = Signal(str)   # which field the user changed: pick, name, position, rank, nip

    FIELDS = ("pick", "name", "position", "rank", "nip")

    def __init__(self, title: str, officials: list[Official], parent=None):
        super().__init__(title, parent)
        self.officials: list[Official] = []
        self.pick = QComboBox()
        self._fill_pick(officials)
        self.pick.setToolTip(translate(
            "PkEditor", "Pilih dari daftar pejabat (Pengaturan → Pejabat) untuk mengisi nama, jabatan, pangkat "
            "dan NIP; semuanya tetap dapat diubah untuk PK ini."))
        self.pick.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pick.setMinimumContentsLength(20)
        self.pick.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("PkEditor", "Nama lengkap dengan gelar"))
        self.position = QLineEdit()
        self.position.setPlaceholderText(translate("PkEditor", "mis. Camat Somagede"))
        self.rank = QComboBox()
        self.rank.setEditable(True)
        self.rank.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.rank.addItem("")
        for gol, name in PANGKAT:
            self.rank.addItem(f"{name} ({gol})")
        rank_edit = self.rank.lineEdit()
        assert rank_edit is not None  # the combo box is editable
        rank_edit.setPlaceholderText(translate("PkEditor", "mis. Pembina Tingkat I (IV/b)"))
        self.rank.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rank.setMinimumContentsLength(16)
        self.rank.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.nip = QLineEdit()
        self.nip.setPlaceholderText(translate("PkEditor", "18 angka; kosong untuk Bupati"))
        self.nip.setMaxLength(40)
        self.position_status = OneLineLabel(keep_place=False)
        self.nip_status = OneLineLabel(keep_place=False)
        self.status_line = QWidget()
        line = QHBoxLayout(self.status_line)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(12)
        for status in (self.position_status, self.nip_status):
            status.setObjectName("fieldError")
            status.setVisible(False)
            line.addWidget(status, 1)
        self.status_line.setFixedHeight(self.position_status.sizeHint().height())

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        form.addRow(self._label(translate("PkEditor", "Dari &daftar:"), self.pick), self.pick)
        form.addRow(self._label(translate("PkEditor", "&Nama:"), self.name), self.name)
        form.addRow(self._label(translate("PkEditor", "&Jabatan:"), self.position), self.position)
        form.addRow(self._label(translate("PkEditor", "Pang&kat:"), self.rank), self.rank)
        form.addRow(self._label(translate("PkEditor", "N&IP:"), self.nip), self.nip)
        form.addRow("", self.status_line)

        self._loading: bool = False
        self.pick.activated.connect(self._picked)
        for name, w in (("name", self.name), ("position", self.position), ("nip", self.nip)):
            w.textEdited.connect(lambda *_, name=name: self._edited(name))
        self.rank.currentTextChanged.connect(lambda *_: self._edited("rank") if not self._loading else None)

    def _edited(self, field: str) -> None:
        self.field_edited.emit(field)
        self.edited.emit()

    def _fill_pick(self, officials: list[Official]) -> None:
        self.officials = officials
        self.pick.clear()
        self.pick.addItem(translate("PkEditor", "— isi sendiri —"), None)
        for i, o in enumerate(officials):
            label = f"{o.name} — {o.position}" if o.position else o.name
            self.pick.addItem(shorten(label, 80), i)

    def set_officials(self, officials: list[Official]) -> None:
        """The officials list changed (Pengaturan): offer the new one; what the PK says stays."""
        party = self.party()
        self.pick.blockSignals(True)
        try:
            self._fill_pick(officials)
            self.pick.setCurrentIndex(self._match(party))
        finally:
            self.pick.blockSignals(False)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _picked(self, index: int) -> None:
        i = self.pick.itemData(index)
        if i is None:
            return
        o = self.officials[i]
        self.set_party(Party(o.name, o.position, o.rank, o.nip), pick=False)
        self._edited("pick")

    def set_party(self, party: Party, pick: bool = True) -> None:
        self._loading = True
        try:
            self.name.setText(party.name)
            self.position.setText(party.position)
            self.rank.setCurrentText(party.rank)
            self.nip.setText(format_nip(party.nip) if party.nip else "")
            if pick:
                self.pick.setCurrentIndex(self._match(party))
        finally:
            self._loading = False

    def _match(self, party: Party) -> int:
        nip = normalize_nip(party.nip)
        for k in range(1, self.pick.count()):
            o = self.officials[self.pick.itemData(k)]
            if (nip and normalize_nip(o.nip) == nip) or (not nip and party.name and o.name == party.name
                                                         and o.position == party.position):
                return k
        return 0

    def state(self) -> tuple[Official | None, str, str, str, str]:
        """What the fields show, as typed (for undo): the official picked, name, position, rank, nip."""
        i = self.pick.currentData()
        picked = self.officials[i] if isinstance(i, int) and 0 <= i < len(self.officials) else None
        return picked, self.name.text(), self.position.text(), self.rank.currentText(), self.nip.text()

    def set_state(self, state: tuple[Official | None, str, str, str, str]) -> None:
        """Show a `state()` again (undo, redo): not an edit. The official is found in the list as it is now."""
        picked, name, position, rank, nip = state
        self._loading = True
        self.pick.blockSignals(True)
        try:
            at = next((k for k in range(1, self.pick.count()) if self.officials[self.pick.itemData(k)] == picked), 0)
            self.pick.setCurrentIndex(at)
            for field, text in ((self.name, name), (self.position, position), (self.nip, nip)):
                if field.text() != text:
                    field.setText(text)
            if self.rank.currentText() != rank:
                self.rank.setCurrentText(rank)
        finally:
            self.pick.blockSignals(False)
            self._loading = False

    def field(self, name: str) -> QWidget:
        return {"pick": self.pick, "name": self.name, "position": self.position, "rank": self.rank,
                "nip": self.nip}[name]

    def party(self) -> Party:
        return Party(name=self.name.text().strip(), position=self.position.text().strip(),
                     rank=self.rank.currentText().strip(), nip=normalize_nip(self.nip.text()))

    def problems(self) -> list[tuple[QWidget, str]]:
        out: list[tuple[QWidget, str]] = []
        nip_text = self.nip.text()
        nip_msg = nip_problem(nip_text) if normalize_nip(nip_text) else None
        pos_msg = None if self.position.text().strip() else translate("PkEditor", "Jabatan belum diisi.")
        self._mark(self.nip, self.nip_status, nip_msg)
        self._mark(self.position, self.position_status, pos_msg)
        if pos_msg:
            out.append((self.position, f"{self.title()}: {pos_msg}"))
        if nip_msg:
            out.append((self.nip, f"{self.title()}: {nip_msg}"))
        return out

    @staticmethod
    def _mark(field: QLineEdit, status: QLabel, message: str | None) -> None:
        field.setProperty("invalid", bool(message))
        field.style().unpolish(field)
        field.style().polish(field)
        field.setToolTip(plain_tip(message) if message else "")
        status.setText(message or "")
        status.setToolTip(plain_tip(message) if message else "")
        status.setVisible(bool(message))
