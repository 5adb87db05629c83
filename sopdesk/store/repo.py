"""Reading and writing rows. Each function takes an open Connection; the caller owns the transaction."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection, CursorResult, RowMapping
from sqlalchemy.exc import DBAPIError

from . import tables as t

Values = Mapping[str, Any]   # column name -> value of one row


def inserted_id(result: CursorResult[Any]) -> int:
    """The primary key of the row an INSERT just wrote."""
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def utc_text(dt: datetime) -> str:
    """UTC ISO text ending in Z, the one stored form of a moment."""
    # isoformat, not strftime: every event written (the 100,000-case demo writes two million) passes here
    return dt.astimezone(UTC).isoformat(timespec="seconds")[:19] + "Z"


def parse_utc(text: str | None) -> datetime | None:
    if not text:
        return None
    return from_utc_text(text)


def from_utc_text(text: str) -> datetime:
    """The moment of a stored text that is never empty (happened_at, created_at, ...)."""
    if len(text) == 20 and text[10] == "T" and text[13] == text[16] == ":" and text[19] == "Z":
        # the stored form: fromisoformat is many times faster than strptime (every event of a case)
        return datetime.fromisoformat(text[:19]).replace(tzinfo=UTC)
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


# -- settings ---------------------------------------------------------------

def get_setting(conn: Connection, key: str, default: Any = None) -> Any:
    row = conn.execute(select(t.settings.c.value).where(t.settings.c.key == key)).first()
    return default if row is None else json.loads(row[0])


def put_setting(conn: Connection, key: str, value: Any) -> None:
    data = json.dumps(value, ensure_ascii=False)
    if conn.execute(select(t.settings.c.key).where(t.settings.c.key == key)).first():
        conn.execute(update(t.settings).where(t.settings.c.key == key).values(value=data))
    else:
        conn.execute(insert(t.settings).values(key=key, value=data))


# -- SOPs -------------------------------------------------------------------

def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# The version new cases use: the newest made on this PC; an SOP known only from
# imported cases falls back to its newest imported version.
_CURRENT_ORDER = ((t.sop_versions.c.origin == "local").desc(), t.sop_versions.c.version.desc())


def latest_versions(conn: Connection) -> list[RowMapping]:
    """One row per SOP: the version new cases use."""
    q = (select(t.sops.c.code, t.sop_versions).join(t.sop_versions, t.sop_versions.c.sop_id == t.sops.c.id)
         .order_by(t.sops.c.code, *_CURRENT_ORDER))
    current: dict[str, RowMapping] = {}
    for row in conn.execute(q).mappings():
        current.setdefault(row["code"], row)
    return list(current.values())


def version_row(conn: Connection, version_id: int) -> RowMapping | None:
    q = (select(t.sops.c.code, t.sop_versions).join(t.sops, t.sops.c.id == t.sop_versions.c.sop_id)
         .where(t.sop_versions.c.id == version_id))
    return conn.execute(q).mappings().first()


def version_by_code(conn: Connection, code: str, version: int | None = None) -> RowMapping | None:
    q = (select(t.sops.c.code, t.sop_versions).join(t.sops, t.sops.c.id == t.sop_versions.c.sop_id)
         .where(t.sops.c.code == code).order_by(*_CURRENT_ORDER))
    if version is not None:
        q = q.where(t.sop_versions.c.version == version)
    return conn.execute(q.limit(1)).mappings().first()


def add_sop_version(conn: Connection, code: str, name: str, definition: str, now: str,
                    origin: str = "local") -> tuple[int, int, bool]:
    """(version id, version number, created?) — an unchanged file adds nothing.

    A local import of a text that first arrived with a case makes that
    version local (current) instead of adding a copy.
    """
    sop_id = conn.execute(select(t.sops.c.id).where(t.sops.c.code == code)).scalar()
    if sop_id is None:
        sop_id = inserted_id(conn.execute(insert(t.sops).values(code=code, created_at=now)))
    d = digest(definition)
    current = conn.execute(select(t.sop_versions.c.id, t.sop_versions.c.version, t.sop_versions.c.digest)
                           .where(t.sop_versions.c.sop_id == sop_id).order_by(*_CURRENT_ORDER).limit(1)).first()
    if current is not None and current.digest == d:
        return current.id, current.version, False
    same = conn.execute(select(t.sop_versions.c.id, t.sop_versions.c.version, t.sop_versions.c.origin)
                        .where(t.sop_versions.c.sop_id == sop_id, t.sop_versions.c.digest == d).limit(1)).first()
    if same is not None:
        if origin == "local" and same.origin != "local":
            conn.execute(update(t.sop_versions).where(t.sop_versions.c.id == same.id).values(origin="local"))
            return same.id, same.version, True
        return same.id, same.version, False
    last = conn.execute(select(func.max(t.sop_versions.c.version)).where(t.sop_versions.c.sop_id == sop_id)).scalar()
    number = (last or 0) + 1
    vid = inserted_id(conn.execute(insert(t.sop_versions).values(
        sop_id=sop_id, version=number, name=name, definition=definition, digest=d, created_at=now, origin=origin,
    )))
    return vid, number, True


def version_id_by_digest(conn: Connection, digest_: str) -> int | None:
    """The oldest stored version with exactly this definition, of whichever SOP."""
    v = t.sop_versions.c
    found = conn.execute(select(v.id).where(v.digest == digest_).order_by(v.id).limit(1)).scalar()
    return None if found is None else int(found)


# -- officials --------------------------------------------------------------

def officials(conn: Connection, active_only: bool = False) -> Sequence[RowMapping]:
    q = select(t.officials).order_by(t.officials.c.active.desc(), t.officials.c.name)
    if active_only:
        q = q.where(t.officials.c.active == 1)
    return conn.execute(q).mappings().all()


def add_official(conn: Connection, values: Values) -> int:
    """A new official's id; a NIP already registered breaks the officials_nip index (ConstraintViolated)."""
    return inserted_id(conn.execute(insert(t.officials).values(**values)))


def update_official(conn: Connection, official_id: int, values: Values) -> None:
    conn.execute(update(t.officials).where(t.officials.c.id == official_id).values(**values))


# -- calendar overrides -----------------------------------------------------

def calendar_overrides(conn: Connection) -> list[dict[str, Any]]:
    """Rows (day, kind, name), by day."""
    q = select(t.calendar_overrides).order_by(t.calendar_overrides.c.day)
    return [dict(r) for r in conn.execute(q).mappings()]


def set_calendar_override(conn: Connection, day: str, kind: str | None, name: str = "") -> None:
    """Make `day` (YYYY-MM-DD) a holiday ("add") or a working day ("remove"); None forgets it."""
    conn.execute(delete(t.calendar_overrides).where(t.calendar_overrides.c.day == day))
    if kind:
        conn.execute(insert(t.calendar_overrides).values(day=day, kind=kind, name=name))


# -- cases ------------------------------------------------------------------

CASE_LIST_COLUMNS = (
    t.cases.c.id, t.cases.c.title, t.cases.c.year, t.cases.c.state, t.cases.c.current_step,
    t.cases.c.current_running, t.cases.c.current_actor, t.cases.c.current_due_at, t.cases.c.late_done,
    t.cases.c.started_at, t.cases.c.closed_at, t.cases.c.created_at, t.cases.c.ref_number,
    t.cases.c.sop_version_id, t.sops.c.code.label("sop"), t.sop_versions.c.name.label("sop_name"),
)


def _case_join() -> Any:
    return (t.cases.join(t.sop_versions, t.sop_versions.c.id == t.cases.c.sop_version_id)
            .join(t.sops, t.sops.c.id == t.sop_versions.c.sop_id))


def late_clause(now_text: str) -> ColumnElement[bool]:
    """A case is late when a finished step ran over, or its running step is past due now."""
    return or_(late_done_clause(), late_running_clause(now_text))


def late_running_clause(now_text: str) -> ColumnElement[bool]:
    """The case's running step is past due now ("Sedang terlambat"): read from the cases_state index."""
    return and_(t.cases.c.state == "open", t.cases.c.current_due_at < now_text, t.cases.c.current_running == 1)


def late_done_clause() -> ColumnElement[bool]:
    """A step of the case finished after its due time ("Selesai terlambat"): the cases_late_done index."""
    return t.cases.c.late_done == 1


def _late_done(_now_text: str) -> ColumnElement[bool]:
    return late_done_clause()


LATE = {"both": late_clause, "running": late_running_clause, "done": _late_done}


def case_filter(*, sop: str | None = None, year: int | None = None, state: str | None = None,
                search: ColumnElement[bool] | None = None, late: str | None = None,
                now_text: str = "") -> ColumnElement[bool] | None:
    """Conditions on the cases table alone, so listing ids needs no join. `search` is the
    condition of search_queries.search_clause; `late` one of LATE's keys."""
    conds: list[ColumnElement[bool]] = []
    if sop:
        conds.append(t.cases.c.sop_version_id.in_(
            select(t.sop_versions.c.id).join(t.sops, t.sops.c.id == t.sop_versions.c.sop_id)
            .where(t.sops.c.code == sop)))
    if year:
        conds.append(t.cases.c.year == year)
    if state in ("open", "closed"):
        conds.append(t.cases.c.state == state)
    elif state == "late":
        conds.append(late_clause(now_text))
    elif state == "ontime":
        conds.append(~late_clause(now_text))
    if late in LATE:
        conds.append(LATE[late](now_text))
    if search is not None:
        conds.append(search)
    return and_(*conds) if conds else None


SORT_KEYS = {
    "id": t.cases.c.id, "title": t.cases.c.title, "sop": t.sops.c.code, "year": t.cases.c.year,
    "step": t.cases.c.current_step, "actor": t.cases.c.current_actor, "started": t.cases.c.started_at,
    "state": t.cases.c.state, "due": t.cases.c.current_due_at,
}


def case_ids(conn: Connection, where: ColumnElement[bool] | None = None, sort: str = "id",
             descending: bool = True) -> list[int]:
    col = SORT_KEYS.get(sort, t.cases.c.id)
    q = select(t.cases.c.id).select_from(_case_join() if sort == "sop" else t.cases)
    if where is not None:
        q = q.where(where)
    order = col.desc() if descending else col.asc()
    q = q.order_by(order, t.cases.c.id.desc() if descending else t.cases.c.id.asc())
    return first_column(conn, q)


def first_column(conn: Connection, query: Select[Any]) -> list[Any]:
    """The first value of every row, taken from the driver's cursor.

    For the 100,000 ids of the case list, building SQLAlchemy Row objects costs
    as much as the query itself; the statement still runs (and fails) through
    SQLAlchemy as usual.
    """
    result = conn.execute(query)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    except conn.dialect.loaded_dbapi.Error as e:  # fetching may still read the disk: report it like execute does
        raise DBAPIError.instance(str(query), None, e, conn.dialect.loaded_dbapi.Error) from e
    finally:
        result.close()


def case_rows(conn: Connection, ids: list[int]) -> dict[int, dict[str, Any]]:
    out: dict[int, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        q = select(*CASE_LIST_COLUMNS).select_from(_case_join()).where(t.cases.c.id.in_(chunk))
        for row in conn.execute(q).mappings():
            out[row["id"]] = dict(row)
    return out


def case_years(conn: Connection) -> list[int]:
    return list(conn.execute(select(t.cases.c.year).distinct().order_by(t.cases.c.year.desc())).scalars())


SQLITE_INT = (-(2 ** 63), 2 ** 63 - 1)


def case_record(conn: Connection, case_id: int) -> RowMapping | None:
    if not SQLITE_INT[0] <= case_id <= SQLITE_INT[1]:  # no such row, and SQLite could not even bind it
        return None
    return conn.execute(select(t.cases).where(t.cases.c.id == case_id)).mappings().first()


def case_events(conn: Connection, case_id: int) -> Sequence[RowMapping]:
    return conn.execute(select(t.events).where(t.events.c.case_id == case_id).order_by(t.events.c.id)).mappings().all()


def case_by_uid(conn: Connection, uid: str) -> RowMapping | None:
    """(id, digest of its SOP version) of the case known everywhere by `uid`."""
    q = (select(t.cases.c.id, t.sop_versions.c.digest)
         .join(t.sop_versions, t.sop_versions.c.id == t.cases.c.sop_version_id)
         .where(t.cases.c.uid == uid))
    return conn.execute(q).mappings().first()


def add_case(conn: Connection, values: Values) -> int:
    return inserted_id(conn.execute(insert(t.cases).values(**values)))


def update_case(conn: Connection, case_id: int, values: Values) -> None:
    """Set columns of the case's row (its list summary, updated_at)."""
    conn.execute(update(t.cases).where(t.cases.c.id == case_id).values(**values))


def add_event(conn: Connection, values: Values) -> int:
    return inserted_id(conn.execute(insert(t.events).values(**values)))


def next_ids(conn: Connection) -> tuple[int, int]:
    """The next free (case id, event id), for rows written in bulk with their ids."""
    cases = conn.execute(select(func.max(t.cases.c.id))).scalar() or 0
    events = conn.execute(select(func.max(t.events.c.id))).scalar() or 0
    return cases + 1, events + 1


def add_cases_and_events(conn: Connection, cases: Sequence[Values], events: Sequence[Values]) -> None:
    """Many whole rows at once (their ids given), in one executemany each."""
    if cases:
        conn.execute(insert(t.cases), list(cases))
    if events:
        conn.execute(insert(t.events), list(events))
    if conn.dialect.name == "postgresql":
        # Rows written with their ids leave the identity behind: move it past them.
        for table in ("cases", "events"):
            conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                 f"GREATEST((SELECT max(id) FROM {table}), 1))")
