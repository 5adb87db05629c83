"""Trying an office server address before it is saved: does it answer, and whose database is it?

Settings → "Basis data kantor" → "Uji sambungan" calls this (through app/server.py) on a worker
thread, with a short timeout so a wrong address answers in seconds, not the driver's minutes.
It opens its own engine, reads a few catalogue rows and closes it: nothing is created or written.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.pool import NullPool

CONNECT_TIMEOUT_S = 5


@dataclass(frozen=True)
class ServerProbe:
    ok: bool
    message: str                 # Indonesian, for the user; never holds the password
    server_version: str = ""
    contents: str = ""           # 'empty' (schema made at first use), 'sopdesk', 'other'
    schema_version: int | None = None
    cases: int | None = None


def postgresql_url(host: str, port: int, database: str, user: str, password: str) -> str:
    """The psycopg 3 address of an office server, with every part quoted as URLs need."""
    return URL.create("postgresql+psycopg", username=user or None, password=password or None, host=host,
                      port=port, database=database).render_as_string(hide_password=False)


def masked(url: str) -> str:
    """The address with its password shown as ***, for screens, logs and messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(alamat tidak dapat dibaca)"


def why_not_connected(error: BaseException, url: str) -> str:
    """Indonesian for a failed connection: the driver's text names the cause, not a code."""
    text_ = str(getattr(error, "orig", error)).lower()
    where = masked(url)
    if "password authentication failed" in text_ or "no password supplied" in text_:
        return f"Server menolak pengguna atau kata sandi ({where}). Periksa pengguna dan kata sandi basis data."
    if "does not exist" in text_ and "database" in text_:
        return f"Basis data itu tidak ada di server ({where}). Periksa namanya, atau buat dulu di server."
    if "no pg_hba.conf entry" in text_:
        return (f"Server tidak mengizinkan sambungan dari PC ini ({where}). Tambahkan alamat jaringan kantor "
                "di pg_hba.conf server (lihat panduan server kantor).")
    if any(w in text_ for w in ("timeout", "timed out", "refused", "could not translate host name",
                                "no route to host", "network is unreachable", "name or service not known",
                                "server closed the connection", "ssl negotiation")):
        return (f"Server kantor tidak terjangkau ({where}). Periksa kabel jaringan, apakah PC server menyala, "
                "layanan PostgreSQL berjalan, dan firewall membuka port-nya.")
    return f"Tidak dapat tersambung ke server kantor ({where})."


def probe_server(url: str, timeout_s: int = CONNECT_TIMEOUT_S) -> ServerProbe:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return ServerProbe(False, "Alamat server tidak dapat dibaca. Contoh: "
                                  "postgresql+psycopg://sopdesk:KATA-SANDI@192.168.1.10:5432/sopdesk")
    if not parsed.drivername.startswith("postgresql"):
        return ServerProbe(False, "Server kantor harus PostgreSQL (alamat berawalan postgresql+psycopg://).")
    try:
        engine = create_engine(parsed, poolclass=NullPool, connect_args={"connect_timeout": timeout_s})
    except (ArgumentError, NoSuchModuleError) as e:
        return ServerProbe(False, f"Alamat server tidak dapat dipakai: {type(e).__name__}.")
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar_one()).split(" ")[0]
            tables = int(conn.execute(text(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")).scalar_one())
            if tables == 0:
                return ServerProbe(True, f"Tersambung ke PostgreSQL {version}. Basis data masih kosong: "
                                         "sopdesk akan menyiapkannya pada pemakaian pertama.",
                                   version, "empty")
            has_meta = conn.execute(text("SELECT to_regclass('meta') IS NOT NULL")).scalar_one()
            meta: dict[str, str] = {}
            if has_meta:
                meta = {str(k): str(v) for k, v in conn.execute(text("SELECT key, value FROM meta"))}
            if meta.get("application") != "sopdesk":
                return ServerProbe(False, f"Tersambung ke PostgreSQL {version}, tetapi basis data ini berisi tabel "
                                          "lain dan bukan basis data sopdesk. Pilih basis data kosong atau milik "
                                          "sopdesk; basis data ini tidak disentuh.", version, "other")
            cases = int(conn.execute(text("SELECT count(*) FROM cases")).scalar_one())
            schema = int(meta.get("schema_version", "0") or 0)
            return ServerProbe(True, f"Tersambung ke PostgreSQL {version}: basis data sopdesk (skema {schema}), "
                                     f"{cases} kasus.", version, "sopdesk", schema, cases)
    except DBAPIError as e:
        return ServerProbe(False, why_not_connected(e, url))
    except Exception as e:  # noqa: BLE001 - a probe reports, it never takes the settings dialog down
        return ServerProbe(False, f"Tidak dapat tersambung ke server kantor ({masked(url)}): {type(e).__name__}.")
    finally:
        engine.dispose()
