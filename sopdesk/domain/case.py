"""A case's progress, computed from its append-only list of events.

One token walks the SOP's flow: exactly one step is current (waiting to be
started, or running) until an end step finishes. A decision sends the token
to its Ya or Tidak target; a target that already ran is a loop: it waits to
run again, and the steps after it keep showing their earlier run until the
case reaches them again (every run stays in history).
Mistakes are voided by a correction event, never erased. An import event records
that a .sopcase file brought events to this PC; it has no effect on the steps.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from .errors import UserError
from .messages import msg
from .sop import Sop

if TYPE_CHECKING:  # for the annotations only: calendar.py brings in `holidays`
    from .calendar import WorkCalendar

START, FINISH, NOTE, CORRECTION = "start", "finish", "note", "correction"
IMPORT = "import"   # this PC's record of an import: never exported, never corrected
EVENT_KINDS = (START, FINISH, NOTE, CORRECTION, IMPORT)
DECISIONS = ("ya", "tidak")
WAITING, RUNNING, DONE = "waiting", "running", "done"
# A clock a few minutes fast on one PC must not refuse "now".
FUTURE_TOLERANCE = timedelta(minutes=5)


class CaseError(UserError, ValueError):
    """An action the case does not allow now; the message says why, in Indonesian."""


@dataclass(frozen=True)
class Event:
    id: int
    kind: str
    step: int | None
    at: datetime
    recorded_at: datetime
    by: str = ""
    by_nip: str = ""
    note: str = ""
    decision: str | None = None
    voids: int | None = None
    imported_by: int | None = None   # the import event it arrived with, if it came in a file


@dataclass
class StepRun:
    step: int
    started_at: datetime
    started_by: str
    due_at: datetime | None = None
    finished_at: datetime | None = None
    finished_by: str = ""
    decision: str | None = None
    superseded: bool = False  # a loop sent the case back to this step, to run it again
    start_event: int | None = None
    finish_event: int | None = None
    late_flag: bool = False  # judged at the `now` of the replay

    def late(self, now: datetime) -> bool:
        if self.due_at is None:
            return False
        return (self.finished_at or now) > self.due_at


@dataclass
class StepStatus:
    no: int
    state: str = WAITING
    runs: list[StepRun] = field(default_factory=list)
    current: bool = False
    due_at: datetime | None = None
    late: bool = False
    # Working minutes of the shown run, counted when first asked for: a list summary or the
    # demo replays a case without needing them, a case screen asks for a few.
    _minutes: int | None = field(default=None, repr=False)
    _count_minutes: Callable[[], int] | None = field(default=None, repr=False, compare=False)

    @property
    def actual_working_minutes(self) -> int | None:
        if self._count_minutes is not None:
            self._minutes, self._count_minutes = self._count_minutes(), None
        return self._minutes

    @actual_working_minutes.setter
    def actual_working_minutes(self, minutes: int | None) -> None:
        self._minutes, self._count_minutes = minutes, None

    @property
    def run(self) -> StepRun | None:
        """The run shown for the step: its latest, unless a loop superseded it."""
        if self.runs and not self.runs[-1].superseded:
            return self.runs[-1]
        return None


@dataclass
class CaseState:
    steps: dict[int, StepStatus]
    current: int | None
    running: bool
    closed: bool
    started_at: datetime | None
    closed_at: datetime | None
    last_at: datetime | None     # the latest moment any effective start/finish happened
    voided: set[int]
    effective: list[Event]       # start/finish events in force, in order

    @property
    def late(self) -> bool:
        return any(r.late_flag for s in self.steps.values() for r in s.runs)

    @property
    def late_done(self) -> bool:
        """Some finished run went over its time (stays true whatever happens next)."""
        return any(r.finished_at and r.late_flag for s in self.steps.values() for r in s.runs)

    @property
    def current_status(self) -> StepStatus | None:
        return None if self.current is None else self.steps[self.current]

    @property
    def state_word(self) -> str:
        return "closed" if self.closed else "open"


def _utc(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        raise ValueError("naive datetime")
    return dt.astimezone(UTC)


def replay(sop: Sop, events: list[Event], calendar: WorkCalendar, now: datetime) -> CaseState:
    """The case state after `events` (in recorded order), judged at `now`."""
    now = _utc(now)
    voided = {e.voids for e in events if e.kind == CORRECTION and e.voids is not None}
    steps = {s.no: StepStatus(s.no) for s in sop.steps}
    current: int | None = sop.first.no
    running = False
    closed = False
    started_at = closed_at = last_at = None
    effective: list[Event] = []
    for ev in events:
        if ev.id in voided or ev.kind not in (START, FINISH) or ev.step not in steps:
            continue
        effective.append(ev)
        st = steps[ev.step]
        at = _utc(ev.at)
        last_at = at
        if ev.kind == START:
            standard = sop.step(ev.step).standard
            # a step without a time standard has no due time: it is never late
            due = calendar.due(at, standard).astimezone(UTC) if standard is not None else None
            st.runs.append(StepRun(ev.step, at, ev.by, due, start_event=ev.id))
            started_at = started_at or at
            running = True
        else:
            run = st.runs[-1]
            run.finished_at, run.finished_by, run.decision, run.finish_event = at, ev.by, ev.decision, ev.id
            running = False
            nxt = next_step(sop, ev.step, ev.decision)
            if nxt is None:
                current, closed, closed_at = None, True, at
            else:
                # A loop back: the target waits to run again. Steps after it keep
                # showing their earlier run until the case reaches them again.
                for r in steps[nxt].runs:
                    r.superseded = True
                current = nxt
    for st in steps.values():
        for r in st.runs:
            r.late_flag = r.late(now)
        shown = st.run
        st.current = st.no == current
        if shown is None:
            st.state = WAITING
        else:
            st.state = DONE if shown.finished_at else RUNNING
            st.due_at = shown.due_at
            st.late = shown.late_flag
            st._count_minutes = partial(calendar.working_minutes, shown.started_at, shown.finished_at or now)
    return CaseState(steps, current, running, closed, started_at, closed_at, last_at, voided, effective)


def next_step(sop: Sop, no: int, decision: str | None) -> int | None:
    """The step after `no` finishes with `decision`; None after an end step."""
    exits = sop.successors(no)
    if not exits:
        return None
    if sop.step(no).is_decision:
        return exits[0][0] if decision == "ya" else exits[1][0]
    return exits[0][0]


# -- what may be recorded now ---------------------------------------------

def _check_moment(state: CaseState, at: datetime, now: datetime) -> None:
    at, now = _utc(at), _utc(now)
    if at > now + FUTURE_TOLERANCE:
        raise CaseError(msg("case.moment.future"))
    if state.last_at is not None and at < state.last_at:
        raise CaseError(msg("case.moment.before_last"))


def check_start(sop: Sop, state: CaseState, step: int, at: datetime, now: datetime) -> None:
    if not sop.has_step(step):
        raise CaseError(msg("case.step.missing", step=step))
    if state.closed:
        raise CaseError(msg("case.start.closed"))
    if state.current != step:
        cur = state.current
        if state.steps[step].state == RUNNING:
            raise CaseError(msg("case.start.running", step=step))
        if state.running:
            raise CaseError(msg("case.start.other_running", step=step, current=cur))
        raise CaseError(msg("case.start.not_next", step=step, current=cur))
    if state.running:
        raise CaseError(msg("case.start.already", step=step))
    _check_moment(state, at, now)


def check_finish(sop: Sop, state: CaseState, step: int, at: datetime, now: datetime,
                 decision: str | None) -> None:
    if not sop.has_step(step):
        raise CaseError(msg("case.step.missing", step=step))
    if state.closed:
        raise CaseError(msg("case.finish.closed"))
    st = state.steps[step]
    if st.state != RUNNING:
        if st.state == DONE:
            raise CaseError(msg("case.finish.done", step=step))
        raise CaseError(msg("case.finish.not_started", step=step))
    run = st.run
    assert run is not None  # a RUNNING step shows its run
    if _utc(at) < run.started_at:
        raise CaseError(msg("case.finish.before_start", step=step))
    _check_moment(state, at, now)
    s = sop.step(step)
    if s.is_decision:
        if decision not in DECISIONS:
            raise CaseError(msg("case.finish.choose", step=step, yes=s.yes_label, no=s.no_label))
    elif decision is not None:
        raise CaseError(msg("case.finish.not_decision", step=step))


def check_correction(state: CaseState, events: list[Event], target: int) -> Event:
    """A correction may void a note at any time, or the latest start/finish still in force."""
    ev = next((e for e in events if e.id == target), None)
    if ev is None:
        raise CaseError(msg("case.correct.missing", id=target))
    if ev.kind == CORRECTION:
        raise CaseError(msg("case.correct.correction"))
    if ev.kind == IMPORT:
        raise CaseError(msg("case.correct.import"))
    if target in state.voided:
        raise CaseError(msg("case.correct.voided", id=target))
    if ev.kind in (START, FINISH) and (not state.effective or state.effective[-1].id != target):
        last = state.effective[-1].id if state.effective else None
        raise CaseError(msg("case.correct.not_last", last=last) if last else msg("case.correct.not_last_none"))
    return ev


def check_history(sop: Sop, events: list[Event], calendar: WorkCalendar) -> None:
    """Raise CaseError unless every event, in recorded order, was allowed when it was recorded.

    Recording through the program guarantees this; a history that arrives in a
    file (or is merged from two PCs that worked on the same case) must be
    checked the same way, or a step could run twice at once and never close.
    """
    seen: list[Event] = []
    for n, ev in enumerate(events, start=1):
        if ev.kind in (START, FINISH, CORRECTION):
            # Judged at its own moment: a time in the "future" cannot be refused here.
            state = replay(sop, seen, calendar, ev.at)
            try:
                if ev.kind == CORRECTION:
                    if ev.voids is not None:
                        check_correction(state, seen, ev.voids)
                elif ev.step is None:
                    raise CaseError(msg("case.history.no_step"))
                elif ev.kind == START:
                    check_start(sop, state, ev.step, ev.at, ev.at)
                else:
                    check_finish(sop, state, ev.step, ev.at, ev.at, ev.decision)
            except CaseError as e:
                raise CaseError(msg("case.history.entry", n=n, kind=ev.kind, step=ev.step,
                                             reason=e.message or str(e))) from None
        elif ev.step is not None and not sop.has_step(ev.step):
            raise CaseError(msg("case.history.step_missing", n=n, step=ev.step))
        seen.append(ev)
