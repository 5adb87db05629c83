"""Berkas → Cadangkan / Pulihkan / Periksa when the window works on the office server (PostgreSQL): the same
dialogs as for a file, the work on a worker, and a restore that says it replaces the data of every PC.

Needs a PostgreSQL server (SOPDESK_TEST_PG, see tests/conftest.py); skipped without one.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from sopdesk.app import data
from sopdesk.app.changes import DatabaseReplaced
from sopdesk.app.office import Office
from sopdesk.app.watch import Watcher
from sopdesk.store import backup as bk
from sopdesk.ui.data import data_dialogs
from tests.ui_helpers import HANG_MS

SEED = "penyusunan-perencanaan-kinerja"


@pytest.fixture
def url(new_pg_database):
    return new_pg_database()


@pytest.fixture
def office(url):   # conftest's `window` opens on this office, the server
    o = Office(url)
    yield o
    o.close()


def password(url: str) -> str:
    secret = make_url(url).password
    assert secret
    return str(secret)


def titles(office) -> list[str]:
    return sorted(r["title"] for r in office.list_cases())


def listed(window) -> list[str]:
    model = window.case_list.model
    return sorted(model.row_dict(r)["title"] for r in range(model.rowCount()))


def wait_done(qtbot, task):
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=HANG_MS)
    return task


def test_backup_of_the_server_from_the_menu_writes_a_file_any_pc_can_restore(qtbot, window, office, url, tmp_path,
                                                                               dialogs):
    office.new_case(SEED, "Kasus di server", year=2027)
    dest = tmp_path / "flashdisk" / "sopdesk-kantor.db"
    dest.parent.mkdir()
    dialogs.save_path = str(dest)
    task = window.backup_now()
    assert task is not None and not task.done        # on a worker: the window goes on meanwhile
    assert task.dialog_shown
    wait_done(qtbot, task)
    assert task.error is None and dialogs.texts("warn") == []
    assert bk.check_backup(dest).ok
    copy = Office(dest)
    try:
        assert titles(copy) == ["Kasus di server"]
    finally:
        copy.close()
    said = window.statusBar().currentMessage()
    assert said.startswith("Cadangan basis data kantor dibuat") and password(url) not in said


def test_restore_of_the_server_asks_naming_it_and_every_pc_then_replaces_it(qtbot, window, office, url, dialogs):
    office.new_case(SEED, "Sebelum cadangan", year=2027)
    made = data.server_back_up(url)                  # into this PC's backups folder
    office.new_case(SEED, "Sesudah cadangan", year=2027)
    depan = Office(url, pc_name="PC-DEPAN")          # another PC of the office, on the same server
    watcher = Watcher(depan)
    watcher.poll()
    try:
        window.refresh()
        window.open_case(office.case_ids()[0])
        dialog = window.restore_from_backup()
        qtbot.waitExposed(dialog)
        assert str(data.server_backup_folder()) in dialog.folder_label.text()
        row = [b.path for b in dialog.backups].index(made)
        dialog.table.selectRow(row)
        assert dialog.restore_button.isEnabled()
        dialogs.answer = True
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        question = dialogs.texts("ask")[-1]
        assert "SEMUA PC" in question and data.safe_url(url) in question and password(url) not in question
        qtbot.waitUntil(lambda: not window.tasks_running() and window.office is not office, timeout=HANG_MS)

        assert titles(window.office) == ["Sebelum cadangan"]
        assert listed(window) == ["Sebelum cadangan"]
        assert window.tabs.count() == 1                 # the case tabs of the replaced data are closed
        assert titles(depan) == ["Sebelum cadangan"]    # the other PC reads the restored data
        assert any(isinstance(c, DatabaseReplaced) for c in watcher.poll().changes)   # and is told so
        kept = [b for b in data.server_backups(url) if b.kind == bk.BEFORE_RESTORE]
        assert len(kept) == 1
        old = Office(kept[0].path)
        try:
            assert titles(old) == ["Sebelum cadangan", "Sesudah cadangan"]
        finally:
            old.close()
        told = dialogs.texts("inform")[-1]
        assert told.startswith("Basis data kantor dipulihkan") and str(kept[0].path) in told
        assert dialogs.texts("warn") == []
        window.office.new_case(SEED, "Sesudah pemulihan", year=2027)   # the window works on
        window.refresh()
        assert listed(window) == ["Sebelum cadangan", "Sesudah pemulihan"]
    finally:
        depan.close()
        window.office.close()


def test_restore_of_the_server_declined_changes_nothing(qtbot, window, office, url, dialogs):
    office.new_case(SEED, "Satu", year=2027)
    data.server_back_up(url)
    office.new_case(SEED, "Dua", year=2027)
    dialog = window.restore_from_backup()
    qtbot.waitExposed(dialog)
    dialogs.answer = False
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialogs.texts("ask") and window.office is office and not window.tasks_running()
    assert titles(office) == ["Dua", "Satu"]


def test_check_of_the_server_from_the_menu(qtbot, window, url, dialogs):
    wait_done(qtbot, window.check_integrity())
    told = dialogs.texts("inform")[-1]
    assert told.startswith("Basis data kantor utuh.") and password(url) not in told


def test_a_problem_found_on_the_server_offers_its_backups(qtbot, window, monkeypatch, dialogs):
    monkeypatch.setattr(data_dialogs, "server_check", lambda url: ["tabel cases: kolom title tidak ada"])
    dialogs.answer = True
    wait_done(qtbot, window.check_integrity())
    assert "masalah pada basis data kantor" in dialogs.texts("ask")[-1]
    assert isinstance(window.dialog, data_dialogs.RestoreDialog) and window.dialog.target.url is not None
    window.dialog.reject()
