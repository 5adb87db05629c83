"""Ctrl+Enter saves a dialog that has a multi-line text box, where Enter starts a new line.

Installed once per dialog (`submit_on_ctrl_enter(dialog, ok_button)`); the text boxes are found
when the dialog is shown, so a dialog may add them after installing it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QDialog, QPlainTextEdit, QTextEdit

SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def is_ctrl_enter(event: QEvent) -> bool:
    return (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
            and event.key() in SUBMIT_KEYS
            and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))


class CtrlEnterSubmits(QObject):
    """Watches the dialog and its writable text boxes; Ctrl+Enter in any of them clicks `button`."""

    def __init__(self, dialog: QDialog, button: QAbstractButton):
        super().__init__(dialog)
        self.setObjectName("ctrlEnterSubmits")
        self.dialog = dialog
        self.button = button
        dialog.installEventFilter(self)

    def watch_text_boxes(self) -> None:
        for box in self.dialog.findChildren(QPlainTextEdit) + self.dialog.findChildren(QTextEdit):
            if not box.isReadOnly():
                box.removeEventFilter(self)   # once each, however often the dialog is shown
                box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While the dialog is taken down its events may come after this watcher's Python side is gone.
        dialog, button = getattr(self, "dialog", None), getattr(self, "button", None)
        if dialog is None or button is None:
            return False
        if watched is dialog and event.type() == QEvent.Type.Show:
            self.watch_text_boxes()
        elif is_ctrl_enter(event) and button.isEnabled() and button.isVisible():
            button.click()
            return True
        return False


def submit_on_ctrl_enter(dialog: QDialog, button: QAbstractButton | None) -> CtrlEnterSubmits | None:
    """Let Ctrl+Enter (and Ctrl+Return) press `button`, the dialog's OK, from anywhere in the dialog."""
    if button is None:
        return None
    watcher = CtrlEnterSubmits(dialog, button)
    if not button.toolTip():
        button.setToolTip("Ctrl+Enter")   # the key's name is the same in both languages
    if dialog.isVisible():
        watcher.watch_text_boxes()
    return watcher
