"""SOP → "Impor dari Word…": read a .docx in a worker (the window never freezes, Batal stops it),
then show what was read for the user to confirm and correct before anything is saved
(mockups/word-import.png): the steps × lanes grid saying how each symbol was found, the
decisions' targets, the identity, the warnings. Simpan SOP only when the SOP is valid.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ...app.sop_word import WordImport, clean_code, problem_messages_of, read_word_sop, set_step
from ...domain.errors import UserError
from ...domain.sop import Problem, Sop
from ...domain.word_sop import HOW_CELL, HOW_MARK, HOW_MOVED, HOW_SHADING, HOW_VML
from ..kit import messages
from ..kit.formatting import date_text, size_text
from ..kit.message_text import error_text, problem_text, render
from ..kit.widgets import fit_to_screen
from ..kit.workers import Progress, Task, run_with_progress
from .word_grid import BADGE_COLOURS, HOW_CHOSEN, StepLaneGrid
from .word_panels import DecisionBox, IdentityPanel, WarningList, section_title

if TYPE_CHECKING:
    from collections.abc import Callable

    from ...app.office import Office


def import_word_file(parent: QWidget | None, office: Office, path: str | None = None,
                     open_in_editor: Callable[[Sop], Any] | None = None) -> Task | None:
    """Ask for a .docx, read it in the background, then open the dialog. Returns the reading task.
    With `open_in_editor`, the dialog offers "Buka di editor" to correct the SOP there before saving."""
    if not path:
        path = messages.choose_open_file(
            parent, QCoreApplication.translate("word_import", "Impor dari Word"),
            QCoreApplication.translate("word_import", "Dokumen Word (*.docx);;Semua berkas (*)"))
    if not path:
        return None
    name = Path(path).name

    def work(progress: Progress) -> WordImport:
        return read_word_sop(path, progress)

    def done(result: WordImport) -> None:
        dialog = WordImportDialog(office, result, parent, open_in_editor=open_in_editor)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    return run_with_progress(parent, work, title=QCoreApplication.translate("word_import", "Impor dari Word"),
                             label=QCoreApplication.translate("word_import", "Membaca {name}…").format(name=name),
                             on_result=done, determinate=True)


def _chip(text: str, warn: bool = False) -> QLabel:
    label = QLabel(text)
    bg, fg = ("#fed7aa", "#9a3412") if warn else ("#e5e7eb", "#1f2937")
    label.setStyleSheet(f"background:{bg}; color:{fg}; border-radius:10px; padding:3px 12px; font-weight:bold;")
    return label


def _badge(text: str, how: str) -> QLabel:
    bg, fg = BADGE_COLOURS[how]
    label = QLabel(text)
    label.setStyleSheet(f"background:{bg}; color:{fg}; border-radius:8px; padding:1px 8px;")
    return label


def problems_shown(sop: Sop) -> list[str]:
    """Why the SOP cannot be saved yet (app.sop_word.problems_of), in the screens' language."""
    return [problem_text(p) if isinstance(p, Problem) else render(p) for p in problem_messages_of(sop)]


def warnings_shown(word: WordImport) -> tuple[str, ...]:
    """What the reading noticed, in the screens' language (the Indonesian words when it came without codes)."""
    return tuple(render(m) for m in word.warning_messages) if word.warning_messages else word.warnings


class WordImportDialog(QDialog):
    """What was read from one Word file, to confirm and correct; saves through office.save_sop."""

    saved = Signal(str)

    def __init__(self, office: Office, result: WordImport, parent: QWidget | None = None, *,
                 open_in_editor: Callable[[Sop], Any] | None = None):
        super().__init__(parent)
        self.office = office
        self.word = result
        self.sop = result.sop
        self.open_in_editor = open_in_editor
        self.setWindowTitle(self.tr("Impor dari Word — {name}").format(name=result.name))
        existing = {info.code for info in office.sops()}
        self.grid = StepLaneGrid(self.sop, result.findings)
        self.identity = IdentityPanel(self.sop, existing)
        self.decisions: dict[int, DecisionBox] = {}
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.editor_button = QPushButton(self.tr("Buka di editor"))
        self.editor_button.setVisible(open_in_editor is not None)
        self.save_button = QPushButton(self.tr("Simpan SOP"))
        self.save_button.setDefault(True)
        self._layout()
        self.grid.lane_chosen.connect(lambda no, lane: self._change(no, lane=lane))
        self.grid.kind_chosen.connect(self._kind)
        self.grid.time_edited.connect(lambda no, text: self._change(no, time=text))
        self.identity.changed.connect(self._refresh)
        self.cancel_button.clicked.connect(self.reject)
        self.editor_button.clicked.connect(self._to_editor)
        self.save_button.clicked.connect(self.save)
        self._refresh()
        fit_to_screen(self, (1340, 760), parent)

    # -- layout
    def _header(self) -> QWidget:
        r, s = self.word, self.sop
        title = QLabel(self.tr("Impor dari Word"))
        title.setStyleSheet("font-size:16pt; font-weight:bold;")
        changed = date_text(datetime.fromtimestamp(r.modified).date())
        info = QLabel(self.tr("<b>{name}</b> · {folder} · {size}, diubah {date}").format(
            name=_esc(r.name), folder=_esc(str(Path(r.path).parent)), size=size_text(r.size), date=changed))
        info.setTextFormat(Qt.TextFormat.RichText)
        info.setWordWrap(True)   # a long folder must not make the dialog wider than a 1366×768 screen at 125 %
        left = QVBoxLayout()
        left.addWidget(title)
        left.addWidget(info)
        decisions = sum(1 for st in s.steps if st.kind == "decision")
        found, total = r.symbols_found, len(s.steps)
        chips = QHBoxLayout()
        chips.addStretch(1)
        chips.addWidget(_chip(self.tr("%n langkah", "", total)))
        chips.addWidget(_chip(self.tr("%n pelaksana", "", len(s.lanes))))
        chips.addWidget(_chip(self.tr("%n keputusan", "", decisions)))
        chips.addWidget(_chip(self.tr("{found} dari {total} simbol dikenali").format(found=found, total=total),
                              warn=found < total))
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(chips)
        box = QWidget()
        box.setLayout(row)
        return box

    def _side(self) -> QScrollArea:
        side = QWidget()
        lay = QVBoxLayout(side)
        lay.setContentsMargins(4, 0, 8, 0)
        lay.addWidget(self.identity)
        for st in self.sop.steps:
            if st.kind == "decision":
                self._add_decision(lay, st.no)
        self.decision_layout = lay
        lay.addWidget(section_title(self.tr("Peringatan ({n})").format(n=len(self.word.warnings))))
        self.warnings = WarningList(warnings_shown(self.word))
        lay.addWidget(self.warnings)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(side)
        scroll.setMinimumWidth(300)
        return scroll

    def _add_decision(self, lay: QVBoxLayout, no: int, at: int | None = None) -> None:
        box = DecisionBox(self.sop, no, self.word.targets_read.get(no, (False, False)))
        box.target_chosen.connect(lambda n, fld, target: self._change(n, **{fld: target}))
        if at is None:
            lay.addWidget(box)
        else:
            lay.insertWidget(at, box)
        self.decisions[no] = box

    def _legend(self) -> QWidget:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Cara simbol ditemukan:")))
        for text, how in ((self.tr("bentuk di sel"), HOW_CELL), (self.tr("digeser dari kolom lain"), HOW_MOVED),
                          (self.tr("VML"), HOW_VML), (self.tr("tanda √"), HOW_MARK),
                          (self.tr("arsiran"), HOW_SHADING), (self.tr("dipilih"), HOW_CHOSEN)):
            row.addWidget(_badge(text, how))
        row.addStretch(1)
        kinds = QLabel(self.tr("Jenis dari bentuk simbol: lonjong = Mulai/Selesai (menurut letaknya), persegi = "
                               "Proses, belah ketupat = Keputusan. Panah, konektor dan kotak teks tidak dihitung "
                               "sebagai langkah."))
        kinds.setWordWrap(True)
        kinds.setStyleSheet("color:#4b5563;")
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        lay.addWidget(kinds)
        return box

    def _layout(self) -> None:
        intro = QLabel(self.tr("Periksa yang terbaca sebelum menyimpan. Setiap simbol ditunjukkan di kolom "
                               "pelaksananya, dengan keterangan cara ia ditemukan di berkas. Yang tidak terbaca "
                               "ditandai dan harus dipilih; tidak ada yang ditebak diam-diam."))
        intro.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.grid)
        split.addWidget(self._side())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.editor_button)
        buttons.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self._header())
        lay.addWidget(intro)
        lay.addWidget(split, 1)
        lay.addWidget(self._legend())
        lay.addLayout(buttons)

    # -- corrections
    def current_sop(self) -> Sop:
        """The SOP as it would be saved now: the corrections and the identity fields applied."""
        return replace(self.sop, code=clean_code(self.identity.code_edit.text()),
                       name=" ".join(self.identity.name_edit.text().split()))

    def _change(self, no: int, **changes: Any) -> None:
        self.sop = set_step(self.sop, no, **changes)
        self.grid.show_sop(self.sop)
        self._refresh()

    def _kind(self, no: int, kind: str) -> None:
        was = self.sop.step(no).kind
        changes: dict[str, Any] = {"kind": kind}
        if kind != "decision":
            changes.update(if_yes=None, if_no=None)
        self._change(no, **changes)
        if kind == "decision" and was != "decision":
            index = self.decision_layout.indexOf(self.warnings) - 1
            self._add_decision(self.decision_layout, no, at=index)
        elif kind != "decision" and no in self.decisions:
            self.decisions.pop(no).deleteLater()

    def problems(self) -> list[str]:
        return problems_shown(self.current_sop())

    def _refresh(self) -> None:
        problems = self.problems()
        self.save_button.setEnabled(not problems)
        if not problems:
            self.status.setText(self.tr("Siap disimpan."))
            self.status.setStyleSheet("color:#166534;")
        else:
            more = self.tr(" (dan {n} masalah lain)").format(n=len(problems) - 1) if len(problems) > 1 else ""
            self.status.setText(self.tr("Simpan SOP aktif setelah ini dibereskan: {problem}{more}").format(
                problem=problems[0], more=more))
            self.status.setStyleSheet("color:#4b5563;")
        self.status.setToolTip("\n".join(problems))

    # -- leaving
    def _to_editor(self) -> None:
        if self.open_in_editor is not None:
            self.open_in_editor(self.current_sop())
            self.accept()

    def save(self) -> str | None:
        sop = self.current_sop()
        problems = problems_shown(sop)
        if problems:
            messages.show_problems(self, self.tr("SOP belum dapat disimpan karena:"), problems)
            return None
        try:
            code, version, created = self.office.save_sop(sop)
        except UserError as e:
            messages.show_problems(self, self.tr("SOP tidak disimpan karena:"),
                                   [problem_text(x) for x in getattr(e, "problems", [])] or [error_text(e)])
            return None
        if created:
            messages.inform(self, self.tr("SOP {code} disimpan sebagai versi {version}.").format(
                code=code, version=version))
        else:
            messages.inform(self, self.tr("SOP {code} sama dengan yang sudah ada; tetap versi {version}.").format(
                code=code, version=version))
        self.saved.emit(code)
        self.accept()
        return code


def _esc(text: str) -> str:
    from html import escape
    return escape(text)
