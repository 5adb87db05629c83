"""The SOP sheet prints true: another unit's own lines and approver in the identity box, a
signature never split from its jabatan nor alone on a page, pages cut evenly, no word broken
inside a cell, Waktu in lower case. Checked by reading the PDF's text back."""
from __future__ import annotations

from dataclasses import replace

from sopdesk.documents.sop_sheet import kop_lines, render_sop_sheet
from sopdesk.domain.office import OfficeProfile
from sopdesk.domain.sop import Signatory
from sopdesk.domain.sop_file import read_sop, write_sop
from tests.helpers import DECISION_SOP
from tests.pdf_checks import no_network, norm, page_texts  # noqa: F401 (no_network is an autouse fixture)

OFFICE = OfficeProfile()
DINAS_LINES = ("PEMERINTAH KABUPATEN CILACAP", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
               "Jalan Jenderal Sudirman No. 1, Cilacap")
DINAS_HEAD = Signatory("Ir. BUDI HARTONO, M.Si.", "Kepala Dinas Kependudukan dan Pencatatan Sipil",
                       "Pembina Utama Muda", "197001011995031001")


def decision_sop():
    sop, problems = read_sop(DECISION_SOP)
    assert not problems
    return sop


def test_unit_lines_round_trip_and_are_left_out_when_empty():
    sop = decision_sop()
    assert "unit_lines" not in write_sop(sop)   # the text (and digest) of existing SOPs stays the same
    other = replace(sop, unit_lines=DINAS_LINES)
    again, problems = read_sop(write_sop(other))
    assert not problems and again == other


def test_the_office_kop_for_its_own_sop():
    sop = decision_sop()
    assert [t for _s, t in kop_lines(sop, OFFICE)] == ["PEMERINTAH KABUPATEN BANYUMAS", "KECAMATAN SOMAGEDE",
                                                      OFFICE.address_line]


def test_another_units_sop_prints_its_own_lines_and_approver(tmp_path):
    sop = replace(decision_sop(), unit="Dinas Kependudukan dan Pencatatan Sipil", unit_lines=DINAS_LINES,
                  approved_by=DINAS_HEAD)
    out = tmp_path / "dinas.pdf"
    render_sop_sheet(sop, OFFICE, out, paper="A4")
    texts = [norm(t) for t in page_texts(out)]
    first = texts[0]
    for line in DINAS_LINES:
        assert line in first
    assert "KECAMATAN SOMAGEDE" not in first and "Somagede" not in first
    assert "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL" in first and "Ir. BUDI HARTONO, M.Si." in first
    assert "CAMAT SOMAGEDE" not in " ".join(texts)
    assert "Ir. BUDI HARTONO, M.Si." in texts[-1]   # and signs under the flowchart


def test_another_unit_named_only_in_unit_prints_that_unit():
    sop = replace(decision_sop(), unit="Kecamatan Kebasen", approved_by=Signatory("Drs. A", ""))
    assert kop_lines(sop, OFFICE) == [("unit", "KECAMATAN KEBASEN")]
