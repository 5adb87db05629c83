"""The office's change notifier (app/changes.py) as Qt signals, for every view to listen to.

The service layer says what changed once, after the change is committed; a view connects to
the signal it cares about instead of being told by its neighbours. Changes made on a worker
thread (an import, a restore) or, later, by another PC arrive the same way: the signals are
always emitted in the bridge's own (the GUI) thread.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QThread, Signal

from ...app.changes import (
    CaseChanged,
    CasesChanged,
    CasesImported,
    Change,
    ChangeNotifier,
    DatabaseReplaced,
    SettingsChanged,
    SopsChanged,
)

log = logging.getLogger(__name__)


class ChangeBridge(QObject):
    """Subscribes to one office's ChangeNotifier and re-emits each change as a Qt signal."""

    case_changed = Signal(int)          # the case id
    cases_changed = Signal()            # many cases at once: re-read every list
    cases_imported = Signal(list)       # the imported case ids
    sops_changed = Signal(str)          # the SOP code
    settings_changed = Signal(str)      # changes.PROFILE, CALENDAR or OFFICIALS
    database_replaced = Signal()        # everything shown is stale
    _arrived = Signal(object)           # a change heard on another thread, queued to this one

    def __init__(self, notifier: ChangeNotifier, parent: QObject | None = None):
        super().__init__(parent)
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = notifier.subscribe(self._heard)
        # A bridge deleted with its owner must not be called again by the notifier.
        unsubscribe = self._unsubscribe
        self.destroyed.connect(lambda *_: unsubscribe())

    def close(self) -> None:
        """Stop listening (the office is let go of); the signals stay connected but fall silent."""
        self._unsubscribe()

    def _heard(self, change: Change) -> None:
        if QThread.currentThread() is self.thread():
            self._deliver(change)
        else:
            self._arrived.emit(change)

    def _deliver(self, change: Change) -> None:
        if isinstance(change, CaseChanged):
            self.case_changed.emit(change.case_id)
        elif isinstance(change, CasesChanged):
            self.cases_changed.emit()
        elif isinstance(change, CasesImported):
            self.cases_imported.emit(list(change.case_ids))
        elif isinstance(change, SopsChanged):
            self.sops_changed.emit(change.code)
        elif isinstance(change, SettingsChanged):
            self.settings_changed.emit(change.what)
        elif isinstance(change, DatabaseReplaced):
            self.database_replaced.emit()
        else:
            log.warning("unknown change %r", change)


def bridge_for(notifier: ChangeNotifier, given: ChangeBridge | None, owner: QObject) -> ChangeBridge:
    """The window's bridge when a view is given one; else a bridge of the view's own, deleted with it
    (a view shown alone, as in the tests)."""
    return given if given is not None else ChangeBridge(notifier, owner)
