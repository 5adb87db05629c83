"""Several PCs on one database: the change log, and seeing the other PCs' changes.

Every change this program emits (office.changes.emit) is also written to the change_log
table by the Journal: in the use case's own write transaction when it is emitted inside
`with office.writing()` (and then told to the listeners once that has committed), else in a
small transaction of its own right after. The Watcher, polled by the window every second or
two, reads the rows above the last id it saw, skips those this Office wrote itself (already
told), and delivers the others into the same notifier, so the case list and open case tabs
refresh through the signals they already listen to.

The Watcher's poll is also how the window learns that the database cannot be reached (the
office server is off, the cable is out, the SQLite file has gone) and that it is back; a
write meanwhile fails as a whole with a plain message (UNREACHABLE).
"""
from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from types import TracebackType
from typing import TYPE_CHECKING, Literal, ParamSpec, TypeVar

from ..store import change_queries, repo
from ..store.errors import StoreError
from ..store.sqlite_file import database_file
from ..store.transaction import Connection, Row, Transaction
from .changes import (
    CALENDAR,
    OFFICIALS,
    PROFILE,
    CaseChanged,
    CasesChanged,
    CasesImported,
    Change,
    DatabaseReplaced,
    SettingsChanged,
    SopsChanged,
)

if TYPE_CHECKING:
    from ..store.change_queries import Engine
    from .office import Office

log = logging.getLogger(__name__)
P = ParamSpec("P")
T = TypeVar("T")

UNREACHABLE = "Tidak tersimpan: server kantor tidak terjangkau. Coba lagi setelah sambungan pulih."
UNREACHABLE_READ = "Server kantor tidak terjangkau. Coba lagi setelah sambungan pulih."
FILE_GONE_READ = ("Berkas basis data tidak terjangkau ({path}). Periksa apakah diska, flashdisk atau folder "
                  "bersamanya masih terpasang, lalu coba lagi.")
FILE_GONE = "Tidak tersimpan: berkas basis data tidak terjangkau ({path}). Periksa apakah diska, flashdisk " \
            "atau folder bersamanya masih terpasang, lalu coba lagi."

KEEP = timedelta(days=1)      # how long the log keeps a change
PRUNE_EVERY = 256             # the journal prunes when a new row's id is a multiple of this
OWN_LIMIT = 10_000            # ids of own rows remembered for the watcher to skip
LOOKBACK = 100                # ids re-read below the last seen: on a server, transactions commit out of order
BATCH = 1_000                 # rows read per poll; more at once is a flood: refresh everything


def log_rows(change: Change) -> list[tuple[str, int | None]]:
    """(kind, case id) of the change_log rows that say `change`."""
    if isinstance(change, CaseChanged):
        return [("case", change.case_id)]
    if isinstance(change, CasesImported):
        return [("case", case_id) for case_id in change.case_ids]
    if isinstance(change, CasesChanged):
        return [("cases", None)]
    if isinstance(change, SopsChanged):
        return [("sops", None)]
    if isinstance(change, SettingsChanged):
        return [("settings", None)]
    if isinstance(change, DatabaseReplaced):
        return [("database", None)]
    return []


class Journal:
    """The notifier's journal (see changes.Journal) and the office's write transactions."""

    def __init__(self, office: Office, writer: Engine) -> None:
        self.office = office
        self._writer = writer
        self._local = threading.local()
        self._own: set[int] = set()
        self._own_lock = threading.Lock()

    def writing(self) -> Transaction:
        return _Work(self, self._writer)

    def reading(self) -> Transaction:
        return _Reading(self.office.engine)

    def __call__(self, change: Change) -> bool:
        rows = log_rows(change)
        work = self._open_work()
        if work is not None:
            self._write(work.conn, rows)
            work.held.append(change)
            return True
        if rows:
            with self.writing() as conn:
                self._write(conn, rows)
        return False

    def own(self, change_id: int) -> bool:
        """The row was written by this Office (and forgotten here, the watcher sees it once)."""
        with self._own_lock:
            if change_id in self._own:
                self._own.discard(change_id)
                return True
            return False

    def _write(self, conn: Connection, rows: list[tuple[str, int | None]]) -> None:
        office = self.office
        now = office.now()
        stamp = repo.utc_text(now)
        for kind, case_id in rows:
            change_id = change_queries.add_change(conn, changed_at=stamp, kind=kind, case_id=case_id,
                                                  pc_name=office.pc_name)
            with self._own_lock:
                if len(self._own) >= OWN_LIMIT:
                    self._own.clear()   # at worst a view refreshes once more than needed
                self._own.add(change_id)
            if change_id % PRUNE_EVERY == 0:
                change_queries.prune_changes(conn, repo.utc_text(now - KEEP))

    def units(self) -> list[_Work]:
        """The write transactions open on this thread, innermost last."""
        stack = getattr(self._local, "stack", None)
        if stack is None:
            stack = self._local.stack = []
        return stack

    def _open_work(self) -> _Work | None:
        stack = self.units()
        return stack[-1] if stack else None


class Unreachable(StoreError):
    """The database cannot be reached: the office server (off, cable out) or the SQLite file (gone).

    `when_writing` is what a use case that writes says instead (see `saving`)."""

    def __init__(self, message: str, when_writing: str) -> None:
        super().__init__(message)
        self.when_writing = when_writing


def _out_of_reach(engine: Engine, write: bool) -> Unreachable:
    path = database_file(engine)
    if path is not None:
        writing = FILE_GONE.format(path=path)
        return Unreachable(writing if write else FILE_GONE_READ.format(path=path), writing)
    return Unreachable(UNREACHABLE if write else UNREACHABLE_READ, UNREACHABLE)


class _Unit(Transaction):
    """A transaction whose failure for want of the database says so plainly (Unreachable).

    An SQLite file that has gone is not opened (SQLite would make a new empty one in its place)."""

    write = False

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self._db = engine

    def __enter__(self) -> Connection:
        if change_queries.file_missing(self._db):
            raise _out_of_reach(self._db, self.write)
        try:
            return super().__enter__()
        except StoreError as e:
            if change_queries.unreachable(e, self._db):
                raise _out_of_reach(self._db, self.write) from e
            raise

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> Literal[False]:
        try:
            super().__exit__(exc_type, exc, tb)
        except StoreError as e:
            if change_queries.unreachable(e, self._db):
                raise _out_of_reach(self._db, self.write) from e
            raise
        if exc is not None and not isinstance(exc, Unreachable) and change_queries.unreachable(exc, self._db):
            raise _out_of_reach(self._db, self.write) from exc
        return False


class _Reading(_Unit):
    pass


class _Work(_Unit):
    """A write transaction: changes emitted inside it are logged in it and told after its commit."""

    write = True

    def __init__(self, journal: Journal, engine: Engine) -> None:
        super().__init__(engine)
        self._journal = journal
        self.held: list[Change] = []
        self.conn: Connection

    def __enter__(self) -> Connection:
        self.conn = super().__enter__()
        self._journal.units().append(self)
        return self.conn

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> Literal[False]:
        stack = self._journal.units()
        if self in stack:
            stack.remove(self)
        super().__exit__(exc_type, exc, tb)
        if exc is None:
            notifier = self._journal.office.changes
            for change in self.held:
                notifier.deliver(change)
        return False


def saving(use_case: Callable[P, T]) -> Callable[P, T]:
    """A use case that writes: the database out of reach, even at a read before its write, says
    "Tidak tersimpan: ..." (nothing of it was written)."""
    @functools.wraps(use_case)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return use_case(*args, **kwargs)
        except Unreachable as e:
            if str(e) == e.when_writing:
                raise
            raise Unreachable(e.when_writing, e.when_writing) from e
    return run


# -- the watcher ---------------------------------------------------------------------

@dataclass
class Poll:
    """What one poll found."""
    reachable: bool
    changes: list[Change] = field(default_factory=list)
    lost: bool = False          # it was reachable before and is not now
    back: bool = False          # it was not reachable before and is now


class Watcher:
    """Reads the changes other PCs (or other programs on this PC) logged, and delivers them.

    poll() is one indexed query when nothing changed; it may run on a worker thread (the
    notifier's Qt bridge hands the changes to the GUI thread). Not for two threads at once.
    """

    def __init__(self, office: Office) -> None:
        self.office = office
        self.last_id: int | None = None
        self.reachable = True
        self._seen: set[int] = set()
        # SQLite has one writer at a time, so its ids become visible in order; a server's need not.
        self.on_server = change_queries.server_database(office.engine)
        self._in_order = not self.on_server

    def poll(self) -> Poll:
        was = self.reachable
        try:
            changes = self._read()
        except Exception as e:  # noqa: BLE001 — whatever the cause, the window shows what it has
            log.info("database not reachable: %s", e)
            self.reachable = False
            return Poll(False, lost=was)
        self.reachable = True
        if not was:
            # Back after an outage: everything shown may be stale (and a view that failed to re-read
            # meanwhile gave up), so every view re-reads, as after a restore.
            self.office.caches.forget_settings()
            changes = [DatabaseReplaced(), *(c for c in changes if not isinstance(c, DatabaseReplaced))]
        for change in changes:
            self.office.changes.deliver(change)
        return Poll(True, changes, back=not was)

    def _read(self) -> list[Change]:
        office = self.office
        with office.reading() as conn:
            top = change_queries.last_change_id(conn)
            if self.last_id is None or top < self.last_id:
                replaced = self.last_id is not None
                self._start_at(conn, top)
                if not replaced:   # the first look: only what comes after counts
                    return []
                # The log went back: another database is under the program now (a restore).
                office.caches.forget_settings()
                return [DatabaseReplaced()]
            if top == self.last_id and self._in_order:
                return []
            low = max(0, self.last_id - LOOKBACK)
            rows = change_queries.changes_after(conn, low, BATCH + LOOKBACK)
            if len(rows) >= BATCH + LOOKBACK:   # a flood (a long outage, a bulk import): re-read everything
                self._start_at(conn, top)
                return [CasesChanged()]
        fresh = [r for r in rows if r["id"] not in self._seen]
        self.last_id = max([self.last_id, *(r["id"] for r in rows)])
        self._seen = {i for i in self._seen | {r["id"] for r in rows} if i > self.last_id - LOOKBACK}
        return self._changes([r for r in fresh if not office.journal.own(r["id"])])

    def _start_at(self, conn: Connection, top: int) -> None:
        self.last_id = top
        self._seen = {r["id"] for r in change_queries.changes_after(conn, max(0, top - LOOKBACK), LOOKBACK + 1)}

    def _changes(self, rows: list[Row]) -> list[Change]:
        office = self.office
        out: list[Change] = []
        done: set[tuple[str, int | None]] = set()
        for r in rows:
            key = (r["kind"], r["case_id"])
            if key in done:
                continue
            done.add(key)
            kind = r["kind"]
            if kind == "case" and r["case_id"] is not None:
                out.append(CaseChanged(int(r["case_id"])))
            elif kind == "cases":
                out.append(CasesChanged())
            elif kind == "sops":
                out += [SopsChanged(info.code) for info in office.sops()]
            elif kind == "settings":
                from .kinerja import KINERJA
                office.caches.forget_settings()
                out += [SettingsChanged(what) for what in (PROFILE, CALENDAR, OFFICIALS, KINERJA)]
            elif kind == "database":
                office.caches.forget_settings()
                out.append(DatabaseReplaced())
        return out
