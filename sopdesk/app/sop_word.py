"""Import an SOP from a Word file (.docx) in the Permenpan RB 35/2012 layout.

`read_word_sop(path)` opens the file (word_package.py refuses what it cannot read), turns each
table into plain rows on the table's grid — merged cells counted once, each drawn symbol placed
in the cell that holds its centre (word_shapes.py) — and lets the domain recognise the header,
the lanes, the steps (domain/word_sop.py) and the identity (domain/word_identity.py).

The result, a WordImport, is what was read: an unknown lane is "", a decision target not read
is None, and `findings` says per step how its symbol was found. Nothing is saved here: the
dialog lets the user correct it first; `sop import` saves it only when it is valid.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import UserError
from ..domain.messages import Message, msg
from ..domain.sop import Problem, Sop, Step, validate
from ..domain.word_identity import read_identity, title_case
from ..domain.word_sop import (
    HOW_NONE,
    HOW_SEVERAL,
    Cell,
    Finding,
    Label,
    NotAFlowchart,
    Row,
    Symbol,
    WordTable,
    code_from_name,
    complete_targets,
    recognise,
)
from . import word_package
from .word_package import WordFileError
from .word_shapes import NS, Drawn, W, drawn_in, local, ns_of, walk

if TYPE_CHECKING:
    from lxml import etree

    from .office import Office

Progress = Callable[[int, int], None]
DEFAULT_CELL_MARGIN = 108       # twips: Word's "Table Normal" left cell margin
# Symbol fonts: the check marks offices type as Wingdings or Symbol characters.
_SYMBOL_FONTS = {
    "wingdings": {"\u00fc": "✓", "\u00fb": "✗", "\u00fe": "✓", "\u00fd": "✗"},
    "wingdings 2": {"P": "✓", "O": "✗", "R": "✓", "T": "✗", "Q": "✗"},
    "symbol": {"\u00d6": "√"},
}


@dataclass(frozen=True)
class WordImport:
    """What was read from one Word file."""
    path: str
    size: int
    modified: float                     # the file's mtime
    sop: Sop                            # as read: possibly invalid
    findings: tuple[Finding, ...]       # one per step, in order
    warnings: tuple[str, ...]           # in Indonesian: the CLI's and the JSON's
    targets_read: dict[int, tuple[bool, bool]]
    warning_messages: tuple[Message, ...] = ()   # the same as message codes, for a screen in another language

    @property
    def name(self) -> str:
        return Path(self.path).name

    @property
    def symbols_found(self) -> int:
        return sum(1 for f in self.findings if f.how not in (HOW_NONE, HOW_SEVERAL))

    def to_json(self) -> dict[str, Any]:
        """The contract of `sop import FILE.docx --dry-run --json`."""
        s = self.sop
        return {
            "code": s.code, "name": s.name, "unit": s.unit, "lanes": list(s.lanes),
            "steps": [{"no": st.no, "activity": st.activity, "lane": st.lane or None, "kind": st.kind,
                       "requirements": st.requirements, "time": st.time, "output": st.output, "note": st.note,
                       "if_yes": st.if_yes, "if_no": st.if_no} for st in s.steps],
            "warnings": list(self.warnings),
        }

    def completed(self) -> tuple[Sop, list[str]]:
        """The SOP as `sop import` saves it: decision targets not read go to the next step."""
        steps, notes = complete_targets(self.sop.steps)
        return self.sop.with_steps(steps), [str(n) for n in notes]


# -- the table's geometry --------------------------------------------------------------------------

def _attr(el: etree._Element | None, name: str) -> str | None:
    return None if el is None else el.get(W + name)


def _twips(el: etree._Element | None) -> int | None:
    """A w:w measure in twips (type dxa, or no type); None for pct/auto."""
    if el is None or (_attr(el, "type") or "dxa") != "dxa":
        return None
    try:
        return int(float(_attr(el, "w") or ""))
    except ValueError:
        return None


@dataclass(frozen=True)
class _Page:
    left_margin: int = 1440
    text_width: int = 9000


def _page(body: etree._Element) -> _Page:
    sect = body.find("w:sectPr", NS)
    if sect is None:
        return _Page()
    size, margin = sect.find("w:pgSz", NS), sect.find("w:pgMar", NS)
    try:
        width = int(_attr(size, "w") or 11906)
        left = int(_attr(margin, "left") or 1440)
        right = int(_attr(margin, "right") or 1440)
    except ValueError:
        return _Page()
    return _Page(left, width - left - right)


def _children(el: etree._Element, name: str) -> list[etree._Element]:
    """Direct `w:name` children, also those wrapped in content controls or custom XML."""
    out = []
    for child in el:
        if ns_of(child) != NS["w"]:
            continue
        if local(child) == name:
            out.append(child)
        elif local(child) in ("sdt", "customXml"):
            content = child.find("w:sdtContent", NS) if local(child) == "sdt" else child
            if content is not None:
                out.extend(_children(content, name))
    return out


def _paragraphs(cell: etree._Element) -> tuple[str, ...]:
    """The cell's own text, a paragraph (or a line broken inside one) a line; text inside drawn
    shapes and nested tables left out; symbol-font check marks as ✓."""
    out: list[str] = []
    for p in _children(cell, "p"):
        line: list[str] = []
        for el in walk(p):
            if ns_of(el) != NS["w"]:
                continue
            name = local(el)
            if name == "t":
                line.append(_symbol_font(el, el.text or ""))
            elif name == "tab":
                line.append(" ")
            elif name in ("br", "cr"):
                out.append("".join(line))
                line = []
            elif name == "sym":
                line.append(_sym(el))
        out.append("".join(line))
    return tuple(out)


def _symbol_font(t: etree._Element, text: str) -> str:
    run = t.getparent()
    fonts = run.find("w:rPr/w:rFonts", NS) if run is not None else None
    font = ((_attr(fonts, "ascii") or _attr(fonts, "hAnsi") or "") if fonts is not None else "").lower()
    table = _SYMBOL_FONTS.get(font)
    return "".join(table.get(ch, ch) for ch in text) if table else text


def _sym(el: etree._Element) -> str:
    font = (_attr(el, "font") or "").lower()
    try:
        code = int(_attr(el, "char") or "0", 16)
    except ValueError:
        return ""
    if code >= 0xF000:
        code -= 0xF000
    return _SYMBOL_FONTS.get(font, {}).get(chr(code), "")


def _fill(tc_pr: etree._Element | None) -> str:
    shd = tc_pr.find("w:shd", NS) if tc_pr is not None else None
    if shd is None:
        return ""
    fill = (_attr(shd, "fill") or "").lower()
    val = (_attr(shd, "val") or "clear").lower()
    if val not in ("clear", "nil", "none") and (_attr(shd, "color") or "auto").lower() not in ("auto", "ffffff"):
        return _attr(shd, "color") or "pattern"
    return "" if fill in ("", "auto", "ffffff") else fill


@dataclass
class _Placed:
    cell: Cell
    tc: etree._Element
    left: float
    right: float
    margin: float


def _row(tr: etree._Element, grid: list[int], margin: int, table_left: float, page: _Page) -> Row:
    pr = tr.find("w:trPr", NS)
    try:
        col = int(_attr(pr.find("w:gridBefore", NS) if pr is not None else None, "val") or 0)
    except ValueError:
        col = 0
    before = _twips(pr.find("w:wBefore", NS)) if pr is not None else None
    tcs = _children(tr, "tc")
    spans, widths = [], []
    for tc in tcs:
        tc_pr = tc.find("w:tcPr", NS)
        try:
            span = max(1, int(_attr(tc_pr.find("w:gridSpan", NS) if tc_pr is not None else None, "val") or 1))
        except ValueError:
            span = 1
        spans.append(span)
        widths.append(_twips(tc_pr.find("w:tcW", NS)) if tc_pr is not None else None)
    use_tcw = bool(tcs) and all(w for w in widths)
    x = float(before if before is not None and use_tcw else sum(grid[:col]))
    placed: list[_Placed] = []
    for tc, span, width in zip(tcs, spans, widths, strict=True):
        tc_pr = tc.find("w:tcPr", NS)
        v_merge = tc_pr.find("w:vMerge", NS) if tc_pr is not None else None
        continued = v_merge is not None and (_attr(v_merge, "val") or "continue") != "restart"
        h_merge = tc_pr.find("w:hMerge", NS) if tc_pr is not None else None
        w = float(width) if use_tcw and width else float(sum(grid[col:col + span]) or 1440 * span)
        if h_merge is not None and (_attr(h_merge, "val") or "continue") != "restart" and placed:
            last = placed[-1]
            last.cell = replace(last.cell, grid=(last.cell.grid[0], col + span))
            last.right += w
        else:
            cell_margin = _twips(tc_pr.find("w:tcMar/w:left", NS)) if tc_pr is not None else None
            cell = Cell((col, col + span), _paragraphs(tc), continued, _fill(tc_pr))
            placed.append(_Placed(cell, tc, x, x + w, float(cell_margin if cell_margin is not None else margin)))
        x += w
        col += span
    symbols: list[Symbol] = []
    labels: list[Label] = []
    notes: list[str] = []
    for p in placed:
        for d in drawn_in(p.tc):
            if d.note:
                notes.append(d.note)
            elif not d.ignored:
                _place(d, p, placed, table_left, page, symbols, labels, notes)
    return Row(tuple(p.cell for p in placed), tuple(symbols), tuple(labels), tuple(dict.fromkeys(notes)))


def _place(d: Drawn, home: _Placed, row: list[_Placed], table_left: float, page: _Page,
           symbols: list[Symbol], labels: list[Label], notes: list[str]) -> None:
    """The drawn thing's centre across the row → the cell holding it."""
    pl = d.placement
    grid: tuple[int, int] | None = home.cell.grid
    if pl is not None and pl.relative != "inline":
        if pl.relative.startswith("unknown:"):
            notes.append(f"posisi bentuk diukur dari \"{pl.relative[8:]}\", yang tidak dapat dibaca; "
                         "dianggap di sel tempatnya ditambatkan")
        else:
            in_cell = home.left + home.margin + pl.left + pl.width / 2
            on_page = pl.left + pl.width / 2 - table_left - (page.left_margin if pl.relative == "page" else 0)
            if pl.align:
                lo, hi = (home.left, home.right) if pl.relative == "cell" else (-table_left, page.text_width)
                tries = [{"left": lo + pl.width / 2, "right": hi - pl.width / 2}.get(pl.align, (lo + hi) / 2)]
            elif pl.relative == "cell":
                tries = [in_cell]
            elif pl.relative == "margin":
                # Word lays a shape out in its cell (and LibreOffice writes cell offsets as "margin"):
                # the margin reading only when the cell one falls outside the row.
                tries = [in_cell, on_page]
            else:
                tries = [on_page, in_cell]
            grid = None
            for centre in tries:
                grid = next((p.cell.grid for p in row if p.left <= centre < p.right), None)
                if grid is not None:
                    break
    if d.shape:
        anchor = home.cell.grid if grid != home.cell.grid else None
        symbols.append(Symbol(d.shape, grid, anchor, d.vml, d.text, d.name))
    elif d.text:
        labels.append(Label(d.text, grid))


def _table(tbl: etree._Element, page: _Page) -> WordTable:
    grid = []
    for gc in tbl.iterfind("w:tblGrid/w:gridCol", NS):
        try:
            grid.append(int(float(_attr(gc, "w") or 0)))
        except ValueError:
            grid.append(0)
    pr = tbl.find("w:tblPr", NS)
    margin = _twips(pr.find("w:tblCellMar/w:left", NS) if pr is not None else None)
    if margin is None and pr is not None:
        margin = _twips(pr.find("w:tblCellMar/w:start", NS))
    indent = _twips(pr.find("w:tblInd", NS)) if pr is not None else None
    jc = (_attr(pr.find("w:jc", NS), "val") if pr is not None else None) or "left"
    table_left = float(indent or 0)
    if jc == "center":
        table_left = (page.text_width - sum(grid)) / 2
    elif jc in ("right", "end"):
        table_left = page.text_width - sum(grid)
    rows = [_row(tr, grid, DEFAULT_CELL_MARGIN if margin is None else margin, table_left, page)
            for tr in _children(tbl, "tr")]
    return WordTable(tuple(rows))


# -- reading ---------------------------------------------------------------------------------------

def read_word_sop(path: str | Path, progress: Progress | None = None) -> WordImport:
    """Read the SOP in the Word file at `path`; WordFileError (a UserError) when it cannot be."""
    report = progress or (lambda done, total: None)
    report(0, 1)
    p = Path(path)
    document = word_package.load(p)
    stat = p.stat()
    body = document.element.body
    page = _page(body)
    tables_xml = list(body.iter(W + "tbl"))
    total = len(tables_xml) + 3
    report(1, total)
    before: list[str] = []
    for child in body:
        if local(child) == "tbl":
            break
        if local(child) == "p":
            before.extend(_paragraphs_of(child))
    tables: list[WordTable] = []
    for i, tbl in enumerate(tables_xml):
        tables.append(_table(tbl, page))
        report(2 + i, total)
    if not tables:
        raise WordFileError(msg("word.file.no_tables", name=p.name))
    try:
        found = recognise(tables)
    except NotAFlowchart as e:
        raise WordFileError(msg("word.in_file", name=p.name, problem=e.message or str(e))) from None
    report(total - 1, total)
    ident = read_identity(tables, before)
    name = ident.name or title_case(p.stem.replace("_", " "))
    labels = sum(len(r.labels) for t in tables for r in t.rows)
    warnings = list(ident.problems) + list(found.warnings)
    if labels:
        warnings.append(msg("word.labels_not_steps", count=labels))
    sop = Sop(code=code_from_name(name), name=name, lanes=found.lanes, steps=found.steps, number=ident.number,
              unit=ident.unit, made=ident.made, revised=ident.revised, effective=ident.effective,
              approved_by=ident.approved_by, legal_basis=ident.legal_basis, qualifications=ident.qualifications,
              related=ident.related, equipment=ident.equipment, warnings=ident.warnings, records=ident.records)
    report(total, total)
    return WordImport(str(p), stat.st_size, stat.st_mtime, sop, found.findings, tuple(str(w) for w in warnings),
                      found.targets_read, tuple(warnings))


def _paragraphs_of(p: etree._Element) -> list[str]:
    text = "".join(t.text or "" for t in p.iterfind(".//w:t", NS)
                   if not any(local(a) == "txbxContent" for a in t.iterancestors()))
    return [text] if text.strip() else []


def problems_of(sop: Sop) -> list[str]:
    """Every reason the SOP cannot be saved yet, for the dialog and the command."""
    return [str(p) for p in problem_messages_of(sop)]


def problem_messages_of(sop: Sop) -> list[Message | Problem]:
    """problems_of as message codes (a missing lane) and the SOP's own problems, for a screen in another language."""
    out: list[Message | Problem] = []
    for s in sop.steps:
        if not s.lane:
            out.append(msg("word.no_lane_chosen", no=s.no))
    lanes_ok = all(s.lane for s in sop.steps)
    for p in validate(sop):
        if not lanes_ok and p.field == "lane":
            continue
        out.append(p)
    return out


def import_word_file(office: Office, path: str | Path, code: str | None = None) -> tuple[WordImport, Sop, int, bool]:
    """`sop import FILE.docx`: read, fill the decision targets not read with the next step, and
    save when valid. (result, saved SOP, version, created?); a UserError lists the problems."""
    result = read_word_sop(path)
    sop, _notes = result.completed()
    if code:
        sop = replace(sop, code=code)
    problems = problems_of(sop)
    if problems:
        raise UserError("SOP dari " + result.name + " tidak diimpor karena:\n" + "\n".join(problems))
    saved_code, version, created = office.save_sop(sop)
    return result, replace(sop, code=saved_code), version, created


def with_code(result: WordImport, code: str) -> WordImport:
    return replace(result, sop=replace(result.sop, code=code))


def set_step(sop: Sop, no: int, **changes: Any) -> Sop:
    """The SOP with step `no` changed (the dialog's corrections)."""
    return sop.with_steps(replace(s, **changes) if s.no == no else s for s in sop.steps)


def step_of(sop: Sop, no: int) -> Step:
    return sop.step(no)


_CODE_SAFE = re.compile(r"[^a-z0-9-]+")


def clean_code(text: str) -> str:
    """What the user typed as a code, made a valid one where it can be ("Surat Masuk" -> "surat-masuk")."""
    return re.sub(r"-{2,}", "-", _CODE_SAFE.sub("-", text.strip().lower())).strip("-")
