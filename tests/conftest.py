"""Shared fixtures: headless Qt, a real database per test (an SQLite file, or a fresh PostgreSQL database
for the modules marked `databases`), and a private data folder.

QT_QPA_PLATFORM must be set before anything imports Qt, so it is set at
import time of this file (pytest loads conftest.py before the test modules).

PostgreSQL: SOPDESK_TEST_PG is an admin URL (postgresql+psycopg://USER:PASSWORD@HOST:PORT/postgres, e.g.
what `python tests/pg_cluster.py start DIR` prints). Without it the PostgreSQL runs are skipped, unless
SOPDESK_TEST_PG_REQUIRED=1 (CI), which makes them fail.
"""
from __future__ import annotations

import contextlib
import os
import uuid

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


BACKENDS = ("sqlite", "postgresql")
PG_TEMPLATE = "sopdesk_tpl"


def pytest_configure(config):
    config.addinivalue_line("markers", "databases: run the module's db_target/office tests on SQLite and PostgreSQL")


def pytest_generate_tests(metafunc):
    if "db_target" in metafunc.fixturenames and metafunc.definition.get_closest_marker("databases"):
        metafunc.parametrize("db_target", BACKENDS, indirect=True)


class PgServer:
    """The test server: fresh databases made from an empty template (CREATE DATABASE … TEMPLATE is fast)."""

    def __init__(self, admin_url: str):
        from sqlalchemy.engine import make_url
        self.admin = make_url(admin_url).set(drivername="postgresql+psycopg")
        self._raw = self.admin.set(drivername="postgresql").render_as_string(hide_password=False)

    def connect_admin(self):
        import psycopg
        return psycopg.connect(self._raw, autocommit=True, connect_timeout=10)

    def url(self, name: str) -> str:
        return self.admin.set(database=name).render_as_string(hide_password=False)

    def create(self, name: str | None = None) -> str:
        name = name or f"t_{uuid.uuid4().hex[:16]}"
        with self.connect_admin() as con:
            con.execute(f'CREATE DATABASE "{name}" TEMPLATE "{PG_TEMPLATE}"')
        return name

    def drop(self, name: str) -> None:
        with self.connect_admin() as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def prepare(self) -> None:
        with self.connect_admin() as con:
            if con.execute("SELECT 1 FROM pg_database WHERE datname = %s", (PG_TEMPLATE,)).fetchone() is None:
                import psycopg
                # Another test process may make it meanwhile.
                with contextlib.suppress(psycopg.errors.DuplicateDatabase):
                    con.execute(f'CREATE DATABASE "{PG_TEMPLATE}" TEMPLATE template0 ENCODING \'UTF8\'')


@pytest.fixture(scope="session")
def pg_server():
    url = os.environ.get("SOPDESK_TEST_PG")
    if not url:
        if os.environ.get("SOPDESK_TEST_PG_REQUIRED") == "1":
            pytest.fail("SOPDESK_TEST_PG_REQUIRED=1 but SOPDESK_TEST_PG (an admin URL of a PostgreSQL server) is not set")
        pytest.skip("no PostgreSQL server for the tests (set SOPDESK_TEST_PG; see tests/pg_cluster.py)")
    server = PgServer(url)
    try:
        server.prepare()
    except Exception as e:  # noqa: BLE001 - whatever it is, the tests cannot use that server
        pytest.fail(f"the PostgreSQL server of SOPDESK_TEST_PG cannot be used: {type(e).__name__}")
    return server


@pytest.fixture
def new_pg_database(pg_server):
    """A function making fresh, empty PostgreSQL databases (their URLs); all dropped after the test."""
    made: list[str] = []

    def make() -> str:
        made.append(pg_server.create())
        return pg_server.url(made[-1])

    yield make
    for name in made:
        pg_server.drop(name)


@pytest.fixture
def db_target(request, tmp_path):
    """Where a test's database lives: tmp_path/t.db, or (modules marked `databases`, second run) the URL
    of a fresh, empty PostgreSQL database."""
    if getattr(request, "param", "sqlite") == "sqlite":
        return tmp_path / "t.db"
    return request.getfixturevalue("new_pg_database")()


@pytest.fixture
def office(db_target):
    from sopdesk.app.office import Office
    o = Office(db_target)
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
