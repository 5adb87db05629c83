"""The one font family every sopdesk PDF uses, embedded, and what to do with glyphs it lacks.

Indonesian official letters are set in Times New Roman; Liberation Serif has the same
metrics and a licence that allows embedding. ReportLab's 14 built-in fonts are neither
embedded nor able to print beyond Latin-1, so they are never used.
"""
from __future__ import annotations

import threading
import unicodedata

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..resources import resource_path

FAMILY = "LiberationSerif"
REGULAR = "LiberationSerif"
BOLD = "LiberationSerif-Bold"
ITALIC = "LiberationSerif-Italic"
BOLD_ITALIC = "LiberationSerif-BoldItalic"

_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

# First command of every TableStyle: a Table draws even its empty string cells in its own
# default font (Helvetica), which would then sit unembedded in the PDF's font list.
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)

# Printed in place of a character the font cannot draw (emoji, CJK, Arabic…): the reader
# sees that something was there, and nothing is silently lost.
STAND_IN = "\u25a1"  # □, present in Liberation Serif

_lock = threading.Lock()
_covered: frozenset[int] | None = None


def register_fonts() -> str:
    """Register the family with ReportLab once (so <b>/<i> in a Paragraph work); returns its name."""
    global _covered
    if _covered is not None:
        return FAMILY
    with _lock:
        if _covered is None:
            cover: set[int] | None = None
            for name, filename in _FILES.items():
                font = TTFont(name, str(resource_path("fonts", filename)))
                pdfmetrics.registerFont(font)
                # Only characters all four faces can draw: a bold name must print too.
                chars = set(font.face.charToGlyph)
                cover = chars if cover is None else cover & chars
            pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
            _covered = frozenset(cover or ())
    return FAMILY


# Invisible formatting characters (direction marks, zero-width joiners, variation selectors
# after an emoji): they have no printed form, so they are left out rather than shown as □.
def _invisible(ch: str) -> bool:
    cp = ord(ch)
    return unicodedata.category(ch) == "Cf" or 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


def printable(text: str) -> str:
    """The text with every character the font lacks replaced by STAND_IN.

    NFC first, so an "e" followed by a combining accent becomes the "é" the font has.
    Tabs become spaces; CR, CRLF and the Unicode line/paragraph separators become LF; other control
    characters become STAND_IN.
    """
    register_fonts()
    assert _covered is not None
    text = unicodedata.normalize("NFC", str(text)).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    out = []
    for ch in text:
        if ch == "\n" or ch == " " or (ord(ch) in _covered and unicodedata.category(ch) != "Cc"):
            out.append(ch)
        elif _invisible(ch):
            continue
        else:
            out.append(STAND_IN)
    return "".join(out)
