"""The window's eye on the other PCs: polls the office's change log (app/watch.py) every
1.5 s, so their changes reach the views through the change signals within about two seconds,
and says in the status bar when the database cannot be reached and when it is back.

A local SQLite file answers at once: polled on the GUI thread. A server may not answer for
a long while when its cable is out: polled on a worker thread, one poll at a time, so the
window never waits on the network.
"""
from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from ...app.office import Office
from ...app.watch import Poll, Watcher

log = logging.getLogger(__name__)

POLL_MS = 1500
BACK_MESSAGE_MS = 6000


class OfficeWatch(QObject):
    """Polls the change log of whichever office `office_of()` returns (None: none now, e.g. while
    a restore replaces the database) and keeps a status-bar label of whether it is reachable."""

    polled = Signal(object)   # the Poll, in the GUI thread (tests wait on it)
    _done = Signal(object)    # a worker's Poll, queued to the GUI thread

    def __init__(self, office_of: Callable[[], Office | None], bar: QStatusBar, parent: QObject | None = None):
        super().__init__(parent)
        self._office_of = office_of
        self._bar = bar
        self.watcher: Watcher | None = None
        self._busy = False
        self.label = QLabel()
        self.label.setObjectName("unreachable")
        self.label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.label.hide()
        bar.addPermanentWidget(self.label)
        self._done.connect(self.show_poll)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    @property
    def reachable(self) -> bool:
        return self.watcher is None or self.watcher.reachable

    def poll(self) -> None:
        office = self._office_of()
        if office is None or self._busy:
            return
        if self.watcher is None or self.watcher.office is not office:
            self.watcher = Watcher(office)
            self.label.hide()
        watcher = self.watcher
        if not watcher.on_server:
            self.show_poll(watcher.poll())
            return
        self._busy = True

        def work() -> None:
            try:
                result = watcher.poll()
            except Exception:   # poll() says unreachable itself; anything else must not kill the pool
                log.exception("watching the change log failed")
                result = Poll(watcher.reachable)
            with contextlib.suppress(RuntimeError):   # the window was closed meanwhile
                self._done.emit(result)
        QThreadPool.globalInstance().start(work)

    def show_poll(self, poll: Poll) -> None:
        self._busy = False
        if poll.lost:
            server = self.watcher is not None and self.watcher.on_server
            self.label.setText(self.tr("Server kantor tidak terjangkau") if server
                               else self.tr("Basis data tidak terjangkau"))
            self.label.setToolTip(self.tr("Yang tampil adalah data terakhir yang terbaca. Perubahan belum dapat "
                                          "disimpan; sopdesk menyambung lagi sendiri bila sambungan pulih."))
            self.label.show()
        elif poll.back:
            self.label.hide()
            self._bar.showMessage(self.tr("Tersambung lagi"), BACK_MESSAGE_MS)
        self.polled.emit(poll)
