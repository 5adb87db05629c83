"""SOP → "Impor dari Word…": read in a worker, confirm and correct in the dialog, then save."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from sopdesk.app.sop_word import read_word_sop
from sopdesk.ui.sops.word_import import WordImportDialog, import_word_file
from tests.docx_builder import surat_masuk, write


def _dialog(qtbot, office, tmp_path, steps):
    result = read_word_sop(write(tmp_path / "surat.docx", steps))
    d = WordImportDialog(office, result)
    qtbot.addWidget(d)
    return d


def test_a_complete_sop_saves(qtbot, office, tmp_path, dialogs):
    d = _dialog(qtbot, office, tmp_path, surat_masuk("cell"))
    assert d.grid.rowCount() == 6 and d.grid.columnCount() == 2 + 4 + 2
    assert d.save_button.isEnabled()
    assert d.save() == "penerimaan-dan-pendistribusian-surat"
    assert [s.lane for s in office.sop("penerimaan-dan-pendistribusian-surat").steps][:3] == \
           ["Staf Penerima Surat", "Sekretaris", "Camat"]
    assert any("disimpan sebagai versi 1" in t for t in dialogs.texts("inform"))


def test_a_missing_lane_is_chosen_before_saving(qtbot, office, tmp_path):
    steps = surat_masuk("cell")
    steps[4].how = "none"
    d = _dialog(qtbot, office, tmp_path, steps)
    assert not d.save_button.isEnabled() and "Langkah 5: pelaksana belum dipilih." in d.status.text()
    missing = d.grid.missing[5]
    missing.combo.setCurrentIndex(missing.combo.findData("Camat"))
    missing.combo.activated.emit(missing.combo.currentIndex())
    assert d.sop.step(5).lane == "Camat" and 5 not in d.grid.missing
    assert d.save_button.isEnabled()
    before = [s.code for s in office.sops()]
    assert d.save() is not None
    assert len(office.sops()) == len(before) + 1


def test_a_click_moves_a_step_and_kind_and_time_are_corrected(qtbot, office, tmp_path):
    d = _dialog(qtbot, office, tmp_path, surat_masuk("mark"))
    d.grid.cellClicked.emit(1, d.grid.first_lane + 3)        # step 2 into Kasi Pemerintahan
    assert d.sop.step(2).lane == "Kasi Pemerintahan"
    combo = d.grid.kind_combos[4]
    combo.setCurrentIndex(combo.findData("decision"))
    assert d.sop.step(4).kind == "decision" and 4 in d.decisions
    assert not d.save_button.isEnabled()                      # the new decision has no targets yet
    box = d.decisions[4]
    box.combos["if_yes"].setCurrentIndex(box.combos["if_yes"].findData(5))
    box.combos["if_no"].setCurrentIndex(box.combos["if_no"].findData(2))
    assert (d.sop.step(4).if_yes, d.sop.step(4).if_no) == (5, 2)
    d.grid.item(2, d.grid.time_col).setText("2 jam")
    assert d.sop.step(3).time == "2 jam"
    assert d.save_button.isEnabled(), d.problems()


def test_code_and_name_are_editable(qtbot, office, tmp_path):
    d = _dialog(qtbot, office, tmp_path, surat_masuk("cell"))
    d.identity.code_edit.setText("Surat Masuk")
    d.identity.name_edit.setText("SOP Surat Masuk")
    assert d.current_sop().code == "surat-masuk" and d.save() == "surat-masuk"
    d2 = _dialog(qtbot, office, tmp_path, surat_masuk("vml"))
    d2.identity.code_edit.setText("surat-masuk")
    assert d2.identity.code_note.isVisibleTo(d2)


def test_reading_runs_in_a_worker_and_opens_the_dialog(qtbot, window, tmp_path, dialogs):
    dialogs.open_path = str(write(tmp_path / "surat.docx", surat_masuk("moved")))
    task = window.import_word()
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    qtbot.waitUntil(lambda: window.findChild(WordImportDialog) is not None)
    d = window.findChild(WordImportDialog)
    assert d.word.symbols_found == 6
    d.reject()


def test_a_bad_file_says_why_and_saves_nothing(qtbot, window, office, tmp_path, dialogs):
    bad = tmp_path / "lama.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    before = office.sops()
    task = import_word_file(window, office, str(bad))
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    assert any("Word lama (.doc)" in t for t in dialogs.texts("warn"))
    assert window.findChild(WordImportDialog) is None and office.sops() == before


def test_the_menu_has_the_action(window):
    sop_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and "SOP" in a.text())
    assert window.import_word_action in sop_menu.actions()


def test_open_in_editor_goes_on_in_an_editor_tab_with_nothing_saved(qtbot, window, office, tmp_path, dialogs):
    from sopdesk.ui.sops.sop_editor import SopEditorPage
    dialogs.open_path = str(write(tmp_path / "surat.docx", surat_masuk("cell")))
    before = office.sops()
    task = window.import_word()
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    qtbot.waitUntil(lambda: window.findChild(WordImportDialog) is not None)
    d = window.findChild(WordImportDialog)
    assert d.editor_button.isVisibleTo(d)
    qtbot.mouseClick(d.editor_button, Qt.MouseButton.LeftButton)
    page = window.tabs.currentWidget()
    assert isinstance(page, SopEditorPage)
    assert window.tabs.tabText(window.tabs.currentIndex())
    assert office.sops() == before   # the editor saves, not the import


def test_lane_headings_fit_their_columns_and_the_name_shows_its_beginning(qtbot, office, tmp_path):
    from PySide6.QtGui import QFont, QFontMetrics
    d = _dialog(qtbot, office, tmp_path, surat_masuk())
    d.resize(1093, 574)
    d.show()
    qtbot.waitExposed(d)
    bold = QFont(d.grid.horizontalHeader().font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    for i, lane in enumerate(d.grid.lanes):
        column = d.grid.first_lane + i
        text = d.grid.horizontalHeaderItem(column).text()
        widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        assert d.grid.columnWidth(column) >= widest + 12, lane   # the header's padding is 6 px a side
    assert d.identity.name_edit.cursorPosition() == 0
