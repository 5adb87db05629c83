"""Messages from below the screens: one code, an Indonesian catalogue for the CLI and logs, tr() for the UI."""
from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from sopdesk.domain import case as engine
from sopdesk.domain.errors import UserError
from sopdesk.domain.messages import CATALOGUE, Message, msg, render
from sopdesk.ui.kit import message_text
from sopdesk.ui.shell import i18n

SOURCES = Path(__file__).resolve().parent.parent / "sopdesk"


def placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name is not None}


@pytest.fixture
def english(qapp):
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "id")


def test_the_ui_table_words_every_code_with_the_catalogues_indonesian_as_its_source(qapp):
    i18n.install(qapp, "id")
    assert message_text.templates() == CATALOGUE


def test_every_code_has_english_with_the_same_placeholders(english):
    english_table = message_text.templates()
    assert set(english_table) == set(CATALOGUE)
    for code, indonesian in CATALOGUE.items():
        assert english_table[code] != indonesian, f"{code} has no English"
        assert placeholders(english_table[code]) == placeholders(indonesian), code


def test_every_code_raised_in_the_sources_is_in_the_catalogue():
    used = set()
    for path in SOURCES.rglob("*.py"):
        used |= set(re.findall(r"\bmsg\(\s*\"([a-z0-9_.]+)\"", path.read_text(encoding="utf-8")))
    assert used, "no msg() calls found"
    assert used <= set(CATALOGUE), sorted(used - set(CATALOGUE))
    assert not set(CATALOGUE) - used, f"codes no one raises: {sorted(set(CATALOGUE) - used)}"


def test_str_of_an_error_stays_indonesian_and_the_code_travels_with_it(english):
    err = engine.CaseError(msg("case.start.not_next", step=5, current=3))
    assert str(err) == "Langkah 5 belum dapat dimulai: langkah berikutnya adalah langkah 3."
    assert err.message == Message("case.start.not_next", {"step": 5, "current": 3})
    assert message_text.error_text(err) == "Step 5 cannot start yet: the next step is step 3."
    plain = UserError("Teks biasa.")
    assert plain.message is None and message_text.error_text(plain) == "Teks biasa."


def test_a_refusal_quoted_inside_another_is_worded_in_the_same_language(english):
    inner = msg("case.start.already", step=2)
    outer = msg("case.history.entry", n=4, kind="start", step=2, reason=inner)
    assert render(outer) == "Catatan ke-4 (start langkah 2): Langkah 2 sudah dimulai."
    assert message_text.render(outer) == "Entry 4 (start step 2): Step 2 has already started."


def test_an_unknown_code_is_refused_where_it_is_raised():
    with pytest.raises(KeyError):
        msg("no.such.code")


def test_dates_in_a_message_follow_the_language(english):
    from sopdesk.domain.indonesian import nip_problem, nip_problem_message
    nip = "197009242000031002"   # born 1970, appointed March 2000: fine
    assert nip_problem(nip) is None
    young = "199009242005031002"  # appointed at 14
    assert nip_problem(young) == ("Pengangkatan dalam NIP (Maret 2005) terjadi sebelum umur 17 tahun "
                                  "(lahir 24 September 1990).")
    assert message_text.render(nip_problem_message(young)) == (
        "The appointment in the NIP (March 2005) is before the age of 17 (born 24 September 1990).")
    assert message_text.nip_problem(young) == message_text.render(nip_problem_message(young))


def test_dates_on_screen_follow_the_language(qapp):
    from datetime import date

    from sopdesk.ui.kit.formatting import date_text, long_date, month_year_text
    i18n.install(qapp, "id")
    assert (long_date(date(2026, 11, 4)), date_text(date(2026, 11, 4))) == ("Rabu, 4 November 2026", "4 November 2026")
    assert month_year_text("2021-12") == "Desember 2021"
    i18n.install(qapp, "en")
    try:
        assert long_date(date(2026, 11, 4)) == "Wednesday, 4 November 2026"
        assert date_text(date(2027, 1, 4)) == "4 January 2027"
        assert month_year_text("2021-12") == "December 2021" and month_year_text("2021") == "2021"
    finally:
        i18n.install(qapp, "id")


def test_the_programs_own_attachment_note_is_shown_in_the_language_and_stored_as_it_was(english):
    from sopdesk.app.attachments import NOTE_PREFIX
    assert message_text.ATTACHMENT_NOTE == NOTE_PREFIX
    assert message_text.note_text(NOTE_PREFIX + "surat.pdf") == "Attachment added: surat.pdf"
    assert message_text.note_text("surat diteruskan") == "surat diteruskan"


def test_an_sop_problem_says_where_and_what_in_the_language(english):
    from dataclasses import replace

    from sopdesk.domain.sop import validate
    from sopdesk.domain.sop_file import read_sop
    from sopdesk.resources import resource_path
    sop, _ = read_sop(next(resource_path("sops").glob("*.toml")).read_text(encoding="utf-8"))
    assert sop is not None
    broken = replace(sop, steps=[replace(sop.steps[0], time="lima menit"), *sop.steps[1:]])
    problem = next(p for p in validate(broken) if p.field == "time")
    assert str(problem).startswith("langkah 1, kolom 'time': Waktu \"lima menit\" tidak dapat dibaca")
    assert message_text.problem_text(problem).startswith(
        "step 1, field 'time': Time standard \"lima menit\" cannot be read")


def test_a_refusal_is_logged_in_indonesian_and_shown_in_the_language(english, dialogs, caplog):
    import logging

    from sopdesk.ui.kit import errors
    caplog.set_level(logging.INFO, logger="sopdesk.ui.kit.errors")
    with errors.user_action(None):
        raise engine.CaseError(msg("case.finish.done", step=4))
    assert dialogs.texts("warn") == ["Step 4 is already finished."]
    assert "refused: Langkah 4 sudah selesai." in caplog.text


def test_a_numbering_template_problem_in_the_language(english):
    from sopdesk.domain.pengantar import number_template_problem
    assert number_template_problem("{kode}/{urut}") == (
        "Templat penomoran \"{kode}/{urut}\" harus memuat {tahun}, agar tidak ada nomor surat yang sama.")
    assert message_text.number_template_problem("{kode}") == (
        "Numbering template \"{kode}\" must hold {urut} and {tahun}, so that no two letters get the same number.")
    assert message_text.number_template_problem("") == (
        "The letter numbering template is empty: fill in e.g. {kode}/{urut}/{tahun} in Settings.")


def test_working_hours_refused_with_clock_times_in_the_language(english):
    from datetime import time

    from sopdesk.domain.calendar import CalendarError, WorkCalendar
    with pytest.raises(CalendarError) as refused:
        WorkCalendar(hours={0: ((time(9), time(8)),)})
    assert str(refused.value) == "Jam kerja 09.00–08.00 tidak sah: jam selesai harus setelah jam mulai."
    assert message_text.error_text(refused.value) == (
        "Working hours 09:00–08:00 are not valid: the end must be after the start.")
    assert isinstance(refused.value, ValueError)   # callers that catch ValueError still do


def test_a_steps_time_standard_in_the_language(qapp):
    from sopdesk.ui.kit.formatting import waktu_label
    cases = ("15 Menit", "1 jam", "1,5 jam", "4 hari", "1 Hari Kerja", "2 minggu", "1 bulan", "-", "sebentar")
    i18n.install(qapp, "id")
    assert [waktu_label(t) for t in cases] == ["15 menit", "1 jam", "1,5 jam", "4 hari", "1 hari kerja", "2 minggu",
                                               "1 bulan", "—", "sebentar"]
    i18n.install(qapp, "en")
    try:
        assert [waktu_label(t) for t in cases] == ["15 min", "1 hour", "1.5 hours", "4 days", "1 working day",
                                                   "2 weeks", "1 month", "—", "sebentar"]
    finally:
        i18n.install(qapp, "id")


def test_every_msg_call_gives_exactly_the_placeholders_of_its_code():
    """A parameter missing at a raise site would fail only when the refusal is shown; found here instead."""
    import ast
    wrong = []
    for path in SOURCES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                code = node.args[0].value
                given = {k.arg for k in node.keywords}
                if given != placeholders(CATALOGUE[code]):
                    wrong.append((path.name, node.lineno, code, sorted(given), sorted(placeholders(CATALOGUE[code]))))
    assert not wrong, wrong


def test_a_typed_time_not_understood_is_said_in_the_language(english):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from sopdesk.domain.typed_time import TypedTimeError, parse_typed_time
    now = datetime(2026, 12, 10, 10, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
    said = {}
    for text in ("25.10", "31/02/2026 08.00", "Senin, 1 Desember 2026 08.05", "kemarin", "1 Dess 2026 08.05", ""):
        with pytest.raises(TypedTimeError) as refused:
            parse_typed_time(text, now)
        said[text] = (str(refused.value), message_text.error_text(refused.value))
    assert said["25.10"] == ("Jam \u201c25.10\u201d tidak dikenal: jam 00\u201323, menit 00\u201359.",
                             "Time \u201c25.10\u201d is not understood: hours 00\u201323, minutes 00\u201359.")
    assert said["31/02/2026 08.00"] == ("Tanggal 31 Februari 2026 tidak ada: Februari 2026 hanya 28 hari.",
                                        "There is no 31 February 2026: February 2026 has only 28 days.")
    assert said["Senin, 1 Desember 2026 08.05"] == (
        "1 Desember 2026 jatuh pada hari Selasa, bukan Senin. Periksa tanggalnya.",
        "1 December 2026 is a Tuesday, not a Monday. Check the date.")
    assert said["kemarin"][1] == "The time of day is missing: write e.g. \u201ckemarin 08:05\u201d."
    assert said["1 Dess 2026 08.05"][1] == "Month \u201cDess\u201d is not known: write e.g. Dec, December or 12."
    assert said[""][1].startswith("The time is not filled in. Write e.g. 1/12/2026 08:05, 1 Dec 2026 08:05")


def test_the_problems_of_a_pk_in_the_language(english):
    from sopdesk.domain.pk import PkError, pk_from_dict
    with pytest.raises(PkError) as refused:
        pk_from_dict({"year": "27", "date": "2027-02-30",
                      "first_party": {"name": "A", "position": "", "nip": "123"}, "second_party": {"position": "B"},
                      "targets": [{"goal": "", "indicator": "i", "target": "1"}],
                      "programs": [{"name": "P", "budget": "1.250.000,50"}]}, source="pk.toml")
    assert refused.value.problems == [
        "pk.toml: Tahun (year): \"27\" bukan tahun 4 angka; tulis mis. year = 2027.",
        "pk.toml: Tanggal (date): \"2027-02-30\" bukan tanggal yang ada di kalender.",
        "pk.toml: Pihak pertama, kolom Jabatan (position): tidak boleh kosong.",
        "pk.toml: Pihak pertama, kolom NIP (nip): NIP harus 18 angka; yang diketik 3 angka.",
        "pk.toml: Sasaran baris ke-1, kolom Sasaran Strategis (goal): sasaran tidak boleh kosong.",
        "pk.toml: Program baris ke-1, kolom Anggaran (budget): \"1.250.000,50\" memuat sen (,50): anggaran ditulis "
        "dalam rupiah penuh.",
    ]
    assert message_text.pk_problems(refused.value) == [
        "File pk.toml: Year (year): \"27\" is not a 4-digit year; write e.g. year = 2027.",
        "File pk.toml: Date (date): \"2027-02-30\" is not a day of the calendar.",
        "File pk.toml: First party, field Position (position): must not be empty.",
        "File pk.toml: First party, field NIP (nip): A NIP has 18 digits; 3 were typed.",
        "File pk.toml: Goal row 1, field Strategic goal (goal): the goal must not be empty.",
        "File pk.toml: Program row 1, field Budget (budget): \"1.250.000,50\" holds cents (,50): budgets are written "
        "in whole rupiah.",
    ]
    assert message_text.error_text(refused.value) == "\n".join(message_text.pk_problems(refused.value))


def test_monev_problems_and_periods_in_the_language(qapp):
    from datetime import date

    from sopdesk.domain.monev import EVALUATION_QUESTIONS, EvaluationForm, MonevError, Semester, SopHeader
    from sopdesk.domain.period import Period, PeriodError
    from sopdesk.ui.reports.monev_common import semester_label, semester_span
    from sopdesk.ui.reports.monev_evaluation import questions
    i18n.install(qapp, "id")
    assert questions() == EVALUATION_QUESTIONS   # the screen's source words are the form's own
    assert (semester_label(Semester(2026, 1)), semester_span(Semester(2026, 1))) == (
        "Semester I Tahun 2026", Semester(2026, 1).span_text)
    form = EvaluationForm(SopHeader.from_dict({}), 2026)
    assert form.problems() == ["Pilih penilai (pejabat yang mengevaluasi).",
                               "Jawab Ya atau Tidak untuk pertanyaan 1, 2, 3, 4, 5, 6, 7."]
    with pytest.raises(PeriodError) as backwards:
        Period(date(2027, 3, 1), date(2027, 1, 1))
    assert str(backwards.value) == "Periode tidak sah: 1 Januari 2027 sebelum 1 Maret 2027."
    with pytest.raises(MonevError) as semester:
        Semester.parse("2026-3")
    i18n.install(qapp, "en")
    try:
        assert questions()[1] == "Easy to understand"
        assert (semester_label(Semester(2026, 2)), semester_span(Semester(2026, 1))) == (
            "Semester II 2026", "1 January – 30 June 2026")
        assert [message_text.render(m) for m in form.problem_messages()] == [
            "Choose the assessor (the official who evaluates).", "Answer Yes or No to question 1, 2, 3, 4, 5, 6, 7."]
        assert message_text.error_text(backwards.value) == (
            "The period is not valid: 1 January 2027 is before 1 March 2027.")
        assert message_text.error_text(semester.value).startswith("Semester \"2026-3\" cannot be read")
    finally:
        i18n.install(qapp, "id")


def test_an_sop_files_own_problems_in_the_language(english):
    from sopdesk.domain.sop_file import read_sop
    _sop, problems = read_sop('format = "sopdesk-sop/0"\n', "surat.toml")
    assert str(problems[0]) == ("surat.toml, kolom 'format': format \"sopdesk-sop/0\" tidak dikenal: baris pertama harus "
                                "format = \"sopdesk-sop/1\".")
    assert message_text.problem_text(problems[0]) == (
        "surat.toml, field 'format': format \"sopdesk-sop/0\" is not known: the first line must be "
        "format = \"sopdesk-sop/1\".")
    _sop, problems = read_sop('format = "sopdesk-sop/1"\napproved_by = 3\n')
    assert [message_text.problem_message(p) for p in problems if p.field == "approved_by"] == [
        "must be a table { name = ..., position = ..., rank = ..., nip = ... }."]


def test_a_word_file_that_cannot_be_read_says_why_in_the_language(english, tmp_path):
    from sopdesk.app.sop_word import read_word_sop
    from sopdesk.app.word_package import WordFileError
    (tmp_path / "kosong.docx").write_bytes(b"")
    (tmp_path / "lama.doc").write_bytes(b"{\\rtf1 ini surat}")
    said = []
    for name in ("kosong.docx", "lama.doc"):
        with pytest.raises(WordFileError) as refused:
            read_word_sop(tmp_path / name)
        said.append((str(refused.value), message_text.error_text(refused.value)))
    assert said[0] == ("Berkas kosong.docx kosong (0 byte).", "File kosong.docx is empty (0 bytes).")
    assert said[1][0].startswith("Berkas lama.doc berformat RTF, bukan .docx. Buka di Word, pilih Berkas → Simpan")
    assert said[1][1] == ("File lama.doc is in RTF format, not .docx. Open it in Word, choose File → Save As → "
                          "\"Word Document (*.docx)\", then import that file.")


def test_a_text_too_long_names_its_field_in_the_language(english):
    from sopdesk.app.text import clean_name, clean_text
    with pytest.raises(UserError) as refused:
        clean_name("x" * 201, msg("field.title"), 200)
    assert str(refused.value) == "Judul terlalu panjang (201 karakter; paling banyak 200)."
    assert message_text.error_text(refused.value) == "Title is too long (201 characters; at most 200)."
    with pytest.raises(UserError) as refused:
        clean_text("x" * 100_001, msg("field.step_note", no=3))
    assert str(refused.value) == "Catatan langkah 3 terlalu panjang (100.001 karakter; paling banyak 100.000)."
    assert message_text.error_text(refused.value).startswith("Note on step 3 is too long (100.001 characters")
    with pytest.raises(UserError) as refused:   # a file's own key is data: kept as it is written
        clean_text("x" * 11, "office_name", 10)
    assert message_text.error_text(refused.value) == "office_name is too long (11 characters; at most 10)."


def test_an_office_file_refused_in_the_language(english, tmp_path):
    from sopdesk.app.paperwork import read_office_file, store_logo
    said = []
    for name, content in (("kunci.toml", 'unit = "A"\nwarna = "biru"\n'),
                          ("templat.toml", 'numbering_template = "{kode}/{urut}"\n'),
                          ("pejabat.toml", '[[officials]]\nname = "' + "A" * 201 + '"\nposition = "Camat"\n')):
        (tmp_path / name).write_text(content, encoding="utf-8")
        with pytest.raises(UserError) as refused:
            read_office_file(tmp_path / name)
        said.append((str(refused.value).replace(str(tmp_path), "D"),
                     message_text.error_text(refused.value).replace(str(tmp_path), "D")))
    assert said[0][0].startswith("D/kunci.toml: kunci tidak dikenal: warna. Yang dikenal: ")
    assert said[0][1].startswith("File D/kunci.toml: unknown keys: warna. Known keys: ")
    assert said[1] == ("D/templat.toml: Templat penomoran \"{kode}/{urut}\" harus memuat {tahun}, agar tidak ada "
                       "nomor surat yang sama.",
                       "File D/templat.toml: Numbering template \"{kode}/{urut}\" must hold {tahun}, so that no two "
                       "letters get the same number.")
    assert said[2] == ("D/pejabat.toml: pejabat ke-1: Nama terlalu panjang (201 karakter; paling banyak 200).",
                       "File D/pejabat.toml: official 1: Name is too long (201 characters; at most 200).")
    with pytest.raises(UserError) as refused:
        store_logo(None, tmp_path / "logo.txt")   # type: ignore[arg-type]   # refused before the office is used
    assert str(refused.value) == "Logo harus gambar PNG, JPG, GIF atau BMP, bukan logo.txt."
    assert message_text.error_text(refused.value) == "The logo must be a PNG, JPG, GIF or BMP picture, not logo.txt."
