"""Bantuan → Panduan (F1): the offline manual opens, every page loads, every link and picture resolves."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument

from sopdesk.ui.shell import help as manual_help
from tests.ui_helpers import HANG_MS, press

MANUAL = manual_help.manual_folder()


def open_manual(qtbot, window, key=Qt.Key.Key_F1):
    press(qtbot, window, key)
    manual = window.findChild(manual_help.ManualWindow)
    assert manual is not None, "F1 opened no manual"
    qtbot.waitUntil(manual.isVisible, timeout=HANG_MS)
    return manual


def test_f1_opens_the_manual_at_its_start_from_the_case_list(qtbot, window):
    assert window.manual_action.shortcut().toString() == "F1"
    assert "Panduan" in [a.text().replace("&", "") for a in window.menuBar().actions()[-1].menu().actions()]
    manual = open_manual(qtbot, window)
    assert not manual.isModal() and manual.isWindow()
    assert manual.current_page() == "index.md"
    assert manual.contents.currentItem().text() == "Panduan sopdesk"
    assert "Kasus dari awal sampai akhir" in manual.browser.toPlainText()
    # Opening it again reuses the one window.
    press(qtbot, window, Qt.Key.Key_F1)
    assert len(window.findChildren(manual_help.ManualWindow)) == 1


def test_f1_on_a_case_opens_the_case_page(qtbot, window, office):
    sop = office.sops()[0]
    case_id = office.new_case(sop.code, "Penyusunan PK Tahun 2027", year=2027)
    window.open_case(case_id)
    manual = open_manual(qtbot, window)
    assert manual.current_page() == "kasus.md"
    assert "Mulai dan Selesai" in manual.browser.toPlainText()
    window.case_tab(case_id).show_documents()
    press(qtbot, window, Qt.Key.Key_F1)
    assert manual.current_page() == "pk.md"


def test_every_page_is_in_the_contents_and_loads(qtbot):
    files = sorted(p.name for p in MANUAL.glob("*.md"))
    assert sorted(manual_help.PAGES) == files
    manual = manual_help.ManualWindow()
    qtbot.addWidget(manual)
    for row, name in enumerate(manual_help.PAGES):
        manual.contents.setCurrentRow(row)
        assert manual.current_page() == name
        text = manual.browser.toPlainText()
        assert text.startswith(manual_help.page_title(name)), name
        assert len(text) > 400, f"{name} is nearly empty"


@pytest.mark.parametrize("name", manual_help.PAGES)
def test_every_link_and_picture_resolves(name):
    for target in manual_help.page_links(name):
        if "://" in target:
            continue
        path = MANUAL / target.split("#")[0]
        assert path.is_file(), f"{name} links to {target}, which is missing"
        if path.suffix == ".png":
            image = QImage(str(path))
            assert not image.isNull() and image.width() <= 1000, f"{target}: unreadable or wider than 1000 px"
        else:
            assert path.name in manual_help.PAGES, f"{name} links to {target}, which is not in the contents"


def test_every_page_is_reachable_from_the_start_page():
    seen, todo = set(), ["index.md"]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += [t for t in manual_help.page_links(name) if t.endswith(".md")]
    assert seen == set(manual_help.PAGES)


def test_pictures_are_used_and_small():
    pictures = sorted((MANUAL / "gambar").glob("*.png"))
    assert pictures, "the manual has no pictures"
    used = {t for name in manual_help.PAGES for t in manual_help.page_links(name)}
    assert {f"gambar/{p.name}" for p in pictures} <= used, "a picture no page shows"
    assert sum(p.stat().st_size for p in MANUAL.rglob("*")) < 1_500_000


def test_links_between_pages_and_pictures_work_in_the_browser(qtbot):
    manual = manual_help.ManualWindow()
    qtbot.addWidget(manual)
    manual.resize(900, 600)
    manual.show()
    manual.show_page("index.md")
    # Follow the first link of the contents ("Langkah pertama") as a user would, by keyboard.
    manual.browser.setFocus()
    while manual.browser.textCursor().charFormat().anchorHref() != "mulai.md":
        qtbot.keyClick(manual.browser, Qt.Key.Key_Tab)
    qtbot.keyClick(manual.browser, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: manual.current_page() == "mulai.md", timeout=HANG_MS)
    assert manual.contents.currentItem().text() == "Langkah pertama"
    manual.show_page("pk.md")
    image = manual.browser.loadResource(int(QTextDocument.ResourceType.ImageResource),
                                        manual.browser.source().resolved(QUrl("gambar/pk.png")))
    assert isinstance(image, QImage) and not image.isNull()
    assert image.width() / image.devicePixelRatio() <= manual_help.IMAGE_MAX_WIDTH
    manual.back_button.click()
    assert manual.current_page() == "mulai.md"


def test_find_searches_this_page_then_the_others(qtbot):
    manual = manual_help.ManualWindow()
    qtbot.addWidget(manual)
    manual.show()
    press(qtbot, manual, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert manual.focusWidget() is manual.find_edit
    qtbot.keyClicks(manual.find_edit, "sopcase")
    qtbot.keyClick(manual.find_edit, Qt.Key.Key_Return)
    # The start page names .sopcase once, then the search moves on to the pages that explain it.
    assert manual.browser.textCursor().selectedText().lower() == "sopcase"
    first = manual.current_page()
    for _ in range(3):
        manual.find_next()
    assert manual.current_page() != first or manual.browser.textCursor().hasSelection()
    manual.find_edit.setText("kata-yang-tidak-ada-di-panduan")
    assert not manual.find_next()
    assert manual.find_status.text() == "Tidak ditemukan"


def test_manual_is_in_the_packaged_resources():
    """setup.py and the PyInstaller spec copy resources/ whole; check_install.py and .ci/packaging-check
    look for the manual in the bundle and the wheel."""
    import importlib.util
    root = Path(__file__).resolve().parent.parent
    spec = (root / "packaging" / "sopdesk.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "sopdesk/_resources")' in spec
    loader = importlib.util.spec_from_file_location("check_install", root / "packaging" / "check_install.py")
    check_install = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(check_install)
    patterns = check_install.REQUIRED_IN_BUNDLE["manual (Bantuan → Panduan)"]
    for pattern in patterns:   # as they would match the bundle, here on the source tree
        here = pattern.replace("**/sopdesk/_resources/", "")
        assert list((root / "resources").glob(here)), pattern
    assert 'resource_path("manual", "index.md")' in (root / ".ci" / "packaging-check").read_text(encoding="utf-8")


@pytest.fixture
def english(qapp):
    from sopdesk.ui.shell import i18n
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "id")


def test_the_manual_window_speaks_english_around_the_indonesian_manual(qtbot, window, english):
    manual = manual_help.ManualWindow(window)
    qtbot.addWidget(manual)
    assert manual.windowTitle() == "sopdesk manual"
    assert manual.home_button.text() == "Contents" and manual.back_button.text() == "Back"
    assert manual.find_edit.placeholderText().startswith("Search the manual")
    assert manual.contents.item(0).text() == "Panduan sopdesk"   # the manual itself stays Indonesian
