"""Indonesian dates, number words, rupiah, NIP and pangkat (FORMATS.md §4)."""
from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, strategies as st

from sopdesk.domain.indonesian import (
    DAYS,
    MONTHS,
    PANGKAT,
    NipInfo,
    count_in_words,
    format_date,
    format_date_long,
    format_datetime,
    format_month_year,
    format_nip,
    format_rupiah,
    nip_problem,
    normalize_nip,
    normalize_pangkat,
    pangkat_label,
    parse_nip,
    parse_rupiah,
    terbilang,
)

SEED_NIP = "196509241995031002"

# ---- dates -----------------------------------------------------------------


def test_month_and_day_names():
    assert len(MONTHS) == 12 and MONTHS[0] == "Januari" and MONTHS[11] == "Desember"
    assert DAYS[0] == "Senin" and DAYS[4] == "Jumat" and DAYS[6] == "Minggu"


def test_format_date_has_no_leading_zero():
    assert format_date(date(2027, 1, 2)) == "2 Januari 2027"
    assert format_date(date(2026, 8, 17)) == "17 Agustus 2026"


def test_format_date_long_names_the_day():
    assert format_date_long(date(2027, 1, 4)) == "Senin, 4 Januari 2027"
    assert format_date_long(date(2026, 12, 25)) == "Jumat, 25 Desember 2026"


def test_format_datetime_uses_a_dot_in_the_time():
    assert format_datetime(datetime(2027, 1, 4, 9, 15)) == "4 Januari 2027 09.15"


def test_format_datetime_converts_to_the_office_zone():
    utc = datetime(2027, 1, 4, 2, 15, tzinfo=UTC)
    assert format_datetime(utc, ZoneInfo("Asia/Jakarta")) == "4 Januari 2027 09.15"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2021-12", "Desember 2021"),
        ("2021-12-05", "Desember 2021"),
        ("2021-3", "Maret 2021"),
        ("2021", "2021"),
        ("", ""),
        ("sekitar 2020", "sekitar 2020"),  # not a date: printed as typed
        ("2021-13", "2021-13"),
    ],
)
def test_format_month_year(text, expected):
    assert format_month_year(text) == expected


# ---- terbilang ---------------------------------------------------------------


@pytest.mark.parametrize(
    "n, words",
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (25, "dua puluh lima"),
        (100, "seratus"),
        (101, "seratus satu"),
        (111, "seratus sebelas"),
        (200, "dua ratus"),
        (1000, "seribu"),
        (1001, "seribu satu"),
        (1100, "seribu seratus"),
        (2000, "dua ribu"),
        (11000, "sebelas ribu"),
        (100000, "seratus ribu"),
        (101000, "seratus satu ribu"),
        (1_000_000, "satu juta"),
        (1_250_000, "satu juta dua ratus lima puluh ribu"),
        (1_000_000_000, "satu miliar"),
        (1_000_001_000, "satu miliar seribu"),
        (2_500_000_017, "dua miliar lima ratus juta tujuh belas"),
        (10**12, "satu triliun"),
        (10**15, "satu kuadriliun"),
    ],
)
def test_terbilang(n, words):
    assert terbilang(n) == words


def test_terbilang_out_of_range():
    with pytest.raises(ValueError):
        terbilang(-1)
    with pytest.raises(ValueError):
        terbilang(10**15 + 1)
    with pytest.raises(TypeError):
        terbilang(2.5)


@given(st.integers(min_value=1, max_value=10**15 - 1))
def test_terbilang_words_are_well_formed(n):
    words = terbilang(n).split()
    assert words and "nol" not in words
    assert words[0] not in ("puluh", "belas", "ratus", "ribu", "juta", "miliar", "triliun")
    if n // 1000 % 1000 == 1:  # a lone thousand is "seribu", never "satu ribu"
        assert "seribu" in words and "satu ribu" not in terbilang(n)


def test_count_in_words():
    assert count_in_words(2, "eksemplar") == "2 (dua) eksemplar"
    assert count_in_words(1000, "lembar") == "1.000 (seribu) lembar"
    assert count_in_words(11) == "11 (sebelas)"


# ---- rupiah ------------------------------------------------------------------


def test_format_rupiah():
    assert format_rupiah(1_250_000_000) == "Rp 1.250.000.000"
    assert format_rupiah(1_250_000_000, cents=True) == "Rp 1.250.000.000,00"
    assert format_rupiah(0) == "Rp 0"
    assert format_rupiah(999) == "Rp 999"
    assert format_rupiah(-5000) == "-Rp 5.000"
    assert format_rupiah(Decimal("1234.565"), cents=True) == "Rp 1.234,57"
    assert format_rupiah(Decimal("1500.50")) == "Rp 1.501"


def test_format_rupiah_refuses_floats():
    with pytest.raises(TypeError):
        format_rupiah(1.5)


@pytest.mark.parametrize(
    "text, amount",
    [
        ("1.250.000.000", 1_250_000_000),
        ("Rp 1.250.000.000,00", 1_250_000_000),
        ("1250000000", 1_250_000_000),
        ("Rp5.000,-", 5000),
        ("Rp. 75.000", 75000),
        ("  rp 0 ", 0),
        ("-Rp 5.000", -5000),
    ],
)
def test_parse_rupiah(text, amount):
    assert parse_rupiah(text) == amount


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "kosong"),
        ("lima ribu", "bukan jumlah rupiah"),
        ("1,250,000", "bukan jumlah rupiah"),
        ("1.25.000", "bukan jumlah rupiah"),
        ("Rp 1.000,50", "sen"),
    ],
)
def test_parse_rupiah_refuses_junk_with_a_message(text, message):
    with pytest.raises(ValueError, match=message):
        parse_rupiah(text)


@given(st.integers(min_value=-(10**15), max_value=10**15), st.booleans())
def test_rupiah_round_trip(amount, cents):
    assert parse_rupiah(format_rupiah(amount, cents=cents)) == amount


# ---- NIP -----------------------------------------------------------------------


def test_seed_nip_is_valid():
    assert nip_problem(SEED_NIP) is None
    assert parse_nip(SEED_NIP) == NipInfo(date(1965, 9, 24), (1995, 3), "L", 2)


def test_nip_typed_with_spaces_and_dots():
    assert normalize_nip("19650924 199503 1 002") == SEED_NIP
    assert normalize_nip("19650924.199503.1.002") == SEED_NIP
    assert nip_problem("19650924 199503 1 002") is None


def test_format_nip_official_spacing():
    assert format_nip(SEED_NIP) == "19650924 199503 1 002"
    assert format_nip("19650924.199503.1.002") == "19650924 199503 1 002"
    assert format_nip("12345") == "12345"


def test_female_nip():
    assert parse_nip("197801152005012003").sex == "P"


@pytest.mark.parametrize(
    "nip, expected",
    [
        ("", "NIP kosong"),
        ("19650924199503100", "NIP harus 18 angka; yang diketik 17 angka."),
        ("1965092419950310021", "NIP harus 18 angka; yang diketik 19 angka."),
        ("19650924199503100X", "NIP hanya boleh berisi angka; ditemukan \"X\"."),
        ("196509241995131002", "Bulan pengangkatan dalam NIP (angka ke-13 dan ke-14) harus 01 sampai 12, bukan 13."),
        ("196509241995001002", "bukan 00."),
        ("196509241995033002", "harus 1 (laki-laki) atau 2 (perempuan), bukan 3."),
        ("196509241995031000", "Nomor urut dalam NIP (3 angka terakhir) tidak boleh 000."),
        ("196502301995031002", "Tanggal lahir dalam NIP (19650230"),
        ("196509241975031002", "sebelum umur 17 tahun"),
        ("193009241945031002", "tidak mungkin sebelum 1950"),
    ],
)
def test_nip_problems_say_what_is_wrong(nip, expected):
    problem = nip_problem(nip)
    assert problem is not None
    assert expected in problem


def test_parse_nip_raises_the_problem():
    with pytest.raises(ValueError, match="yang diketik 17 angka"):
        parse_nip("19650924199503100")


# ---- pangkat ---------------------------------------------------------------------


def test_pangkat_list():
    assert len(PANGKAT) == 17
    assert PANGKAT[0] == ("I/a", "Juru Muda")
    assert PANGKAT[1] == ("I/b", "Juru Muda Tingkat I")
    assert PANGKAT[4] == ("II/a", "Pengatur Muda")
    assert PANGKAT[-1] == ("IV/e", "Pembina Utama")
    assert len({gol for gol, _ in PANGKAT}) == 17


def test_pangkat_label():
    assert pangkat_label("IV/b") == "Pembina Tingkat I (IV/b)"
    assert pangkat_label("iii a") == "Penata Muda (III/a)"
    with pytest.raises(ValueError, match="tidak dikenal"):
        pangkat_label("V/a")


@pytest.mark.parametrize(
    "typed, normal",
    [
        ("Pembina Tk 1", "Pembina Tingkat I"),
        ("Pembina Tk. I", "Pembina Tingkat I"),
        ("penata muda tkt.1", "Penata Muda Tingkat I"),
        ("pembina utama madya", "Pembina Utama Madya"),
        ("Pembina Tk 1 (iv/b)", "Pembina Tingkat I (IV/b)"),
        ("IV/b", "Pembina Tingkat I (IV/b)"),
        ("Pembina (IV/b)", "Pembina (IV/b)"),  # disagreeing: left as typed
        ("Kepala Seksi", "Kepala Seksi"),
    ],
)
def test_normalize_pangkat(typed, normal):
    assert normalize_pangkat(typed) == normal
