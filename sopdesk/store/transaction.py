"""One transaction, whose database failures reach the user as StoreError in Indonesian.

The service layer opens every unit of work through this (Office.reading()/writing()),
so it never needs to know SQLAlchemy's exceptions.
"""
from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from types import TracebackType
from typing import Literal

from sqlalchemy.engine import Connection, Engine, RowMapping
from sqlalchemy.exc import DBAPIError, IntegrityError

from .errors import StoreError, describe_error

__all__ = ["Connection", "ConstraintViolated", "Row", "Transaction"]

log = logging.getLogger(__name__)

Row = RowMapping   # a row read by a store/ query, by column name; what the service layer sees


class ConstraintViolated(Exception):
    """A row broke a UNIQUE, CHECK or FOREIGN KEY rule (or an append-only trigger).

    Not a UserError: unless the caller expects it (a NIP registered twice) it
    is a program fault and must show as one.
    """


class Transaction(AbstractContextManager[Connection]):
    """`with Transaction(engine) as conn:` commits at the end of the block, rolls back if it raised."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._cm: AbstractContextManager[Connection] | None = None

    def __enter__(self) -> Connection:
        try:
            self._cm = self._engine.begin()
            return self._cm.__enter__()
        except DBAPIError as e:
            log.exception("database error")
            raise StoreError(describe_error(e)) from e

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> Literal[False]:
        assert self._cm is not None
        try:
            self._cm.__exit__(exc_type, exc, tb)  # rolls back when the block raised
        except IntegrityError as e:
            raise ConstraintViolated(str(e.orig)) from e
        except DBAPIError as e:
            log.exception("database error")
            raise StoreError(describe_error(e)) from e
        if isinstance(exc, IntegrityError):
            raise ConstraintViolated(str(exc.orig)) from exc
        # A statement inside the block failed (disk full, I/O error): the same plain message.
        if isinstance(exc, DBAPIError):
            log.error("database error", exc_info=exc)
            raise StoreError(describe_error(exc)) from exc
        return False
