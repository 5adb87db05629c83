"""The real program started as a user would (`python -m sopdesk`), headless, in smoke mode."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from sopdesk.app.demo import generate


def run_sopdesk(*args, data_dir, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SOPDESK_DATA_DIR=str(data_dir))
    env.pop("SOPDESK_DB", None)
    return subprocess.run([sys.executable, "-m", "sopdesk", *args], env=env, capture_output=True, text=True,
                          timeout=timeout, encoding="utf-8")


def assert_png(path):
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000


def test_smoke_on_a_fresh_database_creates_it_and_saves_a_picture(tmp_path):
    db, shot = tmp_path / "baru.db", tmp_path / "x.png"
    result = run_sopdesk("--db", str(db), "--smoke", "--screenshot", str(shot), data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert db.exists()
    assert_png(shot)


def test_smoke_with_default_data_folder(tmp_path):
    data = tmp_path / "data"
    result = run_sopdesk("--smoke", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert (data / "sopdesk.db").exists()


def test_smoke_opens_a_case_tab(tmp_path, office):
    generate(office, 20)
    case_id = office.case_ids(state="open")[0] if office.case_ids(state="open") else office.case_ids()[0]
    shot = tmp_path / "kasus.png"
    result = run_sopdesk("--db", office.target, "--smoke", "--open", str(case_id), "--screenshot", str(shot),
                         data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert_png(shot)


def test_smoke_with_missing_case_fails_with_a_message(tmp_path, office):
    result = run_sopdesk("--db", office.target, "--smoke", "--open", "4242", data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "Kasus nomor 4242 tidak ada." in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("content", [b"ini bukan basis data sqlite sama sekali" * 100, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_broken_database_gives_an_indonesian_message_and_exit_1(tmp_path, content):
    db = tmp_path / "rusak.db"
    db.write_bytes(content)
    result = run_sopdesk("--db", str(db), "--smoke", data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "Basis data tidak dapat dibuka" in result.stderr
    assert "Traceback" not in result.stderr


def test_database_folder_missing_gives_a_message(tmp_path):
    result = run_sopdesk("--db", str(tmp_path / "tidak-ada" / "x.db"), "--smoke", data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "Folder basis data tidak ada" in result.stderr


def test_many_qt_calls_do_not_abort_the_interpreter(tmp_path):
    """PySide6 6.12 on Python 3.11 loses a reference to None per void call (see sopdesk/ui/qt_compat.py)."""
    code = ("import os; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
            "from sopdesk.ui.shell.app import make_app\n"
            "from PySide6.QtWidgets import QScrollBar\n"
            "app = make_app(); bar = QScrollBar()\n"
            "for _ in range(50_000): bar.setValue(1)\n"
            "print('ok')\n")
    env = dict(os.environ, SOPDESK_DATA_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
