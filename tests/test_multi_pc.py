"""Several PCs of one office on one database (issue 14): each PC is an Office of its own on the same
database; what one records, the other is judged against, sees within a poll, and is told by name.

The database is `db_target`: a real SQLite file, or (where the test setup provides one) a fresh
PostgreSQL database, so the same tests run against an office server.
"""
from __future__ import annotations

import json
import shutil
from datetime import timedelta

import pytest
from helpers import DECISION_SOP, FixedClock, wib
from sqlalchemy import event, text

from sopdesk.app import transfer
from sopdesk.app.changes import CaseChanged, DatabaseReplaced, SettingsChanged, SopsChanged
from sopdesk.app.events import RecordedElsewhere
from sopdesk.app.office import Office
from sopdesk.app.paperwork import issue_number, number_for_case
from sopdesk.app.watch import UNREACHABLE, Watcher
from sopdesk.domain.case import CaseError
from sopdesk.domain.errors import UserError

# db_target (tests/conftest.py): an SQLite file, and a fresh PostgreSQL database when one is configured.
pytestmark = pytest.mark.databases


@pytest.fixture
def shared_db(db_target) -> str:
    """Where both PCs' database is: a file, or a PostgreSQL URL."""
    return str(db_target)


@pytest.fixture
def clock():
    return FixedClock(wib(2027, 1, 4, 9, 12))


@pytest.fixture
def pcs(shared_db, clock):
    """Two PCs on one database: PC-DEPAN (Siti's) and PC-BELAKANG (Budi's)."""
    depan = Office(shared_db, clock=clock, pc_name="PC-DEPAN", os_user="siti")
    depan.import_sop_text(DECISION_SOP)
    belakang = Office(shared_db, clock=clock, pc_name="PC-BELAKANG", os_user="budi")
    yield depan, belakang
    depan.close()
    belakang.close()


def heard(office: Office) -> list:
    got: list = []
    office.changes.subscribe(got.append)
    return got


def test_every_event_records_the_pc_and_its_user(pcs):
    depan, belakang = pcs
    cid = depan.new_case("cek-berkas", "Berkas A", year=2027)
    depan.start_step(cid, 1, by="Siti Rahayu")
    belakang.add_note(cid, "Dicek dari belakang", step=1, by="Budi")
    view = belakang.case(cid)
    assert [view.origins[e.id] for e in view.events] == [("PC-DEPAN", "siti"), ("PC-BELAKANG", "budi")]


def test_the_pc_and_user_default_to_this_computer(shared_db):
    from sopdesk.app import workstation
    o = Office(shared_db)
    try:
        assert o.pc_name == workstation.pc_name() and o.pc_name
        assert o.os_user == workstation.os_user()
    finally:
        o.close()


def test_a_step_started_on_another_pc_is_refused_by_name(pcs, clock):
    depan, belakang = pcs
    cid = depan.new_case("cek-berkas", "Berkas A", year=2027)
    behind = belakang.case(cid)   # PC-BELAKANG shows the case with step 1 not started
    assert behind.state.steps[1].state != "running"
    depan.start_step(cid, 1, by="Siti Rahayu")
    clock.moment += timedelta(seconds=20)
    told = heard(belakang)
    with pytest.raises(RecordedElsewhere) as refused:
        belakang.start_step(cid, 1, by="Budi")
    assert str(refused.value) == "Langkah 1 sudah dimulai oleh Siti Rahayu di PC-DEPAN pukul 09.12."
    assert isinstance(refused.value, CaseError)   # the screens show it as they show any refusal
    assert told == [CaseChanged(cid)]             # ... and re-read the case
    starts = [e for e in belakang.case(cid).events if e.kind == "start"]
    assert len(starts) == 1                       # nothing recorded twice


def test_finishing_twice_names_the_first_finish(pcs, clock):
    depan, belakang = pcs
    cid = depan.new_case("cek-berkas", "Berkas A", year=2027)
    depan.start_step(cid, 1, by="Siti Rahayu")
    clock.moment += timedelta(minutes=3)
    depan.finish_step(cid, 1, by="Siti Rahayu")
    clock.moment += timedelta(minutes=1)
    with pytest.raises(RecordedElsewhere, match=r"^Langkah 1 sudah diselesaikan oleh Siti Rahayu di PC-DEPAN "
                                                r"pukul 09\.15\.$"):
        belakang.finish_step(cid, 1, by="Budi")
    # a day later the message says which day
    clock.moment += timedelta(days=1)
    with pytest.raises(RecordedElsewhere, match=r"pada 4 Januari 2027 pukul 09\.15"):
        belakang.start_step(cid, 1, by="Budi")


def test_a_refusal_after_own_records_keeps_the_plain_message(pcs):
    depan, _belakang = pcs
    cid = depan.new_case("cek-berkas", "Berkas A", year=2027)
    depan.start_step(cid, 1, by="Siti Rahayu")
    with pytest.raises(CaseError) as refused:
        depan.start_step(cid, 1, by="Siti Rahayu")
    assert not isinstance(refused.value, RecordedElsewhere)


def test_correcting_what_another_pc_corrected_names_it(pcs):
    depan, belakang = pcs
    cid = depan.new_case("cek-berkas", "Berkas A", year=2027)
    note = depan.add_note(cid, "salah ketik", by="Siti Rahayu")
    depan.correct(cid, note, reason="salah", by="Siti Rahayu")
    with pytest.raises(RecordedElsewhere, match=f"^Catatan nomor {note} sudah dikoreksi oleh Siti Rahayu di PC-DEPAN"):
        belakang.correct(cid, note, reason="salah juga", by="Budi")


def test_letter_numbers_never_repeat_across_pcs(pcs):
    depan, belakang = pcs
    cid = depan.new_case("cek-berkas", "Berkas A", year=2027)
    numbers = [issue_number(o, 2027) for o in (depan, belakang, depan, belakang)]
    assert len(set(numbers)) == 4
    # the case's number: drawn once, whichever PC asks
    day = wib(2027, 1, 4).date()
    assert number_for_case(depan, cid, day) == number_for_case(belakang, cid, day)


# -- seeing the other PCs' changes --------------------------------------------------

def test_the_watcher_delivers_other_pcs_changes_and_skips_its_own(pcs):
    depan, belakang = pcs
    watcher = Watcher(belakang)
    assert watcher.poll().changes == []          # the first look only marks where the log stands
    told = heard(belakang)
    cid = depan.new_case("cek-berkas", "Berkas A", year=2027)
    depan.start_step(cid, 1, by="Siti Rahayu")
    own = belakang.new_case("cek-berkas", "Berkas B", year=2027)
    told.clear()                                 # belakang's own new case was told when it was made
    poll = watcher.poll()
    assert poll.reachable and poll.changes == [CaseChanged(cid)]   # once, however many rows
    assert told == [CaseChanged(cid)]
    assert CaseChanged(own) not in poll.changes
    assert watcher.poll().changes == []


def test_settings_and_sops_elsewhere_reach_every_view(pcs):
    depan, belakang = pcs
    watcher = Watcher(belakang)
    watcher.poll()
    profile = belakang.profile()                 # cached by belakang
    depan.save_profile(type(profile).from_dict({**profile.to_dict(), "place": "Banjarnegara"}))
    depan.import_sop_text(DECISION_SOP.replace("Menerima berkas", "Menerima berkas masuk"))
    changes = watcher.poll().changes
    assert SettingsChanged("profile") in changes and SettingsChanged("officials") in changes
    assert SopsChanged("cek-berkas") in changes
    assert belakang.profile().place == "Banjarnegara"   # the cache was let go of


def test_a_change_is_logged_in_its_own_transaction(pcs):
    depan, belakang = pcs
    cid = depan.new_case("cek-berkas", "Berkas A", year=2027)
    watcher = Watcher(belakang)
    watcher.poll()
    with pytest.raises(CaseError):
        depan.finish_step(cid, 1, by="Siti")     # refused: nothing written, nothing logged
    assert watcher.poll().changes == []


def test_old_changes_are_pruned(pcs, clock, monkeypatch):
    from sopdesk.app import watch
    depan, _ = pcs
    monkeypatch.setattr(watch, "PRUNE_EVERY", 5)
    cid = depan.new_case("cek-berkas", "Berkas A", year=2027)
    clock.moment += timedelta(days=2)
    for i in range(6):
        depan.add_note(cid, f"catatan {i}")
    with depan.reading() as conn:
        kept = conn.execute(text("SELECT min(changed_at) FROM change_log")).scalar()
    assert kept >= "2027-01-05"


def test_a_restore_under_the_program_is_seen(pcs, shared_db, tmp_path):
    if "://" in shared_db:
        pytest.skip("a file copied back is SQLite's restore")
    depan, belakang = pcs
    watcher = Watcher(belakang)
    watcher.poll()
    shutil.copy(shared_db, tmp_path / "before.db")
    depan.new_case("cek-berkas", "Berkas A", year=2027)
    watcher.poll()
    with depan.writing() as conn:
        conn.execute(text("DELETE FROM change_log"))
    assert watcher.poll().changes == [DatabaseReplaced()]


# -- the database out of reach ----------------------------------------------------------

class Outage:
    """Every statement of one Office's engine fails as a lost connection would: a real failure
    raised by the driver's cursor, not a mock of the database."""

    def __init__(self, office: Office):
        self.down = False
        event.listen(office.engine, "before_cursor_execute", self._before)

    def _before(self, conn, cursor, statement, parameters, context, executemany):
        if self.down:   # the driver's own error, as a dead socket or a failing disk raises it
            raise conn.dialect.loaded_dbapi.OperationalError("I/O error (the cable is out)")


def test_the_watcher_says_when_the_database_is_lost_and_back(pcs):
    depan, belakang = pcs
    watcher = Watcher(belakang)
    watcher.poll()
    outage = Outage(belakang)
    outage.down = True
    poll = watcher.poll()
    assert not poll.reachable and poll.lost
    assert not watcher.poll().lost                 # said once
    cid = depan.new_case("cek-berkas", "Berkas A", year=2027)   # meanwhile on the other PC
    outage.down = False
    told = heard(belakang)
    poll = watcher.poll()
    assert poll.reachable and poll.back
    assert told[0] == DatabaseReplaced() and CaseChanged(cid) in told   # every view re-reads
    assert belakang.case(cid).title == "Berkas A"


def test_a_vanished_file_is_unreachable_and_a_write_fails_as_a_whole(pcs, shared_db, tmp_path):
    if "://" in shared_db:
        pytest.skip("a file to move away")
    depan, belakang = pcs
    cid = depan.new_case("cek-berkas", "Berkas A", year=2027)
    watcher = Watcher(belakang)
    watcher.poll()
    away = tmp_path / "away.db"
    shutil.move(shared_db, away)
    try:
        assert watcher.poll().lost
        with pytest.raises(UserError, match=r"^Tidak tersimpan: berkas basis data tidak terjangkau"):
            belakang.start_step(cid, 1, by="Budi")
    finally:
        shutil.move(away, shared_db)
    assert watcher.poll().back
    belakang.start_step(cid, 1, by="Budi")         # recovered by itself
    assert [e.kind for e in depan.case(cid).events] == ["start"]


def test_a_lost_connection_fails_a_write_with_the_plain_message(pcs, shared_db):
    """What a server's lost connection looks like to the store (SQLAlchemy marks it invalidated)."""
    depan, belakang = pcs
    cid = depan.new_case("cek-berkas", "Berkas A", year=2027)

    def lost(context):
        context.is_disconnect = True   # as psycopg's "server closed the connection unexpectedly"

    outage = Outage(belakang)
    event.listen(belakang.engine, "handle_error", lost)
    outage.down = True
    with pytest.raises(UserError) as refused:
        belakang.start_step(cid, 1, by="Budi")
    server = "://" in shared_db
    if server:
        assert str(refused.value) == UNREACHABLE
    else:   # the same, said of a file
        assert str(refused.value).startswith("Tidak tersimpan: berkas basis data tidak terjangkau")
    # reading says so without "Tidak tersimpan"
    with pytest.raises(UserError, match=r"^Server kantor tidak terjangkau" if server else
                       r"^Berkas basis data tidak terjangkau"):
        belakang.case(cid)
    outage.down = False
    belakang.start_step(cid, 1, by="Budi")
    assert len(depan.case(cid).events) == 1


# -- .sopcase keeps the PC of origin ---------------------------------------------------------

def test_a_sopcase_carries_the_pc_of_each_event(pcs, clock, tmp_path):
    depan, _ = pcs
    cid = depan.new_case("cek-berkas", "Berkas A", year=2027)
    depan.start_step(cid, 1, by="Siti Rahayu")
    path = transfer.export_case(depan, cid, tmp_path / "a.sopcase")
    import zipfile
    with zipfile.ZipFile(path) as z:
        payload = json.loads(z.read("case.json"))
    assert payload["events"][0]["pc_name"] == "PC-DEPAN" and payload["events"][0]["os_user"] == "siti"
    elsewhere = Office(tmp_path / "lain.db", clock=clock, pc_name="PC-KECAMATAN-LAIN", os_user="ani")
    try:
        new = transfer.import_case(elsewhere, path).case_id
        view = elsewhere.case(new)
        origins = {e.kind: view.origins.get(e.id) for e in view.events}
        assert origins["start"] == ("PC-DEPAN", "siti")            # kept from the file
        assert origins["import"] == ("PC-KECAMATAN-LAIN", "ani")   # the import is this PC's own record
    finally:
        elsewhere.close()
