"""Preview, print and save: the PK and the surat pengantar as PDF, printed through QPrinter to a PDF
file and read back with pypdf; the surat pengantar dialog from number to PDF."""
from __future__ import annotations

import os
from datetime import date
from io import BytesIO

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from sopdesk.app.paperwork import numbers_of_case, save_pk
from sopdesk.documents.pk import render_pk
from sopdesk.domain.errors import UserError
from sopdesk.domain.office import Official
from sopdesk.domain.pk import Party, PkContent, Program, Target
from sopdesk.ui.paperwork import print_preview
from sopdesk.ui.paperwork.pengantar_dialog import PengantarDialog, pengantar_file_name
from sopdesk.ui.paperwork.print_preview import PrintPreviewDialog, f4_page_size, make_printer, page_size_for
from tests.ui_helpers import HANG_MS

SEED = "penyusunan-perencanaan-kinerja"
CAMAT = "Drs. SAPTONO SUPRIYANTO"
BUPATI = "Ir. H. SADEWO TRI LASTIONO, M.M."
F4_POINTS = (215 / 25.4 * 72, 330 / 25.4 * 72)   # 609.4 × 935.4


def pk_2027() -> PkContent:
    return PkContent(
        year=2027, place="Somagede", date=date(2027, 1, 4),
        first_party=Party(CAMAT, "Camat Somagede", "Pembina Tingkat I (IV/b)", "196509241995031002"),
        second_party=Party(BUPATI, "Bupati Banyumas"),
        targets=[Target("Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat (IKM)", "82", "nilai"),
                 Target("Meningkatnya kualitas pelayanan publik", "Persentase layanan PATEN tepat waktu", "95", "%"),
                 Target("Meningkatnya akuntabilitas kinerja kecamatan", "Nilai SAKIP kecamatan", "BB")],
        programs=[Program("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 1_250_000_000, "APBD"),
                  Program("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 215_750_000, "APBD")])


def pk_pdf(office, paper=None) -> bytes:
    buf = BytesIO()
    render_pk(pk_2027(), office.profile(), buf, paper=paper)
    return buf.getvalue()


def words(text: str) -> str:
    return " ".join(text.split())


def pdf_printer(path, paper="F4") -> QPrinter:
    printer = make_printer(paper, "test")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def preview(qtbot, office):
    dialog = PrintPreviewDialog(pk_pdf(office), title="Perjanjian Kinerja Tahun 2027",
                                file_name="PK 2027 Kecamatan Somagede.pdf", paper="F4")
    qtbot.addWidget(dialog)
    dialog.resize(1400, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_f4_is_215_by_330_mm_not_qt_folio():
    size = f4_page_size().size(f4_page_size().Unit.Millimeter)
    assert (size.width(), size.height()) == (215, 330)
    assert page_size_for("A4").id() == page_size_for("A4").PageSizeId.A4
    assert page_size_for("F4").name() == "F4"


def test_preview_shows_both_pages_and_zooms(qtbot, preview):
    assert preview.page_count() == 2
    p = preview.preview
    assert p.view.zoomMode() == QPdfView.ZoomMode.FitInView and p.fit_page_button.isChecked()
    assert p.page_label.text() == "Halaman 1 dari 2"
    p.fit_width()
    assert p.fit_width_button.isChecked() and not p.fit_page_button.isChecked()
    before = p.effective_zoom()       # the portrait statement page fitted to the width
    assert before == pytest.approx((p.view.viewport().width() - 32) / F4_POINTS[0], rel=0.01)
    assert p.zoom_label.text() == f"{round(before * 100)}%"
    p.zoom_in()
    assert p.view.zoomMode() == QPdfView.ZoomMode.Custom and p.view.zoomFactor() == pytest.approx(before * 1.25)
    assert p.zoom_label.text() == f"{round(before * 125)}%"
    p.zoom_out()
    p.zoom_out()
    assert p.view.zoomFactor() == pytest.approx(before / 1.25)
    p.fit_page()
    assert p.fit_page_button.isChecked() and not p.fit_width_button.isChecked()
    assert p.effective_zoom() < before


def test_print_to_pdf_file_keeps_words_paper_and_orientation(qtbot, preview, tmp_path):
    out = tmp_path / "printed.pdf"
    assert preview.print_to(pdf_printer(out))
    reader = PdfReader(str(out))
    assert len(reader.pages) == 2
    first, second = reader.pages
    # Qt keeps page sizes in whole points: 609 × 935 for 609.4 × 935.4 (0.2 mm)
    assert float(first.mediabox.width) == pytest.approx(F4_POINTS[0], abs=0.6)
    assert float(first.mediabox.height) == pytest.approx(F4_POINTS[1], abs=0.6)
    assert float(second.mediabox.width) == pytest.approx(F4_POINTS[1], abs=0.6)      # lampiran: landscape
    assert float(second.mediabox.height) == pytest.approx(F4_POINTS[0], abs=0.6)
    statement, lampiran = words(first.extract_text()), words(second.extract_text())
    assert "PERJANJIAN KINERJA TAHUN 2027" in statement and "KECAMATAN SOMAGEDE" in statement
    assert CAMAT in statement and "selanjutnya disebut pihak pertama" in statement
    assert "Nilai SAKIP kecamatan" in lampiran and "Rp 1.465.750.000" in lampiran and BUPATI in lampiran
    assert first.images and second.images   # what the printer receives: the rendered page


def test_print_on_a4_and_a_page_range(qtbot, office, tmp_path):
    dialog = PrintPreviewDialog(pk_pdf(office, paper="A4"), title="PK", file_name="PK.pdf", paper="A4")
    qtbot.addWidget(dialog)
    out = tmp_path / "a4.pdf"
    printer = pdf_printer(out, "A4")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert dialog.print_to(printer)
    pages = PdfReader(str(out)).pages
    assert len(pages) == 1
    assert (round(float(pages[0].mediabox.width)), round(float(pages[0].mediabox.height))) == (842, 595)
    assert "Nilai SAKIP kecamatan" in words(pages[0].extract_text())


def test_print_button_asks_for_the_printer_and_can_be_cancelled(qtbot, preview, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(print_preview, "ask_printer", lambda parent, printer: asked.append(printer) or False)
    assert not preview.print_document()
    assert asked and asked[0].pageLayout().pageSize().name() == "F4"
    assert asked[0].docName() == "Perjanjian Kinerja Tahun 2027"

    out = tmp_path / "chosen.pdf"

    def choose(parent, printer):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(print_preview, "ask_printer", choose)
    assert preview.print_document()
    assert len(PdfReader(str(out)).pages) == 2


def test_save_pdf_writes_the_same_bytes_and_reports_write_errors(qtbot, preview, tmp_path, monkeypatch, dialogs):
    suggested = []
    target = tmp_path / "PK 2027"
    monkeypatch.setattr(print_preview, "ask_save_path", lambda parent, name: suggested.append(name) or str(target))
    path = preview.save_document()
    assert path == str(target) + ".pdf"
    assert suggested[0].endswith("PK 2027 Kecamatan Somagede.pdf")
    assert (tmp_path / "PK 2027.pdf").read_bytes() == preview.data

    monkeypatch.setattr(print_preview, "ask_save_path", lambda parent, name: str(tmp_path / "no" / "such" / "x.pdf"))
    assert preview.save_document() is None
    assert "PDF tidak dapat disimpan" in dialogs.texts("warn")[-1]
    monkeypatch.setattr(print_preview, "ask_save_path", lambda parent, name: None)
    assert preview.save_document() is None


def test_file_names_drop_characters_windows_refuses():
    assert print_preview.safe_file_name('PK 2027: "Somagede"/baru') == "PK 2027 Somagede baru.pdf"
    assert print_preview.safe_file_name("") == "dokumen.pdf"


# -- surat pengantar -----------------------------------------------------------------

@pytest.fixture
def case_with_pk(office):
    cid = office.new_case(SEED, "Penyusunan PK Tahun 2027", year=2026)
    save_pk(office, cid, pk_2027())
    return cid


def test_pengantar_draws_the_number_and_prints_counts_in_words(qtbot, office, case_with_pk, tmp_path):
    dialog = PengantarDialog(office, case_with_pk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.number.text() == "000.7.2.7/1/2027"          # the letter goes with the PK dated 4 Jan 2027
    assert dialog.date.date() == QDate(2027, 1, 4)
    row = dialog.item_rows[0]
    assert row.description.text() == "Perjanjian Kinerja Kecamatan Somagede Tahun 2027"
    assert row.words.text() == "1 (satu) berkas"
    assert dialog.title_line.text() == "CAMAT SOMAGEDE"
    assert numbers_of_case(office, case_with_pk) == ["000.7.2.7/1/2027"]

    text = words("".join(p.extract_text() for p in PdfReader(BytesIO(dialog.pdf_bytes())).pages))
    assert "SURAT PENGANTAR" in text and "000.7.2.7/1/2027" in text and "1 (satu) berkas" in text

    row.count.setValue(2)
    row.unit.setCurrentText("eksemplar")
    assert row.words.text() == "2 (dua) eksemplar"
    assert "2 (dua) eksemplar" in words(PdfReader(BytesIO(dialog.pdf_bytes())).pages[0].extract_text())

    again = PengantarDialog(office, case_with_pk)      # opened again: the same number, none wasted
    qtbot.addWidget(again)
    assert again.number.text() == "000.7.2.7/1/2027"
    assert pengantar_file_name(again.letter(), "KECAMATAN SOMAGEDE") == "Surat Pengantar PK 2027 Kecamatan Somagede.pdf"


def test_pengantar_signed_on_behalf(qtbot, office, case_with_pk):
    office.save_official(Official("Dra. SRI WAHYUNI", "Sekretaris Kecamatan", "Pembina (IV/a)", "197001011995032001"))
    dialog = PengantarDialog(office, case_with_pk)
    qtbot.addWidget(dialog)
    dialog.signer.setCurrentIndex(dialog.signer.findText("Dra. SRI WAHYUNI", Qt.MatchFlag.MatchStartsWith))
    dialog.mode.setCurrentIndex(dialog.mode.findData("a.n."))
    letter = dialog.letter()
    assert letter.on_behalf == "a.n. Camat Somagede" and letter.signer_title == "Sekretaris Kecamatan"
    assert letter.signer.nip == "197001011995032001"
    assert dialog.signature_preview.text() == "a.n. Camat Somagede / Sekretaris Kecamatan / Dra. SRI WAHYUNI"
    text = words(PdfReader(BytesIO(dialog.pdf_bytes())).pages[0].extract_text())
    assert "a.n. Camat Somagede" in text and "Dra. SRI WAHYUNI" in text

    dialog.mode.setCurrentIndex(dialog.mode.findData("Plt."))
    assert dialog.letter().on_behalf == "Plt. Camat Somagede"
    dialog.behalf_of.clear()
    assert dialog.pdf_bytes() is None and "jabatan yang diwakili" in dialog.problem_label.text()


def test_pengantar_refuses_an_incomplete_letter_inline(qtbot, office, case_with_pk):
    dialog = PengantarDialog(office, case_with_pk)
    qtbot.addWidget(dialog)
    dialog.number.clear()
    dialog.item_rows[0].description.clear()
    assert dialog.pdf_bytes() is None
    assert "Nomor surat belum diisi" in dialog.problem_label.text()
    assert "Naskah Dinas/Barang" in dialog.problem_label.text()
    dialog.date.setDate(QDate(2028, 2, 1))
    dialog.number.setText("000.7.2.7/1/2027")
    assert dialog.year_note.text() == "Nomor surat memakai tahun 2027, tanggal surat tahun 2028."


def test_pengantar_preview_print_and_save(qtbot, office, case_with_pk, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(print_preview, "show_preview", lambda parent, data, **kw: shown.append((data, kw)))
    out = tmp_path / "surat.pdf"

    def choose(parent, printer):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(print_preview, "ask_printer", choose)
    monkeypatch.setattr(print_preview, "ask_save_path", lambda parent, name: str(tmp_path / "saved.pdf"))
    dialog = PengantarDialog(office, case_with_pk)
    qtbot.addWidget(dialog)
    assert dialog.preview()
    assert shown[0][1]["paper"] == "F4" and shown[0][1]["title"] == "Surat Pengantar 000.7.2.7/1/2027"
    assert dialog.print_letter()
    page = PdfReader(str(out)).pages[0]
    assert float(page.mediabox.width) == pytest.approx(F4_POINTS[0], abs=0.6)
    assert "1 (satu) berkas" in words(page.extract_text())
    assert dialog.save_pdf() == str(tmp_path / "saved.pdf")
    assert "SURAT PENGANTAR" in words(PdfReader(str(tmp_path / "saved.pdf")).pages[0].extract_text())


def test_pengantar_without_pk_is_refused_in_words(qtbot, office):
    cid = office.new_case(SEED, "Penyusunan PK Tahun 2027", year=2026)
    with pytest.raises(UserError, match="belum punya PK"):
        PengantarDialog(office, cid)
    assert numbers_of_case(office, cid) == []




def test_printing_can_be_cancelled_between_pages(qtbot, preview, tmp_path, monkeypatch):
    class CancelAfterFirstPage(print_preview.QProgressDialog):
        def wasCanceled(self):
            return self.value() >= 1

    monkeypatch.setattr(print_preview, "QProgressDialog", CancelAfterFirstPage)
    job = print_preview.PdfPrintJob(preview.document, preview)
    assert not job.run(pdf_printer(tmp_path / "cancelled.pdf"))
    assert job.cancelled


def test_printed_pages_are_opaque_images_without_seams(qtbot, preview, tmp_path, monkeypatch):
    """Transparent page images make Windows' print engine rasterise again and leave seams between strips."""
    monkeypatch.setattr(print_preview, "BAND_PIXELS", 500_000)   # many strips
    out = tmp_path / "strips.pdf"
    assert preview.print_to(pdf_printer(out))
    images = PdfReader(str(out)).pages[1].images
    assert len(images) > 4 and {im.image.mode for im in images} == {"RGB"}


def _scrolled_to_page_two(qtbot, dialog) -> None:
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    navigator = dialog.preview.view.pageNavigator()
    navigator.jump(1, navigator.currentLocation())
    qtbot.waitUntil(lambda: dialog.preview.current_page() == 1, timeout=HANG_MS)
    assert dialog.preview.page_label.text() == "Halaman 2 dari 2"


def test_closing_after_scrolling_to_page_two_raises_nothing(qtbot, office):
    """It did every time: the document went before the view, whose page went back to 1 on a deleted document
    (RuntimeError: Internal C++ object (QPdfDocument) already deleted). pytest-qt fails the test on any
    exception in a slot, and the `dialogs` fixture on any unexpected-error dialog."""
    import gc

    dialog = PrintPreviewDialog(pk_pdf(office), title="PK", file_name="PK.pdf", paper="F4")
    _scrolled_to_page_two(qtbot, dialog)
    dialog.reject()                   # Tutup, then show_preview drops the dialog
    del dialog
    gc.collect()
    QApplication.processEvents()

    # the same when the window the preview belongs to goes first
    owner = QWidget()
    dialog = PrintPreviewDialog(pk_pdf(office), title="PK", file_name="PK.pdf", paper="F4", parent=owner)
    _scrolled_to_page_two(qtbot, dialog)
    dialog.close()
    shiboken6.delete(owner)
    QApplication.processEvents()
