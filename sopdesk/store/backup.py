"""Backups of the database file: made, listed, rotated and restored.

Where: a database's backups live in the folder `backups` beside it. For the
default database (the user's data folder) that is `paths.backups_dir()`;
for `--db D:\\kantor\\sopdesk.db` it is `D:\\kantor\\backups`. Several
databases can share a folder: a backup's name starts with its database's
name, e.g. `sopdesk-20261125-073012-harian.sqlite`.

How: SQLite's online backup API copies a consistent snapshot while other
windows keep working (WAL readers do not block writers). The copy is written
under a temporary name, switched to a single-file journal mode, checked with
`quick_check`, flushed to disk and only then renamed into place, so a power
cut leaves either no backup or a whole one. A backup that cannot be written
raises StoreError saying where and why; the automatic one returns that
message instead, for the window to show (it never stops the program opening).

Rotation keeps, like restic's --keep-daily/weekly/monthly, the newest backup
of each of the last 7 days, 4 ISO weeks and 12 months that have backups.
Backups made before an upgrade or before a restore are kept apart (newest 5
of each); backups written elsewhere with --out are never touched.
"""
from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from . import schema
from .errors import StoreError, describe_error
from .sqlite_file import check_rows, companion, header_problem, integrity_check, read_version

log = logging.getLogger(__name__)

DAILY, MANUAL, BEFORE_UPGRADE, BEFORE_RESTORE = "harian", "manual", "sebelum-pembaruan", "sebelum-pulih"
KINDS = (DAILY, MANUAL, BEFORE_UPGRADE, BEFORE_RESTORE)
# Manual backups are kept apart (newest KEEP_OTHER), so one never rotates away the day's automatic backup.
ROTATED = (DAILY,)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_OTHER = 5
SUFFIX = ".sqlite"
STALE_TEMP_S = 3600
BUSY_TIMEOUT_S = 10
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>" + "|".join(KINDS) + r")\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime        # local time of the PC that made it (from the file name)
    size: int
    ok: bool                 # passed the checks asked for (see check_backup)
    kind: str = MANUAL
    schema_version: int | None = None
    problem: str = ""        # why not ok, in Indonesian


def backup_folder(db_path: str | Path) -> Path:
    return Path(db_path).expanduser().resolve().parent / "backups"


def _local_now() -> datetime:
    return datetime.now().astimezone()


def backup_name(db_path: str | Path, kind: str, when: datetime) -> str:
    return f"{Path(db_path).stem}-{when:%Y%m%d-%H%M%S}-{kind}{SUFFIX}"


# -- making ------------------------------------------------------------------

def make_backup(db_path: str | Path, dest: str | Path | None = None, *, kind: str = MANUAL,
                now: datetime | None = None, progress: Callable[[int, int], None] | None = None) -> Path:
    """Copy the database to `dest` (default: its backups folder) and return the new file.

    Raises StoreError (Indonesian) when the database cannot be read or the copy
    cannot be written; nothing half-written is left under the final name.
    """
    src_path = Path(db_path).expanduser()
    if not src_path.is_file() or src_path.stat().st_size == 0:
        raise StoreError(f"Basis data {src_path} tidak ada atau kosong; tidak ada yang dicadangkan.")
    when = now or _local_now()
    if dest is None:
        folder = backup_folder(src_path)
        try:
            folder.mkdir(exist_ok=True)
        except OSError as e:
            raise StoreError(_write_problem(folder, e)) from e
        dest = folder / backup_name(src_path, kind, when)
    dest = Path(dest).expanduser()
    folder = dest.parent
    if not folder.is_dir():
        raise StoreError(f"Folder tujuan cadangan tidak ada: {folder}. Periksa apakah flashdisk/diska terpasang.")
    if dest.resolve() == src_path.resolve():
        raise StoreError("Cadangan tidak boleh menimpa basis data itu sendiri; pilih nama berkas lain.")
    _remove_stale_temps(folder)
    tmp = folder / f".{dest.name}.{os.getpid()}.tmp"
    try:
        _copy_database(src_path, tmp, progress)
        _flush(tmp)
        os.replace(tmp, dest)
        _flush_folder(folder)
    except BaseException:
        _unlink_quietly(tmp)
        for s in ("-journal", "-wal", "-shm"):
            _unlink_quietly(companion(tmp, s))
        raise
    log.info("backup made: %s", dest)
    return dest


def _copy_database(src_path: Path, tmp: Path, progress: Callable[[int, int], None] | None) -> None:
    try:
        src = sqlite3.connect(src_path, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as e:
        raise StoreError(describe_error(e)) from e
    try:
        try:
            dst = sqlite3.connect(tmp)
        except sqlite3.Error as e:
            raise StoreError(_write_problem(tmp.parent, e)) from e
        try:
            try:
                if progress:
                    # Steps let a window show progress; WAL readers never block the writers.
                    report = progress
                    src.backup(dst, pages=4096, sleep=0,
                               progress=lambda _status, remaining, total: report(total - remaining, total))
                else:
                    src.backup(dst)  # one step: one consistent snapshot
            except sqlite3.Error as e:
                if _is_write_error(e):
                    raise StoreError(_write_problem(tmp.parent, e)) from e
                raise StoreError(describe_error(e)) from e
            try:
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file to carry around
                rows = check_rows(dst, "quick_check(5)")
            except sqlite3.Error as e:
                raise StoreError(_write_problem(tmp.parent, e)) from e
            if rows != ["ok"]:
                raise StoreError("Cadangan tidak dibuat: basis data sumber rusak (" + "; ".join(rows[:2]) + "). "
                                 "Jalankan: sopdesk check")
        finally:
            dst.close()
    finally:
        src.close()


def _is_write_error(e: BaseException) -> bool:
    text = str(e).lower()
    return any(w in text for w in ("full", "readonly", "read-only", "unable to open", "disk i/o"))


def _write_problem(folder: Path, e: BaseException) -> str:
    text = str(getattr(e, "strerror", None) or e).lower()
    errno = getattr(e, "errno", None)
    if "full" in text or errno == 28:
        why = "diska penuh"
    elif ("read-only" in text or "readonly" in text or errno in (13, 30) or "permission" in text
          or not os.access(folder, os.W_OK)):
        why = "folder hanya dapat dibaca atau tidak boleh ditulisi"
    elif "unable to open" in text or errno == 2:
        why = "folder tidak dapat dibuka"
    else:
        why = str(getattr(e, "strerror", None) or e)
    return f"Cadangan tidak dapat ditulis ke {folder}: {why}. Pilih tempat lain, mis. sopdesk backup --out BERKAS."


def _flush(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _flush_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX; Windows cannot open a folder)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _remove_stale_temps(folder: Path) -> None:
    """Temp files of backups cut short by a power cut; fresh ones may belong to another window."""
    limit = time.time() - STALE_TEMP_S
    for p in folder.glob(".*.tmp"):
        try:
            if p.stat().st_mtime < limit:
                p.unlink()
        except OSError:
            pass


# -- listing -----------------------------------------------------------------

def _parse_name(path: Path) -> tuple[str, datetime, str] | None:
    m = _NAME.match(path.name)
    if not m:
        return None
    try:
        made = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S").astimezone()
    except ValueError:
        return None
    return m["stem"], made, m["kind"]


def find_backups(folder: str | Path, stem: str | None = None, *, check: bool = True,
                 deep: bool = False) -> list[BackupInfo]:
    """Backups in `folder` (of the database named `stem`, or all), newest first.

    check=False only reads names and sizes; check=True opens each (header,
    sopdesk meta, schema version); deep=True adds SQLite's full integrity check.
    """
    folder = Path(folder)
    out = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for p in entries:
        parsed = _parse_name(p)
        if parsed is None or (stem is not None and parsed[0] != stem):
            continue
        try:
            size = p.stat().st_size
        except OSError:
            continue
        info = BackupInfo(p, parsed[1], size, True, parsed[2])
        if check:
            info = check_backup(p, deep=deep, made_at=parsed[1], kind=parsed[2])
        out.append(info)
    out.sort(key=lambda i: (i.made_at, i.path.name), reverse=True)
    return out


def check_backup(path: str | Path, *, deep: bool = True, made_at: datetime | None = None,
                 kind: str | None = None) -> BackupInfo:
    """Can this file be restored? Never raises; `problem` says why not."""
    path = Path(path)
    if made_at is None or kind is None:
        parsed = _parse_name(path)
        if parsed:
            made_at, kind = made_at or parsed[1], kind or parsed[2]
    try:
        st = path.stat()
    except OSError as e:
        return BackupInfo(path, made_at or datetime.min, 0, False, kind or MANUAL, None,
                          f"berkas tidak dapat dibaca ({e.strerror})")
    made_at = made_at or datetime.fromtimestamp(st.st_mtime).astimezone()
    kind = kind or MANUAL

    def result(ok: bool, version: int | None = None, problem: str = "") -> BackupInfo:
        return BackupInfo(path, made_at, st.st_size, ok, kind, version, problem)

    problem = header_problem(path)
    if problem:
        return result(False, problem=problem)
    if deep:  # first, so a damaged meta table reads as damage, not as a foreign database
        rows = integrity_check(path)
        if rows != ["ok"]:
            return result(False, problem="rusak: " + " ".join("; ".join(rows[:3]).split())[:300])
    try:
        # immutable: a backup is a finished file; reading it must not create side files.
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as e:
        return result(False, problem=str(e))
    try:
        version = read_version(con)
        app = con.execute("SELECT value FROM meta WHERE key='application'").fetchone() if version else None
    except sqlite3.DatabaseError as e:
        return result(False, problem=f"rusak, tidak dapat dibaca ({e})")
    finally:
        con.close()
    if version is None or not app or app[0] != schema.APP_ID:
        return result(False, version, "bukan basis data sopdesk")
    if version > schema.SCHEMA_VERSION:
        return result(False, version, f"dibuat oleh sopdesk yang lebih baru (skema {version})")
    return result(True, version)


def newest_good_backup(db_path: str | Path, *, deep: bool = True) -> BackupInfo | None:
    """The newest backup of this database that passes the checks (deep: the full check)."""
    db_path = Path(db_path)
    for info in find_backups(backup_folder(db_path), db_path.stem, check=False):
        if info.kind == BEFORE_RESTORE:
            continue  # the state someone chose to leave; offered only when asked for by name
        checked = check_backup(info.path, deep=deep, made_at=info.made_at, kind=info.kind)
        if checked.ok:
            return checked
    return None


# -- automatic backups and rotation -------------------------------------------

def daily_due(db_path: str | Path, now: datetime | None = None) -> bool:
    """No backup of this database made today (local date of this PC)."""
    db_path = Path(db_path)
    today = (now or _local_now()).date()
    return not any(i.made_at.date() == today and i.kind != BEFORE_RESTORE
                   for i in find_backups(backup_folder(db_path), db_path.stem, check=False))


def backup_at_start(db_path: str | Path | None, now: datetime | None = None) -> str | None:
    """The once-a-day backup at start-up. Returns None, or the Indonesian problem to show.

    Never raises: a failed backup must not keep the office from working, but it
    is logged and reported, never silent.
    """
    if db_path is None:
        return None
    try:
        if not daily_due(db_path, now):
            return None
        made = make_backup(db_path, kind=DAILY, now=now)
        rotate(backup_folder(db_path), Path(db_path).stem, now=now, protect=made)
        return None
    except StoreError as e:
        log.warning("daily backup failed: %s", e)
        return f"Cadangan harian tidak dibuat. {e}"
    except Exception as e:  # reported, not raised, see above
        log.exception("daily backup failed")
        return f"Cadangan harian tidak dibuat ({type(e).__name__}). Rinciannya ada di berkas log."


def rotation_keep(infos: list[BackupInfo], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY,
                  monthly: int = KEEP_MONTHLY) -> set[Path]:
    """The backups to keep: the newest of each of the last `daily` days, `weekly` weeks, `monthly` months."""
    ordered = sorted(infos, key=lambda i: (i.made_at, i.path.name), reverse=True)
    keep: set[Path] = set()
    buckets = ((daily, lambda d: d.date()), (weekly, lambda d: d.isocalendar()[:2]),
               (monthly, lambda d: (d.year, d.month)))
    for count, bucket_of in buckets:
        seen: set[object] = set()
        for info in ordered:
            b = bucket_of(info.made_at)
            if b in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(b)
            keep.add(info.path)
    return keep


def rotate(folder: str | Path, stem: str, now: datetime | None = None, protect: Path | None = None) -> list[Path]:
    """Delete backups of `stem` that the rotation no longer keeps; return them.

    `protect` (the backup just made) is never deleted, so a PC whose clock
    went back to 2000 cannot rotate away its own newest backup.
    """
    infos = find_backups(folder, stem, check=False)
    removed = []
    rotated = [i for i in infos if i.kind in ROTATED]
    keep = rotation_keep(rotated)
    for kind in KINDS:
        if kind not in ROTATED:
            keep.update(i.path for i in [i for i in infos if i.kind == kind][:KEEP_OTHER])
    for info in infos:
        if info.path in keep or (protect is not None and info.path == Path(protect)):
            continue
        try:
            info.path.unlink()
            removed.append(info.path)
        except FileNotFoundError:
            pass  # another window rotated it already
        except OSError as e:
            log.warning("could not remove old backup %s: %s", info.path, e)
    return removed


# -- restoring ---------------------------------------------------------------

def restore(db_path: str | Path, backup_file: str | Path, now: datetime | None = None) -> Path | None:
    """Replace the database with a backup; return where the replaced database was kept.

    The backup is checked fully first (opens, integrity_check, a sopdesk
    database of a schema this program knows; an older one is upgraded at next
    open). The current database, even a damaged one, is kept in the backups
    folder before it is replaced. Refused while another window uses it.
    The caller asks the user first: this function does not ask.
    """
    db_path = Path(db_path).expanduser()
    backup_file = Path(backup_file).expanduser()
    if not backup_file.is_file():
        raise StoreError(f"Berkas cadangan {backup_file} tidak ditemukan.")
    info = check_backup(backup_file, deep=True)
    if not info.ok:
        raise StoreError(f"Cadangan {backup_file} tidak dapat dipakai: {info.problem}. Tidak ada yang diubah.")
    if not db_path.parent.is_dir():
        raise StoreError(f"Folder basis data tidak ada: {db_path.parent}. Periksa apakah diska/flashdisk terpasang.")
    if backup_file.resolve() == db_path.resolve():
        raise StoreError("Berkas cadangan adalah basis data itu sendiri; pilih berkas cadangan lain.")
    staged = db_path.with_name(f".{db_path.name}.pulih-{os.getpid()}.tmp")
    try:
        shutil.copyfile(backup_file, staged)  # before touching the current file
        _flush(staged)
    except OSError as e:
        _unlink_quietly(staged)
        raise StoreError(_write_problem(db_path.parent, e).replace("Cadangan", "Berkas pemulihan")) from e
    carried = _carry_letter_numbers(db_path, staged)
    try:
        kept = _keep_current(db_path, now)
        for s in ("-wal", "-shm", "-journal"):
            # A log left beside the old file would be replayed into the restored one.
            side = companion(db_path, s)
            if side.exists():
                side.unlink()
        os.replace(staged, db_path)
        _flush_folder(db_path.parent)
    except PermissionError as e:  # Windows: another program still has the file open
        raise StoreError(in_use_message()) from e
    except OSError as e:
        raise StoreError(f"Pemulihan gagal: {e.strerror}. Basis data lama tidak diubah.") from e
    finally:
        _unlink_quietly(staged)
    log.info("restored %s from %s (previous kept as %s; %d letter numbers carried over)",
             db_path, backup_file, kept, carried)
    return kept


def _carry_letter_numbers(current: Path, staged: Path) -> int:
    """Letter numbers already sent out stay issued after a restore, so none is handed out twice.

    Their link to a case is dropped: case ids of the replaced database may
    mean other cases in the restored one. A current file that cannot be read
    (the damage that made the user restore) carries nothing.
    """
    if not current.is_file():
        return 0
    try:
        src = sqlite3.connect(f"file:{current}?mode=ro", uri=True)
        try:
            rows = src.execute("SELECT year, seq, number, purpose, issued_at FROM letter_numbers").fetchall()
        finally:
            src.close()
    except sqlite3.Error:
        return 0
    if not rows:
        return 0
    dst = sqlite3.connect(staged)
    try:
        with dst:
            have = set(dst.execute("SELECT year, seq FROM letter_numbers"))
            new = [r for r in rows if (r[0], r[1]) not in have]
            dst.executemany("INSERT INTO letter_numbers(year, seq, number, case_id, purpose, issued_at) "
                            "VALUES (?, ?, ?, NULL, ?, ?)", new)
    finally:
        dst.close()
    return len(new)


def in_use_message() -> str:
    return ("Basis data sedang dipakai jendela sopdesk lain. Tutup semua jendela sopdesk "
            "(dan perintah yang sedang berjalan) lalu coba lagi.")


def _keep_current(db_path: Path, now: datetime | None) -> Path | None:
    """Copy the current database into the backups folder, checking nobody else has it open."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    folder = backup_folder(db_path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as e:
        raise StoreError(_write_problem(folder, e)) from e
    dest = folder / backup_name(db_path, BEFORE_RESTORE, now or _local_now())
    con = None
    if header_problem(db_path) is None:
        try:
            con = sqlite3.connect(db_path, timeout=1)
            # Leaving WAL mode needs the only connection: the test that nobody else uses it.
            mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if mode != "delete":
                raise sqlite3.OperationalError("database is locked")
            # A read transaction keeps writers out while the copy is made. (Not BEGIN
            # EXCLUSIVE: the backup API cannot read through a connection that holds a write lock.)
            con.execute("BEGIN")
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as e:
            if con is not None:
                con.close()
            con = None  # damaged: copied as it is below
            if "locked" in str(e).lower() or "busy" in str(e).lower():
                raise StoreError(in_use_message()) from e
    tmp = folder / f".{dest.name}.{os.getpid()}.tmp"
    try:
        if con is not None:
            dst = sqlite3.connect(tmp)
            try:
                con.backup(dst)
            finally:
                dst.close()
        else:
            # Damaged: keep the bytes exactly, with its log, for whoever tries to rescue it.
            shutil.copyfile(db_path, tmp)
            for s in ("-wal", "-journal"):
                if companion(db_path, s).exists():
                    shutil.copyfile(companion(db_path, s), companion(dest, s))
        _flush(tmp)
        os.replace(tmp, dest)
        _flush_folder(folder)
    except (OSError, sqlite3.Error) as e:
        _unlink_quietly(tmp)
        raise StoreError(_write_problem(folder, e) + " Pemulihan dibatalkan; tidak ada yang diubah.") from e
    finally:
        if con is not None:
            con.rollback()
            con.close()
    return dest
