"""With English chosen, the main screens show no Indonesian of the program's own.

The walk opens the main window with the seed SOP and a case at a running step, the case list, the
case tab (swimlane, side panel with its offers and history), the SOP view, Settings, the PK editor
and a refusal, collects every visible text (labels, buttons, headers, cells, tooltips, menus, window
titles, the swimlane's drawn text) and looks for words that appear only when something went
untranslated. The SOP's own content and names people typed are data: they may be Indonesian.
"""
from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from helpers import FixedClock, wib
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from sopdesk.app.office import Office
from sopdesk.domain.office import Official
from sopdesk.ui.cases import swimlane_items
from sopdesk.ui.kit import errors, messages
from sopdesk.ui.shell import i18n
from tests.ui_helpers import HANG_MS

SEED = "penyusunan-perencanaan-kinerja"
AGUS = "Agus Priyanto"
# Words that appear on screen only when the program's own text went untranslated.
INDONESIAN = ("langkah", "Mulai", "Selesai", "dibuka", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu",
              "Minggu", "Januari", "Februari", "Maret", "Mei", "Juni", "Juli", "Agustus", "Oktober", "Desember",
              "Terlambat", "Petugas", "Catatan", "Kegiatan", "Simpan", "Batal", "sudah", "belum", "Kasus",
              "berjalan", "menunggu", "dicatat", "Tutup", "Berkas", "Pengaturan", "Hari", "Cuti", "Libur",
              "tidak", "tulis", "pilih", "dapat", "Tahun", "Sasaran", "Anggaran")
REAL_WARN = messages.warn   # taken before the dialogs fixture stands in for it
PATTERN = re.compile(r"\b(" + "|".join(INDONESIAN) + r")\b", re.IGNORECASE)


@pytest.fixture
def english(qapp):
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "id")


@pytest.fixture
def office(tmp_path):
    # Wednesday 4 November 2026: "Rabu, 4 November" is what leaked before
    o = Office(tmp_path / "t.db", clock=FixedClock(wib(2026, 11, 4, 10, 0)))
    o.save_official(Official(AGUS, "Staf Subbagian Perencanaan dan Keuangan"))
    yield o
    o.close()


@pytest.fixture
def case_id(office):
    cid = office.new_case(SEED, "Penyusunan PK Tahun 2027", ref_number="800/12/2027")
    office.start_step(cid, 1, by=AGUS, at=wib(2026, 11, 4, 8, 0))
    office.finish_step(cid, 1, by=AGUS, at=wib(2026, 11, 4, 8, 30))
    office.start_step(cid, 2, by=AGUS, at=wib(2026, 11, 4, 9, 0), note="surat diteruskan")
    return cid


def data_texts(office: Office, titles: tuple[str, ...] = ()) -> list[str]:
    """What people wrote: the SOP's own content, names, case titles, notes. Longest first, so a
    text is taken out before any shorter text inside it."""
    sop = office.sop(SEED)
    texts = {sop.name, sop.code, AGUS, "Staf Subbagian Perencanaan dan Keuangan", "surat diteruskan", *titles,
             "Hari Jadi Kabupaten Banyumas"}   # the example of an office holiday's name, as an office types it
    for s in sop.steps:
        texts |= {s.activity, s.lane, s.requirements or "", s.output or "", s.time or "", s.time.lower()}
        if s.is_decision:
            texts |= {s.yes_label or "", s.no_label or ""}
    for o in office.officials():
        texts |= {o.name, o.position, o.rank}
    return sorted((t for t in texts if t and len(t) > 2), key=len, reverse=True)


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out = []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    flat = isinstance(model, QAbstractListModel)   # a list model hides columnCount and hasChildren
    columns = 1 if flat else model.columnCount()
    for orientation, count in ((Qt.Orientation.Horizontal, columns),
                               (Qt.Orientation.Vertical, 0)):
        for section in range(count):
            for role in roles:
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    out.append(value)

    def walk(parent: QModelIndex) -> None:
        for row in range(min(model.rowCount(parent), 200)):
            for col in range(1 if flat else model.columnCount(parent)):
                index = model.index(row, col, parent)
                for role in roles:
                    value = index.data(role)
                    if isinstance(value, str):
                        out.append(value)
                if col == 0 and not flat and model.rowCount(index) > 0:
                    walk(index)
    walk(QModelIndex())
    return out


def _menu_texts(menu: QMenu) -> list[str]:
    out = [menu.title()]
    for action in menu.actions():
        out += [action.text(), action.toolTip(), action.statusTip()]
        if action.menu() is not None:
            out += _menu_texts(action.menu())
    return out


def visible_texts(window: QWidget) -> list[str]:
    """Every text a user can see or hover in `window` (its visible widgets)."""
    out = [window.windowTitle()]
    drawn: list[str] = []
    original = swimlane_items.SceneText.draw

    def record(self, painter, rect, text, size, **kwargs):
        if text:
            drawn.append(text)
        return original(self, painter, rect, text, size, **kwargs)

    for w in [window, *window.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        out.append(w.toolTip())
        if w.isWindow():
            out.append(w.windowTitle())
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabBar):
            out += [w.tabText(i) for i in range(w.count())] + [w.tabToolTip(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView):
            out += _model_texts(w)
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            scene = w.scene()
            out += [item.toolTip() for item in scene.items()]
            image = QImage(200, 200, QImage.Format.Format_ARGB32)
            painter = QPainter(image)
            swimlane_items.SceneText.draw = record
            try:
                scene.render(painter)
            finally:
                swimlane_items.SceneText.draw = original
                painter.end()
        for action in w.actions():
            out += [action.text(), action.toolTip()]
            if action.menu() is not None:
                out += _menu_texts(action.menu())
    return [t for t in out + drawn if t]


def untranslated(texts: list[str], data: list[str]) -> list[str]:
    found = []
    for text in texts:
        plain = re.sub(r"<[^>]+>|\{[a-z_]+\}", " ", text)   # markup, and a template's own {tahun}
        for d in data:
            plain = plain.replace(d, " ")
        if PATTERN.search(plain):
            found.append(text)
    return sorted(set(found))


def test_the_main_screens_show_no_indonesian_of_their_own_in_english(qtbot, office, case_id, english, monkeypatch):
    from sopdesk.ui.shell.main_window import MainWindow
    w = MainWindow(office, restore_layout=False)
    qtbot.addWidget(w)
    w.resize(1366, 728)
    w.show()
    data = data_texts(office, ("Penyusunan PK Tahun 2027", "800/12/2027"))
    qtbot.waitUntil(lambda: w.case_list.model.rowCount() == 1, timeout=HANG_MS)
    seen = {"case list": visible_texts(w)}

    view = w.open_case(case_id)
    view.select_step(3)   # waiting behind the running step 2: its offers are refused, with the reason
    assert not view.offers()["start"].allowed
    seen["case tab, waiting step"] = visible_texts(w)
    view.select_step(2)   # running: Finish offered
    seen["case tab, running step"] = visible_texts(w)
    view.select_step(1)   # done
    seen["case tab, finished step"] = visible_texts(w)

    documents = view.show_documents()
    qtbot.waitUntil(documents.isVisible, timeout=HANG_MS)
    seen["PK editor"] = visible_texts(w)
    view.show_flow()

    w.open_sop(SEED)
    seen["SOP view"] = visible_texts(w)

    settings = w.open_settings()
    qtbot.waitUntil(settings.isVisible, timeout=HANG_MS)
    for i in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(i)
        seen[f"Settings {i}"] = visible_texts(settings)
    settings.reject()

    # a refusal reaches the user's message box through messages.warn -> messages.report: in English too
    monkeypatch.setattr(messages, "warn", REAL_WARN)
    monkeypatch.setattr(messages, "problems", [])
    messages.set_noninteractive(True)   # report() takes the text instead of a modal box
    try:
        with errors.user_action(w):
            office.start_step(case_id, 5)
        with errors.user_action(w):
            office.finish_step(case_id, 1)
    finally:
        messages.set_noninteractive(False)
    seen["refusals"] = messages.problems
    assert seen["refusals"] == ["Step 5 cannot start yet: step 2 is still in progress.", "Step 1 is already finished."]

    leaks = {where: untranslated(texts, data) for where, texts in seen.items()}
    leaks = {k: v for k, v in leaks.items() if v}
    assert not leaks, "Indonesian on English screens:\n" + "\n".join(
        f"{where}: {texts}" for where, texts in leaks.items())


def test_the_walk_sees_the_side_panel_the_history_and_the_drawn_swimlane(qtbot, qapp, office, case_id, english):
    """The collector itself: it must see what the case screen shows, or the check above proves nothing."""
    from sopdesk.ui.shell.main_window import MainWindow
    w = MainWindow(office, restore_layout=False)
    qtbot.addWidget(w)
    w.show()
    view = w.open_case(case_id)
    view.select_step(3)
    texts = visible_texts(w)
    joined = "\n".join(texts)
    assert "Step 3 cannot start yet: step 2 is still in progress." in texts
    assert "opened Wednesday, 4 November 2026 10:00" in joined
    assert "Started step 2" in joined and "Finished step 1" in joined
    assert "Menerima Surat Edaran Tentang" in texts and "Actual" in texts   # drawn in the swimlane
    assert "&Case" in texts                                                  # the menus
    # and the same screen in Indonesian is caught
    i18n.install(qapp, "id")
    view.refresh()
    view.select_step(3)
    leaks = untranslated(visible_texts(w), data_texts(office, ("Penyusunan PK Tahun 2027", "800/12/2027")))
    assert "Langkah 3 belum dapat dimulai: langkah 2 masih berjalan." in leaks


def test_an_import_preview_says_what_it_leaves_out_in_english(tmp_path, english):
    import json

    from sopdesk.app.transfer import export_case, preview_import
    from sopdesk.ui.data.data_dialogs import preview_text
    from tests.crafted import DISGUISED, EXE, a_case, recraft, with_attachment
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    pc_a = Office(tmp_path / "a" / "kantor.db", clock=FixedClock(wib(2027, 1, 6, 12, 0)))
    pc_b = Office(tmp_path / "b" / "kantor.db", clock=FixedClock(wib(2027, 1, 6, 12, 0)))
    try:
        exported = export_case(pc_a, a_case(pc_a, tmp_path), tmp_path / "asli.sopcase", by="Dwi Lestari")

        def edit(payload, members):
            p, m = with_attachment(payload, members, filename=DISGUISED, data=EXE)
            payload.update(p)
            members.update(m)
            content = json.loads(payload["pk"]["content"])
            content["year"] = 1200
            payload["pk"]["content"] = json.dumps(content)
        crafted = recraft(exported, tmp_path / "jahat.sopcase", edit=edit)
        preview = preview_import(pc_b, crafted)
        assert preview.attachments_refused and preview.pk_refused   # the Indonesian words stay for the CLI
        text = preview_text(preview, pc_b.tz)
        refused = [line for line in text.splitlines() if line.startswith("   • ")]
        assert len(refused) == 1 and "Attachment refused." in refused[0], refused
        assert "PK contents: not imported: the PK content is not valid: Year (year): \"1200\" is not a 4-digit year" in text
        assert "bukan tahun 4 angka" in preview.pk_refused   # the CLI's words stay Indonesian
        assert not untranslated([text], ["Penyusunan PK Tahun 2027"])
    finally:
        pc_a.close()
        pc_b.close()


def test_the_dialogs_below_the_main_screens_show_no_indonesian_of_their_own_in_english(
        qtbot, office, case_id, english, tmp_path):
    """The record dialog with a time it does not understand, the PK editor with a stored PK it cannot read
    and a budget it cannot read, the monitoring and evaluation forms, the Word import with a missing
    lane, and Settings → Basis Data Kantor with a wrong address."""
    import json

    from PySide6.QtWidgets import QDialogButtonBox
    from sqlalchemy import update

    from sopdesk.app.sop_word import read_word_sop
    from sopdesk.store import tables
    from sopdesk.ui.cases import record_dialog
    from sopdesk.ui.paperwork.pk_editor import PkEditor
    from sopdesk.ui.reports.monev_evaluation import EvaluationFormDialog
    from sopdesk.ui.reports.monev_monitoring import MonitoringFormDialog
    from sopdesk.ui.settings.settings_dialog import SettingsDialog
    from sopdesk.ui.sops.word_import import WordImportDialog
    from tests.docx_builder import surat_masuk, write
    from tests.test_ui_pk_editor import type_row
    data = data_texts(office, ("Penyusunan PK Tahun 2027", "800/12/2027"))
    seen: dict[str, list[str]] = {}

    sop = office.sop(SEED)
    spec = record_dialog.RecordSpec(action="finish", step_no=2, activity=sop.step(2).activity, people=(),
                                    tz=office.tz, now=office.now(), lane=sop.step(2).lane)
    d = record_dialog.RecordDialog(spec, lambda answer: office.finish_step(case_id, 2, at=answer.at, by=AGUS))
    qtbot.addWidget(d)
    d.show()
    for typed in ("25.10", "31/02/2026 08.00", "Senin, 3 November 2026 08.05", "kemarin", "1 Dess 2026 08.05"):
        d.when.edit.clear()
        qtbot.keyClicks(d.when.edit, typed)
        qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert d.isVisible() and d.error.isVisible()
        seen[f"record dialog, {typed}"] = [t.replace(typed, " ") for t in visible_texts(d)]
    assert d.when.preview.text() == "Month \u201cDess\u201d is not known: write e.g. Dec, December or 12."
    d.reject()

    from sopdesk.app.paperwork import new_pk, save_pk
    save_pk(office, case_id, new_pk(office, case_id))
    with office.writing() as conn:   # as a case file from elsewhere might have left it
        conn.execute(update(tables.pk_contents).values(content=json.dumps({"year": "dua ribu"})))
    editor = PkEditor(office, case_id)
    qtbot.addWidget(editor)
    editor.resize(1300, 850)
    editor.show()
    assert editor.load_problem == "Year (year): \"dua ribu\" is not a 4-digit year; write e.g. year = 2027."
    seen["PK editor, unreadable stored PK"] = visible_texts(editor)
    type_row(qtbot, editor.programs.view, ["Program Penunjang", "satu juta", ""])
    qtbot.waitUntil(editor.programs.problem_label.isVisible, timeout=HANG_MS)
    assert "\"satu juta\" is not a sum of rupiah" in editor.programs.problem_label.text()
    seen["PK editor, unreadable budget"] = [t.replace("satu juta", " ").replace("Program Penunjang", " ")
                                            for t in visible_texts(editor)]
    editor.close()

    monitoring = MonitoringFormDialog(office, sop_code=SEED)
    qtbot.addWidget(monitoring)
    monitoring.show()
    qtbot.waitUntil(lambda: monitoring.load_task is not None and monitoring.load_task.done, timeout=HANG_MS)
    assert monitoring.form is not None
    # a step's note is the record's own text (prefilled in the form's language, Indonesian, for its PDF)
    monitoring_data = sorted({r.note for r in monitoring.form.rows} | set(data), key=len, reverse=True)
    seen["monitoring form"] = [t for t in visible_texts(monitoring) if t not in monitoring_data]
    monitoring.reject()
    evaluation = EvaluationFormDialog(office, sop_code=SEED)
    qtbot.addWidget(evaluation)
    evaluation.show()
    qtbot.waitUntil(lambda: evaluation.load_task is not None and evaluation.load_task.done, timeout=HANG_MS)
    seen["evaluation form"] = visible_texts(evaluation)
    evaluation.reject()

    from sopdesk.domain.period import Period
    from sopdesk.ui.reports.kinerja_view import KinerjaPage
    kinerja = KinerjaPage(office, sop_code=SEED, period=Period.semester(2026, 2))   # the running case's
    qtbot.addWidget(kinerja)
    kinerja.resize(1300, 700)
    kinerja.show()
    qtbot.waitUntil(lambda: kinerja.run is not None and kinerja.run.done and kinerja.stats is not None,
                    timeout=HANG_MS)
    qtbot.waitUntil(lambda: kinerja.durations_run is not None and kinerja.durations_run.done, timeout=HANG_MS)
    seen["kinerja"] = visible_texts(kinerja)
    kinerja.close()

    steps = surat_masuk("cell")
    steps[4].how = "none"   # step 5 has no lane: the dialog says so
    result = read_word_sop(write(tmp_path / "surat.docx", steps))
    word = WordImportDialog(office, result)
    qtbot.addWidget(word)
    word.show()
    assert not word.save_button.isEnabled()
    word_data = sorted({s.activity for s in result.sop.steps} | {s.lane for s in result.sop.steps}
                       | {s.output or "" for s in result.sop.steps} | {s.time or "" for s in result.sop.steps}
                       | {s.yes_label or "" for s in result.sop.steps} | {s.no_label or "" for s in result.sop.steps}
                       | {result.sop.name, "surat.docx", "Ya/Tidak"} | set(data) - {""}, key=len, reverse=True)
    word_data = [t for t in word_data if len(t) > 1]   # the file's own words, and its decision labels
    seen["Word import, a lane missing"] = visible_texts(word)
    word.reject()

    settings = SettingsDialog(office)
    qtbot.addWidget(settings)
    settings.show_page("office_database")
    settings.show()
    page = settings.office_database_page
    page.server_radio.setChecked(True)
    qtbot.keyClicks(page.host_edit, "server kantor")   # a space: not a host name
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    assert settings.isVisible()
    assert page.error_label.text() == "Server address 'server kantor' is not valid: write only the PC name or the IP address."
    seen["Settings, office database"] = [t.replace("server kantor", " ") for t in visible_texts(settings)]
    settings.reject()

    leaks = {where: untranslated(texts, word_data if where.startswith("Word") else data)
             for where, texts in seen.items()}
    leaks = {k: v for k, v in leaks.items() if v}
    assert not leaks, "Indonesian on English screens:\n" + "\n".join(
        f"{where}: {texts}" for where, texts in leaks.items())
