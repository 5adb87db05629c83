"""The case screen read at a glance and recorded by the right person, driven as a user would:
zoom buttons and keys, headings that stay while the rows scroll, a legend never cut, the panel
moving on after Selesai, the lane's officials first, typed moments, "Ubah waktu…"."""
from __future__ import annotations

import os
import sqlite3
from datetime import timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from helpers import DECISION_SOP, FixedClock, wib
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from sopdesk.app.office import Office
from sopdesk.domain import case as engine
from sopdesk.domain.office import Official
from sopdesk.ui.cases import record_dialog
from sopdesk.ui.cases.case_view import EVENT_ID_ROLE, CaseViewWidget, people
from sopdesk.ui.kit import state_style as ss
from sopdesk.ui.settings import pc_settings
from tests.ui_helpers import HANG_MS, press

SEED = "penyusunan-perencanaan-kinerja"
AGUS, SITI, RINA, BUDI = "Agus Priyanto", "Siti Rahayu", "Rina Wulandari", "Budi Santoso"
CAMAT = "Drs. SAPTONO SUPRIYANTO"   # the seed office's Camat


@pytest.fixture
def clock():
    return FixedClock(wib(2027, 1, 11, 8, 0))  # Monday


@pytest.fixture
def office(tmp_path, clock):
    o = Office(tmp_path / "t.db", clock=clock)
    o.save_official(Official(AGUS, "Staf"))
    o.save_official(Official(SITI, "Staf Penerima Surat", nip="199001012015032001"))
    o.save_official(Official(RINA, "Staf"))
    o.save_official(Official(BUDI, "Kepala Subbagian Perencanaan dan Keuangan"))
    yield o
    o.close()


@pytest.fixture
def case_id(office):
    return office.new_case(SEED, "Penyusunan PK Tahun 2027")


@pytest.fixture(autouse=True)
def nobody_at_this_pc():
    pc_settings.set_default_official("")
    yield
    pc_settings.set_default_official("")


def open_case(qtbot, office, cid, w=1366, h=700) -> CaseViewWidget:
    view = CaseViewWidget(office, cid)
    qtbot.addWidget(view)
    view.resize(w, h)
    view.show()
    qtbot.waitExposed(view)
    return view


def text_pixels(w: CaseViewWidget) -> float:
    """The activity text's size on screen, in pixels."""
    return w.scene.layout.style.font_size * w.swimlane.transform().m11()


def column_right(w: CaseViewWidget, key: str) -> float:
    return next(c.right for c in w.scene.layout.columns if c.key == key)


# -- reading ---------------------------------------------------------------------------------

def test_a_case_opens_fitted_to_the_width_with_text_of_about_12_pixels(qtbot, office, case_id):
    w = open_case(qtbot, office, case_id)
    assert 11.0 <= text_pixels(w) <= 14.0
    vp = w.swimlane.viewport().rect()
    right = w.swimlane.mapFromScene(QPointF(w.scene.layout.width, w.scene.layout.header_height + 1))
    assert right.x() <= vp.right() + 1     # the whole width, Realisasi and Ket. included
    assert not w.swimlane.horizontalScrollBar().isVisible()


def test_a_narrow_screen_scrolls_sideways_instead_of_shrinking_the_text(qtbot, office, case_id):
    w = open_case(qtbot, office, case_id, 980, 560)
    assert text_pixels(w) >= 10.0
    assert w.swimlane.horizontalScrollBar().maximum() > 0
    bar = w.swimlane.horizontalScrollBar()
    assert bar.value() == bar.minimum()
    # No. and the activity are in view, and so are their headings
    activity = column_right(w, "activity")
    for view in (w.swimlane, w.swimlane.header_view):
        left = view.mapFromScene(QPointF(0, 0)).x()
        right = view.mapFromScene(QPointF(activity, 0)).x()
        assert left >= 0 and right <= view.viewport().width()


def test_the_zoom_buttons_and_keys(qtbot, office, case_id):
    w = open_case(qtbot, office, case_id)
    texts = [b.text() for b in w.zoom_buttons]
    assert texts == ["Perkecil", "100%", "Perbesar", "Pas Layar"]
    assert all(b.isVisible() for b in w.zoom_buttons)
    z0 = w.swimlane.zoom()
    assert w.zoom_label.text() == f"{round(z0 * 100)} %"
    qtbot.mouseClick(w.zoom_buttons[2], Qt.MouseButton.LeftButton)
    assert w.swimlane.zoom() == pytest.approx(z0 * 1.25)
    assert w.zoom_label.text() == f"{round(z0 * 125)} %"
    qtbot.mouseClick(w.zoom_buttons[0], Qt.MouseButton.LeftButton)
    assert w.swimlane.zoom() == pytest.approx(z0)
    qtbot.mouseClick(w.zoom_buttons[1], Qt.MouseButton.LeftButton)
    assert w.swimlane.zoom() == pytest.approx(1.0)
    # the keys work from the side panel too (one action: never ambiguous)
    press(qtbot, w.history, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert w.swimlane.zoom() == pytest.approx(1 / 1.25)
    press(qtbot, w.swimlane, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert w.swimlane.zoom() == pytest.approx(1.0)
    press(qtbot, w.history, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    whole = w.swimlane.mapFromScene(w.swimlane.full_rect()).boundingRect()
    assert whole.height() <= w.swimlane.viewport().height() + w.swimlane.header_view.height() + 2
    # the Dokumen page has no chart to zoom
    w.pages.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not w.zoom_bar.isVisible(), timeout=HANG_MS)
    assert not w.swimlane.act_zoom_in.isEnabled()
    w.pages.setCurrentIndex(0)
    assert w.zoom_bar.isVisible() and w.swimlane.act_zoom_in.isEnabled()


def test_the_headings_stay_in_view_while_the_rows_scroll(qtbot, office, case_id):
    w = open_case(qtbot, office, case_id, 1366, 560)
    header = w.swimlane.header_view
    bar = w.swimlane.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    assert header.isVisible()
    band = header.mapFromScene(QPointF(0, w.scene.layout.header_height)).y()
    assert abs(band - header.height()) <= 2                     # the whole band shows
    top = w.swimlane.mapToScene(0, 0).y()
    assert top > w.scene.layout.header_height + 50             # the rows under it have scrolled
    # the headings' columns line up with the rows' below them
    for key in ("no", "activity"):
        x = column_right(w, key)
        assert header.mapFromScene(QPointF(x, 0)).x() == w.swimlane.mapFromScene(QPointF(x, top)).x()
    # a click on the last row still selects it
    row = w.scene.row_rect(11)
    qtbot.mouseClick(w.swimlane.viewport(), Qt.MouseButton.LeftButton,
                     pos=w.swimlane.mapFromScene(QPointF(row.left() + 40, row.center().y())))
    assert w.selected_step == 11


@pytest.mark.parametrize("width", [1366, 900, 640])
def test_the_legend_is_never_cut(qtbot, office, case_id, width):
    w = open_case(qtbot, office, case_id, width, 700)
    legend = w.legend
    labels = list(legend.entries.findChildren(QLabel))
    assert len(labels) == len(ss.LOOKS) + 1
    visible = QRect(0, 0, legend.width(), legend.height())
    for lab in labels:
        rect = QRect(lab.mapTo(legend, lab.rect().topLeft()), lab.size())
        assert visible.contains(rect), (lab.text(), rect, visible)
        assert lab.width() >= lab.sizeHint().width(), lab.text()


# -- moving on after Selesai -----------------------------------------------------------------

class Answers:
    def __init__(self, monkeypatch):
        self.asked: list = []
        self.who = AGUS
        monkeypatch.setattr(record_dialog, "ask_record", self._record)
        monkeypatch.setattr(record_dialog, "ask_change_time", self._change_time)
        self.at = None
        self.new_time = None
        self.reason = "salah jam"

    def _record(self, parent, spec, submit):
        self.asked.append(spec)
        submit(record_dialog.RecordAnswer(who=self.who, at=self.at, decision=spec.decision))
        return True

    def _change_time(self, parent, spec, submit):
        self.asked.append(spec)
        submit(record_dialog.ChangeTimeAnswer(at=self.new_time, reason=self.reason, who=self.who))
        return True


@pytest.fixture
def answers(monkeypatch):
    return Answers(monkeypatch)


def click(qtbot, w, button):
    assert button.isVisible() and button.isEnabled(), button.toolTip()
    with qtbot.waitSignal(w.changes.case_changed, timeout=HANG_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_after_selesai_the_panel_moves_to_the_next_step_with_mulai_focused(qtbot, office, case_id, clock,
                                                                            answers):
    w = open_case(qtbot, office, case_id)
    a = w.actions_bar
    click(qtbot, w, a.start_button)
    assert w.window().focusWidget() is a.finish_button     # Selesai is at hand
    clock.moment += timedelta(minutes=3)
    click(qtbot, w, a.finish_button)
    assert w.selected_step == 2
    assert w.panel.title.text().startswith("Meneruskan surat")
    assert a.start_button.isEnabled()
    assert w.window().focusWidget() is a.start_button
    assert w.scene.selected_step == 2


def test_a_decision_step_offers_its_choice_once_started(qtbot, office, clock, answers):
    office.import_sop_text(DECISION_SOP)
    cid = office.new_case("cek-berkas", "Berkas Pak Darto")
    w = open_case(qtbot, office, cid)
    a = w.actions_bar
    click(qtbot, w, a.start_button)
    clock.moment += timedelta(minutes=3)
    click(qtbot, w, a.finish_button)
    assert w.selected_step == 2 and w.window().focusWidget() is a.start_button
    click(qtbot, w, a.start_button)
    assert a.yes_button.isVisible() and a.no_button.isVisible()
    assert w.window().focusWidget() is a.yes_button
    clock.moment += timedelta(minutes=5)
    click(qtbot, w, a.no_button)
    assert w.selected_step == 3 and w.window().focusWidget() is a.start_button   # back to ask for the papers


# -- the person ----------------------------------------------------------------------------

def who_items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_lanes_officials_come_first_and_the_pc_person_only_when_in_the_lane(qtbot, office):
    spec_people = people(office)
    pc_settings.set_default_official(SITI)
    staf = record_dialog.RecordDialog(record_dialog.RecordSpec(
        action="start", step_no=5, activity="Menyusun Draft", people=spec_people, tz=office.tz, now=office.now(),
        lane="Staf"), lambda a: 1)
    qtbot.addWidget(staf)
    items = who_items(staf.who)
    assert set(items[:3]) == {AGUS, SITI, RINA} and items[3] == ""   # the lane, a separator, the others
    assert BUDI in items[4:] and CAMAT in items[4:]
    assert staf.who.who() == SITI   # Siti works at this PC and is a Staf
    kasubbag = record_dialog.RecordDialog(record_dialog.RecordSpec(
        action="start", step_no=4, activity="Menyiapkan draft", people=spec_people, tz=office.tz,
        now=office.now(), lane="Kasubbag Perencanaan dan Keuangan"), lambda a: 1)
    qtbot.addWidget(kasubbag)
    assert who_items(kasubbag.who)[0] == BUDI
    assert kasubbag.who.who() == BUDI            # not Siti: the lane's only official
    sekretaris = record_dialog.RecordDialog(record_dialog.RecordSpec(
        action="start", step_no=7, activity="Koreksi", people=spec_people, tz=office.tz, now=office.now(),
        lane="Sekretaris"), lambda a: 1)
    qtbot.addWidget(sekretaris)
    assert sekretaris.who.who() == ""            # nobody in the lane: nobody guessed
    # any official can be chosen, by typing part of the name
    qtbot.keyClicks(sekretaris.who.lineEdit(), "budi")
    completer = sekretaris.who.completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == f"{BUDI} \u2014 Kepala Subbagian Perencanaan dan Keuangan"
    completer.activated.emit(completer.currentCompletion())
    assert sekretaris.who.who() == BUDI


def test_the_pc_person_is_found_by_nip_and_recording_never_sets_it(qtbot, office, case_id, clock):
    pc_settings.set_default_official("199001012015032001")   # Siti's NIP, as Settings stores it
    w = open_case(qtbot, office, case_id)
    seen = []

    def fill(parent, spec, submit):
        d = record_dialog.RecordDialog(spec, submit, parent)
        qtbot.addWidget(d)
        seen.append(d.who.who())
        d.who.setEditText(AGUS)
        d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return d.result() == QDialog.DialogCode.Accepted

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(record_dialog, "ask_record", fill)
        click(qtbot, w, w.actions_bar.start_button)
    assert seen == [SITI]            # step 1 is the Staf Penerima Surat's: Siti's lane
    assert office.case(case_id).state.steps[1].run.started_by == AGUS
    assert pc_settings.default_official() == "199001012015032001"


# -- typed moments ---------------------------------------------------------------------------

def test_the_time_field_reads_what_is_typed_and_says_what_it_did_not(qtbot, office, case_id, clock):
    clock.moment = wib(2027, 1, 11, 10, 0)
    office.start_step(case_id, 1, at=wib(2027, 1, 11, 8, 0))
    got = []

    def submit(answer):
        got.append(answer)
        return office.finish_step(case_id, 1, at=answer.at, by=answer.who)
    spec = record_dialog.RecordSpec(action="finish", step_no=1, activity="Menerima", people=(), tz=office.tz,
                                    now=office.now())
    d = record_dialog.RecordDialog(spec, submit)
    qtbot.addWidget(d)
    d.show()
    assert d.now_radio.isChecked()
    assert d.when.calendar_button.isVisible()
    qtbot.keyClicks(d.when.edit, "25.10")
    assert d.earlier_radio.isChecked()
    assert "Jam \u201c25.10\u201d tidak dikenal: jam 00\u201323, menit 00\u201359" in d.when.preview.text()
    qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not got and d.error.isVisible() and "25.10" in d.error.text()
    d.when.edit.clear()
    qtbot.keyClicks(d.when.edit, "hari ini 9.30")
    assert d.when.preview.text() == "Senin, 11 Januari 2027 09.30"
    d.when.edit.clear()
    qtbot.keyClicks(d.when.edit, "hari ini 11.30")         # the future: the engine says so
    qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "masa depan" in d.error.text() and d.isVisible()
    d.when.edit.clear()
    qtbot.keyClicks(d.when.edit, "11 Jan 2027 08.40")
    qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert d.result() == QDialog.DialogCode.Accepted
    assert office.case(case_id).state.steps[1].run.finished_at == wib(2027, 1, 11, 8, 40)


def test_the_calendar_picks_the_day_and_keeps_the_time(qtbot, office):
    field = record_dialog.TypedTimeField(office.tz, office.now())
    qtbot.addWidget(field)
    qtbot.keyClicks(field.edit, "kemarin 14.00")
    from PySide6.QtCore import QDate
    field.calendar.clicked.emit(QDate(2027, 1, 4))
    assert field.text() == "4/1/2027 14.00"
    assert field.moment() == wib(2027, 1, 4, 14, 0)


# -- Ubah waktu ------------------------------------------------------------------------------

def test_the_change_time_dialog_records_both_in_one_go(qtbot, office, case_id, clock):
    office.start_step(case_id, 1, at=wib(2027, 1, 11, 7, 50), by=SITI)
    clock.moment = wib(2027, 1, 11, 9, 0)
    fin = office.finish_step(case_id, 1, by=SITI)          # recorded "now" by mistake
    w = open_case(qtbot, office, case_id)
    dialogs = []

    def drive(parent, spec, submit):
        d = record_dialog.ChangeTimeDialog(spec, submit, parent)
        qtbot.addWidget(d)
        d.show()
        dialogs.append(d)
        assert d.when.text() == "11/1/2027 09.00"             # the old moment, ready to be typed over
        d.when.edit.selectAll()
        qtbot.keyClicks(d.when.edit, "11/1/2027 07.40")      # before the start: refused, nothing written
        qtbot.keyClicks(d.reason, "dicatat setelah rapat")
        qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert d.isVisible() and d.error.isVisible()
        d.when.edit.selectAll()
        qtbot.keyClicks(d.when.edit, "hari ini 7.55")
        assert d.when.preview.text() == "Senin, 11 Januari 2027 07.55"
        qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return d.result() == QDialog.DialogCode.Accepted

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(record_dialog, "ask_change_time", drive)
        click(qtbot, w, w.actions_bar.time_button)
    events = office.case(case_id).events
    assert [e.kind for e in events] == [engine.START, engine.FINISH, engine.CORRECTION, engine.FINISH]
    assert events[2].voids == fin and events[2].note == "dicatat setelah rapat"
    assert events[3].at == wib(2027, 1, 11, 7, 55) and events[3].by == SITI
    con = sqlite3.connect(office.target)
    assert con.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 4   # the refused try left nothing
    con.close()
    # the history shows the new entry on top, the old one struck through
    assert w.history.item(0).data(EVENT_ID_ROLE) == events[3].id
    assert w.history.newest_in_view()


def test_ubah_waktu_from_the_historys_menu_only_for_the_latest_start_or_finish(qtbot, office, case_id, clock,
                                                                            answers):
    start = office.start_step(case_id, 1, at=wib(2027, 1, 11, 7, 50))
    clock.moment = wib(2027, 1, 11, 9, 0)
    fin = office.finish_step(case_id, 1)
    note = office.add_note(case_id, "berkas lengkap", step=1)
    w = open_case(qtbot, office, case_id)

    def menu_for(event_id):
        row = next(i for i in range(w.history.count()) if w.history.item(i).data(EVENT_ID_ROLE) == event_id)
        pos = w.history.visualItemRect(w.history.item(row)).center()
        w.history.customContextMenuRequested.emit(pos)
        menu = w.history_menu
        acts = {a.text(): a for a in menu.actions()}
        menu.close()
        return acts

    assert not menu_for(note)["Ubah waktu…"].isEnabled()
    assert not menu_for(start)["Ubah waktu…"].isEnabled()
    assert not w.history_time.isEnabled()        # the start is selected (the menu selected it)
    acts = menu_for(fin)
    assert acts["Ubah waktu…"].isEnabled() and acts["Koreksi…"].isEnabled()
    assert w.history_time.isEnabled()
    answers.new_time = wib(2027, 1, 11, 8, 10)
    with qtbot.waitSignal(w.changes.case_changed, timeout=HANG_MS):
        acts["Ubah waktu…"].trigger()
    spec = answers.asked[-1]
    assert spec.event_id == fin and spec.old_at == wib(2027, 1, 11, 9, 0)
    assert office.case(case_id).state.steps[1].run.finished_at == wib(2027, 1, 11, 8, 10)


def test_the_history_keeps_the_newest_entry_in_view_after_a_change(qtbot, office, case_id, clock, answers):
    for n in range(12):
        office.add_note(case_id, f"catatan nomor {n} " + "dengan kata-kata yang cukup panjang " * 3, step=1)
    w = open_case(qtbot, office, case_id, 1366, 600)
    w.history.setCurrentRow(w.history.count() - 1)     # the oldest, scrolled down to it
    qtbot.waitUntil(lambda: not w.history.newest_in_view(), timeout=HANG_MS)
    click(qtbot, w, w.actions_bar.start_button)
    assert w.history.newest_in_view()
    assert "Mulai langkah 1" in w.history.item(0).text()
    # a re-read with nothing new (the minute timer) leaves the list where it is
    w.history.scrollToBottom()
    qtbot.waitUntil(lambda: not w.history.newest_in_view(), timeout=HANG_MS)
    w.refresh()
    assert not w.history.newest_in_view()


def test_a_note_is_written_by_this_pcs_person_whatever_the_lane(qtbot, office):
    pc_settings.set_default_official(SITI)
    d = record_dialog.NoteDialog(record_dialog.NoteSpec(9, "Menandatangani PK", people(office), lane="Camat"),
                                 lambda a: 1)
    qtbot.addWidget(d)
    assert who_items(d.who)[0] == CAMAT      # the lane first in the list
    assert d.who.who() == SITI               # but the note is Siti's
