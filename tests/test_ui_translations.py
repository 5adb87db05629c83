"""The English translation: complete, compiled, and installed when the PC's language is English."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication

from sopdesk.resources import resource_path
from sopdesk.ui.shell import i18n

TS = resource_path("translations", "sopdesk_en.ts")
QM = resource_path("translations", "sopdesk_en.qm")


def test_every_english_entry_is_translated():
    root = ET.parse(TS).getroot()
    unfinished = [(ctx.findtext("name"), m.findtext("source")) for ctx in root.iter("context")
                  for m in ctx.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                  or not (m.find("translation").text or len(m.find("translation")))]
    assert not unfinished, f"untranslated: {unfinished[:10]}"
    assert root.get("sourcelanguage") == "id" and root.get("language") == "en"


def test_compiled_qm_loads_and_is_newer_than_ts():
    assert QTranslator().load(str(QM))
    assert QM.stat().st_mtime >= TS.stat().st_mtime - 1


@pytest.fixture
def english(qapp):
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "id")


def test_window_in_english(qtbot, office, english):
    from sopdesk.ui.shell.main_window import MainWindow
    w = MainWindow(office, restore_layout=False)
    qtbot.addWidget(w)
    assert [a.text() for a in w.menuBar().actions()] == ["&File", "&Case", "&SOP", "&Reports", "&Settings", "&Help"]
    assert w.case_list.empty.title.text() == "No cases yet."
    assert w.tabs.tabText(0) == "Cases"
    model = w.case_list.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Title"


def test_module_level_strings_and_months_in_english(english):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from sopdesk.ui.kit.formatting import short_datetime
    assert short_datetime(datetime(2027, 5, 4, 2, 15, tzinfo=UTC), ZoneInfo("Asia/Jakarta")) == "4 May 2027 09:15"
    assert QApplication.translate("messages", "Perhatian") == "Attention"


def test_plurals_and_placeholders_in_english(english):
    from sopdesk.ui.kit.formatting import working_time
    assert working_time(2 * 480 + 60, 480) == "2 days 1 hour"
    assert working_time(480 + 120, 480) == "1 day 2 hours"
    root = ET.parse(TS).getroot()
    counted = [m for m in root.iter("message") if "%n" in m.findtext("source")]
    # lupdate keeps a plural only for self.tr(text, "", n); translate(ctx, text, None, n) would lose it
    assert counted and all(m.get("numerus") == "yes" for m in counted)


def test_back_to_indonesian(qapp):
    i18n.install(qapp, "id")
    assert QApplication.translate("messages", "Perhatian") == "Perhatian"
    assert i18n.current_language() == "id"


def test_ts_covers_every_string_in_the_ui_sources(tmp_path):
    """A string added to sopdesk/ui/ without refreshing the .ts would stay Indonesian in English mode."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    ui = Path(__file__).resolve().parent.parent / "sopdesk" / "ui"
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sorted(str(p) for p in ui.rglob("*.py")), "-source-language", "id",
                    "-target-language", "en", "-ts", str(fresh)], check=True, capture_output=True)

    def entries(path):
        root = ET.parse(path).getroot()
        return {(ctx.findtext("name"), m.findtext("source")) for ctx in root.iter("context") for m in ctx.iter("message")}
    missing = entries(fresh) - entries(TS)
    assert not missing, ("strings missing from sopdesk_en.ts (see resources/translations/README.md): "
                         f"{sorted(missing)[:10]}")
