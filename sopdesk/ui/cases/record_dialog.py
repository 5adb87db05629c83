"""Dialogs that record something on a case: a step's start or finish, a note, a correction.

Each dialog is given a `submit(answer)` callable that does the recording
(through Office). When Office refuses with a UserError the message is shown
inside the dialog and the dialog stays open, so nothing typed is lost.

Tests cannot exec modal dialogs, so the widgets call the module-level
`ask_record`, `ask_note` and `ask_correction`, which tests monkeypatch with a
function that calls `submit` with the values a user would have entered.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ..kit.formatting import zone_name
from ..kit.message_text import error_text
from ..settings import pc_settings


def pc_official() -> str:
    """Who works at this PC: the default "who" of every record (kept with the PC's own settings)."""
    return pc_settings.default_official()


def remember_pc_official(name: str) -> None:
    if name:
        pc_settings.set_default_official(name)


@dataclass(frozen=True)
class Person:
    """An entry of the "who" list: the name goes into the record, the position helps choosing."""

    name: str
    position: str = ""


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


# -- the entry points the widgets call (and tests replace) --------------------

def ask_record(parent: QWidget | None, spec: RecordSpec, submit: Callable[[RecordAnswer], object]) -> bool:
    """Show the dialog until the start/finish is recorded (True) or cancelled (False)."""
    return RecordDialog(spec, submit, parent).exec() == QDialog.DialogCode.Accepted


def ask_note(parent: QWidget | None, spec: NoteSpec, submit: Callable[[NoteAnswer], object]) -> bool:
    return NoteDialog(spec, submit, parent).exec() == QDialog.DialogCode.Accepted


def ask_correction(parent: QWidget | None, spec: CorrectionSpec,
                   submit: Callable[[CorrectionAnswer], object]) -> bool:
    return CorrectionDialog(spec, submit, parent).exec() == QDialog.DialogCode.Accepted


# -- the dialogs -------------------------------------------------------------

class WhoCombo(QComboBox):
    """Active officials to pick from; editable, for a name not in the list."""

    def __init__(self, people: tuple[Person, ...], parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        for p in people:
            self.addItem(p.name, p.name)
            if p.position:
                self.setItemData(self.count() - 1, p.position, Qt.ItemDataRole.ToolTipRole)
        default = pc_official()
        index = self.findText(default, Qt.MatchFlag.MatchFixedString) if default else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentText(default)
        line_edit = self.lineEdit()
        assert line_edit is not None  # editable
        line_edit.setPlaceholderText(self.tr("Nama petugas"))

    def who(self) -> str:
        return " ".join(self.currentText().split())


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
        who = getattr(answer, "who", "")
        remember_pc_official(who)
        self.accept()


class RecordDialog(_SubmitDialog):
    def __init__(self, spec: RecordSpec, submit: Callable[[RecordAnswer], object], parent=None):
        super().__init__(submit, parent)
        self.spec = spec
        verb = self.tr("Mulai") if spec.action == "start" else self.tr("Selesai")
        self.setWindowTitle(self.tr("{verb} langkah {no}").format(verb=verb, no=spec.step_no))
        heading = self.tr("{verb} — langkah {no}").format(verb=verb, no=spec.step_no)
        title = QLabel(f"<b>{_html(heading)}</b><br>{_html(spec.activity)}")
        title.setWordWrap(True)

        self.who = WhoCombo(spec.people)

        # When: now, or an earlier moment typed in office time.
        self.now_radio = QRadioButton(self.tr("Sekarang"))
        self.earlier_radio = QRadioButton(self.tr("Pada"))
        self.now_radio.setChecked(True)
        when_group = QButtonGroup(self)
        when_group.addButton(self.now_radio)
        when_group.addButton(self.earlier_radio)
        local_now = spec.now.astimezone(spec.tz)
        self.when = QDateTimeEdit()
        self.when.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        self.when.setDisplayFormat("d MMMM yyyy  HH.mm")
        self.when.setCalendarPopup(True)
        self.when.setDateTime(_qdatetime(local_now))
        self.when.setMaximumDateTime(_qdatetime(local_now + timedelta(minutes=5)))
        if spec.earliest is not None:
            self.when.setMinimumDateTime(_qdatetime(spec.earliest.astimezone(spec.tz)))
        self.when.setEnabled(False)
        self.earlier_radio.toggled.connect(self.when.setEnabled)
        self.when.dateTimeChanged.connect(lambda _dt: self.earlier_radio.setChecked(True))
        zone = QLabel(zone_name(spec.tz))
        when_row = QHBoxLayout()
        when_row.addWidget(self.now_radio)
        when_row.addSpacing(12)
        when_row.addWidget(self.earlier_radio)
        when_row.addWidget(self.when, 1)
        when_row.addWidget(zone)

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

    def moment(self) -> datetime | None:
        if self.now_radio.isChecked():
            return None
        qdt = self.when.dateTime()
        d, t = qdt.date(), qdt.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.spec.tz)

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
        self.who = WhoCombo(spec.people)
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


def _qdatetime(dt: datetime) -> QDateTime:
    """Office wall-clock time held as UTC, so the PC's own zone (or a DST gap in it) never shifts it."""
    return QDateTime(QDate(dt.year, dt.month, dt.day), QTime(dt.hour, dt.minute),
                     QTimeZone(QTimeZone.Initialization.UTC))


def _html(text: str) -> str:
    from html import escape
    return escape(text or "")
