"""The two tables of the PK's lampiran as RowsModels: sasaran → indikator → target + satuan, and
program → anggaran (typed as "1.250.000.000" or "1250000000")."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from ...domain.indonesian import format_number, parse_rupiah
from ...domain.pk import MAX_BUDGET, Program, Target
from ..kit.formatting import QT_TRANSLATE_NOOP, shorten
from ..kit.message_text import error_text
from ..kit.rows_editor import SHOWN_CHARS, RowsModel

REPEAT_TEXT = QColor("#8a93a0")

translate = QCoreApplication.translate   # lupdate reads translate("context", "literal") calls


def _goal_key(text: str) -> str:
    return " ".join(text.split()).casefold()


class TargetsModel(RowsModel):
    """Sasaran Strategis | Indikator Kinerja | Target | Satuan: one row per indicator."""

    COLUMNS = (("goal", QT_TRANSLATE_NOOP("PkEditor", "Sasaran Strategis")),
               ("indicator", QT_TRANSLATE_NOOP("PkEditor", "Indikator Kinerja")),
               ("target", QT_TRANSLATE_NOOP("PkEditor", "Target")), ("unit", QT_TRANSLATE_NOOP("PkEditor", "Satuan")))
    CONTEXT = "PkEditor"
    ROW_WORD = QT_TRANSLATE_NOOP("PkEditor", "Sasaran")

    @staticmethod
    def from_targets(targets: list[Target]) -> list[dict[str, str]]:
        return [{"goal": t.goal, "indicator": t.indicator, "target": t.target, "unit": t.unit} for t in targets]

    def targets(self) -> list[Target]:
        return [Target(r["goal"].strip(), r["indicator"].strip(), r["target"].strip(), r["unit"].strip())
                for i, r in enumerate(self.rows) if not self.is_blank(i)]

    def _repeats(self, row: int) -> bool:
        """The same sasaran as the row above: one numbered sasaran in the lampiran."""
        goal = self.rows[row]["goal"]
        return row > 0 and bool(goal.strip()) and _goal_key(goal) == _goal_key(self.rows[row - 1]["goal"])

    def foreground(self, row: int, column: int) -> QColor | None:
        return REPEAT_TEXT if column == 0 and self._repeats(row) else None

    def note(self, row: int, column: int) -> str | None:
        if column == 0 and self._repeats(row):
            return translate("PkEditor",
                             "Sasaran yang sama dengan baris di atas: di lampiran keduanya menjadi satu sasaran "
                      "dengan beberapa indikator.")
        return None

    def after_change(self, row: int) -> None:
        if row + 1 < len(self.rows):
            self.dataChanged.emit(self.index(row + 1, 0), self.index(row + 1, 0))

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignHCenter if self.key(column) in ("target", "unit") else Qt.AlignmentFlag.AlignLeft

    def cell_problem(self, row: int, column: int) -> str | None:
        key, value = self.key(column), self.rows[row][self.key(column)].strip()
        if value:
            return None
        if key == "goal":
            return translate("PkEditor", "Sasaran Strategis belum diisi.")
        if key == "indicator":
            return translate("PkEditor", "Indikator Kinerja belum diisi.")
        if key == "target":
            return translate("PkEditor", "Target belum diisi, mis. 82 atau BB.")
        return None

    def goals(self) -> list[str]:
        seen, out = set(), []
        for r in self.rows:
            k = _goal_key(r["goal"])
            if k and k not in seen:
                seen.add(k)
                out.append(r["goal"].strip())
        return out


class ProgramsModel(RowsModel):
    """Program | Anggaran (Rp) | Keterangan; the anggaran typed as "1.250.000.000" or "1250000000"."""

    COLUMNS = (("name", QT_TRANSLATE_NOOP("PkEditor", "Program")),
               ("budget", QT_TRANSLATE_NOOP("PkEditor", "Anggaran (Rp)")),
               ("note", QT_TRANSLATE_NOOP("PkEditor", "Keterangan")))
    CONTEXT = "PkEditor"
    ROW_WORD = QT_TRANSLATE_NOOP("PkEditor", "Program")
    BUDGET = 1

    @staticmethod
    def from_programs(programs: list[Program]) -> list[dict[str, str]]:
        return [{"name": p.name, "budget": format_number(p.budget), "note": p.note} for p in programs]

    def budget(self, row: int) -> int | None:
        """The row's anggaran in whole rupiah, or None if it cannot be read."""
        try:
            value = parse_rupiah(self.rows[row]["budget"])
        except ValueError:
            return None
        return value if 0 <= value <= MAX_BUDGET else None

    def budget_problem(self, row: int) -> str | None:
        text = self.rows[row]["budget"].strip()
        if not text:
            return translate("PkEditor",
                             "Anggaran belum diisi; tulis mis. 1.250.000.000 (tulis 0 bila tanpa anggaran).")
        try:
            value = parse_rupiah(text)
        except ValueError as e:
            return error_text(e)
        if value < 0:
            return translate("PkEditor", "Anggaran tidak boleh negatif.")
        if value > MAX_BUDGET:
            return translate("PkEditor", "Anggaran terlalu besar (lebih dari seribu triliun rupiah); periksa angkanya.")
        return None

    def programs(self) -> list[Program]:
        return [Program(r["name"].strip(), self.budget(i) or 0, r["note"].strip())
                for i, r in enumerate(self.rows) if not self.is_blank(i)]

    def total(self) -> tuple[int, int]:
        """(sum of the readable anggaran, how many rows could not be read)."""
        total, unreadable = 0, 0
        for i in range(len(self.rows)):
            if self.is_blank(i):
                continue
            value = self.budget(i)
            if value is None:
                unreadable += 1
            else:
                total += value
        return total, unreadable

    def display(self, row: int, column: int) -> str:
        if column == self.BUDGET:
            value = self.budget(row)
            return format_number(value) if value is not None else shorten(self.rows[row]["budget"], SHOWN_CHARS)
        return super().display(row, column)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == self.BUDGET:
            value = self.budget(index.row())
            return format_number(value) if value is not None else self.rows[index.row()]["budget"]
        return super().data(index, role)

    def clean(self, column: int, text: str) -> str:
        text = super().clean(column, text)
        if column == self.BUDGET:
            try:
                value = parse_rupiah(text)
            except ValueError:
                return text
            if 0 <= value <= MAX_BUDGET:
                return format_number(value)
        return text

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignRight if column == self.BUDGET else Qt.AlignmentFlag.AlignLeft

    def cell_problem(self, row: int, column: int) -> str | None:
        key = self.key(column)
        if key == "name" and not self.rows[row]["name"].strip():
            return translate("PkEditor", "Nama program belum diisi.")
        if key == "budget":
            return self.budget_problem(row)
        return None
