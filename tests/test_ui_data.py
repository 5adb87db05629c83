"""The data menu driven as a user would, against real SQLite files: back up, restore, export and import a
case, check the database; the .sopcase argument; the damaged database at start; a failed daily backup."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt, QTimer

from sopdesk.app import attachments as att
from sopdesk.app.data import DamagedDatabase
from sopdesk.app.office import Office
from sopdesk.app.transfer import export_case
from sopdesk.cli import build_parser, split_case_file
from sopdesk.store import backup as bk
from sopdesk.ui.data import data_dialogs
from sopdesk.ui.kit import messages
from sopdesk.ui.shell import app as app_module
from sopdesk.ui.shell.main_window import MainWindow
from tests.fixtures import damage
from tests.ui_helpers import HANG_MS

SEED = "penyusunan-perencanaan-kinerja"


def wait_done(qtbot, task, timeout=HANG_MS):
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=timeout)
    return task


def case_titles(office) -> list[str]:
    return sorted(r["title"] for r in office.list_cases())


def listed_titles(window) -> list[str]:
    model = window.case_list.model
    return sorted(model.row_dict(r)["title"] for r in range(model.rowCount()))


def menu_texts(window, title: str) -> list[str]:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return [a.text().replace("&", "") for a in action.menu().actions() if not a.isSeparator()]
    raise AssertionError(title)


def run_sopdesk(*args, data_dir, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SOPDESK_DATA_DIR=str(data_dir))
    env.pop("SOPDESK_DB", None)
    return subprocess.run([sys.executable, "-m", "sopdesk", *args], env=env, capture_output=True, text=True,
                          timeout=timeout, encoding="utf-8")


@pytest.fixture
def sopcase(tmp_path):
    source = Office(tmp_path / "sumber.db")
    try:
        cid = source.new_case(SEED, "Penyusunan PK Tahun 2027", year=2027, ref_number="800/12/2027")
        source.start_step(cid, 1, by="Siti Rahayu")
        source.finish_step(cid, 1, by="Siti Rahayu")
        scan = tmp_path / "SE Bupati.pdf"
        scan.write_bytes(b"%PDF-1.4 pindaian" * 50)
        att.add_attachment(source, cid, scan, step=1)
        return export_case(source, cid, tmp_path / "Penyusunan PK 2027.sopcase")
    finally:
        source.close()


# -- the command line ------------------------------------------------------------

@pytest.mark.parametrize("argv, rest, found", [
    (["kasus.sopcase"], [], "kasus.sopcase"),
    (["--db", "x.db", "D:\\Flashdisk\\KASUS.SOPCASE"], ["--db", "x.db"], "D:\\Flashdisk\\KASUS.SOPCASE"),
    (["--db=x.db", "--smoke", "a b.sopcase", "--open", "3"], ["--db=x.db", "--smoke", "--open", "3"], "a b.sopcase"),
    (["--open", "3", "k.sopcase"], ["--open", "3"], "k.sopcase"),
    (["case", "import", "k.sopcase"], ["case", "import", "k.sopcase"], None),
    (["--db", "data.sopcase"], ["--db", "data.sopcase"], None),   # a value of --db, not the file to open
    (["sop", "list"], ["sop", "list"], None),
])
def test_a_lone_sopcase_argument_is_taken_out_before_parsing(argv, rest, found):
    assert split_case_file(argv) == (rest, found)
    build_parser().parse_args(rest)  # what is left parses


def test_help_mentions_the_file_argument():
    text = build_parser().format_help()
    assert "FILE.sopcase" in text and "klik dua kali" in text


def test_smoke_run_with_a_sopcase_imports_it_and_exits_0(tmp_path, sopcase):
    db = tmp_path / "kantor.db"
    shot = tmp_path / "impor.png"
    result = run_sopdesk("--db", str(db), "--smoke", str(sopcase), "--screenshot", str(shot),
                         data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    office = Office(db)
    try:
        [case] = office.list_cases()
        assert case["title"] == "Penyusunan PK Tahun 2027"
        assert len(att.list_attachments(office, case["id"])) == 1
    finally:
        office.close()
    assert shot.stat().st_size > 5000


def test_smoke_run_with_a_refused_file_shows_why_and_exits_1(tmp_path):
    bad = tmp_path / "rusak.sopcase"
    bad.write_bytes(b"bukan zip")
    result = run_sopdesk("--db", str(tmp_path / "kantor.db"), "--smoke", str(bad), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "rusak.sopcase tidak dapat diimpor" in result.stderr and "Tidak ada yang diubah" in result.stderr
    assert "Traceback" not in result.stderr


def test_sopcase_with_a_command_is_a_usage_error(tmp_path, capsys):
    from sopdesk.cli import main
    with pytest.raises(SystemExit) as e:
        main(["x.sopcase", "sop", "list"])
    assert e.value.code == 2


# -- the menu --------------------------------------------------------------------

def test_berkas_menu_has_the_data_actions(window):
    texts = menu_texts(window, "Berkas")
    for wanted in ("Impor Kasus (.sopcase)…", "Ekspor Kasus (.sopcase)…", "Cadangkan Sekarang…",
                   "Pulihkan dari Cadangan…", "Periksa Keutuhan Data"):
        assert wanted in texts
    assert texts.index("Keluar") == len(texts) - 1


def test_status_bar_tells_when_the_last_backup_was_made(window, office):
    bk.make_backup(office.target, kind=bk.MANUAL)
    window.update_status()
    assert "cadangan terakhir hari ini" in window.status_label.text()


# -- backup ----------------------------------------------------------------------

def test_backup_from_the_menu_writes_a_valid_file_with_progress(qtbot, window, office, tmp_path, dialogs):
    office.new_case(SEED, "Kasus yang dicadangkan", year=2027)
    dest = tmp_path / "flashdisk" / "sopdesk-2027-01-04.db"
    dest.parent.mkdir()
    dialogs.save_path = str(dest)
    task = wait_done(qtbot, window.backup_now())
    assert task.dialog_shown and task.error is None
    info = bk.check_backup(dest)
    assert info.ok, info.problem
    copy = Office(dest)
    try:
        assert case_titles(copy) == ["Kasus yang dicadangkan"]
    finally:
        copy.close()
    assert "Cadangan dibuat" in window.statusBar().currentMessage()


def test_default_backup_name_is_dated_in_documents(window, monkeypatch):
    asked = {}
    monkeypatch.setattr(messages, "choose_save_file", lambda parent, title, filters, suggested="": asked.update(
        suggested=suggested, filters=filters))
    assert window.backup_now() is None
    name = os.path.basename(asked["suggested"])
    assert name.startswith("sopdesk-") and name.endswith(".db") and len(name) == len("sopdesk-2027-01-04.db")


def test_window_stays_responsive_during_a_long_backup(qtbot, window, office, tmp_path, dialogs):
    # Some 48 MB of scans: the backup copies in steps, and the window paints between them.
    cid = office.new_case(SEED, "Banyak pindaian", year=2027)
    for i in range(3):
        scan = tmp_path / f"pindai-{i}.pdf"
        scan.write_bytes(b"%PDF-1.4\n" + os.urandom(16 * 1024 * 1024))
        att.add_attachment(office, cid, scan)
        scan.unlink()
    ticks = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    dialogs.save_path = str(tmp_path / "besar.db")
    timer.start()
    task = window.backup_now()
    assert task.dialog.isVisible() and not task.done
    qtbot.waitUntil(lambda: task.done, timeout=HANG_MS)
    timer.stop()
    assert len(task.progress_seen) >= 2           # the dialog was told how far it got
    assert task.progress_seen[-1][0] == task.progress_seen[-1][1]
    assert len(ticks) >= 2                        # the event loop ran while the copy was made
    assert bk.check_backup(tmp_path / "besar.db").ok


def test_backup_cancelled_leaves_nothing(qtbot, window, office, tmp_path, dialogs):
    cid = office.new_case(SEED, "Banyak pindaian", year=2027)
    scan = tmp_path / "pindai.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + os.urandom(40 * 1024 * 1024))
    att.add_attachment(office, cid, scan)
    dest = tmp_path / "batal.db"
    dialogs.save_path = str(dest)
    task = window.backup_now()
    qtbot.mouseClick(task.dialog.cancel_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, task)
    assert not dest.exists() and not list(tmp_path.glob(".batal.db.*"))
    assert task.cancelled
    assert "dibatalkan" in window.statusBar().currentMessage()
    assert dialogs.texts("warn") == []


def test_backup_onto_the_database_itself_is_refused(window, office, dialogs):
    dialogs.save_path = office.target
    assert window.backup_now() is None
    assert "sedang dipakai" in dialogs.texts("warn")[0]


def test_backup_to_a_missing_flashdisk_says_so(qtbot, window, tmp_path, dialogs):
    dialogs.save_path = str(tmp_path / "E-tidak-ada" / "cadangan.db")
    wait_done(qtbot, window.backup_now())
    assert "Folder tujuan cadangan tidak ada" in dialogs.texts("warn")[0]


# -- restore ------------------------------------------------------------------------

def restore_dialog(qtbot, window):
    dialog = window.restore_from_backup()
    qtbot.waitExposed(dialog)
    return dialog


def test_restore_replaces_the_data_and_keeps_the_current_one(qtbot, window, office, dialogs):
    office.new_case(SEED, "Sebelum cadangan", year=2027)
    made = bk.make_backup(office.target, kind=bk.MANUAL)
    office.new_case(SEED, "Sesudah cadangan", year=2027)
    window.refresh()
    window.open_case(office.case_ids()[0])
    assert listed_titles(window) == ["Sebelum cadangan", "Sesudah cadangan"]

    dialog = restore_dialog(qtbot, window)
    assert dialog.table.rowCount() >= 1
    row = [b.path for b in dialog.backups].index(made)
    dialog.table.selectRow(row)
    assert dialog.restore_button.isEnabled()
    dialogs.answer = True
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    question = dialogs.texts("ask")[-1]
    assert "Data saat ini akan disimpan sebagai cadangan lebih dulu, lalu diganti" in question
    qtbot.waitUntil(lambda: not window.tasks_running() and window.office is not office, timeout=HANG_MS)

    assert case_titles(window.office) == ["Sebelum cadangan"]
    assert listed_titles(window) == ["Sebelum cadangan"]    # the window shows the restored list
    assert window.tabs.count() == 1                          # the case tabs of the old data are closed
    kept = [b for b in bk.find_backups(bk.backup_folder(office.target)) if b.kind == bk.BEFORE_RESTORE]
    assert len(kept) == 1
    old = Office(kept[0].path)
    try:
        assert case_titles(old) == ["Sebelum cadangan", "Sesudah cadangan"]
    finally:
        old.close()
    assert "Data dipulihkan" in dialogs.texts("inform")[-1] and str(kept[0].path) in dialogs.texts("inform")[-1]
    # The window keeps working on the restored data.
    window.office.new_case(SEED, "Sesudah pemulihan", year=2027)
    window.refresh()
    assert listed_titles(window) == ["Sebelum cadangan", "Sesudah pemulihan"]
    window.office.close()


def test_restore_asks_first_and_no_changes_nothing(qtbot, window, office, dialogs):
    office.new_case(SEED, "Satu", year=2027)
    bk.make_backup(office.target, kind=bk.MANUAL)
    office.new_case(SEED, "Dua", year=2027)
    dialog = restore_dialog(qtbot, window)
    dialogs.answer = False
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialogs.texts("ask")
    assert window.office is office and not window.tasks_running()
    assert case_titles(office) == ["Dua", "Satu"]


def test_restore_list_shows_date_kind_size_and_state(qtbot, window, office, tmp_path):
    good = bk.make_backup(office.target, kind=bk.DAILY)
    bad = bk.backup_folder(office.target) / "t-20200101-070000-manual.sqlite"
    bad.write_bytes(b"bukan basis data" * 100)
    dialog = restore_dialog(qtbot, window)
    cells = {dialog.backups[r].path: [dialog.table.item(r, c).text() for c in range(4)]
             for r in range(dialog.table.rowCount())}
    assert cells[good][1] == "Harian (otomatis)" and cells[good][3] == "Baik" and cells[good][2].endswith("KB")
    assert cells[bad][1] == "Manual" and cells[bad][3].startswith("Tidak dapat dipakai")
    assert cells[bad][0] == "1 Jan 2020 07.00"
    dialog.table.selectRow([b.path for b in dialog.backups].index(bad))
    assert not dialog.restore_button.isEnabled()
    dialog.reject()


def test_restore_from_a_file_elsewhere(qtbot, window, office, tmp_path, dialogs):
    office.new_case(SEED, "Di flashdisk", year=2027)
    elsewhere = bk.make_backup(office.target, tmp_path / "flashdisk.db")
    office.new_case(SEED, "Belum di flashdisk", year=2027)
    dialog = restore_dialog(qtbot, window)
    dialogs.open_path = str(elsewhere)
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert dialog.selected().path == elsewhere
    dialogs.answer = True
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.tasks_running() and window.office is not office, timeout=HANG_MS)
    assert case_titles(window.office) == ["Di flashdisk"]
    window.office.close()


def test_restore_refused_for_a_file_that_is_not_a_backup(qtbot, window, tmp_path, dialogs):
    junk = tmp_path / "foto.db"
    junk.write_bytes(b"\x89PNG" * 100)
    dialog = restore_dialog(qtbot, window)
    dialogs.open_path = str(junk)
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible() and "foto.db tidak dapat dipulihkan" in dialog.error_label.text()
    dialog.reject()


def test_restore_refused_while_another_program_holds_the_database(qtbot, window, office, dialogs):
    office.new_case(SEED, "Satu", year=2027)
    bk.make_backup(office.target, kind=bk.MANUAL)
    office.new_case(SEED, "Dua", year=2027)
    other = sqlite3.connect(office.target)  # e.g. `sopdesk report` running in a command window
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM cases").fetchone()
    try:
        dialog = restore_dialog(qtbot, window)
        dialogs.answer = True
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.tasks_running() and window.office is not office, timeout=HANG_MS)
    finally:
        other.rollback()
        other.close()
    assert "sedang dipakai" in dialogs.texts("warn")[-1]
    assert listed_titles(window) == ["Dua", "Satu"]  # nothing changed, and the window works on
    window.office.close()


# -- export and import between two databases --------------------------------------------

def test_case_exported_and_imported_between_two_databases_through_the_menus(qtbot, window, office, tmp_path,
                                                                               dialogs):
    cid = office.new_case(SEED, "Kasus yang dibawa", year=2027)
    office.start_step(cid, 1, by="Siti Rahayu")
    scan = tmp_path / "SE.pdf"
    scan.write_bytes(b"%PDF pindaian")
    att.add_attachment(office, cid, scan, step=1)
    window.refresh()
    window.case_list.select_case(cid)
    path = tmp_path / "flashdisk" / "kasus"
    path.parent.mkdir()
    dialogs.save_path = str(path)  # without the extension: it is added
    wait_done(qtbot, window.export_case())
    written = tmp_path / "flashdisk" / "kasus.sopcase"
    assert written.exists() and "diekspor" in window.statusBar().currentMessage()

    other = Office(tmp_path / "pc-lain.db")
    second = MainWindow(other, restore_layout=False)
    qtbot.addWidget(second)
    second.show()
    try:
        dialogs.open_path = str(written)
        dialogs.answer = True   # "Impor" after the preview of what the file holds
        wait_done(qtbot, second.import_case_dialog())
        assert "Kasus: “Kasus yang dibawa” — baru di PC ini" in dialogs.texts("ask")[-1]
        [row] = other.list_cases()
        tab = second.tabs.currentWidget()
        assert second.case_tab(row["id"]) is tab and tab.view_data.title == "Kasus yang dibawa"
        assert second.statusBar().currentMessage().startswith("Kasus diimpor: Kasus yang dibawa (2 catatan baru)")
        assert tab.attachments.list.count() == 1
        assert second.case_list.selected_case_id() == row["id"]

        # The same file again: nothing new.
        wait_done(qtbot, second.import_case_file(written))
        assert second.statusBar().currentMessage() == "Kasus sudah ada; tidak ada catatan baru"
        assert len(other.list_cases()) == 1

        # Work goes on at the first PC; the newer file brings only the new note.
        office.add_note(cid, "dikirim lagi")
        wait_done(qtbot, window.export_case(cid))
        wait_done(qtbot, second.import_case_file(written))
        assert second.statusBar().currentMessage().startswith("Kasus diimpor: Kasus yang dibawa (1 catatan baru)")
        assert any("dikirim lagi" in tab.history.item(i).text() for i in range(tab.history.count()))
    finally:
        second.close()
        other.close()


def test_export_takes_the_open_case_tab(qtbot, window, office, tmp_path, dialogs):
    a = office.new_case(SEED, "Kasus A", year=2027)
    b = office.new_case(SEED, "Kasus B", year=2027)
    window.refresh()
    window.case_list.select_case(a)
    window.open_case(b)
    dialogs.save_path = str(tmp_path / "b.sopcase")
    wait_done(qtbot, window.export_case())
    other = Office(tmp_path / "lain.db")
    try:
        from sopdesk.app.transfer import import_case
        import_case(other, tmp_path / "b.sopcase")
        assert case_titles(other) == ["Kasus B"]
    finally:
        other.close()


def test_export_without_a_case_says_what_to_do(window, dialogs):
    assert window.export_case() is None
    assert "Pilih dulu kasus" in window.statusBar().currentMessage()


def test_refused_import_shows_the_reason(qtbot, window, office, tmp_path, dialogs):
    bad = tmp_path / "bukan.sopcase"
    bad.write_bytes(b"PK\x03\x04 bukan berkas kasus")
    dialogs.open_path = str(bad)
    wait_done(qtbot, window.import_case_dialog())
    [text] = dialogs.texts("warn")
    assert "bukan.sopcase tidak dapat diimpor" in text and "Tidak ada yang diubah" in text
    assert office.list_cases() == [] and window.tabs.count() == 1


def test_second_start_request_brings_the_window_forward_and_opens_the_file(qtbot, window, office, sopcase,
                                                                              dialogs):
    dialogs.answer = True
    window.showMinimized()
    window.handle_request({"v": 1, "sopcase": str(sopcase), "open": None})
    assert not window.isMinimized()
    qtbot.waitUntil(lambda: not window.tasks_running(), timeout=HANG_MS)
    [row] = office.list_cases()
    assert window.case_tab(row["id"]) is window.tabs.currentWidget()


# -- integrity ------------------------------------------------------------------------

def test_integrity_check_from_the_menu(qtbot, window, dialogs):
    wait_done(qtbot, window.check_integrity())
    assert dialogs.texts("inform")[-1].startswith("Data utuh.")


def test_integrity_check_finds_damage_and_offers_the_backups(qtbot, window, office, dialogs, monkeypatch):
    monkeypatch.setattr(data_dialogs, "full_check", lambda path: ["*** in database main ***", "Page 5: btree"])
    dialogs.answer = True
    wait_done(qtbot, window.check_integrity())
    assert "menemukan kerusakan" in dialogs.texts("ask")[-1]
    assert isinstance(window.dialog, data_dialogs.RestoreDialog)
    window.dialog.reject()


# -- a database that cannot be opened at start ----------------------------------------

@pytest.fixture
def damaged_db(tmp_path):
    db = tmp_path / "kantor.db"
    office = Office(db)
    office.new_case(SEED, "Kasus yang selamat", year=2027)
    office.close()
    made = bk.make_backup(db, kind=bk.DAILY)
    office = Office(db)
    office.new_case(SEED, "Kasus sesudah cadangan", year=2027)
    office.close()
    damage.checkpoint(db)
    damage.scribble(db)
    return db, made


@pytest.fixture
def gui_run(qapp, monkeypatch):
    """run_gui in this process, recording the windows it makes.

    What it sets is put back afterwards: the message state, the excepthook, and "quit when the last
    window closes" (a smoke run closes its window inside app.exec(); the quit that follows would
    otherwise stop later tests' queued signals from being delivered).
    """
    monkeypatch.setattr(messages, "_noninteractive", False)
    monkeypatch.setattr(messages, "problems", [])
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    quits = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    windows = []

    class Recording(MainWindow):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            windows.append(self)
    import sopdesk.ui.shell.main_window as mw
    monkeypatch.setattr(mw, "MainWindow", Recording)
    yield windows
    qapp.setQuitOnLastWindowClosed(quits)


def test_damaged_database_at_start_offers_the_newest_backup_and_opens_on_it(qtbot, damaged_db, gui_run,
                                                                            monkeypatch, tmp_path):
    db, made = damaged_db
    damaged_bytes = db.read_bytes()
    asked = []

    def choose_backup(parent, error, path, backup):
        asked.append((error, path, backup))
        return backup.path
    monkeypatch.setattr(data_dialogs, "ask_damaged", choose_backup)
    shot = tmp_path / "dipulihkan.png"
    args = build_parser().parse_args(["--db", str(db), "--smoke", "--screenshot", str(shot)])
    args.sopcase = None
    assert app_module.run_gui(args) == 0
    [(error, path, backup)] = asked
    assert isinstance(error, DamagedDatabase) and path == db and backup.path == made
    [window] = gui_run
    assert listed_titles(window) == ["Kasus yang selamat"]   # the window opened on the restored data
    # The damaged file was kept beside the backups (for whoever tries to rescue it).
    kept = [b for b in bk.find_backups(bk.backup_folder(db), check=False) if b.kind == bk.BEFORE_RESTORE]
    assert len(kept) == 1 and kept[0].size >= len(damaged_bytes) // 2
    assert shot.stat().st_size > 5000


def test_damaged_database_is_left_alone_when_the_user_quits(damaged_db, gui_run, monkeypatch):
    db, _made = damaged_db
    before = db.read_bytes()
    monkeypatch.setattr(data_dialogs, "ask_damaged", lambda *a: None)
    args = build_parser().parse_args(["--db", str(db)])
    args.sopcase = None
    assert app_module.run_gui(args) == 1
    assert db.read_bytes() == before and gui_run == []
    assert not [b for b in bk.find_backups(bk.backup_folder(db), check=False) if b.kind == bk.BEFORE_RESTORE]


def test_damaged_database_dialog_offers_date_and_size_and_three_choices(qtbot, damaged_db, dialogs, tmp_path):
    db, made = damaged_db
    with pytest.raises(DamagedDatabase) as e:
        Office(db)
    dialog = data_dialogs.DamagedDialog(e.value, db, e.value.backup)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [b.text() for b in (dialog.restore_button, dialog.other_button, dialog.quit_button)] == \
        ["Pulihkan cadangan ini", "Pilih berkas lain…", "Keluar"]
    assert data_dialogs.size_text(made.stat().st_size) in dialog.backup_label.text()
    assert data_dialogs.when_text(e.value.backup.made_at) in dialog.backup_label.text()
    assert "rusak" in dialog.explain_label.text()
    assert dialog.quit_button.isDefault()            # Enter never replaces anything
    # Another file: refused if it is no backup, taken if it is.
    junk = tmp_path / "bukan.db"
    junk.write_bytes(b"x" * 500)
    dialogs.open_path = str(junk)
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "bukan.db tidak dapat dipulihkan" in dialog.error_label.text()
    dialogs.open_path = str(made)
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == made and dialog.result() == dialog.DialogCode.Accepted


def test_damaged_database_without_backups_says_whom_to_call(qtbot, tmp_path):
    db = tmp_path / "kantor.db"
    Office(db).close()
    damage.checkpoint(db)
    damage.scribble(db)
    with pytest.raises(DamagedDatabase) as e:
        Office(db)
    dialog = data_dialogs.DamagedDialog(e.value, db, None)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isVisibleTo(dialog)
    assert "Jangan hapus" in dialog.backup_label.text()


def test_smoke_run_on_a_damaged_database_explains_and_exits_1(tmp_path, damaged_db):
    db, made = damaged_db
    result = run_sopdesk("--db", str(db), "--smoke", data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "Basis data tidak dapat dibuka" in result.stderr and str(made) in result.stderr
    assert "Traceback" not in result.stderr


def test_a_failed_daily_backup_is_shown_once_without_blocking(qtbot, tmp_path, gui_run, monkeypatch):
    db = tmp_path / "kantor.db"
    Office(db).close()
    (tmp_path / "backups").write_text("sebuah berkas di tempat folder cadangan")
    notices = []
    monkeypatch.setattr(messages, "notify", lambda parent, text, title=None: notices.append(text))
    args = build_parser().parse_args(["--db", str(db), "--smoke"])
    args.sopcase = None
    assert app_module.run_gui(args) == 0   # the office keeps working
    [window] = gui_run
    assert len(notices) == 1 and notices[0].startswith("Cadangan harian tidak dibuat.")
    assert window.backup_label.text() == "Cadangan harian gagal" and not window.backup_label.isHidden()
    assert window.backup_label.toolTip() == notices[0]


def test_notify_does_not_block(qtbot, monkeypatch):
    monkeypatch.setattr(messages, "_noninteractive", False)
    messages.notify(None, "Cadangan harian tidak dibuat. Diska penuh.")  # returns at once: nothing to click
    [box] = [b for b in messages._notices if b.isVisible()]
    assert box.text() == "Cadangan harian tidak dibuat. Diska penuh." and not box.isModal()
    box.close()


def test_unexpected_error_in_background_work_is_reported(qtbot, window, dialogs):
    dialogs.allow_unexpected = True

    def boom(_progress):
        raise RuntimeError("rusak di dalam")
    task = window.start_task(data_dialogs.Task(window, "Uji", "Sebentar…", boom))
    wait_done(qtbot, task)
    assert "RuntimeError: rusak di dalam" in dialogs.texts("unexpected")[0]  # the usual report, not a crash


def test_a_smoke_run_leaves_no_timer_behind(qtbot, tmp_path, gui_run, monkeypatch):
    """Its paint and watchdog timers stop with it: a watchdog firing after exec() returned would make
    every later event loop in the process (the tests' waits included) return at once."""
    timers = []

    class Recorded(QTimer):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            timers.append(self)
    monkeypatch.setattr(app_module, "QTimer", Recorded)
    db = tmp_path / "kantor.db"
    args = build_parser().parse_args(["--db", str(db), "--smoke"])
    args.sopcase = None
    assert app_module.run_gui(args) == 0
    assert len(timers) >= 2 and not any(t.isActive() for t in timers)
