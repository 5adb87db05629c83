"""What an office user sees when something goes wrong: a plain message, never a traceback.

`install_excepthook()` catches exceptions that escape a slot or an event
handler. A UserError (the action was refused, with a reason) becomes a
warning with its text; anything else is logged in full and shown as a short
apology with a "Salin rincian" button that copies the details for support.
The window keeps running either way.
"""
from __future__ import annotations

import logging
import sys
import traceback
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from . import messages
from .message_text import error_text

log = logging.getLogger(__name__)

_showing = False  # one dialog at a time: an error inside paintEvent would otherwise stack them up



def _log_location() -> str:
    from ...logs import log_path
    return str(log_path())


class UnexpectedErrorDialog(QDialog):
    """"Terjadi kesalahan tak terduga…" with the details folded away and a copy button."""

    def __init__(self, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terjadi kesalahan"))
        self.details = details
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QLabel(self.tr(
            "<b>Terjadi kesalahan tak terduga.</b><br><br>"
            "Data yang sudah tersimpan aman, dan program dapat dipakai terus. "
            "Jika kesalahan ini berulang, tekan <i>Salin rincian</i> dan kirimkan kepada petugas TI."
            "<br><br>Rinciannya juga dicatat di:<br>{path}").format(path=_log_location()))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setMinimumWidth(420)

        self.details_box = QPlainTextEdit(details)
        self.details_box.setReadOnly(True)
        self.details_box.setVisible(False)
        self.details_box.setMinimumHeight(180)

        buttons = QDialogButtonBox()
        self.copy_button = buttons.addButton(self.tr("Salin rincian"), QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button = buttons.addButton(self.tr("Tampilkan rincian"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        # ActionRole buttons leave the dialog open: copying must not dismiss it.
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button.clicked.connect(self._toggle_details)
        buttons.accepted.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_box)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Tersalin"))

    def _toggle_details(self) -> None:
        visible = not self.details_box.isVisible()
        self.details_box.setVisible(visible)
        self.show_button.setText(self.tr("Sembunyikan rincian") if visible else self.tr("Tampilkan rincian"))
        self.adjustSize()


def show_unexpected(parent: QWidget | None, details: str) -> None:
    """Tests patch this; smoke mode reports to stderr instead of waiting for a click."""
    summary = QCoreApplication.translate("errors", "Terjadi kesalahan tak terduga.")
    if messages.report("unexpected error", summary + "\n" + details):
        return
    UnexpectedErrorDialog(details, parent).exec()


def _active_window() -> QWidget | None:
    app = QApplication.instance()
    return QApplication.activeWindow() if app else None


def handle_exception(exc_type, exc, tb) -> None:
    """The body of the excepthook, callable directly by tests."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        app = QApplication.instance()
        if app:
            app.quit()
        return
    if isinstance(exc, UserError):
        log.info("refused: %s", exc)   # the log keeps the Indonesian wording, whatever the screens show
        messages.warn(_active_window(), error_text(exc))
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    if _showing:
        return
    _showing = True
    try:
        show_unexpected(_active_window(), details)
    except Exception:  # the error dialog itself must never take the program down
        log.exception("could not show the error dialog")
    finally:
        _showing = False


def install_excepthook() -> None:
    sys.excepthook = handle_exception


@contextmanager
def user_action(parent: QWidget | None):
    """Run one user action: a refusal (UserError) becomes a warning, the caller carries on."""
    try:
        yield
    except UserError as e:
        log.info("refused: %s", e)
        messages.warn(parent, error_text(e))


@contextmanager
def busy():
    """A wait cursor around slow work, so the user sees the program is doing something."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
