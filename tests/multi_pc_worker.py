"""One "PC" of the multi-process test (tests/test_multi_pc_processes.py): an Office of its own on
the shared database, recording starts, finishes and notes on a few shared cases as fast as it can
and drawing letter numbers, catching the refusals another PC's records cause. It returns what was
acknowledged, for the test to find in the database exactly once.

Also runnable alone against any target, e.g. a PostgreSQL server:
    python tests/multi_pc_worker.py postgresql+psycopg://u:p@127.0.0.1:5433/sopdesk
"""
from __future__ import annotations

import random
import sys
from typing import Any

from helpers import DECISION_SOP  # tests/ is on the path wherever this module is imported or run

# The decision SOP under a code of its own: its "Tidak" goes back to step 2, so a case can loop
# for as long as the PCs keep recording.
LOOPING_SOP = (DECISION_SOP.replace('code = "cek-berkas"', 'code = "putaran"')
               .replace("SOP Pemeriksaan Berkas", "SOP Pemeriksaan Berulang"))


def prepare(target: str, cases: int = 3) -> list[int]:
    """The shared database with the looping SOP and `cases` cases; their ids."""
    from sopdesk.app.office import Office
    office = Office(target, pc_name="PC-SERVER")
    try:
        office.import_sop_text(LOOPING_SOP)
        return [office.new_case("putaran", f"Berkas bersama {i}", year=2027) for i in range(cases)]
    finally:
        office.close()


def run(target: str, pc: int, case_ids: list[int], events: int = 200, numbers: int = 10) -> dict[str, Any]:
    """Record `events` events on the shared cases (start/finish of the current step, notes) and draw
    `numbers` letter numbers; what was acknowledged and how many were refused."""
    from sopdesk.app.office import Office
    from sopdesk.app.paperwork import issue_number, number_for_case
    from sopdesk.domain.case import CaseError
    from sopdesk.domain.errors import UserError

    rng = random.Random(pc)
    office = Office(target, pc_name=f"PC-{pc}", os_user=f"user{pc}")
    acknowledged: list[tuple[int, str, int | None, str]] = []   # (event id, kind, step, note)
    drawn: list[str] = []
    refused = elsewhere = 0
    try:
        n = 0
        while len(acknowledged) < events:
            n += 1
            case_id = rng.choice(case_ids)
            if n % (events // numbers or 1) == 0 and len(drawn) < numbers:
                drawn.append(issue_number(office, 2027, purpose=f"PC-{pc} {n}"))
                drawn.append(number_for_case(office, rng.choice(case_ids), office.now().date()))
            note = f"PC-{pc} #{n}"
            try:
                if rng.random() < 0.25:
                    event_id = office.add_note(case_id, note, by=f"Petugas {pc}")
                    acknowledged.append((event_id, "note", None, note))
                    continue
                view = office.case(case_id)   # what this PC shows: by now maybe behind another PC
                step = view.state.current
                assert step is not None       # the SOP loops for ever: no case closes
                if view.state.running:
                    decision = "tidak" if step == 2 else None
                    event_id = office.finish_step(case_id, step, by=f"Petugas {pc}", note=note, decision=decision)
                    acknowledged.append((event_id, "finish", step, note))
                else:
                    event_id = office.start_step(case_id, step, by=f"Petugas {pc}", note=note)
                    acknowledged.append((event_id, "start", step, note))
            except CaseError as e:
                refused += 1
                elsewhere += "di PC-" in str(e)
            except UserError as e:   # a busy database beyond its timeout: said, nothing written
                refused += 1
                print(f"PC-{pc}: {e}", file=sys.stderr)
    finally:
        office.close()
    return {"pc": f"PC-{pc}", "acknowledged": acknowledged, "numbers": drawn, "refused": refused,
            "elsewhere": elsewhere}


if __name__ == "__main__":
    import json
    from concurrent.futures import ProcessPoolExecutor
    target = sys.argv[1]
    ids = prepare(target)
    with ProcessPoolExecutor(4) as pool:
        results = list(pool.map(run, [target] * 4, range(1, 5), [ids] * 4))
    print(json.dumps({r["pc"]: {"acknowledged": len(r["acknowledged"]), "refused": r["refused"],
                                "named another PC": r["elsewhere"], "numbers": len(r["numbers"])}
                      for r in results}, indent=1))
