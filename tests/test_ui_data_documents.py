"""The case tab hosts the documents: "Alur" (the swimlane, the default) and "Dokumen" (the PK editor and
what is made from it); Ctrl+P prints what is shown."""
from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from sopdesk.app.paperwork import load_pk
from sopdesk.ui.paperwork import print_preview
from sopdesk.ui.paperwork.documents_panel import DocumentsPanel
from tests.ui_helpers import HANG_MS, press

SEED = "penyusunan-perencanaan-kinerja"


@pytest.fixture
def printed(monkeypatch):
    """What would have gone to the printer: (pdf bytes, title)."""
    jobs = []
    monkeypatch.setattr(print_preview, "print_pdf",
                        lambda parent, data, *, title, paper="F4": jobs.append((data, title)) or True)
    return jobs


@pytest.fixture
def tab(qtbot, window, office):
    case_id = office.new_case(SEED, "Penyusunan PK Tahun 2027", year=2027, ref_number="800/12/2027")
    office.start_step(case_id, 1, by="Drs. SAPTONO SUPRIYANTO")
    widget = window.open_case(case_id)
    qtbot.waitExposed(widget)
    return widget


def text_of(data: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(BytesIO(data)).pages)


def test_the_swimlane_is_the_default_and_documents_are_built_when_first_shown(tab):
    assert [tab.pages.tabText(i) for i in range(tab.pages.count())] == ["Alur", "Dokumen"]
    assert tab.pages.currentIndex() == 0 and tab.swimlane.isVisible()
    assert tab.documents is None                      # opening a case stays fast
    tab.pages.setCurrentIndex(1)
    assert isinstance(tab.documents, DocumentsPanel) and tab.documents.isVisible()
    assert tab.documents.case_id == tab.case_id


def test_ctrl_p_on_alur_prints_the_case_report(qtbot, window, tab, printed):
    assert window.print_action.isEnabled()
    press(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=HANG_MS)  # drawn in a worker first
    [(data, title)] = printed
    assert "Penyusunan PK Tahun 2027" in title
    text = text_of(data)
    assert "LAPORAN PELAKSANAAN SOP" in text and "Penyusunan PK Tahun 2027" in text


def test_ctrl_p_on_dokumen_prints_the_pk(qtbot, window, office, tab, printed):
    tab.show_documents()
    tab.documents.editor.setFocus()  # the panel's own Ctrl+P must not make the key ambiguous
    press(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    [(data, title)] = printed
    assert title == "Perjanjian Kinerja Tahun 2027"
    assert "PERJANJIAN KINERJA" in text_of(data).upper()
    assert load_pk(office, tab.case_id) is not None   # saved before printing


def test_print_is_off_on_the_case_list(window, tab):
    window.tabs.setCurrentWidget(window.case_list)
    assert not window.print_action.isEnabled()
    window.tabs.setCurrentWidget(tab)
    assert window.print_action.isEnabled()


def test_closing_the_tab_saves_what_is_typed_in_the_pk(qtbot, window, office, tab):
    panel = tab.show_documents()
    panel.editor.place.setFocus()
    panel.editor.place.selectAll()
    qtbot.keyClicks(panel.editor.place, "Kebasen")
    window.close_current_tab()
    assert window.case_tab(tab.case_id) is None
    assert load_pk(office, tab.case_id).place == "Kebasen"
