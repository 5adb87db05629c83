"""The PK PDF, read back as a reader would: wording, names, numbers, paper, fonts, hostile text."""
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader

from sopdesk.documents.fonts import STAND_IN, printable
from sopdesk.documents.pk import render_pk
from sopdesk.documents.safe_text import para_text
from sopdesk.domain.office import OfficeProfile
from sopdesk.domain.pk import Party, PkContent, Program, Target
from tests.pdf_checks import (  # noqa: F401 (no_network is an autouse fixture)
    HOSTILE,
    assert_fonts_embedded,
    assert_text_inside_margins,
    font_dicts,
    has_image,
    no_network,
    norm,
    page_texts,
    sizes,
    squash,
    text_positions,
)

F4_PORTRAIT = (609.4, 935.4)
A4_PORTRAIT = (595.3, 841.9)
EXOTIC = "Pelayanan 😀👍🏽 中文 שלום مرحبا ≥ Rp Ma'ruf é e\u0301"

STANDARD_SENTENCES = [
    "PERJANJIAN KINERJA TAHUN 2027",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta "
    "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "selanjutnya disebut pihak pertama",
    "selaku atasan pihak pertama, selanjutnya disebut pihak kedua",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, "
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen "
    "perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.",
    "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian "
    "kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan "
    "dan sanksi.",
]


# ---- helpers ---------------------------------------------------------------


@pytest.fixture
def office():
    return OfficeProfile(phone="(0281) 123456", postal_code="53193", email="kec.somagede@banyumaskab.go.id")


@pytest.fixture
def content():
    goal1 = "Meningkatnya kualitas pelayanan publik"
    goal3 = "Meningkatnya kinerja penyelenggaraan tugas umum kecamatan"
    return PkContent(
        year=2027, place="Somagede", date=date(2027, 1, 4),
        first_party=Party("Drs. SAPTONO SUPRIYANTO", "Camat Somagede", "Pembina Tingkat I (IV/b)", "196509241995031002"),
        second_party=Party("Ir. H. BUPATI CONTOH, M.Si.", "Bupati Banyumas"),
        targets=[
            Target(goal1, "Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan kecamatan", "82", "nilai"),
            Target(goal1, "Persentase layanan PATEN yang diselesaikan sesuai standar waktu", "95", "%"),
            Target("Meningkatnya akuntabilitas kinerja kecamatan", "Nilai SAKIP kecamatan", "BB", ""),
            Target(goal3, "Persentase desa yang mendapatkan pembinaan", "100", "%"),
            Target(goal3, "Persentase permasalahan trantibum yang tertangani", "90", "%"),
        ],
        programs=[
            Program("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 1250000000, "APBD Tahun 2027"),
            Program("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 215750000, "APBD Tahun 2027"),
            Program("Program Pemberdayaan Masyarakat Desa dan Kelurahan", 98500000, "APBD Tahun 2027"),
        ],
    )


# ---- the normal document -----------------------------------------------------

def test_statement_wording_word_for_word(tmp_path, content, office):
    out = tmp_path / "pk.pdf"
    render_pk(content, office, out)
    statement = norm(page_texts(out)[0])
    for sentence in STANDARD_SENTENCES:
        assert sentence in statement, sentence
    assert "KECAMATAN SOMAGEDE" in statement


def test_statement_parties_and_signatures(tmp_path, content, office):
    out = tmp_path / "pk.pdf"
    render_pk(content, office, out)
    statement = norm(page_texts(out)[0])
    assert "Nama : Drs. SAPTONO SUPRIYANTO Jabatan : Camat Somagede selanjutnya disebut pihak pertama" in statement
    assert ("Nama : Ir. H. BUPATI CONTOH, M.Si. Jabatan : Bupati Banyumas "
            "selaku atasan pihak pertama, selanjutnya disebut pihak kedua") in statement
    assert "Somagede, 4 Januari 2027" in statement
    for text in ("PIHAK KEDUA,", "BUPATI BANYUMAS,", "PIHAK PERTAMA,", "CAMAT SOMAGEDE,",
                 "Pembina Tingkat I (IV/b)", "NIP. 19650924 199503 1 002"):
        assert text in statement, text
    # a Bupati has no NIP: one NIP line only
    assert statement.count("NIP.") == 1


def test_pihak_kedua_left_pihak_pertama_right(tmp_path, content, office):
    out = tmp_path / "pk.pdf"
    render_pk(content, office, out)
    runs = text_positions(out)
    for page in (1, 2):
        kedua = [x for no, x, y, t, _ in runs if no == page and "PIHAK KEDUA" in t]
        pertama = [x for no, x, y, t, _ in runs if no == page and "PIHAK PERTAMA" in t]
        assert kedua and pertama and kedua[0] < pertama[0]
        place = [(x, y) for no, x, y, t, _ in runs if no == page and "Somagede, 4 Januari 2027" in t]
        assert place and place[0][0] > sizes(out)[page - 1][0] / 2   # place and date on the right


def test_lampiran_tables(tmp_path, content, office):
    out = tmp_path / "pk.pdf"
    render_pk(content, office, out)
    texts = page_texts(out)
    assert len(texts) == 2
    lampiran = norm(texts[1])
    assert lampiran.startswith("PERJANJIAN KINERJA TAHUN 2027 KECAMATAN SOMAGEDE")
    assert "No Sasaran Strategis Indikator Kinerja Target (1) (2) (3) (4)" in lampiran
    for t in content.targets:
        assert t.indicator in lampiran
    for target in ("82 nilai", "95 %", "BB", "100 %", "90 %"):
        assert target in lampiran
    # one sasaran cell for its two indicators
    assert lampiran.count("Meningkatnya kualitas pelayanan publik") == 1
    assert lampiran.count("Meningkatnya kinerja penyelenggaraan tugas umum kecamatan") == 1
    assert "1. Meningkatnya kualitas pelayanan publik" in lampiran
    assert "3. Meningkatnya kinerja penyelenggaraan tugas umum kecamatan" in lampiran
    assert "No Program Anggaran Keterangan" in lampiran
    for p, amount in zip(content.programs, ("Rp 1.250.000.000", "Rp 215.750.000", "Rp 98.500.000"), strict=True):
        assert f"{p.name} {amount} APBD Tahun 2027" in lampiran
    assert "JUMLAH Rp 1.564.250.000" in lampiran
    assert "NIP. 19650924 199503 1 002" in lampiran and "Ir. H. BUPATI CONTOH, M.Si." in lampiran


def test_anggaran_is_right_aligned(tmp_path, content, office):
    out = tmp_path / "pk.pdf"
    render_pk(content, office, out)
    runs = [(x, x_end) for no, x, y, t, x_end in text_positions(out) if no == 2 and t.strip().startswith("Rp ")]
    assert len(runs) == 4                        # three programs and the total
    assert len({round(x_end) for _, x_end in runs}) == 1    # all end at the same right edge
    assert len({round(x) for x, _ in runs}) > 1             # and so start at different places


def test_paper_sizes_f4_default_and_a4(tmp_path, content, office):
    out = tmp_path / "pk.pdf"
    render_pk(content, office, out)
    assert sizes(out) == [F4_PORTRAIT, F4_PORTRAIT[::-1]]   # statement portrait, lampiran landscape
    a4 = tmp_path / "pk-a4.pdf"
    render_pk(content, replace(office, paper="A4"), a4)
    assert sizes(a4) == [A4_PORTRAIT, A4_PORTRAIT[::-1]]
    render_pk(content, office, a4, paper="a4")
    assert sizes(a4)[0] == A4_PORTRAIT
    with pytest.raises(ValueError, match="Ukuran kertas"):
        render_pk(content, office, tmp_path / "x.pdf", paper="Letter")


def test_fonts_are_embedded(tmp_path, content, office):
    out = tmp_path / "pk.pdf"
    render_pk(content, office, out)
    assert_fonts_embedded(out)
    names = {str(f.get("/BaseFont")) for _, f in font_dicts(out)}
    assert all("LiberationSerif" in n for n in names), names


def test_text_stays_inside_the_margins(tmp_path, content, office):
    out = tmp_path / "pk.pdf"
    render_pk(content, office, out)
    assert_text_inside_margins(out)


def test_writes_to_a_binary_file(content, office):
    buf = BytesIO()
    render_pk(content, office, buf)
    assert buf.getvalue().startswith(b"%PDF-")
    assert "PERJANJIAN KINERJA TAHUN 2027" in PdfReader(BytesIO(buf.getvalue())).pages[0].extract_text()


def test_draft_without_date_names_or_programs(tmp_path, content, office):
    draft = replace(content, date=None, place="", programs=[],
                    second_party=Party("", "Bupati Banyumas"))
    out = tmp_path / "draft.pdf"
    render_pk(draft, office, out)
    texts = [norm(t) for t in page_texts(out)]
    assert len(texts) == 2
    assert "Somagede, ........................ 2027" in texts[0]     # office place, day left to fill in
    assert "Nama : ................................ Jabatan : Bupati Banyumas" in texts[0]
    assert "JUMLAH" not in texts[1] and "Program" not in texts[1]
    assert "Indeks Kepuasan Masyarakat" in texts[1]


def test_no_targets_yet_still_renders(tmp_path, content, office):
    out = tmp_path / "empty.pdf"
    render_pk(replace(content, targets=[], programs=[]), office, out)
    assert "Sasaran Strategis" in page_texts(out)[1]


def test_unit_override_and_logo(tmp_path, content, office):
    from PIL import Image
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 150), (20, 110, 60)).save(logo)
    out = tmp_path / "pk.pdf"
    render_pk(replace(content, unit="Sekretariat Kecamatan Somagede"), replace(office, logo_path=str(logo)), out)
    assert "SEKRETARIAT KECAMATAN SOMAGEDE" in page_texts(out)[0]
    assert has_image(out)


@pytest.mark.parametrize("logo_path", ["", "/no/such/logo.png", "http://example.invalid/logo.png"])
def test_missing_or_remote_logo_draws_nothing(tmp_path, content, office, logo_path):
    out = tmp_path / "pk.pdf"
    render_pk(content, replace(office, logo_path=logo_path), out)
    assert not has_image(out)


def test_broken_logo_file_draws_nothing(tmp_path, content, office):
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"not an image")
    out = tmp_path / "pk.pdf"
    render_pk(content, replace(office, logo_path=str(bad)), out)
    assert not has_image(out)


def test_long_lampiran_repeats_header_and_keeps_signature_together(tmp_path, content, office):
    targets = [Target(f"Sasaran nomor {i // 3}", f"Indikator kinerja nomor {i}", str(i), "%") for i in range(90)]
    programs = [Program(f"Program nomor {i}", 1000 * i, "APBD") for i in range(40)]
    out = tmp_path / "long.pdf"
    render_pk(replace(content, targets=targets, programs=programs), office, out)
    texts = [norm(t) for t in page_texts(out)]
    assert len(texts) > 3
    lampiran = texts[1:]
    target_pages = [t for t in lampiran if "Indikator kinerja nomor" in t]
    assert len(target_pages) >= 2
    for t in target_pages:
        assert "No Sasaran Strategis Indikator Kinerja Target (1) (2) (3) (4)" in t
    for i in range(90):
        assert f"Indikator kinerja nomor {i} {i} %" in " ".join(lampiran)
    for t in lampiran:
        if "Program nomor" in t:
            assert "No Program Anggaran Keterangan" in t
    total = sum(1000 * i for i in range(40))
    assert f"JUMLAH Rp {total:,}".replace(",", ".") in " ".join(lampiran)
    sig = [t for t in lampiran if "PIHAK PERTAMA" in t]
    assert len(sig) == 1
    # the signatures never stand alone on a page: the table's last rows come with them
    assert "Program nomor 39" in sig[0] and "JUMLAH" in sig[0]
    for part in ("Somagede, 4 Januari 2027", "PIHAK KEDUA,", "Drs. SAPTONO SUPRIYANTO", "Ir. H. BUPATI CONTOH",
                 "NIP. 19650924 199503 1 002"):
        assert part in sig[0]
    assert all(s == F4_PORTRAIT[::-1] for s in sizes(out)[1:])
    assert_text_inside_margins(out)


# ---- hostile text ------------------------------------------------------------

def test_markup_in_every_field_prints_literally(tmp_path, content, office):
    h = HOSTILE
    pk = PkContent(2027, h, date(2027, 1, 4), Party(h, h, h, "196509241995031002"), Party(h, h, h, ""),
                   [Target(h, h, h, h)], [Program(h, 5, h)], unit=h)
    hostile_office = replace(office, government=h, unit=h, address=h, place=h)
    out = tmp_path / "hostile.pdf"
    render_pk(pk, hostile_office, out)
    flat = squash("".join(page_texts(out)))
    # place, 2 names, 2 positions, 2 signature positions, 1 rank... each one printed as typed
    assert flat.count(squash(h)) >= 14
    assert flat.count(squash(h.upper())) >= 2       # the unit in both titles, in capitals
    assert not has_image(out)


def test_five_thousand_characters_in_every_text_field(tmp_path, content, office):
    def long(prefix):
        return " ".join(f"{prefix}{i:04d}" for i in range(834))[:5000]

    pk = PkContent(2027, "Somagede", date(2027, 1, 4),
                   Party(long("a"), long("b"), long("c"), "196509241995031002"), Party(long("d"), long("e")),
                   [Target(long("g"), long("i"), long("t"), "nilai"), Target(long("g"), "kedua", "1", "%"),
                    Target("Sasaran pendek", long("j"), "2", "%")],
                   [Program(long("p"), 10**15, long("n")), Program("Program pendek", 1, "")])
    out = tmp_path / "long.pdf"
    render_pk(pk, office, out)
    words = set(re.findall(r"\b[a-z]\d{4}\b", " ".join(page_texts(out))))
    for prefix in "abcdeginjtp":
        expected = {w for w in long(prefix).split() if len(w) == 5}
        assert expected <= words, f"text of field {prefix!r} lost: {sorted(expected - words)[:5]}"
    assert_text_inside_margins(out)
    assert "JUMLAH Rp 1.000.000.000.000.001" in norm(" ".join(page_texts(out)))


def test_emoji_cjk_and_rtl_print_as_stand_ins(tmp_path, content, office):
    pk = replace(content, first_party=replace(content.first_party, name=EXOTIC),
                 targets=[Target(EXOTIC, EXOTIC, "82", EXOTIC)], programs=[Program(EXOTIC, 1, EXOTIC)])
    out = tmp_path / "exotic.pdf"
    render_pk(pk, office, out)
    text = " ".join(page_texts(out))
    expected = printable(EXOTIC)
    assert expected.startswith("Pelayanan " + STAND_IN * 3 + " " + STAND_IN * 2)
    assert squash(expected) in squash(text)
    for kept in ("≥", "Rp", "Ma'ruf", "é"):
        assert kept in text
    assert "😀" not in text and "中" not in text
    assert_fonts_embedded(out)


def test_para_text_escapes_and_breaks_lines():
    assert para_text('<b>a & b</b>\nnext') == "&lt;b&gt;a &amp; b&lt;/b&gt;<br/>next"
    assert para_text(None) == ""
    assert para_text("x\r\ny\tz") == "x<br/>y z"
    assert para_text("😀") == STAND_IN
    assert para_text("a\u200fb") == "ab"          # an invisible direction mark has nothing to print
    assert para_text("e\u0301") == "é"            # composed, so the font has it
    assert para_text("\x00") == STAND_IN


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler not installed")
def test_poppler_renders_every_page(tmp_path, content, office):
    out = tmp_path / "pk.pdf"
    render_pk(replace(content, targets=content.targets * 20), office, out)
    subprocess.run(["pdftoppm", "-png", "-r", "20", str(out), str(tmp_path / "page")], check=True,
                   capture_output=True, timeout=120)
    assert len(list(tmp_path.glob("page-*.png"))) == len(sizes(out))


def test_signatures_fall_back_to_their_own_block_when_they_cannot_ride_with_the_table(
        tmp_path, content, office, monkeypatch):
    from reportlab.platypus import Spacer

    from sopdesk.documents import ruled_table

    original = ruled_table.RuledTable.footer

    def too_tall(self, flowable, space_before=0):   # a footer no page can hold
        original(self, Spacer(0, 2000), space_before)

    monkeypatch.setattr(ruled_table.RuledTable, "footer", too_tall)
    out = tmp_path / "fallback.pdf"
    render_pk(content, office, out)
    lampiran = norm(" ".join(page_texts(out)[1:]))
    assert "JUMLAH Rp 1.564.250.000" in lampiran
    assert "PIHAK PERTAMA," in lampiran and "NIP. 19650924 199503 1 002" in lampiran
