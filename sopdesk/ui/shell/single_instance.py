"""One window per database: a second start hands its request to the running window and exits.

Double-clicking a `.sopcase` file while sopdesk is open must not start a
second program on the same database (two daily backups, two windows racing
for one file, a confused user). So the first window listens on a
QLocalServer whose name is derived from the database path and the user; a
later start connects, sends one line of JSON ({"sopcase": path, "open": id}),
waits for "ok" and exits 0. The running window comes to the front and
handles the request.

A server left behind by a crashed window (a socket file on Linux) answers
nobody: the new start removes it and takes over. A window that accepts the
connection but does not answer in time (hung) is left alone, and the new
start runs on its own rather than not at all. `--smoke` runs never take part
(run_gui skips this module), so tests and a running office window cannot
disturb each other.
"""
from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import sys
import time

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 1500
REPLY_TIMEOUT_MS = 5000
MAX_MESSAGE = 64 * 1024
FIRST, SECOND, ALONE = "first", "second", "alone"


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 — no login name (a service account): still one key per home folder
        return os.path.expanduser("~")


def normalized_target(target: str | os.PathLike) -> str:
    """The same database by any spelling: relative or absolute, \\ or /, upper or lower case on Windows."""
    text = os.fspath(target)
    if "://" in text:
        return text
    return os.path.normcase(os.path.realpath(os.path.abspath(os.path.expanduser(text))))


def server_name(target: str | os.PathLike, user: str | None = None) -> str:
    """A short name (Unix sockets allow ~100 characters) unique to this database and this user."""
    key = f"{user if user is not None else _user()}\0{normalized_target(target)}"
    return "sopdesk-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _allow_foreground() -> None:
    """Windows lets only the foreground process give the focus away: allow the running window to take it."""
    if sys.platform != "win32":
        return
    try:
        import ctypes
        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
    except Exception:  # the window then only flashes in the taskbar
        log.debug("AllowSetForegroundWindow failed", exc_info=True)


def send(name: str, message: dict, *, connect_ms: int = CONNECT_TIMEOUT_MS, reply_ms: int = REPLY_TIMEOUT_MS) -> bool:
    """Hand `message` to the window listening on `name`; True when it confirmed."""
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(connect_ms):
        return False
    _allow_foreground()
    try:
        sock.write(json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n")
        # (flush() may write everything at once, after which waitForBytesWritten has nothing to wait for)
        if sock.bytesToWrite() and not sock.waitForBytesWritten(reply_ms):
            log.warning("the running window did not take the request")
            return False
        reply = b""
        deadline = time.monotonic() + reply_ms / 1000
        # Short waits in a loop: a single waitForReadyRead can miss an answer that arrives while it
        # is still sending (seen with a client on a thread of the answering process).
        while b"\n" not in reply:
            sock.waitForReadyRead(100)
            reply += bytes(sock.readAll().data())
            if b"\n" in reply:
                break
            if time.monotonic() > deadline or sock.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                log.warning("the running window did not answer")
                return False
        return reply.startswith(b"ok")
    finally:
        sock.abort()


class Channel(QObject):
    """The running window's end: receives requests, answers "ok", passes them on.

    Requests that arrive before a handler is set (the window is still being
    made, or the damaged-database dialog is open) wait and are handed over by
    `set_handler`.
    """

    received = Signal(dict)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._pending: list[dict] = []
        self._handler = None

    def listen(self) -> bool:
        if self.server.listen(self.name):
            return True
        if not reachable(self.name):
            # A socket file left by a crashed window (Linux/macOS); on Windows the pipe dies with its process.
            QLocalServer.removeServer(self.name)
            if self.server.listen(self.name):
                log.info("took over the single-instance name %s from a window that is gone", self.name)
                return True
        log.warning("single-instance server %s could not listen: %s", self.name, self.server.errorString())
        return False

    def close(self) -> None:
        self.server.close()

    def set_handler(self, handler) -> None:
        self._handler = handler
        pending, self._pending = self._pending, []
        for message in pending:
            self._deliver(message)

    def _deliver(self, message: dict) -> None:
        self.received.emit(message)
        if self._handler is None:
            self._pending.append(message)
        else:
            self._handler(message)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(sock=sock, buffer=buffer) -> None:
                buffer.extend(bytes(sock.readAll().data()))
                if len(buffer) > MAX_MESSAGE:
                    sock.abort()
                    return
                if b"\n" not in buffer:
                    return
                line = bytes(buffer).split(b"\n", 1)[0]
                try:
                    message = json.loads(line.decode("utf-8"))
                    if not isinstance(message, dict):
                        raise ValueError("not an object")
                except ValueError:
                    log.warning("ignored a malformed single-instance request")
                    sock.abort()
                    return
                sock.write(b"ok\n")
                sock.flush()
                sock.disconnectFromServer()
                self._deliver(message)

            sock.readyRead.connect(read)
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                read()


def reachable(name: str, timeout_ms: int = 300) -> bool:
    """Does a live process accept connections on `name`?"""
    probe = QLocalSocket()
    probe.connectToServer(name)
    alive = probe.waitForConnected(timeout_ms)
    probe.abort()
    return alive


def claim(target: str | os.PathLike, message: dict) -> tuple[str, Channel | None]:
    """(SECOND, None) when a running window took `message`; else (FIRST, channel) or (ALONE, None)."""
    name = server_name(target)
    if send(name, message):
        return SECOND, None
    if reachable(name):
        if send(name, message):  # it was only starting up
            return SECOND, None
        log.warning("a sopdesk window holds %s but does not answer; starting without it", name)
        return ALONE, None
    channel = Channel(name)
    if channel.listen():
        return FIRST, channel
    channel.deleteLater()
    if send(name, message):  # another start won the race a moment ago
        return SECOND, None
    return ALONE, None
