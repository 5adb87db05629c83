"""How a step's state looks and reads on screen: fixed colours and words.

The colours are fixed (not themed) so that "red" means late on every PC and
in every screenshot a user sends; the legend is drawn from the same table.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...domain.case import DONE, RUNNING, StepStatus
from ...domain.sop import Sop
from .formatting import working_time

# The looks a step can have, from the engine's state and lateness.
WAITING, RUNNING_OK, OVERDUE, DONE_OK, DONE_LATE = "waiting", "running", "overdue", "done", "late"
LOOKS = (DONE_OK, DONE_LATE, RUNNING_OK, OVERDUE, WAITING)
# Words are translated with literal QCoreApplication.translate("StateStyle", …) calls:
# pyside6-lupdate finds only those, not calls through a helper.


@dataclass(frozen=True)
class Look:
    key: str
    fill: QColor      # symbol fill
    border: QColor    # symbol outline
    row_tint: QColor  # background of the step's row (transparent: none)
    text: QColor      # the Realisasi text
    border_width: float
    glyph: str        # drawn inside the symbol: "✓", "▶", "!" or ""


def _c(hex_: str, alpha: int = 255) -> QColor:
    c = QColor(hex_)
    c.setAlpha(alpha)
    return c


_LOOKS = {
    DONE_OK: Look(DONE_OK, _c("#cfe9cf"), _c("#2e7d32"), _c("#eef7ee"), _c("#2e7d32"), 1.2, "✓"),
    DONE_LATE: Look(DONE_LATE, _c("#ffd9ad"), _c("#d35400"), _c("#fff3e4"), _c("#c0392b"), 1.2, "✓"),
    RUNNING_OK: Look(RUNNING_OK, _c("#dbe9fb"), _c("#1565c0"), _c("#e9f1fc"), _c("#1565c0"), 2.4, "▶"),
    OVERDUE: Look(OVERDUE, _c("#ffc9c9"), _c("#c62828"), _c("#fde8e8"), _c("#c62828"), 2.8, "▶"),
    WAITING: Look(WAITING, _c("#ffffff"), _c("#8d949c"), _c("#ffffff", 0), _c("#8d949c"), 1.0, ""),
}

# The current step that has not started yet: white, but outlined like a running one.
NEXT_BORDER = _c("#1565c0")
CURRENT_ROW = _c("#e3eefc")
OVERDUE_HALO = _c("#e53935", 70)
SELECTION = _c("#f5a623")
TAKEN_ARROW = _c("#263238")
UNTAKEN_ARROW = _c("#a7b0b8")
UNTAKEN_LABEL = _c("#80868b")
REALISASI_BACKGROUND = _c("#f3f7fc")
REALISASI_HEADER = _c("#dbe7f7")
HEADER_BACKGROUND = _c("#e8eaed")
GRID = _c("#80868b")
BORDER = _c("#202124")
TEXT = _c("#202124")


def look(key: str) -> Look:
    return _LOOKS[key]


def look_of(status: StepStatus | None) -> Look:
    """The look of a step from the engine's status (judged at the case's `now`)."""
    if status is None:
        return _LOOKS[WAITING]
    if status.state == DONE:
        return _LOOKS[DONE_LATE if status.late else DONE_OK]
    if status.state == RUNNING:
        return _LOOKS[OVERDUE if status.late else RUNNING_OK]
    return _LOOKS[WAITING]


def look_label(key: str) -> str:
    """Legend and badge words."""
    return {
        DONE_OK: QCoreApplication.translate("StateStyle", "Selesai tepat waktu"),
        DONE_LATE: QCoreApplication.translate("StateStyle", "Selesai terlambat"),
        RUNNING_OK: QCoreApplication.translate("StateStyle", "Sedang berjalan"),
        OVERDUE: QCoreApplication.translate("StateStyle", "Lewat waktu"),
        WAITING: QCoreApplication.translate("StateStyle", "Menunggu"),
    }[key]


def realisasi_text(status: StepStatus | None, minutes_per_day: int) -> str:
    """The Realisasi cell: actual working time and who, or "menunggu"."""
    run = status.run if status else None
    if status is None or run is None:
        return QCoreApplication.translate("StateStyle", "menunggu")
    spent = working_time(status.actual_working_minutes, minutes_per_day)
    if status.state == DONE:
        who = run.finished_by or run.started_by
        text = QCoreApplication.translate("StateStyle", "{time} kerja").format(time=spent)
        if status.late:
            text += " " + QCoreApplication.translate("StateStyle", "(terlambat)")
    else:
        who = run.started_by
        text = QCoreApplication.translate("StateStyle", "berjalan {time}").format(time=spent)
        if status.late:
            text += " " + QCoreApplication.translate("StateStyle", "(lewat waktu)")
    return f"{text} · {who}" if who else text


def taken_edges(sop: Sop, status_by_step: dict[int, StepStatus]) -> set[tuple[int, int]]:
    """(from, to) pairs the case has already gone along, loops included.

    Superseded runs count: a Tidak that sent the case back was a path taken.
    """
    taken: set[tuple[int, int]] = set()
    for s in sop.steps:
        status = status_by_step.get(s.no)
        if status is None:
            continue
        exits = sop.successors(s.no)
        for run in status.runs:
            if run.finished_at is None or not exits:
                continue
            if s.is_decision:
                target = exits[0][0] if run.decision == "ya" else exits[1][0]
            else:
                target = exits[0][0]
            if target is not None:
                taken.add((s.no, target))
    return taken
