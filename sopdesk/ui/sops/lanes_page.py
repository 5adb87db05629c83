"""The Pelaksana tab of the SOP editor: the lanes (the sheet's columns under "Pelaksana"), in
their order. Add, rename (the steps in the lane follow), move, remove — refused while a step
uses the lane, saying which."""
from __future__ import annotations

from PySide6.QtCore import Qt
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

from ...domain.sop_edit import LaneInUse, add_lane, lane_users, move_lane, remove_lane, rename_lane
from ..kit.message_text import problem_message
from ..kit.widgets import error_label, show_error
from .sop_document import SopDocument


class LanesPage(QWidget):
    def __init__(self, doc: SopDocument, parent=None):
        super().__init__(parent)
        self.doc = doc
        self._loading = False
        intro = QLabel(self.tr("Pelaksana adalah kolom di bawah \"Pelaksana\" pada lembar SOP, dari kiri ke kanan. "
                               "Klik dua kali sebuah nama untuk mengubahnya; langkah-langkahnya ikut."))
        intro.setObjectName("mutedText")
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setMaximumWidth(520)
        self.list.setStyleSheet("QListWidget::item { padding: 4px 6px; }")
        self.usage = QLabel()
        self.usage.setObjectName("mutedText")
        self.usage.setWordWrap(True)
        self.error = error_label()

        def button(text: str, slot) -> QPushButton:
            b = QPushButton(text)
            b.setAutoDefault(False)
            b.clicked.connect(slot)
            return b

        self.add_button = button(self.tr("Tambah pelaksana"), self.add)
        self.rename_button = button(self.tr("Ganti nama"), self.rename_current)
        self.up_button = button(self.tr("Naik"), lambda: self.move_current(-1))
        self.down_button = button(self.tr("Turun"), lambda: self.move_current(1))
        self.remove_button = button(self.tr("Hapus"), self.remove_current)
        buttons = QVBoxLayout()
        for b in (self.add_button, self.rename_button, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 10, 12, 10)
        box.addWidget(intro)
        box.addLayout(row, 1)
        box.addWidget(self.usage)
        box.addWidget(self.error)

        self.list.itemChanged.connect(self._item_edited)
        self.list.currentRowChanged.connect(lambda _r: self._update())
        doc.changed.connect(self.load)
        self.load()

    def load(self) -> None:
        keep = self.list.currentRow()
        self._loading = True
        try:
            self.list.clear()
            for lane in self.doc.sop.lanes:
                item = QListWidgetItem(lane)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
        finally:
            self._loading = False
        if self.list.count():
            self.list.setCurrentRow(min(max(keep, 0), self.list.count() - 1))
        problems = [problem_message(p) for p in self.doc.check.errors if p.step is None and p.field == "lanes"]
        show_error(self.error, "\n".join(problems))
        self._update()

    def _update(self) -> None:
        row, n = self.list.currentRow(), self.list.count()
        self.rename_button.setEnabled(0 <= row < n)
        self.remove_button.setEnabled(0 <= row < n)
        self.up_button.setEnabled(0 < row < n)
        self.down_button.setEnabled(0 <= row < n - 1)
        if 0 <= row < n:
            lane = self.doc.sop.lanes[row]
            users = lane_users(self.doc.sop, lane)
            self.usage.setText(self.tr("{lane}: langkah {steps}").format(lane=lane, steps=", ".join(map(str, users)))
                               if users else self.tr("{lane}: belum dipakai langkah mana pun").format(lane=lane))
        else:
            self.usage.clear()

    def add(self) -> None:
        taken = set(self.doc.sop.lanes)
        name, n = self.tr("Pelaksana baru"), 2
        while name in taken:
            name, n = self.tr("Pelaksana baru {n}").format(n=n), n + 1
        at = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else None
        self.doc.apply(add_lane(self.doc.sop, name, at), self.tr("Tambah pelaksana"))
        row = at if at is not None else self.list.count() - 1
        self.list.setCurrentRow(row)
        self.list.editItem(self.list.item(row))

    def rename_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def rename(self, row: int, name: str) -> bool:
        """Rename the lane at `row`; refused (and said) for an empty name or one already used."""
        name = " ".join(name.split())
        old = self.doc.sop.lanes[row]
        if name == old:
            return True
        if not name:
            show_error(self.error, self.tr("Nama pelaksana tidak boleh kosong."))
            return False
        if name in self.doc.sop.lanes:
            show_error(self.error, self.tr("Pelaksana \"{lane}\" sudah ada.").format(lane=name))
            return False
        self.doc.apply(rename_lane(self.doc.sop, row, name),
                       self.tr("Ganti nama pelaksana {old} menjadi {new}").format(old=old, new=name))
        return True

    def _item_edited(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        row = self.list.row(item)
        if not self.rename(row, item.text()):
            self._loading = True
            item.setText(self.doc.sop.lanes[row])
            self._loading = False

    def move_current(self, delta: int) -> None:
        row = self.list.currentRow()
        new = move_lane(self.doc.sop, row, delta)
        if new is not self.doc.sop:
            self.doc.apply(new, self.tr("Pindahkan pelaksana"))
            self.list.setCurrentRow(row + delta)

    def remove_current(self) -> bool:
        row = self.list.currentRow()
        if row < 0:
            return False
        try:
            new = remove_lane(self.doc.sop, row)
        except LaneInUse as e:
            show_error(self.error, self.tr("\"{lane}\" masih dipakai langkah {steps}: pindahkan langkah itu ke "
                                           "pelaksana lain dulu.").format(lane=e.lane,
                                                                          steps=", ".join(map(str, e.steps))))
            return False
        self.doc.apply(new, self.tr("Hapus pelaksana {lane}").format(lane=self.doc.sop.lanes[row]))
        return True

    def problem_count(self) -> int:
        return sum(1 for p in self.doc.check.errors if p.step is None and p.field == "lanes")
