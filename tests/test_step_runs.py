"""The stored step runs (app/step_runs.py): the monitoring figures counted from them in SQL equal
a replay of every case — over years, semesters and spans of years, with loops, corrections, runs
still going and an SOP whose newer version renumbered a step — and stay equal when the office
adds a holiday, changes its hours or its time zone."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from sopdesk.app import step_runs
from sopdesk.app.demo import generate
from sopdesk.app.office import Office
from sopdesk.app.reports import monitoring_stats, monitoring_stats_replayed
from sopdesk.domain.period import Period
from sopdesk.store import step_run_queries
from tests.helpers import DECISION_SOP, SEED, FixedClock, wib

pytestmark = pytest.mark.databases  # db_target and office: SQLite and PostgreSQL (conftest.py)

PERIODS = (2026, 2027, Period.semester(2026, 2), Period.semester(2027, 1), Period.years(2022, 2027),
           Period.parse("2026-03-01..2026-04-30"))


def same(office: Office, code: str, period) -> dict:
    fast = monitoring_stats(office, code, period).to_json()
    slow = monitoring_stats_replayed(office, code, period).to_json()
    assert fast == slow, (code, period)
    return fast


def stored_runs(office: Office) -> list[tuple]:
    with office.reading() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(
            "SELECT case_id, step_no, seq, started_at, finished_at, due_at, working_minutes, late, "
            "sop_version_id, case_year, case_started FROM step_runs ORDER BY case_id, step_no, seq")]


def replayed_runs(office: Office) -> list[tuple]:
    rows = []
    for cid in sorted(office.case_ids()):
        view = office.case(cid)
        key = step_runs.case_key(office.case_record(cid))
        for r in step_runs.run_rows(key, view.state, office.calendar()):
            rows.append((r["case_id"], r["step_no"], r["seq"], r["started_at"], r["finished_at"], r["due_at"],
                         r["working_minutes"], r["late"], r["sop_version_id"], r["case_year"], r["case_started"]))
    return sorted(rows)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo(request, tmp_path_factory):
    if request.param == "sqlite":
        path = str(tmp_path_factory.mktemp("runs") / "demo.db")
    else:
        server = request.getfixturevalue("pg_server")
        name = server.create()
        request.addfinalizer(lambda: server.drop(name))
        path = server.url(name)
    o = Office(path, clock=FixedClock(wib(2027, 3, 1, 10, 0)))
    o.import_sop_text(DECISION_SOP)
    generate(o, 260, seed=7)
    generate(o, 120, seed=8, sop_code="cek-berkas")   # a decision that loops back one time in five
    # A newer version renumbers the looping step 3 to 5: step 3 is then known only from old cases.
    sop = o.sop("cek-berkas")
    steps = [replace(s, no=5, activity="Meminta kekurangan berkas (ulang)") if s.no == 3 else
             replace(s, if_no=5) if s.no == 2 else s for s in sop.steps]
    o.save_sop(replace(sop, steps=tuple(steps)))
    generate(o, 60, seed=9, sop_code="cek-berkas")
    running = o.new_case("cek-berkas", "Masih berjalan", year=2027)
    o.start_step(running, 1, at="2027-02-26T08:00")      # past due since Friday
    o.new_case("cek-berkas", "Belum dimulai", year=2027)
    # Voided starts and finishes in some cases.
    for cid in o.case_ids(sop=SEED, year=2026)[:6]:
        o.correct(cid, o.case(cid).state.effective[-1].id, reason="uji koreksi")
    yield o
    o.close()


def test_the_stored_runs_are_the_replayed_ones(demo):
    assert stored_runs(demo) == replayed_runs(demo)
    assert len(stored_runs(demo)) > 3000


@pytest.mark.parametrize("period", PERIODS, ids=str)
def test_figures_equal_the_replay(demo, period):
    for code in (SEED, "cek-berkas"):
        data = same(demo, code, period)
    whole = same(demo, "cek-berkas", Period.years(2022, 2027))
    assert [s["no"] for s in whole["steps"]] == [1, 2, 5, 4, 3]          # step 3: only the old version had it
    assert whole["steps"][-1]["activity"] == "Meminta kekurangan berkas" and whole["versions"] == [1, 2]
    assert whole["steps"][0]["running_late"] >= 1 and data["cases"] > 0
    assert any(s["p90_minutes"] is not None for s in whole["steps"])


def test_a_holiday_recounts_only_the_runs_around_it(db_target, monkeypatch):
    o = Office(db_target, clock=FixedClock(wib(2027, 3, 1, 10, 0)))
    try:
        o.import_sop_text(DECISION_SOP)
        generate(o, 150, seed=3)
        generate(o, 80, seed=4, sop_code="cek-berkas")
        step_runs.refresh(o)
        total = len(stored_runs(o))
        busy = date(2026, 5, 12)   # a Tuesday inside the demo's years
        counted = []
        real_refresh = step_runs.refresh

        def spy(office, **kw):
            counted.append(real_refresh(office, **kw))
            return counted[-1]
        monkeypatch.setattr(step_runs, "refresh", spy)
        o.set_calendar_override(busy, "add", "Libur kantor")
        monkeypatch.undo()
        assert 0 < counted[0] < total / 10
        assert not step_runs.needs_refresh(o)
        assert stored_runs(o) == replayed_runs(o)
        for code in (SEED, "cek-berkas"):
            same(o, code, 2026)
        o.set_calendar_override(busy, None)
        same(o, SEED, Period.years(2022, 2027))
        # New hours: every run moves; the next report recounts them first.
        hours = {wd: list(spans) for wd, spans in o.working_hours().items()}
        hours[4] = [(time(7, 0), time(11, 0))]
        o.save_working_hours(hours)
        assert step_runs.needs_refresh(o)
        calls = []
        same_figures = monitoring_stats(o, SEED, 2026, progress=lambda d, n: calls.append((d, n)))
        assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1] == same_figures.cases
        assert not step_runs.needs_refresh(o)
        assert stored_runs(o) == replayed_runs(o)
        same(o, "cek-berkas", Period.years(2022, 2027))
        # Another time zone moves every run too.
        o.save_profile(replace(o.profile(), timezone="Asia/Makassar"))
        same(o, SEED, 2026)
        assert stored_runs(o) == replayed_runs(o)
    finally:
        o.close()


def test_new_events_write_their_runs(db_target):
    o = Office(db_target, clock=FixedClock(wib(2027, 3, 1, 10, 0)))
    try:
        o.import_sop_text(DECISION_SOP)
        cid = o.new_case("cek-berkas", "Berkas", year=2027)
        o.start_step(cid, 1, at="2027-01-11T08:00")
        o.finish_step(cid, 1, at="2027-01-11T08:04")
        o.start_step(cid, 2, at="2027-01-11T08:10")
        o.finish_step(cid, 2, at="2027-01-11T08:20", decision="tidak")
        wrong = o.start_step(cid, 3, at="2027-01-11T08:30")
        o.correct(cid, wrong, reason="salah jam")
        o.start_step(cid, 3, at="2027-01-11T08:35")
        o.finish_step(cid, 3, at="2027-01-12T08:35")
        o.start_step(cid, 2, at="2027-01-12T09:00")
        o.add_note(cid, "menunggu tanda tangan", step=2)
        assert stored_runs(o) == replayed_runs(o)
        assert not step_runs.needs_refresh(o)     # a new database's first runs take today's calendar
        rows = stored_runs(o)
        assert [(r[1], r[2], r[4] is None, r[6]) for r in rows] == [
            (1, 1, False, 4), (2, 1, False, 10), (2, 2, True, None), (3, 1, False, 450)]
        assert rows[3][7] == 0 and rows[1][5] == "2027-01-11T01:25:00Z"   # due 15 working minutes after 08.10
        same(o, "cek-berkas", 2027)
        with o.reading() as conn:
            assert step_run_queries.count_runs(conn) == 4
    finally:
        o.close()
