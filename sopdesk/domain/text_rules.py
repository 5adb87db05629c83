"""Characters that must not enter a name, a title or a note, whether typed or imported.

Direction controls (U+202A–U+202E, U+2066–U+2069, U+200E/F) reorder what is shown
("Surat \u202efdp.exe" reads as "Surat exe.pdf"); zero-width characters make two
names that look the same differ. They are removed. C0/C1 control characters would
break documents and exports; a caller refuses or drops them (tab and newline stay).
"""
from __future__ import annotations

INVISIBLE = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)]       # LRE RLE PDF LRO RLO
    + [chr(c) for c in range(0x2066, 0x206A)]     # LRI RLI FSI PDI
    + ["\u200e", "\u200f", "\u061c"]              # LRM RLM ALM
    + ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u180e", "\u00ad"]  # zero-width, word joiner, BOM, SHY
)
_INVISIBLE_TABLE = {ord(c): None for c in INVISIBLE}


def strip_invisible(text: str) -> str:
    return text.translate(_INVISIBLE_TABLE)


def is_control(ch: str) -> bool:
    """C0 and C1 controls and DEL (tab and newline are text); lone surrogates count too."""
    o = ord(ch)
    return (o < 0x20 and ch not in "\n\t") or 0x7F <= o <= 0x9F or 0xD800 <= o <= 0xDFFF


def has_control(text: str) -> bool:
    return any(is_control(ch) for ch in text)


def has_visible(text: str) -> bool:
    """True when something would show: not only spaces, controls or invisible characters."""
    return any(not ch.isspace() and not is_control(ch) and ch not in INVISIBLE for ch in text)
