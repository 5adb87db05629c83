"""Small widget recipes used by several dialogs, so they look and behave alike."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication, QScreen, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QLayout,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QWidget,
)

# -- fitting the screen: 1366×768 at 100 % and 125 % (1093×614 logical pixels) --------------------
TASKBAR_ROOM = 40            # a Windows taskbar, kept free when the screen reports none (Xvfb, bare X)
FRAME_ROOM = QSize(16, 34)   # the borders and title bar a window manager adds around a window


def screen_of(widget: QWidget | None) -> QScreen | None:
    """The screen `widget` is on (else the primary one).

    Never `widget.screen()` from Python: PySide makes the QScreen it returns a child of the asking
    widget's wrapper; when that wrapper is freed by the collector (a dialog in a reference cycle), the
    screen's wrapper is cleared with it, which hands it ownership, and the application's QScreen is
    deleted: the next window crashed (SIGSEGV in QScreen::virtualSiblings). The application's static
    lookups hand out the screen without tying it to any widget.
    """
    screen = None
    if widget is not None:
        window = widget.window()
        screen = QGuiApplication.screenAt(window.mapToGlobal(window.rect().center()))
    return screen if screen is not None else QGuiApplication.primaryScreen()


def screen_area(widget: QWidget | None = None) -> QRect:
    """The part of the screen a window may cover: the available geometry of the widget's screen (else the
    primary one), less a taskbar's room when the screen claims all of it."""
    screen = screen_of(widget)
    if screen is None:
        return QRect(0, 0, 1366, 768 - TASKBAR_ROOM)
    area = QRect(screen.availableGeometry())
    if area == screen.geometry():
        area.setHeight(area.height() - TASKBAR_ROOM)
    return area


def window_room(widget: QWidget | None = None) -> QSize:
    """The largest inner size of a window that, with its frame, still fits screen_area()."""
    area = screen_area(widget)
    return QSize(max(200, area.width() - FRAME_ROOM.width()), max(150, area.height() - FRAME_ROOM.height()))


def fit_to_screen(window: QWidget, preferred: QSize | tuple[int, int], parent: QWidget | None = None) -> QSize:
    """Size a window to `preferred`, or smaller when the screen (less taskbar and frame) has no room for it.

    A minimum size above the room is lowered too, so the buttons at the bottom stay on the screen; content
    taller than that belongs in a scrolling_body(). Returns the size given.
    """
    if isinstance(preferred, tuple):
        preferred = QSize(*preferred)
    room = window_room(parent or window.parentWidget() or window)
    window.setMinimumSize(window.minimumSize().boundedTo(room))
    size = preferred.boundedTo(room)
    window.resize(size)
    return size


def scrolling_body(content: QWidget) -> QScrollArea:
    """`content` inside a frameless scroll area: a long form scrolls on a small screen while the dialog's
    buttons, outside it, stay in view."""
    scroll = QScrollArea()
    scroll.setObjectName("scrollingBody")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scroll.setWidget(content)
    # the dialog's background, not the white of a scroll area's viewport
    scroll.viewport().setAutoFillBackground(False)
    content.setAutoFillBackground(False)
    return scroll


def plain_tip(text: str) -> str:
    """A tooltip that shows user text as plain text (Qt would read "<b>" in it as markup)."""
    return "<p style='white-space:pre-wrap'>" + escape(text) + "</p>"


def error_label() -> QLabel:
    """A red message line under a field, hidden until there is something to say."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_error(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


def list_table(headers: list[str], parent=None) -> QTableWidget:
    """A read-only list of rows to choose one from: whole-row selection, light stripes, no grid.

    Tab leaves the table instead of walking its cells.
    """
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setTabKeyNavigation(False)
    return table


# Item data role holding an item's rich text (markup built by us, user text escaped).
HTML_ROLE = Qt.ItemDataRole.UserRole + 3


class HtmlItemDelegate(QStyledItemDelegate):
    """Paints a list item's HTML_ROLE (bold names, muted details, struck-through corrections)."""

    PAD = 4

    def _doc(self, index, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(self.PAD)
        parent = self.parent()
        doc.setDefaultFont(parent.font() if isinstance(parent, QWidget) else QFont())
        doc.setHtml(index.data(HTML_ROLE) or escape(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        doc.setTextWidth(max(50.0, width))
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._doc(index, option.rect.width())
        painter.save()
        painter.translate(option.rect.topLeft())
        doc.drawContents(painter, QRectF(0, 0, option.rect.width(), option.rect.height()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        width = option.rect.width()
        parent = self.parent()
        if width <= 0 and isinstance(parent, QAbstractItemView):
            width = parent.viewport().width()
        return QSize(int(width), int(self._doc(index, width).size().height()) + 2)


class WrapLayout(QLayout):
    """Items left to right at their own width, wrapping onto the next line when the width runs out (the case
    view's legend, a toolbar on a narrow window): nothing is cut."""

    def __init__(self, parent=None, spacing: int = 6, line_spacing: int = 2):
        super().__init__(parent)
        self._items: list = []
        self._spacing, self._line_spacing = spacing, line_spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._items) + self._spacing * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def one_line_width(self) -> int:
        return self.sizeHint().width()

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in lines (each item centred in its line's height); the height used."""
        lines: list[list] = [[]]
        x = rect.x()
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and lines[-1]:
                lines.append([])
                x = rect.x()
            lines[-1].append((item, hint, x))
            x += hint.width() + self._spacing
        y = rect.y()
        for n, line in enumerate(lines):
            height = max((hint.height() for _, hint, _ in line), default=0)
            if move:
                for item, hint, left in line:
                    item.setGeometry(QRect(QPoint(left, y + (height - hint.height()) // 2), hint))
            y += height + (self._line_spacing if n < len(lines) - 1 else 0)
        return y - rect.y()
