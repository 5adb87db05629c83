"""Realistic demo data: the seed SOP run many times over several years.

Used by `sopdesk demo` and the benchmarks (100,000 cases). Events are built
with the same calendar and engine as real ones and written in bulk through
events.append_generated().
"""
from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..domain import case as engine_
from ..domain.office import Official
from ..domain.waktu import Waktu
from ..store import repo
from . import events, search
from .changes import CasesChanged
from .events import GeneratedCase

if TYPE_CHECKING:
    from .office import Office

DEMO_STAFF = (
    Official("Siti Rahayu, S.E.", "Kepala Subbagian Perencanaan dan Keuangan", "Penata (III/c)", "198203152006042011"),
    Official("Agus Priyanto", "Staf Subbagian Perencanaan dan Keuangan", "Pengatur (II/c)", "199007212015031003"),
    Official("Dwi Lestari", "Staf Penerima Surat", "Pengatur Muda Tingkat I (II/b)", "199305062019022004"),
    Official("Bambang Sutrisno, S.Sos., M.Si.", "Sekretaris Kecamatan", "Pembina (IV/a)", "197411232000031002"),
)
TOPICS = ("Penyusunan PK Tahun {y}", "Revisi PK Tahun {y}", "Penyusunan PK Sekcam Tahun {y}",
          "Penyusunan PK Kasubbag Tahun {y}", "Perubahan Anggaran dan PK Tahun {y}")
CHUNK = 2000
GAPS = (1, 5, 10, 30, 60, 120)  # minutes between finishing a step and starting the next
# The whole-history domain check costs about ten replays: one case in CHECK_ONE_IN is checked.
CHECK_ONE_IN = 1000


def _ensure_staff(office: Office) -> dict[str, Official]:
    known = {o.nip for o in office.officials()}
    for o in DEMO_STAFF:
        if o.nip not in known:
            office.save_official(o)
    people = office.officials()
    by_position = {o.position.lower(): o for o in people}
    camat = next((o for o in people if o.position.lower().startswith("camat")), people[0])

    def pick(*words: str) -> Official:
        for pos, o in by_position.items():
            if all(w in pos for w in words):
                return o
        return camat
    return {"camat": camat, "sekretaris": pick("sekretaris"), "kasubbag": pick("kepala", "perencanaan"),
            "staf penerima surat": pick("penerima"), "staf": pick("staf", "perencanaan")}


def _actor_for(lane: str, staff: dict[str, Official]) -> Official:
    lane = lane.lower()
    for key in ("staf penerima surat", "kasubbag", "sekretaris", "camat", "staf"):
        if key in lane:
            return staff[key]
    return staff["staf"]


def _texts(case: GeneratedCase) -> list[str]:
    """What a generated case is found by (app/search.py): its fields and the people on its events."""
    v = case.values
    return [v["title"], v.get("ref_number", ""), v.get("ref_subject", ""), *sorted({e.by for e in case.events})]


def generate(office: Office, cases: int, *, seed: int = 2027, sop_code: str = "penyusunan-perencanaan-kinerja",
             progress: Callable[[int, int], None] | None = None, check_one_in: int = CHECK_ONE_IN) -> int:
    rng = random.Random(seed)
    staff = _ensure_staff(office)
    version = office.current_version(sop_code)
    sop = version.sop
    cal = office.calendar()
    now = office.now()
    tz = cal.tz
    last_year = now.astimezone(tz).year
    years = list(range(last_year - 5, last_year + 1))
    # What every run of a step needs, worked out once for the SOP instead of once per case:
    # (actor, standard minutes, decision?, next step by decision).
    minutes_per_day = cal.minutes_per_day()
    plan: dict[int, tuple[Official, int, bool, dict[str | None, int | None]]] = {}
    for step in sop.steps:
        choices: tuple[str | None, ...] = ("ya", "tidak") if step.is_decision else (None,)
        w = step.standard   # None for a step without a time standard: an hour, as such steps take
        standard = w.standard_minutes(minutes_per_day) if w is not None else 60
        plan[step.no] = (_actor_for(step.lane, staff), standard, step.is_decision,
                         {d: engine_.next_step(sop, step.no, d) for d in choices})
    gaps = tuple(Waktu(m, "menit") for m in GAPS)
    made = 0
    while made < cases:
        batch: list[GeneratedCase] = []
        for _ in range(min(CHUNK, cases - made)):
            year = rng.choice(years)
            # Cases spread over the year; the newest ones are still running.
            start = datetime(year, 1, 2, 7, 30, tzinfo=tz) + timedelta(minutes=rng.randrange(0, 360 * 24 * 60))
            start = cal.next_working_moment(start.astimezone(UTC))
            if start > now:
                start = cal.next_working_moment(now - timedelta(days=rng.randrange(1, 60)))
            history: list[engine_.Event] = []
            moment = start
            step_no: int | None = sop.first.no
            while step_no is not None:
                actor, standard, is_decision, next_steps = plan[step_no]
                begin = moment
                if begin > now:
                    break
                history.append(engine_.Event(len(history) + 1, "start", step_no, begin, begin, actor.name, actor.nip))
                # Most steps keep their time; about one in twenty-five runs over.
                factor = rng.uniform(1.1, 2.5) if rng.random() < 0.04 else rng.uniform(0.2, 1.0)
                end = cal.due(begin, Waktu(max(1, round(standard * factor)), "menit"))
                if end > now:
                    break
                decision = "ya" if is_decision and rng.random() < 0.8 else ("tidak" if is_decision else None)
                history.append(engine_.Event(len(history) + 1, "finish", step_no, end, end, actor.name, actor.nip,
                                             decision=decision))
                step_no = next_steps[decision]
                moment = cal.due(end, rng.choice(gaps))
            created = repo.utc_text(start - timedelta(minutes=rng.randrange(1, 120)))
            title = rng.choice(TOPICS).format(y=year + 1)
            values: dict[str, Any] = dict(
                title=title, year=year, ref_number=f"000.7.2.7/{rng.randrange(1, 999)}/{year}",
                ref_date=start.astimezone(tz).date().isoformat(), ref_subject="Penyusunan Perjanjian Kinerja",
                created_at=created, updated_at=created)
            batch.append(GeneratedCase(values, history))
        with office.writing() as conn:
            ids = events.append_generated(office, conn, version, batch, now=now, check_one_in=check_one_in)
            search.add_generated(conn, ((case_id, _texts(g)) for case_id, g in zip(ids, batch, strict=True)))
        made += len(batch)
        if progress:
            progress(made, cases)
    office.changes.emit(CasesChanged())
    return made
