"""An SQLite database on a network share is refused, pointing to the office server (issue 14)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sopdesk.app.office import Office
from sopdesk.store.errors import StoreError
from sopdesk.store.network_share import (
    DRIVE_REMOTE,
    posix_network_location,
    windows_network_location,
)

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//server/kantor /mnt/kantor cifs rw,vers=3.0 0 0
server:/export /srv/nfs nfs4 rw 0 0
/dev/sdb1 /mnt/kantor/flashdisk vfat rw 0 0
//server/data\\040umum /mnt/data\\040umum cifs rw 0 0
"""


@pytest.mark.parametrize("path, where", [
    ("/home/staf/sopdesk.db", None),
    ("/mnt/kantor/sopdesk.db", "//server/kantor (cifs)"),
    ("/mnt/kantor/sub/dir/sopdesk.db", "//server/kantor (cifs)"),
    ("/mnt/kantor/flashdisk/sopdesk.db", None),          # a local disk mounted inside the share
    ("/mnt/kantorlain/sopdesk.db", None),                # a prefix of the name is not the folder
    ("/srv/nfs/sopdesk.db", "server:/export (nfs4)"),
    ("/mnt/data umum/sopdesk.db", "//server/data umum (cifs)"),
])
def test_linux_mount_table(path, where):
    assert posix_network_location(Path(path), MOUNTS) == where


def local(_root: str) -> int:
    return 3  # DRIVE_FIXED


def mapped(root: str) -> int:
    return DRIVE_REMOTE if root.upper() == "Z:\\" else 3


@pytest.mark.parametrize("path, drive_type, where", [
    (r"C:\Users\staf\AppData\Local\sopdesk\sopdesk.db", local, None),
    (r"\\SERVER\Bersama\sopdesk\sopdesk.db", local, r"\\SERVER\Bersama"),
    ("//server/bersama/sopdesk.db", local, r"\\server\bersama"),
    (r"\\?\UNC\server\bersama\sopdesk.db", local, r"\\server\bersama"),
    (r"\\?\C:\data\sopdesk.db", local, None),              # a long local path is not a share
    (r"Z:\sopdesk\sopdesk.db", mapped, "drive jaringan Z:"),
    (r"z:\sopdesk.db", mapped, "drive jaringan Z:"),
    (r"D:\sopdesk.db", mapped, None),
])
def test_windows_paths(path, drive_type, where):
    assert windows_network_location(path, drive_type) == where


@pytest.mark.skipif(sys.platform == "win32", reason="a UNC name is a real share on Windows")
def test_a_share_name_is_refused_before_any_file_is_made(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError) as raised:
        Office(Path(r"\\server\bersama\sopdesk.db"))
    message = str(raised.value)
    assert "folder jaringan" in message and "server kantor (PostgreSQL)" in message
    assert list(tmp_path.iterdir()) == []


def test_the_cli_says_why_and_points_to_the_server(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}   # this checkout's sopdesk
    done = subprocess.run([sys.executable, "-m", "sopdesk", "--db", r"\\server\bersama\sopdesk.db", "sop", "list"],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120, env=env)
    assert done.returncode != 0
    assert "folder jaringan" in done.stderr and "postgresql+psycopg://" in done.stderr
    assert list(tmp_path.iterdir()) == []
