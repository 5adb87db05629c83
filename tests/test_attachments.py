"""Attachments of a case: stored in the database, listed, saved byte for byte, carried by .sopcase,
never deleted; and the "Lampiran kasus" section of the case screen, driven as a user would."""
from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from sopdesk.app import attachments as att
from sopdesk.app.office import Office
from sopdesk.app.transfer import export_case, import_case
from sopdesk.ui.kit import messages
from tests.crafted import docx_bytes, xlsx_bytes

pytestmark = pytest.mark.databases  # db_target and office: SQLite and PostgreSQL (conftest.py)

SEED = "penyusunan-perencanaan-kinerja"
CAMAT = "Drs. SAPTONO SUPRIYANTO"


@pytest.fixture
def case_id(office):
    return office.new_case(SEED, "Penyusunan PK Tahun 2027", year=2027)


@pytest.fixture
def scan(tmp_path):
    """A "scanned" Surat Edaran: bytes of every value, so any text/newline mangling would show."""
    p = tmp_path / "SE Bupati - Penyusunan PK 2027.pdf"
    p.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 400 + b"\r\n\x00end")
    return p


def big_file(path, size):
    with open(path, "wb") as f:
        f.truncate(size)  # sparse: instant, and the size is what is checked first
    return path


# -- the use cases -----------------------------------------------------------------

def test_added_listed_and_read_back_byte_identical(office, case_id, scan):
    a = att.add_attachment(office, case_id, scan, by=CAMAT, step=1)
    [info] = att.list_attachments(office, case_id)
    assert info.id == a and info.filename == scan.name and info.size == scan.stat().st_size
    assert info.step == 1 and info.added_by == CAMAT and info.mime == "application/pdf"
    assert info.voided_by is None and info.added_at is not None
    assert att.attachment_data(office, a) == scan.read_bytes()
    # The history says who added what, on which step.
    notes = [e for e in office.case(case_id).events if e.kind == "note"]
    assert [(n.step, n.note, n.by) for n in notes] == [(1, f"Lampiran ditambahkan: {scan.name}", CAMAT)]
    assert info.event_id == notes[0].id


def test_case_level_attachment_and_order(office, case_id, tmp_path):
    first = tmp_path / "a.txt"
    first.write_text("satu")
    second = tmp_path / "b.xlsx"
    second.write_bytes(xlsx_bytes())
    att.add_attachment(office, case_id, first)
    att.add_attachment(office, case_id, second, step=4)
    infos = att.list_attachments(office, case_id)
    assert [(i.filename, i.step) for i in infos] == [("a.txt", None), ("b.xlsx", 4)]


def test_60_mb_file_refused_with_a_plain_message_and_nothing_written(office, case_id, tmp_path):
    huge = big_file(tmp_path / "pindaian besar.pdf", 60 * 1024 * 1024)
    with pytest.raises(att.AttachmentError) as e:
        att.add_attachment(office, case_id, huge, step=1)
    text = str(e.value)
    assert "pindaian besar.pdf" in text and "terlalu besar (60,0 MB)" in text and "paling besar 50 MB" in text
    assert att.list_attachments(office, case_id) == []
    assert office.case(case_id).events == []


def test_limit_is_inclusive(office, case_id, tmp_path, monkeypatch):
    monkeypatch.setattr(att, "MAX_BYTES", 1000)
    ok = tmp_path / "pas.bin"
    ok.write_bytes(b"x" * 1000)
    over = tmp_path / "lebih.bin"
    over.write_bytes(b"x" * 1001)
    att.add_attachment(office, case_id, ok)
    with pytest.raises(att.AttachmentError, match="terlalu besar"):
        att.add_attachment(office, case_id, over)


@pytest.mark.parametrize("make, words", [
    (lambda d: d / "tidak-ada.pdf", "tidak ditemukan"),
    (lambda d: ((d / "kosong.pdf").write_bytes(b"") and None) or d / "kosong.pdf", "kosong"),
    (lambda d: d, "folder"),
])
def test_unusable_files_refused(office, case_id, tmp_path, make, words):
    with pytest.raises(att.AttachmentError, match=words):
        att.add_attachment(office, case_id, make(tmp_path))
    assert att.list_attachments(office, case_id) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions that bind")
def test_unreadable_file_refused(office, case_id, scan):
    scan.chmod(0)
    try:
        with pytest.raises(att.AttachmentError, match="tidak dapat dibaca"):
            att.add_attachment(office, case_id, scan)
    finally:
        scan.chmod(0o600)


def test_unknown_step_and_case_refused(office, case_id, scan):
    with pytest.raises(att.AttachmentError, match="Langkah 99 tidak ada"):
        att.add_attachment(office, case_id, scan, step=99)
    with pytest.raises(att.AttachmentError, match="Kasus nomor 4242 tidak ada"):
        att.add_attachment(office, 4242, scan)
    with pytest.raises(att.AttachmentError, match="Lampiran nomor 7 tidak ada"):
        att.attachment_data(office, 7)
    assert att.list_attachments(office, case_id) == []


def test_save_as_and_temp_copy(office, case_id, scan, tmp_path):
    a = att.add_attachment(office, case_id, scan)
    with pytest.raises(att.AttachmentError, match="tidak ada"):
        att.save_attachment(office, a, tmp_path / "tidak-ada" / "x.pdf")
    out = att.save_attachment(office, a, tmp_path / "salinan.pdf")
    assert out.read_bytes() == scan.read_bytes()
    temp = att.temp_copy(office, a)
    assert temp.name == scan.name and temp.read_bytes() == scan.read_bytes()
    assert not os.access(temp, os.W_OK) or os.geteuid() == 0
    assert att.temp_copy(office, a) == temp  # opened again: the same copy


def test_temp_copies_of_two_databases_do_not_mix(tmp_path, scan):
    one, two = Office(tmp_path / "satu.db"), Office(tmp_path / "dua.db")
    try:
        other = tmp_path / scan.name.replace("SE", "XX")
        other.write_bytes(b"lain" * 10)
        a1 = att.add_attachment(one, one.new_case(SEED, "A"), scan)
        a2 = att.add_attachment(two, two.new_case(SEED, "B"), other)
        assert a1 == a2 == 1
        assert att.temp_copy(one, a1).read_bytes() == scan.read_bytes()
        assert att.temp_copy(two, a2).read_bytes() == other.read_bytes()
    finally:
        one.close()
        two.close()


def test_file_names_safe_on_windows():
    assert att.safe_file_name('surat: "penting"?.pdf') == "surat_ _penting__.pdf"
    assert att.safe_file_name("a/b\\c.") == "a_b_c"
    assert att.safe_file_name("...") == "lampiran"


def test_marked_wrong_by_a_correction_never_deleted(office, case_id, scan):
    a = att.add_attachment(office, case_id, scan, step=1)
    [info] = att.list_attachments(office, case_id)
    correction = office.correct(case_id, info.event_id, reason="salah berkas, bukan SE yang benar")
    [info] = att.list_attachments(office, case_id)
    assert info.voided_by == correction
    assert att.attachment_data(office, a) == scan.read_bytes()  # still there: the audit trail keeps it


def test_carried_through_sopcase_export_and_import(office, case_id, scan, tmp_path):
    att.add_attachment(office, case_id, scan, by=CAMAT, step=1)
    wrong = tmp_path / "keliru.docx"
    wrong.write_bytes(docx_bytes("bukan ini"))
    att.add_attachment(office, case_id, wrong, step=4)
    office.correct(case_id, att.list_attachments(office, case_id)[1].event_id, reason="keliru")
    path = export_case(office, case_id, tmp_path / "kasus.sopcase")
    other = Office(tmp_path / "lain.db")
    try:
        result = import_case(other, path)
        assert result.new and result.attachments_added == 2
        got = att.list_attachments(other, result.case_id)
        assert [(i.filename, i.step, i.added_by, i.voided_by is not None) for i in got] == \
            [(scan.name, 1, CAMAT, False), ("keliru.docx", 4, "", True)]
        assert att.attachment_data(other, got[0].id) == scan.read_bytes()
        # The same file again adds nothing.
        again = import_case(other, path)
        assert not again.new and again.attachments_added == 0
        assert len(att.list_attachments(other, result.case_id)) == 2
    finally:
        other.close()


# -- the case screen -----------------------------------------------------------------

@pytest.fixture
def view(qtbot, office, case_id):
    from sopdesk.ui.cases.case_view import CaseViewWidget
    w = CaseViewWidget(office, case_id)
    qtbot.addWidget(w)
    w.resize(1280, 760)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def opened(monkeypatch):
    paths = []
    monkeypatch.setattr(messages, "open_with_system", lambda path: paths.append(path) or True)
    return paths


def test_section_is_empty_at_first_and_says_how_to_add(view):
    section = view.attachments
    assert section.isVisible() and section.empty.isVisible() and not section.list.isVisible()
    assert "seret berkas" in section.empty.text()
    assert section.title.text() == "Lampiran kasus"


def test_add_through_the_button_lists_it_and_shows_the_history_note(qtbot, view, office, case_id, scan, monkeypatch):
    view.select_step(1)
    monkeypatch.setattr(messages, "choose_open_files", lambda *a, **k: [str(scan)])
    qtbot.mouseClick(view.attachments.add_button, Qt.MouseButton.LeftButton)
    section = view.attachments
    assert section.list.count() == 1 and section.title.text() == "Lampiran kasus (1)"
    item = section.list.item(0)
    assert scan.name in item.text() and "(langkah 1 · " in item.text()
    assert att.list_attachments(office, case_id)[0].step == 1
    assert any(f"Lampiran ditambahkan: {scan.name}" in view.history.item(i).text()
               for i in range(view.history.count()))


def test_save_as_writes_the_same_bytes(qtbot, view, office, case_id, scan, tmp_path, dialogs):
    att.add_attachment(office, case_id, scan, step=1)
    view.refresh()
    dialogs.save_path = str(tmp_path / "disimpan.pdf")
    view.attachments.list.setCurrentRow(0)
    qtbot.mouseClick(view.attachments.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "disimpan.pdf").read_bytes() == scan.read_bytes()


def test_double_click_opens_a_read_only_copy(qtbot, view, office, case_id, scan, opened):
    att.add_attachment(office, case_id, scan)
    view.refresh()
    lst = view.attachments.list
    rect = lst.visualItemRect(lst.item(0))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click's first press
    qtbot.mouseDClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1
    with open(opened[0], "rb") as f:
        assert f.read() == scan.read_bytes()
    assert not (os.stat(opened[0]).st_mode & stat.S_IWUSR)


def test_too_big_file_is_refused_in_the_window(qtbot, view, office, case_id, tmp_path, monkeypatch, dialogs):
    huge = big_file(tmp_path / "besar.pdf", 60 * 1024 * 1024)
    monkeypatch.setattr(messages, "choose_open_files", lambda *a, **k: [str(huge)])
    view.attachments.choose_and_add()
    assert len(dialogs.texts("warn")) == 1 and "terlalu besar (60,0 MB)" in dialogs.texts("warn")[0]
    assert att.list_attachments(office, case_id) == []


def test_some_files_refused_others_kept(view, office, case_id, scan, tmp_path, dialogs):
    huge = big_file(tmp_path / "besar.pdf", 60 * 1024 * 1024)
    added = view.attachments.add_files([str(scan), str(huge)], step=None)
    assert len(added) == 1
    assert "besar.pdf" in dialogs.texts("problems")[0]
    assert [i.filename for i in att.list_attachments(office, case_id)] == [scan.name]


def drop(view, paths):
    """What Qt hands the case view when files are dropped on it (a real drag needs a window system)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(view.width() // 2, view.height() // 2), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dragEnterEvent(enter)
    event = QDropEvent(QPointF(view.width() / 2, view.height() / 2), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)
    drop.kept = mime  # alive until the deferred handler ran
    return enter, event


def test_files_dropped_on_the_case_are_attached_after_confirmation(qtbot, view, office, case_id, scan, dialogs):
    view.select_step(2)
    dialogs.answer = True
    enter, event = drop(view, [scan])
    assert enter.isAccepted() and event.isAccepted()
    qtbot.waitUntil(lambda: view.attachments.list.count() == 1)
    assert "langkah 2" in dialogs.texts("ask")[0] and "tidak dapat dihapus" in dialogs.texts("ask")[0]
    assert att.list_attachments(office, case_id)[0].step == 2


def test_only_local_files_are_taken(view, tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/surat.pdf"), QUrl.fromLocalFile(str(tmp_path))])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    view.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_drop_cancelled_adds_nothing(qtbot, view, office, case_id, scan, dialogs):
    dialogs.answer = False
    drop(view, [scan])
    qtbot.waitUntil(lambda: len(dialogs.texts("ask")) == 1)
    assert att.list_attachments(office, case_id) == []


def test_marked_wrong_attachment_is_shown_struck_through(view, office, case_id, scan):
    att.add_attachment(office, case_id, scan, step=1)
    office.correct(case_id, att.list_attachments(office, case_id)[0].event_id, reason="keliru")
    view.refresh()
    assert "ditandai salah (koreksi #2)" in view.attachments.list.item(0).text()


def test_imported_case_shows_its_attachments(qtbot, window, office, tmp_path, scan, dialogs):
    source = Office(tmp_path / "sumber.db")
    try:
        cid = source.new_case(SEED, "Kasus dari PC lain", year=2027)
        att.add_attachment(source, cid, scan, step=1)
        path = export_case(source, cid, tmp_path / "dari-pc-lain.sopcase")
    finally:
        source.close()
    dialogs.answer = True
    task = window.import_case_file(path)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    tab = window.tabs.currentWidget()
    assert tab.view_data.title == "Kasus dari PC lain"
    assert tab.attachments.list.count() == 1 and scan.name in tab.attachments.list.item(0).text()
