"""Several PCs on one database, as the window sees it: another PC's changes reach the open views
through the change signals without stealing typing or selection; the status bar says when the
database cannot be reached and when it is back; a refusal because of another PC's record names it.

"Another PC" is a second Office on the same file with its own PC name; the window's watcher is
polled by hand (its timer does the same every 1.5 s), so no test waits on a clock.
"""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from sopdesk.app.office import Office
from sopdesk.app.paperwork import save_pk
from sopdesk.ui.cases import record_dialog
from sopdesk.ui.paperwork.pk_editor import PkEditor

SOP = "penyusunan-perencanaan-kinerja"


@pytest.fixture
def depan(office):
    """The other PC, on the window's database."""
    other = Office(office.target, pc_name="PC-DEPAN", os_user="siti")
    yield other
    other.close()


def test_an_open_case_tab_shows_what_another_pc_recorded(window, office, depan):
    case_id = office.new_case(SOP, "Penyusunan PK 2027", year=2027)
    tab = window.open_case(case_id)
    window.office_watch.poll()                    # where the log stands
    depan.start_step(case_id, 1, by="Siti Rahayu")
    assert tab.view_data.state.steps[1].state != "running"
    window.office_watch.poll()
    assert tab.view_data.state.steps[1].state == "running"
    item = tab.history.item(0)
    assert "di PC PC-DEPAN, pengguna Windows siti" in item.toolTip()


def test_the_case_list_keeps_its_selection_and_scroll(qtbot, window, office, depan):
    ids = [office.new_case(SOP, f"Kasus {i}", year=2027) for i in range(80)]
    panel = window.case_list
    panel.refresh()
    assert panel.select_case(ids[40]) and panel.selected_case_id() == ids[40]
    bar = panel.table.verticalScrollBar()
    bar.setValue(2)   # the user scrolled away from the selected row
    scrolled = bar.value()
    typed = "Kasus"   # a search being typed (it matches them all)
    panel.filter_bar.search_edit.setFocus()
    qtbot.keyClicks(panel.filter_bar.search_edit, typed)
    assert panel.selected_case_id() == ids[40]
    window.office_watch.poll()
    depan.start_step(ids[10], 1, by="Siti Rahayu")    # a listed case changes
    depan.new_case(SOP, "Kasus dari depan", year=2027)   # and one arrives
    window.office_watch.poll()
    assert panel.selected_case_id() == ids[40]
    assert bar.value() == scrolled
    assert panel.filter_bar.search_edit.text() == typed


def test_typing_in_a_record_dialog_survives_another_pcs_change(qtbot, window, office, depan):
    case_id = office.new_case(SOP, "Penyusunan PK 2027", year=2027)
    tab = window.open_case(case_id)
    tab.select_step(1)
    window.office_watch.poll()
    spec = record_dialog.RecordSpec(action="start", step_no=1, activity="Menerima", people=(), tz=office.tz,
                                    now=office.now())
    dialog = record_dialog.RecordDialog(spec, lambda answer: office.start_step(case_id, 1, by=answer.who,
                                                                                note=answer.note), tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.note, "berkas diterima lengkap")
    depan.add_note(case_id, "catatan dari depan", by="Siti Rahayu")
    window.office_watch.poll()
    assert any("catatan dari depan" in e.note for e in tab.view_data.events)   # the view re-read the case
    assert dialog.note.toPlainText() == "berkas diterima lengkap"
    assert dialog.isVisible()


def test_a_start_made_elsewhere_meanwhile_is_refused_by_name_and_the_view_refreshed(qtbot, window, office, depan):
    case_id = office.new_case(SOP, "Penyusunan PK 2027", year=2027)
    tab = window.open_case(case_id)
    tab.select_step(1)
    spec = record_dialog.RecordSpec(action="start", step_no=1, activity="Menerima", people=(), tz=office.tz,
                                    now=office.now())
    dialog = record_dialog.RecordDialog(spec, lambda answer: office.start_step(case_id, 1, by=answer.who,
                                                                                note=answer.note), tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.note, "diterima")
    depan.start_step(case_id, 1, by="Siti Rahayu")   # a moment before OK is pressed here
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text().startswith("Langkah 1 sudah dimulai oleh Siti Rahayu di PC-DEPAN pukul ")
    assert dialog.note.toPlainText() == "diterima"
    assert tab.view_data.state.steps[1].state == "running"   # refreshed without waiting for the watcher
    assert [e.kind for e in office.case(case_id).events] == ["start"]


def test_the_pk_editor_keeps_typing_when_another_pc_saves(qtbot, window, office, depan):
    case_id = office.new_case(SOP, "Penyusunan PK 2027", year=2027)
    editor = PkEditor(office, case_id, changes=window.changes)
    qtbot.addWidget(editor)
    editor.show()
    window.office_watch.poll()
    editor.place.setFocus()
    editor.place.clear()
    qtbot.keyClicks(editor.place, "Banjarnegara")
    from sopdesk.app.paperwork import load_pk
    content = load_pk(depan, case_id) or editor.content()
    save_pk(depan, case_id, content)
    window.office_watch.poll()
    assert editor.place.text() == "Banjarnegara"


def test_the_status_bar_says_when_the_database_is_out_of_reach_and_back(qtbot, window, office, tmp_path):
    watch = window.office_watch
    watch.poll()
    assert watch.label.isHidden()
    db = office.target
    shutil.move(db, tmp_path / "elsewhere.db")
    try:
        watch.poll()
        assert watch.label.isVisible() and watch.label.text() == "Basis data tidak terjangkau"
        assert window.case_list.isVisible()           # what it shows stays
    finally:
        shutil.move(tmp_path / "elsewhere.db", db)
    watch.poll()
    assert watch.label.isHidden()
    assert window.statusBar().currentMessage() == "Tersambung lagi"


def test_the_server_wording(qtbot, window, office, monkeypatch):
    """On an office server the label names the server (the engine's dialect says which)."""
    watch = window.office_watch
    watch.poll()
    monkeypatch.setattr(watch.watcher, "on_server", True)
    from sopdesk.app.watch import Poll
    watch.show_poll(Poll(False, lost=True))
    assert watch.label.text() == "Server kantor tidak terjangkau"
    watch.show_poll(Poll(True, back=True))
    assert watch.label.isHidden() and window.statusBar().currentMessage() == "Tersambung lagi"


def test_the_timer_polls_by_itself(qtbot, window, office, depan):
    case_id = office.new_case(SOP, "Penyusunan PK 2027", year=2027)
    tab = window.open_case(case_id)
    window.office_watch.poll()
    depan.start_step(case_id, 1, by="Siti Rahayu")
    qtbot.waitUntil(lambda: tab.view_data.state.steps[1].state == "running", timeout=10_000)
    assert window.office_watch.timer.isActive() and window.office_watch.timer.interval() <= 2000
    assert Qt  # keeps the import for the key names used above


def test_an_open_case_tab_resumes_its_minute_timer_after_an_outage(qtbot, window, office, depan, tmp_path):
    """The once-a-minute re-read stops when the database is out of reach (no read every minute into the
    void) and starts again on recovery, with what changed meanwhile read at once."""
    case_id = office.new_case(SOP, "Penyusunan PK 2027", year=2027)
    tab = window.open_case(case_id)
    watch = window.office_watch
    watch.poll()
    assert tab._timer.isActive()
    db = office.target
    shutil.move(db, tmp_path / "elsewhere.db")
    try:
        watch.poll()
        tab._timer.timeout.emit()                  # its minute comes during the outage
        assert not tab._timer.isActive()
        assert tab.view_data.state.steps[1].state != "running"   # the last look stays
    finally:
        shutil.move(tmp_path / "elsewhere.db", db)
    depan.start_step(case_id, 1, by="Siti Rahayu")   # recorded elsewhere just as the file is back
    watch.poll()
    assert tab._timer.isActive()
    assert tab.view_data.state.steps[1].state == "running"
