"""Draw sopdesk's application icon and write the files the program and the installers use.

    python packaging/make_icon.py          # from the repository root

writes resources/icons/sopdesk.png (256 px), sopdesk-<N>.png for the smaller sizes,
sopdesk.ico (every size in one file, for the .exe, the installer and .sopcase files) and
sopdesk.svg (the large picture, which the program's window icon is made from).
The generated files are committed; run this again only to change the icon.

The picture: a rounded square in a calm government green-to-blue with a white SOP flowchart
— three steps staggered across swimlanes, joined by right-angled arrows, the way the printed
SOP AP sheet reads. Small sizes are drawn with their own, simpler geometry on whole pixels
instead of being shrunk from the large one, so they stay sharp.

Only PySide6 (a dependency of the program anyway) is used; the .ico is written by hand.
"""
from __future__ import annotations

import itertools
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)

TOP = QColor("#2f8f6f")     # calm green
BOTTOM = QColor("#1d5f86")  # government blue
EDGE = QColor("#17496a")
WHITE = QColor("#ffffff")


# ---- the picture, as a list of shapes (painted by Qt, and written out as SVG) -----------------
# ("rrect", x, y, w, h, radius, colour, alpha)    a filled rounded rectangle
# ("line", [(x, y), ...], width, colour, alpha)   an open polyline, flat caps, mitred joins
# ("poly", [(x, y), ...], colour, alpha)          a filled polygon

def _shapes(s: float) -> list[tuple]:
    """The flowchart on an s × s icon (not the background)."""
    out: list[tuple] = []
    if s <= 24:
        # Whole-pixel geometry for 16–24 px: three solid blocks and two plain bent lines.
        u = s / 16
        bw, bh = round(5 * u), max(2, round(3 * u))
        boxes = [(round(1.5 * u), round(2 * u)), (round(5.5 * u), round(6.5 * u)), (round(9.5 * u), round(11 * u))]
        lw = max(1, round(u))
        for (ax, ay), (bx, by) in itertools.pairwise(boxes):
            x, y = bx + (bw - lw) // 2, ay + (bh - lw) // 2
            out.append(("rrect", ax + bw, y, x + lw - ax - bw, lw, 0, WHITE, 1.0))
            out.append(("rrect", x, y, lw, by - y, 0, WHITE, 1.0))
        out += [("rrect", x, y, bw, bh, 0, WHITE, 1.0) for x, y in boxes]
        return out

    if s >= 48:  # two faint lane separators, as on the SOP sheet
        for x in (s * 0.37, s * 0.63):
            out.append(("line", [(x, s * 0.12), (x, s * 0.88)], s / 128, WHITE, 0.22))
    w, h = s * 0.25, s * 0.15
    centres = [(s * 0.25, s * 0.27), (s * 0.50, s * 0.50), (s * 0.75, s * 0.73)]
    boxes = [(cx - w / 2, cy - h / 2) for cx, cy in centres]
    line = max(1.5, s * 0.028)
    head = max(3.0, s * 0.05)
    for (ax, ay), (bx, by) in itertools.pairwise(boxes):
        mid_y, to_x = ay + h / 2, bx + w / 2
        out.append(("line", [(ax + w, mid_y), (to_x, mid_y), (to_x, by - head * 0.9)], line, WHITE, 1.0))
        out.append(("poly", [(to_x - head * 0.75, by - head), (to_x + head * 0.75, by - head), (to_x, by)], WHITE, 1.0))
    # Start and end are rounded (the terminator symbol), the step between is a plain box.
    out.append(("rrect", *boxes[0], w, h, h / 2, WHITE, 1.0))
    out.append(("rrect", *boxes[1], w, h, s * 0.012, WHITE, 1.0))
    out.append(("rrect", *boxes[2], w, h, h / 2, WHITE, 1.0))
    if s >= 64:  # a hint of text in the middle step
        bx, by = boxes[1]
        for i, frac in enumerate((0.72, 0.5)):
            y = by + h * (0.36 + 0.3 * i)
            out.append(("line", [(bx + w * 0.16, y), (bx + w * (0.08 + frac * 0.84), y)], s * 0.014, BOTTOM, 0.55))
    return out


def _frame(s: float) -> tuple[float, float, float]:
    """Margin, radius and edge width of the rounded square."""
    margin = s * 0.03 if s >= 32 else 0.0
    return margin, s * 0.19, (s / 128 if s >= 48 else 0.0)


def render(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    margin, radius, edge = _frame(size)
    grad = QLinearGradient(0, 0, size * 0.35, size)
    grad.setColorAt(0.0, TOP)
    grad.setColorAt(1.0, BOTTOM)
    p.setPen(QPen(EDGE, edge) if edge else Qt.PenStyle.NoPen)
    p.setBrush(QBrush(grad))
    inset = edge / 2
    p.drawRoundedRect(QRectF(margin + inset, margin + inset, size - 2 * (margin + inset), size - 2 * (margin + inset)),
                      radius, radius)
    # The small sizes' blocks sit on whole pixels and need no smoothing.
    p.setRenderHint(QPainter.RenderHint.Antialiasing, size > 24)
    for shape in _shapes(size):
        kind = shape[0]
        colour = QColor(shape[-2])
        colour.setAlphaF(shape[-1])
        if kind == "rrect":
            _, x, y, w, h, r, *_ = shape
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(QRectF(x, y, w, h), r, r)
        elif kind == "line":
            _, pts, width, *_ = shape
            p.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin))
            p.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath(QPointF(*pts[0]))
            for q in pts[1:]:
                path.lineTo(QPointF(*q))
            p.drawPath(path)
        elif kind == "poly":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawPolygon(QPolygonF([QPointF(*q) for q in shape[1]]))
    p.end()
    return img


def svg_text(size: int = 256) -> str:
    """The large picture as SVG (for QIcon, which scales it to any size)."""
    margin, radius, edge = _frame(size)
    inset = edge / 2
    f = lambda v: f"{v:.2f}".rstrip("0").rstrip(".")  # noqa: E731
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 {size} {size}">',
        "<!-- generated by packaging/make_icon.py; edit that script, not this file -->",
        f'<defs><linearGradient id="bg" gradientUnits="userSpaceOnUse" x1="0" y1="0" x2="{f(size * 0.35)}" '
        f'y2="{size}"><stop offset="0" stop-color="{TOP.name()}"/><stop offset="1" stop-color="{BOTTOM.name()}"/>'
        "</linearGradient></defs>",
        f'<rect x="{f(margin + inset)}" y="{f(margin + inset)}" width="{f(size - 2 * (margin + inset))}" '
        f'height="{f(size - 2 * (margin + inset))}" rx="{f(radius)}" fill="url(#bg)" stroke="{EDGE.name()}" '
        f'stroke-width="{f(edge)}"/>',
    ]
    for shape in _shapes(size):
        kind, colour, alpha = shape[0], QColor(shape[-2]).name(), shape[-1]
        op = "" if alpha == 1.0 else f' opacity="{f(alpha)}"'
        if kind == "rrect":
            _, x, y, w, h, r, *_ = shape
            parts.append(f'<rect x="{f(x)}" y="{f(y)}" width="{f(w)}" height="{f(h)}" rx="{f(r)}" '
                         f'fill="{colour}"{op}/>')
        elif kind == "line":
            pts = " ".join(f"{f(x)},{f(y)}" for x, y in shape[1])
            parts.append(f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="{f(shape[2])}" '
                         f'stroke-linecap="butt" stroke-linejoin="miter"{op}/>')
        elif kind == "poly":
            pts = " ".join(f"{f(x)},{f(y)}" for x, y in shape[1])
            parts.append(f'<polygon points="{pts}" fill="{colour}"{op}/>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not img.save(buf, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buf.close()
    return bytes(data)


def dib_bytes(img: QImage) -> bytes:
    """An uncompressed 32-bit icon image: BITMAPINFOHEADER, BGRA rows bottom-up, AND mask."""
    img = img.convertToFormat(QImage.Format.Format_ARGB32)
    n = img.width()
    header = struct.pack("<IiiHHIIiiII", 40, n, 2 * n, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in range(n - 1, -1, -1):
        line = bytes(img.constScanLine(y))[: 4 * n]  # ARGB32 in memory is B, G, R, A on little-endian
        rows.append(line)
    mask_row = ((n + 31) // 32) * 4
    mask = []
    for y in range(n - 1, -1, -1):
        bits = bytearray(mask_row)
        for x in range(n):
            if img.pixelColor(x, y).alpha() == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        mask.append(bytes(bits))
    return header + b"".join(rows) + b"".join(mask)


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """A multi-size .ico: PNG for 256 px (as Windows does), classic bitmaps below."""
    blobs = [(n, png_bytes(images[n]) if n >= 256 else dib_bytes(images[n])) for n in sorted(images)]
    out = [struct.pack("<HHH", 0, 1, len(blobs))]
    offset = 6 + 16 * len(blobs)
    for n, blob in blobs:
        dim = 0 if n >= 256 else n  # 0 means 256
        out.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        offset += len(blob)
    out += [blob for _, blob in blobs]
    return b"".join(out)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QPainter needs one
    app.setApplicationName("sopdesk-make-icon")
    OUT.mkdir(parents=True, exist_ok=True)
    images = {n: render(n) for n in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for n in PNG_SIZES:
        name = "sopdesk.png" if n == 256 else f"sopdesk-{n}.png"
        (OUT / name).write_bytes(png_bytes(images[n]))
    (OUT / "sopdesk.ico").write_bytes(ico_bytes({n: images[n] for n in ICO_SIZES}))
    (OUT / "sopdesk.svg").write_text(svg_text(), encoding="utf-8")
    print(f"wrote {len(PNG_SIZES)} PNG files, sopdesk.ico ({len(ICO_SIZES)} sizes) and sopdesk.svg to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
