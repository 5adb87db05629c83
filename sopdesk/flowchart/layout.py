"""The whole SOP as one tall SOP AP table: columns, rows, cells, symbols and
routed arrows. `pages.paginate` cuts it into printable pages."""
from __future__ import annotations

import threading
from collections.abc import Hashable, Sequence

from sopdesk.domain.sop import Sop, Step
from sopdesk.domain.waktu import waktu_text

from .model import Arrow, Cell, Column, FlowEdge, FlowLayout, Rect, Row, Symbol
from .routing import Band, EdgeSpec, Node, Route, Router
from .style import LayoutStyle
from .table import grid_lines, header_cells, plan_columns
from .text import Measure, approx_measure, wrap

# step field shown in each text column, and how it is aligned (as on the sheet)
_TEXT_COLUMNS = (
    ("no", None, "center"),
    ("activity", "activity", "left"),
    ("requirements", "requirements", "center"),
    ("time", "time", "center"),
    ("output", "output", "center"),
    ("note", "note", "center"),
)


def layout_sop(
    sop: Sop,
    *,
    width: float | None = None,
    measure: Measure = approx_measure,
    bold_measure: Measure | None = None,
    style: LayoutStyle = LayoutStyle(),
    extra_columns: Sequence[tuple[str, float]] = (),
    extras_before_note: bool = False,
) -> FlowLayout:
    """Lay out `sop` as the flowchart table of the SOP AP sheet.

    `width`: total table width to fill (None: the style's default widths).
    `measure` / `bold_measure`: text widths in the painter's regular and bold
    faces (without a bold measure, bold is estimated from the regular one).
    `extra_columns`: (title, width) columns with empty cells of role
    "extra:<title>" for the UI to fill (e.g. [("Realisasi", 110)]), after Ket.
    or, with `extras_before_note`, between Output and Ket. as on the case screen.
    """
    lanes = lanes_of(sop)
    columns = plan_columns(lanes, style, width, extra_columns, extras_before_note)
    cells, header_h, tier_h = header_cells(columns, style, measure, bold_measure)
    lane_cols = {c.lane: c for c in columns if c.key == "lane" and c.lane is not None}
    sizes = symbol_sizes(next(iter(lane_cols.values())).width, style)
    by_key = {c.key: c for c in columns}
    size, lh = style.font_size, style.line_height(style.font_size)
    pad_x, pad_y = style.cell_padding_x, style.cell_padding_y

    rows: list[Row] = []
    symbols: list[Symbol] = []
    y = header_h
    for i, step in enumerate(sop.steps):
        row_cells: list[tuple[Column, tuple[str, ...], str, str]] = []
        for key, attr, align in _TEXT_COLUMNS:
            col = by_key[key]
            text = str(step.no) if attr is None else cell_text(step, attr)
            row_cells.append((col, tuple(wrap(text, max(1.0, col.width - 2 * pad_x), size, measure)), align, key))
        for col in columns:
            if col.key.startswith("extra:"):
                row_cells.append((col, (), "left", col.key))
        shape = shape_of(step, i)
        sw, sh = sizes[shape]
        room = style.decision_arrow_room if shape == "decision" else style.arrow_room
        text_h = max((len(lines) for _, lines, _, _ in row_cells), default=0) * lh + 2 * pad_y
        h = max(style.min_row_height, text_h, sh + 2 * room)
        rows.append(Row(step.no, y, h))
        for col, text_lines, align, role in row_cells:
            cells.append(Cell(Rect(col.x, y, col.width, h), text_lines, align, role, step.no, False, size, lh, pad_x))
        lane = lane_cols.get(step.lane) or next(iter(lane_cols.values()))
        symbol_rect = Rect(lane.cx - sw / 2, y + (h - sh) / 2, sw, sh)
        symbols.append(Symbol(step.no, step.kind, shape, symbol_rect, lane.lane or ""))
        y += h
    height = y

    edges = flow_edges(sop)
    first_row: dict[int, int] = {}
    for idx, step in enumerate(sop.steps):
        first_row.setdefault(step.no, idx)
    nodes = [Node(idx, idx, s.shape, s.rect) for idx, s in enumerate(symbols)]
    specs = [edge_spec(e, first_row.get(e.from_step), first_row.get(e.to_step), style, measure) for e in edges]
    bands = [band_for(r.y, r.height, [s.rect for s in symbols[idx:idx + 1]], style) for idx, r in enumerate(rows)]
    routes = route_edges(bands, columns, nodes, specs, style, sizes)
    arrows = [to_arrow(e, r) for e, r in zip(edges, routes, strict=True) if r is not None]

    lines = grid_lines(columns, header_h, tier_h, [r.bottom for r in rows], height)
    return FlowLayout(
        width=columns[-1].right, height=height, header_height=header_h, header_tier_height=tier_h,
        columns=columns, rows=rows, cells=cells, lines=lines, symbols=symbols, arrows=arrows,
        edges=edges, lanes=tuple(lane_cols), style=style, measure=measure,
    )


def cell_text(step: Step, attr: str) -> str:
    """What a text cell of the step shows: Waktu in lower case, "—" without a time standard."""
    if attr == "time":
        return waktu_text(step.time)
    return str(getattr(step, attr) or "")


# -- pieces shared with pages.py -------------------------------------------------

def lanes_of(sop: Sop) -> list[str]:
    """The SOP's lanes, plus (at the end) any lane a step names that the list
    lacks, so an SOP still being edited draws instead of failing."""
    lanes = list(dict.fromkeys(sop.lanes))
    for s in sop.steps:
        if s.lane not in lanes:
            lanes.append(s.lane)
    return lanes


def shape_of(step: Step, index: int) -> str:
    if step.kind == "decision":
        return "decision"
    if index == 0 or step.kind in ("start", "end"):
        return "terminator"
    return "process"


def symbol_sizes(lane_width: float, style: LayoutStyle) -> dict[str, tuple[float, float]]:
    """(w, h) per shape. The diamond is wider than the rectangle but leaves
    room beside it for its "Tidak" exit inside the lane."""
    w = min(style.symbol_max_width, lane_width * style.symbol_width_ratio)
    room = 2 * (style.edge_clearance + style.stub + 2 * style.track_spacing)  # a few tracks for loops
    dw = max(w * 0.9, min(w * style.decision_width_factor, lane_width - room))
    return {
        "process": (w, style.process_height),
        "terminator": (w, style.terminator_height),
        "decision": (dw, style.decision_height),
    }


def flow_edges(sop: Sop) -> list[FlowEdge]:
    """Every exit of every step whose target exists, in step order."""
    numbers = {s.no for s in sop.steps}
    seen: set[int] = set()
    out: list[FlowEdge] = []
    for step in sop.steps:
        if step.no in seen:  # a duplicated number: its flow is the first one's
            continue
        seen.add(step.no)
        try:
            exits = sop.successors(step.no)
        except (KeyError, ValueError):
            continue
        for k, (target, label) in enumerate(exits):
            if target is None or target not in numbers:
                continue
            if step.kind == "decision":
                kind = "yes" if k == 0 else "no"
                out.append(FlowEdge(step.no, target, kind, label or None))
            else:
                out.append(FlowEdge(step.no, target, "next", None))
    return out


def edge_spec(e: FlowEdge, src: Hashable, dst: Hashable, style: LayoutStyle, measure: Measure,
              with_label: bool = True) -> EdgeSpec:
    size = None
    if e.label and with_label:
        size = (measure(e.label, style.label_font_size), style.line_height(style.label_font_size))
    return EdgeSpec(src, dst, e.kind, e.label if with_label else None, size)


def band_for(y: float, h: float, rects: Sequence[Rect], style: LayoutStyle) -> Band:
    """A band and the free strips above and below its symbols."""
    if rects:
        top = min(r.y for r in rects)
        bottom = max(r.bottom for r in rects)
    else:
        top = bottom = y + h / 2
    c = style.symbol_clearance
    e = style.edge_clearance
    return Band(y, h, (y + e, max(y + e, top - c)), (min(y + h - e, bottom + c), y + h - e))


# Routes of recent layouts by their geometry: the SOP editor lays the SOP out again at every
# keystroke, and a keystroke that changes no row height leaves every arrow where it was.
_ROUTES: dict[Hashable, list[Route | None]] = {}
_ROUTES_KEPT = 16
_ROUTES_LOCK = threading.Lock()   # the sheet is drawn on a worker thread while the screen lays out too


def route_edges(bands: Sequence[Band], columns: Sequence[Column], nodes: Sequence[Node],
                specs: Sequence[EdgeSpec], style: LayoutStyle,
                sizes: dict[str, tuple[float, float]]) -> list[Route | None]:
    lane_boxes = [(c.x, c.width) for c in columns if c.key == "lane"]
    half = sizes["process"][0] / 2
    key = (tuple((b.y, b.h, b.top_zone, b.bottom_zone) for b in bands), tuple(lane_boxes),
           tuple((n.key, n.band, n.shape, n.rect) for n in nodes),
           tuple((e.src, e.dst, e.kind, e.label, e.label_size) for e in specs), style, half)
    with _ROUTES_LOCK:
        routes = _ROUTES.get(key)
    if routes is None:
        routes = Router(bands, lane_boxes, nodes, style, half).route_all(specs)
        with _ROUTES_LOCK:
            if len(_ROUTES) >= _ROUTES_KEPT:
                _ROUTES.pop(next(iter(_ROUTES)))
            _ROUTES[key] = routes
    return list(routes)


def to_arrow(e: FlowEdge, r: Route, connector: str | None = None, half: str | None = None,
             label: bool = True) -> Arrow:
    rect = r.label_rect if label else None
    return Arrow(
        from_step=e.from_step, to_step=e.to_step, points=tuple(r.points),
        label=e.label if (label and e.label) else None,
        label_pos=rect.center if rect else None, kind=e.kind, label_rect=rect,
        connector=connector, half=half,
    )
