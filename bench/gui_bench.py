"""Start-up, open case, filter and export figures on a large database, beside a bare PySide6 window.

    python bench/gui_bench.py [--cases 100000] [--db PATH]

Each figure is measured in a fresh child process (so start-up includes
imports), offscreen, and printed beside the same figure for a bare
QMainWindow measured in the same run. A database is built with `sopdesk demo`
unless --db names one already built. Nothing is asserted: these are figures
to read and compare between runs.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r'''
import json, os, resource, sys, time
t0 = float(os.environ["BENCH_T0"])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
mode, db = sys.argv[1], sys.argv[2]
out = {}
def mark(name, start):
    out[name] = round(time.time() - start, 3)
app = QApplication.instance() or QApplication([])
if mode == "bare":
    w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(1400, 900); w.show()
    app.processEvents(); w.grab()
    mark("window_shown", t0)
else:
    from sopdesk.app.office import Office
    from sopdesk.ui.shell.app import apply_look, load_fonts
    from sopdesk.ui.shell.main_window import MainWindow
    load_fonts(); apply_look(app)
    office = Office(db)
    w = MainWindow(office, restore_layout=False); w.resize(1400, 900); w.show()
    app.processEvents(); w.grab()
    mark("window_shown", t0)
    from sopdesk.ui.cases.case_list import CaseFilter
    from sopdesk.ui.cases.case_list import CaseListModel
    model = w.findChild(CaseListModel)
    t = time.time(); model.set_filter(CaseFilter(state="late")); model.data(model.index(0, 1)); app.processEvents()
    mark("filter_late", t)
    t = time.time(); model.set_filter(CaseFilter(search="Revisi", year=office.case_years()[1]))
    model.data(model.index(0, 1)); app.processEvents()
    mark("filter_search_year", t)
    t = time.time(); model.sort(1); model.data(model.index(0, 1)); app.processEvents()
    mark("sort_title", t)
    model.set_filter(CaseFilter(state="open"))
    if model.rowCount() == 0:
        model.set_filter(CaseFilter())
    case_id = model.case_id(0)
    t = time.time(); tab = w.open_case(case_id); app.processEvents(); w.grab()
    mark("open_case", t)
    from sopdesk.documents.pk import render_pk
    from sopdesk.app.paperwork import new_pk
    import io
    t = time.time(); buf = io.BytesIO(); render_pk(new_pk(office, case_id), office.profile(), buf)
    mark("export_pk_pdf", t)
out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
print("BENCH " + json.dumps(out))
'''


def child(mode: str, db: str) -> dict:
    env = {**os.environ, "BENCH_T0": repr(time.time()), "QT_QPA_PLATFORM": "offscreen",
           "SOPDESK_DATA_DIR": tempfile.mkdtemp(prefix="sopdesk-bench-")}
    p = subprocess.run([sys.executable, "-c", CHILD, mode, db], capture_output=True, text=True, env=env)
    line = next((ln for ln in p.stdout.splitlines() if ln.startswith("BENCH ")), None)
    if line is None:
        raise SystemExit(f"child {mode} failed:\n{p.stderr[-3000:]}")
    return json.loads(line[6:])


def build(db: Path, cases: int) -> float:
    t = time.time()
    subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(db), "demo", "--cases", str(cases)], check=True,
                   env={**os.environ, "SOPDESK_DATA_DIR": tempfile.mkdtemp(prefix="sopdesk-bench-")})
    return time.time() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--db", help="an existing demo database to use instead of building one")
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sopdesk-bench-"))
    small = work / "small.db"
    print(f"building 10-case database … {build(small, 10):.1f} s")
    if a.db:
        big = Path(a.db)
    else:
        big = work / "big.db"
        print(f"building {a.cases}-case database … {build(big, a.cases):.1f} s")
    print(f"database size: {big.stat().st_size / 1e6:.0f} MB")
    results = {"bare": [], "small": [], "big": []}
    for _ in range(a.runs):
        results["bare"].append(child("bare", ""))
        results["small"].append(child("app", str(small)))
        results["big"].append(child("app", str(big)))
    keys = ["window_shown", "open_case", "filter_late", "filter_search_year", "sort_title", "export_pk_pdf",
            "peak_rss_mb"]
    print(f"\nmedian of {a.runs} runs (seconds; memory in MB)")
    print(f"{'figure':<22}{'bare PySide6':>14}{'10 cases':>12}{'big db':>12}")
    for k in keys:
        def med(rs, k=k):
            vals = sorted(r[k] for r in rs if k in r)
            return f"{vals[len(vals) // 2]:.3f}" if vals else "-"
        print(f"{k:<22}{med(results['bare']):>14}{med(results['small']):>12}{med(results['big']):>12}")


if __name__ == "__main__":
    main()
