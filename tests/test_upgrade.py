"""Schema upgrades: every released schema (a fixture file per version) opens in this program with every row kept."""
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sopdesk.app.office import Office
from sopdesk.store import backup, schema, upgrade
from sopdesk.store.errors import StoreError
from sopdesk.store.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ROOT = FIXTURES.parents[1]
SEED = "penyusunan-perencanaan-kinerja"


def fixture_versions() -> list[int]:
    return sorted(int(m[1]) for p in FIXTURES.glob("schema-v*.sqlite") if (m := re.match(r"schema-v(\d+)\.sqlite", p.name)))


def copy_fixture(version: int, tmp_path: Path) -> Path:
    path = tmp_path / "kantor.db"
    shutil.copyfile(FIXTURES / f"schema-v{version}.sqlite", path)
    return path


def row_counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def rows(path: Path, table: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
    finally:
        con.close()


def schema_version(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0])
    finally:
        con.close()


def shape(path: Path) -> dict:
    """Columns of each table, and the SQL of every index and trigger."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        cols = {t: [(c[1], c[2].upper(), c[3], c[4], c[5]) for c in con.execute(f'PRAGMA table_info("{t}")')]
                for t in tables}
        others = {r[0]: " ".join((r[1] or "").split()) for r in con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name")}
        return {"columns": cols, "others": others}
    finally:
        con.close()


def test_every_version_has_a_step_and_every_release_a_fixture():
    assert sorted(upgrade.STEPS) == list(range(2, SCHEMA_VERSION + 1))
    assert set(range(1, SCHEMA_VERSION)) <= set(fixture_versions())


@pytest.mark.parametrize("version", fixture_versions())
def test_fixture_upgrades_on_open_keeping_every_row(version, tmp_path):
    path = copy_fixture(version, tmp_path)
    before = row_counts(path)
    old_rows = {t: rows(path, t) for t in before if t != "meta"}
    office = Office(path)
    office.close()
    after = row_counts(path)
    assert schema_version(path) == SCHEMA_VERSION
    for table, n in before.items():
        assert after[table] == n, table
    for table, old in old_rows.items():
        new = rows(path, table)
        # Upgrades may add columns at the end; what was there stays as it was.
        assert [r[:len(old[0])] for r in new] == old if old else new == [], table
    if version < SCHEMA_VERSION:
        made = [i for i in backup.find_backups(path.parent / "backups", "kantor") if i.kind == backup.BEFORE_UPGRADE]
        assert len(made) == 1 and made[0].ok and made[0].schema_version == version
        assert row_counts(made[0].path) == before


@pytest.mark.parametrize("version", fixture_versions())
def test_upgraded_database_has_the_schema_of_a_new_one(version, tmp_path):
    path = copy_fixture(version, tmp_path)
    Office(path).close()
    Office(tmp_path / "new.db").close()
    assert shape(path) == shape(tmp_path / "new.db")


def test_upgraded_database_works_and_gives_cases_a_uid(tmp_path):
    path = copy_fixture(1, tmp_path)
    office = Office(path)
    cid = office.new_case(SEED, "Setelah pembaruan")
    office.start_step(cid, 1)
    view = office.case(1)
    assert view.title == "Penyusunan PK Tahun 2026" and len(view.events) == 6
    uids = [r[0] for r in office.engine.connect().exec_driver_sql("SELECT uid FROM cases").all()]
    assert len(uids) == 4 and all(re.fullmatch(r"[0-9a-f]{32}", u) for u in uids) and len(set(uids)) == 4
    office.close()


def test_append_only_triggers_survive_the_upgrade(tmp_path):
    path = copy_fixture(1, tmp_path)
    Office(path).close()
    con = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("UPDATE events SET note = 'diubah' WHERE id = 1")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("DELETE FROM events WHERE id = 1")
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"events_no_update", "events_no_delete"} <= names


def _synthetic_next(conn):
    conn.exec_driver_sql("CREATE TABLE reminders (id INTEGER PRIMARY KEY, case_id INTEGER REFERENCES cases(id))")
    conn.exec_driver_sql("INSERT INTO reminders (case_id) SELECT id FROM cases")


NEXT = SCHEMA_VERSION + 1  # a release after this one: its step runs after all the real ones


def test_a_further_step_runs_after_the_real_ones(tmp_path, monkeypatch):
    monkeypatch.setattr(schema, "SCHEMA_VERSION", NEXT)
    monkeypatch.setitem(upgrade.STEPS, NEXT, _synthetic_next)
    path = copy_fixture(1, tmp_path)
    before = row_counts(path)
    Office(path).close()
    after = row_counts(path)
    assert schema_version(path) == NEXT and after["reminders"] == before["cases"] == 3
    assert all(after[t] == n for t, n in before.items())
    # A database of this release (made now) takes only the missing step.
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION)
    Office(tmp_path / "now.db").close()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", NEXT)
    Office(tmp_path / "now.db").close()
    assert schema_version(tmp_path / "now.db") == NEXT and row_counts(tmp_path / "now.db")["reminders"] == 0


def test_a_failing_step_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    def broken(conn):
        conn.exec_driver_sql("ALTER TABLE cases ADD COLUMN half_done TEXT")
        raise RuntimeError("bug in an upgrade step")
    monkeypatch.setattr(schema, "SCHEMA_VERSION", NEXT)
    monkeypatch.setitem(upgrade.STEPS, NEXT, broken)
    path = copy_fixture(1, tmp_path)
    before = row_counts(path)
    with pytest.raises(StoreError, match="Pembaruan basis data gagal; basis data tetap seperti semula"):
        Office(path)
    assert schema_version(path) == 1 and row_counts(path) == before
    assert "uid" not in [c[1] for c in sqlite3.connect(path).execute("PRAGMA table_info(cases)")]
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION)
    Office(path).close()  # fixed program: the upgrade simply happens at the next open
    assert schema_version(path) == SCHEMA_VERSION and row_counts(path)["events"] == before["events"]


def test_no_backup_no_upgrade(tmp_path, monkeypatch):
    def refuse(*a, **k):
        raise StoreError("Cadangan tidak dapat ditulis ke X: diska penuh.")
    monkeypatch.setattr(backup, "make_backup", refuse)
    path = copy_fixture(1, tmp_path)
    with pytest.raises(StoreError, match=r"cadangan sebelum pembaruan tidak dapat dibuat.*diska penuh"):
        Office(path)
    assert schema_version(path) == 1


def test_two_programs_opening_an_old_database_at_once(tmp_path):
    path = copy_fixture(1, tmp_path)
    code = "import sys; from sopdesk.app.office import Office; o = Office(sys.argv[1]); print(len(o.list_cases()))"
    env = dict(os.environ, SOPDESK_DATA_DIR=str(tmp_path / "data"))
    procs = [subprocess.Popen([sys.executable, "-c", code, str(path)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [e for _, e in outs]
    assert [o.strip() for o, _ in outs] == ["3", "3", "3"]
    assert schema_version(path) == SCHEMA_VERSION
    assert row_counts(path)["events"] == 10


def test_a_database_from_an_unknown_old_version_is_refused(tmp_path):
    path = copy_fixture(1, tmp_path)
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="tidak dapat diperbarui"):
        Office(path)


def test_v4_import_events_and_pk_versions_on_an_upgraded_v3_database(tmp_path):
    """Schema 4: events may be of kind 'import' and carry the import they arrived with; every PK
    a case had becomes its version 1, marked current; every row of the v3 file kept."""
    path = copy_fixture(3, tmp_path)
    before = {t: rows(path, t) for t in ("events", "pk_contents", "attachments", "cases")}
    Office(path).close()
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        v3_columns = len(before["events"][0])      # later versions add columns after these
        assert [r[:v3_columns] for r in rows(path, "events")] == before["events"]
        assert {r[v3_columns] for r in rows(path, "events")} == {None}  # import_event_id: nothing imported before
        [(case_id, year, content, updated_at)] = before["pk_contents"]
        assert con.execute("SELECT case_id, number, year, content, saved_at, source, import_event_id "
                           "FROM pk_versions").fetchall() == [(case_id, 1, year, content, updated_at, "local", None)]
        assert con.execute("SELECT version_id FROM pk_contents").fetchall() == \
            con.execute("SELECT id FROM pk_versions").fetchall()
        con.execute("INSERT INTO events (case_id, kind, happened_at, recorded_at, note) "
                    "VALUES (1, 'import', '2026-01-06T05:00:00Z', '2026-01-06T05:00:00Z', 'Diimpor dari x')")
        imported = con.execute("SELECT max(id) FROM events").fetchone()[0]
        con.execute("INSERT INTO events (case_id, kind, happened_at, recorded_at, import_event_id) "
                    "VALUES (1, 'note', '2026-01-05T05:00:00Z', '2026-01-05T05:00:00Z', ?)", (imported,))
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            con.execute("INSERT INTO events (case_id, kind, happened_at, recorded_at) "
                        "VALUES (1, 'hapus', '2026-01-06T05:00:00Z', '2026-01-06T05:00:00Z')")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            con.execute("UPDATE events SET import_event_id = NULL WHERE id = ?", (imported,))
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'events'").fetchone()[0]
        assert "'pause', 'resume', 'import'))" in sql and sql.count("'import'") == 1
        con.rollback()
    finally:
        con.close()


def test_v4_refuses_an_events_table_it_does_not_recognise(tmp_path):
    """The CHECK is widened by editing its text: only the text sopdesk wrote, exactly once."""
    path = copy_fixture(3, tmp_path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA writable_schema = ON")
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'events'").fetchone()[0]
    con.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'events'",
                (sql.replace("'pause', 'resume'))", "'pause', 'resume', 'hapus'))"),))
    con.commit()
    con.close()
    before = row_counts(path)
    with pytest.raises(StoreError, match="tidak seperti buatan sopdesk"):
        Office(path)
    assert schema_version(path) == 3 and row_counts(path) == before
# The step that adds step_runs, whatever number it gets when upgrades of other branches are merged.
STEP_RUNS = next(v for v, step in upgrade.STEPS.items() if step.__name__.endswith("_step_runs"))


@pytest.mark.parametrize("version", [v for v in fixture_versions() if v < STEP_RUNS])
def test_the_step_runs_of_existing_cases_are_filled(version, tmp_path):
    """The step runs upgrade: every case's step runs come from its events (in SQL, by the upgrade); their working
    time follows at the first report. Both equal what the program writes for a new event."""
    from sopdesk.app import step_runs
    from sopdesk.app.reports import monitoring_stats, monitoring_stats_replayed
    from tests.test_step_runs import replayed_runs, stored_runs
    office = Office(copy_fixture(version, tmp_path))
    try:
        filled = stored_runs(office)
        assert step_runs.needs_refresh(office)
        assert [r[:5] for r in filled] == [r[:5] for r in replayed_runs(office)]
        assert filled and all(r[5:8] == (None, None, 0) for r in filled)  # working times follow later
        assert [r[8:] for r in filled] == [r[8:] for r in replayed_runs(office)]
        assert monitoring_stats(office, SEED, 2026).to_json() == monitoring_stats_replayed(office, SEED, 2026).to_json()
        assert not step_runs.needs_refresh(office) and stored_runs(office) == replayed_runs(office)
    finally:
        office.close()


def test_v8_events_say_which_pc_and_new_tables_start_empty(tmp_path):
    """Schema 8: every older event keeps its columns and reads as recorded by no named PC; the
    word index and change log exist and start empty (the program fills the words)."""
    path = copy_fixture(7, tmp_path)
    before = rows(path, "events")
    Office(path).close()
    after = rows(path, "events")
    assert [r[:-2] for r in after] == before
    assert {r[-2:] for r in after} == {("", "")}
    con = sqlite3.connect(path)
    try:
        columns = [r[1] for r in con.execute("PRAGMA table_info(events)")]
        assert columns[-2:] == ["pc_name", "os_user"]
        assert con.execute("SELECT count(*) FROM change_log").fetchone() == (0,)
        assert {r[1] for r in con.execute("PRAGMA table_info(case_words)")} == {"word", "case_id"}
    finally:
        con.close()
