"""Bantuan → Panduan (F1): the offline manual, Markdown pages from resources/manual/ in a QTextBrowser.

The pages are plain files so the office (or whoever ships sopdesk) can read and correct them
without Python. The manual itself is Indonesian in both languages; the window's own words go
through tr().
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QImage, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...resources import resource_path
from ..kit.widgets import screen_of

# The contents list, in reading order; each page's title is its first "# " heading.
PAGES = ("index.md", "mulai.md", "kasus.md", "koreksi.md", "pk.md", "pengantar.md", "cadangan.md",
         "flashdisk.md", "pengaturan.md", "sop.md", "server-kantor.md")
START_PAGE = "index.md"
# The page F1 opens for the tab in front (by its class, so the screens need not know the manual).
CONTEXT_PAGES = {
    "CaseViewWidget": "kasus.md",
    "SopViewWidget": "sop.md",
    "SopEditorPage": "sop.md",
    "SopLibraryWidget": "sop.md",
}
IMAGE_MAX_WIDTH = 760  # logical pixels; wider pictures are scaled down to fit the reading column
_LINK = re.compile(r"\]\(([^)\s]+)\)")


def manual_folder() -> Path:
    return resource_path("manual")


def page_title(name: str) -> str:
    path = manual_folder() / name
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


def page_links(name: str) -> list[str]:
    """The targets of a page's Markdown links and images, as written (tests check they resolve)."""
    return _LINK.findall((manual_folder() / name).read_text(encoding="utf-8"))


def page_for(widget: QWidget | None) -> str:
    """The manual page about the screen `widget` shows: its `help_page` if it names one, else by its class."""
    if widget is None:
        return START_PAGE
    named = getattr(widget, "help_page", None)
    if isinstance(named, str) and named in PAGES:
        return named
    name = type(widget).__name__
    pages = getattr(widget, "pages", None)
    if name == "CaseViewWidget" and pages is not None and pages.currentIndex() == 1:
        return "pk.md"   # the case's Dokumen page: the PK and its surat pengantar
    return CONTEXT_PAGES.get(name, START_PAGE)


class ManualBrowser(QTextBrowser):
    """A QTextBrowser whose pictures are scaled down to the reading width, kept sharp on scaled screens."""

    def loadResource(self, kind: int, name: QUrl | str):
        url = QUrl(name)
        if kind != int(QTextDocument.ResourceType.ImageResource) or not url.isLocalFile():
            return super().loadResource(kind, name)
        image = QImage(url.toLocalFile())
        if image.isNull():
            return super().loadResource(kind, name)
        ratio = self.devicePixelRatioF() or 1.0
        margin = int(self.document().documentMargin())
        room = max(320, min(IMAGE_MAX_WIDTH, self.viewport().width() - 2 * margin - 24))
        if image.width() > room * ratio:
            image = image.scaledToWidth(int(room * ratio), Qt.TransformationMode.SmoothTransformation)
        image.setDevicePixelRatio(ratio)
        return image


class ManualWindow(QWidget):
    """Contents on the left, the page on the right, a find line above (Ctrl+F). Not modal: it stays open
    beside the main window while the user follows the steps."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("ManualWindow")
        self.setWindowTitle(self.tr("Panduan sopdesk"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # kept, reopened where it was left

        self.contents = QListWidget()
        self.contents.setObjectName("manualContents")
        for name in PAGES:
            item = QListWidgetItem(page_title(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(self._contents_chosen)
        self.contents.setSpacing(2)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.setMinimumWidth(self.contents.sizeHintForColumn(0) + 16)

        self.browser = ManualBrowser()
        self.browser.setObjectName("manualBrowser")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(manual_folder())])
        self.browser.document().setDocumentMargin(14)
        self.browser.sourceChanged.connect(self._page_shown)

        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("manualFind")
        self.find_edit.setPlaceholderText(self.tr("Cari di panduan…  (Ctrl+F)"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_status = QLabel()
        self.find_status.setObjectName("mutedText")
        self.previous_button = QPushButton(self.tr("Sebelumnya"))
        self.previous_button.clicked.connect(lambda: self.find_next(backward=True))
        self.next_button = QPushButton(self.tr("Berikutnya"))
        self.next_button.clicked.connect(lambda: self.find_next())
        self.back_button = QPushButton(self.tr("Kembali"))
        self.back_button.setToolTip(self.tr("Halaman sebelumnya (Alt+Kiri)"))
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.home_button = QPushButton(self.tr("Daftar Isi"))
        self.home_button.clicked.connect(lambda: self.show_page(START_PAGE))

        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.home_button)
        bar.addSpacing(12)
        bar.addWidget(self.find_edit, 1)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.find_status)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.contents.minimumWidth(), 700])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_find)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, lambda: self.find_next())
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious), self, lambda: self.find_next(backward=True))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.browser.backward)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape)
        # Pictures are scaled to the reading width when a page loads: reload after the width settles.
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(250)
        self._relayout.timeout.connect(self._reload_keeping_place)
        self._laid_out_width = 0
        self.show_page(START_PAGE)

    def sizeHint(self) -> QSize:
        return QSize(980, 640)

    # -- pages ----------------------------------------------------------------------
    def show_page(self, name: str) -> None:
        if name not in PAGES:
            name = START_PAGE
        self.browser.setSource(QUrl.fromLocalFile(str(manual_folder() / name)),
                               QTextDocument.ResourceType.MarkdownResource)

    def current_page(self) -> str:
        return Path(self.browser.source().toLocalFile()).name

    def _contents_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole) != self.current_page():
            self.show_page(item.data(Qt.ItemDataRole.UserRole))

    def _page_shown(self, url: QUrl) -> None:
        name = Path(url.toLocalFile()).name   # (source() may still name the page before)
        self._laid_out_width = self.browser.viewport().width()
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
                break
        self.find_status.clear()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if abs(self.browser.viewport().width() - self._laid_out_width) > 40:
            self._relayout.start()

    def _reload_keeping_place(self) -> None:
        bar = self.browser.verticalScrollBar()
        where = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.browser.reload()
        self._laid_out_width = self.browser.viewport().width()
        bar.setValue(round(where * bar.maximum()))

    # -- finding --------------------------------------------------------------------
    def _focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def _escape(self) -> None:
        if self.find_edit.text():
            self.find_edit.clear()
            self.find_status.clear()
        else:
            self.close()

    def find_next(self, backward: bool = False) -> bool:
        """The next place the words in the find line appear: on this page, then on the pages after it."""
        text = self.find_edit.text().strip()
        self.find_status.clear()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if self.browser.find(text, flags):
            return True
        order = list(PAGES)
        here = order.index(self.current_page()) if self.current_page() in order else 0
        steps = range(1, len(order) + 1)
        for step in steps:
            name = order[(here - step if backward else here + step) % len(order)]
            if name != self.current_page() and text.casefold() in self._plain(name).casefold():
                self.show_page(name)
                cursor = self.browser.textCursor()
                cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
                self.browser.setTextCursor(cursor)
                if self.browser.find(text, flags):
                    return True
        # Only on this page, above (or below) where the search started: go round once.
        cursor = self.browser.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        if self.browser.find(text, flags):
            return True
        self.find_status.setText(self.tr("Tidak ditemukan"))
        return False

    def _plain(self, name: str) -> str:
        """A page's text as shown (Markdown marks removed), to know whether the find would succeed there."""
        doc = QTextDocument()
        doc.setMarkdown((manual_folder() / name).read_text(encoding="utf-8"))
        return doc.toPlainText()


def show_manual(window: QWidget, page: str | None = None) -> ManualWindow:
    """Open (or bring forward) the manual of `window`, at `page` or at the page for the tab in front."""
    manual = window.findChild(ManualWindow, "ManualWindow", Qt.FindChildOption.FindDirectChildrenOnly)
    if manual is None:
        manual = ManualWindow(window)
        on = screen_of(window)
        screen = on.availableGeometry() if on is not None else None
        size = manual.sizeHint()
        if screen is not None:
            size = size.boundedTo(QSize(screen.width() - 40, screen.height() - 80))
        manual.resize(size)
    if page is None:
        tabs = getattr(window, "tabs", None)
        page = page_for(tabs.currentWidget() if tabs is not None else None)
    manual.show_page(page)
    manual.show()
    manual.raise_()
    manual.activateWindow()
    return manual
