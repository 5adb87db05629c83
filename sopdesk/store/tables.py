"""SQLAlchemy Core tables mirroring data/schema.sql (tests check they agree)."""
from sqlalchemy import Column, ForeignKey, Integer, LargeBinary, MetaData, Table, Text

metadata = MetaData()

meta = Table("meta", metadata, Column("key", Text, primary_key=True), Column("value", Text, nullable=False))
settings = Table("settings", metadata, Column("key", Text, primary_key=True), Column("value", Text, nullable=False))

sops = Table(
    "sops", metadata,
    Column("id", Integer, primary_key=True),
    Column("code", Text, nullable=False, unique=True),
    Column("created_at", Text, nullable=False),
)

sop_versions = Table(
    "sop_versions", metadata,
    Column("id", Integer, primary_key=True),
    Column("sop_id", Integer, ForeignKey("sops.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("definition", Text, nullable=False),
    Column("digest", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("origin", Text, nullable=False, default="local"),
)

officials = Table(
    "officials", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("nip", Text, nullable=False, default=""),
    Column("rank", Text, nullable=False, default=""),
    Column("position", Text, nullable=False, default=""),
    Column("active", Integer, nullable=False, default=1),
    Column("active_from", Text, nullable=False, default=""),
    Column("active_to", Text, nullable=False, default=""),
)

calendar_overrides = Table(
    "calendar_overrides", metadata,
    Column("day", Text, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("name", Text, nullable=False, default=""),
)

cases = Table(
    "cases", metadata,
    Column("id", Integer, primary_key=True),
    Column("sop_version_id", Integer, ForeignKey("sop_versions.id"), nullable=False),
    Column("title", Text, nullable=False),
    Column("year", Integer, nullable=False),
    Column("ref_number", Text, nullable=False, default=""),
    Column("ref_date", Text, nullable=False, default=""),
    Column("ref_subject", Text, nullable=False, default=""),
    Column("created_at", Text, nullable=False),
    Column("state", Text, nullable=False, default="open"),
    Column("current_step", Integer),
    Column("current_running", Integer, nullable=False, default=0),
    Column("current_actor", Text, nullable=False, default=""),
    Column("current_due_at", Text),
    Column("late_done", Integer, nullable=False, default=0),
    Column("started_at", Text),
    Column("closed_at", Text),
    Column("updated_at", Text, nullable=False),
    Column("uid", Text, unique=True),  # since schema 2: identity across PCs, filled by a trigger
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False),
    Column("kind", Text, nullable=False),
    Column("step_no", Integer),
    Column("happened_at", Text, nullable=False),
    Column("recorded_at", Text, nullable=False),
    Column("actor", Text, nullable=False, default=""),
    Column("actor_nip", Text, nullable=False, default=""),
    Column("note", Text, nullable=False, default=""),
    Column("decision", Text),
    Column("voids", Integer, ForeignKey("events.id")),
    Column("import_event_id", Integer, ForeignKey("events.id")),  # since schema 4: the import it arrived with
    Column("pc_name", Text, nullable=False, default=""),  # since schema 8: the PC that recorded it
    Column("os_user", Text, nullable=False, default=""),  # and its operating-system user
)

case_words = Table(  # since schema 8: the words a case is found by
    "case_words", metadata,
    Column("word", Text, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), primary_key=True),
)

change_log = Table(  # since schema 8: what changed, for the other PCs on one database
    "change_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("changed_at", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("case_id", Integer),
    Column("pc_name", Text, nullable=False, default=""),
)

step_runs = Table(
    "step_runs", metadata,
    Column("case_id", Integer, ForeignKey("cases.id"), primary_key=True),
    Column("step_no", Integer, primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("sop_version_id", Integer, nullable=False),
    Column("case_year", Integer, nullable=False),
    Column("case_started", Text, nullable=False),
    Column("started_at", Text, nullable=False),
    Column("finished_at", Text),
    Column("due_at", Text),
    Column("working_minutes", Integer),
    Column("late", Integer, nullable=False, default=0),
)

attachments = Table(
    "attachments", metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False),
    Column("event_id", Integer, ForeignKey("events.id")),
    Column("filename", Text, nullable=False),
    Column("mime", Text, nullable=False, default=""),
    Column("data", LargeBinary, nullable=False),
    Column("added_at", Text, nullable=False),
    Column("added_by", Text, nullable=False, default=""),
)

pk_contents = Table(
    "pk_contents", metadata,
    Column("case_id", Integer, ForeignKey("cases.id"), primary_key=True),
    Column("year", Integer, nullable=False),
    Column("content", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Column("version_id", Integer, ForeignKey("pk_versions.id")),  # since schema 4: the current version
)

pk_versions = Table(
    "pk_versions", metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("year", Integer, nullable=False),
    Column("content", Text, nullable=False),
    Column("saved_at", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("import_event_id", Integer, ForeignKey("events.id")),
)

letter_numbers = Table(
    "letter_numbers", metadata,
    Column("id", Integer, primary_key=True),
    Column("year", Integer, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("number", Text, nullable=False),
    Column("case_id", Integer, ForeignKey("cases.id")),
    Column("purpose", Text, nullable=False, default=""),
    Column("issued_at", Text, nullable=False),
)

monev_records = Table(
    "monev_records", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", Text, nullable=False),       # 'monitoring' (per semester) or 'evaluasi' (per year); since schema 4
    Column("sop_id", Integer, ForeignKey("sops.id"), nullable=False),
    Column("period", Text, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("state", Text, nullable=False, default="draft"),
    Column("content", Text, nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Column("final_at", Text),
)
