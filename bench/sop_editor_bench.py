"""How fast the SOP editor's swimlane follows a keystroke, for an SOP of 30 steps (issue 13: ≤ 50 ms).

    python bench/sop_editor_bench.py [--steps 30] [--keys 40]

Offscreen, in this process: the editor of a 30-step SOP (the seed's rows repeated, with a
decision looping back) at 1366×768; a Kegiatan cell and a Waktu cell are typed in key by key.
Each figure is the time from the key press to the swimlane rebuilt and its viewport painted
(the check of the whole SOP, the layout, the scene and the problem marks included). Keystrokes
that leave every row's height as it was reuse the arrows' routes; one that wraps a cell onto a
new line routes them again: the two are printed apart. Median, 90th percentile and worst are
printed; nothing is asserted.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def sop_of(n: int):
    from sopdesk.domain.sop_file import read_sop
    from sopdesk.resources import resource_path
    seed, _ = read_sop(resource_path("sops", "penyusunan-perencanaan-kinerja.toml").read_text(encoding="utf-8"))
    middle = [s for s in seed.steps if s.kind == "process"]
    steps = [replace(seed.steps[0], no=1)]
    steps += [replace(middle[i % len(middle)], no=i + 2, next=None) for i in range(n - 2)]
    steps.append(replace(seed.steps[-1], no=n))
    steps[n // 2] = replace(steps[n // 2], kind="decision", if_yes=n // 2 + 2, if_no=3, yes_label="Lengkap",
                            no_label="Belum")
    return replace(seed, code="bench-30", name=f"SOP uji {n} langkah", steps=tuple(steps))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--keys", type=int, default=40)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp())
    os.environ["SOPDESK_DATA_DIR"] = str(tmp / "data")
    from PySide6.QtCore import QEvent
    from PySide6.QtTest import QTest

    from sopdesk.app.office import Office
    from sopdesk.domain.sop import validate
    from sopdesk.ui.shell.app import make_app
    from sopdesk.ui.sops.sop_editor import edit_page
    from sopdesk.ui.sops.steps_model import ACTIVITY, TIME

    app = make_app()
    office = Office(tmp / "bench.db")
    sop = sop_of(args.steps)
    assert not validate(sop), validate(sop)
    office.save_sop(sop)
    page = edit_page(office, sop.code)
    page.resize(1366, 768)
    page.show()
    app.processEvents()

    def heights() -> tuple[float, ...]:
        scene = page.steps.scene
        return tuple(r.height for r in scene.layout.rows) if scene is not None else ()

    def type_keys(row: int, column: int, text: str) -> tuple[list[float], list[float]]:
        """(figures of keystrokes that left every row's height, of those that made a row taller)."""
        editor = page.steps.edit_cell(row, column)
        editor.selectAll()
        app.processEvents()
        same, grown = [], []
        for ch in text:
            before = heights()
            t = time.perf_counter()
            QTest.keyClick(editor, ch)
            page.steps.view.viewport().repaint()
            figure = (time.perf_counter() - t) * 1000
            (same if heights() == before else grown).append(figure)
            # between two keys the event loop runs: the old scene is deleted (deleteLater)
            app.processEvents()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        page.steps.commit_open()
        return same, grown

    activity = ("Memeriksa kelengkapan berkas permohonan dan mencatatnya di buku agenda " * 3)[:args.keys]
    kegiatan = type_keys(14, ACTIVITY, activity)
    waktu = type_keys(19, TIME, "15 menit kerja"[:args.keys])
    results = {"Kegiatan, rows kept": kegiatan[0], "Kegiatan, row grows": kegiatan[1],
               "Waktu, rows kept": waktu[0] + waktu[1]}
    print(f"SOP of {len(sop.steps)} steps, {len(sop.lanes)} lanes; keystroke to swimlane painted, in ms")
    print(f"{'cell':<22}{'keys':>6}{'median':>10}{'p90':>10}{'worst':>10}")
    for name, figures in results.items():
        if not figures:
            continue
        ordered = sorted(figures)
        p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
        print(f"{name:<22}{len(figures):>6}{statistics.median(figures):>10.1f}{p90:>10.1f}{max(figures):>10.1f}")
    page.doc.stack.setClean()
    office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
