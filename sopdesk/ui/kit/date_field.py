"""A date that may be left empty, e.g. a letter dated by hand when it is signed."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "belum ditanggali"


class DateField(QWidget):
    """A date that may be left empty ("belum ditanggali"), with a calendar popup and a clear button."""

    changed = Signal()

    def __init__(self, last_year: int, parent=None):
        super().__init__(parent)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMMM yyyy")
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setMaximumDate(QDate(last_year, 12, 31))
        self.edit.setSpecialValueText(self.tr("belum ditanggali"))
        self.edit.setDate(NO_DATE)
        self.edit.setMinimumWidth(170)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Kosongkan tanggal"))
        self.clear_button.clicked.connect(self.clear)
        self.edit.dateChanged.connect(lambda *_: self._changed())
        self.edit.calendarWidget().installEventFilter(self)
        self.year_hint = 0
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.edit, 1)
        box.addWidget(self.clear_button)
        self._loading = False

    def eventFilter(self, obj, event):
        # An empty date would open the calendar on January 2000: open it on the PK's year instead.
        if event.type() == QEvent.Type.Show and self.value() is None and self.year_hint:
            obj.setCurrentPage(self.year_hint, 1)
        return False

    def _changed(self) -> None:
        self.clear_button.setEnabled(self.value() is not None)
        if not self._loading:
            self.changed.emit()

    def value(self) -> date | None:
        d = self.edit.date()
        return None if d <= NO_DATE else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None, quiet: bool = True) -> None:
        self._loading = quiet
        try:
            self.edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
        finally:
            self._loading = False
        self.clear_button.setEnabled(value is not None)

    def clear(self) -> None:
        self.set_value(None, quiet=False)
