"""The case report PDF, read back: identity, every run of every step with who, when, standard
and actual working time, on time or late, loops, notes and corrections, totals, hostile text."""
from __future__ import annotations

import re
from datetime import date

import pytest

from sopdesk.app.office import Office
from sopdesk.documents.case_report import render_case_report
from sopdesk.domain.monitoring import case_runs, working_time_words
from sopdesk.domain.office import Official
from tests.helpers import DECISION_SOP, SEED, FixedClock, wib
from tests.pdf_checks import FOOTER_LOW
from tests.test_documents_sop_sheet import (
    HOSTILE,
    assert_fonts_embedded,
    assert_page_numbers,
    assert_text_inside_margins,
    has_image,
    long_text,
    no_network,
    norm,
    page_texts,
    sizes,
    squash,
    words_of,
)

__all__ = ["no_network"]   # the autouse fixture: no rendering may touch the network
F4_PORTRAIT = (609.4, 935.4)

pytestmark = pytest.mark.databases  # db_target and office: SQLite and PostgreSQL (conftest.py)


@pytest.fixture
def clock():
    return FixedClock(wib(2027, 1, 15, 14, 0))


@pytest.fixture
def office(db_target, clock):
    o = Office(db_target, clock=clock)
    o.import_sop_text(DECISION_SOP)
    o.save_official(Official("Dwi Lestari", "Staf Penerima Surat", "Pengatur (II/c)", "199305062019022004"))
    o.save_official(Official("Siti Rahayu, S.E.", "Kepala Subbagian Perencanaan dan Keuangan", "Penata (III/c)",
                             "198203152006042011"))
    cal = o.calendar()
    for d in range(11, 16):   # the week the cases run in has no holiday (5 January 2027 is Isra Mikraj)
        assert cal.is_working_day(date(2027, 1, d))
    yield o
    o.close()


def seed_case(o: Office, clock) -> int:
    """Steps 1–4 done (step 2 late, step 3 corrected once), step 5 running; notes on the way."""
    cid = o.new_case(SEED, "Penyusunan PK Tahun 2027", ref_number="000.7.2.7/12/2027", ref_date="2027-01-08",
                     ref_subject="Penyusunan Perjanjian Kinerja Tahun 2027")
    o.start_step(cid, 1, at="2027-01-11T09:15", by="Dwi Lestari")
    o.finish_step(cid, 1, at="2027-01-11T09:18", by="Dwi Lestari", note="Surat Edaran diterima lewat pos")
    o.start_step(cid, 2, at="2027-01-11T09:30", by="Dwi Lestari")
    o.finish_step(cid, 2, at="2027-01-11T10:10", by="Agus Priyanto")
    wrong = o.start_step(cid, 3, at="2027-01-11T10:20", by="Drs. SAPTONO SUPRIYANTO")
    o.correct(cid, wrong, reason="salah jam, surat baru sampai 10.25", by="Dwi Lestari")
    o.start_step(cid, 3, at="2027-01-11T10:25", by="Drs. SAPTONO SUPRIYANTO")
    o.finish_step(cid, 3, at="2027-01-11T10:30", by="Drs. SAPTONO SUPRIYANTO")
    o.start_step(cid, 4, at="2027-01-11T13:00", by="Siti Rahayu, S.E.")
    o.add_note(cid, "Menunggu data kinerja dari Seksi Pemerintahan", step=4, by="Siti Rahayu, S.E.")
    o.finish_step(cid, 4, at="2027-01-14T11:00", by="Siti Rahayu, S.E.")
    o.start_step(cid, 5, at="2027-01-14T13:00", by="Agus Priyanto")
    return cid


def loop_case(o: Office) -> int:
    """The decision SOP: step 2 says Tidak, step 3 fixes it (late), step 2 again says Ya."""
    cid = o.new_case("cek-berkas", "Pemeriksaan berkas Pak Budi")
    o.start_step(cid, 1, at="2027-01-11T08:00", by="Dwi Lestari")
    o.finish_step(cid, 1, at="2027-01-11T08:04", by="Dwi Lestari")
    o.start_step(cid, 2, at="2027-01-11T08:10", by="Siti Rahayu, S.E.")
    o.finish_step(cid, 2, at="2027-01-11T08:20", by="Siti Rahayu, S.E.", decision="tidak")
    o.start_step(cid, 3, at="2027-01-11T08:30", by="Dwi Lestari")
    o.finish_step(cid, 3, at="2027-01-12T10:00", by="Dwi Lestari")
    o.start_step(cid, 2, at="2027-01-12T10:10", by="Siti Rahayu, S.E.")
    o.finish_step(cid, 2, at="2027-01-12T10:22", by="Siti Rahayu, S.E.", decision="ya")
    o.start_step(cid, 4, at="2027-01-12T10:30", by="Dwi Lestari")
    o.finish_step(cid, 4, at="2027-01-12T10:35", by="Dwi Lestari")
    return cid



def test_working_time_in_words():
    assert working_time_words(135, 450) == "2 jam 15 menit"
    assert working_time_words(3 * 450 + 120, 450) == "3 hari 2 jam"
    assert working_time_words(3 * 450 + 125, 450) == "3 hari 2 jam"     # minutes no longer count
    assert working_time_words(450, 450) == "1 hari"
    assert working_time_words(60, 450) == "1 jam"
    assert working_time_words(0, 450) == "0 menit"
    assert working_time_words(4.6, 450) == "5 menit"
    assert working_time_words(None, 450) == ""


def test_runs_of_a_case_in_working_time(office, clock):
    cid = seed_case(office, clock)
    view = office.case(cid)
    runs = case_runs(view.sop, view.state, office.calendar(), view.now)
    assert [(r.step, r.repeat) for r in runs] == [(1, 1), (2, 1), (3, 1), (4, 1), (5, 1)]
    minutes = {r.step: r.working_minutes for r in runs}
    assert minutes[1] == 3 and minutes[2] == 40 and minutes[3] == 5
    # 11 Jan 13.00 -> 14 Jan 11.00: 180 + 450 + 450 + 210 working minutes
    assert minutes[4] == 180 + 450 + 450 + 210
    late = {r.step: r.late for r in runs}
    assert late == {1: False, 2: True, 3: False, 4: False, 5: False}
    assert not runs[-1].finished and runs[-1].standard_minutes == 7 * 450


def test_case_report_shows_every_step_who_when_and_whether_late(tmp_path, office, clock):
    cid = seed_case(office, clock)
    out = tmp_path / "laporan.pdf"
    render_case_report(office.case(cid), office, out)
    texts = page_texts(out)
    assert all(s == F4_PORTRAIT for s in sizes(out))
    assert_page_numbers(texts)
    text = norm(" ".join(texts))
    flat = squash(text)
    for part in ("LAPORAN PELAKSANAAN SOP", "PEMERINTAH KABUPATEN BANYUMAS", "Penyusunan PK Tahun 2027",
                 "Standar Operasional Penyusunan Perencanaan Kinerja (versi 1)", "000.7.2.7/12/2027",
                 "8 Januari 2027", "Penyusunan Perjanjian Kinerja Tahun 2027", "Mulai : 11 Januari 2027 09.15",
                 "Selesai : -"):
        assert part in text, part
    assert "Berjalan: langkah 5" in text
    for head in ("No", "Kegiatan", "Pelaksana", "Mulai", "Selesai", "Waktu", "Realisasi", "Ket."):
        assert head in texts[0]
    sop = office.sop(SEED)
    for step in sop.steps:
        assert squash(step.activity) in flat, step.no
        assert squash(step.time.lower()) in flat  # Waktu in lower case, as on the sheet
    for name in ("Dwi Lestari", "Agus Priyanto", "Drs. SAPTONO SUPRIYANTO", "Siti Rahayu, S.E."):
        assert squash(name) in flat, name
    # when, in office time, and how long in working time
    for moment in ("11 Januari 2027 09.15", "11 Januari 2027 09.18", "11 Januari 2027 10.10", "14 Januari 2027 11.00",
                   "14 Januari 2027 13.00"):
        assert squash(moment) in flat, moment
    for spent in ("3 menit", "40 menit", "5 menit", "2 hari 6 jam"):
        assert squash(spent) in flat, spent
    assert text.count("tepat waktu") >= 3 and "terlambat" in text and "berjalan" in text and "belum" in text
    assert "Agus Priyanto (selesai)" in text      # step 2 started by one, finished by another
    # notes and the correction with its reason
    assert "Surat Edaran diterima lewat pos" in text
    assert "Menunggu data kinerja dari Seksi Pemerintahan" in text
    assert "salah jam, surat baru sampai 10.25" in text and "Koreksi no." in text
    # totals: realisasi against the standard of the runs, late count
    assert "Langkah terlambat : 1 dari 5 pelaksanaan langkah" in text
    assert "Realisasi seluruh langkah" in text and "(sampai saat ini)" in text
    assert "Jumlah waktu standar" in text
    assert_fonts_embedded(out)
    assert_text_inside_margins(out, bottom=FOOTER_LOW)


def test_a_loop_shows_each_run_as_its_own_row(tmp_path, office):
    cid = loop_case(office)
    out = tmp_path / "loop.pdf"
    render_case_report(office.case(cid), office, out, paper="A4")
    text = norm(" ".join(page_texts(out)))
    assert text.count("Memeriksa kelengkapan berkas") == 2
    assert "keputusan: Tidak" in text and "keputusan: Lengkap" in text and "ulang ke-2" in text
    assert "Selesai" in text and "(ada langkah yang terlambat)" in text
    assert "terlambat" in text                # step 3: 1 day allowed, 1 day 1 hour 30 taken
    assert "Langkah terlambat : 1 dari 5 pelaksanaan langkah" in text
    assert "tidak dilalui" not in text


def test_closed_case_marks_steps_it_never_reached(tmp_path, office):
    cid = office.new_case("cek-berkas", "Berkas lengkap sekali jalan")
    office.start_step(cid, 1, at="2027-01-11T08:00", by="Dwi Lestari")
    office.finish_step(cid, 1, at="2027-01-11T08:04", by="Dwi Lestari")
    office.start_step(cid, 2, at="2027-01-11T08:10", by="Dwi Lestari")
    office.finish_step(cid, 2, at="2027-01-11T08:20", by="Dwi Lestari", decision="ya")
    office.start_step(cid, 4, at="2027-01-11T08:30", by="Dwi Lestari")
    office.finish_step(cid, 4, at="2027-01-11T08:35", by="Dwi Lestari")
    out = tmp_path / "closed.pdf"
    render_case_report(office.case(cid), office, out)
    text = norm(" ".join(page_texts(out)))
    assert "tidak dilalui" in text and "semua langkah tepat waktu" in text


def test_a_case_not_started_yet(tmp_path, office):
    cid = office.new_case("cek-berkas", "Belum mulai")
    out = tmp_path / "new.pdf"
    render_case_report(office.case(cid), office, out)
    text = norm(" ".join(page_texts(out)))
    assert "Belum dimulai" in text and text.count("belum") >= 4 and "Tidak ada catatan atau koreksi." in text


def test_hostile_text_in_the_case_prints_literally(tmp_path, office):
    # the service caps a title at 500 characters, a perihal at 10,000
    cid = office.new_case("cek-berkas", HOSTILE + " 😀 " + long_text("t")[:400], ref_number=HOSTILE,
                          ref_subject=HOSTILE + " " + long_text("j"))
    office.start_step(cid, 1, at="2027-01-11T08:00", by=HOSTILE + " 😀")
    office.finish_step(cid, 1, at="2027-01-11T08:04", by=HOSTILE, note=HOSTILE)
    office.add_note(cid, long_text("c") + " " + HOSTILE, by=HOSTILE)
    out = tmp_path / "hostile.pdf"
    render_case_report(office.case(cid), office, out)
    texts = page_texts(out)
    assert_page_numbers(texts)
    everything = " ".join(texts)
    assert squash(everything).count(squash(HOSTILE)) >= 6
    assert not has_image(out)
    words = set(re.findall(r"\b[a-z]\d{4}\b", everything))
    assert words_of("j") <= words and words_of("c") <= words
    assert {w for w in long_text("t")[:400].split() if len(w) == 5} <= words
    assert_fonts_embedded(out)
    assert_text_inside_margins(out, bottom=FOOTER_LOW)
