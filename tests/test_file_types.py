"""Attachments are judged by their bytes and their name (domain/file_types.py, domain/text_rules.py)."""
from __future__ import annotations

import io
import zipfile

import pytest

from sopdesk.domain.file_types import (
    DOC,
    DOCX,
    PDF,
    PNG,
    TXT,
    XLSX,
    FileTypeError,
    checked_attachment,
    clean_name,
    sniff,
)
from sopdesk.domain.text_rules import has_control, has_visible, strip_invisible

PDF_BYTES = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
MZ_BYTES = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 100


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_right_to_left_override_is_removed_and_the_exe_refused():
    name = "Surat Edaran \u202efdp.exe"
    assert clean_name(name) == "Surat Edaran fdp.exe"
    with pytest.raises(FileTypeError, match="program"):
        checked_attachment(name, MZ_BYTES)


def test_a_pdf_named_exe_is_stored_with_its_true_extension_or_refused():
    # the name says program: refused even though the bytes are a PDF
    with pytest.raises(FileTypeError, match=r"\.exe"):
        checked_attachment("Surat Edaran \u202efdp.exe", PDF_BYTES)


def test_double_extension_is_refused():
    with pytest.raises(FileTypeError, match="ganda"):
        checked_attachment("laporan.pdf.hta", PDF_BYTES)
    with pytest.raises(FileTypeError, match="ganda"):
        checked_attachment("foto.jpg.scr", PNG_BYTES)


@pytest.mark.parametrize("name", ["CON", "nul.pdf", "COM1.txt", "lpt9.docx", "Con .pdf", "AUX"])
def test_windows_device_names_are_refused(name):
    with pytest.raises(FileTypeError, match="perangkat Windows"):
        checked_attachment(name, PDF_BYTES)


def test_the_extension_follows_the_content():
    assert checked_attachment("scan.pdf", PDF_BYTES) == ("scan.pdf", PDF)
    assert checked_attachment("scan.PDF", PDF_BYTES) == ("scan.PDF", PDF)
    assert checked_attachment("scan.jpg", PNG_BYTES) == ("scan.png", PNG)       # wrong known extension replaced
    assert checked_attachment("Surat v2", PDF_BYTES) == ("Surat v2.pdf", PDF)    # none: added
    assert checked_attachment("Surat No. 5", PDF_BYTES) == ("Surat No. 5.pdf", PDF)
    assert checked_attachment("data.xls.pdf", PDF_BYTES) == ("data.xls.pdf", PDF)  # a PDF export keeps its name
    assert checked_attachment("catatan.txt", b"Rapat pukul 09.00\n") == ("catatan.txt", TXT)


def test_office_documents_are_recognised_and_macros_refused():
    docx = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"})
    assert sniff(docx) == DOCX
    xlsx = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<w/>"})
    assert checked_attachment("target.xlsx", xlsx) == ("target.xlsx", XLSX)
    docm = _zip({"[Content_Types].xml": b"application/vnd.ms-word.document.macroEnabled.main+xml",
                 "word/document.xml": b"<w/>", "word/vbaProject.bin": b"x"})
    with pytest.raises(FileTypeError):
        checked_attachment("surat.docx", docm)
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64 + "WordDocument".encode("utf-16-le")
    assert sniff(ole) == DOC


@pytest.mark.parametrize("data", [MZ_BYTES, b"<html><script>alert(1)</script></html>", b"#!/bin/sh\nrm -rf /\n",
                                  b"<svg onload=alert(1)/>", b"\x7fELF\x02\x01\x01" + b"\x00" * 50,
                                  _zip({"evil.exe": MZ_BYTES})])
def test_programs_markup_and_unknown_archives_are_refused(data):
    with pytest.raises(FileTypeError, match="Yang dapat dilampirkan"):
        checked_attachment("dokumen.pdf", data)


def test_text_rules():
    assert strip_invisible("a\u200bb\u202ec\u2066d\ufeff") == "abcd"
    assert has_control("a\x01b") and has_control("a\x85b") and not has_control("a\tb\nc")
    assert not has_visible(" \u200b\u202e ") and has_visible(" x ")
