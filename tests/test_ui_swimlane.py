"""The swimlane scene and view: what is drawn, that text fits, zoom and fit, speed."""
from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from helpers import DECISION_SOP
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetricsF, QWheelEvent
from PySide6.QtWidgets import QApplication

from sopdesk.domain.sop import Sop, Step
from sopdesk.domain.sop_file import read_sop
from sopdesk.resources import resource_path
from sopdesk.ui.cases.swimlane import SwimlaneScene, SwimlaneView
from sopdesk.ui.cases.swimlane_items import SceneText, TableItem
from sopdesk.ui.kit import state_style as ss
from tests.ui_helpers import HANG_MS, press


@pytest.fixture(scope="module")
def seed_sop() -> Sop:
    sop, problems = read_sop(resource_path("sops", "penyusunan-perencanaan-kinerja.toml").read_text("utf-8"))
    assert not problems
    return sop


def big_sop(steps: int = 60, lanes: int = 7) -> Sop:
    names = tuple(f"Pelaksana {i + 1} Bagian Tata Usaha" for i in range(lanes))
    out = []
    for n in range(1, steps + 1):
        kind = "start" if n == 1 else "end" if n == steps else "decision" if n % 9 == 0 else "process"
        extra = dict(if_yes=n + 1, if_no=n - 2) if kind == "decision" else {}
        out.append(Step(n, f"Memeriksa dan meneruskan berkas permohonan nomor {n} kepada pejabat berikutnya "
                           f"untuk ditindaklanjuti sesuai ketentuan", names[(n * 3) % lanes], kind,
                        requirements="Berkas permohonan, formulir isian, salinan KTP", time="15 menit",
                        output="Berkas terperiksa", **extra))
    return Sop("besar", "SOP Besar", names, tuple(out))


def make_view(qtbot, scene, w=1200, h=800) -> SwimlaneView:
    v = SwimlaneView(scene)
    qtbot.addWidget(v)
    v.resize(w, h)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_the_scene_holds_one_symbol_per_step_and_every_arrow(qtbot, seed_sop):
    scene = SwimlaneScene(seed_sop)
    assert sorted(scene.symbol_items) == [s.no for s in seed_sop.steps]
    shapes = {no: item.symbol.shape for no, item in scene.symbol_items.items()}
    assert shapes[1] == shapes[11] == "terminator" and shapes[5] == "process"
    assert len(scene.arrow_items) == len(scene.layout.arrows) == 10
    assert sum(isinstance(i, TableItem) for i in scene.items()) == 1
    assert not scene.realisasi_items
    headers = {line for c in scene.layout.header_cells for line in c.text_lines}
    assert {"No.", "Aktivitas", "Pelaksana", "Mutu Baku", "Kelengkapan", "Waktu", "Output", "Ket."} <= headers


def test_the_realisasi_column_sits_between_output_and_ket(qtbot, seed_sop):
    scene = SwimlaneScene(seed_sop, realisasi=True)
    keys = [c.key for c in scene.layout.columns]
    assert keys[-3:] == ["output", "extra:Realisasi", "note"]
    assert sorted(scene.realisasi_items) == list(range(1, 12))


def test_text_is_measured_with_the_painted_font_and_fits_its_cell(qtbot, seed_sop):
    scene = SwimlaneScene(seed_sop, realisasi=True)
    text = scene.text
    # the measure handed to the layout is the painted font's advance, scaled to the size
    fm = QFontMetricsF(text.font())
    assert text.measure("Menyusun Draft", 9.0) == pytest.approx(
        fm.horizontalAdvance("Menyusun Draft") * 9.0 / SceneText.REF)
    for cell in scene.layout.cells:
        for box, line in cell.line_boxes():
            width = text.width(line, cell.size, bold=cell.bold)
            assert width <= box.w + 0.5, (cell.role, line, width, box.w)
            assert cell.rect.y - 0.01 <= box.y and box.y + box.h <= cell.rect.bottom + 0.01, (cell.role, line)


def test_a_decision_has_a_diamond_and_labelled_exits(qtbot):
    sop, _ = read_sop(DECISION_SOP)
    scene = SwimlaneScene(sop)
    assert scene.symbol_items[2].symbol.shape == "decision"
    labels = {(a.from_step, a.to_step): a.arrow.label for a in scene.arrow_items}
    assert labels[(2, 4)] == "Lengkap" and labels[(2, 3)] == "Tidak"
    # the hit area of a diamond is the diamond, not its box
    sym = scene.layout.symbol_for(2)
    assert scene.symbol_items[2].shape().contains(QPointF(sym.rect.cx, sym.rect.cy))
    assert not scene.symbol_items[2].shape().contains(QPointF(sym.rect.x + 1, sym.rect.y + 1))


def test_a_case_restyles_symbols_rows_and_arrows(qtbot, seed_sop):
    from helpers import wib

    from sopdesk.domain.case import DONE, RUNNING, CaseState, StepRun, StepStatus
    scene = SwimlaneScene(seed_sop, realisasi=True)
    steps = {s.no: StepStatus(s.no) for s in seed_sop.steps}
    t0 = wib(2027, 1, 11, 8, 0)
    steps[1].runs = [StepRun(1, t0, "Siti", finished_at=t0, finished_by="Siti")]
    steps[1].state, steps[1].actual_working_minutes = DONE, 4
    steps[2].runs = [StepRun(2, t0, "Siti")]
    steps[2].state, steps[2].late, steps[2].actual_working_minutes = RUNNING, True, 40
    state = CaseState(steps, 2, True, False, t0, None, t0, set(), [])
    scene.show_case(state, 450)
    assert scene.symbol_items[1].state == ss.DONE_OK
    assert scene.symbol_items[2].state == ss.OVERDUE and scene.symbol_items[2].current
    assert scene.symbol_items[3].state == ss.WAITING and not scene.symbol_items[3].plain
    assert scene.row_items[2].current and scene.row_items[1].tint == ss.look(ss.DONE_OK).row_tint
    assert scene.realisasi_items[2].text == "berjalan 40 mnt (lewat waktu) · Siti"
    assert scene.realisasi_items[2].look.key == ss.OVERDUE
    taken = {(a.from_step, a.to_step): a.taken for a in scene.arrow_items}
    assert taken[(1, 2)] and not taken[(2, 3)]


def test_clicks_select_a_step_by_its_symbol_or_its_row(qtbot, seed_sop):
    scene = SwimlaneScene(seed_sop)
    view = make_view(qtbot, scene)
    row = scene.layout.row_for(2)
    activity = scene.layout.column("activity")
    with qtbot.waitSignal(scene.stepSelected) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.mapFromScene(QPointF(activity.cx, row.y + row.height / 2)))
    assert blocker.args == [2] and scene.selected_step == 2
    assert scene.selection_item.isVisible()
    with qtbot.waitSignal(scene.stepActivated) as blocker:
        sym = scene.layout.symbol_for(2)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                          pos=view.mapFromScene(QPointF(sym.rect.cx, sym.rect.cy)))
    assert blocker.args == [2]
    # the header is no step
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(QPointF(activity.cx, 5)))
    assert scene.selected_step == 2
    # the keyboard walks the steps
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert scene.selected_step == 3
    with qtbot.waitSignal(scene.stepActivated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [3]


def test_zoom_in_out_and_fit_change_the_transform(qtbot, seed_sop):
    scene = SwimlaneScene(seed_sop)
    view = make_view(qtbot, scene, 900, 600)
    z0 = view.zoom()
    view.zoom_in()
    assert view.zoom() == pytest.approx(z0 * 1.25)
    assert view.transform().m11() == pytest.approx(z0 * 1.25 * view.logicalDpiX() / 72)
    view.zoom_out()
    view.zoom_out()
    assert view.zoom() == pytest.approx(z0 / 1.25)
    view.reset_zoom()
    assert view.zoom() == pytest.approx(1.0)
    view.fit_to_window()
    mapped = view.mapFromScene(scene.sceneRect()).boundingRect()
    vp = view.viewport().rect()
    assert mapped.width() <= vp.width() + 2 and mapped.height() <= vp.height() + 2
    assert mapped.width() >= vp.width() - 4 or mapped.height() >= vp.height() - 4


def test_zoom_shortcuts_and_ctrl_wheel(qtbot, seed_sop):
    scene = SwimlaneScene(seed_sop)
    view = make_view(qtbot, scene, 900, 600)
    z0 = view.zoom()
    press(qtbot, view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(z0 * 1.25)
    press(qtbot, view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(z0)
    press(qtbot, view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() < z0  # the 11 steps are taller than 600 px: fitting shrinks
    fitted = view.zoom()
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(fitted * 1.25)


def test_the_view_opens_fitted_to_its_width_at_the_top(qtbot, seed_sop):
    scene = SwimlaneScene(seed_sop, realisasi=True)
    view = make_view(qtbot, scene, 1100, 700)
    lo, hi = SwimlaneView.AUTO_FIT_RANGE
    assert lo <= view.zoom() <= hi
    assert view.mapFromScene(QPointF(0, 0)).y() >= 0  # the header is in view
    view.resize(1400, 700)
    qtbot.waitUntil(lambda: view.zoom() > lo, timeout=HANG_MS)  # still following the width until the user zooms


def test_sixty_steps_lay_out_and_paint_fast(qtbot):
    # CPU time of this thread, not the wall clock: what the work costs, whatever else the machine runs
    sop = big_sop()
    t0 = time.thread_time()
    scene = SwimlaneScene(sop, realisasi=True)
    built = time.thread_time() - t0
    view = make_view(qtbot, scene, 1400, 900)
    t1 = time.thread_time()
    for _ in range(5):
        view.viewport().grab()
    painted = (time.thread_time() - t1) / 5
    view.fit_to_window()
    t2 = time.thread_time()
    view.viewport().grab()
    whole = time.thread_time() - t2
    assert len(scene.symbol_items) == 60
    assert built < 1.5, built
    assert painted < 0.25, painted
    assert whole < 0.8, whole
