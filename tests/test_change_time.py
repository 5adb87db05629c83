""""Ubah waktu": a start/finish moved to the right moment in one transaction (app/events.replace_time)."""
from __future__ import annotations

import sqlite3

import pytest

from sopdesk.app.changes import CaseChanged
from sopdesk.app.office import Office
from sopdesk.domain import case as engine
from sopdesk.domain.case import CaseError
from sopdesk.domain.errors import UserError
from tests.helpers import DECISION_SOP, SEED, FixedClock, wib


@pytest.fixture
def clock():
    return FixedClock(wib(2026, 2, 2, 11, 0))   # a Monday


@pytest.fixture
def office(tmp_path, clock):
    o = Office(tmp_path / "t.db", clock=clock)
    yield o
    o.close()


def event_rows(office) -> list[tuple]:
    con = sqlite3.connect(office.target)
    try:
        return con.execute("SELECT id, kind, step_no, happened_at, actor, note, voids FROM events ORDER BY id").fetchall()
    finally:
        con.close()


def case_row(office, cid) -> tuple:
    con = sqlite3.connect(office.target)
    try:
        return con.execute("SELECT * FROM cases WHERE id = ?", (cid,)).fetchone()
    finally:
        con.close()


def test_the_old_entry_is_voided_and_the_new_one_recorded_with_the_reason(office):
    cid = office.new_case(SEED, "Penyusunan PK")
    start = office.start_step(cid, 1, at=wib(2026, 2, 2, 9, 0), by="Siti Rahayu", note="surat dari BKD")
    heard = []
    office.changes.subscribe(heard.append)

    new_id = office.change_time(cid, start, wib(2026, 2, 2, 8, 5), "salah jam", by="Agus Priyanto")

    view = office.case(cid)
    kinds = [(e.kind, e.voids) for e in view.events]
    correction = view.events[-2]
    assert kinds == [(engine.START, None), (engine.CORRECTION, start), (engine.START, None)]
    assert view.events[-1].id == new_id
    assert view.state.voided == {start}
    assert correction.note == "salah jam" and correction.by == "Agus Priyanto"
    new = view.events[-1]
    # the step was still started by the person named before, with the same note
    assert (new.at, new.by, new.note, new.step) == (wib(2026, 2, 2, 8, 5), "Siti Rahayu", "surat dari BKD", 1)
    assert new.recorded_at == correction.recorded_at == wib(2026, 2, 2, 11, 0)
    run = view.state.steps[1].run
    assert run.started_at == wib(2026, 2, 2, 8, 5) and run.started_by == "Siti Rahayu"
    assert heard == [CaseChanged(cid)]   # one change, after both are committed


def test_a_finish_keeps_its_decision(office, clock):
    office.import_sop_text(DECISION_SOP)
    cid = office.new_case("cek-berkas", "Berkas")
    office.start_step(cid, 1, at=wib(2026, 2, 2, 8, 0))
    office.finish_step(cid, 1, at=wib(2026, 2, 2, 8, 5))
    office.start_step(cid, 2, at=wib(2026, 2, 2, 8, 10))
    fin = office.finish_step(cid, 2, at=wib(2026, 2, 2, 10, 0), decision="tidak")
    office.change_time(cid, fin, wib(2026, 2, 2, 8, 20), "diperiksa pagi, dicatat siang")
    view = office.case(cid)
    assert view.events[-1].decision == "tidak"
    assert view.state.current == 3
    assert view.state.steps[2].run.finished_at == wib(2026, 2, 2, 8, 20)
    listed = office.list_cases()[0]
    assert listed["current_step"] == 3


def test_a_refused_new_time_leaves_nothing(office, clock):
    cid = office.new_case(SEED, "Penyusunan PK")
    office.start_step(cid, 1, at=wib(2026, 2, 2, 8, 0))
    fin = office.finish_step(cid, 1, at=wib(2026, 2, 2, 8, 30))
    before_events, before_case = event_rows(office), case_row(office, cid)
    heard = []
    office.changes.subscribe(heard.append)
    # the correction itself is allowed; the finish again at 07.00 (before its start) is not:
    # the correction written first in the same transaction must go too
    with pytest.raises(CaseError, match=r"sebelum waktu mulai|lebih awal"):
        office.change_time(cid, fin, wib(2026, 2, 2, 7, 0), "salah jam")
    with pytest.raises(CaseError, match="masa depan"):
        office.change_time(cid, fin, wib(2026, 2, 3, 8, 0), "salah hari")
    assert event_rows(office) == before_events
    assert case_row(office, cid) == before_case
    assert heard == []
    assert office.case(cid).state.steps[1].run.finished_at == wib(2026, 2, 2, 8, 30)


def test_only_the_latest_start_or_finish_with_a_reason(office):
    cid = office.new_case(SEED, "Penyusunan PK")
    start = office.start_step(cid, 1, at=wib(2026, 2, 2, 8, 0))
    fin = office.finish_step(cid, 1, at=wib(2026, 2, 2, 8, 30))
    note = office.add_note(cid, "catatan", step=1)
    before = event_rows(office)
    with pytest.raises(CaseError, match="terakhir"):
        office.change_time(cid, start, wib(2026, 2, 2, 7, 50), "salah jam")
    with pytest.raises(CaseError, match="mulai atau selesai"):
        office.change_time(cid, note, wib(2026, 2, 2, 7, 50), "salah jam")
    with pytest.raises(UserError, match="alasan"):
        office.change_time(cid, fin, wib(2026, 2, 2, 8, 20), "   ")
    with pytest.raises(CaseError, match="sama"):
        office.change_time(cid, fin, wib(2026, 2, 2, 8, 30), "salah jam")
    with pytest.raises(UserError, match="tidak ada"):
        office.change_time(cid + 1, fin, wib(2026, 2, 2, 8, 20), "salah jam")
    with pytest.raises(UserError, match="lampau"):
        office.change_time(cid, fin, "1026-02-02T08:20", "salah tahun")
    assert event_rows(office) == before
    # ISO text in office time, as the CLI takes it
    office.change_time(cid, fin, "2026-02-02T08:20", "salah jam")
    assert office.case(cid).state.steps[1].run.finished_at == wib(2026, 2, 2, 8, 20)


def test_the_changed_history_still_travels(office):
    """A .sopcase with a changed time is judged as a whole history on import: it must pass."""
    cid = office.new_case(SEED, "Penyusunan PK")
    office.start_step(cid, 1, at=wib(2026, 2, 2, 8, 0))
    fin = office.finish_step(cid, 1, at=wib(2026, 2, 2, 9, 0))
    office.change_time(cid, fin, wib(2026, 2, 2, 8, 10), "salah jam")
    view = office.case(cid)
    engine.check_history(view.sop, view.events, office.calendar())


def test_the_refusals_of_a_change_are_shown_in_english(office, qapp):
    from sopdesk.ui.kit import message_text
    from sopdesk.ui.shell import i18n
    cid = office.new_case(SEED, "Penyusunan PK")
    office.start_step(cid, 1, at=wib(2026, 2, 2, 8, 0))
    fin = office.finish_step(cid, 1, at=wib(2026, 2, 2, 8, 30))
    note = office.add_note(cid, "catatan", step=1)
    refused = []
    for event_id, at in ((note, wib(2026, 2, 2, 7, 50)), (fin, wib(2026, 2, 2, 8, 30))):
        with pytest.raises(CaseError) as e:
            office.change_time(cid, event_id, at, "salah jam")
        refused.append(e.value)
    assert [str(e) for e in refused] == [
        "Hanya waktu catatan mulai atau selesai yang dapat diubah; koreksi catatan lain.",
        "Waktu baru sama dengan waktu yang sudah tercatat."]
    i18n.install(qapp, "en")
    try:
        assert [message_text.error_text(e) for e in refused] == [
            "Only the time of a start or finish entry can be changed; correct other entries instead.",
            "The new time is the same as the time already recorded."]
    finally:
        i18n.install(qapp, "id")
