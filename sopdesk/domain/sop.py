"""An SOP (Permenpan RB 35/2012 "SOP AP") as plain data, and its validation.

Nothing here assumes the seed's 11 steps, its five lanes or a flow without
decisions: the flow is whatever the steps' next / if_yes / if_no say.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property

from .messages import Message, msg
from .waktu import Waktu, WaktuError, has_standard, parse_waktu, read_waktu

FORMAT = "sopdesk-sop/1"
KINDS = ("start", "process", "decision", "end")
CODE_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_PATTERN = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
LIST_FIELDS = ("legal_basis", "qualifications", "related", "equipment", "warnings", "records")
MAX_STEPS = 500  # an SOP sheet of 50 pages; more is a broken or hostile file


@dataclass(frozen=True)
class Signatory:
    name: str = ""
    position: str = ""
    rank: str = ""
    nip: str = ""


@dataclass(frozen=True)
class Step:
    no: int
    activity: str
    lane: str
    kind: str = "process"
    requirements: str = ""
    time: str = ""
    output: str = ""
    note: str = ""
    next: int | None = None
    if_yes: int | None = None
    if_no: int | None = None
    yes_label: str = "Ya"
    no_label: str = "Tidak"

    @cached_property
    def waktu(self) -> Waktu:
        """The time standard; WaktuError when there is none (see `standard`) or it cannot be read."""
        return parse_waktu(self.time)

    @cached_property
    def standard(self) -> Waktu | None:
        """The time standard, None for a step without one (an empty Waktu: never late).
        Parsed once per step: replaying a case asks for it at every start event."""
        return read_waktu(self.time)

    @property
    def is_decision(self) -> bool:
        return self.kind == "decision"


@dataclass(frozen=True)
class Sop:
    code: str
    name: str
    lanes: tuple[str, ...]
    steps: tuple[Step, ...]
    number: str = ""
    unit: str = ""
    # The unit's own lines in the identity box ("PEMERINTAH KABUPATEN …", "DINAS …", its address):
    # an SOP of another unit prints its own; empty, the office's kop is printed.
    unit_lines: tuple[str, ...] = ()
    made: str = ""
    revised: str = ""
    effective: str = ""
    approved_by: Signatory = field(default_factory=Signatory)
    legal_basis: tuple[str, ...] = ()
    qualifications: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    records: tuple[str, ...] = ()

    # -- flow ------------------------------------------------------------
    @cached_property
    def _position(self) -> dict[int, int]:
        """Step number -> index of its first occurrence (validation reports duplicates)."""
        pos: dict[int, int] = {}
        for i, s in enumerate(self.steps):
            pos.setdefault(s.no, i)
        return pos

    def step(self, no: int) -> Step:
        return self.steps[self._position[no]]

    def has_step(self, no: int) -> bool:
        return no in self._position

    @property
    def first(self) -> Step:
        return self.steps[0]

    def successors(self, no: int) -> list[tuple[int | None, str | None]]:
        """(step no, exit label) pairs leaving step `no`; label is None except on decisions.

        A decision not yet given both targets (an SOP still failing validation) has None there."""
        s = self.step(no)
        if s.kind == "decision":
            return [(s.if_yes, s.yes_label), (s.if_no, s.no_label)]
        if s.kind == "end":
            return []
        if s.next is not None:
            return [(s.next, None)]
        idx = self._position[no]
        if idx + 1 < len(self.steps):
            return [(self.steps[idx + 1].no, None)]
        return []

    def reachable_from(self, no: int) -> set[int]:
        seen: set[int] = set()
        todo = [no]
        while todo:
            n = todo.pop()
            if n in seen or not self.has_step(n):
                continue
            seen.add(n)
            todo.extend(t for t, _ in self.successors(n) if t is not None)
        return seen

    def lane_index(self, lane: str) -> int:
        return self.lanes.index(lane)

    def with_steps(self, steps: Iterable[Step]) -> Sop:
        return replace(self, steps=tuple(steps))


ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an SOP, located by file, step and field.

    An error (`validate`) stops the SOP from being saved; a warning (`cautions`) is only said."""

    message: str
    step: int | None = None
    field: str | None = None
    source: str | None = None
    severity: str = ERROR
    coded: Message | None = None   # `message` as a code, for the screens' language

    @property
    def is_warning(self) -> bool:
        return self.severity == WARNING

    def __str__(self) -> str:
        where = []
        if self.source:
            where.append(self.source)
        if self.step is not None:
            where.append(f"langkah {self.step}")
        if self.field:
            where.append(f"kolom '{self.field}'")
        return (": ".join([", ".join(where), self.message])) if where else self.message


def validate(sop: Sop, source: str | None = None) -> list[Problem]:
    """Every problem of a parsed SOP, each naming its step and field."""
    p: list[Problem] = []

    def add(m: Message, step: int | None = None, fld: str | None = None) -> None:
        p.append(Problem(str(m), step, fld, source, coded=m))

    if not CODE_PATTERN.match(sop.code or ""):
        add(msg("sop.code", code=sop.code), fld="code")
    if not (sop.name or "").strip():
        add(msg("sop.no_name"), fld="name")
    for fld in ("made", "revised", "effective"):
        val = getattr(sop, fld)
        if val and not DATE_PATTERN.match(val):
            add(msg("sop.date", value=val), fld=fld)
    if not sop.lanes:
        add(msg("sop.no_lanes"), fld="lanes")
    seen_lanes = set()
    for lane in sop.lanes:
        if not lane.strip():
            add(msg("sop.empty_lane"), fld="lanes")
        elif lane in seen_lanes:
            add(msg("sop.lane_twice", lane=lane), fld="lanes")
        seen_lanes.add(lane)
    if not sop.steps:
        add(msg("sop.no_steps"), fld="steps")
        return p
    if len(sop.steps) > MAX_STEPS:
        add(msg("sop.too_many_steps", count=len(sop.steps), most=MAX_STEPS), fld="steps")
        return p

    numbers: set[int] = set()
    for s in sop.steps:
        if s.no in numbers:
            add(msg("sop.number_twice", no=s.no), s.no, "no")
        numbers.add(s.no)
    for s in sop.steps:
        if not s.activity.strip():
            add(msg("sop.no_activity"), s.no, "activity")
        if s.lane not in sop.lanes:
            add(msg("sop.unknown_lane", lane=s.lane), s.no, "lane")
        if s.kind not in KINDS:
            add(msg("sop.unknown_kind", kind=s.kind), s.no, "kind")
        try:
            read_waktu(s.time)
        except WaktuError as e:
            add(e.message or msg("waktu.unreadable", text=s.time), s.no, "time")
        if s.kind == "decision":
            for fld in ("if_yes", "if_no"):
                target = getattr(s, fld)
                if target is None:
                    add(msg("sop.decision_targets"), s.no, fld)
                elif target not in numbers and not sop.has_step(target):
                    add(msg("sop.no_target", target=target), s.no, fld)
            if s.next is not None:
                add(msg("sop.decision_next"), s.no, "next")
        else:
            if s.if_yes is not None or s.if_no is not None:
                add(msg("sop.yes_no_only_decision"), s.no, "if_yes")
            if s.next is not None and not sop.has_step(s.next):
                add(msg("sop.no_target", target=s.next), s.no, "next")
    if any(q.field in ("if_yes", "if_no", "next", "no") for q in p):
        return p  # the flow checks below need sound targets

    if sop.steps[0].kind != "start":
        add(msg("sop.first_start"), sop.steps[0].no, "kind")
    for s in sop.steps[1:]:
        if s.kind == "start":
            add(msg("sop.only_first_start"), s.no, "kind")
    ends = [s for s in sop.steps if s.kind == "end"]
    if not ends:
        add(msg("sop.no_end"), sop.steps[-1].no, "kind")
    reach = sop.reachable_from(sop.first.no)
    for s in sop.steps:
        if s.no not in reach:
            add(msg("sop.unreachable"), s.no, "no")
        elif s.kind != "end" and not sop.successors(s.no):
            add(msg("sop.last_not_end"), s.no, "kind")
    if ends:
        finishing = _steps_reaching(sop, {s.no for s in ends})
        for s in sop.steps:
            if s.no in reach and s.no not in finishing:
                add(msg("sop.never_ends"), s.no, "next")
    return p


def cautions(sop: Sop, source: str | None = None) -> list[Problem]:
    """What is allowed but worth a second look (warnings, never a refusal): a step without a
    time standard is never late and is left out of the lateness figures."""
    no_standard = msg("sop.no_standard")
    return [Problem(str(no_standard), s.no, "time", source, WARNING, no_standard)
            for s in sop.steps if not has_standard(s.time)]


def _steps_reaching(sop: Sop, targets: set[int]) -> set[int]:
    """Every step from which the flow can reach one of `targets` (one backward walk)."""
    before: dict[int, list[int]] = {}
    for s in sop.steps:
        for target, _label in sop.successors(s.no):
            if target is not None:
                before.setdefault(target, []).append(s.no)
    seen = set(targets)
    todo = list(targets)
    while todo:
        for n in before.get(todo.pop(), ()):
            if n not in seen:
                seen.add(n)
                todo.append(n)
    return seen
