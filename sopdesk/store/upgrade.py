"""Numbered schema upgrades: step N turns a version N-1 database into version N.

A database from any earlier release is upgraded when it is opened: first a
backup (`...-sebelum-pembaruan.sqlite`, made through the `back_up` the opener
hands in, since backup.py sits above this module; no backup, no upgrade), then every
missing step and the new version number in ONE transaction, so a power cut
mid-upgrade leaves the old version, intact, to be upgraded at the next open.
Steps only add (columns, tables, indexes, triggers) and fill in; they never
drop user data, and they never touch the append-only triggers on events.

To add version N: write `_vN_...`, put it in STEPS, change data/schema.sql and
tables.py so new databases get the same schema, raise schema.SCHEMA_VERSION,
and make the fixture tests/fixtures/schema-v<N>.sqlite of the release. Every
open compares a database with what schema.sql and these steps make (shape.py):
an index or trigger a step creates must read as in schema.sql (spacing, case
and comments aside), or upgraded databases are refused as altered.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from . import schema
from .engine import writer
from .errors import StoreError, describe_error
from .sqlite_file import database_file

log = logging.getLogger(__name__)

# A new random uid for every case inserted without one, whatever inserts it
# (the program, the demo data, an older build): the identity of a case across PCs.
CASE_UID_TRIGGER = """CREATE TRIGGER cases_uid_default AFTER INSERT ON cases WHEN NEW.uid IS NULL
BEGIN
    UPDATE cases SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END"""


def _v2_case_uid(conn: Connection) -> None:
    """Cases get a stable uid, so a case moved by flashdisk is recognised when it comes back."""
    conn.exec_driver_sql("ALTER TABLE cases ADD COLUMN uid TEXT")
    conn.exec_driver_sql("UPDATE cases SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL")
    conn.exec_driver_sql("CREATE UNIQUE INDEX cases_uid ON cases(uid)")
    conn.exec_driver_sql(CASE_UID_TRIGGER)


def _v3_sop_origin(conn: Connection) -> None:
    """SOP versions that came with a case from another PC stop being the default for new cases."""
    conn.exec_driver_sql("ALTER TABLE sop_versions ADD COLUMN origin TEXT NOT NULL DEFAULT 'local' "
                         "CHECK (origin IN ('local', 'imported'))")


STEPS: dict[int, Callable[[Connection], None]] = {
    2: _v2_case_uid,
    3: _v3_sop_origin,
}


def upgrade_database(engine: Engine, found: int, back_up: Callable[[Path], Path]) -> int:
    """Bring a database of schema `found` up to schema.SCHEMA_VERSION; return the new version.

    The backup before the upgrade is made here, by `back_up(database file)`, not by the
    caller: no backup, no upgrade.
    """
    target = schema.SCHEMA_VERSION
    missing = [v for v in range(found + 1, target + 1) if v not in STEPS]
    if found < 1 or missing:
        raise StoreError(f"Basis data skema {found} tidak dapat diperbarui oleh versi sopdesk ini. "
                         "Hubungi pembuat program; berkas tidak diubah.")
    path = database_file(engine)
    if path is not None:
        try:
            made = back_up(path)
        except StoreError as e:
            raise StoreError(f"Basis data perlu diperbarui (skema {found} ke {target}), tetapi cadangan "
                             f"sebelum pembaruan tidak dapat dibuat, jadi tidak ada yang diubah. {e}") from e
        log.info("backup before upgrade %s -> %s: %s", found, target, made)
    try:
        with writer(engine).begin() as conn:
            # Read again under the write lock: another window may have upgraded meanwhile.
            current = int(conn.execute(text("SELECT value FROM meta WHERE key='schema_version'")).scalar_one())
            for version in range(current + 1, target + 1):
                log.info("upgrading schema to %s", version)
                STEPS[version](conn)
            if current < target:
                conn.execute(text("UPDATE meta SET value = :v WHERE key = 'schema_version'"), {"v": str(target)})
    except StoreError:
        raise
    except Exception as e:  # the transaction rolled back: the old version is intact
        log.exception("schema upgrade failed")
        why = describe_error(e) if isinstance(e, DBAPIError) else f"({type(e).__name__})"
        raise StoreError(f"Pembaruan basis data gagal; basis data tetap seperti semula. {why}") from e
    return target
