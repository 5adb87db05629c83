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
