"""The use cases of sopdesk, one Office per open database.

The GUI and the CLI both call Office, so they do the same thing the same way: every user
action is one unit of work (`with office.writing() as conn:`), checked by the domain first,
and announced on `office.changes` once it has committed.

Office opens the database, seeds a new one, and holds the clock and the caches; its methods
are the names the screens, the commands and the tests use. The use cases behind them live
beside it, by subject: settings.py (profile, working time, officials), sops.py, cases.py
(events.py appends every event), and, as functions over an Office, paperwork.py,
attachments.py, reports.py, transfer.py and demo.py.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ..domain.calendar import Hours, WorkCalendar
from ..domain.office import OfficeProfile, Official
from ..domain.sop import Problem, Sop
from ..resources import resource_path
from ..store import repo
from ..store.backup import backup_at_start
from ..store.engine import make_engine, safe_url, writer
from ..store.opening import initialize
from ..store.server_copy import daily_server_backup
from ..store.sqlite_file import database_file
from ..store.transaction import Transaction
from . import cases, search, settings, sops, workstation
from .changes import ChangeNotifier
from .events import CaseView
from .sops import SopInfo, SopVersion
from .watch import Journal, saving

SEED_SOPS = ("penyusunan-perencanaan-kinerja.toml",)
SEED_OFFICE = "somagede.toml"   # resources/office/: the seed's officials (the Camat who approved its SOP)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Caches:
    """What is read often and changes rarely; the use case that changes it clears it."""
    profile: OfficeProfile | None = None
    calendar: WorkCalendar | None = None
    sop_versions: dict[int, SopVersion] = field(default_factory=dict)   # by version id; versions never change

    def forget_settings(self) -> None:
        self.profile = None
        self.calendar = None


class Office:
    def __init__(self, target: str | Path, *, clock: Clock | None = None, seed: bool = True,
                 pc_name: str | None = None, os_user: str | None = None) -> None:
        # What the window and the logs may show: for the office server, its URL without the password.
        self.target = safe_url(target)
        self._clock: Clock = clock or utc_now
        # Who records here, besides the official chosen: every event keeps both (several PCs, one database).
        self.pc_name = workstation.pc_name() if pc_name is None else pc_name
        self.os_user = workstation.os_user() if os_user is None else os_user
        self.caches = Caches()
        self.engine = make_engine(target)
        self._writer = writer(self.engine)
        # Every change emitted is written to the change log, for the other PCs (app/watch.py).
        self.journal = Journal(self, self._writer)
        self.changes = ChangeNotifier(self.journal)
        created = initialize(self.engine)
        # A power cut between creating the schema and seeding it must not leave the office without its SOP.
        if seed and (created or self._seed_unfinished()):
            self._seed()
        # The once-a-day backup at start-up; a failure is kept for the window to show, not raised.
        # The office server's is made by one PC, into that PC's backups folder (store/server_copy.py).
        if created:
            self.backup_problem: str | None = None
        elif self.engine.dialect.name == "postgresql":
            self.backup_problem = daily_server_backup(self.engine, self.data_folder() / "backups")
        else:
            self.backup_problem = backup_at_start(database_file(self.engine))

    # -- the unit of work, the clock ----------------------------------------
    def writing(self) -> Transaction:
        """One write transaction (it takes the write lock at once); database failures become StoreError.

        A change emitted inside it is logged in it and told to the listeners once it has committed."""
        return self.journal.writing()

    def reading(self) -> Transaction:
        """One read transaction: every query in it sees the same moment of the database."""
        return self.journal.reading()

    def now(self) -> datetime:
        return self._clock()

    def now_text(self) -> str:
        """Now, as the database stores a moment."""
        return repo.utc_text(self.now())

    def data_folder(self) -> Path:
        """The folder of the database file (where its logo and backups sit beside it)."""
        if "://" in self.target:
            from ..paths import ensure_data_dir
            return ensure_data_dir()
        return Path(self.target).expanduser().resolve().parent

    def close(self) -> None:
        self.engine.dispose()

    # -- seeding a new database ---------------------------------------------
    def _seed_unfinished(self) -> bool:
        """Seeding writes the office profile in its last transaction: no profile, no finished seed."""
        with self.reading() as conn:
            return repo.get_setting(conn, settings.PROFILE_KEY) is None

    def _seed(self) -> None:
        from .paperwork import read_office_file  # only for a new database: off the start-up path
        for name in SEED_SOPS:
            self.import_sop_text(resource_path("sops", name).read_text(encoding="utf-8"), name)
        seed = read_office_file(resource_path("office", SEED_OFFICE))
        profile = settings.profile_values(OfficeProfile.from_dict({**OfficeProfile().to_dict(), **seed.profile}))
        with self.writing() as conn:
            if repo.get_setting(conn, settings.PROFILE_KEY) is not None:
                return  # another PC on the office server seeded it meanwhile (writers take turns)
            for o in seed.officials:
                repo.add_official(conn, settings.official_values(o))
            repo.put_setting(conn, settings.PROFILE_KEY, profile)
            search.mark_built(conn, self.now_text())   # a new database: no case lacks its words
        self.caches.forget_settings()

    # -- office profile, working time, officials (settings.py) -------------------
    def profile(self) -> OfficeProfile:
        return settings.profile(self)

    @saving
    def save_profile(self, profile: OfficeProfile) -> None:
        settings.save_profile(self, profile)

    @property
    def tz(self) -> ZoneInfo:
        return settings.tz(self)

    def working_hours(self) -> Hours:
        return settings.working_hours(self)

    @saving
    def save_working_hours(self, hours: dict[int, list[tuple[time, time]]]) -> None:
        settings.save_working_hours(self, hours)

    def calendar_overrides(self) -> list[dict[str, Any]]:
        return settings.calendar_overrides(self)

    @saving
    def set_calendar_override(self, day: date, kind: str | None, name: str = "") -> None:
        """kind "add" makes the day a holiday, "remove" a working day; None forgets the override."""
        settings.set_calendar_overrides(self, {day: (kind, name)})

    @saving
    def set_calendar_overrides(self, changes: dict[date, tuple[str | None, str]]) -> None:
        """Several days at once (the settings dialog's Save): one transaction, one recount of open cases."""
        settings.set_calendar_overrides(self, changes)

    def calendar(self) -> WorkCalendar:
        return settings.calendar(self)

    def officials(self, active_only: bool = False) -> list[Official]:
        return settings.officials(self, active_only)

    @saving
    def save_official(self, o: Official) -> int:
        return settings.save_official(self, o)

    def find_official(self, name_or_nip: str) -> Official | None:
        return settings.find_official(self, name_or_nip)

    def who(self, by: str) -> tuple[str, str]:
        """(name, NIP) of whoever `by` names: an official by name or NIP, else the name as typed."""
        return settings.who(self, by)

    # -- SOPs (sops.py) --------------------------------------------------------
    def check_sop_text(self, text: str, source: str | None = None) -> tuple[Sop | None, list[Problem]]:
        return sops.check_sop_text(text, source)

    @saving
    def import_sop_text(self, text: str, source: str | None = None) -> tuple[str, int, bool]:
        """(code, version, created?) — an unchanged SOP keeps its version."""
        return sops.import_sop_text(self, text, source)

    @saving
    def save_sop(self, sop: Sop) -> tuple[str, int, bool]:
        return sops.save_sop(self, sop)

    def sops(self) -> list[SopInfo]:
        return sops.sops(self)

    def sop(self, code: str, version: int | None = None) -> Sop:
        return sops.sop(self, code, version)

    def current_version(self, code: str, version: int | None = None) -> SopVersion:
        """The SOP's version `version`, or the one new cases use."""
        return sops.current_version(self, code, version)

    def sop_version(self, version_id: int) -> tuple[Sop, int]:
        """The SOP of a stored version and its version number (cached: versions never change)."""
        version = sops.stored_version(self, version_id)
        return version.sop, version.number

    def export_sop(self, code: str) -> str:
        return sops.export_sop(self, code)

    # -- cases (cases.py) ---------------------------------------------------------
    @saving
    def new_case(self, sop_code: str, title: str, *, year: int | None = None, ref_number: str = "",
                 ref_date: str = "", ref_subject: str = "") -> int:
        return cases.new_case(self, sop_code, title, year=year, ref_number=ref_number, ref_date=ref_date,
                              ref_subject=ref_subject)

    def case_record(self, case_id: int) -> dict[str, Any]:
        """The case's own row (no replay), or a UserError if there is none."""
        return cases.case_record(self, case_id)

    def case(self, case_id: int) -> CaseView:
        return cases.case(self, case_id)

    @saving
    def start_step(self, case_id: int, step: int, *, at: cases.Moment = None, by: str = "", note: str = "") -> int:
        return cases.start_step(self, case_id, step, at=at, by=by, note=note)

    @saving
    def finish_step(self, case_id: int, step: int, *, at: cases.Moment = None, by: str = "", note: str = "",
                    decision: str | None = None) -> int:
        return cases.finish_step(self, case_id, step, at=at, by=by, note=note, decision=decision)

    @saving
    def add_note(self, case_id: int, text: str, *, step: int | None = None, by: str = "") -> int:
        return cases.add_note(self, case_id, text, step=step, by=by)

    @saving
    def correct(self, case_id: int, event_id: int, *, reason: str, by: str = "") -> int:
        """Void an event by a new correction event; the voided one stays in history."""
        return cases.correct(self, case_id, event_id, reason=reason, by=by)

    def change_time(self, case_id: int, event_id: int, new_time: cases.Moment, reason: str, by: str = "") -> int:
        """Move the latest start/finish to `new_time` (voided and recorded again, one transaction)."""
        return cases.change_time(self, case_id, event_id, new_time, reason=reason, by=by)

    def refresh_open_summaries(self) -> int:
        return cases.refresh_open_summaries(self)

    def case_ids(self, *, sop: str | None = None, year: int | None = None, state: str | None = None,
                 search: str | None = None, sort: str = "id", descending: bool = True,
                 late: str | None = None) -> list[int]:
        return cases.case_ids(self, sop=sop, year=year, state=state, search=search, sort=sort, descending=descending,
                              late=late)

    def case_rows(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        """List rows for these ids, with `late` and `status` judged now."""
        return cases.case_rows(self, ids)

    def case_years(self) -> list[int]:
        return cases.case_years(self)

    def list_cases(self, *, sop: str | None = None, year: int | None = None, state: str | None = None,
                   search: str | None = None, sort: str = "id", descending: bool = True,
                   late: str | None = None) -> list[dict[str, Any]]:
        return cases.list_cases(self, sop=sop, year=year, state=state, search=search, sort=sort,
                                descending=descending, late=late)

    def late_counts(self, *, sop: str | None = None, year: int | None = None) -> dict[str, int]:
        """{"running": cases whose running step is past due now, "done": cases with a step that finished late}."""
        return cases.late_counts(self, sop=sop, year=year)

    # -- finding cases (search.py) ------------------------------------------------------
    def search_ready(self) -> bool:
        """The word index holds every case (False once, after an older database was upgraded)."""
        return search.ready(self)

    def build_search_index(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Fill the word index of an upgraded database (a no-op once done)."""
        return search.build(self, progress)
