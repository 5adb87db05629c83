"""Reading our PDFs back the way a reader (and a printer) sees them."""
from __future__ import annotations

import re
import socket

import pytest
from pypdf import PdfReader

MM = 72 / 25.4
FOOTER_LOW = 15 * MM * 0.4   # a "Halaman X dari Y" footer sits below the frame
HOSTILE = '<b>&amp; <img src="http://example.invalid/x.png"/>'


def norm(text: str) -> str:
    return " ".join(text.split())


def squash(text: str) -> str:
    """No whitespace at all: a long word cut at a column edge still matches."""
    return re.sub(r"\s+", "", text)


def page_texts(path) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


def sizes(path) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1)) for p in PdfReader(str(path)).pages]


def font_dicts(path):
    for page in PdfReader(str(path)).pages:
        for name, ref in page["/Resources"].get_object().get("/Font", {}).items():
            yield name, ref.get_object()


def assert_fonts_embedded(path):
    seen = 0
    for name, font in font_dicts(path):
        desc = font.get("/FontDescriptor")
        if desc is None and "/DescendantFonts" in font:
            desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        assert desc is not None, f"font {name} {font.get('/BaseFont')} has no descriptor (not embedded)"
        assert "/FontFile2" in desc.get_object(), f"font {name} {font.get('/BaseFont')} is not embedded"
        seen += 1
    assert seen


def text_positions(path):
    """(page number, x, y, text, x_end) of every text run, in page coordinates."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from sopdesk.documents.fonts import REGULAR, register_fonts
    register_fonts()
    out = []
    for no, page in enumerate(PdfReader(str(path)).pages, start=1):
        def visit(text, cm, tm, font_dict, font_size, no=no):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                font = str(font_dict["/BaseFont"]).lstrip("/").split("+")[-1] if font_dict else REGULAR
                width = stringWidth(text.rstrip("\n"), font, font_size * tm[0] * cm[0])
                out.append((no, x, y, text, x + width))
        page.extract_text(visitor_text=visit)
    return out


def assert_text_inside_margins(path, margin=15 * MM, *, bottom=None):
    """Nothing drawn beyond the printable area (clipped by the printer, or off the page).

    `bottom` is the lowest baseline allowed (default margin - 5 pt): a footer sits lower than the text.
    """
    dims = sizes(path)
    runs = text_positions(path)
    assert len(runs) > 10
    low = margin - 5 if bottom is None else bottom
    for no, x, y, text, x_end in runs:
        w, h = dims[no - 1]
        assert margin - 1 <= x and x_end <= w - margin + 1, f"page {no}: {text!r} from x={x:.0f} to {x_end:.0f}"
        assert low <= y <= h - margin * 0.6, f"page {no}: {text!r} at y={y:.0f}"


def has_image(path) -> bool:
    for page in PdfReader(str(path)).pages:
        for ref in page["/Resources"].get_object().get("/XObject", {}).values():
            if ref.get_object().get("/Subtype") == "/Image":
                return True
    return False


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Rendering must never reach out to the network (an <img src="http://…"> typed by a user).

    Autouse in every test module that imports it."""
    def refuse(*args, **kwargs):
        raise AssertionError("PDF rendering tried to open a network connection")
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
