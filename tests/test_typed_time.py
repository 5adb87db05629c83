"""Moments as people type them (domain/typed_time.py): what is read, and what is said when it is not."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from helpers import WIB

from sopdesk.domain.errors import UserError
from sopdesk.domain.typed_time import TypedTimeError, parse_typed_date, parse_typed_time

NOW = datetime(2026, 12, 10, 10, 24, 37, tzinfo=WIB)   # Thursday


def at(y, mo, d, h, mi) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=WIB)


@pytest.mark.parametrize("text, expected", [
    ("1/12/2026 08.05", at(2026, 12, 1, 8, 5)),
    ("01-12-2026 8:05", at(2026, 12, 1, 8, 5)),
    ("1 Des 2026 08.05", at(2026, 12, 1, 8, 5)),
    ("1 Des. 2026 08.05", at(2026, 12, 1, 8, 5)),
    ("1 des 2026 8.05", at(2026, 12, 1, 8, 5)),
    ("1 Desember 2026 08.05", at(2026, 12, 1, 8, 5)),
    ("1 DESEMBER 2026 08:05", at(2026, 12, 1, 8, 5)),
    ("1 Dec 2026 08.05", at(2026, 12, 1, 8, 5)),
    ("1 December 2026 08.05", at(2026, 12, 1, 8, 5)),
    ("12 Agustus 2026 13.45", at(2026, 8, 12, 13, 45)),
    ("3 Agt 2026 07.00", at(2026, 8, 3, 7, 0)),
    ("3 Nopember 2026 07.00", at(2026, 11, 3, 7, 0)),
    ("14 Pebruari 2026 07.00", at(2026, 2, 14, 7, 0)),
    ("Selasa, 1 Desember 2026 08.05", at(2026, 12, 1, 8, 5)),   # as the dialog shows it
    ("selasa 1 desember 2026 08.05", at(2026, 12, 1, 8, 5)),
    ("kemarin 14.00", at(2026, 12, 9, 14, 0)),
    ("Kemarin, 14:00", at(2026, 12, 9, 14, 0)),
    ("kemarin jam 14", at(2026, 12, 9, 14, 0)),
    ("kemarin lusa 07.30", at(2026, 12, 8, 7, 30)),
    ("hari ini 9.30", at(2026, 12, 10, 9, 30)),
    ("Hari ini pukul 09.30 WIB", at(2026, 12, 10, 9, 30)),
    ("yesterday 14:00", at(2026, 12, 9, 14, 0)),
    ("08:05", at(2026, 12, 10, 8, 5)),
    ("8.05", at(2026, 12, 10, 8, 5)),
    ("jam 9", at(2026, 12, 10, 9, 0)),
    ("00.00", at(2026, 12, 10, 0, 0)),
    ("23.59", at(2026, 12, 10, 23, 59)),
    ("1.12.2026 08.05", at(2026, 12, 1, 8, 5)),
    ("1/12/26 08.05", at(2026, 12, 1, 8, 5)),
    ("2026/12/01 08.05", at(2026, 12, 1, 8, 5)),
    ("2026-12-01 08:05", at(2026, 12, 1, 8, 5)),
    ("2026-12-01T08:05", at(2026, 12, 1, 8, 5)),
    ("1/12 08.05", at(2026, 12, 1, 8, 5)),                    # no year: this year
    ("  1   Des  2026 ,  08.05  ", at(2026, 12, 1, 8, 5)),
    ("1\u00a0Des\u00a02026 08.05", at(2026, 12, 1, 8, 5)),
    ("29/02/2028 08.00", at(2028, 2, 29, 8, 0)),               # a leap year
    ("sekarang", at(2026, 12, 10, 10, 24)),
])
def test_what_people_type_is_read(text, expected):
    got = parse_typed_time(text, NOW)
    assert got == expected
    assert got.tzinfo is WIB


def test_a_date_without_a_year_typed_in_january_is_last_december():
    jan = datetime(2027, 1, 4, 9, 0, tzinfo=WIB)
    assert parse_typed_time("28 Des 16.00", jan) == at(2026, 12, 28, 16, 0)
    assert parse_typed_time("3 Jan 08.00", jan) == at(2027, 1, 3, 8, 0)


def test_the_result_is_in_the_zone_of_now():
    jayapura = datetime(2026, 12, 10, 12, 0, tzinfo=WIB).astimezone(__import__("zoneinfo").ZoneInfo("Asia/Jayapura"))
    got = parse_typed_time("hari ini 08.00", jayapura)
    assert got.utcoffset().total_seconds() == 9 * 3600


@pytest.mark.parametrize("text, words", [
    ("25.10", "Jam \u201c25.10\u201d tidak dikenal: jam 00\u201323, menit 00\u201359"),
    ("1/12/2026 24.00", "jam 00\u201323"),
    ("1/12/2026 08.60", "menit 00\u201359"),
    ("8.5", "menit dengan dua angka"),
    ("31/02/2026 08.00", "Tanggal 31 Februari 2026 tidak ada: Februari 2026 hanya 28 hari"),
    ("31 Apr 2026 08.00", "April 2026 hanya 30 hari"),
    ("0/12/2026 08.00", "tidak ada"),
    ("13/13/2026 08.00", "Bulan 13"),
    ("1 Dess 2026 08.05", "Bulan \u201cDess\u201d tidak dikenal"),
    ("1/12/1026 08.00", "Tahun 1026"),
    ("1/12/99999 08.00", "Tahun"),
    ("1/12/202 08.00", "empat angka"),
    ("Senin, 1 Desember 2026 08.05", "jatuh pada hari Selasa, bukan Senin"),
    ("1 Desember 2026", "Jamnya belum ditulis"),
    ("kemarin", "Jamnya belum ditulis"),
    ("9", "kurang jelas"),
    ("", "Waktu belum diisi"),
    ("   ", "Waktu belum diisi"),
    ("xyz", "Waktu \u201cxyz\u201d tidak dikenali"),
    ("besok pagi", "tidak dikenali"),
    ("1/12/2026 jam", "tidak dikenali"),
    ("DROP TABLE events; 08.00", "tidak dikenali"),
    ("\U0001F600", "tidak dikenali"),
    ("1/12/2026 08.05 \U0001F600", "tidak dikenali"),
    ("\x00\x01 08.00", "tidak dikenali"),
    ("x" * 5000, "terlalu panjang (5000 huruf)"),
    ("1" * 81, "terlalu panjang"),
])
def test_what_is_not_understood_is_said_plainly(text, words):
    with pytest.raises(TypedTimeError) as caught:
        parse_typed_time(text, NOW)
    message = str(caught.value)
    assert words in message
    assert isinstance(caught.value, UserError)
    assert len(message) < 220                 # a long paste is not repeated back
    assert "\x00" not in message


def test_messages_show_at_most_a_short_piece_of_the_text():
    with pytest.raises(TypedTimeError) as caught:
        parse_typed_time("tanggal satu bulan desember jam delapan lewat lima", NOW)
    assert "\u2026" in str(caught.value)


@pytest.mark.parametrize("value", [None, 12, b"1/12/2026 08.05"])
def test_a_value_that_is_not_text_is_refused_as_empty(value):
    with pytest.raises(TypedTimeError):
        parse_typed_time(value, NOW)   # type: ignore[arg-type]


def test_now_must_carry_its_zone():
    with pytest.raises(ValueError):
        parse_typed_time("08.00", datetime(2026, 12, 10, 10, 0))


def test_every_day_of_a_year_written_three_ways_reads_back():
    d = date(2026, 1, 1)
    from sopdesk.domain.indonesian import MONTHS
    while d.year == 2026:
        expected = at(d.year, d.month, d.day, 7, 30)
        assert parse_typed_time(f"{d.day}/{d.month}/{d.year} 07.30", NOW) == expected
        assert parse_typed_time(f"{d.day:02d}-{d.month:02d}-{d.year} 7:30", NOW) == expected
        assert parse_typed_time(f"{d.day} {MONTHS[d.month - 1]} {d.year} 07.30", NOW) == expected
        d = d.fromordinal(d.toordinal() + 1)


@pytest.mark.parametrize("text, expected", [
    ("1/12/2026", date(2026, 12, 1)),
    ("1 Des 2026", date(2026, 12, 1)),
    ("2026-12-01", date(2026, 12, 1)),
    ("kemarin", date(2026, 12, 9)),
    ("hari ini", date(2026, 12, 10)),
    ("Selasa, 1 Desember 2026", date(2026, 12, 1)),
])
def test_a_date_alone(text, expected):
    assert parse_typed_date(text, NOW.date()) == expected


@pytest.mark.parametrize("text, words", [
    ("31/02/2026", "hanya 28 hari"),
    ("", "Tanggal belum diisi"),
    ("abc", "Tanggal \u201cabc\u201d tidak dikenali"),
    ("x" * 5000, "terlalu panjang"),
])
def test_a_date_alone_refused(text, words):
    with pytest.raises(TypedTimeError) as caught:
        parse_typed_date(text, NOW.date())
    assert words in str(caught.value)
