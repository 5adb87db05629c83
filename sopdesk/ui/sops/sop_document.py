"""The SOP being edited: the current Sop, its undo history and its problems.

Every edit replaces the whole (immutable) Sop through one QUndoCommand that remembers the
Sop before, so Ctrl+Z / Ctrl+Y work the same for a cell, a lane, a list or a moved step.
Typing in one field again merges into the same undo step. While a cell is being typed in,
`preview` shows the text in the swimlane and the problem beside the field without an undo
step; the edit becomes one when the cell is left.
"""
from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...domain.sop import Problem, Sop, cautions, validate


@dataclass(frozen=True)
class Check:
    """What `sop check` says of an SOP: errors stop Simpan, warnings are only shown."""

    errors: tuple[Problem, ...]
    warnings: tuple[Problem, ...]

    def at(self, step: int | None, fields: tuple[str, ...]) -> list[Problem]:
        """The problems (errors first, then warnings) of one step's fields (step None: the SOP's own)."""
        return [p for p in (*self.errors, *self.warnings) if p.step == step and p.field in fields]


def check(sop: Sop) -> Check:
    return Check(tuple(validate(sop)), tuple(cautions(sop)))


class _SetSop(QUndoCommand):
    def __init__(self, doc: SopDocument, before: Sop, after: Sop, text: str, merge: Hashable | None):
        super().__init__(text)
        self.doc, self.before, self.after, self.merge = doc, before, after, merge

    def id(self) -> int:
        return 1 if self.merge is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SetSop) or other.merge is None or other.merge != self.merge:
            return False
        self.after = other.after
        if self.after == self.before:   # typed back to what it was: no undo step at all
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.doc._set(self.after)

    def undo(self) -> None:
        self.doc._set(self.before)


class SopDocument(QObject):
    """The edited SOP. `changed` after every edit, undo and redo; `previewed` while a cell is typed in."""

    changed = Signal()
    previewed = Signal()

    def __init__(self, sop: Sop, parent: QObject | None = None):
        super().__init__(parent)
        self.sop = sop
        self.shown = sop                 # what the preview and the problems show (sop, or the typed text)
        self.check = check(sop)
        self.shown_check = self.check
        self.stack = QUndoStack(self)

    def apply(self, sop: Sop, text: str, merge: Hashable | None = None) -> None:
        """One edit: `sop` replaces the current one as an undo step named `text`. Edits with the
        same `merge` key in a row (typing in one field) make one undo step."""
        if sop == self.sop:
            if self.shown is not self.sop:
                self._set(self.sop)   # a preview typed and then taken back
            return
        self.stack.push(_SetSop(self, self.sop, sop, text, merge))

    def end_merge(self) -> None:
        """The next edit starts a new undo step even in the same field (the field lost focus)."""
        cmd = self.stack.command(self.stack.index() - 1)
        if isinstance(cmd, _SetSop):
            cmd.merge = None

    def preview(self, sop: Sop) -> None:
        """Show `sop` (what is being typed) without an undo step."""
        self.shown = sop
        self.shown_check = check(sop)
        self.previewed.emit()

    def _set(self, sop: Sop) -> None:
        self.sop = self.shown = sop
        self.check = self.shown_check = check(sop)
        self.changed.emit()

    @property
    def dirty(self) -> bool:
        return not self.stack.isClean()

    def mark_saved(self, sop: Sop) -> None:
        """After Simpan: `sop` (as stored) is the new clean state; the undo history starts again."""
        self.stack.clear()
        self._set(sop)
        self.stack.setClean()
