"""User text made safe for ReportLab Paragraph markup.

A Paragraph's text is markup: "<b>" makes bold, "&amp;" is an entity and an
"<img src='http://…'/>" makes ReportLab fetch the URL. Every string a user typed
(names, sasaran, programs, the office profile…) goes through para_text() before it
reaches a Paragraph, so it prints exactly as typed.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from .fonts import printable


def para_text(s: object) -> str:
    """Paragraph markup that prints `s` literally: font fallback, escaping, newlines as <br/>."""
    if s is None:
        return ""
    return escape(printable(str(s))).replace("\n", "<br/>")


def para_line(s: object) -> str:
    """Like para_text, for places that hold one line (a name, a jabatan): newlines become spaces."""
    if s is None:
        return ""
    return escape(" ".join(printable(str(s)).split("\n")))
