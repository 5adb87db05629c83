"""The case_words table: the words each case is found by, and the search that reads them.

Each function takes an open Connection; the caller owns the transaction. The words themselves
are made by domain/search_words.py (through app/search.py); here they are only stored and read.
Portable SQL (SQLite and PostgreSQL): a term is a range [term, end) on the primary key
(word, case_id), and the terms of one search are intersected in one statement.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, func, insert, intersect, or_, select
from sqlalchemy.engine import Connection

from . import tables as t

BUILT_KEY = "case_words_built"   # meta: every case's words are in case_words (absent after the upgrade to 8)

Term = tuple[str, str]           # a search term as the range [start, end) of the words it matches
Condition = ColumnElement[bool]  # a condition on the cases table


def _word(dialect: str) -> Any:
    """The word column compared code point by code point, as the ranges are computed (PostgreSQL's
    default collation would order by language rules)."""
    w = t.case_words.c.word
    return w.collate("C") if dialect == "postgresql" else w


def matching_ids(terms: Sequence[Term], dialect: str = "sqlite") -> Select[Any]:
    """The ids of the cases having, for every term, a word in its range: range scans of the primary
    key, nested, the first term innermost (give the rarest first: term_sizes). Each outer scan only
    probes the ids the inner ones found; `case_id + 0` keeps SQLite from reading the case_id index
    for each of those instead. Faster than INTERSECT or EXISTS (bench/search_bench.py)."""
    word, case_id = _word(dialect), t.case_words.c.case_id
    inner: Select[Any] | None = None
    for lo, hi in terms:
        q = select(case_id).where(word >= lo, word < hi)
        inner = q if inner is None else q.where((case_id + 0).in_(inner))
    assert inner is not None, "a search has at least one term"
    return inner


def matching_ids_intersect(terms: Sequence[Term], dialect: str = "sqlite") -> Select[Any]:
    """The same as matching_ids as one INTERSECT (kept for the benchmark's comparison)."""
    word, case_id = _word(dialect), t.case_words.c.case_id
    selects = [select(case_id).where(word >= lo, word < hi) for lo, hi in terms]
    if len(selects) == 1:
        return selects[0]
    return intersect(*selects).subquery().select()


def matching_ids_exists(terms: Sequence[Term], dialect: str = "sqlite") -> Select[Any]:
    """The same as matching_ids with nested EXISTS (kept for the benchmark's comparison)."""
    first, *rest = terms
    outer = t.case_words.alias("w0")
    q = select(outer.c.case_id).where(outer.c.word >= first[0], outer.c.word < first[1])
    for i, (lo, hi) in enumerate(rest, start=1):
        inner = t.case_words.alias(f"w{i}")
        word = inner.c.word.collate("C") if dialect == "postgresql" else inner.c.word
        q = q.where(select(inner.c.case_id).where(inner.c.case_id == outer.c.case_id, word >= lo, word < hi)
                    .exists())
    return q


def term_sizes(conn: Connection, terms: Sequence[Term], cap: int = 10_000) -> list[int]:
    """How many words each term's range holds, counted up to `cap` (enough to put the rare first)."""
    word, sizes = _word(conn.dialect.name), []
    for lo, hi in terms:
        some = select(t.case_words.c.case_id).where(word >= lo, word < hi).limit(cap).subquery()
        sizes.append(int(conn.execute(select(func.count()).select_from(some)).scalar() or 0))
    return sizes


def search_clause(terms: Sequence[Term], dialect: str = "sqlite", *, or_id: int | None = None) -> ColumnElement[bool]:
    """A condition on the cases table: the case has every term; `or_id` is also let through (a
    number typed alone is a case number too)."""
    cond = t.cases.c.id.in_(matching_ids(terms, dialect))
    return cond if or_id is None else or_(cond, t.cases.c.id == or_id)


# -- keeping the words in step ---------------------------------------------------------

def words_of_case(conn: Connection, case_id: int) -> set[str]:
    w = t.case_words.c
    return set(conn.execute(select(w.word).where(w.case_id == case_id)).scalars())


def set_case_words(conn: Connection, case_id: int, words: Iterable[str]) -> None:
    """The case's words become `words`: only the difference is written."""
    new, old = set(words), words_of_case(conn, case_id)
    gone, added = old - new, new - old
    w = t.case_words.c
    if gone:
        for chunk in _chunks(sorted(gone), 500):
            conn.execute(delete(t.case_words).where(w.case_id == case_id, w.word.in_(chunk)))
    if added:
        conn.execute(insert(t.case_words), [{"word": x, "case_id": case_id} for x in sorted(added)])


def add_case_words(conn: Connection, case_id: int, words: Iterable[str]) -> None:
    """Add `words` the case does not have yet (a new person recorded on it)."""
    wanted = set(words)
    if not wanted:
        return
    w = t.case_words.c
    have = set(conn.execute(select(w.word).where(w.case_id == case_id, w.word.in_(sorted(wanted)))).scalars())
    if wanted - have:
        conn.execute(insert(t.case_words), [{"word": x, "case_id": case_id} for x in sorted(wanted - have)])


def add_words(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    """Rows of (word, case_id) of cases that have none yet, in one executemany (new cases in bulk)."""
    if rows:
        conn.execute(insert(t.case_words), list(rows))


def replace_range(conn: Connection, lo: int, hi: int, rows: Sequence[Mapping[str, Any]]) -> None:
    """The words of the cases with lo <= id < hi become `rows` (word, case_id)."""
    w = t.case_words.c
    conn.execute(delete(t.case_words).where(and_(w.case_id >= lo, w.case_id < hi)))
    add_words(conn, rows)


# -- what a case is found by -----------------------------------------------------------

def case_texts(conn: Connection, lo: int, hi: int) -> dict[int, list[str]]:
    """For each case with lo <= id < hi: its title, letter number and subject, the people recorded
    on its events, the letter numbers drawn for it and the two parties of its PK."""
    c, e, ln, pk = t.cases.c, t.events.c, t.letter_numbers.c, t.pk_contents.c
    out: dict[int, list[str]] = {}
    for row in conn.execute(select(c.id, c.title, c.ref_number, c.ref_subject)
                            .where(c.id >= lo, c.id < hi).order_by(c.id)):
        out[row[0]] = [row[1], row[2], row[3]]
    if not out:
        return out
    for case_id, actor in conn.execute(select(e.case_id, e.actor).distinct()
                                       .where(e.case_id >= lo, e.case_id < hi, e.actor != "")):
        if case_id in out:
            out[case_id].append(actor)
    for case_id, number in conn.execute(select(ln.case_id, ln.number).where(ln.case_id >= lo, ln.case_id < hi)):
        if case_id in out:
            out[case_id].append(number)
    for case_id, content in conn.execute(select(pk.case_id, pk.content).where(pk.case_id >= lo, pk.case_id < hi)):
        if case_id in out:
            out[case_id] += pk_party_names(content)
    return out


def pk_party_names(content: str) -> list[str]:
    """The names of the two parties of a stored PK (nothing from a text that is no PK)."""
    try:
        data = json.loads(content)
        return [str(data[k]["name"]) for k in ("first_party", "second_party")
                if isinstance(data.get(k), dict) and data[k].get("name")]
    except (ValueError, TypeError, AttributeError):
        return []


def case_id_bounds(conn: Connection) -> tuple[int, int]:
    """(lowest, highest) case id; (1, 0) without cases."""
    lo, hi = conn.execute(select(func.min(t.cases.c.id), func.max(t.cases.c.id))).one()
    return (1, 0) if lo is None else (int(lo), int(hi))


def is_built(conn: Connection) -> bool:
    return conn.execute(select(t.meta.c.key).where(t.meta.c.key == BUILT_KEY)).first() is not None


def mark_built(conn: Connection, when: str) -> None:
    if not is_built(conn):
        conn.execute(insert(t.meta).values(key=BUILT_KEY, value=when))


# -- the late filters' counts ---------------------------------------------------------

def count(conn: Connection, where: ColumnElement[bool] | None) -> int:
    q = select(func.count()).select_from(t.cases)
    if where is not None:
        q = q.where(where)
    return int(conn.execute(q).scalar() or 0)


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
