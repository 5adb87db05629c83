"""What the monitoring and the evaluation dialogs share: one record at a time (an SOP and a
period), its state (not saved / draft / final) and the actions on it — Simpan draf, Finalkan,
Revisi baru, Buang draf, Riwayat, Pratinjau PDF — with the penilai and the date.

A subclass builds the editor of its form and says how to make a new one (`fresh_form`, which may
be slow and runs in a worker), how to show one (`show_form`), read it back (`collect`) and draw
its PDF (`render_pdf`). Loading, drawing and recomputing run through ui/kit/workers.py: the
dialog answers at once and shows progress only when it must wait.

Modal questions go through module-level functions tests replace: messages.ask and `ask_reason`.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from io import BytesIO
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...app import monev
from ...app.reports import head_official
from ...domain.errors import UserError
from ...domain.monev import ROMAN, MonevError, Semester
from ...domain.office import Official
from ..kit import messages, workers
from ..kit.date_field import DateField
from ..kit.formatting import date_text, long_datetime, sop_short_name
from ..kit.message_text import error_text, render
from ..kit.widgets import fit_to_screen
from ..paperwork.document_actions import RenderedPdf, open_preview
from ..shell import i18n

if TYPE_CHECKING:
    from ...app.office import Office

log = logging.getLogger(__name__)

Form = Any    # MonitoringForm or EvaluationForm


def ask_reason(parent: QWidget | None, title: str, text: str) -> str | None:
    """The reason for a new revision (None: cancelled). Tests replace this."""
    if not messages.interactive():
        return None
    reason, ok = QInputDialog.getText(parent, title, text)
    return reason if ok else None


class RecordDialog(QDialog):
    """One monev record: choose the SOP and the period, edit, save, finalise, revise, print."""

    KIND = ""                      # monev.MONITORING or monev.EVALUASI

    def __init__(self, office: Office, parent: QWidget | None = None, *, sop_code: str | None = None,
                 period: str | None = None):
        super().__init__(parent)
        self.office = office
        self.form: Form | None = None
        self.record: monev.MonevRecord | None = None
        self.dirty = False
        self.load_task: workers.Task | None = None
        self.pdf_task: workers.Task | None = None
        self._loading = False
        self._shown_key: tuple[str, str] | None = None
        self._kept_person: Official | None = None
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._build_choices()
        self._build_people()
        self._build_buttons()
        self._fill_choices(sop_code, period)

    # -- for the subclass -------------------------------------------------------------
    def period_choices(self) -> list[tuple[str, str]]:
        """(label, key) of the periods to offer, newest first."""
        raise NotImplementedError

    def default_period(self, keys: list[str]) -> str | None:
        return keys[0] if keys else None

    def fresh_form(self, sop_code: str, period: str, progress: Callable[[int, int], None]) -> Form:
        """A new form for an SOP and period without a record (in a worker)."""
        raise NotImplementedError

    def show_form(self, form: Form) -> None:
        raise NotImplementedError

    def collect(self) -> Form:
        """The form as edited (people and date included)."""
        raise NotImplementedError

    def set_editable(self, on: bool) -> None:
        raise NotImplementedError

    def render_pdf(self, form: Form, record: monev.MonevRecord | None) -> RenderedPdf:
        """The PDF of the form (in a worker)."""
        raise NotImplementedError

    def form_person(self, form: Form) -> Official | None:
        raise NotImplementedError

    # -- building ---------------------------------------------------------------------
    def _build_choices(self) -> None:
        self.sop_combo = QComboBox()
        self.sop_combo.setMinimumContentsLength(24)
        self.sop_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.period_combo = QComboBox()
        self.period_combo.setMinimumContentsLength(14)
        self.sop_label = QLabel(self.tr("&SOP:"))
        self.sop_label.setBuddy(self.sop_combo)
        self.period_label = QLabel()
        self.period_label.setBuddy(self.period_combo)
        self.state_label = QLabel()
        self.state_label.setObjectName("recordState")
        self.state_label.setWordWrap(True)
        self.choices = QHBoxLayout()
        self.choices.addWidget(self.sop_label)
        self.choices.addWidget(self.sop_combo, 1)
        self.choices.addSpacing(12)
        self.choices.addWidget(self.period_label)
        self.choices.addWidget(self.period_combo)

    def _build_people(self) -> None:
        self.person_combo = QComboBox()
        self.person_combo.setMinimumContentsLength(28)
        self.person_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person_label = QLabel(self.tr("&Penilai:"))
        self.person_label.setBuddy(self.person_combo)
        today = self.office.now().astimezone(self.office.tz).date()
        self.date_field = DateField(today.year + 1)
        self.date_label = QLabel(self.tr("&Tanggal:"))
        self.date_label.setBuddy(self.date_field.edit)
        self.people = QHBoxLayout()
        self.people.addWidget(self.person_label)
        self.people.addWidget(self.person_combo, 1)
        self.people.addSpacing(12)
        self.people.addWidget(self.date_label)
        self.people.addWidget(self.date_field)
        self.person_combo.currentIndexChanged.connect(lambda *_: self.mark_dirty())
        self.date_field.changed.connect(self.mark_dirty)

    def _build_buttons(self) -> None:
        self.save_button = QPushButton(self.tr("Simpan draf"))
        self.save_button.setToolTip(self.tr("Simpan isian sebagai draf; draf masih dapat diubah"))
        self.final_button = QPushButton(self.tr("Finalkan…"))
        self.final_button.setObjectName("primaryButton")
        self.final_button.setToolTip(self.tr("Tandai final: sesudah itu hanya dapat diubah dengan revisi baru"))
        self.revise_button = QPushButton(self.tr("Revisi baru…"))
        self.revise_button.setToolTip(self.tr("Buka revisi baru dari catatan final; yang final tetap tersimpan"))
        self.discard_button = QPushButton(self.tr("Buang draf"))
        self.discard_button.setToolTip(self.tr("Hapus draf ini; revisi final sebelumnya tetap ada"))
        self.history_button = QPushButton(self.tr("Riwayat…"))
        self.history_button.setToolTip(self.tr("Semua revisi catatan ini"))
        self.preview_button = QPushButton(self.tr("Pratinjau PDF"))
        self.preview_button.setToolTip(self.tr("Lihat formulir seperti akan dicetak"))
        self.close_button = QPushButton(self.tr("Tutup"))
        for b in (self.save_button, self.final_button, self.revise_button, self.discard_button, self.history_button,
                  self.preview_button, self.close_button):
            b.setAutoDefault(False)
        self.buttons = QHBoxLayout()
        for b in (self.save_button, self.final_button, self.revise_button, self.discard_button):
            self.buttons.addWidget(b)
        self.buttons.addStretch(1)
        for b in (self.history_button, self.preview_button, self.close_button):
            self.buttons.addWidget(b)
        self.save_button.clicked.connect(self.save_draft)
        self.final_button.clicked.connect(self.finalise)
        self.revise_button.clicked.connect(self.new_revision)
        self.discard_button.clicked.connect(self.discard_draft)
        self.history_button.clicked.connect(self.show_history)
        self.preview_button.clicked.connect(self.preview_pdf)
        self.close_button.clicked.connect(self.reject)

    def size_to_screen(self, parent: QWidget | None, width: int, height: int) -> None:
        self.setMinimumSize(min(width, 760), min(height, 480))
        fit_to_screen(self, (width, height), parent)   # room for a taskbar and the title bar

    # -- choices ----------------------------------------------------------------------
    def _fill_choices(self, sop_code: str | None, period: str | None) -> None:
        self._sop_names: dict[str, str] = {}
        infos = self.office.sops()
        shorts = [sop_short_name(i.name) for i in infos]
        for info, short in zip(infos, shorts, strict=True):
            self._sop_names[info.code] = info.name
            self.sop_combo.addItem(short if shorts.count(short) == 1 else f"{short} ({info.code})", info.code)
            self.sop_combo.setItemData(self.sop_combo.count() - 1, f"{info.name}\n({info.code})",
                                       Qt.ItemDataRole.ToolTipRole)
        if sop_code is not None and self.sop_combo.findData(sop_code) >= 0:
            self.sop_combo.setCurrentIndex(self.sop_combo.findData(sop_code))
        choices = self.period_choices()
        for label, key in choices:
            self.period_combo.addItem(label, key)
        keys = [k for _l, k in choices]
        want = period if period in keys else self.default_period(keys)
        if want is not None:
            self.period_combo.setCurrentIndex(self.period_combo.findData(want))
        self._fill_people()
        self.sop_combo.currentIndexChanged.connect(lambda *_: self._choice_changed())
        self.period_combo.currentIndexChanged.connect(lambda *_: self._choice_changed())

    def _fill_people(self) -> None:
        self._people: dict[int, Official] = {}
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("(pilih pejabat)"), None)
        for o in self.office.officials(active_only=True):
            if o.id is None:
                continue
            self._people[o.id] = o
            label = f"{o.name} — {o.position}" if o.position else o.name
            self.person_combo.addItem(label, o.id)
        self.person_combo.blockSignals(False)

    def sop_code(self) -> str | None:
        return self.sop_combo.currentData()

    def period(self) -> str | None:
        return self.period_combo.currentData()

    def select(self, sop_code: str | None = None, period: str | None = None) -> workers.Task | None:
        """Choose as the user would; returns the load it starts (tests wait for it)."""
        self._ask_to_keep_edits()
        for combo, value in ((self.sop_combo, sop_code), (self.period_combo, period)):
            if value is not None and combo.findData(value) >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(value))
                combo.blockSignals(False)
        return self.load()

    def _choice_changed(self) -> None:
        key = (self.sop_code(), self.period())
        if key == self._shown_key:
            return
        self._ask_to_keep_edits()
        self.load()

    # -- people -----------------------------------------------------------------------
    def set_person(self, o: Official | None) -> None:
        """Show the form's penilai; one no longer in the list (retired) is kept as written."""
        self.person_combo.blockSignals(True)
        for i in range(self.person_combo.count() - 1, 0, -1):
            if self.person_combo.itemData(i) == -1:
                self.person_combo.removeItem(i)
        index = 0
        if o is not None and o.name.strip():
            index = self.person_combo.findData(o.id) if o.id in self._people else -1
            if index < 0:
                self.person_combo.addItem(f"{o.name} — {o.position}" if o.position else o.name, -1)
                self._kept_person = o
                index = self.person_combo.count() - 1
        self.person_combo.setCurrentIndex(index)
        self.person_combo.blockSignals(False)

    def person(self) -> Official | None:
        key = self.person_combo.currentData()
        if key is None:
            return None
        if key == -1:
            return self._kept_person
        return self._people.get(key)

    def choose_person(self, name_or_nip: str) -> None:
        """Pick the penilai as the user would (tests)."""
        o = self.office.find_official(name_or_nip)
        assert o is not None and o.id is not None, name_or_nip
        self.person_combo.setCurrentIndex(self.person_combo.findData(o.id))

    # -- loading ----------------------------------------------------------------------
    def load(self) -> workers.Task | None:
        """Show the record of the chosen SOP and period, or a fresh form (prepared in a worker)."""
        code, period = self.sop_code(), self.period()
        if self.load_task is not None and self.load_task.running:
            self.load_task.cancel()
        self._shown_key = (code, period) if code and period else None
        self.form, self.record = None, None
        self.set_editable(False)
        self._update_buttons()
        if code is None or period is None:
            self.state_label.setText(self.tr("Belum ada SOP. Impor SOP dulu di Pustaka SOP."))
            return None
        self.state_label.setText(self.tr("Memuat…"))
        office, kind = self.office, self.KIND

        def work(progress) -> tuple[Form, monev.MonevRecord | None]:
            rec = monev.current(office, kind, code, period)
            if rec is not None:
                return rec.form, rec
            return self.fresh_form(code, period, progress), None

        def done(result: tuple[Form, monev.MonevRecord | None]) -> None:
            if self._shown_key == (code, period):
                self._show(*result)

        def failed(_exc: BaseException) -> bool:
            if self._shown_key == (code, period):
                self.state_label.setText(self.tr("Tidak dapat dimuat."))
            return False

        self.load_task = workers.run_with_progress(
            self, work, title=self.windowTitle(), label=self.tr("Membaca kasus dan menghitung…"),
            on_result=done, on_error=failed, determinate=True)
        return self.load_task

    def _show(self, form: Form, record: monev.MonevRecord | None) -> None:
        self.form, self.record = form, record
        self._loading = True
        try:
            self.set_person(self.form_person(form))
            self.date_field.set_value(form.signed_on)
            self.show_form(form)
        finally:
            self._loading = False
        self.dirty = False
        self.set_editable(record is None or not record.final)
        self._update_state()
        self._update_buttons()

    def mark_dirty(self) -> None:
        if not self._loading and self.form is not None:
            self.dirty = True
            self._update_state()
            self._update_buttons()

    def _update_state(self) -> None:
        rec, tz = self.record, self.office.tz
        if rec is None:
            text = self.tr("Belum disimpan: isian di bawah disiapkan dari data. Periksa, lalu Simpan draf.")
        elif rec.final:
            text = self.tr("Final, revisi {n} ({when}). Tidak dapat diubah; buat revisi baru untuk "
                           "mengubahnya.").format(n=rec.revision, when=long_datetime(rec.final_at, tz))
        else:
            text = self.tr("Draf revisi {n}, disimpan {when}.").format(n=rec.revision,
                                                                       when=long_datetime(rec.updated_at, tz))
            if rec.reason:
                text += " " + self.tr("Alasan revisi: {reason}").format(reason=rec.reason)
        if self.dirty:
            text += " " + self.tr("Ada perubahan yang belum disimpan.")
        self.state_label.setText(text)

    def _update_buttons(self) -> None:
        rec, shown = self.record, self.form is not None
        editable = shown and (rec is None or not rec.final)
        self.save_button.setEnabled(editable and (self.dirty or rec is None))
        self.final_button.setEnabled(editable)
        self.revise_button.setEnabled(shown and rec is not None and rec.final)
        self.discard_button.setEnabled(shown and rec is not None and not rec.final)
        self.history_button.setEnabled(shown and rec is not None)
        self.preview_button.setEnabled(shown)

    # -- actions ----------------------------------------------------------------------
    def _run(self, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except MonevError as e:
            text = error_text(e)
            if "\n- " in text:
                intro, *rest = text.split("\n- ")
                messages.show_problems(self, intro.rstrip(":\n") + ".", [r.strip() for r in rest])
            else:
                messages.warn(self, text)
        except UserError as e:
            messages.warn(self, error_text(e))
        return None

    def save_draft(self) -> monev.MonevRecord | None:
        """Simpan draf: the form as edited becomes the record's draft."""
        if self.form is None or (self.record is not None and self.record.final):
            return None
        rec = self._run(lambda: monev.save(self.office, self.collect()))
        if rec is not None:
            self._show(rec.form, rec)
        return rec

    def finalise(self) -> monev.MonevRecord | None:
        """Finalkan…: saved first, then marked final when nothing is missing."""
        if self.form is None or (self.record is not None and self.record.final):
            return None
        if not messages.ask(self, self.tr("Setelah final, catatan ini tidak dapat diubah lagi kecuali dengan "
                                          "revisi baru (yang final tetap tersimpan). Finalkan sekarang?"),
                            yes=self.tr("Finalkan"), no=self.tr("Batal")):
            return None
        problems = [render(p) for p in self.collect().problem_messages()]
        if problems:
            messages.show_problems(self, self.tr("Belum dapat difinalkan."), problems)
            return None
        saved = self.save_draft() if (self.dirty or self.record is None) else self.record
        if saved is None:
            return None
        rec = self._run(lambda: monev.finalise(self.office, saved.id))
        if rec is not None:
            self._show(rec.form, rec)
        return rec

    def new_revision(self) -> monev.MonevRecord | None:
        rec = self.record
        if rec is None or not rec.final:
            return None
        reason = ask_reason(self, self.tr("Revisi baru"), self.tr("Mengapa catatan yang sudah final diubah?"))
        if reason is None:
            return None
        new = self._run(lambda: monev.new_revision(self.office, rec.id, reason))
        if new is not None:
            self._show(new.form, new)
        return new

    def discard_draft(self) -> workers.Task | None:
        rec = self.record
        if rec is None or rec.final:
            return None
        if not messages.ask(self, self.tr("Buang draf revisi {n}? Isiannya hilang.").format(n=rec.revision),
                            yes=self.tr("Buang"), no=self.tr("Batal")):
            return None
        def discard() -> bool:
            monev.discard_draft(self.office, rec.id)
            return True
        if self._run(discard) is None:
            return None
        self.dirty = False
        return self.load()

    def show_history(self) -> HistoryDialog | None:
        rec = self.record
        if rec is None:
            return None
        dialog = HistoryDialog(self, monev.history(self.office, rec.kind, rec.sop_code, rec.period))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        if messages.interactive():
            dialog.show()
        return dialog

    def preview_pdf(self, form: Form | None = None, record: monev.MonevRecord | None = None) -> workers.Task | None:
        """Pratinjau PDF of what the dialog shows (unsaved edits included), or of a given revision."""
        if form is None:
            if self.form is None:
                return None
            form = self.collect() if (self.record is None or not self.record.final) else self.form
            record = self.record
        self.pdf_task = workers.run_with_progress(
            self, lambda _p: self.render_pdf(form, record), title=self.windowTitle(),
            label=self.tr("Menyiapkan PDF…"), on_result=lambda pdf: open_preview(self, pdf))
        return self.pdf_task

    def pdf_bytes(self, form: Form, record: monev.MonevRecord | None, render: Callable[..., None]) -> bytes:
        """Draw with `render(form, office, out, paper=, head=, state=, revision=)` (in a worker)."""
        buf = BytesIO()
        profile = self.office.profile()
        render(form, profile, buf, paper=profile.paper, head=head_official(self.office),
               state=record.state if record else "draft", revision=record.revision if record else None)
        return buf.getvalue()

    # -- closing ----------------------------------------------------------------------
    def _ask_to_keep_edits(self) -> None:
        editable = self.form is not None and (self.record is None or not self.record.final)
        if self.dirty and editable and messages.ask(self, self.tr("Simpan perubahan pada catatan ini?"),
                                                    yes=self.tr("Simpan"), no=self.tr("Jangan simpan")):
            self.save_draft()
        self.dirty = False

    def done(self, result: int) -> None:
        self._ask_to_keep_edits()
        for task in (self.load_task, self.pdf_task):
            if task is not None and task.running:
                task.cancel()
        super().done(result)


class HistoryDialog(QDialog):
    """Every revision of a record: its state, when, why; the PDF of any of them."""

    def __init__(self, owner: RecordDialog, revisions: list[monev.MonevRecord]):
        super().__init__(owner)
        self.owner = owner
        self.revisions = revisions
        self.setWindowTitle(self.tr("Riwayat revisi"))
        tz = owner.office.tz
        self.table = QTableWidget(len(revisions), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Revisi"), self.tr("Status"), self.tr("Waktu"),
                                              self.tr("Alasan")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for r, rec in enumerate(reversed(revisions)):
            state = self.tr("final") if rec.final else self.tr("draf")
            when = long_datetime(rec.final_at if rec.final else rec.updated_at, tz)
            for c, text in enumerate((str(rec.revision), state, when, rec.reason or "–")):
                self.table.setItem(r, c, QTableWidgetItem(text))
        hh = self.table.horizontalHeader()
        for c in range(3):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if revisions:
            self.table.selectRow(0)
        buttons = QDialogButtonBox()
        self.preview_button = buttons.addButton(self.tr("Pratinjau PDF"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        self.preview_button.clicked.connect(self.preview_selected)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.table)
        box.addWidget(buttons)
        self.resize(640, 300)

    def selected(self) -> monev.MonevRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return list(reversed(self.revisions))[rows[0].row()]

    def preview_selected(self) -> workers.Task | None:
        rec = self.selected()
        return None if rec is None else self.owner.preview_pdf(rec.form, rec)


def monev_years(office: Office) -> list[int]:
    """The years with cases, this year and the last (a year is evaluated when it ends), newest first."""
    today = office.now().astimezone(office.tz).date()
    return sorted({y for y in office.case_years() if y <= today.year} | {today.year, today.year - 1}, reverse=True)


def semester_choices(office: Office) -> list[tuple[str, str]]:
    """The semesters of monev_years, newest first, none still to come."""
    today = office.now().astimezone(office.tz).date()
    years = monev_years(office)
    out = []
    for y in years:
        for half in (2, 1):
            s = Semester(y, half)
            if s.start <= today:
                out.append((semester_label(s), s.key))
    return out


def semester_label(s: Semester) -> str:
    """"Semester I Tahun 2026" ("Semester I 2026")."""
    return QCoreApplication.translate("Monev", "Semester {half} Tahun {year}").format(half=ROMAN[s.half], year=s.year)


def semester_span(s: Semester) -> str:
    """"1 Januari – 30 Juni 2026" ("1 January – 30 June 2026")."""
    if i18n.current_language() == "id":
        return s.span_text
    first = i18n.locale().toString(QDate(s.start.year, s.start.month, s.start.day), "d MMMM")
    return f"{first} – {date_text(s.end)}"


def latest_ended(keys: list[str], today: date) -> str | None:
    """The newest semester that is over (the one to monitor now), else the newest."""
    for key in keys:
        if Semester.parse(key).end < today:
            return key
    return keys[0] if keys else None
