"""Kinerja SOP: where time goes, on the swimlane (Laporan → Kinerja SOP).

Choose an SOP and a period (a semester, a year, the last five years): every step of the SOP's
swimlane is coloured by its share on time in that period against the office's two thresholds
(edited in the legend), its Realisasi cell shows share on time · runs and median · p90; the
side panel ranks the slowest steps, draws each step's share on time as a bar, sums the period
up and lists every step. Hovering a step shows all its figures. "Cetak lembar dengan realisasi"
prints the SOP sheet with the same overlay; "Ekspor Excel" writes the figures as a workbook.

The figures come from `reports.monitoring_stats` in a worker thread (under a second for five
years of the 100,000-case demo; a progress dialog appears only when it takes longer, e.g.
right after new office hours). Tests: `compute()` returns the running workers.Task.
"""
from __future__ import annotations

import logging
import time
from datetime import date
from io import BytesIO
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...app import exports, kinerja, reports
from ...app.changes import CALENDAR
from ...domain.indonesian import format_date
from ...domain.kinerja import ATTENTION, COLOURS, GOOD, NO_DATA, PROBLEM, CaseDurations, Thresholds, grade_counts
from ...domain.monitoring import MonitoringStats
from ...domain.period import Period
from ..cases.swimlane import SwimlaneView
from ..kit import messages, workers
from ..kit.formatting import number_text, sop_short_name, zone_name
from ..kit.widgets import WrapLayout
from ..paperwork.document_actions import RenderedPdf, open_preview
from ..shell import i18n
from .kinerja_scene import KinerjaScene
from .kinerja_side import OnTimeChart, SlowestList, StepTable, SummaryBox, section_title

if TYPE_CHECKING:
    from ...app.office import Office
    from ..shell.change_bridge import ChangeBridge

log = logging.getLogger(__name__)

translate = QCoreApplication.translate   # lupdate reads translate("context", "literal") calls

ROMAN = {1: "I", 2: "II"}
SIDE_WIDTH = 320


def period_label(p: Period) -> str:
    """"Semester I 2026", "Tahun 2026", "Tahun 2022–2026", or the dates."""
    if p.half is not None:
        return translate("Kinerja", "Semester {half} {year}").format(half=ROMAN[p.half], year=p.start.year)
    span = p.whole_years
    if span is not None:
        if span[0] == span[1]:
            return translate("Kinerja", "Tahun {year}").format(year=span[0])
        return translate("Kinerja", "Tahun {first}–{last}").format(first=span[0], last=span[1])
    return f"{p.start.isoformat()} – {p.end.isoformat()}"


def date_text(d: date) -> str:
    """"1 Januari 2026" ("1 January 2026")."""
    if i18n.current_language() == "en":
        return i18n.locale().toString(QDate(d.year, d.month, d.day), "d MMMM yyyy")
    return format_date(d)


def default_period(today: date) -> Period:
    """The semester that ended last: on 6 July 2026, Semester I 2026."""
    return Period.semester(today.year, 1) if today.month >= 7 else Period.semester(today.year - 1, 2)


def period_choices(years: list[int], today: date) -> list[Period]:
    """Newest first: per year its semesters (only those begun) and the whole year, then the last five years."""
    out: list[Period] = []
    for y in sorted(set(years) | {today.year}, reverse=True):
        if y > today.year:
            continue
        if date(y, 7, 1) <= today:
            out.append(Period.semester(y, 2))
        out.append(Period.semester(y, 1))
        out.append(Period.years(y, y))
    out.append(Period.years(today.year - 4, today.year))
    return out


def _vline() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def _swatch(g: str) -> QLabel:
    box = QLabel()
    box.setFixedSize(22, 12)
    box.setStyleSheet(f"background: {COLOURS[g][1]}; border: 1px solid {COLOURS[g][2]}; border-radius: 2px;")
    return box


class KinerjaPage(QWidget):
    """The Kinerja SOP tab (a Page of the main window, shell/page.py)."""

    RECOMPUTE_AFTER_MS = 1500   # changes arriving in a burst (an import, a recount) recompute once

    def __init__(self, office: Office, parent: QWidget | None = None, *, changes: ChangeBridge | None = None,
                 sop_code: str | None = None, period: Period | None = None):
        super().__init__(parent)
        self.office = office
        self.stats: MonitoringStats | None = None
        self.durations: CaseDurations | None = None
        self.thresholds = kinerja.thresholds(office)
        self.scene: KinerjaScene | None = None
        self.run: workers.Task | None = None
        self.durations_run: workers.Task | None = None
        self.pdf_run: workers.Task | None = None
        self.xlsx_run: workers.Task | None = None
        self._scene_key: tuple[str, Period] | None = None
        self._token = 0
        self._stale = False
        self.elapsed: float | None = None
        self._build()
        self._fill_choices(sop_code, period)
        self._connect(changes)
        QTimer.singleShot(0, self, self.compute)   # the tab is shown at once; the figures follow

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.sop_combo = QComboBox()
        self.sop_combo.setMinimumContentsLength(34)
        self.sop_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.period_combo = QComboBox()
        self.period_combo.setMinimumContentsLength(14)
        sop_label = QLabel(self.tr("&SOP"))
        sop_label.setBuddy(self.sop_combo)
        period_label_ = QLabel(self.tr("&Periode"))
        period_label_.setBuddy(self.period_combo)
        self.print_button = QPushButton(self.tr("Cetak lembar dengan realisasi"))
        self.print_button.setToolTip(self.tr("Lembar SOP dengan kolom realisasi dan warna periode ini, untuk dicetak"))
        self.excel_button = QPushButton(self.tr("Ekspor Excel"))
        self.excel_button.setToolTip(self.tr("Angka-angka setiap langkah sebagai buku kerja Excel (.xlsx)"))
        self.refresh_button = QToolButton()
        self.refresh_button.setText(self.tr("Segarkan"))
        self.refresh_button.setToolTip(self.tr("Hitung ulang dari data terbaru (F5)"))
        self.view = SwimlaneView()
        # the choices and buttons wrap onto a second line on a narrow window (1366×768 at 125 %), never cut;
        # each group stays together
        self.bar = QWidget()
        bar = WrapLayout(self.bar, spacing=12, line_spacing=4)
        self.zoom_buttons = []
        zooms = []
        for act in (self.view.act_zoom_out, self.view.act_zoom_reset, self.view.act_zoom_in, self.view.act_fit):
            b = QToolButton()
            b.setDefaultAction(act)
            b.setAutoRaise(True)
            self.zoom_buttons.append(b)
            zooms.append(b)
        for group in ((sop_label, self.sop_combo), (period_label_, self.period_combo),
                      (_vline(), self.print_button, self.excel_button),
                      (_vline(), *zooms, _vline(), self.refresh_button)):
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            for w in group:
                row.addWidget(w)
            bar.addWidget(holder)

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        self.title.setFont(f)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet("color: #5f6368;")
        self.badges: dict[str, QLabel] = {}
        badge_row = QHBoxLayout()
        badge_row.setSpacing(6)
        for g in (GOOD, ATTENTION, PROBLEM, NO_DATA):
            badge = QLabel()
            badge.setStyleSheet(f"background: {COLOURS[g][1]}; color: #202124; border-radius: 9px; "
                                "padding: 2px 10px; font-weight: bold;")
            self.badges[g] = badge
            badge_row.addWidget(badge)
        heading = QHBoxLayout()
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.title)
        words.addWidget(self.subtitle)
        heading.addLayout(words, 1)
        heading.addLayout(badge_row)

        self.good_spin = QSpinBox()
        self.attention_spin = QSpinBox()
        for spin, value in ((self.good_spin, self.thresholds.good), (self.attention_spin, self.thresholds.attention)):
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setValue(round(value * 100))
            spin.setKeyboardTracking(False)
        self.good_spin.setToolTip(self.tr("Langkah dengan bagian tepat waktu setinggi ini atau lebih dinilai baik"))
        self.attention_spin.setToolTip(self.tr("Di bawah ini langkah dinilai bermasalah"))
        legend = QHBoxLayout()
        legend.setSpacing(6)
        legend.addWidget(QLabel(self.tr("Tepat waktu:")))
        legend.addWidget(_swatch(GOOD))
        legend.addWidget(QLabel("≥"))
        legend.addWidget(self.good_spin)
        legend.addSpacing(10)
        legend.addWidget(_swatch(ATTENTION))
        self.middle_label = QLabel()
        legend.addWidget(self.middle_label)
        legend.addSpacing(10)
        legend.addWidget(_swatch(PROBLEM))
        legend.addWidget(QLabel("<"))
        legend.addWidget(self.attention_spin)
        legend.addSpacing(10)
        legend.addWidget(_swatch(NO_DATA))
        legend.addWidget(QLabel(self.tr("belum ada data")))
        legend.addStretch(1)
        self.note = QLabel()
        self.note.setStyleSheet("color: #5f6368;")
        self.note.setWordWrap(True)
        self._update_middle()

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: #5f6368; padding: 24px;")
        self.message.hide()

        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 6, 0)
        lbox.addLayout(heading)
        lbox.addWidget(self.view, 1)
        lbox.addWidget(self.message, 1)
        lbox.addLayout(legend)
        lbox.addWidget(self.note)

        self.slowest = SlowestList()
        self.chart = OnTimeChart()
        self.summary = SummaryBox()
        self.table = StepTable()
        self.table.setMinimumHeight(160)
        self.threshold_note = QLabel()
        self.threshold_note.setStyleSheet("color: #5f6368;")
        side = QWidget()
        sbox = QVBoxLayout(side)
        sbox.setContentsMargins(10, 6, 10, 6)
        sbox.setSpacing(6)
        sbox.addWidget(section_title(self.tr("Langkah paling lambat")))
        hint = QLabel(self.tr("urut menurut bagian yang selesai tepat waktu"))
        hint.setStyleSheet("color: #5f6368;")
        sbox.addWidget(hint)
        sbox.addWidget(self.slowest)
        sbox.addSpacing(6)
        sbox.addWidget(section_title(self.tr("Tepat waktu per langkah")))
        sbox.addWidget(self.chart)
        sbox.addWidget(self.threshold_note)
        sbox.addSpacing(6)
        sbox.addWidget(section_title(self.tr("Ringkasan periode")))
        sbox.addWidget(self.summary)
        sbox.addSpacing(6)
        sbox.addWidget(section_title(self.tr("Semua langkah")))
        sbox.addWidget(self.table)
        sbox.addStretch(1)
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidget(side)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setMinimumWidth(280)
        side.setMinimumWidth(260)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side.setStyleSheet("background: #f8f9fa;")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1000, SIDE_WIDTH])

        box = QVBoxLayout(self)
        box.setContentsMargins(10, 6, 6, 4)
        box.setSpacing(6)
        box.addWidget(self.bar)
        box.addWidget(self.splitter, 1)
        self.setTabOrder(self.sop_combo, self.period_combo)
        self.setTabOrder(self.period_combo, self.print_button)
        self.setTabOrder(self.print_button, self.excel_button)
        self.setTabOrder(self.excel_button, self.view)
        self._set_enabled(False)

    def _connect(self, changes: ChangeBridge | None) -> None:
        self.sop_combo.currentIndexChanged.connect(lambda *_: self.compute())
        self.period_combo.currentIndexChanged.connect(lambda *_: self.compute())
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(self.print_sheet)
        self.excel_button.clicked.connect(self.export_excel)
        self.good_spin.valueChanged.connect(lambda *_: self._thresholds_edited(self.good_spin))
        self.attention_spin.valueChanged.connect(lambda *_: self._thresholds_edited(self.attention_spin))
        for widget in (self.slowest, self.chart, self.table):
            widget.stepClicked.connect(self.select_step)
        self._recompute_timer = QTimer(self)
        self._recompute_timer.setSingleShot(True)
        self._recompute_timer.setInterval(self.RECOMPUTE_AFTER_MS)
        self._recompute_timer.timeout.connect(self._recompute_if_stale)
        if changes is not None:
            changes.case_changed.connect(lambda *_: self._data_changed())
            changes.cases_changed.connect(self._data_changed)
            changes.cases_imported.connect(lambda *_: self._data_changed())
            changes.sops_changed.connect(lambda *_: self._sops_changed())
            changes.settings_changed.connect(self._settings_changed)
            changes.database_replaced.connect(self._sops_changed)

    def _fill_choices(self, sop_code: str | None, period: Period | None) -> None:
        today = self.office.now().astimezone(self.office.tz).date()
        self.sop_combo.blockSignals(True)
        self.period_combo.blockSignals(True)
        try:
            self.sop_combo.clear()
            infos = self.office.sops()
            shorts = [sop_short_name(info.name) for info in infos]
            for info, short in zip(infos, shorts, strict=True):
                label = short if shorts.count(short) == 1 else f"{short} ({info.code})"
                self.sop_combo.addItem(self.tr("{name} (versi {version})").format(name=label, version=info.version),
                                       info.code)
                self.sop_combo.setItemData(self.sop_combo.count() - 1, f"{info.name}\n({info.code})",
                                           Qt.ItemDataRole.ToolTipRole)
            if sop_code is not None and self.sop_combo.findData(sop_code) >= 0:
                self.sop_combo.setCurrentIndex(self.sop_combo.findData(sop_code))
            self.period_combo.clear()
            choices = period_choices(self.office.case_years(), today)
            wanted = period or default_period(today)
            if wanted not in choices:
                choices.insert(0, wanted)
            for p in choices:
                self.period_combo.addItem(period_label(p), p)
            self.period_combo.setCurrentIndex(choices.index(wanted))
        finally:
            self.sop_combo.blockSignals(False)
            self.period_combo.blockSignals(False)

    # -- choosing ---------------------------------------------------------------------------
    def sop_code(self) -> str | None:
        return self.sop_combo.currentData()

    def period(self) -> Period | None:
        return self.period_combo.currentData()

    def select(self, sop_code: str | None = None, period: Period | None = None) -> None:
        """Choose an SOP and/or a period as the user would (tests, callers that know them)."""
        if sop_code is not None:
            i = self.sop_combo.findData(sop_code)
            if i >= 0:
                self.sop_combo.setCurrentIndex(i)
        if period is not None:
            i = self.period_combo.findData(period)
            if i < 0:
                self.period_combo.addItem(period_label(period), period)
                i = self.period_combo.count() - 1
            self.period_combo.setCurrentIndex(i)

    def select_step(self, no: int) -> None:
        """A step chosen on the chart, in the ranking, the bar chart or the table: chosen everywhere."""
        if self.scene is not None:
            self.scene.select_step(no, notify=False)
            self.view.show_step(no)
        self.table.select_step(no)

    # -- computing --------------------------------------------------------------------------
    def compute(self) -> workers.Task | None:
        """The figures of the chosen SOP and period, in a worker; the chart shows them when they come."""
        code, period = self.sop_code(), self.period()
        if code is None or period is None:
            self._show_message(self.tr("Belum ada SOP. Impor SOP dulu di Pustaka SOP."))
            return None
        self._stale = False
        self._token += 1
        token = self._token
        office = self.office
        started = time.perf_counter()
        self.subtitle.setText(self.tr("Menghitung {period}…").format(period=period_label(period)))

        def label_for(done: int, total: int) -> str:
            return self.tr("Menghitung {total} kasus…").format(total=number_text(total)) if total else \
                self.tr("Membaca data…")

        def work(progress: workers.Progress) -> MonitoringStats:
            return reports.monitoring_stats(office, code, period, progress=progress)

        def done(stats: MonitoringStats) -> None:
            if token == self._token:
                self.elapsed = time.perf_counter() - started
                self.show_stats(stats)

        self.run = workers.run_with_progress(
            self, work, title=self.tr("Kinerja SOP"), label=self.tr("Membaca data…"), label_for=label_for,
            on_result=done, on_cancel=lambda: self.subtitle.setText(self.tr("Penghitungan dibatalkan.")),
            determinate=True)
        return self.run

    def _compute_durations(self, stats: MonitoringStats) -> None:
        token, office, code, period = self._token, self.office, stats.sop_code, stats.covers

        def done(d: CaseDurations) -> None:
            if token == self._token:
                self.durations = d
                self.summary.set_durations(d, stats.minutes_per_day)

        self.durations_run = workers.run_with_progress(
            self, lambda _progress: kinerja.case_durations(office, code, period), title=self.tr("Kinerja SOP"),
            label=self.tr("Menghitung lama kasus…"), on_result=done, show_after_ms=3000)

    # -- showing ----------------------------------------------------------------------------
    def show_stats(self, stats: MonitoringStats) -> None:
        self.stats = stats
        self.durations = None
        period = stats.covers
        key = (stats.sop_code, period)
        if self.scene is None or self._scene_key != key:
            column = self.tr("Realisasi {period}").format(period=period_label(period))
            scene = KinerjaScene(self.office.sop(stats.sop_code), column, parent=self)
            self.view.setScene(scene)
            if self.scene is not None:
                self.scene.deleteLater()
            self.scene = scene
            self._scene_key = key
            scene.stepSelected.connect(self.table.select_step)
            self.view.fit_width(user=False)
            QTimer.singleShot(0, self, self._to_top)   # once the view has its final size
        self.message.hide()
        self.view.show()
        self._apply()
        self.summary.set_stats(stats)
        self._set_enabled(stats.cases > 0)
        if stats.cases:
            self._compute_durations(stats)
        else:
            self.summary.set_durations(None, stats.minutes_per_day)

    def _to_top(self) -> None:
        self.view.fit_width(user=False)
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().minimum())
        self.view.horizontalScrollBar().setValue(self.view.horizontalScrollBar().minimum())

    def _apply(self) -> None:
        """Everything that depends on the thresholds too (redrawn when they are edited)."""
        stats, t = self.stats, self.thresholds
        if stats is None or self.scene is None:
            return
        self.scene.show_stats(stats, t)
        self.slowest.set_stats(stats, t)
        self.chart.set_stats(stats, t)
        self.table.set_stats(stats, t)
        self.title.setText(self.tr("Kinerja SOP — {name}").format(name=sop_short_name(stats.sop_name)))
        self._update_subtitle()
        counts = grade_counts(stats, t)
        words = {GOOD: self.tr("{n} baik"), ATTENTION: self.tr("{n} perlu perhatian"),
                 PROBLEM: self.tr("{n} bermasalah"), NO_DATA: self.tr("{n} belum ada data")}
        for g, badge in self.badges.items():
            badge.setText(words[g].format(n=counts[g]))
            badge.setVisible(counts[g] > 0 or g != NO_DATA)
        self.threshold_note.setText(self.tr("garis putus: ambang {good} dan {attention}").format(
            good=f"{round(t.good * 100)} %", attention=f"{round(t.attention * 100)} %"))
        self.note.setText(self.tr("Waktu dalam jam kerja ({zone}); p90: 9 dari 10 kali selesai dalam waktu ini")
                          .format(zone=zone_name(self.office.tz)))

    def _update_subtitle(self) -> None:
        stats = self.stats
        if stats is None:
            return
        period = stats.covers
        dates = self.tr("{start} – {end}").format(start=date_text(period.start), end=date_text(period.end))
        if stats.cases == 0:
            text = self.tr("{period} ({dates}) · tidak ada kasus yang mulai dalam periode ini").format(
                period=period_label(period), dates=dates)
        else:
            text = self.tr("{period} ({dates}) · {closed} kasus selesai, {open} masih berjalan (langkah yang belum "
                           "selesai tidak dihitung)").format(period=period_label(period), dates=dates,
                                                             closed=number_text(stats.closed),
                                                             open=number_text(stats.open))
        if self.elapsed is not None:
            seconds = f"{self.elapsed:.2f}" if self.elapsed < 1 else f"{self.elapsed:.1f}"
            text += " · " + self.tr("dihitung dalam {s} detik").format(s=seconds.replace(".", ","))
        self.subtitle.setText(text)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.view.hide()
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        self.print_button.setEnabled(on)
        self.excel_button.setEnabled(on)

    # -- thresholds -------------------------------------------------------------------------
    def _update_middle(self) -> None:
        self.middle_label.setText(self.tr("{low} sampai di bawah {high}").format(
            low=f"{self.attention_spin.value()} %", high=f"{self.good_spin.value()} %"))

    def _thresholds_edited(self, spin: QSpinBox) -> None:
        good, attention = self.good_spin.value(), self.attention_spin.value()
        if attention > good:   # keep them in order: the other one follows the one being edited
            other = self.attention_spin if spin is self.good_spin else self.good_spin
            other.blockSignals(True)
            other.setValue(spin.value())
            other.blockSignals(False)
            good, attention = self.good_spin.value(), self.attention_spin.value()
        self._update_middle()
        t = Thresholds(good / 100, attention / 100)
        if t == self.thresholds:
            return
        self.thresholds = t
        self._apply()
        kinerja.save_thresholds(self.office, t)

    # -- changes elsewhere ------------------------------------------------------------------
    def _data_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._recompute_timer.start()

    def _recompute_if_stale(self) -> None:
        if self._stale and self.isVisible() and not (self.run is not None and self.run.running):
            self.compute()

    def _sops_changed(self) -> None:
        self._fill_choices(self.sop_code(), self.period())
        self._scene_key = None
        self._data_changed()

    def _settings_changed(self, what: str) -> None:
        if what == kinerja.KINERJA:
            t = kinerja.thresholds(self.office)
            if t != self.thresholds:
                self.thresholds = t
                for spin, value in ((self.good_spin, t.good), (self.attention_spin, t.attention)):
                    spin.blockSignals(True)
                    spin.setValue(round(value * 100))
                    spin.blockSignals(False)
                self._update_middle()
                self._apply()
        elif what == CALENDAR:
            self._data_changed()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._recompute_timer.start(0)

    # -- printing and exporting -------------------------------------------------------------
    def render_sheet(self) -> RenderedPdf:
        """The SOP sheet with this period's figures, as PDF bytes (slow: call it in a worker)."""
        stats, t = self.stats, self.thresholds
        assert stats is not None
        paper = self.office.profile().paper
        buf = BytesIO()
        kinerja.render_sheet_with_realisasi(self.office, stats, t, buf, paper=paper)
        name = sop_short_name(stats.sop_name)
        label = period_label(stats.covers)
        return RenderedPdf(buf.getvalue(),
                           self.tr("Lembar SOP dengan realisasi — {name}, {period}").format(name=name, period=label),
                           self.tr("SOP {name} realisasi {period}").format(name=name, period=label), paper)

    def print_sheet(self) -> workers.Task | None:
        if self.stats is None or not self.print_button.isEnabled():
            return None
        sheet = self.render_sheet
        self.pdf_run = workers.run_with_progress(
            self, lambda _progress: sheet(), title=self.tr("Lembar SOP dengan realisasi"),
            label=self.tr("Menyiapkan lembar SOP…"), on_result=lambda pdf: open_preview(self, pdf))
        return self.pdf_run

    def export_excel(self) -> workers.Task | None:
        stats = self.stats
        if stats is None or not self.excel_button.isEnabled():
            return None
        suggested = self.tr("Kinerja {name} {period}.xlsx").format(name=sop_short_name(stats.sop_name),
                                                                  period=period_label(stats.covers))
        path = messages.choose_save_file(self, self.tr("Ekspor Excel"), self.tr("Buku kerja Excel (*.xlsx)"),
                                         suggested.replace("/", "-"))
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        office = self.office

        def saved(_result: object) -> None:
            self._say(self.tr("Tersimpan: {path}").format(path=path))

        self.xlsx_run = workers.run_with_progress(
            self, lambda _progress: exports.monitoring_xlsx(office, stats, path), title=self.tr("Ekspor Excel"),
            label=self.tr("Menulis buku kerja…"), on_result=saved)
        return self.xlsx_run

    def _say(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)
        else:
            self.subtitle.setText(text)

    # -- Page -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._scene_key = None
        self.compute()

    def save_now(self) -> bool:
        return True

    def can_print(self) -> bool:
        return self.stats is not None and self.print_button.isEnabled()

    def print_current(self) -> object:
        return self.print_sheet()

    def sop_shown(self) -> tuple[str, int | None] | None:
        code = self.sop_code()
        return (code, None) if code else None
