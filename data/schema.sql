-- sopdesk database schema, version 7 (upgrades from older versions: sopdesk/store/upgrade.py).
-- Times are UTC, ISO 8601 text ending in "Z" (sortable as text).
-- Statements are separated by lines holding only "-- ;;" so triggers can contain ";".

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- ;;
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL            -- JSON
);
-- ;;
CREATE TABLE sops (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
-- ;;
CREATE TABLE sop_versions (
    id          INTEGER PRIMARY KEY,
    sop_id      INTEGER NOT NULL REFERENCES sops(id),
    version     INTEGER NOT NULL,
    name        TEXT NOT NULL,
    definition  TEXT NOT NULL,     -- the SOP file (sopdesk-sop/1 TOML)
    digest      TEXT NOT NULL,     -- sha256 of definition, to skip importing an unchanged file
    created_at  TEXT NOT NULL,
    -- 'imported': arrived with a case from another PC; kept for that case, never the default for new ones
    origin      TEXT NOT NULL DEFAULT 'local' CHECK (origin IN ('local', 'imported')),
    UNIQUE (sop_id, version)
);
-- ;;
CREATE TABLE officials (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    nip         TEXT NOT NULL DEFAULT '',
    rank        TEXT NOT NULL DEFAULT '',
    position    TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1,
    active_from TEXT NOT NULL DEFAULT '',
    active_to   TEXT NOT NULL DEFAULT ''
);
-- ;;
CREATE UNIQUE INDEX officials_nip ON officials(nip) WHERE nip <> '';
-- ;;
CREATE TABLE calendar_overrides (
    day  TEXT PRIMARY KEY,         -- YYYY-MM-DD
    kind TEXT NOT NULL CHECK (kind IN ('add', 'remove')),
    name TEXT NOT NULL DEFAULT ''
);
-- ;;
CREATE TABLE cases (
    id              INTEGER PRIMARY KEY,
    sop_version_id  INTEGER NOT NULL REFERENCES sop_versions(id),
    title           TEXT NOT NULL,
    year            INTEGER NOT NULL,
    ref_number      TEXT NOT NULL DEFAULT '',
    ref_date        TEXT NOT NULL DEFAULT '',
    ref_subject     TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    -- Summary kept by the program in the same transaction as each event, so the
    -- list of 100,000 cases needs no replay. Recomputed from events at will.
    state           TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    current_step    INTEGER,
    current_running INTEGER NOT NULL DEFAULT 0,
    current_actor   TEXT NOT NULL DEFAULT '',
    current_due_at  TEXT,
    late_done       INTEGER NOT NULL DEFAULT 0,
    started_at      TEXT,
    closed_at       TEXT,
    updated_at      TEXT NOT NULL,
    -- Identity of the case across PCs (case export/import); set by the trigger below. Since v2.
    uid             TEXT
);
-- ;;
CREATE UNIQUE INDEX cases_uid ON cases(uid);
-- ;;
CREATE TRIGGER cases_uid_default AFTER INSERT ON cases WHEN NEW.uid IS NULL
BEGIN
    UPDATE cases SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;
-- ;;
CREATE INDEX cases_year ON cases(year);
-- ;;
CREATE INDEX cases_state ON cases(state, current_due_at);
-- ;;
-- The list's "Terlambat" filter: with cases_state, SQLite answers its OR from two indexes. Since v5.
CREATE INDEX cases_late_done ON cases(late_done);
-- ;;
CREATE INDEX cases_version ON cases(sop_version_id);
-- ;;
CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id),
    -- 'import': this PC's record that a .sopcase file brought something (since v4); no step state
    kind         TEXT NOT NULL CHECK (kind IN ('start', 'finish', 'note', 'correction', 'pause', 'resume', 'import')),
    step_no      INTEGER,
    happened_at  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    actor        TEXT NOT NULL DEFAULT '',
    actor_nip    TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    decision     TEXT CHECK (decision IN ('ya', 'tidak')),
    voids        INTEGER REFERENCES events(id),
    -- An event that arrived in a .sopcase file: the 'import' event of that import here. Since v4.
    import_event_id INTEGER REFERENCES events(id),
    -- The PC and its operating-system user that recorded it, besides the official chosen. Since v8.
    pc_name      TEXT NOT NULL DEFAULT '',
    os_user      TEXT NOT NULL DEFAULT ''
);
-- ;;
CREATE INDEX events_case ON events(case_id, id);
-- ;;
-- History is append-only: the audit trail cannot be edited, only corrected by a new event.
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
-- ;;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
-- ;;
-- One row per run of a step in a case (a loop runs a step again), kept by the program in the
-- same transaction as each event, so the monitoring figures need no replay. Since v7.
-- The working-time columns follow the calendar they were computed with (meta
-- 'step_runs_calendar'); the program recomputes them when holidays or office hours change.
CREATE TABLE step_runs (
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
);
-- ;;
CREATE INDEX step_runs_figures ON step_runs(sop_version_id, step_no, working_minutes, case_started, case_year, late, due_at, case_id);
-- ;;
CREATE INDEX step_runs_late ON step_runs(sop_version_id, case_year, case_started, late) WHERE late = 1;
-- ;;
CREATE INDEX step_runs_running ON step_runs(sop_version_id, case_year, case_started, step_no, due_at) WHERE finished_at IS NULL;
-- ;;
-- The words each case is found by (title, letter number, subject, the people recorded), folded to
-- lower case without accents, kept by the program in the same transaction as each change. A search
-- matches word prefixes along the primary key; portable SQL, so PostgreSQL runs it too. Since v8;
-- filled for older cases by the program (no 'case_words_built' row in meta yet says so).
CREATE TABLE case_words (
    word     TEXT NOT NULL,
    case_id  INTEGER NOT NULL REFERENCES cases(id),
    PRIMARY KEY (word, case_id)
);
-- ;;
CREATE INDEX case_words_case ON case_words(case_id);
-- ;;
-- What was changed, written with each change, so the other PCs on one database refresh what they
-- show: they read the rows above the last id they saw. Old rows are pruned. Since v8.
CREATE TABLE change_log (
    id          INTEGER PRIMARY KEY,
    changed_at  TEXT NOT NULL,
    kind        TEXT NOT NULL,     -- 'case', 'cases', 'sops', 'settings', 'database'
    case_id     INTEGER,           -- the case, for kind 'case'
    pc_name     TEXT NOT NULL DEFAULT ''
);
-- ;;
CREATE TABLE attachments (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases(id),
    event_id  INTEGER REFERENCES events(id),
    filename  TEXT NOT NULL,
    mime      TEXT NOT NULL DEFAULT '',
    data      BLOB NOT NULL,
    added_at  TEXT NOT NULL,
    added_by  TEXT NOT NULL DEFAULT ''
);
-- ;;
CREATE INDEX attachments_case ON attachments(case_id);
-- ;;
CREATE TABLE pk_contents (
    case_id    INTEGER PRIMARY KEY REFERENCES cases(id),
    year       INTEGER NOT NULL,
    content    TEXT NOT NULL,      -- JSON of the PK content file
    updated_at TEXT NOT NULL,
    -- The version in pk_versions this content is (the current one). Since v4.
    version_id INTEGER REFERENCES pk_versions(id)
);
-- ;;
-- Every PK a case has had: saved here or arrived in a .sopcase file (since v4). A PK that
-- arrives and differs is kept here and becomes current only when the user chooses it.
CREATE TABLE pk_versions (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases(id),
    number          INTEGER NOT NULL,      -- 1, 2, ... per case: what the user calls it
    year            INTEGER NOT NULL,
    content         TEXT NOT NULL,
    saved_at        TEXT NOT NULL,         -- when this content was saved, here or on the PC it came from
    source          TEXT NOT NULL CHECK (source IN ('local', 'imported')),
    import_event_id INTEGER REFERENCES events(id),
    UNIQUE (case_id, number)
);
-- ;;
CREATE TABLE letter_numbers (
    id         INTEGER PRIMARY KEY,
    year       INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    number     TEXT NOT NULL,
    case_id    INTEGER REFERENCES cases(id),
    purpose    TEXT NOT NULL DEFAULT '',
    issued_at  TEXT NOT NULL,
    UNIQUE (year, seq)
);
-- ;;
-- The monitoring (per SOP and semester) and evaluation (per SOP and year) forms of
-- Permenpan RB 35/2012. Each row is one revision: a draft is edited in place; a final one is
-- kept as it was, and a change after that is a new revision, so the history stays. Since v6.
CREATE TABLE monev_records (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('monitoring', 'evaluasi')),
    sop_id      INTEGER NOT NULL REFERENCES sops(id),
    period      TEXT NOT NULL,     -- monitoring: semester "2026-1" / "2026-2"; evaluasi: year "2026"
    revision    INTEGER NOT NULL,  -- 1, 2, ... per kind, SOP and period
    state       TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'final')),
    content     TEXT NOT NULL,     -- JSON of the form (domain/monev.py)
    reason      TEXT NOT NULL DEFAULT '',   -- why this revision was opened
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    final_at    TEXT,
    CHECK ((kind = 'monitoring' AND period GLOB '[0-9][0-9][0-9][0-9]-[12]')
           OR (kind = 'evaluasi' AND period GLOB '[0-9][0-9][0-9][0-9]')),
    UNIQUE (kind, sop_id, period, revision)
);
-- ;;
CREATE TRIGGER monev_final_no_update BEFORE UPDATE ON monev_records WHEN OLD.state = 'final'
BEGIN
    SELECT RAISE(ABORT, 'a final monev record is kept as it was');
END;
-- ;;
CREATE TRIGGER monev_final_no_delete BEFORE DELETE ON monev_records WHEN OLD.state = 'final'
BEGIN
    SELECT RAISE(ABORT, 'a final monev record is kept as it was');
END;
