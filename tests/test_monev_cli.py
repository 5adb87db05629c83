"""`report monev`, `report evaluasi`, `report tahunan`: the contracts, their JSON and their refusals."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace

import pytest

from sopdesk.app import monev
from sopdesk.app.office import Office
from tests.helpers import DECISION_SOP, FixedClock, wib
from tests.pdf_checks import norm, page_texts
from tests.test_monev_records import CODE, PENILAI, S1, run_case


def cli(db, *args):
    return subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(db), *args], capture_output=True, text=True,
                          encoding="utf-8", env=dict(os.environ), timeout=300)


@pytest.fixture
def db(tmp_path):
    o = Office(tmp_path / "kantor.db", clock=FixedClock(wib(2027, 7, 6, 10, 0)))
    o.import_sop_text(DECISION_SOP)
    o.save_official(PENILAI)
    for day, minutes in ((11, 10), (12, 20), (13, 12), (14, 30), (15, 9)):
        run_case(o, day, minutes)
    o.close()
    return tmp_path / "kantor.db"


def test_report_monev_prints_the_form_from_the_data_then_the_saved_record(tmp_path, db):
    out = tmp_path / "monev.pdf"
    p = cli(db, "report", "monev", "--sop", CODE, "--semester", "2027-1", "--out", str(out), "--json")
    assert p.returncode == 0, p.stderr
    assert "belum disimpan" in p.stderr and str(out) in p.stderr
    data = json.loads(p.stdout)
    assert (data["sop"], data["semester"], data["record"], data["threshold"], data["cases"]) == \
        (CODE, "2027-1", None, 80, 5)
    assert data["period"] == {"start": "2027-01-01", "end": "2027-06-30", "label": "Semester I Tahun 2027"}
    assert (data["good"], data["not_good"], data["summary"]) == (2, 1, "2 dari 4 langkah berjalan dengan baik; "
                                                                       "1 belum dinilai")
    step2 = data["steps"][1]
    assert (step2["no"], step2["judgement"], step2["judgement_text"], step2["runs"], step2["on_time"],
            step2["late"], step2["median_minutes"], step2["worst_minutes"], step2["standard_minutes"]) == \
        (2, "tidak", "Tidak berjalan dengan baik", 5, 3, 2, 12, 30, 15)
    assert "DRAF — belum disimpan" in norm(page_texts(out)[0])
    # saved and finalised in the program: the command prints the record
    o = Office(db)
    form = replace(monev.prefill_monitoring(o, CODE, S1).with_row(2, action="Dilatih"), penilai=PENILAI)
    monev.finalise(o, monev.save(o, form).id)
    o.close()
    p = cli(db, "report", "monev", "--sop", CODE, "--semester", "2027-1", "--out", str(out), "--json")
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert data["record"]["state"] == "final" and data["record"]["revision"] == 1
    assert data["steps"][1]["action"] == "Dilatih" and data["penilai"]["nip"] == PENILAI.nip
    assert "DRAF" not in norm(" ".join(page_texts(out)))
    p = cli(db, "report", "monev", "--sop", CODE, "--semester", "2027-1", "--out", str(out))
    assert p.returncode == 0 and p.stdout.strip() == str(out)


def test_report_evaluasi_with_an_answers_file(tmp_path, db):
    answers = tmp_path / "jawaban.toml"
    answers.write_text(f'evaluator = "{PENILAI.nip}"\ndate = 2027-12-15\nfinal = true\n' + "".join(
        f'[[answers]]\nno = {n}\nanswer = "{"tidak" if n == 6 else "ya"}"\nnote = "catatan {n}"\n'
        for n in range(1, 8)), encoding="utf-8")
    out = tmp_path / "evaluasi.pdf"
    p = cli(db, "report", "evaluasi", "--sop", CODE, "--year", "2027", "--answers", str(answers), "--out", str(out),
            "--json")
    assert p.returncode == 0, p.stderr
    assert "disimpan (final, revisi 1)" in p.stderr
    data = json.loads(p.stdout)
    assert (data["year"], data["yes"], data["answered"], data["yes_share"], data["recommendation"]) == \
        (2027, 6, 7, 0.8571, "perlu penyempurnaan")
    assert data["answers"][5] == {"no": 6, "question": "Mampu menjawab kebutuhan peningkatan kinerja organisasi",
                                  "answer": "tidak", "note": "catatan 6"}
    assert data["record"]["state"] == "final" and data["evaluator"]["name"] == PENILAI.name
    assert "Perlu penyempurnaan (jawaban Tidak pada butir 6)" in norm(page_texts(out)[0])
    # a final evaluation is not changed by another answers file
    p = cli(db, "report", "evaluasi", "--sop", CODE, "--year", "2027", "--answers", str(answers), "--out", str(out))
    assert p.returncode == 1 and "sudah final" in p.stderr and "Traceback" not in p.stderr
    # without answers: the saved record; another year: a blank form to fill by hand
    p = cli(db, "report", "evaluasi", "--sop", CODE, "--year", "2028", "--out", str(out), "--json")
    assert p.returncode == 0 and "dicetak kosong" in p.stderr
    assert json.loads(p.stdout)["recommendation"] is None


def test_report_tahunan(tmp_path, db):
    out = tmp_path / "tahunan.pdf"
    p = cli(db, "report", "tahunan", "--year", "2027", "--out", str(out), "--paper", "A4")
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == str(out)
    text = norm(" ".join(page_texts(out)))
    assert "(SOP AP) KECAMATAN SOMAGEDE PERIODE 2027" in text and "Jumlah SOP AP yang berlaku : 2" in text


def test_refusals_are_sentences(tmp_path, db):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[answers]]\nno = 8\nanswer = "ya"\n', encoding="utf-8")
    for args, words in ((("monev", "--sop", CODE, "--semester", "2027-3"), "tidak dapat dibaca"),
                        (("monev", "--sop", "tidak-ada", "--semester", "2027-1"), "tidak ada"),
                        (("evaluasi", "--sop", CODE, "--year", "20270"), "Tahun 20270"),
                        (("evaluasi", "--sop", CODE, "--year", "2027", "--answers", str(bad)), "Pertanyaan 8"),
                        (("evaluasi", "--sop", CODE, "--year", "2027", "--answers", str(tmp_path / "x.toml")),
                         "tidak ditemukan"),
                        (("tahunan", "--year", "99999"), "Tahun 99999")):
        p = cli(db, "report", *args, "--out", str(tmp_path / "x.pdf"))
        assert p.returncode == 1 and words in p.stderr and "Traceback" not in p.stderr, (args, p.stderr)
    p = cli(db, "report", "monev", "--sop", CODE, "--out", "x.pdf")
    assert p.returncode == 2 and "--semester" in p.stderr
