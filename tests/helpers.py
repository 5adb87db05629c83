"""Small builders shared by the tests."""
from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

WIB = ZoneInfo("Asia/Jakarta")
SEED = "penyusunan-perencanaan-kinerja"

DECISION_SOP = '''format = "sopdesk-sop/1"
code = "cek-berkas"
name = "SOP Pemeriksaan Berkas"
unit = "Kecamatan Somagede"
lanes = ["Staf", "Kasubbag"]

[[steps]]
no = 1
activity = "Menerima berkas"
lane = "Staf"
kind = "start"
time = "5 menit"
output = "Berkas"

[[steps]]
no = 2
activity = "Memeriksa kelengkapan berkas"
lane = "Kasubbag"
kind = "decision"
time = "15 menit"
if_yes = 4
if_no = 3
yes_label = "Lengkap"
no_label = "Tidak"

[[steps]]
no = 3
activity = "Meminta kekurangan berkas"
lane = "Staf"
kind = "process"
time = "1 hari"
next = 2

[[steps]]
no = 4
activity = "Mengarsipkan berkas"
lane = "Staf"
kind = "end"
time = "10 menit"
'''


def wib(y, mo, d, h=0, mi=0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=WIB)


class FixedClock:
    """A clock the test moves by hand."""

    def __init__(self, moment: datetime):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment.astimezone(UTC)
