"""The office's settings: its profile, working hours and holidays, and its officials.

Use cases over an Office (reached as office.profile(), office.save_official(), ...). The
profile and the calendar are read often and change rarely: they live in office.caches and a
save clears them. Changing what due moments depend on (working hours, holidays, the time
zone) recounts the open cases, so the case list agrees with the case screen at once.
"""
from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from ..domain.calendar import DEFAULT_HOURS, CalendarError, Hours, WorkCalendar
from ..domain.errors import UserError
from ..domain.indonesian import nip_problem_message, normalize_nip
from ..domain.messages import msg
from ..domain.office import OfficeProfile, Official
from ..store import repo
from ..store.transaction import ConstraintViolated
from . import step_runs
from .changes import CALENDAR, OFFICIALS, PROFILE, SettingsChanged
from .holiday_cache import national_holidays
from .text import clean_name, clean_text

if TYPE_CHECKING:
    from .office import Office

PROFILE_KEY = "office_profile"
HOURS_KEY = "working_hours"


# -- the office profile ------------------------------------------------------

def profile(office: Office) -> OfficeProfile:
    cached = office.caches.profile
    if cached is None:
        with office.reading() as conn:
            stored = repo.get_setting(conn, PROFILE_KEY, {})
        cached = office.caches.profile = OfficeProfile.from_dict(stored)
    return cached


def profile_values(profile_: OfficeProfile) -> dict[str, Any]:
    """The profile as stored, refused if its time zone or paper size is unknown."""
    try:
        ZoneInfo(profile_.timezone)
    except Exception:  # noqa: BLE001 — a bad name raises ValueError, ZoneInfoNotFoundError or OSError
        raise UserError(msg("settings.zone", zone=profile_.timezone)) from None
    if profile_.paper not in ("A4", "F4"):
        raise UserError(msg("settings.paper"))
    return {k: clean_text(v, k, 2000) if isinstance(v, str) else v for k, v in profile_.to_dict().items()}


def save_profile(office: Office, profile_: OfficeProfile) -> None:
    data = profile_values(profile_)
    zone_changed = profile(office).timezone != profile_.timezone
    with office.writing() as conn:
        repo.put_setting(conn, PROFILE_KEY, data)
    office.caches.forget_settings()
    if zone_changed:
        office.refresh_open_summaries()
    office.changes.emit(SettingsChanged(PROFILE))


def tz(office: Office) -> ZoneInfo:
    return ZoneInfo(profile(office).timezone)


# -- working time --------------------------------------------------------------

def working_hours(office: Office) -> Hours:
    with office.reading() as conn:
        raw = repo.get_setting(conn, HOURS_KEY)
    if not raw:
        return {wd: tuple(v) for wd, v in DEFAULT_HOURS.items()}
    return {int(wd): tuple((time.fromisoformat(a), time.fromisoformat(b)) for a, b in spans)
            for wd, spans in raw.items()}


def save_working_hours(office: Office, hours: dict[int, list[tuple[time, time]]]) -> None:
    if not any(hours.get(wd) for wd in range(7)):
        raise UserError(msg("settings.no_hours"))
    try:
        WorkCalendar(hours={wd: tuple(spans) for wd, spans in hours.items()})
    except ValueError as e:  # overlapping spans, an end before its start: already worded (CalendarError)
        raise UserError(e.message if isinstance(e, CalendarError) and e.message else str(e)) from e
    data = {str(wd): [[a.strftime("%H:%M"), b.strftime("%H:%M")] for a, b in spans] for wd, spans in hours.items()}
    with office.writing() as conn:
        repo.put_setting(conn, HOURS_KEY, data)
    _calendar_changed(office)


def calendar_overrides(office: Office) -> list[dict[str, Any]]:
    with office.reading() as conn:
        return repo.calendar_overrides(conn)


def set_calendar_overrides(office: Office, changes: dict[date, tuple[str | None, str]]) -> None:
    """Several days at once (the settings dialog's Save): one transaction, one recount of open cases."""
    if any(kind not in ("add", "remove", None) for kind, _name in changes.values()):
        raise UserError(msg("settings.override_kind"))
    cleaned = {day: (kind, clean_name(name, msg("field.holiday_name"), 200)) for day, (kind, name) in changes.items()}
    with office.writing() as conn:
        for day, (kind, name) in cleaned.items():
            repo.set_calendar_override(conn, day.isoformat(), kind, name)
    _calendar_changed(office)


def _calendar_changed(office: Office) -> None:
    office.caches.calendar = None
    office.refresh_open_summaries()
    # A holiday added or removed moves only the runs around it: recount them now. New hours
    # move every run; that recount waits for the next report, which shows its progress.
    step_runs.refresh(office, only_days=True)
    office.changes.emit(SettingsChanged(CALENDAR))


def calendar(office: Office) -> WorkCalendar:
    cached = office.caches.calendar
    if cached is None:
        added: dict[date, str] = {}
        removed: set[date] = set()
        for o in calendar_overrides(office):
            d = date.fromisoformat(o["day"])
            if o["kind"] == "add":
                added[d] = o["name"] or "Libur kantor"
            else:
                removed.add(d)
        cached = WorkCalendar(hours=working_hours(office), tz=profile(office).timezone, added=added, removed=removed,
                              national_source=national_holidays)
        office.caches.calendar = cached
    return cached


# -- officials -------------------------------------------------------------------

def officials(office: Office, active_only: bool = False) -> list[Official]:
    with office.reading() as conn:
        return [Official(name=r["name"], position=r["position"], rank=r["rank"], nip=r["nip"],
                         active=bool(r["active"]), active_from=r["active_from"], active_to=r["active_to"],
                         id=r["id"]) for r in repo.officials(conn, active_only)]


def check_official(o: Official) -> Official:
    """`o` cleaned (NIP without spaces, names trimmed), or UserError saying what is wrong."""
    name = clean_name(o.name, msg("field.name"), 200)
    if not name:
        raise UserError(msg("settings.official_name"))
    nip = normalize_nip(o.nip) if o.nip.strip() else ""
    if nip:
        problem = nip_problem_message(nip)
        if problem:
            raise UserError(problem)
    for d in (o.active_from, o.active_to):
        if d:
            try:
                date.fromisoformat(d)
            except ValueError:
                raise UserError(msg("settings.bad_date", date=d)) from None
    return Official(name=name, position=clean_name(o.position, msg("field.position"), 300),
                    rank=clean_name(o.rank, msg("field.rank"), 200), nip=nip, active=o.active,
                    active_from=o.active_from, active_to=o.active_to, id=o.id)


def official_values(o: Official) -> dict[str, Any]:
    """The stored columns of a checked official."""
    return dict(name=o.name, nip=o.nip, rank=o.rank, position=o.position, active=int(o.active),
                active_from=o.active_from, active_to=o.active_to)


def save_official(office: Office, o: Official) -> int:
    o = check_official(o)
    values = official_values(o)
    try:
        with office.writing() as conn:
            if o.id is None:
                official_id = repo.add_official(conn, values)
            else:
                repo.update_official(conn, o.id, values)
                official_id = o.id
    except ConstraintViolated:
        raise UserError(msg("settings.nip_taken", nip=o.nip)) from None
    office.changes.emit(SettingsChanged(OFFICIALS))
    return official_id


def find_official(office: Office, name_or_nip: str) -> Official | None:
    key = name_or_nip.strip()
    nip = normalize_nip(key)
    for o in officials(office):
        if (nip and o.nip == nip) or o.name.casefold() == key.casefold():
            return o
    return None


def who(office: Office, by: str) -> tuple[str, str]:
    """(name, NIP) of whoever `by` names: an official by name or NIP, else the name as typed."""
    by = clean_name(by or "", msg("field.actor"), 200)
    if not by:
        return "", ""
    o = find_official(office, by)
    return (o.name, o.nip) if o else (by, "")
