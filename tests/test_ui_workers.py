"""Background work (ui/kit/workers.py): every task ends in one explicit outcome — a result, an error
or cancelled — and work that hangs (a pulled flashdisk, a dead network drive) holds up nothing else."""
from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import shiboken6
from PySide6.QtCore import QThread, QTimer

from sopdesk.domain.errors import UserError
from sopdesk.ui.kit import workers
from sopdesk.ui.kit.workers import Cancelled, Outcome
from tests.ui_helpers import HANG_MS

HANG_S = HANG_MS / 1000


@pytest.fixture
def release():
    """An event that hung work waits on; set at the end of the test whatever happened, so no thread is left."""
    gate = threading.Event()
    yield gate
    gate.set()


def test_the_outcome_is_one_of_three_and_get_gives_the_value_or_raises():
    assert Outcome.of_result(7).get() == 7
    none = Outcome.of_result(None)
    assert none.is_result and not none.is_error and not none.is_cancelled and none.get() is None
    boom = ZeroDivisionError("nol")
    failed = Outcome.of_error(boom, "Traceback …")
    assert failed.is_error and failed.error is boom and failed.details == "Traceback …"
    with pytest.raises(ZeroDivisionError):
        failed.get()
    stopped = Outcome.of_cancel()
    assert stopped.is_cancelled and not stopped.is_result
    with pytest.raises(Cancelled):
        stopped.get()
    own = Cancelled()
    with pytest.raises(Cancelled) as raised:
        Outcome.of_cancel(own).get()
    assert raised.value is own


def test_hung_tasks_do_not_hold_up_later_ones(qtbot, release):
    hung = [workers.Task(None, "Flashdisk", "Menunggu…", lambda progress: release.wait(HANG_S)).start()
            for _ in range(QThread.idealThreadCount() + 2)]    # more than a CPU-sized pool has threads
    later = workers.Task(None, "Laporan", "Menghitung…", lambda progress: "selesai").start()
    qtbot.waitUntil(lambda: later.done, timeout=HANG_MS)
    assert later.outcome == Outcome.of_result("selesai") and later.result == "selesai"
    assert all(t.running and t.outcome is None for t in hung)
    assert workers.run_blocking(None, "t", "l", lambda progress: 7) == 7     # and a blocking one too
    release.set()
    qtbot.waitUntil(lambda: all(t.done for t in hung), timeout=HANG_MS)
    assert all(t.outcome.is_result and t.result is True for t in hung)


def test_a_cancelled_task_reports_cancelled(qtbot, release, dialogs):
    def work(progress):
        while True:              # stops only through its progress report, after Batal
            progress(0, 1)
            release.wait(0.01)
    cancelled, results = [], []
    task = workers.Task(None, "t", "l", work, cancellable=True, on_done=results.append,
                        on_cancel=lambda: cancelled.append(1)).start()
    qtbot.waitUntil(lambda: bool(task.progress_seen), timeout=HANG_MS)
    task.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=HANG_MS)
    assert task.outcome.is_cancelled and isinstance(task.outcome.error, Cancelled)
    assert task.cancelled and cancelled == [1] and results == [] and dialogs.calls == []
    with pytest.raises(Cancelled):
        task.outcome.get()


def test_abandoned_work_that_still_finishes_reports_cancelled_not_its_result(qtbot, release):
    got, cancelled = [], []
    task = workers.run_with_progress(None, lambda progress: release.wait(HANG_S) and "terlambat", title="t",
                                     label="l", on_result=got.append, on_cancel=lambda: cancelled.append(1))
    task.cancel()                # Batal: the dialog goes at once, the work cannot stop in the middle
    assert task.cancelled and not task.done
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=HANG_MS)
    assert task.outcome == Outcome.of_cancel() and got == [] and cancelled == [1]


def test_an_exception_reaches_the_caller(qtbot, dialogs):
    def broken(progress):
        raise ZeroDivisionError("division by zero")
    handled = []
    task = workers.Task(None, "t", "l", broken, on_error=lambda e: handled.append(e) or True).start()
    qtbot.waitUntil(lambda: task.done, timeout=HANG_MS)
    assert task.outcome.is_error and isinstance(task.outcome.error, ZeroDivisionError)
    assert handled == [task.outcome.error] and task.error is task.outcome.error
    assert "ZeroDivisionError" in task.outcome.details and "broken" in task.outcome.details
    assert dialogs.calls == []       # on_error handled it
    with pytest.raises(ZeroDivisionError):
        workers.run_blocking(None, "t", "l", broken)
    with pytest.raises(UserError, match="tidak"):
        workers.run_blocking(None, "t", "l", lambda progress: (_ for _ in ()).throw(UserError("tidak")))


def test_an_unhandled_exception_is_reported_to_the_user(qtbot, dialogs):
    dialogs.allow_unexpected = True
    task = workers.Task(None, "t", "l", lambda progress: 1 / 0).start()
    qtbot.waitUntil(lambda: task.done, timeout=HANG_MS)
    assert task.outcome.is_error
    [text] = dialogs.texts("unexpected")
    assert "ZeroDivisionError" in text


def test_run_blocking_returns_the_value(qtbot):
    assert workers.run_blocking(None, "t", "l", lambda progress: 7) == 7
    assert workers.run_blocking(None, "t", "l", lambda progress: None) is None   # a result, explicitly None


def test_run_blocking_returns_the_value_after_a_stray_quit(qtbot, qapp):
    """A QCoreApplication.exit() outside exec() makes every later QEventLoop.exec() return at once;
    run_blocking must still wait for the work, not hand back None."""
    qapp.exit(1)
    try:
        assert workers.run_blocking(None, "t", "l", lambda progress: 7) == 7
    finally:
        # put the application back: exec() clears the pending quit when it returns
        QTimer.singleShot(0, lambda: qapp.exit(0))
        quits = qapp.quitOnLastWindowClosed()
        qapp.setQuitOnLastWindowClosed(False)
        qapp.exec()
        qapp.setQuitOnLastWindowClosed(quits)
    fired = []
    QTimer.singleShot(0, lambda: fired.append(1))
    qtbot.waitUntil(lambda: fired == [1], timeout=HANG_MS)    # and later waits work again


def test_waiting_for_a_task_whose_window_closes_meanwhile_still_gives_its_value(qtbot, release):
    from PySide6.QtWidgets import QWidget
    window = QWidget()
    task = workers.Task(window, "t", "l", lambda progress: release.wait(HANG_S) and 7).start()
    window.destroyed.connect(lambda *_: release.set())    # the work ends only after the window went
    QTimer.singleShot(0, window.deleteLater)               # while the caller waits
    assert task.wait() == Outcome.of_result(7)
    assert not shiboken6.isValid(task)                     # the Task went with its window


def test_each_task_has_a_thread_of_its_own(qtbot, release):
    names = []

    def work(progress):
        names.append(threading.current_thread().name)
        release.wait(HANG_S)
    tasks = [workers.Task(None, f"Tugas {i}", "l", work).start() for i in range(3)]
    qtbot.waitUntil(lambda: len(names) == 3, timeout=HANG_MS)   # all three run at once
    assert len(set(names)) == 3 and all(n.startswith("sopdesk-task-") for n in names)
    release.set()
    qtbot.waitUntil(lambda: all(t.done for t in tasks), timeout=HANG_MS)
