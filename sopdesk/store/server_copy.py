"""A sopdesk database copied whole between SQLite and PostgreSQL: migrate, and the office server's backups.

Every row of every sopdesk table (tables.py) is read in one snapshot of the source and written in one
transaction of the target, in the order of the foreign keys and of the ids, so events land as they were
recorded (inserts only: the append-only triggers never fire). Before that transaction commits, the target
is read back and each table's row count and sha256 must equal the source's, computed the same way on both
sides (checksums(): the values as their column's type says, in primary-key order). PostgreSQL identities
are then moved past the highest id copied.

The target's sopdesk tables are made anew inside the same transaction (PostgreSQL's DDL is transactional;
an SQLite target is a new file): what was there is replaced whole or, on any failure, left as it was.

The office server's backups are SQLite snapshots made by this copy (portable: any PC can restore them,
into the server or into a file), handed to backup.make_backup, which names, checks, records and rotates
them as it does a file's backups, in this PC's backups folder.
"""
from __future__ import annotations

import hashlib
import logging
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Integer, LargeBinary, Table, delete, func, insert, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from . import backup as backups, schema, tables
from .engine import DAILY_BACKUP_LOCK, engine_url, make_engine, writer
from .errors import StoreError, describe_error
from .opening import initialize
from .shape import server_schema_problems

log = logging.getLogger(__name__)

TABLES: tuple[Table, ...] = tuple(tables.metadata.sorted_tables)   # referenced tables first
BATCH_ROWS = 1000
BATCH_BYTES = 32 * 1024 * 1024    # attachments: a batch is cut when its files pass this
SERVER_FUNCTIONS = ("sopdesk_case_uid", "sopdesk_events_append_only", "sopdesk_monev_final")
DAILY_KEY = "server_daily_backup"   # meta: the local date of the last daily backup of the server (YYYY-MM-DD)

Progress = Callable[[str, int, int], None]   # (table, rows copied, rows in it)


@dataclass(frozen=True)
class Copied:
    """What was copied: per table, (rows, sha256 of its rows); the same on both sides when returned."""
    tables: dict[str, tuple[int, str]] = field(default_factory=dict)
    letters_carried: int = 0

    @property
    def rows(self) -> int:
        return sum(n for n, _ in self.tables.values())


def _value(column: Column[Any], value: Any) -> Any:
    """A stored value as its column's type says: SQLite keeps what it is given, PostgreSQL its type."""
    if value is None:
        return None
    if isinstance(column.type, LargeBinary):
        return bytes(value)
    if isinstance(column.type, Integer):
        return int(value)
    return str(value)


def _hash_row(h: Any, row: Sequence[Any]) -> None:
    for v in row:
        if v is None:
            h.update(b"N;")
        elif isinstance(v, bytes):
            h.update(b"B%d:" % len(v))
            h.update(v)
        else:
            data = (str(v) if isinstance(v, int) else v).encode("utf-8", "surrogatepass")
            h.update((b"I%d:" if isinstance(v, int) else b"S%d:") % len(data))
            h.update(data)
    h.update(b"\n")


def _batches(conn: Connection, table: Table) -> Iterator[list[tuple[Any, ...]]]:
    """The table's rows in primary-key order, values normalised, in batches of bounded size."""
    columns = list(table.columns)
    query = select(table).order_by(*table.primary_key.columns).execution_options(yield_per=BATCH_ROWS)
    result = conn.execute(query)
    batch: list[tuple[Any, ...]] = []
    size = 0
    for raw in result:
        row = tuple(_value(c, v) for c, v in zip(columns, raw, strict=True))
        batch.append(row)
        size += sum(len(v) for v in row if isinstance(v, bytes))
        if len(batch) >= BATCH_ROWS or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def checksums(conn: Connection) -> dict[str, tuple[int, str]]:
    """Each sopdesk table's (row count, sha256 of its rows), computed alike on SQLite and PostgreSQL."""
    out = {}
    for table in TABLES:
        h = hashlib.sha256()
        n = 0
        for batch in _batches(conn, table):
            for row in batch:
                _hash_row(h, row)
            n += len(batch)
        out[table.name] = (n, h.hexdigest())
    return out


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _copy_rows(src: Connection, dst: Connection, progress: Progress | None) -> dict[str, tuple[int, str]]:
    out = {}
    for table in TABLES:
        total = _count(src, table)
        names = [c.name for c in table.columns]
        h = hashlib.sha256()
        n = 0
        if progress:
            progress(table.name, 0, total)
        for batch in _batches(src, table):
            for row in batch:
                _hash_row(h, row)
            dst.execute(insert(table), [dict(zip(names, row, strict=True)) for row in batch])
            n += len(batch)
            if progress:
                progress(table.name, n, total)
        out[table.name] = (n, h.hexdigest())
    return out


def server_tables(conn: Connection) -> set[str]:
    return set(conn.execute(text(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")).scalars())


def _make_schema(conn: Connection) -> None:
    """A new, empty set of sopdesk tables in the target (PostgreSQL: the old ones dropped first)."""
    if conn.dialect.name == "postgresql":
        found = server_tables(conn)
        foreign = found - set(tables.metadata.tables)
        if foreign:
            raise StoreError("Basis data tujuan di server berisi tabel lain, bukan milik sopdesk ("
                             + ", ".join(sorted(foreign)[:5]) + "); tidak ada yang diubah.")
        mine = [t.name for t in TABLES if t.name in found]
        if mine:
            conn.exec_driver_sql("DROP TABLE " + ", ".join(mine) + " CASCADE")
        for function in SERVER_FUNCTIONS:
            conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {function}() CASCADE")
    schema.create_schema(conn)
    conn.execute(delete(tables.meta))   # the source's rows say whose and which version


def _move_identities(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        return
    for table in TABLES:
        if "id" in table.c and table.c.id.primary_key:
            conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                 f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)")


def _issued_letters(conn: Connection) -> list[tuple[Any, ...]]:
    ln = tables.letter_numbers
    return [tuple(r) for r in conn.execute(select(ln.c.year, ln.c.seq, ln.c.number, ln.c.purpose, ln.c.issued_at))]


def _carry_letters(conn: Connection, issued: list[tuple[Any, ...]]) -> int:
    """Letter numbers already sent out stay issued after a restore (their case link dropped), as backup.restore does."""
    if not issued:
        return 0
    ln = tables.letter_numbers
    have = {(int(y), int(s)) for y, s in conn.execute(select(ln.c.year, ln.c.seq))}
    new = [r for r in issued if (int(r[0]), int(r[1])) not in have]
    if new:
        conn.execute(insert(ln), [{"year": y, "seq": s, "number": n, "case_id": None, "purpose": p, "issued_at": at}
                                  for y, s, n, p, at in new])
    return len(new)


def _last_change(conn: Connection) -> int:
    if tables.change_log.name not in _names(conn):
        return 0
    return int(conn.execute(select(func.coalesce(func.max(tables.change_log.c.id), 0))).scalar_one())


def _announce_replaced(conn: Connection, last_change: int) -> None:
    """Tell the other PCs the whole database changed: a 'database' row in change_log above every id they
    may have seen (they read the rows above the last id they saw), in the restore's transaction."""
    cl = tables.change_log
    newest = int(conn.execute(select(func.coalesce(func.max(cl.c.id), 0))).scalar_one())
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    conn.execute(insert(cl).values(id=max(newest, last_change) + 1, changed_at=now, kind="database", case_id=None))
    _move_identities(conn)


def copy_database(src: Engine, dst: Engine, *, progress: Progress | None = None,
                  carry_letters: bool = False) -> Copied:
    """Replace the sopdesk tables of `dst` with every row of `src`; verified before it commits.

    Both are sopdesk databases of this schema version (opened by opening.initialize), or `dst` is
    empty. `carry_letters`: letter numbers `dst` had issued stay issued (a restore). Raises
    StoreError, `dst` unchanged, when anything fails or the read-back differs.
    """
    where = engine_url(dst)
    try:
        with src.connect() as s, writer(dst).begin() as d:
            with s.begin():
                keep = carry_letters and tables.letter_numbers.name in _names(d)
                issued = _issued_letters(d) if keep else []
                last_change = _last_change(d) if keep else 0
                _make_schema(d)
                copied = _copy_rows(s, d, progress)
            found = checksums(d)
            if found != copied:
                wrong = [name for name in copied if found.get(name) != copied[name]]
                raise StoreError(f"Salinan ke {where} tidak sama dengan sumbernya (tabel {', '.join(wrong)}); "
                                 "dibatalkan, tujuan tidak diubah.")
            _move_identities(d)
            carried = _carry_letters(d, issued)
            if carry_letters:
                _announce_replaced(d, last_change)
            if d.dialect.name == "postgresql":
                # The planner's row counts now, not when autovacuum gets to it: until then a case tab
                # opened on the copied database can wait on a plan made for empty tables.
                d.exec_driver_sql("ANALYZE " + ", ".join(t.name for t in TABLES))
    except StoreError:
        raise
    except DBAPIError as e:
        log.exception("copying the database failed")
        raise StoreError(f"Penyalinan basis data gagal; tujuan tidak diubah. {describe_error(e)}") from e
    log.info("copied %s -> %s: %d rows", engine_url(src), where, sum(n for n, _ in copied.values()))
    return Copied(copied, carried)


def _names(conn: Connection) -> set[str]:
    if conn.dialect.name == "postgresql":
        return server_tables(conn)
    return set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars())


def case_count(engine: Engine) -> int:
    """How many cases a database holds; 0 when it has no sopdesk tables (yet)."""
    with engine.connect() as conn:
        if tables.cases.name not in _names(conn):
            return 0
        return _count(conn, tables.cases)


def foreign_tables(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return sorted(_names(conn) - set(tables.metadata.tables))


def server_status(engine: Engine) -> tuple[str, int | None, int]:
    """(server version, schema version or None when empty, cases) of the server database; reads only.

    Raises StoreError when it cannot be reached or logged in to (engine.py words it), or when the
    database holds tables of another program.
    """
    try:
        with engine.connect() as conn:
            version = str(conn.exec_driver_sql("SHOW server_version").scalar() or "").split(" ")[0]
            found = server_tables(conn)
            if not found:
                return version, None, 0
            meta: dict[str, str] = {}
            if tables.meta.name in found:
                meta = {str(k): str(v) for k, v in conn.execute(select(tables.meta.c.key, tables.meta.c.value))}
            if meta.get("application") != schema.APP_ID or not meta.get("schema_version", "").isdigit():
                raise StoreError(f"Basis data di server ini bukan milik sopdesk ({engine_url(engine)}); "
                                 "pakai basis data kosong khusus untuk sopdesk.")
            cases = _count(conn, tables.cases) if tables.cases.name in found else 0
            return version, int(meta["schema_version"]), cases
    except DBAPIError as e:
        raise StoreError(f"{describe_error(e)} ({engine_url(engine)})") from e


# -- the office server's backups ------------------------------------------------------------------------

def server_stem(engine: Engine) -> str:
    """What the server's backups are called by in this PC's backups folder: `server-DBNAME-…`."""
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", str(engine.url.database or "sopdesk"))
    return f"server-{name}"


def backup_key(engine: Engine, folder: Path) -> Path:
    """A path that stands for the server database in backup.py (which names by path): folder/../STEM."""
    return folder.parent / server_stem(engine)


def snapshot(engine: Engine, dest: Path, progress: Progress | None = None) -> Copied:
    """Every row of the server into `dest`, a new SQLite file: a portable backup (verified as copy_database)."""
    target = make_engine(dest)
    try:
        return copy_database(engine, target, progress=progress)
    finally:
        target.dispose()


def make_server_backup(engine: Engine, folder: Path, dest: Path | None = None, *, kind: str = backups.MANUAL,
                       now: datetime | None = None) -> Path:
    """A backup of the server (backup.make_backup of a snapshot): into `folder` (this PC's), or to `dest`."""
    def write(tmp: Path) -> None:
        snapshot(engine, tmp)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"Folder cadangan {folder} tidak dapat dibuat ({e.strerror}).") from e
    return backups.make_backup(backup_key(engine, folder), dest, kind=kind, now=now, snapshot=write)


def daily_server_backup(engine: Engine, folder: Path, now: datetime | None = None) -> str | None:
    """The once-a-day backup of the server at start-up, made by one PC: None, or the problem to show.

    The PC that gets the advisory lock (pg_try_advisory_lock: the others do not wait) reads the date of
    the last daily backup in meta, and if it is not today, makes one into its own backups folder and
    records the date, all before it lets go. Never raises (as backup.backup_at_start).
    """
    when = now or datetime.now().astimezone()
    today = when.date().isoformat()
    try:
        # Most starts of the day find it made: one read, no lock, no second connection.
        with engine.connect() as conn:
            if conn.execute(select(tables.meta.c.value).where(tables.meta.c.key == DAILY_KEY)).scalar() == today:
                return None
        with engine.connect() as lock_conn:
            got = lock_conn.exec_driver_sql(f"SELECT pg_try_advisory_lock({DAILY_BACKUP_LOCK})").scalar()
            lock_conn.commit()
            if not got:
                log.info("daily backup of the server: another PC is making it")
                return None
            try:
                with engine.connect() as conn:
                    last = conn.execute(select(tables.meta.c.value).where(tables.meta.c.key == DAILY_KEY)).scalar()
                if last == today:
                    return None
                made = make_server_backup(engine, folder, kind=backups.DAILY, now=when)
                backups.rotate(folder, server_stem(engine), now=when, protect=made)
                with writer(engine).begin() as conn:
                    conn.execute(delete(tables.meta).where(tables.meta.c.key == DAILY_KEY))
                    conn.execute(insert(tables.meta).values(key=DAILY_KEY, value=today))
                log.info("daily backup of the server made: %s", made)
                return None
            finally:
                lock_conn.exec_driver_sql(f"SELECT pg_advisory_unlock({DAILY_BACKUP_LOCK})")
                lock_conn.commit()
    except StoreError as e:
        log.warning("daily backup of the server failed: %s", e)
        return f"Cadangan harian basis data kantor tidak dibuat. {e}"
    except Exception as e:  # reported, not raised: the office keeps working
        log.exception("daily backup of the server failed")
        return f"Cadangan harian basis data kantor tidak dibuat ({type(e).__name__}). Rinciannya ada di berkas log."


def restore_server(engine: Engine, backup_file: Path, folder: Path, now: datetime | None = None) -> Path:
    """Replace the server's contents with a backup (any sopdesk SQLite backup); return the copy kept first.

    As backup.restore: the backup is checked fully first (checksum, integrity, a sopdesk database, its
    shape), an older one is upgraded (on a copy), the server's current contents are kept as a backup in
    this PC's folder, and letter numbers already issued stay issued. The replacement is one transaction:
    the other PCs' writes wait for it, and on failure nothing changed.
    """
    backup_file = Path(backup_file).expanduser()
    if not backup_file.is_file():
        raise StoreError(f"Berkas cadangan {backup_file} tidak ditemukan.")
    info = backups.check_backup(backup_file, deep=True)
    if not info.ok:
        raise StoreError(f"Cadangan {backup_file} tidak dapat dipakai: {info.problem}. Tidak ada yang diubah.")
    kept = make_server_backup(engine, folder, kind=backups.BEFORE_RESTORE, now=now)
    with tempfile.TemporaryDirectory(prefix="sopdesk-pulih-") as tmp:
        staged = Path(tmp) / "pulih.sqlite"
        try:
            shutil.copyfile(backup_file, staged)
        except OSError as e:
            raise StoreError(f"Cadangan {backup_file} tidak dapat dibaca ({e.strerror}). Tidak ada yang diubah.") from e
        if backups.file_sha256(staged) != info.digest:
            raise StoreError(f"Cadangan {backup_file} berubah ketika disalin (flashdisk dicabut?). "
                             "Tidak ada yang diubah; coba lagi.")
        source = make_engine(staged)
        try:
            initialize(source)   # an older backup is upgraded here, on the copy
            copied = copy_database(source, engine, carry_letters=True)
        finally:
            source.dispose()
    problems = server_schema_problems(engine)
    if problems:  # cannot be, the schema was just made; said rather than assumed
        raise StoreError("Susunan basis data kantor sesudah pemulihan tidak sesuai: " + "; ".join(problems[:4]))
    log.info("restored the server %s from %s (previous kept as %s; %d letter numbers carried over)",
             engine_url(engine), backup_file, kept, copied.letters_carried)
    return kept
