"""Hostile disks: full, read-only, or not there at all. Clear Indonesian messages; nothing saved is lost.

Full and read-only disks are real: a tiny tmpfs mounted for the test (the
tests run as root here; where mounting is not permitted they are skipped,
and the read-only message is still checked against SQLite's own error via a
?mode=ro connection).
"""
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sopdesk.app.office import Office
from sopdesk.app.transfer import export_case
from sopdesk.domain.errors import UserError
from sopdesk.store import backup as bk
from sopdesk.store.engine import make_engine
from sopdesk.store.errors import StoreError, describe_error

ROOT = Path(__file__).resolve().parents[1]
SEED = "penyusunan-perencanaan-kinerja"


class TinyDisk:
    def __init__(self, where: Path):
        self.path = where
        where.mkdir()

    def mount(self, size: str) -> None:
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(self.path)],
                       check=True, capture_output=True)

    def remount(self, options: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{options}", str(self.path)], check=True, capture_output=True)

    def unmount(self) -> None:
        subprocess.run(["umount", "-l", str(self.path)], capture_output=True)


@pytest.fixture
def tiny_disk(tmp_path):
    disk = TinyDisk(tmp_path / "flashdisk")
    try:
        disk.mount("1m")
    except (subprocess.CalledProcessError, FileNotFoundError) as e:
        pytest.skip(f"mounting a tiny file system is not permitted here ({getattr(e, 'stderr', e)!r})")
    yield disk
    disk.unmount()


def events(path: Path) -> list[tuple]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return con.execute("SELECT id, note FROM events ORDER BY id").fetchall()
    finally:
        con.close()


# -- a full disk ---------------------------------------------------------------------

def test_full_disk_refuses_the_write_and_loses_nothing(tiny_disk, tmp_path):
    db = tiny_disk.path / "kantor.db"
    office = Office(db)
    cid = office.new_case(SEED, "Kasus di flashdisk")
    saved = []
    with pytest.raises(StoreError) as e:
        for i in range(1000):
            saved.append((office.add_note(cid, f"catatan {i} " + "isi " * 5000), i))
    assert str(e.value).startswith("Diska penuh") and "data yang sudah tersimpan aman" in str(e.value)
    assert len(saved) > 5
    # Everything acknowledged is there; the failed note is not half there.
    assert [eid for eid, _ in events(db)] == [eid for eid, _ in saved]
    # Other writes on the full disk fail the same clean way; reading still works.
    with pytest.raises(UserError):
        export_case(office, cid, tiny_disk.path / "kasus.sopcase")
    assert not [p for p in tiny_disk.path.iterdir() if p.suffix in (".sopcase", ".tmp")]
    assert len(office.case(cid).events) == len(saved)
    office.close()
    # Opening on the full disk works; the daily backup cannot be made and says so.
    again = Office(db)
    assert again.backup_problem and "diska penuh" in again.backup_problem.lower()
    backups = tiny_disk.path / "backups"
    assert not backups.exists() or not list(backups.iterdir())
    again.close()
    with pytest.raises(StoreError, match="diska penuh"):
        bk.make_backup(db)
    # Room again: work goes on where it stopped.
    tiny_disk.remount("size=16m")
    office = Office(db)
    office.add_note(cid, "setelah ruang dikosongkan")
    assert len(events(db)) == len(saved) + 1
    office.close()


def test_restore_onto_a_full_disk_changes_nothing(tiny_disk, tmp_path):
    db = tiny_disk.path / "kantor.db"
    Office(db).close()
    good = bk.make_backup(db, tmp_path / "cadangan.sqlite")
    filler = tiny_disk.path / "isi.bin"
    # Unbuffered: a write the full disk cut short leaves nothing behind for close() to fail on.
    with open(filler, "wb", buffering=0) as f:
        try:
            while f.write(b"\0" * 65536):
                pass
        except OSError:
            pass
    before = db.read_bytes()
    with pytest.raises(StoreError, match=r"diska penuh|Pemulihan"):
        bk.restore(db, good)
    assert db.read_bytes() == before
    assert not [p for p in tiny_disk.path.iterdir() if p.name.endswith(".tmp")]


# -- a read-only disk -------------------------------------------------------------------

def test_read_only_folder_is_named_and_nothing_lost(tiny_disk, tmp_path):
    db = tiny_disk.path / "kantor.db"
    office = Office(db)
    cid = office.new_case(SEED, "Sebelum dikunci")
    office.add_note(cid, "tersimpan")
    office.close()
    tiny_disk.remount("ro")
    with pytest.raises(StoreError, match="hanya dapat dibaca \\(read-only\\)") as e:
        Office(db)
    assert str(tiny_disk.path) in str(e.value)
    with pytest.raises(StoreError, match=r"tidak dapat ditulis ke .*hanya dapat dibaca"):
        bk.make_backup(_another_db(tmp_path), tiny_disk.path / "x.sqlite")
    tiny_disk.remount("rw")
    assert [note for _, note in events(db)] == ["tersimpan"]


def _another_db(tmp_path: Path) -> Path:
    path = tmp_path / "lain.db"
    Office(path).close()
    return path


def test_cli_on_a_read_only_flashdisk(tiny_disk, tmp_path):
    db = tiny_disk.path / "kantor.db"
    Office(db).close()
    tiny_disk.remount("ro")
    env = dict(os.environ, SOPDESK_DATA_DIR=str(tmp_path / "data"))
    p = subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(db), "case", "list"], capture_output=True,
                       text=True, env=env, cwd=ROOT, timeout=120)
    assert p.returncode == 1 and "read-only" in p.stderr and "Traceback" not in p.stderr
    p = subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(_another_db(tmp_path)), "backup", "--out",
                        str(tiny_disk.path)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert p.returncode == 1 and "hanya dapat dibaca" in p.stderr and "Traceback" not in p.stderr


def test_sqlite_read_only_error_is_explained(tmp_path):
    """Without any mount: SQLite's own read-only error, through a ?mode=ro connection."""
    db = tmp_path / "kantor.db"
    Office(db).close()
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as e:
        con.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    con.close()
    assert describe_error(e.value).startswith("Basis data hanya dapat dibaca (read-only)")
    engine = make_engine(f"sqlite:///file:{db}?mode=ro&uri=true")
    with pytest.raises(Exception) as e2, engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    assert describe_error(e2.value).startswith("Basis data hanya dapat dibaca")


# -- a drive that is not there ------------------------------------------------------------------

def test_database_on_a_missing_drive(tmp_path):
    missing = tmp_path / "E-drive-dicabut" / "kantor.db"
    with pytest.raises(StoreError, match=r"Folder basis data tidak ada.*flashdisk"):
        Office(missing)
    with pytest.raises(StoreError, match="tidak ada"):
        bk.make_backup(missing)
    with pytest.raises(StoreError, match="Folder basis data tidak ada"):
        bk.restore(missing, bk.make_backup(_another_db(tmp_path), tmp_path / "c.sqlite"))
    assert not missing.parent.exists()  # nothing created on the way


def test_cli_on_a_missing_drive(tmp_path):
    env = dict(os.environ, SOPDESK_DATA_DIR=str(tmp_path / "data"))
    for args in (["case", "list"], ["backup"], ["check"], ["restore", str(tmp_path / "x.sqlite")]):
        p = subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(tmp_path / "F" / "kantor.db"), *args],
                           capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
        assert p.returncode == 1 and p.stderr.strip() and "Traceback" not in p.stderr, (args, p.stderr)
        assert "tak terduga" not in p.stderr, (args, p.stderr)
