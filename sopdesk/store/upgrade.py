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
from .engine import UPGRADE_LOCK, engine_url, writer
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


_V3_KINDS = "'correction', 'pause', 'resume'))"
_V4_KINDS = "'correction', 'pause', 'resume', 'import'))"


def _v4_imports_and_pk_versions(conn: Connection) -> None:
    """What a .sopcase brought is recorded: an 'import' event, the events it carried marked with it,
    and every PK a case has had kept in pk_versions (the current one marked in pk_contents)."""
    conn.exec_driver_sql("ALTER TABLE events ADD COLUMN import_event_id INTEGER REFERENCES events(id)")
    _allow_import_kind(conn)
    conn.exec_driver_sql("""CREATE TABLE pk_versions (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases(id),
    number          INTEGER NOT NULL,
    year            INTEGER NOT NULL,
    content         TEXT NOT NULL,
    saved_at        TEXT NOT NULL,
    source          TEXT NOT NULL CHECK (source IN ('local', 'imported')),
    import_event_id INTEGER REFERENCES events(id),
    UNIQUE (case_id, number)
)""")
    conn.exec_driver_sql("ALTER TABLE pk_contents ADD COLUMN version_id INTEGER REFERENCES pk_versions(id)")
    # The PK each case has now is its first version.
    conn.exec_driver_sql("INSERT INTO pk_versions (case_id, number, year, content, saved_at, source) "
                         "SELECT case_id, 1, year, content, updated_at, 'local' FROM pk_contents ORDER BY case_id")
    conn.exec_driver_sql("UPDATE pk_contents SET version_id = "
                         "(SELECT v.id FROM pk_versions v WHERE v.case_id = pk_contents.case_id AND v.number = 1)")


def _allow_import_kind(conn: Connection) -> None:
    """Add 'import' to the CHECK on events.kind.

    SQLite cannot ALTER a CHECK constraint, and rebuilding `events` would need foreign keys off
    outside this transaction and the append-only triggers dropped and made again. Widening the
    list of allowed values changes nothing on disk (every row keeps satisfying it), the case the
    SQLite manual gives for editing the table's text in sqlite_master: one exact replacement,
    the schema cookie raised so every connection reads the new text, all in the upgrade's one
    transaction after the backup.
    """
    sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'events'").scalar()
    if not isinstance(sql, str) or sql.count(_V3_KINDS) != 1:
        raise StoreError("Tabel catatan (events) di basis data ini tidak seperti buatan sopdesk; "
                         "pembaruan dibatalkan dan berkas tidak diubah.")
    cookie = int(conn.exec_driver_sql("PRAGMA schema_version").scalar_one())
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        conn.exec_driver_sql("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'events'",
                             (sql.replace(_V3_KINDS, _V4_KINDS),))
        conn.exec_driver_sql(f"PRAGMA schema_version = {cookie + 1}")
    finally:
        conn.exec_driver_sql("PRAGMA writable_schema = OFF")
    conn.exec_driver_sql("PRAGMA table_info(events)").all()  # the new text parses (else this raises)


def _v5_case_late_index(conn: Connection) -> None:
    """The case list's "late" filter reads an index instead of every case."""
    conn.exec_driver_sql("CREATE INDEX cases_late_done ON cases(late_done)")


MONEV_RECORDS = """CREATE TABLE monev_records (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('monitoring', 'evaluasi')),
    sop_id      INTEGER NOT NULL REFERENCES sops(id),
    period      TEXT NOT NULL,
    revision    INTEGER NOT NULL,
    state       TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'final')),
    content     TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    final_at    TEXT,
    CHECK ((kind = 'monitoring' AND period GLOB '[0-9][0-9][0-9][0-9]-[12]')
           OR (kind = 'evaluasi' AND period GLOB '[0-9][0-9][0-9][0-9]')),
    UNIQUE (kind, sop_id, period, revision)
)"""
MONEV_FINAL_TRIGGERS = tuple(f"""CREATE TRIGGER monev_final_no_{what} BEFORE {what.upper()} ON monev_records
WHEN OLD.state = 'final'
BEGIN
    SELECT RAISE(ABORT, 'a final monev record is kept as it was');
END""" for what in ("update", "delete"))


def _v6_monev_records(conn: Connection) -> None:
    """The monitoring and evaluation forms of Permenpan RB 35/2012, each revision a row; final ones frozen."""
    conn.exec_driver_sql(MONEV_RECORDS)
    for trigger in MONEV_FINAL_TRIGGERS:
        conn.exec_driver_sql(trigger)
STEP_RUNS_TABLE = """CREATE TABLE step_runs (
    case_id         INTEGER NOT NULL REFERENCES cases(id),
    step_no         INTEGER NOT NULL,
    seq             INTEGER NOT NULL,      -- 1 for the step's first run in the case, 2 for the next ...
    -- The case's, repeated so the figures of an SOP and period read this table alone:
    sop_version_id  INTEGER NOT NULL,
    case_year       INTEGER NOT NULL,
    case_started    TEXT NOT NULL,         -- the case's first start (not started yet: when it was entered)
    started_at      TEXT NOT NULL,
    finished_at     TEXT,                  -- NULL while it runs
    due_at          TEXT,                  -- NULL: no time standard, or not yet computed
    working_minutes INTEGER,               -- start to finish in working time; NULL while it runs
    late            INTEGER NOT NULL DEFAULT 0,   -- finished after its due time
    PRIMARY KEY (case_id, step_no, seq)
)"""
STEP_RUNS_INDEXES = (
    "CREATE INDEX step_runs_figures ON step_runs(sop_version_id, step_no, working_minutes, case_started, "
    "case_year, late, due_at, case_id)",
    "CREATE INDEX step_runs_late ON step_runs(sop_version_id, case_year, case_started, late) WHERE late = 1",
    "CREATE INDEX step_runs_running ON step_runs(sop_version_id, case_year, case_started, step_no, due_at) "
    "WHERE finished_at IS NULL",
)

# The structure of every case's runs from its events, in SQL: an effective (not voided) start
# opens a run; the case's next effective event closes it when it is the finish of that step.
# Recorded order is the order of ids, as the engine replays them.
STEP_RUNS_FROM_EVENTS = """
WITH effective AS (
    SELECT id, case_id, kind, step_no, happened_at,
           LEAD(kind) OVER w AS next_kind, LEAD(step_no) OVER w AS next_step,
           LEAD(happened_at) OVER w AS next_at
    FROM events
    WHERE kind IN ('start', 'finish')
      AND id NOT IN (SELECT voids FROM events WHERE kind = 'correction' AND voids IS NOT NULL)
    WINDOW w AS (PARTITION BY case_id ORDER BY id)
)
INSERT INTO step_runs (case_id, step_no, seq, sop_version_id, case_year, case_started, started_at, finished_at)
SELECT e.case_id, e.step_no, ROW_NUMBER() OVER (PARTITION BY e.case_id, e.step_no ORDER BY e.id),
       c.sop_version_id, c.year, COALESCE(c.started_at, c.created_at), e.happened_at,
       CASE WHEN e.next_kind = 'finish' AND e.next_step = e.step_no THEN e.next_at END
FROM effective e JOIN cases c ON c.id = e.case_id
WHERE e.kind = 'start' AND e.step_no IS NOT NULL
"""


def _v7_step_runs(conn: Connection) -> None:
    """Each run of a step kept with its working time, so the monitoring figures need no replay.

    The runs of every existing case are filled here from its events, in SQL; their working
    time needs the office calendar, which the program computes before the first report (no
    'step_runs_calendar' row in meta yet says so: app/step_runs.py)."""
    conn.exec_driver_sql(STEP_RUNS_TABLE)
    conn.exec_driver_sql(STEP_RUNS_FROM_EVENTS)
    for index in STEP_RUNS_INDEXES:   # after the rows: building an index once is faster than keeping it
        conn.exec_driver_sql(index)


CASE_WORDS = (
    """CREATE TABLE case_words (
    word     TEXT NOT NULL,
    case_id  INTEGER NOT NULL REFERENCES cases(id),
    PRIMARY KEY (word, case_id)
)""",
    "CREATE INDEX case_words_case ON case_words(case_id)",
)
CHANGE_LOG = """CREATE TABLE change_log (
    id          INTEGER PRIMARY KEY,
    changed_at  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    case_id     INTEGER,
    pc_name     TEXT NOT NULL DEFAULT ''
)"""


def _v8_several_pcs_and_search(conn: Connection) -> None:
    """Several PCs on one database: each event says which PC and user recorded it, and a change log
    lets the others refresh; cases are found by words. The words of existing cases are filled by the
    program (it owns the folding of words), which a missing 'case_words_built' meta row tells it."""
    conn.exec_driver_sql("ALTER TABLE events ADD COLUMN pc_name TEXT NOT NULL DEFAULT ''")
    conn.exec_driver_sql("ALTER TABLE events ADD COLUMN os_user TEXT NOT NULL DEFAULT ''")
    for statement in CASE_WORDS:
        conn.exec_driver_sql(statement)
    conn.exec_driver_sql(CHANGE_LOG)


# The office server (PostgreSQL) arrived with schema 8: no server database is older, so the steps above
# are SQLite's own. A step from 9 on runs on both: where the SQL differs it asks conn.dialect.name, and
# data/schema-postgresql.sql gets the same change as data/schema.sql.
FIRST_SERVER_VERSION = 8

STEPS: dict[int, Callable[[Connection], None]] = {
    2: _v2_case_uid,
    3: _v3_sop_origin,
    4: _v4_imports_and_pk_versions,
    5: _v5_case_late_index,
    6: _v6_monev_records,
    7: _v7_step_runs,
    8: _v8_several_pcs_and_search,
}


def upgrade_database(engine: Engine, found: int, back_up: Callable[[Path], Path]) -> int:
    """Bring a database of schema `found` up to schema.SCHEMA_VERSION; return the new version.

    The backup before the upgrade is made here, by `back_up(database file)`, not by the
    caller: no backup, no upgrade.
    """
    target = schema.SCHEMA_VERSION
    missing = [v for v in range(found + 1, target + 1) if v not in STEPS]
    server = engine.dialect.name == "postgresql"
    if found < (FIRST_SERVER_VERSION if server else 1) or missing:
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
    elif server:
        # No file here to copy; the server's own nightly backup (packaging/README.md) and sopdesk's daily
        # copy (server_copy.py) are the way back. The one transaction below leaves it untouched on failure.
        log.info("upgrade %s -> %s on the server %s: no backup file first (the server is backed up by "
                 "sopdesk's daily copy and the server's own backup); one transaction",
                 found, target, engine_url(engine))
    try:
        with writer(engine).begin() as conn:
            if server:
                # Two PCs opening at once: the second waits here and then finds the new version below.
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({UPGRADE_LOCK})")
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
