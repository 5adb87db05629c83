"""The program's screen is never handed to Python's collector.

PySide makes a QScreen returned by `QWidget.screen()` (or `QWindow.screen()`) a child of the asking
wrapper; when that wrapper is collected in a reference cycle, the collector clears the screen's wrapper
too, which gives it ownership and deletes the application's QScreen: the next window crashes (SIGSEGV in
QScreen::virtualSiblings, seen in `--audit-layout` after the record dialog). kit.widgets.screen_of asks
the application instead.
"""
from __future__ import annotations

import gc
import re
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from sopdesk.ui.kit.widgets import screen_area, screen_of, window_room

PACKAGE = Path(__file__).resolve().parents[1] / "sopdesk"


def test_a_collected_widget_that_asked_for_its_screen_leaves_the_screen_alone(qapp):
    for n in range(20):
        screen = QGuiApplication.primaryScreen()   # its wrapper older than the widget's, as in the program
        widget = QDialog() if n % 2 else QWidget()
        widget.itself = widget                     # a cycle: only the collector frees it
        assert screen_of(widget) is screen
        screen_area(widget)
        window_room(widget)
        del widget, screen
        gc.collect()
    after = QGuiApplication.primaryScreen()
    assert after is not None
    assert after.virtualSiblings()                 # where the deleted screen crashed
    dialog = QDialog()                              # QWidget::screen() inside Qt: screenAt → virtualSiblings
    assert screen_area(dialog).width() > 0
    dialog.deleteLater()


def test_no_screen_is_asked_of_a_widget_or_window_from_python():
    asked = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if re.search(r"\.screen\(\)", code) and "`" not in code:
                asked.append(f"{path.relative_to(PACKAGE)}:{no}: {line.strip()}")
    assert asked == [], "use kit.widgets.screen_of (see its docstring):\n" + "\n".join(asked)
