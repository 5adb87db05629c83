"""What a painter draws: the flowchart table as plain geometry.

Units are points (1/72 inch); the origin is the top-left corner of the table;
y grows downward (a ReportLab painter flips it: pdf_y = top - y).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .style import LayoutStyle

Point = tuple[float, float]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    @property
    def center(self) -> Point:
        return (self.cx, self.cy)

    def moved(self, dx: float = 0.0, dy: float = 0.0) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.w, self.h)

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def intersects(self, other: Rect) -> bool:
        """True when the interiors overlap (touching edges do not count)."""
        return (self.x < other.right and other.x < self.right
                and self.y < other.bottom and other.y < self.bottom)


@dataclass(frozen=True)
class Column:
    """One column of the table. `key` is what it holds: "no", "activity",
    "lane", "requirements", "time", "output", "note" or "extra:<name>"."""

    key: str
    name: str  # the title shown in the header (the lane name for lane columns)
    x: float
    width: float
    lane: str | None = None

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def cx(self) -> float:
        return self.x + self.width / 2


@dataclass(frozen=True)
class Row:
    """The band of the table holding one step."""

    step_no: int
    y: float
    height: float

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class Cell:
    """A text cell. `text_lines` are already wrapped to fit `rect` minus the
    padding; draw them as a block centred vertically in the cell, each line in
    its box from `line_boxes()` (left-aligned or centred per `align`)."""

    rect: Rect
    text_lines: tuple[str, ...]
    align: str  # "left" | "center"
    role: str  # "header" | "no" | "activity" | "requirements" | "time" | "output" | "note" | "extra:<name>"
    step_no: int | None
    bold: bool
    size: float  # font size the lines were wrapped for
    line_height: float
    padding_x: float = 4.0

    def line_boxes(self) -> list[tuple[Rect, str]]:
        """One box per line, full inner width, `line_height` tall, the block
        centred vertically; draw each line vertically centred in its box."""
        block = len(self.text_lines) * self.line_height
        top = self.rect.y + (self.rect.h - block) / 2
        inner_x = self.rect.x + self.padding_x
        inner_w = max(0.0, self.rect.w - 2 * self.padding_x)
        return [(Rect(inner_x, top + i * self.line_height, inner_w, self.line_height), line)
                for i, line in enumerate(self.text_lines)]

    def moved(self, dy: float) -> Cell:
        return replace(self, rect=self.rect.moved(0, dy))


@dataclass(frozen=True)
class Line:
    """A ruling of the table. kind "border" is the outer frame, "grid" the rest."""

    x1: float
    y1: float
    x2: float
    y2: float
    kind: str = "grid"


def diamond_outline(r: Rect) -> list[Point]:
    return [(r.cx, r.y), (r.right, r.cy), (r.cx, r.bottom), (r.x, r.cy)]


def pentagon_outline(r: Rect, points_down: bool) -> list[Point]:
    """The off-page connector: a box with one pointed end (40% of its height)."""
    tip = r.h * 0.4
    if points_down:
        return [(r.x, r.y), (r.right, r.y), (r.right, r.bottom - tip), (r.cx, r.bottom), (r.x, r.bottom - tip)]
    return [(r.cx, r.y), (r.right, r.y + tip), (r.right, r.bottom), (r.x, r.bottom), (r.x, r.y + tip)]


@dataclass(frozen=True)
class Symbol:
    """A step's flowchart symbol. No text goes inside it (as on the sheet).

    shape "terminator": a capsule, corner radius = rect.h / 2;
    "process": the rectangle; "decision": the diamond with its corners at the
    middles of the rect's sides (see `outline()`).
    """

    step_no: int
    kind: str  # the step's kind: start | process | decision | end
    shape: str  # terminator | process | decision
    rect: Rect
    lane: str = ""

    @property
    def radius(self) -> float:
        return self.rect.h / 2 if self.shape == "terminator" else 0.0

    def outline(self) -> list[Point]:
        """Polygon for "decision" and "process"; the bounding box for the capsule."""
        if self.shape == "decision":
            return diamond_outline(self.rect)
        r = self.rect
        return [(r.x, r.y), (r.right, r.y), (r.right, r.bottom), (r.x, r.bottom)]

    def contains(self, x: float, y: float) -> bool:
        """Hit test (for clicks on screen)."""
        r = self.rect
        if self.shape == "decision":
            if r.w <= 0 or r.h <= 0:
                return False
            return abs(x - r.cx) / (r.w / 2) + abs(y - r.cy) / (r.h / 2) <= 1.0
        return r.contains(x, y)

    def moved(self, dy: float) -> Symbol:
        return replace(self, rect=self.rect.moved(0, dy))


@dataclass(frozen=True)
class Connector:
    """Off-page connector (pentagon). A pair with the same letter joins a flow
    across a page break: "out" where the flow leaves a page, "in" where it
    resumes. Forward flows leave at the foot of a page and resume at the head
    of a later one (points_down=True); loop-backs leave at the head and
    resume at the foot of an earlier page (points_down=False)."""

    letter: str
    rect: Rect
    page_index: int
    direction: str  # "out" | "in"
    points_down: bool
    lane: str = ""
    from_step: int = 0
    to_step: int = 0

    def outline(self) -> list[Point]:
        return pentagon_outline(self.rect, self.points_down)

    @property
    def text_pos(self) -> Point:
        """Centre of the letter: the middle of the box part (not the tip)."""
        r = self.rect
        tip = r.h * 0.4
        return (r.cx, r.y + (r.h - tip) / 2) if self.points_down else (r.cx, r.y + tip + (r.h - tip) / 2)


@dataclass(frozen=True)
class Arrow:
    """An orthogonal connector line. `points[0]` lies on the source symbol's
    border, `points[-1]` on the target's border: draw the arrowhead there,
    pointing along the last segment. Decision exits carry their label; draw it
    centred on `label_pos` (the centre of `label_rect`)."""

    from_step: int
    to_step: int
    points: tuple[Point, ...]
    label: str | None
    label_pos: Point | None
    kind: str  # "next" | "yes" | "no"
    label_rect: Rect | None = None
    connector: str | None = None  # letter, when this is half of an arrow cut by a page break
    half: str | None = None  # "out" (ends at a connector) | "in" (starts at one) | None

    @property
    def head_direction(self) -> Point:
        """Unit vector of the last segment: where the arrowhead points."""
        (x1, y1), (x2, y2) = self.points[-2], self.points[-1]
        dx, dy = x2 - x1, y2 - y1
        if abs(dx) >= abs(dy):
            return (1.0 if dx > 0 else -1.0, 0.0)
        return (0.0, 1.0 if dy > 0 else -1.0)

    def moved(self, dy: float) -> Arrow:
        return replace(
            self,
            points=tuple((x, y + dy) for x, y in self.points),
            label_pos=None if self.label_pos is None else (self.label_pos[0], self.label_pos[1] + dy),
            label_rect=None if self.label_rect is None else self.label_rect.moved(0, dy),
        )


@dataclass(frozen=True)
class FlowEdge:
    """One exit of a step, as the SOP defines it (before routing)."""

    from_step: int
    to_step: int
    kind: str  # "next" | "yes" | "no"
    label: str | None


@dataclass
class FlowLayout:
    width: float
    height: float
    header_height: float
    header_tier_height: float  # height of the top header tier ("Pelaksana", "Mutu Baku")
    columns: list[Column]
    rows: list[Row]
    cells: list[Cell]
    lines: list[Line]
    symbols: list[Symbol]
    arrows: list[Arrow]
    edges: list[FlowEdge]
    lanes: tuple[str, ...]
    style: LayoutStyle  # the style used: font sizes for the painters
    measure: Callable[[str, float], float] | None = field(default=None, repr=False, compare=False)

    def symbol_for(self, step_no: int) -> Symbol | None:
        return next((s for s in self.symbols if s.step_no == step_no), None)

    def row_for(self, step_no: int) -> Row | None:
        return next((r for r in self.rows if r.step_no == step_no), None)

    def column(self, key: str) -> Column | None:
        return next((c for c in self.columns if c.key == key), None)

    def lane_column(self, lane: str) -> Column | None:
        return next((c for c in self.columns if c.key == "lane" and c.lane == lane), None)

    def lane_x(self, lane: str) -> float | None:
        """Left edge of the lane's column."""
        c = self.lane_column(lane)
        return None if c is None else c.x

    def lane_center(self, lane: str) -> float | None:
        c = self.lane_column(lane)
        return None if c is None else c.cx

    def cells_for(self, step_no: int) -> list[Cell]:
        return [c for c in self.cells if c.step_no == step_no]

    def arrows_from(self, step_no: int) -> list[Arrow]:
        return [a for a in self.arrows if a.from_step == step_no]

    def arrows_to(self, step_no: int) -> list[Arrow]:
        return [a for a in self.arrows if a.to_step == step_no]

    @property
    def header_cells(self) -> list[Cell]:
        return [c for c in self.cells if c.role == "header"]


@dataclass
class Page:
    """One page of a paginated flowchart, in its own coordinates: the table's
    top-left corner on this page is (0, 0)."""

    index: int
    rows: list[int]  # step numbers on this page, top to bottom
    y_offset: dict[int, float]  # step no -> add to a FlowLayout y to get this page's y
    width: float
    height: float
    header_height: float  # 0 when the header is not repeated on this page
    columns: list[Column]
    row_boxes: list[Row]  # geometry of `rows` on this page
    cells: list[Cell]
    lines: list[Line]
    symbols: list[Symbol]
    arrows: list[Arrow]
    connectors: list[Connector]
    overflows: bool = False  # a single row taller than the page

    def symbol_for(self, step_no: int) -> Symbol | None:
        return next((s for s in self.symbols if s.step_no == step_no), None)

    def row_for(self, step_no: int) -> Row | None:
        return next((r for r in self.row_boxes if r.step_no == step_no), None)
