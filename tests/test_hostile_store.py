"""Issue 16, the store's part: files that arrive are checked for what they must contain, not only for SQLite's
integrity. Each test crafts a real file in tmp_path: a backup changed after its checksum, a database with its
append-only triggers dropped or a trigger added, a -wal of another database left beside one, a clock back in 2000,
a foreign SQLite file with a meta table, a writer caught mid-restore."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sopdesk.app.office import Office
from sopdesk.store import backup as bk, engine as engine_module, integrity, schema, shape, upgrade
from sopdesk.store.errors import (
    AlteredSchema,
    ForeignCompanion,
    NotSopdesk,
    StoreError,
    describe_error,
    replaced_message,
)
from sopdesk.store.schema import SCHEMA_VERSION
from tests.fixtures import damage

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = "penyusunan-perencanaan-kinerja"


def office_db(path: Path, cases: int = 3, prefix: str = "Kasus", at: datetime | None = None) -> Path:
    office = Office(path, clock=(lambda: at) if at else None)
    for i in range(cases):
        cid = office.new_case(SEED, f"{prefix} {i}")
        office.start_step(cid, 1)
    office.close()
    return path


def count(path: Path, table: str = "cases") -> int:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def fingerprint(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def spoil(path: Path, sql: str) -> None:
    """What someone does to the file with an SQLite tool: the file stays a healthy SQLite database."""
    con = sqlite3.connect(path)
    try:
        con.executescript(sql)
    finally:
        con.close()
    damage.checkpoint(path)


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # The data folder (log files) outside the database's folder, whose files the tests compare.
    env = dict(os.environ, SOPDESK_DATA_DIR=str(db.parent.parent / f"{db.parent.name}-data"))
    return subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(db), *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120, cwd=ROOT)


def crash(db: Path, work, into: Path) -> None:
    """The files a power cut leaves: `work` committed into the -wal, never folded into the file."""
    con = sqlite3.connect(db, isolation_level=None)
    try:
        con.execute("PRAGMA wal_autocheckpoint=0")
        work(con)
        for s in ("", "-wal", "-shm"):
            if Path(str(db) + s).exists():
                shutil.copyfile(str(db) + s, str(into) + s)
    finally:
        con.close()


def settings_rows(n: int, tag: str):
    def work(con: sqlite3.Connection) -> None:
        for i in range(n):
            con.execute("INSERT INTO settings(key, value) VALUES (?, ?)", (f"{tag}{i}", '"' + "x" * 400 + '"'))
    return work


def side(path: Path, suffix: str) -> Path:
    return Path(str(path) + suffix)


# -- every backup carries its checksum ---------------------------------------------------------

def test_a_backup_records_its_checksum_beside_it_and_in_the_catalogue(tmp_path):
    db = office_db(tmp_path / "kantor.db")
    when = datetime(2026, 11, 25, 7, 30, 12).astimezone()
    made = bk.make_backup(db, kind=bk.DAILY, now=when)
    digest = hashlib.sha256(made.read_bytes()).hexdigest()
    assert side(made, ".sha256").read_text() == f"{digest}  {made.name}\n"  # what sha256sum -c reads
    [entry] = json.loads((made.parent / "catalogue.json").read_text())["backups"]
    assert entry == {"name": made.name, "database": "kantor", "kind": "harian",
                     "made_at": when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "size": made.stat().st_size,
                     "sha256": digest, "newest": entry["newest"], "mark": entry["mark"], "seq": 1}
    con = sqlite3.connect(db)
    assert entry["newest"] == con.execute("SELECT max(recorded_at) FROM events").fetchone()[0]
    con.close()
    info = bk.check_backup(made)
    assert info.ok and info.verified and info.sha256 == digest
    flash = tmp_path / "flashdisk"
    flash.mkdir()
    out = bk.make_backup(db, flash / "salinan.db")  # elsewhere: the checksum goes with it, no catalogue there
    assert side(out, ".sha256").exists() and not (flash / "catalogue.json").exists() and bk.check_backup(out).verified


def test_a_backup_made_before_checksums_is_offered_with_a_word_about_it(tmp_path, qtbot):
    db = office_db(tmp_path / "kantor.db")
    made = bk.make_backup(db, kind=bk.DAILY)
    damage.checkpoint(db)
    damage.scribble(db)
    from sopdesk.ui.data import data_dialogs
    for legacy in (False, True):
        if legacy:  # as an earlier sopdesk left it: no .sha256, no catalogue
            side(made, ".sha256").unlink()
            (made.parent / "catalogue.json").unlink()
        with pytest.raises(StoreError) as e:
            Office(db)
        assert e.value.backup.path == made
        dialog = data_dialogs.DamagedDialog(e.value, db, e.value.backup)
        qtbot.addWidget(dialog)
        assert dialog.unrecorded_label.isVisibleTo(dialog) == legacy


def test_a_backup_changed_after_its_checksum_is_refused_before_anything_is_touched(tmp_path):
    db = office_db(tmp_path / "kantor.db")
    made = bk.make_backup(db, kind=bk.DAILY)
    spoil(made, "UPDATE cases SET title = 'Dipalsukan';")  # still a sound sopdesk database
    assert integrity.full_check(made) == ["ok"]
    before = fingerprint(tmp_path)
    with pytest.raises(StoreError, match="checksum tidak cocok") as e:
        bk.restore(db, made)
    assert "Tidak ada yang diubah" in str(e.value)
    assert fingerprint(tmp_path) == before  # no copy kept, no marker, no temp file
    assert bk.newest_good_backup(db, deep=False) is None  # nor offered when the database is damaged
    p = run(db, "restore", str(made))
    assert p.returncode == 1 and "checksum tidak cocok" in p.stderr and fingerprint(tmp_path) == before
    # A checksum written anew beside it does not agree with the catalogue.
    side(made, ".sha256").write_text(f"{hashlib.sha256(made.read_bytes()).hexdigest()}  {made.name}\n")
    with pytest.raises(StoreError, match="tidak sama"):
        bk.restore(db, made)


def test_a_backup_cut_short_in_the_folder_is_named_by_its_damage(tmp_path):
    db = office_db(tmp_path / "kantor.db")
    made = bk.make_backup(db, kind=bk.DAILY)
    damage.truncate(made)
    assert "terpotong" in bk.check_backup(made).problem


def test_a_backup_without_a_checksum_is_restored_on_its_content_and_says_so(tmp_path):
    db = office_db(tmp_path / "kantor.db", cases=2)
    flash = tmp_path / "flashdisk"
    flash.mkdir()
    old = bk.make_backup(db, flash / "lama.sqlite")
    side(old, ".sha256").unlink()  # as made by an earlier sopdesk
    office_db(db, cases=1)
    p = run(db, "restore", str(old))
    assert p.returncode == 0, p.stderr
    assert "tidak punya checksum" in p.stderr and "isinya sudah diperiksa" in p.stderr
    assert count(db) == 2


def test_a_backup_without_a_checksum_whose_triggers_were_dropped_is_refused(tmp_path):
    db = office_db(tmp_path / "kantor.db")
    old = bk.make_backup(db, tmp_path / "lama.sqlite")
    side(old, ".sha256").unlink()
    spoil(old, "DROP TRIGGER events_no_delete;")
    before = fingerprint(tmp_path)
    with pytest.raises(StoreError, match="pemicu \\(trigger\\) events_no_delete tidak ada") as e:
        bk.restore(db, old)
    assert "Tidak ada yang diubah" in str(e.value) and fingerprint(tmp_path) == before


def test_a_made_up_backup_with_a_correct_checksum_is_refused_on_its_content(tmp_path):
    """The checksum guards against damage, not against made-up content: the content checks do that."""
    db = office_db(tmp_path / "kantor.db")
    made = bk.make_backup(db, kind=bk.DAILY)
    spoil(made, "CREATE TRIGGER hapus_lampiran AFTER INSERT ON events BEGIN DELETE FROM attachments; END;")
    digest = hashlib.sha256(made.read_bytes()).hexdigest()
    side(made, ".sha256").write_text(f"{digest}  {made.name}\n")
    catalogue = made.parent / "catalogue.json"
    data = json.loads(catalogue.read_text())
    data["backups"][0].update(sha256=digest, size=made.stat().st_size)
    catalogue.write_text(json.dumps(data))
    with pytest.raises(StoreError, match="pemicu \\(trigger\\) tambahan hapus_lampiran"):
        bk.restore(db, made)
    assert count(db, "events") == 3


def test_a_backup_that_changes_while_it_is_copied_is_refused(tmp_path, monkeypatch):
    db = office_db(tmp_path / "kantor.db")
    made = bk.make_backup(db, tmp_path / "cadangan.sqlite")
    copy = shutil.copyfile

    def flashdisk_pulled(src, dst, *a, **k):
        out = copy(src, dst, *a, **k)
        with open(dst, "r+b") as f:
            f.seek(5000)
            f.write(b"\xff")
        return out
    monkeypatch.setattr(bk.shutil, "copyfile", flashdisk_pulled)
    before = fingerprint(tmp_path)
    with pytest.raises(StoreError, match="berubah ketika disalin"):
        bk.restore(db, made)
    assert fingerprint(tmp_path) == before


# -- the schema must be the one sopdesk makes ---------------------------------------------------

@pytest.mark.parametrize("sql, found", [
    ("DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete;",
     "pemicu (trigger) events_no_delete tidak ada; pemicu (trigger) events_no_update tidak ada"),
    ("CREATE TRIGGER hapus_riwayat AFTER INSERT ON cases BEGIN DELETE FROM letter_numbers; END;",
     "pemicu (trigger) tambahan hapus_riwayat"),
    ("DROP TRIGGER events_no_delete; CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT 1; END;",
     "pemicu (trigger) events_no_delete diubah"),
    ("CREATE VIEW semua AS SELECT * FROM events;", "view tambahan semua"),
    ("CREATE INDEX panjang_catatan ON events(length(note));", "indeks tambahan panjang_catatan"),
    ("DROP INDEX events_case;", "indeks events_case tidak ada"),
    ("ALTER TABLE cases DROP COLUMN ref_subject;", "tabel cases diubah"),
])
def test_a_database_whose_schema_was_changed_is_never_opened_for_writing(tmp_path, sql, found):
    db = office_db(tmp_path / "kantor.db")
    spoil(db, sql)
    before = fingerprint(tmp_path)
    with pytest.raises(AlteredSchema) as e:
        Office(db)
    assert found in e.value.detail and "tidak diubah" in str(e.value) and "riwayat" in str(e.value)
    assert fingerprint(tmp_path) == before
    p = run(db, "case", "list")
    assert p.returncode == 1 and found in p.stderr and "Traceback" not in p.stderr
    p = run(db, "check")
    assert p.returncode == 1 and all(part in p.stderr for part in found.split("; "))
    assert fingerprint(tmp_path) == before


def test_an_old_database_with_its_triggers_dropped_is_refused_before_the_upgrade(tmp_path):
    db = tmp_path / "kantor.db"
    shutil.copyfile(FIXTURES / "schema-v1.sqlite", db)
    spoil(db, "DROP TRIGGER events_no_delete;")
    before = fingerprint(tmp_path)
    with pytest.raises(AlteredSchema, match="events_no_delete tidak ada"):
        Office(db)
    assert fingerprint(tmp_path) == before  # no upgrade, not even its backup


def test_the_expected_schema_comes_from_schema_sql_and_the_upgrade_steps(tmp_path, monkeypatch):
    """A release that adds an index (schema.sql and a numbered step) needs no list of names anywhere."""
    index = "CREATE INDEX events_recorded ON events(recorded_at)"
    statements = schema.schema_statements() + [index]
    nxt = SCHEMA_VERSION + 1
    monkeypatch.setattr(schema, "SCHEMA_VERSION", nxt)
    monkeypatch.setattr(schema, "schema_statements", lambda dialect="sqlite": statements)
    monkeypatch.setitem(upgrade.STEPS, nxt, lambda conn: conn.exec_driver_sql(index))
    old = tmp_path / "lama.db"
    shutil.copyfile(FIXTURES / "schema-v1.sqlite", old)
    Office(old).close()  # v1 → every real step → the new one: the schema of a new database
    Office(tmp_path / "baru.db").close()
    shapes = []
    for path in (old, tmp_path / "baru.db"):
        con = sqlite3.connect(path)
        shapes.append(shape.shape_of(con))
        con.close()
    assert shapes[0] == shapes[1]
    spoil(old, "DROP INDEX events_recorded;")
    with pytest.raises(AlteredSchema, match="indeks events_recorded tidak ada"):
        Office(old)


@pytest.mark.parametrize("sql, why", [
    ("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('schema_version', '3');",
     "tidak bertanda sopdesk"),
    ("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('schema_version', '1'), "
     "('application', 'kasir-toko');", "milik \"kasir-toko\""),
    ("CREATE TABLE meta (name TEXT, content BLOB); INSERT INTO meta VALUES ('versi', x'00');",
     "tidak bertanda sopdesk"),
    ("CREATE TABLE pelanggan (nama TEXT);", "tidak ada tabel meta"),
])
def test_a_foreign_sqlite_file_with_a_meta_table_is_called_not_sopdesk(tmp_path, sql, why):
    path = tmp_path / "lain.db"
    spoil(path, sql)
    before = fingerprint(tmp_path)
    with pytest.raises(NotSopdesk, match="bukan milik sopdesk") as e:
        Office(path)
    assert why in str(e.value) and fingerprint(tmp_path) == before
    assert integrity.full_check(path) != ["ok"]


# -- companions that do not belong ---------------------------------------------------------------

def test_the_log_of_a_power_cut_is_the_files_own_and_is_replayed(tmp_path):
    db = office_db(tmp_path / "kantor.db")
    crash(db, settings_rows(30, "sesudah-"), tmp_path / "listrik-padam.db")
    office = Office(tmp_path / "listrik-padam.db")
    office.close()
    assert count(tmp_path / "listrik-padam.db", "settings") == count(db, "settings")


def test_a_log_of_another_database_beside_the_file_is_not_folded_in(tmp_path, qtbot):
    db = office_db(tmp_path / "kantor.db", cases=40)
    good = bk.make_backup(db, kind=bk.DAILY)
    (tmp_path / "lain").mkdir()
    other = office_db(tmp_path / "lain" / "lain.db", cases=2)
    crash(other, settings_rows(30, "lain-"), tmp_path / "lain" / "padam.db")
    shutil.copyfile(tmp_path / "lain" / "padam.db-wal", side(db, "-wal"))
    shutil.copyfile(tmp_path / "lain" / "padam.db-shm", side(db, "-shm"))
    # The file and its log stay as they are; the -shm, SQLite's scratch index of the log, may be rebuilt.
    files = {s: side(db, s).read_bytes() for s in ("", "-wal")}
    with pytest.raises(ForeignCompanion) as e:
        Office(db)
    assert "bukan milik berkas ini" in str(e.value) and "Berkas ini tidak diubah" in str(e.value)
    assert e.value.backup is not None and e.value.backup.path == good
    assert {s: side(db, s).read_bytes() for s in files} == files  # true: nothing folded, nothing written
    p = run(db, "check")
    assert p.returncode == 1 and "bukan miliknya" in p.stderr
    assert {s: side(db, s).read_bytes() for s in files} == files
    # The damaged-database window offers to set both aside and restore the newest good backup.
    from sopdesk.ui.data import data_dialogs
    dialog = data_dialogs.DamagedDialog(e.value, db, e.value.backup)
    qtbot.addWidget(dialog)
    assert dialog.restore_button.text() == "Sisihkan keduanya dan pulihkan cadangan ini"
    assert "-wal" in dialog.explain_label.text()
    assert data_dialogs.restore_at_start(db, e.value.backup.path)
    [aside] = [p for p in bk.backup_folder(db).iterdir() if p.name.startswith("disisihkan-kantor-")]
    assert {s: (aside / f"kantor.db{s}").read_bytes() for s in files} == files  # kept together, as they were
    assert (aside / "kantor.db-shm").exists() and (aside / "KETERANGAN.txt").exists()
    assert not side(db, "-wal").exists() and count(db) == 40
    Office(db).close()


def test_a_backup_copied_over_a_database_left_by_a_power_cut_is_not_mixed_with_its_log(tmp_path):
    db = office_db(tmp_path / "kantor.db")
    made = bk.make_backup(db, tmp_path / "cadangan.sqlite")
    crash(db, settings_rows(30, "hilang-"), tmp_path / "padam.db")
    shutil.copyfile(made, tmp_path / "padam.db")  # the user copies the backup back over the file
    before = fingerprint(tmp_path)
    with pytest.raises(ForeignCompanion, match="tidak memakai -wal"):
        Office(tmp_path / "padam.db")
    with pytest.raises(StoreError, match="Cadangan tidak dibuat: berkas catatan di samping basis data bukan miliknya"):
        bk.make_backup(tmp_path / "padam.db")
    assert fingerprint(tmp_path) == before
    kept = bk.restore(tmp_path / "padam.db", made)
    assert kept is not None and kept.is_dir() and (kept / "padam.db-wal").exists()


def test_an_older_copy_of_the_same_database_under_a_newer_log_is_not_mixed(tmp_path):
    db = office_db(tmp_path / "kantor.db")
    older = tmp_path / "lebih-lama.db"
    shutil.copyfile(db, older)
    office_db(db, cases=40)  # work after the copy, folded into the file
    crash(db, settings_rows(30, "sesudah-"), tmp_path / "padam.db")
    shutil.copyfile(older, tmp_path / "padam.db")
    files = {s: side(tmp_path / "padam.db", s).read_bytes() for s in ("", "-wal")}
    with pytest.raises(ForeignCompanion, match="tidak cocok dengan basis datanya"):
        Office(tmp_path / "padam.db")
    assert {s: side(tmp_path / "padam.db", s).read_bytes() for s in files} == files


def test_a_log_of_another_page_size_is_not_the_files(tmp_path):
    db = office_db(tmp_path / "kantor.db")
    other = tmp_path / "kecil.db"
    con = sqlite3.connect(other, isolation_level=None)
    con.executescript("PRAGMA page_size=1024; PRAGMA journal_mode=WAL; CREATE TABLE settings (key, value);")
    con.close()
    crash(other, settings_rows(10, "x"), tmp_path / "kecil-padam.db")
    shutil.copyfile(tmp_path / "kecil-padam.db-wal", side(db, "-wal"))
    with pytest.raises(ForeignCompanion, match="halaman 1024 bita, basis datanya 4096 bita"):
        Office(db)


def test_a_rollback_journal_beside_a_wal_database_is_not_its_own(tmp_path):
    db = office_db(tmp_path / "kantor.db")  # closed cleanly: a file in WAL mode, no -wal beside it
    side(db, "-journal").write_bytes(bytes.fromhex("d9d505f920a163d7") + b"\x00" * 1000)
    with pytest.raises(ForeignCompanion, match="-journal"):
        Office(db)


# -- rotation never deletes the only copy of recent work -----------------------------------------

def daily_start(db: Path, when: datetime, note: str) -> None:
    """A day's work recorded by a PC whose clock says `when`, then the next start-up's backup."""
    at = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    con = sqlite3.connect(db)
    con.execute("INSERT INTO events (case_id, kind, happened_at, recorded_at, note) VALUES (1, 'note', ?, ?, ?)",
                (at, at, note))
    con.commit()
    con.close()
    assert bk.backup_at_start(db, when) is None


def test_a_clock_set_back_to_2000_does_not_make_each_days_backup_delete_the_one_before(tmp_path):
    db = office_db(tmp_path / "kantor.db", cases=1)
    folder = tmp_path / "backups"
    for day in range(7):  # a week of daily backups with a right clock
        daily_start(db, datetime(2026, 11, 19 + day, 7, 0).astimezone(), f"November {day}")
    for day in range(7):  # the CMOS battery dies: the clock starts again at 2000-01-01
        daily_start(db, datetime(2000, 1, 1 + day, 7, 0).astimezone(), f"Januari 2000 {day}")
        made_2000 = [i for i in bk.find_backups(folder, "kantor", check=False) if i.made_at.year == 2000]
        assert len(made_2000) == day + 1  # none of them rotated away
    made = bk.find_backups(folder, "kantor", check=False)
    assert [i.made_at.day for i in made[:3]] == [7, 6, 5]  # the last made first, whatever their dates
    assert count(made[0].path, "events") == 1 + 7 + 7 == count(db, "events")
    assert datetime(2026, 11, 25).date() in {i.made_at.date() for i in made}  # the last right-clock day too


def test_a_clock_that_stands_still_still_backs_up_each_days_work_and_keeps_the_last_three(tmp_path):
    db = office_db(tmp_path / "kantor.db", cases=1)
    stuck = datetime(2000, 1, 1, 0, 0, 30).astimezone()  # every start-up: the same second
    for day in range(6):
        daily_start(db, stuck, f"Hari {day}")
    made = bk.find_backups(tmp_path / "backups", "kantor", check=False)
    assert len({i.path.name for i in made}) == len(made) >= 3  # one second, yet no backup overwritten
    assert [count(i.path, "events") for i in made[:3]] == [7, 6, 5]  # the last three days' work
    assert not bk.daily_due(db, stuck)  # nothing new since the last one: no backup for nothing


def test_copies_kept_before_a_restore_stay_while_they_hold_the_newest_work(tmp_path):
    db = office_db(tmp_path / "kantor.db", cases=1)
    start = datetime(2026, 11, 2, 7, 0).astimezone()
    old = bk.make_backup(db, kind=bk.DAILY, now=start)
    later = datetime.now(UTC) + timedelta(hours=1)
    office_db(db, cases=5, prefix="Kerja baru", at=later)  # work that only the database holds
    first = bk.restore(db, old, now=start + timedelta(hours=1))
    assert count(first) == 6
    for i in range(bk.KEEP_OTHER + 2):  # restored again and again: each keeps a copy of the old state
        bk.restore(db, old, now=start + timedelta(hours=2 + i))
    bk.rotate(tmp_path / "backups", "kantor")
    kept = [i for i in bk.find_backups(tmp_path / "backups", "kantor", check=False) if i.kind == bk.BEFORE_RESTORE]
    assert first in [i.path for i in kept] and len(kept) == bk.KEEP_OTHER + 1
    entries = json.loads((tmp_path / "backups" / "catalogue.json").read_text())["backups"]
    assert {e["name"] for e in entries} == {p.name for p in (tmp_path / "backups").glob("*.sqlite")}
    assert {p.name[:-len(".sha256")] for p in (tmp_path / "backups").glob("*.sha256")} == \
        {p.name for p in (tmp_path / "backups").glob("*.sqlite")}
    # A backup of newer work makes the copy an ordinary old one again.
    office_db(db, cases=1, prefix="Sesudah pemulihan", at=later + timedelta(hours=1))
    bk.make_backup(db)
    bk.rotate(tmp_path / "backups", "kantor")
    assert not first.exists()


# -- a restore under way ---------------------------------------------------------------------------

def test_a_writer_caught_mid_restore_is_told_the_database_is_being_restored(tmp_path, monkeypatch):
    db = office_db(tmp_path / "kantor.db")
    old = bk.make_backup(db, tmp_path / "lama.sqlite")
    writer = Office(db)
    writer.close()  # a window whose connection was let go, about to write again
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    seen: list[BaseException] = []
    record = bk._record

    def meanwhile(folder, backup, db_path, kind, *a):
        record(folder, backup, db_path, kind, *a)
        if kind == bk.BEFORE_RESTORE:  # the current file is kept; the swap comes next
            try:
                writer.add_note(1, "ditulis saat pemulihan")
            except StoreError as e:
                seen.append(e)
    monkeypatch.setattr(bk, "_record", meanwhile)
    bk.restore(db, old)
    [error] = seen
    assert "sedang dipulihkan" in str(error) and "read-only" not in str(error)
    assert not (tmp_path / "kantor.db.sedang-dipulihkan").exists()
    writer.add_note(1, "sesudah pemulihan")  # a new connection, on the restored file
    writer.close()
    assert count(db, "events") == 4


def test_a_connection_left_on_a_replaced_file_is_told_it_was_replaced(tmp_path):
    db = tmp_path / "kantor.db"
    spoil(db, "CREATE TABLE t (x);")
    con = sqlite3.connect(db)
    con.execute("SELECT * FROM t").fetchall()
    replacement = tmp_path / "pulih.db"
    spoil(replacement, "CREATE TABLE t (x);")
    os.replace(replacement, db)
    with pytest.raises(sqlite3.OperationalError) as e:
        con.execute("INSERT INTO t VALUES (1)")
        con.commit()
    con.close()
    assert describe_error(e.value) == replaced_message()


def test_a_second_restore_waits_for_the_first(tmp_path):
    db = office_db(tmp_path / "kantor.db")
    old = bk.make_backup(db, tmp_path / "lama.sqlite")
    marker = tmp_path / "kantor.db.sedang-dipulihkan"
    marker.write_text("pid 1 lain")
    with pytest.raises(StoreError, match="sedang dipulihkan"):
        bk.restore(db, old)
    stale = time.time() - 2 * bk.STALE_RESTORE_S
    os.utime(marker, (stale, stale))  # left by a restore cut short by a power cut
    bk.restore(db, old)
    assert not marker.exists()
