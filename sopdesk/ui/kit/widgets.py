"""Small widget recipes used by several dialogs, so they look and behave alike."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QWidget,
)


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
