"""Damaged database files are detected on open, explained in Indonesian, and left exactly as they were."""
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sopdesk.app.office import Office
from sopdesk.store import backup as bk, integrity, opening, sqlite_file
from sopdesk.store.errors import DamagedDatabase, NewerDatabase, StoreError, describe_error
from sopdesk.store.schema import SCHEMA_VERSION
from tests.fixtures import damage

ROOT = Path(__file__).resolve().parents[1]
SEED = "penyusunan-perencanaan-kinerja"


def office_db(path: Path, cases: int = 200) -> Path:
    office = Office(path)
    for i in range(cases):
        office.new_case(SEED, f"Kasus nomor {i} " + "x" * 300)
    office.close()
    damage.checkpoint(path)
    return path


def fingerprint(folder: Path) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize("spoil, detail", [
    (damage.truncate, "terpotong"),
    (damage.scribble, "pemeriksaan halaman menemukan kerusakan"),
    (damage.zero, "hanya nol"),
    (damage.not_a_database, "bukan basis data SQLite"),
])
def test_damaged_file_is_refused_in_indonesian_and_not_touched(tmp_path, spoil, detail):
    db = office_db(tmp_path / "kantor.db")
    spoil(db)
    before = fingerprint(tmp_path)
    with pytest.raises(DamagedDatabase) as e:
        Office(db)
    assert detail in e.value.detail and "Berkas basis data rusak" in str(e.value)
    assert e.value.backup is None and "Tidak ada cadangan" in str(e.value)
    assert fingerprint(tmp_path) == before  # nothing written, not even a -wal


def test_damage_found_after_a_crash_even_with_the_log_left_behind(tmp_path, monkeypatch):
    """A killed program leaves its -wal; the header check is skipped then, the page check is not."""
    db = office_db(tmp_path / "kantor.db")
    bk.make_backup(db, kind=bk.DAILY)  # so only the log can ask for the page check…
    code = ("import os, sys; from sopdesk.app.office import Office; o = Office(sys.argv[1]); "
            "o.new_case('penyusunan-perencanaan-kinerja', 'satu lagi'); os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(db)], cwd=ROOT, check=True, timeout=120,
                   env=dict(os.environ, SOPDESK_DATA_DIR=str(tmp_path / "data")))
    assert Path(str(db) + "-wal").exists()
    damage.scribble(db)  # pages the log does not hold
    monkeypatch.setattr(opening, "ALWAYS_DEEP_BELOW", 0)  # …as for a big database
    with pytest.raises(DamagedDatabase):
        Office(db)


def test_newer_database_is_refused_untouched(tmp_path):
    db = office_db(tmp_path / "kantor.db", cases=1)
    con = sqlite3.connect(db)
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    con.commit()
    con.close()
    before = fingerprint(tmp_path)
    with pytest.raises(NewerDatabase, match=f"versi sopdesk yang lebih baru \\(skema {SCHEMA_VERSION + 1}\\)"):
        Office(db)
    assert fingerprint(tmp_path) == before


def test_emptied_file_with_backups_is_damage_not_a_new_database(tmp_path):
    db = office_db(tmp_path / "kantor.db", cases=3)
    made = bk.make_backup(db, kind=bk.DAILY)
    db.write_bytes(b"")
    with pytest.raises(DamagedDatabase, match="kosong") as e:
        Office(db)
    assert e.value.backup.path == made
    bk.restore(db, made)
    assert len(Office(db).list_cases()) == 3
    fresh = tmp_path / "baru.db"
    fresh.write_bytes(b"")  # an empty file without backups is simply a new database
    assert Office(fresh).sops()


def test_deep_check_on_open_when_there_is_reason_for_doubt(tmp_path, monkeypatch):
    db = office_db(tmp_path / "kantor.db", cases=3)
    assert opening.should_check_deeply(db)  # small: always
    monkeypatch.setattr(opening, "ALWAYS_DEEP_BELOW", 0)
    assert opening.should_check_deeply(db)  # big, but no backup today yet
    bk.make_backup(db, kind=bk.DAILY)
    assert not opening.should_check_deeply(db)  # big, backed up today, closed cleanly
    Path(str(db) + "-wal").write_bytes(b"")
    assert opening.should_check_deeply(db)  # a log left behind: a crash or another window


def test_damage_met_while_working_is_explained(tmp_path):
    db = office_db(tmp_path / "kantor.db", cases=3)
    error = sqlite3.DatabaseError("database disk image is malformed")
    assert "rusak" in describe_error(error) and "cadangan" in describe_error(error)
    with pytest.raises(StoreError, match="rusak"):
        integrity.check_on_open(_scribbled_copy(db, tmp_path), deep=True)


def _scribbled_copy(db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "salinan.db"
    copy.write_bytes(db.read_bytes())
    damage.scribble(copy)
    return copy


def test_full_integrity_check_on_demand(tmp_path):
    db = office_db(tmp_path / "kantor.db", cases=3)
    assert sqlite_file.integrity_check(db) == ["ok"]
    assert sqlite_file.integrity_check(_scribbled_copy(db, tmp_path)) != ["ok"]
    assert sqlite_file.integrity_check(tmp_path / "tidak-ada.db") != ["ok"]
