from pathlib import Path

import pytest

from sopdesk.domain.sop_file import read_sop, write_sop
from sopdesk.resources import resource_path
from tests.helpers import DECISION_SOP

SEED_TEXT = resource_path("sops", "penyusunan-perencanaan-kinerja.toml").read_text(encoding="utf-8")
SEED_RAW = (Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_811cced143bf8072.txt")


def test_seed_is_valid_and_faithful():
    sop, problems = read_sop(SEED_TEXT, "seed")
    assert problems == []
    assert len(sop.steps) == 11
    assert sop.lanes == ("Staf Penerima Surat", "Staf", "Kasubbag Perencanaan dan Keuangan", "Sekretaris", "Camat")
    assert [s.lane for s in sop.steps] == [
        "Staf Penerima Surat", "Staf Penerima Surat", "Camat", "Kasubbag Perencanaan dan Keuangan", "Staf",
        "Kasubbag Perencanaan dan Keuangan", "Sekretaris", "Sekretaris", "Camat",
        "Kasubbag Perencanaan dan Keuangan", "Staf Penerima Surat"]
    assert [s.time for s in sop.steps] == ["5 menit", "15 Menit", "10 Menit", "4 hari", "7 hari", "15 menit",
                                            "1 hari", "15 menit", "30 menit", "15 menit", "60 menit"]
    assert (sop.steps[0].kind, sop.steps[-1].kind) == ("start", "end")
    assert len(sop.legal_basis) == 6 and len(sop.qualifications) == 6 and len(sop.related) == 3
    assert len(sop.equipment) == 6 and len(sop.warnings) == 1 and len(sop.records) == 1
    assert sop.approved_by.nip == "196509241995031002"


@pytest.mark.skipif(not SEED_RAW.exists(), reason="shared seed not beside the checkout")
def test_every_seed_text_appears_in_the_shipped_sop():
    raw = " ".join(SEED_RAW.read_text(encoding="utf-8").split())
    sop, _ = read_sop(SEED_TEXT)
    for text in (*sop.legal_basis, *sop.qualifications, *sop.related, *sop.equipment, *sop.warnings,
                 *sop.records, *(s.activity for s in sop.steps)):
        assert text in raw, text


def test_round_trip_is_exact():
    for text in (SEED_TEXT, DECISION_SOP):
        sop, problems = read_sop(text)
        assert problems == []
        again, problems = read_sop(write_sop(sop))
        assert problems == [] and again == sop


def test_round_trip_keeps_hostile_text():
    sop, _ = read_sop(DECISION_SOP)
    nasty = 'a "quoted" \\ back\nslash <b>&amp; \u202eRTL 😀 \x01'
    step = sop.steps[0].__class__(**{**sop.steps[0].__dict__, "activity": nasty})
    sop2 = sop.with_steps((step,) + sop.steps[1:])
    again, problems = read_sop(write_sop(sop2))
    assert problems == [] and again.steps[0].activity == nasty


def _problems(text):
    _sop, problems = read_sop(text, "x.toml")
    return [(p.step, p.field) for p in problems], [str(p) for p in problems]


def _mutate(old, new):
    assert old in DECISION_SOP
    return DECISION_SOP.replace(old, new, 1)


@pytest.mark.parametrize("old,new,where,words", [
    ('lane = "Kasubbag"', 'lane = "Camat"', (2, "lane"), "Camat"),
    ("\nno = 3\n", "\nno = 2\n", (2, "no"), "lebih dari sekali"),
    ("if_no = 3\n", "", (2, "if_no"), "if_yes dan if_no"),
    ("if_yes = 4", "if_yes = 9", (2, "if_yes"), "9 tidak ada"),
    ('kind = "end"', 'kind = "process"', (4, "kind"), "end"),
    ('time = "15 menit"', 'time = "5 mnt"', (2, "time"), "5 mnt"),
    ('time = "1 hari"', 'time = "sebentar"', (3, "time"), "sebentar"),
    ("if_no = 3", "if_no = 4", (3, "no"), "tidak dapat dicapai"),
    ("if_yes = 4", "if_yes = 3", (2, "next"), "tidak pernah sampai ke akhir"),
])
def test_each_problem_names_step_and_field(old, new, where, words):
    located, messages = _problems(_mutate(old, new))
    assert where in located, messages
    text = "\n".join(messages)
    assert words in text and "x.toml" in text


def test_unreachable_step_is_named():
    text = DECISION_SOP + '''
[[steps]]
no = 5
activity = "Langkah yatim"
lane = "Staf"
time = "5 menit"
'''
    located, _messages = _problems(text)
    assert (5, "no") in located


@pytest.mark.parametrize("text", [
    "", "format = 1", 'format = "sopdesk-sop/9"', "not toml ][", "\x00\x01",
    'format = "sopdesk-sop/1"\nsteps = 3', 'format = "sopdesk-sop/1"\n[[steps]]\nno = "a"',
    'format = "sopdesk-sop/1"\nlanes = [1, 2]\napproved_by = "x"', 'format = "sopdesk-sop/1"\n[[steps]]\nno = true',
])
def test_malformed_files_give_problems_not_tracebacks(text):
    _sop, problems = read_sop(text, "rusak.toml")
    assert problems and all("rusak.toml" in str(p) for p in problems)
