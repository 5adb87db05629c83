"""Backups: made online and atomically, once a day at start-up, rotated, listed, restored."""
import json
import os
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sopdesk import paths
from sopdesk.app.office import Office
from sopdesk.store import backup as bk
from sopdesk.store.errors import DamagedDatabase, StoreError
from sopdesk.store.schema import SCHEMA_VERSION
from tests.fixtures import damage

ROOT = Path(__file__).resolve().parents[1]
SEED = "penyusunan-perencanaan-kinerja"


def make_office_db(path: Path, cases: int = 3) -> Path:
    office = Office(path)
    for i in range(cases):
        cid = office.new_case(SEED, f"Kasus {i}")
        office.start_step(cid, 1)
    office.close()
    return path


def count(path: Path, table: str = "events") -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def fake_backup(folder: Path, stem: str, when: datetime, kind: str = bk.DAILY, source: Path | None = None) -> Path:
    folder.mkdir(exist_ok=True)
    p = folder / bk.backup_name(Path(stem + ".db"), kind, when)
    p.write_bytes(source.read_bytes() if source else b"")
    return p


# -- making -------------------------------------------------------------------

def test_backup_is_one_checked_self_contained_file(tmp_path):
    db = make_office_db(tmp_path / "kantor.db")
    office = Office(db)  # open while the backup is made
    made = bk.make_backup(db)
    assert made.parent == tmp_path / "backups" and made.name.startswith("kantor-") and made.name.endswith("-manual.sqlite")
    assert not Path(str(made) + "-wal").exists()
    info = bk.check_backup(made)
    assert info.ok and info.schema_version == SCHEMA_VERSION and info.kind == "manual" and info.size == made.stat().st_size
    assert count(made) == count(db) == 3
    assert sqlite3.connect(made).execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert [p.name for p in made.parent.iterdir() if p.name.startswith(".")] == []  # no temp left
    office.close()


def test_default_database_backups_go_to_the_data_folder_backups(data_dir):
    assert bk.backup_folder(paths.default_database()) == paths.backups_dir().resolve()


def test_backup_while_another_process_writes_is_consistent(tmp_path):
    db = make_office_db(tmp_path / "kantor.db", cases=1)
    env = dict(os.environ, SOPDESK_DATA_DIR=str(tmp_path / "data"))
    p = subprocess.Popen([sys.executable, "-m", "tests.test_kill", "--worker", str(db), "--events", "150"],
                         cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen = []
    try:
        while p.poll() is None and len(seen) < 15:
            made = bk.make_backup(db, tmp_path / f"b{len(seen)}.sqlite")
            assert bk.check_backup(made).ok
            seen.append(count(made))
            time.sleep(0.05)
    finally:
        _out, err = p.communicate(timeout=240)
    assert p.returncode == 0, err
    assert seen == sorted(seen) and len(seen) >= 2


def test_failed_backup_leaves_neither_a_file_nor_a_temp(tmp_path, monkeypatch):
    db = make_office_db(tmp_path / "kantor.db")

    def cut(*a, **k):
        raise StoreError("listrik padam")
    monkeypatch.setattr(bk, "_copy_database", cut)
    with pytest.raises(StoreError):
        bk.make_backup(db, tmp_path / "out.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "kantor.db"] or \
        sorted(p.name for p in tmp_path.iterdir()) == ["kantor.db"]


def test_stale_temp_of_a_cut_backup_is_cleaned_fresh_one_kept(tmp_path):
    db = make_office_db(tmp_path / "kantor.db")
    folder = tmp_path / "backups"
    folder.mkdir()
    stale, fresh = folder / ".x.sqlite.123.tmp", folder / ".y.sqlite.456.tmp"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"another window, busy")
    os.utime(stale, (time.time() - 2 * bk.STALE_TEMP_S,) * 2)
    bk.make_backup(db)
    assert not stale.exists() and fresh.exists()


def test_backup_to_a_missing_folder_or_onto_itself_is_refused(tmp_path):
    db = make_office_db(tmp_path / "kantor.db")
    with pytest.raises(StoreError, match="Folder tujuan cadangan tidak ada"):
        bk.make_backup(db, tmp_path / "E-drive" / "x.sqlite")
    with pytest.raises(StoreError, match="menimpa basis data itu sendiri"):
        bk.make_backup(db, db)
    with pytest.raises(StoreError, match="tidak ada atau kosong"):
        bk.make_backup(tmp_path / "belum-ada.db")


# -- once a day ---------------------------------------------------------------

def test_daily_backup_at_start_up_once_a_day(tmp_path):
    db = tmp_path / "kantor.db"
    office = Office(db)
    assert office.backup_problem is None and not (tmp_path / "backups").exists()  # nothing to keep yet
    office.close()
    for _ in range(2):
        office = Office(db)
        assert office.backup_problem is None
        office.close()
    made = bk.find_backups(tmp_path / "backups", "kantor")
    assert [i.kind for i in made] == ["harian"] and made[0].ok
    tomorrow = datetime.now().astimezone() + timedelta(days=1)
    assert bk.daily_due(db, tomorrow)
    assert bk.backup_at_start(db, tomorrow) is None
    assert len(bk.find_backups(tmp_path / "backups", "kantor")) == 2


def test_failed_daily_backup_is_reported_not_raised(tmp_path, monkeypatch):
    db = make_office_db(tmp_path / "kantor.db")
    (tmp_path / "backups").write_text("a file where the folder should be")
    office = Office(db)
    assert office.backup_problem and office.backup_problem.startswith("Cadangan harian tidak dibuat.")
    assert "Traceback" not in office.backup_problem
    office.new_case(SEED, "Tetap dapat bekerja")
    office.close()


# -- rotation -----------------------------------------------------------------

def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path):
    folder = tmp_path / "backups"
    now = datetime(2026, 11, 25, 8, 0).astimezone()
    day = now - timedelta(days=700)
    while day <= now:
        fake_backup(folder, "kantor", day)
        day += timedelta(days=1)
    for i in range(8):
        fake_backup(folder, "kantor", now - timedelta(days=30 * i, hours=1), bk.BEFORE_UPGRADE)
    fake_backup(folder, "lain", now - timedelta(days=500))
    (folder / "catatan.txt").write_text("bukan cadangan")
    bk.rotate(folder, "kantor", now=now)
    kept = bk.find_backups(folder, "kantor", check=False)
    daily = sorted(i.made_at.date().isoformat() for i in kept if i.kind == bk.DAILY)
    assert daily == sorted([f"2026-11-{d}" for d in range(19, 26)]  # 7 days
                           + ["2026-11-15", "2026-11-08"]  # newest of the two weeks before (Sundays; the other two are in the days)
                           + ["2026-10-31", "2026-09-30", "2026-08-31", "2026-07-31", "2026-06-30", "2026-05-31",
                              "2026-04-30", "2026-03-31", "2026-02-28", "2026-01-31", "2025-12-31"])  # 12 months
    assert len([i for i in kept if i.kind == bk.BEFORE_UPGRADE]) == bk.KEEP_OTHER
    assert (folder / "catatan.txt").exists() and bk.find_backups(folder, "lain", check=False)


def test_rotation_never_removes_the_backup_just_made_even_with_a_clock_in_2000(tmp_path):
    db = make_office_db(tmp_path / "kantor.db")
    folder = tmp_path / "backups"
    for d in range(40):
        fake_backup(folder, "kantor", datetime(2026, 11, 25).astimezone() - timedelta(days=d), source=db)
    wrong_clock = datetime(2000, 1, 1, 7, 0).astimezone()
    assert bk.backup_at_start(db, wrong_clock) is None
    assert any(i.made_at.year == 2000 for i in bk.find_backups(folder, "kantor", check=False))


# -- listing and checking --------------------------------------------------------

def test_find_backups_marks_what_cannot_be_restored(tmp_path):
    db = make_office_db(tmp_path / "kantor.db")
    folder = tmp_path / "backups"
    now = datetime.now().astimezone()
    good = bk.make_backup(db, kind=bk.DAILY, now=now - timedelta(days=3))
    cut = bk.make_backup(db, kind=bk.DAILY, now=now - timedelta(days=2))
    damage.truncate(cut)
    newer = bk.make_backup(db, kind=bk.DAILY, now=now - timedelta(days=1))
    con = sqlite3.connect(newer)
    con.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    con.commit()
    con.close()
    garbage = fake_backup(folder, "kantor", now)
    garbage.write_bytes(b"x" * 5000)
    infos = bk.find_backups(folder, "kantor")
    assert [i.path for i in infos] == [garbage, newer, cut, good]
    assert [i.ok for i in infos] == [False, False, False, True]
    assert "bukan basis data SQLite" in infos[0].problem and "lebih baru" in infos[1].problem
    assert "terpotong" in infos[2].problem
    assert bk.newest_good_backup(db).path == good


def test_damaged_database_offers_the_newest_good_backup(tmp_path):
    db = make_office_db(tmp_path / "kantor.db")
    made = bk.make_backup(db, kind=bk.DAILY)
    damage.checkpoint(db)
    damage.scribble(db)
    with pytest.raises(DamagedDatabase) as e:
        Office(db)
    assert e.value.backup.path == made and e.value.backup.ok
    assert "sopdesk restore" in str(e.value) and str(made) in str(e.value)
    assert "tidak diubah" in str(e.value)


# -- restore ------------------------------------------------------------------

def test_restore_replaces_the_database_and_keeps_the_current_one(tmp_path):
    db = make_office_db(tmp_path / "kantor.db", cases=2)
    old = bk.make_backup(db, tmp_path / "lama.sqlite")
    make_office_db(db, cases=3)  # more work after the backup
    assert count(db, "cases") == 5
    kept = bk.restore(db, old)
    assert count(db, "cases") == 2 and count(kept, "cases") == 5
    assert kept.parent == tmp_path / "backups" and kept.name.endswith("-sebelum-pulih.sqlite")
    assert bk.check_backup(kept).ok
    office = Office(db)
    assert len(office.list_cases()) == 2
    office.close()
    # The kept copy is not offered as "the newest good backup": it is the state that was replaced.
    assert bk.newest_good_backup(db) is None or bk.newest_good_backup(db).kind != bk.BEFORE_RESTORE


def test_restore_is_refused_while_the_database_is_open(tmp_path):
    db = make_office_db(tmp_path / "kantor.db")
    old = bk.make_backup(db, tmp_path / "lama.sqlite")
    office = Office(db)
    office.list_cases()  # holds a pooled connection, as a running window does
    with pytest.raises(StoreError, match="sedang dipakai"):
        bk.restore(db, old)
    assert len(office.list_cases()) == 3
    office.close()
    bk.restore(db, old)


def test_restore_over_a_damaged_database_keeps_its_bytes_and_drops_its_log(tmp_path):
    db = make_office_db(tmp_path / "kantor.db")
    good = bk.make_backup(db, tmp_path / "baik.sqlite")
    damage.checkpoint(db)
    damage.zero(db)
    wal = Path(str(db) + "-wal")
    wal.write_bytes(b"stale log of the old file")
    zeros = db.read_bytes()
    kept = bk.restore(db, good)
    assert kept.read_bytes() == zeros and Path(str(kept) + "-wal").read_bytes() == b"stale log of the old file"
    assert not wal.exists()
    assert len(Office(db).list_cases()) == 3


@pytest.mark.parametrize("spoil, message", [
    (damage.truncate, "terpotong"),
    (damage.not_a_database, "bukan basis data SQLite"),
    (lambda p: sqlite3.connect(p).executescript("UPDATE meta SET value='99' WHERE key='schema_version';"),
     "lebih baru"),
    (lambda p: sqlite3.connect(p).executescript("DELETE FROM meta;"), "bukan basis data sopdesk"),
    (damage.scribble, "rusak"),
    (lambda p: damage.scribble(p, pages=(damage.root_page(p, "meta"),)), "rusak"),  # not "not sopdesk"
])
def test_restore_checks_the_backup_first_and_changes_nothing(tmp_path, spoil, message):
    db = make_office_db(tmp_path / "kantor.db")
    bad = bk.make_backup(db, tmp_path / "cadangan.sqlite")
    spoil(bad)
    before = count(db, "cases")
    with pytest.raises(StoreError, match=message) as e:
        bk.restore(db, bad)
    assert "Tidak ada yang diubah" in str(e.value)
    assert count(db, "cases") == before and not (tmp_path / "backups").exists()


def test_restoring_an_old_schema_backup_upgrades_at_next_open(tmp_path):
    import shutil
    db = make_office_db(tmp_path / "kantor.db")
    v1 = tmp_path / "v1.sqlite"
    shutil.copyfile(Path(__file__).parent / "fixtures" / "schema-v1.sqlite", v1)
    bk.restore(db, v1)
    office = Office(db)
    assert len(office.list_cases()) == 3 and office.case(1).title == "Penyusunan PK Tahun 2026"
    office.close()


# -- the command line -------------------------------------------------------------

def run(db, *args, check=True, data=None):
    env = dict(os.environ)
    if data:
        env["SOPDESK_DATA_DIR"] = str(data)
    p = subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(db), *args], capture_output=True, text=True,
                       encoding="utf-8", env=env, timeout=120, cwd=ROOT)
    if check and p.returncode != 0:
        raise AssertionError(f"exit {p.returncode}: {p.stderr}")
    return p


def test_cli_backup_list_restore_check(tmp_path):
    db = make_office_db(tmp_path / "kantor.db")
    made = Path(run(db, "backup").stdout.strip())
    assert made.parent == tmp_path / "backups" and bk.check_backup(made).ok
    flash = tmp_path / "flashdisk"
    flash.mkdir()
    out = Path(run(db, "backup", "--out", str(flash)).stdout.strip())
    assert out.parent == flash and out.name.startswith("kantor-")
    listed = json.loads(run(db, "backup", "--list", "--json").stdout)
    assert [i["path"] for i in listed] == [str(made)] and listed[0]["ok"] is True
    assert "utuh" in run(db, "check").stdout
    make_office_db(db, cases=1)
    p = run(db, "restore", str(out))
    assert "dipulihkan" in p.stderr and "sebelumnya disimpan" in p.stderr
    assert count(db, "cases") == 3
    damage.checkpoint(db)
    damage.scribble(db)
    p = run(db, "check", check=False)
    assert p.returncode == 1 and "RUSAK" in p.stderr and "sopdesk restore" in p.stderr and "Traceback" not in p.stderr
    p = run(db, "case", "list", check=False)
    assert p.returncode == 1 and "rusak" in p.stderr and "sopdesk restore" in p.stderr
    p = run(db, "restore", str(tmp_path / "tidak-ada.sqlite"), check=False)
    assert p.returncode == 1 and "tidak ditemukan" in p.stderr
    assert run(db, "restore", str(made)).returncode == 0 and "utuh" in run(db, "check").stdout


def test_progress_is_reported_for_long_backups(tmp_path):
    db = make_office_db(tmp_path / "kantor.db", cases=1)
    office = Office(db)
    for i in range(400):
        office.add_note(1, f"catatan {i} " + "isi " * 500)
    office.close()
    seen = []
    made = bk.make_backup(db, tmp_path / "c.sqlite", progress=lambda done, total: seen.append((done, total)))
    assert bk.check_backup(made).ok and len(seen) >= 1
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
