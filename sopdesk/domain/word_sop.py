"""The flowchart table of an SOP AP sheet read from Word, turned into an Sop (FORMATS.md §1).

The Word side (app/sop_word.py) hands over plain tables: rows of cells on the table's grid
(merged cells counted once), with the symbols and labels found in each row already placed on
that grid. Here the header words give the columns, the columns under "Pelaksana" the lanes,
each row's symbol its lane and kind. Nothing is guessed silently: every step whose symbol
could not be read, every choice made from position alone, becomes a warning.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from .errors import UserError
from .messages import Message, msg
from .sop import Step

Grid = tuple[int, int]   # grid columns [start, end) of a cell

# Symbol shapes, as read from the drawing or the cell
TERMINATOR = "terminator"
RECTANGLE = "rectangle"
DIAMOND = "diamond"
OTHER = "other"          # a drawn shape of no flowchart meaning we know: the lane counts, not the kind
MARK = "mark"            # √ ✓ v X in the lane cell
SHADING = "shading"      # the lane cell filled
NAMED = "named"          # the lane's name written in a single "Pelaksana" column

# How a step's lane was found (the import dialog shows it beside the symbol)
HOW_CELL = "cell"        # a shape in the lane cell
HOW_MOVED = "moved"      # a shape anchored in another cell, its centre in the lane
HOW_VML = "vml"          # a legacy VML shape (from a .doc converted to .docx)
HOW_MARK = "mark"
HOW_SHADING = "shading"
HOW_NAMED = "named"
HOW_NONE = "none"        # nothing found: the user chooses
HOW_SEVERAL = "several"  # symbols in more than one lane: the user chooses

MARKS = frozenset("√✓✔✗✘vVxX●•")
KIND_OF_SHAPE = {TERMINATOR: "", RECTANGLE: "process", DIAMOND: "decision"}
MAX_ROWS = 2000          # a sheet of 500 steps has far fewer rows

# Header words: a cell's normalised text -> the column's role
NO, ACTIVITY, LANES, QUALITY, REQUIREMENTS, TIME, OUTPUT, NOTE = (
    "no", "activity", "lanes", "quality", "requirements", "time", "output", "note")
ROLE_NAMES = {NO: "No", ACTIVITY: "Kegiatan", LANES: "Pelaksana", REQUIREMENTS: "Kelengkapan", TIME: "Waktu",
              OUTPUT: "Output", NOTE: "Keterangan"}
_YES_WORDS = ("ya", "y", "lengkap", "benar", "setuju", "sesuai", "sah", "ok", "diterima", "disetujui", "valid")
_NO_WORDS = ("tidak", "t", "tdk", "salah", "belum", "ditolak", "tolak", "kurang", "invalid")


def normal(text: str) -> str:
    """Lower case, punctuation to spaces, one space between words."""
    return " ".join(re.sub(r"[^\w√✓✔]+", " ", text.lower()).split())


def header_role(text: str) -> str | None:
    t = normal(text)
    if not t or len(t) > 40:
        return None
    words = t.split()
    if t in ("no", "nomor", "nomer", "no urut", "nomor urut") or (words[0] == "no" and len(words) <= 2
                                                                    and not t.startswith("no sop")):
        return NO
    if words[0] == "pelaksana":
        return LANES
    if t.startswith("mutu baku") or t == "mutu":
        return QUALITY
    if any(w in ("kegiatan", "aktivitas", "aktifitas", "prosedur") for w in words) or t in ("uraian", "langkah"):
        return ACTIVITY
    if any(w.startswith(("kelengkapan", "persyaratan", "syarat", "perlengkapan")) for w in words):
        return REQUIREMENTS
    if "waktu" in words:
        return TIME
    if any(w in ("output", "keluaran", "hasil") for w in words):
        return OUTPUT
    if words[0] in ("keterangan", "ket", "catatan", "ktr"):
        return NOTE
    return None


# -- what the Word side hands over ---------------------------------------------------------------

@dataclass(frozen=True)
class Cell:
    grid: Grid
    paragraphs: tuple[str, ...] = ()
    continued: bool = False      # vMerge: the cell above goes on here
    fill: str = ""               # shading colour ("" or "auto": none)

    @property
    def text(self) -> str:
        return " ".join(" ".join(p.split()) for p in self.paragraphs if p.strip())

    @property
    def shaded(self) -> bool:
        return self.fill.lower() not in ("", "auto", "ffffff", "none")


@dataclass(frozen=True)
class Symbol:
    shape: str                   # TERMINATOR, RECTANGLE, DIAMOND or OTHER
    grid: Grid | None            # the cell of the row holding the symbol's centre; None: outside the table
    anchor: Grid | None = None   # the cell it is anchored in, where that is another one
    vml: bool = False
    text: str = ""               # what is written inside it ("Mulai")
    name: str = ""               # its preset or VML type, for messages


@dataclass(frozen=True)
class Label:
    """A text box or label shape ("Ya", "Tidak"), not a step's symbol."""
    text: str
    grid: Grid | None


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    symbols: tuple[Symbol, ...] = ()
    labels: tuple[Label, ...] = ()
    notes: tuple[str, ...] = ()   # what the Word side could not read in this row ("objek tersemat")


@dataclass(frozen=True)
class WordTable:
    rows: tuple[Row, ...]


# -- the header ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Header:
    rows: int                                # how many rows the header takes
    columns: dict[str, Grid]                 # role -> grid columns
    lanes: tuple[tuple[str, Grid], ...]      # lane name -> grid columns
    named_lanes: bool = False                # one "Pelaksana" column with the names written in it
    notes: tuple[Message, ...] = ()

    def lane_at(self, grid: Grid | None) -> int | None:
        if grid is None:
            return None
        best, best_overlap = None, 0
        for i, (_name, g) in enumerate(self.lanes):
            overlap = min(g[1], grid[1]) - max(g[0], grid[0])
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        return best

    def role_at(self, grid: Grid | None) -> str | None:
        if grid is None:
            return None
        for role, g in self.columns.items():
            if min(g[1], grid[1]) > max(g[0], grid[0]):
                return role
        if self.lane_at(grid) is not None:
            return LANES
        return None

    def cells(self, row: Row, role: str) -> list[Cell]:
        g = self.columns.get(role)
        if g is None:
            return []
        return [c for c in row.cells if min(g[1], c.grid[1]) > max(g[0], c.grid[0])]

    def text(self, row: Row, role: str) -> str:
        return " ".join(c.text for c in self.cells(row, role) if not c.continued and c.text)

    def paragraphs(self, row: Row, role: str) -> list[str]:
        return [" ".join(p.split()) for c in self.cells(row, role) if not c.continued
                for p in c.paragraphs if p.strip()]


def _cell_at(row: Row, col: int) -> Cell | None:
    for c in row.cells:
        if c.grid[0] <= col < c.grid[1]:
            return c
    return None


def _width(table: WordTable) -> int:
    return max((c.grid[1] for r in table.rows for c in r.cells), default=0)


def find_header(table: WordTable) -> Header | None:
    """The flowchart header of `table`, or None when it is not a flowchart table.

    Over one or two (at most three) header rows, each grid column takes the role of the lowest
    header cell that names one; a column under "Pelaksana" is a lane, named by its lowest cell."""
    top = None
    for i, row in enumerate(table.rows[:6]):
        found = {header_role(c.text) for c in row.cells if not c.continued}
        if ACTIVITY in found and len(found & {NO, LANES, TIME, REQUIREMENTS, OUTPUT, QUALITY}) >= 1:
            top = i
            break
    if top is None:
        return None
    rows = [table.rows[top]]
    for row in table.rows[top + 1: top + 3]:
        if _is_numbering(row):
            break
        first = rows[0]
        no_g = _role_grid(first, NO)
        act_g = _role_grid(first, ACTIVITY)
        if _looks_like_data(row, no_g, act_g):
            break
        rows.append(row)
    width = _width(table)
    path: list[list[tuple[str, Cell]]] = [[] for _ in range(width)]
    for row in rows:
        for col in range(width):
            c = _cell_at(row, col)
            if c is not None and not c.continued and c.text:
                path[col].append((c.text, c))
    columns: dict[str, list[int]] = {}
    lane_cells: list[Cell] = []
    lane_cols_unnamed: list[int] = []
    for col in range(width):
        texts = path[col]
        roles = [header_role(t) for t, _ in texts]
        if LANES in roles:
            below = texts[roles.index(LANES) + 1:]
            if below:
                cell = below[-1][1]
                if not any(cell is seen for seen in lane_cells):
                    lane_cells.append(cell)
            else:
                lane_cols_unnamed.append(col)
            continue
        role = next((r for r in reversed(roles) if r is not None and r != QUALITY), None)
        if role is not None:
            columns.setdefault(role, []).append(col)
    grids = {role: (min(cols), max(cols) + 1) for role, cols in columns.items()}
    if ACTIVITY not in grids:
        return None
    notes: list[Message] = []
    lanes = tuple((" ".join(c.text.split()), c.grid) for c in lane_cells)
    named = False
    if not lanes and lane_cols_unnamed:
        # One "Pelaksana" column with no lane names under it: the rows name their actor.
        g = (min(lane_cols_unnamed), max(lane_cols_unnamed) + 1)
        grids[LANES] = g
        named = True
    elif not lanes:
        lanes = _lanes_by_position(rows[-1], grids)
        if lanes:
            notes.append(msg("word.lanes_by_place"))
    return Header(rows=top + len(rows), columns=grids, lanes=lanes, named_lanes=named, notes=tuple(notes))


def _role_grid(row: Row, role: str) -> Grid | None:
    for c in row.cells:
        if not c.continued and header_role(c.text) == role:
            return c.grid
    return None


def _overlapping(row: Row, g: Grid | None) -> list[Cell]:
    if g is None:
        return []
    return [c for c in row.cells if min(g[1], c.grid[1]) > max(g[0], c.grid[0])]


def _looks_like_data(row: Row, no_g: Grid | None, act_g: Grid | None) -> bool:
    """A step row: a number in the No column or an activity written (not a header word)."""
    for c in _overlapping(row, no_g):
        if not c.continued and re.match(r"^\d+\.?$", c.text.strip()):
            return True
    return any(not c.continued and c.text and header_role(c.text) is None and len(c.text) > 12
               for c in _overlapping(row, act_g))


def _is_numbering(row: Row) -> bool:
    """The row of column numbers some sheets put under the header: 1 2 3 4 …"""
    nums = [c.text.strip().strip("().") for c in row.cells if not c.continued and c.text.strip()]
    if len(nums) < 3 or not all(n.isdigit() for n in nums):
        return False
    values = [int(n) for n in nums]
    return values == list(range(values[0], values[0] + len(values)))


def _lanes_by_position(row: Row, grids: dict[str, Grid]) -> tuple[tuple[str, Grid], ...]:
    act = grids[ACTIVITY]
    after = [g for role, g in grids.items() if role in (REQUIREMENTS, TIME, OUTPUT, NOTE)]
    end = min((g[0] for g in after if g[0] >= act[1]), default=None)
    if end is None:
        return ()
    out = []
    for c in row.cells:
        if c.grid[0] >= act[1] and c.grid[1] <= end and c.text and header_role(c.text) is None:
            out.append((" ".join(c.text.split()), c.grid))
    return tuple(out)


# -- the steps -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    """How one step's lane and kind were read."""
    step: int
    how: str
    shape: str = ""
    moved_from: str = ""       # the column the shape is anchored in ("Kegiatan")
    mark: str = ""
    candidates: tuple[str, ...] = ()
    kind_by_position: bool = False
    vml: bool = False


@dataclass(frozen=True)
class Recognised:
    """The flowchart as read: steps with lane "" where it is not known, decisions possibly
    without targets; `findings` one per step; `warnings` in the order met."""
    lanes: tuple[str, ...]
    steps: tuple[Step, ...]
    findings: tuple[Finding, ...]
    warnings: tuple[Message, ...]
    targets_read: dict[int, tuple[bool, bool]] = field(default_factory=dict)  # decision -> (Ya, Tidak) read


@dataclass
class _Draft:
    number: str
    activity: list[str]
    requirements: list[str]
    time: list[str]
    output: list[str]
    note: list[str]
    lane_text: list[str]
    symbols: list[Symbol]
    labels: list[Label]
    rows: list[Row]
    notes: list[str]


class NotAFlowchart(UserError, ValueError):
    """No flowchart table, or one without lanes; the message (a code) says which."""


def recognise(tables: Sequence[WordTable]) -> Recognised:
    """The steps of every flowchart table in `tables` (a sheet split over pages repeats its header)."""
    found = [(t, h) for t in tables for h in [find_header(t)] if h is not None]
    if not found:
        raise NotAFlowchart(msg("word.no_flowchart"))
    with_lanes = [(t, h) for t, h in found if h.lanes or h.named_lanes]
    if not with_lanes:
        raise NotAFlowchart(msg("word.no_lanes"))
    warnings: list[Message] = []
    lanes: list[str] = []
    drafts: list[tuple[_Draft, Header]] = []
    for table, header in with_lanes:
        warnings.extend(header.notes)
        for name, _g in header.lanes:
            if not name:
                continue
            if name not in lanes:
                if lanes and drafts:
                    warnings.append(msg("word.lane_only_later", lane=name))
                lanes.append(name)
        drafts.extend((d, header) for d in _drafts(table, header, warnings))
    if not drafts:
        raise NotAFlowchart(msg("word.no_steps"))
    if any(not name for t, h in with_lanes for name, _g in h.lanes):
        warnings.append(msg("word.unnamed_lane"))
    steps, findings = [], []
    numbers: dict[str, int] = {}
    written = [d.number for d, _h in drafts]
    if written != [str(i) for i in range(1, len(drafts) + 1)]:
        warnings.append(msg("word.renumbered"))
    for i, (d, header) in enumerate(drafts, start=1):
        if d.number:
            numbers.setdefault(d.number, i)
        step, finding = _step(i, d, header, lanes, len(drafts), warnings)
        if header.named_lanes and step.lane and step.lane not in lanes:
            lanes.append(step.lane)
        steps.append(step)
        findings.append(finding)
    steps, targets_read = _decisions(steps, drafts, numbers, lanes, warnings)
    return Recognised(tuple(lanes), tuple(steps), tuple(findings), tuple(warnings), targets_read)


def _drafts(table: WordTable, header: Header, warnings: list[Message]) -> list[_Draft]:
    out: list[_Draft] = []
    for row in table.rows[header.rows:header.rows + MAX_ROWS]:
        if _is_numbering(row) or _is_repeated_header(row, header):
            continue
        no_cells = header.cells(row, NO)
        act_cells = header.cells(row, ACTIVITY)
        number = header.text(row, NO).strip().rstrip(".")
        activity = header.paragraphs(row, ACTIVITY)
        continued = (bool(no_cells) and all(c.continued for c in no_cells)) or (
            not number and not activity and bool(act_cells) and all(c.continued for c in act_cells))
        if out and (continued or (not number and not activity)):
            _add_row(out[-1], row, header)
            continue
        if not number and not activity:
            if row.symbols:
                warnings.append(msg("word.symbol_without_step"))
            continue
        d = _Draft(number, [], [], [], [], [], [], [], [], [], [])
        _add_row(d, row, header)
        out.append(d)
    return out


def _add_row(d: _Draft, row: Row, header: Header) -> None:
    d.activity += header.paragraphs(row, ACTIVITY)
    d.requirements += header.paragraphs(row, REQUIREMENTS)
    d.time += header.paragraphs(row, TIME)
    d.output += header.paragraphs(row, OUTPUT)
    d.note += header.paragraphs(row, NOTE)
    if header.named_lanes:
        d.lane_text += header.paragraphs(row, LANES)
    d.symbols += row.symbols
    d.labels += row.labels
    d.notes += row.notes
    d.rows.append(row)


def _is_repeated_header(row: Row, header: Header) -> bool:
    return header_role(header.text(row, ACTIVITY)) == ACTIVITY


def _join(parts: Iterable[str], sep: str = " ") -> str:
    return sep.join(p for p in (" ".join(x.split()) for x in parts) if p)


def _list_item(text: str) -> str:
    return re.sub(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-•·*])\s+", "", text)


def _step(no: int, d: _Draft, header: Header, lanes: list[str], total: int,
          warnings: list[Message]) -> tuple[Step, Finding]:
    lane, finding = _lane(no, d, header, lanes, warnings)
    kind, by_position = _kind(no, d, finding, total, warnings)
    finding = replace(finding, kind_by_position=by_position)
    sep = "; " if len(d.requirements) > 1 else " "
    time = _join(d.time)
    step = Step(no=no, activity=_join(d.activity), lane=lane, kind=kind,
                requirements=_join((_list_item(r) for r in d.requirements), sep),
                time=time, output=_join(d.output, "; " if len(d.output) > 1 else " "), note=_join(d.note))
    for n in dict.fromkeys(d.notes):
        warnings.append(msg("word.step_note", no=no, note=n))
    return step, finding


def _lane(no: int, d: _Draft, header: Header, lanes: list[str],
          warnings: list[Message]) -> tuple[str, Finding]:
    if header.named_lanes:
        name = _join(d.lane_text)
        if name:
            return name, Finding(no, HOW_NAMED, NAMED)
        warnings.append(msg("word.no_lane_column", no=no))
        return "", Finding(no, HOW_NONE)
    placed: list[tuple[int, Symbol]] = []
    for s in d.symbols:
        lane = header.lane_at(s.grid)
        if lane is None:
            where = ROLE_NAMES.get(header.role_at(s.grid) or "", "")
            warnings.append(msg("word.symbol_in_column", no=no, shape=_shape_word(s.shape), column=where)
                            if where else msg("word.symbol_outside", no=no, shape=_shape_word(s.shape)))
            continue
        placed.append((lane, s))
    if not placed:
        placed = _marks(d, header)
    lane_names = [header.lanes[i][0] for i, _s in placed]
    distinct = list(dict.fromkeys(n for n in lane_names if n))
    if not placed:
        warnings.append(msg("word.no_symbol", no=no))
        return "", Finding(no, HOW_NONE)
    if len(distinct) > 1:
        warnings.append(msg("word.several_lanes", no=no, lanes=", ".join(distinct)))
        return "", Finding(no, HOW_SEVERAL, candidates=tuple(distinct))
    if not distinct:
        warnings.append(msg("word.unnamed_lane_symbol", no=no))
        return "", Finding(no, HOW_NONE)
    lane_name = distinct[0]
    real = [s for _i, s in placed if s.shape not in (MARK, SHADING)]
    symbol = _main_symbol([s for _i, s in placed])
    if symbol.shape == MARK:
        return lane_name, Finding(no, HOW_MARK, MARK, mark=symbol.text)
    if symbol.shape == SHADING:
        return lane_name, Finding(no, HOW_SHADING, SHADING)
    if symbol.vml:
        how = HOW_VML
    elif symbol.anchor is not None:
        how = HOW_MOVED
    else:
        how = HOW_CELL
    moved_from = ""
    if symbol.anchor is not None:
        moved_from = ROLE_NAMES.get(header.role_at(symbol.anchor) or "", "")
        if not moved_from:
            lane_i = header.lane_at(symbol.anchor)
            moved_from = header.lanes[lane_i][0] if lane_i is not None else "lain"
    if len({s.shape for s in real}) > 1:
        warnings.append(msg("word.several_shapes", no=no, lane=lane_name, shape=_shape_word(symbol.shape)))
    return lane_name, Finding(no, how, symbol.shape, moved_from=moved_from, vml=symbol.vml)


def _main_symbol(symbols: list[Symbol]) -> Symbol:
    rank = {DIAMOND: 0, TERMINATOR: 1, RECTANGLE: 2, OTHER: 3, MARK: 4, SHADING: 5}
    return min(symbols, key=lambda s: rank.get(s.shape, 9))


def _marks(d: _Draft, header: Header) -> list[tuple[int, Symbol]]:
    """No shapes in the row: a mark (√ ✓ v X) in a lane cell, else a shaded lane cell."""
    marked: list[tuple[int, Symbol]] = []
    shaded: list[tuple[int, Symbol]] = []
    lane_cells = 0
    for row in d.rows:
        for c in row.cells:
            lane = header.lane_at(c.grid)
            if lane is None or c.continued:
                continue
            lane_cells += 1
            t = c.text.strip()
            if t and len(t) <= 2 and all(ch in MARKS or ch.isspace() for ch in t):
                marked.append((lane, Symbol(MARK, c.grid, text=t[0])))
            elif c.shaded:
                shaded.append((lane, Symbol(SHADING, c.grid)))
    if marked:
        return marked
    if shaded and len(shaded) < lane_cells:
        return shaded
    return []


def _shape_word(shape: str) -> Message | str:
    words = {TERMINATOR: msg("word.shape.terminator"), RECTANGLE: msg("word.shape.rectangle"),
             DIAMOND: msg("word.shape.diamond"), OTHER: msg("word.shape.other"), MARK: msg("word.shape.mark"),
             SHADING: msg("word.shape.shading")}
    return words.get(shape, shape)


def _kind(no: int, d: _Draft, finding: Finding, total: int, warnings: list[Message]) -> tuple[str, bool]:
    """(kind, from position only?) — a terminator is Mulai first and Selesai elsewhere."""
    first, last = no == 1, no == total
    shape = finding.shape
    if shape == TERMINATOR:
        if first:
            return "start", False
        if not last:
            warnings.append(msg("word.terminator_inside", no=no))
        return "end", False
    if shape == DIAMOND:
        if first or last:
            warnings.append(msg("word.decision_first", no=no) if first else msg("word.decision_last", no=no))
        return "decision", False
    if shape == RECTANGLE:
        if first:
            warnings.append(msg("word.rect_first", no=no))
            return "start", False
        if last:
            warnings.append(msg("word.rect_last", no=no))
            return "end", False
        return "process", False
    kind = "start" if first else "end" if last else "process"
    if finding.how not in (HOW_NONE, HOW_SEVERAL) and shape == OTHER:
        warnings.append(msg("word.unknown_shape", no=no))
    return kind, True


# -- decisions -----------------------------------------------------------------------------------

_TARGET = re.compile(r"(?:ke|pada)\s+(?:langkah|kegiatan|nomor|no\.?|proses|tahap|aktivitas|butir)\s*(?:ke\s*)?"
                     r"(\d{1,3})\b", re.IGNORECASE)


def _word_class(text: str) -> str | None:
    t = normal(text)
    if not t:
        return None
    first = t.split()[0]
    if first in _NO_WORDS:
        return "no"
    if first in _YES_WORDS:
        return "yes"
    return None


def _text_targets(texts: Iterable[str], numbers: dict[str, int]) -> tuple[int | None, int | None]:
    """"Jika tidak lengkap dikembalikan ke langkah 2" -> (None, 2)."""
    yes = no = None
    for text in texts:
        for part in re.split(r"[.;\n]|(?=\bjika\b)|(?=\bbila\b)|(?=\bapabila\b)", text, flags=re.IGNORECASE):
            m = _TARGET.search(part)
            if not m:
                continue
            target = numbers.get(m.group(1))
            if target is None:
                continue
            words = normal(part[:m.start()]).split()
            if any(w in _NO_WORDS for w in words) or "kembali" in words or "dikembalikan" in words:
                no = no or target
            elif any(w in _YES_WORDS for w in words) or "lanjut" in words or "dilanjutkan" in words:
                yes = yes or target
    return yes, no


def _decisions(steps: list[Step], drafts: list[tuple[_Draft, Header]], numbers: dict[str, int],
               lanes: list[str], warnings: list[Message]) -> tuple[list[Step], dict[int, tuple[bool, bool]]]:
    read: dict[int, tuple[bool, bool]] = {}
    out = list(steps)
    for i, s in enumerate(steps):
        if s.kind != "decision":
            continue
        d, header = drafts[i]
        labels = list(d.labels)
        if i + 1 < len(drafts):
            labels += [lb for lb in drafts[i + 1][0].labels if _word_class(lb.text)]
        yes_label = next((lb for lb in labels if _word_class(lb.text) == "yes"), None)
        no_label = next((lb for lb in labels if _word_class(lb.text) == "no"), None)
        texts = [s.note, s.activity] + [lb.text for lb in labels]
        yes, no = _text_targets(texts, numbers)
        # A label in another lane suggests where that exit goes: the step of that lane nearest above.
        if no is None and no_label is not None:
            no = _target_by_label(no_label, header, i, steps)
            if no is not None:
                warnings.append(msg("word.target_guessed", no=s.no, label=no_label.text, target=no))
        if yes is None and yes_label is not None:
            yes = _target_by_label(yes_label, header, i, steps)
            if yes is not None:
                warnings.append(msg("word.target_guessed", no=s.no, label=yes_label.text, target=yes))
        read[s.no] = (yes is not None, no is not None)
        if yes is None or no is None:
            if yes is None and no is None:
                unread = msg("word.targets_unread_both", no=s.no)
            elif yes is None:
                unread = msg("word.targets_unread_yes", no=s.no)
            else:
                unread = msg("word.targets_unread_no", no=s.no)
            if yes_label or no_label:
                shown = "/".join(f"\"{lb.text}\"" for lb in (yes_label, no_label) if lb is not None)
                unread = msg("word.targets_unread_labels", unread=unread, labels=shown)
            warnings.append(unread)
        out[i] = replace(s, if_yes=yes, if_no=no,
                         yes_label=_label_text(yes_label, "Ya"), no_label=_label_text(no_label, "Tidak"))
    return out, read


def _label_text(label: Label | None, default: str) -> str:
    if label is None:
        return default
    text = " ".join(label.text.split())
    return text[:30] if text else default


def _target_by_label(label: Label, header: Header, index: int, steps: list[Step]) -> int | None:
    lane_i = header.lane_at(label.grid)
    if lane_i is None:
        return None
    lane = header.lanes[lane_i][0]
    if lane == steps[index].lane:
        return steps[index + 1].no if index + 1 < len(steps) else None
    before = [s.no for s in steps[:index] if s.lane == lane]
    after = [s.no for s in steps[index + 1:] if s.lane == lane]
    return before[-1] if before else (after[0] if after else None)


def complete_targets(steps: Sequence[Step]) -> tuple[tuple[Step, ...], list[Message]]:
    """Every decision target not read set to the next step (what `sop import` without the dialog
    saves); the notes say which."""
    out, notes = [], []
    for i, s in enumerate(steps):
        if s.kind == "decision" and (s.if_yes is None or s.if_no is None):
            nxt = steps[i + 1].no if i + 1 < len(steps) else None
            if nxt is not None:
                notes.append(msg("word.target_next", no=s.no, next=nxt))
            s = replace(s, if_yes=s.if_yes if s.if_yes is not None else nxt,
                        if_no=s.if_no if s.if_no is not None else nxt)
        out.append(s)
    return tuple(out), notes


# -- the SOP's code ------------------------------------------------------------------------------

def code_from_name(name: str, limit: int = 40) -> str:
    """"STANDAR OPERASIONAL PENYUSUNAN PERENCANAAN KINERJA" -> "penyusunan-perencanaan-kinerja"."""
    t = normal(name)
    t = re.sub(r"^(?:standar operasional prosedur|standard operating procedure|standar operasional|"
               r"standar pelayanan|prosedur|sop)\b\s*", "", t)
    t = re.sub(r"[^a-z0-9]+", "-", t.replace("_", " ")).strip("-")
    if len(t) > limit:
        t = t[:limit].rsplit("-", 1)[0]
    return t or "sop-word"
