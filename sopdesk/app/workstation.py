"""Which PC and which operating-system user this program runs as: every event records both,
besides the official chosen in the program, so an office with several PCs knows where a
record was made."""
from __future__ import annotations

import getpass
import os
import socket

from ..domain.messages import msg
from .text import clean_name

LIMIT = 200


def pc_name() -> str:
    """The PC's name as Windows shows it (COMPUTERNAME), else the host name; "" if there is none."""
    try:
        name = os.environ.get("COMPUTERNAME") or socket.gethostname()
        return clean_name(name[:LIMIT], msg("field.pc_name"), LIMIT)
    except Exception:  # noqa: BLE001 — a PC without a usable name simply records none
        return ""


def os_user() -> str:
    """The operating-system (Windows) user; "" if it cannot be told."""
    try:
        return clean_name(getpass.getuser()[:LIMIT], msg("field.user_name"), LIMIT)
    except Exception:  # noqa: BLE001 — no user name to be had (no USERNAME, no passwd entry)
        return ""
