"""An SOP's flowchart as a tab of its own (SOP → Pustaka SOP → Lihat Diagram), without a case."""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..cases.swimlane import SwimlaneScene, SwimlaneView
from ..kit.formatting import waktu_label
from ..shell.page import ReadOnlyPage

if TYPE_CHECKING:
    from ...app.office import Office


class SopViewWidget(QWidget, ReadOnlyPage):
    """An SOP's swimlane without a case; clicking a step shows its row in words below."""

    def __init__(self, office: Office, sop_code: str, parent=None):
        super().__init__(parent)
        self.office = office
        self.sop = office.sop(sop_code)
        self.scene = SwimlaneScene(self.sop, parent=self)
        self.swimlane = SwimlaneView(self.scene)
        self.title = QLabel(f"<b>{escape(self.sop.name)}</b>")
        self.info = QLabel(self.tr("Klik sebuah langkah untuk melihat rinciannya."))
        self.info.setWordWrap(True)
        self.info.setStyleSheet("color: #3c4043;")
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 4)
        box.addWidget(self.title)
        box.addWidget(self.swimlane, 1)
        box.addWidget(self.info)
        self.scene.stepSelected.connect(self._show)

    def _show(self, no: int) -> None:
        s = self.sop.step(no)
        parts = [f"<b>{s.no}. {escape(s.activity)}</b>", escape(s.lane), escape(waktu_label(s.time))]
        if s.requirements:
            parts.append(self.tr("kelengkapan: {what}").format(what=escape(s.requirements)))
        if s.output:
            parts.append(self.tr("output: {what}").format(what=escape(s.output)))
        self.info.setText("  ·  ".join(parts))

    # -- Page (ReadOnlyPage): the version shown was read when the tab opened; nothing to save or print
    def sop_shown(self) -> tuple[str, int | None] | None:
        return self.sop.code, None
