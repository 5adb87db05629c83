"""Work-around for a defect of the Qt binding that would otherwise abort the program.

PySide6 6.12 is built for Python 3.12+, where None is immortal and C code may
return it without counting a reference. On Python 3.11 each call of a Qt
method that returns nothing (setValue, drawLine, processEvents…) therefore
takes one reference from None; after a few thousand calls None's count
reaches zero and the interpreter aborts with "none_dealloc". A real session
makes millions of such calls.

`keep_none_alive()` checks once whether this binding has the defect and, if
so, gives None a reference count no session can use up; True and False get
the same, since Signal.emit() loses a reference to True the same way. None is never freed
anyway, so the extra count costs nothing; on Python 3.12+ or a fixed binding
it does nothing. The lasting fix is to build and ship with Python 3.12+.
"""
from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_PROBE_CALLS = 64
_RESERVE = 1 << 48  # references: more than any session can lose, far below the 2**63 limit

_done = False


def binding_loses_none() -> bool:
    from PySide6.QtCore import QObject
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= _PROBE_CALLS


def binding_loses_true() -> bool:
    """The same defect on Signal.emit(), which drops a reference to True."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()
    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBE_CALLS):
        probe.ping.emit()
    return before - sys.getrefcount(True) >= _PROBE_CALLS


def _reserve(obj) -> None:
    # ob_refcnt is the first field of every CPython object, at the object's address.
    ctypes.c_ssize_t.from_address(id(obj)).value += _RESERVE


def keep_none_alive() -> bool:
    """True if the defect was found and None (and True/False) got their reserve (once per process)."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    loses_none, loses_true = binding_loses_none(), binding_loses_true()
    if not (loses_none or loses_true):
        return False
    for obj in (None, True, False):
        _reserve(obj)
    _done = True
    log.info("PySide6 loses references to None/True on this Python; reserve added")
    return True
