"""Monitoring figures on a big database: the replay of every case against the stored step runs.

    python bench/monitoring_bench.py [/tmp/big.db] [--sop CODE]

The database given (made by `sopdesk --db /tmp/big.db demo --cases 100000`) is only copied,
never opened in place. A database of schema 3 (made by an older sopdesk) is upgraded in the
copy, so the upgrade and the first computation of the working times are timed too.
Each figure is measured in a fresh process (cold: the SQLite cache empty, the OS file cache
warm) and then once more in the same process (warm), as wall-clock and as CPU time (on a
machine that other work keeps busy, the CPU time says what the figure itself costs).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEED = "penyusunan-perencanaan-kinerja"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))   # this checkout's sopdesk, not an installed one

# Run in a child: prints one JSON line {"cold": s, "warm": s, "what": ...}.
CHILD = r"""
import json, sys, time
from datetime import date, time as clock
from sopdesk.app.office import Office
from sopdesk.app import reports, step_runs
from sopdesk.domain.period import Period
db, code, what = sys.argv[1], sys.argv[2], sys.argv[3]
office = Office(db)
years = office.case_years()
last = max(years)
def once():
    if what == "replay-year":
        return reports.monitoring_stats_replayed(office, code, last - 1).cases
    if what == "year":
        return reports.monitoring_stats(office, code, last - 1).cases
    if what == "semester":
        return reports.monitoring_stats(office, code, Period.semester(last - 1, 2)).cases
    if what == "five-years":
        return reports.monitoring_stats(office, code, Period.years(last - 4, last)).cases
    if what == "refresh-all":
        return step_runs.refresh(office)
    raise SystemExit(what)
t, c = time.perf_counter(), time.process_time(); n = once()
cold, cold_cpu = time.perf_counter() - t, time.process_time() - c
t, c = time.perf_counter(), time.process_time(); once()
warm, warm_cpu = time.perf_counter() - t, time.process_time() - c
print(json.dumps({"what": what, "n": n, "cold": cold, "warm": warm, "cold_cpu": cold_cpu, "warm_cpu": warm_cpu}))
"""


def child(db: Path, code: str, what: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(db), code, what], cwd=ROOT, capture_output=True,
                         text=True, env=dict(os.environ), check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def timed(label: str, fn) -> object:
    started, cpu = time.perf_counter(), time.process_time()
    result = fn()
    print(f"{label:<62} {time.perf_counter() - started:7.2f} s (cpu {time.process_time() - cpu:.2f} s)", flush=True)
    return result


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    code = argv[argv.index("--sop") + 1] if "--sop" in argv else SEED
    args = [a for a in args if a != code]
    source = Path(args[0] if args else "/tmp/big.db")
    if not source.is_file():
        print(f"{source} not found; make it with: sopdesk --db {source} demo --cases 100000")
        return 1
    with tempfile.TemporaryDirectory(prefix="sopdesk-bench-") as tmp:
        os.environ["SOPDESK_DATA_DIR"] = str(Path(tmp) / "data")
        db = Path(tmp) / "kantor.db"
        shutil.copyfile(source, db)
        import sqlite3
        from datetime import date

        from sopdesk.app import step_runs
        from sopdesk.app.office import Office
        from sopdesk.store.sqlite_file import read_version
        con = sqlite3.connect(db)
        old = read_version(con)
        con.close()
        office = timed(f"open (schema {old}{', upgraded to step runs' if old and old < 4 else ''})",
                       lambda: Office(db))
        if step_runs.needs_refresh(office):
            n = timed("working time of every stored run, first computation", lambda: step_runs.refresh(office))
            print(f"{'':<62} ({n} runs)")
        office.close()
        print()
        print(f"{'figure (SOP ' + code + ')':<40} {'cases':>7} {'cold s':>8} {'warm s':>8} {'cpu cold':>9} "
              f"{'cpu warm':>9}")
        for what, label in (("replay-year", "one year, replaying every case (before)"),
                            ("year", "one year, from the stored runs"),
                            ("semester", "one semester"),
                            ("five-years", "five years (the Kinerja overlay)")):
            r = child(db, code, what)
            print(f"{label:<40} {r['n']:>7} {r['cold']:>8.2f} {r['warm']:>8.2f} {r['cold_cpu']:>9.2f} "
                  f"{r['warm_cpu']:>9.2f}", flush=True)
        print()
        office = Office(db)
        busy = date(max(office.case_years()) - 1, 5, 12)
        timed(f"holiday added on {busy} (the runs around it recounted)",
              lambda: office.set_calendar_override(busy, "add", "Libur kantor"))
        hours = {wd: list(spans) for wd, spans in office.working_hours().items()}
        hours[5] = []
        timed("office hours saved (the recount waits for the next report)", lambda: office.save_working_hours(hours))
        hours[4] = hours[3]
        office.save_working_hours(hours)
        n = timed("…the recount of every run before that report", lambda: step_runs.refresh(office))
        print(f"{'':<62} ({n} runs)")
        office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
