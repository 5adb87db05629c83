"""Text typed or pasted by a user, made safe to store, print and export."""
from __future__ import annotations

from ..domain.errors import UserError

MAX_TEXT = 100_000


def clean_text(value: object, what: str, limit: int = MAX_TEXT) -> str:
    """`value` as text without control characters; UserError naming `what` when longer than `limit`."""
    text = "" if value is None else str(value)
    # Control characters would break documents and exports; tabs/newlines are kept.
    # Lone surrogates (a broken clipboard, a non-UTF-8 command line) cannot be stored as UTF-8.
    text = "".join(ch for ch in text if (ch in "\n\t" or (ord(ch) >= 0x20 and ord(ch) != 0x7F))
                   and not 0xD800 <= ord(ch) <= 0xDFFF)
    if len(text) > limit:
        raise UserError(f"{what} terlalu panjang ({len(text):,} karakter; paling banyak {limit:,}).".replace(",", "."))
    return text
