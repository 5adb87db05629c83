"""Import from Word: every way offices' files hold a flowchart symbol, the header variants, the
identity table, the bad files, and the `sop import FILE.docx` command."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from sopdesk.app.sop_word import import_word_file, problems_of, read_word_sop
from sopdesk.app.word_package import WordFileError
from sopdesk.domain.sop import Sop, Step, validate
from sopdesk.domain.sop_file import read_sop
from sopdesk.domain.word_sop import HOW_CELL, HOW_MARK, HOW_MOVED, HOW_NONE, HOW_SEVERAL, HOW_SHADING, HOW_VML
from sopdesk.resources import resource_path
from tests.docx_builder import LANES, StepSpec, build_docx, surat_masuk, write

EXPECTED_LANES = ["Staf Penerima Surat", "Sekretaris", "Camat", "Sekretaris", "Kasi Pemerintahan",
                  "Staf Penerima Surat"]


def _read(tmp_path, steps, file="sop.docx", **kw):
    return read_word_sop(write(tmp_path / file, steps, **kw))


def _empty_time_is_valid() -> bool:
    sop = Sop("x", "X", ("A",), (Step(1, "a", "A", "start", time=""), Step(2, "b", "A", "end", time="1 jam")))
    return not [p for p in validate(sop) if p.field == "time"]


needs_empty_time = pytest.mark.skipif(not _empty_time_is_valid(),
                                      reason="a step without Waktu is valid only after h-sop-editor's change")


# -- conventions -----------------------------------------------------------------------------------

@pytest.mark.parametrize("how, found", [("cell", HOW_CELL), ("inline", HOW_CELL), ("moved", HOW_MOVED),
                                        ("vml", HOW_VML), ("margin", HOW_CELL)])
def test_drawn_symbols_give_lane_and_kind(tmp_path, how, found):
    r = _read(tmp_path, surat_masuk(how))
    assert list(r.sop.lanes) == list(LANES)
    assert [s.lane for s in r.sop.steps] == EXPECTED_LANES
    assert [s.kind for s in r.sop.steps] == ["start", "process", "process", "decision", "process", "end"]
    assert {f.how for f in r.findings} == {found}
    assert r.symbols_found == 6
    if how == "moved":
        assert {f.moved_from for f in r.findings} == {"Kegiatan"}


@pytest.mark.parametrize("how, found", [("mark", HOW_MARK), ("wingdings", HOW_MARK), ("shading", HOW_SHADING)])
def test_sheets_without_shapes_mark_the_lane(tmp_path, how, found):
    r = _read(tmp_path, surat_masuk(how))
    assert [s.lane for s in r.sop.steps] == EXPECTED_LANES
    assert {f.how for f in r.findings} == {found}
    # no symbol, so the kind comes from the position: the first starts, the last ends
    assert [s.kind for s in r.sop.steps] == ["start", "process", "process", "process", "process", "end"]
    assert all(f.kind_by_position for f in r.findings)


@pytest.mark.parametrize("mark", ["√", "✓", "v", "X"])
def test_each_mark(tmp_path, mark):
    steps = surat_masuk("mark")
    for s in steps:
        s.mark = mark
    r = _read(tmp_path, steps)
    assert [s.lane for s in r.sop.steps] == EXPECTED_LANES
    assert {f.mark for f in r.findings} == {mark}


def test_the_vml_fallback_is_not_read_beside_its_choice(tmp_path):
    steps = surat_masuk("cell")
    steps[1].fallback_lane = 3          # a fallback that disagrees would show if it were read too
    r = _read(tmp_path, steps)
    assert r.sop.steps[1].lane == "Sekretaris" and r.findings[1].how == HOW_CELL
    assert not any("lebih dari satu" in w for w in r.warnings)


def test_connectors_and_text_boxes_are_not_symbols(tmp_path):
    steps = surat_masuk("cell")
    for s in steps:
        s.arrow = True
    r = _read(tmp_path, steps)
    assert [s.lane for s in r.sop.steps] == EXPECTED_LANES
    assert "2 kotak teks (label Ya/Tidak, catatan) tidak dihitung sebagai langkah." in r.warnings


def test_a_step_without_a_symbol_is_listed_not_guessed(tmp_path):
    steps = surat_masuk("cell")
    steps[4].how = "none"
    r = _read(tmp_path, steps)
    assert r.sop.steps[4].lane == "" and r.findings[4].how == HOW_NONE
    assert "Langkah 5: tidak ada simbol di kolom Pelaksana — pilih pelaksananya." in r.warnings
    assert "Langkah 5: pelaksana belum dipilih." in problems_of(r.sop)
    assert r.to_json()["steps"][4]["lane"] is None


def test_symbols_in_two_lanes_are_listed(tmp_path):
    steps = surat_masuk("mark")
    steps[2].how = "none"
    r_steps = steps
    data = build_docx(r_steps)
    # two marks in row 3: type one more into another lane
    from docx import Document
    doc = Document(io.BytesIO(data))
    flow = doc.tables[-1]
    flow.rows[2 + 2].cells[2].text = "√"
    flow.rows[2 + 2].cells[4].text = "√"
    buf = io.BytesIO()
    doc.save(buf)
    (tmp_path / "two.docx").write_bytes(buf.getvalue())
    r = read_word_sop(tmp_path / "two.docx")
    assert r.findings[2].how == HOW_SEVERAL and r.findings[2].candidates == ("Staf Penerima Surat", "Camat")
    assert r.sop.steps[2].lane == ""


def test_a_shape_outside_the_lanes_is_reported(tmp_path):
    steps = surat_masuk("moved")
    r = _read(tmp_path, steps)
    assert r.findings[0].how == HOW_MOVED
    steps[0].lane = -2                  # moved back into the Kegiatan column itself
    steps[0].how = "moved"
    r = _read(tmp_path, steps)
    assert r.sop.steps[0].lane == ""
    assert any(w.startswith("Langkah 1: simbol (lonjong) berada di kolom Kegiatan") for w in r.warnings)


# -- decisions -------------------------------------------------------------------------------------

def test_decision_targets_from_labels_are_suggested_and_said(tmp_path):
    r = _read(tmp_path, surat_masuk("cell"))
    d = r.sop.steps[3]
    assert (d.if_yes, d.if_no, d.yes_label, d.no_label) == (5, 1, "Ya", "Tidak")
    assert any("tujuan \"Tidak\" diduga langkah 1" in w for w in r.warnings)


def test_decision_targets_from_the_note(tmp_path):
    steps = surat_masuk("cell")
    steps[3].labels = []
    steps[3].note = "Jika tidak perlu, kembali ke langkah 2. Jika ya lanjut ke langkah 5"
    r = _read(tmp_path, steps)
    assert (r.sop.steps[3].if_yes, r.sop.steps[3].if_no) == (5, 2)
    assert r.targets_read[4] == (True, True)


def test_decision_targets_not_read_stay_open_and_the_command_takes_the_next_step(tmp_path):
    steps = surat_masuk("cell")
    steps[3].labels = []
    r = _read(tmp_path, steps)
    d = r.sop.steps[3]
    assert (d.if_yes, d.if_no) == (None, None)
    assert any(w.startswith("Langkah 4: tujuan Ya dan Tidak keputusan ini tidak terbaca") for w in r.warnings)
    sop, notes = r.completed()
    assert (sop.steps[3].if_yes, sop.steps[3].if_no) == (5, 5) and notes
    assert validate(sop) == []


# -- header variants, several tables ---------------------------------------------------------------

def test_one_header_row_without_pelaksana_title(tmp_path):
    r = _read(tmp_path, surat_masuk("cell"), header="one-row")
    assert list(r.sop.lanes) == list(LANES)
    assert [s.lane for s in r.sop.steps] == EXPECTED_LANES
    assert any("dikenali dari letaknya" in w for w in r.warnings)


def test_a_row_of_column_numbers_under_the_header_is_skipped(tmp_path):
    r = _read(tmp_path, surat_masuk("cell"), numbering_row=True)
    assert len(r.sop.steps) == 6 and r.sop.steps[0].activity.startswith("Menerima")


def test_a_sheet_split_over_two_tables(tmp_path):
    r = _read(tmp_path, surat_masuk("vml"), split_at=3)
    assert [s.no for s in r.sop.steps] == [1, 2, 3, 4, 5, 6]
    assert [s.lane for s in r.sop.steps] == EXPECTED_LANES


def test_the_seed_sop_read_back_from_word(tmp_path):
    """The seed SOP written as a Word sheet (two tables, as the real one) reads back as the seed."""
    seed, problems = read_sop(resource_path("sops", "penyusunan-perencanaan-kinerja.toml").read_text("utf-8"))
    assert seed is not None and not problems
    shape = {"start": "terminator", "end": "terminator", "process": "rect", "decision": "diamond"}
    specs = [StepSpec(s.activity, seed.lanes.index(s.lane), shape[s.kind], "cell" if s.no % 2 else "moved", s.time,
                      s.requirements, s.output, s.note) for s in seed.steps]
    r = _read(tmp_path, specs, lanes=seed.lanes, split_at=6, name="STANDAR OPERASIONAL PENYUSUNAN PERENCANAAN KINERJA")
    sop, _notes = r.completed()
    assert sop.code == seed.code and sop.name == seed.name and sop.lanes == seed.lanes
    assert [(s.activity, s.lane, s.kind, s.time, s.requirements, s.output) for s in sop.steps] == \
           [(s.activity, s.lane, s.kind, s.time, s.requirements, s.output) for s in seed.steps]
    assert validate(sop) == []


# -- identity --------------------------------------------------------------------------------------

def test_identity_table(tmp_path):
    s = _read(tmp_path, surat_masuk("cell")).sop
    assert s.name == "Penerimaan dan Pendistribusian Surat Masuk"
    assert s.code == "penerimaan-dan-pendistribusian-surat"
    assert s.number == "100.3.5/02/SOP-Umum/2024"
    assert s.unit == "Kecamatan Somagede"
    assert (s.made, s.revised, s.effective) == ("2024-03-04", "", "2024-03")
    assert (s.approved_by.name, s.approved_by.position, s.approved_by.rank, s.approved_by.nip) == \
           ("Drs. SAPTONO SUPRIYANTO", "Camat Somagede", "Pembina Tk I", "196509241995031002")
    assert s.legal_basis == ("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                             "Peraturan Menteri PAN RB Nomor 35 Tahun 2012")
    assert s.equipment == ("Komputer", "Buku agenda", "Lembar disposisi")
    assert s.records == ("Buku agenda surat masuk",)


def test_no_identity_table_names_the_sop_after_the_file(tmp_path):
    r = _read(tmp_path, surat_masuk("cell"), file="surat_masuk.docx", identity=False)
    assert r.sop.name == "surat masuk" and r.sop.code == "surat-masuk"
    assert "Nama SOP tidak ditemukan di berkas; tuliskan namanya." in r.warnings


@needs_empty_time
def test_steps_without_time_pass_through(tmp_path):
    steps = surat_masuk("cell")
    steps[0].time = steps[-1].time = ""
    r = _read(tmp_path, steps)
    assert r.sop.steps[0].time == "" and r.sop.steps[-1].time == ""
    assert validate(r.completed()[0]) == []


def test_steps_without_time_are_kept_empty(tmp_path):
    steps = surat_masuk("cell")
    steps[-1].time = ""
    r = _read(tmp_path, steps)
    assert r.sop.steps[-1].time == "" and r.to_json()["steps"][-1]["time"] == ""


# -- bad input -------------------------------------------------------------------------------------

def _refused(path, *words):
    with pytest.raises(WordFileError) as e:
        read_word_sop(path)
    text = str(e.value)
    for w in words:
        assert w in text, text
    return text


def test_old_doc_and_encrypted_docx(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    (tmp_path / "lama.doc").write_bytes(ole + "WordDocument".encode("utf-16-le") + b"\0" * 1000)
    _refused(tmp_path / "lama.doc", "Word lama (.doc)", "Simpan Sebagai")
    (tmp_path / "rahasia.docx").write_bytes(ole + "EncryptedPackage".encode("utf-16-le") + b"\0" * 1000)
    _refused(tmp_path / "rahasia.docx", "dilindungi kata sandi")


def test_broken_and_foreign_files(tmp_path):
    data = build_docx(surat_masuk("cell"))
    (tmp_path / "potong.docx").write_bytes(data[: len(data) // 2])
    _refused(tmp_path / "potong.docx", "rusak")
    (tmp_path / "teks.docx").write_bytes(b"bukan dokumen")
    _refused(tmp_path / "teks.docx", "bukan dokumen Word")
    (tmp_path / "kosong.docx").write_bytes(b"")
    _refused(tmp_path / "kosong.docx", "kosong")
    _refused(tmp_path / "tidak-ada.docx", "tidak ditemukan")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<x/>")
    (tmp_path / "lo.odt").write_bytes(buf.getvalue())
    _refused(tmp_path / "lo.odt", "OpenDocument")
    (tmp_path / "x.rtf").write_bytes(b"{\\rtf1 halo}")
    _refused(tmp_path / "x.rtf", "RTF")


def _with_part(data: bytes, name: str, content: bytes, compress=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO(data)
    with zipfile.ZipFile(buf, "a") as z:
        z.writestr(zipfile.ZipInfo(name), content, compress_type=compress)
    return buf.getvalue()


def test_a_big_file_full_of_images_is_refused_before_it_is_read(tmp_path):
    data = build_docx(surat_masuk("cell"))
    for i in range(3):
        data = _with_part(data, f"word/media/foto{i}.jpeg", os.urandom(8 * 1024 * 1024), zipfile.ZIP_STORED)
    (tmp_path / "foto.docx").write_bytes(data)
    assert (tmp_path / "foto.docx").stat().st_size > 20 * 1024 * 1024
    _refused(tmp_path / "foto.docx", "terlalu besar", "Kompres Gambar")


def test_zip_bomb(tmp_path):
    data = _with_part(build_docx(surat_masuk("cell")), "word/media/bom.bin", b"\0" * (8 * 1024 * 1024))
    (tmp_path / "bom.docx").write_bytes(data)
    assert (tmp_path / "bom.docx").stat().st_size < 1024 * 1024
    _refused(tmp_path / "bom.docx", "bom zip")


def test_xml_entities_are_refused(tmp_path):
    data = build_docx(surat_masuk("cell"))
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "word/document.xml":
                content = content.replace(b"?>", b'?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">'
                                                 b'<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1)
            z.writestr(info, content)
    (tmp_path / "dtd.docx").write_bytes(buf.getvalue())
    _refused(tmp_path / "dtd.docx", "DTD")


def test_no_flowchart_table_and_no_lanes(tmp_path):
    from docx import Document
    doc = Document()
    doc.add_paragraph("Surat biasa")
    doc.save(tmp_path / "surat.docx")
    _refused(tmp_path / "surat.docx", "tidak berisi tabel")
    t = doc.add_table(rows=2, cols=3)
    for i, text in enumerate(["Nama", "Alamat", "Telepon"]):
        t.cell(0, i).text = text
    doc.save(tmp_path / "tabel.docx")
    _refused(tmp_path / "tabel.docx", "Tidak ada tabel diagram alir")
    t = doc.add_table(rows=2, cols=5)
    for i, text in enumerate(["No", "Kegiatan", "Kelengkapan", "Waktu", "Output"]):
        t.cell(0, i).text = text
    t.cell(1, 0).text, t.cell(1, 1).text = "1", "Menerima surat"
    doc.save(tmp_path / "tanpa-pelaksana.docx")
    _refused(tmp_path / "tanpa-pelaksana.docx", "tanpa kolom Pelaksana")


def test_nothing_is_saved_when_the_import_is_refused(office, tmp_path):
    before = [s.code for s in office.sops()]
    steps = surat_masuk("cell")
    steps[2].how = "none"
    with pytest.raises(Exception, match="Langkah 3: pelaksana belum dipilih"):
        import_word_file(office, write(tmp_path / "x.docx", steps))
    assert [s.code for s in office.sops()] == before


def test_import_saves_a_valid_sop(office, tmp_path):
    _result, sop, version, created = import_word_file(office, write(tmp_path / "x.docx", surat_masuk("vml")))
    assert (sop.code, version, created) == ("penerimaan-dan-pendistribusian-surat", 1, True)
    stored = office.sop(sop.code)
    assert [s.lane for s in stored.steps] == EXPECTED_LANES and stored.steps[3].if_no == 1


# -- the command -----------------------------------------------------------------------------------

def _cli(db, *args):
    return subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(db), *args], capture_output=True, text=True,
                          encoding="utf-8", env=dict(os.environ), timeout=120)


def test_cli_dry_run_json_contract(tmp_path):
    db = tmp_path / "k.db"
    path = write(tmp_path / "surat.docx", surat_masuk("moved"))
    p = _cli(db, "sop", "import", str(path), "--dry-run", "--json")
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert list(data) == ["code", "name", "unit", "lanes", "steps", "warnings"]
    assert list(data["steps"][0]) == ["no", "activity", "lane", "kind", "requirements", "time", "output", "note",
                                      "if_yes", "if_no"]
    assert data["lanes"] == list(LANES) and [s["lane"] for s in data["steps"]] == EXPECTED_LANES
    assert data["steps"][3]["kind"] == "decision" and data["steps"][3]["if_no"] == 1
    listed = json.loads(_cli(db, "sop", "list", "--json").stdout)
    assert [s["code"] for s in listed] == ["penyusunan-perencanaan-kinerja"]   # nothing saved


def test_cli_import_prints_the_code_and_refuses_an_incomplete_sop(tmp_path):
    db = tmp_path / "k.db"
    p = _cli(db, "sop", "import", str(write(tmp_path / "a.docx", surat_masuk("cell"))), "--code", "surat-masuk")
    assert p.returncode == 0 and p.stdout.strip() == "surat-masuk", p.stderr
    steps = surat_masuk("cell")
    steps[1].how = "none"
    p = _cli(db, "sop", "import", str(write(tmp_path / "b.docx", steps)), "--code", "surat-lain")
    assert p.returncode == 1 and "Langkah 2: pelaksana belum dipilih." in p.stderr and "Traceback" not in p.stderr
    p = _cli(db, "sop", "import", str(tmp_path / "b.docx"), "--json")
    assert p.returncode != 0 and "--dry-run" in p.stderr
    (tmp_path / "lama.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    p = _cli(db, "sop", "import", str(tmp_path / "lama.doc"), "--dry-run", "--json")
    assert p.returncode == 1 and "Word lama (.doc)" in p.stderr and p.stdout == ""
    codes = [s["code"] for s in json.loads(_cli(db, "sop", "list", "--json").stdout)]
    assert codes == ["penyusunan-perencanaan-kinerja", "surat-masuk"]


def test_a_30_step_sop_reads(tmp_path):
    """The bench's file (bench/word_import_bench.py times it; ≤ 1 s)."""
    specs = [StepSpec(f"Langkah ke-{i} mengerjakan sesuatu", i % 4, "rect", ("cell", "moved", "vml")[i % 3],
                      "15 menit") for i in range(30)]
    specs[0].shape = specs[-1].shape = "terminator"
    r = _read(tmp_path, specs)
    assert len(r.sop.steps) == 30 and r.symbols_found == 30


def test_builder_files_are_real_docx(tmp_path):
    path: Path = write(tmp_path / "x.docx", surat_masuk("cell"))
    with zipfile.ZipFile(path) as z:
        assert "word/document.xml" in z.namelist()
