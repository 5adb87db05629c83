"""The case screen: the SOP's swimlane with a case laid on it, the selected
step's details and actions, the case history and the legend.

Everything is read with one `office.case()` call; recording goes through
`record_dialog.ask_*` and Office, then the screen restyles from a new read.
"""
from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPalette, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...app.changes import CALENDAR, PROFILE
from ...domain import case as engine
from ...domain.errors import UserError
from ...domain.sop import Sop, Step
from ...domain.waktu import WaktuError
from ..kit import messages, state_style as ss
from ..kit.errors import busy
from ..kit.formatting import long_datetime, short_datetime, sop_short_name, waktu_label, working_time, zone_name
from ..kit.message_text import error_text, note_text
from ..kit.widgets import HTML_ROLE, HtmlItemDelegate, WrapLayout
from ..shell.change_bridge import ChangeBridge, bridge_for
from .attachments import AttachmentsSection, local_files
from .swimlane import CASE_TEXT, SwimlaneScene, SwimlaneView

if TYPE_CHECKING:
    from ...app.office import Office
    from ..paperwork.documents_panel import DocumentsPanel
    from . import record_dialog

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
VOIDED_ROLE = Qt.ItemDataRole.UserRole + 2
REFRESH_MS = 60_000  # "overdue" changes with the clock, not only with new events



def decision_label(step: Step, decision: str | None) -> str:
    if decision == "ya":
        return step.yes_label
    if decision == "tidak":
        return step.no_label
    return ""


def people(office: Office) -> tuple[record_dialog.Person, ...]:
    # the dialogs load when first used, not with the case screen
    from . import record_dialog
    return tuple(record_dialog.Person(o.name, o.position, o.nip) for o in office.officials(active_only=True))


# -- what may be done now ------------------------------------------------------

class Offer:
    """One action and, when it is refused, the engine's reason (shown as tooltip and hint)."""

    def __init__(self, reason: str | None = None):
        self.reason = reason

    @property
    def allowed(self) -> bool:
        return self.reason is None


def offers(view, no: int) -> dict[str, Offer]:
    """The actions on step `no` of case `view`, judged by the engine at the view's moment."""
    sop, state, now = view.sop, view.state, view.now
    out: dict[str, Offer] = {}
    try:
        engine.check_start(sop, state, no, now, now)
        out["start"] = Offer()
    except UserError as e:
        out["start"] = Offer(error_text(e))
    probe = "ya" if sop.step(no).is_decision else None
    try:
        engine.check_finish(sop, state, no, now, now, probe)
        out["finish"] = Offer()
    except UserError as e:
        out["finish"] = Offer(error_text(e))
    target = last_correctable(view)
    if target is None:
        out["correct"] = Offer(QCoreApplication.translate(
            "CaseView", "Belum ada catatan mulai/selesai yang dapat dikoreksi."))
        out["change_time"] = Offer(QCoreApplication.translate(
            "CaseView", "Belum ada catatan mulai/selesai yang waktunya dapat diubah."))
    else:
        out["correct"] = Offer()
        out["change_time"] = Offer()
    out["note"] = Offer()
    return out


def last_correctable(view) -> engine.Event | None:
    """The start/finish a correction from the step panel voids: the latest one in force."""
    return view.state.effective[-1] if view.state.effective else None


def event_words(ev: engine.Event, sop: Sop) -> str:
    """"Mulai langkah 5", "Selesai langkah 2 (Tidak)", "Catatan langkah 3", "Koreksi #12"."""
    no = ev.step
    if ev.kind == engine.START:
        if no is None:
            return QCoreApplication.translate("CaseView", "Mulai")
        return QCoreApplication.translate("CaseView", "Mulai langkah {no}").format(no=no)
    if ev.kind == engine.FINISH:
        if no is None:
            return QCoreApplication.translate("CaseView", "Selesai")
        text = QCoreApplication.translate("CaseView", "Selesai langkah {no}").format(no=no)
        if ev.decision and sop.has_step(no):
            text += f" ({decision_label(sop.step(no), ev.decision)})"
        return text
    if ev.kind == engine.NOTE:
        if no is None:
            return QCoreApplication.translate("CaseView", "Catatan kasus")
        return QCoreApplication.translate("CaseView", "Catatan langkah {no}").format(no=no)
    if ev.kind == engine.CORRECTION:
        if ev.voids is None:
            return QCoreApplication.translate("CaseView", "Koreksi")
        return QCoreApplication.translate("CaseView", "Koreksi #{id}").format(id=ev.voids)
    if ev.kind == engine.IMPORT:   # this PC's record of an import (the note says from where), or a part of it
        if ev.imported_by is None:
            return QCoreApplication.translate("CaseView", "Diimpor dari berkas")
        return QCoreApplication.translate("CaseView", "Impor #{id}").format(id=ev.imported_by)
    return ev.kind


# -- small widgets ---------------------------------------------------------------

class Badge(QLabel):
    """A rounded label in a fixed colour pair."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self.set_colors("#e8eaed", "#3c4043")

    def set_colors(self, background: str, foreground: str, border: str | None = None) -> None:
        self.setStyleSheet(f"QLabel {{ background: {background}; color: {foreground}; border-radius: 10px;"
                           f" border: 1px solid {border or background}; padding: 3px 12px; font-weight: 600; }}")


def _look_colors(look: ss.Look) -> tuple[str, str, str]:
    return look.fill.name(), look.text.name(), look.border.name()


class Swatch(QWidget):
    """A legend sample drawn with the same colours as the symbols."""

    def __init__(self, fill: QColor, border: QColor, width: float = 1.2, dashed: bool = False, parent=None):
        super().__init__(parent)
        self._fill, self._border, self._width, self._dashed = fill, border, width, dashed
        self.setFixedSize(26, 14)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self._border, self._width)
        if self._dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(self._fill)
        p.drawRoundedRect(QRectF(2, 2, self.width() - 4, self.height() - 4), 4, 4)


class Legend(QWidget):
    """The state colours in words, wrapping onto a second line when narrow; the working-time note
    moves below them when the row is too narrow."""

    def __init__(self, tz=None, parent=None):
        super().__init__(parent)
        self.entries = QWidget()
        flow = WrapLayout(self.entries, spacing=12)
        entries = [(ss.look(k).fill, ss.look(k).border, min(ss.look(k).border_width, 2.0), False, ss.look_label(k))
                   for k in ss.LOOKS]
        entries.append((QColor("white"), ss.NEXT_BORDER, 1.6, True, self.tr("Langkah berikutnya")))
        for fill, border, width, dashed, text in entries:
            entry = QWidget()
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(5)
            row.addWidget(Swatch(fill, border, width, dashed))
            label = QLabel(text)
            row.addWidget(label)
            flow.addWidget(entry)
        self._flow = flow
        self.note_inline = QLabel()
        self.note_below = QLabel()
        self.set_zone(tz)
        for n in (self.note_inline, self.note_below):
            n.setStyleSheet("color: #5f6368;")
        self.note_below.setWordWrap(True)
        # the inline note must not widen the window: it only shows when there is room (resizeEvent)
        self.note_inline.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.note_inline.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.entries, 1)
        line.addWidget(self.note_inline)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.setSpacing(2)
        box.addLayout(line)
        box.addWidget(self.note_below)
        self.note_below.hide()

    def set_zone(self, tz) -> None:
        zone = zone_name(tz) if tz is not None else "WIB"
        words = self.tr("Waktu dihitung dalam jam kerja ({zone}), di luar hari libur").format(zone=zone)
        self.note_inline.setText(words)
        self.note_below.setText(words)

    def minimumSizeHint(self) -> QSize:
        # as narrow as its widest entry: the rest wraps
        return QSize(self._flow.minimumSize().width() + 4, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        fits = self._flow.one_line_width() + self.note_inline.sizeHint().width() + 24 <= self.width()
        if fits != self.note_inline.isVisible() or fits == self.note_below.isVisible():
            self.note_inline.setVisible(fits)
            self.note_below.setVisible(not fits)


TITLE_CHARS = 160


class CaseHeader(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.45)
        f.setBold(True)
        self.title.setFont(f)
        self.title.setWordWrap(True)  # a long case title wraps instead of widening the window
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Titles, letter numbers and SOP texts are typed by people (or come in a .sopcase):
        # never let Qt read them as HTML (an <img src=…> would be loaded).
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setStyleSheet("color: #5f6368;")
        self.subtitle.setWordWrap(True)
        self.state_badge = Badge()
        self.step_badge = Badge()
        self.late_badge = Badge()
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.subtitle)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 6)
        row.addLayout(text, 1)
        for b in (self.state_badge, self.step_badge, self.late_badge):
            row.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)

    def set_case(self, view, tz) -> None:
        st = view.state
        # A very long title would push the swimlane off the screen: show its start, all of it on hover.
        self.title.setText(view.title if len(view.title) <= TITLE_CHARS else view.title[:TITLE_CHARS].rstrip() + "…")
        self.title.setToolTip(view.title if len(view.title) > TITLE_CHARS else "")
        parts = [self.tr("SOP {name} (versi {version})").format(name=sop_short_name(view.sop.name),
                                                                  version=view.sop_version)]
        if view.ref_number:
            parts.append(self.tr("surat {number}").format(number=view.ref_number))
        parts.append(self.tr("dibuka {when}").format(when=long_datetime(view.created_at, tz)))
        self.subtitle.setText("  ·  ".join(parts))
        self.subtitle.setToolTip(view.ref_subject or "")
        late_steps = sum(1 for s in st.steps.values() if s.late and s.run is not None)
        overdue = bool(st.current_status and st.current_status.state == engine.RUNNING and st.current_status.late)
        if st.closed:
            self.state_badge.setText(self.tr("Selesai"))
            self.state_badge.set_colors("#cfe9cf", "#1b5e20")
            self.step_badge.setText(long_datetime(st.closed_at, tz))
        else:
            self.state_badge.setText(self.tr("Lewat waktu") if overdue else
                                     self.tr("Berjalan") if st.started_at else self.tr("Belum dimulai"))
            if overdue:
                self.state_badge.set_colors("#ffc9c9", "#b71c1c")
            else:
                self.state_badge.set_colors("#dbe9fb", "#0d47a1")
            index = [s.no for s in view.sop.steps].index(st.current) + 1
            self.step_badge.setText(self.tr("Langkah {n} dari {total}").format(n=index, total=len(view.sop.steps)))
        self.step_badge.set_colors("#e8eaed", "#3c4043")
        self.late_badge.setVisible(late_steps > 0)
        # self.tr(text, "", n): the only form in which pyside6-lupdate keeps a plural
        self.late_badge.setText(self.tr("%n langkah terlambat", "", late_steps))
        self.late_badge.set_colors("#ffe0b8", "#a43d00")


# -- the step panel ------------------------------------------------------------

class StepPanel(QWidget):
    """Details of the selected step (read-only); the actions live in ActionBar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setStyleSheet("color: #5f6368; font-weight: 600; letter-spacing: 1px;")
        self.title = QLabel()
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.15)
        f.setBold(True)
        self.title.setFont(f)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.state_badge = Badge()
        self.fields: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(3)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[str, QLabel] = {}
        # who and when first: on a short screen they are what shows without scrolling
        for key, label in (("lane", self.tr("Pelaksana")), ("who", self.tr("Dikerjakan oleh")),
                           ("standard", self.tr("Waktu standar")), ("started", self.tr("Mulai")),
                           ("due", self.tr("Batas waktu")), ("finished", self.tr("Selesai")),
                           ("actual", self.tr("Waktu kerja")), ("decision", self.tr("Keputusan")),
                           ("requirements", self.tr("Kelengkapan")), ("output", self.tr("Output"))):
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name = QLabel(label)
            name.setStyleSheet("color: #5f6368;")
            self.fields[key], self._labels[key] = value, name
            self.form.addRow(name, value)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setFixedHeight(18)
        self.next_title = _section(self.tr("Berikutnya"))
        self.next_text = QLabel()
        self.next_text.setWordWrap(True)
        self.notes_title = _section(self.tr("Catatan langkah ini"))
        self.notes_text = QLabel()
        self.notes_text.setWordWrap(True)
        self.notes_text.setTextFormat(Qt.TextFormat.RichText)

        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 12, 8)
        box.setSpacing(5)
        # the step's number and its state on one line (the title gets the room), the state below when narrow
        self.top_line = QWidget()
        top = WrapLayout(self.top_line, spacing=10, line_spacing=3)
        top.addWidget(self.caption)
        top.addWidget(self.state_badge)
        box.addWidget(self.top_line)
        box.addWidget(self.title)
        box.addSpacing(2)
        box.addLayout(self.form)
        box.addWidget(self.progress)
        box.addWidget(self.notes_title)
        box.addWidget(self.notes_text)
        box.addWidget(self.next_title)
        box.addWidget(self.next_text)
        box.addStretch(1)
        self.step_no: int | None = None

    def essential_height(self) -> int:
        """Down to the step's due time (name, state, lane, who, time standard, start, due): what must show
        without scrolling."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        shown = [self.fields[k] for k in ("lane", "who", "standard", "started", "due")
                 if self.fields[k].isVisibleTo(self)]
        bottom = max((f.geometry().bottom() for f in shown), default=self.title.geometry().bottom())
        return bottom + layout.contentsMargins().bottom()

    def _set(self, key: str, text: str | None) -> None:
        shown = bool(text)
        self.fields[key].setText(text or "")
        self.fields[key].setVisible(shown)
        self._labels[key].setVisible(shown)

    def show_step(self, view, no: int, tz, minutes_per_day: int) -> None:
        self.step_no = no
        sop, st = view.sop, view.state
        step = sop.step(no)
        status = st.steps[no]
        run = status.run
        look = ss.look_of(status)
        self.caption.setText(self.tr("LANGKAH {n} DARI {total}").format(n=no, total=len(sop.steps)))
        self.title.setText(step.activity)
        current = st.current == no and not st.closed
        if look.key == ss.WAITING:
            word = self.tr("Langkah berikutnya — belum dimulai") if current else ss.look_label(ss.WAITING)
            bg, fg, border = ("#ffffff", ss.NEXT_BORDER.name(), ss.NEXT_BORDER.name()) if current else \
                ("#f1f3f4", "#5f6368", "#dadce0")
        else:
            word = ss.look_label(look.key)
            bg, fg, border = _look_colors(look)
        prefix = {"▶": "▶  ", "✓": "✓  "}.get(look.glyph, "")
        self.state_badge.setText(prefix + word)
        self.state_badge.set_colors(bg, fg, border)

        self._set("lane", step.lane)
        who = ""
        if run is not None:
            who = run.started_by
            if run.finished_by and run.finished_by != run.started_by:
                who = self.tr("{started} (mulai), {finished} (selesai)").format(started=run.started_by or "—",
                                                                                  finished=run.finished_by)
        self._set("who", who)
        self._set("requirements", step.requirements or "—")
        self._set("output", step.output or "—")
        self._set("standard", waktu_label(step.time))
        self._set("started", long_datetime(run.started_at, tz) if run else "")
        due_text = ""
        if run is not None and run.due_at is not None:
            due_text = long_datetime(run.due_at, tz)
        self._set("due", due_text)
        self._set("finished", long_datetime(run.finished_at, tz) if run and run.finished_at else "")
        self._set("decision", decision_label(step, run.decision) if run and run.decision else "")

        actual = status.actual_working_minutes if run is not None else None
        standard = _standard_minutes(step, minutes_per_day)
        if actual is not None:
            spent = working_time(actual, minutes_per_day)
            extra = ""
            if standard is not None:
                if actual <= standard:
                    if run.finished_at is None:
                        extra = self.tr("(sisa {time})").format(time=working_time(standard - actual,
                                                                                     minutes_per_day))
                else:
                    extra = self.tr("(lewat {time})").format(time=working_time(actual - standard, minutes_per_day))
            self._labels["actual"].setText(self.tr("Berjalan") if run.finished_at is None else self.tr("Waktu kerja"))
            self._set("actual", f"{spent} {extra}".strip())
            self.fields["actual"].setStyleSheet(f"color: {look.text.name()}; font-weight: 600;")
        else:
            self._set("actual", "")
        if actual is not None and standard:
            pct = actual / standard * 100
            self.progress.setRange(0, 100)
            self.progress.setValue(int(min(100, pct)))
            self.progress.setFormat(self.tr("{spent} dari {standard}").format(
                spent=working_time(actual, minutes_per_day), standard=waktu_label(step.time)))
            # the light fill keeps the dark text readable over the chunk
            self.progress.setStyleSheet(
                f"QProgressBar {{ border: 1px solid {look.border.name()}; border-radius: 4px; background: #ffffff;"
                " text-align: center; color: #202124; }"
                f"QProgressBar::chunk {{ background: {look.fill.name()}; border-radius: 3px; }}")
            self.progress.show()
        else:
            self.progress.hide()

        notes = [e for e in view.events if e.kind == engine.NOTE and e.step == no and e.id not in st.voided]
        self.notes_title.setVisible(bool(notes))
        self.notes_text.setVisible(bool(notes))
        self.notes_text.setText("<br>".join(
            f"<span style='color:#5f6368'>{escape(short_datetime(e.at, tz, view.now))} · "
            f"{escape(e.by or '—')}</span><br>{escape(note_text(e.note))}" for e in notes[-5:]))

        nexts = []
        for target, label in sop.successors(no):
            if target is None or not sop.has_step(target):
                continue
            t = sop.step(target)
            text = (f"{t.no} · {escape(t.activity)} "
                    f"<span style='color:#5f6368'>({escape(t.lane)}, {escape(waktu_label(t.time))})</span>")
            nexts.append(f"<b>{escape(label)}</b> → {text}" if label else text)
        self.next_title.setVisible(bool(nexts))
        self.next_text.setVisible(bool(nexts))
        self.next_text.setText("<br>".join(nexts))


HISTORY_AT_LEAST = 80   # px under the step's details: the history's heading and its newest entry


def _standard_minutes(step: Step, minutes_per_day: int) -> int | None:
    try:
        return step.waktu.standard_minutes(minutes_per_day)
    except WaktuError:
        return None


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; color: #3c4043;")
    label.setContentsMargins(0, 6, 0, 0)
    return label


class ActionBar(QWidget):
    """Mulai / Selesai (or the decision's own labels), Catatan, Koreksi.

    Refused actions stay visible but disabled, with the engine's reason as
    tooltip and, for the main actions, as a hint line above the buttons.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.start_button = QPushButton(self.tr("Mulai"))
        self.finish_button = QPushButton(self.tr("Selesai"))
        self.yes_button = QPushButton(self.tr("Ya"))
        self.no_button = QPushButton(self.tr("Tidak"))
        self.note_button = QPushButton(self.tr("Catatan…"))
        self.time_button = QPushButton(self.tr("Ubah waktu…"))
        self.correct_button = QPushButton(self.tr("Koreksi…"))
        for b in (self.start_button, self.finish_button, self.yes_button, self.no_button):
            b.setMinimumHeight(30)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")
        main = QHBoxLayout()
        for b in (self.start_button, self.finish_button, self.yes_button, self.no_button):
            main.addWidget(b)
        small = QHBoxLayout()
        small.addWidget(self.note_button)
        small.addWidget(self.time_button)
        small.addWidget(self.correct_button)
        small.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 4, 12, 6)
        box.setSpacing(4)
        box.addWidget(self.hint)
        box.addLayout(main)
        box.addLayout(small)
        self.setStyleSheet(
            "QPushButton[primary='true']:enabled { background: #1a73e8; color: white; border: 1px solid #1765cc;"
            " border-radius: 4px; font-weight: 600; padding: 4px 10px; }"
            "QPushButton[primary='true']:disabled { background: #f1f3f4; color: #9aa0a6; border: 1px solid #dadce0;"
            " border-radius: 4px; padding: 4px 10px; }")

    def set_offers(self, step: Step, offer: dict[str, Offer], *, started: bool = False, correct_tip: str = "",
                   time_tip: str = "") -> None:
        decision = step.is_decision
        self.finish_button.setVisible(not decision)
        self.yes_button.setVisible(decision)
        self.no_button.setVisible(decision)
        if decision:
            self.yes_button.setText(step.yes_label)
            self.no_button.setText(step.no_label)
        for button, key in ((self.start_button, "start"), (self.finish_button, "finish"),
                            (self.yes_button, "finish"), (self.no_button, "finish"),
                            (self.correct_button, "correct"), (self.note_button, "note"),
                            (self.time_button, "change_time")):
            o = offer[key]
            button.setEnabled(o.allowed)
            button.setToolTip(o.reason or "")
        self.correct_button.setToolTip(offer["correct"].reason or correct_tip)
        self.time_button.setToolTip(offer["change_time"].reason or time_tip)
        for button, key in ((self.start_button, "start"), (self.finish_button, "finish"),
                            (self.yes_button, "finish"), (self.no_button, "finish")):
            button.setProperty("primary", offer[key].allowed)
            button.style().unpolish(button)
            button.style().polish(button)
        if offer["start"].allowed or offer["finish"].allowed:
            self.hint.hide()
        else:
            # a started (or finished) step says why it cannot finish; a waiting one what it waits for
            reason = offer["finish"].reason if started else offer["start"].reason
            self.hint.setText(reason or "")
            self.hint.setVisible(bool(reason))

    def main_button(self) -> QPushButton | None:
        """What the step asks for next: Mulai, else Selesai (a decision's first choice), else nothing."""
        if self.start_button.isEnabled():
            return self.start_button
        for b in (self.finish_button, self.yes_button):
            if b.isVisibleTo(self) and b.isEnabled():
                return b
        return None


# -- history -----------------------------------------------------------------

class HistoryList(QListWidget):
    """Every event of the case, newest first; voided ones struck through."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(HtmlItemDelegate(self))
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAlternatingRowColors(True)
        # a light selection: the rows carry their own colours (grey struck text, red marks)
        pal = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            pal.setColor(group, QPalette.ColorRole.Highlight, QColor("#d6e4f7"))
            pal.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#202124"))
        self.setPalette(pal)

    def set_events(self, view, tz) -> None:
        """Fill with the case's events. After a change the newest is in view; a re-read with
        nothing new (the minute timer) keeps the list where it was."""
        keep = self.selected_event_id()
        newest = self.item(0).data(EVENT_ID_ROLE) if self.count() else None
        scrolled = self.verticalScrollBar().value()
        voided_by = {e.voids: e.id for e in view.events if e.kind == engine.CORRECTION and e.voids is not None}
        self.setUpdatesEnabled(False)
        self.clear()
        for ev in reversed(view.events):
            self.addItem(self._item(ev, view, tz, voided_by.get(ev.id)))
        if keep is not None:
            for i in range(self.count()):
                if self.item(i).data(EVENT_ID_ROLE) == keep:
                    # select without scrolling to it: the selection is kept, the view decided below
                    self.selectionModel().setCurrentIndex(
                        self.indexFromItem(self.item(i)),
                        self.selectionModel().SelectionFlag.ClearAndSelect)
        changed = (view.events[-1].id if view.events else None) != newest
        self.doItemsLayout()
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum() if changed else scrolled)
        self.setUpdatesEnabled(True)

    def newest_in_view(self) -> bool:
        return self.count() == 0 or self.viewport().rect().intersects(self.visualItemRect(self.item(0)))

    def _item(self, ev: engine.Event, view, tz, voided_by: int | None) -> QListWidgetItem:
        what = event_words(ev, view.sop)
        at = short_datetime(ev.at, tz, view.now)
        by = f" — {ev.by}" if ev.by else ""  # no name recorded: say nothing rather than "— —"
        if ev.imported_by is not None and ev.kind != engine.IMPORT:   # recorded on another PC, came in a file
            by += " " + self.tr("(diimpor)")
        plain = [f"#{ev.id}  {at}  {what}{by}"]
        html_head = (f"<span style='color:#80868b'>#{ev.id}</span>&nbsp; <b>{escape(at)}</b>&nbsp; "
                     f"{escape(what)}{escape(by)}")
        details = []
        if ev.note:
            details.append(escape(note_text(ev.note)))
        if abs((ev.recorded_at - ev.at).total_seconds()) >= 60:
            details.append(escape(self.tr("dicatat {when}").format(when=short_datetime(ev.recorded_at, tz, view.now))))
        body = html_head + (f"<br><span style='color:#5f6368'>{'<br>'.join(details)}</span>" if details else "")
        if ev.note:
            plain.append(note_text(ev.note))
        if voided_by is not None:
            struck = f"<s style='color:#80868b'>{body}</s>"
            words = self.tr("dibatalkan oleh koreksi #{id}").format(id=voided_by)
            mark = escape(words)
            html = f"{struck}<br><span style='color:#b3261e'>{mark}</span>"
            plain.append(words)
        else:
            html = body
        item = QListWidgetItem("\n".join(plain))
        item.setData(EVENT_ID_ROLE, ev.id)
        item.setData(VOIDED_ROLE, voided_by)
        item.setData(HTML_ROLE, html)
        font = self.font()
        font.setStrikeOut(voided_by is not None)
        item.setFont(font)
        tip = self.tr("Terjadi {at}\nDicatat {recorded}").format(at=long_datetime(ev.at, tz),
                                                                recorded=long_datetime(ev.recorded_at, tz))
        pc, user = getattr(view, "origins", {}).get(ev.id, ("", ""))   # several PCs on one database
        if pc or user:
            tip += "\n" + self.tr("di PC {pc}, pengguna Windows {user}").format(pc=pc or "?", user=user or "?")
        item.setToolTip(tip)
        return item

    def selected_event_id(self) -> int | None:
        item = self.currentItem()
        return item.data(EVENT_ID_ROLE) if item is not None else None


# -- the case screen ------------------------------------------------------------

class CaseViewWidget(QWidget):
    """One case: header, swimlane with the case laid on it, step panel, history, legend."""

    def __init__(self, office: Office, case_id: int, parent=None, *, changes: ChangeBridge | None = None):
        super().__init__(parent)
        self.office = office
        self.case_id = case_id
        self.tz = office.tz
        self.minutes_per_day = office.calendar().minutes_per_day()
        view = office.case(case_id)
        self.view_data = view

        # Built from the outside in: each container is in place before what goes into it, so
        # the application's style sheet polishes every widget about once, instead of again for
        # each container a finished block is moved into (most of the cost of opening a case).
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        # "Alur" (the swimlane, the default) and "Dokumen" (the PK and what is made from it, built on first view).
        self.pages = QTabWidget()
        self.pages.setObjectName("casePages")
        self.pages.setDocumentMode(True)
        box.addWidget(self.pages)
        flow = QWidget()
        self.documents: DocumentsPanel | None = None
        self._documents_page = QWidget()
        self._documents_layout = QVBoxLayout(self._documents_page)
        self._documents_layout.setContentsMargins(0, 0, 0, 0)
        self.pages.addTab(flow, self.tr("Alur"))
        self.pages.addTab(self._documents_page, self.tr("Dokumen"))
        self.pages.setTabToolTip(0, self.tr("Diagram alir kasus, langkah, lampiran dan riwayat"))
        self.pages.setTabToolTip(1, self.tr("Perjanjian Kinerja dan surat pengantar kasus ini"))
        self.zoom_bar = QWidget()
        self.pages.setCornerWidget(self.zoom_bar, Qt.Corner.TopRightCorner)
        fbox = QVBoxLayout(flow)
        fbox.setContentsMargins(8, 8, 8, 4)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        fbox.addWidget(self.splitter)
        left = QWidget()
        right = QWidget()
        right.setObjectName("caseSide")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([1000, 360])
        self._sized = False
        self.splitter.setChildrenCollapsible(False)

        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        self.header = CaseHeader()
        lbox.addWidget(self.header)
        self.scene = SwimlaneScene(view.sop, realisasi=True, parent=self, text_size=CASE_TEXT)
        self.swimlane = SwimlaneView(self.scene)
        self.swimlane.freeze_header()
        lbox.addWidget(self.swimlane, 1)
        self.legend = Legend(self.tz)
        lbox.addWidget(self.legend)
        self._make_zoom_bar()

        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        rbox.addWidget(self.right_splitter, 1)
        right.setMinimumWidth(340)
        panel_scroll = QScrollArea()
        panel_scroll.setWidgetResizable(True)
        panel_scroll.setFrameShape(QFrame.Shape.NoFrame)
        history_box = QWidget()
        self.right_splitter.addWidget(panel_scroll)
        self.right_splitter.addWidget(history_box)
        self.right_splitter.setStretchFactor(0, 1)
        self.right_splitter.setStretchFactor(1, 1)
        self.right_splitter.setChildrenCollapsible(False)
        self._user_split = False
        self.right_splitter.splitterMoved.connect(lambda *_: setattr(self, "_user_split", True))
        self.panel = StepPanel()
        panel_scroll.setWidget(self.panel)

        hbox = QVBoxLayout(history_box)
        hbox.setContentsMargins(12, 0, 12, 0)
        self.attachments = AttachmentsSection(office, case_id, step_of=lambda: self.scene.selected_step)
        self.attachments.added.connect(lambda _ids: self._after(True))
        self.attachments.resized.connect(self._balance_side)
        hbox.addWidget(self.attachments)
        hhead = QHBoxLayout()
        hbox.addLayout(hhead)
        hhead.addWidget(_section(self.tr("Riwayat kasus")))
        hhead.addStretch(1)
        self.history_time = QPushButton(self.tr("Ubah waktu…"))
        self.history_time.setEnabled(False)
        hhead.addWidget(self.history_time)
        self.history_correct = QPushButton(self.tr("Koreksi…"))
        self.history_correct.setEnabled(False)
        hhead.addWidget(self.history_correct)
        self.history = HistoryList()
        self.history.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.history.customContextMenuRequested.connect(self._history_menu)
        self.history.setMinimumHeight(2 * self.history.fontMetrics().height() + 12)   # the newest entry, at least
        hbox.addWidget(self.history, 1)
        self.actions_bar = ActionBar()  # made last: Tab reaches it after the history, as it always has
        rbox.addWidget(self.actions_bar)

        self.pages.currentChanged.connect(self._page_changed)
        self.setAcceptDrops(True)  # files dropped anywhere on the case become attachments

        self.scene.stepSelected.connect(self._on_step_selected)
        self.scene.stepActivated.connect(self.activate_step)
        a = self.actions_bar
        a.start_button.clicked.connect(lambda: self.record("start"))
        a.finish_button.clicked.connect(lambda: self.record("finish"))
        a.yes_button.clicked.connect(lambda: self.record("finish", "ya"))
        a.no_button.clicked.connect(lambda: self.record("finish", "tidak"))
        a.note_button.clicked.connect(lambda: self.add_note())
        a.correct_button.clicked.connect(lambda: self.correct())
        a.time_button.clicked.connect(lambda: self.change_time())
        self.history.currentItemChanged.connect(lambda *_: self._update_history_action())
        self.history_correct.clicked.connect(lambda: self.correct(self.history.selected_event_id()))
        self.history_time.clicked.connect(lambda: self.change_time(self.history.selected_event_id()))

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

        self._apply(view, attachments=False)  # the section has just read them
        st = view.state
        first = st.current if st.current is not None else view.sop.steps[-1].no
        self.select_step(first)

        self.changes = bridge_for(office.changes, changes, self)
        self.changes.case_changed.connect(self._case_changed)
        self.changes.cases_changed.connect(self._stale)
        self.changes.cases_imported.connect(self._cases_imported)
        self.changes.settings_changed.connect(self._settings_changed)
        self.changes.database_replaced.connect(self._stale)

    def _make_zoom_bar(self) -> None:
        """Perkecil · 100% · Perbesar · Pas Layar and the zoom shown, beside the Alur/Dokumen tabs;
        their keys work anywhere on the case's Alur page."""
        v = self.swimlane
        row = QHBoxLayout(self.zoom_bar)
        row.setContentsMargins(0, 0, 8, 0)
        row.setSpacing(2)
        self.zoom_buttons: list[QToolButton] = []
        for act in (v.act_zoom_out, v.act_zoom_reset, v.act_zoom_in, v.act_fit):
            b = QToolButton()
            b.setDefaultAction(act)
            b.setAutoRaise(True)
            self.zoom_buttons.append(b)
            row.addWidget(b)
            self.addAction(act)   # the same action: its keys also work outside the chart, never twice
        self.zoom_label = QLabel()
        self.zoom_label.setStyleSheet("color: #5f6368;")
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("888 %") + 6)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.zoom_label.setToolTip(self.tr("Besar tampilan bagan (100% = ukuran cetak)"))
        row.insertWidget(0, self.zoom_label)
        v.zoomChanged.connect(self._show_zoom)
        self._show_zoom(v.zoom())

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self._balance_side()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._sized and not self._user_split:
            QTimer.singleShot(0, self._balance_side)   # the new height shared again, once laid out

    def _balance_side(self) -> None:
        """The step's details get the room they need; the history takes the rest (at least a few rows).

        Once the user drags the divider, their choice stays.
        """
        if self._user_split or not self.isVisible():
            return
        total = sum(self.right_splitter.sizes())
        if total <= 0:
            return
        want = self.panel.sizeHint().height() + 8
        # below: the attachments as they are, and a few rows of history
        attachments = self.attachments.sizeHint().height()
        top = min(want, total - (150 + attachments))
        # a short screen: the step's name, who and when come first; the history keeps a row or two
        top = max(top, min(self.panel.essential_height() + 8, total - (HISTORY_AT_LEAST + attachments)))
        top = max(top, total // 4)
        self.right_splitter.setSizes([top, total - top])

    # -- reading -----------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the case (one office.case call) and restyle; the scene is kept."""
        self._apply(self.office.case(self.case_id))

    def _tick(self) -> None:
        if self.isVisible():
            self._stale()

    def _stale(self) -> None:
        """Read again; a case that is gone (a restore) or out of reach (an outage) keeps its last look
        instead of failing, and the minute timer rests until a read succeeds again (the recovery's
        DatabaseReplaced, app/watch.py)."""
        try:
            self.refresh()
        except UserError:
            self._timer.stop()
            return
        if not self._timer.isActive():
            self._timer.start()

    def _case_changed(self, case_id: int) -> None:
        if case_id == self.case_id:
            self._stale()

    def _cases_imported(self, case_ids: list) -> None:
        if self.case_id in case_ids:
            self._stale()

    def _settings_changed(self, what: str) -> None:
        if what in (PROFILE, CALENDAR):  # the time zone of every time shown; a working day's length
            self.tz = self.office.tz
            self.minutes_per_day = self.office.calendar().minutes_per_day()
            self.legend.set_zone(self.tz)
            self._stale()

    def _apply(self, view, attachments: bool = True) -> None:
        self.view_data = view
        self.header.set_case(view, self.tz)
        self.scene.show_case(view.state, self.minutes_per_day)
        self.history.set_events(view, self.tz)
        if attachments:
            self.attachments.reload()
        self._update_history_action()
        if self.scene.selected_step is not None:
            self._show_panel(self.scene.selected_step)

    @property
    def selected_step(self) -> int | None:
        return self.scene.selected_step

    def select_step(self, no: int) -> None:
        self.scene.select_step(no, notify=False)
        self._show_panel(no)
        self.swimlane.show_step(no)

    def _on_step_selected(self, no: int) -> None:
        self._show_panel(no)
        self.attachments.step_changed()

    def _show_panel(self, no: int) -> None:
        view = self.view_data
        self.panel.show_step(view, no, self.tz, self.minutes_per_day)
        self._balance_side()
        target = last_correctable(view)
        tip = ""
        if target is not None:
            tip = self.tr("Batalkan catatan terakhir: #{id} {what}").format(id=target.id,
                                                                             what=event_words(target, view.sop))
        time_tip = ""
        if target is not None:
            time_tip = self.tr("Ubah waktu catatan terakhir: #{id} {what}").format(
                id=target.id, what=event_words(target, view.sop))
        started = view.state.steps[no].state != engine.WAITING
        self.actions_bar.set_offers(view.sop.step(no), offers(view, no), started=started, correct_tip=tip,
                                    time_tip=time_tip)

    def offers(self, no: int | None = None) -> dict[str, Offer]:
        """What the panel offers for step `no` (default: the selected one)."""
        no = self.selected_step if no is None else no
        return offers(self.view_data, no) if no is not None else {}

    def _update_history_action(self) -> None:
        ev_id = self.history.selected_event_id()
        for button, offer in ((self.history_correct, self.correction_offer(ev_id)),
                              (self.history_time, self.change_time_offer(ev_id))):
            button.setEnabled(offer.allowed)
            button.setToolTip(offer.reason or "")

    def correction_offer(self, ev_id: int | None) -> Offer:
        if ev_id is None:
            return Offer(self.tr("Pilih catatan di riwayat yang akan dikoreksi."))
        try:
            engine.check_correction(self.view_data.state, self.view_data.events, ev_id)
        except UserError as e:
            return Offer(error_text(e))
        return Offer()

    def change_time_offer(self, ev_id: int | None) -> Offer:
        """Only the latest start/finish in force can move (what came after it was judged by its time)."""
        if ev_id is None:
            return Offer(self.tr("Pilih catatan mulai/selesai di riwayat yang waktunya salah."))
        ev = next((e for e in self.view_data.events if e.id == ev_id), None)
        if ev is None or ev.kind not in (engine.START, engine.FINISH):
            return Offer(self.tr("Hanya waktu catatan mulai atau selesai yang dapat diubah."))
        offer = self.correction_offer(ev_id)
        return offer if not offer.allowed else Offer()

    def _history_menu(self, pos) -> None:
        item = self.history.itemAt(pos)
        if item is None:
            return
        self.history.setCurrentItem(item)
        ev_id = item.data(EVENT_ID_ROLE)
        menu = QMenu(self.history)
        for text, offer, slot in ((self.tr("Ubah waktu…"), self.change_time_offer(ev_id), self.change_time),
                                  (self.tr("Koreksi…"), self.correction_offer(ev_id), self.correct)):
            act = menu.addAction(text)
            act.setEnabled(offer.allowed)
            act.setToolTip(offer.reason or "")
            act.triggered.connect(lambda _checked=False, f=slot: f(ev_id))
        menu.setToolTipsVisible(True)
        self.history_menu = menu   # tests drive it
        menu.popup(self.history.viewport().mapToGlobal(pos))

    # -- recording -------------------------------------------------------------
    def activate_step(self, no: int) -> None:
        """Double-click: record whatever the step allows now (start, else finish)."""
        self.select_step(no)
        o = self.offers(no)
        if o["start"].allowed:
            self.record("start")
        elif o["finish"].allowed:
            self.record("finish")

    def record(self, action: str, decision: str | None = None) -> bool:
        no = self.selected_step
        if no is None:
            return False
        view = self.view_data
        step = view.sop.step(no)
        choices: tuple[tuple[str, str, str], ...] = ()
        if action == "finish" and step.is_decision:
            choices = tuple((value, label or "", self._leads_to(view.sop, target))  # a decision's labels are set
                            for value, (target, label) in zip(("ya", "tidak"), view.sop.successors(no), strict=False))
        from . import record_dialog

        spec = record_dialog.RecordSpec(action=action, step_no=no, activity=step.activity, people=people(self.office),
                                        tz=self.tz, now=self.office.now(), choices=choices, decision=decision,
                                        earliest=view.state.last_at, lane=step.lane)
        case_id = self.case_id

        def submit(answer: record_dialog.RecordAnswer):
            if action == "start":
                return self.office.start_step(case_id, no, at=answer.at, by=answer.who, note=answer.note)
            return self.office.finish_step(case_id, no, at=answer.at, by=answer.who, note=answer.note,
                                           decision=answer.decision)
        recorded = self._after(record_dialog.ask_record(self, spec, submit))
        if recorded:
            self._go_on(no, action)
        return recorded

    def _go_on(self, no: int, action: str) -> None:
        """After Mulai, Selesai (or the decision's choices) is at hand; after Selesai the panel moves
        to the step that can start next, its Mulai focused."""
        view = self.view_data
        target = no
        if action == "finish" and not view.state.closed and view.state.current is not None:
            target = view.state.current
        if target != self.selected_step:
            self.select_step(target)
            self.attachments.step_changed()
        button = self.actions_bar.main_button()
        if button is not None:
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _leads_to(self, sop: Sop, target: int | None) -> str:
        if target is None or not sop.has_step(target):
            return ""
        t = sop.step(target)
        state = self.view_data.state.steps.get(target)
        back = state is not None and bool(state.runs)
        words = self.tr("kembali ke langkah {no}") if back else self.tr("lanjut ke langkah {no}")
        return words.format(no=t.no) + f": {t.activity}"

    def add_note(self) -> bool:
        no = self.selected_step
        view = self.view_data
        activity = view.sop.step(no).activity if no is not None else view.title
        from . import record_dialog

        lane = view.sop.step(no).lane if no is not None else ""
        spec = record_dialog.NoteSpec(step_no=no, activity=activity, people=people(self.office), lane=lane)
        case_id = self.case_id

        def submit(answer: record_dialog.NoteAnswer):
            return self.office.add_note(case_id, answer.text, step=no, by=answer.who)
        return self._after(record_dialog.ask_note(self, spec, submit))

    def _event_or_latest(self, event_id: int | None) -> engine.Event | None:
        """The history's event `event_id`, or the latest start/finish in force when None is given."""
        view = self.view_data
        if event_id is None:
            return last_correctable(view)
        return next((e for e in view.events if e.id == event_id), None)

    def correct(self, event_id: int | None = None) -> bool:
        """Void `event_id` (default: the latest start/finish in force) with a reason."""
        view = self.view_data
        ev = self._event_or_latest(event_id)
        if ev is None:
            return False
        event_id = ev.id
        description = f"{event_words(ev, view.sop)} — {long_datetime(ev.at, self.tz)}, {ev.by or '—'}"
        if ev.note:
            description += f" (\u201c{ev.note}\u201d)"
        from . import record_dialog

        spec = record_dialog.CorrectionSpec(event_id=event_id, description=description, people=people(self.office))
        case_id = self.case_id

        def submit(answer: record_dialog.CorrectionAnswer):
            return self.office.correct(case_id, event_id, reason=answer.reason, by=answer.who)
        return self._after(record_dialog.ask_correction(self, spec, submit))

    def change_time(self, event_id: int | None = None) -> bool:
        """Move the start/finish `event_id` (default: the latest in force) to the right moment."""
        view = self.view_data
        ev = self._event_or_latest(event_id)
        if ev is None or not self.change_time_offer(ev.id).allowed:
            return False
        event_id = ev.id
        description = f"{event_words(ev, view.sop)} — {ev.by or '—'}"
        if ev.step is not None and view.sop.has_step(ev.step):
            description += f"\n{view.sop.step(ev.step).activity}"
        from . import record_dialog

        spec = record_dialog.ChangeTimeSpec(event_id=event_id, description=description, old_at=ev.at,
                                            people=people(self.office), tz=self.tz, now=self.office.now())
        case_id = self.case_id

        def submit(answer: record_dialog.ChangeTimeAnswer):
            return self.office.change_time(case_id, event_id, answer.at, answer.reason, by=answer.who)
        return self._after(record_dialog.ask_change_time(self, spec, submit))

    def _after(self, recorded) -> bool:
        """Something was recorded: every view of the case (this one too) re-reads it on case_changed."""
        return bool(recorded)


    # -- the Dokumen page --------------------------------------------------------------
    def _page_changed(self, index: int) -> None:
        self.zoom_bar.setVisible(index == 0)
        for act in (self.swimlane.act_zoom_out, self.swimlane.act_zoom_reset, self.swimlane.act_zoom_in,
                    self.swimlane.act_fit):
            act.setEnabled(index == 0)   # Ctrl+- on the Dokumen page is not the chart's
        if index == 1:
            self.show_documents()

    def show_documents(self):
        """Switch to "Dokumen", building the documents panel the first time."""
        if self.documents is None:
            from ..paperwork.documents_panel import DocumentsPanel
            with busy():
                self.documents = DocumentsPanel(self.office, self.case_id, changes=self.changes)
            from ..paperwork.document_actions import preview_case_report
            self.documents.add_document_button(
                self.tr("Laporan Kasus"), lambda _checked=False: preview_case_report(self, self.office, self.case_id),
                self.tr("Laporan pelaksanaan kasus ini: tiap langkah, siapa, kapan, berapa lama"))
            # Ctrl+P is the window's (it prints what the case tab shows); the panel's own
            # shortcut would make the key ambiguous, so neither would fire.
            for shortcut in self.documents.findChildren(QShortcut):
                if shortcut.key().matches(QKeySequence(QKeySequence.StandardKey.Print)) \
                        == QKeySequence.SequenceMatch.ExactMatch:
                    shortcut.setEnabled(False)
            self._documents_layout.addWidget(self.documents)
            self.documents.show()  # added to a page that may already be showing
        if self.pages.currentIndex() != 1:
            self.pages.setCurrentIndex(1)
        return self.documents

    def show_flow(self) -> None:
        self.pages.setCurrentIndex(0)

    # -- Page
    def save_now(self) -> bool:
        """Save what is typed in the PK (before the tab closes, an export, a restore)."""
        return self.documents.save_now() if self.documents is not None else True

    def can_print(self) -> bool:
        return True

    def sop_shown(self) -> tuple[str, int | None] | None:
        """The case's own SOP version, which may be older than the newest."""
        return self.view_data.sop.code, self.view_data.sop_version

    def print_current(self) -> object:
        """Ctrl+P: the PK on the Dokumen page; on Alur, the case report (each step: who, when, how long),
        drawn in a worker before the print dialog (document_actions)."""
        if self.pages.currentIndex() == 1 and self.documents is not None:
            return self.documents.print_pk()
        from ..paperwork.document_actions import print_case_report
        return print_case_report(self, self.office, self.case_id)

    # -- files dropped on the case ---------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = local_files(event.mimeData().urls()) if event.mimeData().hasUrls() else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # Attachments cannot be deleted: a drop (easily a slip of the mouse) is confirmed first.
        QTimer.singleShot(0, lambda: self.drop_files(paths))

    def drop_files(self, paths: list[str]) -> list[int]:
        step = self.scene.selected_step
        names = "\n".join(f"• {Path(p).name}" for p in paths[:8]) + ("\n…" if len(paths) > 8 else "")
        where = self.tr("langkah {no}").format(no=step) if step is not None else self.tr("kasus ini")
        text = (self.tr("Lampirkan berkas ini ke {where}?").format(where=where) + "\n\n" + names + "\n\n"
                + self.tr("Lampiran disimpan bersama kasus dan tidak dapat dihapus."))
        if not messages.ask(self, text, self.tr("Tambah lampiran"), yes=self.tr("Lampirkan"), no=self.tr("Batal")):
            return []
        return self.attachments.add_files(paths, step)
