"""Laporan Monitoring: how well an SOP's times were kept over a year (DESIGN.md "Reports").

Choose the SOP and the year, press "Hitung": the statistics are computed in a worker thread
(`reports.monitoring_stats`, counted from the stored step runs: under a second even for a year
of a 100,000-case database), under a progress dialog with "Batal" that appears only when it
takes longer (the first report after new office hours recounts every run). The result shows
in the dialog: per step the number of runs, the median and the
longest working time against the standard and the share on time, late figures coloured,
the bottleneck marked and explained in one sentence, and bars of each step's median as a
percentage of its standard with the 100 % line. "Pratinjau PDF", "Simpan PDF…" and
"Cetak…" make the official report (documents/monitoring.py), also off the GUI thread.

Tests drive the dialog directly: `compute()` returns the running workers.Task (wait for its
`done`), `preview_pdf()` goes through the patchable `print_preview.show_preview`.
"""
from __future__ import annotations

import html
import logging
import math
from io import BytesIO
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...app import reports
from ...domain.monitoring import MonitoringStats, StepStats
from ..kit import messages, workers
from ..kit.formatting import number_text, percent_text, sop_short_name, waktu_label, working_time
from ..kit.widgets import fit_to_screen
from ..paperwork import print_preview
from ..paperwork.document_actions import RenderedPdf, open_preview

if TYPE_CHECKING:
    from ...app.office import Office

log = logging.getLogger(__name__)

translate = QCoreApplication.translate   # lupdate reads translate("context", "literal") calls

# Fixed colours, as in the swimlane (state_style): red = over the standard, orange = sometimes late.
OVER_FILL, OVER_TEXT = QColor("#ffc9c9"), QColor("#b3261e")
LATE_FILL, LATE_TEXT = QColor("#ffe3c2"), QColor("#a04000")
BOTTLENECK_FILL = QColor("#fff1c2")
BAR_OK, BAR_OVER, BAR_NONE = QColor("#8fa9cc"), QColor("#c62828"), QColor("#c9ced6")
LINE_100 = QColor("#202124")
GRID = QColor("#e3e6ea")
MUTED = QColor("#6b7280")

MAX_ROW_LINES = 3
ON_TIME_RED = 0.80      # share on time below which the cell is red
ON_TIME_ORANGE = 0.95   # … orange; below 100 % only its text is


def bottleneck_parts(stats: MonitoringStats) -> tuple[str, str]:
    """The bottleneck sentence in two parts, the first to be stressed:
    ("Hambatan: langkah 7", " — paling sering terlambat (4,4 % pelaksanaan terlambat): Melakukan koreksi…")."""
    if stats.bottleneck is None:
        if not any(s.runs for s in stats.steps):
            return translate("MonitoringDialog", "Belum ada langkah yang selesai dikerjakan pada tahun ini."), ""
        return translate("MonitoringDialog",
                         "Tidak ada hambatan: semua langkah yang selesai dikerjakan tepat waktu."), ""
    s = stats.step(stats.bottleneck)
    if stats.bottleneck_reason == "median melebihi waktu standar":
        why = translate("MonitoringDialog", "median melebihi waktu standar ({ratio} dari standar)").format(
            ratio=percent_text(s.median_ratio, 0))
    elif stats.bottleneck_reason == "paling sering terlambat":
        late_share = s.late / s.runs if s.runs else None
        why = translate("MonitoringDialog", "paling sering terlambat ({share} pelaksanaan terlambat)").format(
            share=percent_text(late_share))
    else:
        why = stats.bottleneck_reason
    head = translate("MonitoringDialog", "Hambatan: langkah {no}").format(no=s.no)
    rest = f" — {why}: {s.activity.strip().rstrip('.')}"
    if s.lane:
        rest += f" ({s.lane})"
    return head, rest + "."


def bottleneck_sentence(stats: MonitoringStats) -> str:
    """"Hambatan: langkah 7 — paling sering terlambat (4,4 % pelaksanaan terlambat): Melakukan koreksi…"."""
    return "".join(bottleneck_parts(stats))


# -- the bars ------------------------------------------------------------------------------

class StepBars(QWidget):
    """Each step's median working time as a percentage of its standard, with the 100 % line.

    Bars over 100 % are red, the bottleneck's row is tinted; a bar beyond the scale is cut
    with "»". Hovering a bar tells the step and its figures.
    """

    ROW_H = 24
    BAR_H = 12
    TOP = 30
    BOTTOM = 26
    LABEL_W = 30
    VALUE_W = 56

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.stats: MonitoringStats | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_stats(self, stats: MonitoringStats | None) -> None:
        self.stats = stats
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def _steps(self) -> list[StepStats]:
        return self.stats.steps if self.stats else []

    def sizeHint(self) -> QSize:
        return QSize(340, self.TOP + max(1, len(self._steps())) * self.ROW_H + self.BOTTOM)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def scale_top(self) -> float:
        """The right end of the scale: 150 %, 200 %, … at most 400 % (as on the PDF)."""
        ratios = [s.median_ratio for s in self._steps() if s.median_ratio is not None]
        return min(4.0, math.ceil(max([1.5] + ratios) * 2) / 2)

    def _axis(self) -> tuple[float, float]:
        left = self.LABEL_W + 6
        return left, max(left + 40, self.width() - self.VALUE_W - 6)

    def _x(self, ratio: float) -> float:
        left, right = self._axis()
        return left + min(ratio, self.scale_top()) / self.scale_top() * (right - left)

    def _row_top(self, i: int) -> float:
        return self.TOP + i * self.ROW_H

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        steps = self._steps()
        if not steps or self.stats is None:  # no stats, no steps
            p.end()
            return
        left, right = self._axis()
        top, bottom = self.TOP - 4, self._row_top(len(steps)) + 4
        fm = QFontMetrics(self.font())
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        bold = QFont(self.font())
        bold.setBold(True)

        for i, s in enumerate(steps):          # the bottleneck's row, under everything else
            if s.no == self.stats.bottleneck:
                p.fillRect(QRectF(0, self._row_top(i), self.width(), self.ROW_H), BOTTLENECK_FILL)

        p.setFont(small)
        k, scale = 0.0, self.scale_top()
        while k <= scale + 1e-9:               # grid every 50 %
            x = self._x(k)
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(x, top), QPointF(x, bottom))
            p.setPen(MUTED)
            p.drawText(QRectF(x - 30, bottom + 2, 60, self.BOTTOM - 4), Qt.AlignmentFlag.AlignHCenter |
                       Qt.AlignmentFlag.AlignTop, f"{round(k * 100)} %")
            k += 0.5

        for i, s in enumerate(steps):
            y = self._row_top(i)
            mid = y + self.ROW_H / 2
            p.setFont(bold if s.no == self.stats.bottleneck else self.font())
            p.setPen(QColor("#1f2937"))
            p.drawText(QRectF(0, y, self.LABEL_W, self.ROW_H), Qt.AlignmentFlag.AlignRight |
                       Qt.AlignmentFlag.AlignVCenter, str(s.no))
            r = s.median_ratio
            if r is None:
                p.setFont(small)
                p.setPen(MUTED)
                p.drawText(QRectF(left + 4, y, right - left, self.ROW_H), Qt.AlignmentFlag.AlignVCenter,
                           self.tr("belum ada data"))
                continue
            end = self._x(r)
            bar = QRectF(left, mid - self.BAR_H / 2, max(1.5, end - left), self.BAR_H)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(BAR_OVER if r > 1.0 else BAR_OK))
            p.drawRect(bar)

        x100 = self._x(1.0)
        pen = QPen(LINE_100, 1.4, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(x100, top), QPointF(x100, bottom))
        p.setPen(QPen(QColor("#9aa3af"), 1))
        p.drawLine(QPointF(left, top), QPointF(left, bottom))

        for i, s in enumerate(steps):          # the figures last, on a light ground over the lines
            r = s.median_ratio
            if r is None:
                continue
            end = self._x(r)
            font = bold if s.no == self.stats.bottleneck else self.font()
            value = percent_text(r, 0) + (" »" if r > scale else "")
            box = QRectF(end + 3, self._row_top(i) + 4, QFontMetrics(font).horizontalAdvance(value) + 4,
                         self.ROW_H - 8)
            fill = QColor(BOTTLENECK_FILL if s.no == self.stats.bottleneck else QColor("#ffffff"))
            fill.setAlpha(220)
            p.fillRect(box, fill)
            p.setFont(font)
            p.setPen(OVER_TEXT if r > 1.0 else QColor("#1f2937"))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, value)
        p.setFont(bold)
        p.setPen(LINE_100)
        label = self.tr("100 % = waktu standar")
        w = fm.horizontalAdvance(label) + 16
        x = min(max(0.0, x100 - w / 2), self.width() - w)
        p.drawText(QRectF(x, 0, w, self.TOP - 6), Qt.AlignmentFlag.AlignCenter, label)
        p.end()

    def step_at(self, y: float) -> StepStats | None:
        i = int((y - self.TOP) // self.ROW_H)
        steps = self._steps()
        return steps[i] if 0 <= i < len(steps) and y >= self.TOP else None

    def event(self, e) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            s = self.step_at(e.pos().y())
            if s is None or self.stats is None:
                QToolTip.hideText()
            else:
                per_day = self.stats.minutes_per_day
                QToolTip.showText(e.globalPos(), self.tr(
                    "Langkah {no}: {activity}\nMedian {median} dari standar {standard} ({ratio})").format(
                    no=s.no, activity=s.activity, median=working_time(s.median_minutes, per_day, "–"),
                    standard=waktu_label(s.standard), ratio=percent_text(s.median_ratio, 0)), self)
            return True
        return super().event(e)


# -- the dialog ----------------------------------------------------------------------------

COLUMNS = ("no", "activity", "runs", "median", "worst", "standard", "on_time")


class MonitoringDialog(QDialog):
    """Laporan Monitoring of one SOP over one year: compute, look, then preview/save/print the PDF."""

    PAGE_START, PAGE_RESULT, PAGE_EMPTY = 0, 1, 2

    def __init__(self, office: Office, parent: QWidget | None = None, *, sop_code: str | None = None,
                 year: int | None = None):
        super().__init__(parent)
        self.office = office
        self.stats: MonitoringStats | None = None
        self.run: workers.Task | None = None       # the computation, while and after it runs
        self.pdf_run: workers.Task | None = None   # the PDF being drawn
        self._pdf: RenderedPdf | None = None
        self.setWindowTitle(self.tr("Laporan Monitoring"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._layout(self._build_choices(), self._build_pages(), self._build_buttons())
        self._size_to_screen(parent)
        self._fill_choices(sop_code, year)
        self._connect()
        self._choice_changed()

    # -- building ----------------------------------------------------------------------
    def _build_choices(self) -> QHBoxLayout:
        """SOP and year, and Hitung."""
        self.sop_combo = QComboBox()
        self.sop_combo.setMinimumContentsLength(28)
        self.sop_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.year_combo = QComboBox()
        self.year_combo.setMinimumContentsLength(6)
        self.compute_button = QPushButton(self.tr("Hitung"))
        self.compute_button.setObjectName("primaryButton")
        self.compute_button.setToolTip(self.tr("Hitung laporan untuk SOP dan tahun yang dipilih"))
        self.compute_button.setDefault(True)
        sop_label = QLabel(self.tr("&SOP:"))
        sop_label.setBuddy(self.sop_combo)
        year_label = QLabel(self.tr("&Tahun:"))
        year_label.setBuddy(self.year_combo)
        choose = QHBoxLayout()
        choose.addWidget(sop_label)
        choose.addWidget(self.sop_combo, 1)
        choose.addSpacing(12)
        choose.addWidget(year_label)
        choose.addWidget(self.year_combo)
        choose.addSpacing(12)
        choose.addWidget(self.compute_button)
        return choose

    def _build_pages(self) -> QStackedWidget:
        """Before computing (PAGE_START), the result (PAGE_RESULT), no cases (PAGE_EMPTY)."""
        self.start_label = QLabel()
        self.start_label.setObjectName("emptyText")
        self.start_label.setWordWrap(True)
        self.start_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title = QLabel()
        self.empty_title.setObjectName("emptyTitle")
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title.setWordWrap(True)
        self.empty_text = QLabel()
        self.empty_text.setObjectName("emptyText")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        result = self._build_result()

        start = QWidget()
        sb = QVBoxLayout(start)
        sb.addStretch(1)
        sb.addWidget(self.start_label)
        sb.addStretch(2)
        empty = QWidget()
        eb = QVBoxLayout(empty)
        eb.addStretch(1)
        eb.addWidget(self.empty_title)
        eb.addWidget(self.empty_text)
        eb.addStretch(2)
        self.pages = QStackedWidget()
        for page in (start, result, empty):
            self.pages.addWidget(page)
        return self.pages

    def _build_result(self) -> QWidget:
        """The summary, the bottleneck, the table of steps beside the bars."""
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.bottleneck_label = QLabel()
        self.bottleneck_label.setObjectName("bottleneckNote")
        self.bottleneck_label.setWordWrap(True)
        self.bottleneck_label.setTextFormat(Qt.TextFormat.RichText)
        self.bottleneck_label.setStyleSheet("#bottleneckNote { background: #fff7e0; border: 1px solid #f0d890; "
                                            "border-radius: 4px; padding: 6px 10px; color: #5b4a12; }")
        self.table = self._build_table()
        self.legend_label = QLabel(self.tr("Merah: median melebihi waktu standar, atau kurang dari 80 % tepat "
                                           "waktu. Jingga: kurang dari 95 % tepat waktu; huruf jingga: ada "
                                           "pelaksanaan yang terlambat. Baris kuning: hambatan."))
        self.legend_label.setObjectName("mutedText")
        self.legend_label.setWordWrap(True)

        self.bars = StepBars()
        bars_title = QLabel(self.tr("Median terhadap waktu standar"))
        bars_title.setObjectName("sectionLabel")
        bars_scroll = QScrollArea()
        bars_scroll.setWidgetResizable(True)
        bars_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        bars_scroll.setWidget(self.bars)
        bars_scroll.setStyleSheet("QScrollArea { background: #ffffff; }")
        bars_note = QLabel(self.tr("Batang merah: median melebihi waktu standar. Arahkan tetikus ke batang untuk "
                                   "rinciannya."))
        bars_note.setObjectName("mutedText")
        bars_note.setWordWrap(True)
        bars_box = QWidget()
        bb = QVBoxLayout(bars_box)
        bb.setContentsMargins(6, 0, 0, 0)
        bb.addWidget(bars_title)
        bb.addWidget(bars_scroll, 1)
        bb.addWidget(bars_note)

        table_box = QWidget()
        tb = QVBoxLayout(table_box)
        tb.setContentsMargins(0, 0, 6, 0)
        tb.addWidget(self.table, 1)
        tb.addWidget(self.legend_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(table_box)
        self.splitter.addWidget(bars_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([830, 300])

        result = QWidget()
        rb = QVBoxLayout(result)
        rb.setContentsMargins(0, 0, 0, 0)
        rb.addWidget(self.summary_label)
        rb.addWidget(self.bottleneck_label)
        rb.addWidget(self.splitter, 1)
        return result

    def _build_table(self) -> QTableWidget:
        heads = [self.tr("No"), self.tr("Kegiatan"), self.tr("Jumlah"), self.tr("Median"), self.tr("Terlama"),
                 self.tr("Standar"), self.tr("Tepat waktu")]
        table = QTableWidget(0, len(heads))
        table.setHorizontalHeaderLabels(heads)
        tips = [None, self.tr("Kegiatan langkah SOP (pelaksananya di keterangan)"),
                self.tr("Berapa kali langkah ini selesai dikerjakan (langkah yang diulang dihitung tiap kali)"),
                self.tr("Median waktu kerja dari mulai sampai selesai"),
                self.tr("Waktu kerja terlama satu pelaksanaan"), self.tr("Waktu standar menurut SOP"),
                self.tr("Bagian pelaksanaan yang selesai dalam waktu standar")]
        for c, tip in enumerate(tips):
            header = table.horizontalHeaderItem(c)
            if tip and header is not None:
                header.setToolTip(tip)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        table.setTabKeyNavigation(False)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        hh = table.horizontalHeader()
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        for c in range(len(heads)):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.viewport().installEventFilter(self)   # a stretched column changes width without a signal
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        return table

    def _build_buttons(self) -> QHBoxLayout:
        self.preview_button = QPushButton(self.tr("Pratinjau PDF"))
        self.preview_button.setToolTip(self.tr("Lihat laporan seperti akan dicetak"))
        self.save_button = QPushButton(self.tr("Simpan PDF…"))
        self.save_button.setToolTip(self.tr("Simpan laporan sebagai berkas PDF"))
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.print_button.setToolTip(self.tr("Cetak laporan ke printer (Ctrl+P)"))
        self.close_button = QPushButton(self.tr("Tutup"))
        for b in (self.preview_button, self.save_button, self.print_button, self.close_button):
            b.setAutoDefault(False)
        self._print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        return buttons

    def _layout(self, choose: QHBoxLayout, pages: QStackedWidget, buttons: QHBoxLayout) -> None:
        heading = QLabel(self.tr("Laporan Monitoring dan Evaluasi SOP"))
        heading.setObjectName("pageTitle")
        intro = QLabel(self.tr("Seberapa tepat waktu standar tiap langkah SOP ditepati oleh kasus-kasus dalam "
                               "satu tahun, dihitung dalam jam kerja."))
        intro.setObjectName("mutedText")
        intro.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.addWidget(heading)
        box.addWidget(intro)
        box.addSpacing(4)
        box.addLayout(choose)
        box.addSpacing(4)
        box.addWidget(pages, 1)
        box.addLayout(buttons)
        self.setTabOrder(self.sop_combo, self.year_combo)
        self.setTabOrder(self.year_combo, self.compute_button)
        self.setTabOrder(self.compute_button, self.table)

    def _size_to_screen(self, parent: QWidget | None) -> None:
        self.setMinimumSize(860, 520)
        fit_to_screen(self, (1180, 720), parent)   # room for a taskbar and the title bar

    def _connect(self) -> None:
        self.compute_button.clicked.connect(self.compute)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._fit_rows_soon())
        self._fit_timer.timeout.connect(self._fit_rows)
        self.preview_button.clicked.connect(self.preview_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        self.close_button.clicked.connect(self.reject)
        self._print_shortcut.activated.connect(self.print_pdf)
        self.sop_combo.currentIndexChanged.connect(lambda *_: self._choice_changed())
        self.year_combo.currentIndexChanged.connect(lambda *_: self._choice_changed())

    # -- choices ---------------------------------------------------------------------
    def _fill_choices(self, sop_code: str | None, year: int | None) -> None:
        self._sop_names = {}
        infos = self.office.sops()
        shorts = [sop_short_name(info.name) for info in infos]
        for info, short in zip(infos, shorts, strict=True):
            self._sop_names[info.code] = info.name
            label = short if shorts.count(short) == 1 else f"{short} ({info.code})"
            self.sop_combo.addItem(label, info.code)
            self.sop_combo.setItemData(self.sop_combo.count() - 1, f"{info.name}\n({info.code})",
                                       Qt.ItemDataRole.ToolTipRole)
        if sop_code is not None:
            i = self.sop_combo.findData(sop_code)
            if i >= 0:
                self.sop_combo.setCurrentIndex(i)
        years = list(self.office.case_years())
        if year is not None and year not in years:
            years = sorted(years + [int(year)], reverse=True)
        for y in years:
            self.year_combo.addItem(str(y), y)
        if year is not None:
            self.year_combo.setCurrentIndex(self.year_combo.findData(int(year)))
        if sop_code is None and years:
            # First the SOP that has cases in the year shown (the list is sorted by code, not by use).
            chosen = self.year()
            for i in range(self.sop_combo.count()):
                if self.office.case_ids(sop=self.sop_combo.itemData(i), year=chosen):
                    self.sop_combo.setCurrentIndex(i)
                    break

    def sop_code(self) -> str | None:
        return self.sop_combo.currentData()

    def year(self) -> int | None:
        return self.year_combo.currentData()

    def select(self, sop_code: str | None = None, year: int | None = None) -> None:
        """Choose an SOP and/or a year as the user would (tests, and callers that know them)."""
        if sop_code is not None:
            self.sop_combo.setCurrentIndex(self.sop_combo.findData(sop_code))
        if year is not None:
            i = self.year_combo.findData(int(year))
            if i < 0:
                self.year_combo.addItem(str(year), int(year))
                i = self.year_combo.count() - 1
            self.year_combo.setCurrentIndex(i)

    def _choice_changed(self) -> None:
        """A new choice makes the shown result stale: back to the start page until "Hitung"."""
        self._set_stats(None)
        can = self.sop_code() is not None and self.year() is not None
        self.compute_button.setEnabled(can)
        if self.sop_combo.count() == 0:
            text = self.tr("Belum ada SOP. Impor SOP dulu di Pustaka SOP.")
        elif self.year_combo.count() == 0:
            text = self.tr("Belum ada kasus yang dicatat, jadi belum ada yang dapat dihitung.\n"
                           "Buat kasus dari Daftar Kasus, lalu kembali ke laporan ini.")
        else:
            text = self.tr("Tekan Hitung untuk menghitung laporan SOP {name} tahun {year}.").format(
                name=sop_short_name(self._sop_names.get(self.sop_code() or "", "")), year=self.year())
        self.start_label.setText(text)
        self.pages.setCurrentIndex(self.PAGE_START)

    # -- computing -------------------------------------------------------------------
    def compute(self) -> workers.Task | None:
        """"Hitung": the statistics in a worker thread, with a progress dialog that can cancel."""
        code, year = self.sop_code(), self.year()
        if code is None or year is None or (self.run is not None and self.run.running):
            return None
        office = self.office
        self._set_stats(None)
        self.compute_button.setEnabled(False)
        self.start_label.setText(self.tr("Menghitung laporan SOP {name} tahun {year}…").format(
            name=sop_short_name(self._sop_names.get(code, "")), year=year))
        self.pages.setCurrentIndex(self.PAGE_START)

        def label_for(done: int, total: int) -> str:
            if total <= 0:
                return self.tr("Membaca daftar kasus…")
            return self.tr("Menghitung {total} kasus…").format(total=number_text(total))

        self.run = workers.run_with_progress(
            self, lambda progress: reports.monitoring_stats(office, code, year, progress=progress),
            title=self.tr("Laporan Monitoring"), label=self.tr("Membaca daftar kasus…"), label_for=label_for,
            on_result=self._computed, on_error=self._failed, on_cancel=self._cancelled, determinate=True)
        return self.run

    def _computed(self, stats: MonitoringStats) -> None:
        self.compute_button.setEnabled(True)
        self.show_stats(stats)

    def _failed(self, exc: BaseException) -> bool:
        self.compute_button.setEnabled(True)
        return False   # the task shows it (a UserError as a warning)

    def _cancelled(self) -> None:
        self.compute_button.setEnabled(True)
        self.start_label.setText(self.tr("Penghitungan dibatalkan. Tekan Hitung untuk mengulang."))
        self.pages.setCurrentIndex(self.PAGE_START)

    # -- showing ---------------------------------------------------------------------
    def _set_stats(self, stats: MonitoringStats | None) -> None:
        self.stats = stats
        self._pdf = None
        has = stats is not None and stats.cases > 0
        for b in (self.preview_button, self.save_button, self.print_button):
            b.setEnabled(has)

    def show_stats(self, stats: MonitoringStats) -> None:
        self._set_stats(stats)
        if stats.cases == 0:
            self.empty_title.setText(self.tr("Tidak ada kasus pada tahun {year}").format(year=stats.year))
            self.empty_text.setText(self.tr(
                "Belum ada kasus SOP {name} yang dicatat untuk tahun {year}, jadi tidak ada yang dapat dinilai.\n"
                "Pilih tahun atau SOP lain, lalu tekan Hitung.").format(name=sop_short_name(stats.sop_name),
                                                                        year=stats.year))
            self.pages.setCurrentIndex(self.PAGE_EMPTY)
            return
        late_share = stats.late_cases / stats.cases if stats.cases else None
        self.summary_label.setText(self.tr(
            "{name}, tahun {year}: {cases} kasus (selesai {closed}, berjalan {open}); {late} kasus dengan langkah "
            "terlambat ({share}). Dihitung dalam jam kerja, 1 hari kerja = {day}.").format(
            name=sop_short_name(stats.sop_name), year=stats.year, cases=number_text(stats.cases),
            closed=number_text(stats.closed), open=number_text(stats.open), late=number_text(stats.late_cases),
            share=percent_text(late_share), day=working_time(stats.minutes_per_day, 10 ** 9)))
        head, rest = bottleneck_parts(stats)
        self.bottleneck_label.setText(f"<b>{html.escape(head)}</b>{html.escape(rest)}")
        self._fill_table(stats)
        self.bars.set_stats(stats)
        self.pages.setCurrentIndex(self.PAGE_RESULT)
        self._fit_rows()

    def _fill_table(self, stats: MonitoringStats) -> None:
        per_day = stats.minutes_per_day
        self.table.setRowCount(len(stats.steps))
        for r, s in enumerate(stats.steps):
            runs = number_text(s.runs)
            if s.running:
                runs += "\n" + self.tr("+{n} berjalan").format(n=number_text(s.running))
            on_time = percent_text(s.on_time_share)
            cells = [str(s.no), s.activity, runs, working_time(s.median_minutes, per_day, "–"),
                     working_time(s.worst_minutes, per_day, "–"), waktu_label(s.standard), on_time]
            bottleneck = s.no == stats.bottleneck
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                align = Qt.AlignmentFlag.AlignLeft if c == 1 else Qt.AlignmentFlag.AlignHCenter
                item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
                if bottleneck:
                    f = item.font()
                    f.setBold(True)
                    item.setFont(f)
                    item.setBackground(BOTTLENECK_FILL)
                self.table.setItem(r, c, item)
            self._mark_row(r, s, stats)

    def _mark_row(self, r: int, s: StepStats, stats: MonitoringStats) -> None:
        per_day = stats.minutes_per_day
        activity = self._cell(r, 1)
        tip = s.activity + (f"\n({s.lane})" if s.lane else "")
        if s.no == stats.bottleneck:
            tip += "\n\n" + bottleneck_sentence(stats)
        activity.setToolTip(tip)
        std = s.standard_minutes
        median = self._cell(r, COLUMNS.index("median"))
        if std and s.median_minutes is not None and s.median_minutes > std:
            self._colour(median, OVER_FILL, OVER_TEXT, self.tr("Median melebihi waktu standar ({ratio})").format(
                ratio=percent_text(s.median_ratio, 0)))
        elif s.median_ratio is not None:
            median.setToolTip(self.tr("{ratio} dari waktu standar").format(ratio=percent_text(s.median_ratio, 0)))
        worst = self._cell(r, COLUMNS.index("worst"))
        if std and s.worst_minutes is not None and s.worst_minutes > std:
            # Some run over the standard is common: only the text says so, the fills are kept for what matters.
            worst.setForeground(LATE_TEXT)
            worst.setToolTip(self.tr("Melebihi waktu standar {standard}").format(
                standard=working_time(std, per_day, "–")))
        on_time = self._cell(r, COLUMNS.index("on_time"))
        share = s.on_time_share
        if share is not None and s.late:
            tip = self.tr("{late} dari {runs} pelaksanaan terlambat").format(late=number_text(s.late),
                                                                           runs=number_text(s.timed))
            if share < ON_TIME_RED:
                self._colour(on_time, OVER_FILL, OVER_TEXT, tip)
            elif share < ON_TIME_ORANGE:
                self._colour(on_time, LATE_FILL, LATE_TEXT, tip)
            else:
                on_time.setForeground(LATE_TEXT)
                on_time.setToolTip(tip)
        if s.running_late:
            runs = self._cell(r, COLUMNS.index("runs"))
            runs.setToolTip(self.tr("{n} masih berjalan dan sudah lewat waktu").format(n=number_text(s.running_late)))

    def _cell(self, r: int, c: int) -> QTableWidgetItem:
        item = self.table.item(r, c)
        assert item is not None  # _fill_table sets every cell
        return item

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_rows_soon()
        return False

    def _fit_rows_soon(self) -> None:
        self._fit_timer.start()

    def _fit_rows(self) -> None:
        """Rows as tall as their text, but at most three lines: a longer activity ends in "…" (its
        tooltip has all of it), so a narrow window still shows several steps at once. Measured here:
        the view's own estimate leaves a wrapped line out now and then."""
        t = self.table
        room = t.columnWidth(1) - 2 * t.style().pixelMetric(t.style().PixelMetric.PM_FocusFrameHMargin, None, t) - 8
        for r in range(t.rowCount()):
            lines = 1
            for c in range(t.columnCount()):
                item = t.item(r, c)
                if item is None:
                    continue
                fm = QFontMetrics(item.font())
                width = room if c == 1 else max(10, t.columnWidth(c) - 8)
                box = fm.boundingRect(0, 0, max(10, width), 10_000,
                                      int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft), item.text())
                lines = max(lines, round(box.height() / fm.lineSpacing()))
            spacing = QFontMetrics(t.font()).lineSpacing()
            t.setRowHeight(r, min(lines, MAX_ROW_LINES) * spacing + 8)

    @staticmethod
    def _colour(item: QTableWidgetItem, fill: QColor, text: QColor, tip: str) -> None:
        item.setBackground(fill)
        item.setForeground(text)
        item.setToolTip(tip)

    def bottleneck_text(self) -> str:
        """The bottleneck sentence shown (plain text), "" while no result is shown."""
        if self.stats is None or self.pages.currentIndex() != self.PAGE_RESULT:
            return ""
        return bottleneck_sentence(self.stats)

    # -- the PDF ---------------------------------------------------------------------
    def _with_pdf(self, then) -> workers.Task | None:
        """Draw the report's PDF in a worker (once per result), then `then(pdf)`."""
        stats = self.stats
        if stats is None or stats.cases == 0:
            return None
        if self._pdf is not None:
            then(self._pdf)
            return None
        if self.pdf_run is not None and self.pdf_run.running:
            return None
        office = self.office
        name = sop_short_name(stats.sop_name)
        title = self.tr("Laporan Monitoring — {name} {year}").format(name=name, year=stats.year)
        file_name = self.tr("Laporan Monitoring {name} {year}").format(name=name, year=stats.year)

        def work(_progress) -> RenderedPdf:
            from ...documents.monitoring import render_monitoring
            profile = office.profile()
            buf = BytesIO()
            render_monitoring(stats, profile, buf, paper=profile.paper, signer=reports.head_official(office))
            return RenderedPdf(buf.getvalue(), title, file_name, profile.paper)

        def done(pdf: RenderedPdf) -> None:
            if self.stats is stats:
                self._pdf = pdf
            then(pdf)

        self.pdf_run = workers.run_with_progress(self, work, title=self.tr("Laporan Monitoring"),
                                                 label=self.tr("Menyiapkan PDF laporan…"), on_result=done)
        return self.pdf_run

    def preview_pdf(self) -> workers.Task | None:
        """"Pratinjau PDF": the report in the print preview (Cetak and Simpan PDF are there too)."""
        return self._with_pdf(lambda pdf: open_preview(self, pdf))

    def save_pdf(self) -> workers.Task | None:
        return self._with_pdf(lambda pdf: print_preview.save_pdf(self, pdf.data, pdf.file_name))

    def print_pdf(self) -> workers.Task | None:
        if not self.print_button.isEnabled():
            return None
        return self._with_pdf(lambda pdf: print_preview.print_pdf(self, pdf.data, title=pdf.title, paper=pdf.paper))

    # -- closing ---------------------------------------------------------------------
    def done(self, result: int) -> None:
        """Closing stops a computation that still runs (its result would have nowhere to go)."""
        for run in (self.run, self.pdf_run):
            if run is not None and run.running:
                run.cancel()
        super().done(result)


def show_monitoring(parent: QWidget | None, office: Office, *, sop_code: str | None = None,
                    year: int | None = None) -> MonitoringDialog:
    """Open the dialog beside the main window (not modal: the cases stay usable meanwhile)."""
    dialog = MonitoringDialog(office, parent, sop_code=sop_code, year=year)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if not messages.interactive():
        return dialog
    dialog.show()
    return dialog
