"""Monitoring and evaluation of SOP AP as Permenpan RB 35/2012 asks: the rules, without storage.

- The monitoring form ("Monitoring Pelaksanaan SOP AP"), per SOP and semester: each step
  ("Prosedur") judged "Berjalan dengan baik" or "Tidak berjalan dengan baik" from the share of
  its runs that kept the SOP's time (the threshold is the office's), a note written from the
  figures, the action the penilai writes. A step without a time standard is judged on whether
  it ran at all, and its note says there is no standard.
- The evaluation form, per SOP and year: the regulation's seven Ya/Tidak questions, each with a
  note; the share of "Ya" and the recommendation: "tetap" when every answer is Ya, else
  "perlu penyempurnaan".

The forms are plain data with a JSON form (`to_dict`/`from_dict`) that app/monev.py stores as
one revision of a record; documents/monev.py prints them.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from .errors import UserError
from .indonesian import MONTHS, format_number
from .messages import Message, msg
from .monitoring import MonitoringStats, StepStats, percent_text, working_time_words
from .office import Official
from .period import Period
from .sop import Sop

MONITORING, EVALUASI = "monitoring", "evaluasi"
DRAFT, FINAL = "draft", "final"

# ---- the period ---------------------------------------------------------------------------

_SEMESTER = re.compile(r"^\s*(\d{4})-([12])\s*$")
ROMAN = {1: "I", 2: "II"}


class MonevError(UserError):
    """A form or period that cannot be used; the message says what to do."""


@dataclass(frozen=True, order=True)
class Semester:
    """Semester I (1 Januari – 30 Juni) or II (1 Juli – 31 Desember) of a year."""

    year: int
    half: int

    def __post_init__(self) -> None:
        if self.half not in (1, 2) or not 1900 <= self.year <= 2200:
            raise MonevError(msg("monev.no_semester", year=self.year, half=self.half))

    @classmethod
    def parse(cls, text: str) -> Semester:
        """"2026-1" -> Semester(2026, 1)."""
        m = _SEMESTER.match(text or "")
        if not m:
            raise MonevError(msg("monev.semester_unreadable", text=text))
        return cls(int(m[1]), int(m[2]))

    @property
    def key(self) -> str:
        return f"{self.year}-{self.half}"

    @property
    def start(self) -> date:
        return date(self.year, 1 if self.half == 1 else 7, 1)

    @property
    def end(self) -> date:
        """The last day, inclusive."""
        return date(self.year, 6, 30) if self.half == 1 else date(self.year, 12, 31)

    @property
    def period(self) -> Period:
        """The cases of the semester: those that started in it (domain/period.py)."""
        return Period.semester(self.year, self.half)

    @property
    def label(self) -> str:
        """"Semester I Tahun 2026"."""
        return f"Semester {ROMAN[self.half]} Tahun {self.year}"

    @property
    def span_text(self) -> str:
        """"1 Januari – 30 Juni 2026"."""
        return f"1 {MONTHS[self.start.month - 1]} – {self.end.day} {MONTHS[self.end.month - 1]} {self.year}"

    def __str__(self) -> str:
        return self.key


def check_year(year: int) -> int:
    if not 1900 <= int(year) <= 2200:
        raise MonevError(msg("cases.bad_year", year=year))
    return int(year)


# ---- judging a step -----------------------------------------------------------------------

BAIK, TIDAK_BAIK = "baik", "tidak"
JUDGEMENTS = {BAIK: "Berjalan dengan baik", TIDAK_BAIK: "Tidak berjalan dengan baik"}
DEFAULT_THRESHOLD = 80      # percent of a step's runs on time for "Berjalan dengan baik"


def check_threshold(percent: object) -> int:
    try:
        value = int(str(percent).strip().rstrip("%").strip())
    except ValueError:
        value = -1
    if not 1 <= value <= 100:
        raise MonevError(msg("monev.threshold", value=percent))
    return value


def judge(step: StepStats, threshold: int) -> str | None:
    """BAIK when at least `threshold` % of the step's finished runs with a due time kept it,
    TIDAK_BAIK below; a step without a standard is BAIK once it ran. None: it did not run in the period, the
    penilai judges."""
    if step.runs == 0:
        return None
    if step.standard_minutes is None or step.timed == 0:
        return BAIK
    # only the runs that had a due time count (an older version may have had no standard)
    return BAIK if step.on_time * 100 >= threshold * step.timed else TIDAK_BAIK   # whole numbers: no rounding


def step_note(step: StepStats, minutes_per_day: int) -> str:
    """"41 kali; median 4 menit dari standar 5 menit; terlama 15 menit; 2 terlambat (95 % tepat waktu)"."""
    def words(minutes: float | None) -> str:
        return working_time_words(minutes, minutes_per_day)

    if step.runs == 0:
        text = "Tidak dilaksanakan pada periode ini"
        if step.running:
            text += f" ({format_number(step.running)} masih berjalan)"
        return text
    parts = [f"{format_number(step.runs)} kali"]
    if step.standard_minutes is None:
        parts += [f"median {words(step.median_minutes)}", f"terlama {words(step.worst_minutes)}",
                  "tanpa waktu standar (dinilai dari pelaksanaannya saja)"]
    else:
        parts += [f"median {words(step.median_minutes)} dari standar {words(step.standard_minutes)}",
                  f"terlama {words(step.worst_minutes)}"]
        if step.late:
            parts.append(f"{format_number(step.late)} terlambat ({percent_text(step.on_time_share)} tepat waktu)")
        elif step.timed:
            parts.append("semua tepat waktu")
        if step.untimed:
            parts.append(f"{format_number(step.untimed)} kali tanpa waktu standar (versi SOP sebelumnya)")
    if step.running_late:
        parts.append(f"{format_number(step.running_late)} masih berjalan melewati standar")
    return "; ".join(parts)


# ---- people ----------------------------------------------------------------------------------

def person_dict(o: Official | None) -> dict[str, Any] | None:
    """An official as the form keeps them: as they were when the form was signed."""
    if o is None:
        return None
    return {"id": o.id, "name": o.name, "position": o.position, "rank": o.rank, "nip": o.nip}


def person_from(data: Mapping[str, Any] | None) -> Official | None:
    if not data:
        return None
    return Official(name=str(data.get("name", "")), position=str(data.get("position", "")),
                    rank=str(data.get("rank", "")), nip=str(data.get("nip", "")),
                    id=data.get("id") if isinstance(data.get("id"), int) else None)


def _date_from(text: object) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise MonevError(msg("settings.bad_date", date=text)) from None


def _clean(text: object) -> str:
    s = "" if text is None else str(text)
    return s.replace("\r\n", "\n").replace("\r", "\n").strip()


@dataclass(frozen=True)
class SopHeader:
    """The SOP as the forms name it (kept with the form: a later edit of the SOP does not change it)."""

    code: str
    name: str
    number: str = ""
    unit: str = ""
    version: int | None = None

    @classmethod
    def of(cls, sop: Sop, version: int | None = None) -> SopHeader:
        return cls(sop.code, sop.name, sop.number, sop.unit, version)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "number": self.number, "unit": self.unit,
                "version": self.version}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SopHeader:
        v = data.get("version")
        return cls(str(data.get("code", "")), str(data.get("name", "")), str(data.get("number", "")),
                   str(data.get("unit", "")), v if isinstance(v, int) else None)


# ---- the monitoring form ----------------------------------------------------------------------

FIGURE_KEYS = ("runs", "on_time", "untimed", "late", "running", "running_late", "median_minutes", "worst_minutes",
               "standard", "standard_minutes")


@dataclass(frozen=True)
class MonitoringRow:
    """One step ("Prosedur"). `judgement`/`note` are what prints; `auto_*` what the figures said,
    so a refresh replaces only what the penilai has not changed by hand."""

    no: int
    activity: str
    judgement: str | None = None
    note: str = ""
    action: str = ""
    auto_judgement: str | None = None
    auto_note: str = ""
    figures: Mapping[str, Any] = field(default_factory=dict)

    @property
    def judgement_text(self) -> str:
        return JUDGEMENTS.get(self.judgement or "", "")

    @property
    def runs(self) -> int:
        return int(self.figures.get("runs") or 0)

    def to_dict(self) -> dict[str, Any]:
        return {"no": self.no, "activity": self.activity, "judgement": self.judgement, "note": self.note,
                "action": self.action, "auto_judgement": self.auto_judgement, "auto_note": self.auto_note,
                "figures": dict(self.figures)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MonitoringRow:
        def judgement(v: object) -> str | None:
            if v in (None, ""):
                return None
            if v not in JUDGEMENTS:
                raise MonevError(msg("monev.judgement_unknown", value=v, good=BAIK, bad=TIDAK_BAIK))
            return str(v)
        figures = data.get("figures") or {}
        return cls(no=int(data["no"]), activity=str(data.get("activity", "")),
                   judgement=judgement(data.get("judgement")), note=_clean(data.get("note")),
                   action=_clean(data.get("action")), auto_judgement=judgement(data.get("auto_judgement")),
                   auto_note=str(data.get("auto_note", "")),
                   figures={k: figures[k] for k in FIGURE_KEYS if k in figures})


def row_from_stats(step: StepStats, threshold: int, minutes_per_day: int) -> MonitoringRow:
    verdict, note = judge(step, threshold), step_note(step, minutes_per_day)
    figures = {"runs": step.runs, "on_time": step.on_time, "untimed": step.untimed, "late": step.late,
               "running": step.running,
               "running_late": step.running_late, "median_minutes": step.median_minutes,
               "worst_minutes": step.worst_minutes, "standard": step.standard,
               "standard_minutes": step.standard_minutes}
    return MonitoringRow(step.no, step.activity, verdict, note, "", verdict, note, figures)


@dataclass(frozen=True)
class MonitoringForm:
    sop: SopHeader
    semester: Semester
    rows: tuple[MonitoringRow, ...]
    threshold: int = DEFAULT_THRESHOLD
    minutes_per_day: int = 450
    cases: int = 0                  # the cases the figures come from
    closed: int = 0
    penilai: Official | None = None
    signed_on: date | None = None   # the date above the penilai's signature
    computed_at: str = ""           # when the figures were read (UTC ISO text)

    def row(self, no: int) -> MonitoringRow:
        return next(r for r in self.rows if r.no == no)

    @property
    def judged_good(self) -> int:
        return sum(1 for r in self.rows if r.judgement == BAIK)

    @property
    def judged_bad(self) -> int:
        return sum(1 for r in self.rows if r.judgement == TIDAK_BAIK)

    def summary(self) -> str:
        """"8 dari 11 langkah berjalan dengan baik" (and what is not judged yet)."""
        text = f"{self.judged_good} dari {len(self.rows)} langkah berjalan dengan baik"
        open_ = len(self.rows) - self.judged_good - self.judged_bad
        if open_:
            text += f"; {open_} belum dinilai"
        return text

    def with_row(self, no: int, **changes: Any) -> MonitoringForm:
        """The form with step `no` changed (judgement, note, action)."""
        if "judgement" in changes and changes["judgement"] not in (None, *JUDGEMENTS):
            raise MonevError(msg("monev.judgement_unknown_short", value=changes["judgement"]))
        for key in ("note", "action"):
            if key in changes:
                changes[key] = _clean(changes[key])
        rows = tuple(replace(r, **changes) if r.no == no else r for r in self.rows)
        return replace(self, rows=rows)

    def problems(self) -> list[str]:
        """What stands in the way of marking the form final (empty: it may be)."""
        return [str(m) for m in self.problem_messages()]

    def problem_messages(self) -> list[Message]:
        """problems() as message codes, for a screen in another language."""
        out = []
        if self.penilai is None or not self.penilai.name.strip():
            out.append(msg("monev.no_penilai"))
        for r in self.rows:
            if r.judgement is None and r.runs:
                out.append(msg("monev.not_judged", no=r.no))
            if r.judgement == TIDAK_BAIK and not r.action.strip():
                out.append(msg("monev.no_action", no=r.no))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"sop": self.sop.to_dict(), "semester": self.semester.key, "threshold": self.threshold,
                "minutes_per_day": self.minutes_per_day, "cases": self.cases, "closed": self.closed,
                "penilai": person_dict(self.penilai),
                "signed_on": self.signed_on.isoformat() if self.signed_on else None,
                "computed_at": self.computed_at, "rows": [r.to_dict() for r in self.rows]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MonitoringForm:
        return cls(sop=SopHeader.from_dict(data.get("sop") or {}), semester=Semester.parse(str(data["semester"])),
                   rows=tuple(MonitoringRow.from_dict(r) for r in data.get("rows") or ()),
                   threshold=check_threshold(data.get("threshold", DEFAULT_THRESHOLD)),
                   minutes_per_day=int(data.get("minutes_per_day") or 450), cases=int(data.get("cases") or 0),
                   closed=int(data.get("closed") or 0), penilai=person_from(data.get("penilai")),
                   signed_on=_date_from(data.get("signed_on")), computed_at=str(data.get("computed_at") or ""))


def monitoring_form(stats: MonitoringStats, sop: SopHeader, semester: Semester, threshold: int, *,
                    penilai: Official | None = None, signed_on: date | None = None,
                    computed_at: str = "") -> MonitoringForm:
    """The form prefilled from the statistics of the semester's cases."""
    threshold = check_threshold(threshold)
    rows = tuple(row_from_stats(s, threshold, stats.minutes_per_day) for s in stats.steps)
    return MonitoringForm(sop, semester, rows, threshold, stats.minutes_per_day, stats.cases, stats.closed,
                          penilai, signed_on, computed_at)


def refreshed(old: MonitoringForm, new: MonitoringForm) -> MonitoringForm:
    """`new` (figures read again, or another threshold) keeping what the penilai wrote: the
    actions, the people and the date, and any judgement or note changed by hand."""
    before = {r.no: r for r in old.rows}
    rows = []
    for r in new.rows:
        was = before.get(r.no)
        if was is not None:
            r = replace(r, action=was.action,
                        judgement=r.judgement if was.judgement == was.auto_judgement else was.judgement,
                        note=r.note if was.note == was.auto_note else was.note)
        rows.append(r)
    return replace(new, rows=tuple(rows), penilai=old.penilai, signed_on=old.signed_on)


# ---- the evaluation form ------------------------------------------------------------------------

EVALUATION_QUESTIONS: tuple[str, ...] = (
    "Mampu mendorong peningkatan kinerja",
    "Mudah dipahami",
    "Mudah dilaksanakan",
    "Semua orang dapat menjalankan perannya masing-masing",
    "Mampu mengatasi permasalahan yang berkaitan dengan proses",
    "Mampu menjawab kebutuhan peningkatan kinerja organisasi",
    "Sinergi satu dengan lainnya",
)
YA, TIDAK = "ya", "tidak"
ANSWERS = {YA: "Ya", TIDAK: "Tidak"}
TETAP, PERLU_PENYEMPURNAAN = "tetap", "perlu penyempurnaan"
RECOMMENDATIONS = {TETAP: "Tetap", PERLU_PENYEMPURNAAN: "Perlu penyempurnaan"}


def answer_value(text: object) -> str | None:
    """"Ya"/"ya"/True -> YA, "Tidak"/False -> TIDAK, ""/None -> None."""
    if text is None or text == "":
        return None
    if isinstance(text, bool):
        return YA if text else TIDAK
    key = str(text).strip().casefold()
    if key in ANSWERS:
        return key
    raise MonevError(msg("monev.answer_unknown", text=text))


@dataclass(frozen=True)
class EvaluationAnswer:
    answer: str | None = None
    note: str = ""


def yes_share(answers: Sequence[EvaluationAnswer]) -> float | None:
    """Share of "Ya" among the questions answered; None before any answer."""
    given = [a.answer for a in answers if a.answer is not None]
    return sum(1 for a in given if a == YA) / len(given) if given else None


def recommendation(answers: Sequence[EvaluationAnswer]) -> str | None:
    """TETAP when all seven are "Ya", PERLU_PENYEMPURNAAN when any is "Tidak"; None while one is open."""
    if len(answers) != len(EVALUATION_QUESTIONS) or any(a.answer is None for a in answers):
        return None
    return TETAP if all(a.answer == YA for a in answers) else PERLU_PENYEMPURNAAN


def recommendation_reason(answers: Sequence[EvaluationAnswer]) -> str:
    """Why: "semua jawaban Ya" or "jawaban Tidak pada butir 2 dan 5"."""
    rec = recommendation(answers)
    if rec is None:
        return "belum semua butir dijawab"
    if rec == TETAP:
        return "semua jawaban Ya"
    nos = [str(i) for i, a in enumerate(answers, start=1) if a.answer == TIDAK]
    listed = nos[0] if len(nos) == 1 else ", ".join(nos[:-1]) + " dan " + nos[-1]
    return f"jawaban Tidak pada butir {listed}"


@dataclass(frozen=True)
class EvaluationForm:
    sop: SopHeader
    year: int
    answers: tuple[EvaluationAnswer, ...] = tuple(EvaluationAnswer() for _ in EVALUATION_QUESTIONS)
    evaluator: Official | None = None
    signed_on: date | None = None

    def __post_init__(self) -> None:
        if len(self.answers) != len(EVALUATION_QUESTIONS):
            raise MonevError(msg("monev.answer_count", count=len(EVALUATION_QUESTIONS), given=len(self.answers)))

    @property
    def yes_share(self) -> float | None:
        return yes_share(self.answers)

    @property
    def yes_count(self) -> int:
        return sum(1 for a in self.answers if a.answer == YA)

    @property
    def recommendation(self) -> str | None:
        return recommendation(self.answers)

    def with_answer(self, no: int, answer: object = ..., note: object = ...) -> EvaluationForm:
        """The form with question `no` (1–7) answered and/or noted."""
        if not 1 <= no <= len(EVALUATION_QUESTIONS):
            raise MonevError(msg("monev.no_question", no=no, most=len(EVALUATION_QUESTIONS)))
        a = self.answers[no - 1]
        if answer is not ...:
            a = replace(a, answer=answer_value(answer))
        if note is not ...:
            a = replace(a, note=_clean(note))
        return replace(self, answers=self.answers[:no - 1] + (a,) + self.answers[no:])

    def problems(self) -> list[str]:
        return [str(m) for m in self.problem_messages()]

    def problem_messages(self) -> list[Message]:
        """problems() as message codes, for a screen in another language."""
        out = []
        if self.evaluator is None or not self.evaluator.name.strip():
            out.append(msg("monev.no_evaluator"))
        missing = [str(i) for i, a in enumerate(self.answers, start=1) if a.answer is None]
        if missing:
            out.append(msg("monev.unanswered", questions=", ".join(missing)))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"sop": self.sop.to_dict(), "year": self.year, "evaluator": person_dict(self.evaluator),
                "signed_on": self.signed_on.isoformat() if self.signed_on else None,
                "answers": [{"no": i, "question": q, "answer": a.answer, "note": a.note}
                            for i, (q, a) in enumerate(zip(EVALUATION_QUESTIONS, self.answers, strict=True), start=1)]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EvaluationForm:
        given = {int(a["no"]): a for a in data.get("answers") or () if isinstance(a, Mapping) and "no" in a}
        unknown = sorted(n for n in given if not 1 <= n <= len(EVALUATION_QUESTIONS))
        if unknown:
            raise MonevError(msg("monev.no_question", no=unknown[0], most=len(EVALUATION_QUESTIONS)))
        answers = tuple(EvaluationAnswer(answer_value(given.get(i, {}).get("answer")),
                                         _clean(given.get(i, {}).get("note")))
                        for i in range(1, len(EVALUATION_QUESTIONS) + 1))
        return cls(SopHeader.from_dict(data.get("sop") or {}), check_year(int(data["year"])), answers,
                   person_from(data.get("evaluator")), _date_from(data.get("signed_on")))
