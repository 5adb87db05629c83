"""The SOP sheet prints true: another unit's own lines and approver in the identity box, a
signature never split from its jabatan nor alone on a page, pages cut evenly, no word broken
inside a cell, Waktu in lower case. Checked by reading the PDF's text back."""
from __future__ import annotations

from dataclasses import replace

import pytest

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


# ---- the signature, the page cuts, whole words ------------------------------------------

def seed_like(n: int):
    """An SOP of `n` steps made of the seed's rows (start, processes, end)."""
    from sopdesk.resources import resource_path
    seed, _ = read_sop(resource_path("sops", "penyusunan-perencanaan-kinerja.toml").read_text(encoding="utf-8"))
    middle = [s for s in seed.steps if s.kind == "process"]
    steps = [replace(seed.steps[0], no=1)]
    steps += [replace(middle[i % len(middle)], no=i + 2, next=None) for i in range(n - 2)]
    steps.append(replace(seed.steps[-1], no=n))
    return replace(seed, steps=tuple(steps))


@pytest.mark.parametrize("paper,n", [("A4", 2), ("A4", 11), ("A4", 13), ("F4", 11), ("F4", 12), ("F4", 17),
                                     ("A4", 24), ("F4", 31)])
def test_the_signature_stays_whole_with_the_last_steps(tmp_path, paper, n):
    sop = seed_like(n)
    out = tmp_path / "sheet.pdf"
    render_sop_sheet(sop, OFFICE, out, paper=paper)
    texts = [norm(t) for t in page_texts(out)]
    signed = [i for i, t in enumerate(texts) if "Drs. SAPTONO SUPRIYANTO" in t]
    assert signed and signed[-1] == len(texts) - 1
    last = texts[-1]
    # jabatan, name, pangkat and NIP together, under the last step on the same page
    for part in ("CAMAT SOMAGEDE", "Drs. SAPTONO SUPRIYANTO", "Pembina Tingkat I (IV/b)", "NIP. 19650924 199503 1 002"):
        assert part in last, (part, last[-300:])
    assert sop.steps[-1].activity[:30] in last
    assert last.index(sop.steps[-1].activity[:30]) < last.index("CAMAT SOMAGEDE", last.index("Aktivitas"))


@pytest.mark.parametrize("n", range(4, 41))
def test_pages_are_cut_evenly(n):
    from sopdesk.documents.sop_sheet import ChartNotes, fit_layout, printable_sop
    from sopdesk.flowchart import paginate
    sop = seed_like(n)
    for avail in (481.9, 546.0):   # A4 and F4 landscape
        layout, scale, _ = fit_layout(printable_sop(sop), 800.0, avail, ChartNotes())
        greedy = paginate(layout, avail / scale, last_page_reserve=126.0)
        even = paginate(layout, avail / scale, last_page_reserve=126.0, balance=True)
        assert len(even) == len(greedy)
        assert all(p.height <= avail / scale + 1e-6 for p in even)
        assert even[-1].height + 126.0 <= avail / scale + 1e-6
        if len(even) > 1:
            assert len(even[-1].rows) >= 2, [len(p.rows) for p in even]
            assert max(p.height for p in even[:-1]) <= max(p.height for p in greedy[:-1]) + 1e-6


def test_no_word_is_broken_inside_a_cell(tmp_path):
    lanes = ("Staf Penerima Surat", "Staf", "Kasubbag Perencanaan dan Keuangan", "Sekretaris", "Camat",
             "Kasi Kesejahteraan Sosial", "Pengadministrasi Kependudukan", "Bendahara Pengeluaran")
    sop = seed_like(11)
    notes = ["Dokumentasi", "Ditandatangani", "", "Diarsipkan elektronik"]
    sop = replace(sop, lanes=lanes, steps=tuple(replace(s, lane=lanes[i % 8], note=notes[i % 4])
                                                for i, s in enumerate(sop.steps)))
    out = tmp_path / "wide.pdf"
    render_sop_sheet(sop, OFFICE, out, paper="F4")
    chart = " ".join(norm(t) for t in page_texts(out)[1:])
    for word in ("Dokumentasi", "Ditandatangani", "Pengadministrasi", "Kependudukan", "Kesejahteraan", "elektronik"):
        assert word in chart, word


def test_a_word_too_long_for_any_column_goes_to_the_notes(tmp_path):
    url = "https://kecamatan-somagede.banyumaskab.go.id/layanan/surat-keterangan/arsip-digital-2027"
    sop = seed_like(5)
    sop = sop.with_steps([sop.steps[0], replace(sop.steps[1], note=url)] + list(sop.steps[2:]))
    out = tmp_path / "url.pdf"
    render_sop_sheet(sop, OFFICE, out, paper="A4")
    texts = [norm(t) for t in page_texts(out)]
    chart = " ".join(texts[1:])
    assert "[lihat catatan 1]" in chart and "CATATAN" in chart
    assert url in chart.replace(" ", "")   # whole in the notes (a URL may wrap at its own line end)
    assert "Drs. SAPTONO SUPRIYANTO" in texts[-1] and "CAMAT SOMAGEDE" in texts[-1]
