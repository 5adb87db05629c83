"""Cases: opening one, recording its steps, notes and corrections, and the case list.

Use cases over an Office (reached as office.new_case(), office.start_step(), ...). Every
event goes through events.append(), which judges it against the case's state and keeps the
case's list summary in step; the list itself reads only those summaries.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from ..domain import case as engine_
from ..domain.errors import UserError
from ..domain.messages import msg
from ..domain.text_rules import has_visible
from ..store import repo, search_queries
from . import events, search as search_
from .changes import CaseChanged, CasesChanged
from .events import CaseView, NewEvent
from .sops import current_version
from .text import clean_name, clean_text

if TYPE_CHECKING:
    from .office import Office

EARLIEST_YEAR = 2000
Moment = datetime | str | None   # a datetime, ISO text (office time without an offset), or None for now


def new_case(office: Office, sop_code: str, title: str, *, year: int | None = None, ref_number: str = "",
             ref_date: str = "", ref_subject: str = "") -> int:
    title = clean_name(title, msg("field.title"), 500)
    if not has_visible(title):
        raise UserError(msg("cases.title_required"))
    ref_date = clean_text(ref_date, msg("field.letter_date"), 40).strip()
    if ref_date and not real_date(ref_date):
        raise UserError(msg("cases.bad_ref_date", date=ref_date))
    now = office.now()
    year = year or now.astimezone(office.tz).year
    if not 1900 <= int(year) <= 2200:
        raise UserError(msg("cases.bad_year", year=year))
    version = current_version(office, sop_code)
    stamp = repo.utc_text(now)
    values = dict(sop_version_id=version.id, title=title, year=int(year),
                  ref_number=clean_name(ref_number, msg("field.letter_number"), 200), ref_date=ref_date,
                  ref_subject=clean_text(ref_subject, msg("field.subject"), 10_000), created_at=stamp, state="open",
                  current_step=version.sop.first.no, updated_at=stamp)
    with office.writing() as conn:
        case_id = repo.add_case(conn, values)
        search_.index_case(conn, case_id)
        office.changes.emit(CaseChanged(case_id))   # logged in this transaction, told after it
    return case_id


def real_date(text: str) -> bool:
    """`text` is a day of the calendar written YYYY-MM-DD (fromisoformat alone takes "20270104" too)."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def case_record(office: Office, case_id: int) -> dict[str, Any]:
    """The case's own row (no replay), or a UserError if there is none."""
    with office.reading() as conn:
        rec = repo.case_record(conn, case_id)
    if rec is None:
        raise UserError(msg("cases.no_such_case", id=case_id))
    return dict(rec)


def case(office: Office, case_id: int) -> CaseView:
    with office.reading() as conn:
        rec = repo.case_record(conn, case_id)
        if rec is None:   # before the events: an id beyond SQLite's integers cannot even be bound
            raise UserError(msg("cases.no_such_case", id=case_id))
        rows = repo.case_events(conn, case_id)
    return events.case_view(office, rec, rows, office.now())


# -- recording -------------------------------------------------------------------

def record(office: Office, case_id: int, event: NewEvent) -> int:
    """Append `event` in a unit of work of its own; say so once it is committed.

    Refused because another PC recorded first: this PC's views of the case re-read it."""
    try:
        with office.writing() as conn:
            event_id = events.append(office, conn, case_id, event)
            office.changes.emit(CaseChanged(case_id))   # logged in this transaction, told after it
    except events.RecordedElsewhere:
        office.changes.deliver(CaseChanged(case_id))
        raise
    return event_id


def start_step(office: Office, case_id: int, step: int, *, at: Moment = None, by: str = "", note: str = "") -> int:
    when, (actor, nip), note = typed_moment(office, at), office.who(by), clean_text(note, msg("field.note"))
    return record(office, case_id, NewEvent(engine_.START, step, when, actor, nip, note))


def finish_step(office: Office, case_id: int, step: int, *, at: Moment = None, by: str = "", note: str = "",
                decision: str | None = None) -> int:
    when, (actor, nip), note = typed_moment(office, at), office.who(by), clean_text(note, msg("field.note"))
    decision = decision.strip().lower() if decision else None
    return record(office, case_id, NewEvent(engine_.FINISH, step, when, actor, nip, note, decision))


def add_note(office: Office, case_id: int, text: str, *, step: int | None = None, by: str = "") -> int:
    text = clean_text(text, msg("field.note")).strip()
    if not text:
        raise UserError(msg("cases.empty_note"))
    actor, nip = office.who(by)
    return record(office, case_id, NewEvent(engine_.NOTE, step, None, actor, nip, text))


def correct(office: Office, case_id: int, event_id: int, *, reason: str, by: str = "") -> int:
    """Void an event by a new correction event; the voided one stays in history."""
    reason = clean_text(reason, msg("field.correction_reason")).strip()
    if not reason:
        raise UserError(msg("cases.reason_required"))
    actor, nip = office.who(by)
    return record(office, case_id, NewEvent(engine_.CORRECTION, None, None, actor, nip, reason, voids=event_id))


def change_time(office: Office, case_id: int, event_id: int, at: Moment, *, reason: str, by: str = "") -> int:
    """Fix the moment of the latest start/finish: it is voided with `reason` and recorded again at `at`,
    in one unit of work (never a correction without the record that replaces it). The new event's id."""
    reason = clean_text(reason, msg("field.change_reason")).strip()
    if not reason:
        raise UserError(msg("cases.change_reason_required"))
    if at is None or at == "":
        raise UserError(msg("cases.change_time_required"))
    when, (actor, nip) = moment(office, at), office.who(by)
    with office.writing() as conn:
        _correction, event_id = events.replace_time(office, conn, case_id, event_id, when, reason=reason,
                                                    actor=actor, actor_nip=nip)
    office.changes.emit(CaseChanged(case_id))
    return event_id


def refresh_open_summaries(office: Office) -> int:
    """Recompute the list summary (current step, due moment, lateness) of every open case.

    Due moments depend on the calendar, the working hours and the time
    zone, so the list would disagree with the case screen after they
    change. Closed cases keep the lateness judged when they closed.
    """
    with office.reading() as conn:
        ids = repo.case_ids(conn, repo.case_filter(state="open"))
    now = office.now()
    with office.writing() as conn:
        events.refresh_summaries(office, conn, ids, now)
    office.changes.emit(CasesChanged())
    return len(ids)


# -- moments typed by a user -------------------------------------------------------

def typed_moment(office: Office, at: Moment) -> datetime | None:
    """`at` as moment() reads it; None for "now", which is then the moment of recording, taken
    under the case's lock: a PC that waited for another's record is not judged "earlier" than it."""
    return None if at is None or at == "" else moment(office, at)


def moment(office: Office, at: Moment) -> datetime:
    """When something happened: now, a datetime (office time if naive) or ISO text."""
    if at is None or at == "":
        return office.now()
    if isinstance(at, str):
        return parse_moment(at, office.tz)
    return plausible(at if at.tzinfo else at.replace(tzinfo=office.tz), at.isoformat(timespec="minutes"))


def parse_moment(text: str, tz: ZoneInfo) -> datetime:
    """ISO 8601; without an offset it is office time. A date alone is refused: midnight is never meant."""
    if re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", text or ""):
        raise UserError(msg("cases.time_without_clock", text=text.strip()))
    try:
        dt = datetime.fromisoformat(text.strip().replace(" ", "T", 1) if "T" not in text else text.strip())
    except ValueError:
        raise UserError(msg("cases.bad_time", text=text)) from None
    dt = dt if dt.tzinfo else dt.replace(tzinfo=tz)
    return plausible(dt, text)


def plausible(dt: datetime, shown: str) -> datetime:
    """`dt`, unless its year is a typo (1027 for 2027) that must not pass silently (nor overflow the calendar)."""
    if dt.year < EARLIEST_YEAR:
        raise UserError(msg("cases.time_too_early", text=shown, year=EARLIEST_YEAR))
    return dt


# -- the case list ---------------------------------------------------------------

def case_ids(office: Office, *, sop: str | None = None, year: int | None = None, state: str | None = None,
             search: str | None = None, sort: str = "id", descending: bool = True,
             late: str | None = None) -> list[int]:
    """The ids of the cases the filters let through, in the order asked. `search`: words in any
    order, each the start of a word of the case (app/search.py); `late`: "running" (a running step
    past due now), "done" (a step finished late) or "both"."""
    search_.needs_index(office, search)
    now_text = office.now_text()
    with office.reading() as conn:
        where = repo.case_filter(sop=sop, year=year, state=state, search=search_.clause(conn, search), late=late,
                                 now_text=now_text)
        return repo.case_ids(conn, where, sort, descending)


def late_counts(office: Office, *, sop: str | None = None, year: int | None = None) -> dict[str, int]:
    """How many cases of the SOP and year are late: {"running": …, "done": …} (indexed counts)."""
    now_text = office.now_text()
    with office.reading() as conn:
        return {kind: search_queries.count(conn, repo.case_filter(sop=sop, year=year, late=kind, now_text=now_text))
                for kind in ("running", "done")}


def case_rows(office: Office, ids: list[int]) -> dict[int, dict[str, Any]]:
    """List rows for these ids, with `late` and `status` judged now."""
    now_text = office.now_text()
    with office.reading() as conn:
        rows = repo.case_rows(conn, ids)
    for r in rows.values():
        due = r["current_due_at"]
        overdue = r["state"] == "open" and r["current_running"] and due and due < now_text
        r["late"] = bool(r["late_done"] or overdue)
        r["overdue"] = bool(overdue)
    return rows


def case_years(office: Office) -> list[int]:
    with office.reading() as conn:
        return repo.case_years(conn)


def list_cases(office: Office, *, sop: str | None = None, year: int | None = None, state: str | None = None,
               search: str | None = None, sort: str = "id", descending: bool = True,
               late: str | None = None) -> list[dict[str, Any]]:
    ids = case_ids(office, sop=sop, year=year, state=state, search=search, sort=sort, descending=descending,
                   late=late)
    rows = case_rows(office, ids)
    return [rows[i] for i in ids if i in rows]
