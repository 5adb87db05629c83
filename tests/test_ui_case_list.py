"""The case list: lazy model, filters, search, sorting by header, and a list of thousands of cases."""
from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from sopdesk.app.demo import generate
from sopdesk.ui.cases.case_list import COL, CaseFilter, CaseListModel, CaseListPanel, StatusRole
from sopdesk.ui.kit.formatting import short_datetime
from tests.ui_helpers import HANG_MS

SOP = "penyusunan-perencanaan-kinerja"


@pytest.fixture
def cases(office):
    """Five cases in three years, one finished on time and one whose current step is overdue."""
    ids = {
        "a": office.new_case(SOP, "Penyusunan PK Tahun 2025", year=2025, ref_number="000/1/2024"),
        "b": office.new_case(SOP, "Penyusunan PK Tahun 2026", year=2026, ref_subject="Surat edaran Bupati"),
        "c": office.new_case(SOP, "Revisi PK Tahun 2026", year=2026),
        "d": office.new_case(SOP, "Penyusunan PK Tahun 2027", year=2027),
        "e": office.new_case(SOP, "Perubahan Anggaran 2027", year=2027),
    }
    sop = office.sop(SOP)
    # "a": every step done quickly, so the case is closed (and on time).
    t = datetime(2024, 12, 2, 1, 0, tzinfo=UTC)  # Monday 08.00 WIB
    for i, step in enumerate(sop.steps):
        office.start_step(ids["a"], step.no, at=t + timedelta(minutes=2 * i), by="Dwi")
        office.finish_step(ids["a"], step.no, at=t + timedelta(minutes=2 * i + 1), by="Dwi")
    # "b": step 1 started long ago and never finished, so it is overdue now.
    office.start_step(ids["b"], 1, at=datetime(2025, 1, 6, 1, 0, tzinfo=UTC), by="Siti Rahayu")
    return ids


def rows(model: CaseListModel) -> list[int]:
    return [model.case_id(r) for r in range(model.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester, office, cases):
    model = CaseListModel(office)
    qtmodeltester.check(model)
    model.set_filter(CaseFilter(state="open"))
    qtmodeltester.check(model)


def test_rows_show_the_case(office, cases):
    model = CaseListModel(office)
    assert rows(model) == sorted(cases.values(), reverse=True)
    b = model.row_of(cases["b"])

    def cell(row, key, role=Qt.ItemDataRole.DisplayRole):
        return model.index(row, COL[key]).data(role)

    assert cell(b, "id") == str(cases["b"])
    assert cell(b, "title") == "Penyusunan PK Tahun 2026"
    assert cell(b, "sop") == "Penyusunan Perencanaan Kinerja"
    assert cell(b, "year") == "2026"
    assert cell(b, "step") == "1 · Menerima Surat Edaran Tentang Penyusunan Perencanaan Kinerja"
    assert cell(b, "actor") == "Siti Rahayu"
    assert cell(b, "started") == "6 Jan 2025 08.00"  # office time (WIB), Indonesian short form
    assert cell(b, "state") == "Terlambat" and cell(b, "state", StatusRole) == "late"
    assert "Lewat batas waktu" in cell(b, "step", Qt.ItemDataRole.ToolTipRole)
    a = model.row_of(cases["a"])
    assert cell(a, "state") == "Selesai" and cell(a, "step") == "—"
    d = model.row_of(cases["d"])
    assert cell(d, "state") == "Berjalan" and cell(d, "started") == "belum dimulai"


def test_rows_are_fetched_lazily_in_pages(office, monkeypatch):
    generate(office, 450)
    calls = []
    real = office.case_rows
    monkeypatch.setattr(office, "case_rows", lambda ids: calls.append(len(ids)) or real(ids))
    model = CaseListModel(office)
    assert model.rowCount() == 450 and calls == []  # nothing fetched until asked
    model.index(0, 1).data()
    model.index(5, 3).data()
    assert calls == [200]
    model.index(449, 1).data()
    assert calls == [200, 50]


def test_a_row_that_fails_to_load_is_disabled_not_fatal(office, cases, monkeypatch):
    model = CaseListModel(office)
    real = office.case_rows
    gone = cases["c"]
    monkeypatch.setattr(office, "case_rows", lambda ids: {i: r for i, r in real(ids).items() if i != gone})
    r = model.row_of(gone)
    assert model.index(r, COL["title"]).data() == "(tidak dapat dimuat)"
    assert model.flags(model.index(r, 0)) == Qt.ItemFlag.NoItemFlags
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEnabled


def test_a_page_whose_query_fails_shows_rows_disabled(office, cases, monkeypatch):
    model = CaseListModel(office)

    def broken(ids):
        raise RuntimeError("disk I/O error")
    monkeypatch.setattr(office, "case_rows", broken)
    assert model.index(0, COL["title"]).data() == "(tidak dapat dimuat)"
    assert model.flags(model.index(0, 1)) == Qt.ItemFlag.NoItemFlags


@pytest.fixture
def panel(qtbot, office, cases):
    p = CaseListPanel(office)
    qtbot.addWidget(p)
    p.resize(1200, 600)
    p.show()
    qtbot.waitExposed(p)
    return p


def choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def test_filter_by_state_year_sop(panel, cases):
    bar, model = panel.filter_bar, panel.model
    assert model.rowCount() == 5 and bar.count_label.text() == "5 kasus"
    choose(bar.state_combo, "closed")
    assert rows(model) == [cases["a"]]
    choose(bar.state_combo, "late_running")
    assert rows(model) == [cases["b"]]
    choose(bar.state_combo, "late_done")
    assert rows(model) == []
    choose(bar.state_combo, "open")
    assert model.rowCount() == 4
    choose(bar.state_combo, None)
    assert [bar.year_combo.itemText(i) for i in range(bar.year_combo.count())] == ["Semua tahun", "2027", "2026", "2025"]
    choose(bar.year_combo, 2026)
    assert sorted(rows(model)) == sorted([cases["b"], cases["c"]])
    choose(bar.sop_combo, SOP)
    assert model.rowCount() == 2
    choose(bar.year_combo, None)
    assert model.rowCount() == 5
    assert bar.count_label.text() == "5 kasus"


def test_search_after_typing_pause(qtbot, panel, cases):
    model = panel.model
    qtbot.keyClicks(panel.filter_bar.search_edit, "revisi")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=HANG_MS)
    assert rows(model) == [cases["c"]]
    panel.filter_bar.search_edit.clear()
    qtbot.keyClicks(panel.filter_bar.search_edit, "000/1/2024")  # the letter number is searched too
    qtbot.waitUntil(lambda: rows(model) == [cases["a"]], timeout=HANG_MS)
    panel.filter_bar.search_edit.clear()
    qtbot.keyClicks(panel.filter_bar.search_edit, "tidak ada yang begini")
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=HANG_MS)
    assert panel.stack.currentWidget() is panel.no_match and not panel.is_empty_state()
    qtbot.mouseClick(panel.no_match.button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 5 and panel.filter_bar.search_edit.text() == ""


def test_sort_by_clicking_headers(qtbot, panel, cases):
    header = panel.table.horizontalHeader()
    model = panel.model

    def click(col):
        x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    click(COL["title"])
    titles = [model.index(r, COL["title"]).data() for r in range(model.rowCount())]
    assert model.sort_key == "title"
    assert titles in (sorted(titles), sorted(titles, reverse=True))
    first = titles
    click(COL["title"])
    titles = [model.index(r, COL["title"]).data() for r in range(model.rowCount())]
    assert titles == list(reversed(first))
    click(COL["year"])
    years = [int(model.index(r, COL["year"]).data()) for r in range(model.rowCount())]
    assert years in (sorted(years), sorted(years, reverse=True))


def test_refresh_keeps_selection(panel, office, cases):
    panel.select_case(cases["c"])
    office.new_case(SOP, "Kasus baru sekali", year=2027)
    panel.refresh()
    assert panel.model.rowCount() == 6
    assert panel.selected_case_id() == cases["c"]


def test_short_datetime_format():
    from zoneinfo import ZoneInfo
    dt = datetime(2027, 1, 4, 2, 15, tzinfo=UTC)
    assert short_datetime(dt, ZoneInfo("Asia/Jakarta")) == "4 Jan 2027 09.15"
    assert short_datetime(dt, ZoneInfo("Asia/Jayapura")) == "4 Jan 2027 11.15"


def test_thousands_of_cases_load_fast_and_scroll(qtbot, office):
    generate(office, 3000)
    p = CaseListPanel(office)
    qtbot.addWidget(p)
    p.resize(1200, 700)
    started = time.thread_time()   # CPU time of this thread: what showing costs, whatever else runs
    p.show()
    qtbot.waitExposed(p)
    shown = time.thread_time() - started
    model = p.model
    assert model.rowCount() == 3000
    assert model.pages_fetched <= 2  # only what is on screen was fetched
    assert shown < 3.0
    bar = p.table.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 20)):
        bar.setValue(value)
        qtbot.wait(1)
    bar.setValue(bar.maximum())

    def last_row() -> int:
        return p.table.indexAt(QPoint(5, p.table.viewport().height() - 5)).row()
    qtbot.waitUntil(lambda: last_row() >= 2990, timeout=HANG_MS)
    assert model.index(2999, COL["title"]).data()
    assert model.pages_fetched < 3000 / model.PAGE + 2


def test_typing_words_in_any_order_finds_the_case(qtbot, panel, office, cases):
    sekcam = office.new_case(SOP, "Penyusunan PK Sekcam Tahun 2025", year=2025)
    office.new_case(SOP, "Penyusunan PK Sekcam Tahun 2026", year=2026)
    bar, model = panel.filter_bar, panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 7, timeout=HANG_MS)
    qtbot.keyClicks(bar.search_edit, "Sekcam 2025")
    qtbot.waitUntil(lambda: rows(model) == [sekcam] and not panel.search_busy(), timeout=HANG_MS)
    assert bar.count_label.text() == "1 kasus"
    bar.search_edit.clear()
    qtbot.keyClicks(bar.search_edit, "2025 penyusunan")   # any order, each the start of a word
    qtbot.waitUntil(lambda: sorted(rows(model)) == sorted([cases["a"], sekcam]), timeout=HANG_MS)
    assert bar.count_label.text() == "2 kasus"
    bar.search_edit.clear()
    qtbot.keyClicks(bar.search_edit, "dwi")             # the people recorded on its steps
    qtbot.waitUntil(lambda: rows(model) == [cases["a"]], timeout=HANG_MS)
    qtbot.keyClick(bar.search_edit, Qt.Key.Key_Escape)  # Esc empties the box: every case again, at once
    assert bar.search_edit.text() == "" and model.rowCount() == 7 and bar.count_label.text() == "7 kasus"


def test_a_search_answer_that_comes_late_is_dropped(qtbot, panel, cases):
    bar, model = panel.filter_bar, panel.model
    job = panel.search_in_background(CaseFilter(search="revisi"))
    assert panel.search_busy() and bar.count_label.text() == "mencari…"
    choose(bar.year_combo, 2025)                         # a combo before the answer: its list stands
    assert rows(model) == [cases["a"]] and not panel.search_busy()
    qtbot.waitUntil(lambda: job.done, timeout=HANG_MS)
    assert rows(model) == [cases["a"]] and bar.count_label.text() == "1 kasus"


def test_the_late_filters_show_their_counts_and_follow_changes(qtbot, panel, office, cases):
    bar, model = panel.filter_bar, panel.model

    def item(value):
        return bar.state_combo.itemText(bar.state_combo.findData(value))
    assert item("late_running") == "Sedang terlambat (1)" and item("late_done") == "Selesai terlambat (0)"
    choose(bar.state_combo, "late_running")
    assert rows(model) == [cases["b"]]
    # "b" finishes its overdue step: no longer running late, now finished late.
    office.finish_step(cases["b"], 1, by="Siti Rahayu")
    qtbot.waitUntil(lambda: item("late_done") == "Selesai terlambat (1)", timeout=HANG_MS)
    assert item("late_running") == "Sedang terlambat (0)"
    choose(bar.state_combo, "late_done")
    assert rows(model) == [cases["b"]]
    choose(bar.year_combo, 2027)                         # the counts are of the year chosen
    assert item("late_done") == "Selesai terlambat (0)" and rows(model) == []


def test_an_upgraded_database_fills_its_word_index_without_freezing(qtbot, tmp_path):
    import shutil
    from pathlib import Path

    from sopdesk.app.office import Office
    path = tmp_path / "old.db"
    shutil.copyfile(Path(__file__).resolve().parent / "fixtures" / "schema-v7.sqlite", path)
    office = Office(path)
    try:
        assert not office.search_ready()
        p = CaseListPanel(office)
        qtbot.addWidget(p)
        assert not p.search_ready() and "Menyiapkan pencarian" in p.filter_bar.search_edit.placeholderText()
        title = office.list_cases()[0]["title"]
        qtbot.keyClicks(p.filter_bar.search_edit, title)
        qtbot.waitUntil(p.search_ready, timeout=HANG_MS)
        qtbot.waitUntil(lambda: p.model.rowCount() >= 1 and not p.search_busy(), timeout=HANG_MS)
        assert all(p.model.row_dict(r)["title"].lower().split()[:1] == title.lower().split()[:1]
                   for r in range(p.model.rowCount()))
        assert "Menyiapkan" not in p.filter_bar.search_edit.placeholderText() and office.search_ready()
    finally:
        office.close()


def test_the_late_count_follows_the_clock_once_a_minute_and_leaves_the_list_alone(qtbot, tmp_path, monkeypatch):
    """A running step turns late with nothing recorded: the window's clock re-reads the counts once a
    minute, not the rows, and the selection stays."""
    from sopdesk.app.office import Office
    from sopdesk.ui.shell.main_window import MainWindow
    from tests.helpers import FixedClock, wib

    clock = FixedClock(wib(2027, 1, 11, 8, 0))          # a Monday morning
    office = Office(tmp_path / "t.db", clock=clock)
    try:
        running = office.new_case(SOP, "Penyusunan PK Tahun 2027", year=2027)
        chosen = office.new_case(SOP, "Revisi PK Tahun 2027", year=2027)
        office.start_step(running, 1, by="Siti Rahayu")
        window = MainWindow(office, restore_layout=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        panel, bar = window.case_list, window.case_list.filter_bar

        def item(value):
            return bar.state_combo.itemText(bar.state_combo.findData(value))
        assert item("late_running") == "Sedang terlambat (0)"
        assert panel.select_case(chosen)
        assert window._clock.isActive() and window._clock.interval() <= 60_000   # the clock's own timer
        reads, counts = [], []
        monkeypatch.setattr(panel.model, "set_filter", lambda f: reads.append(f))
        monkeypatch.setattr(panel, "refresh", lambda *a, **k: reads.append("refresh"))
        real = office.late_counts
        monkeypatch.setattr(office, "late_counts", lambda **k: counts.append(k) or real(**k))

        window._tick()                                   # the same minute: nothing read
        assert counts == []
        clock.moment = wib(2027, 1, 25, 8, 0)            # two weeks on: step 1's time has long passed
        window._clock.timeout.emit()
        assert item("late_running") == "Sedang terlambat (1)" and len(counts) == 1
        window._tick()                                   # again within that minute: not read again
        assert len(counts) == 1
        clock.moment += timedelta(minutes=1)
        window._tick()
        assert len(counts) == 2
        assert reads == [] and panel.selected_case_id() == chosen
        window.close()
    finally:
        office.close()
