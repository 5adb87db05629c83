"""Settings → Basis data kantor: the saved address, its password kept private, and Uji sambungan (issue 14)."""
from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from sopdesk import paths
from sopdesk.app import server
from sopdesk.app.server import ServerAddress, check_server, default_target, save_address, saved_address
from sopdesk.domain.errors import UserError

SECRET = "r4h@sia/kantor:ü"


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("SOPDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("SOPDESK_DB", raising=False)
    return tmp_path / "data"


def test_saved_address_comes_back_and_becomes_the_default(data_folder):
    assert saved_address() is None
    assert default_target() == str(paths.data_dir() / "sopdesk.db")
    address = ServerAddress("192.168.1.10", 5432, "sopdesk", "sopdesk", SECRET)
    save_address(address)
    assert saved_address() == address
    url = default_target()
    assert url.startswith("postgresql+psycopg://sopdesk:") and url.endswith("@192.168.1.10:5432/sopdesk")
    assert SECRET not in url            # quoted for the URL, not lost
    from sqlalchemy.engine import make_url
    assert make_url(url).password == SECRET


def test_sopdesk_db_wins_over_the_saved_server(monkeypatch):
    save_address(ServerAddress("server", password="x"))
    monkeypatch.setenv("SOPDESK_DB", "/tmp/lain.db")
    assert Path(default_target()) == Path("/tmp/lain.db")   # Windows writes it with backslashes


def test_forgetting_the_server_goes_back_to_this_pcs_file():
    save_address(ServerAddress("server", password="x"))
    save_address(None)
    assert saved_address() is None
    assert default_target().endswith("sopdesk.db")


@pytest.mark.skipif(sys.platform == "win32", reason="file modes; Windows seals with DPAPI")
def test_the_password_file_is_readable_by_this_user_only(data_folder):
    save_address(ServerAddress("server", password=SECRET))
    file = data_folder / server.FILE_NAME
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    text = file.read_text(encoding="utf-8")
    assert SECRET not in text
    assert json.loads(text)["sealed_with"] == "file-mode-0600"
    assert not list(data_folder.glob("*.baru"))


@pytest.mark.skipif(sys.platform != "win32", reason="DPAPI is Windows' (run by .ci/windows-check under Wine)")
def test_windows_seals_the_password_for_this_user(data_folder):
    import base64
    save_address(ServerAddress("server", password=SECRET))
    data = json.loads((data_folder / server.FILE_NAME).read_text(encoding="utf-8"))
    assert data["sealed_with"] == "dpapi"
    assert SECRET.encode("utf-8") not in base64.b64decode(data["password"])
    saved = saved_address()
    assert saved is not None and saved.password == SECRET


def test_the_address_is_shown_without_its_password():
    address = ServerAddress("192.168.1.10", password=SECRET)
    assert SECRET not in address.shown() and "***" in address.shown()
    assert server.masked("postgresql+psycopg://u:geheim@h/db") == "postgresql+psycopg://u:***@h/db"


@pytest.mark.parametrize("address, words", [
    (ServerAddress(""), "belum diisi"),
    (ServerAddress("a b"), "tidak sah"),
    (ServerAddress("x@y"), "tidak sah"),
    (ServerAddress("server", port=70000), "Port 70000"),
    (ServerAddress("server", database=" "), "Nama basis data"),
    (ServerAddress("server", user=""), "Pengguna"),
])
def test_a_wrong_address_is_named_and_not_saved(address, words, data_folder):
    assert words in check_server(address).message
    with pytest.raises(UserError, match=words):
        save_address(address)
    assert not (data_folder / server.FILE_NAME).exists()


def test_a_damaged_settings_file_says_where_to_fix_it(data_folder):
    data_folder.mkdir(parents=True)
    (data_folder / server.FILE_NAME).write_text("{ rusak", encoding="utf-8")
    with pytest.raises(UserError, match="Basis data kantor"):
        saved_address()


def test_a_closed_port_answers_quickly_and_plainly():
    probe = check_server(ServerAddress("127.0.0.1", port=1, password=SECRET))
    assert not probe.ok
    assert "tidak terjangkau" in probe.message and SECRET not in probe.message


# ---- against a real server (SOPDESK_TEST_PG: an admin URL of a throwaway cluster) ----------------

PG = os.environ.get("SOPDESK_TEST_PG")
needs_pg = pytest.mark.skipif(not PG and os.environ.get("SOPDESK_TEST_PG_REQUIRED") != "1",
                              reason="no PostgreSQL server (SOPDESK_TEST_PG)")


@needs_pg
def test_uji_sambungan_against_a_real_server():
    assert PG, "SOPDESK_TEST_PG_REQUIRED=1 but SOPDESK_TEST_PG is not set"
    from sqlalchemy.engine import make_url
    admin = make_url(PG)
    good = ServerAddress(admin.host or "127.0.0.1", admin.port or 5432, admin.database or "postgres",
                         admin.username or "", admin.password or "")
    probe = check_server(good)
    assert probe.ok, probe.message
    assert probe.server_version and probe.contents in ("empty", "sopdesk", "other")
    wrong = ServerAddress(good.host, good.port, "tidak_ada_basis_data_ini", good.user, good.password)
    assert "tidak ada" in check_server(wrong).message
    refused = ServerAddress(good.host, good.port, good.database, good.user, good.password + "-salah")
    assert "menolak" in check_server(refused).message


def test_the_command_line_opens_the_saved_server_and_never_shows_its_password(tmp_path):
    import subprocess
    import sys
    save_address(ServerAddress("127.0.0.1", port=1, password=SECRET))
    from pathlib import Path
    root = str(Path(__file__).resolve().parents[1])   # this checkout's sopdesk, whatever is installed
    env = {**os.environ, "SOPDESK_DATA_DIR": str(paths.data_dir()), "PYTHONPATH": root}
    env.pop("SOPDESK_DB", None)
    done = subprocess.run([sys.executable, "-m", "sopdesk", "case", "list"], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)
    assert done.returncode != 0
    assert "127.0.0.1:1" in done.stderr and "tidak terjangkau" in done.stderr
    assert SECRET not in done.stdout + done.stderr
    log = paths.data_dir() / "sopdesk.log"
    assert not log.exists() or SECRET not in log.read_text(encoding="utf-8", errors="replace")
