"""Four PCs at once on one database (issue 14): four processes, each an Office of its own, record
200 events each on the same few cases and draw letter numbers; every acknowledged event is there
exactly once, nothing unacknowledged is, every case's history still makes sense, and no letter
number is drawn twice.

`db_target` is a path (SQLite, several processes on one local file) or, where the test setup
provides one, a fresh PostgreSQL database's URL, so the same test runs against an office server.
"""
from __future__ import annotations

import multiprocessing
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

import pytest
from multi_pc_worker import prepare, run
from sqlalchemy import text

from sopdesk.app.office import Office
from sopdesk.domain import case as engine

PCS = 4
EVENTS = 200


# db_target (tests/conftest.py): an SQLite file, and a fresh PostgreSQL database when one is configured.
pytestmark = pytest.mark.databases


@pytest.fixture
def shared_target(db_target) -> str:
    return str(db_target)


def test_four_pcs_record_on_shared_cases(shared_target):
    case_ids = prepare(shared_target)
    with ProcessPoolExecutor(PCS, mp_context=multiprocessing.get_context("spawn")) as pool:
        results = list(pool.map(run, [shared_target] * PCS, range(1, PCS + 1), [case_ids] * PCS,
                                [EVENTS] * PCS))
    acknowledged = [(r["pc"], *a) for r in results for a in r["acknowledged"]]
    assert len(acknowledged) == PCS * EVENTS

    office = Office(shared_target, pc_name="PC-PERIKSA")
    try:
        with office.reading() as conn:
            rows = conn.execute(text("SELECT id, kind, step_no, note, pc_name FROM events "
                                     "WHERE kind != 'import' ORDER BY id")).all()
            numbers = conn.execute(text("SELECT year, seq, number, case_id FROM letter_numbers")).all()
        stored = {r.id: (r.pc_name, r.kind, r.step_no, r.note) for r in rows}
        # every acknowledged event is there, as it was acknowledged ...
        for pc, event_id, kind, step, note in acknowledged:
            assert stored.get(event_id) == (pc, kind, step, note)
        # ... exactly once, and nothing else was written
        assert len(rows) == len(acknowledged)
        assert Counter((r.pc_name, r.note) for r in rows).most_common(1)[0][1] == 1
        # the histories are ones the case engine would have let be recorded, one event at a time
        for case_id in case_ids:
            view = office.case(case_id)
            engine.check_history(view.sop, view.events, office.calendar())
            starts = [e for e in view.state.effective if e.kind == engine.START]
            finishes = [e for e in view.state.effective if e.kind == engine.FINISH]
            assert len(starts) - len(finishes) in (0, 1)   # never two runs of a step at once
    finally:
        office.close()

    # letter numbers: never twice, and one per case however many PCs asked for it
    assert len({(n.year, n.seq) for n in numbers}) == len(numbers)
    assert len({n.number for n in numbers}) == len(numbers)
    issued = [n for r in results for n in r["numbers"]]
    assert set(issued) == {n.number for n in numbers}
    per_case = Counter(n.case_id for n in numbers if n.case_id is not None)
    assert per_case and max(per_case.values()) == 1
    # the PCs did get in each other's way, and were told by name
    assert sum(r["refused"] for r in results) > 0
    assert sum(r["elsewhere"] for r in results) > 0
