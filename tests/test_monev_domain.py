"""The rules of the monev forms (domain/monev.py): semesters, judging a step, the note, the
evaluation's share of Ya and its recommendation, and the forms' JSON."""
from __future__ import annotations

from datetime import date

import pytest

from sopdesk.domain.monev import (
    BAIK,
    EVALUATION_QUESTIONS,
    JUDGEMENTS,
    PERLU_PENYEMPURNAAN,
    TETAP,
    TIDAK,
    TIDAK_BAIK,
    YA,
    EvaluationAnswer,
    EvaluationForm,
    MonevError,
    MonitoringForm,
    Semester,
    SopHeader,
    check_threshold,
    judge,
    monitoring_form,
    recommendation,
    recommendation_reason,
    refreshed,
    step_note,
    yes_share,
)
from sopdesk.domain.monitoring import MonitoringStats, StepStats
from sopdesk.domain.office import Official

PER_DAY = 450


def step(no=1, runs=10, on_time=9, median=4, worst=15, std=5, standard="5 menit", running=0, running_late=0):
    return StepStats(no, f"Langkah {no}", "Staf", standard, std, runs=runs, on_time=on_time, running=running,
                     running_late=running_late, median_minutes=median, worst_minutes=worst)


def test_the_regulation_words():
    assert JUDGEMENTS == {BAIK: "Berjalan dengan baik", TIDAK_BAIK: "Tidak berjalan dengan baik"}
    assert EVALUATION_QUESTIONS == (
        "Mampu mendorong peningkatan kinerja",
        "Mudah dipahami",
        "Mudah dilaksanakan",
        "Semua orang dapat menjalankan perannya masing-masing",
        "Mampu mengatasi permasalahan yang berkaitan dengan proses",
        "Mampu menjawab kebutuhan peningkatan kinerja organisasi",
        "Sinergi satu dengan lainnya",
    )


def test_semesters():
    s = Semester.parse("2026-1")
    assert (s.year, s.half, s.key, s.start, s.end) == (2026, 1, "2026-1", date(2026, 1, 1), date(2026, 6, 30))
    assert s.label == "Semester I Tahun 2026" and s.span_text == "1 Januari – 30 Juni 2026"
    t = Semester.parse(" 2026-2 ")
    assert (t.start, t.end, t.label) == (date(2026, 7, 1), date(2026, 12, 31), "Semester II Tahun 2026")
    assert t.span_text == "1 Juli – 31 Desember 2026" and s < t
    for bad in ("2026", "2026-3", "2026-01", "26-1", "", "semester 1"):
        with pytest.raises(MonevError, match="tidak dapat dibaca"):
            Semester.parse(bad)


def test_judging_by_the_threshold():
    assert judge(step(runs=10, on_time=8), 80) == BAIK              # exactly the threshold
    assert judge(step(runs=10, on_time=7), 80) == TIDAK_BAIK
    assert judge(step(runs=3, on_time=2), 67) == TIDAK_BAIK          # 66.7 % < 67 %
    assert judge(step(runs=3, on_time=2), 66) == BAIK
    assert judge(step(runs=100, on_time=29), 29) == BAIK             # no float rounding at the edge
    assert judge(step(runs=0, on_time=0, median=None, worst=None), 80) is None
    # no time standard: judged on its runs alone
    assert judge(step(runs=4, on_time=4, std=None, standard=""), 80) == BAIK
    assert judge(step(runs=0, on_time=0, std=None, standard="", median=None, worst=None), 80) is None
    assert check_threshold("80 %") == 80 and check_threshold(100) == 100
    for bad in (0, 101, "delapan puluh", None):
        with pytest.raises(MonevError, match="Ambang"):
            check_threshold(bad)


def test_notes_from_the_figures():
    assert step_note(step(runs=41, on_time=39, median=4, worst=15), PER_DAY) == \
        "41 kali; median 4 menit dari standar 5 menit; terlama 15 menit; 2 terlambat (95 % tepat waktu)"
    assert step_note(step(runs=41, on_time=14, median=1860, worst=4000, std=1800, standard="4 hari"), 450) == \
        "41 kali; median 4 hari 1 jam dari standar 4 hari; terlama 8 hari 6 jam; 27 terlambat (34 % tepat waktu)"
    assert step_note(step(runs=5, on_time=5, median=3, worst=5), PER_DAY) == \
        "5 kali; median 3 menit dari standar 5 menit; terlama 5 menit; semua tepat waktu"
    assert step_note(step(runs=4, on_time=4, median=60, worst=200, std=None, standard=""), PER_DAY) == \
        "4 kali; median 1 jam; terlama 3 jam 20 menit; tanpa waktu standar (dinilai dari pelaksanaannya saja)"
    assert step_note(step(runs=0, on_time=0, median=None, worst=None), PER_DAY) == \
        "Tidak dilaksanakan pada periode ini"
    assert step_note(step(runs=0, on_time=0, median=None, worst=None, running=2), PER_DAY) == \
        "Tidak dilaksanakan pada periode ini (2 masih berjalan)"
    assert step_note(step(runs=1_250, on_time=1_250, running=3, running_late=2), PER_DAY) == \
        "1.250 kali; median 4 menit dari standar 5 menit; terlama 15 menit; semua tepat waktu; " \
        "2 masih berjalan melewati standar"


def _stats(steps):
    return MonitoringStats("cek", "SOP Cek", 2026, PER_DAY, steps, cases=12, closed=10)


def test_the_prefilled_form_and_its_problems():
    header = SopHeader("cek", "SOP Cek", "/SOP/1", "Kecamatan Somagede", 2)
    stats = _stats([step(1, runs=10, on_time=10), step(2, runs=10, on_time=5),
                    step(3, runs=0, on_time=0, median=None, worst=None)])
    form = monitoring_form(stats, header, Semester(2026, 1), 80)
    assert [r.judgement for r in form.rows] == [BAIK, TIDAK_BAIK, None]
    assert form.rows[1].judgement_text == "Tidak berjalan dengan baik"
    assert (form.cases, form.closed, form.threshold) == (12, 10, 80)
    assert form.summary() == "1 dari 3 langkah berjalan dengan baik; 1 belum dinilai"
    assert form.problems() == ["Pilih penilai (pejabat yang menilai).",
                               "Langkah 2 tidak berjalan dengan baik: tulis tindakan yang harus diambil."]
    penilai = Official("DWI HARTONO, S.STP., M.Si.", "Sekretaris Kecamatan", "Pembina (IV/a)", "197803121999031004")
    done = form.with_row(2, action="  Staf didampingi Kasubbag.  ")
    done = MonitoringForm(**{**done.__dict__, "penilai": penilai})
    assert done.problems() == [] and done.row(2).action == "Staf didampingi Kasubbag."
    # JSON round trip keeps everything
    assert MonitoringForm.from_dict(done.to_dict()) == done
    with pytest.raises(MonevError, match="tidak dikenal"):
        form.with_row(1, judgement="lumayan")


def test_refresh_keeps_what_the_penilai_wrote():
    header = SopHeader("cek", "SOP Cek")
    old = monitoring_form(_stats([step(1, runs=10, on_time=10), step(2, runs=10, on_time=5), step(3)]),
                          header, Semester(2026, 1), 80)
    old = old.with_row(1, judgement=TIDAK_BAIK, action="Dipantau")      # overruled by hand
    old = old.with_row(2, action="Dilatih")
    old = old.with_row(3, note="Catatan sendiri")
    new = monitoring_form(_stats([step(1, runs=20, on_time=20), step(2, runs=20, on_time=20),
                                  step(3, runs=20, on_time=1)]), header, Semester(2026, 1), 80)
    got = refreshed(old, new)
    assert [r.judgement for r in got.rows] == [TIDAK_BAIK, BAIK, TIDAK_BAIK]
    assert [r.action for r in got.rows] == ["Dipantau", "Dilatih", ""]
    assert got.row(3).note == "Catatan sendiri" and got.row(2).note.startswith("20 kali")
    assert got.row(1).figures["runs"] == 20


def test_evaluation_share_and_recommendation():
    def answers(*values):
        return [EvaluationAnswer(v) for v in values]
    assert recommendation(answers(*[YA] * 7)) == TETAP
    assert recommendation_reason(answers(*[YA] * 7)) == "semua jawaban Ya"
    some_no = answers(YA, TIDAK, YA, YA, TIDAK, YA, YA)
    assert recommendation(some_no) == PERLU_PENYEMPURNAAN
    assert recommendation_reason(some_no) == "jawaban Tidak pada butir 2 dan 5"
    assert yes_share(some_no) == pytest.approx(5 / 7)
    open_one = answers(YA, YA, None, YA, YA, YA, YA)
    assert recommendation(open_one) is None and yes_share(open_one) == 1.0
    assert yes_share(answers(*[None] * 7)) is None


def test_the_evaluation_form():
    form = EvaluationForm(SopHeader("cek", "SOP Cek"), 2026)
    assert form.recommendation is None and form.problems() == [
        "Pilih penilai (pejabat yang mengevaluasi).", "Jawab Ya atau Tidak untuk pertanyaan 1, 2, 3, 4, 5, 6, 7."]
    for no in range(1, 8):
        form = form.with_answer(no, "Ya" if no != 3 else "tidak", note=f"catatan {no}" if no == 3 else ...)
    assert form.recommendation == PERLU_PENYEMPURNAAN and form.yes_count == 6
    assert form.answers[2] == EvaluationAnswer(TIDAK, "catatan 3")
    assert EvaluationForm.from_dict(form.to_dict()) == form
    assert form.to_dict()["answers"][0] == {"no": 1, "question": "Mampu mendorong peningkatan kinerja",
                                            "answer": "ya", "note": ""}
    with pytest.raises(MonevError, match="Pertanyaan 8 tidak ada"):
        form.with_answer(8, "ya")
    with pytest.raises(MonevError, match="Jawaban \"mungkin\""):
        form.with_answer(1, "mungkin")


def test_runs_without_a_due_time_are_left_out_of_the_share():
    # the step has a standard now; 4 of its runs ran under a version without one
    mixed = StepStats(2, "Langkah 2", "Staf", "15 menit", 15, runs=10, on_time=5, untimed=4, median_minutes=12,
                      worst_minutes=40)
    assert mixed.timed == 6 and mixed.late == 1
    assert judge(mixed, 80) == BAIK                      # 5 of 6 timed runs: 83 %
    assert step_note(mixed, PER_DAY) == ("10 kali; median 12 menit dari standar 15 menit; terlama 40 menit; "
                                         "1 terlambat (83 % tepat waktu); 4 kali tanpa waktu standar "
                                         "(versi SOP sebelumnya)")
    only_untimed = StepStats(2, "Langkah 2", "Staf", "15 menit", 15, runs=3, on_time=0, untimed=3,
                             median_minutes=12, worst_minutes=40)
    assert judge(only_untimed, 80) == BAIK
    assert step_note(only_untimed, PER_DAY).endswith("terlama 40 menit; 3 kali tanpa waktu standar "
                                                     "(versi SOP sebelumnya)")
    # no standard at all (an empty Waktu): every run is untimed, judged on its runs
    none = StepStats(3, "Langkah 3", "Staf", "", None, runs=4, on_time=0, untimed=4, median_minutes=60,
                     worst_minutes=200)
    assert judge(none, 80) == BAIK
    assert step_note(none, PER_DAY) == ("4 kali; median 1 jam; terlama 3 jam 20 menit; tanpa waktu standar "
                                        "(dinilai dari pelaksanaannya saja)")
