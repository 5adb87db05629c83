"""Orthogonal arrow routes through the swimlane grid.

The table gives every route a safe place to run: each band (row) holds its
symbol centred, so the strip above and below it (a *channel*) is free for
horizontal runs, and the strips beside the symbols inside each lane column (a
*gutter*) are free for vertical runs the whole height of the table. A route is
therefore a short leg out of the source (down from the bottom, or sideways from
a diamond's corner), a run along a channel and/or a gutter, and a short leg
into the target (down into its top, or sideways into its side for loops).

Candidate routes are scored: length and bends, plus heavy penalties for
passing through a symbol or running on top of an arrow already placed, and a
lighter one for crossing it. Parallel runs sit on separate *tracks* (a few
points apart) inside a channel or gutter, so they never overlap.
"""
from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from .model import Point, Rect
from .style import LayoutStyle

_HIT = 10_000.0  # through a symbol: only if nothing else exists
_OVERLAP = 2_000.0  # on top of another arrow's run
_TOUCH = 150.0  # ending on another arrow (reads as a junction)
_CROSS = 120.0
_BEND = 10.0
_LEFT_EXIT = 80.0  # "Tidak" leaves to the right unless that costs a crossing
_SIDE_FORWARD = 60.0  # forward flows come into the top (the sheet's down-across-down)
_CROWDED = 80.0  # landing beside another arrowhead
_EPS = 0.01
_TOL = 1.0  # parallel runs closer than this count as one


@dataclass
class Node:
    """A box arrows attach to: a step's symbol or an off-page connector."""

    key: Hashable
    band: int
    shape: str  # terminator | process | decision | connector_down | connector_up
    rect: Rect


@dataclass
class Band:
    """A horizontal slice of the table (a step row or a connector row)."""

    y: float
    h: float
    top_zone: tuple[float, float] = (0.0, 0.0)  # free y range above the symbols
    bottom_zone: tuple[float, float] = (0.0, 0.0)  # … and below them


@dataclass
class EdgeSpec:
    src: Hashable
    dst: Hashable
    kind: str  # next | yes | no
    label: str | None = None
    label_size: tuple[float, float] | None = None  # (w, h) of the label text


@dataclass
class Route:
    points: list[Point]
    label_rect: Rect | None = None


@dataclass
class _Leg:
    """The piece of a route at one end: its port on the node's border and how
    it leaves (exit) or arrives (entry)."""

    port: Point
    axis: str  # "v" | "h"
    sign: int  # direction of travel: +1 down/right, -1 up/left
    channel: list[float] = field(default_factory=list)  # y tracks next to a vertical port
    slot: tuple[Hashable, str, float] | None = None  # (node, side, offset) to reserve
    penalty: float = 0.0


_Best = tuple[float, list[Point], _Leg]  # (cost, points, entry leg) of the best route so far


@dataclass
class _Seg:
    x1: float
    y1: float
    x2: float
    y2: float

    @property
    def horizontal(self) -> bool:
        return abs(self.y1 - self.y2) < _EPS


def _seg(a: Point, b: Point) -> _Seg:
    return _Seg(min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]))


def tracks(lo: float, hi: float, spacing: float, limit: int = 7) -> list[float]:
    """Positions `spacing` apart inside [lo, hi], the middle one first."""
    mid = (lo + hi) / 2
    if hi - lo < spacing:
        return [mid]
    n = min(limit, int((hi - lo) / spacing) + 1)
    start = mid - (n - 1) * spacing / 2
    return sorted((start + i * spacing for i in range(n)), key=lambda p: (round(abs(p - mid), 3), p))


def interior_span(shape: str, r: Rect, horizontal: bool, at: float) -> tuple[float, float] | None:
    """The open interval a line at `at` (y for a horizontal line, x for a
    vertical one) spends inside the node, or None if it misses it."""
    if shape == "decision":
        hw, hh = r.w / 2, r.h / 2
        if hw <= 0 or hh <= 0:
            return None
        if horizontal:
            f = 1 - abs(at - r.cy) / hh
            return (r.cx - hw * f, r.cx + hw * f) if f > 0 else None
        f = 1 - abs(at - r.cx) / hw
        return (r.cy - hh * f, r.cy + hh * f) if f > 0 else None
    if horizontal:
        return (r.x, r.right) if r.y < at < r.bottom else None
    return (r.y, r.bottom) if r.x < at < r.right else None


def segment_hits(shape: str, r: Rect, a: Point, b: Point, eps: float = 0.25) -> bool:
    """Does the axis-aligned segment a-b pass through the node's interior?"""
    s = _seg(a, b)
    if s.horizontal:
        span = interior_span(shape, r, True, s.y1)
        lo, hi = s.x1, s.x2
    else:
        span = interior_span(shape, r, False, s.x1)
        lo, hi = s.y1, s.y2
    if span is None:
        return False
    return lo < span[1] - eps and hi > span[0] + eps


def border_point(shape: str, r: Rect, side: str, offset: float) -> Point:
    """Where a line reaching `side` of the node `offset` from the side's
    middle meets its border."""
    if side in ("top", "bottom"):
        x = r.cx + offset
        if shape == "decision":
            d = abs(offset) / (r.w / 2) * (r.h / 2) if r.w > 0 else 0.0
            return (x, r.y + d) if side == "top" else (x, r.bottom - d)
        return (x, r.y) if side == "top" else (x, r.bottom)
    y = r.cy + offset
    if shape == "decision":
        d = abs(offset) / (r.h / 2) * (r.w / 2) if r.h > 0 else 0.0
        return (r.x + d, y) if side == "left" else (r.right - d, y)
    return (r.x, y) if side == "left" else (r.right, y)


def _slots(shape: str, r: Rect, side: str) -> list[float]:
    """Offsets along a side where several arriving arrows may land apart."""
    if shape in ("connector_down", "connector_up"):
        pointed = (shape == "connector_down" and side == "bottom") or (shape == "connector_up" and side == "top")
        return [0.0] if pointed else [0.0, -4.0, 4.0]
    if side in ("top", "bottom"):
        if shape == "terminator":
            reach = r.w / 2 - r.h / 2 - 1
        elif shape == "decision":
            reach = r.w / 4
        else:
            reach = r.w / 2 - 4
        step = max(8.0, r.w / 6)
    else:
        if shape == "terminator":
            return [0.0]  # the capsule's ends are round: land on their tip
        reach = r.h / 4 if shape == "decision" else r.h / 2 - 4
        step = 5.0
    out = [0.0]
    k = 1
    while k * step <= reach:
        out += [-k * step, k * step]
        k += 1
    return out


class Router:
    def __init__(
        self,
        bands: Sequence[Band],
        lane_boxes: Sequence[tuple[float, float]],
        nodes: Sequence[Node],
        style: LayoutStyle,
        symbol_half_width: float,
    ) -> None:
        self.bands = list(bands)
        self.nodes = list(nodes)
        self.by_key = {n.key: n for n in self.nodes}
        self.style = style
        self.segs: list[_Seg] = []
        self.used_slots: dict[tuple[Hashable, str], set[float]] = {}
        self.reserved: dict[int, list[_Seg]] = {}
        s = style
        # gutters: the strips left and right of the symbols in every lane
        self.gutters: list[list[float]] = []
        for x, w in lane_boxes:
            cx = x + w / 2
            inner = symbol_half_width + s.symbol_clearance
            for lo, hi in ((x + s.edge_clearance, cx - inner), (cx + inner, x + w - s.edge_clearance)):
                if hi < lo:  # a lane too narrow for its margin: the middle of what there is
                    lo = hi = (lo + hi) / 2
                self.gutters.append(tracks(lo, hi, max(2.0, s.track_spacing - 0.5, (hi - lo) / 8), limit=9))
        self.top_tracks = [tracks(*b.top_zone, s.track_spacing) for b in self.bands]
        self.bottom_tracks = [tracks(*b.bottom_zone, s.track_spacing) for b in self.bands]

    # -- public -----------------------------------------------------------
    def route_all(self, edges: Sequence[EdgeSpec]) -> list[Route | None]:
        """Route every edge (None where an end is missing), main flow first so
        that it gets the straightest runs; then place the labels."""
        order = sorted(range(len(edges)), key=lambda i: self._priority(edges[i], i))
        routes: list[Route | None] = [None] * len(edges)
        # Keep the way out of every vertical port clear until its own edge is
        # routed: another route passing just under a connector's tip (or a
        # symbol's bottom) would leave that exit nowhere to go.
        self.reserved = {i: self._stubs(e) for i, e in enumerate(edges)
                         if e.src in self.by_key and e.dst in self.by_key}
        for e in edges:  # a diamond's side corners are kept for its own "Tidak" exit
            node = self.by_key.get(e.src)
            if e.kind == "no" and node is not None and node.shape == "decision":
                for side in ("left", "right"):
                    self.used_slots.setdefault((node.key, side), set()).add(0.0)
        for i in order:
            e = edges[i]
            if i in self.reserved:
                self.reserved.pop(i)
                routes[i] = Route(self._route(e))
        placed: list[Rect] = []
        for i, e in enumerate(edges):
            r = routes[i]
            if r is not None and e.label and e.label_size:
                r.label_rect = self._place_label(r.points, e.label_size, placed)
                placed.append(r.label_rect)
        return routes

    # -- ordering ---------------------------------------------------------
    def _priority(self, e: EdgeSpec, i: int) -> tuple[int, int, int, int]:
        if e.src not in self.by_key or e.dst not in self.by_key:
            return (9, 0, 0, i)
        a, b = self.by_key[e.src].band, self.by_key[e.dst].band
        if b == a + 1:
            cat = 0
        elif b > a:
            cat = 1
        elif b < a:
            cat = 2
        else:
            cat = 3
        return (cat, abs(b - a), a, i)

    # -- legs ---------------------------------------------------------------
    def _free_slot(self, node: Node, side: str) -> tuple[float, float]:
        """(offset, penalty): the middle of the side if free, else the next
        free place beside it, else the middle again (arrows merge there)."""
        used = self.used_slots.get((node.key, side), set())
        for off in _slots(node.shape, node.rect, side):
            if off not in used:
                return off, (_CROWDED if off else 0.0)
        return 0.0, _CROWDED

    def _exit_legs(self, e: EdgeSpec, s: Node) -> list[_Leg]:
        b = s.band
        if s.shape == "connector_up":  # a resumed loop-back leaves upward from the tip
            return [_Leg(border_point(s.shape, s.rect, "top", 0), "v", -1, self.top_tracks[b])]
        if e.kind == "no" and s.shape == "decision":
            # "Tidak" leaves from a side corner; right is the convention
            return [_Leg(border_point(s.shape, s.rect, "right", 0), "h", 1),
                    _Leg(border_point(s.shape, s.rect, "left", 0), "h", -1, penalty=_LEFT_EXIT)]
        return [_Leg(border_point(s.shape, s.rect, "bottom", 0), "v", 1, self.bottom_tracks[b])]

    def _entry_legs(self, s: Node, d: Node) -> list[_Leg]:
        b = d.band
        if d.shape == "connector_up":  # a loop-back leaving the page enters the flat bottom
            off, crowded = self._free_slot(d, "bottom")
            return [_Leg(border_point(d.shape, d.rect, "bottom", off), "v", -1, self.bottom_tracks[b],
                         (d.key, "bottom", off), crowded)]
        legs = []
        forward = d.band > s.band or d.band == s.band or d.shape == "connector_down"
        if forward:
            off, crowded = self._free_slot(d, "top")
            # a second arrowhead beside the first reads badly: prefer the side then
            legs.append(_Leg(border_point(d.shape, d.rect, "top", off), "v", 1, self.top_tracks[b],
                             (d.key, "top", off), crowded))
            if d.shape == "connector_down" or d.band == s.band:
                return legs
        # loop back (or a forward jump whose top is taken): into a side, from a gutter
        for side, sign in (("right", -1), ("left", 1)):
            off, crowded = self._free_slot(d, side)
            legs.append(_Leg(border_point(d.shape, d.rect, side, off), "h", sign, slot=(d.key, side, off),
                             penalty=(_SIDE_FORWARD if forward else 0.0) + crowded))
        return legs

    # -- candidates -----------------------------------------------------------
    def _route(self, e: EdgeSpec) -> list[Point]:
        s, d = self.by_key[e.src], self.by_key[e.dst]
        exits, entries = self._exit_legs(e, s), self._entry_legs(s, d)
        best: _Best | None = None
        for ex in exits:
            for en in entries:
                for pts, extra in self._direct(ex, en):
                    best = self._better(best, pts, ex.penalty + en.penalty + extra, en)
        if best is None or best[0] - self._base_cost(best[1]) >= _CROSS:
            for ex in exits:
                for en in entries:
                    for pts in self._via_gutters(ex, en):
                        best = self._better(best, pts, ex.penalty + en.penalty, en)
        if best is None:  # cannot happen with sane geometry; keep the drawing anyway
            ex, en = exits[0], entries[0]
            pts = _simplify([ex.port, (ex.port[0], en.port[1]), en.port]) or [ex.port, en.port]
            best = (0.0, pts, en)
        _, pts, en = best
        for a, b in pairwise(pts):
            self.segs.append(_seg(a, b))
        if en.slot:
            key, side, off = en.slot
            self.used_slots.setdefault((key, side), set()).add(off)
        return pts

    def _better(self, best: _Best | None, pts: list[Point], extra: float, en: _Leg) -> _Best | None:
        simple = _simplify(pts)
        if simple is None:
            return best
        cost = self._cost(simple) + extra
        if best is None or cost < best[0] - 1e-6:
            return (cost, simple, en)
        return best

    def _direct(self, ex: _Leg, en: _Leg) -> Iterator[tuple[list[Point], float]]:
        (x0, y0), (x1, y1) = ex.port, en.port
        if ex.axis == "v" and en.axis == "v":
            if abs(x0 - x1) < 0.5 and ex.sign == en.sign and (y1 - y0) * ex.sign > 0:
                yield [ex.port, en.port], 0.0
            lo, hi = min(x0, x1), max(x0, x1)
            for extra, chan in ((0.0, ex.channel), (1.0, en.channel)):
                y = self._free(chan, True, lo, hi)
                if y is not None and (y - y0) * ex.sign > 0.5 and (y1 - y) * en.sign > 0.5:
                    yield [ex.port, (x0, y), (x1, y), en.port], extra
        elif ex.axis == "h" and en.axis == "v":
            if (x1 - x0) * ex.sign >= self.style.stub and (y1 - y0) * en.sign > 0.5:
                yield [ex.port, (x1, y0), en.port], 0.0
        elif (ex.axis == "v" and en.axis == "h"
              and (y1 - y0) * ex.sign > 0.5 and (x1 - x0) * en.sign >= self.style.entry_stub):
            yield [ex.port, (x0, y1), en.port], 0.0

    def _via_gutters(self, ex: _Leg, en: _Leg) -> Iterator[list[Point]]:
        (x0, y0), (x1, y1) = ex.port, en.port
        stub = self.style.stub
        for gutter in self.gutters:
            # only tracks the side legs can reach with a proper stub
            usable = [g for g in gutter
                      if (ex.axis == "v" or (g - x0) * ex.sign >= stub)
                      and (en.axis == "v" or (x1 - g) * en.sign >= self.style.entry_stub)]
            # the first leg's end y and the last leg's start y, to size the gutter run
            ya = (ex.channel[0] if ex.channel else y0) if ex.axis == "v" else y0
            yb = (en.channel[0] if en.channel else y1) if en.axis == "v" else y1
            g = self._free(usable, False, min(ya, yb), max(ya, yb))
            if g is None:
                continue
            if ex.axis == "v":
                y_out = self._free(ex.channel, True, min(x0, g), max(x0, g))
                if y_out is None or (y_out - y0) * ex.sign <= 0.5:
                    continue
                first = [ex.port, (x0, y_out), (g, y_out)]
            else:
                if (g - x0) * ex.sign < self.style.stub:
                    continue
                first = [ex.port, (g, y0)]
            if en.axis == "v":
                y_in = self._free(en.channel, True, min(x1, g), max(x1, g))
                if y_in is None or (y1 - y_in) * en.sign <= 0.5:
                    continue
                last = [(g, y_in), (x1, y_in), en.port]
            else:
                if (x1 - g) * en.sign < self.style.entry_stub:
                    continue
                last = [(g, y1), en.port]
            yield first + last

    def _free(self, values: list[float], horizontal: bool, lo: float, hi: float) -> float | None:
        """The first track not already carrying a parallel run over [lo, hi]."""
        if not values:
            return None
        for v in values:
            if not any(
                s.horizontal == horizontal
                and abs((s.y1 if horizontal else s.x1) - v) < _TOL
                and min(hi, s.x2 if horizontal else s.y2) - max(lo, s.x1 if horizontal else s.y1) > -_TOL
                for s in self.segs
            ):
                return v
        return values[0]

    # -- scoring ------------------------------------------------------------------
    @staticmethod
    def _base_cost(pts: list[Point]) -> float:
        length = sum(abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in pairwise(pts))
        return length + _BEND * (len(pts) - 2)

    def _cost(self, pts: list[Point]) -> float:
        cost = self._base_cost(pts)
        stubs = [stub for pair in self.reserved.values() for stub in pair]
        for a, b in pairwise(pts):
            for n in self.nodes:
                if segment_hits(n.shape, n.rect, a, b):
                    cost += _HIT
            s = _seg(a, b)
            for o in self.segs:
                cost += _relation(s, o)
            for o in stubs:
                cost += _relation(s, o) / 2
        return cost

    def _stubs(self, e: EdgeSpec) -> list[_Seg]:
        """The runs an edge will need next to ports known in advance: out of a
        vertical exit, and into a connector, each across its channel."""
        out = []
        s = self.by_key[e.src]
        leg = self._exit_legs(e, s)[0]
        if leg.axis == "v":
            band = self.bands[s.band]
            far = band.bottom_zone[1] if leg.sign > 0 else band.top_zone[0]
            out.append(_seg(leg.port, (leg.port[0], far)))
        d = self.by_key[e.dst]
        if d.shape in ("connector_down", "connector_up"):
            band = self.bands[d.band]
            if d.shape == "connector_down":
                out.append(_seg((d.rect.cx, band.top_zone[0]), (d.rect.cx, d.rect.y)))
            else:
                out.append(_seg((d.rect.cx, d.rect.bottom), (d.rect.cx, band.bottom_zone[1])))
        return out

    # -- labels ---------------------------------------------------------------------
    def _place_label(self, pts: list[Point], size: tuple[float, float], placed: list[Rect]) -> Rect:
        """Beside the first run out of the decision, on the side away from
        where the route turns, clear of symbols, other runs and labels."""
        w, h = size
        (px, py), (qx, qy) = pts[0], pts[1]
        turn = (pts[2][0] - qx, pts[2][1] - qy) if len(pts) > 2 else (0.0, 0.0)
        cands: list[Rect] = []
        if abs(qx - px) < _EPS:  # leaves vertically
            down = qy > py
            top = py + 1 if down else py - 1 - h
            left, right = Rect(px - 2 - w, top, w, h), Rect(px + 2, top, w, h)
            first = [right, left] if turn[0] < 0 else [left, right]
            further = [r.moved(0, (h + 2) * (1 if down else -1)) for r in first]
            cands = first + further
        else:
            sign = 1 if qx > px else -1
            x = px + 2 if sign > 0 else px - 2 - w
            below, above = Rect(x, py + 1.5, w, h), Rect(x, py - 1.5 - h, w, h)
            first = [above, below] if turn[1] > 0 else [below, above]
            further = [r.moved(sign * (w / 2 + 4), 0) for r in first]
            cands = first + further
        best, best_score = cands[0], None
        for rank, c in enumerate(cands):
            score = rank * 1.0
            score += 100 * sum(1 for n in self.nodes if c.intersects(n.rect))
            score += 100 * sum(1 for s in self.segs if _rect_meets_seg(c, s))
            score += 50 * sum(1 for o in placed if c.intersects(o))
            if best_score is None or score < best_score:
                best, best_score = c, score
        return best


def _relation(s: _Seg, o: _Seg) -> float:
    """Penalty for a new run `s` against an existing run `o`."""
    if s.horizontal == o.horizontal:
        if s.horizontal:
            if abs(s.y1 - o.y1) < _TOL and min(s.x2, o.x2) - max(s.x1, o.x1) > 0.5:
                return _OVERLAP
        elif abs(s.x1 - o.x1) < _TOL and min(s.y2, o.y2) - max(s.y1, o.y1) > 0.5:
            return _OVERLAP
        return 0.0
    h, v = (s, o) if s.horizontal else (o, s)
    x, y = v.x1, h.y1
    e = 0.5
    if h.x1 - e <= x <= h.x2 + e and v.y1 - e <= y <= v.y2 + e:
        if h.x1 + e < x < h.x2 - e and v.y1 + e < y < v.y2 - e:
            return _CROSS
        return _TOUCH
    return 0.0


def _rect_meets_seg(r: Rect, s: _Seg) -> bool:
    if s.horizontal:
        return r.y < s.y1 < r.bottom and s.x1 < r.right and s.x2 > r.x
    return r.x < s.x1 < r.right and s.y1 < r.bottom and s.y2 > r.y


def _simplify(pts: list[Point]) -> list[Point] | None:
    """Drop repeated and collinear points; None if the path doubles back on
    itself (it would run over its own track)."""
    out: list[Point] = []
    for p in pts:
        if out and abs(p[0] - out[-1][0]) < _EPS and abs(p[1] - out[-1][1]) < _EPS:
            continue
        out.append(p)
    i = 1
    while i < len(out) - 1:
        a, b, c = out[i - 1], out[i], out[i + 1]
        if ((abs(a[0] - b[0]) < _EPS and abs(b[0] - c[0]) < _EPS)
                or (abs(a[1] - b[1]) < _EPS and abs(b[1] - c[1]) < _EPS)):
            # collinear: fine if b lies between a and c, a reversal otherwise
            if (b[0] - a[0]) * (c[0] - b[0]) < 0 or (b[1] - a[1]) * (c[1] - b[1]) < 0:
                return None
            del out[i]
            continue
        if abs(a[0] - b[0]) > _EPS and abs(a[1] - b[1]) > _EPS:
            return None  # not orthogonal
        i += 1
    if len(out) < 2:
        return None
    for a, b in pairwise(out):
        if abs(a[0] - b[0]) > _EPS and abs(a[1] - b[1]) > _EPS:
            return None
    return out
