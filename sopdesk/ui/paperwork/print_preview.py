"""Preview, print and save the PDFs that sopdesk.documents draws.

The documents are drawn once, by ReportLab, into PDF bytes. This module shows
those bytes with QtPdf (`QPdfDocument` + `QPdfView`), prints them by rendering
each page with `QPdfDocument.render` at the printer's resolution, and saves them
unchanged as a file. So what is previewed, printed and saved is the same drawing.

Paper: A4, or F4 = 215 × 330 mm as a custom page size (Qt's own "Folio" is
210 × 330 mm). Each printed page takes its orientation from the PDF page: the PK
statement is portrait, its lampiran landscape.

Printing raster images is what a printer receives anyway; when the "printer" is a
PDF file (`QPrinter.PdfFormat`, e.g. "print to file"), an invisible copy of each
line of text is laid over the image so the printed file can still be searched and
its text copied.

Tests cannot click modal dialogs: they patch `ask_printer` and `ask_save_path`,
or call `PrintPreviewDialog.print_to(printer)` with a PDF-file printer.
"""
from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QMarginsF,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.file_names import shorten_words
from ...files import write_atomic
from ..kit import messages
from ..kit.widgets import fit_to_screen

log = logging.getLogger(__name__)

F4_MM = QSizeF(215, 330)
MAX_RENDER_DPI = 600            # enough for text on any office printer; more only costs memory
BAND_PIXELS = 4_000_000         # one rendered strip of a page: about 16 MB, whatever the resolution
BAND_OVERLAP = 16               # pixels rendered above and below each strip and then left out
ZOOM_STEP = 1.25
PAGE_SPACING = 14
ZOOM_MIN, ZOOM_MAX = 0.1, 8.0


translate = QCoreApplication.translate   # lupdate reads translate("context", "literal") calls


# -- paper ---------------------------------------------------------------------

def f4_page_size() -> QPageSize:
    """F4 as Indonesian offices use it: 215 × 330 mm (not Qt's Folio, 210 × 330 mm)."""
    return QPageSize(F4_MM, QPageSize.Unit.Millimeter, "F4", QPageSize.SizeMatchPolicy.ExactMatch)


def page_size_for(paper: str) -> QPageSize:
    """"A4" or "F4" (the office setting) as a QPageSize; anything else is taken as F4."""
    if (paper or "").strip().upper() in ("A4", "A-4"):
        return QPageSize(QPageSize.PageSizeId.A4)
    return f4_page_size()


def page_orientation(size_points: QSizeF) -> QPageLayout.Orientation:
    return QPageLayout.Orientation.Landscape if size_points.width() > size_points.height() \
        else QPageLayout.Orientation.Portrait


def make_printer(paper: str, doc_name: str = "") -> QPrinter:
    """A printer set to the document's paper, no margins (the PDF already has them), portrait."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(page_size_for(paper), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    if doc_name:
        printer.setDocName(doc_name)
    return printer


# -- the entry points tests replace --------------------------------------------

def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog: which printer, pages, copies. False if cancelled."""
    if not messages.interactive():
        return False
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("print_preview", "Cetak"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_save_path(parent: QWidget | None, suggested: str) -> str | None:
    """Where to save the PDF (the suggested name in the Documents folder), or None if cancelled."""
    return messages.choose_save_file(parent, translate("print_preview", "Simpan PDF"),
                                     translate("print_preview", "Dokumen PDF (*.pdf)"), suggested)


# -- saving ----------------------------------------------------------------------

_BAD_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_name(name: str, default: str = "dokumen") -> str:
    """"PK 2027 Kecamatan Somagede.pdf": characters Windows refuses in a file name are dropped."""
    stem = _BAD_FILE_CHARS.sub(" ", name or "")
    stem = shorten_words(" ".join(stem.split()).strip(" ."), 120).strip(" .") or default
    return stem if stem.lower().endswith(".pdf") else stem + ".pdf"


def suggested_path(file_name: str) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = safe_file_name(file_name)
    return str(Path(folder) / name) if folder else name


def write_file(data: bytes, path: str | os.PathLike) -> None:
    """Write through a temporary file in the same folder, so a failed write never leaves half a PDF."""
    write_atomic(data, path)


def save_pdf(parent: QWidget | None, data: bytes, file_name: str) -> str | None:
    """Ask where, then write the PDF. A write error is shown in Indonesian; returns the path or None."""
    path = ask_save_path(parent, suggested_path(file_name))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        write_file(data, path)
    except OSError as e:
        log.warning("PDF could not be written to %s: %s", path, e)
        if isinstance(e, PermissionError):
            reason = translate("print_preview", "tidak ada izin menulis, atau berkas itu sedang dibuka di program lain")
        elif e.errno == 28:  # ENOSPC
            reason = translate("print_preview", "disk penuh")
        else:
            reason = e.strerror or str(e)
        messages.warn(parent, translate("print_preview", "PDF tidak dapat disimpan ke {path}: {reason}.\n\n"
                                 "Tutup berkas itu jika sedang dibuka, atau pilih folder lain.").format(
            path=path, reason=reason))
        return None
    return path


# -- loading -------------------------------------------------------------------

class PdfBytes:
    """A QPdfDocument over bytes in memory; the buffer is kept alive as long as the document."""

    def __init__(self, data: bytes, parent=None):
        self.data = bytes(data)
        self._bytes = QByteArray(self.data)
        self._buffer = QBuffer()
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(parent)
        self.document.load(self._buffer)

    @property
    def ok(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0

    def page_count(self) -> int:
        return self.document.pageCount()


# -- printing ------------------------------------------------------------------

def _opaque(image: QImage) -> QImage:
    """PDFium leaves the paper transparent; printers (and Windows' print engine above all) want no alpha."""
    if not image.hasAlphaChannel():
        return image
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(Qt.GlobalColor.white)
    p = QPainter(out)
    p.drawImage(0, 0, image)
    p.end()
    return out


def pages_to_print(printer: QPrinter, count: int, current: int = 0) -> list[int]:
    """0-based pages chosen in the print dialog: all, a range, or the current page."""
    if printer.printRange() == QPrinter.PrintRange.CurrentPage:
        return [min(max(current, 0), count - 1)] if count else []
    ranges = printer.pageRanges()
    if printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        return [i for i in range(count) if ranges.contains(i + 1)]
    return list(range(count))


class PdfPrintJob:
    """Renders a QPdfDocument onto a QPrinter, page by page, with a progress dialog that can cancel."""

    def __init__(self, document: QPdfDocument, parent: QWidget | None = None):
        self.document = document
        self.parent = parent
        self.cancelled = False

    def run(self, printer: QPrinter, pages: list[int] | None = None) -> bool:
        doc = self.document
        pages = list(range(doc.pageCount())) if pages is None else pages
        if not pages:
            return False
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        if printer.collateCopies():
            sequence = pages * copies
        else:
            sequence = [p for p in pages for _ in range(copies)]

        progress = QProgressDialog(translate("print_preview", "Menyiapkan halaman untuk printer…"),
                                   translate("print_preview", "Batal"), 0, len(sequence),
                                   self.parent)
        progress.setWindowTitle(translate("print_preview", "Mencetak"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(True)
        progress.setValue(0)

        printer.setPageOrientation(page_orientation(doc.pagePointSize(sequence[0])))
        painter = QPainter()
        if not painter.begin(printer):
            progress.close()
            messages.warn(self.parent, translate("print_preview",
                                                 "Printer tidak dapat dipakai. Periksa apakah printer menyala dan "
                                          "terpasang, lalu coba lagi."))
            return False
        try:
            for n, page in enumerate(sequence):
                if n:
                    printer.setPageOrientation(page_orientation(doc.pagePointSize(page)))
                    if not printer.newPage():
                        raise OSError(translate("print_preview", "printer menolak halaman berikutnya"))
                label = translate("print_preview", "Mencetak halaman {n} dari {total}…")
                progress.setLabelText(label.format(n=n + 1, total=len(sequence)))
                progress.setValue(n)
                if progress.wasCanceled():
                    self.cancelled = True
                    break
                self._paint_page(painter, printer, page, progress)
                if progress.wasCanceled():
                    self.cancelled = True
                    break
        except OSError as e:
            painter.end()
            progress.close()
            messages.warn(self.parent, translate("print_preview", "Pencetakan gagal: {reason}.").format(reason=e))
            return False
        if self.cancelled:
            printer.abort()
            painter.end()
            progress.close()
            return False
        ok = painter.end()
        progress.setValue(len(sequence))
        progress.close()
        if not ok:
            messages.warn(self.parent, translate("print_preview",
                                                 "Pencetakan gagal: printer tidak menyelesaikan pekerjaan ini."))
        return ok

    def _paint_page(self, painter: QPainter, printer: QPrinter, page: int, progress: QProgressDialog) -> None:
        doc = self.document
        res = printer.resolution()
        full = printer.pageLayout().fullRectPixels(res)
        # The painter keeps the first page's viewport after an orientation change: set it per page.
        painter.resetTransform()
        painter.setViewport(full)
        painter.setWindow(full)

        pts = doc.pagePointSize(page)
        if pts.width() <= 0 or pts.height() <= 0:
            return
        # The PDF page on the paper: the same size when the paper matches, else scaled to fit, centred.
        k = min(full.width() / pts.width(), full.height() / pts.height())
        target = QRectF(0, 0, pts.width() * k, pts.height() * k)
        target.moveCenter(QRectF(full).center())
        if abs(target.top()) < 1:
            target.moveTop(0)

        dpi = min(res, MAX_RENDER_DPI)
        size = QSize(max(1, round(pts.width() * dpi / 72)), max(1, round(pts.height() * dpi / 72)))
        band = max(64, BAND_PIXELS // size.width())
        sx, sy = target.width() / size.width(), target.height() / size.height()
        for y in range(0, size.height(), band):
            h = min(band, size.height() - y)
            # PDFium draws stray bits of rules at the edge of a clipped render: render each strip with
            # some overlap and keep only its middle, so no seam shows on paper.
            top, bottom = max(0, y - BAND_OVERLAP), min(size.height(), y + h + BAND_OVERLAP)
            options = QPdfDocumentRenderOptions()
            options.setScaledSize(size)
            options.setScaledClipRect(QRect(0, top, size.width(), bottom - top))
            image = _opaque(doc.render(page, QSize(size.width(), bottom - top), options))
            painter.drawImage(QRectF(target.left(), target.top() + y * sy, size.width() * sx, h * sy), image,
                              QRectF(0, y - top, size.width(), h))
            QApplication.processEvents()
            if progress.wasCanceled():
                return
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            self._text_layer(painter, printer, page, target, target.width() / pts.width())

    def _text_layer(self, painter: QPainter, printer: QPrinter, page: int, target: QRectF, k: float) -> None:
        """Each line of the page's text, invisible, where it is drawn: the printed PDF stays searchable."""
        full = self.document.getAllText(page).text()
        lines = []
        for m in re.finditer(r"[^\r\n]+", full):
            if m.group().strip():
                box = self.document.getSelectionAtIndex(page, m.start(), m.end() - m.start()).boundingRectangle()
                lines.append((m.group(), box))
        painter.save()
        painter.setPen(QPen(QColor(0, 0, 0, 0)))
        font = QFont("Liberation Serif")
        for line, box in lines:
            rect = QRectF(target.left() + box.x() * k, target.top() + box.y() * k, box.width() * k, box.height() * k)
            if rect.height() <= 0 or rect.width() <= 0:
                continue
            font.setPixelSize(max(1, round(rect.height())))
            metrics = QFontMetricsF(font, printer)
            width = metrics.horizontalAdvance(line)
            painter.setFont(font)
            painter.save()
            painter.translate(rect.left(), rect.top())
            if width > 0:
                painter.scale(rect.width() / width, 1.0)
            painter.drawText(QPointF(0, metrics.ascent()), line)
            painter.restore()
        painter.restore()


# -- the preview -----------------------------------------------------------------

class PdfPreview(QWidget):
    """A PDF on screen: all pages one under the other, zoom in/out, fit width, whole page."""

    def __init__(self, data: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        # The document has no Qt parent: held by this object's Python side, it outlives the view. As a
        # child it was deleted before the view, whose page navigator then went back to page 1 and
        # called _update_labels on a deleted document ("unexpected error" on closing after page 2).
        self.pdf = PdfBytes(data)
        self.document = self.pdf.document

        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)   # the whole page first, as it will be printed
        # QPdfView fits a page into the viewport less the page spacing (not the top/bottom margins):
        # margins of half the spacing keep the whole page in view.
        self.view.setPageSpacing(PAGE_SPACING)
        self.view.setDocumentMargins(QMarginsF(16, PAGE_SPACING / 2, 16, PAGE_SPACING / 2).toMargins())
        self.view.setStyleSheet("QPdfView { background: #7b8490; border: none; }")
        self.view.setDocument(self.document)

        self.zoom_out_button = self._tool(translate("print_preview", "Perkecil"), "−",
                                          QKeySequence.StandardKey.ZoomOut, self.zoom_out)
        self.zoom_in_button = self._tool(translate("print_preview", "Perbesar"), "+", QKeySequence.StandardKey.ZoomIn,
                                         self.zoom_in)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("mutedText")
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fit_width_button = QPushButton(translate("print_preview", "Pas lebar"))
        self.fit_width_button.setCheckable(True)
        self.fit_width_button.clicked.connect(self.fit_width)
        self.fit_page_button = QPushButton(translate("print_preview", "Satu halaman"))
        self.fit_page_button.setCheckable(True)
        self.fit_page_button.clicked.connect(self.fit_page)
        self.page_label = QLabel()
        self.page_label.setObjectName("countLabel")

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(6)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        bar.addSpacing(6)
        bar.addWidget(self.fit_width_button)
        bar.addWidget(self.fit_page_button)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        self.toolbar = bar

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        box.addLayout(bar)
        box.addWidget(self.view, 1)
        self.view.viewport().installEventFilter(self)

        self.view.zoomFactorChanged.connect(lambda *_: self._update_labels())
        self.view.zoomModeChanged.connect(lambda *_: self._update_labels())
        self.view.pageNavigator().currentPageChanged.connect(lambda *_: self._update_labels())
        self._update_labels()

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Resize:   # a fitted zoom changes with the window
            self._update_labels()
        return False

    def _tool(self, tip: str, text: str, keys, slot) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setToolTip(f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
        b.setAutoRaise(False)
        b.setMinimumSize(30, 28)
        f = b.font()
        f.setPointSizeF(f.pointSizeF() + 2)
        f.setBold(True)
        b.setFont(f)
        b.clicked.connect(slot)
        sc = QShortcut(QKeySequence(keys), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(slot)
        return b

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def effective_zoom(self) -> float:
        """The zoom on screen (1.0 = one point per pixel). In the fit modes QPdfView keeps its
        zoomFactor at the last custom value, so the fitted scale is computed here."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or not self.page_count():
            return self.view.zoomFactor()
        # Each page is fitted on its own: the scale shown is the current page's.
        page = self.document.pagePointSize(min(max(self.current_page(), 0), self.page_count() - 1))
        margins = self.view.documentMargins()
        vp = self.view.viewport()
        width = max(1.0, vp.width() - margins.left() - margins.right()) / max(page.width(), 1.0)
        height = max(1.0, vp.height() - self.view.pageSpacing()) / max(page.height(), 1.0)
        return width if mode == QPdfView.ZoomMode.FitToWidth else min(width, height)

    def zoom_in(self) -> None:
        self._set_zoom(self.effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.effective_zoom() / ZOOM_STEP)

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(ZOOM_MAX, max(ZOOM_MIN, factor)))
        self._update_labels()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_labels()

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._update_labels()

    def _update_labels(self) -> None:
        mode = self.view.zoomMode()
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)
        self.zoom_label.setText(f"{round(self.effective_zoom() * 100)}%")
        n = self.page_count()
        pages = translate("print_preview", "Halaman {page} dari {count}")
        self.page_label.setText(pages.format(page=min(self.current_page() + 1, n), count=n)
                                if n else translate("print_preview", "PDF tidak dapat dibaca"))


class PrintPreviewDialog(QDialog):
    """A document's PDF with "Cetak…" (Ctrl+P) and "Simpan PDF…" (Ctrl+S).

    `data` is what a sopdesk.documents render function wrote; `file_name` the name offered when
    saving ("PK 2027 Kecamatan Somagede.pdf"); `paper` ("A4"/"F4") the paper the printer is set to.
    """

    def __init__(self, data: bytes, *, title: str, file_name: str, paper: str = "F4",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("print_preview", "Pratinjau — {title}").format(title=title))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.data = bytes(data)
        self.title = title
        self.file_name = file_name
        self.paper = paper
        self.saved_path: str | None = None

        self.preview = PdfPreview(self.data, self)
        self.document = self.preview.document

        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        paper_note = QLabel(translate("print_preview", "Kertas {paper}").format(paper=paper_label(paper)))
        paper_note.setObjectName("mutedText")

        self.print_button = QPushButton(translate("print_preview", "Cetak…"))
        self.print_button.setObjectName("primaryButton")
        self.print_button.setToolTip(translate("print_preview", "Cetak ke printer (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(translate("print_preview", "Simpan PDF…"))
        self.save_button.setToolTip(translate("print_preview", "Simpan sebagai berkas PDF (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_document)
        self.close_button = QPushButton(translate("print_preview", "Tutup"))
        self.close_button.clicked.connect(self.reject)
        for b in (self.print_button, self.save_button, self.close_button):
            b.setMinimumWidth(110)
            b.setAutoDefault(False)

        for keys, slot in ((QKeySequence.StandardKey.Print, self.print_document),
                           (QKeySequence.StandardKey.Save, self.save_document)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.activated.connect(slot)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(paper_note)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)

        box = QVBoxLayout(self)
        box.setContentsMargins(14, 12, 14, 12)
        box.addLayout(top)
        box.addWidget(self.preview, 1)
        box.addLayout(buttons)
        fit_to_screen(self, (1100, 860), parent)   # Cetak / Simpan PDF / Tutup on the screen

        ok = self.preview.pdf.ok
        self.print_button.setEnabled(ok)
        if not ok:
            log.warning("preview PDF could not be read: status %s", self.document.status())

    def page_count(self) -> int:
        return self.preview.page_count()

    def print_document(self) -> bool:
        """"Cetak…": the print dialog, then the pages."""
        if not self.preview.pdf.ok:
            return False
        printer = make_printer(self.paper, self.title)
        printer.setFromTo(1, self.page_count())
        if not ask_printer(self, printer):
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print on an already chosen printer (tests pass a PdfFormat printer with an output file)."""
        if not self.preview.pdf.ok:
            return False
        pages = pages_to_print(printer, self.page_count(), self.preview.current_page())
        return PdfPrintJob(self.document, self).run(printer, pages)

    def save_document(self) -> str | None:
        path = save_pdf(self, self.data, self.file_name)
        if path:
            self.saved_path = path
        return path


def paper_label(paper: str) -> str:
    return "A4 (210 × 297 mm)" if (paper or "").strip().upper() == "A4" else "F4 (215 × 330 mm)"


def print_pdf(parent: QWidget | None, data: bytes, *, title: str, paper: str = "F4") -> bool:
    """Print a PDF without showing the preview ("Cetak PK"): the print dialog, then the pages."""
    pdf = PdfBytes(data)
    if not pdf.ok:
        messages.warn(parent, translate("print_preview", "Dokumen tidak dapat disiapkan untuk dicetak."))
        return False
    printer = make_printer(paper, title)
    printer.setFromTo(1, pdf.page_count())
    if not ask_printer(parent, printer):
        return False
    return PdfPrintJob(pdf.document, parent).run(printer, pages_to_print(printer, pdf.page_count()))


def show_preview(parent: QWidget | None, data: bytes, *, title: str, file_name: str, paper: str = "F4") -> None:
    """Open the preview dialog (modal). Tests replace this to look at the PDF instead."""
    if not messages.interactive():
        return
    dialog = PrintPreviewDialog(data, title=title, file_name=file_name, paper=paper, parent=parent)
    dialog.exec()
