"""Reports in the window: the Laporan Monitoring dialog (computed in a worker thread under a progress
dialog, shown as a table, a bottleneck sentence and bars, made into a PDF), the case report and
the SOP sheet opened in the print preview, and the worker helper they share. Real SQLite with
300 demo cases; PDFs read back with pypdf."""
from __future__ import annotations

import os
import threading
from io import BytesIO

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer

from sopdesk.app import reports
from sopdesk.app.demo import generate
from sopdesk.domain.errors import UserError
from sopdesk.ui.kit import workers
from sopdesk.ui.paperwork import print_preview
from sopdesk.ui.paperwork.document_actions import preview_case_report, preview_sop_sheet
from sopdesk.ui.reports.reports_dialog import (
    LATE_FILL,
    OVER_FILL,
    MonitoringDialog,
    bottleneck_sentence,
    show_monitoring,
)
from sopdesk.ui.sops.sop_library import SopLibraryWidget
from tests.helpers import DECISION_SOP, SEED
from tests.ui_helpers import HANG_MS

WAIT_MS = HANG_MS
WAIT_S = HANG_MS / 1000


def squash(text: str) -> str:
    return " ".join(text.split())


def pdf_text(data: bytes) -> str:
    return squash(" ".join(page.extract_text() or "" for page in PdfReader(BytesIO(data)).pages))


@pytest.fixture
def demo(office):
    generate(office, 300)
    return office


@pytest.fixture
def previews(monkeypatch):
    """show_preview replaced: each call's PDF bytes and words are kept instead of a modal dialog."""
    shown: list[dict] = []

    def show(parent, data, *, title, file_name, paper="F4"):
        shown.append(dict(parent=parent, data=data, title=title, file_name=file_name, paper=paper))
    monkeypatch.setattr(print_preview, "show_preview", show)
    return shown


def busiest_year(office) -> int:
    """The year with the most cases of the seed SOP (the demo spreads 300 over several years)."""
    return max(office.case_years(), key=lambda y: len(office.case_ids(sop=SEED, year=y)))


def open_dialog(qtbot, office, **kw) -> MonitoringDialog:
    dlg = MonitoringDialog(office, **kw)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def compute(qtbot, dlg: MonitoringDialog):
    run = dlg.compute()
    assert run is not None
    qtbot.waitUntil(lambda: run.done, timeout=WAIT_MS)
    return run


class Gate:
    """monitoring_stats that stops at its first progress report until the test opens the gate."""

    def __init__(self, monkeypatch):
        self.reached = threading.Event()
        self.open = threading.Event()
        real = reports.monitoring_stats

        def slow(office, code, year, *, progress=None):
            def report(done, total):
                if progress:
                    progress(done, total)
                self.reached.set()
                assert self.open.wait(WAIT_S)
            return real(office, code, year, progress=report)
        monkeypatch.setattr(reports, "monitoring_stats", slow)


# -- the monitoring dialog ------------------------------------------------------------

def test_choices_are_the_sops_and_the_years_with_cases(qtbot, demo):
    dlg = open_dialog(qtbot, demo)
    assert [dlg.sop_combo.itemData(i) for i in range(dlg.sop_combo.count())] == [s.code for s in demo.sops()]
    assert [dlg.year_combo.itemData(i) for i in range(dlg.year_combo.count())] == demo.case_years()
    assert dlg.year() == demo.case_years()[0]          # the latest year first
    assert dlg.pages.currentIndex() == dlg.PAGE_START and "Tekan Hitung" in dlg.start_label.text()
    assert dlg.compute_button.isEnabled()
    assert not dlg.preview_button.isEnabled() and not dlg.save_button.isEnabled() and not dlg.print_button.isEnabled()


def test_compute_shows_one_row_per_step_and_the_bottleneck(qtbot, demo, dialogs):
    year = busiest_year(demo)
    expected = reports.monitoring_stats(demo, SEED, year)
    assert expected.bottleneck is not None
    dlg = open_dialog(qtbot, demo)
    dlg.select(SEED, year)
    run = compute(qtbot, dlg)
    assert run.error is None and not run.cancelled and dialogs.calls == []
    assert dlg.pages.currentIndex() == dlg.PAGE_RESULT
    sop = demo.sop(SEED)
    t = dlg.table
    assert t.rowCount() == len(sop.steps)
    heads = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
    assert heads == ["No", "Kegiatan", "Jumlah", "Median", "Terlama", "Standar", "Tepat waktu"]
    for r, step in enumerate(sop.steps):
        assert t.item(r, 0).text() == str(step.no)
        assert t.item(r, 1).text() == step.activity
        assert t.item(r, 5).text() == step.time.lower()  # Waktu in lower case, as printed
        s = expected.step(step.no)
        assert t.item(r, 2).text().split("\n")[0] == f"{s.runs:,}".replace(",", ".")
    # the bottleneck: the same step as the report computes, in one sentence, and marked in its row
    b = expected.bottleneck
    text = dlg.bottleneck_text()
    assert text == bottleneck_sentence(expected)
    assert text.startswith(f"Hambatan: langkah {b} — ")
    assert expected.step(b).activity.rstrip(".") in text
    if expected.bottleneck_reason == "paling sering terlambat":
        s = expected.step(b)
        share = f"{s.late / s.runs * 100:.1f}".replace(".", ",")
        assert f"paling sering terlambat ({share} %" in text
    row = [s.no for s in expected.steps].index(b)
    assert t.item(row, 1).font().bold() and not t.item((row + 1) % t.rowCount(), 1).font().bold()
    assert "Hambatan" in t.item(row, 1).toolTip()
    # late figures are coloured: a share on time under 95 % orange, under 80 % red, a median over its standard red
    for r, s in enumerate(expected.steps):
        fill = t.item(r, 6).background().color()
        if s.on_time_share is not None and s.on_time_share < 0.8:
            assert fill == OVER_FILL
        elif s.on_time_share is not None and s.on_time_share < 0.95:
            assert fill == LATE_FILL
        median_fill = t.item(r, 3).background().color()
        assert (median_fill == OVER_FILL) == bool(s.median_ratio and s.median_ratio > 1.0)
    # the summary counts the cases; the bars have the same steps
    assert f"{expected.cases} kasus" in dlg.summary_label.text()
    assert [s.no for s in dlg.bars.stats.steps] == [s.no for s in sop.steps]
    assert dlg.bars.height() >= dlg.bars.TOP + len(sop.steps) * dlg.bars.ROW_H
    for b in (dlg.preview_button, dlg.save_button, dlg.print_button):
        assert b.isEnabled()


def test_changing_the_choice_clears_the_result(qtbot, demo):
    years = demo.case_years()
    dlg = open_dialog(qtbot, demo)
    compute(qtbot, dlg)
    assert dlg.stats is not None
    dlg.select(year=years[1])
    assert dlg.stats is None and dlg.pages.currentIndex() == dlg.PAGE_START
    assert str(years[1]) in dlg.start_label.text()
    assert not dlg.preview_button.isEnabled()


def test_progress_dialog_while_the_worker_runs_and_window_stays_responsive(qtbot, demo, monkeypatch):
    gate = Gate(monkeypatch)
    dlg = open_dialog(qtbot, demo)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    run = dlg.compute()
    try:
        assert gate.reached.wait(WAIT_S)
        # the work is held inside the worker thread; the GUI thread goes on
        qtbot.waitUntil(lambda: run.dialog_shown, timeout=WAIT_MS)
        assert run.running and not run.done
        assert run.dialog is not None and run.dialog.isVisible()
        assert run.dialog.windowTitle() == "Laporan Monitoring"
        total = len(demo.case_ids(sop=SEED, year=dlg.year()))
        qtbot.waitUntil(lambda: run.dialog.label.text() == f"Menghitung {total} kasus…", timeout=WAIT_MS)
        assert run.dialog.cancel_button.isVisible() and run.dialog.cancel_button.isEnabled()
        assert not dlg.compute_button.isEnabled()
        before = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) > before, timeout=WAIT_MS)   # timers fire: the event loop is not blocked
        assert not dlg.grab().isNull()      # and the dialog still paints
        assert dlg.compute() is None        # a second Hitung while one runs does nothing
    finally:
        gate.open.set()
        timer.stop()
    qtbot.waitUntil(lambda: run.done, timeout=WAIT_MS)
    assert run.dialog is None and dlg.pages.currentIndex() == dlg.PAGE_RESULT
    assert dlg.compute_button.isEnabled()
    assert run.progress_seen and run.progress_seen[-1][0] == run.progress_seen[-1][1]


def test_batal_stops_the_computation(qtbot, demo, monkeypatch, dialogs):
    gate = Gate(monkeypatch)
    dlg = open_dialog(qtbot, demo)
    run = dlg.compute()
    assert gate.reached.wait(WAIT_S)
    qtbot.waitUntil(lambda: run.dialog_shown, timeout=WAIT_MS)
    progress_dialog = run.dialog
    progress_dialog.cancel_button.click()
    assert run.cancelled and run.dialog is None     # the dialog closes at once
    gate.open.set()
    qtbot.waitUntil(lambda: run.done, timeout=WAIT_MS)
    assert run.cancelled and dlg.stats is None
    assert dlg.pages.currentIndex() == dlg.PAGE_START and "dibatalkan" in dlg.start_label.text()
    assert dlg.compute_button.isEnabled() and dialogs.calls == []
    # and Hitung works again afterwards
    monkeypatch.undo()
    compute(qtbot, dlg)
    assert dlg.pages.currentIndex() == dlg.PAGE_RESULT


def test_closing_the_dialog_while_computing(qtbot, demo, monkeypatch, dialogs):
    gate = Gate(monkeypatch)
    dlg = open_dialog(qtbot, demo)
    shown = []
    monkeypatch.setattr(dlg, "show_stats", lambda stats: shown.append(stats))
    run = dlg.compute()
    assert gate.reached.wait(WAIT_S)
    dlg.reject()
    assert run.cancel_requested
    gate.open.set()
    qtbot.waitUntil(lambda: run.done, timeout=WAIT_MS)
    assert run.cancelled and shown == [] and dialogs.calls == []


def test_sop_without_cases_in_the_year_says_so(qtbot, demo, dialogs):
    demo.import_sop_text(DECISION_SOP)
    dlg = open_dialog(qtbot, demo)
    dlg.select("cek-berkas", demo.case_years()[0])
    compute(qtbot, dlg)
    assert dlg.pages.currentIndex() == dlg.PAGE_EMPTY
    assert dlg.empty_title.text() == f"Tidak ada kasus pada tahun {demo.case_years()[0]}"
    assert "Pemeriksaan Berkas" in dlg.empty_text.text() and "Pilih tahun atau SOP lain" in dlg.empty_text.text()
    assert dlg.bottleneck_text() == ""
    assert not dlg.preview_button.isEnabled() and dlg.preview_pdf() is None
    assert dialogs.calls == []


def test_database_without_cases(qtbot, office):
    dlg = open_dialog(qtbot, office)
    assert dlg.year_combo.count() == 0 and not dlg.compute_button.isEnabled()
    assert "Belum ada kasus" in dlg.start_label.text()
    assert dlg.compute() is None


def test_a_refusal_while_computing_is_a_warning(qtbot, demo, monkeypatch, dialogs):
    def refuse(office, code, year, *, progress=None):
        raise UserError("SOP dengan kode \"x\" tidak ada.")
    monkeypatch.setattr(reports, "monitoring_stats", refuse)
    dlg = open_dialog(qtbot, demo)
    compute(qtbot, dlg)
    assert dialogs.texts("warn") == ["SOP dengan kode \"x\" tidak ada."]
    assert dlg.compute_button.isEnabled() and dlg.stats is None


def test_an_unexpected_error_is_reported_not_raised(qtbot, demo, monkeypatch, dialogs):
    dialogs.allow_unexpected = True

    def broken(office, code, year, *, progress=None):
        raise ZeroDivisionError("division by zero")
    monkeypatch.setattr(reports, "monitoring_stats", broken)
    dlg = open_dialog(qtbot, demo)
    compute(qtbot, dlg)
    unexpected = dialogs.texts("unexpected")
    assert len(unexpected) == 1 and "ZeroDivisionError" in unexpected[0] and "broken" in unexpected[0]
    assert dlg.compute_button.isEnabled()


def test_pdf_preview_save_and_print(qtbot, demo, previews, dialogs, monkeypatch, tmp_path):
    year = busiest_year(demo)
    dlg = open_dialog(qtbot, demo, sop_code=SEED, year=year)
    assert dlg.year() == year
    compute(qtbot, dlg)
    run = dlg.preview_pdf()
    qtbot.waitUntil(lambda: run.done, timeout=WAIT_MS)
    assert len(previews) == 1
    p = previews[0]
    assert p["parent"] is dlg and p["paper"] == demo.profile().paper
    assert p["title"] == f"Laporan Monitoring — Penyusunan Perencanaan Kinerja {year}"
    assert p["file_name"] == f"Laporan Monitoring Penyusunan Perencanaan Kinerja {year}"
    text = pdf_text(p["data"])
    assert "LAPORAN MONITORING DAN EVALUASI PELAKSANAAN SOP" in text and f"TAHUN {year}" in text
    for step in demo.sop(SEED).steps:
        assert squash(step.activity)[:30] in text or squash(step.activity).split()[0] in text
    assert "Menandatangani PK" in text
    assert f"Hambatan utama (bottleneck): langkah {dlg.stats.bottleneck}" in text
    # drawn once per result: the second preview reuses it
    assert dlg.preview_pdf() is None and len(previews) == 2 and previews[1]["data"] == p["data"]
    # Simpan PDF… writes the same bytes where the user chose
    dialogs.save_path = str(tmp_path / "monev")
    dlg.save_pdf()
    assert (tmp_path / "monev.pdf").read_bytes() == p["data"]
    # Cetak… hands the same PDF to the printing code
    printed = []
    monkeypatch.setattr(print_preview, "print_pdf", lambda parent, data, *, title, paper="F4":
                        printed.append((data, title, paper)) or True)
    dlg.print_pdf()
    assert printed == [(p["data"], p["title"], p["paper"])]


def test_show_monitoring_opens_a_modeless_dialog(qtbot, demo):
    dlg = show_monitoring(None, demo, sop_code=SEED, year=demo.case_years()[-1])
    qtbot.addWidget(dlg)
    assert dlg.isVisible() and not dlg.isModal()
    assert dlg.sop_code() == SEED and dlg.year() == demo.case_years()[-1]


# -- the case report and the SOP sheet --------------------------------------------------

def test_case_report_preview(qtbot, demo, previews, dialogs):
    case_id = demo.case_ids(sop=SEED)[0]
    view = demo.case(case_id)
    run = preview_case_report(None, demo, case_id)
    qtbot.waitUntil(lambda: run.done, timeout=WAIT_MS)
    assert dialogs.calls == [] and len(previews) == 1
    p = previews[0]
    assert p["title"] == f"Laporan Kasus — {view.title}"
    assert p["file_name"] == f"Laporan Kasus {case_id} {view.title}"
    text = pdf_text(p["data"])
    assert "LAPORAN PELAKSANAAN SOP" in text and squash(view.title) in text
    assert "Menandatangani PK" in text


def test_case_report_of_a_missing_case_is_a_warning(qtbot, demo, previews, dialogs):
    run = preview_case_report(None, demo, 987654)
    qtbot.waitUntil(lambda: run.done, timeout=WAIT_MS)
    assert previews == [] and len(dialogs.texts("warn")) == 1 and "987654" in dialogs.texts("warn")[0]


def test_sop_sheet_from_the_library(qtbot, office, previews, dialogs):
    library = SopLibraryWidget(office)
    qtbot.addWidget(library)
    assert library.print_button.text() == "Cetak lembar SOP…" and library.print_button.isEnabled()
    run = library.print_sheet()
    qtbot.waitUntil(lambda: run.done, timeout=WAIT_MS)
    assert dialogs.calls == [] and len(previews) == 1
    p = previews[0]
    assert p["parent"] is library
    assert p["title"] == "Lembar SOP — Penyusunan Perencanaan Kinerja"
    assert p["file_name"] == "SOP Penyusunan Perencanaan Kinerja"
    text = pdf_text(p["data"])
    for step in office.sop(SEED).steps:
        assert squash(step.activity).split()[0] in text
    assert "Menandatangani PK" in text and "Menyusun Draft Perencanaan Kinerja" in text
    # no selection, no sheet
    library.table.clearSelection()
    assert not library.print_button.isEnabled() and library.print_sheet() is None


def test_sop_sheet_of_an_unknown_sop_is_a_warning(qtbot, office, previews, dialogs):
    run = preview_sop_sheet(None, office, "tidak-ada")
    qtbot.waitUntil(lambda: run.done, timeout=WAIT_MS)
    assert previews == [] and dialogs.texts("warn") and "tidak-ada" in dialogs.texts("warn")[0]


# -- the worker helper -----------------------------------------------------------------

def test_task_delivers_on_the_gui_thread(qtbot, dialogs):
    gui = threading.get_ident()
    seen = {}

    def work(progress):
        seen["worker"] = threading.get_ident()
        for i in range(4):
            progress(i, 3)
        return "hasil"

    def done(value):
        seen["done"] = (threading.get_ident(), value)
    task = workers.Task(None, "Judul", "Bekerja…", work, on_done=done).start()
    assert task.dialog_shown
    qtbot.waitUntil(lambda: task.done, timeout=WAIT_MS)
    assert seen["worker"] != gui and seen["done"] == (gui, "hasil")
    assert task.result == "hasil" and task.dialog is None and dialogs.calls == []


def test_task_short_work_shows_no_dialog(qtbot):
    task = workers.run_with_progress(None, lambda progress: 5, title="t", label="l")
    qtbot.waitUntil(lambda: task.done, timeout=WAIT_MS)
    assert task.result == 5 and not task.dialog_shown


def test_task_cancel_without_abandon_waits_for_the_work(qtbot, dialogs):
    go = threading.Event()

    def work(progress):
        progress(0, 2)
        go.wait(WAIT_S)
        progress(1, 2)     # raises Cancelled
        return "never"
    cancelled = []
    task = workers.Task(None, "t", "l", work, cancellable=True, on_cancel=lambda: cancelled.append(1)).start()
    qtbot.waitUntil(lambda: bool(task.progress_seen), timeout=WAIT_MS)
    task.dialog.cancel_button.click()
    assert task.dialog is not None and task.dialog.label.text() == "Membatalkan…"
    go.set()
    qtbot.waitUntil(lambda: task.done, timeout=WAIT_MS)
    assert task.cancelled and isinstance(task.error, workers.Cancelled) and cancelled == [1]
    assert task.result is None and dialogs.calls == []


def test_run_blocking_returns_or_raises(qtbot):
    assert workers.run_blocking(None, "t", "l", lambda progress: 7) == 7
    with pytest.raises(UserError):
        workers.run_blocking(None, "t", "l", lambda progress: (_ for _ in ()).throw(UserError("tidak")))


def test_task_nobody_holds_still_delivers(qtbot):
    import gc
    got = []
    workers.run_with_progress(None, lambda progress: "ok", title="t", label="l", on_result=got.append)
    gc.collect()
    qtbot.waitUntil(lambda: got == ["ok"], timeout=WAIT_MS)
    assert workers._running == {}


def test_task_whose_window_closes_meanwhile(qtbot, dialogs):
    from PySide6.QtWidgets import QApplication, QWidget
    go = threading.Event()
    got = []
    window = QWidget()
    task = workers.run_with_progress(window, lambda progress: go.wait(WAIT_S) and "late", title="t", label="l",
                                     on_result=got.append)
    assert QApplication.overrideCursor() is not None
    window.deleteLater()
    qtbot.waitUntil(lambda: QApplication.overrideCursor() is None, timeout=WAIT_MS)   # the busy cursor goes too
    assert workers._running == {}
    go.set()
    assert task.wait_thread(WAIT_S)
    qtbot.wait(100)
    assert got == [] and dialogs.calls == []


def test_many_progress_reports_keep_the_program_alive(qtbot, monkeypatch):
    """PySide6 6.12 on Python 3.11 loses a reference to True on each Signal.emit(): reports must not emit."""
    import sys
    monkeypatch.setattr(workers, "PROGRESS_EVERY_S", 0.0)   # every report goes through

    def work(progress):
        for i in range(500):
            progress(i, 500)
        return True
    before = sys.getrefcount(True)
    task = workers.Task(None, "t", "l", work, label_for=lambda d, t: f"{d}/{t}").start()
    qtbot.waitUntil(lambda: task.done, timeout=WAIT_MS)
    assert task.result is True
    assert before - sys.getrefcount(True) < 5


def test_the_sop_shown_first_is_one_with_cases(qtbot, demo):
    demo.import_sop_text(DECISION_SOP)     # "cek-berkas" sorts before the seed, and has no cases
    dlg = open_dialog(qtbot, demo)
    assert dlg.sop_combo.itemData(0) == "cek-berkas" and dlg.sop_code() == SEED


def test_the_dialog_in_english(qtbot, qapp, demo):
    from sopdesk.ui.shell import i18n
    i18n.install(qapp, "en")
    try:
        dlg = open_dialog(qtbot, demo)
        assert dlg.compute_button.text() == "Calculate"
        compute(qtbot, dlg)
        assert dlg.table.horizontalHeaderItem(6).text() == "On time"
        stats = dlg.stats
        assert dlg.bottleneck_text().startswith(f"Bottleneck: step {stats.bottleneck} — ")
        assert f"{stats.cases} cases" in dlg.summary_label.text()
        assert "." in dlg.table.item(0, 6).text() and "," not in dlg.table.item(0, 6).text()   # 95.5 %
    finally:
        i18n.install(qapp, "id")


def test_case_report_straight_to_the_printer(qtbot, demo, monkeypatch, dialogs):
    from sopdesk.ui.paperwork.document_actions import print_case_report
    printed = []
    monkeypatch.setattr(print_preview, "print_pdf", lambda parent, data, *, title, paper="F4":
                        printed.append((parent, title, pdf_text(data))) or True)
    case_id = demo.case_ids(sop=SEED)[-1]
    title = demo.case(case_id).title
    run = print_case_report(None, demo, case_id)
    qtbot.waitUntil(lambda: run.done, timeout=WAIT_MS)
    assert len(printed) == 1 and printed[0][1] == f"Laporan Kasus — {title}" and squash(title) in printed[0][2]
    assert dialogs.calls == []


def test_closing_the_modeless_dialog_while_computing_deletes_it_safely(qtbot, demo, monkeypatch, dialogs):
    import shiboken6
    from PySide6.QtWidgets import QApplication
    gate = Gate(monkeypatch)
    dlg = show_monitoring(None, demo)
    run = dlg.compute()
    assert gate.reached.wait(WAIT_S)
    dlg.close()                                   # WA_DeleteOnClose: the dialog and its task go
    qtbot.waitUntil(lambda: not shiboken6.isValid(dlg), timeout=WAIT_MS)
    assert QApplication.overrideCursor() is None and workers._running == {}
    gate.open.set()
    assert run.wait_thread(WAIT_S)
    qtbot.wait(100)
    assert dialogs.calls == []


def test_reports_menu_reaches_the_three_reports(window, qtbot, monkeypatch):
    """Laporan menu: case report of the open case, monitoring dialog, SOP sheet (and Kinerja SOP, tested in
    test_ui_kinerja.py)."""
    shown = []
    monkeypatch.setattr(print_preview, "show_preview", lambda parent, data, **kw: shown.append(data))
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Laporan")
    assert [a.text() for a in menu.actions()][:3] == ["Laporan &kasus…", "Laporan &monitoring…", "&Lembar SOP…"]
    assert window.case_report() is None  # no case open or selected: a hint in the status bar, no dialog
    case_id = window.office.new_case(SEED, "Penyusunan PK Tahun 2027")
    window.refresh()
    window.open_case(case_id)
    for count, action in enumerate((window.case_report_action, window.sop_sheet_action), start=1):
        action.trigger()
        qtbot.waitUntil(lambda n=count: len(shown) == n, timeout=WAIT_MS)
    assert "Penyusunan PK Tahun 2027" in pdf_text(shown[0])
    assert "Menandatangani PK" in pdf_text(shown[1])
    dialog = window.monitoring_report()
    assert isinstance(dialog, MonitoringDialog)
    dialog.close()
