"""Import from Word: a 30-step SOP AP sheet (.docx) read into an SOP; the issue's target is ≤ 1 s.

Builds the file with tests/docx_builder.py (shapes held three ways: DrawingML in the lane cell,
moved from the Kegiatan cell, legacy VML), then prints
- the read in a fresh process (imports of python-docx and lxml included), median of --runs;
- the read again in a warm process (what a second import in the same session costs);
- `sopdesk sop import FILE --dry-run --json` end to end.

    python bench/word_import_bench.py [--steps 30] [--runs 5]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.docx_builder import LANES, StepSpec, write  # noqa: E402

COLD = """
import time, sys
t = time.perf_counter()
from sopdesk.app.sop_word import read_word_sop
r = read_word_sop(sys.argv[1])
print(time.perf_counter() - t, len(r.sop.steps), r.symbols_found)
"""


def build(path: Path, steps: int) -> Path:
    specs = [StepSpec(f"Langkah ke-{i + 1}: meneliti berkas dan meneruskannya kepada pejabat berikutnya",
                      i % len(LANES),
                      "rect", ("cell", "moved", "vml")[i % 3], "15 menit", "Formulir", "Berkas")
             for i in range(steps)]
    specs[0].shape = specs[-1].shape = "terminator"
    return write(path, specs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=30)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp())
    path = build(folder / "sop.docx", args.steps)
    cold = []
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", COLD, str(path)], capture_output=True, text=True, check=True,
                             cwd=ROOT).stdout.split()
        cold.append(float(out[0]))
        assert int(out[1]) == args.steps and int(out[2]) == args.steps, out
    from sopdesk.app.sop_word import read_word_sop
    read_word_sop(path)
    warm = []
    for _ in range(args.runs):
        t = time.perf_counter()
        read_word_sop(path)
        warm.append(time.perf_counter() - t)
    cli = []
    for _ in range(args.runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(folder / "k.db"), "sop", "import", str(path),
                        "--dry-run", "--json"], capture_output=True, check=True, cwd=ROOT)
        cli.append(time.perf_counter() - t)
    size = path.stat().st_size
    print(f"{args.steps}-step .docx, {size / 1024:.0f} KB, median of {args.runs} runs")
    print(f"  read, fresh process (imports included)   {statistics.median(cold) * 1000:7.0f} ms")
    print(f"  read, warm process                        {statistics.median(warm) * 1000:7.0f} ms")
    print(f"  sop import --dry-run --json (whole CLI)   {statistics.median(cli) * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
