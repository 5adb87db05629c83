"""Geometry of the SOP AP flowchart: table, symbols, arrow routes, pages."""
from __future__ import annotations

import random
import subprocess
import sys
from itertools import pairwise

import pytest

from sopdesk.domain.sop import Sop, Step
from sopdesk.flowchart import Arrow, FlowLayout, LayoutStyle, Page, Rect, approx_measure, layout_sop, paginate, wrap

LANES = ("Staf Penerima Surat", "Staf", "Kasubbag Perencanaan dan Keuangan", "Sekretaris", "Camat")
PENERIMA, STAF, KASUBBAG, SEKRETARIS, CAMAT = LANES
EPS = 0.01


def seed_sop() -> Sop:
    rows = [
        (1, "Menerima Surat Edaran Tentang Penyusunan Perencanaan Kinerja", PENERIMA, "start", "", "5 menit", "Surat Edaran"),
        (2, "Meneruskan surat Kepada Camat melalui Sekretaris Camat", PENERIMA, "process", "", "15 menit", "Surat Edaran"),
        (3, "Mendisposisikan Surat kepada Kasubbag Perencanaan dan Keuangan untuk ditindaklanjuti", CAMAT, "process", "", "10 menit", "Surat Edaran"),
        (4, "Menyiapkan draft renstra berdasarkan form yang ada bersama seluruh kasubbag dan seksi yang ada", KASUBBAG, "process", "Form PK/DPA/Renstra", "4 hari", "Form PK"),
        (5, "Menyusun Draft Perencanaan Kinerja", STAF, "process", "Form PK/DPA/Renstra", "7 hari", "Draft PK"),
        (6, "Menyampaikan hasil draft kepada sekretaris untuk dikoreksi", KASUBBAG, "process", "Form PK/DPA/Renstra", "15 menit", "Draft PK"),
        (7, "Melakukan koreksi atas draft Perencanaan Kinerja", SEKRETARIS, "process", "Form PK/DPA/Renstra", "1 hari", "Draft PK"),
        (8, "Menyampaikan Draft Perencanaan Kinerja kepada Camat melalui Sekretaris untuk ditandatangani", SEKRETARIS, "process", "Form PK/DPA/Renstra", "15 menit", "Draft PK"),
        (9, "Menandatangani PK", CAMAT, "process", "Form PK/DPA/Renstra", "30 menit", "PK"),
        (10, "Menyampaikan Perencanaan Kepada seluruh Pejabat yang ada di Kecamatan", KASUBBAG, "process", "PK", "15 menit", "PK"),
        (11, "Menyampaikan Perencanaan Kinerja kepada Bupati melalui bagian Organisasi", PENERIMA, "end", "PK", "60 menit", "PK"),
    ]
    steps = tuple(Step(no, act, lane, kind, req, time, out) for no, act, lane, kind, req, time, out in rows)
    return Sop("penyusunan-pk", "Penyusunan PK", LANES, steps)


def loop_sop() -> Sop:
    """25 steps over three lanes; step 18's "Tidak" goes back to step 4 (a loop
    that crosses page breaks) and step 9's "Tidak" jumps forward to 14."""
    lanes = ("Petugas", "Kasi", "Camat")
    steps = []
    for n in range(1, 26):
        if n == 9:
            steps.append(Step(n, "Memeriksa kelengkapan berkas", lanes[2], "decision", "Berkas", "5 menit", "",
                              if_yes=10, if_no=14, yes_label="Lengkap", no_label="Tidak"))
        elif n == 18:
            steps.append(Step(n, "Memverifikasi berkas; bila belum benar dikembalikan", lanes[1], "decision",
                              "Berkas", "15 menit", "Berkas", if_yes=19, if_no=4))
        else:
            kind = "start" if n == 1 else "end" if n == 25 else "process"
            steps.append(Step(n, f"Mengerjakan langkah {n}", lanes[(n * 7) % 3], kind, "Form", "10 menit", "Hasil"))
    return Sop("loop", "Loop", lanes, tuple(steps))


def random_sop(seed: int, n: int, n_lanes: int) -> Sop:
    """Any shape of flow: loops, forward jumps, decisions anywhere."""
    rnd = random.Random(seed)
    lanes = tuple(f"Pelaksana {i + 1}" for i in range(n_lanes))
    steps = []
    for k in range(1, n + 1):
        lane = rnd.choice(lanes)
        if k == 1:
            steps.append(Step(k, "Mulai", lane, "start"))
        elif k == n:
            steps.append(Step(k, "Selesai", lane, "end"))
        elif rnd.random() < 0.2:
            other = rnd.randint(1, n)
            steps.append(Step(k, "Memutuskan " * rnd.randint(1, 6), lane, "decision", if_yes=k + 1, if_no=other))
        else:
            nxt = rnd.randint(1, n) if rnd.random() < 0.15 else None
            steps.append(Step(k, "Mengerjakan " * rnd.randint(1, 12), lane, "process", "Form", "10 menit", "Hasil",
                              next=nxt))
    return Sop("acak", "Acak", lanes, tuple(steps))


# -- geometric checks -------------------------------------------------------------

def on_border(shape: str, r: Rect, p: tuple[float, float]) -> bool:
    x, y = p
    if shape == "decision":
        return abs(abs(x - r.cx) / (r.w / 2) + abs(y - r.cy) / (r.h / 2) - 1) < 0.01
    inside = r.x - EPS <= x <= r.right + EPS and r.y - EPS <= y <= r.bottom + EPS
    on_edge = min(abs(x - r.x), abs(x - r.right), abs(y - r.y), abs(y - r.bottom)) < EPS
    return inside and on_edge


def crosses_interior(r: Rect, a, b, margin: float = 0.3) -> bool:
    """An axis-aligned segment through the (bounding-box) interior of r."""
    (x1, y1), (x2, y2) = a, b
    lo_x, hi_x = min(x1, x2), max(x1, x2)
    lo_y, hi_y = min(y1, y2), max(y1, y2)
    return (lo_x < r.right - margin and hi_x > r.x + margin
            and lo_y < r.bottom - margin and hi_y > r.y + margin)


def boxes(item: FlowLayout | Page) -> dict[tuple[str, int], tuple[str, Rect]]:
    out = {("step", s.step_no): (s.shape, s.rect) for s in item.symbols}
    for c in getattr(item, "connectors", []):
        out[("conn", c.letter + c.direction)] = ("connector", c.rect)
    return out


def ends_of(a: Arrow) -> tuple[tuple[str, object], tuple[str, object]]:
    src = ("conn", a.connector + "in") if a.half == "in" else ("step", a.from_step)
    dst = ("conn", a.connector + "out") if a.half == "out" else ("step", a.to_step)
    return src, dst


def check_arrows(item: FlowLayout | Page) -> None:
    shapes = boxes(item)
    for a in item.arrows:
        pts = a.points
        assert len(pts) >= 2, a
        for (x1, y1), (x2, y2) in pairwise(pts):
            assert abs(x1 - x2) < EPS or abs(y1 - y2) < EPS, f"slanted segment in {a}"
            assert abs(x1 - x2) + abs(y1 - y2) > EPS, f"empty segment in {a}"
        src, dst = ends_of(a)
        s_shape, s_rect = shapes[src]
        d_shape, d_rect = shapes[dst]
        assert on_border(s_shape, s_rect, pts[0]), f"{a} does not start on {src}"
        assert on_border(d_shape, d_rect, pts[-1]), f"{a} does not end on {dst}"
        for key, (shape, rect) in shapes.items():
            for p, q in pairwise(pts):
                if key in (src, dst) and shape == "decision":
                    continue  # own diamond: landing on its slanted edge is inside its box
                assert not crosses_interior(rect, p, q), f"{a} runs through {key}"


def check_no_overlapping_runs(item: FlowLayout | Page) -> None:
    """Different arrows never share a run, except two last runs merging into
    the same point (only when a symbol has no free landing place left)."""
    segs = []
    for i, a in enumerate(item.arrows):
        for k, ((x1, y1), (x2, y2)) in enumerate(pairwise(a.points)):
            last = a.points[-1] if k == len(a.points) - 2 else None
            segs.append((i, min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2), last))
    for n, (i, ax1, ay1, ax2, ay2, a_last) in enumerate(segs):
        for j, bx1, by1, bx2, by2, b_last in segs[n + 1:]:
            if i == j or (a_last is not None and a_last == b_last):
                continue
            if ay1 == ay2 and by1 == by2 and abs(ay1 - by1) < 0.5:
                assert min(ax2, bx2) - max(ax1, bx1) <= 0.5, (item.arrows[i], item.arrows[j])
            if ax1 == ax2 and bx1 == bx2 and abs(ax1 - bx1) < 0.5:
                assert min(ay2, by2) - max(ay1, by1) <= 0.5, (item.arrows[i], item.arrows[j])


def check_symbols(layout: FlowLayout, sop: Sop) -> None:
    for step in sop.steps:
        sym = layout.symbol_for(step.no)
        col = layout.lane_column(step.lane)
        row = layout.row_for(step.no)
        assert sym is not None and col is not None and row is not None
        r = sym.rect
        assert col.x < r.x and r.right < col.right, f"step {step.no} outside its lane"
        assert row.y < r.y and r.bottom < row.bottom, f"step {step.no} outside its row"
        assert abs(r.cx - col.cx) < EPS


# -- text -------------------------------------------------------------------------------

def test_wrap_words_newlines_long_words_and_empty():
    assert wrap("", 100, 8) == []
    assert wrap("a\n\nb", 100, 8) == ["a", "", "b"]
    lines = wrap("Menyampaikan hasil draft kepada sekretaris untuk dikoreksi", 80, 8)
    assert len(lines) > 1 and all(approx_measure(line, 8) <= 80 for line in lines)
    assert " ".join(lines) == "Menyampaikan hasil draft kepada sekretaris untuk dikoreksi"
    broken = wrap("x" * 200, 50, 8)
    assert "".join(broken) == "x" * 200 and all(approx_measure(line, 8) <= 50 for line in broken)
    assert wrap("abc", 0.1, 8) == ["a", "b", "c"]  # narrower than a character: one per line


def test_approx_measure_scales_with_size_and_length():
    assert approx_measure("", 8) == 0
    assert approx_measure("Camat", 16) == pytest.approx(2 * approx_measure("Camat", 8))
    assert approx_measure("WWW", 8) > approx_measure("iii", 8)
    assert 3.0 < approx_measure("a", 8) < 6.0  # about half an em


# -- the table ----------------------------------------------------------------------------

def test_columns_header_tiers_and_cells():
    sop = seed_sop()
    lay = layout_sop(sop)
    keys = [c.key for c in lay.columns]
    assert keys == ["no", "activity"] + ["lane"] * 5 + ["requirements", "time", "output", "note"]
    assert [c.lane for c in lay.columns if c.key == "lane"] == list(LANES)
    for left, right in pairwise(lay.columns):
        assert right.x == pytest.approx(left.right)
    header = {" ".join(c.text_lines): c for c in lay.header_cells}
    lanes = [c for c in lay.columns if c.key == "lane"]
    pel = header["Pelaksana"]
    assert pel.rect.x == pytest.approx(lanes[0].x) and pel.rect.right == pytest.approx(lanes[-1].right)
    mutu = header["Mutu Baku"]
    assert mutu.rect.x == pytest.approx(lay.column("requirements").x)
    assert mutu.rect.right == pytest.approx(lay.column("output").right)
    assert pel.rect.h == pytest.approx(lay.header_tier_height)
    assert header["No."].rect.h == pytest.approx(lay.header_height)  # spans both tiers
    kasubbag = header["Kasubbag Perencanaan dan Keuangan"]
    assert len(kasubbag.text_lines) > 1 and kasubbag.rect.y == pytest.approx(lay.header_tier_height)
    # every step has its text cells, in its row
    for step in sop.steps:
        roles = {c.role: c for c in lay.cells_for(step.no)}
        assert set(roles) == {"no", "activity", "requirements", "time", "output", "note"}
        assert roles["no"].text_lines == (str(step.no),)
        assert " ".join(roles["activity"].text_lines) == step.activity
        assert roles["activity"].align == "left"
        row = lay.row_for(step.no)
        assert all(c.rect.y == row.y and c.rect.h == row.height for c in roles.values())
    assert [r.step_no for r in lay.rows] == list(range(1, 12))
    assert lay.rows[0].y == pytest.approx(lay.header_height)
    assert lay.height == pytest.approx(lay.rows[-1].bottom)


def test_grid_lines_rule_the_table():
    lay = layout_sop(seed_sop())
    horizontal = {round(ln.y1, 3) for ln in lay.lines if ln.y1 == ln.y2 and ln.x2 - ln.x1 > lay.width - 1}
    for r in lay.rows:
        assert round(r.y, 3) in horizontal
    assert round(lay.height, 3) in horizontal
    verticals = {round(ln.x1, 3) for ln in lay.lines if ln.x1 == ln.x2}
    for c in lay.columns:
        assert round(c.x, 3) in verticals
    # between lanes the rules stop under "Pelaksana"
    lane2 = lay.columns[3]
    rule = next(ln for ln in lay.lines if ln.x1 == ln.x2 and abs(ln.x1 - lane2.x) < EPS)
    assert rule.y1 == pytest.approx(lay.header_tier_height)
    assert any(ln.kind == "border" for ln in lay.lines)


def test_width_is_filled_and_lanes_keep_a_minimum():
    style = LayoutStyle()
    lay = layout_sop(seed_sop(), width=860)
    assert lay.width == pytest.approx(860)
    assert lay.columns[-1].right == pytest.approx(860)
    wide = layout_sop(seed_sop(), width=1400)
    assert wide.width == pytest.approx(1400)
    assert all(c.width <= style.max_lane_width + EPS for c in wide.columns if c.key == "lane")
    narrow = layout_sop(random_sop(1, 10, 9), width=500)
    assert all(c.width >= style.min_lane_width - EPS for c in narrow.columns if c.key == "lane")


def test_extra_column_for_realisasi():
    sop = seed_sop()
    lay = layout_sop(sop, extra_columns=[("Realisasi", 110)])
    assert [c.key for c in lay.columns][-2:] == ["note", "extra:Realisasi"]
    extra = lay.column("extra:Realisasi")
    assert extra.width == 110 and extra.right == pytest.approx(lay.width)
    cells = [c for c in lay.cells if c.role == "extra:Realisasi"]
    assert len(cells) == len(sop.steps) and all(c.text_lines == () for c in cells)
    assert any(c.text_lines == ("Realisasi",) for c in lay.header_cells)
    before = layout_sop(sop, extra_columns=[("Realisasi", 110)], extras_before_note=True)
    assert [c.key for c in before.columns][-2:] == ["extra:Realisasi", "note"]


# -- symbols and arrows ---------------------------------------------------------------------

def test_seed_symbols_sit_in_their_lane_and_row():
    sop = seed_sop()
    lay = layout_sop(sop)
    check_symbols(lay, sop)
    shapes = {s.step_no: s.shape for s in lay.symbols}
    assert shapes[1] == shapes[11] == "terminator"
    assert all(shapes[n] == "process" for n in range(2, 11))
    for s in lay.symbols:
        col = lay.lane_column(s.lane)
        assert 0.5 * col.width <= s.rect.w <= 0.75 * col.width
        assert 15 <= s.rect.h <= 34
    assert lay.lane_x(CAMAT) == lay.lane_column(CAMAT).x


def test_seed_arrows_run_down_across_down():
    lay = layout_sop(seed_sop())
    assert [(a.from_step, a.to_step) for a in lay.arrows] == [(n, n + 1) for n in range(1, 11)]
    check_arrows(lay)
    check_no_overlapping_runs(lay)
    a12 = lay.arrows[0]  # same lane: one straight drop
    assert len(a12.points) == 2 and a12.head_direction == (0.0, 1.0)
    a23 = lay.arrows[1]  # Staf Penerima Surat -> Camat: down, across, down
    (x0, y0), (_x1, y1), (_x2, y2), (x3, y3) = a23.points
    s2, s3 = lay.symbol_for(2).rect, lay.symbol_for(3).rect
    assert (x0, y0) == pytest.approx((s2.cx, s2.bottom)) and (x3, y3) == pytest.approx((s3.cx, s3.y))
    assert y1 == y2 and s2.bottom < y1 < lay.row_for(2).bottom  # the run across is in the source row
    assert a23.head_direction == (0.0, 1.0)
    assert all(a.label is None and a.kind == "next" for a in lay.arrows)


def decision_sop() -> Sop:
    lanes = ("Petugas PATEN", "Kasi Pelayanan", "Camat")
    return Sop("keputusan", "Keputusan", lanes, (
        Step(1, "Menerima berkas permohonan", lanes[0], "start"),
        Step(2, "Memeriksa kelengkapan berkas dan menyiapkan konsep surat", lanes[0], "process"),
        Step(3, "Memverifikasi konsep surat", lanes[1], "decision", if_yes=4, if_no=2,
             yes_label="Benar", no_label="Salah"),
        Step(4, "Menandatangani surat keterangan", lanes[2], "process"),
        Step(5, "Menyerahkan surat keterangan", lanes[0], "end"),
    ))


def test_decision_exits_labels_and_loop_back():
    sop = decision_sop()
    lay = layout_sop(sop)
    check_symbols(lay, sop)
    check_arrows(lay)
    check_no_overlapping_runs(lay)
    diamond = lay.symbol_for(3)
    assert diamond.shape == "decision"
    assert diamond.rect.h > lay.symbol_for(2).rect.h
    assert lay.row_for(3).height >= lay.row_for(2).height
    yes = next(a for a in lay.arrows if a.kind == "yes")
    no = next(a for a in lay.arrows if a.kind == "no")
    assert (yes.label, no.label) == ("Benar", "Salah")
    assert yes.points[0] == pytest.approx((diamond.rect.cx, diamond.rect.bottom))  # Ya: down
    assert yes.points[1][1] > yes.points[0][1]
    assert yes.points[-1][1] == pytest.approx(lay.symbol_for(4).rect.y)
    vertex = no.points[0]  # Tidak: from a side corner
    assert vertex[1] == pytest.approx(diamond.rect.cy)
    assert vertex[0] in (pytest.approx(diamond.rect.x), pytest.approx(diamond.rect.right))
    target = lay.symbol_for(2).rect  # the loop comes into step 2's side
    end = no.points[-1]
    assert end[1] == pytest.approx(target.cy, abs=target.h / 2)
    assert end[0] in (pytest.approx(target.x), pytest.approx(target.right))
    assert no.head_direction[1] == 0.0
    # its run up is beside the symbols, not through them (checked above), and outside the diamond's lane middle
    ups = [(p, q) for p, q in pairwise(no.points) if p[0] == q[0]]
    assert ups and all(abs(p[0] - diamond.rect.cx) > diamond.rect.w / 2 for p, _ in ups)
    for a in (yes, no):
        assert a.label_rect is not None and a.label_pos == pytest.approx(a.label_rect.center)
        for s in lay.symbols:
            assert not a.label_rect.intersects(s.rect)
    assert not yes.label_rect.intersects(no.label_rect)


def test_forward_jump_routes_around_symbols_between():
    lanes = ("A", "B")
    sop = Sop("lompat", "Lompat", lanes, (
        Step(1, "Mulai", "A", "start"),
        Step(2, "Periksa", "A", "decision", if_yes=3, if_no=6),
        Step(3, "Satu", "A", "process"),
        Step(4, "Dua", "B", "process"),
        Step(5, "Tiga", "A", "process", next=6),
        Step(6, "Selesai", "A", "end"),
    ))
    lay = layout_sop(sop)
    check_arrows(lay)
    check_no_overlapping_runs(lay)
    jump = next(a for a in lay.arrows if a.kind == "no")
    assert jump.to_step == 6 and len(jump.points) >= 3


def test_long_text_grows_the_row_and_empty_strings_are_fine():
    base = seed_sop()
    long_step = Step(5, "Menyusun " + "draft perencanaan kinerja " * 200, STAF, "process", "Form " * 50, "7 hari",
                     "Draft PK")
    sop = base.with_steps(s if s.no != 5 else long_step for s in base.steps)
    lay = layout_sop(sop)
    normal = layout_sop(base)
    assert lay.row_for(5).height > 5 * normal.row_for(5).height
    activity = next(c for c in lay.cells_for(5) if c.role == "activity")
    assert len(activity.text_lines) * activity.line_height <= lay.row_for(5).height
    check_symbols(lay, sop)
    check_arrows(lay)

    huge = Step(2, "x" * 5000, PENERIMA, "process")
    lay = layout_sop(base.with_steps(s if s.no != 2 else huge for s in base.steps))
    assert lay.row_for(2).height > 1000
    check_arrows(lay)

    empty = Sop("kosong", "", ("",), (Step(1, "", "", "start"), Step(2, "", "", "end")))
    lay = layout_sop(empty)
    assert len(lay.symbols) == 2 and len(lay.arrows) == 1
    check_arrows(lay)
    assert layout_sop(Sop("nol", "", (), ())).rows == []


def test_one_lane_and_nine_lanes():
    one = Sop("satu", "Satu", ("Petugas",), (
        Step(1, "Mulai", "Petugas", "start"),
        Step(2, "Cek", "Petugas", "decision", if_yes=3, if_no=1),
        Step(3, "Kerjakan", "Petugas", "process", next=5),
        Step(4, "Lewati", "Petugas", "process"),
        Step(5, "Selesai", "Petugas", "end"),
    ))
    lay = layout_sop(one, width=840)
    assert len([c for c in lay.columns if c.key == "lane"]) == 1
    check_symbols(lay, one)
    check_arrows(lay)
    check_no_overlapping_runs(lay)
    nine = random_sop(5, 30, 9)
    lay = layout_sop(nine, width=860)
    assert len([c for c in lay.columns if c.key == "lane"]) == 9
    check_symbols(lay, nine)
    check_arrows(lay)


@pytest.mark.parametrize("seed", range(12))
def test_any_flow_keeps_arrows_orthogonal_and_clear_of_symbols(seed):
    rnd = random.Random(seed)
    sop = random_sop(seed, rnd.randint(3, 40), rnd.randint(1, 9))
    lay = layout_sop(sop, width=rnd.choice([None, 700, 860, 1200]))
    check_symbols(lay, sop)
    check_arrows(lay)
    for page in paginate(lay, rnd.choice([300, 450, 600])):
        check_arrows(page)


def test_unknown_lane_and_dangling_targets_still_draw():
    sop = Sop("rusak", "Rusak", ("A",), (
        Step(1, "Mulai", "A", "start", next=99),
        Step(2, "Di lajur lain", "B", "decision", if_yes=None, if_no=1),
        Step(3, "Selesai", "A", "end"),
    ))
    lay = layout_sop(sop)
    assert [c.lane for c in lay.columns if c.key == "lane"] == ["A", "B"]
    assert {(a.from_step, a.to_step) for a in lay.arrows} == {(2, 1)}
    check_arrows(lay)


# -- pages --------------------------------------------------------------------------------------

def check_pages(lay: FlowLayout, pages: list[Page], page_height: float) -> None:
    seen = [n for p in pages for n in p.rows]
    assert seen == [r.step_no for r in lay.rows]  # every step once, in order
    for p in pages:
        assert p.height <= page_height + EPS or (p.overflows and len(p.rows) == 1)
        assert p.header_height == pytest.approx(lay.header_height)
        assert {" ".join(c.text_lines) for c in p.cells if c.role == "header"} == \
            {" ".join(c.text_lines) for c in lay.header_cells}
        for n in p.rows:
            row = p.row_for(n)
            assert row.y >= p.header_height - EPS and row.bottom <= p.height + EPS
            assert row.y == pytest.approx(lay.row_for(n).y + p.y_offset[n])
            sym = p.symbol_for(n)
            assert sym.rect.y == pytest.approx(lay.symbol_for(n).rect.y + p.y_offset[n])
            assert row.y < sym.rect.y and sym.rect.bottom < row.bottom
        check_arrows(p)
        check_no_overlapping_runs(p)
    connectors = [c for p in pages for c in p.connectors]
    letters = sorted({c.letter for c in connectors})
    for letter in letters:
        pair = [c for c in connectors if c.letter == letter]
        assert sorted(c.direction for c in pair) == ["in", "out"], letter
        out = next(c for c in pair if c.direction == "out")
        inn = next(c for c in pair if c.direction == "in")
        assert out.points_down == inn.points_down
        assert (out.page_index < inn.page_index) == out.points_down
        assert (out.from_step, out.to_step) == (inn.from_step, inn.to_step)
        halves = [a for p in pages for a in p.arrows if a.connector == letter]
        assert sorted(a.half for a in halves) == ["in", "out"]
    assert set(letters) == {letter_name(i) for i in range(len(letters))}  # A, B, C… without gaps


def letter_name(i: int) -> str:
    """A … Z, then AA, AB …"""
    return chr(65 + i) if i < 26 else letter_name(i // 26 - 1) + chr(65 + i % 26)


def test_paginate_seed_like_the_sheet():
    lay = layout_sop(seed_sop(), width=860)
    page_height = 500.0
    pages = paginate(lay, page_height)
    assert len(pages) == 2
    check_pages(lay, pages, page_height)
    first, second = pages
    out = first.connectors[0]
    inn = second.connectors[0]
    assert (out.letter, out.direction, out.points_down) == ("A", "out", True)
    assert (inn.letter, inn.direction) == ("A", "in")
    last = first.rows[-1]
    # the connector sits at the foot, in the lane the flow leaves from …
    assert out.rect.y > first.row_for(last).bottom
    assert first.symbol_for(last).rect.cx == pytest.approx(out.rect.cx)
    # … and at the head of the next page, in the lane it arrives at
    nxt = second.rows[0]
    assert inn.rect.bottom < second.row_for(nxt).y and inn.rect.y > second.header_height
    assert second.symbol_for(nxt).rect.cx == pytest.approx(inn.rect.cx)
    half_out = next(a for a in first.arrows if a.half == "out")
    assert (half_out.from_step, half_out.to_step) == (last, nxt)


def test_paginate_loop_back_across_pages_gets_connectors():
    lay = layout_sop(loop_sop(), width=860)
    page_height = 560.0
    pages = paginate(lay, page_height)
    assert len(pages) >= 3
    check_pages(lay, pages, page_height)
    page_of = {n: p.index for p in pages for n in p.rows}
    assert page_of[18] > page_of[4]  # the loop really crosses pages
    loop = [c for p in pages for c in p.connectors if (c.from_step, c.to_step) == (18, 4)]
    assert len(loop) == 2 and not any(c.points_down for c in loop)
    out = next(c for c in loop if c.direction == "out")
    inn = next(c for c in loop if c.direction == "in")
    assert out.page_index == page_of[18] and inn.page_index == page_of[4]
    page18 = pages[page_of[18]]
    assert out.rect.bottom <= page18.row_for(page18.rows[0]).y  # leaves at the head …
    page4 = pages[page_of[4]]
    assert inn.rect.y >= page4.row_for(page4.rows[-1]).bottom  # … resumes at the foot
    half = next(a for a in page18.arrows if a.half == "out" and a.from_step == 18)
    assert half.label == "Tidak" and half.kind == "no"
    back = next(a for a in page4.arrows if a.half == "in" and a.to_step == 4)
    assert back.label is None and back.head_direction[1] == 0.0  # into step 4's side


def test_paginate_without_repeated_header_and_with_a_short_first_page():
    lay = layout_sop(loop_sop())
    pages = paginate(lay, 600, header_repeat=False, first_page_height=300)
    assert pages[0].header_height == pytest.approx(lay.header_height)
    assert all(p.header_height == 0 and not [c for c in p.cells if c.role == "header"] for p in pages[1:])
    assert pages[0].height <= 300 + EPS
    assert [n for p in pages for n in p.rows] == list(range(1, 26))


def test_paginate_a_row_taller_than_the_page_overflows_alone():
    base = seed_sop()
    tall = Step(4, "kata " * 1500, KASUBBAG, "process")
    lay = layout_sop(base.with_steps(s if s.no != 4 else tall for s in base.steps))
    assert lay.row_for(4).height > 400
    pages = paginate(lay, 300)
    holder = next(p for p in pages if 4 in p.rows)
    assert holder.rows == [4] and holder.overflows
    check_pages(lay, pages, 300)


def test_paginate_empty_sop_gives_one_header_page():
    lay = layout_sop(Sop("nol", "", ("A",), ()))
    pages = paginate(lay, 500)
    assert len(pages) == 1 and pages[0].rows == [] and pages[0].header_height > 0


def test_flowchart_imports_no_painter_or_database():
    code = ("import sys, sopdesk.flowchart; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'reportlab', 'sqlalchemy')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
