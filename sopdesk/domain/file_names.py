"""Suggested file names: short enough for a flashdisk folder, cut between words, never losing the year.

"kasus-12-penyusunan-perjanjian-kinerja-sekretariat-tahun-2027.sopcase", not
"...-tahun-202.sopcase": a name that lost the end of its year reads as the wrong year.
"""
from __future__ import annotations

import re

_YEAR = re.compile(r"^(19|20)\d\d$")
_NOT_SLUG = re.compile(r"[^0-9A-Za-z]+")


def shorten_words(text: str, limit: int, sep: str = " ") -> str:
    """`text` (words joined by `sep`) at most `limit` characters: whole words from the start, and the
    last year in it (e.g. 2027) kept at the end if it would fall off. A first word longer than the
    limit is cut inside."""
    words = [w for w in text.split(sep) if w]
    joined = sep.join(words)
    if len(joined) <= limit:
        return joined
    years = [i for i, w in enumerate(words) if _YEAR.match(w)]
    year = words[years[-1]] if years else ""
    room = limit - (len(sep) + len(year) if year else 0)
    kept: list[str] = []
    for i, word in enumerate(words):
        if year and i == years[-1]:
            continue   # placed at the end
        if len(sep.join([*kept, word])) > room:
            break
        kept.append(word)
    if not kept:   # one long first word
        kept = [words[0][:max(1, room)]]
    return sep.join([*kept, year]) if year else sep.join(kept)


def slug(text: str, limit: int = 60, default: str = "kasus") -> str:
    """"Penyusunan PK Tahun 2027" -> "penyusunan-pk-tahun-2027": ASCII letters and digits joined by "-"."""
    words = _NOT_SLUG.sub("-", text or "").strip("-").lower()
    return shorten_words(words, limit, "-") or default
