"""The address of an office server, built from its parts (Settings → "Basis data kantor")."""
from __future__ import annotations

from sqlalchemy.engine import URL


def postgresql_url(host: str, port: int, database: str, user: str, password: str) -> str:
    """The psycopg 3 address of an office server, with every part quoted as URLs need."""
    return URL.create("postgresql+psycopg", username=user or None, password=password or None, host=host,
                      port=port, database=database).render_as_string(hide_password=False)
