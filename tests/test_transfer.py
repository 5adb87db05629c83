"""Case transfer by flashdisk: export a .sopcase, import it on another PC, again and again."""
import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from sopdesk.app.office import Office
from sopdesk.app.paperwork import save_pk
from sopdesk.app.transfer import FORMAT, MAX_FILE_BYTES, TransferError, export_case, import_case, read_case_file
from sopdesk.domain.pk import pk_from_dict
from sopdesk.store import tables as t
from tests.crafted import PK
from tests.helpers import DECISION_SOP, SEED, FixedClock, wib

pytestmark = pytest.mark.databases  # db_target and office: SQLite and PostgreSQL (conftest.py)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def clock():
    return FixedClock(wib(2026, 1, 6, 12, 0))


@pytest.fixture
def pc_a(db_target, clock):
    o = Office(db_target, clock=clock)
    yield o
    o.close()


@pytest.fixture
def pc_b(tmp_path, clock):
    (tmp_path / "b").mkdir()
    o = Office(tmp_path / "b" / "kantor.db", clock=clock)
    yield o
    o.close()


def started_case(office) -> int:
    cid = office.new_case(SEED, "Penyusunan PK Tahun 2027", ref_number="000.7.2.7/5/2026", ref_date="2026-01-02",
                          ref_subject="Penyusunan PK")
    office.start_step(cid, 1, at=wib(2026, 1, 5, 8, 0), by="Pak Camat")
    office.finish_step(cid, 1, at=wib(2026, 1, 5, 8, 4), note="diterima")
    wrong = office.start_step(cid, 2, at=wib(2026, 1, 5, 8, 5))
    office.correct(cid, wrong, reason="salah jam")
    office.start_step(cid, 2, at=wib(2026, 1, 5, 9, 0))
    office.add_note(cid, "Catatan <b>tebal</b> & \"kutip\" 🙂 עברית")
    save_pk(office, cid, pk_from_dict(PK))
    with office.writing() as conn:
        conn.execute(insert(t.attachments).values(case_id=cid, event_id=wrong, filename="surat edaran.pdf",
                                                  mime="application/pdf", data=b"%PDF-1.4\x00\xff" * 1000,
                                                  added_at="2026-01-05T02:00:00Z", added_by="Staf"))
    return cid


def all_rows(office) -> dict[str, list]:
    with office.engine.connect() as conn:
        return {n: [tuple(r) for r in conn.execute(select(table).order_by(*table.primary_key.columns))]
                for n, table in t.metadata.tables.items()}


def event_content(office, cid) -> list[tuple]:
    """The case's events as they travel: without this PC's import events."""
    evs = [e for e in office.case(cid).events if e.kind != "import"]
    index = {e.id: i for i, e in enumerate(evs)}
    return [(e.kind, e.step, e.at, e.recorded_at, e.by, e.by_nip, e.note, e.decision,
             index.get(e.voids) if e.voids else None) for e in evs]


def case_row(office, cid) -> dict:
    with office.engine.connect() as conn:
        return dict(conn.execute(select(t.cases).where(t.cases.c.id == cid)).mappings().one())


# -- round trips -------------------------------------------------------------------

def test_export_import_carries_the_whole_case(pc_a, pc_b, tmp_path):
    cid = started_case(pc_a)
    path = export_case(pc_a, cid, tmp_path / "kasus.sopcase")
    with zipfile.ZipFile(path) as z:
        manifest = json.loads(z.read("manifest.json"))
        assert manifest["format"] == FORMAT == "sopdesk-case/1"
        assert manifest["payload_sha256"] == hashlib.sha256(z.read("case.json")).hexdigest()
    r = import_case(pc_b, path)
    assert r.new and r.events_added == 6 and r.attachments_added == 1 and r.pk_updated
    a, b = case_row(pc_a, cid), case_row(pc_b, r.case_id)
    for key in ("uid", "title", "year", "ref_number", "ref_date", "ref_subject", "created_at", "state",
                "current_step", "current_running", "late_done", "started_at"):
        assert a[key] == b[key], key
    assert event_content(pc_a, cid) == event_content(pc_b, r.case_id)
    rows_b = all_rows(pc_b)
    att = rows_b["attachments"][0]
    assert att[3] == "surat edaran.pdf" and att[5] == b"%PDF-1.4\x00\xff" * 1000
    voided = next(e for e in pc_b.case(r.case_id).events if e.kind == "correction").voids
    assert att[2] == voided  # the attachment still hangs on the (voided) event it belonged to
    assert rows_b["pk_contents"][0][1:] == all_rows(pc_a)["pk_contents"][0][1:]


def test_importing_the_same_file_twice_adds_nothing(pc_a, pc_b, tmp_path):
    path = export_case(pc_a, started_case(pc_a), tmp_path / "kasus.sopcase")
    first = import_case(pc_b, path)
    before = all_rows(pc_b)
    again = import_case(pc_b, path)
    assert (again.case_id, again.new, again.events_added, again.attachments_added, again.pk_updated) == \
        (first.case_id, False, 0, 0, False)
    after = all_rows(pc_b)
    assert {k: v for k, v in after.items() if k != "cases"} == {k: v for k, v in before.items() if k != "cases"}
    assert len(after["cases"]) == len(before["cases"])


def test_a_newer_state_adds_only_the_new_events_both_ways(pc_a, pc_b, tmp_path, clock):
    cid = started_case(pc_a)
    import_case(pc_b, export_case(pc_a, cid, tmp_path / "1.sopcase"))
    pc_a.finish_step(cid, 2, at=wib(2026, 1, 5, 9, 10))
    pc_a.start_step(cid, 3, at=wib(2026, 1, 5, 9, 20))
    r = import_case(pc_b, export_case(pc_a, cid, tmp_path / "2.sopcase"))
    assert not r.new and r.events_added == 2
    assert case_row(pc_b, r.case_id)["current_step"] == 3
    # B works on, and the case goes back to A: A gets only B's event.
    pc_b.finish_step(r.case_id, 3, at=wib(2026, 1, 5, 10, 0), by="Sekcam")
    back = import_case(pc_a, export_case(pc_b, r.case_id, tmp_path / "3.sopcase"))
    assert (back.case_id, back.new, back.events_added) == (cid, False, 1)
    assert event_content(pc_a, cid) == event_content(pc_b, r.case_id)
    # And nothing more in either direction: fingerprints hold over any number of trips.
    assert import_case(pc_b, export_case(pc_a, cid, tmp_path / "4.sopcase")).events_added == 0
    assert import_case(pc_a, export_case(pc_b, r.case_id, tmp_path / "5.sopcase")).events_added == 0


def test_import_only_inserts_events(pc_a, pc_b, tmp_path):
    cid = started_case(pc_a)
    r = import_case(pc_b, export_case(pc_a, cid, tmp_path / "1.sopcase"))
    before = all_rows(pc_b)["events"]
    pc_a.finish_step(cid, 2, at=wib(2026, 1, 5, 9, 10))
    import_case(pc_b, export_case(pc_a, cid, tmp_path / "2.sopcase"))
    after = all_rows(pc_b)["events"]
    assert after[:len(before)] == before and len(after) == len(before) + 2
    assert [e[2] for e in after[len(before):]] == ["import", "finish"]   # this PC's import event, then the new one
    assert r.case_id == after[-1][1]


def test_separate_work_on_two_pcs_is_merged(pc_a, pc_b, tmp_path):
    cid = started_case(pc_a)
    r = import_case(pc_b, export_case(pc_a, cid, tmp_path / "1.sopcase"))
    pc_a.add_note(cid, "dari PC A")
    pc_b.add_note(r.case_id, "dari PC B")
    assert import_case(pc_b, export_case(pc_a, cid, tmp_path / "2.sopcase")).events_added == 1
    notes = [e.note for e in pc_b.case(r.case_id).events if e.kind == "note"]
    assert notes[-2:] == ["dari PC B", "dari PC A"]


def test_conflicting_histories_are_refused_and_nothing_written(pc_a, pc_b, tmp_path):
    cid = started_case(pc_a)
    r = import_case(pc_b, export_case(pc_a, cid, tmp_path / "1.sopcase"))
    running = [e for e in pc_b.case(r.case_id).events if e.kind == "start" and e.step == 2][-1]
    pc_b.correct(r.case_id, running.id, reason="belum mulai")  # on B step 2 never started…
    pc_a.finish_step(cid, 2, at=wib(2026, 1, 5, 9, 10))  # …on A it finished
    before = all_rows(pc_b)
    with pytest.raises(TransferError, match="bertentangan"):
        import_case(pc_b, export_case(pc_a, cid, tmp_path / "2.sopcase"))
    assert all_rows(pc_b) == before


def test_sop_version_is_matched_by_digest_or_added(pc_a, pc_b, tmp_path):
    pc_a.import_sop_text(DECISION_SOP, "cek.toml")
    cid = pc_a.new_case("cek-berkas", "Berkas Pak Darto")
    pc_a.start_step(cid, 1, at=wib(2026, 1, 5, 8, 0))
    versions = lambda o: len(all_rows(o)["sop_versions"])  # noqa: E731
    n = versions(pc_b)
    r = import_case(pc_b, export_case(pc_a, cid, tmp_path / "1.sopcase"))
    assert versions(pc_b) == n + 1 and pc_b.case(r.case_id).sop.code == "cek-berkas"
    seed_case = import_case(pc_b, export_case(pc_a, started_case(pc_a), tmp_path / "2.sopcase"))
    assert versions(pc_b) == n + 1 and pc_b.case(seed_case.case_id).sop.code == SEED  # the seed was known
    import_case(pc_b, tmp_path / "1.sopcase")
    assert versions(pc_b) == n + 1


def test_cases_made_before_schema_2_can_travel(tmp_path, clock):
    import shutil
    (tmp_path / "old").mkdir()
    shutil.copyfile(Path(__file__).parent / "fixtures" / "schema-v1.sqlite", tmp_path / "old" / "kantor.db")
    old = Office(tmp_path / "old" / "kantor.db", clock=clock)
    new = Office(tmp_path / "new.db", clock=clock)
    r = import_case(new, export_case(old, 1, tmp_path / "1.sopcase"))
    assert r.new and r.events_added == 6 and r.attachments_added == 1
    # The fixture's PK ({"year": 2026, "targets": []}, written by SQL) is no PK the editor saves: left out, and said so.
    assert not r.pk_updated and "isi PK tidak sah" in r.pk_refused
    assert import_case(old, export_case(new, r.case_id, tmp_path / "2.sopcase")).events_added == 0


# -- refusals ---------------------------------------------------------------------

def rewrite(src: Path, dst: Path, *, manifest=None, payload=None, members=None, fix_checksum=True) -> Path:
    """A changed copy of a .sopcase: edit functions get the parsed JSON and return it."""
    with zipfile.ZipFile(src) as z:
        files = {n: z.read(n) for n in z.namelist()}
    if payload:
        body = json.dumps(payload(json.loads(files["case.json"])), ensure_ascii=False).encode()
        files["case.json"] = body
        if fix_checksum:
            m = json.loads(files["manifest.json"])
            m["payload_sha256"], m["payload_size"] = hashlib.sha256(body).hexdigest(), len(body)
            files["manifest.json"] = json.dumps(m).encode()
    if manifest:
        files["manifest.json"] = json.dumps(manifest(json.loads(files["manifest.json"]))).encode()
    if members:
        files = members(files)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in files.items():
            z.writestr(n, data)
    return dst


def _set(d, path, value):
    cur = d
    for k in path[:-1]:
        cur = cur[k]
    cur[path[-1]] = value
    return d


BAD_FILES = {
    "not a zip": (lambda src, dst: dst.write_bytes(b"MZ\x90\x00 not a zip at all" * 50), "bukan berkas kasus"),
    "empty": (lambda src, dst: dst.write_bytes(b""), "bukan berkas kasus"),
    "truncated": (lambda src, dst: dst.write_bytes(src.read_bytes()[: src.stat().st_size // 2]), "rusak/terpotong"),
    "newer format": (lambda src, dst: rewrite(src, dst, manifest=lambda m: _set(m, ["format"], "sopdesk-case/2")),
                     "lebih baru"),
    "other format": (lambda src, dst: rewrite(src, dst, manifest=lambda m: _set(m, ["format"], "docx")),
                     "format tidak dikenal"),
    "no manifest": (lambda src, dst: rewrite(src, dst, members=lambda f: {k: v for k, v in f.items()
                                                                          if k != "manifest.json"}),
                    "tidak ada manifest"),
    "payload changed": (lambda src, dst: rewrite(src, dst, payload=lambda p: _set(p, ["case", "title"], "Diubah"),
                                                 fix_checksum=False), "checksum tidak cocok"),
    "attachment changed": (lambda src, dst: rewrite(src, dst, members=lambda f: {
        **f, "attachments/1": f["attachments/1"][:-1] + b"X"}), "lampiran ke-1 rusak"),
    "attachment missing": (lambda src, dst: rewrite(src, dst, members=lambda f: {
        k: v for k, v in f.items() if k != "attachments/1"}), "lampiran ke-1 tidak ada"),
    "unknown event kind": (lambda src, dst: rewrite(src, dst, payload=lambda p: _set(p, ["events", 0, "kind"], "hapus")),
                           "tidak dikenal"),
    "step not in SOP": (lambda src, dst: rewrite(src, dst, payload=lambda p: _set(p, ["events", 0, "step_no"], 99)),
                        "langkah yang tidak ada"),
    "forward void": (lambda src, dst: rewrite(src, dst, payload=lambda p: _set(p, ["events", 3, "voids"], 5)),
                     "koreksi"),
    "bad time": (lambda src, dst: rewrite(src, dst, payload=lambda p: _set(p, ["events", 0, "happened_at"],
                                                                          "2026-13-45T99:00:00Z")), "waktu"),
    "control chars": (lambda src, dst: rewrite(src, dst, payload=lambda p: _set(p, ["case", "title"], "a\x00b")),
                      "karakter kendali"),
    "title too long": (lambda src, dst: rewrite(src, dst, payload=lambda p: _set(p, ["case", "title"], "x" * 501)),
                       "title"),
    "bad uid": (lambda src, dst: rewrite(src, dst, payload=lambda p: _set(p, ["case", "uid"], "../../x")), "uid"),
    "sop digest": (lambda src, dst: rewrite(src, dst, payload=lambda p: _set(p, ["sop", "digest"], "0" * 64)),
                   "digest"),
    "sop invalid": (lambda src, dst: rewrite(src, dst, payload=lambda p: _set(
        _set(p, ["sop", "definition"], "format = 'sopdesk-sop/1'\ncode = 'x'"), ["sop", "digest"],
        hashlib.sha256(b"format = 'sopdesk-sop/1'\ncode = 'x'").hexdigest())), "SOP di dalam berkas tidak sah"),
    "nonsense history": (lambda src, dst: rewrite(src, dst, payload=lambda p: _set(_set(p, ["events"], [
        dict(p["events"][1])]), ["attachments"], [])), "tidak masuk akal"),  # a finish with no start
    "payload not an object": (lambda src, dst: rewrite(src, dst, payload=lambda p: [1, 2, 3]), "tidak lengkap"),
    "json bomb": (lambda src, dst: rewrite(src, dst, members=lambda f: _bomb(f)), "bukan JSON"),
}


def _bomb(files):
    body = b"[" * 100_000 + b"]" * 100_000
    m = json.loads(files["manifest.json"])
    m["payload_sha256"], m["payload_size"] = hashlib.sha256(body).hexdigest(), len(body)
    return {**files, "case.json": body, "manifest.json": json.dumps(m).encode()}


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_files_are_refused_with_nothing_written(pc_a, pc_b, tmp_path, name):
    spoil, message = BAD_FILES[name]
    src = export_case(pc_a, started_case(pc_a), tmp_path / "baik.sopcase")
    bad = tmp_path / "buruk.sopcase"
    spoil(src, bad)
    before = all_rows(pc_b)
    with pytest.raises(TransferError, match=message) as e:
        import_case(pc_b, bad)
    assert "Traceback" not in str(e.value)
    assert all_rows(pc_b) == before


def test_too_large_file_is_refused_before_reading(pc_b, tmp_path):
    big = tmp_path / "besar.sopcase"
    with open(big, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(TransferError, match=r"terlalu besar.*200 MB"):
        read_case_file(big)


def test_zip_bomb_member_is_refused(pc_a, pc_b, tmp_path, monkeypatch):
    import sopdesk.app.transfer as tr
    monkeypatch.setattr(tr, "MAX_UNPACKED_BYTES", 2_000_000)
    src = export_case(pc_a, started_case(pc_a), tmp_path / "baik.sopcase")
    bomb = rewrite(src, tmp_path / "bom.sopcase", members=lambda f: {**f, "attachments/1": b"\x00" * 50_000_000})
    assert bomb.stat().st_size < 1_000_000
    with pytest.raises(TransferError, match="terlalu besar"):
        import_case(pc_b, bomb)


def test_existing_case_with_another_sop_version_is_refused(pc_a, pc_b, tmp_path):
    cid = started_case(pc_a)
    src = export_case(pc_a, cid, tmp_path / "baik.sopcase")
    import_case(pc_b, src)
    other = DECISION_SOP
    bad = rewrite(src, tmp_path / "lain.sopcase", payload=lambda p: _set(_set(p, ["sop", "definition"], other),
                                                                         ["sop", "digest"],
                                                                         hashlib.sha256(other.encode()).hexdigest()))
    before = all_rows(pc_b)
    with pytest.raises(TransferError):
        import_case(pc_b, bad)
    assert all_rows(pc_b) == before


def test_export_errors_are_plain(pc_a, tmp_path):
    with pytest.raises(TransferError, match="Kasus nomor 999 tidak ada"):
        export_case(pc_a, 999, tmp_path / "x.sopcase")
    cid = started_case(pc_a)
    with pytest.raises(TransferError, match="flashdisk terpasang"):
        export_case(pc_a, cid, tmp_path / "F-drive" / "x.sopcase")
    with pytest.raises(TransferError, match="tidak ditemukan"):
        read_case_file(tmp_path / "tidak-ada.sopcase")


# -- command line -----------------------------------------------------------------

def test_cli_export_and_import(tmp_path):
    env = dict(os.environ, SOPDESK_DATA_DIR=str(tmp_path / "data"))

    def run(db, *args):
        return subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(db), *args], capture_output=True,
                              text=True, encoding="utf-8", env=env, timeout=120, cwd=ROOT)
    a, b, f = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "k.sopcase"
    assert run(a, "case", "new", "--sop", SEED, "--title", "PK 2027").returncode == 0
    assert run(a, "case", "start", "1", "1").returncode == 0
    p = run(a, "case", "export", "1", "--out", str(f))
    assert p.returncode == 0 and p.stdout.strip() == str(f)
    p = run(b, "case", "import", str(f))
    assert p.returncode == 0 and p.stdout.strip() == "1" and "Kasus baru diimpor" in p.stderr
    p = run(b, "case", "import", str(f), "--json")
    # The keys of before, and what an import now also says (extended, never renamed).
    assert json.loads(p.stdout) == {"case_id": 1, "new": False, "events_added": 0, "attachments_added": 0,
                                    "pk_updated": False, "pk_version": None, "attachments_refused": [],
                                    "pk_refused": None, "import_event_id": None}
    f.write_bytes(b"rusak")
    p = run(b, "case", "import", str(f))
    assert p.returncode == 1 and "tidak dapat diimpor" in p.stderr and "Traceback" not in p.stderr
