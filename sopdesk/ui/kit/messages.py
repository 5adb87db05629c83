"""Every message box and file dialog of the program, as small module-level functions.

Modal dialogs block a pytest-qt test, so the tests monkeypatch these functions
instead. In smoke mode (`--smoke`) nothing may wait for a click either: the
message goes to stderr and the log, and the run exits with code 1.
"""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMessageBox, QWidget

from .widgets import screen_of

log = logging.getLogger(__name__)

_noninteractive = False
problems: list[str] = []   # what was reported while non-interactive



def set_noninteractive(on: bool) -> None:
    global _noninteractive
    _noninteractive = on


def interactive() -> bool:
    """False in smoke mode: nobody is there to answer a question."""
    return not _noninteractive


def report(kind: str, text: str) -> bool:
    """Log the message; True if it must not be shown because nobody is there to click."""
    log.info("%s shown to user: %s", kind, text)
    if _noninteractive:
        problems.append(text)
        if sys.stderr:  # None in a windowed build
            print(text, file=sys.stderr)
        return True
    return False


def inform(parent: QWidget | None, text: str, title: str | None = None) -> None:
    if report("information", text):
        return
    QMessageBox.information(parent, title or QCoreApplication.translate("messages", "sopdesk"), text)


def warn(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """A mistake the user can fix (a UserError): plain words, no technical details."""
    if report("warning", text):
        return
    QMessageBox.warning(parent, title or QCoreApplication.translate("messages", "Perhatian"), text)


def error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    if report("error", text):
        return
    QMessageBox.critical(parent, title or QCoreApplication.translate("messages", "Kesalahan"), text)


def ask(parent: QWidget | None, text: str, title: str | None = None, yes: str | None = None,
        no: str | None = None) -> bool:
    """A yes/no question; "no" is the default so Enter never destroys anything."""
    if report("question", text):
        return False
    box = QMessageBox(QMessageBox.Icon.Question, title or QCoreApplication.translate("messages", "Konfirmasi"), text,
                      parent=parent)
    yes_button = box.addButton(yes or QCoreApplication.translate("messages", "Ya"), QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no or QCoreApplication.translate("messages", "Tidak"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no_button)
    _widen(box, text)
    box.exec()
    return box.clickedButton() is yes_button


def _widen(box: QMessageBox, text: str) -> None:
    """A long question (what a .sopcase holds) gets a wider box than Qt's narrow default, so it reads as
    a list instead of a column of broken lines; never wider than half the screen."""
    if len(text) < 300:
        return
    label = box.findChild(QLabel, "qt_msgbox_label")
    screen = screen_of(box)
    if label is not None and screen is not None:
        label.setMinimumWidth(min(620, screen.availableGeometry().width() // 2))
def choose(parent: QWidget | None, text: str, options: list[tuple[str, str]], default: str,
           title: str | None = None) -> str:
    """A question with several answers, (key, button text) each; the key of the one clicked.
    `default` is the Enter button, and the answer when nobody is there to click (or the box is closed)."""
    if report("question", text):
        return default
    box = QMessageBox(QMessageBox.Icon.Question, title or QCoreApplication.translate("messages", "Konfirmasi"), text,
                      parent=parent)
    buttons: dict[QAbstractButton, str] = {}
    for key, label in options:
        role = QMessageBox.ButtonRole.RejectRole if key == default else QMessageBox.ButtonRole.AcceptRole
        button = box.addButton(label, role)
        buttons[button] = key
        if key == default:
            box.setDefaultButton(button)
            box.setEscapeButton(button)
    box.exec()
    clicked = box.clickedButton()
    return buttons.get(clicked, default) if clicked is not None else default


def show_problems(parent: QWidget | None, intro: str, problems_list: list[str], title: str | None = None) -> None:
    """A refusal with several reasons (e.g. an SOP file): the intro, then each problem on its own line."""
    text = intro + "\n\n" + "\n".join(f"• {p}" for p in problems_list)
    if report("problems", text):
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("messages", "Perhatian"), intro,
                      parent=parent)
    box.setInformativeText("\n".join(f"• {p}" for p in problems_list[:12]))
    if len(problems_list) > 12:
        box.setDetailedText("\n".join(problems_list))
    box.exec()


def choose_open_file(parent: QWidget | None, title: str, filters: str, folder: str = "") -> str | None:
    if _noninteractive:
        return None
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path or None


def choose_save_file(parent: QWidget | None, title: str, filters: str, suggested: str = "") -> str | None:
    if _noninteractive:
        return None
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def choose_open_files(parent: QWidget | None, title: str, filters: str, folder: str = "") -> list[str]:
    """Several files at once (attachments); [] when cancelled."""
    if _noninteractive:
        return []
    paths, _ = QFileDialog.getOpenFileNames(parent, title, folder, filters)
    return list(paths)


_notices: list[QMessageBox] = []


def notify(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """A warning that does not wait for a click (e.g. the daily backup failed): the window stays usable.

    Not a "problem" in smoke mode: nobody has to click it away, and the status bar says it too.
    """
    log.info("notice shown to user: %s", text)
    if _noninteractive:
        if sys.stderr:
            print(text, file=sys.stderr)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("messages", "Perhatian"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setModal(False)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _notices.append(box)
    box.finished.connect(lambda _r, b=box: _notices.remove(b) if b in _notices else None)
    box.show()


def open_with_system(path: str) -> bool:
    """Open a file with the program the PC uses for it (PDF reader, Word, image viewer)."""
    log.info("opening %s with the system", path)
    if _noninteractive:
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))
