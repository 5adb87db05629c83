"""The SOP's swimlane with each step coloured by how it performed in a period.

The case screen's `SwimlaneScene` (same geometry, same items), its Realisasi column named after
the period and filled with median · p90 · share on time · runs; rows and symbols take the grade
colours of domain/kinerja.py. Hovering anywhere on a step's row shows all its figures.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHelpEvent, QToolTip

from ...domain.kinerja import COLOURS, GRADES, NO_DATA, TEXT_COLOURS, Thresholds, grade
from ...domain.monitoring import MonitoringStats, StepStats
from ...domain.sop import Sop
from ...flowchart import Cell, wrap
from ..cases.swimlane import SwimlaneScene
from ..cases.swimlane_items import SceneText
from ..kit import state_style as ss
from ..kit.formatting import percent_text, working_time

translate = QCoreApplication.translate   # lupdate reads translate("context", "literal") calls

FIGURES_WIDTH = 150.0   # wide enough for "median 1 jam 5 menit · p90 1 hari 3 jam" on two lines


def _color(hex_: str, alpha: int = 255) -> QColor:
    c = QColor(hex_)
    c.setAlpha(alpha)
    return c


def grade_look(g: str) -> ss.Look:
    """A state_style Look in the grade's colours (no glyph: the figures say it)."""
    row, fill, border = COLOURS[g]
    return ss.Look(f"kinerja-{g}", _color(fill), _color(border), _color(row, 0 if g == NO_DATA else 255),
                   _color(TEXT_COLOURS[g]), 1.4 if g != NO_DATA else 1.0, "")


LOOKS = {g: grade_look(g) for g in GRADES}


def figure_lines(s: StepStats, per_day: int) -> tuple[str, str]:
    """The Realisasi cell: ("34 % tepat waktu · 41 kali", "median 1 jam 5 menit · p90 1 jam 3 jam")."""
    if s.runs == 0:
        if s.running:
            return translate("Kinerja", "belum ada yang selesai"), \
                translate("Kinerja", "{n} masih berjalan").format(n=s.running)
        return translate("Kinerja", "belum ada data"), ""
    if s.on_time_share is None:
        first = translate("Kinerja", "tanpa waktu standar · {n} kali").format(n=s.runs)
    else:
        first = translate("Kinerja", "{share} tepat waktu · {n} kali").format(
            share=percent_text(s.on_time_share, 0), n=s.runs)
    second = translate("Kinerja", "median {median} · p90 {p90}").format(
        median=working_time(s.median_minutes, per_day), p90=working_time(s.p90_minutes, per_day))
    return first, second


def step_tooltip(s: StepStats, per_day: int) -> str:
    """Everything known about the step in the period, for hovering."""
    lines = [translate("Kinerja", "Langkah {no} · {lane}").format(no=s.no, lane=s.lane), s.activity]
    if s.runs:
        if s.on_time_share is not None:
            lines.append(translate("Kinerja", "{share} tepat waktu: {on_time} dari {timed} kali ({late} terlambat)")
                         .format(share=percent_text(s.on_time_share, 0), on_time=s.on_time, timed=s.timed,
                                 late=s.late))
        lines.append(translate("Kinerja", "median {median} · p90 {p90} · terlama {worst}").format(
            median=working_time(s.median_minutes, per_day), p90=working_time(s.p90_minutes, per_day),
            worst=working_time(s.worst_minutes, per_day)))
    else:
        lines.append(translate("Kinerja", "Belum ada yang selesai dalam periode ini."))
    lines.append(translate("Kinerja", "standar {standard}").format(
        standard=working_time(s.standard_minutes, per_day) if s.standard_minutes else "—"))
    if s.running:
        lines.append(translate("Kinerja", "{n} masih berjalan ({late} lewat waktu), tidak dihitung").format(
            n=s.running, late=s.running_late))
    return "\n".join(x for x in lines if x)


class FiguresItem(QGraphicsItem):
    """A step's figures in the Realisasi cell: the share on time in the grade's colour, then the times."""

    def __init__(self, cell: Cell, text: SceneText):
        super().__init__()
        self.step_no = cell.step_no
        self._cell = cell
        self._text = text
        self._rect = QRectF(cell.rect.x, cell.rect.y, cell.rect.w, cell.rect.h)
        self._lines: list[tuple[str, bool]] = []
        self.color = QColor(ss.TEXT)
        self.setZValue(2.6)

    def boundingRect(self) -> QRectF:
        return self._rect

    def text(self) -> str:
        return "\n".join(line for line, _bold in self._lines)

    def set_figures(self, first: str, second: str, color: QColor) -> None:
        c = self._cell
        inner = c.rect.w - 2 * c.padding_x
        size = c.size

        def bold_measure(t: str, s: float) -> float:
            return self._text.width(t, s, bold=True)

        lines = [(x, True) for x in wrap(first, inner, size, bold_measure)]
        if second:
            lines += [(x, False) for x in wrap(second, inner, size, self._text.measure)]
        fit = max(1, int((c.rect.h - 4) // c.line_height))
        if len(lines) > fit:
            lines = lines[:fit]
            lines[-1] = (lines[-1][0].rstrip() + "…", lines[-1][1])
        self._lines, self.color = lines, QColor(color)
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        c = self._cell
        lh = c.line_height
        top = c.rect.y + (c.rect.h - lh * len(self._lines)) / 2
        for i, (line, bold) in enumerate(self._lines):
            painter.setPen(QPen(self.color if bold else ss.TEXT))
            box = QRectF(c.rect.x + c.padding_x, top + i * lh, c.rect.w - 2 * c.padding_x, lh)
            self._text.draw(painter, box, line, c.size, bold=bold)


class KinerjaScene(SwimlaneScene):
    """The swimlane of `sop` with a Realisasi column titled after the period."""

    def __init__(self, sop: Sop, column_title: str, parent=None):
        super().__init__(sop, realisasi=True, parent=parent, realisasi_title=column_title,
                         realisasi_width=FIGURES_WIDTH)
        self.stats: MonitoringStats | None = None
        self.grades: dict[int, str] = {}
        self.tips: dict[int, str] = {}
        self.figure_items: dict[int, FiguresItem] = {}
        for no, item in self.realisasi_items.items():
            item.hide()   # the case screen's text item; ours shows two lines in two styles
            figures = FiguresItem(self._cell_of(no), self.text)
            self.figure_items[no] = figures
            self.addItem(figures)

    def _cell_of(self, no: int) -> Cell:
        role = f"extra:{self.realisasi_title}"
        return next(c for c in self.layout.cells if c.role == role and c.step_no == no)

    def show_stats(self, stats: MonitoringStats, thresholds: Thresholds) -> None:
        """Colour every step by its grade and write its figures (items stay; nothing is rebuilt)."""
        self.stats = stats
        per_day = stats.minutes_per_day
        by_no = {s.no: s for s in stats.steps}
        for no, item in self.symbol_items.items():
            s = by_no.get(no)
            g = grade(s, thresholds) if s is not None else NO_DATA
            self.grades[no] = g
            look = LOOKS[g]
            item.set_look(look, False)
            row = self.row_items.get(no)
            if row is not None:
                row.set_look(look, False)
            figures = self.figure_items.get(no)
            if figures is not None:
                if s is None:
                    figures.set_figures(translate("Kinerja", "belum ada data"), "", look.text)
                else:
                    figures.set_figures(*figure_lines(s, per_day), look.text)
            tip = step_tooltip(s, per_day) if s is not None else ""
            self.tips[no] = tip
            if tip:
                item.setToolTip(tip)
        for arrow in self.arrow_items:
            arrow.set_taken(True)   # every path is drawn dark: no case is laid on the chart

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """A step's figures anywhere on its row, not only over its symbol."""
        no = self.step_at(event.scenePos())
        tip = self.tips.get(no) if no is not None else None
        if tip:
            QToolTip.showText(event.screenPos(), tip)
            event.accept()
            return
        super().helpEvent(event)

