"""Slow work off the GUI thread (DESIGN.md "Standards": long work shows progress and never
freezes the window).

`Task(parent, title, label, fn, …)` runs `fn(progress)` on a thread of its own behind a
window-modal progress dialog and hands the outcome back on the GUI thread. The work calls
`progress(done, total)` as it goes; after "Batal" that call raises `Cancelled` inside the
work, so work that reports progress stops at its next report.

    Task(window, "Cadangan", "Menyalin data…", lambda progress: make_backup(…, progress=progress),
         on_done=show_result, cancellable=True).start()

- Every task ends in exactly one `Outcome`: a result, an error or cancelled (`task.outcome`,
  None only while it runs). `on_done(result)` runs on the GUI thread (a UserError raised
  there becomes a warning).
- A failure: a UserError becomes a warning with its own words, anything else is logged and
  shown as the "unexpected error" dialog with its details — unless `on_error(exc)` returns
  True (it handled it). A cancelled work ends silently, or in `on_cancel()`.
- `done` turns True after the callbacks ran (tests wait for it), then `finished` is emitted.
- `abandon_on_cancel=True`: "Batal" closes the dialog at once and the outcome is dropped,
  for work that cannot stop in the middle (a PDF being drawn) or stops at its next report.
- `label_for(done, total)` rewrites the label as the work reports ("Menghitung 16.500 kasus…");
  `show_after_ms` lets short work finish before any dialog appears; `busy_cursor` adds the
  busy cursor meanwhile. `run_with_progress` is a Task with those set for interactive use.
- `run_blocking` waits for the work (painting goes on), for work before the window exists; it
  returns the work's value or raises its error, never a silent None.

Each task has a thread of its own, not one of a shared pool: work may hang for minutes (a
flashdisk pulled out, a network drive gone), and a pool sized to the CPU count (two threads
on an office PC) would queue every later task behind two such waits. The threads are daemons,
so a hung one cannot keep the program from exiting; what must not be cut off (a backup, a
restore) is guarded by the main window, which does not close while such a task runs.

The progress dialog is a plain QDialog, not QProgressDialog: a modal QProgressDialog's
setValue() runs a nested event loop, in which the work's own outcome could arrive in the
middle of a progress update. The thread shares only a queue with the Task, so closing the
window that started the work (and deleting the Task with it) never destroys a running
thread: the work ends on its own and its outcome is dropped.

The work must not touch widgets. It may read the database through the Office service (its
SQLite engine gives each thread its own connection) and draw PDFs with ReportLab.
"""
from __future__ import annotations

import logging
import queue
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from itertools import count
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from . import errors, messages
from .message_text import error_text

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

PROGRESS_EVERY_S = 0.05     # at most about 20 progress reports a second reach the GUI thread
SHOW_AFTER_MS = 400         # run_with_progress: work done sooner shows no dialog at all


class Cancelled(Exception):
    """The user pressed Batal; the work stopped (raised inside it by its progress callback)."""


@dataclass(frozen=True)
class Outcome:
    """How a piece of work ended: exactly one of a result, an error or cancelled."""

    RESULT: ClassVar[str] = "result"
    ERROR: ClassVar[str] = "error"
    CANCELLED: ClassVar[str] = "cancelled"

    kind: str
    value: Any = None                      # the work's return value (RESULT only)
    error: BaseException | None = None     # what it raised (ERROR; the Cancelled, if any, for CANCELLED)
    details: str = ""                      # the error's traceback, for the log and the error dialog

    @classmethod
    def of_result(cls, value: Any) -> Outcome:
        return cls(cls.RESULT, value=value)

    @classmethod
    def of_error(cls, error: BaseException, details: str = "") -> Outcome:
        return cls(cls.ERROR, error=error, details=details)

    @classmethod
    def of_cancel(cls, error: BaseException | None = None) -> Outcome:
        return cls(cls.CANCELLED, error=error)

    @property
    def is_result(self) -> bool:
        return self.kind == self.RESULT

    @property
    def is_error(self) -> bool:
        return self.kind == self.ERROR

    @property
    def is_cancelled(self) -> bool:
        return self.kind == self.CANCELLED

    def get(self) -> Any:
        """The value; else the error raised (Cancelled for a cancelled work)."""
        if self.is_result:
            return self.value
        if self.is_error and self.error is not None:
            raise self.error
        raise self.error if isinstance(self.error, Cancelled) else Cancelled()


# -- the thread ----------------------------------------------------------------------
# The worker thread puts its reports in a queue; the Task reads it on the GUI thread with a short
# timer. No Qt object crosses threads, and no Python code calls Signal.emit per report: PySide6
# 6.12 on Python 3.11 loses a reference to True on every emit() (like None on void calls, see
# qt_compat.py), which would abort the program after enough progress reports.

POLL_MS = 30

# Tasks from start to outcome, so that one nobody else holds (no parent widget) still delivers.
# Keyed by a plain object that outlives the Task's C++ side (see Task._gone).
_running: dict[int, Task] = {}

_numbers = count(1)


class _Work:
    """The thread's side of a Task: runs the work and always ends in one Outcome, put in the queue."""

    def __init__(self, fn: Callable[[Progress], Any], reports: queue.SimpleQueue, cancel: threading.Event,
                 thread_done: threading.Event):
        self.fn, self.reports, self.cancel, self.thread_done = fn, reports, cancel, thread_done
        self.outcome: Outcome | None = None
        self._last = 0.0

    def _progress(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise Cancelled()
        now = time.monotonic()
        if done <= 0 or done >= total or now - self._last >= PROGRESS_EVERY_S:
            self._last = now
            self.reports.put(("progress", int(done), int(total)))

    def run(self) -> None:
        try:
            outcome = Outcome.of_result(self.fn(self._progress))
        except Cancelled as e:
            outcome = Outcome.of_cancel(e)
        except BaseException as e:  # noqa: BLE001 — handed to the GUI thread, which reports it
            outcome = Outcome.of_error(e, "".join(traceback.format_exception(type(e), e, e.__traceback__)))
        self.outcome = outcome
        self.reports.put(("end", outcome))
        self.thread_done.set()

    def start(self, title: str) -> None:
        threading.Thread(target=self.run, name=f"sopdesk-task-{next(_numbers)} {title}", daemon=True).start()


# -- the dialog ----------------------------------------------------------------------

class ProgressDialog(QDialog):
    """A label, a bar and (for work that can stop) Batal; it cannot be closed while the work runs.
    Batal, Esc and the window's close button call `on_cancel` (when the work can stop)."""

    def __init__(self, title: str, label: str, parent: QWidget | None, *, cancellable: bool, determinate: bool):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(440)
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100 if determinate else 0)
        self.bar.setValue(0)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self._cancel)
        self.on_cancel: Callable[[], None] | None = None
        self._cancellable = cancellable
        self._closing = False
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(row)

    def _cancel(self) -> None:
        if self._cancellable and self.on_cancel is not None:
            self.on_cancel()

    def set_fraction(self, done: int, total: int) -> None:
        if total > 0 and self.bar.maximum() > 0:
            self.bar.setValue(min(100, int(done * 100 / total)))

    def finish(self) -> None:
        self._closing = True
        self.close()

    def closeEvent(self, event) -> None:
        if self._closing:
            super().closeEvent(event)
            return
        event.ignore()  # the work goes on; Batal is the way to stop what can be stopped
        self._cancel()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._cancel()
            return
        super().keyPressEvent(event)


# -- the task ------------------------------------------------------------------------

class _Cursor:
    """The busy cursor of one task, set at most once and restored at most once."""

    def __init__(self):
        self.on = False

    def set(self) -> None:
        if not self.on:
            self.on = True
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def restore(self) -> None:
        if self.on:
            self.on = False
            QApplication.restoreOverrideCursor()


def _gone(key: int, cursor: _Cursor) -> None:
    cursor.restore()
    _running.pop(key, None)


def report_error(parent: QWidget | None, exc: BaseException, details: str = "") -> None:
    """What the user sees when work failed: a UserError's own words, else the unexpected-error dialog
    (the details logged); never a traceback on screen."""
    if isinstance(exc, UserError):
        messages.warn(parent, error_text(exc))
        return
    details = details or "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unexpected error in background work\n%s", details)
    errors.show_unexpected(parent, details)


class Task(QObject):
    """`fn(progress)` on a worker thread behind a progress dialog; the outcome back on the GUI thread.

    See the module's docstring for the callbacks and options. Attributes for callers and
    tests: `done`, `result`, `error`, `cancel_requested`, `cancelled` (ended by Batal),
    `dialog`, `dialog_shown`, `progress_seen` (the (done, total) reports received).
    """

    finished = Signal()      # emitted only when something is connected (see the note on emit above)

    def __init__(self, parent: QWidget | None, title: str, label: str, fn: Callable[[Progress], Any], *,
                 on_done: Callable[[Any], object] | None = None,
                 on_error: Callable[[BaseException], bool | None] | None = None,
                 on_cancel: Callable[[], None] | None = None,
                 cancellable: bool = False, determinate: bool = True,
                 label_for: Callable[[int, int], str] | None = None,
                 show_after_ms: int = 0, busy_cursor: bool = False, abandon_on_cancel: bool = False):
        super().__init__(parent)
        self.parent_widget = parent
        self.fn = fn
        self.on_done, self.on_error, self.on_cancel = on_done, on_error, on_cancel
        self.label_for = label_for
        self.show_after_ms = max(0, int(show_after_ms))
        self.busy_cursor = busy_cursor
        self.abandon_on_cancel = abandon_on_cancel
        self.started = False
        self.done = False
        self.outcome: Outcome | None = None     # set once, when the outcome reached the GUI thread
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancel_requested = False
        self.cancelled = False
        self.dialog_shown = False
        self.progress_seen: list[tuple[int, int]] = []
        self.started_at = time.monotonic()
        self._cancel_event = threading.Event()
        self._thread_done = threading.Event()
        self._cursor = _Cursor()
        self._reports: queue.SimpleQueue = queue.SimpleQueue()
        self._work = _Work(fn, self._reports, self._cancel_event, self._thread_done)
        self._title = title
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.dialog: ProgressDialog | None = ProgressDialog(title, label, parent, cancellable=cancellable,
                                                            determinate=determinate)
        self.dialog.on_cancel = self.cancel

    # -- running
    def start(self) -> Task:
        if self.started:
            return self
        self.started = True
        self.started_at = time.monotonic()
        key, cursor = id(self._cursor), self._cursor
        _running[key] = self
        # The parent widget closed (and took this Task with it) before the outcome: let go of it.
        self.destroyed.connect(lambda *_: _gone(key, cursor))
        if self.busy_cursor:
            cursor.set()
        if self.show_after_ms == 0:
            self._show_dialog()
        else:
            QTimer.singleShot(self.show_after_ms, self, self._show_dialog)
        self._timer.start()
        self._work.start(self._title)
        return self

    @property
    def running(self) -> bool:
        return self.started and not self.done

    def wait_thread(self, timeout_s: float | None = None) -> bool:
        """Block until the worker thread has ended (its outcome is delivered later, by the event loop)."""
        return self._thread_done.wait(timeout_s)

    def wait(self) -> Outcome:
        """Wait here, events processed (painting goes on), until the outcome was delivered; for a
        started Task. If the Task is deleted meanwhile (its parent closed), the thread's own outcome.

        Not QEventLoop.exec(): after a QCoreApplication.exit() outside exec() (a smoke run's timer,
        a quit at the wrong moment) every later exec() returns at once, and the wait would end with
        no outcome."""
        if not self.started:
            raise RuntimeError("Task.wait() before start()")
        loop = QEventLoop()
        tick = QTimer()               # an event every POLL_MS, so the wait below always wakes up
        tick.start(POLL_MS)
        try:
            while self.outcome is None:
                if not shiboken6.isValid(self):
                    self._thread_done.wait()
                    assert self._work.outcome is not None
                    return self._work.outcome
                loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        finally:
            tick.stop()
        return self.outcome

    @Slot()
    def _show_dialog(self) -> None:
        if self.dialog is not None and not self.done and not self.cancelled:
            self.dialog.show()
            self.dialog_shown = True

    @Slot()
    def cancel(self) -> None:
        """Batal: the work raises Cancelled at its next progress report. With `abandon_on_cancel` the
        dialog closes now and whatever the work still delivers is dropped."""
        if self.done or self.cancel_requested:
            return
        self.cancel_requested = True
        self._cancel_event.set()
        if self.abandon_on_cancel:
            self.cancelled = True
            self._close_dialog()
        elif self.dialog is not None:
            self.dialog.label.setText(QCoreApplication.translate("ProgressDialog", "Membatalkan…"))
            self.dialog.cancel_button.setEnabled(False)

    @Slot()
    def _poll(self) -> None:
        """The worker's reports so far: the latest progress, then the outcome if it came."""
        progress = end = None
        while True:
            try:
                item = self._reports.get_nowait()
            except queue.Empty:
                break
            if item[0] == "progress":
                progress = item[1:]
            else:
                end = item[1]
        if progress is not None:
            self._progress(*progress)
        if end is not None:
            self._timer.stop()
            self._ended(end)

    def _progress(self, done: int, total: int) -> None:
        if self.done or self.cancelled:
            return
        self.progress_seen.append((done, total))
        if self.dialog is not None:
            self.dialog.set_fraction(done, total)
            if self.label_for is not None:
                self.dialog.label.setText(self.label_for(done, total))

    # -- the outcome
    def _close_dialog(self) -> None:
        self._cursor.restore()
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.on_cancel = None
            dialog.finish()
            dialog.deleteLater()

    def _ended(self, outcome: Outcome) -> None:
        if self.done:
            return
        if self.cancelled and not outcome.is_cancelled:
            # abandoned at Batal: what the work still delivered is dropped (a failure only logged)
            if outcome.is_error and not isinstance(outcome.error, UserError):
                log.warning("background work failed after it was abandoned\n%s", outcome.details)
            outcome = Outcome.of_cancel(outcome.error)
        self._close_dialog()
        self.outcome = outcome
        self.done = True
        _running.pop(id(self._cursor), None)
        try:
            if outcome.is_cancelled:
                self.cancelled = True
                self.error = outcome.error
                if self.on_cancel is not None:
                    with errors.user_action(self.parent_widget):
                        self.on_cancel()
            elif outcome.is_error:
                assert outcome.error is not None
                self.error = outcome.error
                if self.on_error is not None and self.on_error(outcome.error):
                    return
                report_error(self.parent_widget, outcome.error, outcome.details)
            else:
                self.result = outcome.value
                if self.on_done is not None:
                    with errors.user_action(self.parent_widget):
                        self.on_done(outcome.value)
        finally:
            self._emit_finished()

    def _emit_finished(self) -> None:
        meta = self.metaObject()
        if self.isSignalConnected(meta.method(meta.indexOfSignal("finished()"))):
            self.finished.emit()


def run_with_progress(parent: QWidget | None, work: Callable[[Progress], Any], *, title: str, label: str,
                      on_result: Callable[[Any], object] | None = None,
                      on_error: Callable[[BaseException], bool | None] | None = None,
                      on_cancel: Callable[[], None] | None = None,
                      label_for: Callable[[int, int], str] | None = None,
                      determinate: bool = False, show_after_ms: int = SHOW_AFTER_MS) -> Task:
    """Interactive work: a busy cursor at once, the progress dialog with Batal only if it takes a
    moment, Batal closing it at once (the work stops at its next report, its outcome is dropped)."""
    return Task(parent, title, label, work, on_done=on_result, on_error=on_error, on_cancel=on_cancel,
                cancellable=True, determinate=determinate, label_for=label_for, show_after_ms=show_after_ms,
                busy_cursor=True, abandon_on_cancel=True).start()


def run_blocking(parent: QWidget | None, title: str, label: str, fn: Callable[[Progress], Any]) -> Any:
    """A Task whose caller waits (painting goes on): for work before the window exists.
    Returns the work's value or raises its error."""
    task = Task(parent, title, label, fn, determinate=False, on_error=lambda e: True)
    return task.start().wait().get()
