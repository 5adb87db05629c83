"""Sizes of the SOP AP table, in points. The defaults follow the printed
sheet (mockups/sop-sheet-2.png): a 5-lane table about 840 pt wide."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LayoutStyle:
    # fonts (the painter picks the face; these are the sizes text was wrapped for)
    font_size: float = 8.0
    header_font_size: float = 8.0
    min_header_font_size: float = 6.0  # a long word in a narrow lane title shrinks to this
    label_font_size: float = 7.0  # decision exit labels ("Ya", "Tidak")
    connector_font_size: float = 7.0
    line_spacing: float = 1.25  # line height = size * line_spacing
    bold_factor: float = 1.08  # bold text measured this much wider than regular
    cell_padding_x: float = 4.0
    cell_padding_y: float = 4.0

    # header titles (the UI may pass translated ones)
    title_no: str = "No."
    title_activity: str = "Aktivitas"
    title_lanes: str = "Pelaksana"
    title_quality: str = "Mutu Baku"
    title_requirements: str = "Kelengkapan"
    title_time: str = "Waktu"
    title_output: str = "Output"
    title_note: str = "Ket."

    # column widths: defaults, and how far a given total width may squeeze them
    no_width: float = 25.0
    activity_width: float = 190.0
    lane_width: float = 74.0
    requirements_width: float = 92.0
    time_width: float = 50.0
    output_width: float = 75.0
    note_width: float = 38.0
    min_lane_width: float = 44.0
    max_lane_width: float = 150.0  # beyond this, extra width goes to the text columns
    min_activity_width: float = 110.0
    min_requirements_width: float = 56.0
    min_output_width: float = 50.0

    # rows
    min_row_height: float = 56.0
    min_header_tier2_height: float = 24.0
    connector_row_height: float = 44.0

    # symbols (no text inside, as on the sheet)
    symbol_width_ratio: float = 0.62  # of the lane width
    symbol_max_width: float = 76.0
    process_height: float = 22.0
    terminator_height: float = 19.0
    decision_width_factor: float = 1.2  # diamond width relative to the rectangle
    decision_height: float = 32.0
    connector_width: float = 18.0
    connector_height: float = 18.0

    # arrows
    arrow_room: float = 16.0  # free height above and below a symbol for arrow runs
    decision_arrow_room: float = 22.0  # a diamond also needs room for its labels
    track_spacing: float = 3.0  # distance between parallel arrow runs
    edge_clearance: float = 3.0  # arrow runs keep this far from grid lines
    symbol_clearance: float = 4.0  # … and this far from symbols they pass
    stub: float = 5.0  # shortest first run out of a diamond's side
    entry_stub: float = 4.0  # shortest last run into a symbol's side (room for the arrowhead)

    def line_height(self, size: float) -> float:
        return size * self.line_spacing
