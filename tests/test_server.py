"""The office server (PostgreSQL): its schema, opening it from several PCs, migrate both ways, its backups.

Needs a server (SOPDESK_TEST_PG, see conftest.py); skipped without one unless SOPDESK_TEST_PG_REQUIRED=1.
The tests that run the same on SQLite and PostgreSQL are the `databases` modules (test_store, test_cli …).
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from datetime import datetime

import pytest
from sqlalchemy import insert, select, text

from sopdesk.app import data
from sopdesk.app.attachments import add_attachment
from sopdesk.app.office import Office
from sopdesk.app.paperwork import issue_number
from sopdesk.store import backup as bk, schema, server_copy, tables as t, upgrade
from sopdesk.store.engine import make_engine, safe_url
from sopdesk.store.errors import StoreError
from sopdesk.store.opening import initialize
from sopdesk.store.shape import server_schema_problems
from tests.helpers import SEED, FixedClock, wib
from tests.test_transfer import started_case


@pytest.fixture
def pg_url(new_pg_database):
    return new_pg_database()


def cli(db, *args):
    return subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(db), *args], capture_output=True, text=True,
                          encoding="utf-8", env=dict(os.environ), timeout=300)


def rich_office(target) -> Office:
    """An office with what must survive a move: corrections, a PK, attachments, letter numbers, a final monev row."""
    office = Office(target, clock=FixedClock(wib(2026, 1, 6, 12, 0)))
    cid = started_case(office)
    other = office.new_case(SEED, "Kasus kedua")
    office.start_step(other, 1, at=wib(2026, 1, 5, 10, 0))
    issue_number(office, 2026, case_id=cid)
    issue_number(office, 2026)
    with office.writing() as conn:
        sop_id = conn.execute(select(t.sops.c.id)).scalar_one()
        conn.execute(insert(t.monev_records).values(
            kind="evaluasi", sop_id=sop_id, period="2025", revision=1, state="final", content="{}",
            created_at="2026-01-02T00:00:00Z", updated_at="2026-01-02T00:00:00Z", final_at="2026-01-02T00:00:00Z"))
    return office


def rows_of(target) -> dict[str, tuple[int, str]]:
    engine = make_engine(target)
    try:
        with engine.connect() as conn:
            found = server_copy.checksums(conn)
            meta = dict(conn.execute(select(t.meta.c.key, t.meta.c.value)).all())
    finally:
        engine.dispose()
    return {**found, "meta": (len(meta), json.dumps({k: v for k, v in meta.items() if k != server_copy.DAILY_KEY}, sort_keys=True))}


# -- the schema -------------------------------------------------------------------------------------

def test_the_server_schema_is_the_sqlite_schema(pg_url, tmp_path):
    server, local = Office(pg_url), Office(tmp_path / "t.db")
    assert server_schema_problems(server.engine) == []

    def columns(office):
        with office.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                return {(tb, r[1], bool(r[3] or r[5])) for tb in t.metadata.tables
                        for r in conn.exec_driver_sql(f"PRAGMA table_info({tb})")}
            return {(r[0], r[1], r[2] == "NO") for r in conn.execute(text(
                "SELECT table_name, column_name, is_nullable FROM information_schema.columns "
                "WHERE table_schema = current_schema()"))}

    def indexes(office):
        with office.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                return set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index' "
                                                "AND name NOT LIKE 'sqlite_%'").scalars())
            return set(conn.execute(text("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                                         "AND indexname NOT LIKE '%\\_pkey' AND indexname NOT LIKE '%\\_key'")).scalars())

    assert columns(server) == columns(local)
    assert indexes(server) == indexes(local)
    with server.reading() as conn:
        assert conn.execute(select(t.meta.c.value).where(t.meta.c.key == "schema_version")).scalar() == \
            str(schema.SCHEMA_VERSION)
    # The seed arrives as on SQLite.
    assert [s.code for s in server.sops()] == [s.code for s in local.sops()] == [SEED]
    assert [o.nip for o in server.officials()] == [o.nip for o in local.officials()]
    assert server.profile() == local.profile()
    server.close()
    local.close()


def test_a_case_gets_a_uid_and_a_final_monev_row_is_frozen(pg_url):
    from sqlalchemy.exc import IntegrityError
    office = rich_office(pg_url)
    with office.reading() as conn:
        uids = list(conn.execute(select(t.cases.c.uid)).scalars())
    assert len(uids) == 2 and all(len(u) == 32 and int(u, 16) >= 0 for u in uids) and uids[0] != uids[1]
    for statement in ("UPDATE monev_records SET content = 'x'", "DELETE FROM monev_records"):
        with pytest.raises(IntegrityError, match="final monev"), office.engine.begin() as conn:
            conn.exec_driver_sql(statement)
    with pytest.raises(IntegrityError), office.engine.begin() as conn:   # the period check (GLOB on SQLite)
        conn.exec_driver_sql("INSERT INTO monev_records (kind, sop_id, period, revision, content, created_at, "
                             "updated_at) VALUES ('evaluasi', 1, '2025-1', 1, '{}', 'x', 'x')")
    office.close()


@pytest.mark.parametrize("change,words", [
    ("ALTER TABLE events DISABLE TRIGGER events_no_update", "events_no_update dimatikan"),
    ("DROP TRIGGER events_no_delete ON events", "events_no_delete tidak ada"),
    ("CREATE TRIGGER sneaky BEFORE INSERT ON cases FOR EACH ROW EXECUTE FUNCTION sopdesk_case_uid()",
     "tambahan sneaky"),
    ("ALTER TABLE cases DROP COLUMN ref_subject", "cases diubah"),
    ("DROP INDEX cases_year", "cases_year tidak ada"),
])
def test_an_altered_server_schema_is_refused(pg_url, change, words):
    Office(pg_url).close()
    engine = make_engine(pg_url)
    with engine.begin() as conn:
        conn.exec_driver_sql(change)
    engine.dispose()
    with pytest.raises(StoreError, match=words) as found:
        Office(pg_url)
    assert "***" in str(found.value)


def test_a_database_of_another_program_is_refused_untouched(pg_url):
    engine = make_engine(pg_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE pelanggan (id int)")
    with pytest.raises(StoreError, match="bukan milik sopdesk"):
        Office(pg_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE pelanggan")
        conn.exec_driver_sql("CREATE TABLE meta (key text, value text)")
        conn.exec_driver_sql("INSERT INTO meta VALUES ('application', 'lain'), ('schema_version', '3')")
    with pytest.raises(StoreError, match="bukan milik sopdesk"):
        Office(pg_url)
    with engine.connect() as conn:
        assert server_copy.server_tables(conn) == {"meta"}
    engine.dispose()


def test_safe_url_masks_the_password():
    assert safe_url("postgresql+psycopg://sopdesk:rahasia%40123@server:5432/kantor") == \
        "postgresql+psycopg://sopdesk:***@server:5432/kantor"
    assert "rahasia" not in safe_url("postgresql+psycopg://sopdesk:rahasia@[bad")
    assert safe_url("D:/kantor/sopdesk.db") == "D:/kantor/sopdesk.db"


# -- several PCs opening at once ------------------------------------------------------------------------

def _at_once(n, work):
    errors: list[BaseException] = []
    barrier = threading.Barrier(n)

    def run():
        barrier.wait()
        try:
            work()
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=run) for _ in range(n)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(120)
    assert errors == []


def test_pcs_opening_a_new_server_database_at_once_make_one_schema(pg_url):
    created = []

    def open_it():
        engine = make_engine(pg_url)
        created.append(initialize(engine))
        engine.dispose()

    _at_once(4, open_it)
    assert sorted(created) == [False, False, False, True]


def test_an_upgrade_runs_once_when_pcs_open_at_once(pg_url, monkeypatch):
    Office(pg_url).close()
    ran = []

    def v9(conn):
        ran.append(1)
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('v9', 'sekali')")  # twice: a duplicate key

    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    monkeypatch.setitem(upgrade.STEPS, schema.SCHEMA_VERSION, v9)

    def open_it():
        engine = make_engine(pg_url)
        initialize(engine)
        engine.dispose()

    _at_once(3, open_it)
    assert ran == [1]
    engine = make_engine(pg_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT value FROM meta WHERE key = 'schema_version'").scalar() == \
            str(schema.SCHEMA_VERSION)
    engine.dispose()


def test_a_failed_upgrade_leaves_the_server_as_it_was(pg_url, monkeypatch):
    Office(pg_url).close()

    def v9(conn):
        conn.exec_driver_sql("ALTER TABLE cases ADD COLUMN half_done TEXT")
        raise RuntimeError("listrik padam")

    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    monkeypatch.setitem(upgrade.STEPS, schema.SCHEMA_VERSION, v9)
    with pytest.raises(StoreError, match="tetap seperti semula"):
        Office(pg_url)
    monkeypatch.undo()
    office = Office(pg_url)   # version 8 again, no half-made column
    assert server_schema_problems(office.engine) == []
    office.close()


# -- migrate ----------------------------------------------------------------------------------------------

def test_migrate_to_the_server_and_back(tmp_path, pg_url, new_pg_database):
    src = tmp_path / "kantor.db"
    office = rich_office(src)
    scan = tmp_path / "surat.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 400)
    add_attachment(office, 1, scan, by="Staf")
    before = {cid: office.case(cid) for cid in office.case_ids()}
    office.close()
    original = rows_of(src)

    moved = data.migrate(src, pg_url)
    assert moved.rows == sum(n for n, _ in original.values() if n) - original["meta"][0] + moved.tables["meta"][0]
    assert moved.target == safe_url(pg_url) and "***" in moved.target
    assert rows_of(pg_url) == original
    server = Office(pg_url, clock=FixedClock(wib(2026, 1, 6, 12, 0)))
    for cid, view in before.items():
        assert server.case(cid).events == view.events
    # The identities continue past the copied ids: new rows of every kind.
    new = server.new_case(SEED, "Kasus di server")
    assert new == max(before) + 1
    server.add_note(new, "catatan")
    assert issue_number(server, 2026).split("/")[1] == "3"
    server.close()

    back = tmp_path / "kembali.db"
    result = data.migrate(pg_url, back)
    assert result.source == safe_url(pg_url)
    again = rows_of(back)
    assert again == rows_of(pg_url)
    assert again["cases"][0] == original["cases"][0] + 1
    local = Office(back)
    assert local.case(1).events == before[1].events
    local.close()

    # Refused: a server database holding cases, an existing file, two files.
    with pytest.raises(StoreError, match="sudah berisi 3 kasus"):
        data.migrate(src, pg_url)
    with pytest.raises(StoreError, match="sudah ada"):
        data.migrate(pg_url, back)
    with pytest.raises(StoreError, match="salah satu harus berkas"):
        data.migrate(src, tmp_path / "x.db")
    assert not (tmp_path / "x.db").exists()
    assert rows_of(back) == again


def test_migrate_cli_json_and_a_failed_copy_changes_nothing(tmp_path, pg_url, monkeypatch):
    src = tmp_path / "kantor.db"
    rich_office(src).close()
    p = cli(src, "migrate", "--to", pg_url, "--json")
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert {"source", "target", "rows", "verified", "seconds", "tables"} <= set(out)
    assert out["verified"] is True and out["tables"]["events"]["rows"] == rows_of(src)["events"][0]
    assert "cases: 2 baris" in p.stderr
    password = pg_url.split(":")[2].split("@")[0]
    assert password not in p.stdout + p.stderr

    # A read-back that differs (a fault while writing) rolls the whole copy back.
    target = tmp_path / "baru.db"
    real = server_copy.checksums
    monkeypatch.setattr(server_copy, "checksums", lambda conn: {**real(conn), "events": (0, "")})
    with pytest.raises(StoreError, match="tidak sama dengan sumbernya"):
        data.migrate(pg_url, target)
    assert not target.exists()


# -- backups of the server ------------------------------------------------------------------------------

def test_backup_and_restore_of_the_server(tmp_path, pg_url, data_dir):
    office = rich_office(pg_url)
    office.close()
    p = cli(pg_url, "backup")
    assert p.returncode == 0, p.stderr
    made = data_dir / "backups" / p.stdout.strip().rsplit("/", 1)[-1]
    assert made.is_file() and made.name.startswith("server-") and bk.checksum_file(made).is_file()
    assert bk.check_backup(made).ok
    listed = json.loads(cli(pg_url, "backup", "--list", "--json").stdout)
    assert [b["path"] for b in listed if b["kind"] == bk.MANUAL] == [str(made)]
    snapshot = rows_of(pg_url)

    # Work after the backup: a case and a letter number that went out.
    office = Office(pg_url, clock=FixedClock(wib(2026, 1, 7, 9, 0)))
    later = office.new_case(SEED, "Sesudah cadangan")
    issued = issue_number(office, 2026)
    office.close()

    p = cli(pg_url, "restore", str(made))
    assert p.returncode == 0, p.stderr
    assert "dipulihkan" in p.stderr and "***" in p.stdout
    restored = Office(pg_url)
    assert later not in restored.case_ids()
    with restored.reading() as conn:
        numbers = list(conn.execute(select(t.letter_numbers.c.number)).scalars())
    assert issued in numbers    # a number sent out stays issued
    with restored.reading() as conn:   # the other PCs learn the whole database changed
        last = conn.execute(select(t.change_log).order_by(t.change_log.c.id.desc()).limit(1)).mappings().one()
    assert last["kind"] == "database"
    assert rows_of(pg_url)["events"] == snapshot["events"]
    restored.close()
    kept = [b for b in bk.find_backups(data_dir / "backups") if b.kind == bk.BEFORE_RESTORE]
    assert len(kept) == 1 and kept[0].ok

    # The same backup restores into a file like any backup; and back into the server from a file's backup.
    target = tmp_path / "dari-server.db"
    Office(target).close()
    data.restore(target, made)
    assert rows_of(target)["cases"] == snapshot["cases"]
    file_backup = bk.make_backup(target, tmp_path / "berkas.sqlite")
    data.server_restore(pg_url, file_backup)
    assert rows_of(pg_url)["cases"] == snapshot["cases"]
    assert cli(pg_url, "check").returncode == 0


def test_a_damaged_backup_is_refused_and_the_server_unchanged(tmp_path, pg_url):
    rich_office(pg_url).close()
    before = rows_of(pg_url)
    bad = tmp_path / "rusak.sqlite"
    bad.write_bytes(b"bukan basis data" * 100)
    with pytest.raises(StoreError, match="tidak dapat dipakai"):
        data.server_restore(pg_url, bad)
    foreign = tmp_path / "lain.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE x (a)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="tidak dapat dipakai"):
        data.server_restore(pg_url, foreign)
    assert rows_of(pg_url) == before


def test_the_daily_backup_of_the_server_is_made_by_one_pc(pg_url, data_dir):
    Office(pg_url).close()             # new: no backup yet
    folder = data_dir / "backups"
    daily = lambda: [b for b in bk.find_backups(folder, check=False) if b.kind == bk.DAILY]  # noqa: E731
    assert daily() == []

    # Another PC is making it (holds the lock): this one neither waits nor makes one.
    holder = make_engine(pg_url)
    with holder.connect() as conn:
        assert conn.exec_driver_sql(f"SELECT pg_try_advisory_lock({server_copy.DAILY_BACKUP_LOCK})").scalar()
        office = Office(pg_url)
        assert office.backup_problem is None and daily() == []
        office.close()
        conn.exec_driver_sql(f"SELECT pg_advisory_unlock({server_copy.DAILY_BACKUP_LOCK})")
    holder.dispose()

    offices = []
    _at_once(3, lambda: offices.append(Office(pg_url)))
    assert [o.backup_problem for o in offices] == [None] * 3 and len(daily()) == 1
    for o in offices:
        o.close()
    Office(pg_url).close()     # the same day: recorded in meta, not made again
    assert len(daily()) == 1
    engine = make_engine(pg_url)
    with engine.connect() as conn:
        assert conn.execute(select(t.meta.c.value).where(t.meta.c.key == server_copy.DAILY_KEY)).scalar() == \
            datetime.now().astimezone().date().isoformat()
    engine.dispose()
    # A day later another PC makes the next one.
    assert server_copy.daily_server_backup(make_engine(pg_url), folder,
                                           now=datetime.now().astimezone().replace(year=2099)) is None
    assert len(daily()) == 2


def test_a_dropped_connection_is_replaced_and_an_unreachable_server_said_plainly(pg_url, pg_server):
    from sopdesk.store.errors import ServerUnreachable
    office = Office(pg_url)
    assert len(office.sops()) == 1
    name = make_engine(pg_url).url.database
    with pg_server.connect_admin() as con:   # the server restarted: every connection of sopdesk is gone
        con.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
    office.caches.sop_versions.clear()
    assert office.new_case(SEED, "Sesudah server dinyalakan ulang") == 1
    office.close()
    gone = make_engine(pg_url).url.set(port=1).render_as_string(hide_password=False)
    with pytest.raises(ServerUnreachable, match="Server kantor tidak terjangkau") as found:
        Office(gone)
    assert "***" in str(found.value)


def test_writers_on_several_pcs_take_turns(pg_url):
    """The write lock (engine.WRITE_LOCK) orders write transactions as SQLite's BEGIN IMMEDIATE does:
    a number drawn from the highest one so far is never drawn twice."""
    Office(pg_url).close()
    pcs = [Office(pg_url) for _ in range(4)]
    drawn: list[str] = []
    lock = threading.Lock()
    turn = iter(range(4))

    def draw():
        with lock:
            office = pcs[next(turn)]
        for _ in range(15):
            number = issue_number(office, 2026)
            with lock:
                drawn.append(number)

    _at_once(4, draw)
    assert len(drawn) == len(set(drawn)) == 60
    for office in pcs:
        office.close()


def test_pcs_opening_a_new_server_database_at_once_seed_it_once(pg_url):
    offices = []
    _at_once(4, lambda: offices.append(Office(pg_url)))
    for office in offices:
        office.close()
    office = Office(pg_url)
    assert [s.code for s in office.sops()] == [SEED] and len(office.officials()) == 1
    office.close()


def test_the_connection_test_changes_nothing(pg_url, new_pg_database):
    empty = data.server_status(pg_url)
    assert empty.schema_version is None and empty.cases == 0 and empty.server_version[:2].isdigit()
    assert "***" in empty.url
    engine = make_engine(pg_url)
    with engine.connect() as conn:
        assert server_copy.server_tables(conn) == set()   # still empty: the first Office sets it up
    engine.dispose()
    office = Office(pg_url)
    office.new_case(SEED, "Satu")
    office.close()
    found = data.server_status(pg_url)
    assert found.schema_version == schema.SCHEMA_VERSION and found.cases == 1
    other = new_pg_database()
    engine = make_engine(other)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE pelanggan (id int)")
    engine.dispose()
    with pytest.raises(StoreError, match="bukan milik sopdesk"):
        data.server_status(other)
    wrong = make_engine(pg_url).url.set(password="salah").render_as_string(hide_password=False)
    with pytest.raises(StoreError, match="menolak"):
        data.server_status(wrong)


def test_a_sound_server_database_opens_without_waiting_for_writers(pg_url, data_dir):
    """Opening reads (the catalogue, meta, today's backup done): a PC that starts while another PC
    writes does not wait for it. The reads see one moment; the writers take the lock in read committed."""
    from sopdesk.store.engine import WRITE_LOCK, writer
    Office(pg_url).close()   # creates
    Office(pg_url).close()   # makes today's backup
    engine = make_engine(pg_url)
    try:
        with writer(engine).begin() as holder:   # another PC in the middle of a write
            assert holder.execute(text("SHOW transaction_isolation")).scalar() == "read committed"
            assert holder.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                       "AND objid = :k AND pid = pg_backend_pid()"), {"k": WRITE_LOCK}).scalar() == 1
            office = Office(pg_url)
            assert len(office.sops()) == 1
            with office.reading() as conn:
                assert conn.execute(text("SHOW transaction_isolation")).scalar() == "repeatable read"
                assert conn.execute(text("SHOW jit")).scalar() == "off"
            office.close()
    finally:
        engine.dispose()
