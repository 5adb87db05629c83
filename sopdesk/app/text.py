"""Text typed, pasted or imported, made safe to store, print and export.

clean_text() for any text: control characters (C0, C1, DEL) and lone surrogates dropped.
clean_name() for names and titles: also the direction and invisible characters of
domain/text_rules (a right-to-left override makes "Surat \u202efdp.exe" read "Surat exe.pdf").
"""
from __future__ import annotations

from ..domain.errors import UserError
from ..domain.messages import Message, msg
from ..domain.text_rules import is_control, strip_invisible

MAX_TEXT = 100_000


def clean_text(value: object, what: str | Message, limit: int = MAX_TEXT) -> str:
    """`value` as text without control characters; UserError naming `what` when longer than `limit`.

    `what` is a field-name message (msg("field.title")), worded in the screen's language, or a
    key of a file (a profile or .sopcase key) kept as it is written."""
    text = "" if value is None else str(value)
    # Control characters would break documents and exports; tabs/newlines are kept.
    # Lone surrogates (a broken clipboard, a non-UTF-8 command line) cannot be stored as UTF-8.
    text = "".join(ch for ch in text if not is_control(ch))
    if len(text) > limit:
        raise UserError(msg("text.too_long", field=what, length=_thousands(len(text)), most=_thousands(limit)))
    return text


def clean_name(value: object, what: str | Message, limit: int = MAX_TEXT) -> str:
    """A name or a title: clean_text without direction or invisible characters, trimmed."""
    return strip_invisible(clean_text(value, what, limit)).strip()


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")   # Indonesian digit grouping: 100.000
