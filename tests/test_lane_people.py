"""Which officials belong to a swimlane (domain/lane_people.py)."""
from __future__ import annotations

import pytest

from sopdesk.domain.lane_people import lane_first, lane_match


@pytest.mark.parametrize("lane, position, score", [
    ("Camat", "Camat", 2),
    ("Camat", "Camat Somagede", 1),
    ("camat", "CAMAT SOMAGEDE", 1),
    ("Camat", "Sekretaris Camat", 0),
    ("Sekretaris", "Sekretaris Kecamatan", 1),
    ("Sekretaris", "Sekcam", 1),
    ("Staf", "Staf Penerima Surat", 1),
    ("Staf Penerima Surat", "Staf Penerima Surat", 2),
    ("Staf Penerima Surat", "Staf", 0),
    ("Kasubbag Perencanaan dan Keuangan", "Kepala Subbagian Perencanaan dan Keuangan", 2),
    ("Kasubbag Perencanaan dan Keuangan", "Kepala Sub Bagian Perencanaan dan Keuangan", 2),
    ("Kasubbag Perencanaan dan Keuangan", "Kasubbag Umum dan Kepegawaian", 0),
    ("Kasubbag Perencanaan dan Keuangan", "Staf Subbagian Perencanaan dan Keuangan", 0),
    ("Camat", "", 0),
    ("", "Camat", 0),
])
def test_a_position_in_a_lane(lane, position, score):
    assert lane_match(lane, position) == score


def test_lane_first_orders_exact_then_in_lane_then_the_rest():
    positions = ["Sekretaris Kecamatan", "Staf Penerima Surat", "Camat Somagede", "Staf", "Staf Umum"]
    inside, rest = lane_first("Staf", positions)
    assert inside == [3, 1, 4]
    assert rest == [0, 2]
    assert lane_first("Bupati", positions) == ([], [0, 1, 2, 3, 4])
