"""The main window driven as a user would: fresh database, new case, opening tabs, shortcuts, SOP library."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from sopdesk.ui.cases.case_list import COL
from sopdesk.ui.kit import errors
from sopdesk.ui.shell import main_window
from tests.ui_helpers import HANG_MS, press


def create_case_through_dialog(qtbot, window, title="Penyusunan PK Tahun 2027", number="000.7.2.7/12/2026",
                               subject="Penyusunan Perjanjian Kinerja Tahun 2027"):
    dialog = window.new_case()
    qtbot.waitExposed(dialog)
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, title)
    qtbot.keyClicks(dialog.number_edit, number)
    qtbot.keyClicks(dialog.subject_edit, subject)
    with qtbot.waitSignal(dialog.created, timeout=HANG_MS) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_fresh_database_shows_seed_sop_and_friendly_empty_state(window, office):
    assert window.windowTitle() == "sopdesk — Kecamatan Somagede"
    assert [a.text().replace("&", "") for a in window.menuBar().actions()] == [
        "Berkas", "Kasus", "SOP", "Laporan", "Pengaturan", "Bantuan"]
    assert [s.code for s in office.sops()] == ["penyusunan-perencanaan-kinerja"]
    panel = window.case_list
    assert window.tabs.widget(0) is panel
    assert panel.is_empty_state()
    assert "Belum ada kasus" in panel.empty.title.text()
    assert "Ctrl+N" in panel.empty.text.text()
    assert "a.db" not in window.status_label.text() and "t.db" in window.status_label.text()


def test_empty_state_button_opens_new_case_dialog(qtbot, window):
    qtbot.mouseClick(window.case_list.empty.button, Qt.MouseButton.LeftButton)
    assert window.dialog is not None and window.dialog.isVisible()
    window.dialog.reject()


def test_new_case_through_dialog_appears_in_list_and_opens(qtbot, window, office):
    case_id = create_case_through_dialog(qtbot, window)
    view = office.case(case_id)
    assert view.title == "Penyusunan PK Tahun 2027"
    assert view.ref_number == "000.7.2.7/12/2026"
    assert view.ref_subject == "Penyusunan Perjanjian Kinerja Tahun 2027"
    assert view.year == office.now().astimezone(office.tz).year + 1
    panel = window.case_list
    assert not panel.is_empty_state()
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, COL["title"]).data() == "Penyusunan PK Tahun 2027"
    # The new case is opened in its own tab.
    assert window.case_tab(case_id) is window.tabs.currentWidget()
    assert window.tabs.count() == 2


def test_new_case_dialog_refuses_empty_title_inline(qtbot, window, office):
    dialog = window.new_case()
    dialog.title_edit.clear()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Judul kasus wajib diisi" in dialog.title_error.text()
    assert dialog.title_error.isVisibleTo(dialog)
    assert office.case_ids() == []
    dialog.reject()


def test_new_case_without_letter(qtbot, window, office):
    dialog = window.new_case()
    dialog.letter_group.setChecked(False)
    with qtbot.waitSignal(dialog.created) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    view = office.case(blocker.args[0])
    assert view.ref_number == "" and view.ref_date == ""


def test_new_case_title_follows_last_case_of_the_sop(qtbot, window, office):
    office.new_case("penyusunan-perencanaan-kinerja", "Penyusunan PK Tahun 2026", year=2026)
    dialog = window.new_case()
    dialog.year_spin.setValue(2027)
    assert dialog.title_edit.text() == "Penyusunan PK Tahun 2027"
    dialog.reject()


def test_double_click_opens_one_tab_per_case(qtbot, window, office):
    a = office.new_case("penyusunan-perencanaan-kinerja", "Kasus A", year=2027)
    b = office.new_case("penyusunan-perencanaan-kinerja", "Kasus B", year=2027)
    window.refresh()
    table = window.case_list.table
    row = window.case_list.model.row_of(a)
    rect = table.visualRect(window.case_list.model.index(row, COL["title"]))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.count() == 2
    tab_a = window.case_tab(a)
    assert tab_a is window.tabs.currentWidget()
    # Reopening focuses the existing tab instead of making another.
    window.tabs.setCurrentIndex(0)
    window.open_case(a)
    assert window.tabs.count() == 2 and window.tabs.currentWidget() is tab_a
    # Enter on the selected row opens it too.
    window.tabs.setCurrentIndex(0)
    window.case_list.select_case(b)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.case_tab(b) is window.tabs.currentWidget()
    assert window.tabs.count() == 3


def test_keyboard_shortcuts(qtbot, window, office):
    case_id = office.new_case("penyusunan-perencanaan-kinerja", "Kasus C", year=2027)
    window.refresh()
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"Ctrl+N", "Ctrl+O", "Ctrl+F", "F5", "Ctrl+W", "Ctrl+Q", "Ctrl+P"} <= shortcuts
    # Ctrl+F focuses the search box.
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.case_list.filter_bar.search_edit
    # Ctrl+O opens the selected case; Ctrl+W closes its tab; the list tab cannot be closed.
    window.case_list.select_case(case_id)
    window.case_list.table.setFocus()
    press(qtbot, window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.case_tab(case_id) is window.tabs.currentWidget()
    press(qtbot, window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.case_tab(case_id) is None and window.tabs.count() == 1
    window.close_current_tab()
    assert window.tabs.count() == 1
    # Ctrl+N opens the new-case dialog.
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.dialog is not None and window.dialog.isVisible()
    window.dialog.reject()


def test_ctrl_o_without_selection_says_what_to_do(window):
    window.open_selected_case()
    assert "Pilih dulu" in window.statusBar().currentMessage()


def test_opening_missing_case_warns_in_indonesian(window, dialogs):
    assert window.open_case(999) is None
    assert dialogs.texts("warn") == ["Kasus nomor 999 tidak ada."]
    assert window.tabs.count() == 1


def test_every_tab_is_a_page_the_window_asks_without_guessing(qtbot, window, office):
    from sopdesk.ui.shell.page import Page
    case_id = office.new_case("penyusunan-perencanaan-kinerja", "Kasus D", year=2027, ref_number="1/2/3")
    window.refresh()
    case_tab = window.open_case(case_id)
    sop_tab = window.open_sop("penyusunan-perencanaan-kinerja")
    library = window.open_sop_library()
    tabs = [window.tabs.widget(i) for i in range(window.tabs.count())]
    assert tabs == [window.case_list, case_tab, sop_tab, library]
    assert all(isinstance(t, Page) for t in tabs)
    assert window.case_list.sop_shown() is None
    assert case_tab.sop_shown() == ("penyusunan-perencanaan-kinerja", 1)
    assert sop_tab.sop_shown() == ("penyusunan-perencanaan-kinerja", None)
    assert library.sop_shown() == ("penyusunan-perencanaan-kinerja", None)
    # Ctrl+P only where the page has something to print
    for tab, printable in ((window.case_list, False), (case_tab, True), (sop_tab, False), (library, False)):
        window.tabs.setCurrentWidget(tab)
        assert window.print_action.isEnabled() is printable
    # closing a tab saves it first
    saved = []
    case_tab.save_now = lambda: saved.append(case_id) or True
    window.close_tab(window.tabs.indexOf(case_tab))
    assert saved == [case_id] and window.case_tab(case_id) is None


def test_sop_library_opens_sop_tab_and_exports_and_imports(qtbot, window, office, dialogs, tmp_path):
    library = window.open_sop_library()
    assert library.table.rowCount() == 1
    assert library.table.item(0, 0).text() == "penyusunan-perencanaan-kinerja"
    assert library.table.item(0, 3).text() == "11"
    qtbot.mouseClick(library.open_button, Qt.MouseButton.LeftButton)
    sop_tab = window.tabs.currentWidget()
    assert sop_tab is not library and window._sop_tabs["penyusunan-perencanaan-kinerja"] is sop_tab
    # Export, then import an edited copy as a new SOP.
    window.tabs.setCurrentWidget(library)
    dialogs.save_path = str(tmp_path / "sop")
    qtbot.mouseClick(library.export_button, Qt.MouseButton.LeftButton)
    exported = tmp_path / "sop.toml"
    assert exported.exists() and "penyusunan-perencanaan-kinerja" in exported.read_text(encoding="utf-8")
    text = exported.read_text(encoding="utf-8").replace('code = "penyusunan-perencanaan-kinerja"', 'code = "sop-kedua"')
    (tmp_path / "kedua.toml").write_text(text, encoding="utf-8")
    dialogs.open_path = str(tmp_path / "kedua.toml")
    qtbot.mouseClick(library.import_button, Qt.MouseButton.LeftButton)
    assert "sop-kedua" in [s.code for s in office.sops()]
    assert library.table.rowCount() == 2
    assert any("diimpor sebagai versi 1" in t for t in dialogs.texts("inform"))
    # The filter bar learns about the new SOP.
    window.refresh()
    assert window.case_list.filter_bar.sop_combo.findData("sop-kedua") >= 0


def test_import_of_bad_sop_lists_each_problem(qtbot, window, office, dialogs, tmp_path):
    bad = tmp_path / "rusak.toml"
    bad.write_text('code = "x"\nname = ""\n', encoding="utf-8")
    dialogs.open_path = str(bad)
    window.import_sop()
    problems = dialogs.texts("problems")
    assert len(problems) == 1 and "tidak diimpor" in problems[0]
    assert len(problems[0].splitlines()) >= 2
    assert [s.code for s in office.sops()] == ["penyusunan-perencanaan-kinerja"]


def test_import_of_non_utf8_file_is_refused_plainly(window, dialogs, tmp_path):
    bad = tmp_path / "latin.toml"
    bad.write_bytes("nama = 'caf\xe9'".encode("latin-1"))
    dialogs.open_path = str(bad)
    window.import_sop()
    assert any("bukan teks UTF-8" in t for t in dialogs.texts("warn"))


def test_unexpected_exception_is_logged_and_shown_briefly(window, dialogs, caplog):
    dialogs.allow_unexpected = True
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        errors.handle_exception(*sys.exc_info())
    shown = dialogs.texts("unexpected")
    assert len(shown) == 1 and "RuntimeError: boom" in shown[0]
    assert any("RuntimeError: boom" in r.getMessage() for r in caplog.records)
    assert window.isVisible()


def test_user_error_from_an_action_becomes_a_plain_warning(dialogs):
    from sopdesk.domain.errors import UserError
    try:
        raise UserError("Judul kasus wajib diisi.")
    except UserError:
        errors.handle_exception(*sys.exc_info())
    assert dialogs.texts("warn") == ["Judul kasus wajib diisi."]
    assert dialogs.texts("unexpected") == []


def test_unexpected_error_dialog_copies_details(qtbot):
    dialog = errors.UnexpectedErrorDialog("Traceback ...\nRuntimeError: boom")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "Traceback ...\nRuntimeError: boom"
    assert not dialog.details_box.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert dialog.details_box.isVisibleTo(dialog)


@pytest.mark.parametrize("unit, expected", [("KECAMATAN SOMAGEDE", "Kecamatan Somagede"),
                                            ("Kecamatan Kebasen", "Kecamatan Kebasen")])
def test_unit_title(unit, expected):
    assert main_window.unit_title(unit) == expected


def test_print_shortcut_is_reserved(window):
    assert window.print_action.shortcut() == QKeySequence("Ctrl+P")


def test_new_case_is_shown_even_when_the_list_was_filtered(qtbot, window, office):
    from sopdesk.ui.cases.case_list import CaseFilter
    office.new_case("penyusunan-perencanaan-kinerja", "Kasus lama", year=2020)
    window.refresh()
    window.case_list.filter_bar.set_filter(CaseFilter(search="lama"))
    assert window.case_list.model.rowCount() == 1
    case_id = create_case_through_dialog(qtbot, window)
    assert window.case_list.filter_bar.current() == CaseFilter()
    assert window.case_list.model.rowCount() == 2
    window.tabs.setCurrentIndex(0)
    assert window.case_list.selected_case_id() == case_id
