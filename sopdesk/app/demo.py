"""Realistic demo data: the seed SOP run many times over several years.

Used by `sopdesk demo` and the benchmarks (100,000 cases). Events are built
with the same calendar and engine as real ones and written in bulk.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from typing import Callable

from sqlalchemy import func, insert, select

from ..domain import case as engine_
from ..domain.office import Official
from ..domain.waktu import Waktu
from ..store import repo
from ..store import tables as t

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


def _ensure_staff(office) -> dict[str, Official]:
    known = {o.nip for o in office.officials()}
    for o in DEMO_STAFF:
        if o.nip not in known:
            office.save_official(o)
    people = office.officials()
    by_position = {o.position.lower(): o for o in people}
    camat = next((o for o in people if o.position.lower().startswith("camat")), people[0])

    def pick(*words):
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


def generate(office, cases: int, *, seed: int = 2027, sop_code: str = "penyusunan-perencanaan-kinerja",
             progress: Callable[[int, int], None] | None = None) -> int:
    rng = random.Random(seed)
    staff = _ensure_staff(office)
    sop, row = office._sop_row(sop_code)
    version_id = row["id"]
    cal = office.calendar()
    now = office.now()
    tz = cal.tz
    last_year = now.astimezone(tz).year
    years = list(range(last_year - 5, last_year + 1))
    with office._read() as conn:
        next_case = (conn.execute(select(func.max(t.cases.c.id))).scalar() or 0) + 1
        next_event = (conn.execute(select(func.max(t.events.c.id))).scalar() or 0) + 1
    # What every run of a step needs, worked out once for the SOP instead of once per case:
    # (actor, standard minutes, decision?, next step by decision).
    minutes_per_day = cal.minutes_per_day()
    plan = {}
    for step in sop.steps:
        w = step.waktu
        choices = ("ya", "tidak") if step.is_decision else (None,)
        plan[step.no] = (_actor_for(step.lane, staff), w.minutes or w.days * minutes_per_day, step.is_decision,
                         {d: engine_._next_step(sop, step.no, d) for d in choices})
    gaps = tuple(Waktu(m, "menit") for m in GAPS)
    made = 0
    while made < cases:
        batch_cases, batch_events = [], []
        for _ in range(min(CHUNK, cases - made)):
            year = rng.choice(years)
            # Cases spread over the year; the newest ones are still running.
            start = datetime(year, 1, 2, 7, 30, tzinfo=tz) + timedelta(minutes=rng.randrange(0, 360 * 24 * 60))
            start = cal.next_working_moment(start.astimezone(timezone.utc))
            if start > now:
                start = cal.next_working_moment(now - timedelta(days=rng.randrange(1, 60)))
            events = []
            moment = start
            step_no = sop.first.no
            while step_no is not None:
                actor, standard, is_decision, next_step = plan[step_no]
                begin = moment
                if begin > now:
                    break
                events.append(engine_.Event(next_event + len(events), "start", step_no, begin, begin,
                                            actor.name, actor.nip))
                # Most steps keep their time; about one in twenty-five runs over.
                factor = rng.uniform(1.1, 2.5) if rng.random() < 0.04 else rng.uniform(0.2, 1.0)
                end = cal.due(begin, Waktu(max(1, round(standard * factor)), "menit"))
                if end > now:
                    break
                decision = "ya" if is_decision and rng.random() < 0.8 else ("tidak" if is_decision else None)
                events.append(engine_.Event(next_event + len(events), "finish", step_no, end, end,
                                            actor.name, actor.nip, decision=decision))
                step_no = next_step[decision]
                moment = cal.due(end, rng.choice(gaps))
            state = engine_.replay(sop, events, cal, now)
            created = repo.utc_text(start - timedelta(minutes=rng.randrange(1, 120)))
            title = rng.choice(TOPICS).format(y=year + 1)
            summary = _summary_values(state)
            batch_cases.append(dict(
                id=next_case, sop_version_id=version_id, title=title, year=year,
                ref_number=f"000.7.2.7/{rng.randrange(1, 999)}/{year}", ref_date=start.astimezone(tz).date().isoformat(),
                ref_subject="Penyusunan Perjanjian Kinerja", created_at=created, updated_at=created, **summary))
            for e in events:
                at = repo.utc_text(e.at)  # demo events are recorded as they happen: one text for both
                batch_events.append(dict(id=e.id, case_id=next_case, kind=e.kind, step_no=e.step,
                                         happened_at=at, recorded_at=at if e.recorded_at is e.at else
                                         repo.utc_text(e.recorded_at),
                                         actor=e.by, actor_nip=e.by_nip, note="", decision=e.decision))
            next_event += len(events)
            next_case += 1
        with office._tx() as conn:
            conn.execute(insert(t.cases), batch_cases)
            if batch_events:
                conn.execute(insert(t.events), batch_events)
        made += len(batch_cases)
        if progress:
            progress(made, cases)
    return made


def _summary_values(state) -> dict:
    from .office import _summary
    return _summary(state, None)
