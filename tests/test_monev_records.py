"""The monev records (app/monev.py): prefilled from the cases, edited, finalised, revised with
history kept; the evaluation's answers file; the annual report's gathering."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sopdesk.app import monev
from sopdesk.app.office import Office
from sopdesk.domain.errors import UserError
from sopdesk.domain.monev import (
    BAIK,
    EVALUASI,
    MONITORING,
    PERLU_PENYEMPURNAAN,
    TETAP,
    TIDAK_BAIK,
    EvaluationForm,
    MonevError,
    MonitoringForm,
    Semester,
)
from sopdesk.domain.office import Official
from tests.helpers import DECISION_SOP, FixedClock, wib

pytestmark = pytest.mark.databases  # db_target and office: SQLite and PostgreSQL (conftest.py)

CODE = "cek-berkas"
S1 = Semester(2027, 1)
PENILAI = Official("DWI HARTONO, S.STP., M.Si.", "Sekretaris Kecamatan", "Pembina (IV/a)", "197803121999031004")


@pytest.fixture
def office(db_target):
    o = Office(db_target, clock=FixedClock(wib(2027, 7, 6, 10, 0)))
    o.import_sop_text(DECISION_SOP)
    o.save_official(PENILAI)
    yield o
    o.close()


def run_case(o: Office, day: int, minutes_2: int, month: int = 1) -> int:
    """A cek-berkas case on 2027-<month>-<day>: step 1 takes 4 minutes (of 5), step 2 `minutes_2` (of 15)."""
    cid = o.new_case(CODE, f"Berkas {day}", year=2027)
    at = f"2027-{month:02d}-{day:02d}T"
    o.start_step(cid, 1, at=at + "08:00")
    o.finish_step(cid, 1, at=at + "08:04")
    o.start_step(cid, 2, at=at + "08:10")
    end = 8 * 60 + 10 + minutes_2
    o.finish_step(cid, 2, at=f"{at}{end // 60:02d}:{end % 60:02d}", decision="ya")
    o.start_step(cid, 4, at=f"{at}{(end + 5) // 60:02d}:{(end + 5) % 60:02d}")
    o.finish_step(cid, 4, at=f"{at}{(end + 10) // 60:02d}:{(end + 10) % 60:02d}")
    return cid


@pytest.fixture
def with_cases(office):
    for day, minutes in ((11, 10), (12, 20), (13, 12), (14, 30), (15, 9)):   # step 2: 3 of 5 on time
        run_case(office, day, minutes)
    return office


def test_the_threshold_is_an_office_setting(office):
    assert monev.threshold(office) == 80
    assert monev.save_threshold(office, "60 %") == 60 and monev.threshold(office) == 60
    with pytest.raises(MonevError, match="Ambang"):
        monev.save_threshold(office, 0)
    assert monev.threshold(office) == 60


def test_the_prefilled_form_judges_each_step(with_cases):
    form = monev.prefill_monitoring(with_cases, CODE, S1)
    assert (form.sop.code, form.sop.name, form.sop.version, form.semester) == (CODE, "SOP Pemeriksaan Berkas", 1, S1)
    assert form.cases == 5 and form.threshold == 80 and form.signed_on == date(2027, 7, 6)
    assert [r.no for r in form.rows] == [1, 2, 3, 4]
    assert [r.judgement for r in form.rows] == [BAIK, TIDAK_BAIK, None, BAIK]   # step 2: 60 % < 80 %
    assert form.row(2).note == ("5 kali; median 12 menit dari standar 15 menit; terlama 30 menit; "
                                "2 terlambat (60 % tepat waktu)")
    assert form.row(3).note == "Tidak dilaksanakan pada periode ini"
    assert form.penilai is None and all(r.action == "" for r in form.rows)
    # a lower threshold of the office judges step 2 good
    monev.save_threshold(with_cases, 60)
    assert monev.prefill_monitoring(with_cases, CODE, S1).row(2).judgement == BAIK


def test_edit_finalise_revise_and_history(with_cases):
    o = with_cases
    form = monev.prefill_monitoring(o, CODE, S1)
    first = monev.save(o, form)
    assert (first.kind, first.sop_code, first.period, first.revision, first.state) == (MONITORING, CODE, "2027-1", 1,
                                                                                       "draft")
    # finalising an incomplete form says what is missing
    with pytest.raises(MonevError) as e:
        monev.finalise(o, first.id)
    assert "Pilih penilai" in str(e.value) and "Langkah 2 tidak berjalan dengan baik" in str(e.value)
    edited = replace(form.with_row(2, action="Kasubbag memeriksa berkas pada hari yang sama."),
                     penilai=o.find_official("197803121999031004"))
    again = monev.save(o, edited)
    assert again.id == first.id and again.revision == 1 and again.form.row(2).action.startswith("Kasubbag")
    final = monev.finalise(o, first.id)
    assert final.final and final.final_at is not None
    # a final record changes only by a new revision
    with pytest.raises(MonevError, match="sudah final \\(revisi 1\\)"):
        monev.save(o, edited.with_row(1, note="diubah"))
    with pytest.raises(MonevError, match="alasan revisi"):
        monev.new_revision(o, first.id, "  ")
    second = monev.new_revision(o, first.id, "Catatan langkah 1 dilengkapi")
    assert (second.revision, second.state, second.reason) == (2, "draft", "Catatan langkah 1 dilengkapi")
    assert second.form == final.form
    with pytest.raises(MonevError, match="masih draf"):
        monev.new_revision(o, first.id, "lagi")
    monev.save(o, second.form.with_row(1, note="Berjalan lancar."))
    monev.finalise(o, second.id)
    revs = monev.history(o, MONITORING, CODE, "2027-1")
    assert [(r.revision, r.state) for r in revs] == [(1, "final"), (2, "final")]
    assert revs[0].form.row(1).note.startswith("5 kali") and revs[1].form.row(1).note == "Berjalan lancar."
    # a third revision opened by mistake is thrown away; the second is current again
    third = monev.new_revision(o, second.id, "keliru")
    monev.discard_draft(o, third.id)
    assert monev.current(o, MONITORING, CODE, "2027-1").revision == 2
    with pytest.raises(MonevError, match="Hanya draf"):
        monev.discard_draft(o, second.id)


def test_refresh_keeps_the_edits_and_the_next_semester_takes_the_penilai(with_cases):
    o = with_cases
    form = replace(monev.prefill_monitoring(o, CODE, S1).with_row(2, action="Dilatih"), penilai=PENILAI)
    fresh = monev.refresh_monitoring(o, form, threshold_percent=50)
    assert fresh.threshold == 50 and fresh.row(2).judgement == BAIK and fresh.row(2).action == "Dilatih"
    assert fresh.penilai == PENILAI
    monev.save(o, form)
    later, rec = monev.monitoring_for(o, CODE, Semester(2027, 2))
    assert rec is None and later.penilai == PENILAI
    shown, rec = monev.monitoring_for(o, CODE, S1)
    assert rec is not None and shown.row(2).action == "Dilatih"


def test_text_typed_into_the_form_is_cleaned(with_cases):
    form = monev.prefill_monitoring(with_cases, CODE, S1).with_row(1, action="ok\x00\x07 baik")
    assert monev.save(with_cases, form).form.row(1).action == "ok baik"
    with pytest.raises(UserError, match="Tindakan langkah 1 terlalu panjang"):
        monev.save(with_cases, form.with_row(1, action="x" * 3000))


ANSWERS = '''
evaluator = "197803121999031004"
date = 2027-12-15
[[answers]]
no = 1
answer = "ya"
[[answers]]
no = 2
answer = "Ya"
note = "Bahasa SOP jelas."
[[answers]]
no = 3
answer = "tidak"
note = "Langkah 3 perlu contoh formulir."
'''


def test_evaluation_answers_from_a_file_and_the_record(office):
    form, rec = monev.evaluation_for(office, CODE, 2027)
    assert rec is None and form.recommendation is None and form.evaluator is None
    form, final = monev.read_answers(office, form, ANSWERS, "jawaban.toml")
    assert not final and form.evaluator.name == PENILAI.name and form.signed_on == date(2027, 12, 15)
    assert [a.answer for a in form.answers] == ["ya", "ya", "tidak", None, None, None, None]
    assert form.answers[2].note == "Langkah 3 perlu contoh formulir."
    saved = monev.save(office, form)
    with pytest.raises(MonevError, match="pertanyaan 4, 5, 6, 7"):
        monev.finalise(office, saved.id)
    rest = "".join(f'[[answers]]\nno = {n}\nanswer = "ya"\n' for n in (4, 5, 6, 7))
    form, final = monev.read_answers(office, form, "final = true\n" + rest)
    assert final and form.recommendation == PERLU_PENYEMPURNAAN and form.yes_count == 6
    monev.save(office, form)
    done = monev.finalise(office, saved.id)
    assert done.final and isinstance(done.form, EvaluationForm)
    for bad, match in (('answers = 3', "\\[\\[answers\\]\\]"), ('[[answers]]\nno = 9\nanswer = "ya"', "Pertanyaan 9"),
                       ('[[answers]]\nno = 1\nanswer = "mungkin"', "mungkin"), ('penilai = "x"', "tidak dikenal"),
                       ('evaluator = "Orang Lain"', "tidak terdaftar"), ('date = "kemarin"', "tanggal"),
                       ('final = "ya"', "final harus"), ('answers = [', "tidak dapat dibaca")):
        with pytest.raises(MonevError, match=match):
            monev.read_answers(office, form, bad, "x.toml")


def test_the_annual_report_counts_final_records(with_cases):
    o = with_cases
    report = monev.annual_report(o, 2027)
    assert (report.in_force, report.monitored, report.evaluated) == (2, 0, 0)   # the seed SOP and cek-berkas
    assert report.signer is not None and report.signer.position == "Camat Somagede"
    form = replace(monev.prefill_monitoring(o, CODE, S1).with_row(2, action="Dilatih"), penilai=PENILAI)
    rec = monev.save(o, form)
    report = monev.annual_report(o, 2027)
    entry = next(e for e in report.entries if e.sop.code == CODE)
    assert report.monitored == 0 and entry.drafts == ("2027-1",)
    monev.finalise(o, rec.id)
    ev = EvaluationForm(form.sop, 2027, evaluator=PENILAI)
    for n in range(1, 8):
        ev = ev.with_answer(n, "ya")
    monev.finalise(o, monev.save(o, ev).id)
    monev.new_revision(o, rec.id, "dibuka lagi")     # a draft after the final: the final still counts
    report = monev.annual_report(o, 2027)
    entry = next(e for e in report.entries if e.sop.code == CODE)
    assert (report.in_force, report.monitored, report.evaluated) == (2, 1, 1)
    assert entry.semesters[0] is not None and entry.semesters[1] is None and entry.drafts == ()
    assert entry.evaluation is not None and entry.evaluation.recommendation == TETAP
    assert isinstance(entry.semesters[0], MonitoringForm)
    assert monev.current(o, EVALUASI, CODE, "2027").final
    # an SOP takes effect in a year: before it, it is not in force
    assert monev.in_force("2021-12", 2020) is False and monev.in_force("2021-12", 2021) and monev.in_force("", 1990)


def test_a_semester_counts_the_cases_that_started_in_it(with_cases):
    run_case(with_cases, 6, 40, month=7)          # July: the second semester
    first = monev.prefill_monitoring(with_cases, CODE, S1)
    second = monev.prefill_monitoring(with_cases, CODE, Semester(2027, 2))
    assert (first.cases, first.row(2).runs) == (5, 5)
    assert (second.cases, second.row(2).runs, second.row(2).judgement) == (1, 1, TIDAK_BAIK)
    assert second.row(2).note == "1 kali; median 40 menit dari standar 15 menit; terlama 40 menit; " \
                                 "1 terlambat (0 % tepat waktu)"
