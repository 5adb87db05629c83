"""The SOP AP sheet PDF, read back as a reader would: identity box, the six lists, every step,
page numbers, connectors across page breaks, hostile text; and the flowchart painter's labels."""
from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from io import BytesIO
from itertools import pairwise

import pytest

from sopdesk.documents.flow_painter import _hits, label_rects
from sopdesk.documents.fonts import STAND_IN, printable
from sopdesk.documents.sop_sheet import ChartNotes, fit_layout, printable_sop, render_sop_sheet
from sopdesk.domain.office import OfficeProfile
from sopdesk.domain.sop import Signatory, Sop, Step
from sopdesk.domain.sop_file import read_sop
from sopdesk.flowchart import paginate
from sopdesk.resources import resource_path
from tests.pdf_checks import (  # noqa: F401 (no_network is an autouse fixture)
    FOOTER_LOW,
    HOSTILE,
    assert_fonts_embedded,
    assert_text_inside_margins,
    has_image,
    no_network,
    norm,
    page_texts,
    sizes,
    squash,
)

F4_LANDSCAPE = (935.4, 609.4)
A4_LANDSCAPE = (841.9, 595.3)


# ---- helpers (the other report tests import these) ------------------------------------


def assert_page_numbers(texts: list[str]):
    n = len(texts)
    for i, text in enumerate(texts, start=1):
        assert f"Halaman {i} dari {n}" in text, f"page {i} lacks its number"


def long_text(prefix: str) -> str:
    """5,000 characters of numbered words: a lost piece shows as a missing word."""
    return " ".join(f"{prefix}{i:04d}" for i in range(834))[:5000]


def words_of(prefix: str) -> set[str]:
    return {w for w in long_text(prefix).split() if len(w) == 5}


# ---- SOPs --------------------------------------------------------------------------

@pytest.fixture
def office():
    return OfficeProfile()


@pytest.fixture
def seed() -> Sop:
    sop, problems = read_sop(resource_path("sops", "penyusunan-perencanaan-kinerja.toml").read_text("utf-8"))
    assert not problems
    return sop


def loop_sop() -> Sop:
    """25 steps over three lanes; step 18's "Tidak" goes back to step 4 across page breaks,
    step 9's "Tidak" jumps forward to 14."""
    lanes = ("Petugas", "Kasi", "Camat")
    steps = []
    for n in range(1, 26):
        if n == 9:
            steps.append(Step(n, "Memeriksa kelengkapan berkas nomor sembilan", lanes[2], "decision", "Berkas",
                              "5 menit", "", if_yes=10, if_no=14, yes_label="Lengkap", no_label="Tidak"))
        elif n == 18:
            steps.append(Step(n, "Memverifikasi berkas langkah delapan belas", lanes[1], "decision", "Berkas",
                              "15 menit", "Berkas", if_yes=19, if_no=4))
        else:
            kind = "start" if n == 1 else "end" if n == 25 else "process"
            steps.append(Step(n, f"Mengerjakan langkah nomor {n} sekarang", lanes[(n * 7) % 3], kind, "Form", f"{n} menit",
                              f"Hasil {n}"))
    return Sop("dua-lima", "SOP Dua Puluh Lima Langkah", lanes, tuple(steps),
               approved_by=Signatory("Budi Santoso", "Camat Somagede", "Pembina (IV/a)", "196509241995031002"))


def paten_sop() -> Sop:
    """The decision example of mockups/sop-sheet-4.png: "Tidak" goes back up to step 2."""
    lanes = ("Petugas PATEN", "Kasi Pelayanan", "Camat")
    return Sop("paten", "SOP Pelayanan Surat Keterangan", lanes, (
        Step(1, "Menerima berkas permohonan dan mencatat dalam buku register", lanes[0], "start",
             "Berkas permohonan, buku register", "10 menit", "Berkas tercatat"),
        Step(2, "Memeriksa kelengkapan berkas dan menyiapkan konsep surat", lanes[0], "process", "Berkas permohonan",
             "30 menit", "Konsep surat"),
        Step(3, "Memverifikasi konsep surat; bila belum benar dikembalikan untuk diperbaiki", lanes[1], "decision",
             "Konsep surat", "15 menit", "Konsep terverifikasi", if_yes=4, if_no=2),
        Step(4, "Menandatangani surat keterangan", lanes[2], "process", "Konsep terverifikasi", "15 menit",
             "Surat keterangan"),
        Step(5, "Menyerahkan surat keterangan kepada pemohon dan mengarsipkan salinannya", lanes[0], "end",
             "Surat keterangan", "10 menit", "Surat diserahkan"),
    ), approved_by=Signatory("Drs. SAPTONO SUPRIYANTO", "Camat Somagede", "Pembina Tk 1", "196509241995031002"))


# ---- the seed SOP ------------------------------------------------------------------

IDENTITY = [
    "PEMERINTAH KABUPATEN BANYUMAS", "KECAMATAN SOMAGEDE", "Jalan Raya Somagede No. 9, Somagede",
    "Nomor SOP", "......./SOP-Subbag PK/Kec. Somagede", "Tanggal Pembuatan", "Desember 2021",
    "Tanggal Revisi", "Tanggal Efektif", "Disahkan Oleh", "CAMAT SOMAGEDE", "Drs. SAPTONO SUPRIYANTO",
    "Pembina Tingkat I (IV/b)", "NIP. 19650924 199503 1 002", "NAMA SOP",
    "STANDAR OPERASIONAL PENYUSUNAN PERENCANAAN KINERJA",
    "DASAR HUKUM:", "KUALIFIKASI PELAKSANA:", "KETERKAITAN:", "PERALATAN/PERLENGKAPAN:", "PERINGATAN:",
    "PENCATATAN DAN PENDATAAN:",
]


@pytest.mark.parametrize("paper, size", [("F4", F4_LANDSCAPE), ("A4", A4_LANDSCAPE)])
def test_seed_sheet_shows_everything_a_reader_needs(tmp_path, seed, office, paper, size):
    out = tmp_path / "sop.pdf"
    render_sop_sheet(seed, office, out, paper=paper)
    texts = page_texts(out)
    assert all(s == size for s in sizes(out))
    assert_page_numbers(texts)
    first = norm(texts[0])
    for part in IDENTITY:
        assert part in first, part
    assert norm(texts[0]).count("Desember 2021") == 2     # made and effective
    flat_first = squash(texts[0])
    for field in ("legal_basis", "qualifications", "related", "equipment", "warnings", "records"):
        items = getattr(seed, field)
        assert items
        for i, item in enumerate(items, start=1):
            assert squash(f"{i}. {item}") in flat_first, (field, item)
    # the identity and lists fit page 1 on both papers; the flowchart starts on page 2
    assert "Aktivitas" not in texts[0] and "Pelaksana" in texts[1]
    chart = squash(" ".join(texts[1:]))
    for step in seed.steps:
        for text in (step.activity, step.time.lower(), step.output, step.lane):  # Waktu in lower case
            assert squash(text) in chart, (step.no, text)
    assert "Menit" not in chart
    for head in ("No.", "Aktivitas", "Pelaksana", "Mutu Baku", "Kelengkapan", "Waktu", "Output", "Ket."):
        assert all(head in t for t in texts[1:]), f"header {head!r} not repeated on every flowchart page"
    # the approval signature stands under the table on the last page, with the last step
    last = norm(texts[-1])
    assert "CAMAT SOMAGEDE" in last and "Drs. SAPTONO SUPRIYANTO" in last and "NIP. 19650924 199503 1 002" in last
    assert squash(seed.steps[-1].activity) in squash(texts[-1])
    assert last.index("Drs. SAPTONO SUPRIYANTO") > last.index(seed.steps[-1].output)
    assert_fonts_embedded(out)
    assert_text_inside_margins(out, bottom=FOOTER_LOW)


def test_seed_on_f4_splits_with_connector_a_like_the_mockup(tmp_path, seed, office):
    out = tmp_path / "sop.pdf"
    render_sop_sheet(seed, office, out)           # office.paper is F4
    texts = page_texts(out)
    assert len(texts) == 3
    for t in texts[1:]:
        assert "A" in t.split("\n"), "connector A missing on a flowchart page"


def test_sheet_goes_to_a_binary_file_and_takes_the_office_service(tmp_path, office):
    from sopdesk.app.office import Office
    o = Office(tmp_path / "t.db")
    try:
        buf = BytesIO()
        render_sop_sheet(o.sop("penyusunan-perencanaan-kinerja"), o, buf, paper="A4")
        assert buf.getvalue().startswith(b"%PDF")
    finally:
        o.close()


# ---- long SOP with a loop across pages -------------------------------------------------------

def test_twenty_five_steps_with_a_loop_back_across_a_page_break(tmp_path, office):
    sop = loop_sop()
    out = tmp_path / "loop.pdf"
    render_sop_sheet(sop, office, out)
    texts = page_texts(out)
    assert_page_numbers(texts)
    chart_pages = texts[1:]
    assert len(chart_pages) >= 3

    def page_of(text: str) -> int:
        hits = [i for i, t in enumerate(chart_pages) if squash(text) in squash(t)]
        assert len(hits) == 1, (text, hits)
        return hits[0]

    for step in sop.steps:
        page_of(step.activity)
        for text in (step.time, step.output):
            if text:
                assert squash(text) in squash(" ".join(chart_pages))
    p4, p18 = page_of("Mengerjakan langkah nomor 4 sekarang"), page_of("Memverifikasi berkas langkah delapan belas")
    assert p18 > p4, "the loop must cross pages for this test to mean anything"
    assert "Tidak" in chart_pages[p18] and "Ya" in chart_pages[p18]
    # every connector letter stands on exactly two pages: the one the flow leaves, the one it enters
    letters: dict[str, list[int]] = {}
    for i, t in enumerate(chart_pages):
        for line in t.split("\n"):
            if re.fullmatch(r"[A-Z]{1,2}", line.strip()):
                letters.setdefault(line.strip(), []).append(i)
    assert len(letters) >= 3
    assert set(letters) == {chr(65 + i) for i in range(len(letters))}      # A, B, C… without gaps
    for letter, pages in letters.items():
        assert len(pages) == 2 and pages[0] != pages[1], (letter, pages)
    # the loop's pair joins the page of step 18 and the page of step 4
    assert any(sorted(p) == sorted([p4, p18]) or (p4 in p and p18 in p) for p in letters.values())
    assert_text_inside_margins(out, bottom=FOOTER_LOW)


def test_decision_labels_sit_clear_of_arrows_rules_and_symbols():
    for sop in (paten_sop(), loop_sop()):
        layout, scale, _ = fit_layout(printable_sop(sop), 822, 495, ChartNotes())
        for page in paginate(layout, 495 / scale):
            segs = [(a, b) for ar in page.arrows for a, b in pairwise(ar.points)]
            segs += [((ln.x1, ln.y1), (ln.x2, ln.y2)) for ln in page.lines]
            placed = label_rects(page, layout.style)
            assert len(placed) == sum(1 for a in page.arrows if a.label)
            for arrow, rect in placed:
                assert _hits(rect, page, segs, [c.rect for c in page.connectors]) == 0, (sop.code, arrow.label, rect)


def test_mockup_four_decision_sheet_has_labels_and_one_chart_page(tmp_path, office):
    out = tmp_path / "paten.pdf"
    render_sop_sheet(paten_sop(), office, out)
    texts = page_texts(out)
    assert len(texts) == 2
    assert "Ya" in texts[1].split("\n") and "Tidak" in texts[1].split("\n")
    assert "Pembina Tingkat I (IV/b)" in texts[0]        # "Pembina Tk 1" written out, with its golongan


# ---- hostile text ----------------------------------------------------------------------

def hostile_sop() -> Sop:
    base = paten_sop()
    steps = list(base.steps)
    steps[1] = replace(steps[1], activity=HOSTILE + " " + long_text("a") + " 😀", output=HOSTILE)
    steps[3] = replace(steps[3], activity=HOSTILE + " 😀👍🏽 中文", note=HOSTILE)
    return replace(base, name=HOSTILE + " " + long_text("n") + " 😀", number=HOSTILE,
                   legal_basis=(HOSTILE, long_text("l") + " 😀", "Peraturan pendek"), records=(HOSTILE,),
                   approved_by=Signatory(HOSTILE + " " + long_text("m") + " 😀", "Camat Somagede", "Pembina (IV/a)",
                                         "196509241995031002"),
                   steps=tuple(steps))


@pytest.mark.parametrize("paper", ["F4", "A4"])
def test_hostile_and_huge_text_prints_literally_and_completely(tmp_path, office, paper):
    sop = hostile_sop()
    out = tmp_path / "hostile.pdf"
    render_sop_sheet(sop, office, out, paper=paper)
    texts = page_texts(out)
    assert_page_numbers(texts)
    everything = " ".join(texts)
    flat = squash(everything)
    # markup printed as typed: number, list item ×2, activity ×2 (chart and note), output, note,
    # approver (identity box and signature); the name in capitals
    assert flat.count(squash(HOSTILE)) >= 9
    assert squash(HOSTILE.upper()) in flat
    assert not has_image(out)
    words = set(re.findall(r"\b[a-zA-Z]\d{4}\b", everything))
    for prefix in "alm":
        assert words_of(prefix) <= words, f"text {prefix!r} lost: {sorted(words_of(prefix) - words)[:5]}"
    assert {w.upper() for w in words_of("n")} <= words     # the SOP name, upper-cased
    # the long activity is shortened on the chart and given in full in the notes
    assert "lihat catatan 1" in everything and "CATATAN" in everything
    assert STAND_IN in everything and "😀" not in everything and "中" not in everything
    assert printable("😀👍🏽 中文") in everything
    assert_fonts_embedded(out)
    assert_text_inside_margins(out, bottom=FOOTER_LOW)


def test_huge_lane_name_and_label_are_shortened_with_a_note(tmp_path, office):
    sop = paten_sop()
    lane = "Kepala Seksi " + long_text("k")
    sop = replace(sop, lanes=(sop.lanes[0], lane, sop.lanes[2]),
                  steps=tuple(replace(s, lane=lane) if s.lane == sop.lanes[1] else s for s in sop.steps))
    sop = replace(sop, steps=tuple(replace(s, no_label="Tidak " + "sekali " * 40) if s.kind == "decision" else s
                                   for s in sop.steps))
    out = tmp_path / "lane.pdf"
    render_sop_sheet(sop, office, out)
    texts = page_texts(out)
    words = set(re.findall(r"\bk\d{4}\b", " ".join(texts)))
    assert words_of("k") <= words
    assert "catatan 1" in " ".join(texts)
    assert_text_inside_margins(out, bottom=FOOTER_LOW)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler not installed")
def test_poppler_renders_every_page(tmp_path, office):
    out = tmp_path / "loop.pdf"
    render_sop_sheet(loop_sop(), office, out, paper="A4")
    subprocess.run(["pdftoppm", "-png", "-r", "20", str(out), str(tmp_path / "page")], check=True,
                   capture_output=True, timeout=120)
    assert len(list(tmp_path.glob("page-*.png"))) == len(sizes(out))
