"""The case screen, driven as a user would: click a step, record it, see it change.

Dialogs are replaced by functions that "fill them in" (they call the dialog's
`submit` with the values a user would enter), because a modal dialog would
block the test; the dialogs themselves are tested directly at the end.
"""
from __future__ import annotations

import os
from datetime import timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from helpers import DECISION_SOP, FixedClock, wib
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sopdesk.app.office import Office
from sopdesk.domain.errors import UserError
from sopdesk.domain.office import Official
from sopdesk.ui.cases import record_dialog
from sopdesk.ui.cases.case_view import EVENT_ID_ROLE, VOIDED_ROLE, CaseViewWidget
from sopdesk.ui.kit import state_style as ss
from sopdesk.ui.settings import pc_settings
from sopdesk.ui.sops.sop_view import SopViewWidget
from tests.ui_helpers import HANG_MS

SEED = "penyusunan-perencanaan-kinerja"
AGUS, SITI = "Agus Priyanto", "Siti Rahayu"


@pytest.fixture
def clock():
    return FixedClock(wib(2027, 1, 11, 8, 0))  # Monday, a normal working week


@pytest.fixture
def office(tmp_path, clock):
    o = Office(tmp_path / "t.db", clock=clock)
    o.save_official(Official(AGUS, "Staf Subbagian Perencanaan dan Keuangan"))
    o.save_official(Official(SITI, "Staf Penerima Surat"))
    yield o
    o.close()


@pytest.fixture
def case_id(office):
    return office.new_case(SEED, "Penyusunan PK Tahun 2027", ref_number="800/12/2027")


class Answers:
    """Stands in for the dialogs: answers with the given values and remembers what was asked."""

    def __init__(self, monkeypatch):
        self.asked: list = []
        self.who = AGUS
        self.at = None
        self.note = ""
        self.decision = "keep"
        self.reason = "salah langkah"
        self.text = "berkas belum lengkap"
        monkeypatch.setattr(record_dialog, "ask_record", self._record)
        monkeypatch.setattr(record_dialog, "ask_note", self._note)
        monkeypatch.setattr(record_dialog, "ask_correction", self._correction)

    def _record(self, parent, spec, submit):
        self.asked.append(spec)
        decision = spec.decision if self.decision == "keep" else self.decision
        submit(record_dialog.RecordAnswer(who=self.who, at=self.at, note=self.note, decision=decision))
        return True

    def _note(self, parent, spec, submit):
        self.asked.append(spec)
        submit(record_dialog.NoteAnswer(who=self.who, text=self.text))
        return True

    def _correction(self, parent, spec, submit):
        self.asked.append(spec)
        submit(record_dialog.CorrectionAnswer(who=self.who, reason=self.reason))
        return True


@pytest.fixture
def answers(monkeypatch):
    return Answers(monkeypatch)


def open_case(qtbot, office, cid) -> CaseViewWidget:
    w = CaseViewWidget(office, cid)
    qtbot.addWidget(w)
    w.resize(1600, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


def step_point(w: CaseViewWidget, no: int) -> QPoint:
    """Where step `no`'s symbol is on the screen (scrolled into view first)."""
    sym = w.scene.layout.symbol_for(no)
    w.swimlane.ensureVisible(sym.rect.x, sym.rect.y, sym.rect.w, sym.rect.h, 10, 10)
    return w.swimlane.mapFromScene(QPointF(sym.rect.cx, sym.rect.cy))


def click_step(qtbot, w: CaseViewWidget, no: int) -> None:
    qtbot.mouseClick(w.swimlane.viewport(), Qt.MouseButton.LeftButton, pos=step_point(w, no))


def double_click_step(qtbot, w: CaseViewWidget, no: int) -> None:
    qtbot.mouseDClick(w.swimlane.viewport(), Qt.MouseButton.LeftButton, pos=step_point(w, no))


def press(qtbot, w: CaseViewWidget, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.toolTip()
    with qtbot.waitSignal(w.changes.case_changed, timeout=HANG_MS) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [w.case_id]


def history_texts(w: CaseViewWidget) -> list[str]:
    return [w.history.item(i).text() for i in range(w.history.count())]


# -- opening ---------------------------------------------------------------------

def test_a_new_case_opens_on_its_first_step_with_everything_waiting(qtbot, office, case_id):
    w = open_case(qtbot, office, case_id)
    assert set(w.scene.symbol_items) == set(range(1, 12))
    assert {item.state for item in w.scene.symbol_items.values()} == {ss.WAITING}
    assert w.scene.symbol_items[1].current and not w.scene.symbol_items[2].current
    assert w.selected_step == 1
    assert w.panel.title.text().startswith("Menerima Surat Edaran")
    assert w.header.title.text() == "Penyusunan PK Tahun 2027"
    assert "versi 1" in w.header.subtitle.text() and "800/12/2027" in w.header.subtitle.text()
    assert w.history.count() == 0
    assert w.scene.realisasi_items[1].text == "menunggu"
    # Mulai is offered on the first step; Selesai is not, and says why
    a = w.actions_bar
    assert a.start_button.isEnabled()
    assert not a.finish_button.isEnabled()
    assert a.finish_button.toolTip() == "Langkah 1 belum dimulai; catat dulu mulainya."


def test_opening_reads_the_case_once(qtbot, office, case_id, monkeypatch):
    calls = []
    real = office.case
    monkeypatch.setattr(office, "case", lambda cid: calls.append(cid) or real(cid))
    open_case(qtbot, office, case_id)
    assert calls == [case_id]


def test_clicking_a_step_shows_it_and_why_it_cannot_start(qtbot, office, case_id):
    w = open_case(qtbot, office, case_id)
    with qtbot.waitSignal(w.scene.stepSelected) as blocker:
        click_step(qtbot, w, 3)
    assert blocker.args == [3]
    assert w.selected_step == 3
    assert w.panel.title.text().startswith("Mendisposisikan Surat")
    assert w.panel.fields["lane"].text() == "Camat"
    assert w.panel.fields["standard"].text() == "10 menit"  # Waktu in lower case, as printed
    a = w.actions_bar
    assert not a.start_button.isEnabled()
    assert a.start_button.toolTip() == "Langkah 3 belum dapat dimulai: langkah berikutnya adalah langkah 1."
    assert a.hint.text() == a.start_button.toolTip()
    assert not a.correct_button.isEnabled()
    assert "Belum ada" in a.correct_button.toolTip()


# -- recording ---------------------------------------------------------------------

def test_start_and_finish_change_the_step_and_grow_the_history(qtbot, office, case_id, clock, answers):
    w = open_case(qtbot, office, case_id)
    click_step(qtbot, w, 1)
    item = w.scene.symbol_items[1]

    press(qtbot, w, w.actions_bar.start_button)
    assert answers.asked[-1].action == "start" and answers.asked[-1].step_no == 1
    assert item.state == ss.RUNNING_OK
    assert item.brush().color() == ss.look(ss.RUNNING_OK).fill
    assert item.current
    assert history_texts(w)[0].endswith(f"Mulai langkah 1 — {AGUS}")
    assert w.panel.fields["who"].text() == AGUS
    assert not w.actions_bar.start_button.isEnabled()
    assert w.actions_bar.finish_button.isEnabled()

    clock.moment += timedelta(minutes=3)
    press(qtbot, w, w.actions_bar.finish_button)
    assert item.state == ss.DONE_OK
    assert item.brush().color() == ss.look(ss.DONE_OK).fill
    assert not item.current and w.scene.symbol_items[2].current
    assert w.history.count() == 2
    assert "Selesai langkah 1" in history_texts(w)[0]
    assert w.scene.realisasi_items[1].text == f"3 mnt kerja · {AGUS}"
    assert [a.taken for a in w.scene.arrow_items if (a.from_step, a.to_step) == (1, 2)] == [True]
    assert not any(a.taken for a in w.scene.arrow_items if a.from_step == 2)


def test_a_state_change_restyles_the_items_it_does_not_rebuild_them(qtbot, office, case_id, answers):
    w = open_case(qtbot, office, case_id)
    before = {no: id(item) for no, item in w.scene.symbol_items.items()}
    count = len(w.scene.items())
    press(qtbot, w, w.actions_bar.start_button)
    assert {no: id(item) for no, item in w.scene.symbol_items.items()} == before
    assert len(w.scene.items()) == count


def test_double_click_records_what_the_step_allows(qtbot, office, case_id, clock, answers):
    w = open_case(qtbot, office, case_id)
    with qtbot.waitSignal(w.changes.case_changed):
        double_click_step(qtbot, w, 1)
    assert answers.asked[-1].action == "start"
    clock.moment += timedelta(minutes=2)
    with qtbot.waitSignal(w.changes.case_changed):
        double_click_step(qtbot, w, 1)
    assert answers.asked[-1].action == "finish"
    assert w.scene.symbol_items[1].state == ss.DONE_OK
    # step 5 cannot be recorded now: a double-click asks nothing
    double_click_step(qtbot, w, 5)
    assert len(answers.asked) == 2
    assert w.selected_step == 5


def test_overdue_and_late_steps_turn_red(qtbot, office, case_id, clock, answers):
    w = open_case(qtbot, office, case_id)
    press(qtbot, w, w.actions_bar.start_button)
    clock.moment += timedelta(minutes=12)  # the standard is 5 menit
    w.refresh()
    item = w.scene.symbol_items[1]
    assert item.state == ss.OVERDUE
    assert item.brush().color() == ss.look(ss.OVERDUE).fill
    assert w.header.state_badge.text() == "Lewat waktu"
    assert "(lewat 7 mnt)" in w.panel.fields["actual"].text()
    press(qtbot, w, w.actions_bar.finish_button)
    assert item.state == ss.DONE_LATE
    assert w.scene.realisasi_items[1].text == f"12 mnt kerja (terlambat) · {AGUS}"
    assert w.header.late_badge.isVisibleTo(w) and w.header.late_badge.text() == "1 langkah terlambat"


def test_an_earlier_moment_and_the_person_are_recorded(qtbot, office, case_id, clock, answers):
    w = open_case(qtbot, office, case_id)
    clock.moment = wib(2027, 1, 11, 9, 0)
    answers.at, answers.who, answers.note = wib(2027, 1, 11, 8, 15), SITI, "surat dari BKD"
    press(qtbot, w, w.actions_bar.start_button)
    run = office.case(case_id).state.steps[1].run
    assert run.started_at == wib(2027, 1, 11, 8, 15) and run.started_by == SITI
    assert w.panel.fields["started"].text() == "Senin, 11 Januari 2027 08.15"
    assert "surat dari BKD" in history_texts(w)[0]


def test_a_note_is_added_to_the_selected_step(qtbot, office, case_id, answers):
    w = open_case(qtbot, office, case_id)
    click_step(qtbot, w, 4)
    answers.text = "menunggu data Seksi Pemerintahan"
    press(qtbot, w, w.actions_bar.note_button)
    assert answers.asked[-1].step_no == 4
    assert history_texts(w)[0].startswith("#") and "Catatan langkah 4" in history_texts(w)[0]
    assert "menunggu data Seksi Pemerintahan" in w.panel.notes_text.text()


def test_a_correction_voids_the_last_record_and_the_history_strikes_it(qtbot, office, case_id, answers):
    w = open_case(qtbot, office, case_id)
    press(qtbot, w, w.actions_bar.start_button)
    assert w.scene.symbol_items[1].state == ss.RUNNING_OK
    start_id = w.history.item(0).data(EVENT_ID_ROLE)
    assert w.actions_bar.correct_button.isEnabled()
    assert f"#{start_id}" in w.actions_bar.correct_button.toolTip()

    press(qtbot, w, w.actions_bar.correct_button)
    spec = answers.asked[-1]
    assert spec.event_id == start_id and "Mulai langkah 1" in spec.description
    assert w.scene.symbol_items[1].state == ss.WAITING
    assert w.history.count() == 2
    correction = w.history.item(0)
    voided = w.history.item(1)
    assert f"Koreksi #{start_id}" in correction.text() and "salah langkah" in correction.text()
    assert voided.data(EVENT_ID_ROLE) == start_id
    assert voided.font().strikeOut()
    assert voided.data(VOIDED_ROLE) == correction.data(EVENT_ID_ROLE)
    assert f"dibatalkan oleh koreksi #{correction.data(EVENT_ID_ROLE)}" in voided.text()
    assert not correction.font().strikeOut()
    # nothing left to correct: the action says so
    assert not w.actions_bar.correct_button.isEnabled()


def test_the_history_button_corrects_a_selected_note_and_refuses_a_voided_one(qtbot, office, case_id, answers):
    w = open_case(qtbot, office, case_id)
    press(qtbot, w, w.actions_bar.note_button)
    press(qtbot, w, w.actions_bar.start_button)
    note_row = 1  # newest first: the start, then the note
    w.history.setCurrentRow(note_row)
    assert w.history_correct.isEnabled()
    note_id = w.history.item(note_row).data(EVENT_ID_ROLE)
    press(qtbot, w, w.history_correct)
    assert answers.asked[-1].event_id == note_id
    voided = next(w.history.item(i) for i in range(w.history.count())
                  if w.history.item(i).data(EVENT_ID_ROLE) == note_id)
    assert voided.font().strikeOut()
    w.history.setCurrentItem(voided)
    assert not w.history_correct.isEnabled()
    assert "sudah dikoreksi" in w.history_correct.toolTip()


# -- decisions ---------------------------------------------------------------------

@pytest.fixture
def decision_case(office):
    office.import_sop_text(DECISION_SOP)
    return office.new_case("cek-berkas", "Berkas Pak Darto")


def test_a_decision_offers_its_own_labels_and_tidak_sends_the_case_back(qtbot, office, decision_case, clock,
                                                                       answers):
    w = open_case(qtbot, office, decision_case)
    a = w.actions_bar
    press(qtbot, w, a.start_button)
    clock.moment += timedelta(minutes=3)
    press(qtbot, w, a.finish_button)
    click_step(qtbot, w, 2)
    assert w.selected_step == 2
    assert not a.finish_button.isVisible()
    assert (a.yes_button.text(), a.no_button.text()) == ("Lengkap", "Tidak")
    assert not a.yes_button.isEnabled() and "belum dimulai" in a.yes_button.toolTip()
    press(qtbot, w, a.start_button)
    assert a.yes_button.isEnabled() and a.no_button.isEnabled()

    clock.moment += timedelta(minutes=10)
    press(qtbot, w, a.no_button)
    spec = answers.asked[-1]
    assert spec.decision == "tidak"
    assert [(v, label) for v, label, _ in spec.choices] == [("ya", "Lengkap"), ("tidak", "Tidak")]
    assert "langkah 3" in spec.choices[1][2]
    assert w.scene.symbol_items[3].current
    assert "Selesai langkah 2 (Tidak)" in history_texts(w)[0]

    click_step(qtbot, w, 3)
    press(qtbot, w, a.start_button)
    clock.moment += timedelta(hours=1)
    press(qtbot, w, a.finish_button)
    # back at the decision: it is the current step again, waiting to run a second time
    state = office.case(decision_case).state
    assert state.current == 2
    assert w.scene.symbol_items[2].current and w.scene.symbol_items[2].state == ss.WAITING
    taken = {(x.from_step, x.to_step) for x in w.scene.arrow_items if x.taken}
    assert {(1, 2), (2, 3), (3, 2)} <= taken and (2, 4) not in taken
    click_step(qtbot, w, 2)
    assert "kembali ke langkah 3" in w._leads_to(w.view_data.sop, 3)
    assert a.start_button.isEnabled()


# -- the dialogs themselves ------------------------------------------------------------

def _spec(office, **kw) -> record_dialog.RecordSpec:
    base = dict(action="start", step_no=1, activity="Menerima berkas", people=(record_dialog.Person(AGUS, "Staf"),
                record_dialog.Person(SITI, "Staf Penerima Surat")), tz=office.tz, now=office.now())
    base.update(kw)
    return record_dialog.RecordSpec(**base)


def test_the_record_dialog_shows_a_refusal_inline_and_stays_open(qtbot, office):
    def refuse(answer):
        raise UserError("Waktu yang diisi masih di masa depan. Periksa tanggal dan jam.")
    d = record_dialog.RecordDialog(_spec(office), refuse)
    qtbot.addWidget(d)
    d.show()
    qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert d.isVisible() and d.result() != QDialog.DialogCode.Accepted
    assert d.error.isVisible()
    assert d.error.text() == "Waktu yang diisi masih di masa depan. Periksa tanggal dan jam."


def test_the_record_dialog_passes_the_engines_refusal_through(qtbot, office, case_id, clock):
    office.start_step(case_id, 1, by=AGUS, at=wib(2027, 1, 11, 8, 0))
    clock.moment = wib(2027, 1, 11, 9, 0)
    submitted = []

    def submit(answer):
        submitted.append(answer)
        return office.finish_step(case_id, 1, at=answer.at, by=answer.who)
    d = record_dialog.RecordDialog(_spec(office, action="finish"), submit)
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClicks(d.when.edit, "11/1/2027 07.45")   # typing chooses "Pada"
    assert d.earlier_radio.isChecked()
    assert d.when.preview.text() == "Senin, 11 Januari 2027 07.45"
    d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert submitted[0].at == wib(2027, 1, 11, 7, 45)
    assert d.error.isVisible() and "sebelum waktu mulai" in d.error.text()
    d.now_radio.setChecked(True)
    d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert d.result() == QDialog.DialogCode.Accepted
    assert office.case(case_id).state.steps[1].state == "done"


def test_the_dialog_never_changes_who_works_at_this_pc(qtbot, office):
    pc_settings.set_default_official("")
    d = record_dialog.RecordDialog(_spec(office), lambda a: 1)
    qtbot.addWidget(d)
    assert d.who.who() == ""
    d.who.setCurrentText(SITI)
    d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert d.result() == QDialog.DialogCode.Accepted
    assert pc_settings.default_official() == ""   # set in Settings only
    again = record_dialog.RecordDialog(_spec(office), lambda a: 1)
    qtbot.addWidget(again)
    assert again.who.who() == ""
    # a name not in the list can be typed
    again.who.setCurrentText("Pak Darto (tamu)")
    assert again.answer().who == "Pak Darto (tamu)"


def test_a_decision_must_be_chosen_in_the_dialog(qtbot, office):
    spec = _spec(office, action="finish", choices=(("ya", "Lengkap", "lanjut ke langkah 4"),
                                                   ("tidak", "Tidak", "kembali ke langkah 3")))
    got = []
    d = record_dialog.RecordDialog(spec, got.append)
    qtbot.addWidget(d)
    d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not got and "Lengkap / Tidak" in d.error.text()
    d.choice_buttons["tidak"].setChecked(True)
    d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert got[0].decision == "tidak"


def test_note_and_correction_dialogs_submit_their_text(qtbot, office):
    got = []
    n = record_dialog.NoteDialog(record_dialog.NoteSpec(2, "Memeriksa", ()), got.append)
    qtbot.addWidget(n)
    n.text.setPlainText("  berkas kurang KTP  ")
    n.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    c = record_dialog.CorrectionDialog(record_dialog.CorrectionSpec(7, "Mulai langkah 1", ()), got.append)
    qtbot.addWidget(c)
    c.reason.setPlainText("salah jam")
    c.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert [type(a).__name__ for a in got] == ["NoteAnswer", "CorrectionAnswer"]
    assert got[0].text == "berkas kurang KTP" and got[1].reason == "salah jam"


# -- the SOP without a case --------------------------------------------------------------

def test_the_sop_view_draws_the_chart_plain_and_names_a_clicked_step(qtbot, office):
    w = SopViewWidget(office, SEED)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    assert all(item.plain for item in w.scene.symbol_items.values())
    assert not w.scene.realisasi_items
    sym = w.scene.layout.symbol_for(9)
    w.swimlane.ensureVisible(sym.rect.x, sym.rect.y, sym.rect.w, sym.rect.h)
    pos = w.swimlane.mapFromScene(QPointF(sym.rect.cx, sym.rect.cy))
    qtbot.mouseClick(w.swimlane.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert "Menandatangani PK" in w.info.text()


def test_the_case_screen_fits_a_1280_pixel_office_screen(qtbot, office, case_id):
    office.new_case(SEED, "Judul kasus yang sangat panjang " * 8)
    w = open_case(qtbot, office, case_id + 1)
    assert w.minimumSizeHint().width() <= 1240
    w.resize(1240, 720)
    qtbot.waitUntil(lambda: w.legend.note_below.isVisibleTo(w) != w.legend.note_inline.isVisibleTo(w),
                    timeout=HANG_MS)


# -- a short screen (1366×768 at 125 %: 1093×574 to share) ------------------------------------

def shows_unscrolled(w: CaseViewWidget, widget) -> bool:
    """`widget` is visible in the step panel's scroll area as it is, without scrolling."""
    area = w.panel.parentWidget().parentWidget()
    viewport = w.panel.parentWidget()
    assert area.verticalScrollBar().value() == 0
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    bottom_right = widget.mapTo(viewport, widget.rect().bottomRight())
    return widget.isVisible() and viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)


def test_a_short_screen_shows_the_step_details_and_mulai_selesai(qtbot, office, case_id):
    """At 1093×574 (1366×768 at 125 %) the running step's name, lane, who, time standard, start and due
    show without scrolling, above a history that keeps its newest entry; Mulai / Selesai in view."""
    sop = office.current_version(SEED).sop
    for step in sop.steps[:3]:
        office.start_step(case_id, step.no, by=AGUS)
        office.finish_step(case_id, step.no, by=AGUS, **({"decision": "ya"} if step.is_decision else {}))
    office.start_step(case_id, sop.steps[3].no, by=AGUS)
    w = CaseViewWidget(office, case_id)
    qtbot.addWidget(w)
    w.resize(1093, 574)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.panel.step_no == sop.steps[3].no)
    p = w.panel
    qtbot.waitUntil(lambda: all(shows_unscrolled(w, x) for x in (
        p.title, p.fields["lane"], p.fields["who"], p.fields["standard"], p.fields["started"], p.fields["due"])),
        timeout=3000)
    assert AGUS in p.fields["who"].text()
    a = w.actions_bar
    for button in (a.start_button, a.finish_button):
        top_left = button.mapTo(w, button.rect().topLeft())
        assert button.isVisible() and w.rect().contains(top_left) and \
            w.rect().contains(button.mapTo(w, button.rect().bottomRight()))
    assert a.finish_button.isEnabled()
    assert w.history.height() >= 2 * w.history.fontMetrics().height()   # the newest entry still shows
