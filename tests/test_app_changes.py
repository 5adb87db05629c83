"""What each use case says on office.changes once its transaction has committed, and that a
refused one says nothing (the views would otherwise refresh for a change that never happened)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from sopdesk.app import attachments, demo, paperwork, transfer
from sopdesk.app.changes import (
    CALENDAR,
    OFFICIALS,
    PROFILE,
    CaseChanged,
    CasesChanged,
    CasesImported,
    SettingsChanged,
    SopsChanged,
)
from sopdesk.app.office import Office
from sopdesk.domain.errors import UserError
from sopdesk.domain.office import Official
from sopdesk.domain.pk import PkError, pk_from_toml_text
from tests.helpers import DECISION_SOP, SEED, FixedClock, wib

pytestmark = pytest.mark.databases  # db_target and office: SQLite and PostgreSQL (conftest.py)

PK_TOML = '''year = 2027
place = "Somagede"
first_party  = { name = "Drs. SAPTONO SUPRIYANTO", position = "Camat Somagede", nip = "196509241995031002" }
second_party = { name = "Ir. H. SADEWO TRI LASTIONO, M.M.", position = "Bupati Banyumas" }
[[targets]]
goal = "Meningkatnya kualitas pelayanan publik"
indicator = "Indeks Kepuasan Masyarakat (IKM)"
target = "82"
unit = "nilai"
'''


class Heard:
    """Subscribes to an office and keeps what it hears; `take()` returns it and starts afresh."""

    def __init__(self, office: Office):
        self.items: list = []
        office.changes.subscribe(self.items.append)

    def take(self) -> list:
        got, self.items[:] = list(self.items), []
        return got


@pytest.fixture
def clock():
    return FixedClock(wib(2027, 3, 15, 10, 0))   # a Monday


@pytest.fixture
def office(db_target, clock):
    o = Office(db_target, clock=clock)
    yield o
    o.close()


@pytest.fixture
def heard(office):
    return Heard(office)


@pytest.fixture
def cid(office, heard):
    case_id = office.new_case(SEED, "Penyusunan PK Tahun 2027")
    heard.take()
    return case_id


# -- cases ---------------------------------------------------------------------------

def test_a_new_case_is_announced(office, heard):
    cid = office.new_case(SEED, "Kasus")
    assert heard.take() == [CaseChanged(cid)]
    with pytest.raises(UserError):
        office.new_case(SEED, "   ")
    with pytest.raises(UserError):
        office.new_case("tidak-ada", "Kasus")
    assert heard.take() == []


def test_recording_a_step_a_note_and_a_correction_each_say_case_changed(office, heard, cid):
    office.start_step(cid, 1, at=wib(2027, 3, 15, 8, 0))
    office.finish_step(cid, 1, at=wib(2027, 3, 15, 8, 3))
    note = office.add_note(cid, "surat diterima", step=1)
    office.correct(cid, note, reason="salah langkah")
    assert heard.take() == [CaseChanged(cid)] * 4


def test_a_refused_record_says_nothing(office, heard, cid):
    with pytest.raises(UserError):
        office.start_step(cid, 3, at=wib(2027, 3, 15, 8, 0))        # step 1 comes first
    with pytest.raises(UserError):
        office.finish_step(cid, 1, at=wib(2027, 3, 15, 8, 0))       # not started
    with pytest.raises(UserError):
        office.add_note(cid, "   ")
    with pytest.raises(UserError):
        office.add_note(cid, "catatan", step=99)
    with pytest.raises(UserError):
        office.correct(cid, 4242, reason="salah")
    with pytest.raises(UserError):
        office.start_step(4242, 1)
    assert heard.take() == []
    assert office.case(cid).events == []


def test_reading_says_nothing(office, heard, cid):
    office.case(cid)
    office.list_cases(state="late")
    office.profile()
    office.calendar()
    office.sops()
    office.officials()
    assert heard.take() == []


def test_the_recount_of_open_cases_says_cases_changed(office, heard, cid):
    assert office.refresh_open_summaries() == 1
    assert heard.take() == [CasesChanged()]


# -- attachments, PK, letter numbers ---------------------------------------------------

def test_an_attachment_says_case_changed_and_a_refused_one_nothing(office, heard, cid, tmp_path):
    scan = tmp_path / "surat.pdf"
    scan.write_bytes(b"%PDF-1.4 surat")
    attachments.add_attachment(office, cid, scan, step=1)
    assert heard.take() == [CaseChanged(cid)]
    for args in ((cid, tmp_path / "tidak-ada.pdf"), (cid, scan, "", 99), (4242, scan)):
        with pytest.raises(attachments.AttachmentError):
            attachments.add_attachment(office, *args)
    assert heard.take() == []
    assert len(attachments.list_attachments(office, cid)) == 1


def test_saving_the_pk_says_case_changed_and_a_refused_pk_nothing(office, heard, cid):
    paperwork.save_pk(office, cid, pk_from_toml_text(PK_TOML))
    assert heard.take() == [CaseChanged(cid)]
    with pytest.raises(PkError):
        paperwork.save_pk(office, cid, pk_from_toml_text(PK_TOML.replace('target = "82"', 'target = ""')))
    with pytest.raises(UserError):
        paperwork.save_pk(office, 4242, pk_from_toml_text(PK_TOML))
    assert heard.take() == []


def test_a_letter_number_for_a_case_says_case_changed(office, heard, cid):
    paperwork.issue_number(office, 2027, case_id=cid)
    assert heard.take() == [CaseChanged(cid)]
    paperwork.issue_number(office, 2027)                # a number for no case: no case changed
    assert heard.take() == []
    paperwork.save_pk(office, cid, pk_from_toml_text(PK_TOML))
    heard.take()
    paperwork.pengantar_for_case(office, cid)           # reuses the number drawn above
    assert heard.take() == []


def test_a_refused_letter_number_says_nothing(office, heard, cid):
    office.save_profile(replace(office.profile(), numbering_template="{kode}/{tahun}"))
    heard.take()
    with pytest.raises(UserError):
        paperwork.issue_number(office, 2027, case_id=cid)
    assert heard.take() == []


# -- .sopcase import, demo ---------------------------------------------------------------

def test_an_import_says_cases_imported_once_and_nothing_when_there_is_nothing_new(office, tmp_path, clock):
    (tmp_path / "b").mkdir()
    other = Office(tmp_path / "b" / "t.db", clock=clock)
    try:
        cid = office.new_case(SEED, "Kasus")
        office.start_step(cid, 1, at=wib(2027, 3, 15, 8, 0))
        path = transfer.export_case(office, cid, tmp_path / "kasus.sopcase")
        heard = Heard(other)
        first = transfer.import_case(other, path)
        assert heard.take() == [CasesImported((first.case_id,))]
        transfer.import_case(other, path)
        assert heard.take() == []
        broken = tmp_path / "rusak.sopcase"
        broken.write_bytes(b"bukan zip")
        with pytest.raises(transfer.TransferError):
            transfer.import_case(other, broken)
        assert heard.take() == []
    finally:
        other.close()


def test_exporting_says_nothing(office, heard, cid, tmp_path):
    transfer.export_case(office, cid, tmp_path / "kasus.sopcase")
    assert heard.take() == []


def test_demo_data_says_cases_changed_once(office, heard):
    demo.generate(office, 5, check_one_in=1)
    got = heard.take()
    assert got[-1] == CasesChanged() and CasesChanged() not in got[:-1]
    assert all(isinstance(c, SettingsChanged) and c.what == OFFICIALS for c in got[:-1])  # its staff


# -- SOPs ------------------------------------------------------------------------------------

def test_an_sop_import_says_sops_changed_only_when_it_made_a_version(office, heard):
    assert office.import_sop_text(DECISION_SOP, "cek.toml")[2] is True
    assert heard.take() == [SopsChanged("cek-berkas")]
    assert office.import_sop_text(DECISION_SOP, "cek.toml")[2] is False
    with pytest.raises(UserError):
        office.import_sop_text(DECISION_SOP.replace('lanes = ["Staf", "Kasubbag"]', "lanes = []"), "cek.toml")
    assert heard.take() == []
    office.save_sop(replace(office.sop("cek-berkas"), name="SOP Pemeriksaan Berkas (revisi)"))
    assert heard.take() == [SopsChanged("cek-berkas")]


# -- settings ----------------------------------------------------------------------------

def test_the_profile_says_settings_changed_and_a_new_time_zone_recounts_first(office, heard, cid):
    profile = office.profile()
    office.save_profile(replace(profile, place="Banyumas"))
    assert heard.take() == [SettingsChanged(PROFILE)]
    office.save_profile(replace(profile, timezone="Asia/Makassar"))
    assert heard.take() == [CasesChanged(), SettingsChanged(PROFILE)]
    for bad in ({"timezone": "Mars/Olympus"}, {"paper": "Letter"}):
        with pytest.raises(UserError):
            office.save_profile(replace(profile, **bad))
    assert heard.take() == []


def test_working_hours_and_holidays_say_calendar_changed_after_the_recount(office, heard):
    hours = {wd: list(spans) for wd, spans in office.working_hours().items()}
    hours[5] = [(time(8, 0), time(12, 0))]
    office.save_working_hours(hours)
    assert heard.take() == [CasesChanged(), SettingsChanged(CALENDAR)]
    office.set_calendar_override(date(2027, 3, 16), "add", "Hari Jadi")
    office.set_calendar_overrides({date(2027, 3, 17): ("add", "Libur"), date(2027, 3, 16): (None, "")})
    assert heard.take() == [CasesChanged(), SettingsChanged(CALENDAR)] * 2
    with pytest.raises(UserError):
        office.save_working_hours({wd: [] for wd in range(7)})
    with pytest.raises(UserError):
        office.save_working_hours({0: [(time(16, 0), time(8, 0))]})
    with pytest.raises(UserError):
        office.set_calendar_override(date(2027, 3, 18), "libur")
    assert heard.take() == []


def test_an_official_says_officials_changed_and_a_duplicate_nip_nothing(office, heard):
    staff = Official("Agus Priyanto", "Staf", "Pengatur (II/c)", "199007212015031003")
    oid = office.save_official(staff)
    assert heard.take() == [SettingsChanged(OFFICIALS)]
    office.save_official(Official("Agus Priyanto, S.E.", "Staf", "Pengatur (II/c)", staff.nip, id=oid))
    assert heard.take() == [SettingsChanged(OFFICIALS)]
    with pytest.raises(UserError, match="sudah terdaftar"):
        office.save_official(Official("Orang Lain", nip=staff.nip))
    with pytest.raises(UserError):
        office.save_official(Official("   "))
    assert heard.take() == []


def test_an_office_file_says_profile_then_officials(office, heard, tmp_path):
    path = tmp_path / "kantor.toml"
    path.write_text('place = "Banyumas"\n[[officials]]\nname = "Dwi Lestari"\nnip = "199305062019022004"\n',
                    encoding="utf-8")
    paperwork.load_office_file(office, path)
    assert heard.take() == [SettingsChanged(PROFILE), SettingsChanged(OFFICIALS)]
    path.write_text('planet = "Mars"\n', encoding="utf-8")
    with pytest.raises(UserError):
        paperwork.load_office_file(office, path)
    assert heard.take() == []


def test_a_broken_listener_neither_undoes_nor_hides_the_change(office, heard, cid):
    def broken(change):
        raise RuntimeError("a view that fails")
    office.changes.subscribe(broken)
    later = Heard(office)
    office.add_note(cid, "tetap tercatat")
    assert later.take() == [CaseChanged(cid)]
    assert office.case(cid).events[-1].note == "tetap tercatat"
