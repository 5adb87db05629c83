"""Kinerja SOP without the screen: grading steps against the office's thresholds, the slowest steps,
the Realisasi words, the standard and the durations of whole cases, and the SOP sheet printed
"dengan realisasi"."""
from __future__ import annotations

import pytest

from sopdesk.app import kinerja
from sopdesk.app.reports import monitoring_stats
from sopdesk.domain.errors import UserError
from sopdesk.domain.kinerja import (
    ATTENTION,
    GOOD,
    NO_DATA,
    PROBLEM,
    Thresholds,
    grade,
    grade_counts,
    realisasi_lines,
    slowest,
    standard_of_case,
    straight_path,
)
from sopdesk.domain.monitoring import MonitoringCollector, StepStats
from sopdesk.domain.period import Period
from tests.helpers import SEED
from tests.pdf_checks import FOOTER_LOW
from tests.test_documents_sop_sheet import assert_fonts_embedded, assert_text_inside_margins, norm, page_texts
from tests.test_monitoring import decision_sop, office, run_case

pytestmark = pytest.mark.databases  # db_target and office: SQLite and PostgreSQL (conftest.py)

__all__ = ["office"]


def step(no, runs, on_time, median=10, p90=20, std=15, untimed=0):
    return StepStats(no, f"Langkah {no}", "Staf", f"{std} menit", std, runs=runs, on_time=on_time, untimed=untimed,
                     median_minutes=median, p90_minutes=p90, worst_minutes=p90)


def test_grades_follow_the_thresholds():
    t = Thresholds()
    assert (t.good, t.attention) == (0.9, 0.7)
    assert grade(step(1, 10, 9), t) == GOOD and grade(step(2, 10, 8), t) == ATTENTION
    assert grade(step(3, 10, 7), t) == ATTENTION and grade(step(4, 10, 6), t) == PROBLEM
    assert grade(step(5, 0, 0), t) == NO_DATA and grade(step(6, 4, 0, untimed=4), t) == NO_DATA
    assert grade(step(2, 10, 8), Thresholds(0.8, 0.5)) == GOOD
    with pytest.raises(UserError):
        Thresholds(0.6, 0.7)
    with pytest.raises(UserError):
        Thresholds(1.2, 0.7)
    assert Thresholds.from_json({"good": 0.95, "attention": 0.8}) == Thresholds(0.95, 0.8)
    assert Thresholds.from_json({"good": "x"}) == Thresholds() == Thresholds.from_json(None)
    assert Thresholds.from_json({"good": 0.5, "attention": 0.8}) == Thresholds()


def test_slowest_steps_and_realisasi_words():
    c = MonitoringCollector(decision_sop(), 2027, 450)
    for minutes, late in ((3, False), (4, False), (9, True)):
        c.add_run(1, minutes, late)
    for minutes, late in ((20, True), (30, True), (10, False)):
        c.add_run(2, minutes, late)
    c.add_run(4, 8, False)
    c.add_run(3, None, False)
    stats = c.result()
    assert [s.no for s in slowest(stats)] == [2, 1, 4]      # 33 %, 67 %, 100 %; step 3 has no finished run
    assert grade_counts(stats, Thresholds()) == {GOOD: 1, ATTENTION: 0, PROBLEM: 2, NO_DATA: 1}
    assert realisasi_lines(stats.step(2), 450) == ["33 % tepat waktu · 3 kali", "median 20 menit · p90 30 menit"]
    assert realisasi_lines(stats.step(3), 450) == ["belum ada yang selesai (1 berjalan)"]
    assert stats.step(1).p90_minutes == 9 and stats.step(2).p90_minutes == 30


def test_standard_of_a_case_goes_straight_through():
    sop = decision_sop()
    assert straight_path(sop) == [1, 2, 4]                   # Ya at the decision: step 3 is the loop
    assert standard_of_case(sop, 450) == 5 + 15 + 10


def test_thresholds_are_an_office_setting(office):
    heard = []
    office.changes.subscribe(heard.append)
    assert kinerja.thresholds(office) == Thresholds()
    kinerja.save_thresholds(office, Thresholds(0.95, 0.75))
    assert kinerja.thresholds(office) == Thresholds(0.95, 0.75)
    assert heard and heard[-1].what == kinerja.KINERJA


def test_durations_of_whole_cases(office):
    run_case(office, 11, 10)                  # 08.00 – 08.30
    run_case(office, 12, 20)                  # 08.00 – 08.40
    run_case(office, 13, 40, loop=True)       # 08.00 – 11.30
    run_case(office, 14, 5, finish=False)     # not closed: not counted
    got = kinerja.case_durations(office, "cek-berkas", Period.semester(2027, 1))
    assert (got.closed, got.median_minutes, got.standard_minutes, got.within_standard) == (3, 40, 30, 1)
    assert kinerja.case_durations(office, "cek-berkas", 2026).closed == 0


def test_sheet_with_realisasi(tmp_path, office):
    from sopdesk.app.demo import generate
    generate(office, 120, seed=4)
    stats = monitoring_stats(office, SEED, Period.years(2022, 2027))
    t = Thresholds(0.97, 0.95)
    out = tmp_path / "realisasi.pdf"
    kinerja.render_sheet_with_realisasi(office, stats, t, out, paper="F4")
    texts = page_texts(out)
    text = norm(" ".join(texts))
    assert "Realisasi Tahun 2022–2027" in text and "tepat waktu ·" in text and "median " in text and "p90 " in text
    assert "Warna menurut bagian yang selesai tepat waktu: hijau baik (≥ 97 %)" in text
    for s in stats.steps:
        assert f"{s.runs} kali" in text
    assert "CAMAT SOMAGEDE" in text and "STANDAR OPERASIONAL" in texts[0].upper()
    assert_fonts_embedded(out)
    assert_text_inside_margins(out, bottom=FOOTER_LOW)
    plain = tmp_path / "plain.pdf"
    from sopdesk.documents.sop_sheet import render_sop_sheet
    render_sop_sheet(office.sop(SEED), office, plain, paper="F4")
    assert "Realisasi" not in " ".join(page_texts(plain))


def test_monitoring_pdf_names_its_period(tmp_path, office):
    from sopdesk.documents.monitoring import render_monitoring
    run_case(office, 11, 10)
    out = tmp_path / "semester.pdf"
    render_monitoring(monitoring_stats(office, "cek-berkas", Period.semester(2027, 1)), office, out)
    text = norm(" ".join(page_texts(out)))
    assert "PERIODE SEMESTER I 2027" in text and "TAHUN 2027" not in text
    assert "Periode : Semester I 2027: kasus yang mulai 1 Januari 2027 sampai 30 Juni 2027" in text
    render_monitoring(monitoring_stats(office, "cek-berkas", 2027), office, out)
    assert "TAHUN 2027" in norm(" ".join(page_texts(out)))
