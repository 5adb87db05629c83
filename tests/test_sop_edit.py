"""The SOP edits behind the editor (domain/sop_edit.py) and its use cases (app/sops.py):
numbering that keeps the flow, lanes, versions, copies, saving a new version."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sopdesk.app import sops
from sopdesk.app.sops import SopFileError
from sopdesk.domain.errors import UserError
from sopdesk.domain.sop import validate
from sopdesk.domain.sop_edit import (
    LaneInUse,
    add_lane,
    copy_code,
    insert_step,
    move_lane,
    move_step,
    normalized,
    remove_lane,
    remove_step,
    rename_lane,
    set_step,
)
from sopdesk.domain.sop_file import read_sop
from tests.helpers import DECISION_SOP, SEED

pytestmark = pytest.mark.databases  # db_target and office: SQLite and PostgreSQL (conftest.py)


@pytest.fixture
def decision():
    sop, problems = read_sop(DECISION_SOP)
    assert not problems
    return sop


def flow(sop):
    return [(s.no, s.activity.split()[0] if s.activity else "", s.next, s.if_yes, s.if_no) for s in sop.steps]


def test_targets_follow_their_steps_when_one_is_inserted(decision):
    sop = insert_step(decision, 1)
    assert [s.no for s in sop.steps] == [1, 2, 3, 4, 5]
    assert sop.steps[1].activity == "" and sop.steps[1].lane == "Staf"
    assert flow(sop)[2:] == [(3, "Memeriksa", None, 5, 4), (4, "Meminta", 3, None, None), (5, "Mengarsipkan", None,
                                                                                              None, None)]


def test_moving_keeps_the_flow_and_removing_empties_a_target(decision):
    moved = move_step(decision, 2, -1)
    assert flow(moved) == [(1, "Menerima", None, None, None), (2, "Meminta", 3, None, None),
                           (3, "Memeriksa", None, 4, 2), (4, "Mengarsipkan", None, None, None)]
    assert validate(moved) == []
    assert move_step(decision, 0, -1) is decision and move_step(decision, 3, 1) is decision
    removed = remove_step(decision, 2)
    assert removed.steps[1].if_no is None   # its target was the removed step: validation says so
    assert [(p.step, p.field) for p in validate(removed)] == [(2, "if_no")]


def test_a_step_made_a_decision_goes_on_with_ya_and_back_again(decision):
    sop = set_step(decision, 0, kind="decision")
    assert (sop.steps[0].if_yes, sop.steps[0].if_no) == (2, None)
    back = set_step(sop, 0, kind="start")
    assert (back.steps[0].if_yes, back.steps[0].if_no) == (None, None)


def test_normalized_numbers_steps_by_their_place(decision):
    odd = decision.with_steps([replace(s, no=s.no * 10, next=s.next and s.next * 10, if_yes=s.if_yes and s.if_yes * 10,
                                       if_no=s.if_no and s.if_no * 10) for s in decision.steps])
    assert normalized(odd) == decision
    assert normalized(decision) is decision


def test_lanes(decision):
    sop = add_lane(decision, "Camat", 0)
    assert sop.lanes == ("Camat", "Staf", "Kasubbag")
    sop = rename_lane(sop, 2, "Kepala Subbagian")
    assert sop.steps[1].lane == "Kepala Subbagian" and sop.lanes[2] == "Kepala Subbagian"
    assert move_lane(sop, 0, 1).lanes == ("Staf", "Camat", "Kepala Subbagian")
    with pytest.raises(LaneInUse) as e:
        remove_lane(sop, 1)
    assert e.value.steps == (1, 3, 4) and "langkah 1, 3, 4" in str(e.value)
    assert remove_lane(sop, 0).lanes == ("Staf", "Kepala Subbagian")


def test_copy_codes_are_free():
    assert copy_code("a", set()) == "a-salinan"
    assert copy_code("a", {"a-salinan", "a-salinan-2"}) == "a-salinan-3"


def test_versions_and_saving_an_edit(office):
    case_id = office.new_case(SEED, "Kasus lama")
    base = sops.editable(office, SEED)
    assert [(v.number, v.current, v.cases, v.open_cases) for v in sops.versions(office, SEED)] == [(1, True, 1, 1)]
    edited = base.sop.with_steps([replace(base.sop.steps[0], time="")] + list(base.sop.steps[1:]))
    code, number = sops.save_edited(office, edited, base, today=date(2027, 2, 3))
    assert (code, number) == (SEED, 2)
    stored = office.sop(SEED)
    assert stored.revised == "2027-02-03" and stored.steps[0].time == ""
    assert office.case(case_id).sop_version == 1
    infos = sops.versions(office, SEED)
    assert [(v.number, v.current, v.cases, v.revised) for v in infos] == [(2, True, 0, "2027-02-03"), (1, False, 1, "")]
    # a revisi date written by hand is kept
    again = sops.editable(office, SEED)
    _c, n = sops.save_edited(office, replace(again.sop, name="SOP PK", revised="2027-01"), again, today=date(2027, 3, 1))
    assert n == 3 and office.sop(SEED).revised == "2027-01"
    # an edit begun on version 2 cannot overwrite version 3
    with pytest.raises(UserError, match="sudah diubah di tempat lain"):
        sops.save_edited(office, replace(again.sop, name="Lain"), again)
    # an invalid SOP is refused with its problems
    with pytest.raises(SopFileError) as e:
        sops.save_edited(office, replace(again.sop, lanes=()), sops.editable(office, SEED))
    assert any(p.field == "lanes" for p in e.value.problems)


def test_new_and_copied_sops(office):
    new = sops.new_sop(office, today=date(2027, 1, 5))
    assert new.made == "2027-01-05" and new.unit_lines[1] == "KECAMATAN SOMAGEDE"
    assert [s.kind for s in new.steps] == ["start", "end"] and new.approved_by.position == "Camat Somagede"
    assert {p.field for p in validate(new)} >= {"code", "name", "activity"}
    copy = sops.copy_of(office, SEED)
    assert copy.code == f"{SEED}-salinan" and copy.steps == office.sop(SEED).steps
    with pytest.raises(SopFileError) as e:
        sops.save_edited(office, replace(copy, code=SEED), None)
    assert e.value.problems[0].field == "code" and "sudah dipakai" in e.value.problems[0].message
    assert sops.save_edited(office, copy, None) == (f"{SEED}-salinan", 1)
    assert sops.copy_of(office, SEED).code == f"{SEED}-salinan-2"
