"""An office PC's folders have spaces and letters beyond ASCII, and sopdesk must not mind.

On Windows the database and its backups live in C:\\Users\\Siti Rahayu\\AppData\\Local\\sopdesk\\sopdesk,
and the documents, attachments and exported cases in C:\\Users\\Siti Rahayu\\Dokumen Kantor
("Kasus Ñ.sopcase"). These tests make the same shape under tmp_path. They run in the normal test
run on Linux, and .ci/windows-check runs them with the Windows Python under Wine (where tmp_path
itself is under C:\\users\\Siti Rahayu\\AppData\\Local\\Temp).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sopdesk import paths
from sopdesk.app.attachments import add_attachment, list_attachments, save_attachment, temp_copy
from sopdesk.app.office import Office

SEED = "penyusunan-perencanaan-kinerja"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def siti(tmp_path, monkeypatch):
    """Siti Rahayu's profile: (data folder, documents folder), the data folder in use."""
    home = tmp_path / "Users" / "Siti Rahayu"
    data = home / "AppData" / "Local" / "sopdesk" / "sopdesk"
    docs = home / "Dokumen Kantor"
    docs.mkdir(parents=True)
    monkeypatch.setenv("SOPDESK_DATA_DIR", str(data))
    monkeypatch.delenv("SOPDESK_DB", raising=False)
    return data, docs


def sopdesk(*args: str, data: Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The command line, as a separate process (the arguments cross a process boundary as on Windows)."""
    env = dict(os.environ, SOPDESK_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    env.pop("SOPDESK_DB", None)
    r = subprocess.run([sys.executable, "-m", "sopdesk", *args], env=env, cwd=cwd, capture_output=True,
                       encoding="utf-8", timeout=300)
    assert r.returncode == 0, f"sopdesk {' '.join(args)}: {r.stderr}"
    return r


@pytest.mark.skipif(sys.platform != "win32", reason="the Windows data folder (appdirs on Windows)")
def test_data_folder_is_under_localappdata(monkeypatch):
    monkeypatch.delenv("SOPDESK_DATA_DIR", raising=False)
    # What packaging/windows/sopdesk.iss tells the user when uninstalling: {localappdata}\sopdesk\sopdesk.
    assert paths.data_dir() == Path(os.environ["LOCALAPPDATA"]) / paths.APP_AUTHOR / paths.APP_NAME
    assert paths.default_database() == paths.data_dir() / "sopdesk.db"


def test_database_backups_and_exports_in_folders_with_spaces_and_non_ascii(siti):
    data, docs = siti
    case = sopdesk("case", "new", "--sop", SEED, "--title", "Penyusunan PK — Kecamatan Ñ", "--year", "2027",
                   data=data).stdout.strip().splitlines()[-1]
    assert (data / "sopdesk.db").is_file()  # the first command made the database in the data folder

    sopdesk("backup", data=data)
    assert len(list((data / "backups").glob("*.sqlite"))) == 1

    sopcase = docs / "Kasus Ñ.sopcase"
    sopdesk("case", "export", case, "--out", str(sopcase), data=data)
    assert sopcase.read_bytes()[:4] == b"PK\x03\x04"

    (docs / "pk.toml").write_text(PK_TOML, encoding="utf-8")
    sopdesk("pk", "load", case, "pk.toml", data=data, cwd=docs)  # a relative name, in the documents folder
    sopdesk("pk", "pdf", case, "--out", "Perjanjian Kinerja Ñ.pdf", data=data, cwd=docs)
    assert (docs / "Perjanjian Kinerja Ñ.pdf").read_bytes()[:5] == b"%PDF-"

    other = docs / "Kantor Lain Ñ.db"
    got = json.loads(sopdesk("--db", str(other), "case", "import", str(sopcase), "--json", data=data).stdout)
    assert got["new"] is True
    sopdesk("--db", str(other), "backup", "--out", str(docs / "Cadangan Ñ.sqlite"), data=data)
    assert (docs / "Cadangan Ñ.sqlite").read_bytes()[:16] == b"SQLite format 3\x00"
    sopdesk("--db", str(other), "check", data=data)


def test_attachments_from_and_to_folders_with_spaces_and_non_ascii(siti):
    data, docs = siti
    scan = docs / "Surat Edaran Ñ (pindaian).pdf"
    scan.write_bytes(PDF)
    paths.ensure_data_dir()  # as the program does at start
    office = Office(paths.default_database())
    try:
        case = office.new_case(SEED, "Kasus dengan lampiran", year=2027)
        attachment = add_attachment(office, case, scan, by="Siti Rahayu")
        assert [a.filename for a in list_attachments(office, case)] == [scan.name]
        copy = save_attachment(office, attachment, docs / "Salinan Ñ.pdf")
        assert copy.read_bytes() == PDF
        opened = temp_copy(office, attachment)  # what "Buka" hands to the PC's PDF viewer
        assert opened.name == scan.name and opened.read_bytes() == PDF
    finally:
        office.close()
    assert paths.default_database().parent == data


def test_second_start_hands_over_a_sopcase_from_a_non_ascii_folder(qtbot, siti):
    """The running window is played by this test; the second start is the real program, started in the
    documents folder with the file's bare name (as Explorer does for a double-click)."""
    from PySide6.QtNetwork import QLocalServer

    from sopdesk.app.transfer import export_case
    from sopdesk.ui.shell import single_instance as si

    data, docs = siti
    paths.ensure_data_dir()
    db = paths.default_database()
    source = Office(docs / "Kantor Lain Ñ.db")
    try:
        sopcase = export_case(source, source.new_case(SEED, "Kasus dari flashdisk Ñ", year=2027),
                              docs / "Kasus Ñ.sopcase")
    finally:
        source.close()
    Office(db).close()
    role, channel = si.claim(db, {})
    assert role == si.FIRST
    got: list[dict] = []
    channel.set_handler(got.append)
    try:
        env = dict(os.environ, SOPDESK_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
        second = subprocess.Popen([sys.executable, "-m", "sopdesk", sopcase.name], cwd=docs, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=300_000)
        assert second.returncode == 0, second.stderr.read().decode("utf-8", "replace")
        assert got == [{"v": 1, "sopcase": str(sopcase), "open": None}]
    finally:
        channel.close()
        QLocalServer.removeServer(channel.name)


PK_TOML = """year = 2027
place = "Somagede"
date = "2027-01-04"
[first_party]
name = "Drs. SAPTONO SUPRIYANTO"
position = "Camat Somagede"
rank = "Pembina Tingkat I (IV/b)"
nip = "196509241995031002"
[second_party]
name = "Ir. H. SADEWO TRI LASTIONO, M.M."
position = "Bupati Banyumas"
[[targets]]
goal = "Meningkatnya kualitas pelayanan publik"
indicator = "Indeks Kepuasan Masyarakat (IKM)"
target = "82"
unit = "nilai"
"""
