"""Small widget recipes used by several dialogs, so they look and behave alike."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget


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
