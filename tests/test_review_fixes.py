"""Defects found in review, each pinned by the behaviour a user sees."""
from dataclasses import replace
from datetime import time

import pytest

from sopdesk.app.office import Office
from sopdesk.app.paperwork import issue_number
from sopdesk.domain.errors import UserError
from sopdesk.domain.pengantar import number_template_problem
from sopdesk.domain.sop import Sop, Step, validate
from sopdesk.domain.waktu import WaktuError, parse_waktu
from sopdesk.store.errors import StoreError
from tests.helpers import SEED, FixedClock, wib


@pytest.fixture
def office(tmp_path):
    o = Office(tmp_path / "t.db", clock=FixedClock(wib(2027, 3, 15, 9, 0)))
    yield o
    o.close()


@pytest.mark.parametrize("template", ["{kode}/Kec.Smg/{tahun}", "{kode}/{urut}", "{kode}/{bulan_romawi}"])
def test_a_template_that_would_repeat_numbers_is_refused(template):
    assert "agar tidak ada nomor surat yang sama" in number_template_problem(template)


def test_month_placeholders_are_filled_from_the_letter_date(office):
    office.save_profile(replace(office.profile(), numbering_template="{kode}/{urut}/{bulan_romawi}/{tahun}"))
    assert issue_number(office, 2027) == "000.7.2.7/1/III/2027"
    assert issue_number(office, 2027, month=12) == "000.7.2.7/2/XII/2027"


def test_numbers_sent_out_stay_issued_after_a_restore(tmp_path):
    from sopdesk.store import backup
    db = tmp_path / "t.db"
    office = Office(db)
    assert [issue_number(office, 2027) for _ in range(2)] == ["000.7.2.7/1/2027", "000.7.2.7/2/2027"]
    saved = backup.make_backup(db)
    assert issue_number(office, 2027) == "000.7.2.7/3/2027"  # sent to the Bupati after the backup
    office.close()
    backup.restore(db, saved)
    again = Office(db)
    assert issue_number(again, 2027) == "000.7.2.7/4/2027"


@pytest.mark.parametrize("text,words", [
    ("1.000 menit", "koma"), ("100000 bulan", "terlalu panjang"), ("99999999 jam", "terlalu panjang"),
])
def test_waktu_that_would_break_the_calendar_is_refused(text, words):
    with pytest.raises(WaktuError, match=words):
        parse_waktu(text)
    assert parse_waktu("250 hari").days == 250 and parse_waktu("1,5 jam").minutes == 90


def test_validation_stays_fast_and_bounded():
    import time as clock
    steps = [Step(1, "a", "L", "start", time="5 menit")]
    steps += [Step(i, "a", "L", "process", time="5 menit") for i in range(2, 500)]
    steps += [Step(500, "a", "L", "end", time="5 menit")]
    t = clock.perf_counter()
    assert validate(Sop("x", "X", ("L",), tuple(steps))) == []
    assert clock.perf_counter() - t < 2  # was cubic: 800 steps took 30 s
    big = Sop("x", "X", ("L",), tuple(steps) + (Step(501, "a", "L", "end", time="5 menit"),))
    assert "paling banyak 500" in str(validate(big)[0])


def test_moments_before_2000_are_refused(office):
    cid = office.new_case(SEED, "Kasus")
    for at in ("1027-01-04T09:00", "0001-01-01T00:00"):
        with pytest.raises(UserError, match="terlalu lampau"):
            office.start_step(cid, 1, at=at)
    assert office.case(cid).events == []


def test_a_week_without_working_hours_is_refused(office):
    with pytest.raises(UserError, match="satu hari"):
        office.save_working_hours({wd: [] for wd in range(7)})
    with pytest.raises(UserError, match="tidak sah"):
        office.save_working_hours({0: [(time(16, 0), time(8, 0))]})
    office.case(office.new_case(SEED, "Kasus"))  # the calendar still works


def test_search_with_a_non_ascii_digit(office):
    office.new_case(SEED, "Kasus ²")
    assert len(office.list_cases(search="²")) == 1


def test_database_error_inside_a_transaction_is_a_plain_message(office, monkeypatch):
    from sqlalchemy.exc import OperationalError
    cid = office.new_case(SEED, "Kasus")

    def full(*a, **k):
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))
    monkeypatch.setattr("sopdesk.store.repo.case_events", full)
    with pytest.raises(StoreError, match="Diska penuh"):
        office.start_step(cid, 1, at=wib(2027, 3, 15, 8, 0))


def test_the_list_follows_a_new_holiday_at_once(tmp_path):
    from datetime import date
    clock = FixedClock(wib(2027, 1, 11, 10, 0))  # Monday
    office = Office(tmp_path / "t.db", clock=clock)
    cid = office.new_case(SEED, "Kasus")
    office.start_step(cid, 1, at=wib(2027, 1, 8, 15, 0))
    office.finish_step(cid, 1, at=wib(2027, 1, 8, 15, 3))
    office.start_step(cid, 2, at=wib(2027, 1, 8, 16, 25))  # 15 menit: 5 on Friday, due Monday 07.40
    assert [r["id"] for r in office.list_cases(state="late")] == [cid]
    office.set_calendar_override(date(2027, 1, 11), "add", "Libur kantor")  # Monday off: due Tuesday
    assert office.list_cases(state="late") == []
    assert office.case(cid).state.steps[2].late is False
    assert office.list_cases()[0]["current_due_at"] == "2027-01-12T00:40:00Z"


def test_typed_markup_shows_as_text_on_the_case_screen(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from sopdesk.ui.cases.case_view import CaseViewWidget
    office = Office(tmp_path / "t.db")
    title = "<img src='x.png'><b>Kasus</b> & co"
    cid = office.new_case(SEED, title, ref_number="<i>1</i>")
    w = CaseViewWidget(office, cid)
    qtbot.addWidget(w)
    shown = [lb for lb in w.findChildren(QLabel) if lb.text() == title]
    assert shown and all(lb.textFormat() == Qt.TextFormat.PlainText for lb in shown)


def test_two_pcs_that_ran_the_same_step_cannot_be_merged(tmp_path):
    from sopdesk.app.transfer import TransferError, export_case, import_case
    clock = FixedClock(wib(2027, 1, 12, 12, 0))
    a, b = Office(tmp_path / "a.db", clock=clock), Office(tmp_path / "b.db", clock=clock)
    cid = a.new_case(SEED, "Kasus")
    a.start_step(cid, 1, at=wib(2027, 1, 12, 8, 0))
    a.finish_step(cid, 1, at=wib(2027, 1, 12, 8, 3))
    export_case(a, cid, tmp_path / "1.sopcase")
    bid = import_case(b, tmp_path / "1.sopcase").case_id
    a.start_step(cid, 2, at=wib(2027, 1, 12, 9, 0), by="Ani")
    b.start_step(bid, 2, at=wib(2027, 1, 12, 9, 5), by="Budi")
    b.finish_step(bid, 2, at=wib(2027, 1, 12, 9, 10), by="Budi")
    export_case(b, bid, tmp_path / "2.sopcase")
    before = [e.id for e in a.case(cid).events]
    with pytest.raises(TransferError, match="bertentangan"):
        import_case(a, tmp_path / "2.sopcase")
    assert [e.id for e in a.case(cid).events] == before  # nothing written


def test_a_file_whose_history_skips_steps_is_refused(tmp_path):
    import hashlib
    import json
    import zipfile

    from sopdesk.app.transfer import TransferError, export_case, import_case
    clock = FixedClock(wib(2027, 1, 12, 12, 0))
    a = Office(tmp_path / "a.db", clock=clock)
    cid = a.new_case(SEED, "Kasus")
    a.start_step(cid, 1, at=wib(2027, 1, 12, 8, 0))
    export_case(a, cid, tmp_path / "ok.sopcase")
    with zipfile.ZipFile(tmp_path / "ok.sopcase") as z:
        manifest, payload = json.loads(z.read("manifest.json")), json.loads(z.read("case.json"))
        others = {n: z.read(n) for n in z.namelist() if n not in ("manifest.json", "case.json")}
    payload["events"][0]["step_no"] = 9  # start step 9 straight away
    body = json.dumps(payload, ensure_ascii=False).encode()
    manifest.update(payload_sha256=hashlib.sha256(body).hexdigest(), payload_size=len(body))
    with zipfile.ZipFile(tmp_path / "bad.sopcase", "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("case.json", body)
        for n, data in others.items():
            z.writestr(n, data)
    b = Office(tmp_path / "b.db", clock=clock)
    with pytest.raises(TransferError, match=r"tidak masuk akal.*langkah 9"):
        import_case(b, tmp_path / "bad.sopcase")
    assert b.list_cases() == []


def test_cli_edges_found_by_a_new_user(tmp_path, monkeypatch):
    import os
    import subprocess
    import sys
    monkeypatch.setenv("SOPDESK_DATA_DIR", str(tmp_path / "data"))
    db = tmp_path / "t.db"

    def run(*args):
        return subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(db), *args], capture_output=True,
                              text=True, encoding="utf-8", timeout=120)
    assert run("case", "new", "--sop", SEED, "--title", "Kasus").returncode == 0
    p = run("case", "show", "99999999999999999999999")
    assert p.returncode == 1 and "tidak ada" in p.stderr and "Overflow" not in p.stderr
    p = run("case", "start", "1", "1", "--at", "2025-12-22")
    assert p.returncode == 1 and "tanpa jam" in p.stderr
    p = run("backup", "--out", str(tmp_path / "flashdisk") + "/")
    assert p.returncode == 1 and "tidak ada" in p.stderr and not (tmp_path / "flashdisk").exists()
    p = run("pk", "load", "1", str(tmp_path / "none.toml"))
    assert p.returncode == 1
    p = run("sop", "pdf", SEED, "--out", str(tmp_path / "s.pdf"))
    assert p.returncode == 0 and oct(os.stat(tmp_path / "s.pdf").st_mode & 0o777) != "0o600"


def test_demo_cases_are_not_mixed_into_real_ones_unasked(tmp_path, monkeypatch):
    import subprocess
    import sys
    monkeypatch.setenv("SOPDESK_DATA_DIR", str(tmp_path / "data"))
    db = tmp_path / "kantor.db"
    run = lambda *a: subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(db), *a],  # noqa: E731
                                    capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert run("case", "new", "--sop", SEED, "--title", "Kasus sungguhan").returncode == 0
    p = run("demo", "--cases", "5")
    assert p.returncode == 1 and "tercampur" in p.stderr
    assert run("demo", "--cases", "5", "--force").returncode == 0


def test_several_holidays_saved_at_once_are_one_change(office):
    from datetime import date
    office.set_calendar_overrides({date(2027, 3, 2): ("add", "Hari Jadi"), date(2027, 3, 3): ("add", "Cuti kantor"),
                                   date(2027, 3, 8): ("remove", "")})
    cal = office.calendar()
    assert not cal.is_working_day(date(2027, 3, 2)) and not cal.is_working_day(date(2027, 3, 3))
    assert cal.is_working_day(date(2027, 3, 8))  # Hari Suci Nyepi, worked by this office
    with pytest.raises(UserError, match="add"):
        office.set_calendar_overrides({date(2027, 3, 4): ("libur", "")})
    assert len(office.calendar_overrides()) == 3  # the refused batch wrote nothing
