"""The Kinerja SOP tab (Laporan → Kinerja SOP): the swimlane coloured by each step's share on time in
a period, the figures in the Realisasi column, on hover and in the side panel; thresholds edited in
the legend; the sheet "dengan realisasi" and the Excel export. Real SQLite with demo cases."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from io import BytesIO

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from sopdesk.app import kinerja, reports
from sopdesk.app.demo import generate
from sopdesk.app.office import Office
from sopdesk.domain.kinerja import ATTENTION, GOOD, NO_DATA, PROBLEM, Thresholds, grade
from sopdesk.domain.period import Period
from sopdesk.ui.paperwork import print_preview
from sopdesk.ui.reports.kinerja_view import KinerjaPage, default_period, period_choices
from tests.helpers import SEED, FixedClock, wib
from tests.ui_helpers import HANG_MS

NOW = wib(2026, 7, 6, 9, 12)


@pytest.fixture
def demo(tmp_path):
    o = Office(tmp_path / "kinerja.db", clock=FixedClock(NOW))
    generate(o, 400, seed=5)
    yield o
    o.close()


@pytest.fixture
def previews(monkeypatch):
    shown: list[dict] = []

    def show(parent, data, *, title, file_name, paper="F4"):
        shown.append(dict(data=data, title=title, file_name=file_name, paper=paper))
    monkeypatch.setattr(print_preview, "show_preview", show)
    return shown


def computed(qtbot, page: KinerjaPage) -> KinerjaPage:
    qtbot.waitUntil(lambda: page.run is not None and page.run.done and page.stats is not None, timeout=HANG_MS)
    if page.stats.cases:
        qtbot.waitUntil(lambda: page.durations_run is not None and page.durations_run.done, timeout=HANG_MS)
    return page


def open_page(qtbot, office, **kw) -> KinerjaPage:
    page = KinerjaPage(office, **kw)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    return computed(qtbot, page)


def test_periods_offered_and_the_default():
    assert default_period(NOW.date()) == Period.semester(2026, 1)
    assert default_period(wib(2026, 3, 2).date()) == Period.semester(2025, 2)
    choices = period_choices([2025, 2024], NOW.date())
    assert choices[:4] == [Period.semester(2026, 2), Period.semester(2026, 1), Period.years(2026, 2026),
                           Period.semester(2025, 2)]
    assert choices[-1] == Period.years(2022, 2026)


def test_opened_from_the_laporan_menu_and_coloured_by_grade(qtbot, demo, dialogs):
    from sopdesk.ui.shell.main_window import MainWindow
    w = MainWindow(demo, restore_layout=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    assert w.kinerja_action in w.menuBar().actions()[3].menu().actions()       # Laporan
    w.kinerja_action.trigger()
    page = w.tabs.currentWidget()
    assert isinstance(page, KinerjaPage)
    computed(qtbot, page)
    w.kinerja_action.trigger()
    assert w.tabs.currentWidget() is page and sum(isinstance(w.tabs.widget(i), KinerjaPage)
                                                  for i in range(w.tabs.count())) == 1
    assert page.period() == Period.semester(2026, 1) and page.sop_code() == SEED
    stats = page.stats
    assert stats.to_json() == reports.monitoring_stats(demo, SEED, Period.semester(2026, 1)).to_json()
    assert stats.cases > 20
    scene = page.scene
    t = page.thresholds
    for s in stats.steps:
        g = grade(s, t)
        assert scene.grades[s.no] == g
        assert scene.symbol_items[s.no].look.key == f"kinerja-{g}"
        text = scene.figure_items[s.no].text()
        assert f"{s.runs} kali" in text and "tepat waktu" in text and "median" in text and "p90" in text
        assert f"Langkah {s.no} · {s.lane}" in scene.tips[s.no] and "standar" in scene.tips[s.no]
    assert "Realisasi Semester I 2026" in scene.realisasi_title
    assert page.title.text() == "Kinerja SOP — Penyusunan Perencanaan Kinerja"
    assert "Semester I 2026 (1 Januari 2026 – 30 Juni 2026)" in page.subtitle.text()
    assert f"{stats.closed} kasus selesai" in page.subtitle.text()
    assert page.table.rowCount() == len(stats.steps)
    assert len(page.slowest.cards) == 5 and page.slowest.cards[0].step_no == min(
        stats.steps, key=lambda s: (s.on_time_share, -s.late, -(s.median_ratio or 0), s.no)).no
    assert page.summary.cases.text().startswith(f"{stats.cases} (")
    assert page.summary.median.text() not in ("", "…")
    assert page.can_print() and page.sop_shown() == (SEED, None)
    assert dialogs.calls == []


def test_thresholds_edited_in_the_legend_regrade_at_once_and_are_kept(qtbot, demo):
    page = open_page(qtbot, demo)
    stats = page.stats
    shares = sorted(s.on_time_share for s in stats.steps if s.on_time_share is not None)
    # good above every share but one, attention in the middle: all three grades appear
    good = round(shares[-1] * 100)
    attention = round(shares[len(shares) // 2] * 100)
    page.good_spin.setValue(good)
    page.attention_spin.setValue(attention)
    assert kinerja.thresholds(demo) == Thresholds(good / 100, attention / 100)
    t = page.thresholds
    assert {page.scene.grades[s.no] for s in stats.steps} == {grade(s, t) for s in stats.steps}
    counts = {g: sum(1 for s in stats.steps if grade(s, t) == g) for g in (GOOD, ATTENTION, PROBLEM, NO_DATA)}
    assert page.badges[GOOD].text() == f"{counts[GOOD]} baik"
    assert page.badges[PROBLEM].text() == f"{counts[PROBLEM]} bermasalah"
    assert f"{attention} % sampai di bawah {good} %" == page.middle_label.text()
    # attention above good: good follows it
    page.attention_spin.setValue(min(100, good + 2))
    assert page.good_spin.value() == page.attention_spin.value()
    # another page of the same office hears the change
    other = open_page(qtbot, demo)
    assert other.thresholds == kinerja.thresholds(demo)


def test_period_and_sop_choices_recompute(qtbot, demo):
    page = open_page(qtbot, demo)
    first = page.stats
    page.select(period=Period.years(2022, 2026))
    qtbot.waitUntil(lambda: page.stats is not first and page.run.done, timeout=HANG_MS)
    computed(qtbot, page)
    assert page.stats.covers == Period.years(2022, 2026) and page.stats.cases > first.cases
    assert "Realisasi Tahun 2022–2026" in page.scene.realisasi_title
    page.select(period=Period.semester(2026, 2))
    qtbot.waitUntil(lambda: page.stats.covers == Period.semester(2026, 2), timeout=HANG_MS)
    computed(qtbot, page)
    if page.stats.cases == 0:
        assert not page.print_button.isEnabled() and "tidak ada kasus" in page.subtitle.text()


def test_new_cases_are_counted_after_a_moment(qtbot, demo, monkeypatch):
    from sopdesk.ui.shell.change_bridge import ChangeBridge
    monkeypatch.setattr(KinerjaPage, "RECOMPUTE_AFTER_MS", 0)
    bridge = ChangeBridge(demo.changes)
    page = open_page(qtbot, demo, changes=bridge)
    before = page.stats.cases
    cid = demo.new_case(SEED, "Kasus baru", year=2026)
    demo.start_step(cid, 1, at="2026-06-29T08:00")
    qtbot.waitUntil(lambda: page.stats.cases == before + 1, timeout=HANG_MS)
    bridge.close()


def test_sheet_with_realisasi_and_excel_export(qtbot, demo, previews, dialogs, tmp_path):
    page = open_page(qtbot, demo)
    run = page.print_sheet()
    qtbot.waitUntil(lambda: run.done, timeout=HANG_MS)
    assert len(previews) == 1 and previews[0]["title"].startswith("Lembar SOP dengan realisasi")
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(BytesIO(previews[0]["data"])).pages)
    assert "Realisasi Semester I 2026" in text and "tepat waktu" in text
    dialogs.save_path = str(tmp_path / "kinerja")
    run = page.export_excel()
    qtbot.waitUntil(lambda: run.done, timeout=HANG_MS)
    wb = load_workbook(tmp_path / "kinerja.xlsx")
    assert wb["Langkah"].max_row == len(page.stats.steps) + 1
    assert {r[0].value: r[1].value for r in wb["Ringkasan"].iter_rows(min_row=2)}["Periode"] == "Semester I 2026"
    dialogs.save_path = None
    assert page.export_excel() is None
    assert dialogs.calls == []


def test_an_office_without_cases(qtbot, tmp_path):
    o = Office(tmp_path / "kosong.db", clock=FixedClock(NOW))
    try:
        page = open_page(qtbot, o)
        assert page.stats.cases == 0 and not page.print_button.isEnabled() and not page.excel_button.isEnabled()
        assert set(page.scene.grades.values()) == {NO_DATA}
        assert page.badges[NO_DATA].text() == f"{len(page.stats.steps)} belum ada data"
        assert "tidak ada kasus" in page.subtitle.text()
        assert page.slowest.cards == [] and not page.slowest.empty.isHidden()
    finally:
        o.close()


def test_case_list_exports_the_cases_as_filtered_and_sorted(qtbot, demo, dialogs, tmp_path):
    from sopdesk.ui.cases.case_list import CaseFilter, CaseListPanel
    panel = CaseListPanel(demo)
    qtbot.addWidget(panel)
    panel.show()
    panel.filter_bar.set_filter(CaseFilter(year=2025, state="closed"))
    shown = [panel.model.case_id(r) for r in range(panel.model.rowCount())]
    assert shown and panel.export_button.isVisible()
    dialogs.save_path = str(tmp_path / "daftar.xlsx")
    run = panel.export_excel()
    qtbot.waitUntil(lambda: run.done, timeout=HANG_MS)
    ws = load_workbook(tmp_path / "daftar.xlsx").active
    assert [ws.cell(row=r, column=1).value for r in range(2, ws.max_row + 1)] == shown
    assert {ws.cell(row=r, column=7).value for r in range(2, ws.max_row + 1)} == {"Selesai"}
    assert ws.freeze_panes == "A2"
    dialogs.save_path = None
    assert panel.export_excel() is None and dialogs.calls == []


def test_at_125_percent_the_choices_and_buttons_wrap_and_none_is_cut(qtbot, tmp_path):
    """1366×768 at 125 % leaves 1093×574: the bar takes a second line rather than cutting
    "Cetak lembar dengan realisasi" or the zoom buttons."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox
    o = Office(tmp_path / "kosong.db", clock=FixedClock(NOW))
    try:
        page = KinerjaPage(o)
        qtbot.addWidget(page)
        page.resize(1093, 574)
        page.show()
        qtbot.waitExposed(page)
        computed(qtbot, page)
        shown = [w for w in page.bar.findChildren(QAbstractButton) + page.bar.findChildren(QComboBox)
                 if w.isVisible()]
        assert page.print_button in shown and len(page.zoom_buttons) == 4
        for w in shown:
            left = w.mapTo(page, w.rect().topLeft())
            assert w.width() >= w.sizeHint().width(), w
            assert left.x() >= 0 and left.x() + w.width() <= page.width(), w
        assert page.bar.height() > page.print_button.height() * 1.5   # on two lines
    finally:
        o.close()
