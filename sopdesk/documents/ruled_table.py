"""Ruled (grid) tables that break across pages cleanly, however long the text in a cell.

ReportLab can only move a whole row to the next page; its in-row splitting mangles tables
with spanned cells or repeated headers (tried: text drawn over the title, pages of headers
with nothing under them). So a long cell is cut here, beforehand, into chunks of at most
`max_chunk` points, one table row per chunk, and the rules between the chunks of one
logical row are left out: the reader sees one tall cell continuing on the next page.

A group of rows can share cells (the sasaran beside its indicators). A short group gets a
real SPAN with the shared text centred vertically, as in the mockup; a group too tall for
that has its shared text run down from the top of the group instead.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from .fonts import TABLE_FONT

_BIG = 1e7


class _ClosedTable(Table):
    """Every piece of a table split over several pages ends with a rule at the cut, and keeps
    the rule about where it may be cut.

    ReportLab hands the "splitlast" style and the rowSplitRange to the first split only (the
    later pieces lose them), so the third and later pages would end open and the last rows
    could be cut off alone; each piece gets them back here.
    """

    closing: tuple | None = None
    split_range: tuple[int, int] | None = None

    def onSplit(self, T, byRow=1):
        T.closing, T.split_range = self.closing, self.split_range
        if self.split_range is not None:
            T._rowSplitRange = self.split_range   # (header + 2, -k): relative to each piece
        if self.closing and not any(c[0] == "LINEBELOW" and c[1][1] == "splitlast" for c in T._linecmds):
            T._addCommand(self.closing)


class RuledTable:
    def __init__(self, col_widths: list[float], *, max_chunk: float, span_limit: float | None = None,
                 line_width: float = 0.6, padding: tuple[float, float, float, float] = (4, 4, 3, 4)):
        """padding is (left, right, top, bottom) points inside every cell."""
        self.col_widths = list(col_widths)
        self.n = len(col_widths)
        self.max_chunk = max_chunk
        self.span_limit = span_limit if span_limit is not None else max_chunk
        self.line_width = line_width
        self.pad_l, self.pad_r, self.pad_t, self.pad_b = padding
        self.rows: list[list] = []
        self.cmds: list[tuple] = []
        self.header_rows = 0
        self.footer_row: int | None = None

    # ---- building --------------------------------------------------------

    def header(self, cells: list, background=None, top: float | None = None, bottom: float | None = None) -> None:
        """A header row (repeated on every page); header rows must come first."""
        assert self.header_rows == len(self.rows), "header rows come before the body"
        r = len(self.rows)
        self.rows.append(list(cells))
        self.header_rows += 1
        if background is not None:
            self.cmds.append(("BACKGROUND", (0, r), (-1, r), background))
        self.cmds.append(("VALIGN", (0, r), (-1, r), "MIDDLE"))
        self.cmds.append(("LINEBELOW", (0, r), (-1, r), self.line_width, colors.black))
        if top is not None:
            self.cmds.append(("TOPPADDING", (0, r), (-1, r), top))
        if bottom is not None:
            self.cmds.append(("BOTTOMPADDING", (0, r), (-1, r), bottom))

    def add_row(self, cells: list, valign: str = "MIDDLE") -> None:
        self.add_group([cells], valign=valign)

    def add_group(self, rows: list[list], shared: dict[int, Flowable] | None = None, valign: str = "MIDDLE") -> None:
        """Logical rows; columns in `shared` hold one cell for the whole group (their entries in
        `rows` are ignored)."""
        shared = shared or {}
        first = len(self.rows)
        phys: list[list] = []
        heights: list[float] = []
        ends: list[int] = []          # index in phys of the last physical row of each logical row
        multi: list[tuple[int, int]] = []  # (start, end) of logical rows cut into several chunks
        for row in rows:
            chunks = [[] if c in shared else self._chunks(row[c], c) for c in range(self.n)]
            k = max(1, max(len(ch) for ch in chunks))
            start = len(phys)
            for i in range(k):
                cells = [ch[i][0] if i < len(ch) else "" for ch in chunks]
                h = max([ch[i][1] for ch in chunks if i < len(ch)] or [0])
                phys.append(cells)
                heights.append(h + self.pad_t + self.pad_b)
            ends.append(len(phys) - 1)
            if k > 1:
                multi.append((start, len(phys) - 1))
                self._chunk_paddings(chunks, first + start)

        shared_chunks = {c: self._chunks(p, c) for c, p in shared.items()}
        span = bool(shared) and all(len(ch) == 1 for ch in shared_chunks.values()) and max(
            sum(heights), max(ch[0][1] for ch in shared_chunks.values()) + self.pad_t + self.pad_b) <= self.span_limit
        last = first + len(phys) - 1
        if span:
            for c, ch in shared_chunks.items():
                phys[0][c] = ch[0][0]
                if last > first:
                    self.cmds.append(("SPAN", (c, first), (c, last)))
        elif shared:
            need = max(len(ch) for ch in shared_chunks.values())
            while len(phys) < need:   # shared text longer than its rows: extend the last logical row
                phys.append([""] * self.n)
            ends[-1] = len(phys) - 1
            last = first + len(phys) - 1
            for c, ch in shared_chunks.items():
                for i, (cell, _h) in enumerate(ch):
                    phys[i][c] = cell
                self._chunk_paddings({c: ch}, first, only=c)

        self.rows.extend(phys)
        self.cmds.append(("VALIGN", (0, first), (-1, last), valign))
        for start, end in multi:   # a cell continuing over several chunks reads from the top
            self.cmds.append(("VALIGN", (0, first + start), (-1, first + end), "TOP"))
        if shared and not span:
            for c in shared:
                self.cmds.append(("VALIGN", (c, first), (c, last), "TOP"))
        own = [c for c in range(self.n) if c not in shared]
        for e in ends:
            for c in own:
                self.cmds.append(("LINEBELOW", (c, first + e), (c, first + e), self.line_width, colors.black))
        for c in shared:
            self.cmds.append(("LINEBELOW", (c, last), (c, last), self.line_width, colors.black))

    def footer(self, flowable: Flowable, space_before: float = 0) -> None:
        """A last row without rules across all columns (the signatures): it goes to a new page
        together with the table's last rows, never alone. Keep it well under half a page:
        a row cannot be split."""
        assert self.footer_row is None, "one footer only"
        r = len(self.rows)
        self.rows.append([flowable] + [""] * (self.n - 1))
        self.footer_row = r
        self.cmds += [
            ("SPAN", (0, r), (-1, r)),
            ("ALIGN", (0, r), (-1, r), "CENTER"),
            ("VALIGN", (0, r), (-1, r), "TOP"),
            ("LEFTPADDING", (0, r), (-1, r), 0),
            ("RIGHTPADDING", (0, r), (-1, r), 0),
            ("TOPPADDING", (0, r), (-1, r), space_before),
            ("BOTTOMPADDING", (0, r), (-1, r), 0),
        ]

    def build(self, **table_kwargs) -> Table:
        lw, black = self.line_width, colors.black
        last_ruled = -1 if self.footer_row is None else self.footer_row - 1
        style = [
            TABLE_FONT,
            ("LEFTPADDING", (0, 0), (-1, -1), self.pad_l),
            ("RIGHTPADDING", (0, 0), (-1, -1), self.pad_r),
            ("TOPPADDING", (0, 0), (-1, -1), self.pad_t),
            ("BOTTOMPADDING", (0, 0), (-1, -1), self.pad_b),
            ("LINEABOVE", (0, 0), (-1, 0), lw, black),
            ("LINEBEFORE", (0, 0), (-1, last_ruled), lw, black),
            ("LINEAFTER", (-1, 0), (-1, last_ruled), lw, black),
            # close the table where a page cuts it (see _ClosedTable)
            ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), lw, black),
        ] + self.cmds
        # No header with a single row under it at the foot of a page, and no lone last row
        # (the JUMLAH, the signatures) at the top of the next: at least two rows on each side
        # of a page break, and two ruled rows with the footer.
        split_range = (self.header_rows + 2, -2 if self.footer_row is None else -3)
        t = _ClosedTable(self.rows, colWidths=self.col_widths, repeatRows=self.header_rows, splitByRow=1,
                         splitInRow=0, rowSplitRange=split_range, **table_kwargs)
        t.setStyle(TableStyle(style))
        t.closing = ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), lw, black)
        t.split_range = split_range
        return t

    # ---- chunking --------------------------------------------------------

    def _chunks(self, cell, col: int) -> list[tuple[object, float]]:
        """(cell, height) pieces of at most max_chunk points each."""
        if cell is None or cell == "":
            return [("", 0.0)]
        width = self.col_widths[col] - self.pad_l - self.pad_r
        if not isinstance(cell, Paragraph):
            _w, h = cell.wrap(width, _BIG) if isinstance(cell, Flowable) else (0, 0)
            return [(cell, h)]
        out: list[tuple[object, float]] = []
        p: Flowable = cell
        while True:
            _w, h = p.wrap(width, _BIG)
            if h <= self.max_chunk:
                out.append((p, h))
                return out
            parts = p.split(width, self.max_chunk)
            if len(parts) < 2:   # cannot cut (should not happen: a chunk holds many lines)
                out.append((p, h))
                return out
            head = parts[0]
            out.append((head, head.wrap(width, _BIG)[1]))
            p = parts[1]

    def _chunk_paddings(self, chunks, first_row: int, only: int | None = None) -> None:
        """No padding where a cell continues in the next chunk, so the text's line spacing stays even."""
        items = chunks.items() if isinstance(chunks, dict) else enumerate(chunks)
        for c, ch in items:
            if only is not None and c != only:
                continue
            for i in range(len(ch)):
                r = first_row + i
                if i > 0:
                    self.cmds.append(("TOPPADDING", (c, r), (c, r), 0))
                if i < len(ch) - 1:
                    self.cmds.append(("BOTTOMPADDING", (c, r), (c, r), 0))
