"""PK content, letter numbers and the office file, through Office and the CLI."""
import os
import subprocess
import sys
from datetime import date

import pytest
from pypdf import PdfReader

from sopdesk.app.office import Office
from sopdesk.app.paperwork import (
    issue_number,
    load_office_file,
    load_pk,
    new_pk,
    numbers_of_case,
    pengantar_for_case,
    previous_pk,
    save_pk,
)
from sopdesk.domain.errors import UserError
from sopdesk.domain.pk import PkError, pk_from_toml_text
from tests.helpers import SEED

pytestmark = pytest.mark.databases  # db_target and office: SQLite and PostgreSQL (conftest.py)

PK_TOML = '''year = 2027
place = "Somagede"
date = "2027-01-04"
first_party  = { name = "Drs. SAPTONO SUPRIYANTO", position = "Camat Somagede", rank = "Pembina Tingkat I (IV/b)", nip = "196509241995031002" }
second_party = { name = "Ir. H. SADEWO TRI LASTIONO, M.M.", position = "Bupati Banyumas" }
[[targets]]
goal = "Meningkatnya kualitas pelayanan publik"
indicator = "Indeks Kepuasan Masyarakat (IKM)"
target = "82"
unit = "nilai"
[[targets]]
goal = "Meningkatnya akuntabilitas kinerja kecamatan"
indicator = "Nilai SAKIP kecamatan"
target = "BB"
unit = ""
[[programs]]
name = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
budget = 1250000000
note = ""
[[programs]]
name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
budget = 350000000
note = "APBD 2027"
'''


@pytest.fixture
def office(db_target):
    o = Office(db_target)
    yield o
    o.close()


def test_pk_saved_loaded_and_copied_to_next_year(office):
    c1 = office.new_case(SEED, "Penyusunan PK Tahun 2027", year=2026)
    assert load_pk(office, c1) is None
    save_pk(office, c1, pk_from_toml_text(PK_TOML))
    pk = load_pk(office, c1)
    assert pk.year == 2027 and len(pk.targets) == 2 and pk.total_budget == 1_600_000_000
    c2 = office.new_case(SEED, "Penyusunan PK Tahun 2028", year=2027)
    assert previous_pk(office, c2).year == 2027
    draft = new_pk(office, c2)
    assert draft.year == 2028 and draft.targets == pk.targets and draft.date is None


def test_new_pk_without_history_takes_parties_from_officials(office):
    cid = office.new_case(SEED, "Penyusunan PK Tahun 2027", year=2026)
    draft = new_pk(office, cid)
    assert draft.first_party.nip == "196509241995031002" and draft.first_party.position == "Camat Somagede"
    assert draft.second_party.position == "Bupati Banyumas"


def test_pk_with_bad_rows_is_refused_and_nothing_saved(office):
    cid = office.new_case(SEED, "PK")
    with pytest.raises(PkError):
        save_pk(office, cid, pk_from_toml_text(PK_TOML.replace("budget = 350000000", 'budget = "banyak"')))
    assert load_pk(office, cid) is None
    with pytest.raises(UserError, match="tidak ada"):
        save_pk(office, 999, pk_from_toml_text(PK_TOML))


def test_letter_numbers_never_repeat_across_two_windows(tmp_path):
    a, b = Office(tmp_path / "t.db"), Office(tmp_path / "t.db")
    got = [issue_number(o, 2027) for _ in range(5) for o in (a, b)]
    assert len(set(got)) == 10
    assert got[0] == "000.7.2.7/1/2027" and "000.7.2.7/10/2027" in got
    assert issue_number(a, 2028) == "000.7.2.7/1/2028"  # the counter is per year


def test_pengantar_draws_one_number_per_case(office):
    cid = office.new_case(SEED, "PK")
    with pytest.raises(UserError, match="belum punya isi PK"):
        pengantar_for_case(office, cid)
    save_pk(office, cid, pk_from_toml_text(PK_TOML))
    first = pengantar_for_case(office, cid, letter_date=date(2027, 1, 5))
    again = pengantar_for_case(office, cid, letter_date=date(2027, 1, 6))
    assert first.number == again.number == "000.7.2.7/1/2027"
    assert numbers_of_case(office, cid) == ["000.7.2.7/1/2027"]
    assert first.items[0].description == "Perjanjian Kinerja Kecamatan Somagede Tahun 2027"


def test_office_file(office, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    f = tmp_path / "kantor.toml"
    f.write_text('''unit = "KECAMATAN SOMAGEDE"
phone = "(0281) 6512345"
email = "kec.somagede@banyumaskab.go.id"
paper = "A4"
numbering_template = "{kode}/{urut}/Kec.Smg/{tahun}"
logo = "logo.png"
[[officials]]
name = "Bambang Sutrisno, S.Sos."
nip = "197411232000031002"
rank = "Pembina (IV/a)"
position = "Sekretaris Kecamatan"
[[officials]]
name = "Drs. SAPTONO SUPRIYANTO"
nip = "196509241995031002"
rank = "Pembina Tingkat I (IV/b)"
position = "Camat Somagede"
''', encoding="utf-8")
    profile = load_office_file(office, f)
    assert profile.phone == "(0281) 6512345" and profile.paper == "A4"
    assert profile.logo_path.endswith("sopdesk-logo.png") and os.path.exists(profile.logo_path)
    assert len(office.officials()) == 2  # the Camat updated by NIP, not duplicated
    assert issue_number(office, 2027) == "000.7.2.7/1/Kec.Smg/2027"
    f.write_text('paper = "A4"\nfoo = "x"\n', encoding="utf-8")
    with pytest.raises(UserError, match="foo"):
        load_office_file(office, f)
    f.write_text('[[officials]]\nname = "X"\nnip = "123"\n', encoding="utf-8")
    with pytest.raises(UserError, match="pejabat ke-1"):
        load_office_file(office, f)
    assert len(office.officials()) == 2


def _run(db, *args):
    return subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(db), *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120)


def test_cli_pk_and_pengantar_pdfs(tmp_path, monkeypatch):
    monkeypatch.setenv("SOPDESK_DATA_DIR", str(tmp_path / "data"))
    db = tmp_path / "t.db"
    (tmp_path / "pk.toml").write_text(PK_TOML, encoding="utf-8")
    assert _run(db, "case", "new", "--sop", SEED, "--title", "PK 2027").returncode == 0
    p = _run(db, "pk", "pdf", "1", "--out", str(tmp_path / "x.pdf"))
    assert p.returncode == 1 and "belum punya isi PK" in p.stderr
    assert _run(db, "pk", "load", "1", str(tmp_path / "pk.toml")).returncode == 0
    assert _run(db, "pk", "pdf", "1", "--out", str(tmp_path / "pk.pdf")).returncode == 0
    text = " ".join(" ".join(pg.extract_text() for pg in PdfReader(tmp_path / "pk.pdf").pages).split())
    for words in ("PERJANJIAN KINERJA TAHUN 2027", "Indeks Kepuasan Masyarakat (IKM)", "Rp 1.600.000.000",
                  "Ir. H. SADEWO TRI LASTIONO, M.M.", "PIHAK KEDUA", "PIHAK PERTAMA"):
        assert words in text, words
    p = _run(db, "pengantar", "pdf", "1", "--out", str(tmp_path / "sp.pdf"), "--date", "2027-01-05")
    assert p.returncode == 0, p.stderr
    text = " ".join(PdfReader(tmp_path / "sp.pdf").pages[0].extract_text().split())
    for words in ("SURAT PENGANTAR", "000.7.2.7/1/2027", "1 (satu) berkas", "5 Januari 2027", "Bupati Banyumas"):
        assert words in text, words
    p = _run(db, "pengantar", "pdf", "1", "--out", str(tmp_path / "sp2.pdf"), "--nomor", "050/7/2027",
             "--date", "tanggal")
    assert p.returncode == 1 and "YYYY-MM-DD" in p.stderr
    p = _run(db, "pk", "pdf", "1", "--out", str(tmp_path / "no" / "dir" / "x.pdf"))
    assert p.returncode == 1 and "tidak dapat ditulis" in p.stderr and "Traceback" not in p.stderr
