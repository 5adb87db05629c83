"""Monitoring and evaluation of SOP AP (Permenpan RB 35/2012): the records and the annual report.

A record is the monitoring form of one SOP and semester, or the evaluation form of one SOP and
year. It is kept as revisions (store/monev_queries.py): the newest revision is a draft until it
is marked final; a final revision is never changed again, a change after it opens a new
revision (with its reason) and the history keeps every one. The rules — judging a step, the
note, the recommendation — are in domain/monev.py.
"""
from __future__ import annotations

import json
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..domain.messages import Joined, Message, msg
from ..domain.monev import (
    DEFAULT_THRESHOLD,
    DRAFT,
    EVALUASI,
    FIGURE_KEYS,
    FINAL,
    MONITORING,
    ROMAN,
    EvaluationForm,
    MonevError,
    MonitoringForm,
    Semester,
    SopHeader,
    check_threshold,
    check_year,
    monitoring_form,
    refreshed,
)
from ..domain.monitoring import MonitoringStats
from ..domain.office import Official
from ..store import monev_queries as q, repo
from ..store.transaction import Row
from . import reports
from .text import clean_text

if TYPE_CHECKING:
    from .office import Office

Progress = Callable[[int, int], None]
Form = MonitoringForm | EvaluationForm

SETTINGS_KEY = "monev"
NOTE_LIMIT = 2000


# -- the office's threshold ------------------------------------------------------------

def threshold(office: Office) -> int:
    """Percent of a step's runs on time for "Berjalan dengan baik" (default 80)."""
    with office.reading() as conn:
        stored = repo.get_setting(conn, SETTINGS_KEY, {})
    try:
        return check_threshold(stored.get("threshold", DEFAULT_THRESHOLD))
    except (MonevError, AttributeError):
        return DEFAULT_THRESHOLD


def save_threshold(office: Office, percent: object) -> int:
    value = check_threshold(percent)
    with office.writing() as conn:
        stored = repo.get_setting(conn, SETTINGS_KEY, {})
        repo.put_setting(conn, SETTINGS_KEY, {**(stored if isinstance(stored, dict) else {}), "threshold": value})
    return value


# -- records ---------------------------------------------------------------------------

@dataclass(frozen=True)
class MonevRecord:
    """One revision of a monitoring or evaluation record."""

    id: int
    kind: str                 # MONITORING or EVALUASI
    sop_code: str
    period: str               # "2026-1" or "2026"
    revision: int
    state: str                # DRAFT or FINAL
    reason: str               # why this revision was opened ("" for the first)
    created_at: datetime
    updated_at: datetime
    final_at: datetime | None
    form: Form

    @property
    def final(self) -> bool:
        return self.state == FINAL

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "sop": self.sop_code, "period": self.period,
                "revision": self.revision, "state": self.state, "reason": self.reason,
                "created_at": repo.utc_text(self.created_at), "updated_at": repo.utc_text(self.updated_at),
                "final_at": repo.utc_text(self.final_at) if self.final_at else None}


def _record(row: Row) -> MonevRecord:
    data = json.loads(row["content"])
    form: Form = MonitoringForm.from_dict(data) if row["kind"] == MONITORING else EvaluationForm.from_dict(data)
    return MonevRecord(id=row["id"], kind=row["kind"], sop_code=row["sop_code"], period=row["period"],
                       revision=row["revision"], state=row["state"], reason=row["reason"],
                       created_at=repo.from_utc_text(row["created_at"]),
                       updated_at=repo.from_utc_text(row["updated_at"]),
                       final_at=repo.parse_utc(row["final_at"]), form=form)


def _key(form: Form) -> tuple[str, str, str]:
    if isinstance(form, MonitoringForm):
        return MONITORING, form.sop.code, form.semester.key
    return EVALUASI, form.sop.code, str(form.year)


def history(office: Office, kind: str, sop_code: str, period: str) -> list[MonevRecord]:
    """Every revision of the record, oldest first (empty when none was saved)."""
    with office.reading() as conn:
        return [_record(r) for r in q.revisions(conn, kind, sop_code, period)]


def current(office: Office, kind: str, sop_code: str, period: str) -> MonevRecord | None:
    """The newest revision (a draft being edited, or the final one)."""
    revs = history(office, kind, sop_code, period)
    return revs[-1] if revs else None


def record(office: Office, record_id: int) -> MonevRecord:
    with office.reading() as conn:
        row = q.record(conn, record_id)
    if row is None:
        raise MonevError(msg("monev.no_record", id=record_id))
    return _record(row)


def _cleaned(form: Form) -> Form:
    """User text checked the way every stored text is (control characters, length)."""
    if isinstance(form, MonitoringForm):
        rows = tuple(replace(r, note=clean_text(r.note, msg("field.step_note", no=r.no), NOTE_LIMIT),
                             action=clean_text(r.action, msg("field.step_action", no=r.no), NOTE_LIMIT))
                     for r in form.rows)
        return replace(form, rows=rows)
    answers = tuple(replace(a, note=clean_text(a.note, msg("field.question_note", no=i), NOTE_LIMIT))
                    for i, a in enumerate(form.answers, start=1))
    return replace(form, answers=answers)


def save(office: Office, form: Form) -> MonevRecord:
    """Store the form as the record's draft: the first revision, or the draft being edited.
    A record whose newest revision is final is refused: open a new revision first."""
    form = _cleaned(form)
    kind, code, period = _key(form)
    content = json.dumps(form.to_dict(), ensure_ascii=False)
    now = office.now_text()
    with office.writing() as conn:
        sop_id = q.sop_id(conn, code)
        if sop_id is None:
            raise MonevError(msg("monev.no_sop", code=code))
        revs = q.revisions(conn, kind, code, period)
        if not revs:
            record_id = q.add_revision(conn, kind=kind, sop_id=sop_id, period=period, revision=1, content=content,
                                       reason="", now=now)
        elif revs[-1]["state"] == DRAFT:
            record_id = revs[-1]["id"]
            q.update_draft(conn, record_id, content, now)
        else:
            raise MonevError(msg("monev.already_final", what=_what(kind, period), revision=revs[-1]["revision"]))
    return record(office, record_id)


def finalise(office: Office, record_id: int) -> MonevRecord:
    """Mark the draft final; refused (MonevError listing what is missing) while the form is incomplete."""
    rec = record(office, record_id)
    if rec.final:
        return rec
    problems = rec.form.problem_messages()
    if problems:
        raise MonevError(msg("monev.not_final_yet", problems=Joined(tuple(problems), "\n- ")))
    with office.writing() as conn:
        if not q.make_final(conn, record_id, office.now_text()):
            raise MonevError(msg("monev.changed_elsewhere"))
    return record(office, record_id)


def new_revision(office: Office, record_id: int, reason: str) -> MonevRecord:
    """A draft copy of the final record, to be changed; `reason` says why (it is kept)."""
    reason = clean_text(reason, msg("field.revision_reason"), 500).strip()
    if not reason:
        raise MonevError(msg("monev.no_reason"))
    rec = record(office, record_id)
    with office.writing() as conn:
        revs = q.revisions(conn, rec.kind, rec.sop_code, rec.period)
        last = revs[-1]
        if last["state"] != FINAL:
            raise MonevError(msg("monev.still_draft", revision=last["revision"]))
        sop_id = q.sop_id(conn, rec.sop_code)
        assert sop_id is not None
        new_id = q.add_revision(conn, kind=rec.kind, sop_id=sop_id, period=rec.period,
                                revision=last["revision"] + 1, content=last["content"], reason=reason,
                                now=office.now_text())
    return record(office, new_id)


def discard_draft(office: Office, record_id: int) -> None:
    """Throw the draft away (a final revision before it, if any, becomes the current one again)."""
    with office.writing() as conn:
        if not q.delete_draft(conn, record_id):
            raise MonevError(msg("monev.discard_final"))


def _what(kind: str, period: str) -> Message:
    if kind == MONITORING:
        semester = Semester.parse(period)
        return msg("monev.what_monitoring", half=ROMAN[semester.half], year=semester.year)
    return msg("monev.what_evaluation", year=period)


def _today(office: Office) -> date:
    return office.now().astimezone(office.tz).date()


def _header(office: Office, sop_code: str) -> SopHeader:
    version = office.current_version(sop_code)
    return SopHeader.of(version.sop, version.number)


# -- monitoring --------------------------------------------------------------------------

def semester_stats(office: Office, sop_code: str, semester: Semester, *,
                   progress: Progress | None = None) -> MonitoringStats:
    """The statistics per step over the cases that started in the semester."""
    return reports.monitoring_stats(office, sop_code, semester.period, progress=progress)


def prefill_monitoring(office: Office, sop_code: str, semester: Semester, *, threshold_percent: int | None = None,
                       progress: Progress | None = None) -> MonitoringForm:
    """A new monitoring form filled from the semester's cases (not stored): the office's threshold,
    the penilai of the SOP's previous monitoring, today's date."""
    header = _header(office, sop_code)
    stats = semester_stats(office, sop_code, semester, progress=progress)
    limit = threshold(office) if threshold_percent is None else threshold_percent
    return monitoring_form(stats, header, semester, limit, penilai=_previous_penilai(office, sop_code, semester),
                           signed_on=_today(office), computed_at=office.now_text())


def refresh_monitoring(office: Office, form: MonitoringForm, *, threshold_percent: int | None = None,
                       progress: Progress | None = None) -> MonitoringForm:
    """The figures read again (and judged with `threshold_percent`, default the form's own),
    keeping what the penilai wrote or changed by hand."""
    stats = semester_stats(office, form.sop.code, form.semester, progress=progress)
    limit = form.threshold if threshold_percent is None else threshold_percent
    fresh = monitoring_form(stats, _header(office, form.sop.code), form.semester, limit,
                            computed_at=office.now_text())
    return refreshed(form, fresh)


def monitoring_for(office: Office, sop_code: str, semester: Semester, *,
                   progress: Progress | None = None) -> tuple[MonitoringForm, MonevRecord | None]:
    """The form to show or print: the stored record's (newest revision), else one prefilled from the data."""
    rec = current(office, MONITORING, sop_code, semester.key)
    if rec is not None:
        assert isinstance(rec.form, MonitoringForm)
        return rec.form, rec
    return prefill_monitoring(office, sop_code, semester, progress=progress), None


def _previous_penilai(office: Office, sop_code: str, semester: Semester) -> Official | None:
    before = Semester(semester.year, 1) if semester.half == 2 else Semester(semester.year - 1, 2)
    rec = current(office, MONITORING, sop_code, before.key)
    return rec.form.penilai if rec is not None and isinstance(rec.form, MonitoringForm) else None


# -- evaluation --------------------------------------------------------------------------

def blank_evaluation(office: Office, sop_code: str, year: int) -> EvaluationForm:
    """A new evaluation form (nothing answered), with the evaluator of the SOP's previous year."""
    year = check_year(year)
    before = current(office, EVALUASI, sop_code, str(year - 1))
    evaluator = before.form.evaluator if before is not None and isinstance(before.form, EvaluationForm) else None
    return EvaluationForm(_header(office, sop_code), year, evaluator=evaluator, signed_on=_today(office))


def evaluation_for(office: Office, sop_code: str, year: int) -> tuple[EvaluationForm, MonevRecord | None]:
    """The stored record's form (newest revision), else a blank one."""
    rec = current(office, EVALUASI, sop_code, str(check_year(year)))
    if rec is not None:
        assert isinstance(rec.form, EvaluationForm)
        return rec.form, rec
    return blank_evaluation(office, sop_code, year), None


def read_answers(office: Office, form: EvaluationForm, text: str, source: str = "") -> tuple[EvaluationForm, bool]:
    """The form with the answers of an answers file applied, and whether the file asks `final = true`.

        evaluator = "NAMA atau NIP"     # optional: a registered official
        date = 2026-12-15               # optional: the date above the signature
        final = true                    # optional
        [[answers]]
        no = 1
        answer = "ya"                   # or "tidak"
        note = "…"                      # optional
    """
    def where(problem: Message) -> Message:
        return msg("monev.in_file", source=source, problem=problem) if source else problem
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise MonevError(where(msg("monev.answers_unreadable", error=str(e)))) from None
    known = {"evaluator", "date", "final", "answers"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise MonevError(where(msg("monev.unknown_key", key=unknown[0], known=", ".join(sorted(known)))))
    try:
        answers = data.get("answers", [])
        if not isinstance(answers, list) or not all(isinstance(a, Mapping) for a in answers):
            raise MonevError(msg("monev.answers_list"))
        for a in answers:
            if "no" not in a or not isinstance(a["no"], int):
                raise MonevError(msg("monev.answers_no"))
            form = form.with_answer(a["no"], **{k: a[k] for k in ("answer", "note") if k in a})
        if "evaluator" in data:
            who = str(data["evaluator"]).strip()
            person = office.find_official(who) if who else None
            if who and person is None:
                raise MonevError(msg("monev.unknown_evaluator", name=who))
            form = replace(form, evaluator=person)
        if "date" in data:
            day = data["date"]
            form = replace(form, signed_on=day if isinstance(day, date) else date.fromisoformat(str(day)))
    except MonevError as e:
        if e.message is not None:
            raise MonevError(where(e.message)) from None
        raise MonevError(f"{source}: {e}" if source else str(e)) from None
    except ValueError:
        raise MonevError(where(msg("monev.answers_date", date=data.get("date")))) from None
    final = data.get("final", False)
    if not isinstance(final, bool):
        raise MonevError(where(msg("monev.answers_final")))
    return form, final


# -- the annual report ---------------------------------------------------------------------

@dataclass(frozen=True)
class AnnualEntry:
    """One SOP in the annual report: its final evaluation and monitoring forms of the year."""

    sop: SopHeader
    evaluation: EvaluationForm | None
    semesters: tuple[MonitoringForm | None, MonitoringForm | None]
    drafts: tuple[str, ...] = ()          # what exists only as a draft: "evaluasi", "2026-1"…

    @property
    def monitored(self) -> bool:
        return any(f is not None for f in self.semesters)


@dataclass(frozen=True)
class AnnualReport:
    year: int
    unit: str
    entries: tuple[AnnualEntry, ...]
    signer: Official | None
    signed_on: date

    @property
    def in_force(self) -> int:
        return len(self.entries)

    @property
    def monitored(self) -> int:
        return sum(1 for e in self.entries if e.monitored)

    @property
    def evaluated(self) -> int:
        return sum(1 for e in self.entries if e.evaluation is not None)


def in_force(sop_effective: str, year: int) -> bool:
    """An SOP counts from the year it took effect ("2021-12"; unknown: always)."""
    head = (sop_effective or "").strip()[:4]
    return not head.isdigit() or int(head) <= year


def annual_report(office: Office, year: int) -> AnnualReport:
    """The SOPs in force in `year` with their final monitoring (both semesters) and evaluation."""
    year = check_year(year)
    periods = [str(year), f"{year}-1", f"{year}-2"]
    with office.reading() as conn:
        finals = [_record(r) for r in q.latest_final_of_periods(conn, periods)]
        newest = [_record(r) for r in q.latest_of_periods(conn, periods)]
    by_sop: dict[str, dict[str, Form]] = {}
    for rec in finals:
        by_sop.setdefault(rec.sop_code, {})[rec.period] = rec.form
    drafts: dict[str, list[str]] = {}
    for rec in newest:
        if not rec.final and rec.period not in by_sop.get(rec.sop_code, {}):
            drafts.setdefault(rec.sop_code, []).append("evaluasi" if rec.kind == EVALUASI else rec.period)
    entries = []
    for info in office.sops():
        sop = office.sop(info.code)
        forms = by_sop.get(info.code, {})
        if not in_force(sop.effective, year) and not forms:
            continue
        evaluation = forms.get(str(year))
        halves = tuple(forms.get(f"{year}-{h}") for h in (1, 2))
        entries.append(AnnualEntry(
            SopHeader.of(sop, info.version), evaluation if isinstance(evaluation, EvaluationForm) else None,
            (halves[0] if isinstance(halves[0], MonitoringForm) else None,
             halves[1] if isinstance(halves[1], MonitoringForm) else None),
            tuple(drafts.get(info.code, ()))))
    return AnnualReport(year, office.profile().unit, tuple(entries), reports.head_official(office), _today(office))


# -- the --json contracts ------------------------------------------------------------------

def _person_json(o: Official | None) -> dict[str, Any] | None:
    return None if o is None else {"name": o.name, "position": o.position, "rank": o.rank, "nip": o.nip}


def monitoring_json(form: MonitoringForm, rec: MonevRecord | None) -> dict[str, Any]:
    """`report monev --json`: extend, never rename."""
    period = form.semester.period
    return {
        "sop": form.sop.code, "sop_name": form.sop.name, "sop_number": form.sop.number, "unit": form.sop.unit,
        "semester": form.semester.key, "period": {"start": period.start.isoformat(), "end": period.end.isoformat(),
                                                  "label": form.semester.label},
        "record": rec.to_json() if rec is not None else None,
        "threshold": form.threshold, "cases": form.cases, "closed": form.closed,
        "penilai": _person_json(form.penilai), "signed_on": form.signed_on.isoformat() if form.signed_on else None,
        "good": form.judged_good, "not_good": form.judged_bad, "summary": form.summary(),
        "steps": [{"no": r.no, "activity": r.activity, "judgement": r.judgement, "judgement_text": r.judgement_text,
                   "note": r.note, "action": r.action, **{k: r.figures.get(k) for k in FIGURE_KEYS}}
                  for r in form.rows],
    }


def evaluation_json(form: EvaluationForm, rec: MonevRecord | None) -> dict[str, Any]:
    """`report evaluasi --json`: extend, never rename."""
    share = form.yes_share
    return {
        "sop": form.sop.code, "sop_name": form.sop.name, "sop_number": form.sop.number, "unit": form.sop.unit,
        "year": form.year, "record": rec.to_json() if rec is not None else None,
        "evaluator": _person_json(form.evaluator), "signed_on": form.signed_on.isoformat() if form.signed_on else None,
        "answers": form.to_dict()["answers"], "yes": form.yes_count,
        "answered": sum(1 for a in form.answers if a.answer is not None),
        "yes_share": None if share is None else round(share, 4), "recommendation": form.recommendation,
    }
