"""Laporan → Laporan Tahunan Monev: what the annual report of a year will say, and its PDF.

A row per SOP in force with the state of its evaluation and of each semester's monitoring
(final, draft, missing), so the office sees what is still to be done before it prints; only
final records count in the report. The monitoring or evaluation of a row opens with a double
click (its column) or the buttons.
"""
from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...app import monev
from ...domain.monev import RECOMMENDATIONS
from ..kit import messages, workers
from ..kit.widgets import fit_to_screen
from ..paperwork.document_actions import RenderedPdf, open_preview
from .monev_common import monev_years

if TYPE_CHECKING:
    from ...app.office import Office

MISSING = QColor("#fff1c2")
COL_SOP, COL_EVALUATION, COL_FIRST, COL_SECOND = range(4)


class AnnualReportDialog(QDialog):
    def __init__(self, office: Office, parent: QWidget | None = None, *, year: int | None = None):
        super().__init__(parent)
        self.office = office
        self.report: monev.AnnualReport | None = None
        self.pdf_task: workers.Task | None = None
        self.opened: QDialog | None = None
        self.setWindowTitle(self.tr("Laporan Tahunan Monitoring dan Evaluasi SOP AP"))
        heading = QLabel(self.tr("Laporan Hasil Monitoring dan Evaluasi SOP AP"))
        heading.setObjectName("pageTitle")
        self.year_combo = QComboBox()
        for y in monev_years(office):
            self.year_combo.addItem(str(y), y)
        if year is not None:
            if self.year_combo.findData(year) < 0:
                self.year_combo.addItem(str(year), year)
            self.year_combo.setCurrentIndex(self.year_combo.findData(year))
        year_label = QLabel(self.tr("&Tahun:"))
        year_label.setBuddy(self.year_combo)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("SOP AP"), self.tr("Evaluasi"), self.tr("Monitoring Semester I"),
                                              self.tr("Monitoring Semester II")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(COL_SOP, QHeaderView.ResizeMode.Stretch)
        for c in (COL_EVALUATION, COL_FIRST, COL_SECOND):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(lambda r, c: self.open_record(r, c))
        note = QLabel(self.tr("Hanya catatan yang sudah final yang masuk laporan. Klik dua kali sel untuk membuka "
                              "evaluasi atau monitoring SOP itu."))
        note.setObjectName("mutedText")
        note.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("Pratinjau PDF"))
        self.preview_button.setObjectName("primaryButton")
        close = QPushButton(self.tr("Tutup"))
        for b in (self.preview_button, close):
            b.setAutoDefault(False)
        self.preview_button.clicked.connect(self.preview_pdf)
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addSpacing(12)
        top.addWidget(self.summary_label, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(close)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.addWidget(heading)
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addWidget(note)
        box.addLayout(buttons)
        fit_to_screen(self, (900, 480), parent)
        self.year_combo.currentIndexChanged.connect(lambda *_: self.refresh())
        self.refresh()

    def year(self) -> int | None:
        return self.year_combo.currentData()

    def refresh(self) -> None:
        year = self.year()
        self.report = monev.annual_report(self.office, year) if year is not None else None
        report = self.report
        self.preview_button.setEnabled(report is not None)
        if report is None:
            self.table.setRowCount(0)
            return
        self.summary_label.setText(self.tr("{in_force} SOP AP berlaku · {monitored} dimonitor · {evaluated} "
                                           "dievaluasi").format(in_force=report.in_force, monitored=report.monitored,
                                                                evaluated=report.evaluated))
        self.table.setRowCount(len(report.entries))
        for r, e in enumerate(report.entries):
            cells = [e.sop.name]
            if e.evaluation is not None:
                rec = e.evaluation.recommendation
                cells.append(self.tr("final: {rec}").format(rec=RECOMMENDATIONS.get(rec or "", "–")))
            else:
                cells.append(self.tr("draf") if "evaluasi" in e.drafts else self.tr("belum"))
            for half, form in ((1, e.semesters[0]), (2, e.semesters[1])):
                if form is not None:
                    cells.append(self.tr("final: {good} dari {steps} baik").format(good=form.judged_good,
                                                                                  steps=len(form.rows)))
                else:
                    cells.append(self.tr("draf") if f"{report.year}-{half}" in e.drafts else self.tr("belum"))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == COL_SOP:
                    item.setData(Qt.ItemDataRole.UserRole, e.sop.code)
                elif not text.startswith(self.tr("final")):
                    item.setBackground(MISSING)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()

    def open_record(self, row: int, column: int) -> QDialog | None:
        """The evaluation (its column) or a semester's monitoring of the row's SOP."""
        item = self.table.item(row, COL_SOP)
        year = self.year()
        if item is None or year is None:
            return None
        code = item.data(Qt.ItemDataRole.UserRole)
        if column == COL_EVALUATION:
            from .monev_evaluation import show_evaluation_form
            self.opened = show_evaluation_form(self.parentWidget(), self.office, sop_code=code, year=year)
        elif column in (COL_FIRST, COL_SECOND):
            from .monev_monitoring import show_monitoring_form
            half = 1 if column == COL_FIRST else 2
            self.opened = show_monitoring_form(self.parentWidget(), self.office, sop_code=code,
                                               semester=f"{year}-{half}")
        else:
            return None
        self.opened.finished.connect(lambda *_: self.refresh())
        return self.opened

    def preview_pdf(self) -> workers.Task | None:
        report, office = self.report, self.office
        if report is None:
            return None
        title = self.tr("Laporan Monev SOP AP {year}").format(year=report.year)

        def work(_progress) -> RenderedPdf:
            from ...documents.monev import render_annual_report
            profile = office.profile()
            buf = BytesIO()
            render_annual_report(report, profile, buf, paper=profile.paper)
            return RenderedPdf(buf.getvalue(), title, title, profile.paper)

        self.pdf_task = workers.run_with_progress(self, work, title=self.windowTitle(),
                                                  label=self.tr("Menyiapkan PDF…"),
                                                  on_result=lambda pdf: open_preview(self, pdf))
        return self.pdf_task


def show_annual_report(parent: QWidget | None, office: Office, *, year: int | None = None) -> AnnualReportDialog:
    dialog = AnnualReportDialog(office, parent, year=year)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if messages.interactive():
        dialog.show()
    return dialog
