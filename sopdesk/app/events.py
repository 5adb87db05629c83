"""A case's history of events, and the one way into it.

A case's progress is an append-only list of events; its state is replayed from them. Every
event enters the events table here, inside the caller's unit of work, whoever records it:
a step started or finished, a note, a correction (cases.py), the note that an attachment was
added (attachments.py), the events of a .sopcase file (transfer.py), demo data (demo.py).
Each path runs the domain check first and then writes the case's list summary (current step,
due moment, lateness) and its step runs with their working time (step_runs.py), so neither
the case list of 100,000 cases nor the monitoring figures need a replay:

- append(): one event, judged against the case's state now (engine check_start/finish/...);
- replace_time(): a start/finish moved to another moment (a correction and the record again);
- append_history(): events from elsewhere, judged as a whole history (engine check_history),
  each marked with the import event it arrived with;
- append_import(): this PC's record that a file brought something (kind "import"; no step state);
- append_generated(): many new cases at once with their histories (demo), in bulk.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..domain import case as engine_
from ..domain.case import CaseError
from ..domain.errors import UserError
from ..domain.indonesian import format_date
from ..domain.messages import msg
from ..domain.sop import Sop
from ..store import change_queries, repo, step_run_queries
from ..store.transaction import Connection, Row
from . import search, step_runs
from .sops import SopVersion, stored_version

if TYPE_CHECKING:
    from .office import Office


class NoSuchCase(UserError):
    """The case an event was meant for does not exist."""


class RecordedElsewhere(CaseError):
    """Refused because another PC has just recorded what stands in the way; the message names
    who recorded it, on which PC and when. The view that asked is behind: it should re-read."""


@dataclass(frozen=True)
class NewEvent:
    """An event to append, before the store gives it an id."""
    kind: str                            # engine_.START, FINISH, NOTE or CORRECTION
    step: int | None = None              # a correction takes the step of the event it voids
    at: datetime | None = None           # when it happened; None: the moment it is recorded
    actor: str = ""
    actor_nip: str = ""
    note: str = ""
    decision: str | None = None
    voids: int | None = None             # the id of the event a correction voids
    # Only for append_history(), an event recorded elsewhere:
    recorded_at: datetime | None = None  # when it was recorded there
    voids_in_batch: int | None = None    # the position, in the same batch, of the event it voids
    pc_name: str = ""                    # the PC it was recorded on there, if the file says
    os_user: str = ""                    # and that PC's user


@dataclass(frozen=True)
class CaseView:
    """Everything the case screen and `case show` need, computed at one moment."""

    id: int
    title: str
    year: int
    ref_number: str
    ref_date: str
    ref_subject: str
    created_at: datetime
    sop: Sop
    sop_version: int
    events: list[engine_.Event]
    state: engine_.CaseState
    now: datetime
    origins: Mapping[int, tuple[str, str]] = field(default_factory=dict)   # event id -> (PC, its user), if known


@dataclass(frozen=True)
class GeneratedCase:
    """A new case and its whole history, for append_generated()."""
    values: Mapping[str, Any]            # its own columns: title, year, ref_*, created_at, updated_at
    events: list[engine_.Event]          # in recorded order, with ids 1..n of this case


def event_of(row: Mapping[Any, Any]) -> engine_.Event:
    """The engine's event for a stored row."""
    return engine_.Event(id=row["id"], kind=row["kind"], step=row["step_no"],
                         at=repo.from_utc_text(row["happened_at"]), recorded_at=repo.from_utc_text(row["recorded_at"]),
                         by=row["actor"], by_nip=row["actor_nip"], note=row["note"], decision=row["decision"],
                         voids=row["voids"], imported_by=row.get("import_event_id"))


def summary(state: engine_.CaseState) -> dict[str, Any]:
    """The columns of the case's row that the case list shows and filters on."""
    cur = state.current_status
    run = cur.run if cur else None
    return dict(
        state=state.state_word,
        current_step=state.current,
        current_running=int(bool(run and not run.finished_at)),
        current_actor=(run.started_by if run else ""),
        current_due_at=repo.utc_text(run.due_at) if run and run.due_at and not run.finished_at else None,
        late_done=int(state.late_done),
        started_at=repo.utc_text(state.started_at) if state.started_at else None,
        closed_at=repo.utc_text(state.closed_at) if state.closed_at else None,
    )


def case_view(office: Office, rec: Row, rows: Sequence[Mapping[Any, Any]], now: datetime,
              conn: Connection | None = None) -> CaseView:
    """The case of row `rec` with its event rows, replayed at `now`."""
    version = stored_version(office, rec["sop_version_id"], conn)
    events = [event_of(r) for r in rows]
    state = engine_.replay(version.sop, events, office.calendar(), now)
    return CaseView(rec["id"], rec["title"], rec["year"], rec["ref_number"], rec["ref_date"], rec["ref_subject"],
                    repo.from_utc_text(rec["created_at"]), version.sop, version.number, events, state, now,
                    origins_of(rows))


def origins_of(rows: Sequence[Mapping[Any, Any]]) -> dict[int, tuple[str, str]]:
    """(PC, operating-system user) of each event row that says where it was recorded."""
    return {r["id"]: (r.get("pc_name") or "", r.get("os_user") or "") for r in rows
            if r.get("pc_name") or r.get("os_user")}


def _values(case_id: int, e: NewEvent, step: int | None, voids: int | None, stamp: str,
            imported_by: int | None = None, where: tuple[str, str] | None = None) -> dict[str, Any]:
    """The row of `e`; `where` is (PC, user) of this program, None for an event recorded elsewhere."""
    pc_name, os_user = where if where is not None else (e.pc_name, e.os_user)
    return dict(case_id=case_id, kind=e.kind, step_no=step,
                happened_at=repo.utc_text(e.at) if e.at is not None else stamp,
                recorded_at=repo.utc_text(e.recorded_at) if e.recorded_at is not None else stamp,
                actor=e.actor, actor_nip=e.actor_nip, note=e.note, decision=e.decision, voids=voids,
                import_event_id=imported_by, pc_name=pc_name, os_user=os_user)


def _here(office: Office) -> tuple[str, str]:
    return office.pc_name, office.os_user


def _judge(view: CaseView, e: NewEvent) -> int | None:
    """Raise CaseError unless the case allows `e` now; the step the event is stored on."""
    sop, state = view.sop, view.state
    if e.kind in (engine_.START, engine_.FINISH):
        if e.step is None:
            raise CaseError(msg("events.which_step"))
        at = e.at or view.now
        if e.kind == engine_.START:
            engine_.check_start(sop, state, e.step, at, view.now)
        else:
            engine_.check_finish(sop, state, e.step, at, view.now, e.decision)
        return e.step
    if e.kind == engine_.NOTE:
        if e.step is not None and not sop.has_step(e.step):
            raise CaseError(msg("case.step.missing", step=e.step))
        return e.step
    if e.kind == engine_.CORRECTION and e.voids is not None:
        return engine_.check_correction(state, view.events, e.voids).step
    raise CaseError(msg("events.unknown_kind", kind=e.kind))


def _recorded_elsewhere(office: Office, view: CaseView, e: NewEvent) -> str | None:
    """Why `e` was refused, if another PC recorded what stands in the way since this PC last
    recorded on the case: "Langkah 3 sudah dimulai oleh Siti Rahayu di PC-DEPAN pukul 09.12."."""
    state = view.state
    if e.kind in (engine_.START, engine_.FINISH) and e.step is not None:
        on_step = [ev for ev in state.effective if ev.step == e.step]
        if not on_step:
            return None
        blocker = on_step[-1]
        if e.kind == engine_.FINISH and blocker.kind != engine_.FINISH:
            return None   # refused for its moment or decision: the step still runs
        since = state.effective[state.effective.index(blocker):]
        if not all(_elsewhere(office, view, ev) for ev in since):
            return None   # this PC has recorded since: its view was not behind
        done = "dimulai" if blocker.kind == engine_.START else "diselesaikan"
        return f"Langkah {e.step} sudah {done} {_by_whom(office, view, blocker, blocker.at)}."
    if e.kind == engine_.CORRECTION and e.voids is not None and e.voids in state.voided:
        correction = next((ev for ev in view.events if ev.kind == engine_.CORRECTION and ev.voids == e.voids
                           and ev.id not in state.voided), None)
        if correction is not None and _elsewhere(office, view, correction):
            return (f"Catatan nomor {e.voids} sudah dikoreksi "
                    f"{_by_whom(office, view, correction, correction.recorded_at)}.")
    return None


def _elsewhere(office: Office, view: CaseView, ev: engine_.Event) -> bool:
    pc = view.origins.get(ev.id, ("", ""))[0]
    return bool(pc) and pc != office.pc_name


def _by_whom(office: Office, view: CaseView, ev: engine_.Event, at: datetime) -> str:
    """"oleh Siti Rahayu di PC-DEPAN pukul 09.12" (with the date unless it was today)."""
    pc, user = view.origins.get(ev.id, ("", ""))
    who = ev.by or (f"pengguna {user}" if user else "seseorang")
    tz = office.tz
    local = at.astimezone(tz)
    when = f"pukul {local.hour:02d}.{local.minute:02d}"
    if local.date() != view.now.astimezone(tz).date():
        when = f"pada {format_date(local.date())} {when}"
    return f"oleh {who} di {pc} {when}"


def append(office: Office, conn: Connection, case_id: int, e: NewEvent, *, now: datetime | None = None) -> int:
    """Append `e` to case `case_id` if the case allows it now, and refresh the case's summary.

    Raises NoSuchCase, or CaseError saying why the case does not allow it (RecordedElsewhere
    when another PC recorded what stands in the way). `now` is the moment of recording (the
    office clock if None). Returns the new event's id.

    The case's row is locked and its events read under the lock, so of two PCs recording
    on one case at the same moment the second is judged against what the first recorded.
    """
    rec = change_queries.lock_case(conn, case_id)
    if rec is None:
        raise NoSuchCase(msg("cases.no_such_case", id=case_id))
    now = now or office.now()
    rows = repo.case_events(conn, case_id)
    view = case_view(office, rec, rows, now, conn)
    try:
        step = _judge(view, e)
    except CaseError as refusal:
        elsewhere = _recorded_elsewhere(office, view, e)
        if elsewhere is not None:
            raise RecordedElsewhere(elsewhere) from refusal
        raise
    stamp = repo.utc_text(now)
    values = _values(case_id, e, step, e.voids, stamp, where=_here(office))
    event_id = repo.add_event(conn, values)
    search.note_actor(conn, case_id, e.actor)
    events = [*view.events, event_of({**values, "id": event_id})]
    calendar = office.calendar()
    state = engine_.replay(view.sop, events, calendar, now)
    repo.update_case(conn, case_id, {**summary(state), "updated_at": stamp})
    if e.kind != engine_.NOTE:   # a note moves no run
        step_runs.write_case(office, conn, step_runs.case_key(rec), state, calendar)
    return event_id


def replace_time(office: Office, conn: Connection, case_id: int, event_id: int, at: datetime, *, reason: str,
                 actor: str = "", actor_nip: str = "", now: datetime | None = None) -> tuple[int, int]:
    """Move start/finish `event_id` to `at`: a correction voids it (with `reason`) and the same
    record is appended again at the new moment, by the person it named. Both go into the
    caller's unit of work, so a refusal of the second (the engine's judgement of `at`) leaves
    neither. Returns (correction id, new event id).
    """
    rec = repo.case_record(conn, case_id)
    if rec is None:
        raise NoSuchCase(msg("cases.no_such_case", id=case_id))
    now = now or office.now()
    view = case_view(office, rec, repo.case_events(conn, case_id), now, conn)
    old = engine_.check_correction(view.state, view.events, event_id)
    if old.kind not in (engine_.START, engine_.FINISH):
        raise CaseError(msg("events.change_only_start_finish"))
    if at == old.at:   # aware datetimes: the same instant in any zone
        raise CaseError(msg("events.change_same_time"))
    correction = append(office, conn, case_id, NewEvent(engine_.CORRECTION, None, None, actor, actor_nip, reason,
                                                        voids=event_id), now=now)
    again = append(office, conn, case_id, NewEvent(old.kind, old.step, at, old.by, old.by_nip, old.note, old.decision),
                   now=now)
    return correction, again


def check_history_with(office: Office, rows: Sequence[Mapping[Any, Any]], sop: Sop,
                       events: Sequence[NewEvent], *, now: datetime) -> None:
    """Raise CaseError unless the case's event `rows` followed by `events` (recorded elsewhere)
    make sense as one history, event by event; writes nothing (an import's preview asks this)."""
    history = [event_of(r) for r in rows]
    next_id = max((e.id for e in history), default=0) + 1
    batch_ids: list[int] = []
    stamp = repo.utc_text(now)
    for e in events:
        voids = batch_ids[e.voids_in_batch] if e.voids_in_batch is not None else e.voids
        batch_ids.append(next_id + len(batch_ids))
        history.append(event_of({**_values(0, e, e.step, voids, stamp), "id": batch_ids[-1]}))
    _check(office, sop, history, now)


def _check(office: Office, sop: Sop, history: list[engine_.Event], now: datetime) -> engine_.CaseState:
    calendar = office.calendar()
    try:
        engine_.check_history(sop, history, calendar)
        return engine_.replay(sop, history, calendar, now)
    except CaseError:
        raise
    except Exception as exc:
        raise CaseError(msg("events.unreadable_history", error=type(exc).__name__)) from exc


def append_history(office: Office, conn: Connection, case_id: int, sop: Sop, events: Sequence[NewEvent], *,
                   now: datetime, imported_by: int | None = None) -> list[int]:
    """Append events recorded elsewhere (each with its recorded_at) after the case's own, then
    check the whole history as if it had been recorded here, event by event.

    `imported_by` is the import event (append_import) the events arrived with; each new row
    keeps it. Raises CaseError when the merged history does not make sense (the caller's
    transaction then writes nothing). Returns the new events' ids, in order.
    """
    change_queries.lock_case(conn, case_id)
    rows: list[Mapping[Any, Any]] = list(repo.case_events(conn, case_id))
    stamp = repo.utc_text(now)
    ids: list[int] = []
    for e in events:
        voids = ids[e.voids_in_batch] if e.voids_in_batch is not None else e.voids
        values = _values(case_id, e, e.step, voids, stamp, imported_by)
        ids.append(repo.add_event(conn, values))
        rows.append({**values, "id": ids[-1]})
    state = _check(office, sop, [event_of(r) for r in rows], now)
    repo.update_case(conn, case_id, {**summary(state), "updated_at": stamp})
    rec = repo.case_record(conn, case_id)
    assert rec is not None   # its events were just added
    step_runs.write_case(office, conn, step_runs.case_key(rec), state, office.calendar())
    return ids


def append_import(office: Office, conn: Connection, case_id: int, note: str, *, now: datetime, actor: str = "",
                  actor_nip: str = "", step: int | None = None, part_of: int | None = None) -> int:
    """This PC's record that a file brought something to case `case_id`: the import itself
    (`part_of` None), or one thing it brought (an attachment, a PK version: `part_of` is the
    import's event). Kind "import": the engine ignores it, a correction cannot void it, and
    export leaves it out (it is this PC's history, not the case's)."""
    stamp = repo.utc_text(now)
    e = NewEvent(engine_.IMPORT, step, now, actor, actor_nip, note)
    return repo.add_event(conn, _values(case_id, e, step, None, stamp, part_of, where=_here(office)))


def append_generated(office: Office, conn: Connection, version: SopVersion, cases: Sequence[GeneratedCase], *,
                     now: datetime, check_one_in: int = 1) -> list[int]:
    """Add new cases of `version` with their histories in bulk; return their ids.

    Each case is replayed once for its summary. The domain check of a whole history costs
    about ten replays, so only every `check_one_in`-th case is checked: the events come from
    the engine's own rules (demo data), the check is there to catch a generator that breaks them.
    """
    calendar = office.calendar()
    next_case, next_event = repo.next_ids(conn)
    case_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    run_rows: list[dict[str, Any]] = []
    for i, generated in enumerate(cases):
        if i % check_one_in == 0:
            engine_.check_history(version.sop, generated.events, calendar)
        state = engine_.replay(version.sop, generated.events, calendar, now)
        case_id = next_case + i
        case_rows.append({**generated.values, "id": case_id, "sop_version_id": version.id, **summary(state)})
        key = step_runs.CaseKey(case_id, version.id, generated.values["year"], generated.values["created_at"])
        run_rows += step_runs.run_rows(key, state, calendar)
        base = next_event - 1
        for ev in generated.events:
            event_rows.append(dict(id=base + ev.id, case_id=case_id, kind=ev.kind, step_no=ev.step,
                                   happened_at=repo.utc_text(ev.at), recorded_at=repo.utc_text(ev.recorded_at),
                                   actor=ev.by, actor_nip=ev.by_nip, note=ev.note, decision=ev.decision,
                                   voids=None if ev.voids is None else base + ev.voids))
        next_event += len(generated.events)
    repo.add_cases_and_events(conn, case_rows, event_rows)
    step_runs.adopt_calendar(office, conn)
    step_run_queries.add_runs(conn, run_rows)
    return [row["id"] for row in case_rows]


def refresh_summaries(office: Office, conn: Connection, case_ids: Sequence[int], now: datetime) -> None:
    """Recompute the list summary of these cases at `now` (after the calendar changed)."""
    calendar = office.calendar()
    for case_id in case_ids:
        rec = repo.case_record(conn, case_id)
        if rec is None:
            continue
        sop = stored_version(office, rec["sop_version_id"], conn).sop
        state = engine_.replay(sop, [event_of(r) for r in repo.case_events(conn, case_id)], calendar, now)
        repo.update_case(conn, case_id, summary(state))
        step_runs.write_case(office, conn, step_runs.case_key(rec), state, calendar)
