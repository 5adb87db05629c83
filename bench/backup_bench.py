"""Data-safety timings on a big database: open checks, upgrade, backup, restore, case transfer.

    python bench/backup_bench.py [/tmp/big.db]

The database given (default /tmp/big.db, made by `sopdesk --db /tmp/big.db
demo --cases 100000`) is only copied, never opened in place. Everything else
happens in a temporary folder.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def timed(label: str, fn, rows: list):
    started = time.perf_counter()
    result = fn()
    rows.append((label, time.perf_counter() - started))
    print(f"{label:<58} {rows[-1][1]:7.2f} s", flush=True)
    return result


def _as_schema_1(path: Path) -> None:
    """Take schema 2's additions away again, to time the upgrade of a big release-1 database."""
    import sqlite3
    con = sqlite3.connect(path)
    con.executescript("""DROP TRIGGER IF EXISTS cases_uid_default; DROP INDEX IF EXISTS cases_uid;
                         ALTER TABLE cases DROP COLUMN uid;
                         UPDATE meta SET value = '1' WHERE key = 'schema_version';""")
    con.close()


def main(argv: list[str]) -> int:
    source = Path(argv[1] if len(argv) > 1 else "/tmp/big.db")
    if not source.is_file():
        print(f"{source} not found; make it with: sopdesk --db {source} demo --cases 100000")
        return 1
    with tempfile.TemporaryDirectory(prefix="sopdesk-bench-") as tmp:
        os.environ["SOPDESK_DATA_DIR"] = str(Path(tmp) / "data")
        from sopdesk.app.office import Office
        from sopdesk.app.transfer import export_case, import_case
        from sopdesk.store import backup as bk, integrity
        db = Path(tmp) / "kantor.db"
        rows: list = []
        for suffix in ("", "-wal"):  # a plain copy of the file (and its log, if one is pending)
            if Path(str(source) + suffix).exists():
                shutil.copyfile(str(source) + suffix, str(db) + suffix)
        print(f"database: {db.stat().st_size / 1e6:.1f} MB copied from {source}")
        timed("quick_check (what a doubtful open adds)", lambda: integrity.check_on_open(db, deep=True), rows)
        timed("cheap checks (every open)", lambda: integrity.check_on_open(db, deep=False), rows)
        office = timed("first open of the day (checks, upgrade+backup if v1, daily)", lambda: Office(db), rows)
        office.close()
        office = timed("second open the same day", lambda: Office(db), rows)
        cases = len(office.case_ids())
        made = timed("sopdesk backup (online API, quick_check of the copy)", lambda: bk.make_backup(db), rows)
        size = made.stat().st_size
        timed("full integrity_check of the backup", lambda: bk.check_backup(made, deep=True), rows)
        timed("find_backups (cheap checks)", lambda: bk.find_backups(bk.backup_folder(db), db.stem), rows)
        timed("newest_good_backup (full check)", lambda: bk.newest_good_backup(db), rows)
        cid = office.case_ids()[0]
        out = Path(tmp) / "kasus.sopcase"
        timed("export one case (.sopcase)", lambda: export_case(office, cid, out), rows)
        other = Office(Path(tmp) / "lain.db")
        timed("import it into another database", lambda: import_case(other, out), rows)
        timed("import it into the big database (nothing new)", lambda: import_case(office, out), rows)
        other.close()
        office.close()
        timed("restore (full check, keep current, replace)", lambda: bk.restore(db, made), rows)
        v1 = Path(tmp) / "v1" / "kantor.db"
        v1.parent.mkdir()
        shutil.copyfile(made, v1)
        _as_schema_1(v1)
        timed("open a schema-1 copy (check, backup, upgrade to 2)", lambda: Office(v1).close(), rows)
        print(f"cases: {cases:,}; database {db.stat().st_size / 1e6:.1f} MB; backup file {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
