"""Dialogs that record something on a case: a step's start or finish, a note, a correction,
a moment moved ("Ubah waktu").

Each dialog is given a `submit(answer)` callable that does the recording
(through Office). When Office refuses with a UserError the message is shown
inside the dialog and the dialog stays open, so nothing typed is lost.

Tests cannot exec modal dialogs, so the widgets call the module-level
`ask_record`, `ask_note`, `ask_correction` and `ask_change_time`, which tests
monkeypatch with a function that calls `submit` with the values a user would have entered.

The person is chosen from the officials of the step's lane first; recording never changes
who works at this PC (that is set in Settings only).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QStyledItemDelegate,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ...domain.errors import UserError
from ...domain.lane_people import lane_first
from ...domain.typed_time import parse_typed_time
from ..kit.formatting import long_datetime, zone_name
from ..kit.message_text import error_text
from ..kit.submit_keys import submit_on_ctrl_enter
from ..settings import pc_settings

POSITION_ROLE = Qt.ItemDataRole.UserRole + 1


def pc_official() -> str:
    """Who works at this PC (name or NIP), as set in Settings; recording only reads it."""
    return pc_settings.default_official()


@dataclass(frozen=True)
class Person:
    """An entry of the "who" list: the name goes into the record, the position helps choosing."""

    name: str
    position: str = ""
    nip: str = ""

    def named_by(self, name_or_nip: str) -> bool:
        key = " ".join((name_or_nip or "").split()).casefold()
        return bool(key) and (key == self.name.casefold() or (bool(self.nip) and key == self.nip.replace(" ", "")))


# -- what the dialogs ask and answer ------------------------------------------

@dataclass(frozen=True)
class RecordSpec:
    action: str                  # "start" | "finish"
    step_no: int
    activity: str
    people: tuple[Person, ...]
    tz: ZoneInfo
    now: datetime
    # For finishing a decision step: ((value, label, where it leads), …), value "ya"/"tidak".
    choices: tuple[tuple[str, str, str], ...] = ()
    decision: str | None = None  # preselected choice
    earliest: datetime | None = None  # the last recorded moment: nothing may be earlier
    lane: str = ""               # the step's lane: its officials are offered first


@dataclass(frozen=True)
class RecordAnswer:
    who: str
    at: datetime | None  # None: now
    note: str = ""
    decision: str | None = None


@dataclass(frozen=True)
class NoteSpec:
    step_no: int | None
    activity: str
    people: tuple[Person, ...]
    lane: str = ""


@dataclass(frozen=True)
class NoteAnswer:
    who: str
    text: str


@dataclass(frozen=True)
class CorrectionSpec:
    event_id: int
    description: str  # what will be voided, in words
    people: tuple[Person, ...]


@dataclass(frozen=True)
class CorrectionAnswer:
    who: str
    reason: str


@dataclass(frozen=True)
class ChangeTimeSpec:
    event_id: int
    description: str             # the record whose moment is wrong, in words
    old_at: datetime
    people: tuple[Person, ...]
    tz: ZoneInfo
    now: datetime


@dataclass(frozen=True)
class ChangeTimeAnswer:
    at: datetime
    reason: str
    who: str


# -- the entry points the widgets call (and tests replace) --------------------

def ask_record(parent: QWidget | None, spec: RecordSpec, submit: Callable[[RecordAnswer], object]) -> bool:
    """Show the dialog until the start/finish is recorded (True) or cancelled (False)."""
    return RecordDialog(spec, submit, parent).exec() == QDialog.DialogCode.Accepted


def ask_note(parent: QWidget | None, spec: NoteSpec, submit: Callable[[NoteAnswer], object]) -> bool:
    return NoteDialog(spec, submit, parent).exec() == QDialog.DialogCode.Accepted


def ask_correction(parent: QWidget | None, spec: CorrectionSpec,
                   submit: Callable[[CorrectionAnswer], object]) -> bool:
    return CorrectionDialog(spec, submit, parent).exec() == QDialog.DialogCode.Accepted


def ask_change_time(parent: QWidget | None, spec: ChangeTimeSpec,
                    submit: Callable[[ChangeTimeAnswer], object]) -> bool:
    return ChangeTimeDialog(spec, submit, parent).exec() == QDialog.DialogCode.Accepted


# -- the dialogs -------------------------------------------------------------

class _PersonDelegate(QStyledItemDelegate):
    """The list shows "Name — position"; the field keeps the name alone (it goes into the record)."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        position = index.data(POSITION_ROLE)
        if position:
            option.text = f"{option.text}  \u2014  {position}"


class WhoCombo(QComboBox):
    """Officials to pick from, the lane's first; editable and searchable (any part of a name or
    position), and a name not in the list can be typed.

    Pre-selected: this PC's person (Settings) when given no lane or when they are in the lane (or
    wherever they are, `writer=True`: a note is written by whoever sits here); else the lane's
    only official; else nobody.
    """

    def __init__(self, people: tuple[Person, ...], parent=None, *, lane: str = "", pc_person: str | None = None,
                 writer: bool = False):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        self.setMaxVisibleItems(14)
        self.setItemDelegate(_PersonDelegate(self))
        inside, rest = lane_first(lane, [p.position for p in people]) if lane else ([], list(range(len(people))))
        self.lane_people = tuple(people[i] for i in inside)
        ordered = [people[i] for i in inside] + [people[i] for i in rest]
        for n, p in enumerate(ordered):
            if n == len(inside) and inside and rest:
                self.insertSeparator(self.count())
            self.addItem(p.name, p.name)
            self.setItemData(self.count() - 1, p.position, POSITION_ROLE)
            if p.position:
                self.setItemData(self.count() - 1, p.position, Qt.ItemDataRole.ToolTipRole)
        # search by any part of a name or a position ("sekr", "rina")
        texts = [f"{p.name} \u2014 {p.position}" if p.position else p.name for p in ordered]
        self._by_text = {t: p.name for t, p in zip(texts, ordered, strict=True)}
        completer = QCompleter(QStringListModel(texts, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.activated.connect(self._completed)
        self.setCompleter(completer)
        line_edit = self.lineEdit()
        assert line_edit is not None  # editable
        line_edit.setPlaceholderText(self.tr("Pilih atau ketik nama petugas"))
        pc = pc_official() if pc_person is None else pc_person
        mine = next((p for p in ordered if p.named_by(pc)), None) if pc else None
        if lane and not writer and mine is not None and mine not in self.lane_people:
            mine = None
        if mine is None and lane and len(self.lane_people) == 1:
            mine = self.lane_people[0]
        self.preselected = mine.name if mine is not None else ""
        if mine is not None:
            self.setCurrentIndex(self.findData(mine.name))
        else:
            self.setCurrentIndex(-1)
            self.setEditText("")

    def _completed(self, text: str) -> None:
        name = self._by_text.get(text, text)
        index = self.findData(name)
        if index >= 0:
            self.setCurrentIndex(index)
        self.setEditText(name)

    def who(self) -> str:
        text = " ".join(self.currentText().split())
        return self._by_text.get(text, text)


class _SubmitDialog(QDialog):
    """OK runs `submit`; a UserError is shown in the dialog, which stays open."""

    def __init__(self, submit: Callable, parent=None):
        super().__init__(parent)
        self._submit = submit
        self.result_value = None
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("error")
        self.error.setStyleSheet("QLabel#error { color: #b71c1c; background: #fdecea; border: 1px solid #f5c2c0;"
                                 " border-radius: 4px; padding: 6px; }")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self._try_submit)
        self.buttons.rejected.connect(self.reject)
        submit_on_ctrl_enter(self, self.buttons.button(QDialogButtonBox.StandardButton.Ok))

    def answer(self):  # pragma: no cover - overridden
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _try_submit(self) -> None:
        try:
            answer = self.answer()
            self.result_value = self._submit(answer)
        except UserError as e:
            self.show_error(error_text(e))
            return
        self.accept()


def typed_text(dt: datetime) -> str:
    """A moment as people type it back: "1/12/2026 08.05"."""
    return f"{dt.day}/{dt.month}/{dt.year} {dt.hour:02d}.{dt.minute:02d}"


class TypedTimeField(QWidget):
    """A moment typed as people write it ("1/12/2026 08.05", "kemarin 14.00"), what it was read
    as beside it ("Selasa, 1 Desember 2026 08.05") or what was not understood, and a calendar
    to pick the day from."""

    edited = Signal()

    def __init__(self, tz: ZoneInfo, now: datetime, parent=None):
        super().__init__(parent)
        self.tz, self.now = tz, now.astimezone(tz)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("mis. 1/12/2026 08.05 atau kemarin 14.00"))
        self.edit.setMaxLength(80)
        self.edit.setMinimumWidth(170)
        self.calendar_button = QToolButton()
        self.calendar_button.setText(self.tr("Kalender"))
        self.calendar_button.setToolTip(self.tr("Pilih tanggal dari kalender; jamnya tetap"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        self.calendar.setGridVisible(True)
        self.calendar.setMaximumDate(QDate(self.now.year, self.now.month, self.now.day))
        menu = QMenu(self.calendar_button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.calendar_button.setMenu(menu)
        self.calendar.clicked.connect(self._day_picked)
        self.zone = QLabel(zone_name(tz))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setMinimumHeight(self.preview.fontMetrics().height())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        row.addWidget(self.zone)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(self.preview)
        self.edit.textEdited.connect(lambda _t: self.edited.emit())
        self.edit.textChanged.connect(lambda _t: self._show())
        self._show()

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def set_moment(self, dt: datetime) -> None:
        self.edit.setText(typed_text(dt.astimezone(self.tz)))

    def moment(self) -> datetime:
        """The moment typed; a TypedTimeError (a UserError) saying what was not understood."""
        return parse_typed_time(self.edit.text(), self.now)

    def _show(self) -> None:
        if not self.edit.text().strip():
            self.preview.setText("")
            return
        try:
            dt = self.moment()
        except UserError as e:
            self.preview.setText(error_text(e))
            self.preview.setStyleSheet("color: #b71c1c;")
            return
        self.preview.setText(long_datetime(dt, self.tz))
        self.preview.setStyleSheet("color: #1b5e20; font-weight: 600;")

    def _day_picked(self, day: QDate) -> None:
        try:
            clock = self.moment()
        except UserError:
            clock = self.now
        self.edit.setText(f"{day.day()}/{day.month()}/{day.year()} {clock.hour:02d}.{clock.minute:02d}")
        self.edited.emit()
        menu = self.calendar_button.menu()
        if menu is not None:
            menu.close()
        self.edit.setFocus()


class RecordDialog(_SubmitDialog):
    def __init__(self, spec: RecordSpec, submit: Callable[[RecordAnswer], object], parent=None):
        super().__init__(submit, parent)
        self.spec = spec
        verb = self.tr("Mulai") if spec.action == "start" else self.tr("Selesai")
        self.setWindowTitle(self.tr("{verb} langkah {no}").format(verb=verb, no=spec.step_no))
        heading = self.tr("{verb} — langkah {no}").format(verb=verb, no=spec.step_no)
        title = QLabel(f"<b>{_html(heading)}</b><br>{_html(spec.activity)}")
        title.setWordWrap(True)

        self.who = WhoCombo(spec.people, lane=spec.lane)

        # When: now, or an earlier moment typed in office time.
        self.now_radio = QRadioButton(self.tr("Sekarang"))
        self.earlier_radio = QRadioButton(self.tr("Pada"))
        self.now_radio.setChecked(True)
        when_group = QButtonGroup(self)
        when_group.addButton(self.now_radio)
        when_group.addButton(self.earlier_radio)
        self.when = TypedTimeField(spec.tz, spec.now)
        self.when.edited.connect(lambda: self.earlier_radio.setChecked(True))
        self.now_radio.toggled.connect(self._now_chosen)
        when_row = QHBoxLayout()
        when_row.addWidget(self.now_radio, 0, Qt.AlignmentFlag.AlignTop)
        when_row.addSpacing(12)
        when_row.addWidget(self.earlier_radio, 0, Qt.AlignmentFlag.AlignTop)
        when_row.addWidget(self.when, 1)

        # The decision: one radio per exit, saying where it leads.
        self.choice_buttons: dict[str, QRadioButton] = {}
        choice_box = QVBoxLayout()
        for value, label, leads_to in spec.choices:
            rb = QRadioButton(f"{label}  —  {leads_to}" if leads_to else label)
            rb.setProperty("decision", value)
            self.choice_buttons[value] = rb
            choice_box.addWidget(rb)
        if spec.decision in self.choice_buttons:
            self.choice_buttons[spec.decision].setChecked(True)

        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Catatan (boleh kosong)"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("Petugas"), self.who)
        form.addRow(self.tr("Waktu"), when_row)
        if self.choice_buttons:
            form.addRow(self.tr("Keputusan"), choice_box)
        form.addRow(self.tr("Catatan"), self.note)

        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Catat mulai") if spec.action == "start" else self.tr("Catat selesai"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _now_chosen(self, checked: bool) -> None:
        if checked:
            with QSignalBlocker(self.when.edit):
                self.when.edit.clear()
            self.when.preview.setText("")

    def moment(self) -> datetime | None:
        if self.now_radio.isChecked():
            return None
        return self.when.moment()

    def answer(self) -> RecordAnswer:
        decision = None
        if self.choice_buttons:
            decision = next((v for v, rb in self.choice_buttons.items() if rb.isChecked()), None)
            if decision is None:
                labels = " / ".join(label for _v, label, _l in self.spec.choices)
                raise UserError(self.tr("Pilih hasil keputusan: {choices}.").format(choices=labels))
        return RecordAnswer(who=self.who.who(), at=self.moment(), note=self.note.toPlainText().strip(),
                            decision=decision)


class NoteDialog(_SubmitDialog):
    def __init__(self, spec: NoteSpec, submit: Callable[[NoteAnswer], object], parent=None):
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Tambah catatan"))
        what = (self.tr("Catatan untuk langkah {no}").format(no=spec.step_no)
                if spec.step_no is not None else self.tr("Catatan untuk kasus"))
        head = QLabel(f"<b>{_html(what)}</b><br>{_html(spec.activity)}")
        head.setWordWrap(True)
        self.who = WhoCombo(spec.people, lane=spec.lane, writer=True)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Tulis catatan, mis. \"berkas dari Seksi Pemerintahan belum masuk\""))
        self.text.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Petugas"), self.who)
        form.addRow(self.tr("Catatan"), self.text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan catatan"))
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.text.setFocus()   # the person is usually right already; the note is what is typed

    def answer(self) -> NoteAnswer:
        return NoteAnswer(who=self.who.who(), text=self.text.toPlainText().strip())


class CorrectionDialog(_SubmitDialog):
    def __init__(self, spec: CorrectionSpec, submit: Callable[[CorrectionAnswer], object], parent=None):
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Koreksi catatan"))
        head = QLabel(self.tr("Catatan berikut akan dibatalkan. Riwayatnya tetap tersimpan dan "
                              "ditandai dibatalkan oleh koreksi ini."))
        head.setWordWrap(True)
        target = QLabel(f"<b>#{spec.event_id}</b> {_html(spec.description)}")
        target.setWordWrap(True)
        self.who = WhoCombo(spec.people)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Alasan koreksi, mis. \"salah jam\" atau \"salah langkah\""))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Petugas"), self.who)
        form.addRow(self.tr("Alasan"), self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Batalkan catatan itu"))
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(target)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def answer(self) -> CorrectionAnswer:
        return CorrectionAnswer(who=self.who.who(), reason=self.reason.toPlainText().strip())


class ChangeTimeDialog(_SubmitDialog):
    """The right moment for a start/finish recorded at a wrong one: the old record is voided and
    recorded again at the new moment, with the reason, in one go."""

    def __init__(self, spec: ChangeTimeSpec, submit: Callable[[ChangeTimeAnswer], object], parent=None):
        super().__init__(submit, parent)
        self.spec = spec
        self.setWindowTitle(self.tr("Ubah waktu"))
        head = QLabel(self.tr("Catatan ini dicatat ulang pada waktu yang benar. Catatan lama tetap di riwayat, "
                              "ditandai dibatalkan, dengan alasannya."))
        head.setWordWrap(True)
        target = QLabel(f"<b>#{spec.event_id}</b> {_html(spec.description)}".replace("\n", "<br>"))
        target.setWordWrap(True)
        self.old = QLabel(long_datetime(spec.old_at, spec.tz))
        self.when = TypedTimeField(spec.tz, spec.now)
        self.when.set_moment(spec.old_at)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("mis. \"salah jam, dicatat setelah rapat\""))
        self.reason.setMaxLength(500)
        self.who = WhoCombo(spec.people)
        form = QFormLayout()
        form.addRow(self.tr("Waktu tercatat"), self.old)
        form.addRow(self.tr("Waktu yang benar"), self.when)
        form.addRow(self.tr("Alasan"), self.reason)
        form.addRow(self.tr("Diubah oleh"), self.who)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan waktu baru"))
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(target)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)
        self.when.edit.selectAll()
        self.when.edit.setFocus()

    def answer(self) -> ChangeTimeAnswer:
        at = self.when.moment()
        reason = self.reason.text().strip()
        if not reason:
            raise UserError(self.tr("Tulis alasannya, mis. \"salah jam\"."))
        return ChangeTimeAnswer(at=at, reason=reason, who=self.who.who())


def _html(text: str) -> str:
    from html import escape
    return escape(text or "")
