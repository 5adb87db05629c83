"""The words a case is found by, and the words of what someone types to find it.

Both sides are folded the same way: lower case (casefold), accents removed (NFKD without the
combining marks: "Désa" is "desa"), compatibility forms unified ("²" is "2", "ﬁ" is "fi"),
apostrophes inside a word dropped ("Jum'at" is "jumat"). Everything that is not a letter or a
digit separates words: spaces, commas, brackets, emoji, `<&>`.

Letter numbers stay findable. A run of letters and digits joined by "/", ".", "-", "_" or "\\"
("800/012/2026", "000.7.2.7", "e-KTP", "S.E.") is a *compound*: each of its parts is a word
("800", "012", "2026"), and so is the compound itself and each of its tails, written with "/"
between the parts ("800/012/2026", "012/2026"). So "012" finds it, "800/012" and "012/2026"
find it, and "800.012" finds it too (the joiner does not matter). A compound of more than
MAX_PARTS parts keeps its parts and the whole, without the tails.

A search term matches a case when one of the case's words starts with it, and a search
matches when every term does, in any order: "Sekcam 2025" finds "Penyusunan PK Sekcam Tahun
2025". Words are cut to MAX_WORD characters on both sides, so a long term still matches.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_WORD = 64        # characters kept of a word (the index stays small; a prefix of a cut word still matches)
MAX_PARTS = 8        # a compound with more parts than this is not indexed by its tails
MAX_TERMS = 12       # terms of one search (a pasted paragraph must not make a statement of hundreds)
MAX_WORDS = 4000     # distinct words kept of one case (a 10,000-character subject has fewer)

# Apostrophes (straight, right quote, modifier letter, grave, acute) between letters or digits.
_APOSTROPHE = re.compile("(?<=[^\\W_])['\u2019\u02bc`\u00b4](?=[^\\W_])")
_COMPOUND = re.compile(r"[^\W_]+(?:[/.\-_\\][^\W_]+)*")
_PART = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower case, without accents, compatibility forms unified, apostrophes inside words dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _APOSTROPHE.sub("", plain)


def _compounds(text: str) -> Iterable[list[str]]:
    """The parts of each compound (a single word is a compound of one part) of folded text."""
    for m in _COMPOUND.finditer(text):
        yield _PART.findall(m.group())


def words(*texts: str) -> set[str]:
    """The distinct words that find a case whose fields are `texts`."""
    out: set[str] = set()
    for text in texts:
        if not text:
            continue
        for parts in _compounds(fold(text)):
            out.update(p[:MAX_WORD] for p in parts)
            if len(parts) > 1:
                out.add("/".join(parts)[:MAX_WORD])
                if len(parts) <= MAX_PARTS:
                    out.update("/".join(parts[i:])[:MAX_WORD] for i in range(1, len(parts) - 1))
    return capped(out)


def capped(found: set[str]) -> set[str]:
    """At most MAX_WORDS of a case's words (the first in order), whichever texts they came from."""
    return found if len(found) <= MAX_WORDS else set(sorted(found)[:MAX_WORDS])


def terms(query: str) -> list[str]:
    """The terms of a search as typed, each to be matched as the start of a word.

    A term that starts another term is left out (every case "sekcam" finds, "sek" finds too),
    as are repeats; the rest keep the order typed. At most MAX_TERMS terms.
    """
    found: list[str] = []
    for parts in _compounds(fold(query or "")):
        term = "/".join(parts)[:MAX_WORD]
        if term not in found:
            found.append(term)
    kept = [t for t in found if not any(o != t and o.startswith(t) for o in found)]
    return kept[:MAX_TERMS]


def prefix_end(term: str) -> str:
    """The first text after every text that starts with `term`, in code point order: a search for
    the words starting with `term` reads the range [term, prefix_end(term))."""
    last = ord(term[-1])
    if last >= 0x10FFFF:   # no code point after it: widen to the term without its last character
        return prefix_end(term[:-1]) if len(term) > 1 else "\U0010ffff"
    after = last + 1 if not 0xD7FF <= last < 0xE000 else 0xE000   # surrogates are no text
    return term[:-1] + chr(after)
