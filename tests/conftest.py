"""Shared fixtures: headless Qt, a real SQLite file per test, and a private data folder.

QT_QPA_PLATFORM must be set before anything imports Qt, so it is set at
import time of this file (pytest loads conftest.py before the test modules).
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

try:
    # PySide6 6.12 on Python 3.11 loses a reference to None on every void Qt call; a test session
    # makes enough of them to abort the interpreter (see sopdesk/ui/qt_compat.py).
    from sopdesk.ui.shell.qt_compat import keep_none_alive
except ImportError:  # no Qt installed: only the non-GUI tests can run
    pass
else:
    keep_none_alive()


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """Logs, per-PC settings and the default database go to a temporary folder, never the user's."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("SOPDESK_DATA_DIR", str(folder))
    monkeypatch.delenv("SOPDESK_DB", raising=False)
    return folder


@pytest.fixture
def data_dir(_private_data_dir):
    return _private_data_dir


@pytest.fixture
def office(tmp_path):
    from sopdesk.app.office import Office
    o = Office(tmp_path / "t.db")
    yield o
    o.close()


class DialogRecorder:
    """Stands in for every message box and file dialog of sopdesk.ui, which would block a test.

    `calls` lists (kind, text); `answer` is what ask() returns; `open_path`/`save_path` what the file
    dialogs return. An unexpected-error dialog fails the test unless `allow_unexpected` is set.
    """

    def __init__(self):
        self.calls: list[tuple[str, str]] = []
        self.answer = False
        self.open_path: str | None = None
        self.save_path: str | None = None
        self.allow_unexpected = False

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, text in self.calls if kind is None or k == kind]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch):
    recorder = DialogRecorder()
    try:
        from sopdesk.ui.kit import errors, messages
    except ImportError:  # the GUI package is optional for non-GUI tests
        return recorder

    def record(kind):
        def show(parent, text, title=None, *args, **kwargs):
            recorder.calls.append((kind, text))
        return show

    for kind in ("inform", "warn", "error"):
        monkeypatch.setattr(messages, kind, record(kind))

    def ask(parent, text, title=None, yes=None, no=None):
        recorder.calls.append(("ask", text))
        return recorder.answer

    def show_problems(parent, intro, problems, title=None):
        recorder.calls.append(("problems", intro + "\n" + "\n".join(problems)))

    monkeypatch.setattr(messages, "ask", ask)

    def choose(parent, text, options, default, title=None):
        recorder.calls.append(("choose", text))
        return default

    monkeypatch.setattr(messages, "choose", choose)
    monkeypatch.setattr(messages, "show_problems", show_problems)
    monkeypatch.setattr(messages, "choose_open_file", lambda *a, **k: recorder.open_path)
    monkeypatch.setattr(messages, "choose_save_file", lambda *a, **k: recorder.save_path)
    monkeypatch.setattr(errors, "show_unexpected", lambda parent, details: recorder.calls.append(("unexpected", details)))
    yield recorder


@pytest.fixture(autouse=True)
def _no_unexpected_error(request, dialogs):
    """Any "unexpected error" during a test fails it, with the traceback: the program's own path (errors.
    show_unexpected, patched by `dialogs`, which also takes workers' failures and errors.handle_exception) and
    an exception escaping a Qt slot or event handler (sys.excepthook; pytest-qt reports those as well).

    At teardown the widgets the test left behind are deleted first (collected, deferred deletes run), so an
    error on closing a window, like the print preview's after page 2, fails the test that opened it instead
    of a later one, or none.
    """
    import sys
    import traceback

    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        dialogs.calls.append(("unexpected", "".join(traceback.format_exception(exc_type, exc, tb))))
        previous(exc_type, exc, tb)

    sys.excepthook = hook
    yield
    try:
        if "qtbot" in request.fixturenames:
            import gc

            from PySide6.QtCore import QCoreApplication, QEvent
            app = QCoreApplication.instance()
            if app is not None:
                gc.collect()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                app.processEvents()
    finally:
        if sys.excepthook is hook:
            sys.excepthook = previous
    if not dialogs.allow_unexpected:
        unexpected = dialogs.texts("unexpected")
        assert not unexpected, "an unexpected-error dialog was shown:\n" + "\n".join(unexpected)


@pytest.fixture
def window(qtbot, office):
    from sopdesk.ui.shell.main_window import MainWindow
    w = MainWindow(office, restore_layout=False)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w
