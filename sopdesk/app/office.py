"""The use cases of sopdesk, one object per open database.

The GUI and the CLI both call Office, so they do the same thing the same
way: every user action is one transaction, checked by the domain first.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Callable
from zoneinfo import ZoneInfo

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from ..domain import case as engine_
from ..domain.calendar import DEFAULT_HOURS, WorkCalendar
from ..domain.errors import UserError
from ..domain.indonesian import nip_problem, normalize_nip
from ..domain.office import Official, OfficeProfile
from ..domain.sop import Sop, validate
from ..domain.sop_file import read_sop, write_sop
from ..resources import resource_path
from ..store import repo
from ..store import tables as t
from ..store.backup import backup_at_start
from ..store.db import StoreError, describe_error, initialize, make_engine, writer
from ..store.integrity import database_file
from .holiday_cache import national_holidays

log = logging.getLogger(__name__)

SEED_SOPS = ("penyusunan-perencanaan-kinerja.toml",)
SEED_OFFICIALS = (
    Official(name="Drs. SAPTONO SUPRIYANTO", position="Camat Somagede", rank="Pembina Tingkat I (IV/b)",
             nip="196509241995031002"),
)
MAX_TEXT = 100_000


class SopFileError(UserError):
    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class SopInfo:
    code: str
    name: str
    version: int
    version_id: int
    lanes: tuple[str, ...]
    steps: int


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


def _clean_text(value: str, what: str, limit: int = MAX_TEXT) -> str:
    value = "" if value is None else str(value)
    # Control characters would break documents and exports; tabs/newlines are kept.
    # Lone surrogates (a broken clipboard, a non-UTF-8 command line) cannot be stored as UTF-8.
    value = "".join(ch for ch in value if (ch in "\n\t" or (ord(ch) >= 0x20 and ord(ch) != 0x7F))
                    and not 0xD800 <= ord(ch) <= 0xDFFF)
    if len(value) > limit:
        raise UserError(f"{what} terlalu panjang ({len(value):,} karakter; paling banyak {limit:,}).".replace(",", "."))
    return value


class Office:
    def __init__(self, target: str | Path, *, clock: Callable[[], datetime] | None = None, seed: bool = True):
        self.target = str(target)
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self.engine = make_engine(target)
        self._writer = writer(self.engine)
        self._sop_cache: dict[int, tuple[Sop, int, str]] = {}
        self._calendar: WorkCalendar | None = None
        self._profile: OfficeProfile | None = None
        created = initialize(self.engine)
        # A power cut between creating the schema and seeding it must not leave the office without its SOP.
        if seed and (created or self._seed_unfinished()):
            self._seed()
        # The once-a-day backup at start-up; a failure is kept for the window to show, not raised.
        self.backup_problem = None if created else backup_at_start(database_file(self.engine))

    # -- plumbing ------------------------------------------------------------
    def now(self) -> datetime:
        return self._clock()

    def _tx(self):
        """One write transaction; database failures become Indonesian messages."""
        return _Tx(self._writer)

    def _read(self):
        return _Tx(self.engine)

    def data_folder(self) -> Path:
        """The folder of the database file (where its logo and backups sit beside it)."""
        if "://" in self.target:
            from ..paths import ensure_data_dir
            return ensure_data_dir()
        return Path(self.target).expanduser().resolve().parent

    def close(self) -> None:
        self.engine.dispose()

    def _seed_unfinished(self) -> bool:
        """Seeding writes the office profile in its last transaction: no profile, no finished seed."""
        with self._read() as conn:
            return repo.get_setting(conn, "office_profile") is None

    def _seed(self) -> None:
        for name in SEED_SOPS:
            self.import_sop_text(resource_path("sops", name).read_text(encoding="utf-8"), name)
        with self._tx() as conn:
            repo.put_setting(conn, "office_profile", OfficeProfile().to_dict())
            for o in SEED_OFFICIALS:
                conn.execute(insert(t.officials).values(name=o.name, nip=o.nip, rank=o.rank, position=o.position))

    # -- office profile and calendar ----------------------------------------
    def profile(self) -> OfficeProfile:
        if self._profile is None:
            with self._read() as conn:
                self._profile = OfficeProfile.from_dict(repo.get_setting(conn, "office_profile", {}))
        return self._profile

    def save_profile(self, profile: OfficeProfile) -> None:
        try:
            ZoneInfo(profile.timezone)
        except Exception:
            raise UserError(f"Zona waktu \"{profile.timezone}\" tidak dikenal, mis. \"Asia/Jakarta\" (WIB).")
        if profile.paper not in ("A4", "F4"):
            raise UserError("Ukuran kertas harus A4 atau F4.")
        data = {k: _clean_text(v, k, 2000) if isinstance(v, str) else v for k, v in profile.to_dict().items()}
        zone_changed = self._profile is not None and self._profile.timezone != profile.timezone
        with self._tx() as conn:
            repo.put_setting(conn, "office_profile", data)
        self._profile = None
        self._calendar = None
        if zone_changed:
            self.refresh_open_summaries()

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.profile().timezone)

    def working_hours(self) -> dict[int, tuple[tuple[time, time], ...]]:
        with self._read() as conn:
            raw = repo.get_setting(conn, "working_hours")
        if not raw:
            return {wd: tuple(v) for wd, v in DEFAULT_HOURS.items()}
        return {int(wd): tuple((time.fromisoformat(a), time.fromisoformat(b)) for a, b in spans)
                for wd, spans in raw.items()}

    def save_working_hours(self, hours: dict[int, list[tuple[time, time]]]) -> None:
        if not any(hours.get(wd) for wd in range(7)):
            raise UserError("Paling sedikit satu hari harus punya jam kerja; tanpa itu waktu standar tidak dapat dihitung.")
        try:
            WorkCalendar(hours=hours)
        except ValueError as e:  # overlapping spans, an end before its start: already said in Indonesian
            raise UserError(str(e)) from e
        data = {str(wd): [[a.strftime("%H:%M"), b.strftime("%H:%M")] for a, b in spans] for wd, spans in hours.items()}
        with self._tx() as conn:
            repo.put_setting(conn, "working_hours", data)
        self._calendar = None
        self.refresh_open_summaries()

    def calendar_overrides(self) -> list[dict]:
        with self._read() as conn:
            return [dict(r) for r in conn.execute(select(t.calendar_overrides).order_by(t.calendar_overrides.c.day)).mappings()]

    def set_calendar_override(self, day: date, kind: str | None, name: str = "") -> None:
        """kind "add" makes the day a holiday, "remove" a working day; None forgets the override."""
        self.set_calendar_overrides({day: (kind, name)})

    def set_calendar_overrides(self, changes: dict[date, tuple[str | None, str]]) -> None:
        """Several days at once (the settings dialog's Save): one transaction, one recount of open cases."""
        if any(kind not in ("add", "remove", None) for kind, _name in changes.values()):
            raise UserError("Jenis perubahan kalender harus 'add' atau 'remove'.")
        with self._tx() as conn:
            for day, (kind, name) in changes.items():
                conn.execute(delete(t.calendar_overrides).where(t.calendar_overrides.c.day == day.isoformat()))
                if kind:
                    conn.execute(insert(t.calendar_overrides).values(
                        day=day.isoformat(), kind=kind, name=_clean_text(name, "Nama hari libur", 200)))
        self._calendar = None
        self.refresh_open_summaries()

    def calendar(self) -> WorkCalendar:
        if self._calendar is None:
            added, removed = {}, set()
            for o in self.calendar_overrides():
                d = date.fromisoformat(o["day"])
                if o["kind"] == "add":
                    added[d] = o["name"] or "Libur kantor"
                else:
                    removed.add(d)
            self._calendar = WorkCalendar(hours=self.working_hours(), tz=self.profile().timezone,
                                          added=added, removed=removed, national_source=national_holidays)
        return self._calendar

    # -- officials -----------------------------------------------------------
    def officials(self, active_only: bool = False) -> list[Official]:
        with self._read() as conn:
            return [Official(name=r["name"], position=r["position"], rank=r["rank"], nip=r["nip"],
                             active=bool(r["active"]), active_from=r["active_from"], active_to=r["active_to"],
                             id=r["id"]) for r in repo.officials(conn, active_only)]

    def _check_official(self, o: Official) -> Official:
        name = _clean_text(o.name, "Nama", 200).strip()
        if not name:
            raise UserError("Nama pejabat wajib diisi.")
        nip = normalize_nip(o.nip) if o.nip.strip() else ""
        if nip:
            problem = nip_problem(nip)
            if problem:
                raise UserError(problem)
        for d in (o.active_from, o.active_to):
            if d:
                try:
                    date.fromisoformat(d)
                except ValueError:
                    raise UserError(f"Tanggal \"{d}\" tidak sah: tulis YYYY-MM-DD.")
        return Official(name=name, position=_clean_text(o.position, "Jabatan", 300).strip(),
                        rank=_clean_text(o.rank, "Pangkat", 200).strip(), nip=nip, active=o.active,
                        active_from=o.active_from, active_to=o.active_to, id=o.id)

    def save_official(self, o: Official) -> int:
        o = self._check_official(o)
        values = dict(name=o.name, nip=o.nip, rank=o.rank, position=o.position, active=int(o.active),
                      active_from=o.active_from, active_to=o.active_to)
        try:
            with self._tx() as conn:
                if o.id is None:
                    return conn.execute(insert(t.officials).values(**values)).inserted_primary_key[0]
                conn.execute(update(t.officials).where(t.officials.c.id == o.id).values(**values))
                return o.id
        except IntegrityError:
            raise UserError(f"NIP {o.nip} sudah terdaftar untuk pejabat lain.")

    def find_official(self, name_or_nip: str) -> Official | None:
        key = name_or_nip.strip()
        nip = normalize_nip(key)
        for o in self.officials():
            if (nip and o.nip == nip) or o.name.casefold() == key.casefold():
                return o
        return None

    # -- SOPs ---------------------------------------------------------------
    def check_sop_text(self, text: str, source: str | None = None) -> tuple[Sop | None, list]:
        return read_sop(text, source)

    def import_sop_text(self, text: str, source: str | None = None) -> tuple[str, int, bool]:
        """(code, version, created?) — an unchanged SOP keeps its version."""
        sop, problems = read_sop(text, source)
        if problems:
            raise SopFileError(problems)
        return self.save_sop(sop)

    def save_sop(self, sop: Sop) -> tuple[str, int, bool]:
        problems = validate(sop)
        if problems:
            raise SopFileError(problems)
        with self._tx() as conn:
            _vid, number, created = repo.add_sop_version(conn, sop.code, sop.name, write_sop(sop), self._now_text())
        return sop.code, number, created

    def sops(self) -> list[SopInfo]:
        with self._read() as conn:
            rows = repo.latest_versions(conn)
        out = []
        for r in rows:
            sop = self._sop_of_version(r["id"], r)
            out.append(SopInfo(r["code"], sop.name, r["version"], r["id"], sop.lanes, len(sop.steps)))
        return out

    def sop(self, code: str, version: int | None = None) -> Sop:
        return self._sop_row(code, version)[0]

    def _sop_row(self, code: str, version: int | None = None) -> tuple[Sop, dict]:
        with self._read() as conn:
            row = repo.version_by_code(conn, code, version)
        if row is None:
            raise UserError(f"SOP dengan kode \"{code}\" tidak ada. Lihat daftar dengan: sopdesk sop list")
        return self._sop_of_version(row["id"], row), row

    def export_sop(self, code: str) -> str:
        return write_sop(self.sop(code))

    def _sop_of_version(self, version_id: int, row=None) -> Sop:
        cached = self._sop_cache.get(version_id)
        if cached:
            return cached[0]
        if row is None:
            with self._read() as conn:
                row = repo.version_row(conn, version_id)
        sop, problems = read_sop(row["definition"], f"SOP {row['code']} versi {row['version']}")
        if sop is None:
            raise StoreError(f"Definisi SOP {row['code']} versi {row['version']} di basis data rusak.")
        self._sop_cache[version_id] = (sop, row["version"], row["code"])
        return sop

    # -- cases --------------------------------------------------------------
    def _now_text(self) -> str:
        return repo.utc_text(self.now())

    def new_case(self, sop_code: str, title: str, *, year: int | None = None, ref_number: str = "",
                 ref_date: str = "", ref_subject: str = "") -> int:
        title = _clean_text(title, "Judul", 500).strip()
        if not title:
            raise UserError("Judul kasus wajib diisi, mis. \"Penyusunan PK Tahun 2027\".")
        if ref_date:
            try:
                date.fromisoformat(ref_date)
            except ValueError:
                raise UserError(f"Tanggal surat \"{ref_date}\" tidak sah: tulis YYYY-MM-DD, mis. 2027-01-04.")
        now = self.now()
        year = year or now.astimezone(self.tz).year
        if not 1900 <= int(year) <= 2200:
            raise UserError(f"Tahun {year} tidak masuk akal.")
        with self._read() as conn:
            row = repo.version_by_code(conn, sop_code)
        if row is None:
            raise UserError(f"SOP dengan kode \"{sop_code}\" tidak ada. Lihat daftar dengan: sopdesk sop list")
        sop = self._sop_of_version(row["id"], row)
        with self._tx() as conn:
            return conn.execute(insert(t.cases).values(
                sop_version_id=row["id"], title=title, year=int(year),
                ref_number=_clean_text(ref_number, "Nomor surat", 200),
                ref_date=ref_date, ref_subject=_clean_text(ref_subject, "Perihal", 10_000),
                created_at=repo.utc_text(now), state="open", current_step=sop.first.no, updated_at=repo.utc_text(now),
            )).inserted_primary_key[0]

    def case_record(self, case_id: int) -> dict:
        """The case's own row (no replay), or a UserError if there is none."""
        with self._read() as conn:
            rec = repo.case_record(conn, case_id)
        if rec is None:
            raise UserError(f"Kasus nomor {case_id} tidak ada.")
        return dict(rec)

    def case(self, case_id: int) -> CaseView:
        with self._read() as conn:
            rec = repo.case_record(conn, case_id)
            if rec is None:
                raise UserError(f"Kasus nomor {case_id} tidak ada.")
            rows = repo.case_events(conn, case_id)
        return self._view(rec, rows)

    def sop_version(self, version_id: int) -> tuple[Sop, int]:
        """The SOP of a stored version and its version number (cached: versions never change)."""
        sop = self._sop_of_version(version_id)
        return sop, self._sop_cache[version_id][1]

    def _view(self, rec, rows) -> CaseView:
        sop, version = self.sop_version(rec["sop_version_id"])
        events = [_event(r) for r in rows]
        now = self.now()
        state = engine_.replay(sop, events, self.calendar(), now)
        return CaseView(rec["id"], rec["title"], rec["year"], rec["ref_number"], rec["ref_date"], rec["ref_subject"],
                        repo.parse_utc(rec["created_at"]), sop, version, events, state, now)

    def _record(self, case_id: int, check: Callable[[CaseView], dict]) -> int:
        """Append one event after the domain has approved it, and refresh the case summary."""
        with self._tx() as conn:
            rec = repo.case_record(conn, case_id)
            if rec is None:
                raise UserError(f"Kasus nomor {case_id} tidak ada.")
            view = self._view(rec, repo.case_events(conn, case_id))
            values = check(view)
            values.update(case_id=case_id, recorded_at=self._now_text())
            event_id = conn.execute(insert(t.events).values(**values)).inserted_primary_key[0]
            rows = repo.case_events(conn, case_id)
            state = engine_.replay(view.sop, [_event(r) for r in rows], self.calendar(), self.now())
            conn.execute(update(t.cases).where(t.cases.c.id == case_id).values(**_summary(state, rows), updated_at=self._now_text()))
            return event_id

    def refresh_open_summaries(self) -> int:
        """Recompute the list summary (current step, due moment, lateness) of every open case.

        Due moments depend on the calendar, the working hours and the time
        zone, so the list would disagree with the case screen after they
        change. Closed cases keep the lateness judged when they closed.
        """
        with self._read() as conn:
            ids = repo.case_ids(conn, repo.case_filter(state="open"))
        calendar, now = self.calendar(), self.now()
        with self._tx() as conn:
            for case_id in ids:
                rec = repo.case_record(conn, case_id)
                rows = repo.case_events(conn, case_id)
                sop, _number = self.sop_version(rec["sop_version_id"])
                state = engine_.replay(sop, [_event(r) for r in rows], calendar, now)
                conn.execute(update(t.cases).where(t.cases.c.id == case_id).values(**_summary(state, rows)))
        return len(ids)

    def _who(self, by: str) -> tuple[str, str]:
        by = _clean_text(by or "", "Nama pelaksana", 200).strip()
        if not by:
            return "", ""
        o = self.find_official(by)
        return (o.name, o.nip) if o else (by, "")

    def _moment(self, at: datetime | str | None) -> datetime:
        if at is None or at == "":
            return self.now()
        if isinstance(at, str):
            return parse_moment(at, self.tz)
        return _plausible(at if at.tzinfo else at.replace(tzinfo=self.tz), at.isoformat(timespec="minutes"))

    def start_step(self, case_id: int, step: int, *, at=None, by: str = "", note: str = "") -> int:
        at, (actor, nip), note = self._moment(at), self._who(by), _clean_text(note, "Catatan")

        def check(view: CaseView) -> dict:
            engine_.check_start(view.sop, view.state, step, at, view.now)
            return dict(kind="start", step_no=step, happened_at=repo.utc_text(at), actor=actor, actor_nip=nip, note=note)
        return self._record(case_id, check)

    def finish_step(self, case_id: int, step: int, *, at=None, by: str = "", note: str = "",
                    decision: str | None = None) -> int:
        at, (actor, nip), note = self._moment(at), self._who(by), _clean_text(note, "Catatan")
        decision = decision.strip().lower() if decision else None

        def check(view: CaseView) -> dict:
            engine_.check_finish(view.sop, view.state, step, at, view.now, decision)
            return dict(kind="finish", step_no=step, happened_at=repo.utc_text(at), actor=actor, actor_nip=nip,
                        note=note, decision=decision)
        return self._record(case_id, check)

    def add_note(self, case_id: int, text: str, *, step: int | None = None, by: str = "") -> int:
        text = _clean_text(text, "Catatan").strip()
        if not text:
            raise UserError("Catatan kosong.")
        actor, nip = self._who(by)

        def check(view: CaseView) -> dict:
            if step is not None and not view.sop.has_step(step):
                raise UserError(f"Langkah {step} tidak ada di SOP ini.")
            return dict(kind="note", step_no=step, happened_at=self._now_text(), actor=actor, actor_nip=nip, note=text)
        return self._record(case_id, check)

    def correct(self, case_id: int, event_id: int, *, reason: str, by: str = "") -> int:
        """Void an event by a new correction event; the voided one stays in history."""
        reason = _clean_text(reason, "Alasan koreksi").strip()
        if not reason:
            raise UserError("Tulis alasan koreksi, mis. \"salah jam\".")
        actor, nip = self._who(by)

        def check(view: CaseView) -> dict:
            ev = engine_.check_correction(view.state, view.events, event_id)
            return dict(kind="correction", step_no=ev.step, happened_at=self._now_text(), actor=actor,
                        actor_nip=nip, note=reason, voids=event_id)
        return self._record(case_id, check)

    # -- the case list ------------------------------------------------------
    def case_ids(self, *, sop: str | None = None, year: int | None = None, state: str | None = None,
                 search: str | None = None, sort: str = "id", descending: bool = True) -> list[int]:
        where = repo.case_filter(sop=sop, year=year, state=state, search=search, now_text=self._now_text())
        with self._read() as conn:
            return repo.case_ids(conn, where, sort, descending)

    def case_rows(self, ids: list[int]) -> dict[int, dict]:
        """List rows for these ids, with `late` and `status` judged now."""
        now_text = self._now_text()
        with self._read() as conn:
            rows = repo.case_rows(conn, ids)
        for r in rows.values():
            overdue = r["state"] == "open" and r["current_running"] and r["current_due_at"] and r["current_due_at"] < now_text
            r["late"] = bool(r["late_done"] or overdue)
            r["overdue"] = bool(overdue)
        return rows

    def case_years(self) -> list[int]:
        with self._read() as conn:
            return repo.case_years(conn)

    def list_cases(self, **filters) -> list[dict]:
        ids = self.case_ids(**filters)
        rows = self.case_rows(ids)
        return [rows[i] for i in ids if i in rows]


def _event(r) -> engine_.Event:
    return engine_.Event(id=r["id"], kind=r["kind"], step=r["step_no"], at=repo.parse_utc(r["happened_at"]),
                         recorded_at=repo.parse_utc(r["recorded_at"]), by=r["actor"], by_nip=r["actor_nip"],
                         note=r["note"], decision=r["decision"], voids=r["voids"])


def _summary(state: engine_.CaseState, rows) -> dict:
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


def parse_moment(text: str, tz: ZoneInfo) -> datetime:
    """ISO 8601; without an offset it is office time. A date alone is refused: midnight is never meant."""
    if re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", text or ""):
        raise UserError(f"Waktu \"{text.strip()}\" tanpa jam: tulis juga jamnya, mis. {text.strip()}T09:15.")
    try:
        dt = datetime.fromisoformat(text.strip().replace(" ", "T", 1) if "T" not in text else text.strip())
    except ValueError:
        raise UserError(f"Waktu \"{text}\" tidak sah: tulis mis. 2027-01-04T09:15 (jam kantor) "
                        "atau 2027-01-04T09:15+07:00.")
    dt = dt if dt.tzinfo else dt.replace(tzinfo=tz)
    return _plausible(dt, text)


EARLIEST_YEAR = 2000


def _plausible(dt: datetime, shown) -> datetime:
    # A typo such as 1027 for 2027 must not pass silently (nor overflow the calendar).
    if dt.year < EARLIEST_YEAR:
        raise UserError(f"Waktu \"{shown}\" terlalu lampau (sebelum tahun {EARLIEST_YEAR}). Periksa tahunnya.")
    return dt


class _Tx:
    """A transaction whose database errors reach the user as StoreError in Indonesian."""

    def __init__(self, engine):
        self._engine = engine
        self._cm = None

    def __enter__(self):
        try:
            self._cm = self._engine.begin()
            return self._cm.__enter__()
        except DBAPIError as e:
            log.exception("database error")
            raise StoreError(describe_error(e)) from e

    def __exit__(self, exc_type, exc, tb):
        try:
            self._cm.__exit__(exc_type, exc, tb)  # rolls back when the block raised
        except IntegrityError:
            raise
        except DBAPIError as e:
            log.exception("database error")
            raise StoreError(describe_error(e)) from e
        # A statement inside the block failed (disk full, I/O error): same plain message.
        if isinstance(exc, DBAPIError) and not isinstance(exc, IntegrityError):
            log.error("database error", exc_info=(exc_type, exc, tb))
            raise StoreError(describe_error(exc)) from exc
        return False
