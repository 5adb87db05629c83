"""Is this database file healthy? Checked before the program uses it.

Every open runs the cheap checks (the file is an SQLite database, not cut
short, its schema loads). SQLite's page-by-page `quick_check` costs about
1.5 s per 300 MB, so it runs on open only when there is a reason for doubt;
the opener decides (opening.should_check_deeply), since one reason is that
today's backup is still to be made. The full `integrity_check`
(sqlite_file.py) runs on demand (`sopdesk check`) and before a restore.

Nothing here writes to the database, and nothing here looks for backups: a
DamagedDatabase says what was found, and the caller offers a backup
(DamagedDatabase.with_backup).
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from .errors import DamagedDatabase, NewerDatabase, StoreError, describe_error, read_only_message
from .sqlite_file import OPEN_TIMEOUT_S, check_rows, header_problem, read_version


def check_on_open(path: str | Path, *, deep: bool = True, newest: int | None = None,
                  had_data: bool = False) -> int | None:
    """Check a database file before the program opens it; return its schema version.

    None means a new, empty or foreign file (the opener decides what to do).
    Raises DamagedDatabase, NewerDatabase, or StoreError (read-only place, busy).
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
    try:
        con = sqlite3.connect(path, timeout=OPEN_TIMEOUT_S)
    except sqlite3.Error as e:
        raise StoreError(describe_error(e)) from e
    try:
        if deep:
            rows = check_rows(con, "quick_check(20)")
            if rows != ["ok"]:
                found = " ".join("; ".join(rows[:3]).split())
                raise DamagedDatabase(path, "pemeriksaan halaman menemukan kerusakan: " + found[:300])
        version = read_version(con)
    except sqlite3.DatabaseError as e:
        text = str(e).lower()
        if "locked" in text or "busy" in text or "readonly" in text or "unable to open" in text:
            raise StoreError(describe_error(e)) from e
        raise DamagedDatabase(path, f"SQLite melaporkan: {e}") from e
    finally:
        con.close()
    if newest is not None and version is not None and version > newest:
        raise NewerDatabase(version)
    return version
