"""The office server this PC uses (Settings → "Basis data kantor"), and trying one before saving it.

Several PCs of one office share one PostgreSQL database; each PC keeps the address here, in the
data folder (`server.json`, beside the per-PC settings, so a database moved by flashdisk never
carries it). The password is readable by this PC's user only: on Windows it is sealed with DPAPI
(CryptProtectData: only the same Windows user on this PC can open it), elsewhere the file has
mode 0600. It is never shown, logged or printed: `masked()` gives the address with ***.

Which database a start opens: --db, else SOPDESK_DB, else the saved server, else the file in
the data folder (`default_target`).
"""
from __future__ import annotations

import base64
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from ..domain.errors import ProblemsError, UserError
from ..domain.messages import Message, msg
from ..store.engine import postgresql_url, safe_url as masked

__all__ = ["ServerAddress", "ServerProbe", "check_server", "default_target", "masked", "save_address",
           "saved_address"]

FILE_NAME = "server.json"


@dataclass(frozen=True)
class ServerProbe:
    """What Uji sambungan found, in words for the settings page."""
    ok: bool
    message: str                 # Indonesian; never holds the password
    coded: Message | None = None  # the same for a screen in another language, where there is one
    server_version: str = ""
    contents: str = ""           # 'empty' (set up at first use), 'sopdesk'; '' when it failed
    schema_version: int | None = None
    cases: int | None = None
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int = DEFAULT_PORT
    database: str = "sopdesk"
    user: str = "sopdesk"
    password: str = ""

    def url(self) -> str:
        return postgresql_url(self.host.strip(), self.port, self.database.strip(), self.user.strip(), self.password)

    def shown(self) -> str:
        return masked(self.url())

    def problems(self) -> list[str]:
        return [str(m) for m in self.problem_messages()]

    def problem_messages(self) -> list[Message]:
        """problems() as message codes, for a screen in another language."""
        found = []
        if not self.host.strip():
            found.append(msg("server.no_host"))
        if any(c.isspace() or c in "/@:?#" for c in self.host.strip()):
            found.append(msg("server.bad_host", host=self.host))
        if not 1 <= self.port <= 65535:
            found.append(msg("server.bad_port", port=self.port))
        if not self.database.strip():
            found.append(msg("server.no_database"))
        if not self.user.strip():
            found.append(msg("server.no_user"))
        return found


def check_server(address: ServerAddress) -> ServerProbe:
    """Connect, look, close: what Uji sambungan reports. Nothing is written on the server."""
    problems = address.problems()
    if problems:
        return ServerProbe(False, " ".join(problems))
    from . import data  # backups, copies, checks: not needed to start the program
    try:
        found = data.server_status(address.url())
    except UserError as e:
        return ServerProbe(False, str(e), e.message)
    if found.schema_version is None:
        said = msg("server.connected_empty", version=found.server_version)
        return ServerProbe(True, str(said), said, found.server_version, "empty")
    said = msg("server.connected", version=found.server_version, schema=found.schema_version, cases=found.cases)
    return ServerProbe(True, str(said), said, found.server_version, "sopdesk", found.schema_version, found.cases)


def _file() -> Path:
    return paths.data_dir() / FILE_NAME



def _dpapi(data: bytes, seal: bool) -> bytes:
    import ctypes
    from ctypes import wintypes

    class Blob(ctypes.Structure):
        _fields_ = [("cbData", wintypes.DWORD), ("pbData", ctypes.POINTER(ctypes.c_char))]

    crypt32 = ctypes.windll.crypt32  # type: ignore[attr-defined]
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    buffer = ctypes.create_string_buffer(data, len(data))
    given = Blob(len(data), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char)))
    out = Blob()
    ui_forbidden = 0x1
    call = crypt32.CryptProtectData if seal else crypt32.CryptUnprotectData
    description = ctypes.c_wchar_p("sopdesk") if seal else None
    if not call(ctypes.byref(given), description, None, None, None, ui_forbidden, ctypes.byref(out)):
        raise OSError(ctypes.GetLastError(), "DPAPI")  # type: ignore[attr-defined]
    try:
        return ctypes.string_at(out.pbData, out.cbData)
    finally:
        kernel32.LocalFree(out.pbData)


def _seal(password: str) -> tuple[str, str]:
    raw = password.encode("utf-8")
    if sys.platform == "win32":
        return "dpapi", base64.b64encode(_dpapi(raw, seal=True)).decode("ascii")
    return "file-mode-0600", base64.b64encode(raw).decode("ascii")


def _unseal(method: str, sealed: str) -> str:
    raw = base64.b64decode(sealed.encode("ascii"), validate=True)
    if method == "dpapi":
        if sys.platform != "win32":
            raise UserError(msg("server.other_windows"))
        raw = _dpapi(raw, seal=False)
    elif method != "file-mode-0600":
        raise UserError(msg("server.unknown_seal"))
    return raw.decode("utf-8")


def saved_address() -> ServerAddress | None:
    """The office server saved on this PC, or None (this PC uses its own file)."""
    path = _file()
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        sealed = str(data.get("password", ""))
        password = _unseal(str(data.get("sealed_with", "")), sealed) if sealed else ""
        return ServerAddress(host=str(data["host"]), port=int(data.get("port", DEFAULT_PORT)),
                             database=str(data.get("database", "sopdesk")), user=str(data.get("user", "sopdesk")),
                             password=password)
    except UserError:
        raise
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise UserError(msg("server.unreadable", path=str(path), error=type(e).__name__)) from e


def save_address(address: ServerAddress | None) -> None:
    """Keep `address` for the next start of this PC; None: back to this PC's own database file."""
    path = _file()
    if address is None:
        path.unlink(missing_ok=True)
        return
    problems = address.problem_messages()
    if problems:
        raise ProblemsError(problems, " ")
    method, sealed = _seal(address.password) if address.password else ("", "")
    body = json.dumps({"host": address.host.strip(), "port": address.port, "database": address.database.strip(),
                       "user": address.user.strip(), "sealed_with": method, "password": sealed},
                      ensure_ascii=False, indent=1)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".baru")
    # Created 0600 from the start (not chmod-ed after), so the password is never readable by others.
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(body)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    except OSError as e:
        temp.unlink(missing_ok=True)
        raise UserError(msg("server.not_saved", path=str(path), error=e.strerror or str(e))) from e


def default_target() -> str:
    """What a start opens without --db: SOPDESK_DB (a file or the server's URL), else the office server
    saved in Settings, else this PC's own file in the data folder."""
    if os.environ.get("SOPDESK_DB"):
        return str(paths.default_database()) if "://" not in os.environ["SOPDESK_DB"] else os.environ["SOPDESK_DB"]
    address = saved_address()
    if address is not None:
        return address.url()
    return str(paths.default_database())
