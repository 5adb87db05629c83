"""The surat pengantar: its number from the office template, and its PDF read back."""
import re
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from sopdesk.documents.fonts import STAND_IN
from sopdesk.documents.pengantar import render_pengantar
from sopdesk.domain.office import OfficeProfile, Official
from sopdesk.domain.pengantar import (
    STANDARD_NOTE,
    Item,
    NumberTemplateError,
    Pengantar,
    PengantarError,
    default_addressee,
    format_number,
    number_template_problem,
    pengantar_for_pk,
    pengantar_problems,
)
from sopdesk.domain.pk import Party, PkContent
from tests.pdf_checks import HOSTILE, assert_fonts_embedded, no_network, norm, page_texts, sizes, squash  # noqa: F401 (no_network is an autouse fixture)

F4_PORTRAIT = (609.4, 935.4)
A4_PORTRAIT = (595.3, 841.9)
EXOTIC = "Naskah 😀 中文 שלום مرحبا ≥ Rp Ma'ruf é"


@pytest.fixture
def office():
    return OfficeProfile(phone="(0281) 123456", postal_code="53193", email="kec.somagede@banyumaskab.go.id")


@pytest.fixture
def camat():
    return Official("Drs. SAPTONO SUPRIYANTO", "Camat Somagede", "Pembina Tingkat I", "196509241995031002")


@pytest.fixture
def letter(office, camat):
    number = format_number(office.numbering_template, kode=office.classification_code, urut=12, tahun=2027)
    return Pengantar(
        number=number, date=date(2027, 1, 4), place="Somagede", addressee=default_addressee(office),
        items=[Item("Perjanjian Kinerja Kecamatan Somagede Tahun 2027", 1, "berkas", STANDARD_NOTE)],
        signer=camat, signer_title="CAMAT SOMAGEDE",
    )


# ---- numbering ---------------------------------------------------------------

def test_format_number_default_template():
    assert format_number("{kode}/{urut}/{tahun}", kode="000.7.2.7", urut=12, tahun=2027) == "000.7.2.7/12/2027"
    assert format_number("{kode}/{urut}/{tahun}", kode="050", urut=1, tahun=2019) == "050/1/2019"


def test_format_number_other_placeholders():
    assert format_number("{kode}/{urut:03d}/{bulan_romawi}/{tahun}", kode="000.7.2.7", urut=7, tahun=2027,
                         bulan=4) == "000.7.2.7/007/IV/2027"
    assert format_number("{kode}/{urut}/Kec.Smg/{bulan}/{tahun}", kode="000", urut=3, tahun=2027,
                         bulan=12) == "000/3/Kec.Smg/12/2027"
    assert format_number("{urut}/{tahun}", kode="", urut=3, tahun=2027) == "3/2027"   # no kode needed


@pytest.mark.parametrize("template, fragment", [
    ("{kode}/{nomor}/{tahun}", "memuat {nomor} yang tidak dikenal"),
    ("{kode}/{urut}/{Tahun}", "memuat {Tahun} yang tidak dikenal"),
    ("{}/{urut}", "memuat {} yang tidak dikenal"),
    ("{kode.__class__}", "yang tidak dikenal"),
    ("{urut!r}", "yang tidak dikenal"),
    ("{kode/{urut}", "tidak dapat dibaca"),
    ("{kode}/{urut}}", "tidak dapat dibaca"),
    ("", "kosong"),
])
def test_format_number_bad_template(template, fragment):
    with pytest.raises(ValueError) as info:
        format_number(template, kode="000.7.2.7", urut=1, tahun=2027)
    assert fragment in str(info.value)
    assert isinstance(info.value, NumberTemplateError)
    assert number_template_problem(template) is not None


def test_unknown_placeholder_message_lists_the_known_ones():
    msg = number_template_problem("{kode}/{no}/{tahun}")
    assert msg and "{kode}, {urut}, {tahun}, {bulan}, {bulan_romawi}" in msg
    assert number_template_problem("{kode}/{urut}/{tahun}") is None


@pytest.mark.parametrize("kwargs, fragment", [
    (dict(urut=0), "Nomor urut"),
    (dict(urut="12"), "Nomor urut"),
    (dict(tahun=27), "Tahun surat harus 4 angka"),
    (dict(kode=" "), "Kode klasifikasi arsip belum diisi"),
])
def test_format_number_bad_values(kwargs, fragment):
    args = dict(kode="000.7.2.7", urut=1, tahun=2027) | kwargs
    with pytest.raises(NumberTemplateError, match=fragment):
        format_number("{kode}/{urut}/{tahun}", **args)


def test_month_is_required_when_the_template_uses_it():
    with pytest.raises(NumberTemplateError, match="bulan surat"):
        format_number("{urut}/{bulan}/{tahun}", kode="", urut=1, tahun=2027)
    with pytest.raises(NumberTemplateError, match="bulan surat"):
        format_number("{urut}/{bulan_romawi}/{tahun}", kode="", urut=1, tahun=2027, bulan=13)


def test_bad_format_spec():
    with pytest.raises(NumberTemplateError, match="tidak dapat dipakai"):
        format_number("{kode:03d}", kode="000", urut=1, tahun=2027)


# ---- the letter --------------------------------------------------------------

def test_letter_reads_as_expected(tmp_path, letter, office):
    out = tmp_path / "pengantar.pdf"
    render_pengantar(letter, office, out)
    texts = page_texts(out)
    assert len(texts) == 1
    text = norm(texts[0])
    for part in (
        "PEMERINTAH KABUPATEN BANYUMAS", "KECAMATAN SOMAGEDE",
        "Jalan Raya Somagede No. 9, Somagede, Telp. (0281) 123456, Kode Pos 53193, Email kec.somagede@banyumaskab.go.id",
        "Nomor : 000.7.2.7/12/2027", "Somagede, 4 Januari 2027",
        "Yth. Bupati Banyumas u.p. Kepala Bagian Organisasi Setda Kabupaten Banyumas di Purwokerto",
        "SURAT PENGANTAR",
        "No Naskah Dinas/Barang yang dikirimkan Banyaknya Keterangan",
        "1. Perjanjian Kinerja Kecamatan Somagede Tahun 2027 1 (satu) berkas " + STANDARD_NOTE,
        "Diterima tanggal", "Penerima,", "CAMAT SOMAGEDE",
        "Drs. SAPTONO SUPRIYANTO", "Pembina Tingkat I", "NIP. 19650924 199503 1 002",
        "Nama ....", "NIP. ....",
    ):
        assert part in text, part
    assert "a.n." not in text
    assert text.index("Nomor") < text.index("Yth.") < text.index("SURAT PENGANTAR") < text.index("Diterima")


def test_on_behalf_line(tmp_path, letter, office):
    out = tmp_path / "an.pdf"
    render_pengantar(replace(letter, on_behalf="a.n. Camat Somagede", signer_title="Sekretaris Kecamatan"),
                     office, out)
    text = norm(page_texts(out)[0])
    assert "a.n. Camat Somagede" in text and "Sekretaris Kecamatan" in text
    assert text.index("a.n. Camat Somagede") < text.index("Sekretaris Kecamatan")
    render_pengantar(replace(letter, on_behalf="Plt. Camat Somagede"), office, out)
    assert "Plt. Camat Somagede" in norm(page_texts(out)[0])


def test_receiver_known_prints_instead_of_dots(tmp_path, letter, office):
    out = tmp_path / "r.pdf"
    render_pengantar(replace(letter, receiver_name="SITI AMINAH", receiver_nip="198001012005012001",
                             received_date=date(2027, 1, 6)), office, out)
    text = norm(page_texts(out)[0])
    assert "Diterima tanggal 6 Januari 2027" in text
    assert "Nama SITI AMINAH" in text and "NIP. 19800101 200501 2 001" in text


def test_counts_in_figures_and_words(tmp_path, letter, office):
    out = tmp_path / "n.pdf"
    items = [Item("Perjanjian Kinerja", 2, "eksemplar", ""), Item("Lampiran", 11, "lembar", ""),
             Item("Rekap", 1, "", "")]
    render_pengantar(replace(letter, items=items), office, out)
    text = norm(page_texts(out)[0])
    assert "2 (dua) eksemplar" in text and "11 (sebelas) lembar" in text and "1 (satu)" in text


def test_paper_f4_default_and_a4(tmp_path, letter, office):
    out = tmp_path / "p.pdf"
    render_pengantar(letter, office, out)
    assert sizes(out) == [F4_PORTRAIT]
    render_pengantar(letter, replace(office, paper="A4"), out)
    assert sizes(out) == [A4_PORTRAIT]


def test_fonts_embedded(tmp_path, letter, office):
    out = tmp_path / "p.pdf"
    render_pengantar(letter, office, out)
    assert_fonts_embedded(out)


def test_many_items_continue_with_header_and_page_number(tmp_path, letter, office):
    items = [Item(f"Naskah nomor {i}", i + 1, "berkas", "Untuk diketahui") for i in range(60)]
    out = tmp_path / "many.pdf"
    render_pengantar(replace(letter, items=items), office, out)
    texts = [norm(t) for t in page_texts(out)]
    assert len(texts) >= 2
    assert "- 2 -" in texts[1] and "- 2 -" not in texts[0]
    for t in texts:
        if "Naskah nomor" in t:
            assert "No Naskah Dinas/Barang yang dikirimkan Banyaknya Keterangan" in t
    joined = " ".join(texts)
    for i in range(60):
        assert f"Naskah nomor {i} " in joined
    assert "60 (enam puluh) berkas" in joined
    last = texts[-1]
    assert "Drs. SAPTONO SUPRIYANTO" in last and "CAMAT SOMAGEDE" in last and "NIP. 19650924 199503 1 002" in last
    # the receipt and signature blocks never stand alone: the last rows come with them
    assert "Naskah nomor 59" in last and "Naskah nomor 58" in last and "Diterima tanggal" in last


def test_problems_stop_printing(tmp_path, letter, office):
    bad = replace(letter, number=" ", items=[Item("", 0, "berkas", "")], signer_title="",
                  signer=replace(letter.signer, position=""))
    problems = pengantar_problems(bad)
    assert "Nomor surat belum diisi." in problems
    assert "Baris ke-1, kolom Naskah Dinas/Barang: tidak boleh kosong." in problems
    assert any(p.startswith("Baris ke-1, kolom Banyaknya") for p in problems)
    assert "Jabatan penanda tangan belum diisi." in problems
    with pytest.raises(PengantarError, match="belum dapat dicetak"):
        render_pengantar(bad, office, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(PengantarError, match="paling sedikit satu baris"):
        render_pengantar(replace(letter, items=[]), office, tmp_path / "x.pdf")


def test_markup_and_long_text_in_every_field(tmp_path, letter, office):
    h = HOSTILE
    long = " ".join(f"w{i:04d}" for i in range(834))[:5000]
    nasty_office = replace(office, government=h, unit=h + " " + long[:300], address=h, place=h, email=h)
    nasty = Pengantar(
        number=h, date=date(2027, 1, 4), place=h, addressee=["Yth. " + h, h, long],
        items=[Item(h, 1, h, h), Item(long, 3, "berkas", long)],
        signer=Official(h, h, h, "196509241995031002"), signer_title=h, on_behalf="a.n. " + h,
        receiver_name=h,
    )
    out = tmp_path / "hostile.pdf"
    render_pengantar(nasty, nasty_office, out)
    texts = page_texts(out)
    flat = squash("".join(texts))
    assert flat.count(squash(h)) >= 11
    words = set(re.findall(r"\bw\d{4}\b", " ".join(texts)))
    assert {w for w in long.split() if len(w) == 5} <= words
    for page in PdfReader(str(out)).pages:
        assert "/XObject" not in page["/Resources"].get_object() or not any(
            x.get_object().get("/Subtype") == "/Image" for x in page["/Resources"]["/XObject"].values())


def test_emoji_and_rtl(tmp_path, letter, office):
    out = tmp_path / "exotic.pdf"
    render_pengantar(replace(letter, items=[Item(EXOTIC, 1, "berkas", EXOTIC)],
                             signer=replace(letter.signer, name=EXOTIC)), office, out)
    text = " ".join(page_texts(out))
    assert STAND_IN in text and "≥" in text and "Ma'ruf" in text and "é" in text and "Rp" in text
    assert "😀" not in text


def test_pengantar_for_pk(office, camat):
    pk = PkContent(2027, "Somagede", date(2027, 1, 4), Party("X", "Camat Somagede"), Party("", "Bupati Banyumas"))
    letter = pengantar_for_pk(pk, office, number="000.7.2.7/12/2027", signer=camat)
    assert letter.items == [Item("Perjanjian Kinerja Kecamatan Somagede Tahun 2027", 1, "berkas", STANDARD_NOTE)]
    assert letter.date == date(2027, 1, 4) and letter.place == "Somagede"
    assert letter.addressee == ["Yth. Bupati Banyumas", "u.p. Kepala Bagian Organisasi Setda Kabupaten Banyumas",
                                "di Purwokerto"]
    assert letter.title_line == "CAMAT SOMAGEDE" and letter.on_behalf == ""
    sekcam = Official("ANI", "Sekretaris Kecamatan", "Penata Tingkat I (III/d)", "")
    an = pengantar_for_pk(pk, office, number="1", signer=sekcam, on_behalf="a.n. Camat Somagede")
    assert an.title_line == "Sekretaris Kecamatan" and an.on_behalf == "a.n. Camat Somagede"
