"""Laporan → Evaluasi SOP AP: the evaluation of one SOP and year, the regulation's seven questions.

Each question is answered Ya or Tidak, with a note; the share of "Ya" and the recommendation
("Tetap" when all are Ya, else "Perlu penyempurnaan") follow as they are answered. The answers
may also come from an answers file (the one `sopdesk report evaluasi --answers` reads). The
record's actions and the PDF are the shared ones of monev_common.RecordDialog.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...app import monev
from ...domain.monev import (
    EVALUASI,
    EVALUATION_QUESTIONS,
    TETAP,
    TIDAK,
    YA,
    EvaluationAnswer,
    EvaluationForm,
    recommendation,
)
from ...domain.office import Official
from ..kit import messages
from ..kit.formatting import percent_text, sop_short_name
from ..paperwork.document_actions import RenderedPdf
from .monev_common import RecordDialog, monev_years

if TYPE_CHECKING:
    from ...app.office import Office

ANSWER_IDS = {YA: 1, TIDAK: 2}


class EvaluationFormDialog(RecordDialog):
    """The evaluation record of one SOP and year."""

    KIND = EVALUASI

    def __init__(self, office: Office, parent: QWidget | None = None, *, sop_code: str | None = None,
                 year: int | None = None):
        super().__init__(office, parent, sop_code=sop_code, period=str(year) if year is not None else None)
        self.setWindowTitle(self.tr("Evaluasi Penerapan SOP AP"))
        self.period_label.setText(self.tr("T&ahun:"))
        self._build_form()
        self._layout()
        self.size_to_screen(parent, 980, 700)
        self.load()

    # -- building ---------------------------------------------------------------------
    def _build_form(self) -> None:
        self.groups: list[QButtonGroup] = []
        self.notes: list[QLineEdit] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for c, text in enumerate((self.tr("No."), self.tr("Butir evaluasi"), self.tr("Jawaban"), "",
                                  self.tr("Catatan"))):
            head = QLabel(text)
            head.setObjectName("columnHeader")
            grid.addWidget(head, 0, c)
        for i, question in enumerate(questions(), start=1):
            label = QLabel(question)
            label.setWordWrap(True)
            yes, no = QRadioButton(self.tr("Ya")), QRadioButton(self.tr("Tidak"))
            group = QButtonGroup(self)
            group.addButton(yes, ANSWER_IDS[YA])
            group.addButton(no, ANSWER_IDS[TIDAK])
            group.idToggled.connect(self._answer_toggled)
            note = QLineEdit()
            note.setPlaceholderText(self.tr("catatan (boleh kosong)"))
            note.textEdited.connect(lambda _t: self.mark_dirty())
            label.setBuddy(yes)
            grid.addWidget(QLabel(f"{i}."), i, 0)
            grid.addWidget(label, i, 1)
            grid.addWidget(yes, i, 2)
            grid.addWidget(no, i, 3)
            grid.addWidget(note, i, 4)
            self.groups.append(group)
            self.notes.append(note)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(4, 3)
        grid.setVerticalSpacing(8)
        grid.setRowStretch(len(EVALUATION_QUESTIONS) + 1, 1)    # the rows stay together at the top
        self.questions = QWidget()
        self.questions.setObjectName("evaluationQuestions")
        self.questions.setStyleSheet("#evaluationQuestions { background: #ffffff; }")
        self.questions.setLayout(grid)
        self.result_label = QLabel()
        self.result_label.setObjectName("evaluationResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_button = QPushButton(self.tr("Muat jawaban dari berkas…"))
        self.file_button.setToolTip(self.tr("Berkas .toml berisi jawaban, seperti untuk "
                                            "sopdesk report evaluasi --answers"))
        self.file_button.setAutoDefault(False)
        self.file_button.clicked.connect(self.load_answers_file)

    def _layout(self) -> None:
        heading = QLabel(self.tr("Evaluasi Penerapan SOP AP"))
        heading.setObjectName("pageTitle")
        intro = QLabel(self.tr("Jawab ketujuh butir untuk SOP dan tahun yang dipilih. Rekomendasi \u201cTetap\u201d "
                               "bila semua dijawab Ya; satu jawaban Tidak berarti SOP perlu penyempurnaan."))
        intro.setObjectName("mutedText")
        intro.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(self.questions)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.file_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.addWidget(heading)
        box.addWidget(intro)
        box.addLayout(self.choices)
        box.addWidget(self.state_label)
        box.addLayout(self.people)
        box.addWidget(scroll, 1)
        box.addLayout(result_row)
        box.addLayout(self.buttons)

    # -- the record's hooks -------------------------------------------------------------
    def period_choices(self) -> list[tuple[str, str]]:
        return [(str(y), str(y)) for y in monev_years(self.office)]

    def fresh_form(self, sop_code: str, period: str, progress) -> EvaluationForm:
        return monev.blank_evaluation(self.office, sop_code, int(period))

    def form_person(self, form: EvaluationForm) -> Official | None:
        return form.evaluator

    def show_form(self, form: EvaluationForm) -> None:
        for group, note, a in zip(self.groups, self.notes, form.answers, strict=True):
            group.setExclusive(False)
            for b in group.buttons():
                b.setChecked(False)
            group.setExclusive(True)
            if a.answer is not None:
                group.button(ANSWER_IDS[a.answer]).setChecked(True)
            note.setText(a.note)
            note.setCursorPosition(0)      # a long note shows its beginning
        self._show_result(form)

    def answers(self) -> tuple[EvaluationAnswer, ...]:
        ids = {v: k for k, v in ANSWER_IDS.items()}
        return tuple(EvaluationAnswer(ids.get(g.checkedId()), n.text().strip())
                     for g, n in zip(self.groups, self.notes, strict=True))

    def answer(self, no: int, value: str | None, note: str | None = None) -> None:
        """Answer question `no` as the user would (tests)."""
        group = self.groups[no - 1]
        if value is not None:
            group.button(ANSWER_IDS[value]).click()
        if note is not None:
            self.notes[no - 1].setText(note)
            self.mark_dirty()

    def _answer_toggled(self, _id: int, on: bool) -> None:
        if on:
            self._answer_changed()

    def _answer_changed(self) -> None:
        if self.form is not None:
            self._show_result(replace(self.form, answers=self.answers()))
        self.mark_dirty()

    def _show_result(self, form: EvaluationForm) -> None:
        answered = sum(1 for a in form.answers if a.answer is not None)
        share = form.yes_share
        text = self.tr("Jawaban Ya: {yes} dari {total}").format(yes=form.yes_count, total=len(form.answers))
        if share is not None:
            text += f" ({percent_text(share, 0)})"
        rec = form.recommendation
        if rec is None:
            text += " — " + self.tr("rekomendasi menunggu {n} jawaban lagi").format(n=len(form.answers) - answered)
        else:
            text += " — " + self.tr("Rekomendasi: {rec} ({why})").format(rec=recommendation_words(rec),
                                                                         why=reason_words(form.answers))
        self.result_label.setText(text)

    def collect(self) -> EvaluationForm:
        assert self.form is not None
        return replace(self.form, answers=self.answers(), evaluator=self.person(),
                       signed_on=self.date_field.value())

    def set_editable(self, on: bool) -> None:
        for group, note in zip(self.groups, self.notes, strict=True):
            for b in group.buttons():
                b.setEnabled(on)
            note.setReadOnly(not on)
        for w in (self.person_combo, self.date_field, self.file_button):
            w.setEnabled(on)

    def render_pdf(self, form: EvaluationForm, record: monev.MonevRecord | None) -> RenderedPdf:
        from ...documents.monev import render_evaluation_form
        name = sop_short_name(form.sop.name)
        return RenderedPdf(self.pdf_bytes(form, record, render_evaluation_form),
                           self.tr("Evaluasi SOP AP — {name}, {year}").format(name=name, year=form.year),
                           self.tr("Evaluasi SOP AP {name} {year}").format(name=name, year=form.year),
                           self.office.profile().paper)

    # -- an answers file -----------------------------------------------------------------
    def load_answers_file(self, path: str | None = None) -> bool:
        """Muat jawaban dari berkas…: the answers of a .toml file into the form (saved with Simpan draf)."""
        if self.form is None or (self.record is not None and self.record.final):
            return False
        path = path or messages.choose_open_file(self, self.tr("Muat jawaban evaluasi"),
                                                 self.tr("Berkas jawaban (*.toml)"))
        if not path:
            return False
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            messages.warn(self, self.tr("Berkas {path} tidak dapat dibaca ({why}).").format(path=path, why=e))
            return False
        result = self._run(lambda: monev.read_answers(self.office, self.collect(), text, Path(path).name))
        if result is None:
            return False
        form, _final = result
        self._loading = True
        try:
            self.set_person(form.evaluator)
            self.date_field.set_value(form.signed_on)
            self.show_form(form)
        finally:
            self._loading = False
        self.mark_dirty()
        return True


def questions() -> tuple[str, ...]:
    """EVALUATION_QUESTIONS in the language (the PDF keeps the official Indonesian wording)."""
    return (QCoreApplication.translate("Monev", "Mampu mendorong peningkatan kinerja"),
            QCoreApplication.translate("Monev", "Mudah dipahami"),
            QCoreApplication.translate("Monev", "Mudah dilaksanakan"),
            QCoreApplication.translate("Monev", "Semua orang dapat menjalankan perannya masing-masing"),
            QCoreApplication.translate("Monev", "Mampu mengatasi permasalahan yang berkaitan dengan proses"),
            QCoreApplication.translate("Monev", "Mampu menjawab kebutuhan peningkatan kinerja organisasi"),
            QCoreApplication.translate("Monev", "Sinergi satu dengan lainnya"))


def recommendation_words(rec: str) -> str:
    """RECOMMENDATIONS in the language."""
    if rec == TETAP:
        return QCoreApplication.translate("Monev", "Tetap")
    return QCoreApplication.translate("Monev", "Perlu penyempurnaan")


def reason_words(answers: tuple[EvaluationAnswer, ...]) -> str:
    """recommendation_reason in the language: "semua jawaban Ya", "jawaban Tidak pada butir 2 dan 5"."""
    rec = recommendation(answers)
    if rec is None:
        return QCoreApplication.translate("Monev", "belum semua butir dijawab")
    if rec == TETAP:
        return QCoreApplication.translate("Monev", "semua jawaban Ya")
    nos = [str(i) for i, a in enumerate(answers, start=1) if a.answer == TIDAK]
    listed = nos[0] if len(nos) == 1 else QCoreApplication.translate("Monev", "{first} dan {last}").format(
        first=", ".join(nos[:-1]), last=nos[-1])
    return QCoreApplication.translate("Monev", "jawaban Tidak pada butir {listed}").format(listed=listed)


def show_evaluation_form(parent: QWidget | None, office: Office, *, sop_code: str | None = None,
                         year: int | None = None) -> EvaluationFormDialog:
    dialog = EvaluationFormDialog(office, parent, sop_code=sop_code, year=year)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if messages.interactive():
        dialog.show()
    return dialog
