"""Edits of an SOP as it is written in the editor: steps inserted, removed, moved, changed;
lanes added, renamed, moved, removed. Each returns a new Sop (the Sop stays immutable, so an
undo step is simply the Sop before).

Steps are numbered by their place (1, 2, 3 …, as the No. column of the sheet). When steps
move, every flow target (next, if_yes, if_no) follows the step it named; a target whose step
was removed becomes empty, which validation then reports beside the field.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .sop import Sop, Step

KIND_DEFAULT = "process"
TEXT_FIELDS = ("activity", "lane", "requirements", "time", "output", "note", "yes_label", "no_label")
TARGET_FIELDS = ("next", "if_yes", "if_no")


class LaneInUse(ValueError):
    """A lane cannot be removed while steps use it; `steps` are their numbers."""

    def __init__(self, lane: str, steps: Sequence[int]) -> None:
        self.lane, self.steps = lane, tuple(steps)
        super().__init__(f"pelaksana \"{lane}\" masih dipakai langkah {', '.join(str(n) for n in self.steps)}.")


def _renumbered(sop: Sop, steps: Sequence[Step]) -> Sop:
    """`steps` (a reordering, with some left out or new ones whose no is 0) numbered 1..n, each
    target following the step it named before."""
    new_no: dict[int, int] = {}
    for i, s in enumerate(steps, start=1):
        if s.no > 0:
            new_no.setdefault(s.no, i)

    def target(value: int | None) -> int | None:
        return None if value is None else new_no.get(value)

    out = []
    for i, s in enumerate(steps, start=1):
        out.append(replace(s, no=i, next=target(s.next), if_yes=target(s.if_yes), if_no=target(s.if_no)))
    return replace(sop, steps=tuple(out))


def normalized(sop: Sop) -> Sop:
    """The SOP with its steps numbered 1..n in their order (a file may number them otherwise)."""
    if all(s.no == i for i, s in enumerate(sop.steps, start=1)):
        return sop
    return _renumbered(sop, sop.steps)


def blank_step(lane: str = "", kind: str = KIND_DEFAULT) -> Step:
    return Step(no=0, activity="", lane=lane, kind=kind)


def insert_step(sop: Sop, at: int, step: Step | None = None) -> Sop:
    """A new step at index `at` (0 = first); by default empty, in the lane of the step before."""
    at = max(0, min(at, len(sop.steps)))
    if step is None:
        near = sop.steps[at - 1] if at > 0 else (sop.steps[0] if sop.steps else None)
        step = blank_step(near.lane if near else (sop.lanes[0] if sop.lanes else ""))
    steps = list(sop.steps)
    steps.insert(at, replace(step, no=0, next=None, if_yes=None, if_no=None) if step.no else step)
    return _renumbered(sop, steps)


def remove_step(sop: Sop, index: int) -> Sop:
    steps = list(sop.steps)
    if 0 <= index < len(steps):
        del steps[index]
    return _renumbered(sop, steps)


def move_step(sop: Sop, index: int, delta: int) -> Sop:
    """The step at `index` moved `delta` places (-1 up, +1 down); unchanged at either end."""
    target = index + delta
    if not (0 <= index < len(sop.steps) and 0 <= target < len(sop.steps)) or delta == 0:
        return sop
    steps = list(sop.steps)
    steps.insert(target, steps.pop(index))
    return _renumbered(sop, steps)


def set_step(sop: Sop, index: int, **changes: object) -> Sop:
    """Change fields of the step at `index`. A step made a decision goes on with Ya to where it
    went before (the next row); a decision made another kind drops its Ya/Tidak targets."""
    step = sop.steps[index]
    kind = changes.get("kind", step.kind)
    if kind != step.kind:
        if kind == "decision":
            following = sop.steps[index + 1].no if index + 1 < len(sop.steps) else None
            changes.setdefault("if_yes", step.next if step.next is not None else following)
            changes.setdefault("next", None)
        elif step.kind == "decision":
            changes.setdefault("if_yes", None)
            changes.setdefault("if_no", None)
    new = replace(step, **changes)  # type: ignore[arg-type]  # field names checked by replace
    return sop.with_steps(sop.steps[:index] + (new,) + sop.steps[index + 1:])


def lane_users(sop: Sop, lane: str) -> list[int]:
    return [s.no for s in sop.steps if s.lane == lane]


def add_lane(sop: Sop, name: str, at: int | None = None) -> Sop:
    lanes = list(sop.lanes)
    lanes.insert(len(lanes) if at is None else max(0, min(at, len(lanes))), name)
    return replace(sop, lanes=tuple(lanes))


def rename_lane(sop: Sop, index: int, name: str) -> Sop:
    """The lane at `index` renamed; its steps follow it."""
    old = sop.lanes[index]
    lanes = sop.lanes[:index] + (name,) + sop.lanes[index + 1:]
    steps = tuple(replace(s, lane=name) if s.lane == old else s for s in sop.steps)
    return replace(sop, lanes=lanes, steps=steps)


def move_lane(sop: Sop, index: int, delta: int) -> Sop:
    target = index + delta
    if not (0 <= index < len(sop.lanes) and 0 <= target < len(sop.lanes)) or delta == 0:
        return sop
    lanes = list(sop.lanes)
    lanes.insert(target, lanes.pop(index))
    return replace(sop, lanes=tuple(lanes))


def remove_lane(sop: Sop, index: int) -> Sop:
    """The lane at `index` removed; LaneInUse while a step uses it (a duplicate name may go)."""
    lane = sop.lanes[index]
    users = lane_users(sop, lane)
    if users and sop.lanes.count(lane) == 1:
        raise LaneInUse(lane, users)
    return replace(sop, lanes=sop.lanes[:index] + sop.lanes[index + 1:])


def copy_code(code: str, taken: set[str]) -> str:
    """A free code for a copy: "x-salinan", "x-salinan-2", …"""
    base = f"{code}-salinan" if code else "sop-baru"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
