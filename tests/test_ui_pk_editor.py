"""The PK editor and the documents panel, driven as a user would: type into the tables, wait for the
autosave, and read the PK back through a second Office on the same file."""
from __future__ import annotations

import os
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from sopdesk.app.office import Office
from sopdesk.app.paperwork import load_pk, new_pk, save_pk
from sopdesk.domain.pk import Party, PkContent, Program, Target
from sopdesk.ui.kit.rows_editor import PROBLEM_BACKGROUND
from sopdesk.ui.paperwork import print_preview
from sopdesk.ui.paperwork.documents_panel import DocumentsPanel
from sopdesk.ui.paperwork.pk_editor import PkEditor
from sopdesk.ui.paperwork.pk_tables import ProgramsModel, TargetsModel
from sopdesk.ui.settings import pc_settings
from tests.ui_helpers import HANG_MS, move_focus, press

SEED = "penyusunan-perencanaan-kinerja"
CAMAT = "Drs. SAPTONO SUPRIYANTO"
BUPATI = "Ir. H. SADEWO TRI LASTIONO, M.M."
GOAL = "Meningkatnya kualitas pelayanan publik"
PROGRAM = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"


@pytest.fixture
def case_id(office):
    return office.new_case(SEED, "Penyusunan PK Tahun 2027", year=2026)


def show(qtbot, widget, size=(1300, 850)):
    """Show a top-level widget (its keyboard shortcuts are pressed with `press`, which needs no active window)."""
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def editor(qtbot, office, case_id):
    return show(qtbot, PkEditor(office, case_id))


def reread(tmp_path, case_id):
    """The PK as another window (a new Office on the same file) sees it."""
    other = Office(tmp_path / "t.db")
    try:
        return load_pk(other, case_id)
    finally:
        other.close()


def type_row(qtbot, view, values):
    """Insert a row with the Ins key and type its cells, Tab from one to the next, Enter at the end."""
    view.setFocus()
    press(qtbot, view, Qt.Key.Key_Insert)
    for i, value in enumerate(values):
        editor = open_editor(view)
        editor.selectAll()
        if any(ord(ch) > 0xFFFF for ch in value):
            editor.insert(value)   # QTest cannot type characters outside the BMP; paste them as an IME would
        else:
            qtbot.keyClicks(editor, value)
        qtbot.keyClick(editor, Qt.Key.Key_Return if i == len(values) - 1 else Qt.Key.Key_Tab)


def open_editor(view) -> QLineEdit:
    editor = view.itemDelegate().open_editor
    assert isinstance(editor, QLineEdit), "a cell editor should be open"
    return editor


def type_cell(qtbot, view, row, column, text):
    """Open a cell's editor as a double click would, replace its text, press Enter."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.setFocus()
    view.edit(index)
    editor = open_editor(view)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def wait_saved(qtbot, editor):
    qtbot.waitUntil(lambda: editor.status_text().startswith("Tersimpan "), timeout=HANG_MS)


def wait_refused(qtbot, editor):
    qtbot.waitUntil(lambda: editor.status_text().startswith("Belum tersimpan: "), timeout=HANG_MS)


def test_typed_pk_is_saved_and_read_back_by_another_window(qtbot, editor, tmp_path, case_id):
    assert editor.first.name.text() == CAMAT                      # from new_pk: the Camat …
    assert editor.second.position.text() == "Bupati Banyumas"    # … and the Bupati's position
    type_row(qtbot, editor.targets.view, [GOAL, "Indeks Kepuasan Masyarakat (IKM)", "82", "nilai"])
    type_row(qtbot, editor.programs.view, [PROGRAM, "1.250.000.000", "APBD Tahun 2027"])
    assert editor.total_text() == "Rp 1.250.000.000"
    assert editor.programs_model.data(editor.programs_model.index(0, 1)) == "1.250.000.000"
    assert editor.programs_model.data(editor.programs_model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) \
        & Qt.AlignmentFlag.AlignRight
    qtbot.keyClicks(editor.second.name, BUPATI)
    wait_saved(qtbot, editor)

    pk = reread(tmp_path, case_id)
    assert pk.year == 2027 and pk.date is None
    assert pk.targets == [Target(GOAL, "Indeks Kepuasan Masyarakat (IKM)", "82", "nilai")]
    assert pk.programs == [Program(PROGRAM, 1_250_000_000, "APBD Tahun 2027")]
    assert pk.first_party.name == CAMAT and pk.first_party.nip == "196509241995031002"
    assert pk.second_party == Party(BUPATI, "Bupati Banyumas", "", "")


def test_budget_typed_without_dots_is_shown_grouped_and_summed(qtbot, editor):
    type_row(qtbot, editor.programs.view, ["Program A", "1250000000", ""])
    type_row(qtbot, editor.programs.view, ["Program B", "Rp 215.750.000", ""])
    assert editor.programs_model.display(0, 1) == "1.250.000.000"
    assert editor.total_text() == "Rp 1.465.750.000"
    wait_saved(qtbot, editor)


def test_budget_that_is_not_a_number_is_marked_and_not_saved(qtbot, editor, tmp_path, case_id):
    type_row(qtbot, editor.programs.view, [PROGRAM, "1.250.000.000", ""])
    wait_saved(qtbot, editor)

    type_cell(qtbot, editor.programs.view, 0, 1, "banyak")
    wait_refused(qtbot, editor)
    model = editor.programs_model
    assert (0, 1) in model.marks
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole) == PROBLEM_BACKGROUND
    assert "banyak" in model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert editor.programs.problem_label.isVisible()
    assert "Program baris 1" in editor.programs.problem_label.text()
    assert "bukan jumlah rupiah" in editor.programs.problem_label.text()
    assert editor.problem_box.isVisible() and editor.problem_list.count() == 1
    assert "1 anggaran belum terbaca" in editor.total_note.text()
    # the stored PK is still the last good one
    assert reread(tmp_path, case_id).programs[0].budget == 1_250_000_000

    type_cell(qtbot, editor.programs.view, 0, 1, "2.000.000")
    wait_saved(qtbot, editor)
    assert not model.marks and not editor.problem_box.isVisible()
    assert reread(tmp_path, case_id).programs[0].budget == 2_000_000


def test_empty_sasaran_and_17_digit_nip_are_refused_with_reasons(qtbot, editor, tmp_path, case_id):
    type_row(qtbot, editor.targets.view, [GOAL, "Nilai SAKIP kecamatan", "BB", ""])
    wait_saved(qtbot, editor)

    type_cell(qtbot, editor.targets.view, 0, 0, " ")
    wait_refused(qtbot, editor)
    assert "Sasaran baris 1, Sasaran Strategis: Sasaran Strategis belum diisi." in editor.problems()
    assert (0, 0) in editor.targets_model.marks
    type_cell(qtbot, editor.targets.view, 0, 0, GOAL)
    wait_saved(qtbot, editor)

    editor.first.nip.selectAll()
    qtbot.keyClicks(editor.first.nip, "19650924199503100")   # 17 digits
    wait_refused(qtbot, editor)
    assert "NIP harus 18 angka" in editor.status_text()
    assert editor.first.nip_status.isVisible() and "17 angka" in editor.first.nip_status.text()
    assert editor.first.nip.property("invalid") is True
    assert reread(tmp_path, case_id).first_party.nip == "196509241995031002"

    # clicking the problem in the list takes the user to the field
    editor.problem_list.itemClicked.emit(editor.problem_list.item(0))
    assert editor.window().focusWidget() is editor.first.nip


def test_blank_rows_are_ignored_and_a_half_filled_row_is_not(qtbot, editor, tmp_path, case_id):
    editor.targets.add_row()
    qtbot.keyClick(open_editor(editor.targets.view), Qt.Key.Key_Escape)
    editor.place.setText("Somagede")
    editor.place.textEdited.emit("Somagede")
    wait_saved(qtbot, editor)
    assert reread(tmp_path, case_id).targets == []

    type_cell(qtbot, editor.targets.view, 0, 1, "Nilai SAKIP kecamatan")
    wait_refused(qtbot, editor)
    assert {(0, 0), (0, 2)} <= set(editor.targets_model.marks)


def test_hostile_text_is_kept_as_plain_text(qtbot, editor, tmp_path, case_id):
    long_text = "Meningkatnya " + "x" * 5000
    type_row(qtbot, editor.targets.view, ["<b>&amp; 🙂", "<img src='http://x'>", "100", "%"])
    type_row(qtbot, editor.targets.view, [long_text[:50], "Indikator", "1", ""])
    editor.targets_model.setData(editor.targets_model.index(1, 0), long_text)
    wait_saved(qtbot, editor)
    pk = reread(tmp_path, case_id)
    assert pk.targets[0].goal == "<b>&amp; 🙂" and pk.targets[0].indicator == "<img src='http://x'>"
    assert pk.targets[1].goal == long_text
    shown = editor.targets_model.data(editor.targets_model.index(1, 0))
    assert len(shown) < 400 and shown.endswith("…")
    tip = editor.targets_model.data(editor.targets_model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip is None or "&lt;img" in tip


def test_rows_move_and_delete_by_keyboard(qtbot, editor, dialogs):
    for goal in ("A", "B", "C"):
        type_row(qtbot, editor.targets.view, [goal, "i" + goal, "1", ""])
    view, model = editor.targets.view, editor.targets_model
    view.setCurrentIndex(model.index(0, 0))
    view.setFocus()
    press(qtbot, view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [r["goal"] for r in model.rows] == ["B", "A", "C"]
    assert view.currentIndex().row() == 1
    press(qtbot, view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [r["goal"] for r in model.rows] == ["A", "B", "C"]

    dialogs.answer = False
    press(qtbot, view, Qt.Key.Key_Delete)
    assert model.rowCount() == 3 and "Hapus sasaran baris 1" in dialogs.texts("ask")[-1]
    dialogs.answer = True
    press(qtbot, view, Qt.Key.Key_Delete)
    assert [r["goal"] for r in model.rows] == ["B", "C"]
    wait_saved(qtbot, editor)


def test_add_indicator_keeps_the_sasaran_and_groups_it(qtbot, editor):
    type_row(qtbot, editor.targets.view, [GOAL, "IKM", "82", "nilai"])
    editor.targets.view.setCurrentIndex(editor.targets_model.index(0, 0))
    editor.add_indicator()
    editor_widget = open_editor(editor.targets.view)
    assert editor.targets.view.currentIndex() == editor.targets_model.index(1, 1)
    qtbot.keyClicks(editor_widget, "Persentase layanan PATEN")
    qtbot.keyClick(editor_widget, Qt.Key.Key_Return)
    model = editor.targets_model
    assert model.rows[1]["goal"] == GOAL
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None   # shown as a repeat
    assert "satu sasaran" in model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)


def make_pk(year: int, goal: str = GOAL) -> PkContent:
    return PkContent(year=year, place="Somagede", date=date(year, 1, 4),
                     first_party=Party(CAMAT, "Camat Somagede", "Pembina Tingkat I (IV/b)", "196509241995031002"),
                     second_party=Party(BUPATI, "Bupati Banyumas"),
                     targets=[Target(goal, "Indeks Kepuasan Masyarakat (IKM)", "80", "nilai"),
                              Target("Meningkatnya akuntabilitas kinerja kecamatan", "Nilai SAKIP kecamatan", "B")],
                     programs=[Program(PROGRAM, 1_100_000_000, "APBD 2026")])


def test_copy_from_last_year_asks_before_replacing(qtbot, office, editor, dialogs, tmp_path, case_id):
    assert not editor.copy_from_last_year()
    assert "Belum ada PK lain" in dialogs.texts("inform")[-1]

    type_row(qtbot, editor.targets.view, ["Sasaran baru", "Indikator baru", "1", ""])
    wait_saved(qtbot, editor)
    last_year = office.new_case(SEED, "Penyusunan PK Tahun 2026", year=2025)
    save_pk(office, last_year, make_pk(2026))

    dialogs.answer = False
    assert not editor.copy_from_last_year()
    assert "PK tahun 2026" in dialogs.texts("ask")[-1]
    assert editor.targets_model.rows[0]["goal"] == "Sasaran baru"

    dialogs.answer = True
    assert editor.copy_from_last_year()
    assert [r["goal"] for r in editor.targets_model.rows] == [GOAL, "Meningkatnya akuntabilitas kinerja kecamatan"]
    assert editor.total_text() == "Rp 1.100.000.000"
    assert editor.year.value() == 2027                      # the year and the parties stay this PK's
    wait_saved(qtbot, editor)
    pk = reread(tmp_path, case_id)
    assert pk.year == 2027 and pk.programs[0].budget == 1_100_000_000 and len(pk.targets) == 2


def test_date_may_stay_empty_or_be_picked(qtbot, editor, tmp_path, case_id):
    assert editor.date.value() is None and editor.date.edit.text() == "belum ditanggali"
    editor.date.edit.setDate(QDate(2027, 1, 4))
    wait_saved(qtbot, editor)
    assert reread(tmp_path, case_id).date == date(2027, 1, 4)
    editor.date.clear_button.click()
    wait_saved(qtbot, editor)
    assert reread(tmp_path, case_id).date is None


def test_party_picked_from_officials_and_edited(qtbot, office, case_id, tmp_path):
    from sopdesk.domain.office import Official
    office.save_official(Official("Dra. SRI WAHYUNI", "Sekretaris Kecamatan", "Pembina (IV/a)", "197001011995032001"))
    e = show(qtbot, PkEditor(office, case_id))
    index = e.second.pick.findText("Dra. SRI WAHYUNI", Qt.MatchFlag.MatchStartsWith)
    assert index > 0
    e.second.pick.setCurrentIndex(index)
    e.second.pick.activated.emit(index)
    assert e.second.position.text() == "Sekretaris Kecamatan"
    assert e.second.nip.text() == "19700101 199503 2 001"
    e.second.position.selectAll()
    qtbot.keyClicks(e.second.position, "Plt. Sekretaris Kecamatan")
    wait_saved(qtbot, e)
    pk = reread(tmp_path, case_id)
    assert pk.second_party.name == "Dra. SRI WAHYUNI" and pk.second_party.position == "Plt. Sekretaris Kecamatan"
    assert pk.second_party.nip == "197001011995032001"


def test_leaving_the_editor_or_hiding_it_saves_at_once(qtbot, office, case_id, tmp_path):
    host = QWidget()
    box = QVBoxLayout(host)
    e = PkEditor(office, case_id)
    other = QLineEdit()
    box.addWidget(e)
    box.addWidget(other)
    show(qtbot, host)
    e.place.setFocus()
    e.place.selectAll()
    qtbot.keyClicks(e.place, "Kebumen")
    move_focus(e.place, other)
    QApplication.processEvents()
    assert not e._dirty and e.status_text().startswith("Tersimpan")
    assert reread(tmp_path, case_id).place == "Kebumen"

    e.show()
    qtbot.keyClicks(e.place, " Timur")
    e.hide()
    assert reread(tmp_path, case_id).place == "Kebumen Timur"


def test_models_pass_the_model_tester(qtmodeltester):
    targets = TargetsModel(TargetsModel.from_targets(make_pk(2027).targets))
    qtmodeltester.check(targets)
    programs = ProgramsModel(ProgramsModel.from_programs(make_pk(2027).programs))
    qtmodeltester.check(programs)


# -- the documents panel ---------------------------------------------------------------

@pytest.fixture
def previews(monkeypatch):
    shown = []
    monkeypatch.setattr(print_preview, "show_preview",
                        lambda parent, data, **kw: shown.append((data, kw)))
    return shown


def test_panel_notes_a_missing_pk_and_previews_two_pages(qtbot, office, case_id, previews):
    panel = show(qtbot, DocumentsPanel(office, case_id))
    assert panel.note.isVisible()
    assert panel.preview_pk()
    assert not panel.note.isVisible()          # previewing stored the starting PK
    data, kw = previews[-1]
    assert kw["file_name"] == "PK 2027 Kecamatan Somagede.pdf" and kw["paper"] == "F4"
    doc = QPdfDocument()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buf)
    assert doc.pageCount() == 2
    assert doc.pagePointSize(0).width() < doc.pagePointSize(0).height()   # statement: portrait
    assert doc.pagePointSize(1).width() > doc.pagePointSize(1).height()   # lampiran: landscape


def test_panel_refuses_to_print_a_pk_with_mistakes(qtbot, office, case_id, previews, dialogs, monkeypatch):
    panel = show(qtbot, DocumentsPanel(office, case_id))
    asked = []
    monkeypatch.setattr(print_preview, "ask_printer", lambda parent, printer: asked.append(printer) or False)
    type_row(qtbot, panel.editor.programs.view, [PROGRAM, "banyak", ""])
    assert not panel.print_pk() and not panel.preview_pk()
    assert not asked and not previews
    assert "bukan jumlah rupiah" in dialogs.texts("problems")[-1]


def test_panel_pengantar_needs_a_valid_pk_then_opens(qtbot, office, case_id, monkeypatch):
    from sopdesk.ui.paperwork import pengantar_dialog
    opened = []
    monkeypatch.setattr(pengantar_dialog, "ask_pengantar", lambda parent, o, cid: opened.append(cid) or True)
    panel = show(qtbot, DocumentsPanel(office, case_id))
    assert panel.open_pengantar() and opened == [case_id]
    assert load_pk(office, case_id) is not None


def test_an_unreadable_stored_pk_does_not_stop_the_editor(qtbot, office, case_id, tmp_path):
    import json

    from sqlalchemy import update

    from sopdesk.store import tables
    save_pk(office, case_id, make_pk(2027))
    with office.writing() as conn:   # as a case file from elsewhere might have left it
        conn.execute(update(tables.pk_contents).values(content=json.dumps({"year": "dua ribu"})))
    e = show(qtbot, PkEditor(office, case_id))
    assert e.load_problem and "tidak dapat dibaca" in e.status_text()
    assert e.first.name.text() == CAMAT                   # a fresh start from the officials
    e.place.setText("Somagede")
    e.place.textEdited.emit("Somagede")
    wait_saved(qtbot, e)
    assert reread(tmp_path, case_id).year == 2027


# -- nothing moves, "Tambah …" adds where it says, Tab / Enter, undo and redo ----------------

def focused(widget) -> QWidget:
    """Where the user's typing goes: the focus widget of the window."""
    focus = widget.window().focusWidget()
    assert focus is not None
    return focus


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def places(panel) -> dict[str, tuple[int, int, int, int]]:
    """Where the buttons and tables a user aims at are, in the window."""
    e = panel.editor
    widgets = {"tambah indikator": e.add_indicator_button, "tambah sasaran": e.targets.add_button,
               "hapus sasaran": e.targets.remove_button, "tambah program": e.programs.add_button,
               "sasaran": e.targets.view, "program": e.programs.view, "urungkan": e.undo_button,
               "pihak kedua": e.second.nip, "pratinjau": panel.preview_button}
    out = {}
    for name, w in widgets.items():
        top_left = w.mapTo(w.window(), w.rect().topLeft())
        out[name] = (top_left.x(), top_left.y(), w.width(), w.height())
    return out


def test_nothing_moves_when_the_pk_is_saved_refused_or_mended(qtbot, office, case_id, tmp_path):
    panel = show(qtbot, DocumentsPanel(office, case_id), size=(1340, 900))
    e = panel.editor
    assert panel.note.isVisible() and not e.has_stored_pk
    at_start = places(panel)

    type_row(qtbot, e.targets.view, [GOAL, "IKM", "82", "nilai"])
    type_row(qtbot, e.programs.view, [PROGRAM, "1.250.000.000", ""])
    wait_saved(qtbot, e)
    assert not panel.note.isVisible()                  # the first save hid the note …
    assert places(panel) == at_start                   # … and nothing moved

    type_cell(qtbot, e.targets.view, 0, 2, " ")                       # an empty target,
    type_cell(qtbot, e.programs.view, 0, 1, "banyak")                 # an anggaran that is no number,
    e.first.nip.selectAll()
    qtbot.keyClicks(e.first.nip, "1965")                              # a short NIP
    e.second.position.selectAll()
    qtbot.keyClick(e.second.position, Qt.Key.Key_Delete)             # no jabatan
    wait_refused(qtbot, e)
    assert e.problem_box.isVisible() and e.problem_list.count() == 4
    assert e.targets.problem_label.isVisible() and e.programs.problem_label.isVisible()
    assert e.first.nip_status.isVisible() and e.second.position_status.isVisible()
    assert e.status_label.isVisible() and "dan 3 lainnya" in e.status_text()
    assert places(panel) == at_start

    type_cell(qtbot, e.targets.view, 0, 2, "82")
    type_cell(qtbot, e.programs.view, 0, 1, "1.250.000.000")
    e.first.nip.selectAll()
    qtbot.keyClicks(e.first.nip, "196509241995031002")
    qtbot.keyClicks(e.second.position, "Bupati Banyumas")
    wait_saved(qtbot, e)
    assert not e.problem_box.isVisible() and not e.targets.problem_label.isVisible()
    assert not e.first.nip_status.isVisible()
    assert places(panel) == at_start
    assert reread(tmp_path, case_id).second_party.position == "Bupati Banyumas"


@pytest.mark.parametrize("where", ["targets", "indicator", "programs"])
@pytest.mark.parametrize("open_cell", ["none", "same table", "other table"])
def test_tambah_adds_a_row_to_its_own_table_and_the_typing_goes_there(qtbot, editor, where, open_cell):
    type_row(qtbot, editor.targets.view, [GOAL, "IKM", "82", "nilai"])
    type_row(qtbot, editor.programs.view, [PROGRAM, "1.250.000.000", "APBD"])
    table = editor.programs if where == "programs" else editor.targets
    other = editor.targets if table is editor.programs else editor.programs
    button = {"targets": editor.targets.add_button, "indicator": editor.add_indicator_button,
              "programs": editor.programs.add_button}[where]
    row_1 = (dict(editor.targets_model.rows[0]), dict(editor.programs_model.rows[0]))
    if open_cell != "none":   # a cell of row 1 is open, half typed, when the button is clicked
        view = (table if open_cell == "same table" else other).view
        index = view.model().index(0, 0)
        view.setCurrentIndex(index)
        view.setFocus()
        view.edit(index)
        open_editor(view).end(False)
        qtbot.keyClicks(open_editor(view), " lagi")
    else:
        table.view.setCurrentIndex(table.model.index(0, 0))

    click(qtbot, button)
    assert table.model.rowCount() == 2 and other.model.rowCount() == 1
    column = 1 if where == "indicator" else 0
    assert table.view.currentIndex() == table.model.index(1, column)
    typing = focused(editor)
    assert typing is open_editor(table.view)
    qtbot.keyClicks(typing, "Baris baru")
    qtbot.keyClick(typing, Qt.Key.Key_Return)

    assert table.model.rows[1][table.model.key(column)] == "Baris baru"
    if where == "indicator":
        assert table.model.rows[1]["goal"] == table.model.rows[0]["goal"]
    first_target, first_program = row_1
    half_typed = {"none": None, "same table": table, "other table": other}[open_cell]
    if half_typed is editor.targets:
        first_target["goal"] += " lagi"
    if half_typed is editor.programs:
        first_program["name"] += " lagi"
    assert editor.targets_model.rows[0] == first_target       # row 1 only kept what was typed in it
    assert editor.programs_model.rows[0] == first_program


def test_tab_and_enter_move_through_the_cells_and_never_back_to_row_1(qtbot, editor):
    view, model = editor.targets.view, editor.targets_model
    view.setFocus()
    press(qtbot, view, Qt.Key.Key_Insert)
    for text in (GOAL, "IKM", "82", "nilai"):          # Tab from cell to cell along the row
        typing = focused(editor)
        assert typing is open_editor(view)
        qtbot.keyClicks(typing, text)
        qtbot.keyClick(typing, Qt.Key.Key_Tab)
    # Tab in the last cell of the last row: a new row, typing in its first cell (row 1 untouched)
    assert model.rowCount() == 2 and view.currentIndex() == model.index(1, 0)
    assert focused(editor) is open_editor(view)
    assert model.rows[0] == {"goal": GOAL, "indicator": "IKM", "target": "82", "unit": "nilai"}
    # through the new, still empty row: Tab at its end leaves the table instead of adding more rows
    for _ in range(4):
        qtbot.keyClick(focused(editor), Qt.Key.Key_Tab)
    assert model.rowCount() == 2 and view.itemDelegate().open_editor is None
    assert not view.isAncestorOf(focused(editor)) and focused(editor) is not view

    # Enter keeps what is typed and moves down one row, in the same column
    type_cell(qtbot, view, 0, 2, "85")
    assert model.rows[0]["target"] == "85" and view.currentIndex() == model.index(1, 2)
    # Shift+Tab in the first cell leaves the table backwards (it does not wrap to the last row)
    view.setCurrentIndex(model.index(0, 0))
    view.setFocus()
    view.edit(model.index(0, 0))
    qtbot.keyClick(open_editor(view), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.itemDelegate().open_editor is None and not view.isAncestorOf(focused(editor))
    assert model.rows[0]["goal"] == GOAL and model.rowCount() == 2


def test_tab_without_an_open_cell_also_stops_at_the_end(qtbot, editor):
    view, model = editor.programs.view, editor.programs_model
    type_row(qtbot, view, [PROGRAM, "1.000", ""])
    view.setCurrentIndex(model.index(0, 2))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)                # a row with content: Tab adds the next one
    assert model.rowCount() == 2 and view.currentIndex() == model.index(1, 0)
    assert focused(editor) is open_editor(view)
    qtbot.keyClick(open_editor(view), Qt.Key.Key_Escape)
    view.setCurrentIndex(model.index(1, 2))
    qtbot.keyClick(view, Qt.Key.Key_Tab)                # an empty last row: Tab goes on to the next widget
    assert model.rowCount() == 2 and focused(editor) is not view


def undo_keys(qtbot, widget, redo=False, shift=False):
    """Ctrl+Z (or Ctrl+Y / Ctrl+Shift+Z) pressed where the user is."""
    if not redo:
        press(qtbot, widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    elif shift:
        press(qtbot, widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    else:
        press(qtbot, widget, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)


def test_cell_edits_are_undone_and_redone_and_each_state_is_saved(qtbot, editor, tmp_path, case_id):
    view, model = editor.targets.view, editor.targets_model
    assert not editor.undo_button.isEnabled() and not editor.redo_button.isEnabled()
    type_row(qtbot, view, [GOAL, "IKM", "82", "nilai"])
    wait_saved(qtbot, editor)
    assert editor.undo_button.isEnabled() and not editor.redo_button.isEnabled()
    type_cell(qtbot, view, 0, 2, "90")
    wait_saved(qtbot, editor)
    assert reread(tmp_path, case_id).targets[0].target == "90"

    undo_keys(qtbot, view)                                    # Ctrl+Z in the table
    assert model.rows[0]["target"] == "82" and view.currentIndex() == model.index(0, 2)
    assert editor.redo_button.isEnabled()
    wait_saved(qtbot, editor)                                 # the undone state is saved too
    assert reread(tmp_path, case_id).targets[0].target == "82"

    undo_keys(qtbot, view, redo=True)                         # Ctrl+Y
    assert model.rows[0]["target"] == "90"
    wait_saved(qtbot, editor)
    assert reread(tmp_path, case_id).targets[0].target == "90"
    undo_keys(qtbot, view)
    undo_keys(qtbot, view, redo=True, shift=True)             # Ctrl+Shift+Z
    assert model.rows[0]["target"] == "90"

    # Ctrl+Z while typing in a cell takes back that typing (one history, not the line editor's own)
    view.setCurrentIndex(model.index(0, 1))
    view.edit(model.index(0, 1))
    typing = open_editor(view)
    typing.selectAll()
    qtbot.keyClicks(typing, "Indeks lain")
    undo_keys(qtbot, typing)
    assert view.itemDelegate().open_editor is None and model.rows[0]["indicator"] == "IKM"
    click(qtbot, editor.redo_button)                          # the buttons do the same
    assert model.rows[0]["indicator"] == "Indeks lain"
    click(qtbot, editor.undo_button)
    assert model.rows[0]["indicator"] == "IKM"
    wait_saved(qtbot, editor)
    assert reread(tmp_path, case_id).targets[0] == Target(GOAL, "IKM", "90", "nilai")


def test_added_removed_and_moved_rows_are_undone_and_redone(qtbot, editor, dialogs, tmp_path, case_id):
    view, model = editor.targets.view, editor.targets_model
    for goal in ("A", "B", "C"):
        type_row(qtbot, view, [goal, "i" + goal, "1", ""])
    wait_saved(qtbot, editor)
    goals = lambda: [r["goal"] for r in model.rows]  # noqa: E731
    view.setCurrentIndex(model.index(0, 0))
    view.setFocus()
    press(qtbot, view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert goals() == ["B", "A", "C"]
    dialogs.answer = True
    view.setCurrentIndex(model.index(2, 0))
    press(qtbot, view, Qt.Key.Key_Delete)
    assert goals() == ["B", "A"]
    click(qtbot, editor.targets.add_button)
    qtbot.keyClicks(focused(editor), "D")
    qtbot.keyClick(focused(editor), Qt.Key.Key_Return)
    assert goals() == ["B", "A", "D"]

    undo_keys(qtbot, view)                      # the typed D
    assert goals() == ["B", "A", ""]
    undo_keys(qtbot, view)                      # the added row
    assert goals() == ["B", "A"]
    undo_keys(qtbot, view)                      # the removed row comes back with its cells
    assert goals() == ["B", "A", "C"] and model.rows[2]["indicator"] == "iC"
    undo_keys(qtbot, view)                      # the move
    assert goals() == ["A", "B", "C"]
    wait_saved(qtbot, editor)
    assert [t.goal for t in reread(tmp_path, case_id).targets] == ["A", "B", "C"]
    for _ in range(3):
        undo_keys(qtbot, view, redo=True)
    assert goals() == ["B", "A", ""]
    wait_saved(qtbot, editor)
    assert [t.goal for t in reread(tmp_path, case_id).targets] == ["B", "A"]   # a blank row is left out
    undo_keys(qtbot, view, redo=True)
    assert goals() == ["B", "A", "D"] and view.currentIndex() == model.index(2, 0)
    wait_refused(qtbot, editor)                 # D alone is half a row: refused, like when it was typed


def test_the_agreement_and_party_fields_are_undone_and_redone(qtbot, office, editor, tmp_path, case_id):
    from sopdesk.domain.office import Official
    editor.place.setFocus()
    editor.place.selectAll()
    qtbot.keyClicks(editor.place, "Kebasen")
    move_focus(editor.place, editor.second.name)
    qtbot.keyClicks(editor.second.name, BUPATI)
    editor.date.edit.setDate(QDate(2027, 1, 4))
    wait_saved(qtbot, editor)
    assert reread(tmp_path, case_id).date == date(2027, 1, 4)
    count = editor.undo_stack.count()
    assert count == 3                          # typing in one field is one step

    undo_keys(qtbot, editor.place)             # Ctrl+Z in a field: the editor's history, not the field's
    assert editor.date.value() is None and editor.second.name.text() == BUPATI
    undo_keys(qtbot, editor.place)
    assert editor.second.name.text() == "" and editor.place.text() == "Kebasen"
    assert focused(editor) is editor.second.name
    wait_saved(qtbot, editor)
    pk = reread(tmp_path, case_id)
    assert pk.date is None and pk.second_party.name == "" and pk.place == "Kebasen"
    undo_keys(qtbot, editor.second.name, redo=True)
    undo_keys(qtbot, editor.second.name, redo=True)
    assert editor.second.name.text() == BUPATI and editor.date.value() == date(2027, 1, 4)
    wait_saved(qtbot, editor)
    assert reread(tmp_path, case_id).second_party.name == BUPATI

    # a pihak picked from the list is one step; undo brings back every field and the list's choice
    office.save_official(Official("Dra. SRI WAHYUNI", "Sekretaris Kecamatan", "Pembina (IV/a)", "197001011995032001"))
    e = show(qtbot, PkEditor(office, case_id))
    index = e.second.pick.findText("Dra. SRI WAHYUNI", Qt.MatchFlag.MatchStartsWith)
    e.second.pick.setCurrentIndex(index)
    e.second.pick.activated.emit(index)
    wait_saved(qtbot, e)
    e.year.setValue(2028)
    click(qtbot, e.undo_button)
    assert e.year.value() == 2027
    click(qtbot, e.undo_button)
    assert e.second.name.text() == BUPATI and e.second.position.text() == "Bupati Banyumas"
    assert e.second.pick.currentIndex() == 0 and not e.undo_button.isEnabled()
    wait_saved(qtbot, e)
    assert reread(tmp_path, case_id).second_party == Party(BUPATI, "Bupati Banyumas", "", "")


def test_copy_from_last_year_is_one_step_to_undo(qtbot, office, editor, dialogs, tmp_path, case_id):
    type_row(qtbot, editor.targets.view, ["Sasaran baru", "Indikator baru", "1", ""])
    wait_saved(qtbot, editor)
    last_year = office.new_case(SEED, "Penyusunan PK Tahun 2026", year=2025)
    save_pk(office, last_year, make_pk(2026))
    dialogs.answer = True
    assert editor.copy_from_last_year()
    wait_saved(qtbot, editor)
    assert len(reread(tmp_path, case_id).programs) == 1
    click(qtbot, editor.undo_button)
    assert [r["goal"] for r in editor.targets_model.rows] == ["Sasaran baru"]
    assert editor.programs_model.rowCount() == 0 and editor.total_text() == "Rp 0"
    wait_saved(qtbot, editor)
    pk = reread(tmp_path, case_id)
    assert [t.goal for t in pk.targets] == ["Sasaran baru"] and pk.programs == []


def test_the_page_scrolls_to_the_cell_being_typed_in(qtbot, office, case_id):
    """On a small screen the tables are below the fold: a row added or reached by Tab is brought into view."""
    panel = show(qtbot, DocumentsPanel(office, case_id), size=(1090, 520))
    e = panel.editor
    viewport = e.scroll_area.viewport()

    def in_view(widget) -> bool:
        top_left = widget.mapTo(viewport, widget.rect().topLeft())
        return viewport.rect().contains(top_left) and viewport.rect().contains(
            widget.mapTo(viewport, widget.rect().bottomRight()))

    e.scroll_area.ensureWidgetVisible(e.programs.add_button)
    click(qtbot, e.programs.add_button)
    typing = focused(e)
    assert typing is open_editor(e.programs.view) and in_view(typing)
    for text in (PROGRAM, "1.000.000", "APBD"):
        qtbot.keyClicks(focused(e), text)
        qtbot.keyClick(focused(e), Qt.Key.Key_Tab)
        assert in_view(focused(e))
    assert e.programs_model.rowCount() == 2
    e.scroll_area.verticalScrollBar().setValue(0)      # back to the top, the last cell still open …
    qtbot.keyClicks(focused(e), "Program kedua")
    qtbot.keyClick(focused(e), Qt.Key.Key_Tab)         # … a key brings it back into view
    assert in_view(focused(e))


def test_a_new_year_or_versions_count_moves_no_button(qtbot, office, case_id):
    panel = show(qtbot, DocumentsPanel(office, case_id), size=(1340, 900))
    e = panel.editor
    type_row(qtbot, e.targets.view, [GOAL, "IKM", "82", "nilai"])
    wait_saved(qtbot, e)
    before = places(panel)
    e.year.selectAll()
    qtbot.keyClicks(e.year, "2111")
    wait_saved(qtbot, e)
    assert e.title_label.text().endswith("2111") and e.versions_button.text() != "Versi PK…"
    assert places(panel) == before


def test_undo_finds_the_picked_official_after_the_list_changed(qtbot, office, case_id):
    from sopdesk.app.changes import OFFICIALS, SettingsChanged
    from sopdesk.domain.office import Official
    office.save_official(Official("Dra. SRI WAHYUNI", "Sekretaris Kecamatan", "Pembina (IV/a)", "197001011995032001"))
    e = show(qtbot, PkEditor(office, case_id))
    index = e.second.pick.findText("Dra. SRI WAHYUNI", Qt.MatchFlag.MatchStartsWith)
    e.second.pick.setCurrentIndex(index)
    e.second.pick.activated.emit(index)
    e.second.position.selectAll()
    qtbot.keyClicks(e.second.position, "Plt. Camat")
    office.save_official(Official("Ahmad Aaron", "Kasi Pemerintahan"))     # sorted before her in the list
    office.changes.emit(SettingsChanged(OFFICIALS))
    click(qtbot, e.undo_button)
    assert e.second.position.text() == "Sekretaris Kecamatan"
    assert e.second.pick.currentText().startswith("Dra. SRI WAHYUNI")
    click(qtbot, e.undo_button)
    assert e.second.pick.currentIndex() == 0 and e.second.name.text() == ""


# -- a short screen: the agreement and pihak fold, both tables show rows -------------------------

def give_pk(office, case_id):
    pk = new_pk(office, case_id)
    pk.targets = [Target(GOAL, "IKM", "82", "nilai"), Target(GOAL, "PATEN tepat waktu", "95", "%"),
                  Target("Meningkatnya akuntabilitas kinerja", "Nilai SAKIP", "BB")]
    pk.programs = [Program(PROGRAM, 1_250_000_000, "APBD"), Program("Program Pelayanan Publik", 215_750_000, "APBD"),
                   Program("Program Pemberdayaan Masyarakat", 90_000_000, "APBD")]
    save_pk(office, case_id, pk)


def rows_in_view(e: PkEditor, table) -> int:
    """Rows of `table` shown whole, on the page as it is (not scrolled)."""
    page = e.scroll_area.viewport()
    view = table.view
    shown = 0
    for row in range(table.model.rowCount()):
        rect = view.visualRect(table.model.index(row, 0))
        if not view.viewport().rect().contains(rect):
            break
        top = view.viewport().mapTo(page, rect.topLeft())
        bottom = view.viewport().mapTo(page, rect.bottomRight())
        if not (page.rect().contains(top) and page.rect().contains(bottom)):
            break
        shown += 1
    return shown


def test_a_short_screen_folds_the_parties_and_shows_three_rows_of_each_table(qtbot, office, case_id):
    give_pk(office, case_id)
    panel = show(qtbot, DocumentsPanel(office, case_id), size=(1093, 574))
    e = panel.editor
    assert e.scroll_area.verticalScrollBar().value() == 0
    qtbot.waitUntil(lambda: not e.parties_open())
    assert not e.parties_panel.isVisible() and e.parties_summary.isVisible()
    assert CAMAT in e.parties_summary.text() and CAMAT in e.parties_summary.toolTip()
    qtbot.waitUntil(lambda: rows_in_view(e, e.targets) >= 3 and rows_in_view(e, e.programs) >= 3)
    assert e.status_label.isVisible()

    # opened by a click, it stays open at this PC, in a new editor too, however short
    click(qtbot, e.parties_toggle)
    assert e.parties_open() and e.first.nip.isVisible() and pc_settings.pk_parties_open() is True
    again = show(qtbot, PkEditor(office, case_id), size=(1093, 500))
    assert again.parties_open()


def test_a_folded_party_with_a_problem_says_so_and_opens_when_it_is_undone(qtbot, office, case_id):
    give_pk(office, case_id)
    e = show(qtbot, PkEditor(office, case_id), size=(1093, 500))
    qtbot.waitUntil(lambda: not e.parties_open())
    e.first.nip.setText("1965")          # as if typed while open, then folded
    e.first.field_edited.emit("nip")
    wait_refused(qtbot, e)
    assert not e.parties_open() and "NIP" in e.parties_summary.text()
    assert e.parties_summary.property("state") == "bad"
    e.undo()                             # the undone field is shown, so the fields open
    assert e.parties_open() and e.first.nip.text() != "1965"
