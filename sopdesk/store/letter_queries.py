"""The register of issued letter numbers. Each function takes an open Connection; the caller owns the transaction.

Drawing a number reads and writes in one write transaction (see app/paperwork.issue_number):
on SQLite its write lock lets one PC draw at a time; on a server the UNIQUE (year, seq) refuses
the second of two PCs drawing side by side, which then draws again.
"""
from __future__ import annotations

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from . import tables as t


def last_seq(conn: Connection, year: int) -> int:
    """The highest sequence number issued in `year` (0 before the first)."""
    ln = t.letter_numbers.c
    return int(conn.execute(select(func.max(ln.seq)).where(ln.year == year)).scalar() or 0)


def number_taken(conn: Connection, number: str) -> bool:
    ln = t.letter_numbers.c
    return conn.execute(select(ln.id).where(ln.number == number)).first() is not None


def add_number(conn: Connection, *, year: int, seq: int, number: str, case_id: int | None, purpose: str,
               issued_at: str) -> bool:
    """Register the number; False if another PC registered (year, seq) first (on a server, whose
    transactions run side by side; the caller draws again from the newest)."""
    try:
        with conn.begin_nested():   # a savepoint: the refused row must not abort the whole transaction
            conn.execute(insert(t.letter_numbers).values(year=year, seq=seq, number=number, case_id=case_id,
                                                         purpose=purpose, issued_at=issued_at))
    except IntegrityError:
        return False
    return True


def numbers_of_case(conn: Connection, case_id: int) -> list[str]:
    """The numbers drawn for the case, oldest first."""
    ln = t.letter_numbers.c
    return [str(n) for n in conn.execute(select(ln.number).where(ln.case_id == case_id).order_by(ln.id)).scalars()]
