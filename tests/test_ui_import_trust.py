"""Issue 16 on screen: an import shows what the file holds and asks; a PK that differs is kept as a version
the user views and chooses (Versi PK); opening a document that is not a PDF or an image asks first; the
history names import events and marks what arrived in a file. Driven as a user, with the dialogs recorded
(tests/conftest.py DialogRecorder) and crafted files (tests/crafted.py)."""
from __future__ import annotations

import json
import zipfile

import pytest

from sopdesk.app import attachments as att
from sopdesk.app.office import Office
from sopdesk.app.paperwork import load_pk, pk_versions, save_pk
from sopdesk.app.transfer import export_case
from sopdesk.domain.pk import pk_from_dict
from sopdesk.ui.kit import messages
from sopdesk.ui.paperwork.pk_versions import PkVersionsDialog
from sopdesk.ui.settings import pc_settings
from sopdesk.ui.shell.main_window import MainWindow
from tests.crafted import DISGUISED, EXE, PDF, PK, a_case, docx_bytes, recraft, with_attachment
from tests.helpers import SEED, FixedClock, wib

HANG_MS = 20_000


@pytest.fixture
def clock():
    return FixedClock(wib(2027, 1, 6, 12, 0))


@pytest.fixture
def pc_a(tmp_path, clock):
    (tmp_path / "a").mkdir()
    o = Office(tmp_path / "a" / "kantor.db", clock=clock)
    yield o
    o.close()


@pytest.fixture
def pc_b(tmp_path, clock):
    (tmp_path / "b").mkdir()
    o = Office(tmp_path / "b" / "kantor.db", clock=clock)
    yield o
    o.close()


@pytest.fixture
def win(qtbot, pc_b):
    w = MainWindow(pc_b, restore_layout=False)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def exported(pc_a, tmp_path):
    cid = a_case(pc_a, tmp_path)
    return export_case(pc_a, cid, tmp_path / "asli.sopcase", by="Dwi Lestari")


def run_import(qtbot, win, path):
    flow = win.import_case_file(path)
    qtbot.waitUntil(lambda: flow.done, timeout=HANG_MS)
    return flow


# -- the question before an import ------------------------------------------------------------

def test_the_file_is_shown_before_anything_is_imported_and_batal_imports_nothing(qtbot, win, pc_b, exported,
                                                                                  dialogs):
    dialogs.answer = False
    flow = run_import(qtbot, win, exported)
    [question] = dialogs.texts("ask")
    for words in ("Berkas: asli.sopcase", "Kasus: “Penyusunan PK Tahun 2027” — baru di PC ini",
                  "SOP: Penyusunan Perencanaan Kinerja, versi 1",
                  "Catatan riwayat: 3", "Lampiran baru: 1 (dari 1 di berkas)",
                  "Isi PK: baru — menjadi PK kasus ini", "Diekspor oleh Dwi Lestari di PC ",
                  "Rabu, 6 Januari 2027 12.00", "Impor kasus ini?"):
        assert words in question, words
    assert flow.declined and flow.result is None and not win.tasks_running()
    assert pc_b.list_cases() == []
    assert win.statusBar().currentMessage() == "Impor dibatalkan; tidak ada yang diubah."


def test_impor_imports_by_the_official_chosen_for_this_pc(qtbot, win, pc_b, exported, dialogs):
    pc_settings.set_default_official("Rina Marlina")
    dialogs.answer = True
    flow = run_import(qtbot, win, exported)
    cid = flow.result.case_id
    assert win.case_tab(cid) is win.tabs.currentWidget()
    [event] = [e for e in pc_b.case(cid).events if e.kind == "import" and e.imported_by is None]
    assert event.by == "Rina Marlina" and event.note.startswith("Diimpor dari asli.sopcase")
    assert win.statusBar().currentMessage().startswith("Kasus diimpor: Penyusunan PK Tahun 2027 (3 catatan baru)")


def test_a_known_case_with_another_title_here_says_both(qtbot, win, pc_b, exported, tmp_path, dialogs):
    dialogs.answer = True
    cid = run_import(qtbot, win, exported).result.case_id

    def edit(payload, members):
        payload["case"]["title"] = "PK 2027 (judul di PC A)"
        payload["events"].append({**payload["events"][-1], "kind": "note", "note": "tambahan", "decision": None,
                                  "recorded_at": "2027-01-05T03:00:00Z", "happened_at": "2027-01-05T03:00:00Z"})
    again = recraft(exported, tmp_path / "lagi.sopcase", edit=edit)
    dialogs.calls.clear()
    run_import(qtbot, win, again)
    question = dialogs.texts("ask")[0]
    assert (f"Kasus: “PK 2027 (judul di PC A)” — sudah ada di sini (nomor {cid}) dengan judul "
            "“Penyusunan PK Tahun 2027”") in question
    assert "Catatan riwayat baru: 1 (dari 4 di berkas)" in question and "Lampiran baru: 0 (dari 1" in question
    assert "Isi PK: sama dengan di sini" in question


def test_the_same_file_again_asks_nothing(qtbot, win, pc_b, exported, dialogs):
    dialogs.answer = True
    run_import(qtbot, win, exported)
    dialogs.calls.clear()
    run_import(qtbot, win, exported)
    assert dialogs.texts("ask") == []
    assert win.statusBar().currentMessage() == "Kasus sudah ada; tidak ada catatan baru"


def test_a_refused_attachment_is_named_before_and_after(qtbot, win, pc_b, exported, tmp_path, dialogs):
    def edit(payload, members):
        p, m = with_attachment(payload, members, filename=DISGUISED, data=EXE)
        payload.update(p)
        members.update(m)
    crafted = recraft(exported, tmp_path / "jahat.sopcase", edit=edit)
    dialogs.answer = True
    flow = run_import(qtbot, win, crafted)
    question = dialogs.texts("ask")[0]
    assert "Lampiran yang tidak diimpor: 1" in question and "\u202e" not in question
    assert "1 lampiran ditolak" in win.statusBar().currentMessage()
    assert len(att.list_attachments(pc_b, flow.result.case_id)) == 1   # only the real PDF


def test_a_refused_pk_is_named(qtbot, win, exported, tmp_path, dialogs):
    def edit(payload, members):
        content = json.loads(payload["pk"]["content"])
        content["year"] = 1200
        payload["pk"]["content"] = json.dumps(content)
    crafted = recraft(exported, tmp_path / "pk-aneh.sopcase", edit=edit)
    dialogs.answer = True
    run_import(qtbot, win, crafted)
    assert "Isi PK: tidak diimpor:" in dialogs.texts("ask")[0]
    assert "isi PK ditolak" in win.statusBar().currentMessage()


def test_a_file_that_cannot_be_read_is_refused_without_a_question(qtbot, win, pc_b, tmp_path, dialogs):
    bad = tmp_path / "bukan.sopcase"
    bad.write_bytes(b"PK\x03\x04 bukan berkas kasus")
    run_import(qtbot, win, bad)
    assert dialogs.texts("ask") == [] and "tidak dapat diimpor" in dialogs.texts("warn")[0]
    assert pc_b.list_cases() == []


def test_export_names_the_official_chosen_for_this_pc(qtbot, win, pc_b, tmp_path, dialogs):
    cid = pc_b.new_case(SEED, "Kasus B", year=2027)
    pc_settings.set_default_official("Rina Marlina")
    dialogs.save_path = str(tmp_path / "b.sopcase")
    task = win.export_case(cid)
    qtbot.waitUntil(lambda: task.done, timeout=HANG_MS)
    with zipfile.ZipFile(tmp_path / "b.sopcase") as z:
        assert json.loads(z.read("manifest.json"))["exported_by"] == "Rina Marlina"


# -- a PK that differs: kept as a version, chosen by the user -------------------------------------

@pytest.fixture
def differing(qtbot, win, pc_a, pc_b, exported, tmp_path, clock, dialogs):
    """B imported A's case and typed its own PK; A changed its PK later and sent the case again."""
    dialogs.answer = True
    cid = run_import(qtbot, win, exported).result.case_id
    mine = pk_from_dict({**PK, "place": "Somagede (PC B)"})
    save_pk(pc_b, cid, mine)
    theirs = pk_from_dict({**PK, "place": "Somagede (PC A)"})
    clock.moment = wib(2027, 1, 6, 12, 3)
    save_pk(pc_a, pc_a.case_ids()[0], theirs)
    newer = export_case(pc_a, pc_a.case_ids()[0], tmp_path / "pk-baru.sopcase")
    dialogs.calls.clear()
    return cid, mine, theirs, newer


def test_a_differing_pk_is_kept_and_the_user_is_offered_to_view_it(qtbot, win, pc_b, differing, dialogs):
    cid, mine, _theirs, newer = differing
    dialogs.answer = True
    run_import(qtbot, win, newer)
    question, offer = dialogs.texts("ask")
    assert "Isi PK: berbeda dengan PK di sini — disimpan sebagai versi baru" in question
    assert "disimpan sebagai versi 3 dan belum dipakai" in offer
    assert "PK dari berkas disimpan sebagai versi 3, belum dipakai" in win.statusBar().currentMessage()
    assert load_pk(pc_b, cid) == mine
    editor = win.case_tab(cid).documents.editor
    dialog = editor.versions_dialog
    assert isinstance(dialog, PkVersionsDialog) and dialog.isVisible()
    assert dialog.selected_number() == 3
    assert "Somagede (PC A)" in dialog.view.toPlainText() and "Diimpor dari pk-baru.sopcase" in \
        dialog.view.toPlainText()
    assert editor.place.text() == "Somagede (PC B)"
    assert editor.versions_button.text() == "Versi PK: ada versi dari impor…"
    dialog.close()


def test_a_version_is_used_after_confirming_and_the_previous_one_stays_restorable(qtbot, win, pc_b, differing,
                                                                                   dialogs):
    cid, mine, theirs, newer = differing
    dialogs.answer = True
    run_import(qtbot, win, newer)
    editor = win.open_case(cid).show_documents().editor
    editor.versions_dialog.close()
    dialog = editor.show_versions()
    assert dialog.selected_number() == 2                 # the one in use
    rows = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())]
    assert [r[0] for r in rows] == ["Versi 3", "Versi 2", "Versi 1"]
    assert [r[2] for r in rows] == ["diimpor", "diisi di PC ini", "diimpor"]
    assert [r[3] for r in rows] == ["", "dipakai", ""]
    assert not dialog.use_button.isEnabled()
    dialog.select(3)
    assert dialog.use_button.isEnabled()

    dialogs.calls.clear()
    dialogs.answer = False
    assert not dialog.use_selected()                    # "Batal" in the confirmation
    assert "Pakai versi 3" in dialogs.texts("ask")[0] and "versi 2) tetap tersimpan" in dialogs.texts("ask")[0]
    assert load_pk(pc_b, cid) == mine

    dialogs.answer = True
    dialog.use_button.click()
    assert load_pk(pc_b, cid) == theirs
    qtbot.waitUntil(lambda: editor.place.text() == "Somagede (PC A)", timeout=HANG_MS)   # CaseChanged
    assert dialog.table.item(0, 3).text() == "dipakai"

    dialog.select(2)                                    # back to B's own: nothing was lost
    assert dialog.use_selected()
    assert load_pk(pc_b, cid) == mine
    qtbot.waitUntil(lambda: editor.place.text() == "Somagede (PC B)", timeout=HANG_MS)
    assert [v.current for v in pk_versions(pc_b, cid)] == [False, True, False]
    dialog.close()


def test_what_is_typed_is_saved_as_a_version_before_another_is_used(qtbot, win, pc_b, differing, dialogs):
    cid, _mine, theirs, newer = differing
    dialogs.answer = True
    run_import(qtbot, win, newer)
    editor = win.open_case(cid).show_documents().editor
    editor.versions_dialog.close()
    editor.place.setText("Somagede (diketik)")
    editor.place.textEdited.emit("Somagede (diketik)")
    dialog = editor.show_versions(3)
    dialogs.answer = True
    assert dialog.use_selected()
    places = [v.content.place for v in pk_versions(pc_b, cid)]
    assert "Somagede (diketik)" in places and load_pk(pc_b, cid) == theirs
    qtbot.waitUntil(lambda: editor.place.text() == "Somagede (PC A)", timeout=HANG_MS)
    dialog.close()


# -- history --------------------------------------------------------------------------------------

def test_history_names_the_import_and_marks_what_came_with_it(qtbot, win, exported, dialogs):
    dialogs.answer = True
    cid = run_import(qtbot, win, exported).result.case_id
    tab = win.case_tab(cid)
    texts = [tab.history.item(i).text() for i in range(tab.history.count())]
    [head] = [t for t in texts if "Diimpor dari berkas" in t]
    assert "Diimpor dari asli.sopcase" in head
    assert any("Impor #" in t and "Lampiran diimpor: SE Bupati.pdf" in t for t in texts)
    started = [t for t in texts if "Mulai langkah 1" in t]
    assert started and all("Agus Priyanto (diimpor)" in t for t in started)
    # an import event cannot be corrected; the step panel is as before
    for i in range(tab.history.count()):
        if "Diimpor dari berkas" in tab.history.item(i).text():
            tab.history.setCurrentRow(i)
    assert not tab.history_correct.isEnabled()
    assert "tidak dapat dikoreksi" in tab.history_correct.toolTip()


# -- opening attachments ------------------------------------------------------------------------------

@pytest.fixture
def opened(monkeypatch):
    paths: list[str] = []
    monkeypatch.setattr(messages, "open_with_system", lambda path: paths.append(path) or True)
    return paths


def test_a_pdf_opens_without_a_question(qtbot, win, pc_b, tmp_path, opened, dialogs):
    cid = pc_b.new_case(SEED, "Kasus", year=2027)
    scan = tmp_path / "surat.pdf"
    scan.write_bytes(PDF)
    aid = att.add_attachment(pc_b, cid, scan)
    tab = win.open_case(cid)
    assert tab.attachments.open_attachment(aid)
    assert dialogs.texts("ask") == []
    assert len(opened) == 1 and opened[0].endswith(".pdf")


def test_a_word_document_asks_first_and_batal_opens_nothing(qtbot, win, pc_b, tmp_path, opened, dialogs):
    cid = pc_b.new_case(SEED, "Kasus", year=2027)
    doc = tmp_path / "laporan.pdf"          # a Word document under a PDF name: opened as what it is
    doc.write_bytes(docx_bytes())
    att.add_attachment(pc_b, cid, doc)
    [info] = att.list_attachments(pc_b, cid)
    tab = win.open_case(cid)
    dialogs.answer = False
    assert not tab.attachments.open_attachment(info.id)
    [question] = dialogs.texts("ask")
    assert question.startswith("Berkas ini dibuka dengan program lain di komputer ini (dokumen Word")
    assert opened == []
    dialogs.answer = True
    assert tab.attachments.open_attachment(info.id)
    assert len(opened) == 1 and opened[0].endswith(".docx")
