"""The right side of "Impor dari Word": the identity read (code and name editable), one box per
decision with its Ya / Tidak targets to choose, and the warnings."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain.sop import Sop
from ..kit.formatting import month_year_text, shorten


def section_title(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setStyleSheet("color:#4b5563; font-weight:bold; letter-spacing:1px; margin-top:8px;")
    return label


def _value(text: str) -> QLabel:
    label = QLabel(text or "—")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class IdentityPanel(QWidget):
    """Identitas terbaca: Kode and Nama SOP can be corrected; the rest is shown as read."""

    changed = Signal()

    def __init__(self, sop: Sop, existing: set[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.existing = existing
        self.code_edit = QLineEdit(sop.code)
        self.code_edit.setMaxLength(60)
        self.code_edit.setToolTip(self.tr("Huruf kecil, angka dan tanda minus, mis. \"surat-masuk\"."))
        self.name_edit = QLineEdit(sop.name)
        self.name_edit.setMaxLength(300)
        for edit in (self.code_edit, self.name_edit):
            edit.setCursorPosition(0)   # a long name shows its beginning, not its end
        self.code_note = QLabel()
        self.code_note.setWordWrap(True)
        self.code_note.setStyleSheet("color:#92400e;")
        a = sop.approved_by
        approved = ", ".join(x for x in (a.position, a.name) if x)
        if a.nip:
            approved += self.tr(" (NIP {nip})").format(nip=a.nip)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(section_title(self.tr("Identitas terbaca")))
        form.addRow(self.tr("Kode"), self.code_edit)
        form.addRow("", self.code_note)
        form.addRow(self.tr("Nama SOP"), self.name_edit)
        form.addRow(self.tr("Nomor SOP"), _value(sop.number))
        form.addRow(self.tr("Unit"), _value(sop.unit))
        form.addRow(self.tr("Disahkan oleh"), _value(approved))
        form.addRow(self.tr("Tanggal efektif"), _value(month_year_text(sop.effective)))
        self.code_edit.textChanged.connect(self._changed)
        self.name_edit.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        code = self.code_edit.text().strip()
        self.code_note.setText(self.tr("SOP dengan kode ini sudah ada: disimpan sebagai versi barunya.")
                               if code in self.existing else "")
        self.code_note.setVisible(code in self.existing)
        self.changed.emit()


class DecisionBox(QWidget):
    """KEPUTUSAN — LANGKAH n: the Ya and Tidak targets, any step (an earlier one too)."""

    target_chosen = Signal(int, str, object)    # step, "if_yes" / "if_no", target or None

    def __init__(self, sop: Sop, no: int, read: tuple[bool, bool], parent: QWidget | None = None):
        super().__init__(parent)
        self.no = no
        step = sop.step(no)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(section_title(self.tr("Keputusan — langkah {no}").format(no=no)))
        lay.addWidget(_value(step.activity))
        grid = QGridLayout()
        self.combos: dict[str, QComboBox] = {}
        for row, (fld, label, target) in enumerate((("if_yes", step.yes_label, step.if_yes),
                                                    ("if_no", step.no_label, step.if_no))):
            combo = QComboBox()
            combo.addItem(self.tr("pilih langkah"), None)
            for s in sop.steps:
                if s.no != no:
                    combo.addItem(f"{s.no} · {shorten(s.activity, 40)}", s.no)
            combo.setCurrentIndex(max(0, combo.findData(target)) if target is not None else 0)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
            combo.currentIndexChanged.connect(lambda _i, f=fld, c=combo: self.target_chosen.emit(self.no, f,
                                                                                              c.currentData()))
            name = QLabel(f"<b>{label} →</b>")
            grid.addWidget(name, row, 0)
            grid.addWidget(combo, row, 1)
            self.combos[fld] = combo
        lay.addLayout(grid)
        if not all(read):
            hint = QLabel(self.tr("Tujuan yang tidak terbaca dari berkas (panah tidak terhubung ke simbol) "
                                  "dipilih di sini."))
        else:
            hint = QLabel(self.tr("Tujuan diisi dari berkas (teks di baris itu atau letak label Ya/Tidak); "
                                  "periksa."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#6b7280;")
        lay.addWidget(hint)


class WarningList(QFrame):
    def __init__(self, warnings: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("WarningList { background: white; border: 1px solid #d1d5db; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        self.labels = []
        for w in warnings:
            label = QLabel(f"<span style='color:#dc2626'>⚠</span> {_html(w)}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lay.addWidget(label)
            self.labels.append(label)
        if not warnings:
            lay.addWidget(QLabel(self.tr("Tidak ada.")))


def _html(text: str) -> str:
    from html import escape
    return escape(text)
