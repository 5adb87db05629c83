"""What changed in the office's data, said once by the service layer and heard by every view.

The use cases emit a Change after each committed transaction (or inside it: then it is
delivered once the transaction has committed); `ui/` turns them into Qt signals
(ui/shell/change_bridge.py). Every emitted change is also written to the database's change
log through the notifier's journal (app/watch.py), and the changes other PCs logged arrive
through the same notifier (`deliver`), so a view never needs to know who changed what.
Plain Python: no Qt here.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

# What a SettingsChanged names: a view refreshes only what it shows.
PROFILE = "profile"          # the office profile (kop, time zone, paper, numbering)
CALENDAR = "calendar"        # working hours and holidays (due moments of open cases moved)
OFFICIALS = "officials"


@dataclass(frozen=True)
class CaseChanged:
    """An event, the PK, an attachment or a letter number of one case was recorded."""
    case_id: int


@dataclass(frozen=True)
class CasesChanged:
    """Many cases at once (a recount after a calendar change, demo data): refresh every list."""


@dataclass(frozen=True)
class CasesImported:
    case_ids: tuple[int, ...]


@dataclass(frozen=True)
class SopsChanged:
    code: str


@dataclass(frozen=True)
class SettingsChanged:
    what: str   # PROFILE, CALENDAR or OFFICIALS


@dataclass(frozen=True)
class DatabaseReplaced:
    """A restore put another database under the program: everything shown is stale."""


Change = CaseChanged | CasesChanged | CasesImported | SopsChanged | SettingsChanged | DatabaseReplaced
Listener = Callable[[Change], None]
# Writes a change to the change log; True if it holds the change back until its transaction commits.
Journal = Callable[[Change], bool]


class ChangeNotifier:
    """Listeners are called in the emitting thread, in the order they subscribed.

    A listener that raises is logged and skipped: a broken view must not undo
    or hide a change that is already committed.
    """

    def __init__(self, journal: Journal | None = None) -> None:
        self._listeners: list[Listener] = []
        self._journal = journal

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add `listener`; call the returned function to remove it again."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)
        return unsubscribe

    def emit(self, change: Change) -> None:
        """Say that this program changed something: logged for the other PCs, then told to the listeners."""
        if self._journal is not None:
            try:
                if self._journal(change):
                    return
            except Exception:
                # The change is committed; not reaching the log only delays the other PCs.
                log.exception("change not logged: %r", change)
        self.deliver(change)

    def deliver(self, change: Change) -> None:
        """Tell the listeners only (a change another PC logged, or one held back until its commit)."""
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:
                log.exception("change listener failed on %r", change)
