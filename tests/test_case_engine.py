"""The case engine through the Office service, on real SQLite files."""
from datetime import timedelta

import pytest

from sopdesk.app.office import Office
from sopdesk.domain.case import CaseError
from sopdesk.domain.errors import UserError
from tests.helpers import DECISION_SOP, SEED, FixedClock, wib

pytestmark = pytest.mark.databases  # db_target and office: SQLite and PostgreSQL (conftest.py)


@pytest.fixture
def clock():
    return FixedClock(wib(2026, 2, 2, 9, 0))


@pytest.fixture
def office(db_target, clock):
    o = Office(db_target, clock=clock)
    yield o
    o.close()


def steps(view):
    return dict(view.state.steps)


def test_whole_seed_case_across_the_holiday_season(office, clock):
    """All 11 steps from 18 Dec 2025 to Jan 2026: Natal, cuti bersama and Tahun Baru are not working days."""
    cid = office.new_case(SEED, "Penyusunan PK Tahun 2026", ref_number="000.7.2.7/1/2025")
    t = wib(2025, 12, 18, 8, 0)  # Thursday
    plan = [  # (step, start, finish)
        (1, t, t + timedelta(minutes=4)),
        (2, wib(2025, 12, 18, 8, 10), wib(2025, 12, 18, 8, 20)),
        (3, wib(2025, 12, 18, 9, 0), wib(2025, 12, 18, 9, 5)),
        # 4 hari from Mon 22 Dec 10.00: 23, 24, 29, 30 Dec (25 Natal, 26 cuti bersama, weekend) -> Tue 30 Dec 10.00
        (4, wib(2025, 12, 22, 10, 0), wib(2025, 12, 30, 9, 0)),
        # 7 hari from Tue 30 Dec 10.00: 31 Dec, 2, 5, 6, 7, 8, 9 Jan (1 Jan Tahun Baru) -> Fri 9 Jan 10.00
        (5, wib(2025, 12, 30, 10, 0), wib(2026, 1, 12, 8, 0)),
        (6, wib(2026, 1, 12, 8, 30), wib(2026, 1, 12, 8, 40)),
        (7, wib(2026, 1, 12, 9, 0), wib(2026, 1, 13, 8, 0)),
        (8, wib(2026, 1, 13, 8, 10), wib(2026, 1, 13, 8, 20)),
        (9, wib(2026, 1, 13, 10, 0), wib(2026, 1, 13, 10, 20)),
        (10, wib(2026, 1, 13, 13, 0), wib(2026, 1, 13, 13, 10)),
        (11, wib(2026, 1, 13, 13, 30), wib(2026, 1, 13, 14, 30)),
    ]
    for no, a, b in plan:
        office.start_step(cid, no, at=a, by="196509241995031002")
        office.finish_step(cid, no, at=b, by="Agus")
    view = office.case(cid)
    st = steps(view)
    assert view.state.closed and view.state.state_word == "closed"
    assert st[4].due_at == wib(2025, 12, 30, 10, 0)
    assert st[4].late is False
    assert st[5].due_at == wib(2026, 1, 9, 10, 0)
    assert st[5].late is True
    assert st[1].run.started_by == "Drs. SAPTONO SUPRIYANTO"  # NIP resolved to the official
    assert st[1].run.finished_by == "Agus"  # a name not in the list is kept as given
    assert st[1].actual_working_minutes == 4
    assert st[2].actual_working_minutes == 10
    assert all(s.state == "done" for s in st.values())
    row = office.list_cases()[0]
    assert row["state"] == "closed" and row["late"] is True and row["current_step"] is None
    assert office.list_cases(state="late")[0]["id"] == cid
    assert office.list_cases(state="open") == []


def test_refusals_are_explained(office, clock):
    cid = office.new_case(SEED, "Kasus")
    with pytest.raises(CaseError, match="belum dapat dimulai"):
        office.start_step(cid, 2, at=wib(2026, 2, 2, 8, 0))
    with pytest.raises(CaseError, match="belum dimulai"):
        office.finish_step(cid, 1, at=wib(2026, 2, 2, 8, 0))
    office.start_step(cid, 1, at=wib(2026, 2, 2, 8, 0))
    with pytest.raises(CaseError, match="sebelum waktu mulai"):
        office.finish_step(cid, 1, at=wib(2026, 2, 2, 7, 0))
    with pytest.raises(CaseError, match="masa depan"):
        office.finish_step(cid, 1, at=wib(2027, 2, 2, 8, 0))
    with pytest.raises(CaseError, match="bukan keputusan"):
        office.finish_step(cid, 1, at=wib(2026, 2, 2, 8, 5), decision="ya")
    with pytest.raises(CaseError, match="sudah dimulai"):
        office.start_step(cid, 1, at=wib(2026, 2, 2, 8, 5))
    with pytest.raises(CaseError, match="tidak ada"):
        office.start_step(cid, 99)
    with pytest.raises(UserError, match="tidak ada"):
        office.start_step(4242, 1)
    # nothing refused was written
    assert [e.kind for e in office.case(cid).events] == ["start"]


def test_running_step_turns_late_when_time_passes(office, clock):
    cid = office.new_case(SEED, "Kasus")
    office.start_step(cid, 1, at=wib(2026, 2, 2, 8, 0))  # 5 menit: due 08.05
    clock.moment = wib(2026, 2, 2, 8, 4)
    assert office.list_cases(state="late") == []
    assert steps(office.case(cid))[1].late is False
    clock.moment = wib(2026, 2, 2, 8, 6)
    assert [r["id"] for r in office.list_cases(state="late")] == [cid]
    view = office.case(cid)
    assert steps(view)[1].late is True and steps(view)[1].state == "running"


def test_decision_loops_back_and_case_closes(office, clock):
    code, version, created = office.import_sop_text(DECISION_SOP, "cek.toml")
    assert (code, version, created) == ("cek-berkas", 1, True)
    cid = office.new_case(code, "Berkas Pak Darto")
    at = wib(2026, 2, 2, 8, 0)

    def tick():
        nonlocal at
        at += timedelta(minutes=1)
        return at
    office.start_step(cid, 1, at=tick())
    office.finish_step(cid, 1, at=tick())
    office.start_step(cid, 2, at=tick())
    with pytest.raises(CaseError, match="Lengkap"):
        office.finish_step(cid, 2, at=tick())
    office.finish_step(cid, 2, at=tick(), decision="tidak")
    assert office.case(cid).state.current == 3
    office.start_step(cid, 3, at=tick())
    office.finish_step(cid, 3, at=tick())
    view = office.case(cid)
    assert view.state.current == 2 and steps(view)[2].state == "waiting"  # the loop sent the case back
    assert len(steps(view)[2].runs) == 1 and steps(view)[2].runs[0].superseded
    assert steps(view)[3].state == "done"
    office.start_step(cid, 2, at=tick())
    office.finish_step(cid, 2, at=tick(), decision="ya")
    view = office.case(cid)
    assert view.state.current == 4 and len(steps(view)[2].runs) == 2
    assert steps(view)[3].state == "done" and steps(view)[2].run.decision == "ya"
    office.start_step(cid, 4, at=tick())
    office.finish_step(cid, 4, at=tick())
    assert office.case(cid).state.closed
    with pytest.raises(CaseError, match="sudah selesai"):
        office.start_step(cid, 1, at=tick())


def test_correction_voids_and_keeps_history(office, clock):
    cid = office.new_case(SEED, "Kasus")
    e1 = office.start_step(cid, 1, at=wib(2026, 2, 2, 8, 0))
    e2 = office.finish_step(cid, 1, at=wib(2026, 2, 2, 8, 3))
    n = office.add_note(cid, "Surat diterima lewat pos", step=1)
    with pytest.raises(CaseError, match="terakhir"):
        office.correct(cid, e1, reason="salah")
    with pytest.raises(UserError, match="alasan"):
        office.correct(cid, e2, reason="  ")
    c = office.correct(cid, e2, reason="salah jam")
    view = office.case(cid)
    assert [e.id for e in view.events] == [e1, e2, n, c]
    assert view.state.voided == {e2}
    assert steps(view)[1].state == "running" and view.state.current == 1
    with pytest.raises(CaseError, match="sudah dikoreksi"):
        office.correct(cid, e2, reason="lagi")
    with pytest.raises(CaseError, match="tidak dapat dikoreksi"):
        office.correct(cid, c, reason="lagi")
    office.finish_step(cid, 1, at=wib(2026, 2, 2, 8, 2))
    assert steps(office.case(cid))[1].run.finished_at == wib(2026, 2, 2, 8, 2)
    office.correct(cid, n, reason="catatan salah kasus")  # notes can be voided any time


def test_history_cannot_be_edited_in_the_database(office, clock):
    from sqlalchemy.exc import IntegrityError
    cid = office.new_case(SEED, "Kasus")
    office.start_step(cid, 1, at=wib(2026, 2, 2, 8, 0))
    # Straight at the database, past the program (a plain connection of the same engine).
    statements = ["UPDATE events SET note = 'x'", "DELETE FROM events"]
    if office.engine.dialect.name == "postgresql":
        statements.append("TRUNCATE events CASCADE")
    for statement in statements:
        with pytest.raises(IntegrityError, match="append-only"), office.engine.begin() as conn:
            conn.exec_driver_sql(statement)
    assert len(office.case(cid).events) == 1


def test_hostile_text_is_stored_as_typed(office, clock):
    title = '<b>PK</b> & "Ma\'ruf" 😀 \u202eكشف'
    cid = office.new_case(SEED, title, ref_subject="x" * 5000)
    office.add_note(cid, "<img src='http://example.invalid/x.png'> & \x07bell")
    view = office.case(cid)
    # Markup and scripts are kept as typed; a direction override is not (it disguises what is shown).
    assert view.title == title.replace("\u202e", "") and len(view.ref_subject) == 5000
    assert view.events[0].note == "<img src='http://example.invalid/x.png'> & bell"
    with pytest.raises(UserError, match="terlalu panjang"):
        office.new_case(SEED, "x" * 600)
    with pytest.raises(UserError, match="wajib"):
        office.new_case(SEED, "   ")
    with pytest.raises(UserError, match="YYYY-MM-DD"):
        office.new_case(SEED, "ok", ref_date="31/12/2026")


def test_sop_versions_keep_cases_on_their_version(office, clock):
    cid = office.new_case(SEED, "Kasus lama")
    text = office.export_sop(SEED)
    assert office.import_sop_text(text) == (SEED, 1, False)  # unchanged: no new version
    office.import_sop_text(text.replace('time = "5 menit"', 'time = "10 menit"'))
    assert office.sop(SEED).steps[0].time == "10 menit"
    assert office.case(cid).sop.steps[0].time == "5 menit" and office.case(cid).sop_version == 1
    assert office.case(office.new_case(SEED, "Kasus baru")).sop_version == 2


def test_officials_nip_validated(office):
    from sopdesk.domain.office import Official
    with pytest.raises(UserError, match="17"):
        office.save_official(Official(name="A", nip="19650924199503100"))
    with pytest.raises(UserError, match="sudah terdaftar"):
        office.save_official(Official(name="B", nip="196509241995031002"))
    oid = office.save_official(Official(name="Agus Priyanto", nip="1990 0721 2015 03 1 003", rank="Pengatur (II/c)"))
    assert office.find_official("199007212015031003").id == oid
    assert office.find_official("agus priyanto").nip == "199007212015031003"


def test_a_version_that_came_with_a_case_does_not_replace_the_local_one(tmp_path, clock):
    from sopdesk.app.transfer import export_case, import_case
    kabupaten = Office(tmp_path / "kab.db", clock=clock)
    text = kabupaten.export_sop(SEED).replace('time = "5 menit"', 'time = "20 menit"')
    kabupaten.import_sop_text(text)
    cid = kabupaten.new_case(SEED, "Kasus dari kabupaten")
    export_case(kabupaten, cid, tmp_path / "k.sopcase")
    office = Office(tmp_path / "kec.db", clock=clock)
    got = import_case(office, tmp_path / "k.sopcase")
    assert office.case(got.case_id).sop.steps[0].time == "20 menit"  # the case keeps its version
    assert office.sop(SEED).steps[0].time == "5 menit"  # new cases here still use the local one
    assert office.case(office.new_case(SEED, "Kasus baru")).sop.steps[0].time == "5 menit"
    assert office.import_sop_text(text)[2] is True  # adopting the same text locally makes it current
    assert office.sop(SEED).steps[0].time == "20 menit"
    assert [s.version for s in office.sops()] == [2]
