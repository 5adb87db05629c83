"""The SOP editor driven as a user would: type in the cells and fields, choose lanes and kinds,
move steps with Alt+↑/↓, undo and redo, see a refusal beside the field, save a new version,
print the sheet of what is being edited; and the library's versions."""
from __future__ import annotations

import os
from dataclasses import replace
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from sopdesk.app import sops
from sopdesk.domain.sop_edit import insert_step
from sopdesk.ui.paperwork import print_preview
from sopdesk.ui.sops import sop_editor
from sopdesk.ui.sops.sop_editor import SopEditorPage, copy_page, edit_page, new_page
from sopdesk.ui.sops.steps_model import ACTIVITY, KIND, LANE, TIME
from tests.helpers import SEED
from tests.ui_helpers import HANG_MS, move_focus, press


def show(qtbot, page: SopEditorPage, size=(1366, 768)) -> SopEditorPage:
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot, office) -> SopEditorPage:
    return show(qtbot, edit_page(office, SEED))


def type_in_cell(qtbot, page: SopEditorPage, row: int, column: int, text: str) -> QLineEdit:
    """Open a cell's editor as a double-click does, clear it and type `text` key by key."""
    editor = page.steps.edit_cell(row, column)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    return editor


def enter(qtbot, page: SopEditorPage) -> None:
    """Enter in the open cell: the delegate commits on the next turn of the event loop."""
    editor = page.steps.delegate.open_editor
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.steps.delegate.open_editor is None, timeout=HANG_MS)


def choose_in_cell(page: SopEditorPage, row: int, column: int, data: str) -> None:
    """Open a combo cell and pick an entry as a click in its list does."""
    combo = page.steps.edit_cell(row, column)
    assert isinstance(combo, QComboBox)
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)
    combo.activated.emit(i)


def chart_text(page: SopEditorPage, step: int, role: str) -> tuple[str, ...]:
    scene = page.steps.scene
    assert scene is not None
    return next(c.text_lines for c in scene.layout.cells if c.step_no == step and c.role == role)


def test_waktu_is_checked_as_typed_the_refusal_stands_beside_the_field(qtbot, page):
    steps = page.steps
    editor = type_in_cell(qtbot, page, 7, TIME, "15 mnit")
    # the chart follows the keystrokes, the problem is beside the cell and on the chart
    assert chart_text(page, 8, "time") == ("15 mnit",)
    assert steps.bubble.isVisible() and "satuan \"mnit\" tidak dikenal" in steps.bubble.text()
    assert steps.bubble.geometry().top() >= steps.table.visualRect(steps.model.index(7, TIME)).bottom() or \
        steps.bubble.geometry().bottom() <= steps.table.visualRect(steps.model.index(7, TIME)).top()
    assert not page.save_action.isEnabled()
    assert page.problem_badge.text() == "1 masalah"
    assert steps.problem_bar.isVisible() and "Langkah 8, Waktu" in steps.problem_bar.text()
    assert page.tabs.tabText(2) == "Langkah (1)"
    # mended while still typing: Simpan comes back at once
    qtbot.keyClick(editor, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "menit")
    assert not steps.bubble.isVisible() and page.save_action.isEnabled()
    assert page.problem_badge.text() == "Tanpa masalah"
    enter(qtbot, page)
    assert page.doc.sop.steps[7].time == "15 menit"
    assert page.doc.stack.count() == 0   # the text typed back to what it was: no undo step
    # a real change is one undo step
    type_in_cell(qtbot, page, 7, TIME, "2 Jam")
    enter(qtbot, page)
    assert page.doc.sop.steps[7].time == "2 Jam" and chart_text(page, 8, "time") == ("2 jam",)
    assert page.version_badge.text() == "Versi 2 · draf" and page.save_action.isEnabled()
    page.steps.select(7, TIME)
    move_focus(page.steps.table, page.steps.table)
    press(qtbot, page.steps.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.doc.sop.steps[7].time == "15 menit" and not page.doc.dirty
    press(qtbot, page.steps.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert page.doc.sop.steps[7].time == "2 Jam"


def test_an_empty_waktu_is_allowed_and_only_warned(qtbot, page):
    type_in_cell(qtbot, page, 0, TIME, "")
    enter(qtbot, page)
    assert page.doc.sop.steps[0].time == ""
    assert not page.doc.check.errors and page.save_action.isEnabled()
    assert page.steps.model.data(page.steps.model.index(0, TIME)) == "—"
    assert chart_text(page, 1, "time") == ("—",)
    page.steps.select(0, TIME)
    assert page.steps.bubble.isVisible() and "tanpa waktu standar" in page.steps.bubble.text()


def test_lanes_and_kinds_are_chosen_and_a_decision_gets_its_targets(qtbot, page):
    choose_in_cell(page, 4, LANE, "Camat")
    assert page.doc.sop.steps[4].lane == "Camat"
    scene = page.steps.scene
    camat = next(c for c in scene.layout.columns if c.lane == "Camat")
    symbol = next(s for s in scene.layout.symbols if s.step_no == 5)
    assert camat.x <= symbol.rect.cx <= camat.right
    # step 7 becomes a decision: Ya goes on to 8, Tidak back to the first step
    choose_in_cell(page, 6, KIND, "decision")
    flow = page.steps.flow
    assert flow.yes_combo.isVisible() and flow.no_combo.isVisible() and not flow.next_combo.isVisible()
    assert flow.yes_combo.currentData() == 8
    assert page.doc.check.errors and "if_no" in {p.field for p in page.doc.check.errors}
    assert not page.save_action.isEnabled() and flow.problem.isVisible()
    flow.no_combo.setCurrentIndex(flow.no_combo.findData(1))
    flow.no_combo.activated.emit(flow.no_combo.currentIndex())
    assert flow.no_label.text() == "Tidak"
    flow.no_label.selectAll()
    qtbot.keyClicks(flow.no_label, "Belum lengkap")
    step = page.doc.sop.steps[6]
    assert (step.kind, step.if_yes, step.if_no, step.no_label) == ("decision", 8, 1, "Belum lengkap")
    assert not page.doc.check.errors and page.save_action.isEnabled()
    arrows = {(a.from_step, a.to_step, a.label) for a in page.steps.scene.layout.arrows}
    assert (7, 1, "Belum lengkap") in arrows and (7, 8, "Ya") in arrows
    # a process step may also jump: Lanjut ke
    page.steps.select(1, ACTIVITY)
    assert flow.next_combo.isVisible() and flow.next_combo.currentData() is None


def test_steps_are_inserted_moved_and_removed_by_keys_and_every_edit_undone(qtbot, page):
    original = page.doc.sop
    table = page.steps.table
    page.steps.select(3, ACTIVITY)
    move_focus(table, table)
    press(qtbot, table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [s.activity for s in page.doc.sop.steps[3:5]] == [original.steps[4].activity, original.steps[3].activity]
    assert page.steps.current_row() == 4 and [s.no for s in page.doc.sop.steps] == list(range(1, 12))
    press(qtbot, table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert page.doc.sop == original
    press(qtbot, table, Qt.Key.Key_Insert)
    assert len(page.doc.sop.steps) == 12 and page.doc.sop.steps[4].activity == ""
    editor = page.steps.delegate.open_editor
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Memeriksa berkas")
    enter(qtbot, page)
    assert page.doc.sop.steps[4].activity == "Memeriksa berkas" and page.doc.sop.steps[4].lane == original.steps[3].lane
    assert chart_text(page, 5, "activity") == ("Memeriksa berkas",)
    page.steps.select(4, ACTIVITY)
    press(qtbot, table, Qt.Key.Key_Delete)
    assert page.doc.sop == original
    # four edits, each undone and redone in turn
    assert page.doc.stack.count() == 5
    for _ in range(5):
        page.undo_action.trigger()
    assert page.doc.sop == original and not page.doc.dirty
    for _ in range(5):
        page.redo_action.trigger()
    assert page.doc.sop == original
    # toolbar buttons do the same
    page.steps.select(10, ACTIVITY)
    page.add_step_action.trigger()
    assert page.doc.sop.steps[-1].kind == "end" and len(page.doc.sop.steps) == 12   # Selesai stays last


def test_decision_targets_follow_their_steps_when_steps_move(qtbot, office):
    from tests.helpers import DECISION_SOP
    office.import_sop_text(DECISION_SOP)
    page = show(qtbot, edit_page(office, "cek-berkas"))
    page.steps.select(2, ACTIVITY)     # "Meminta kekurangan", next = 2 (back to the decision)
    page.move_step(-1)
    steps = page.doc.sop.steps
    assert steps[1].activity.startswith("Meminta") and steps[1].next == 3
    assert steps[2].kind == "decision" and (steps[2].if_yes, steps[2].if_no) == (4, 2)
    assert not page.doc.check.errors


def test_identity_fields_are_typed_undone_with_ctrl_z_and_checked(qtbot, page):
    identity = page.identity
    page.tabs.setCurrentWidget(identity)
    name = identity.lines["name"]
    move_focus(page.steps.table, name)
    name.selectAll()
    qtbot.keyClicks(name, "SOP Penyusunan PK")
    assert page.doc.sop.name == "SOP Penyusunan PK" and page.title.text() == "SOP Penyusunan PK"
    assert page.doc.stack.count() == 1   # the typing is one undo step
    press(qtbot, name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.doc.sop.name == page.base.sop.name and name.text() == page.base.sop.name
    made = identity.lines["made"]
    made.selectAll()
    qtbot.keyClicks(made, "Desember 2021")
    assert "tanggal \"Desember 2021\" tidak sah" in identity.errors["made"].text()
    assert identity.errors["made"].isVisible() and not page.save_action.isEnabled()
    assert page.tabs.tabText(0) == "Identitas (1)"
    made.selectAll()
    qtbot.keyClicks(made, "2021-12-05")
    assert not identity.errors["made"].isVisible() and identity.hints["made"].text() == "dicetak: 5 Desember 2021"
    legal = identity.lists["legal_basis"]
    legal.setPlainText(legal.toPlainText() + "\nPermenpan RB No. 35 Tahun 2012")
    assert page.doc.sop.legal_basis[-1] == "Permenpan RB No. 35 Tahun 2012"
    assert not identity.official_combo.currentData()
    identity.official_combo.setCurrentIndex(1)
    identity.official_combo.activated.emit(1)
    assert page.doc.sop.approved_by.nip == "196509241995031002"


def test_a_lane_in_use_is_not_removed_and_renaming_takes_its_steps(qtbot, page):
    lanes = page.lanes
    page.tabs.setCurrentWidget(lanes)
    lanes.list.setCurrentRow(4)   # Camat: steps 3 and 9
    assert not lanes.remove_current()
    assert lanes.error.isVisible() and "langkah 3, 9" in lanes.error.text()
    assert "Camat" in page.doc.sop.lanes
    assert lanes.rename(4, "Camat Somagede")
    assert page.doc.sop.steps[2].lane == page.doc.sop.steps[8].lane == "Camat Somagede"
    lanes.add()
    assert page.doc.sop.lanes[-1] == "Pelaksana baru"
    assert lanes.remove_current() and len(page.doc.sop.lanes) == 5
    lanes.list.setCurrentRow(0)
    lanes.move_current(1)
    assert page.doc.sop.lanes[:2] == ("Staf", "Staf Penerima Surat")
    assert not lanes.rename(0, "Sekretaris") and "sudah ada" in lanes.error.text()


def test_saving_makes_a_new_version_running_cases_keep_theirs(qtbot, office, page):
    case_id = office.new_case(SEED, "Penyusunan PK Tahun 2027")
    type_in_cell(qtbot, page, 1, ACTIVITY, "Meneruskan surat kepada Camat")
    enter(qtbot, page)
    saved = []
    page.saved.connect(lambda code, n: saved.append((code, n)))
    assert page.save()
    assert saved == [(SEED, 2)]
    stored = office.sop(SEED)
    assert stored.steps[1].activity == "Meneruskan surat kepada Camat"
    assert stored.revised == office.now().astimezone(office.tz).date().isoformat()   # the revisi date
    assert office.case(case_id).sop_version == 1
    assert office.case(case_id).sop.steps[1].activity != stored.steps[1].activity
    new_case = office.new_case(SEED, "Kasus berikutnya")
    assert office.case(new_case).sop_version == 2
    versions = sops.versions(office, SEED)
    assert [(v.number, v.current, v.open_cases) for v in versions] == [(2, True, 1), (1, False, 1)]
    assert not page.doc.dirty and not page.save_action.isEnabled() and page.base.number == 2
    assert "versi 2" in page.version_note.text().lower()


def test_a_save_refused_because_a_newer_version_exists(qtbot, office, page):
    other = edit_page(office, SEED)
    qtbot.addWidget(other)
    other.doc.apply(insert_step(other.doc.sop, 1), "x")
    other.doc.apply(other.doc.sop.with_steps(
        [other.doc.sop.steps[0], other.doc.sop.steps[1].__class__(2, "Mencatat surat", "Staf")]
        + list(other.doc.sop.steps[2:])), "y")
    assert other.save()
    type_in_cell(qtbot, page, 0, ACTIVITY, "Menerima surat")
    enter(qtbot, page)
    assert "disimpan di tempat lain" in page.version_note.text()
    assert not page.save()
    assert office.current_version(SEED).number == 2


def test_new_sop_starts_from_the_kop_and_a_taken_code_is_refused_beside_it(qtbot, office, dialogs):
    page = show(qtbot, new_page(office))
    assert page.tabs.currentWidget() is page.identity
    assert page.doc.sop.unit_lines[:2] == ("PEMERINTAH KABUPATEN BANYUMAS", "KECAMATAN SOMAGEDE")
    assert page.doc.sop.approved_by.position == "Camat Somagede"
    name = page.identity.lines["name"]
    qtbot.keyClicks(name, "Standar Operasional Pelayanan Surat Pindah")
    assert page.doc.sop.code == "pelayanan-surat-pindah"
    sop = page.doc.sop
    steps = [sop.steps[0].__class__(1, "Menerima berkas", "Staf", "start", time="5 menit"),
             sop.steps[0].__class__(2, "Menyerahkan surat", "Staf", "end", time="")]
    page.doc.apply(sop.with_steps(steps), "steps")
    code = page.identity.lines["code"]
    code.selectAll()
    qtbot.keyClicks(code, SEED)
    assert page.save_action.isEnabled()
    assert not page.save()
    assert page.tabs.currentWidget() is page.identity
    assert "sudah dipakai" in page.identity.errors["code"].text() and page.identity.errors["code"].isVisible()
    code.selectAll()
    qtbot.keyClicks(code, "pelayanan-surat-pindah")
    assert page.save()
    assert office.sop("pelayanan-surat-pindah").unit_lines[1] == "KECAMATAN SOMAGEDE"
    assert page.mode == "edit" and page.identity.lines["code"].isReadOnly()


def test_copy_gets_a_free_code_and_saves_as_a_new_sop(qtbot, office):
    page = show(qtbot, copy_page(office, SEED))
    assert page.doc.sop.code == f"{SEED}-salinan" and page.doc.sop.name.endswith("(salinan)")
    assert page.save_action.isEnabled() and page.version_badge.text() == "Versi 1 · draf"   # saved unchanged too
    page.doc.apply(replace(page.doc.sop, name="SOP Salinan"), "n")
    assert page.save()
    assert {s.code for s in office.sops()} == {SEED, f"{SEED}-salinan"}
    assert office.current_version(f"{SEED}-salinan").number == 1


def test_the_sheet_of_what_is_edited_is_previewed(qtbot, office, page, monkeypatch):
    shown = []
    monkeypatch.setattr(print_preview, "show_preview", lambda parent, data, **kw: shown.append((data, kw)))
    editor = type_in_cell(qtbot, page, 0, ACTIVITY, "Menerima Surat Edaran dari Bupati")
    run = page.preview_action.trigger() or page.print_current()
    qtbot.waitUntil(lambda: run.done, timeout=HANG_MS)
    assert page.doc.sop.steps[0].activity == "Menerima Surat Edaran dari Bupati"   # the typing was kept first
    assert editor is not None
    qtbot.waitUntil(lambda: len(shown) >= 1, timeout=HANG_MS)
    data, kw = shown[-1]
    assert data.startswith(b"%PDF") and "Lembar SOP" in kw["title"]
    from io import BytesIO

    from pypdf import PdfReader
    text = " ".join(p.extract_text() for p in PdfReader(BytesIO(data)).pages)
    assert "dari Bupati" in text


def test_the_main_window_opens_the_editor_and_asks_before_closing_changes(qtbot, window, monkeypatch):
    answers = []
    monkeypatch.setattr(sop_editor, "ask_unsaved", lambda parent, text, can_save: answers.pop(0))
    window.open_sop_library()
    window.edit_sop_action.trigger()
    page = window.tabs.currentWidget()
    assert isinstance(page, SopEditorPage) and window.tabs.tabText(window.tabs.currentIndex()).startswith("Ubah SOP")
    window.edit_sop_action.trigger()
    assert window.tabs.currentWidget() is page   # one editor per SOP
    page.doc.apply(insert_step(page.doc.sop, 1), "x")
    count = window.tabs.count()
    answers.append("cancel")
    window.close_current_tab()
    assert window.tabs.count() == count and window.tabs.currentWidget() is page
    answers.append("discard")
    page.cancel_action.trigger()
    assert window.tabs.count() == count - 1
    window.new_sop_action.trigger()
    assert isinstance(window.tabs.currentWidget(), SopEditorPage)
    window.close_current_tab()   # nothing typed: closes without a question
    assert answers == []


def test_library_shows_versions_and_which_one_new_cases_use(qtbot, office, window):
    library = window.open_sop_library()
    assert library.versions.rowCount() == 1 and "dipakai kasus baru" in library.versions.item(0, 4).text()
    office.new_case(SEED, "Kasus A")
    base = sops.editable(office, SEED)
    sops.save_edited(office, base.sop.with_steps([replace(base.sop.steps[0], activity="Menerima surat")]
                                                 + list(base.sop.steps[1:])), base, today=date(2027, 3, 1))
    qtbot.waitUntil(lambda: library.versions.rowCount() == 2, timeout=HANG_MS)
    assert library.versions.item(0, 0).text() == "2" and "dipakai kasus baru" in library.versions.item(0, 4).text()
    assert library.versions.item(0, 2).text() == "1 Maret 2027"
    assert "1 kasus masih berjalan" in library.versions.item(1, 4).text()
    assert library.table.item(0, 2).text() == "2"
    seen = []
    library.edit_requested.connect(lambda mode, code: seen.append((mode, code)))
    library.copy_button.click()
    library.new_sop_button.click()
    assert seen == [("copy", SEED), ("new", "")]


def test_an_sop_read_elsewhere_opens_as_a_draft_to_save(qtbot, window, office):
    from sopdesk.domain.sop_file import read_sop
    from tests.helpers import DECISION_SOP
    sop, _ = read_sop(DECISION_SOP)
    page = window.open_sop_draft(replace(sop, code="dari-word"))
    assert window.tabs.currentWidget() is page and page.save_action.isEnabled()
    assert page.save()
    assert office.current_version("dari-word").number == 1
    assert window.tabs.tabText(window.tabs.indexOf(page)).startswith("Ubah SOP")


def test_typing_a_field_back_to_what_it_was_leaves_no_undo_step(qtbot, page):
    number = page.identity.lines["number"]
    page.tabs.setCurrentWidget(page.identity)
    qtbot.keyClicks(number, "X")
    assert page.doc.dirty and page.doc.stack.count() == 1
    qtbot.keyClick(number, Qt.Key.Key_Backspace)
    assert not page.doc.dirty and page.doc.stack.count() == 0


def test_at_125_percent_the_step_table_gets_the_room_and_a_cut_heading_says_itself(qtbot, office):
    """1093×574 (1366×768 at 125 %): the table has the larger share, a heading too long for its column
    ends in "…" and its tooltip says it whole."""
    from PySide6.QtCore import Qt as _Qt

    from sopdesk.ui.sops.steps_model import REQUIREMENTS
    page = show(qtbot, edit_page(office, SEED), size=(1093, 574))
    steps = page.steps
    table_width, preview_width = steps.splitter.sizes()
    assert table_width > preview_width * 1.3
    header = steps.table.horizontalHeader()
    assert header.textElideMode() == _Qt.TextElideMode.ElideRight
    title = steps.model.headerData(REQUIREMENTS, _Qt.Orientation.Horizontal)
    assert steps.model.headerData(REQUIREMENTS, _Qt.Orientation.Horizontal, _Qt.ItemDataRole.ToolTipRole) == title
