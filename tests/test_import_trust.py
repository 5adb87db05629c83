"""Issue 16: nothing that arrives in a file is trusted. Each test is one attack, made with a crafted
`.sopcase` (tests/crafted.py: a correct checksum over made-up content) or a crafted attachment,
and says what must happen instead. Real SQLite files in tmp_path, no mocks of the database."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import insert

from sopdesk.app import attachments as att
from sopdesk.app.office import Office
from sopdesk.app.paperwork import accept_pk_version, load_pk, load_pk_version, pk_versions, save_pk
from sopdesk.app.transfer import TransferError, export_case, import_case, preview_import, read_case_file
from sopdesk.app.views import case_detail
from sopdesk.domain.case import CaseError
from sopdesk.domain.pk import pk_from_dict
from sopdesk.store import tables as t
from tests.crafted import DISGUISED, EXE, PDF, PK, a_case, docx_bytes, read_payload, recraft, with_attachment
from tests.helpers import SEED, FixedClock, wib

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def clock():
    return FixedClock(wib(2027, 1, 6, 12, 0))


def office_at(tmp_path, name, clock) -> Office:
    (tmp_path / name).mkdir()
    return Office(tmp_path / name / "kantor.db", clock=clock)


@pytest.fixture
def pc_a(tmp_path, clock):
    o = office_at(tmp_path, "a", clock)
    yield o
    o.close()


@pytest.fixture
def pc_b(tmp_path, clock):
    o = office_at(tmp_path, "b", clock)
    yield o
    o.close()


def all_rows(office) -> dict[str, list]:
    con = sqlite3.connect(office.target)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: con.execute(f"SELECT * FROM {n} ORDER BY rowid").fetchall() for n in names}
    finally:
        con.close()


@pytest.fixture
def exported(pc_a, tmp_path):
    """A genuine .sopcase of PC A: the base every crafted file is made from."""
    cid = a_case(pc_a, tmp_path)
    return export_case(pc_a, cid, tmp_path / "asli.sopcase", by="Dwi Lestari")


def refused_untouched(office, path, message):
    before = all_rows(office)
    with pytest.raises(TransferError, match=message) as e:
        import_case(office, path)
    assert "Tidak ada yang diubah" in str(e.value)
    assert all_rows(office) == before
    return e.value


# -- attachments that are programs in disguise ---------------------------------------------

def test_disguised_program_is_never_attached(office, tmp_path):
    """Attack: 'Surat Edaran <RLO>fdp.exe' with MZ content, the issue's own example."""
    cid = office.new_case(SEED, "Kasus")
    bad = tmp_path / DISGUISED
    bad.write_bytes(EXE)
    with pytest.raises(att.AttachmentError, match="program"):
        att.add_attachment(office, cid, bad)
    hidden = tmp_path / "Surat Edaran.pdf"       # the same program under an innocent name
    hidden.write_bytes(EXE)
    with pytest.raises(att.AttachmentError, match="program Windows, bukan dokumen"):
        att.add_attachment(office, cid, hidden)
    assert att.list_attachments(office, cid) == [] and office.case(cid).events == []


@pytest.mark.parametrize("name, data, words", [
    ("laporan.pdf.hta", PDF, "ekstensi ganda"),
    ("CON.pdf", PDF, "nama perangkat Windows"),
    ("nul", PDF, "nama perangkat Windows"),
    ("surat.exe", PDF, "program atau skrip"),
    ("halaman.pdf", b"<html><script>alert(1)</script></html>", "bukan dokumen"),
    ("makro.docm", docx_bytes(), "program atau skrip"),
])
def test_refused_attachments(office, tmp_path, name, data, words):
    cid = office.new_case(SEED, "Kasus")
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(att.AttachmentError, match=words):
        att.add_attachment(office, cid, path)
    assert att.list_attachments(office, cid) == []


@pytest.mark.parametrize("name, data, stored, viewable", [
    ("pindaian", PDF, "pindaian.pdf", True),                        # no extension: the real one added
    ("surat.docx", PDF, "surat.pdf", True),                         # a wrong one replaced
    ("Surat\u200b Edaran \u202eini.pdf", PDF, "Surat Edaran ini.pdf", True),   # invisible characters gone
    ("target.docx", docx_bytes(), "target.docx", False),
])
def test_stored_name_has_the_extension_of_the_real_type(office, tmp_path, name, data, stored, viewable):
    cid = office.new_case(SEED, "Kasus")
    path = tmp_path / name
    path.write_bytes(data)
    a = att.add_attachment(office, cid, path)
    [info] = att.list_attachments(office, cid)
    assert info.filename == stored and office.case(cid).events[-1].note == f"Lampiran ditambahkan: {stored}"
    copy, kind = att.attachment_for_opening(office, a)
    assert copy.name == stored and kind.viewable is viewable and copy.read_bytes() == data
    assert not os.access(copy, os.W_OK) or os.geteuid() == 0
    assert att.temp_copy(office, a) == copy


def test_an_old_attachment_is_opened_by_its_real_type_or_not_at_all(office):
    """Attack: rows stored before the types were checked (or written by another program)."""
    cid = office.new_case(SEED, "Kasus")
    with office.writing() as conn:
        for name, data in ((DISGUISED, EXE), ("laporan.pdf", b"sebenarnya teks biasa\n"),
                           ("x.hta", b"<html><script>alert(1)</script></html>")):
            conn.execute(insert(t.attachments).values(case_id=cid, filename=name, mime="application/pdf", data=data,
                                                      added_at="2027-01-05T01:00:00Z"))
    exe, text, hta = (i.id for i in att.list_attachments(office, cid))
    assert att.list_attachments(office, cid)[0].filename == "Surat Edaran fdp.exe"   # listed without the override
    with pytest.raises(att.AttachmentError, match=r"tidak dibuka.*program") as e:
        att.attachment_for_opening(office, exe)
    assert "\u202e" not in str(e.value)
    copy, kind = att.attachment_for_opening(office, text)
    assert copy.name == "laporan.txt" and kind.extension == "txt" and not kind.viewable
    with pytest.raises(att.AttachmentError, match="tidak dibuka"):
        att.attachment_for_opening(office, hta)


def test_the_size_limit_holds_on_the_bytes_read(office, tmp_path, monkeypatch):
    """Attack: a file whose reported size is small while its content is not (still growing, a network drive)."""
    monkeypatch.setattr(att, "MAX_BYTES", 1000)
    monkeypatch.setattr(att, "CHUNK", 64)
    cid = office.new_case(SEED, "Kasus")
    big = tmp_path / "tumbuh.pdf"
    big.write_bytes(PDF[:9] + b"x" * 100_000)
    real_stat = Path.stat

    def small_stat(self, *a, **k):
        st = real_stat(self, *a, **k)
        if self.name != "tumbuh.pdf":
            return st
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, 10,
                               st.st_atime, st.st_mtime, st.st_ctime))
    monkeypatch.setattr(Path, "stat", small_stat)
    read = []
    real_open = open

    class Counting:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def read(self, n=-1):
            data = self.f.read(n)
            read.append(len(data))
            return data
    monkeypatch.setattr(att, "open", lambda p, mode="r": Counting(real_open(p, mode)), raising=False)
    with pytest.raises(att.AttachmentError, match="lebih dari 50 MB"):
        att.add_attachment(office, cid, big)
    assert sum(read) == 1001          # stopped one byte past the limit, not at the end of 100 kB
    assert att.list_attachments(office, cid) == []


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_not_an_attachment(office):
    cid = office.new_case(SEED, "Kasus")
    with pytest.raises(att.AttachmentError, match="bukan berkas biasa"):
        att.add_attachment(office, cid, "/dev/zero")


# -- .sopcase attachments ----------------------------------------------------------------------

def test_disguised_program_in_a_sopcase_is_left_out_and_said_so(pc_a, pc_b, exported, tmp_path):
    def plant(payload, members):
        p, m = with_attachment(payload, members, filename=DISGUISED, data=EXE, mime="application/pdf")
        payload.update(p)
        members.update(m)
    bad = recraft(exported, tmp_path / "program.sopcase", plant)
    preview = preview_import(pc_b, bad)
    assert preview.attachments_in_file == 2 and preview.attachments_new == 1
    [why] = preview.attachments_refused
    assert why.startswith("Surat Edaran fdp.exe: ") and "program" in why
    r = import_case(pc_b, bad)
    assert r.attachments_added == 1 and r.attachments_refused == (why,)
    assert [i.filename for i in att.list_attachments(pc_b, r.case_id)] == ["SE Bupati.pdf"]
    notes = [e.note for e in pc_b.case(r.case_id).events if e.kind == "import"]
    assert any(n.startswith("Lampiran tidak diimpor: Surat Edaran fdp.exe") for n in notes)
    assert not any(row[5].startswith(b"MZ") for row in all_rows(pc_b)["attachments"])


def test_a_sopcase_attachment_gets_the_extension_of_its_real_type(pc_b, exported, tmp_path):
    def rename(payload, members):
        payload["attachments"][0]["filename"] = "scan\u200b terbaru.docx"
    r = import_case(pc_b, recraft(exported, tmp_path / "nama.sopcase", rename))
    [info] = att.list_attachments(pc_b, r.case_id)
    assert (info.filename, info.mime) == ("scan terbaru.pdf", "application/pdf")


def test_an_attachment_larger_than_it_declares_is_refused_before_anything_is_written(pc_b, exported, tmp_path,
                                                                                      monkeypatch):
    """Attack: a member of a few kB compressed that expands far past the limit, declaring 10 bytes."""
    import sopdesk.app.transfer as tr
    monkeypatch.setattr(tr, "MAX_ATTACHMENT_BYTES", 1_000_000)

    def bomb(payload, members):
        p, m = with_attachment(payload, members, filename="bom.pdf", data=b"%PDF-" + b"\x00" * 20_000_000, size=10)
        payload.update(p)
        members.update(m)
    bad = recraft(exported, tmp_path / "bom.sopcase", bomb)
    assert bad.stat().st_size < 500_000
    refused_untouched(pc_b, bad, "lampiran ke-2 terlalu besar")
    with pytest.raises(TransferError, match="terlalu besar"):
        preview_import(pc_b, bad)


def test_an_attachment_declared_over_50_mb_is_refused(pc_b, exported, tmp_path):
    def declare(payload, members):
        payload["attachments"][0]["size"] = 51 * 1024 * 1024
    refused_untouched(pc_b, recraft(exported, tmp_path / "besar.sopcase", declare), "lebih besar dari 50 MB")


def test_the_file_itself_is_read_no_further_than_its_limit(pc_b, tmp_path, monkeypatch):
    import sopdesk.app.transfer as tr
    monkeypatch.setattr(tr, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "besar.sopcase"
    path.write_bytes(b"PK" + b"\x00" * 5000)
    real_stat = Path.stat

    def small_stat(self, *a, **k):   # a file reported smaller than it is
        st = real_stat(self, *a, **k)
        if self.name != "besar.sopcase":
            return st
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, 10,
                               st.st_atime, st.st_mtime, st.st_ctime))
    monkeypatch.setattr(Path, "stat", small_stat)
    with pytest.raises(TransferError, match="terlalu besar"):
        read_case_file(path)


# -- values checked as typed ------------------------------------------------------------------

def _set_case(key, value):
    def edit(payload, members):
        payload["case"][key] = value
    return edit


def _set_event(i, key, value):
    def edit(payload, members):
        payload["events"][i][key] = value
    return edit


@pytest.mark.parametrize("edit, message", [
    (_set_case("ref_date", "2027-02-30"), "ref_date"),
    (_set_case("ref_date", "20270104"), "ref_date"),
    (_set_case("title", "\u200b\u202e \u2066"), "title pada kasus kosong"),
    (_set_case("title", "Judul\x85tersembunyi"), "karakter kendali"),       # C1 (NEL)
    (_set_event(0, "note", "catatan\x9b31m"), "karakter kendali"),          # C1 (CSI)
    (_set_event(0, "actor", "Agus\x00"), "karakter kendali"),
    (_set_event(0, "kind", "import"), "jenis catatan ke-1 tidak dikenal"),   # import events never travel
])
def test_values_are_checked_as_typed(pc_b, exported, tmp_path, edit, message):
    refused_untouched(pc_b, recraft(exported, tmp_path / "nilai.sopcase", edit), message)


def test_names_and_titles_lose_direction_characters_on_import(pc_b, exported, tmp_path):
    def disguise(payload, members):
        payload["case"]["title"] = "Penyusunan \u202eKP\u202c Tahun 2027"
        payload["events"][0]["actor"] = "Agus\u200b Priyanto\u200f"
    r = import_case(pc_b, recraft(exported, tmp_path / "arah.sopcase", disguise))
    view = pc_b.case(r.case_id)
    assert view.title == "Penyusunan KP Tahun 2027"
    assert [e.by for e in view.events if e.kind == "start"] == ["Agus Priyanto"]


@pytest.mark.parametrize("where", ["happened_at", "recorded_at", "created_at", "added_at", "updated_at",
                                   "exported_at"])
def test_moments_from_the_future_are_refused(pc_b, exported, tmp_path, where):
    later = "2027-01-06T05:10:00Z"   # ten minutes after this PC's clock (05:00 UTC); the allowance is five

    def edit(payload, members):
        if where in ("happened_at", "recorded_at"):
            payload["events"][-1][where] = later
        elif where == "created_at":
            payload["case"][where] = later
        elif where == "added_at":
            payload["attachments"][0][where] = later
        elif where == "updated_at":
            payload["pk"][where] = later
    bad = recraft(exported, tmp_path / "masa-depan.sopcase", edit,
                  manifest={"exported_at": later} if where == "exported_at" else None)
    refused_untouched(pc_b, bad, f"waktu {where} .*masih di masa depan")


def test_a_clock_a_few_minutes_fast_is_allowed(pc_b, exported, tmp_path):
    def edit(payload, members):
        payload["case"]["created_at"] = "2027-01-06T05:04:00Z"
    assert import_case(pc_b, recraft(exported, tmp_path / "cepat.sopcase", edit)).new


@pytest.mark.parametrize("pk_edit, why", [
    (lambda pk: pk["programs"][0].update(budget=-5), "tidak boleh negatif"),
    (lambda pk: pk["first_party"].update(nip="12345678901234567"), "NIP"),
    (lambda pk: pk.update(year=1999), "Tahun"),
    (lambda pk: pk["targets"][0].update(goal="sasaran\x1b[31m"), "karakter kendali"),
])
def test_a_pk_that_the_editor_would_refuse_is_left_out(pc_b, exported, tmp_path, pk_edit, why):
    def edit(payload, members):
        content = json.loads(payload["pk"]["content"])
        pk_edit(content)
        payload["pk"]["content"] = json.dumps(content)
    bad = recraft(exported, tmp_path / "pk.sopcase", edit)
    assert why in preview_import(pc_b, bad).pk_refused
    r = import_case(pc_b, bad)
    assert r.new and why in r.pk_refused and not r.pk_updated
    assert load_pk(pc_b, r.case_id) is None and pk_versions(pc_b, r.case_id) == []
    assert any(e.note.startswith("Isi PK tidak diimpor") for e in pc_b.case(r.case_id).events)


# -- an import says what it did ----------------------------------------------------------------

def test_preview_shows_what_the_file_holds_and_writes_nothing(pc_b, exported):
    before = all_rows(pc_b)
    p = preview_import(pc_b, exported)
    assert all_rows(pc_b) == before
    assert (p.case_title, p.year, p.new, p.local_case_id) == ("Penyusunan PK Tahun 2027", 2027, True, None)
    assert (p.sop_code, p.sop_version, p.sop_known) == (SEED, 1, True)
    assert (p.events_in_file, p.events_new, p.attachments_in_file, p.attachments_new) == (3, 3, 1, 1)
    assert p.pk_in_file and p.pk_new and not p.pk_differs and p.pk_refused is None
    assert p.exported_by == "Dwi Lestari" and p.pc and p.exported_at == wib(2027, 1, 6, 12, 0)
    assert p.program.startswith("sopdesk ") and p.problem is None and not p.nothing_new
    r = import_case(pc_b, exported)
    again = preview_import(pc_b, exported)
    assert again.local_case_id == r.case_id and again.nothing_new and again.events_new == 0
    assert again.local_title == "Penyusunan PK Tahun 2027"


def test_preview_names_a_conflict_without_writing(pc_a, pc_b, exported, tmp_path):
    r = import_case(pc_b, exported)
    pc_b.start_step(r.case_id, 2, at=wib(2027, 1, 6, 9, 0))
    cid = pc_a.case_ids()[0]
    pc_a.start_step(cid, 2, at=wib(2027, 1, 6, 10, 0))
    newer = export_case(pc_a, cid, tmp_path / "baru.sopcase")
    before = all_rows(pc_b)
    assert "bertentangan" in preview_import(pc_b, newer).problem
    assert all_rows(pc_b) == before
    refused_untouched(pc_b, newer, "bertentangan")


def test_an_import_is_one_event_here_and_marks_what_it_brought(pc_b, exported):
    r = import_case(pc_b, exported, by="Siti Rahayu")
    events = pc_b.case(r.case_id).events
    head = events[0]
    assert head.id == r.import_event_id and head.kind == "import" and head.imported_by is None
    assert head.note.startswith("Diimpor dari asli.sopcase (") and ", Dwi Lestari) pada 6 Januari 2027 12.00." \
        in head.note and "Berkas diekspor 6 Januari 2027 12.00 dengan sopdesk" in head.note
    assert head.by == "Siti Rahayu"
    carried = [e for e in events if e.kind != "import"]
    assert [e.kind for e in carried] == ["start", "finish", "note"]
    assert {e.imported_by for e in carried} == {head.id}
    assert carried[0].by == "Agus Priyanto"            # authors and times kept
    assert carried[0].at == wib(2027, 1, 5, 8, 0)
    parts = [e for e in events if e.kind == "import" and e.imported_by == head.id]
    assert [p.note for p in parts] == [
        "Lampiran diimpor: SE Bupati.pdf (PDF, 10 KB)",
        "Isi PK diimpor sebagai versi 1 dan dipakai (kasus ini belum punya PK)."]
    assert parts[0].step == 1
    detail = case_detail(pc_b.case(r.case_id), pc_b.tz)
    assert [e["imported_by"] for e in detail["events"]] == [None, head.id, head.id, head.id, head.id, head.id]
    with pytest.raises(CaseError, match="impor tidak dapat dikoreksi"):
        pc_b.correct(r.case_id, head.id, reason="salah")


def test_the_case_report_marks_what_was_imported(pc_b, exported, tmp_path):
    from pypdf import PdfReader

    from sopdesk.documents.case_report import render_case_report
    r = import_case(pc_b, exported)
    pc_b.add_note(r.case_id, "catatan di sini")
    out = tmp_path / "laporan.pdf"
    render_case_report(pc_b.case(r.case_id), pc_b, str(out))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "tepat waktu; diimpor" in text
    assert "Impor, 6 Januari 2027 12.00: Diimpor dari asli.sopcase" in text
    assert "Lampiran ditambahkan: SE Bupati.pdf (diimpor)" in text
    assert "catatan di sini (diimpor)" not in text


def test_import_events_never_travel_back(pc_a, pc_b, exported, tmp_path):
    r = import_case(pc_b, exported)
    back = export_case(pc_b, r.case_id, tmp_path / "kembali.sopcase")
    _, payload, _ = read_payload(back)
    assert "import" not in {e["kind"] for e in payload["events"]}
    cid = pc_a.case_ids()[0]
    assert import_case(pc_a, back).import_event_id is None          # nothing new for A
    pc_b.add_note(r.case_id, "dari B")
    r2 = import_case(pc_a, export_case(pc_b, r.case_id, tmp_path / "2.sopcase"))
    assert (r2.case_id, r2.events_added) == (cid, 1)
    # …and round and round, nothing more in either direction.
    assert import_case(pc_b, export_case(pc_a, cid, tmp_path / "3.sopcase")).import_event_id is None
    assert import_case(pc_a, export_case(pc_b, r.case_id, tmp_path / "4.sopcase")).import_event_id is None


def test_a_file_from_an_older_sopdesk_says_who_is_unknown(pc_b, exported, tmp_path):
    old = recraft(exported, tmp_path / "lama.sopcase", manifest={"exported_by": None, "pc": None})
    p = preview_import(pc_b, old)
    assert (p.exported_by, p.pc) == ("", "")
    r = import_case(pc_b, old)
    assert "(PC tidak diketahui, pengekspor tidak diketahui)" in pc_b.case(r.case_id).events[0].note


@pytest.mark.parametrize("manifest, outcome", [
    ({"exported_by": "Dwi\x00"}, "karakter kendali"),
    ({"pc": 42}, "pc pada manifest.json tidak sah"),
    ({"exported_at": "kemarin"}, "exported_at"),
    ({"exported_by": "Dwi \u202eitsaL"}, None),   # shown without the override
])
def test_what_the_manifest_says_is_checked_too(pc_b, exported, tmp_path, manifest, outcome):
    path = recraft(exported, tmp_path / "manifest.sopcase", manifest=manifest)
    if outcome:
        refused_untouched(pc_b, path, outcome)
    else:
        assert preview_import(pc_b, path).exported_by == "Dwi itsaL"


def test_the_file_name_in_the_history_shows_no_direction_tricks(pc_b, exported, tmp_path):
    path = tmp_path / "kasus \u202eesacpos.exe.sopcase"
    path.write_bytes(exported.read_bytes())
    r = import_case(pc_b, path)
    assert pc_b.case(r.case_id).events[0].note.startswith("Diimpor dari kasus esacpos.exe.sopcase (")


# -- the PK is never replaced by a date comparison -------------------------------------------

def test_a_different_pk_is_kept_as_a_version_and_used_only_when_chosen(pc_a, pc_b, exported, tmp_path, clock):
    r = import_case(pc_b, exported)
    mine = pk_from_dict({**PK, "place": "Somagede (PC B)"})
    save_pk(pc_b, r.case_id, mine)                       # B's own edit: a new local version (2)
    cid = pc_a.case_ids()[0]
    theirs = pk_from_dict({**PK, "place": "Somagede (PC A)"})
    clock.moment = wib(2027, 1, 6, 12, 3)
    save_pk(pc_a, cid, theirs)                           # A edits later: newer by every date
    newer = export_case(pc_a, cid, tmp_path / "pk-baru.sopcase")
    p = preview_import(pc_b, newer)
    assert p.pk_differs and not p.pk_new
    result = import_case(pc_b, newer)
    assert not result.pk_updated and result.pk_version == 3
    assert load_pk(pc_b, r.case_id) == mine              # B's PK stays in use
    versions = pk_versions(pc_b, r.case_id)
    assert [(v.number, v.source, v.current) for v in versions] == \
        [(1, "imported", False), (2, "local", True), (3, "imported", False)]
    assert versions[2].imported_from.startswith("Diimpor dari pk-baru.sopcase")
    assert versions[2].import_event_id == result.import_event_id and versions[2].content == theirs
    assert load_pk_version(pc_b, r.case_id, 3) == theirs
    note = [e.note for e in pc_b.case(r.case_id).events if e.kind == "import"][-1]
    assert "versi 3, belum dipakai" in note
    accept_pk_version(pc_b, r.case_id, 3)                # the user chose it
    assert load_pk(pc_b, r.case_id) == theirs
    accept_pk_version(pc_b, r.case_id, 2)                # …and went back: nothing was lost
    assert load_pk(pc_b, r.case_id) == mine
    assert [v.current for v in pk_versions(pc_b, r.case_id)] == [False, True, False]
    # The same file again, or one with a PK B already has, adds no version.
    assert import_case(pc_b, newer).pk_version is None
    assert len(pk_versions(pc_b, r.case_id)) == 3


def test_editing_a_chosen_version_keeps_it_as_it_was(pc_b, exported):
    r = import_case(pc_b, exported)
    save_pk(pc_b, r.case_id, pk_from_dict({**PK, "place": "Banyumas"}))
    save_pk(pc_b, r.case_id, pk_from_dict({**PK, "place": "Banyumas Kota"}))   # the same draft, saved as typed
    assert [(v.number, v.content.place) for v in pk_versions(pc_b, r.case_id)] == \
        [(1, "Somagede"), (2, "Banyumas Kota")]
    accept_pk_version(pc_b, r.case_id, 1)
    save_pk(pc_b, r.case_id, pk_from_dict({**PK, "place": "Purwokerto"}))
    assert [(v.number, v.content.place, v.current) for v in pk_versions(pc_b, r.case_id)] == \
        [(1, "Somagede", False), (2, "Banyumas Kota", False), (3, "Purwokerto", True)]
    with pytest.raises(Exception, match="tidak punya versi 9"):
        accept_pk_version(pc_b, r.case_id, 9)


# -- the command line -------------------------------------------------------------------------

def _run(db, *args, env):
    return subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(db), *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120, cwd=ROOT)


def test_cli_preview_import_and_pk_versions(tmp_path, data_dir):
    env = dict(os.environ, SOPDESK_DATA_DIR=str(data_dir))
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    pk_a, pk_b = tmp_path / "pk-a.toml", tmp_path / "pk-b.toml"
    from sopdesk.domain.pk import pk_to_toml_text
    pk_a.write_text(pk_to_toml_text(pk_from_dict(PK)), encoding="utf-8")
    pk_b.write_text(pk_to_toml_text(pk_from_dict({**PK, "place": "Lain"})), encoding="utf-8")
    assert _run(a, "case", "new", "--sop", SEED, "--title", "PK 2027", env=env).returncode == 0
    assert _run(a, "pk", "load", "1", str(pk_a), env=env).returncode == 0
    f = tmp_path / "k.sopcase"
    assert _run(a, "case", "export", "1", "--out", str(f), "--by", "Dwi Lestari", env=env).returncode == 0
    p = _run(b, "case", "preview", str(f), env=env)
    assert p.returncode == 0 and "Kasus: PK 2027" in p.stdout and "Diekspor oleh Dwi Lestari" in p.stdout
    assert "PK: akan menjadi PK kasus ini" in p.stdout
    assert json.loads(_run(b, "case", "preview", str(f), "--json", env=env).stdout)["events_new"] == 0
    assert json.loads(_run(b, "case", "list", "--json", env=env).stdout) == []      # the preview imported nothing
    assert _run(b, "case", "import", str(f), env=env).returncode == 0
    assert _run(b, "pk", "load", "1", str(pk_b), env=env).returncode == 0      # B's own PK differs now
    assert _run(a, "case", "note", "1", "lagi", env=env).returncode == 0
    assert _run(a, "case", "export", "1", "--out", str(f), env=env).returncode == 0
    assert _run(b, "pk", "load", "1", str(pk_b), env=env).returncode == 0
    pk_a.write_text(pk_to_toml_text(pk_from_dict({**PK, "place": "Dari A"})), encoding="utf-8")
    assert _run(a, "pk", "load", "1", str(pk_a), env=env).returncode == 0
    assert _run(a, "case", "export", "1", "--out", str(f), env=env).returncode == 0
    p = _run(b, "case", "import", str(f), env=env)
    assert p.returncode == 0 and "disimpan sebagai versi 3 dan belum dipakai" in p.stderr
    assert "sopdesk pk use 1 3" in p.stderr
    listed = json.loads(_run(b, "pk", "versions", "1", "--json", env=env).stdout)
    assert [(v["version"], v["source"], v["current"]) for v in listed] == \
        [(1, "imported", False), (2, "local", True), (3, "imported", False)]
    text = _run(b, "pk", "versions", "1", env=env).stdout
    assert "▶  2." in text and "Diimpor dari k.sopcase" in text
    p = _run(b, "pk", "use", "1", "3", env=env)
    assert p.returncode == 0 and "versi 3 sekarang dipakai" in p.stdout
    assert json.loads(_run(b, "pk", "versions", "1", "--json", env=env).stdout)[2]["current"]
    p = _run(b, "pk", "use", "1", "7", env=env)
    assert p.returncode == 1 and "tidak punya versi 7" in p.stderr
    detail = json.loads(_run(b, "case", "show", "1", "--json", env=env).stdout)
    assert detail["events"][0]["kind"] == "import" and detail["events"][1]["imported_by"] == detail["events"][0]["id"]


# -- letter numbers ---------------------------------------------------------------------------

def _pk_case(path) -> int:
    o = Office(path)
    cid = o.new_case(SEED, "PK 2027")
    save_pk(o, cid, pk_from_dict(PK))
    o.close()
    return cid


def test_four_windows_asking_at_once_get_one_number_for_a_case(tmp_path):
    import threading

    from sopdesk.app.paperwork import numbers_of_case, pengantar_for_case
    db = tmp_path / "kantor.db"
    cid = _pk_case(db)
    offices = [Office(db) for _ in range(4)]
    start = threading.Barrier(4)
    got: list[str] = []

    def ask(o):
        start.wait()
        got.append(pengantar_for_case(o, cid).number)
    threads = [threading.Thread(target=ask, args=(o,)) for o in offices]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=60)
    assert len(got) == 4 and len(set(got)) == 1
    assert numbers_of_case(offices[0], cid) == got[:1]
    for o in offices:
        o.close()


def test_four_programs_asking_at_once_get_one_number_for_a_case(tmp_path, data_dir):
    db = tmp_path / "kantor.db"
    cid = _pk_case(db)
    go = tmp_path / "mulai"
    code = ("import sys, time, pathlib\n"
            "from sopdesk.app.office import Office\n"
            "from sopdesk.app.paperwork import pengantar_for_case\n"
            "o = Office(sys.argv[1])\n"
            "while not pathlib.Path(sys.argv[3]).exists(): time.sleep(0.005)\n"
            "print(pengantar_for_case(o, int(sys.argv[2])).number)\n")
    env = dict(os.environ, SOPDESK_DATA_DIR=str(data_dir))
    procs = [subprocess.Popen([sys.executable, "-c", code, str(db), str(cid), str(go)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    go.write_text("")
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, [e for _, e in outs]
    assert len({o.strip() for o, _ in outs}) == 1
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM letter_numbers WHERE case_id = ?", (cid,)).fetchone() == (1,)
    con.close()

