"""Start-up and opening a case on an office server (PostgreSQL over the loopback) beside the same
figures on SQLite, with 100,000 cases; and what the window's watcher costs per poll.

    python bench/office_server_bench.py --db postgresql+psycopg://USER:PASSWORD@127.0.0.1:5432/sopdesk \
        [--sqlite /tmp/big.db] [--cases 100000] [--runs 5] [--migrate] [--json FILE]

The method is gui_bench.py's (its child process is reused): each figure in a fresh process,
offscreen, start-up to the main window painted and a case opened in its tab; runs interleaved
(bare window, bare + sqlalchemy.orm, SQLite, --db) and medians printed, each beside the bare
windows of the same run. --db is a database URL or a file path (a second SQLite file measures
the method itself: its figures should match the baseline's).

The SQLite baseline is --sqlite, or built with `sopdesk demo --cases N`. The --db database must
hold the same office: --migrate fills it from the baseline first (`sopdesk --db SQLITE migrate
--to URL`), else it is used as it is. The issue's target: start-up and open case on the server
within 1.2 × the SQLite figures. The password of a URL is never printed.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

import gui_bench  # noqa: E402 — the child and the demo builder of the same method

KEYS = ("window_shown", "open_case", "filter_late", "filter_search_year", "sort_title", "peak_rss_mb")
TARGET = 1.2

POLL = r'''
import json, statistics, sys, time
from sopdesk.app.office import Office
from sopdesk.app.watch import Watcher
office = Office(sys.argv[1])
watcher = Watcher(office)
watcher.poll()
times = []
for _ in range(int(sys.argv[2])):
    t = time.perf_counter(); watcher.poll(); times.append(time.perf_counter() - t)
case_id = office.case_ids(state="open")[0]
opens = []
for _ in range(20):
    t = time.perf_counter(); office.case(case_id); opens.append(time.perf_counter() - t)
office.close()
print("BENCH " + json.dumps({"poll_ms": round(statistics.median(times) * 1000, 3),
                             "poll_p90_ms": round(sorted(times)[int(len(times) * 0.9)] * 1000, 3),
                             "case_read_ms": round(statistics.median(opens) * 1000, 3)}))
'''


def shown(target: str) -> str:
    """The target without its password."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", target)


def poll_figures(target: str, data_dir: str, polls: int = 200) -> dict:
    env = {**os.environ, "SOPDESK_DATA_DIR": data_dir, "QT_QPA_PLATFORM": "offscreen"}
    p = subprocess.run([sys.executable, "-c", POLL, target, str(polls)], check=False, capture_output=True, text=True,
                       env=env, cwd=ROOT)
    line = next((ln for ln in p.stdout.splitlines() if ln.startswith("BENCH ")), None)
    if line is None:
        raise SystemExit(f"poll child failed:\n{p.stderr[-3000:]}")
    return json.loads(line[6:])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True, help="the office server's URL (or a file path)")
    ap.add_argument("--sqlite", help="the SQLite baseline, built with `sopdesk demo` if not given")
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--migrate", action="store_true", help="fill --db from the baseline first")
    ap.add_argument("--json", metavar="FILE")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sopdesk-bench-"))
    if a.sqlite:
        base = Path(a.sqlite)
    else:
        base = work / "big.db"
        print(f"building {a.cases}-case database … {gui_bench.build(base, a.cases):.1f} s")
    if a.migrate:
        t = time.time()
        subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(base), "migrate", "--to", a.db], check=True,
                       cwd=ROOT, env={**os.environ, "SOPDESK_DATA_DIR": tempfile.mkdtemp(prefix="sopdesk-bench-")})
        print(f"migrated to {shown(a.db)} … {time.time() - t:.1f} s")
    data_dir = tempfile.mkdtemp(prefix="sopdesk-bench-data-")
    names = {"bare": "", "bare_orm": "", "sqlite": str(base), "server": a.db}
    for name in ("sqlite", "server"):   # untimed first runs, as on a PC that has run sopdesk before
        gui_bench.child("app", names[name], data_dir)
    results: dict[str, list[dict]] = {name: [] for name in names}
    for _ in range(a.runs):
        for name, db in names.items():
            results[name].append(gui_bench.child("app" if db else name, db, data_dir))
    medians = {name: {k: statistics.median([r[k] for r in rs if k in r]) for k in KEYS if any(k in r for r in rs)}
               for name, rs in results.items()}
    polls = {name: poll_figures(names[name], data_dir) for name in ("sqlite", "server")}

    print(f"\n--db {shown(a.db)}; baseline {base}")
    print(f"median of {a.runs} runs (seconds; memory in MB)")
    print(f"{'figure':<22}{'bare PySide6':>14}{'+ orm':>10}{'SQLite':>10}{'--db':>10}{'--db/SQLite':>13}")
    for k in KEYS:
        cells = [medians[name].get(k) for name in names]
        text = ["-" if v is None else f"{v:.3f}" for v in cells]
        s, d = medians["sqlite"].get(k), medians["server"].get(k)
        ratio = f"{d / s:.2f} ×" if s and d is not None else "-"
        print(f"{k:<22}{text[0]:>14}{text[1]:>10}{text[2]:>10}{text[3]:>10}{ratio:>13}")
    for k in ("poll_ms", "poll_p90_ms", "case_read_ms"):
        s, d = polls["sqlite"][k], polls["server"][k]
        print(f"{k:<22}{'':>14}{'':>10}{s:>10.3f}{d:>10.3f}{(f'{d / s:.2f} ×' if s else '-'):>13}")
    for k in ("window_shown", "open_case"):
        ratio = medians["server"][k] / medians["sqlite"][k]
        verdict = "within" if ratio <= TARGET else "OVER"
        print(f"{k}: --db / SQLite = {ratio:.2f} × ({verdict} the {TARGET} × target)")
    if a.json:
        Path(a.json).write_text(json.dumps({"medians": medians, "polls": polls}, indent=2) + "\n", encoding="utf-8")
        print(f"figures written to {a.json}")


if __name__ == "__main__":
    main()
