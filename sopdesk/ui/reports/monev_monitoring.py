"""Laporan → Monitoring SOP AP: the form "Monitoring Pelaksanaan SOP AP" of one SOP and semester.

A new form is filled from the semester's cases in a worker (app.monev.prefill_monitoring): each
step judged from its on-time share against the threshold, the note from the figures. The penilai
checks each row — the judgement is a choice, the note and the action are typed in the table —
picks himself as penilai and the date, saves the draft and finalises it. "Hitung ulang" reads the
figures again (with another threshold if changed), keeping what was typed or changed by hand.
The record's actions and the PDF are the shared ones of monev_common.RecordDialog.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...app import monev
from ...domain.monev import BAIK, MONITORING, TIDAK_BAIK, MonitoringForm, Semester
from ...domain.office import Official
from ..kit import messages, workers
from ..kit.formatting import number_text, percent_text, sop_short_name, working_time
from ..paperwork.document_actions import RenderedPdf
from .monev_common import RecordDialog, latest_ended, semester_choices, semester_span

if TYPE_CHECKING:
    from ...app.office import Office

COL_NO, COL_STEP, COL_JUDGEMENT, COL_NOTE, COL_ACTION = range(5)
NOT_GOOD_FILL = QColor("#ffe1de")
GOOD_FILL = QColor("#e3f4e6")
JUDGEMENT_KEYS = (None, BAIK, TIDAK_BAIK)


class MonitoringFormDialog(RecordDialog):
    """The monitoring record of one SOP and semester: prefilled, edited, saved, finalised, revised."""

    KIND = MONITORING

    def __init__(self, office: Office, parent: QWidget | None = None, *, sop_code: str | None = None,
                 semester: str | None = None):
        super().__init__(office, parent, sop_code=sop_code, period=semester)
        self.setWindowTitle(self.tr("Monitoring Pelaksanaan SOP AP"))
        self.period_label.setText(self.tr("S&emester:"))
        self.person_label.setText(self.tr("&Penilai:"))
        self._build_form()
        self._layout()
        self.size_to_screen(parent, 1240, 740)
        self.load()

    # -- building ---------------------------------------------------------------------
    def _build_form(self) -> None:
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setRange(1, 100)
        self.threshold_spin.setSuffix(" %")
        self.threshold_spin.setToolTip(self.tr("Sedikitnya berapa persen pelaksanaan langkah harus tepat waktu "
                                               "agar dinilai \u201cBerjalan dengan baik\u201d"))
        self.threshold_label = QLabel(self.tr("&Ambang \u201cberjalan dengan baik\u201d:"))
        self.threshold_label.setBuddy(self.threshold_spin)
        self.refresh_button = QPushButton(self.tr("Hitung ulang dari data"))
        self.refresh_button.setToolTip(self.tr("Baca lagi kasus semester ini dan nilai dengan ambang di samping; "
                                               "isian yang diubah tangan tetap"))
        self.default_button = QPushButton(self.tr("Jadikan ambang kantor"))
        self.default_button.setToolTip(self.tr("Pakai ambang ini untuk formulir monitoring berikutnya"))
        for b in (self.refresh_button, self.default_button):
            b.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.recompute)
        self.default_button.clicked.connect(self.save_threshold)
        self.source_label = QLabel()
        self.source_label.setObjectName("mutedText")
        self.source_label.setWordWrap(True)

        heads = [self.tr("No."), self.tr("Prosedur"), self.tr("Penilaian Terhadap Penerapan"),
                 self.tr("Catatan Hasil Penilaian"), self.tr("Tindakan yang Harus Diambil")]
        self.table = QTableWidget(0, len(heads))
        self.table.setHorizontalHeaderLabels(heads)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(COL_NO, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(COL_JUDGEMENT, QHeaderView.ResizeMode.ResizeToContents)
        for c in (COL_STEP, COL_NOTE, COL_ACTION):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        for c, tip in ((COL_NOTE, self.tr("Diisi dari angka-angka; boleh diubah")),
                       (COL_ACTION, self.tr("Wajib untuk langkah yang tidak berjalan dengan baik"))):
            head = self.table.horizontalHeaderItem(c)
            if head is not None:
                head.setToolTip(tip)
        self.table.itemChanged.connect(self._item_changed)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_rows)
        self.table.viewport().installEventFilter(self)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._fit_timer.start())
        self.hint_label = QLabel(self.tr("Ketik di kolom Catatan dan Tindakan untuk mengubahnya. Penilaian yang "
                                         "disarankan data dapat diganti; langkah yang tidak berjalan dengan baik "
                                         "perlu tindakan sebelum difinalkan."))
        self.hint_label.setObjectName("mutedText")
        self.hint_label.setWordWrap(True)

    def _layout(self) -> None:
        heading = QLabel(self.tr("Monitoring Pelaksanaan SOP AP"))
        heading.setObjectName("pageTitle")
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.threshold_label)
        threshold_row.addWidget(self.threshold_spin)
        threshold_row.addWidget(self.refresh_button)
        threshold_row.addWidget(self.default_button)
        threshold_row.addSpacing(12)
        threshold_row.addWidget(self.source_label, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.addWidget(heading)
        box.addLayout(self.choices)
        box.addWidget(self.state_label)
        box.addLayout(self.people)
        box.addLayout(threshold_row)
        box.addWidget(self.table, 1)
        box.addWidget(self.hint_label)
        box.addLayout(self.buttons)

    # -- the record's hooks -------------------------------------------------------------
    def period_choices(self) -> list[tuple[str, str]]:
        return semester_choices(self.office)

    def default_period(self, keys: list[str]) -> str | None:
        return latest_ended(keys, self.office.now().astimezone(self.office.tz).date())

    def fresh_form(self, sop_code: str, period: str, progress) -> MonitoringForm:
        return monev.prefill_monitoring(self.office, sop_code, Semester.parse(period), progress=progress)

    def form_person(self, form: MonitoringForm) -> Official | None:
        return form.penilai

    def show_form(self, form: MonitoringForm) -> None:
        self.threshold_spin.setValue(form.threshold)
        self.source_label.setText(self.tr("{period}: {cases} kasus dimulai dalam periode ini, {closed} selesai. "
                                          "{summary}.").format(period=semester_span(form.semester),
                                                               cases=number_text(form.cases),
                                                               closed=number_text(form.closed),
                                                               summary=self._summary(form)))
        t = self.table
        t.blockSignals(True)
        t.setRowCount(len(form.rows))
        for r, row in enumerate(form.rows):
            no = QTableWidgetItem(f"{row.no}.")
            no.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            step = QTableWidgetItem(row.activity)
            step.setToolTip(self._figures_tip(form, row.no))
            for item in (no, step):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            t.setItem(r, COL_NO, no)
            t.setItem(r, COL_STEP, step)
            t.setItem(r, COL_NOTE, QTableWidgetItem(row.note))
            t.setItem(r, COL_ACTION, QTableWidgetItem(row.action))
            combo = QComboBox()
            combo.addItem(self.tr("(belum dinilai)"))
            combo.addItem(self.tr("Berjalan dengan baik"))
            combo.addItem(self.tr("Tidak berjalan dengan baik"))
            combo.setCurrentIndex(JUDGEMENT_KEYS.index(row.judgement))
            combo.currentIndexChanged.connect(lambda _i, r=r: self._judgement_changed(r))
            holder = QWidget()       # the combo at the top of its cell, as tall as a line, not the row
            lay = QVBoxLayout(holder)
            lay.setContentsMargins(3, 2, 3, 2)
            lay.addWidget(combo, 0, Qt.AlignmentFlag.AlignTop)
            t.setCellWidget(r, COL_JUDGEMENT, holder)
            for cell in (step, t.item(r, COL_NOTE), t.item(r, COL_ACTION)):
                if cell is not None:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self._colour_row(r)
        t.blockSignals(False)
        self._fit_rows()

    def _summary(self, form: MonitoringForm) -> str:
        """"8 dari 11 langkah berjalan dengan baik; 3 belum dinilai" (MonitoringForm.summary, in the language)."""
        text = self.tr("{good} dari {total} langkah berjalan dengan baik").format(good=form.judged_good,
                                                                                 total=len(form.rows))
        open_ = len(form.rows) - form.judged_good - form.judged_bad
        if open_:
            text += self.tr("; {n} belum dinilai").format(n=open_)
        return text

    def _figures_tip(self, form: MonitoringForm, no: int) -> str:
        row = form.row(no)
        f = row.figures
        per_day = form.minutes_per_day
        runs = int(f.get("runs") or 0)
        if not runs:
            return self.tr("Tidak dilaksanakan pada semester ini.")
        timed = runs - int(f.get("untimed") or 0)
        share = (f.get("on_time") or 0) / timed if timed else None
        tip = self.tr("{runs} kali, {share} tepat waktu\nMedian {median}, terlama {worst}\nStandar: {standard}").format(
            runs=number_text(runs), share=percent_text(share, 0) if share is not None else "–",
            median=working_time(f.get("median_minutes"), per_day, "–"),
            worst=working_time(f.get("worst_minutes"), per_day, "–"),
            standard=f.get("standard") or self.tr("tidak ada"))
        if row.auto_judgement is not None:
            tip += "\n" + self.tr("Saran dari data: {judgement}").format(
                judgement=self._judgement_words(row.auto_judgement))
        return tip

    def _judgement_words(self, judgement: str) -> str:
        """JUDGEMENTS in the language (the combo's own words)."""
        return self.tr("Berjalan dengan baik") if judgement == BAIK else self.tr("Tidak berjalan dengan baik")

    def judgement_combo(self, r: int) -> QComboBox | None:
        holder = self.table.cellWidget(r, COL_JUDGEMENT)
        return holder.findChild(QComboBox) if holder is not None else None

    def _judgement(self, r: int) -> str | None:
        combo = self.judgement_combo(r)
        return JUDGEMENT_KEYS[combo.currentIndex()] if combo is not None else None

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_timer.start()
        return False

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped text at the columns' present widths (the view's own
        estimate, made before the dialog has its size, leaves them far too tall)."""
        t = self.table
        combos = [c for c in (self.judgement_combo(r) for r in range(t.rowCount())) if c is not None]
        combo_h = max((c.sizeHint().height() + 4 for c in combos), default=0)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        for r in range(t.rowCount()):
            height = combo_h
            for c in (COL_NO, COL_STEP, COL_NOTE, COL_ACTION):
                item = t.item(r, c)
                if item is None:
                    continue
                fm = QFontMetrics(item.font())
                box = fm.boundingRect(0, 0, max(20, t.columnWidth(c) - 24), 100_000, flags, item.text() or " ")
                height = max(height, box.height() + 10)
            t.setRowHeight(r, height)

    def _colour_row(self, r: int) -> None:
        verdict = self._judgement(r)
        fill = NOT_GOOD_FILL if verdict == TIDAK_BAIK else GOOD_FILL if verdict == BAIK else None
        for c in (COL_NO, COL_STEP):
            item = self.table.item(r, c)
            if item is not None:
                item.setBackground(fill if fill is not None else QColor(0, 0, 0, 0))

    def _judgement_changed(self, r: int) -> None:
        self._colour_row(r)
        self.mark_dirty()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in (COL_NOTE, COL_ACTION):
            self._fit_timer.start()
            self.mark_dirty()

    def collect(self) -> MonitoringForm:
        assert self.form is not None
        form: MonitoringForm = self.form
        for r, row in enumerate(form.rows):
            note, action = self.table.item(r, COL_NOTE), self.table.item(r, COL_ACTION)
            form = form.with_row(row.no, judgement=self._judgement(r), note=note.text() if note else row.note,
                                 action=action.text() if action else row.action)
        return replace(form, penilai=self.person(), signed_on=self.date_field.value())

    def set_editable(self, on: bool) -> None:
        edit = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(edit.DoubleClicked | edit.EditKeyPressed | edit.AnyKeyPressed if on
                                   else edit.NoEditTriggers)
        for r in range(self.table.rowCount()):
            combo = self.judgement_combo(r)
            if combo is not None:
                combo.setEnabled(on)
        for w in (self.person_combo, self.date_field, self.threshold_spin, self.refresh_button):
            w.setEnabled(on)

    def render_pdf(self, form: MonitoringForm, record: monev.MonevRecord | None) -> RenderedPdf:
        from ...documents.monev import render_monitoring_form
        name = sop_short_name(form.sop.name)
        return RenderedPdf(self.pdf_bytes(form, record, render_monitoring_form),
                           self.tr("Monitoring SOP AP — {name}, {period}").format(name=name,
                                                                                  period=form.semester.label),
                           self.tr("Monitoring SOP AP {name} {period}").format(name=name, period=form.semester.key),
                           self.office.profile().paper)

    # -- the threshold ------------------------------------------------------------------
    def recompute(self) -> workers.Task | None:
        """Hitung ulang dari data: the figures read again and judged with the threshold shown."""
        if self.form is None or (self.record is not None and self.record.final):
            return None
        current, office, limit = self.collect(), self.office, self.threshold_spin.value()
        key = (self.sop_code(), self.period())

        def done(form: MonitoringForm) -> None:
            if key != (self.sop_code(), self.period()) or self.form is None:
                return
            record, dirty = self.record, True
            self.form = form
            self._loading = True
            try:
                self.show_form(form)
            finally:
                self._loading = False
            self.record, self.dirty = record, dirty
            self._update_state()
            self._update_buttons()

        self.load_task = workers.run_with_progress(
            self, lambda progress: monev.refresh_monitoring(office, current, threshold_percent=limit,
                                                            progress=progress),
            title=self.windowTitle(), label=self.tr("Membaca kasus dan menghitung…"), on_result=done,
            determinate=True)
        return self.load_task

    def save_threshold(self) -> None:
        value = self.threshold_spin.value()
        if self._run(lambda: monev.save_threshold(self.office, value)) is not None:
            messages.inform(self, self.tr("Ambang {value} % dipakai untuk formulir monitoring berikutnya.").format(
                value=value))


def show_monitoring_form(parent: QWidget | None, office: Office, *, sop_code: str | None = None,
                         semester: str | None = None) -> MonitoringFormDialog:
    """Open the dialog beside the main window (not modal)."""
    dialog = MonitoringFormDialog(office, parent, sop_code=sop_code, semester=semester)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if messages.interactive():
        dialog.show()
    return dialog
