"""The small things people notice (issue 12): the letter number shown as a number, suggested file names
not cut, the note dialog's cursor in the note, Ctrl+Enter saves the dialogs with a multi-line box."""
from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QPushButton, QVBoxLayout

from sopdesk.app.paperwork import save_pk
from sopdesk.domain.file_names import shorten_words, slug
from sopdesk.domain.pk import Party, PkContent, Target
from sopdesk.ui.cases import record_dialog
from sopdesk.ui.kit import messages
from sopdesk.ui.kit.submit_keys import submit_on_ctrl_enter
from sopdesk.ui.paperwork import print_preview
from sopdesk.ui.paperwork.pengantar_dialog import PengantarDialog

SEED = "penyusunan-perencanaan-kinerja"
CTRL = Qt.KeyboardModifier.ControlModifier


# -- (a) the letter number as a number ---------------------------------------------------

def test_the_pengantar_dialog_shows_the_number_not_the_template(qtbot, office):
    cid = office.new_case(SEED, "Penyusunan PK Tahun 2027", year=2026)
    save_pk(office, cid, PkContent(
        year=2027, place="Somagede", date=date(2027, 1, 4),
        first_party=Party("Drs. SAPTONO SUPRIYANTO", "Camat Somagede", "Pembina Tingkat I (IV/b)",
                          "196509241995031002"),
        second_party=Party("Ir. H. SADEWO TRI LASTIONO, M.M.", "Bupati Banyumas"),
        targets=[Target("Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat", "82", "nilai")]))
    dialog = PengantarDialog(office, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.number.text() == "000.7.2.7/1/2027"
    shown = " ".join(w.text() for w in dialog.findChildren(type(dialog.number_note)))
    assert "{kode}" not in shown and "{urut}" not in shown and "{tahun}" not in shown
    assert "penomoran kantor" in dialog.number_note.text()


def test_settings_show_an_example_number_beside_the_editable_template(qtbot, office):
    from sopdesk.ui.settings.settings_dialog import SettingsDialog
    dialog = SettingsDialog(office)
    qtbot.addWidget(dialog)
    page = dialog.pages()[0]
    year = office.now().astimezone(office.tz).year
    assert page.template_edit.text() == "{kode}/{urut}/{tahun}" and not page.template_edit.isReadOnly()
    assert page.example_label.text().startswith(f"Contoh: 000.7.2.7/12/{year}")
    page.code_edit.setText("800")
    page.template_edit.setText("{kode}/{urut:03d}/{tahun}")
    assert page.example_label.text().startswith(f"Contoh: 800/012/{year}")


# -- (b) suggested file names ----------------------------------------------------------------

@pytest.mark.parametrize(("title", "limit", "expected"), [
    ("Penyusunan PK Tahun 2027", 60, "penyusunan-pk-tahun-2027"),
    ("Penyusunan Perjanjian Kinerja Sekretariat Kecamatan Somagede Tahun 2027", 60,
     "penyusunan-perjanjian-kinerja-sekretariat-kecamatan-2027"),
    ("Penyusunan Perjanjian Kinerja Tahun 2027 (revisi kedua untuk Bagian Organisasi)", 40,
     "penyusunan-perjanjian-kinerja-tahun-2027"),
    ("Penyusunan Perjanjian Kinerja Tahun 2027 (revisi kedua untuk Bagian Organisasi)", 30,
     "penyusunan-perjanjian-2027"),
    ("Pendataanpendudukyangsangatpanjangsekalitanpaspasi 2026", 20, "pendataanpendud-2026"),
    ("Surat tanpa tahun yang judulnya cukup panjang untuk dipotong", 30, "surat-tanpa-tahun-yang"),
    ("!!!", 60, "kasus"),
])
def test_slug_cuts_between_words_and_keeps_the_year(title, limit, expected):
    made = slug(title, limit)
    assert made == expected
    assert len(made) <= limit


def test_shorten_words_leaves_short_text_alone():
    assert shorten_words("PK 2027 Kecamatan Somagede", 120) == "PK 2027 Kecamatan Somagede"
    long = "Laporan Pelaksanaan " + "Kegiatan Pelayanan " * 10 + "Tahun 2027"
    cut = shorten_words(long, 120)
    assert len(cut) <= 120 and cut.endswith(" 2027") and not cut.endswith("Pelaya 2027")


def test_the_export_suggests_the_whole_title_with_its_year(window, office, monkeypatch):
    cid = office.new_case(SEED, "Penyusunan Perjanjian Kinerja Sekretariat Tahun 2027", year=2026)
    asked = {}
    monkeypatch.setattr(messages, "choose_save_file", lambda parent, title, filters, suggested="": asked.update(
        suggested=suggested))
    assert window.export_case(cid) is None     # cancelled at the file dialog
    name = os.path.basename(asked["suggested"])
    assert name == f"kasus-{cid}-penyusunan-perjanjian-kinerja-sekretariat-tahun-2027.sopcase"


def test_a_long_pdf_name_keeps_its_year_and_extension():
    name = print_preview.safe_file_name("Laporan Kasus " + "Penyusunan Perjanjian Kinerja " * 6 + "Tahun 2027")
    assert name.endswith(" 2027.pdf") and len(name) <= 124
    assert print_preview.safe_file_name('PK 2027: "Somagede"/baru') == "PK 2027 Somagede baru.pdf"


# -- (c) the note dialog's cursor ------------------------------------------------------------

def test_the_note_dialog_opens_with_the_cursor_in_the_note(qtbot):
    people = (record_dialog.Person("SITI AMINAH", "Staf"),)
    dialog = record_dialog.NoteDialog(record_dialog.NoteSpec(2, "Meneruskan surat", people), lambda a: 1)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.text


# -- (d) Ctrl+Enter saves ----------------------------------------------------------------------

def _note(got):
    return record_dialog.NoteDialog(record_dialog.NoteSpec(2, "Meneruskan surat", ()), got.append)


def _correction(got):
    return record_dialog.CorrectionDialog(record_dialog.CorrectionSpec(7, "Mulai langkah 1", ()), got.append)


def _record(got):
    from datetime import datetime
    from zoneinfo import ZoneInfo
    wib = ZoneInfo("Asia/Jakarta")
    spec = record_dialog.RecordSpec(action="start", step_no=1, activity="Menerima surat", people=(), tz=wib,
                                    now=datetime(2027, 1, 11, 9, 0, tzinfo=wib))
    return record_dialog.RecordDialog(spec, got.append)


@pytest.mark.parametrize(("make", "box"), [(_note, "text"), (_correction, "reason"), (_record, "note")])
def test_ctrl_enter_in_the_text_box_saves_the_dialog(qtbot, make, box):
    got: list = []
    dialog = make(got)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = getattr(dialog, box)
    dialog.who.setCurrentText("SITI AMINAH")
    qtbot.keyClicks(edit, "baris satu")
    qtbot.keyClick(edit, Qt.Key.Key_Return)            # Enter alone: a new line, nothing saved
    qtbot.keyClicks(edit, "baris dua")
    assert not got and dialog.isVisible()
    qtbot.keyClick(edit, Qt.Key.Key_Return, CTRL)
    assert len(got) == 1 and dialog.result() == QDialog.DialogCode.Accepted
    answer = got[0]
    text = getattr(answer, {"text": "text", "reason": "reason", "note": "note"}[box])
    assert text == "baris satu\nbaris dua"


def test_ctrl_enter_from_the_person_box_and_the_keypad_enter_save_too(qtbot):
    got: list = []
    dialog = _note(got)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText("berkas belum masuk")
    qtbot.keyClick(dialog.who.lineEdit(), Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier)
    assert [a.text for a in got] == ["berkas belum masuk"]


def test_ctrl_enter_does_nothing_while_the_button_is_disabled(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    box = QPlainTextEdit()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    layout = QVBoxLayout(dialog)
    layout.addWidget(box)
    layout.addWidget(buttons)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    clicks = []
    ok.clicked.connect(lambda: clicks.append(1))
    submit_on_ctrl_enter(dialog, ok)
    dialog.show()
    ok.setEnabled(False)
    qtbot.keyClick(box, Qt.Key.Key_Return, CTRL)
    assert not clicks
    ok.setEnabled(True)
    qtbot.keyClick(box, Qt.Key.Key_Return, CTRL)
    assert clicks == [1]
    assert submit_on_ctrl_enter(dialog, None) is None
    assert isinstance(ok, QPushButton)
