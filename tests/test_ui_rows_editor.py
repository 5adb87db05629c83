"""The generic rows editor (ui/kit/rows_editor.py) on its own, with its own undo history and keys,
driven as a user would: Ins, typing, Tab / Enter, Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from sopdesk.ui.kit.rows_editor import RowsEditor, RowsModel
from tests.ui_helpers import press

CTRL = Qt.KeyboardModifier.ControlModifier


class NamesModel(RowsModel):
    COLUMNS = (("name", "Nama"), ("note", "Catatan"))


def make(qtbot):
    """A rows editor with a field after it, in a window the test keeps (its first value)."""
    host = QWidget()
    box = QVBoxLayout(host)
    model = NamesModel()
    editor = RowsEditor("Nama", model, fixed={}, weights={0: 1, 1: 1})
    after = QLineEdit()
    box.addWidget(editor)
    box.addWidget(after)
    qtbot.addWidget(host)
    host.resize(600, 400)
    host.show()
    qtbot.waitExposed(host)
    return host, editor, model, after


def typing_in(editor) -> QLineEdit:
    focus = editor.window().focusWidget()
    assert isinstance(focus, QLineEdit) and focus is editor.delegate.open_editor, focus
    return focus


def test_own_history_undoes_and_redoes_typing_rows_and_moves(qtbot):
    _host, editor, model, _after = make(qtbot)
    assert editor.undo_action is not None and not editor.undo_action.isEnabled()
    editor.view.setFocus()
    press(qtbot, editor.view, Qt.Key.Key_Insert)
    qtbot.keyClicks(typing_in(editor), "Ani")
    qtbot.keyClick(typing_in(editor), Qt.Key.Key_Tab)
    qtbot.keyClicks(typing_in(editor), "satu")
    qtbot.keyClick(typing_in(editor), Qt.Key.Key_Tab)          # the last cell of a filled row: a new row
    qtbot.keyClicks(typing_in(editor), "Budi")
    qtbot.keyClick(typing_in(editor), Qt.Key.Key_Return)
    assert model.rows == [{"name": "Ani", "note": "satu"}, {"name": "Budi", "note": ""}]
    assert editor.undo_action.isEnabled() and editor.undo_stack.count() == 5

    editor.view.setCurrentIndex(model.index(1, 0))
    press(qtbot, editor.view, Qt.Key.Key_Up, CTRL)
    assert [r["name"] for r in model.rows] == ["Budi", "Ani"]
    press(qtbot, editor.view, Qt.Key.Key_Z, CTRL)
    assert [r["name"] for r in model.rows] == ["Ani", "Budi"]
    press(qtbot, editor.view, Qt.Key.Key_Z, CTRL)
    assert model.rows[1]["name"] == "" and editor.view.currentIndex() == model.index(1, 0)
    press(qtbot, editor.view, Qt.Key.Key_Z, CTRL)
    assert model.rowCount() == 1
    press(qtbot, editor.view, Qt.Key.Key_Y, CTRL)
    press(qtbot, editor.view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert model.rows[1]["name"] == "Budi" and editor.redo_action.isEnabled()

    # Ctrl+Z in an open cell undoes the typing there, not the line editor's own history
    editor.view.setCurrentIndex(model.index(0, 1))
    editor.view.edit(model.index(0, 1))
    typing_in(editor).selectAll()
    qtbot.keyClicks(typing_in(editor), "dua")
    press(qtbot, typing_in(editor), Qt.Key.Key_Z, CTRL)
    assert model.rows[0]["note"] == "satu" and editor.delegate.open_editor is None


def test_enter_moves_down_and_tab_at_an_empty_last_row_leaves_the_table(qtbot):
    _host, editor, model, _after = make(qtbot)
    model.set_rows([{"name": "Ani"}, {"name": "Budi"}])
    editor.edit_cell(0, 1)
    qtbot.keyClicks(typing_in(editor), "x")
    qtbot.keyClick(typing_in(editor), Qt.Key.Key_Return)
    assert model.rows[0]["note"] == "x" and editor.view.currentIndex() == model.index(1, 1)
    editor.add_row()
    assert model.rowCount() == 3 and editor.view.currentIndex() == model.index(2, 0)
    qtbot.keyClick(typing_in(editor), Qt.Key.Key_Tab)
    qtbot.keyClick(typing_in(editor), Qt.Key.Key_Tab)            # the empty last row's last cell
    assert model.rowCount() == 3 and editor.delegate.open_editor is None
    assert editor.window().focusWidget() is not editor.view


def test_without_an_undo_stack_the_model_still_edits(qtbot, qtmodeltester):
    model = NamesModel([{"name": "Ani"}])
    assert model.undo_stack is None
    model.insert_row(None, {"name": "Budi"})
    model.setData(model.index(1, 1), "catatan")
    assert model.move_row(1, -1) == 0
    model.remove_rows([1])
    assert model.rows == [{"name": "Budi", "note": "catatan"}]
    qtmodeltester.check(model)
