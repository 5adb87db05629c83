"""What the main window asks of each of its tabs.

Every tab (the case list, a case, an SOP, the SOP library, the page shown while data is
restored) implements Page explicitly, with methods that may do nothing, so the window
calls them without guessing what a tab can do.
"""
from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


@runtime_checkable
class Page(Protocol):
    def refresh(self) -> None:
        """Read again what the page shows (F5)."""

    def save_now(self) -> bool:
        """Save what is typed and not saved yet (before the tab closes, an export, a restore, quitting).

        True when nothing is left unsaved.
        """

    def can_print(self) -> bool:
        """Whether Berkas → Cetak… (Ctrl+P) has something to print on this page."""

    def print_current(self) -> object:
        """Ctrl+P: print what the page shows; the running job, or None when nothing was started."""

    def sop_shown(self) -> tuple[str, int | None] | None:
        """The SOP this page is about as (code, version), the version None for the newest; None if none.

        Laporan → Lembar SOP and SOP → Ekspor SOP take it from the current tab.
        """


class ReadOnlyPage:
    """The Page methods of a tab with nothing to save or print; a tab mixes it in after QWidget
    and overrides what it does have (an SOP it shows, a refresh)."""

    def refresh(self) -> None:
        pass

    def save_now(self) -> bool:
        return True

    def can_print(self) -> bool:
        return False

    def print_current(self) -> object:
        return None

    def sop_shown(self) -> tuple[str, int | None] | None:
        return None


class MessagePage(QWidget, ReadOnlyPage):
    """A page with a heading and a few lines, e.g. in place of the case list while data is restored."""

    def __init__(self, heading: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(heading)
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addStretch(1)
