"""One change notifier for every view: office.changes (app/changes.py) as Qt signals (ui/shell/change_bridge.py).

The views re-read what they show when the office says something changed, whoever changed it:
the tests emit on office.changes directly, as the service layer (or, later, another PC) will.
"""
from __future__ import annotations

import threading
from datetime import UTC

from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication

from sopdesk.app.changes import (
    CALENDAR,
    PROFILE,
    CaseChanged,
    CasesChanged,
    CasesImported,
    DatabaseReplaced,
    SettingsChanged,
    SopsChanged,
)
from sopdesk.ui.cases import record_dialog
from sopdesk.ui.cases.case_list import COL
from sopdesk.ui.shell.change_bridge import ChangeBridge
from tests.helpers import DECISION_SOP, SEED


def test_each_change_becomes_its_signal(qtbot, office):
    bridge = ChangeBridge(office.changes)
    heard = []
    bridge.case_changed.connect(lambda cid: heard.append(("case", cid)))
    bridge.cases_changed.connect(lambda: heard.append(("cases",)))
    bridge.cases_imported.connect(lambda ids: heard.append(("imported", ids)))
    bridge.sops_changed.connect(lambda code: heard.append(("sops", code)))
    bridge.settings_changed.connect(lambda what: heard.append(("settings", what)))
    bridge.database_replaced.connect(lambda: heard.append(("replaced",)))
    for change in (CaseChanged(5), CasesChanged(), CasesImported((3, 4)), SopsChanged("x"),
                   SettingsChanged(CALENDAR), DatabaseReplaced()):
        office.changes.emit(change)
    assert heard == [("case", 5), ("cases",), ("imported", [3, 4]), ("sops", "x"), ("settings", CALENDAR),
                     ("replaced",)]
    bridge.close()
    office.changes.emit(CaseChanged(6))
    assert heard[-1] == ("replaced",)


def test_a_change_from_a_worker_thread_arrives_in_the_gui_thread(qtbot, office):
    bridge = ChangeBridge(office.changes)
    threads = []
    bridge.case_changed.connect(lambda cid: threads.append((cid, QThread.currentThread())))
    worker = threading.Thread(target=office.changes.emit, args=(CaseChanged(7),))
    worker.start()
    worker.join()
    assert threads == []  # queued, not called on the worker
    qtbot.waitUntil(lambda: bool(threads))
    assert threads == [(7, QApplication.instance().thread())]
    bridge.close()


def test_a_bridge_deleted_with_its_owner_is_not_called_again(qtbot, office, caplog):
    owner = QObject()
    bridge = ChangeBridge(office.changes, owner)
    heard = []
    bridge.case_changed.connect(lambda cid: heard.append(cid))
    office.changes.emit(CaseChanged(1))
    with qtbot.waitSignal(owner.destroyed):
        owner.deleteLater()
    office.changes.emit(CaseChanged(2))
    assert heard == [1]
    assert not [r for r in caplog.records if "listener failed" in r.getMessage()]


# -- the views listen ------------------------------------------------------------------

def step_text(window, case_id) -> str:
    model = window.case_list.model
    return model.index(model.row_of(case_id), COL["step"]).data()


def test_the_list_row_and_the_open_tab_follow_a_changed_case(qtbot, window, office):
    case_id = office.new_case(SEED, "Kasus A", year=2027)
    other = office.new_case(SEED, "Kasus B", year=2027)
    window.refresh()
    tab = window.open_case(case_id)
    assert step_text(window, case_id).startswith("1 ·")
    fetched = window.case_list.model.pages_fetched
    office.start_step(case_id, 1, by="Agus")
    office.finish_step(case_id, 1, by="Agus")
    office.changes.emit(CaseChanged(case_id))
    assert step_text(window, case_id).startswith("2 ·")       # the row, read again on its own
    assert window.case_list.model.pages_fetched == fetched + 1
    assert window.case_list.model.row_of(other) is not None
    assert tab.view_data.state.current == 2                    # the open tab re-read the case
    assert tab.history.count() == 2


def test_a_new_case_from_elsewhere_appears_in_the_list(qtbot, window, office):
    assert window.case_list.is_empty_state()
    case_id = office.new_case(SEED, "Kasus dari PC lain", year=2027)
    office.changes.emit(CaseChanged(case_id))
    assert not window.case_list.is_empty_state()
    assert window.case_list.model.row_of(case_id) == 0


class FillIn:
    """Answers the record dialog as a user would."""

    def __init__(self, monkeypatch):
        monkeypatch.setattr(record_dialog, "ask_record", self.record)

    def record(self, parent, spec, submit):
        submit(record_dialog.RecordAnswer(who="Agus", at=None, note="", decision=spec.decision))
        return True


def test_recording_a_step_in_its_tab_updates_the_list(qtbot, window, office, monkeypatch):
    FillIn(monkeypatch)
    case_id = office.new_case(SEED, "Kasus A", year=2027)
    window.refresh()
    tab = window.open_case(case_id)
    with qtbot.waitSignal(window.changes.case_changed) as blocker:
        assert tab.record("start")
    assert blocker.args == [case_id]
    assert tab.view_data.state.steps[1].run is not None
    window.tabs.setCurrentWidget(window.case_list)
    row = window.case_list.model.row_dict(window.case_list.model.row_of(case_id))
    assert row["current_running"]


def test_settings_changes_reach_the_title_the_list_and_the_case_tabs(qtbot, window, office):
    from dataclasses import replace
    from datetime import datetime
    case_id = office.new_case(SEED, "Kasus A", year=2027)
    office.start_step(case_id, 1, at=datetime(2026, 11, 2, 1, 0, tzinfo=UTC), by="Agus")  # 08.00 WIB
    window.refresh()
    tab = window.open_case(case_id)
    model = window.case_list.model
    assert model.index(model.row_of(case_id), COL["started"]).data() == "2 Nov 2026 08.00"
    office.save_profile(replace(office.profile(), unit="KECAMATAN KEBASEN", timezone="Asia/Makassar"))
    office.changes.emit(SettingsChanged(PROFILE))
    assert window.windowTitle() == "sopdesk — Kecamatan Kebasen"
    assert window.clock_label.text().endswith("WITA")
    assert "WITA" in tab.legend.note_below.text()
    assert tab.tz.key == "Asia/Makassar"
    assert model.index(model.row_of(case_id), COL["started"]).data() == "2 Nov 2026 09.00"
    assert "09.00" in tab.panel.fields["started"].text()


def test_an_imported_case_and_a_new_sop_are_seen_by_every_view(qtbot, window, office):
    library = window.open_sop_library()
    assert library.table.rowCount() == 1
    code, _version, _created = office.import_sop_text(DECISION_SOP, "cek.toml")
    office.changes.emit(SopsChanged(code))
    assert library.table.rowCount() == 2
    assert window.case_list.filter_bar.sop_combo.findData(code) >= 0
    case_id = office.new_case(code, "Berkas masuk", year=2027)
    office.changes.emit(CasesImported((case_id,)))
    assert window.case_list.model.row_of(case_id) is not None


def test_the_pk_editor_shows_an_imported_pk_and_new_officials(qtbot, window, office):
    from dataclasses import replace

    from sopdesk.app import paperwork
    from sopdesk.app.changes import OFFICIALS
    from sopdesk.domain.office import Official
    case_id = office.new_case(SEED, "Kasus A", year=2027)
    tab = window.open_case(case_id)
    editor = tab.show_documents().editor
    assert not editor.has_stored_pk
    # the same case came again from another PC, with its PK
    paperwork.save_pk(office, case_id, replace(paperwork.new_pk(office, case_id), place="Kebasen"))
    office.changes.emit(CasesImported((case_id,)))
    assert editor.place.text() == "Kebasen" and editor.has_stored_pk
    assert not tab.documents.note.isVisible()
    # an official added in Pengaturan can be picked at once
    office.save_official(Official("Dra. Sri Lestari", "Sekretaris Camat"))
    office.changes.emit(SettingsChanged(OFFICIALS))
    assert editor.first.pick.findText("Dra. Sri Lestari — Sekretaris Camat") >= 0
