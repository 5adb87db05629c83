"""Settings → Basis Data Kantor: choosing the office server, Uji sambungan, and back to this PC's file."""
from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt

from sopdesk import paths
from sopdesk.app import server
from sopdesk.ui.settings.settings_dialog import SettingsDialog

SECRET = "rahasia-kantor"


def open_page(qtbot, office):
    dialog = SettingsDialog(office)
    qtbot.addWidget(dialog)
    dialog.show_page("office_database")
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, dialog.office_database_page


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(qtbot, radio):
    """On the round mark: a radio button stretched across the page ignores clicks beyond its text."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()


def test_choose_the_server_test_it_save_it_and_go_back(qtbot, office):
    dialog, page = open_page(qtbot, office)
    assert dialog.current_page() is page
    assert page.local_radio.isChecked() and not page.server_box.isEnabled()
    choose(qtbot, page.server_radio)
    assert page.server_box.isEnabled()
    qtbot.keyClicks(page.host_edit, "127.0.0.1")
    page.port_spin.setValue(1)                  # nothing listens there: answers at once
    qtbot.keyClicks(page.password_edit, SECRET)
    assert page.password_edit.echoMode() == page.password_edit.EchoMode.Password
    click(qtbot, page.test_button)
    qtbot.waitUntil(lambda: page.last_probe is not None, timeout=30_000)
    assert not page.last_probe.ok
    assert "tidak terjangkau" in page.result_label.text() and SECRET not in page.result_label.text()
    assert page.test_button.isEnabled()

    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    saved = server.saved_address()
    assert saved is not None and (saved.host, saved.port, saved.password) == ("127.0.0.1", 1, SECRET)
    assert SECRET not in (paths.data_dir() / server.FILE_NAME).read_text(encoding="utf-8")

    dialog, page = open_page(qtbot, office)     # reopened: filled in, the password not shown
    assert page.server_radio.isChecked() and page.host_edit.text() == "127.0.0.1"
    assert page.password_edit.text() == "" and page.password_edit.placeholderText()
    assert not page.is_dirty()
    assert page.address().password == SECRET   # kept when the field is left empty
    choose(qtbot, page.local_radio)
    click(qtbot, dialog.save_button)
    assert server.saved_address() is None


def test_a_wrong_address_is_refused_on_its_page(qtbot, office):
    dialog, page = open_page(qtbot, office)
    choose(qtbot, page.server_radio)
    qtbot.keyClicks(page.host_edit, "server kantor")   # a space: not a host name
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.current_page() is page
    assert "tidak sah" in page.error_label.text()
    assert not (paths.data_dir() / server.FILE_NAME).exists()


def test_the_page_shows_the_database_in_use_without_a_password(qtbot, office):
    _dialog, page = open_page(qtbot, office)
    texts = " ".join(label.text() for label in page.findChildren(type(page.result_label)))
    assert office.target in texts
    json.dumps(texts)  # plain text, nothing odd


# -- Pindahkan data PC ini ke server (PostgreSQL; skipped without SOPDESK_TEST_PG) --------------------------

SEED = "penyusunan-perencanaan-kinerja"


def fill_in(qtbot, page, url):
    from sqlalchemy.engine import make_url
    parts = make_url(url)
    choose(qtbot, page.server_radio)
    page.host_edit.setText(parts.host)
    page.port_spin.setValue(parts.port)
    page.database_edit.setText(parts.database)
    page.user_edit.setText(parts.username)
    page.password_edit.setText(parts.password)
    return parts


def titles(office):
    return sorted(r["title"] for r in office.list_cases())


def test_this_pcs_data_moves_to_the_server_and_the_server_is_saved_for_the_next_start(qtbot, office,
                                                                                         new_pg_database, dialogs):
    from sopdesk.app.office import Office
    from tests.ui_helpers import HANG_MS
    office.new_case(SEED, "Penyusunan PK 2027", year=2027)
    office.new_case(SEED, "Revisi PK 2027", year=2027)
    url = new_pg_database()
    dialog, page = open_page(qtbot, office)
    parts = fill_in(qtbot, page, url)
    dialogs.answer = True
    click(qtbot, page.move_button)
    question = dialogs.texts("ask")[0]
    assert str(office.target) in question and parts.password not in question and "Pindahkan sekarang?" in question
    task = page.move_task
    assert task is not None and not task.done        # on a worker, behind its progress dialog
    qtbot.waitUntil(lambda: task.done, timeout=HANG_MS)
    assert task.error is None and dialogs.texts("warn") == []
    assert task.progress_seen                        # the rows were counted as they went
    assert page.migrated is not None and page.migrated.rows > 0
    on_server = Office(url)
    try:
        assert titles(on_server) == titles(office) == ["Penyusunan PK 2027", "Revisi PK 2027"]
    finally:
        on_server.close()
    offer = dialogs.texts("ask")[-1]
    assert "Pakai server ini sebagai basis data PC ini?" in offer and parts.password not in offer
    saved = server.saved_address()                   # "Pakai server ini": kept for the next start
    assert saved is not None and saved.url() == page.address().url()
    assert page.server_radio.isChecked() and not page.is_dirty()
    assert parts.password not in page.result_label.text()
    dialog.reject()


def test_a_server_that_holds_cases_is_refused_and_left_as_it_was(qtbot, office, new_pg_database, dialogs):
    from sopdesk.app.office import Office
    from tests.ui_helpers import HANG_MS
    office.new_case(SEED, "Kasus di PC ini", year=2027)
    url = new_pg_database()
    kantor = Office(url)
    kantor.new_case(SEED, "Kasus kantor", year=2027)
    kantor.close()
    dialog, page = open_page(qtbot, office)
    fill_in(qtbot, page, url)
    dialogs.answer = True
    click(qtbot, page.move_button)
    qtbot.waitUntil(lambda: page.move_task.done, timeout=HANG_MS)
    [warning] = dialogs.texts("warn")
    assert "sudah berisi 1 kasus; migrasi tidak menimpa data kantor" in warning
    assert page.result_label.text().startswith("✘ ")
    assert len(dialogs.texts("ask")) == 1            # nothing offered to save
    assert page.migrated is None and server.saved_address() is None
    kantor = Office(url)
    try:
        assert titles(kantor) == ["Kasus kantor"]
    finally:
        kantor.close()
    dialog.reject()


def test_moving_asks_first_and_no_changes_nothing(qtbot, office, new_pg_database, dialogs):
    url = new_pg_database()
    dialog, page = open_page(qtbot, office)
    fill_in(qtbot, page, url)
    dialogs.answer = False
    click(qtbot, page.move_button)
    assert dialogs.texts("ask") and page.move_task is None
    from sopdesk.app import data
    assert data.server_status(url).schema_version is None      # still empty
    dialog.reject()


def test_batal_while_moving_leaves_the_server_empty(qtbot, office, new_pg_database, dialogs, monkeypatch):
    import threading

    from sopdesk.app import data
    from tests.ui_helpers import HANG_MS
    office.new_case(SEED, "Penyusunan PK 2027", year=2027)
    url = new_pg_database()
    go = threading.Event()
    real = data.migrate

    def held(*args, **kwargs):     # the move starts only once Batal was pressed: no race with a quick copy
        go.wait(HANG_MS / 1000)
        return real(*args, **kwargs)
    monkeypatch.setattr(data, "migrate", held)
    dialog, page = open_page(qtbot, office)
    fill_in(qtbot, page, url)
    dialogs.answer = True
    click(qtbot, page.move_button)
    task = page.move_task
    click(qtbot, task.dialog.cancel_button)
    go.set()
    qtbot.waitUntil(lambda: task.done, timeout=HANG_MS)
    assert task.cancelled and dialogs.texts("warn") == []
    assert "dibatalkan" in page.result_label.text()
    assert data.server_status(url).schema_version is None      # nothing was left on the server
    assert server.saved_address() is None
    dialog.reject()
