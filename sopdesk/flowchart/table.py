"""The ruled table around the flowchart: column widths, the two-tier header
and the grid lines. Shared by the whole-SOP layout and by each page."""
from __future__ import annotations

from collections.abc import Sequence

from .model import Cell, Column, Line, Rect
from .style import LayoutStyle
from .text import Measure, wrap

MUTU_KEYS = ("requirements", "time", "output")
_TEXT_KEYS = ("activity", "requirements", "output")  # columns that give or take width


def bold_measure(measure: Measure, style: LayoutStyle) -> Measure:
    """An estimate of bold text from the regular face, for a painter that gives no bold measure."""
    return lambda text, size: measure(text, size) * style.bold_factor


def plan_columns(
    lanes: Sequence[str],
    style: LayoutStyle,
    width: float | None,
    extra_columns: Sequence[tuple[str, float]] = (),
    extras_before_note: bool = False,
) -> list[Column]:
    """Columns left to right: No | Kegiatan | lanes… | Kelengkapan | Waktu |
    Output | Ket. (+ extras). With `width`, lanes share what the other columns
    leave, within [min_lane_width, max_lane_width]; the text columns absorb the
    rest (down to their own minimums). If even that does not fit, the table is
    wider than asked rather than unreadable."""
    n = max(1, len(lanes))
    text = {"activity": style.activity_width, "requirements": style.requirements_width,
            "output": style.output_width}
    mins = {"activity": style.min_activity_width, "requirements": style.min_requirements_width,
            "output": style.min_output_width}
    fixed = style.no_width + style.time_width + style.note_width + sum(max(0.0, w) for _, w in extra_columns)
    lane_w = style.lane_width
    if width is not None:
        lane_w = (width - fixed - sum(text.values())) / n
        if lane_w > style.max_lane_width:
            lane_w = style.max_lane_width
            surplus = width - fixed - sum(text.values()) - n * lane_w
            total = sum(text.values())
            text = {k: v + surplus * v / total for k, v in text.items()}
        elif lane_w < style.min_lane_width:
            lane_w = style.min_lane_width
            deficit = fixed + sum(text.values()) + n * lane_w - width
            give = {k: max(0.0, text[k] - mins[k]) for k in text}
            can = sum(give.values())
            if can > 0:
                take = min(deficit, can)
                text = {k: text[k] - take * give[k] / can for k in text}

    spec: list[tuple[str, str, float, str | None]] = [
        ("no", style.title_no, style.no_width, None),
        ("activity", style.title_activity, text["activity"], None),
    ]
    spec += [("lane", lane, lane_w, lane) for lane in lanes] or [("lane", "", lane_w, "")]
    spec += [
        ("requirements", style.title_requirements, text["requirements"], None),
        ("time", style.title_time, style.time_width, None),
        ("output", style.title_output, text["output"], None),
    ]
    extras = [(f"extra:{name}", name, max(0.0, w), None) for name, w in extra_columns]
    note = [("note", style.title_note, style.note_width, None)]
    spec += (extras + note) if extras_before_note else (note + extras)

    columns: list[Column] = []
    x = 0.0
    for key, name, w, lane in spec:
        columns.append(Column(key, name, x, w, lane))
        x += w
    return columns


def header_cells(columns: Sequence[Column], style: LayoutStyle, measure: Measure,
                 bold: Measure | None = None) -> tuple[list[Cell], float, float]:
    """Header cells and (header height, top tier height). The top tier holds
    "Pelaksana" over the lanes and "Mutu Baku" over Kelengkapan/Waktu/Output;
    every other title spans both tiers. Titles are bold: `bold` measures the
    painter's bold face (how much wider it is differs from font to font)."""
    size = style.header_font_size
    lh = style.line_height(size)
    pad_x, pad_y = style.cell_padding_x, style.cell_padding_y
    bm = bold or bold_measure(measure, style)

    def fit(text: str, w: float) -> float:
        """A long lane name ("Kasubbag Perencanaan…") in a narrow lane: shrink
        the font (down to min_header_font_size) before breaking inside words."""
        inner = max(1.0, w - 2 * pad_x)
        widest = max((bm(word, 1.0) for word in text.split()), default=0.0)
        if widest <= 0:
            return size
        return max(style.min_header_font_size, min(size, inner / widest))

    def lines(text: str, w: float, at: float = size) -> tuple[str, ...]:
        return tuple(wrap(text, max(1.0, w - 2 * pad_x), at, bm))

    lane_cols = [c for c in columns if c.key == "lane"]
    mutu_cols = [c for c in columns if c.key in MUTU_KEYS]
    spanning = [c for c in columns if c.key not in MUTU_KEYS and c.key != "lane"]

    tier1 = lh + 2 * pad_y
    top_titles = [(style.title_lanes, lane_cols), (style.title_quality, mutu_cols)]
    tier1 = max([tier1] + [len(lines(t, cols[-1].right - cols[0].x)) * lh + 2 * pad_y
                           for t, cols in top_titles if cols])
    tier2 = style.min_header_tier2_height
    sizes = {id(c): fit(c.name, c.width) for c in lane_cols + mutu_cols}
    for c in lane_cols + mutu_cols:
        at = sizes[id(c)]
        tier2 = max(tier2, len(lines(c.name, c.width, at)) * style.line_height(at) + 2 * pad_y)
    height = tier1 + tier2
    for c in spanning:
        height = max(height, len(lines(c.name, c.width)) * lh + 2 * pad_y)
    tier2 = height - tier1

    def cell(rect: Rect, text: str, at: float = size) -> Cell:
        return Cell(rect, lines(text, rect.w, at), "center", "header", None, True, at, style.line_height(at), pad_x)

    cells = [cell(Rect(c.x, 0.0, c.width, height), c.name) for c in spanning]
    for title, cols in top_titles:
        if cols:
            cells.append(cell(Rect(cols[0].x, 0.0, cols[-1].right - cols[0].x, tier1), title))
    cells += [cell(Rect(c.x, tier1, c.width, tier2), c.name, sizes[id(c)]) for c in lane_cols + mutu_cols]
    cells.sort(key=lambda c: (c.rect.x, c.rect.y))
    return cells, height, tier1


def grid_lines(
    columns: Sequence[Column],
    header_height: float,
    tier_height: float,
    band_bottoms: Sequence[float],
    height: float,
) -> list[Line]:
    """The table's rulings: outer border, header rules, one rule under each
    band (row) and the column rules. `header_height` 0 means no header."""
    if not columns:
        return []
    width = columns[-1].right
    out = [
        Line(0.0, 0.0, width, 0.0, "border"),
        Line(width, 0.0, width, height, "border"),
        Line(0.0, height, width, height, "border"),
        Line(0.0, 0.0, 0.0, height, "border"),
    ]
    grouped_xs: list[tuple[float, float]] = []  # (x from, x to) spans under a top-tier title
    if header_height > 0:
        if header_height < height - 1e-6:
            out.append(Line(0.0, header_height, width, header_height))
        for key in ("lane", "mutu"):
            cols = [c for c in columns if (c.key == "lane" if key == "lane" else c.key in MUTU_KEYS)]
            if cols:
                grouped_xs.append((cols[0].x, cols[-1].right))
                out.append(Line(cols[0].x, tier_height, cols[-1].right, tier_height))
    for right in columns[1:]:
        x = right.x
        inside_group = any(a + 1e-6 < x < b - 1e-6 for a, b in grouped_xs)
        out.append(Line(x, tier_height if inside_group else 0.0, x, height))
    for y in band_bottoms:
        if y < height - 1e-6:
            out.append(Line(0.0, y, width, y))
    return out
