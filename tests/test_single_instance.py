"""One window per database: a second start hands its .sopcase over to the running window and exits 0."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer

from sopdesk.app.office import Office
from sopdesk.app.transfer import export_case
from sopdesk.ui.shell import single_instance as si

SEED = "penyusunan-perencanaan-kinerja"


@pytest.fixture
def names():
    """Server names used by a test, removed afterwards (a killed process leaves its socket file)."""
    used = []
    yield used
    for name in used:
        QLocalServer.removeServer(name)


@pytest.fixture
def channel(qtbot, tmp_path, names):
    name = si.server_name(tmp_path / "kantor.db")
    names.append(name)
    c = si.Channel(name)
    assert c.listen()
    got = []
    c.set_handler(got.append)
    c.got = got
    yield c
    c.close()


def send_in_thread(name, message, **kw):
    """The second start blocks while it waits for "ok", so it cannot share the thread that answers."""
    out = {}
    t = threading.Thread(target=lambda: out.setdefault("ok", si.send(name, message, **kw)))
    t.start()
    return t, out


def run_sopdesk(*args, data_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SOPDESK_DATA_DIR=str(data_dir))
    env.pop("SOPDESK_DB", None)
    return subprocess.Popen([sys.executable, "-m", "sopdesk", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")


@pytest.fixture
def sopcase(tmp_path):
    source = Office(tmp_path / "sumber.db")
    try:
        cid = source.new_case(SEED, "Kasus dari flashdisk", year=2027)
        source.add_note(cid, "dibawa ke PC lain")
        return export_case(source, cid, tmp_path / "kasus dari flashdisk.sopcase")
    finally:
        source.close()


# -- the name ------------------------------------------------------------------

def test_name_is_the_same_for_every_spelling_of_the_database(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert si.server_name("kantor.db") == si.server_name(tmp_path / "kantor.db")
    assert si.server_name(tmp_path / "x" / ".." / "kantor.db") == si.server_name(tmp_path / "kantor.db")
    assert si.server_name("kantor.db") != si.server_name("lain.db")
    assert si.server_name("kantor.db", user="siti") != si.server_name("kantor.db", user="budi")
    assert len(si.server_name("kantor.db")) < 40  # Unix socket paths are short


# -- two ends in one process ------------------------------------------------------

def test_request_handed_over_and_confirmed(qtbot, channel):
    t, out = send_in_thread(channel.name, {"v": 1, "sopcase": "/data/kasus.sopcase", "open": 3})
    qtbot.waitUntil(lambda: bool(channel.got), timeout=5000)
    t.join(5)
    assert out["ok"] is True
    assert channel.got == [{"v": 1, "sopcase": "/data/kasus.sopcase", "open": 3}]


def test_requests_wait_for_the_window(qtbot, tmp_path, names):
    name = si.server_name(tmp_path / "menunggu.db")
    names.append(name)
    c = si.Channel(name)
    assert c.listen()
    try:
        t, out = send_in_thread(name, {"sopcase": "a.sopcase"})
        qtbot.waitUntil(lambda: not t.is_alive(), timeout=5000)
        assert out["ok"]
        got = []
        c.set_handler(got.append)  # the window exists now
        assert got == [{"sopcase": "a.sopcase"}]
    finally:
        c.close()


def test_malformed_request_is_ignored(qtbot, channel):
    t = threading.Thread(target=lambda: _raw(channel.name, b"not json\n"))
    t.start()
    qtbot.waitUntil(lambda: not t.is_alive(), timeout=5000)
    qtbot.wait(50)
    assert channel.got == []


def _raw(name, data):
    from PySide6.QtNetwork import QLocalSocket
    s = QLocalSocket()
    s.connectToServer(name)
    s.waitForConnected(1000)
    s.write(data)
    s.waitForBytesWritten(1000)
    s.waitForReadyRead(300)
    s.abort()


def test_nobody_listening_means_first(qtbot, tmp_path, names):
    name = si.server_name(tmp_path / "sepi.db")
    names.append(name)
    assert not si.send(name, {"open": 1}, connect_ms=200)
    role, c = si.claim(tmp_path / "sepi.db", {"open": 1})
    try:
        assert role == si.FIRST and c is not None and c.server.isListening()
    finally:
        c.close()


def test_second_claim_hands_over(qtbot, tmp_path, names):
    db = tmp_path / "dua.db"
    names.append(si.server_name(db))
    role, first = si.claim(db, {})
    assert role == si.FIRST
    got = []
    first.set_handler(got.append)
    try:
        out = {}
        t = threading.Thread(target=lambda: out.setdefault("r", si.claim(db, {"sopcase": "x.sopcase"})))
        t.start()
        qtbot.waitUntil(lambda: not t.is_alive(), timeout=8000)
        assert out["r"] == (si.SECOND, None)
        assert got == [{"sopcase": "x.sopcase"}]
    finally:
        first.close()


@pytest.mark.skipif(os.name != "posix", reason="on Windows a dead process's pipe disappears with it")
def test_stale_server_of_a_crashed_window_is_taken_over(qtbot, tmp_path, names):
    db = tmp_path / "basi.db"
    name = si.server_name(db)
    names.append(name)
    # What a crashed window leaves: the socket file, with nobody behind it.
    path = os.path.join(QDir.tempPath(), name)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)
    stale.close()
    assert os.path.exists(path)
    started = time.monotonic()
    role, c = si.claim(db, {})
    try:
        assert role == si.FIRST and c.server.isListening()
        assert time.monotonic() - started < 5
    finally:
        c.close()


# -- real program starts ------------------------------------------------------------

def test_second_start_of_the_program_hands_over_its_file_and_exits_0(qtbot, tmp_path, sopcase, names):
    """The running window is played by this test process; the second start is the real program."""
    db = tmp_path / "kantor.db"
    Office(db).close()
    _role, c = si.claim(db, {})
    names.append(c.name)
    got = []
    c.set_handler(got.append)
    try:
        # Started in the file's folder with a relative name, as Explorer may do.
        proc = subprocess.Popen([sys.executable, "-m", "sopdesk", "--db", str(db), sopcase.name, "--open", "1"],
                                cwd=tmp_path, env=dict(os.environ, QT_QPA_PLATFORM="offscreen",
                                                       SOPDESK_DATA_DIR=str(tmp_path / "data")),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60_000)
        assert proc.returncode == 0, proc.stderr.read()
        assert got == [{"v": 1, "sopcase": str(sopcase), "open": 1}]  # made absolute: the window's folder differs
    finally:
        c.close()


def test_smoke_run_neither_hands_over_nor_is_disturbed(qtbot, tmp_path, sopcase, names):
    db = tmp_path / "kantor.db"
    Office(db).close()
    _role, c = si.claim(db, {})
    names.append(c.name)
    got = []
    c.set_handler(got.append)
    try:
        proc = run_sopdesk("--db", str(db), "--smoke", str(sopcase), data_dir=tmp_path / "data")
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60_000)
        assert proc.returncode == 0, proc.stderr.read()
        assert got == []
        assert c.server.isListening()  # the smoke run did not take the name away
    finally:
        c.close()
    office = Office(db)
    try:
        assert [r["title"] for r in office.list_cases()] == ["Kasus dari flashdisk"]  # the smoke run imported it
    finally:
        office.close()


def test_two_real_windows_on_one_database(qtbot, tmp_path, sopcase, names):
    """First start: the window (left running). Second start with a .sopcase: exits 0 at once; the first shows
    what the file holds and asks before importing it (issue 16; the import after "Impor" is test_ui_import_trust's)."""
    db = tmp_path / "kantor.db"
    name = si.server_name(db)
    names.append(name)
    first = run_sopdesk("--db", str(db), data_dir=tmp_path / "data")
    try:
        qtbot.waitUntil(lambda: first.poll() is not None or si.reachable(name, 100), timeout=60_000)
        assert first.poll() is None, first.stderr.read()
        second = run_sopdesk("--db", str(db), str(sopcase), data_dir=tmp_path / "data")
        second.wait(60)
        assert second.returncode == 0, second.stderr.read()

        def imported():
            office = Office(db, seed=False)
            try:
                return [r["title"] for r in office.list_cases()]
            finally:
                office.close()

        log = tmp_path / "data" / "sopdesk.log"

        def asked() -> bool:
            text = log.read_text(encoding="utf-8") if log.exists() else ""
            return "question shown to user: Berkas: kasus dari flashdisk.sopcase" in text
        qtbot.waitUntil(asked, timeout=30_000)
        assert "Kasus: “Kasus dari flashdisk” — baru di PC ini" in log.read_text(encoding="utf-8")
        assert imported() == []       # nothing before the user's "Impor"
        assert first.poll() is None  # still running, now asking
    finally:
        first.terminate()  # the window started by this test
        try:
            first.wait(10)
        except subprocess.TimeoutExpired:
            first.kill()
            first.wait(10)
