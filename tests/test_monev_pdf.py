"""The monev PDFs read back: the regulation's words, line by line; every step and answer; the
signatures; paper, fonts, margins, page numbers; hostile text printed as typed."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sopdesk.app import monev
from sopdesk.app.office import Office
from sopdesk.app.reports import head_official
from sopdesk.documents.monev import render_annual_report, render_evaluation_form, render_monitoring_form
from sopdesk.domain.monev import (
    EVALUATION_QUESTIONS,
    EvaluationForm,
    Semester,
    SopHeader,
    monitoring_form,
)
from sopdesk.domain.monitoring import MonitoringStats, StepStats
from tests.pdf_checks import (  # noqa: F401 (no_network is an autouse fixture)
    FOOTER_LOW,
    HOSTILE,
    assert_fonts_embedded,
    assert_text_inside_margins,
    no_network,
    norm,
    page_texts,
    sizes,
    squash,
)
from tests.test_documents_sop_sheet import assert_page_numbers
from tests.test_monev_records import CODE, PENILAI, S1, run_case

F4_LANDSCAPE = (935.4, 609.4)
F4_PORTRAIT = (609.4, 935.4)
A4_PORTRAIT = (595.3, 841.9)

pytestmark = pytest.mark.databases  # db_target and office: SQLite and PostgreSQL (conftest.py)


@pytest.fixture
def office(db_target):
    from tests.helpers import DECISION_SOP, FixedClock, wib
    o = Office(db_target, clock=FixedClock(wib(2027, 7, 6, 10, 0)))
    o.import_sop_text(DECISION_SOP)
    o.save_official(PENILAI)
    for day, minutes in ((11, 10), (12, 20), (13, 12), (14, 30), (15, 9)):
        run_case(o, day, minutes)
    yield o
    o.close()


def text_of(path) -> str:
    return norm(" ".join(page_texts(path)))


def test_the_monitoring_form_in_the_regulations_words(tmp_path, office):
    form = replace(monev.prefill_monitoring(office, CODE, S1), penilai=office.find_official(PENILAI.nip))
    form = form.with_row(2, action="Kasubbag memeriksa berkas pada hari yang sama.")
    out = tmp_path / "monev.pdf"
    render_monitoring_form(form, office, out, head=head_official(office), state="final", revision=1)
    assert sizes(out) == [F4_LANDSCAPE] * len(sizes(out))
    texts = page_texts(out)
    assert_page_numbers(texts)
    text = text_of(out)
    for words in ("PEMERINTAH KABUPATEN BANYUMAS", "KECAMATAN SOMAGEDE", "MONITORING PELAKSANAAN SOP AP",
                  "Nama SOP : SOP Pemeriksaan Berkas", "Unit : Kecamatan Somagede",
                  "Periode : Semester I Tahun 2027 (1 Januari – 30 Juni 2027)",
                  "Penilai : DWI HARTONO, S.STP., M.Si. — Sekretaris Kecamatan",
                  "Sumber data : 5 kasus dimulai dalam periode ini, 5 di antaranya selesai (catatan sopdesk)",
                  # the table's heads, as the regulation names its columns
                  "No.", "Prosedur", "Penilaian Terhadap Penerapan", "Berjalan dengan baik",
                  "Tidak berjalan dengan baik", "Catatan Hasil Penilaian", "Tindakan yang Harus Diambil",
                  "Paraf Penilai", "1 2 3 4 5 6 7",
                  # the rows
                  "1. Menerima berkas", "2. Memeriksa kelengkapan berkas", "3. Meminta kekurangan berkas",
                  "4. Mengarsipkan berkas",
                  "5 kali; median 12 menit dari standar 15 menit; terlama 30 menit; 2 terlambat (60 % tepat waktu)",
                  "Tidak dilaksanakan pada periode ini", "Kasubbag memeriksa berkas pada hari yang sama.",
                  # how it was judged, and the signatures
                  "“Berjalan dengan baik” bila sedikitnya 80 % pelaksanaan langkah selesai dalam standar waktunya",
                  "2 dari 4 langkah berjalan dengan baik; 1 belum dinilai",
                  "Mengetahui, CAMAT SOMAGEDE", "Somagede, 6 Juli 2027 Penilai, SEKRETARIS KECAMATAN",
                  "Drs. SAPTONO SUPRIYANTO", "NIP. 19650924 199503 1 002", "DWI HARTONO, S.STP., M.Si.",
                  "NIP. 19780312 199903 1 004"):
        assert words in text, words
    assert text.count("√") == 3          # steps 1 and 4 good, step 2 not, step 3 left to the penilai
    assert "DRAF" not in text
    assert_fonts_embedded(out)
    assert_text_inside_margins(out, bottom=FOOTER_LOW)


def test_a_draft_says_so_and_a_step_without_standard_is_judged_on_its_runs(tmp_path, office):
    steps = [StepStats(1, "Menerima berkas", "Staf", "5 menit", 5, runs=4, on_time=4, median_minutes=3,
                       worst_minutes=5),
             StepStats(2, "Mengarsipkan berkas", "Staf", "", None, runs=4, on_time=4, median_minutes=60,
                       worst_minutes=200)]
    stats = MonitoringStats(CODE, "SOP Tanpa Standar", 2027, 450, steps, cases=4, closed=4)
    form = monitoring_form(stats, SopHeader(CODE, "SOP Tanpa Standar", "/SOP/7", "Kecamatan Somagede"),
                           Semester(2027, 2), 80)
    out = tmp_path / "draf.pdf"
    render_monitoring_form(form, office, out, state="draft", revision=None, paper="A4")
    text = text_of(out)
    assert "DRAF — belum disimpan, belum final" in text
    assert "4 kali; median 1 jam; terlama 3 jam 20 menit; tanpa waktu standar (dinilai dari pelaksanaannya saja)" in text
    assert "langkah tanpa waktu standar dinilai dari pelaksanaannya saja" in text
    assert "Nomor SOP : ......./SOP/7" in text and text.count("√") == 2
    assert "Penilai : " + "." * 24 in text           # no penilai yet: dots to write on
    render_monitoring_form(form, office, out, state="draft", revision=2)
    assert "DRAF revisi 2 — belum final" in text_of(out)
    render_monitoring_form(form, office, out, state="final", revision=2)
    assert "Revisi 2" in text_of(out) and "DRAF" not in text_of(out)


def test_a_long_sop_repeats_the_heads_and_keeps_the_signatures_with_its_last_rows(tmp_path, office):
    steps = [StepStats(n, f"Langkah nomor {n} dikerjakan oleh staf", "Staf", "10 menit", 10, runs=20,
                       on_time=20 - n % 7, median_minutes=8, worst_minutes=30) for n in range(1, 41)]
    stats = MonitoringStats("panjang", "SOP Panjang", 2027, 450, steps, cases=20, closed=20)
    form = replace(monitoring_form(stats, SopHeader("panjang", "SOP Panjang"), S1, 80), penilai=PENILAI)
    for n in range(1, 41):
        form = form.with_row(n, action=HOSTILE if n == 7 else "")
    out = tmp_path / "panjang.pdf"
    render_monitoring_form(form, office, out, head=head_official(office))
    texts = page_texts(out)
    assert len(texts) >= 3
    assert_page_numbers(texts)
    for page in texts:
        assert "Catatan Hasil Penilaian" in norm(page)
    assert "Langkah nomor 40" in norm(texts[-1]) and "Mengetahui," in norm(texts[-1])
    assert squash(HOSTILE) in squash(" ".join(texts))
    assert_text_inside_margins(out, bottom=FOOTER_LOW)


def test_the_evaluation_form(tmp_path, office):
    form = EvaluationForm(SopHeader(CODE, "SOP Pemeriksaan Berkas", "800/12/2024", "Kecamatan Somagede"), 2027,
                          evaluator=PENILAI, signed_on=date(2027, 12, 15))
    for n in range(1, 8):
        form = form.with_answer(n, "tidak" if n in (3, 5) else "ya",
                                note="Perlu contoh formulir." if n == 3 else "")
    out = tmp_path / "evaluasi.pdf"
    render_evaluation_form(form, office, out, head=head_official(office), state="final", revision=1)
    assert sizes(out) == [F4_PORTRAIT]
    text = text_of(out)
    for words in ("EVALUASI PENERAPAN SOP AP TAHUN 2027", "Nama SOP : SOP Pemeriksaan Berkas",
                  "Nomor SOP : 800/12/2024", "Tahun : 2027", "Butir Evaluasi", "Jawaban", "Ya", "Tidak", "Catatan",
                  *(f"{i}. {q}" for i, q in enumerate(EVALUATION_QUESTIONS, start=1)),
                  "Perlu contoh formulir.", "Jawaban “Ya” : 5 dari 7 (71 %)",
                  "Rekomendasi : Perlu penyempurnaan (jawaban Tidak pada butir 3 dan 5)",
                  "Mengetahui, CAMAT SOMAGEDE", "Somagede, 15 Desember 2027 Penilai,", "DWI HARTONO, S.STP., M.Si."):
        assert words in text, words
    assert text.count("√") == 7
    all_yes = form.with_answer(3, "ya").with_answer(5, "ya")
    render_evaluation_form(all_yes, office, out, paper="A4")
    assert sizes(out) == [A4_PORTRAIT]
    assert "Rekomendasi : Tetap (semua jawaban Ya)" in text_of(out)
    blank = EvaluationForm(SopHeader(CODE, "SOP Pemeriksaan Berkas"), 2027)
    render_evaluation_form(blank, office, out, state="draft")
    assert "Rekomendasi : belum dapat ditentukan: belum semua butir dijawab" in text_of(out)
    assert text_of(out).count("√") == 0
    assert_fonts_embedded(out)
    assert_text_inside_margins(out, bottom=FOOTER_LOW)


def test_the_annual_report(tmp_path, office):
    form = replace(monev.prefill_monitoring(office, CODE, S1).with_row(2, action="Dilatih"), penilai=PENILAI)
    monev.finalise(office, monev.save(office, form).id)
    ev = EvaluationForm(form.sop, 2027, evaluator=PENILAI)
    for n in range(1, 8):
        ev = ev.with_answer(n, "ya")
    monev.finalise(office, monev.save(office, ev).id)
    out = tmp_path / "tahunan.pdf"
    render_annual_report(monev.annual_report(office, 2027), office, out)
    assert sizes(out) == [F4_LANDSCAPE] * len(sizes(out))
    text = text_of(out)
    for words in ("LAPORAN HASIL MONITORING DAN EVALUASI STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN "
                  "(SOP AP) KECAMATAN SOMAGEDE PERIODE 2027",
                  "Jumlah SOP AP yang berlaku : 2", "SOP AP yang dimonitor : 1", "SOP AP yang dievaluasi : 1",
                  "No.", "Nomor dan Nama SOP AP", "Hasil Evaluasi Penerapan SOP AP",
                  "Hasil Monitoring Pelaksanaan SOP AP", "Semester I", "Semester II",
                  "SOP Pemeriksaan Berkas", "Ya Ya Ya Ya Ya Ya Ya 100 % Tetap",
                  "2 dari 4 langkah berjalan dengan baik; 1 belum dinilai", "belum dimonitor",
                  "Standar Operasional Penyusunan Perencanaan Kinerja", "belum dievaluasi",
                  *(f"({i}) {q}" for i, q in enumerate(EVALUATION_QUESTIONS, start=1)),
                  "Somagede, 6 Juli 2027 CAMAT SOMAGEDE", "Drs. SAPTONO SUPRIYANTO"):
        assert words in text, words
    assert_fonts_embedded(out)
    assert_text_inside_margins(out, bottom=FOOTER_LOW)
