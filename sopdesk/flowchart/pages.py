"""Cutting a FlowLayout into pages of a given height.

Rows are never split. The header repeats at the top of each page. An arrow
whose ends land on different pages is drawn as two halves joined by a pair of
lettered off-page connectors (pentagons): forward flows leave at the foot of
one page and resume at the head of a later one; loop-backs leave at the head
and resume at the foot of an earlier one. Each page is routed on its own, so
a half never wanders across rows that are not on its page.
"""
from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from .layout import band_for, edge_spec, route_edges, symbol_sizes, to_arrow
from .model import Arrow, Column, Connector, FlowEdge, FlowLayout, Page, Rect, Row
from .routing import EdgeSpec, Node
from .table import grid_lines
from .text import approx_measure

_SLACK = 1e-6


@dataclass
class _Cut:
    """One end of a cut arrow on one page."""

    edge: int  # index into layout.edges
    page: int
    where: str  # "head" | "foot"
    direction: str  # "out" | "in"
    points_down: bool
    lane: str
    letter: str = ""
    rect: Rect | None = None  # set by _place

    @property
    def placed(self) -> Rect:
        assert self.rect is not None, "a cut is placed before it is drawn"
        return self.rect


def paginate(
    layout: FlowLayout,
    page_height: float,
    *,
    header_repeat: bool = True,
    first_page_height: float | None = None,
    last_page_reserve: float = 0.0,
    balance: bool = False,
) -> list[Page]:
    """Split `layout` into pages whose tables are at most `page_height` tall
    (`first_page_height` for the first, when the sheet's first flowchart page
    has less room). A row taller than a page gets a page to itself and
    overflows it (Page.overflows) rather than being cut.

    `last_page_reserve`: room to keep free under the table on the last page
    (the approval signature, which must not stand alone on a page of its own:
    the last rows go with it instead). `balance`: cut evenly, with as few pages
    as filling each one would take but none fuller than needed, so the last
    page does not end up with one step alone when a better cut exists."""
    rows = layout.rows
    first_idx: dict[int, int] = {}
    for i, r in enumerate(rows):
        first_idx.setdefault(r.step_no, i)
    links = [(k, first_idx[e.from_step], first_idx[e.to_step]) for k, e in enumerate(layout.edges)
             if e.from_step in first_idx and e.to_step in first_idx]

    ranges = _split(layout, page_height, first_page_height, header_repeat, links, last_page_reserve)
    if balance and len(ranges) > 1:
        ranges = _balanced(layout, page_height, first_page_height, header_repeat, links, last_page_reserve,
                           len(ranges))
    caps = [first_page_height if (p == 0 and first_page_height is not None) else page_height
            for p in range(len(ranges))]
    page_of = {i: p for p, (a, b) in enumerate(ranges) for i in range(a, b)}

    cuts: list[_Cut] = []
    for k, s, d in links:
        sp, dp = page_of[s], page_of[d]
        if sp == dp:
            continue
        forward = dp > sp
        src_lane = layout.symbols[s].lane
        dst_lane = layout.symbols[d].lane
        cuts.append(_Cut(k, sp, "foot" if forward else "head", "out", forward, src_lane))
        cuts.append(_Cut(k, dp, "head" if forward else "foot", "in", forward, dst_lane))
    _letter(cuts, layout)

    return [_page(layout, p, a, b, caps[p], cuts, links, header_repeat) for p, (a, b) in enumerate(ranges)]


def _balanced(layout: FlowLayout, page_height: float, first_page_height: float | None, header_repeat: bool,
              links: list[tuple[int, int, int]], reserve: float, pages: int) -> list[tuple[int, int]]:
    """The cut into as few pages as greedy filling needs (`pages`) whose heights are as even as
    they can be: the least sum of squared page heights (the last page's counting the reserve).

    One pass over the rows (the best cut of the first j rows, for each j), each page at most as
    many rows as fit one; a row taller than a page still gets a page of its own."""
    rows = layout.rows
    n = len(rows)
    conn_h = layout.style.connector_row_height
    tops = [0.0]
    for r in rows:
        tops.append(tops[-1] + r.height)

    def needs(i: int, j: int) -> int:   # rows i..j-1
        head = foot = False
        for _k, a, b in links:
            inside_a, inside_b = i <= a < j, i <= b < j
            head = head or (inside_b and a < i) or (inside_a and b < i)
            foot = foot or (inside_a and b >= j) or (inside_b and a >= j)
            if head and foot:
                break
        return int(head) + int(foot)

    inf = (n + 1, float("inf"))
    best: list[tuple[int, float]] = [(0, 0.0)] + [inf] * n
    cut_from = [0] * (n + 1)
    for j in range(1, n + 1):
        for i in range(j - 1, -1, -1):
            cap = first_page_height if (i == 0 and first_page_height is not None) else page_height
            header = layout.header_height if (i == 0 or header_repeat) else 0.0
            body = tops[j] - tops[i]
            if header + body > cap + _SLACK and j - i > 1:
                break   # starting earlier only makes the page taller
            if best[i] == inf:
                continue
            height = header + body + conn_h * needs(i, j) + (reserve if j == n else 0.0)
            if height > cap + _SLACK and j - i > 1:
                continue
            score = (best[i][0] + 1, best[i][1] + height * height)
            if score < best[j]:
                best[j], cut_from[j] = score, i
    if best[n][0] > pages:
        return _split(layout, page_height, first_page_height, header_repeat, links, reserve)
    ranges = []
    j = n
    while j > 0:
        ranges.append((cut_from[j], j))
        j = cut_from[j]
    return ranges[::-1]


def _split(layout: FlowLayout, page_height: float, first_page_height: float | None,
           header_repeat: bool, links: list[tuple[int, int, int]], reserve: float = 0.0) -> list[tuple[int, int]]:
    """Greedy: each page takes as many rows as fit `page_height`; the page with the last row
    also keeps `reserve` free under it (else the last row goes on to the next page)."""
    rows = layout.rows
    conn_h = layout.style.connector_row_height
    if not rows:
        return [(0, 0)]

    def needs(i: int, j: int) -> int:
        head = any((i <= d <= j and s < i) or (i <= s <= j and d < i) for _, s, d in links)
        foot = any((i <= s <= j and d > j) or (i <= d <= j and s > j) for _, s, d in links)
        return int(head) + int(foot)

    ranges: list[tuple[int, int]] = []
    i = 0
    while i < len(rows):
        p = len(ranges)
        cap = first_page_height if (p == 0 and first_page_height is not None) else page_height
        header = layout.header_height if (p == 0 or header_repeat) else 0.0
        end = i + 1  # a page always takes at least one row
        body = 0.0
        for j in range(i, len(rows)):
            body += rows[j].height
            if header + body > cap + _SLACK:
                break
            used = header + body + conn_h * needs(i, j)
            if used + (reserve if j == len(rows) - 1 else 0.0) <= cap + _SLACK:
                end = j + 1
        ranges.append((i, end))
        i = end
    return ranges


def _letter(cuts: list[_Cut], layout: FlowLayout) -> None:
    """A, B, C… in reading order: by page, head before foot, left to right."""
    lane_order = {lane: n for n, lane in enumerate(layout.lanes)}
    letters: dict[int, str] = {}
    for c in sorted(cuts, key=lambda c: (c.page, c.where != "head", lane_order.get(c.lane, 0), c.edge)):
        if c.edge not in letters:
            letters[c.edge] = _letter_name(len(letters))
        c.letter = letters[c.edge]


def _letter_name(n: int) -> str:
    name = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        name = chr(65 + rem) + name
    return name


def _page(layout: FlowLayout, p: int, a: int, b: int, cap: float, cuts: list[_Cut],
          links: list[tuple[int, int, int]], header_repeat: bool) -> Page:
    style = layout.style
    show_header = p == 0 or header_repeat
    header_h = layout.header_height if show_header else 0.0
    tier_h = layout.header_tier_height if show_header else 0.0
    lane_col = {c.lane: c for c in layout.columns if c.key == "lane" and c.lane is not None}
    conn_h = style.connector_row_height
    mine = [c for c in cuts if c.page == p]
    head = [c for c in mine if c.where == "head"]
    foot = [c for c in mine if c.where == "foot"]

    bands = []
    nodes: list[Node] = []
    y = header_h
    if head:
        _place(head, y, conn_h, lane_col, layout)
        bands.append(band_for(y, conn_h, [c.placed for c in head], style))
        y += conn_h
    row_boxes: list[Row] = []
    y_offset: dict[int, float] = {}
    symbols = []
    cells = [c for c in layout.cells if c.role == "header"] if show_header else []
    band_of: dict[Hashable, int] = {}
    for i in range(a, b):
        r = layout.rows[i]
        dy = y - r.y
        y_offset.setdefault(r.step_no, dy)
        row_boxes.append(Row(r.step_no, y, r.height))
        sym = layout.symbols[i].moved(dy)
        symbols.append(sym)
        cells += [c.moved(dy) for c in layout.cells if c.step_no == r.step_no and c.role != "header"
                  and c.rect.y == r.y]
        band_of[i] = len(bands)
        nodes.append(Node(i, len(bands), sym.shape, sym.rect))
        bands.append(band_for(y, r.height, [sym.rect], style))
        y += r.height
    if foot:
        _place(foot, y, conn_h, lane_col, layout)
        bands.append(band_for(y, conn_h, [c.placed for c in foot], style))
        y += conn_h
    head_band, foot_band = 0, len(bands) - 1
    for c in mine:
        nodes.append(Node(("c", c.edge, c.direction), head_band if c.where == "head" else foot_band,
                          "connector_down" if c.points_down else "connector_up", c.placed))
    height = y

    # what to route on this page: whole arrows, and halves ending or starting at a connector
    measure = layout.measure or approx_measure
    edges: list[FlowEdge] = []
    specs: list[EdgeSpec] = []
    meta: list[tuple[str | None, str | None, bool]] = []
    on_page = set(range(a, b))
    for k, s, d in links:
        e = layout.edges[k]
        if s in on_page and d in on_page:
            edges.append(e)
            specs.append(edge_spec(e, s, d, style, measure))
            meta.append((None, None, True))
    for c in mine:
        e = layout.edges[c.edge]
        _, s, d = next(link for link in links if link[0] == c.edge)
        edges.append(e)
        if c.direction == "out":
            specs.append(edge_spec(e, s, ("c", c.edge, "out"), style, measure))
            meta.append((c.letter, "out", True))
        else:
            specs.append(edge_spec(e, ("c", c.edge, "in"), d, style, measure, with_label=False))
            meta.append((c.letter, "in", False))
    sizes = symbol_sizes(next(iter(lane_col.values())).width, style)
    routes = route_edges(bands, layout.columns, nodes, specs, style, sizes)
    arrows: list[Arrow] = [to_arrow(e, r, letter, half, label)
                           for e, r, (letter, half, label) in zip(edges, routes, meta, strict=True) if r is not None]

    connectors = [Connector(c.letter, c.placed, p, c.direction, c.points_down, c.lane,
                            layout.edges[c.edge].from_step, layout.edges[c.edge].to_step)
                  for c in sorted(mine, key=lambda c: (c.where != "head", c.placed.x))]
    band_bottoms = [bd.y + bd.h for bd in bands]
    lines = grid_lines(layout.columns, header_h, tier_h, band_bottoms, height)
    return Page(
        index=p, rows=[r.step_no for r in row_boxes], y_offset=y_offset, width=layout.width,
        height=height, header_height=header_h, columns=list(layout.columns), row_boxes=row_boxes,
        cells=cells, lines=lines, symbols=symbols, arrows=arrows, connectors=connectors,
        overflows=height > cap + _SLACK,
    )


def _place(cuts: list[_Cut], y: float, h: float, lane_col: dict[str, Column], layout: FlowLayout) -> None:
    """Connectors sit in their lane, centred in the connector row. Several in
    one lane stand side by side: the one carrying the main (downward) flow in
    the middle, right over or under its step, the others alternating right
    and left of it."""
    style = layout.style
    w, ch = style.connector_width, style.connector_height
    gap = 4.0
    default = next(iter(lane_col.values()))
    groups: dict[str, list[_Cut]] = {}
    for c in sorted(cuts, key=lambda c: (not c.points_down, c.edge)):
        groups.setdefault(c.lane, []).append(c)
    for lane, group in groups.items():
        col = lane_col.get(lane, default)
        for k, c in enumerate(group):
            shift = (k + 1) // 2 * (1 if k % 2 else -1)  # 0, +1, -1, +2, …
            c.rect = Rect(col.cx - w / 2 + shift * (w + gap), y + (h - ch) / 2, w, ch)
