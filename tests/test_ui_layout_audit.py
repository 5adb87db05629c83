"""Every window fits a 1366×768 screen at 100 % and 125 % (`sopdesk --smoke --audit-layout`), the audit
catches a window that does not, and the main window's geometry fits the screen it opens on."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from sopdesk.ui.kit.widgets import fit_to_screen, screen_area, scrolling_body, window_room
from sopdesk.ui.settings import pc_settings
from sopdesk.ui.shell import layout_audit
from sopdesk.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = [name for name, _opener in layout_audit.OPENERS]


@pytest.fixture(scope="module")
def xvfb_display():
    """A private Xvfb per screen size, started here (CI installs xvfb); skipped where there is none."""
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    started: list[subprocess.Popen] = []

    def start(size: str) -> str:
        proc = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        started.append(proc)
        assert proc.stdout is not None
        number = proc.stdout.readline().strip()   # Xvfb writes its display number once it accepts clients
        if not number:
            pytest.skip("Xvfb did not start")
        return f":{number}"

    yield start
    for proc in started:
        proc.terminate()
        proc.wait(timeout=30)


def run_audit(display: str, scale: str, data_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=scale,
               SOPDESK_DATA_DIR=str(data_dir))
    env.pop("SOPDESK_DB", None)
    result = subprocess.run([sys.executable, "-m", "sopdesk", "--smoke", "--audit-layout", "--json", *extra], cwd=ROOT,
                            env=env, capture_output=True, text=True, encoding="utf-8", timeout=600)
    if 'platform plugin "xcb"' in result.stderr and not result.stdout:
        pytest.skip("Qt's xcb platform cannot start here (its libxcb-* libraries are missing): " +
                    result.stderr.strip().splitlines()[0])
    return result


@pytest.mark.parametrize("scale", ["1", "1.25"])
def test_every_window_fits_1366_by_768(xvfb_display, tmp_path, scale):
    pictures = tmp_path / "gambar"
    result = run_audit(xvfb_display("1366x768"), scale, tmp_path, "--screenshots", str(pictures))
    reports = json.loads(result.stdout)
    assert "Traceback" not in result.stderr, result.stderr   # nothing went wrong on the way either
    problems = {r["window"]: r["problems"] for r in reports if r["problems"]}
    assert result.returncode == 0 and not problems, json.dumps(problems, indent=1, ensure_ascii=False)
    assert [r["window"] for r in reports] == EXPECTED
    for r in reports:
        assert set(r) == {"window", "width", "height", "screen_width", "screen_height", "problems"}
        assert 0 < r["width"] <= r["screen_width"] and 0 < r["height"] <= r["screen_height"]
    # 1366×768 less a 40 px taskbar, in logical pixels
    expected_screen = (1366, 728) if scale == "1" else (1093, 574)
    assert {(r["screen_width"], r["screen_height"]) for r in reports} == {expected_screen}
    # --screenshots: a picture of each window, in the audit's order, at the screen's scale
    names = sorted(p.name for p in pictures.glob("*.png"))
    assert names == [layout_audit.file_name(n, name) for n, name in enumerate(EXPECTED, 1)]
    case_list = QImage(str(pictures / names[0]))
    assert case_list.width() == round(reports[0]["width"] * float(scale))


def test_a_small_screen_is_reported_with_the_windows_that_do_not_fit(xvfb_display, tmp_path):
    """800×600 is below what the program is made for: some dialogs cannot fit, and the audit names them."""
    result = run_audit(xvfb_display("800x600"), "1", tmp_path)
    assert result.returncode == 1
    reports = json.loads(result.stdout)
    assert [r["window"] for r in reports] == EXPECTED
    offenders = [r for r in reports if r["problems"]]
    assert offenders and all(r["width"] > r["screen_width"] - 16 or r["height"] > r["screen_height"] - 34
                             for r in offenders)
    for r in offenders:
        for p in r["problems"]:
            assert set(p) == {"widget", "text", "rect", "reason"} and len(p["rect"]) == 4
    assert any("larger than the screen" in p["reason"] for r in offenders for p in r["problems"])


def test_text_report_names_each_window_and_its_size():
    reports = [layout_audit.WindowReport("Pengaturan: Profil Kantor", 860, 540, 1093, 574),
               layout_audit.WindowReport("Pratinjau cetak (PK)", 1100, 860, 1093, 574,
                                         [layout_audit.Problem("QPushButton", "Tutup", [980, 830, 110, 28],
                                                               "outside the screen")])]
    text = layout_audit.text_report(reports)
    assert "OK Pengaturan: Profil Kantor: 860×540 (layar 1093×574)" in text
    assert "!! Pratinjau cetak (PK): 1100×860" in text and 'QPushButton "Tutup" [980, 830, 110, 28]' in text
    assert text.endswith("2 jendela diperiksa, 1 bermasalah.")


# -- what the audit measures (in process, on the offscreen screen) ----------------------------

def _dialog(size: QSize) -> tuple[QDialog, QPushButton, QPushButton, QPushButton]:
    """A dialog with a button at its bottom, one cut off by a too-small box, one far down a scroll area."""
    dialog = QDialog()
    dialog.setWindowTitle("Terlalu besar")
    box = QWidget()
    box.setFixedSize(60, 30)
    cut = QPushButton("Terpotong", box)
    cut.setGeometry(20, 0, 100, 30)
    long_form = QWidget()
    column = QVBoxLayout(long_form)
    column.addSpacing(3000)
    scrolled = QPushButton("Jauh di bawah")
    column.addWidget(scrolled)
    ok = QPushButton("Simpan")
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(ok)
    layout = QVBoxLayout(dialog)
    layout.addWidget(box)
    layout.addWidget(scrolling_body(long_form), 1)
    layout.addLayout(row)
    dialog.setFixedSize(size)
    return dialog, ok, cut, scrolled


def test_measure_reports_a_window_larger_than_the_screen_and_its_buttons(qtbot):
    area = screen_area()
    dialog = _dialog(QSize(area.width() + 200, area.height() + 200))[0]
    qtbot.addWidget(dialog)
    dialog.move(area.topLeft())
    dialog.show()
    qtbot.waitExposed(dialog)
    report = layout_audit.measure("Terlalu besar", dialog)
    reasons = {(p.text, p.reason) for p in report.problems}
    assert any("larger than the screen" in reason for _text, reason in reasons)
    assert ("Simpan", "outside the screen") in reasons
    assert ("Terpotong", "cut off by its parent") in reasons
    assert not any(text == "Jauh di bawah" for text, _reason in reasons)   # it scrolls


def test_measure_passes_a_dialog_that_fits(qtbot):
    dialog, _ok, cut, _scrolled = _dialog(QSize(400, 300))
    cut.setGeometry(0, 0, 60, 30)
    qtbot.addWidget(dialog)
    dialog.move(screen_area().topLeft() + QRect(0, 0, 40, 40).bottomRight())
    dialog.show()
    qtbot.waitExposed(dialog)
    assert layout_audit.measure("Pas", dialog).problems == []


def test_an_oversized_dialog_registered_for_the_audit_is_caught(qtbot, office):
    """A new dialog is one line in OPENERS; one that cannot fit makes the audit fail, by name."""
    ctx = layout_audit.Context.__new__(layout_audit.Context)
    ctx.window = MainWindow(office, restore_layout=False)
    qtbot.addWidget(ctx.window)
    fit_to_screen(ctx.window, window_room(ctx.window))
    area = screen_area()

    def oversized(_ctx) -> QWidget:
        dialog = _dialog(QSize(area.width() + 100, 400))[0]
        qtbot.addWidget(dialog)
        return dialog

    def modal(_ctx) -> None:
        dialog = _dialog(QSize(300, area.height() + 100))[0]
        qtbot.addWidget(dialog)
        dialog.exec()   # looked at inside its own loop, then closed

    reports = layout_audit.audit(ctx, [("Dialog kebesaran", oversized), ("Dialog modal", modal),
                                       ("Jendela utama", lambda c: c.window)])
    assert [r.window for r in reports] == ["Dialog kebesaran", "Dialog modal", "Jendela utama"]
    assert reports[0].problems and reports[1].problems and not reports[2].problems


# -- the main window's geometry ---------------------------------------------------------------

def test_first_start_fits_the_screen(qtbot, office):
    w = MainWindow(office)      # nothing saved yet on this PC (a private data folder)
    qtbot.addWidget(w)
    room, area = window_room(w), screen_area(w)
    assert w.width() <= room.width() and w.height() <= room.height()
    assert area.contains(w.geometry().topLeft())
    if room.width() < 1280 or room.height() < 800:   # the offscreen screen is 800×600
        assert w.isMaximized() or bool(w.windowState() & w.windowState().WindowMaximized)


def test_a_geometry_saved_on_a_big_monitor_is_clamped_to_this_screen(qtbot, office):
    big = MainWindow(office, restore_layout=False)
    qtbot.addWidget(big)
    big.setGeometry(1900, 1100, 2400, 1300)   # a window left at the far end of a 4K monitor
    pc_settings.save_window_geometry(big.saveGeometry())

    w = MainWindow(office)
    qtbot.addWidget(w)
    room, area = window_room(w), screen_area(w)
    assert w.width() <= room.width() and w.height() <= room.height()
    assert area.contains(w.geometry()), (w.geometry(), area)


def test_fit_to_screen_lowers_a_minimum_larger_than_the_room(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setMinimumSize(5000, 5000)
    room = window_room(dialog)
    assert fit_to_screen(dialog, (4000, 3000)) == room
    assert dialog.minimumSize() == room and dialog.size() == room
    assert isinstance(scrolling_body(QWidget()), QScrollArea)


def test_audit_layout_only_with_smoke(tmp_path):
    env = dict(os.environ, SOPDESK_DATA_DIR=str(tmp_path))
    for args in (["--audit-layout"], ["--json"], ["--smoke", "--json"]):
        result = subprocess.run([sys.executable, "-m", "sopdesk", *args], cwd=ROOT, env=env, capture_output=True,
                                text=True, encoding="utf-8", timeout=120)
        assert result.returncode == 2 and "--audit-layout" in result.stderr, (args, result.stderr)
