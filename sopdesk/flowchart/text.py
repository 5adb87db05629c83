"""Measuring and wrapping cell text.

The painters (Qt on screen, ReportLab on paper) use different fonts, so the
width of a string is injected as a `Measure`; `approx_measure` is a font-free
default good enough for tests and for a first layout.
"""
from __future__ import annotations

import re
from collections.abc import Callable

Measure = Callable[[str, float], float]
"""(text, font size in points) -> width of the text in points."""

# Advance widths of Helvetica/Arial (1/1000 em) for ASCII 32..126. Liberation
# Sans and Arial share these metrics, so the estimate is close for the fonts
# the painters are likely to use.
_WIDTHS = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
)
_DEFAULT_WIDTH = 580  # anything outside ASCII (accents, CJK…): a slightly wide average


def approx_measure(text: str, size: float) -> float:
    """Width of `text` in a Helvetica-like sans font of `size` points."""
    total = 0
    for ch in text:
        code = ord(ch)
        total += _WIDTHS[code - 32] if 32 <= code <= 126 else (0 if ch in "\r\n" else _DEFAULT_WIDTH)
    return total * size / 1000.0


def wrap(text: str, width: float, size: float, measure: Measure = approx_measure) -> list[str]:
    """Break `text` into lines no wider than `width` at font `size`.

    Words are kept whole where possible; a word wider than the line is broken
    between characters. Explicit newlines start a new line (an empty line
    stays empty). An empty text gives no lines.
    """
    if not text:
        return []
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if measure(candidate, size) <= width:
                current = candidate
                continue
            if measure(word, size) > width:
                # a word longer than the line: break it (after a slash or hyphen where it has one);
                # its first piece may still go on this line ("Form PK/DPA/" + "Renstra")
                pieces = _break_word(word, width, size, measure)
                if current and len(pieces) > 1 and measure(f"{current} {pieces[0]}", size) <= width:
                    lines.append(f"{current} {pieces[0]}")
                    pieces = pieces[1:]
                elif current:
                    lines.append(current)
                lines.extend(pieces[:-1])
                current = pieces[-1]
                continue
            if current:
                lines.append(current)
            current = word
        lines.append(current)
    return lines


def _break_word(word: str, width: float, size: float, measure: Measure) -> list[str]:
    """A word wider than the line, in pieces: after a "/" or "-" where it has one ("Form PK/DPA/" +
    "Renstra"), else between characters."""
    parts = [p for p in re.split(r"(?<=[/\-])", word) if p]
    pieces: list[str] = []
    current = ""
    for part in parts:
        if current and measure(current + part, size) <= width:
            current += part
            continue
        if current:
            pieces.append(current)
            current = ""
        if measure(part, size) <= width:
            current = part
            continue
        for ch in part:
            if current and measure(current + ch, size) > width:
                pieces.append(current)
                current = ch
            else:
                current += ch  # at least one character per line, however narrow
    pieces.append(current)
    return pieces
