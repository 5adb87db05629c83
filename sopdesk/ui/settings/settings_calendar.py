"""Settings pages of the working calendar: office hours per weekday, and holidays per year.

Both shape every SOP time ("Waktu" counts working time only), so both show
their effect right away: the hours page the working time of each day, the
holidays page the year's list as the calendar will use it.
"""
from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.calendar import CATEGORY_GOVERNMENT, CATEGORY_OFFICE, CATEGORY_PUBLIC, DEFAULT_HOURS, WorkCalendar
from ...domain.errors import UserError
from ...domain.indonesian import format_date_long
from ..kit.formatting import holiday_name
from ..kit.message_text import error_text
from ..kit.widgets import error_label, list_table, show_error
from ..shell import i18n

if TYPE_CHECKING:
    from ...app.office import Office


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _pytime(q: QTime) -> time:
    return time(q.hour(), q.minute())


class _DayRow:
    """The widgets of one weekday: works? start, break from/to, end, and the resulting working time."""

    def __init__(self, page: HoursPage, weekday: int, name: str):
        self.weekday = weekday
        self.works = QCheckBox(name)
        self.start, self.break_from, self.break_to, self.end = (page.time_edit() for _ in range(4))
        self.has_break = QCheckBox(QCoreApplication.translate("HoursPage", "istirahat"))
        self.total = QLabel()
        self.total.setMinimumWidth(150)
        for w in (self.works, self.has_break):
            w.toggled.connect(page.changed)
        for t in (self.start, self.break_from, self.break_to, self.end):
            t.timeChanged.connect(page.changed)

    def widgets(self):
        return (self.works, self.start, self.has_break, self.break_from, self.break_to, self.end, self.total)

    def set_spans(self, spans) -> None:
        spans = sorted(spans)
        self.works.setChecked(bool(spans))
        if not spans:
            spans = [(time(7, 30), time(12, 0)), (time(13, 0), time(16, 0))]
        # More than two spans (set from a file) are shown as first start, first gap, last end.
        self.start.setTime(_qtime(spans[0][0]))
        self.end.setTime(_qtime(spans[-1][1]))
        self.has_break.setChecked(len(spans) > 1)
        if len(spans) > 1:
            self.break_from.setTime(_qtime(spans[0][1]))
            self.break_to.setTime(_qtime(spans[1][0]))
        else:
            self.break_from.setTime(QTime(12, 0))
            self.break_to.setTime(QTime(13, 0))

    def spans(self) -> list[tuple[time, time]]:
        if not self.works.isChecked():
            return []
        start, end = _pytime(self.start.time()), _pytime(self.end.time())
        if self.has_break.isChecked():
            return [(start, _pytime(self.break_from.time())), (_pytime(self.break_to.time()), end)]
        return [(start, end)]

    def update_enabled(self) -> None:
        on = self.works.isChecked()
        for w in (self.start, self.end, self.has_break):
            w.setEnabled(on)
        for w in (self.break_from, self.break_to):
            w.setEnabled(on and self.has_break.isChecked())


class HoursPage(QWidget):
    """Jam kerja: one row per weekday; a day that is not checked is a day off."""

    def __init__(self, office: Office, parent=None):
        super().__init__(parent)
        self.office = office
        self.loaded = {wd: sorted(spans) for wd, spans in office.working_hours().items()}
        names = (self.tr("Senin"), self.tr("Selasa"), self.tr("Rabu"), self.tr("Kamis"), self.tr("Jumat"),
                 self.tr("Sabtu"), self.tr("Minggu"))
        self._updating = True
        self.days = [_DayRow(self, wd, names[wd]) for wd in range(7)]

        box = QGroupBox(self.tr("Jam kerja kantor per hari"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        headers = (self.tr("Hari kerja"), self.tr("Masuk"), "", self.tr("Istirahat dari"), self.tr("sampai"),
                   self.tr("Pulang"), self.tr("Waktu kerja"))
        for col, text in enumerate(headers):
            label = QLabel(text)
            label.setObjectName("columnHeader")
            grid.addWidget(label, 0, col)
        for wd, day in enumerate(self.days):
            for col, w in enumerate(day.widgets()):
                grid.addWidget(w, wd + 1, col)
        grid.setColumnStretch(7, 1)

        self.week_total = QLabel()
        self.week_total.setObjectName("sectionLabel")
        note = QLabel(self.tr("Waktu standar SOP dihitung hanya dalam jam kerja ini, di luar hari libur. "
                              "Hari yang tidak dicentang adalah hari libur mingguan."))
        note.setObjectName("mutedText")
        note.setWordWrap(True)
        self.defaults_button = QPushButton(self.tr("Kembalikan Jam Bawaan"))
        self.defaults_button.clicked.connect(lambda: self.set_hours(DEFAULT_HOURS))
        self.copy_button = QPushButton(self.tr("Salin Senin ke Selasa–Kamis"))
        self.copy_button.setToolTip(self.tr("Jam hari Senin dipakai juga untuk Selasa, Rabu dan Kamis"))
        self.copy_button.clicked.connect(self.copy_monday)
        self.error_label = error_label()

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.week_total)
        layout.addLayout(buttons)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.set_hours(self.loaded)

    def time_edit(self) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat("HH:mm" if i18n.current_language() == "en" else "HH.mm")
        edit.setMinimumWidth(80)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        return edit

    def set_hours(self, hours) -> None:
        self._updating = True
        try:
            for day in self.days:
                day.set_spans(hours.get(day.weekday, ()))
        finally:
            self._updating = False
        self.changed()

    def copy_monday(self) -> None:
        spans = self.days[0].spans()
        self._updating = True
        try:
            for day in self.days[1:4]:
                day.set_spans(spans)
        finally:
            self._updating = False
        self.changed()

    def collect(self) -> dict[int, list[tuple[time, time]]]:
        return {day.weekday: day.spans() for day in self.days}

    def _minutes_text(self, minutes: int) -> str:
        h, m = divmod(minutes, 60)
        if m:
            return self.tr("{h} jam {m} menit").format(h=h, m=m)
        return self.tr("{h} jam").format(h=h)

    def changed(self, *_args) -> None:
        if self._updating:
            return
        week = 0
        problem = None
        for day in self.days:
            day.update_enabled()
            spans = day.spans()
            if not spans:
                day.total.setText(self.tr("libur"))
                day.total.setProperty("state", "none")
            else:
                bad = self._day_problem(spans)
                if bad:
                    problem = problem or bad
                    day.total.setText(self.tr("periksa jam"))
                    day.total.setProperty("state", "bad")
                else:
                    minutes = sum((b.hour * 60 + b.minute) - (a.hour * 60 + a.minute) for a, b in spans)
                    week += minutes
                    day.total.setText(self._minutes_text(minutes))
                    day.total.setProperty("state", "good")
            day.total.style().unpolish(day.total)
            day.total.style().polish(day.total)
        self.week_total.setText(self.tr("Jumlah seminggu: {total}").format(total=self._minutes_text(week)))
        show_error(self.error_label, problem)

    def _day_problem(self, spans) -> str | None:
        try:
            WorkCalendar(hours={0: tuple(spans)})
        except ValueError as e:
            return error_text(e)
        return None

    def is_dirty(self) -> bool:
        return self.collect() != self.loaded

    def save(self) -> None:
        hours = self.collect()
        if not any(hours.values()):
            raise UserError(self.tr("Paling sedikit satu hari harus hari kerja."))
        self.office.save_working_hours(hours)
        self.loaded = {wd: sorted(spans) for wd, spans in self.office.working_hours().items()}


class HolidaysPage(QWidget):
    """Hari libur of a year: national holidays and cuti bersama from the `holidays` package, plus the office's own
    changes (an extra office holiday, or a national date worked anyway). Changes wait for "Simpan"."""

    def __init__(self, office: Office, parent=None):
        super().__init__(parent)
        self.office = office
        self.saved = {date.fromisoformat(o["day"]): (o["kind"], o["name"]) for o in office.calendar_overrides()}
        self.pending: dict[date, tuple[str | None, str]] = {}
        today = office.now().astimezone(office.tz).date()

        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today.year)
        self.year_spin.setGroupSeparatorShown(False)
        self.year_spin.valueChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("mutedText")

        self.table = list_table([self.tr("Tanggal"), self.tr("Nama"), self.tr("Jenis"), self.tr("Keterangan")])
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.table.horizontalHeader()
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("M")
        for col, width in ((0, 16), (2, 9), (3, 13)):
            self.table.setColumnWidth(col, int(width * em))
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.working_button = QPushButton(self.tr("Jadikan Hari Kerja"))
        self.working_button.setToolTip(self.tr("Kantor tetap masuk pada tanggal libur ini"))
        self.working_button.clicked.connect(self.mark_working_day)
        self.undo_button = QPushButton(self.tr("Batalkan Perubahan Kantor"))
        self.undo_button.setToolTip(self.tr("Kembalikan tanggal ini seperti kalender nasional"))
        self.undo_button.clicked.connect(self.undo_override)

        self.add_date = QDateEdit()
        self.add_date.setCalendarPopup(True)
        self.add_date.setLocale(i18n.locale())
        self.add_date.setDisplayFormat("dddd, d MMMM yyyy")
        self.add_date.setDate(QDate(today.year, today.month, today.day))
        self.add_date.setMinimumWidth(220)
        self.add_name = QLineEdit()
        self.add_name.setMaxLength(200)
        self.add_name.setPlaceholderText(self.tr("Nama, mis. Hari Jadi Kabupaten Banyumas"))
        self.add_button = QPushButton(self.tr("Tambah Libur Kantor"))
        self.add_button.clicked.connect(self.add_office_holiday)
        self.add_name.returnPressed.connect(self.add_office_holiday)
        self.error_label = error_label()

        top = QHBoxLayout()
        year_label = QLabel(self.tr("&Tahun:"))
        year_label.setBuddy(self.year_spin)
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.working_button)
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        add_box = QGroupBox(self.tr("Libur khusus kantor"))
        add_row = QHBoxLayout(add_box)
        add_row.addWidget(self.add_date)
        add_row.addWidget(self.add_name, 1)
        add_row.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(add_box)
        layout.addWidget(self.error_label)
        self.refresh()

    # -- what the calendar will be after saving ---------------------------------------
    def overrides(self) -> dict[date, tuple[str, str]]:
        merged = dict(self.saved)
        for day, (kind, name) in self.pending.items():
            if kind is None:
                merged.pop(day, None)
            else:
                merged[day] = (kind, name)
        return merged

    def calendar(self) -> WorkCalendar:
        o = self.overrides()
        return WorkCalendar(hours=self.office.working_hours(), tz=self.office.tz,
                            added={d: n for d, (k, n) in o.items() if k == "add"},
                            removed={d for d, (k, _n) in o.items() if k == "remove"})

    def category_text(self, category: str) -> str:
        return {CATEGORY_PUBLIC: self.tr("Libur nasional"), CATEGORY_GOVERNMENT: self.tr("Cuti bersama"),
                CATEGORY_OFFICE: self.tr("Libur kantor")}.get(category, category)

    def _date_text(self, d: date) -> str:
        if i18n.current_language() == "en":
            return i18n.locale().toString(QDate(d.year, d.month, d.day), "ddd, d MMM yyyy")
        return format_date_long(d)

    def refresh(self) -> None:
        keep = self.selected_day()
        rows = self.calendar().holidays_in_year(self.year_spin.value())
        self.table.setRowCount(len(rows))
        counted = 0
        for r, h in enumerate(rows):
            if h.removed:
                note = self.tr("Kantor tetap masuk")
            elif h.category == CATEGORY_OFFICE:
                note = self.tr("Ditambahkan kantor")
            else:
                note = ""
                counted += 1
            if h.date in self.pending:
                note = (note + " " + self.tr("(belum disimpan)")).strip()
            for c, text in enumerate((self._date_text(h.date), holiday_name(h), self.category_text(h.category), note)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (h.date.isoformat(), h.category, h.removed))
                item.setToolTip(text)
                if h.removed:
                    font = QFont(item.font())
                    font.setStrikeOut(c < 2)
                    item.setFont(font)
                    item.setForeground(QColor("#8a94a3"))
                elif h.category == CATEGORY_OFFICE:
                    item.setForeground(QColor("#1d4f91"))
                self.table.setItem(r, c, item)
        added = sum(1 for h in rows if h.category == CATEGORY_OFFICE)
        self.summary.setText(self.tr("{n} hari libur nasional dan cuti bersama, {m} libur kantor.").format(
            n=counted, m=added))
        if keep:
            self.select_day(keep)
        self._update_buttons()

    def selected_day(self) -> date | None:
        items = self.table.selectedItems()
        return date.fromisoformat(items[0].data(Qt.ItemDataRole.UserRole)[0]) if items else None

    def _selected(self):
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def select_day(self, day: date) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole)[0] == day.isoformat():
                self.table.selectRow(r)
                return

    def row_count(self) -> int:
        return self.table.rowCount()

    def _update_buttons(self) -> None:
        sel = self._selected()
        package = bool(sel) and sel[1] != CATEGORY_OFFICE
        self.working_button.setEnabled(package and not sel[2])
        self.undo_button.setEnabled(bool(sel) and date.fromisoformat(sel[0]) in self.overrides())
        self.undo_button.setText(self.tr("Hapus Libur Kantor") if sel and sel[1] == CATEGORY_OFFICE
                                 else self.tr("Batalkan Perubahan Kantor"))

    # -- changes ------------------------------------------------------------------------
    def _set(self, day: date, kind: str | None, name: str = "") -> None:
        if self.saved.get(day) == ((kind, name) if kind else None):
            self.pending.pop(day, None)  # back to what is stored: nothing to save
        else:
            self.pending[day] = (kind, name)
        show_error(self.error_label, None)
        self.refresh()
        self.select_day(day)

    def add_office_holiday(self) -> None:
        qd = self.add_date.date()
        day = date(qd.year(), qd.month(), qd.day())
        name = self.add_name.text().strip()
        if not name:
            show_error(self.error_label, self.tr("Tulis nama hari libur kantor, mis. \"Hari Jadi Kabupaten\"."))
            self.add_name.setFocus()
            return
        current = self.overrides().get(day)
        if current and current[0] == "add":
            show_error(self.error_label, self.tr("{day} sudah libur kantor ({name}).").format(
                day=self._date_text(day), name=current[1]))
            return
        if day.year != self.year_spin.value():
            self.year_spin.setValue(day.year)
        self._set(day, "add", name)
        self.add_name.clear()

    def mark_working_day(self) -> None:
        day = self.selected_day()
        if day:
            self._set(day, "remove")

    def undo_override(self) -> None:
        day = self.selected_day()
        if day:
            self._set(day, None)

    def is_dirty(self) -> bool:
        return bool(self.pending)

    def save(self) -> None:
        if self.pending:
            self.office.set_calendar_overrides(dict(self.pending))
            self.saved = {date.fromisoformat(o["day"]): (o["kind"], o["name"])
                          for o in self.office.calendar_overrides()}
        self.pending.clear()
        self.refresh()
