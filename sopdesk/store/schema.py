"""The schema of a sopdesk database: data/schema.sql, its version, and creating it in an empty file.

Older versions are brought up to SCHEMA_VERSION by upgrade.py. Read
SCHEMA_VERSION as `schema.SCHEMA_VERSION` (not imported by name) where it
decides something, so a test can pretend to be a later release.
"""
from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.engine import Connection

from ..resources import schema_sql

SCHEMA_VERSION = 8  # upgrade steps from older versions: store/upgrade.py
APP_ID = "sopdesk"


SCHEMA_FILES = {"sqlite": "schema.sql", "postgresql": "schema-postgresql.sql"}


def schema_statements(dialect: str = "sqlite") -> list[str]:
    """The statements of data/schema.sql, or of its PostgreSQL twin for dialect "postgresql"."""
    parts = re.split(r"^-- ;;$", schema_sql(SCHEMA_FILES[dialect]), flags=re.MULTILINE)
    return [p.strip() for p in parts if p.strip()]


def create_schema(conn: Connection) -> None:
    """Every table of data/schema.sql and the meta rows saying whose database this is, and which version."""
    for stmt in schema_statements(conn.dialect.name):
        conn.exec_driver_sql(stmt)
    conn.execute(text("INSERT INTO meta(key, value) VALUES ('schema_version', :v), ('application', :a)"),
                 {"v": str(SCHEMA_VERSION), "a": APP_ID})
