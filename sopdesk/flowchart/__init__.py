"""Pure geometry of the SOP AP flowchart table (no Qt, no ReportLab).

`layout_sop(sop)` gives a FlowLayout (cells, grid lines, symbols, arrows) in
points with the origin top-left and y downward; `paginate(layout, h)` cuts it
into pages joined by lettered off-page connectors. The on-screen swimlane
(ui/) and the PDF SOP sheet (documents/) both paint these.
"""
from .layout import flow_edges, layout_sop
from .model import (
    Arrow,
    Cell,
    Column,
    Connector,
    FlowEdge,
    FlowLayout,
    Line,
    Page,
    Point,
    Rect,
    Row,
    Symbol,
    diamond_outline,
    pentagon_outline,
)
from .pages import paginate
from .style import LayoutStyle
from .text import Measure, approx_measure, wrap

__all__ = [
    "Arrow", "Cell", "Column", "Connector", "FlowEdge", "FlowLayout", "LayoutStyle", "Line", "Measure",
    "Page", "Point", "Rect", "Row", "Symbol", "approx_measure", "diamond_outline", "flow_edges",
    "layout_sop", "paginate", "pentagon_outline", "wrap",
]
