"""Plain dict views of cases for the CLI's JSON (a contract: extend, never rename keys)."""
from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from ..domain.case import WAITING
from ..store.repo import parse_utc

if TYPE_CHECKING:
    from .events import CaseView


def iso(dt: datetime | None, tz: tzinfo) -> str | None:
    return dt.astimezone(tz).isoformat(timespec="seconds") if dt else None


def case_list_item(row: dict[str, Any], tz: tzinfo) -> dict[str, Any]:
    return {
        "id": row["id"],
        "title": row["title"],
        "sop": row["sop"],
        "year": row["year"],
        "state": row["state"],
        "late": row["late"],
        "current_step": row["current_step"],
        "current_running": bool(row["current_running"]),
        "current_actor": row["current_actor"],
        "current_due_at": iso(parse_utc(row["current_due_at"]), tz),
        "started_at": iso(parse_utc(row["started_at"]), tz),
        "closed_at": iso(parse_utc(row["closed_at"]), tz),
        "ref_number": row["ref_number"],
    }


def case_detail(view: CaseView, tz: tzinfo) -> dict[str, Any]:
    st = view.state
    steps = []
    for s in view.sop.steps:
        status = st.steps[s.no]
        run = status.run
        steps.append({
            "no": s.no,
            "activity": s.activity,
            "lane": s.lane,
            "kind": s.kind,
            "state": status.state,
            "current": status.current,
            "started_at": iso(run.started_at, tz) if run else None,
            "started_by": run.started_by if run else None,
            "finished_at": iso(run.finished_at, tz) if run else None,
            "finished_by": run.finished_by if run else None,
            "decision": run.decision if run else None,
            "due_at": iso(run.due_at, tz) if run else None,
            "standard": s.time,
            "actual_working_minutes": status.actual_working_minutes if status.state != WAITING else None,
            "late": bool(status.late),
            "runs": len(status.runs),
        })
    return {
        "id": view.id,
        "title": view.title,
        "sop": view.sop.code,
        "sop_version": view.sop_version,
        "year": view.year,
        "state": st.state_word,
        "late": st.late,
        "current_step": st.current,
        "ref_number": view.ref_number,
        "ref_date": view.ref_date,
        "ref_subject": view.ref_subject,
        "started_at": iso(st.started_at, tz),
        "closed_at": iso(st.closed_at, tz),
        "steps": steps,
        "events": [{
            "id": e.id, "kind": e.kind, "step": e.step, "at": iso(e.at, tz), "recorded_at": iso(e.recorded_at, tz),
            "by": e.by, "by_nip": e.by_nip, "note": e.note, "decision": e.decision, "voids": e.voids,
            "voided": e.id in st.voided,
            "imported_by": e.imported_by,   # the import event it arrived with (None: recorded here)
            # The PC and its operating-system user that recorded it ("" if not known); since schema 8.
            "pc_name": view.origins.get(e.id, ("", ""))[0], "os_user": view.origins.get(e.id, ("", ""))[1],
        } for e in view.events],
    }
