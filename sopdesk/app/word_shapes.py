"""The drawn shapes inside a Word table cell, and where they sit across the row.

The ways offices' files hold a flowchart symbol:
- DrawingML (`w:drawing` → `wp:inline` / `wp:anchor` → `wps:wsp`, or a group `wpg:wgp` or
  canvas `wpc:wpc` of them), usually inside `mc:AlternateContent` whose `mc:Fallback` repeats
  the shape in VML: the Choice is read, never both;
- an anchored shape moved out of its cell by `wp:positionH` (relativeFrom "column" + posOffset);
- legacy VML (`w:pict` → `v:rect`, `v:roundrect`, `v:oval`, `v:shape` with a flowchart type)
  in files converted from .doc.
Connectors, arrows and lines are dropped; text boxes and invisible boxes become labels.
Positions are in twips (1/1440 inch) from the cell's left edge or from the margin/page.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from ..domain.word_sop import DIAMOND, OTHER, RECTANGLE, TERMINATOR

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "wpc": "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
}
W = "{" + NS["w"] + "}"
EMU_PER_TWIP = 635
O_SPT = "{" + NS["o"] + "}spt"

PRESETS = {
    **dict.fromkeys(("flowChartTerminator", "roundRect", "ellipse", "flowChartAlternateProcess",
                     "round2SameRect", "snipRoundRect"), TERMINATOR),
    **dict.fromkeys(("flowChartProcess", "rect", "flowChartPredefinedProcess", "flowChartDocument",
                     "flowChartMultidocument", "flowChartInternalStorage", "flowChartManualOperation",
                     "flowChartInputOutput", "flowChartPreparation", "parallelogram", "plaque"), RECTANGLE),
    **dict.fromkeys(("flowChartDecision", "diamond"), DIAMOND),
}
# Off-page connectors, arrows and lines: part of the drawing, never a step.
_NOT_SYMBOLS = re.compile(r"(?i)connector|arrow|line|homePlate|pentagon|chevron|flowChartOffpageConnector|"
                          r"flowChartConnector|brace|bracket|callout|arc")
# VML shape types (o:spt): the same meaning as the presets above.
SPT = {1: RECTANGLE, 109: RECTANGLE, 112: RECTANGLE, 114: RECTANGLE, 115: RECTANGLE, 111: RECTANGLE,
       2: TERMINATOR, 3: TERMINATOR, 116: TERMINATOR, 176: TERMINATOR,
       4: DIAMOND, 110: DIAMOND}
_SPT_NOT_SYMBOL = {20, 32, 33, 34, 35, 36, 37, 38, 39, 40, 13, 66, 67, 68, 69, 70, 15, 177, 120, 55, 91, 93, 94}
SPT_TEXTBOX = 202
_VML_LENGTH = re.compile(r"^\s*(-?[\d.]+)\s*(pt|in|cm|mm|px|pc|emu)?\s*$")
_TWIPS_PER = {"pt": 20.0, "in": 1440.0, "cm": 1440 / 2.54, "mm": 144 / 2.54, "px": 15.0, "pc": 240.0,
              "emu": 1 / EMU_PER_TWIP, None: 15.0}


@dataclass(frozen=True)
class Placement:
    """Where a shape sits: `relative` is "inline" (in the text of its cell), "cell" (laid out
    from the cell's edge), "margin" or "page"; `left` and `width` in twips; `align` for a shape
    aligned in its cell instead of placed by an offset."""
    relative: str
    left: float = 0.0
    width: float = 0.0
    align: str = ""              # "left", "center", "right" within the cell, instead of `left`


@dataclass(frozen=True)
class Drawn:
    """One drawn thing: a symbol (`shape` set), a label (text box, invisible box), something
    ignored (connector, arrow, line) or a `note` saying what could not be read."""
    shape: str = ""              # TERMINATOR, RECTANGLE, DIAMOND, OTHER; "" for the others
    text: str = ""
    placement: Placement | None = None
    vml: bool = False
    name: str = ""
    note: str = ""
    ignored: bool = False

    @property
    def is_label(self) -> bool:
        return not self.shape and not self.note and not self.ignored


def local(el: etree._Element) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def ns_of(el: etree._Element) -> str:
    tag = el.tag
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


def walk(el: etree._Element) -> Iterator[etree._Element]:
    """`el`'s descendants in document order, without nested tables, and with one branch of each
    mc:AlternateContent: the Choice, or the Fallback when no Choice holds anything."""
    for child in el:
        if not isinstance(child.tag, str):
            continue
        name, ns = local(child), ns_of(child)
        if ns == NS["w"] and name == "tbl":
            continue
        if ns == NS["mc"] and name == "AlternateContent":
            choice = child.find("mc:Choice", NS)
            branch = choice if choice is not None and len(choice) else child.find("mc:Fallback", NS)
            if branch is not None:
                yield from walk(branch)
            continue
        yield child
        if not (ns == NS["w"] and name in ("drawing", "pict", "object")):
            yield from walk(child)


def shape_text(el: etree._Element) -> str:
    texts = el.iterfind(".//w:txbxContent//w:t", NS)
    return " ".join(" ".join(t.text or "" for t in texts).split())


def drawn_in(cell: etree._Element) -> list[Drawn]:
    """Every shape, label and unreadable object in a cell's content."""
    out: list[Drawn] = []
    for el in walk(cell):
        if ns_of(el) != NS["w"]:
            continue
        name = local(el)
        if name == "drawing":
            out.extend(_drawing(el))
        elif name == "pict":
            out.extend(_pict(el))
        elif name == "object":
            out.append(Drawn(note="objek tersemat (mis. gambar Visio) tidak dapat dibaca sebagai simbol"))
    return out


# -- DrawingML ----------------------------------------------------------------------------------

def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _placement(frame: etree._Element) -> Placement:
    extent = frame.find("wp:extent", NS)
    width = _int(extent.get("cx") if extent is not None else None) / EMU_PER_TWIP
    if local(frame) == "inline":
        return Placement("inline", 0.0, width)
    pos = frame.find("wp:positionH", NS)
    if pos is None:
        return Placement("cell", 0.0, width)
    rel = pos.get("relativeFrom", "column")
    relative = {"column": "cell", "character": "cell", "margin": "margin", "leftMargin": "page",
                "page": "page"}.get(rel, "unknown:" + rel)
    align = pos.findtext("wp:align", default="", namespaces=NS).strip()
    offset = _int(pos.findtext("wp:posOffset", default="0", namespaces=NS).strip()) / EMU_PER_TWIP
    if align:
        return Placement(relative, 0.0, width, align=align)
    return Placement(relative, offset, width)


def _drawing(drawing: etree._Element) -> list[Drawn]:
    frame = next((c for c in drawing if local(c) in ("anchor", "inline")), None)
    if frame is None:
        return []
    place = _placement(frame)
    data = frame.find("a:graphic/a:graphicData", NS)
    if data is None or not len(data):
        return []
    content = data[0]
    kind = local(content)
    if kind == "wsp":
        return [_wsp(content, place)]
    if kind in ("wgp", "wpc"):
        return _group(content, place)
    if kind == "pic":
        return [Drawn(note="gambar (bukan bentuk) di sel tidak dapat dibaca sebagai simbol")]
    return []


def _wsp(wsp: etree._Element, place: Placement | None) -> Drawn:
    text = shape_text(wsp)
    if wsp.find("wps:cNvCnPr", NS) is not None:
        return _ignored(place, "connector")
    sp = wsp.find("wps:cNvSpPr", NS)
    if sp is not None and sp.get("txBox") in ("1", "true"):
        return Drawn(text=text, placement=place, name="textbox")
    props = wsp.find("wps:spPr", NS)
    preset = ""
    if props is not None:
        geom = props.find("a:prstGeom", NS)
        preset = geom.get("prst", "") if geom is not None else ("custom" if props.find("a:custGeom", NS) is not None
                                                                 else "")
    if preset and _NOT_SYMBOLS.search(preset) and preset not in PRESETS:
        return _ignored(place, preset)
    if props is not None and _invisible(wsp, props):
        return Drawn(text=text, placement=place, name=preset or "box")
    return Drawn(shape=PRESETS.get(preset, OTHER), text=text, placement=place, name=preset or "custom")


def _ignored(place: Placement | None, name: str) -> Drawn:
    return Drawn(placement=place, name=name, ignored=True)


def _invisible(wsp: etree._Element, props: etree._Element) -> bool:
    """No outline and no fill: a box that only holds text (a label)."""
    ln = props.find("a:ln", NS)
    no_line = ln is not None and ln.find("a:noFill", NS) is not None
    if ln is None:
        ref = wsp.find("wps:style/a:lnRef", NS)
        no_line = ref is not None and ref.get("idx") == "0"
    return no_line and props.find("a:noFill", NS) is not None


def _group(group: etree._Element, place: Placement) -> list[Drawn]:
    """The shapes of a group or canvas, each placed by its offset inside the group."""
    xfrm = group.find("wpg:grpSpPr/a:xfrm", NS)
    scale, origin = 1.0, 0.0
    if xfrm is not None:
        ext, ch_off, ch_ext = xfrm.find("a:ext", NS), xfrm.find("a:chOff", NS), xfrm.find("a:chExt", NS)
        if ext is not None and ch_ext is not None and _int(ch_ext.get("cx")):
            scale = _int(ext.get("cx")) / _int(ch_ext.get("cx"))
        if ch_off is not None:
            origin = _int(ch_off.get("x"))
    out = []
    for child in group:
        kind = local(child)
        if kind not in ("wsp", "grpSp", "wgp"):
            continue
        child_place = place
        props = child.find("wps:spPr", NS) if kind == "wsp" else child.find("wpg:grpSpPr", NS)
        off = props.find("a:xfrm/a:off", NS) if props is not None else None
        cext = props.find("a:xfrm/a:ext", NS) if props is not None else None
        if off is not None and cext is not None and not place.align:
            left = place.left + (_int(off.get("x")) - origin) * scale / EMU_PER_TWIP
            child_place = Placement(place.relative, left, _int(cext.get("cx")) * scale / EMU_PER_TWIP)
        if kind == "wsp":
            out.append(_wsp(child, child_place))
        else:
            out.extend(_group(child, child_place))
    return out


# -- VML ----------------------------------------------------------------------------------------

def _style(el: etree._Element) -> dict[str, str]:
    out = {}
    for part in (el.get("style") or "").split(";"):
        if ":" in part:
            k, v = part.split(":", 1)
            out[k.strip().lower()] = v.strip()
    return out


def _length(text: str | None) -> float | None:
    if not text:
        return None
    m = _VML_LENGTH.match(text)
    if not m:
        return None
    return float(m.group(1)) * _TWIPS_PER[m.group(2)]


def _vml_placement(style: dict[str, str]) -> Placement:
    width = _length(style.get("width")) or 0.0
    if style.get("position", "").lower() != "absolute":
        return Placement("inline", 0.0, width)
    rel = style.get("mso-position-horizontal-relative", "text").lower()
    relative = {"text": "cell", "char": "cell", "margin": "margin", "page": "page",
                "left-margin-area": "page"}.get(rel, "unknown:" + rel)
    align = style.get("mso-position-horizontal", "absolute").lower()
    if align in ("left", "center", "right"):
        return Placement(relative, 0.0, width, align=align)
    left = (_length(style.get("margin-left")) or 0.0) + (_length(style.get("left")) or 0.0)
    return Placement(relative, left, width)


def _spt(el: etree._Element, shapetypes: dict[str, int]) -> int | None:
    spt = el.get(O_SPT)
    if spt is not None:
        return _int(spt.split(".")[0], -1)
    ref = (el.get("type") or "").lstrip("#")
    if ref in shapetypes:
        return shapetypes[ref]
    m = re.search(r"_x0000_t(\d+)$", ref)
    return int(m.group(1)) if m else None


def _pict(pict: etree._Element) -> list[Drawn]:
    shapetypes = {st.get("id", ""): _int((st.get(O_SPT) or "").split(".")[0], -1)
                  for st in pict.iter("{" + NS["v"] + "}shapetype")}
    out = []
    for el in pict:
        if ns_of(el) == NS["v"]:
            out.extend(_vml(el, None, shapetypes))
    return out


def _vml(el: etree._Element, place: Placement | None, shapetypes: dict[str, int]) -> list[Drawn]:
    name = local(el)
    if name == "shapetype":
        return []
    style = _style(el)
    if place is None:
        own = _vml_placement(style)
    else:
        own = place
    if name == "group":
        return _vml_group(el, own, shapetypes)
    text = shape_text(el)
    filled = (el.get("filled") or "t").lower() not in ("f", "false")
    stroked = (el.get("stroked") or "t").lower() not in ("f", "false")
    if name in ("line", "polyline", "curve", "arc") or el.get("{" + NS["o"] + "}connectortype"):
        return [_ignored(own, name)]
    if name == "rect":
        shape = RECTANGLE
    elif name in ("roundrect", "oval"):
        shape = TERMINATOR
    elif name == "shape":
        spt = _spt(el, shapetypes)
        if spt == SPT_TEXTBOX:
            return [Drawn(text=text, placement=own, vml=True, name="textbox")]
        if spt in _SPT_NOT_SYMBOL:
            return [_ignored(own, f"spt{spt}")]
        shape = SPT.get(spt or -1, OTHER)
        if el.find("v:imagedata", NS) is not None:
            return [Drawn(note="gambar (bukan bentuk) di sel tidak dapat dibaca sebagai simbol")]
    else:
        return []
    if not filled and not stroked:
        return [Drawn(text=text, placement=own, vml=True, name=name)]
    return [Drawn(shape=shape, text=text, placement=own, vml=True, name=name)]


def _vml_group(group: etree._Element, place: Placement, shapetypes: dict[str, int]) -> list[Drawn]:
    size = [float(x) for x in re.findall(r"-?[\d.]+", group.get("coordsize") or "1000,1000")[:2]] or [1000.0]
    origin = [float(x) for x in re.findall(r"-?[\d.]+", group.get("coordorigin") or "0,0")[:2]] or [0.0]
    scale = place.width / size[0] if size[0] and place.width else 1.0
    out = []
    for child in group:
        if ns_of(child) != NS["v"]:
            continue
        style = _style(child)
        left = float(style.get("left", "0").rstrip("px") or 0) if re.match(r"^-?[\d.]+(px)?$",
                                                                          style.get("left", "0")) else 0.0
        width = float(style.get("width", "0").rstrip("px") or 0) if re.match(r"^-?[\d.]+(px)?$",
                                                                             style.get("width", "0")) else 0.0
        child_place = place if place.align else Placement(place.relative, place.left + (left - origin[0]) * scale,
                                                          width * scale)
        out.extend(_vml(child, child_place, shapetypes))
    return out
