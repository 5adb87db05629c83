"""Monitoring/evaluation: statistics per step (checked by hand on a small set), the bulk reader
against replaying every case through Office.case(), the PDF, and the commands."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from sopdesk.app.office import Office
from sopdesk.app.reports import head_official, monitoring_stats
from sopdesk.documents.monitoring import render_monitoring
from sopdesk.domain.monitoring import MonitoringCollector, StepStats, bottleneck, percent_text
from sopdesk.domain.sop_file import read_sop
from tests.helpers import DECISION_SOP, SEED, FixedClock, wib
from tests.pdf_checks import FOOTER_LOW
from tests.test_documents_sop_sheet import (
    HOSTILE,
    assert_fonts_embedded,
    assert_page_numbers,
    assert_text_inside_margins,
    has_image,
    no_network,
    norm,
    page_texts,
    squash,
)

pytestmark = pytest.mark.databases  # db_target and office: SQLite and PostgreSQL (conftest.py)

__all__ = ["no_network"]


def decision_sop():
    sop, problems = read_sop(DECISION_SOP)
    assert not problems
    return sop


# ---- statistics from runs given by hand -------------------------------------------------

def test_medians_worst_and_shares_from_a_hand_made_set():
    c = MonitoringCollector(decision_sop(), 2027, 450)
    for minutes, late in ((3, False), (5, False), (12, True)):          # step 1, 5 menit
        c.add_run(1, minutes, late)
    for minutes, late in ((10, False), (20, True), (30, True), (14, False)):   # step 2, 15 menit
        c.add_run(2, minutes, late)
    c.add_run(2, None, True)                                             # still running, overdue
    c.add_run(3, 500, True)                                              # step 3, 1 hari = 450
    stats = c.result()
    s1, s2, s3, s4 = (stats.step(n) for n in (1, 2, 3, 4))
    assert (s1.runs, s1.median_minutes, s1.worst_minutes, s1.standard_minutes) == (3, 5, 12, 5)
    assert s1.on_time_share == pytest.approx(2 / 3)
    assert (s2.runs, s2.median_minutes, s2.worst_minutes, s2.standard_minutes) == (4, 17, 30, 15)
    assert s2.on_time_share == 0.5 and s2.running == 1 and s2.running_late == 1
    assert s2.median_ratio == pytest.approx(17 / 15)
    assert (s3.median_minutes, s3.standard_minutes, s3.median_ratio) == (500, 450, pytest.approx(500 / 450))
    assert (s4.runs, s4.median_minutes, s4.on_time_share, s4.median_ratio) == (0, None, None, None)
    # the bottleneck: the largest median over standard (17/15 = 1.13 > 500/450 = 1.11)
    assert (stats.bottleneck, stats.bottleneck_reason) == (2, "median melebihi waktu standar")
    data = stats.to_json()
    assert data["bottleneck"] == 2
    first = data["steps"][0]
    for key in ("no", "runs", "median_minutes", "worst_minutes", "standard_minutes", "on_time_share"):
        assert key in first
    assert first["on_time_share"] == 0.6667


def test_bottleneck_when_every_median_keeps_its_standard():
    def step(no, runs, on_time, median, std):
        return StepStats(no, f"Langkah {no}", "Staf", f"{std} menit", std, runs=runs, on_time=on_time,
                         median_minutes=median)
    steps = [step(1, 100, 95, 3, 5), step(2, 10, 8, 10, 15), step(3, 100, 90, 8, 10)]
    assert bottleneck(steps) == (2, "paling sering terlambat")         # 20 % late beats 10 % late
    assert bottleneck([step(1, 100, 100, 3, 5)]) == (None, "")
    assert bottleneck([step(1, 0, 0, None, 5)]) == (None, "")


def test_percent_text_is_indonesian():
    assert percent_text(0.875) == "88 %" and percent_text(0.9564, 1) == "95,6 %" and percent_text(None) == "-"


# ---- statistics over real cases -----------------------------------------------------------

@pytest.fixture
def office(db_target):
    o = Office(db_target, clock=FixedClock(wib(2027, 3, 1, 10, 0)))
    o.import_sop_text(DECISION_SOP)
    yield o
    o.close()


def run_case(o: Office, day: int, minutes_2: int, loop: bool = False, finish: bool = True) -> int:
    """A cek-berkas case on 2027-01-<day> (a working week): step 1 takes 4 minutes, step 2
    `minutes_2`; with `loop` step 2 says Tidak once and step 3 takes 2 hours."""
    cid = o.new_case("cek-berkas", f"Berkas {day}", year=2027)
    at = f"2027-01-{day:02d}T"
    o.start_step(cid, 1, at=at + "08:00")
    o.finish_step(cid, 1, at=at + "08:04")
    o.start_step(cid, 2, at=at + "08:10")
    if loop:
        o.finish_step(cid, 2, at=at + "08:20", decision="tidak")
        o.start_step(cid, 3, at=at + "08:30")
        o.finish_step(cid, 3, at=at + "10:30")
        o.start_step(cid, 2, at=at + "10:40")
        end = 10 * 60 + 40 + minutes_2
    else:
        end = 8 * 60 + 10 + minutes_2
    if not finish:
        return cid
    o.finish_step(cid, 2, at=f"{at}{end // 60:02d}:{end % 60:02d}", decision="ya")
    o.start_step(cid, 4, at=f"{at}{(end + 5) // 60:02d}:{(end + 5) % 60:02d}")
    o.finish_step(cid, 4, at=f"{at}{(end + 10) // 60:02d}:{(end + 10) % 60:02d}")
    return cid


def test_statistics_of_real_cases_by_hand(office):
    run_case(office, 11, 10)
    run_case(office, 12, 20)                  # step 2 late (15 menit)
    run_case(office, 13, 40, loop=True)       # step 2 twice (10 then 40), step 3 once
    run_case(office, 14, 5, finish=False)     # step 2 still running (and overdue by 1 March)
    other = office.new_case("cek-berkas", "Tahun lain", year=2026)   # another year: not counted
    office.start_step(other, 1, at="2026-06-01T08:00")
    calls = []
    stats = monitoring_stats(office, "cek-berkas", 2027, progress=lambda d, t: calls.append((d, t)))
    assert (stats.cases, stats.closed, stats.late_cases) == (4, 3, 3)
    s1, s2, s3, s4 = (stats.step(n) for n in (1, 2, 3, 4))
    assert (s1.runs, s1.median_minutes, s1.worst_minutes, s1.on_time_share) == (4, 4, 4, 1.0)
    # step 2 finished runs: 10, 20, 10 (the Tidak), 40 -> median 15, worst 40, on time 2 of 4
    assert (s2.runs, s2.median_minutes, s2.worst_minutes, s2.on_time) == (4, 15, 40, 2)
    assert (s2.running, s2.running_late) == (1, 1)
    assert (s3.runs, s3.median_minutes, s3.standard_minutes, s3.on_time_share) == (1, 120, 450, 1.0)
    assert (s4.runs, s4.median_minutes) == (3, 5)
    assert stats.bottleneck == 2 and stats.bottleneck_reason == "paling sering terlambat"
    assert calls[0] == (0, 4) and calls[-1] == (4, 4)
    assert stats.versions == (1,)


def test_unknown_sop_or_year_says_so(office):
    from sopdesk.domain.errors import UserError
    with pytest.raises(UserError, match="tidak ada"):
        monitoring_stats(office, "tidak-ada", 2027)
    with pytest.raises(UserError, match="Tahun"):
        monitoring_stats(office, "cek-berkas", 20270)
    empty = monitoring_stats(office, "cek-berkas", 2020)
    assert empty.cases == 0 and empty.bottleneck is None and all(s.runs == 0 for s in empty.steps)


def test_bulk_reader_agrees_with_replaying_each_case(tmp_path):
    """The fast path must give exactly what Office.case() gives, case by case (demo data, loops
    in none, corrections in some)."""
    from sopdesk.app.demo import generate
    o = Office(tmp_path / "demo.db", clock=FixedClock(wib(2027, 3, 1, 10, 0)))
    try:
        generate(o, 300, seed=7)
        year = 2026
        ids = o.case_ids(sop=SEED, year=year)
        # correct the last start or finish of a few cases, so voided events are in the data
        for cid in ids[:5]:
            o.correct(cid, o.case(cid).state.effective[-1].id, reason="uji koreksi")
        slow = MonitoringCollector(o.sop(SEED), year, o.calendar().minutes_per_day())
        for cid in sorted(ids):
            view = o.case(cid)
            slow.add_case(view.sop, view.state, o.calendar(), view.now, view.sop_version)
        expected = slow.result().to_json()
        got = monitoring_stats(o, SEED, year).to_json()
        assert got == expected
        assert got["cases"] == len(ids) > 20
    finally:
        o.close()


# ---- the PDF -----------------------------------------------------------------------------

def test_monitoring_pdf_has_every_step_the_bottleneck_and_the_chart(tmp_path, office):
    for day, minutes in ((11, 10), (12, 20), (13, 40)):
        run_case(office, day, minutes, loop=day == 13)
    assert head_official(office).name == "Drs. SAPTONO SUPRIYANTO"     # the seeded Camat
    stats = monitoring_stats(office, "cek-berkas", 2027)
    out = tmp_path / "monev.pdf"
    render_monitoring(stats, office, out, signer=head_official(office))
    texts = page_texts(out)
    assert_page_numbers(texts)
    text = norm(" ".join(texts))
    for part in ("LAPORAN MONITORING DAN EVALUASI PELAKSANAAN SOP", "TAHUN 2027", "SOP Pemeriksaan Berkas (versi 1)",
                 "Jumlah kasus : 3 (selesai 3, berjalan 0)", "1 hari kerja = 450 menit (7 jam 30 menit)",
                 f"Hambatan utama (bottleneck): langkah {stats.bottleneck}", "100 % = waktu standar",
                 "Somagede, 1 Maret 2027", "CAMAT SOMAGEDE", "Drs. SAPTONO SUPRIYANTO", "NIP. 19650924 199503 1 002"):
        assert part in text, part
    for step in office.sop("cek-berkas").steps:
        assert text.count(step.activity) >= 2, step.activity      # the table and the chart
    s2 = stats.step(2)
    assert f"{percent_text(s2.on_time_share, 1)}" in text and "50,0 %" in text
    assert "15 menit" in text and "40 menit" in text
    assert_fonts_embedded(out)
    assert_text_inside_margins(out, bottom=FOOTER_LOW)


def test_monitoring_pdf_with_no_cases_and_hostile_names(tmp_path, office):
    from dataclasses import replace
    stats = monitoring_stats(office, "cek-berkas", 2027)
    stats = replace(stats, sop_name=HOSTILE, steps=[replace(s, activity=HOSTILE + " 😀") for s in stats.steps])
    out = tmp_path / "kosong.pdf"
    render_monitoring(stats, office, out, paper="A4")
    text = " ".join(page_texts(out))
    assert "Belum ada langkah yang selesai dikerjakan" in text
    assert squash(text).count(squash(HOSTILE)) >= 5
    assert not has_image(out)


def test_many_steps_split_the_chart_over_pages(tmp_path, office):
    from sopdesk.domain.sop import Sop, Step
    sop = Sop("panjang", "SOP Panjang", ("Staf",), tuple(
        Step(n, f"Langkah nomor {n} dikerjakan", "Staf", "start" if n == 1 else "end" if n == 80 else "process",
             time="10 menit") for n in range(1, 81)))
    c = MonitoringCollector(sop, 2027, 450)
    for n in range(1, 81):
        c.add_run(n, n % 17 + 1, n % 17 + 1 > 10)
    out = tmp_path / "panjang.pdf"
    render_monitoring(c.result(), office, out)
    texts = page_texts(out)
    assert_page_numbers(texts)
    assert "(lanjutan)" in " ".join(texts)
    assert_text_inside_margins(out, bottom=FOOTER_LOW)


# ---- commands ------------------------------------------------------------------------------

def cli(db, *args):
    return subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(db), *args], capture_output=True, text=True,
                          encoding="utf-8", env=dict(os.environ), timeout=300)


def test_report_commands(tmp_path, office, db_target):
    for day, minutes in ((11, 10), (12, 20)):
        run_case(office, day, minutes)
    db = str(db_target)
    office.close()
    p = cli(db, "report", "monitoring", "--sop", "cek-berkas", "--year", "2027", "--out", str(tmp_path / "m.pdf"),
            "--json")
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)  # stdout is the JSON alone; the PDF's path goes to stderr
    assert str(tmp_path / "m.pdf") in p.stderr
    assert data["cases"] == 2 and data["bottleneck"] == 2
    step2 = data["steps"][1]
    assert (step2["no"], step2["runs"], step2["median_minutes"], step2["worst_minutes"], step2["standard_minutes"],
            step2["on_time_share"]) == (2, 2, 15, 20, 15, 0.5)
    p = cli(db, "report", "case", "1", "--out", str(tmp_path / "c.pdf"), "--paper", "A4")
    assert p.returncode == 0, p.stderr
    assert "LAPORAN PELAKSANAAN SOP" in page_texts(tmp_path / "c.pdf")[0]
    p = cli(db, "sop", "pdf", SEED, "--out", str(tmp_path / "s.pdf"))
    assert p.returncode == 0, p.stderr
    assert "STANDAR OPERASIONAL PENYUSUNAN PERENCANAAN KINERJA" in page_texts(tmp_path / "s.pdf")[0]
    for args, words in ((("report", "case", "99", "--out", "x.pdf"), "Kasus nomor 99 tidak ada"),
                        (("sop", "pdf", "tidak-ada", "--out", "x.pdf"), "tidak ada"),
                        (("report", "monitoring", "--sop", "tidak-ada", "--year", "2027", "--out", "x.pdf"),
                         "tidak ada"),
                        (("report", "case", "1", "--out", str(tmp_path / "no" / "such" / "c.pdf")),
                         "tidak dapat ditulis")):
        p = cli(db, *args)
        assert p.returncode == 1 and words in p.stderr and "Traceback" not in p.stderr, (args, p.stderr)


# ---- periods -------------------------------------------------------------------------------

def test_period_parsing_and_labels():
    from datetime import date

    from sopdesk.domain.period import Period, PeriodError
    assert Period.parse("2027") == Period.of_year(2027)
    assert Period.parse("2027").label == "Tahun 2027" and Period.parse("2027").case_year == 2027
    s1, s2 = Period.parse("2027-1"), Period.parse(" 2027-2 ")
    assert (s1.start, s1.end, s1.half, s1.label) == (date(2027, 1, 1), date(2027, 6, 30), 1, "Semester I 2027")
    assert (s2.start, s2.end, s2.half, s2.label) == (date(2027, 7, 1), date(2027, 12, 31), 2, "Semester II 2027")
    assert s1.case_year is None and s1.year == 2027
    five = Period.years(2023, 2027)
    assert five.label == "Tahun 2023–2027" and five.whole_years == (2023, 2027) and five.year == 2023
    dates = Period.parse("2027-01-01..2027-03-31")
    assert dates.label == "1 Januari 2027 – 31 Maret 2027" and dates.end_exclusive == date(2027, 4, 1)
    assert dates.to_json() == {"start": "2027-01-01", "end": "2027-03-31", "case_year": None,
                               "label": "1 Januari 2027 – 31 Maret 2027"}
    for bad in ("2027-3", "27", "2027-02-30..2027-03-01", "2027-03-01..2027-01-01", "20270", ""):
        with pytest.raises(PeriodError):
            Period.parse(bad)


def test_statistics_over_a_period_of_dates(office):
    run_case(office, 11, 10)
    run_case(office, 12, 20)
    # Filed under Tahun 2028 but run in January 2027: the dates count it, the Tahun does not.
    early = office.new_case("cek-berkas", "Disiapkan awal", year=2028)
    office.start_step(early, 1, at="2027-01-15T08:00")
    office.finish_step(early, 1, at="2027-01-15T08:03")
    # Started on 1 January 2027 at 00:30 WIB (still 31 December 2026 in UTC).
    new_year = office.new_case("cek-berkas", "Awal tahun", year=2027)
    office.start_step(new_year, 1, at="2027-01-01T00:30")
    office.new_case("cek-berkas", "Belum dimulai", year=2026)   # not started: counts from when it was entered
    from sopdesk.domain.period import Period
    year = monitoring_stats(office, "cek-berkas", 2027)
    assert year.cases == 3 and year.period == Period.of_year(2027)
    first = monitoring_stats(office, "cek-berkas", Period.semester(2027, 1))
    assert first.cases == 5 and first.step(1).runs == 3 and first.step(1).running == 1
    assert first.year == 2027 and first.to_json()["period"]["label"] == "Semester I 2027"
    second = monitoring_stats(office, "cek-berkas", Period.semester(2027, 2))
    assert second.cases == 0 and all(s.runs == 0 for s in second.steps)
    only = monitoring_stats(office, "cek-berkas", Period.parse("2027-01-12..2027-01-15"))
    assert only.cases == 2 and only.step(1).runs == 2
    assert monitoring_stats(office, "cek-berkas", Period.years(2026, 2026)).cases == 0
