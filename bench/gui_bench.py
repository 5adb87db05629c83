"""Start-up, open case, filter and export figures on a large database, beside a bare PySide6 window.

    python bench/gui_bench.py [--cases 100000] [--db PATH] [--runs 3] [--json FILE]

Each figure is measured in a fresh child process (so start-up includes
imports), offscreen, and printed beside the same figure for a bare
QMainWindow measured in the same run, and for a bare window that also imports
sqlalchemy.orm (the least a SQLAlchemy program loads before its first window).
A database is built with `sopdesk demo` unless --db names one already built.
The children share one per-PC data folder, filled by an untimed first run per
database, as on an office PC that has run sopdesk before.
The machine may be busy: runs are interleaved (bare, bare_orm, small, big, then
again) and the medians are printed; compare a figure with the bare windows of
the same run, never with another run's. Nothing is asserted: these are
figures to read and compare between runs. --json writes the medians as
{"bare": {...}, "bare_orm": {...}, "small": {...}, "big": {...}}.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The children import sopdesk from the checkout this script belongs to.
ROOT = Path(__file__).resolve().parent.parent
KEYS = ("window_shown", "open_case", "filter_late", "filter_search_year", "sort_title", "export_pk_pdf",
        "peak_rss_mb")

CHILD = r'''
import gc, json, os, resource, sys, time
t0 = float(os.environ["BENCH_T0"])
mode, db = sys.argv[1], sys.argv[2]
if mode == "app":
    # As sopdesk's cli.main does before it imports the GUI, in a checkout whose run_gui
    # turns the collector back on (ui.shell.app.started); older checkouts keep it on.
    import importlib.util
    shell = importlib.util.find_spec("sopdesk.ui.shell.app")
    gc_at_start = shell is not None and "def started(" in open(shell.origin, encoding="utf-8").read()
    if gc_at_start:
        gc.disable()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
out = {}
def mark(name, start):
    out[name] = round(time.time() - start, 3)
app = QApplication.instance() or QApplication([])
if mode in ("bare", "bare_orm"):
    if mode == "bare_orm":
        import sqlalchemy.orm  # noqa: F401
    w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(1400, 900); w.show()
    app.processEvents(); w.grab()
    mark("window_shown", t0)
else:
    from sopdesk.app.office import Office
    from sopdesk.ui.shell import app as shell_app
    from sopdesk.ui.shell.main_window import MainWindow
    shell_app.load_fonts(); shell_app.apply_look(app)
    office = Office(db)
    w = MainWindow(office, restore_layout=False); w.resize(1400, 900); w.show()
    if gc_at_start:
        shell_app.started()  # as run_gui does once the window is shown
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
    office.close()  # as run_gui does at the end: no -wal file left to make the next start check deeply
out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
print("BENCH " + json.dumps(out))
'''


def child(mode: str, db: str, data_dir: str) -> dict:
    env = {**os.environ, "BENCH_T0": repr(time.time()), "QT_QPA_PLATFORM": "offscreen", "SOPDESK_DATA_DIR": data_dir}
    p = subprocess.run([sys.executable, "-c", CHILD, mode, db], check=False, capture_output=True, text=True,
                       env=env, cwd=ROOT)
    line = next((ln for ln in p.stdout.splitlines() if ln.startswith("BENCH ")), None)
    if line is None:
        raise SystemExit(f"child {mode} failed:\n{p.stderr[-3000:]}")
    return json.loads(line[6:])


def build(db: Path, cases: int) -> float:
    t = time.time()
    subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(db), "demo", "--cases", str(cases)], check=True,
                   cwd=ROOT, env={**os.environ, "SOPDESK_DATA_DIR": tempfile.mkdtemp(prefix="sopdesk-bench-")})
    return time.time() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--db", help="an existing demo database to use instead of building one")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", metavar="FILE", help="also write the medians to FILE as JSON")
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
    # One per-PC data folder for the whole run, as on an office PC that has run sopdesk before:
    # an untimed first run per database fills what the program keeps there (the year's holidays).
    data_dir = tempfile.mkdtemp(prefix="sopdesk-bench-data-")
    for db in (small, big):
        child("app", str(db), data_dir)
    results: dict[str, list[dict]] = {"bare": [], "bare_orm": [], "small": [], "big": []}
    for _ in range(a.runs):
        results["bare"].append(child("bare", "", data_dir))
        results["bare_orm"].append(child("bare_orm", "", data_dir))
        results["small"].append(child("app", str(small), data_dir))
        results["big"].append(child("app", str(big), data_dir))
    medians = {name: {k: statistics.median([r[k] for r in rs if k in r]) for k in KEYS if any(k in r for r in rs)}
               for name, rs in results.items()}
    print(f"\nmedian of {a.runs} runs (seconds; memory in MB)")
    print(f"{'figure':<22}{'bare PySide6':>14}{'+ orm':>10}{'10 cases':>12}{'big db':>12}")
    for k in KEYS:
        cells = [medians[name].get(k) for name in ("bare", "bare_orm", "small", "big")]
        text = ["-" if v is None else f"{v:.3f}" for v in cells]
        print(f"{k:<22}{text[0]:>14}{text[1]:>10}{text[2]:>12}{text[3]:>12}")
    base = medians["bare_orm"]["window_shown"]
    print(f"\nstart-up, big db / (bare + orm): {medians['big']['window_shown'] / base:.2f} ×")
    if a.json:
        Path(a.json).write_text(json.dumps(medians, indent=2) + "\n", encoding="utf-8")
        print(f"medians written to {a.json}")


if __name__ == "__main__":
    main()
