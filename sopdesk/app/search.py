"""Finding a case by words, and the index (case_words) that makes it fast.

A case is found by the words of its title, letter number, subject, the people recorded on its
events, the letter numbers drawn for it and the two parties of its PK (domain/search_words.py
folds them). The index is kept in the same transaction as every change of those:

- a new case (cases.new_case), a case imported from a .sopcase (transfer.import_case), a PK
  saved or chosen (paperwork), a letter number drawn for a case: `index_case()` reads the case
  again and writes the difference;
- an event: `note_actor()` adds the words of its person if new (events.append);
- demo data in bulk: `generated_rows()` beside append_generated's own rows.

A database upgraded from schema 7 has the table but no words: the program fills it once
(`build()`, by ranges of case ids, each its own transaction, with progress), after which a
'case_words_built' row in meta says so. Until then `ready()` is False and a search builds first.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..domain.search_words import capped, prefix_end, terms, words
from ..store import search_queries
from ..store.transaction import Connection

if TYPE_CHECKING:
    from .office import Office

Progress = Callable[[int, int], None]
BUILD_BATCH = 2000   # cases per transaction while filling the index of an older database (about a second each)


def index_case(conn: Connection, case_id: int) -> None:
    """Write the case's words as they are now (after it was made or its fields changed)."""
    texts = search_queries.case_texts(conn, case_id, case_id + 1).get(case_id)
    if texts is not None:
        search_queries.set_case_words(conn, case_id, words(*texts))


def note_actor(conn: Connection, case_id: int, actor: str) -> None:
    """The person of a new event is a word of the case too."""
    if actor:
        search_queries.add_case_words(conn, case_id, words(actor))


def generated_rows(cases: Iterable[tuple[int, Sequence[str]]]) -> list[dict[str, Any]]:
    """case_words rows of many cases given as (id, texts), for one executemany."""
    folded: dict[str, set[str]] = {}   # the same names and titles come back case after case
    rows = []
    for case_id, texts in cases:
        found: set[str] = set()
        for text in texts:
            if text not in folded:
                folded[text] = words(text)
            found |= folded[text]
        rows += [{"word": w, "case_id": case_id} for w in capped(found)]
    return rows


def add_generated(conn: Connection, cases: Iterable[tuple[int, Sequence[str]]]) -> None:
    search_queries.add_words(conn, generated_rows(cases))


# -- the index of an older database ------------------------------------------------------

def ready(office: Office) -> bool:
    """Every case's words are in the index (False once, after the upgrade of an older database)."""
    with office.reading() as conn:
        return search_queries.is_built(conn)


def build(office: Office, progress: Progress | None = None, *, batch: int = BUILD_BATCH) -> int:
    """Fill the index with every case's words; return how many cases were read.

    Each range of ids is one transaction that reads the cases and replaces their words, so
    changes made meanwhile (this window or another PC) are never lost, and an interrupted build
    is simply done again. A database already built costs one read.
    """
    with office.reading() as conn:
        if search_queries.is_built(conn):
            return 0
        lo, hi = search_queries.case_id_bounds(conn)
    total = max(0, hi - lo + 1)
    if progress:
        progress(0, total)
    done = 0
    start = lo
    while start <= hi:
        end = start + batch
        with office.writing() as conn:
            texts = search_queries.case_texts(conn, start, end)
            search_queries.replace_range(conn, start, end, generated_rows(texts.items()))
        done = min(total, end - lo)
        if progress:
            progress(done, total)
        start = end
    with office.writing() as conn:
        # Cases added after the bounds were read were indexed as they were made.
        search_queries.mark_built(conn, office.now_text())
    return total


def mark_built(conn: Connection, when: str) -> None:
    """Say every case has its words (a new database, before its first case)."""
    search_queries.mark_built(conn, when)


# -- the search ----------------------------------------------------------------------

def needs_index(office: Office, query: str | None) -> None:
    """Build the index first if an older database still lacks it and the query holds a word
    (the window does that ahead, with its progress shown)."""
    if terms(query or ""):
        build(office)


def clause(conn: Connection, query: str | None) -> search_queries.Condition | None:
    """The condition on cases for what was typed; None when it holds no word (everything matches)."""
    found = terms(query or "")
    if not found:
        return None
    ranges = [(term, prefix_end(term)) for term in found]
    sizes = search_queries.term_sizes(conn, ranges)
    ranges = [r for _size, _i, r in sorted(zip(sizes, range(len(ranges)), ranges, strict=True))]
    text = (query or "").strip()
    number = int(text) if text.isascii() and text.isdigit() and len(text) < 19 else None
    return search_queries.search_clause(ranges, conn.dialect.name, or_id=number)
