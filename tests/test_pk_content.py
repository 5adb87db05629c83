"""PK content model: reading the file format, its error messages, grouping and totals."""
from datetime import date

import pytest

from sopdesk.domain.pk import (
    Party,
    PkContent,
    PkError,
    Program,
    Target,
    group_targets,
    pk_from_dict,
    pk_from_toml_text,
    pk_to_dict,
    pk_to_toml_text,
    total_budget,
)

SAMPLE = '''
year = 2027
place = "Somagede"
date = "2027-01-04"
first_party  = { name = "Drs. SAPTONO SUPRIYANTO", position = "Camat Somagede", rank = "Pembina Tingkat I (IV/b)", nip = "19650924 199503 1 002" }
second_party = { name = "", position = "Bupati Banyumas" }

[[targets]]
goal = "Meningkatnya kualitas pelayanan publik"
indicator = "Indeks Kepuasan Masyarakat (IKM)"
target = "82"
unit = "nilai"

[[targets]]
goal = "Meningkatnya kualitas pelayanan publik"
indicator = "Persentase layanan PATEN sesuai standar waktu"
target = 95
unit = "%"

[[targets]]
goal = "Meningkatnya akuntabilitas kinerja kecamatan"
indicator = "Nilai SAKIP kecamatan"
target = "BB"
unit = ""

[[programs]]
name = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
budget = 1250000000
note = "APBD Tahun 2027"

[[programs]]
name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
budget = "Rp 215.750.000"
'''


def valid_dict(**changes) -> dict:
    d = {
        "year": 2027, "place": "Somagede", "date": "2027-01-04",
        "first_party": {"name": "Drs. SAPTONO SUPRIYANTO", "position": "Camat Somagede",
                        "rank": "Pembina Tingkat I (IV/b)", "nip": "196509241995031002"},
        "second_party": {"name": "", "position": "Bupati Banyumas"},
        "targets": [{"goal": "Meningkatnya kualitas pelayanan publik", "indicator": "IKM", "target": "82", "unit": "nilai"}],
        "programs": [{"name": "Program Penunjang", "budget": 1250000000, "note": ""}],
    }
    d.update(changes)
    return d


def error_of(d: dict) -> str:
    with pytest.raises(PkError) as info:
        pk_from_dict(d)
    return str(info.value)


def test_sample_file_reads():
    pk = pk_from_toml_text(SAMPLE, "pk-2027.toml")
    assert pk.year == 2027 and pk.place == "Somagede" and pk.date == date(2027, 1, 4)
    assert pk.first_party == Party("Drs. SAPTONO SUPRIYANTO", "Camat Somagede", "Pembina Tingkat I (IV/b)",
                                   "196509241995031002")   # spaces typed in the NIP are dropped
    assert pk.second_party.nip == "" and pk.second_party.position == "Bupati Banyumas"
    assert [t.target_text for t in pk.targets] == ["82 nilai", "95 %", "BB"]
    assert [p.budget for p in pk.programs] == [1250000000, 215750000]
    assert pk.programs[1].note == ""
    assert total_budget(pk) == pk.total_budget == 1465750000
    assert pk.unit == ""


def test_grouping_consecutive_targets_by_goal():
    ts = [Target("A", "a1", "1", ""), Target("a  ", "a2", "2", ""), Target("B", "b1", "3", ""),
          Target("A", "a3", "4", "")]
    groups = group_targets(ts)
    assert [(g.goal, [t.indicator for t in g.targets]) for g in groups] == \
        [("A", ["a1", "a2"]), ("B", ["b1"]), ("A", ["a3"])]
    assert group_targets([]) == []


def test_round_trip_dict_and_toml():
    pk = pk_from_toml_text(SAMPLE)
    assert pk_from_dict(pk_to_dict(pk)) == pk
    assert pk_from_toml_text(pk_to_toml_text(pk)) == pk


def test_round_trip_hostile_text():
    nasty = 'a "quote" \\ back\nnew line\ttab \x7f del \x01 <b>&amp; 😀 שלום é'
    pk = PkContent(2027, nasty, None, Party(nasty, "Camat"), Party("", "Bupati"),
                   [Target(nasty, nasty, nasty, nasty)], [Program(nasty, 0, nasty)], unit=nasty)
    back = pk_from_toml_text(pk_to_toml_text(pk))
    assert back.targets[0].goal == nasty.strip() and back.programs[0].note == nasty.strip()
    assert back.date is None


def test_native_toml_date_and_float_target():
    text = SAMPLE.replace('date = "2027-01-04"', "date = 2027-01-05").replace("target = 95", "target = 82.5")
    pk = pk_from_toml_text(text)
    assert pk.date == date(2027, 1, 5)
    assert pk.targets[1].target == "82,5"   # Indonesian decimal comma


def test_empty_lists_and_missing_date_are_allowed():
    pk = pk_from_dict(valid_dict(targets=[], programs=[], date=""))
    assert pk.targets == [] and pk.programs == [] and pk.date is None and total_budget(pk) == 0


def test_toml_syntax_error_is_clear():
    with pytest.raises(PkError) as info:
        pk_from_toml_text('year = 2027\nplace = "Somagede\n', "pk.toml")
    msg = str(info.value)
    assert msg.startswith("pk.toml: ") and "bukan berkas TOML yang sah" in msg and "line 2" in msg


def test_empty_goal_names_row_and_field():
    d = valid_dict(targets=[
        {"goal": "A", "indicator": "x", "target": "1"},
        {"goal": "   ", "indicator": "y", "target": "2"},
    ])
    assert error_of(d) == "Sasaran baris ke-2, kolom Sasaran Strategis (goal): sasaran tidak boleh kosong."


def test_empty_indicator_and_target():
    msg = error_of(valid_dict(targets=[{"goal": "A", "indicator": "", "target": ""}]))
    assert "Sasaran baris ke-1, kolom Indikator Kinerja (indicator): indikator tidak boleh kosong." in msg
    assert "Sasaran baris ke-1, kolom Target (target): target tidak boleh kosong" in msg


@pytest.mark.parametrize("budget, expected", [
    ("banyak", "Program baris ke-1, kolom Anggaran (budget): \"banyak\" bukan jumlah rupiah yang dapat dibaca"),
    (-5, "Program baris ke-1, kolom Anggaran (budget): anggaran tidak boleh negatif (-5)."),
    ("-5.000", "Program baris ke-1, kolom Anggaran (budget): anggaran tidak boleh negatif (-5000)."),
    (True, "Program baris ke-1, kolom Anggaran (budget): \"True\" bukan angka rupiah"),
    (12.5, "Program baris ke-1, kolom Anggaran (budget): \"12.5\" bukan angka rupiah"),
    (None, "Program baris ke-1, kolom Anggaran (budget): \"\" bukan angka rupiah"),
    ("Rp 1.000,50", "memuat sen"),
    (10**16, "terlalu besar"),
    ([1], "harus berupa angka rupiah"),
])
def test_bad_budget(budget, expected):
    assert expected in error_of(valid_dict(programs=[{"name": "P", "budget": budget}]))


def test_good_budget_spellings():
    for raw, value in (("1.250.000.000", 1250000000), ("Rp 5.000,-", 5000), (0, 0), (2.0, 2), ("1250", 1250)):
        assert pk_from_dict(valid_dict(programs=[{"name": "P", "budget": raw}])).programs[0].budget == value


def test_empty_program_name():
    msg = error_of(valid_dict(programs=[{"name": "P"} | {"budget": 1}, {"name": "", "budget": 1}]))
    assert msg == "Program baris ke-2, kolom Program (name): nama program tidak boleh kosong."


# The last year is written in full-width digits on purpose: str.isdigit() accepts them.
@pytest.mark.parametrize("year", ["27", 27, 20271, "dua ribu", None, True, 2027.0, "２０２７"])  # noqa: RUF001
def test_bad_year(year):
    msg = error_of(valid_dict(year=year))
    assert msg.startswith("Tahun (year):") and "tulis mis. year = 2027" in msg


def test_year_as_text_is_accepted():
    assert pk_from_dict(valid_dict(year="2028")).year == 2028


@pytest.mark.parametrize("value, expected", [
    ("2027-02-30", "Tanggal (date): \"2027-02-30\" bukan tanggal yang ada di kalender."),
    ("4 Januari 2027", "Tanggal (date): \"4 Januari 2027\" bukan tanggal; tulis tahun-bulan-tanggal, mis. \"2027-01-04\"."),
    (20270104, "bukan tanggal"),
])
def test_bad_date(value, expected):
    assert expected in error_of(valid_dict(date=value))


def test_nip_problem_is_reported_with_party_and_field():
    d = valid_dict()
    d["first_party"] = dict(d["first_party"], nip="19650924199503100")   # 17 digits
    assert error_of(d) == "Pihak pertama, kolom NIP (nip): NIP harus 18 angka; yang diketik 17 angka."
    d["first_party"]["nip"] = "19651324 199503 1 002"   # month 13
    assert "Pihak pertama, kolom NIP (nip): Tanggal lahir dalam NIP" in error_of(d)
    d["first_party"]["nip"] = "19650924 199503 3 002"   # sex digit 3
    assert "Pihak pertama, kolom NIP (nip): Angka jenis kelamin" in error_of(d)


def test_second_party_may_have_no_nip_but_a_bad_one_is_reported():
    d = valid_dict(second_party={"name": "Bupati", "position": "Bupati Banyumas", "nip": "abc"})
    assert error_of(d).startswith("Pihak kedua, kolom NIP (nip): NIP hanya boleh berisi angka")


def test_missing_or_malformed_parties():
    d = valid_dict()
    del d["second_party"]
    assert "Pihak kedua (second_party) belum diisi" in error_of(d)
    assert "Pihak pertama (first_party) harus berupa tabel" in error_of(valid_dict(first_party="Camat"))
    assert "Pihak pertama, kolom Jabatan (position): tidak boleh kosong." in \
        error_of(valid_dict(first_party={"name": "X", "position": ""}))


def test_malformed_rows_and_fields():
    assert "targets harus berupa daftar [[targets]]." in error_of(valid_dict(targets="A"))
    assert "programs: entri ke-1 bukan tabel [[programs]]." in error_of(valid_dict(programs=["P"]))
    assert "Sasaran baris ke-1, kolom Indikator Kinerja (indicator) harus berupa teks." in \
        error_of(valid_dict(targets=[{"goal": "A", "indicator": ["x"], "target": "1"}]))
    with pytest.raises(PkError):
        pk_from_dict(["not", "a", "table"])


def test_all_problems_are_listed_at_once():
    with pytest.raises(PkError) as info:
        pk_from_dict(valid_dict(year="x", date="kemarin", targets=[{"goal": ""}],
                                programs=[{"name": "P", "budget": -1}]))
    problems = info.value.problems
    assert len(problems) >= 5
    assert isinstance(info.value, ValueError)


def test_source_prefixes_every_message():
    with pytest.raises(PkError) as info:
        pk_from_dict(valid_dict(year="x", date="kemarin"), "pk.toml")
    assert all(p.startswith("pk.toml: ") for p in info.value.problems)


def test_file_too_large():
    with pytest.raises(PkError, match="terlalu besar"):
        pk_from_toml_text("#" * 2_000_001)
