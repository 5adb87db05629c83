"""The monev dialogs driven as a user would: the monitoring form prefilled in a worker, edited,
finalised, revised, its history and PDF; the evaluation's seven answers and its answers file; the
annual overview; the Laporan menu. Real SQLite, PDFs read back."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from io import BytesIO

import pytest
from pypdf import PdfReader

from sopdesk.app import monev
from sopdesk.domain.monev import BAIK, TIDAK_BAIK, Semester
from sopdesk.ui.paperwork import print_preview
from sopdesk.ui.reports import monev_common
from sopdesk.ui.reports.monev_annual import AnnualReportDialog
from sopdesk.ui.reports.monev_evaluation import EvaluationFormDialog
from sopdesk.ui.reports.monev_monitoring import COL_ACTION, COL_NOTE, MonitoringFormDialog
from tests.helpers import DECISION_SOP, FixedClock, wib
from tests.test_monev_records import CODE, PENILAI, run_case
from tests.ui_helpers import HANG_MS


@pytest.fixture
def office(tmp_path):
    from sopdesk.app.office import Office
    o = Office(tmp_path / "kantor.db", clock=FixedClock(wib(2027, 7, 6, 10, 0)))
    o.import_sop_text(DECISION_SOP)
    o.save_official(PENILAI)
    for day, minutes in ((11, 10), (12, 20), (13, 12), (14, 30), (15, 9)):   # step 2: 3 of 5 on time
        run_case(o, day, minutes)
    yield o
    o.close()


@pytest.fixture
def previews(monkeypatch):
    shown: list[dict] = []
    monkeypatch.setattr(print_preview, "show_preview",
                        lambda parent, data, **kw: shown.append(dict(data=data, **kw)))
    return shown


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(BytesIO(data)).pages)


def wait(qtbot, task):
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=HANG_MS)
    return task


def open_monitoring(qtbot, office, **kw) -> MonitoringFormDialog:
    dlg = MonitoringFormDialog(office, **kw)
    qtbot.addWidget(dlg)
    dlg.show()
    wait(qtbot, dlg.load_task)
    return dlg


def test_the_monitoring_form_from_prefill_to_final(qtbot, office, dialogs, previews):
    dlg = open_monitoring(qtbot, office, sop_code=CODE)
    # the semester just ended is offered first (it is July 2027)
    assert dlg.period() == "2027-1" and dlg.sop_code() == CODE
    assert [dlg.period_combo.itemData(i) for i in range(dlg.period_combo.count())] == ["2027-2", "2027-1", "2026-2", "2026-1"]
    assert "Belum disimpan" in dlg.state_label.text()
    t = dlg.table
    heads = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
    assert heads == ["No.", "Prosedur", "Penilaian Terhadap Penerapan", "Catatan Hasil Penilaian",
                     "Tindakan yang Harus Diambil"]
    assert t.rowCount() == 4 and dlg.threshold_spin.value() == 80
    assert [dlg.judgement_combo(r).currentText() for r in range(4)] == [
        "Berjalan dengan baik", "Tidak berjalan dengan baik", "(belum dinilai)", "Berjalan dengan baik"]
    assert t.item(1, COL_NOTE).text().startswith("5 kali; median 12 menit dari standar 15 menit")
    assert "5 kali, 60 % tepat waktu" in t.item(1, 1).toolTip()
    assert dlg.save_button.isEnabled() and dlg.final_button.isEnabled() and not dlg.revise_button.isEnabled()
    # finalising without a penilai and an action says what is missing, and saves nothing
    dialogs.answer = True
    assert dlg.finalise() is None
    assert "Pilih penilai" in dialogs.texts("problems")[-1] and "Langkah 2" in dialogs.texts("problems")[-1]
    assert monev.current(office, "monitoring", CODE, "2027-1") is None
    # the penilai fills it in: an action for step 2, step 3 judged by hand, himself as penilai
    t.item(1, COL_ACTION).setText("Kasubbag memeriksa berkas pada hari yang sama.")
    dlg.judgement_combo(2).setCurrentIndex(1)
    dlg.choose_person(PENILAI.nip)
    assert dlg.dirty and "belum disimpan" in dlg.state_label.text()
    rec = dlg.save_draft()
    assert rec is not None and (rec.revision, rec.state) == (1, "draft") and not dlg.dirty
    assert rec.form.row(3).judgement == BAIK and rec.form.penilai.name == PENILAI.name
    assert "Draf revisi 1" in dlg.state_label.text() and dlg.discard_button.isEnabled()
    final = dlg.finalise()
    assert final is not None and final.final
    assert "Final, revisi 1" in dlg.state_label.text()
    assert not dlg.final_button.isEnabled() and not dlg.save_button.isEnabled() and dlg.revise_button.isEnabled()
    assert not dlg.judgement_combo(0).isEnabled() and not dlg.person_combo.isEnabled()
    # the PDF of what is shown
    wait(qtbot, dlg.preview_pdf())
    text = pdf_text(previews[-1]["data"])
    assert "MONITORING PELAKSANAAN SOP AP" in text and "Kasubbag memeriksa berkas pada hari yang sama." in text
    assert "DRAF" not in text and previews[-1]["title"].startswith("Monitoring SOP AP")
    assert dialogs.texts("warn") == []


def test_a_new_revision_keeps_the_final_one(qtbot, office, dialogs, previews, monkeypatch):
    form = monev.prefill_monitoring(office, CODE, Semester(2027, 1))
    form = form.with_row(2, action="Dilatih").with_row(3, judgement=BAIK)
    from dataclasses import replace
    monev.finalise(office, monev.save(office, replace(form, penilai=PENILAI)).id)
    dlg = open_monitoring(qtbot, office, sop_code=CODE, semester="2027-1")
    assert dlg.record.final and dlg.table.item(1, COL_ACTION).text() == "Dilatih"
    monkeypatch.setattr(monev_common, "ask_reason", lambda *a: None)       # cancelled
    assert dlg.new_revision() is None
    monkeypatch.setattr(monev_common, "ask_reason", lambda *a: "Tindakan langkah 2 diperjelas")
    rec = dlg.new_revision()
    assert rec is not None and (rec.revision, rec.state) == (2, "draft")
    assert "Alasan revisi: Tindakan langkah 2 diperjelas" in dlg.state_label.text()
    dlg.table.item(1, COL_ACTION).setText("Dilatih oleh Kasubbag setiap Senin.")
    dialogs.answer = True
    assert dlg.finalise().revision == 2
    history = dlg.show_history()
    assert history.table.rowCount() == 2
    assert [history.table.item(r, 0).text() for r in range(2)] == ["2", "1"]
    assert history.table.item(0, 3).text() == "Tindakan langkah 2 diperjelas"
    history.table.selectRow(1)
    wait(qtbot, history.preview_selected())
    assert "Dilatih" in pdf_text(previews[-1]["data"]) and "Setiap Senin" not in pdf_text(previews[-1]["data"])
    revs = monev.history(office, "monitoring", CODE, "2027-1")
    assert [r.form.row(2).action for r in revs] == ["Dilatih", "Dilatih oleh Kasubbag setiap Senin."]


def test_the_threshold_and_recomputing_keep_what_was_typed(qtbot, office, dialogs):
    dlg = open_monitoring(qtbot, office, sop_code=CODE, semester="2027-1")
    dlg.table.item(0, COL_ACTION).setText("Tetap dipantau")
    dlg.threshold_spin.setValue(60)
    wait(qtbot, dlg.recompute())
    assert dlg.judgement_combo(1).currentText() == "Berjalan dengan baik"      # 60 % on time reaches 60 %
    assert dlg.table.item(0, COL_ACTION).text() == "Tetap dipantau" and dlg.dirty
    assert dlg.collect().threshold == 60
    dlg.save_threshold()
    assert monev.threshold(office) == 60 and "60 %" in dialogs.texts("inform")[-1]
    # another semester: the dialog asks about the unsaved edits first
    dialogs.answer = False
    wait(qtbot, dlg.select(period="2027-2"))
    assert "Simpan perubahan" in dialogs.texts("ask")[-1]
    assert monev.current(office, "monitoring", CODE, "2027-1") is None
    assert dlg.form.semester.key == "2027-2" and dlg.form.threshold == 60 and dlg.form.cases == 0


def test_closing_with_unsaved_edits_can_save_them(qtbot, office, dialogs):
    dlg = open_monitoring(qtbot, office, sop_code=CODE, semester="2027-1")
    dlg.table.item(1, COL_ACTION).setText("Dilatih")
    dialogs.answer = True
    dlg.close()
    rec = monev.current(office, "monitoring", CODE, "2027-1")
    assert rec is not None and rec.form.row(2).action == "Dilatih" and rec.form.row(2).judgement == TIDAK_BAIK


def test_the_evaluation_dialog(qtbot, office, dialogs, previews, tmp_path):
    dlg = EvaluationFormDialog(office, sop_code=CODE)
    qtbot.addWidget(dlg)
    dlg.show()
    wait(qtbot, dlg.load_task)
    assert dlg.period() == "2027" and len(dlg.groups) == 7
    assert "rekomendasi menunggu 7 jawaban lagi" in dlg.result_label.text()
    for n in range(1, 8):
        dlg.answer(n, "tidak" if n == 2 else "ya", note="Istilah teknis perlu dijelaskan." if n == 2 else None)
    assert dlg.result_label.text() == ("Jawaban Ya: 6 dari 7 (86 %) — Rekomendasi: Perlu penyempurnaan "
                                       "(jawaban Tidak pada butir 2)")
    dlg.choose_person(PENILAI.name)
    dialogs.answer = True
    rec = dlg.finalise()
    assert rec is not None and rec.final and rec.form.answers[1].note == "Istilah teknis perlu dijelaskan."
    assert not dlg.groups[0].buttons()[0].isEnabled() and not dlg.file_button.isEnabled()
    wait(qtbot, dlg.preview_pdf())
    assert "EVALUASI PENERAPAN SOP AP TAHUN 2027" in pdf_text(previews[-1]["data"])
    # another year, answered from a file
    wait(qtbot, dlg.select(period="2026"))
    answers = tmp_path / "jawaban.toml"
    answers.write_text(f'evaluator = "{PENILAI.nip}"\n' + "".join(
        f'[[answers]]\nno = {n}\nanswer = "ya"\n' for n in range(1, 8)), encoding="utf-8")
    assert dlg.load_answers_file(str(answers))
    assert "Rekomendasi: Tetap (semua jawaban Ya)" in dlg.result_label.text() and dlg.dirty
    assert dlg.person().nip == PENILAI.nip
    assert dlg.save_draft().form.recommendation == "tetap"
    answers.write_text("[[answers]]\nno = 9\nanswer = \"ya\"\n", encoding="utf-8")
    assert not dlg.load_answers_file(str(answers))
    assert "Pertanyaan 9" in dialogs.texts("warn")[-1]


def test_the_annual_overview(qtbot, office, dialogs, previews):
    from dataclasses import replace
    form = monev.prefill_monitoring(office, CODE, Semester(2027, 1)).with_row(2, action="Dilatih")
    monev.finalise(office, monev.save(office, replace(form, penilai=PENILAI)).id)
    dlg = AnnualReportDialog(office, year=2027)
    qtbot.addWidget(dlg)
    assert dlg.summary_label.text() == "2 SOP AP berlaku · 1 dimonitor · 0 dievaluasi"
    row = next(r for r in range(dlg.table.rowCount()) if dlg.table.item(r, 0).text() == "SOP Pemeriksaan Berkas")
    assert [dlg.table.item(row, c).text() for c in range(1, 4)] == ["belum", "final: 2 dari 4 baik", "belum"]
    wait(qtbot, dlg.preview_pdf())
    assert "PERIODE 2027" in pdf_text(previews[-1]["data"])
    opened = dlg.open_record(row, 1)
    qtbot.addWidget(opened)
    assert isinstance(opened, EvaluationFormDialog) and opened.sop_code() == CODE and opened.period() == "2027"
    wait(qtbot, opened.load_task)


def test_the_laporan_menu_opens_the_monev_dialogs(window, qtbot):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Laporan")
    texts = [a.text() for a in menu.actions()]
    assert texts[-3:] == ["Monitoring SOP &AP (per semester)…", "&Evaluasi SOP AP (per tahun)…",
                          "Laporan &Tahunan Monev SOP AP…"]
    for method, kind in ((window.monev_monitoring, MonitoringFormDialog), (window.monev_evaluation,
                                                                            EvaluationFormDialog),
                         (window.monev_annual, AnnualReportDialog)):
        dialog = method()
        assert isinstance(dialog, kind)
        task = getattr(dialog, "load_task", None)
        if task is not None:
            wait(qtbot, task)
        dialog.close()
