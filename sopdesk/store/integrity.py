"""Is this database file healthy, and is it what sopdesk made? Checked before the program uses it.

Every open runs the cheap checks: the file is an SQLite database, not cut
short; a -wal beside it is its own (sqlite_file.companion_problem); it is a
sopdesk database (meta's application key); its tables, indexes and triggers are
those sopdesk makes (shape.py: no trigger dropped, none added). SQLite's
page-by-page `quick_check` costs about 1.5 s per 300 MB, so it runs on open only
when there is a reason for doubt; the opener decides (opening.should_check_deeply),
since one reason is that today's backup is still to be made. The full
`integrity_check` runs on demand (`sopdesk check`: full_check) and before a restore.

Everything here reads through a read-only view (sqlite_file.open_view): a -wal
that is not the file's own is never folded into it, and "Berkas ini tidak
diubah" in the message is true. Nothing here looks for backups: a
DamagedDatabase says what was found, and the caller offers a backup
(DamagedDatabase.with_backup).
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from . import schema
from .companions import FOREIGN_LOG, main_file_sound
from .errors import (
    AlteredSchema,
    DamagedDatabase,
    ForeignCompanion,
    NewerDatabase,
    NotSopdesk,
    StoreError,
    describe_error,
    read_only_message,
)
from .shape import schema_problems
from .sqlite_file import (
    check_rows,
    companion_problem,
    header_problem,
    open_view,
    read_application,
    read_version,
)

NOT_ITS_LOG = "berkas catatan di samping basis data bukan miliknya: "


def check_on_open(path: str | Path, *, deep: bool = True, newest: int | None = None,
                  had_data: bool = False) -> int | None:
    """Check a database file before the program opens it; return its schema version.

    None means a new, empty file without tables (the opener creates the schema).
    Raises DamagedDatabase (AlteredSchema, ForeignCompanion), NotSopdesk,
    NewerDatabase, or StoreError (read-only place, busy).
    `deep` adds SQLite's quick_check; `newest` is the newest schema this program
    knows; `had_data` says the database had data once (its backups exist), so
    an empty file is damage, not a new database.
    """
    path = Path(path)
    folder = path.parent
    if not path.exists() or path.stat().st_size == 0:
        if not os.access(folder, os.W_OK):
            raise StoreError(read_only_message(folder))
        if path.exists() and had_data:
            # Emptied by a power cut, not new: starting afresh would look like all data lost.
            raise DamagedDatabase(path, "berkas kosong (0 bita)")
        return None
    if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
        raise StoreError(read_only_message(folder))
    problem = header_problem(path)
    if problem:
        raise DamagedDatabase(path, problem)
    stray = companion_problem(path)
    if stray:
        raise ForeignCompanion(path, stray)
    try:
        con = open_view(path)
    except sqlite3.Error as e:
        raise StoreError(describe_error(e)) from e
    try:
        if deep:
            rows = check_rows(con, "quick_check(20)")
            if rows != ["ok"]:
                if main_file_sound(path):
                    raise ForeignCompanion(path, FOREIGN_LOG)
                found = " ".join("; ".join(rows[:3]).split())
                raise DamagedDatabase(path, "pemeriksaan halaman menemukan kerusakan: " + found[:300])
        version = _whose(con, path)
        if version is None:
            return None
        if newest is not None and version > newest:
            raise NewerDatabase(version)
        differences = schema_problems(con, version)
        if differences:
            if main_file_sound(path):
                raise ForeignCompanion(path, FOREIGN_LOG)
            raise AlteredSchema(path, "; ".join(differences[:6]))
    except sqlite3.DatabaseError as e:
        text = str(e).lower()
        if "locked" in text or "busy" in text or "readonly" in text or "unable to open" in text:
            raise StoreError(describe_error(e)) from e
        raise DamagedDatabase(path, f"SQLite melaporkan: {e}") from e
    finally:
        con.close()
    return version


def _whose(con: sqlite3.Connection, path: Path) -> int | None:
    """The schema version of a sopdesk database; None without a meta table; NotSopdesk for another's."""
    has_meta = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
    if has_meta is None:
        if con.execute("SELECT 1 FROM sqlite_master WHERE type='table'").fetchone() is not None:
            # Refused here, before the engine's first connection switches the file to WAL mode.
            raise NotSopdesk(path, "tidak ada tabel meta")
        return None
    app = read_application(con)
    if app != schema.APP_ID:
        raise NotSopdesk(path, "tabel meta-nya tidak bertanda sopdesk" if app is None else f"milik \"{app[:40]}\"")
    version = read_version(con)
    if version is None:
        raise AlteredSchema(path, "versi skema tidak tercatat")
    return version


def full_check(path: str | Path) -> list[str]:
    """`sopdesk check`: SQLite's full integrity check and every check on open; ["ok"] when all pass.

    Reads only, through the read-only view: a -wal that is not the file's own is
    reported, not folded in.
    """
    path = Path(path)
    problem = header_problem(path)
    if problem:
        return [problem]
    stray = companion_problem(path)
    if stray:
        return [NOT_ITS_LOG + stray]
    try:
        con = open_view(path)
    except sqlite3.Error as e:
        return [str(e)]
    try:
        rows = check_rows(con, "integrity_check(100)")
        if rows != ["ok"]:
            if main_file_sound(path):
                return [NOT_ITS_LOG + FOREIGN_LOG]
            return rows
        try:
            version = _whose(con, path)
        except StoreError as e:
            return [str(getattr(e, "detail", e))]
        if version is None:
            return ["bukan basis data sopdesk (tidak ada tabel meta)"]
        if version > schema.SCHEMA_VERSION:
            return [f"dibuat oleh sopdesk yang lebih baru (skema {version})"]
        differences = schema_problems(con, version)
        if differences:
            if main_file_sound(path):
                return [NOT_ITS_LOG + FOREIGN_LOG]
            return ["susunan basis data bukan susunan yang dibuat sopdesk: " + d for d in differences]
        return ["ok"]
    except sqlite3.DatabaseError as e:
        return [str(e)]
    finally:
        con.close()
