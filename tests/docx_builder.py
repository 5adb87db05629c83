"""Word files of SOP AP sheets for the import tests, written with python-docx and raw OOXML.

Each step says how its symbol is held, one of the conventions offices' files use:
  "cell"    DrawingML shape anchored in the lane cell, in mc:AlternateContent with a VML fallback
  "inline"  DrawingML shape inline in the lane cell
  "margin"  DrawingML shape in the lane cell, its offset written relative to "margin" (LibreOffice)
  "moved"   DrawingML shape anchored in the Kegiatan cell, moved into its lane by positionH
            relativeFrom="column" + posOffset
  "vml"     legacy VML (v:rect, v:roundrect, v:shape with a flowchart type) as in a .doc converted
  "mark"    no shapes: a mark (√ ✓ v X) typed in the lane cell
  "wingdings" no shapes: a check mark in the Wingdings font (w:sym)
  "shading" no shapes: the lane cell shaded
  "none"    nothing at all
The files open in Word and LibreOffice with the shapes drawn in their lanes (checked by hand:
soffice --headless --convert-to pdf, then pdftoppm).
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.shared import Twips

NSDECL = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')
EMU = 635                      # per twip
NO_W, ACT_W, LANE_W = 500, 3000, 1500
REQ_W, TIME_W, OUT_W, NOTE_W = 1500, 1000, 1300, 1000
SHAPE_W, SHAPE_H = 1100, 450   # twips
PRESET = {"terminator": "flowChartTerminator", "rect": "flowChartProcess", "diamond": "flowChartDecision"}
VML_TAG = {"terminator": "roundrect", "rect": "rect", "diamond": "shape"}
LANES = ("Staf Penerima Surat", "Sekretaris", "Camat", "Kasi Pemerintahan")


@dataclass
class StepSpec:
    activity: str
    lane: int | None
    shape: str = "rect"             # terminator, rect, diamond
    how: str = "cell"
    time: str = "15 menit"
    requirements: str = ""
    output: str = ""
    note: str = ""
    mark: str = "√"
    labels: list[tuple[str, int]] = field(default_factory=list)   # text boxes: (text, lane)
    fallback_lane: int | None = None   # "cell": put the VML fallback in another lane (must be ignored)
    arrow: bool = False                # a connector in the row too (must be ignored)


class _Ids:
    def __init__(self) -> None:
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n


def _wsp(preset: str, w: int, h: int, text: str = "", textbox: bool = False) -> str:
    body = ""
    if text:
        body = (f'<wps:txbx><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="16"/>'
                f'</w:rPr><w:t>{escape(text)}</w:t></w:r></w:p></w:txbxContent></wps:txbx>')
    fill = '<a:noFill/>' if textbox else '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
    line = '<a:ln><a:noFill/></a:ln>' if textbox else \
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>'
    nv = '<wps:cNvSpPr txBox="1"/>' if textbox else '<wps:cNvSpPr/>'
    return (f'<wps:wsp>{nv}<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w * EMU}" cy="{h * EMU}"/></a:xfrm>'
            f'<a:prstGeom prst="{preset}"><a:avLst/></a:prstGeom>{fill}{line}</wps:spPr>{body}'
            f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"/>'
            f'</wps:wsp>')


def _anchor(ids: _Ids, wsp: str, x: int, y: int, w: int, h: int, rel: str = "column") -> str:
    i = ids.next()
    return (f'<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
            f'relativeHeight="{251658240 + i}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="{rel}"><wp:posOffset>{x * EMU}</wp:posOffset>'
            f'</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>{y * EMU}</wp:posOffset>'
            f'</wp:positionV><wp:extent cx="{w * EMU}" cy="{h * EMU}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:wrapNone/><wp:docPr id="{i}" name="Bentuk {i}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'{wsp}</a:graphicData></a:graphic></wp:anchor></w:drawing>')


def _inline(ids: _Ids, wsp: str, w: int, h: int) -> str:
    i = ids.next()
    return (f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{w * EMU}" '
            f'cy="{h * EMU}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{i}" name="Bentuk {i}"/>'
            f'<wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
            f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">{wsp}</a:graphicData>'
            f'</a:graphic></wp:inline></w:drawing>')


def _vml(ids: _Ids, shape: str, x: int, y: int, w: int, h: int, text: str = "", textbox: bool = False) -> str:
    i = ids.next()
    style = (f"position:absolute;margin-left:{x / 20:.1f}pt;margin-top:{y / 20:.1f}pt;width:{w / 20:.1f}pt;"
             f"height:{h / 20:.1f}pt;z-index:{i};mso-position-horizontal-relative:text;"
             f"mso-position-vertical-relative:text")
    inner = (f'<v:textbox inset="0,0,0,0"><w:txbxContent><w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p>'
             f'</w:txbxContent></v:textbox>') if text else ""
    if textbox:
        return (f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                f'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
                f'o:connecttype="rect"/></v:shapetype><v:shape id="tb{i}" type="#_x0000_t202" style="{style}" '
                f'filled="f" stroked="f">{inner}</v:shape></w:pict>')
    if shape == "diamond":
        return (f'<w:pict><v:shapetype id="_x0000_t110" coordsize="21600,21600" o:spt="110" '
                f'path="m10800,l,10800,10800,21600,21600,10800xe"><v:stroke joinstyle="miter"/>'
                f'<v:path gradientshapeok="t" o:connecttype="rect" textboxrect="5400,5400,16200,16200"/>'
                f'</v:shapetype><v:shape id="s{i}" type="#_x0000_t110" style="{style}" strokeweight="1pt">'
                f'{inner}</v:shape></w:pict>')
    tag = VML_TAG[shape]
    extra = ' arcsize="0.5"' if tag == "roundrect" else ""
    return f'<w:pict><v:{tag} id="s{i}" style="{style}"{extra} strokeweight="1pt">{inner}</v:{tag}></w:pict>'


def _run(inner: str) -> object:
    return parse_xml(f'<w:r {NSDECL}>{inner}</w:r>')


def _alternate(choice: str, fallback: str) -> str:
    return (f'<mc:AlternateContent><mc:Choice Requires="wps">{choice}</mc:Choice>'
            f'<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent>')


def _shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    tc_pr.append(parse_xml(f'<w:shd {NSDECL} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _sym(cell, font: str = "Wingdings", char: str = "F0FC") -> None:
    p = cell.paragraphs[0]
    p._p.append(parse_xml(f'<w:r {NSDECL}><w:sym w:font="{font}" w:char="{char}"/></w:r>'))


def _set_widths(table, widths: list[int]) -> None:
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}gridCol"),
                     widths, strict=True):
        gc.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w", str(w))
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = Twips(w)


def _identity(doc, name: str, unit_lines: tuple[str, ...], lists: bool) -> None:
    t = doc.add_table(rows=6, cols=3)
    t.style = "Table Grid"
    t.autofit = False
    _set_widths(t, [6000, 3000, 7000])
    kop = t.cell(0, 0).merge(t.cell(5, 0))
    kop.paragraphs[0].text = unit_lines[0]
    for line in unit_lines[1:]:
        kop.add_paragraph(line)
    labels = [("Nomor SOP", ["100.3.5/02/SOP-Umum/2024"]), ("Tanggal Pembuatan", ["4 Maret 2024"]),
              ("Tanggal Revisi", [""]), ("Tanggal Efektif", ["Maret 2024"]),
              ("Disahkan Oleh", ["CAMAT SOMAGEDE", "", "", "Drs. SAPTONO SUPRIYANTO", "Pembina Tk I",
                                 "NIP. 196509241995031002"]),
              ("Nama SOP", [name])]
    for i, (label, value) in enumerate(labels):
        t.cell(i, 1).text = label
        cell = t.cell(i, 2)
        cell.paragraphs[0].text = value[0]
        for v in value[1:]:
            cell.add_paragraph(v)
    if lists:
        doc.add_paragraph()
        lt = doc.add_table(rows=3, cols=2)
        lt.style = "Table Grid"
        content = [("DASAR HUKUM:", ["1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
                                     "2. Peraturan Menteri PAN RB Nomor 35 Tahun 2012"]),
                   ("KUALIFIKASI PELAKSANA:", ["Memahami tata naskah dinas", "Menguasai komputer"]),
                   ("KETERKAITAN:", ["1. SOP Surat Keluar"]),
                   ("PERALATAN/PERLENGKAPAN:", ["1. Komputer 2. Buku agenda 3. Lembar disposisi"]),
                   ("PERINGATAN:", ["Surat tidak segera diteruskan menghambat pelayanan"]),
                   ("PENCATATAN DAN PENDATAAN:", ["Buku agenda surat masuk"])]
        for i, (head, items) in enumerate(content):
            cell = lt.cell(i // 2, i % 2)
            cell.paragraphs[0].text = head
            for it in items:
                cell.add_paragraph(it)


def build_docx(steps: list[StepSpec], *, lanes: tuple[str, ...] = LANES, name: str = "Penerimaan dan "
               "Pendistribusian Surat Masuk", header: str = "two-rows", identity: bool = True,
               lists: bool = True, numbering_row: bool = False, split_at: int | None = None,
               unit_lines: tuple[str, ...] = ("PEMERINTAH KABUPATEN BANYUMAS", "KECAMATAN SOMAGEDE",
                                              "Jalan Raya Somagede No. 9, Somagede")) -> bytes:
    """A .docx of an SOP AP sheet; `header` "two-rows" (Pelaksana and Mutu Baku over their
    columns, merged cells) or "one-row" (lane names straight in one header row, no Pelaksana
    title: the lanes by position)."""
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Twips(18709), Twips(12240)
    sec.left_margin = sec.right_margin = Twips(1000)
    sec.top_margin = sec.bottom_margin = Twips(800)
    if identity:
        _identity(doc, name, unit_lines, lists)
        doc.add_paragraph()
    ids = _Ids()
    parts = [steps] if split_at is None else [steps[:split_at], steps[split_at:]]
    start = 0
    for part in parts:
        _flow_table(doc, ids, part, lanes, header, numbering_row, start)
        start += len(part)
        if part is not parts[-1]:
            doc.add_page_break()
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _flow_table(doc, ids: _Ids, steps: list[StepSpec], lanes: tuple[str, ...], header: str,
                numbering_row: bool, start: int) -> None:
    n = len(lanes)
    head_rows = 2 if header == "two-rows" else 1
    extra = 1 if numbering_row else 0
    cols = 2 + n + 4
    t = doc.add_table(rows=head_rows + extra + len(steps), cols=cols)
    t.style = "Table Grid"
    t.autofit = False
    widths = [NO_W, ACT_W] + [LANE_W] * n + [REQ_W, TIME_W, OUT_W, NOTE_W]
    _set_widths(t, widths)
    if header == "two-rows":
        t.cell(0, 0).merge(t.cell(1, 0)).text = "No."
        t.cell(0, 1).merge(t.cell(1, 1)).text = "Kegiatan"
        t.cell(0, 2).merge(t.cell(0, 1 + n)).text = "Pelaksana"
        for i, lane in enumerate(lanes):
            t.cell(1, 2 + i).text = lane
        t.cell(0, 2 + n).merge(t.cell(0, 4 + n)).text = "Mutu Baku"
        t.cell(1, 2 + n).text = "Persyaratan/ Kelengkapan"
        t.cell(1, 3 + n).text = "Waktu"
        t.cell(1, 4 + n).text = "Output"
        t.cell(0, 5 + n).merge(t.cell(1, 5 + n)).text = "Ket."
    else:
        for i, text in enumerate(["No", "Uraian Kegiatan", *lanes, "Kelengkapan", "Waktu", "Output", "Keterangan"]):
            t.cell(0, i).text = text
    if numbering_row:
        for i in range(cols):
            t.cell(head_rows, i).text = str(i + 1)
    first = head_rows + extra
    for k, spec in enumerate(steps):
        r = first + k
        t.rows[r].height = Twips(SHAPE_H + 300)      # room for the symbol (and its label)
        cells = t.rows[r].cells
        cells[0].text = str(start + k + 1)
        cells[1].text = spec.activity
        cells[2 + n].text = spec.requirements
        cells[3 + n].text = spec.time
        cells[4 + n].text = spec.output
        cells[5 + n].text = spec.note
        _symbol(ids, cells, spec, n)
        for text, lane in spec.labels:
            x = (LANE_W - 500) // 2 - 108
            box = _anchor(ids, _wsp("rect", 500, 250, text, textbox=True), x, SHAPE_H + 60, 500, 250)
            cells[2 + lane].paragraphs[0]._p.append(_run(box))


def _symbol(ids: _Ids, cells, spec: StepSpec, n: int) -> None:
    if spec.lane is None or spec.how == "none":
        return
    lane_cell = cells[2 + spec.lane]
    preset = PRESET[spec.shape]
    in_cell_x = (LANE_W - SHAPE_W) // 2 - 108
    if spec.how == "mark":
        lane_cell.text = spec.mark
        return
    if spec.how == "wingdings":
        _sym(lane_cell)
        return
    if spec.how == "shading":
        _shade(lane_cell, "BFBFBF")
        return
    if spec.how == "cell":
        fb_lane = spec.lane if spec.fallback_lane is None else spec.fallback_lane
        fb_x = in_cell_x + (fb_lane - spec.lane) * LANE_W
        xml = _alternate(_anchor(ids, _wsp(preset, SHAPE_W, SHAPE_H), in_cell_x, 60, SHAPE_W, SHAPE_H),
                         _vml(ids, spec.shape, fb_x, 60, SHAPE_W, SHAPE_H))
        lane_cell.paragraphs[0]._p.append(_run(xml))
    elif spec.how == "margin":
        # as LibreOffice writes a shape it lays out in its cell: relativeFrom="margin", layoutInCell="0"
        xml = _anchor(ids, _wsp(preset, SHAPE_W, SHAPE_H), in_cell_x, 60, SHAPE_W, SHAPE_H, rel="margin")
        lane_cell.paragraphs[0]._p.append(_run(xml.replace('layoutInCell="1"', 'layoutInCell="0"')))
    elif spec.how == "inline":
        lane_cell.paragraphs[0]._p.append(_run(_inline(ids, _wsp(preset, SHAPE_W, SHAPE_H), SHAPE_W, SHAPE_H)))
    elif spec.how == "moved":
        # anchored in the Kegiatan cell: offset from its text edge to the lane's centre
        centre = ACT_W + spec.lane * LANE_W + LANE_W // 2
        x = centre - SHAPE_W // 2 - 108
        xml = _alternate(_anchor(ids, _wsp(preset, SHAPE_W, SHAPE_H), x, 60, SHAPE_W, SHAPE_H),
                         _vml(ids, spec.shape, x, 60, SHAPE_W, SHAPE_H))
        cells[1].paragraphs[0]._p.append(_run(xml))
    elif spec.how == "vml":
        lane_cell.paragraphs[0]._p.append(_run(_vml(ids, spec.shape, in_cell_x, 60, SHAPE_W, SHAPE_H)))
    else:
        raise ValueError(spec.how)
    if spec.arrow:
        line = (f'<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="{400 * EMU}"/>'
                f'</a:xfrm><a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom><a:ln w="9525">'
                f'<a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:tailEnd type="triangle"/></a:ln>'
                f'</wps:spPr><wps:bodyPr/></wps:wsp>')
        other = cells[2 + (spec.lane + 1) % n]
        other.paragraphs[0]._p.append(_run(_anchor(ids, line, LANE_W // 2, SHAPE_H + 60, 0, 400)))


def surat_masuk(how: str = "cell") -> list[StepSpec]:
    """The mockup's six steps, every symbol held the same way."""
    return [
        StepSpec("Menerima surat masuk, mencatat dalam buku agenda", 0, "terminator", how, "10 menit",
                 output="Surat masuk"),
        StepSpec("Meneliti surat dan meneruskannya kepada Camat", 1, "rect", how, "15 menit", output="Surat"),
        StepSpec("Memberikan disposisi kepada Sekretaris", 2, "rect", how, "1 jam", output="Disposisi"),
        StepSpec("Memeriksa apakah surat perlu ditindaklanjuti oleh seksi", 1, "diamond", how, "15 menit",
                 labels=[("Ya", 1), ("Tidak", 0)]),
        StepSpec("Menindaklanjuti surat sesuai disposisi", 3, "rect", how, "2 hari", output="Laporan"),
        StepSpec("Mengarsipkan surat beserta lembar disposisi", 0, "terminator", how, "10 menit",
                 output="Arsip"),
    ]


def write(path: Path, steps: list[StepSpec], **kw) -> Path:
    path.write_bytes(build_docx(steps, **kw))
    return path
