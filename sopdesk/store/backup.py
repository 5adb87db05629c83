"""Backups of the database file: made, recorded, listed, rotated and restored.

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

Recorded: every backup gets its sha256 beside it (`NAME.sha256`, the format of
`sha256sum`, written before the backup takes its name) and an entry in the
folder's `catalogue.json`: kind, when it was made by this PC's clock (UTC),
the order of making, size, checksum, the newest time of any row it holds and
its highest row ids. A restore refuses a backup whose bytes no longer match its
checksum, and checks the content of every backup (SQLite's integrity check, a
sopdesk database, the schema sopdesk makes: shape.py) before it touches the
database. Backups made before checksums were recorded have none: they are
restored after the content checks alone.

Rotation keeps, like restic's --keep-daily/weekly/monthly, the newest backup
of each of the last 7 days, 4 ISO weeks and 12 months that have backups, and
always the 3 made last. "Last" is the order of making in the catalogue, not
the dates: a PC whose clock went back to 2000 (a dead CMOS battery) dates its
new backups before the old ones, and they must not rotate each other away.
Backups made before an upgrade or before a restore are kept apart (newest 5
of each), and a copy kept before a restore stays as long as it holds newer
data than every other backup: it may be the only copy of that work. Backups
written elsewhere with --out are never touched.

Restoring: while the database is swapped, a marker file beside it
(`NAME.sedang-dipulihkan`) tells a window that meets a locked or replaced file
why (engine.py). A -wal or -journal beside the database that is not its own
(companions.stray_log) is never folded in: the database and its side
files are moved together into a dated folder in backups (`set_aside`).
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import re
import shutil
import socket
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from . import schema
from .companions import stray_log
from .errors import StoreError, describe_error
from .shape import schema_problems
from .sqlite_file import (
    check_rows,
    companion,
    companion_problem,
    header_problem,
    integrity_check,
    open_view,
    read_application,
    read_version,
    restoring_marker,
)

log = logging.getLogger(__name__)

DAILY, MANUAL, BEFORE_UPGRADE, BEFORE_RESTORE = "harian", "manual", "sebelum-pembaruan", "sebelum-pulih"
KINDS = (DAILY, MANUAL, BEFORE_UPGRADE, BEFORE_RESTORE)
# Manual backups are kept apart (newest KEEP_OTHER), so one never rotates away the day's automatic backup.
ROTATED = (DAILY,)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_LATEST = 3   # the backups made last are kept whatever the clock said when they were made
KEEP_OTHER = 5
SUFFIX = ".sqlite"
CHECKSUM_SUFFIX = ".sha256"
CATALOGUE = "catalogue.json"
CATALOGUE_FORMAT = "sopdesk-cadangan/1"
SET_ASIDE_PREFIX = "disisihkan-"
STALE_TEMP_S = 3600
STALE_LOCK_S = 60
STALE_RESTORE_S = 3600
BUSY_TIMEOUT_S = 10
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d{1,4}))?-(?P<kind>" + "|".join(KINDS)
                   + r")\.sqlite$")
_SHA256 = re.compile(r"\s*([0-9a-fA-F]{64})(?:\s|$)")
_EARLIEST = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime        # when it was made, by the clock of the PC that made it (catalogue, else its name)
    size: int
    ok: bool                 # passed the checks asked for (see check_backup)
    kind: str = MANUAL
    schema_version: int | None = None
    problem: str = ""        # why not ok, in Indonesian
    seq: int = 0             # order of making in its folder's catalogue; 0: not in the catalogue
    sha256: str = ""         # recorded when it was made (beside it, in the catalogue); "": none recorded
    verified: bool = False   # its bytes were read and match `sha256`
    digest: str = ""         # the sha256 of its bytes, when they were read
    newest: str = ""         # the newest time of any row it holds (UTC ISO); "": unknown
    mark: str = ""           # its highest row ids: whether a database changed since
    record_problem: str = ""  # what its records say is wrong (size changed since, checksums disagree)


def backup_folder(db_path: str | Path) -> Path:
    return Path(db_path).expanduser().resolve().parent / "backups"


def _local_now() -> datetime:
    return datetime.now().astimezone()


def _utc_text(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _instant(text: object) -> datetime | None:
    """A recorded time ("2026-11-25T00:30:12Z") as an aware datetime; None when it is none."""
    if not isinstance(text, str) or not text:
        return None
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def backup_name(db_path: str | Path, kind: str, when: datetime, n: int = 0) -> str:
    """`kantor-20261125-073012-harian.sqlite`; `n` tells apart backups of one second (a stopped clock)."""
    return f"{Path(db_path).stem}-{when:%Y%m%d-%H%M%S}{f'-{n}' if n else ''}-{kind}{SUFFIX}"


def _free_name(folder: Path, db_path: Path, kind: str, when: datetime) -> Path:
    """A name no backup has yet: two backups in one second (or a clock that stands still) never overwrite."""
    for n in range(10_000):
        dest = folder / backup_name(db_path, kind, when, n)
        if not dest.exists() and not checksum_file(dest).exists():
            return dest
    raise StoreError(f"Terlalu banyak cadangan dengan waktu yang sama di {folder}.")


def checksum_file(backup: Path) -> Path:
    """Where a backup's sha256 is kept: beside it, `NAME.sha256`."""
    return backup.with_name(backup.name + CHECKSUM_SUFFIX)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# -- what a database holds -------------------------------------------------------

_NEWEST = "SELECT max(t) FROM (" + " UNION ALL ".join(
    f"SELECT max({column}) AS t FROM {table}" for table, column in (
        ("events", "recorded_at"), ("cases", "updated_at"), ("attachments", "added_at"),
        ("pk_contents", "updated_at"), ("letter_numbers", "issued_at"), ("sop_versions", "created_at"))) + ")"
_MARKED = ("events", "cases", "attachments", "letter_numbers", "sop_versions")


def data_summary(con: sqlite3.Connection) -> tuple[str, str]:
    """(the newest time of any row, the highest row ids) of a sopdesk database; ("", "") when unreadable.

    The ids tell whether a database changed without asking the clock (rows are
    only ever added); the time tells which of two copies holds the later work.
    """
    try:
        newest = con.execute(_NEWEST).fetchone()[0]
        ids = [str(con.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]) for t in _MARKED]
        pk = con.execute("SELECT coalesce(max(updated_at), '') FROM pk_contents").fetchone()[0]
    except sqlite3.Error:
        return "", ""
    return str(newest or ""), "/".join(ids) + "/" + str(pk)


def _current_mark(db_path: Path) -> str:
    if companion_problem(db_path):
        return ""  # its log is not its own: not read here (the check on open says so)
    try:
        con = open_view(db_path)
    except sqlite3.Error:
        return ""
    try:
        return data_summary(con)[1]
    finally:
        con.close()


# -- the catalogue -------------------------------------------------------------------

def read_catalogue(folder: str | Path) -> dict[str, dict[str, Any]]:
    """The catalogue of a backups folder by backup name; {} when there is none or it cannot be read."""
    try:
        data = json.loads((Path(folder) / CATALOGUE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    entries = data.get("backups") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return {}
    return {e["name"]: e for e in entries if isinstance(e, dict) and isinstance(e.get("name"), str)}


@contextmanager
def _catalogue_lock(folder: Path) -> Iterator[None]:
    """One writer of the catalogue at a time (several windows, a command line)."""
    lock = folder / (CATALOGUE + ".lock")
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            os.close(os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            break
        except FileExistsError:
            try:
                if time.time() - lock.stat().st_mtime > STALE_LOCK_S:  # left by a power cut
                    lock.unlink()
                    continue
            except OSError:
                continue
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    try:
        yield
    finally:
        _unlink_quietly(lock)


def _update_catalogue(folder: Path, add: dict[str, Any] | None = None, remove: Iterable[str] = ()) -> None:
    """Add an entry (numbered after the last one made) and drop others; written whole, then renamed."""
    with _catalogue_lock(folder):
        entries = read_catalogue(folder)
        for name in remove:
            entries.pop(name, None)
        if add is not None:
            last = max((e["seq"] for e in entries.values() if isinstance(e.get("seq"), int)), default=0)
            entries[add["name"]] = dict(add, seq=last + 1)
        ordered = sorted(entries.values(), key=lambda e: e["seq"] if isinstance(e.get("seq"), int) else 0)
        body = json.dumps({"format": CATALOGUE_FORMAT, "backups": ordered}, ensure_ascii=False, indent=1)
        tmp = folder / f".{CATALOGUE}.{os.getpid()}.tmp"
        try:
            tmp.write_text(body + "\n", encoding="utf-8")
            _flush(tmp)
            os.replace(tmp, folder / CATALOGUE)
        except BaseException:
            _unlink_quietly(tmp)
            raise


def _record(folder: Path, backup: Path, db_path: Path, kind: str, when: datetime, digest: str,
            summary: tuple[str, str]) -> None:
    entry = {"name": backup.name, "database": db_path.stem, "kind": kind, "made_at": _utc_text(when),
             "size": backup.stat().st_size, "sha256": digest, "newest": summary[0], "mark": summary[1]}
    try:
        _update_catalogue(folder, add=entry)
    except OSError as e:  # the checksum beside the backup still guards it
        log.warning("backup %s not entered in the catalogue: %s", backup, e)


def _write_checksum(backup: Path, digest: str) -> None:
    side = checksum_file(backup)
    tmp = side.with_name(f".{side.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(f"{digest}  {backup.name}\n", encoding="utf-8")  # names may hold Ñ, é …
        _flush(tmp)
        os.replace(tmp, side)
    except BaseException:
        _unlink_quietly(tmp)
        raise


def _recorded_checksum(path: Path, entry: dict[str, Any] | None) -> tuple[str, str]:
    """(the sha256 recorded for `path`, or ""; a problem with the records, or "")."""
    found = []
    try:
        text = checksum_file(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = None
    if text is not None:
        m = _SHA256.match(text)
        if not m:
            return "", f"berkas {checksum_file(path).name} di sampingnya rusak"
        found.append(m[1].lower())
    if entry is not None and isinstance(entry.get("sha256"), str) and entry["sha256"]:
        found.append(entry["sha256"].lower())
    if len(set(found)) > 1:
        return "", "checksum di sampingnya dan di catalogue.json tidak sama"
    return (found[0] if found else ""), ""


# -- making ------------------------------------------------------------------

def make_backup(db_path: str | Path, dest: str | Path | None = None, *, kind: str = MANUAL,
                now: datetime | None = None, progress: Callable[[int, int], None] | None = None,
                snapshot: Callable[[Path], None] | None = None) -> Path:
    """Copy the database to `dest` (default: its backups folder) and return the new file.

    Its sha256 goes beside it; a backup in the database's backups folder is also
    entered in the catalogue. Raises StoreError (Indonesian) when the database
    cannot be read or the copy cannot be written; nothing half-written is left
    under the final name.

    `snapshot`: the database is no file here (the office server): snapshot(tmp) writes it into the
    new SQLite file tmp (server_copy.py), and `db_path` only names the backups (stem, folder).
    """
    src_path = Path(db_path).expanduser()
    if snapshot is None and (not src_path.is_file() or src_path.stat().st_size == 0):
        raise StoreError(f"Basis data {src_path} tidak ada atau kosong; tidak ada yang dicadangkan.")
    when = now or _local_now()
    home = backup_folder(src_path)
    if dest is None:
        try:
            home.mkdir(exist_ok=True)
        except OSError as e:
            raise StoreError(_write_problem(home, e)) from e
        dest = _free_name(home, src_path, kind, when)
    dest = Path(dest).expanduser()
    folder = dest.parent
    if not folder.is_dir():
        raise StoreError(f"Folder tujuan cadangan tidak ada: {folder}. Periksa apakah flashdisk/diska terpasang.")
    if dest.resolve() == src_path.resolve():
        raise StoreError("Cadangan tidak boleh menimpa basis data itu sendiri; pilih nama berkas lain.")
    stray = companion_problem(src_path) if snapshot is None else None
    if stray:  # reading it through SQLite would fold that log into it
        raise StoreError(f"Cadangan tidak dibuat: berkas catatan di samping basis data bukan miliknya ({stray}). "
                         "Jalankan: sopdesk check")
    _remove_stale_temps(folder)
    tmp = folder / f".{dest.name}.{os.getpid()}.tmp"
    renamed = False
    try:
        summary = _copy_database(src_path, tmp, progress) if snapshot is None else _take_snapshot(snapshot, tmp)
        _flush(tmp)
        digest = file_sha256(tmp)
        _write_checksum(dest, digest)  # first: a backup under its name always has its checksum
        os.replace(tmp, dest)
        renamed = True
        _flush_folder(folder)
    except BaseException as e:
        _unlink_quietly(tmp)
        for s in ("-journal", "-wal", "-shm"):
            _unlink_quietly(companion(tmp, s))
        if not renamed:
            _unlink_quietly(checksum_file(dest))  # it would speak for a file it was not made for
        if isinstance(e, OSError):
            raise StoreError(_write_problem(folder, e)) from e
        raise
    if folder.resolve() == home:
        _record(home, dest, src_path, kind, when, digest, summary)
    log.info("backup made: %s", dest)
    return dest


def _copy_database(src_path: Path, tmp: Path, progress: Callable[[int, int], None] | None) -> tuple[str, str]:
    """Copy through SQLite's backup API, check the copy; return what it holds (data_summary)."""
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
            return data_summary(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _take_snapshot(snapshot: Callable[[Path], None], tmp: Path) -> tuple[str, str]:
    """The server's rows written into tmp by `snapshot`, then made and checked as _copy_database's copy."""
    snapshot(tmp)
    try:
        dst = sqlite3.connect(tmp)
    except sqlite3.Error as e:
        raise StoreError(_write_problem(tmp.parent, e)) from e
    try:
        try:
            dst.execute("PRAGMA journal_mode=DELETE")
            rows = check_rows(dst, "quick_check(5)")
        except sqlite3.Error as e:
            raise StoreError(_write_problem(tmp.parent, e)) from e
        if rows != ["ok"]:
            raise StoreError("Cadangan tidak dibuat: salinan basis data kantor tidak utuh ("
                             + "; ".join(rows[:2]) + ").")
        return data_summary(dst)
    finally:
        dst.close()


def _is_write_error(e: BaseException) -> bool:
    text = str(e).lower()
    return any(w in text for w in ("full", "readonly", "read-only", "unable to open", "disk i/o"))


def _write_problem(folder: Path, e: BaseException) -> str:
    text = str(getattr(e, "strerror", None) or e).lower()
    errno_ = getattr(e, "errno", None)
    if "full" in text or errno_ == 28:
        why = "diska penuh"
    elif ("read-only" in text or "readonly" in text or errno_ in (13, 30) or "permission" in text
          or not os.access(folder, os.W_OK)):
        why = "folder hanya dapat dibaca atau tidak boleh ditulisi"
    elif "unable to open" in text or errno_ == 2:
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


def _describe(path: Path, parsed: tuple[str, datetime, str] | None, size: int,
              entry: dict[str, Any] | None) -> BackupInfo:
    """What the name, the catalogue and the checksum beside it say of a backup (nothing opened)."""
    made_at = parsed[1] if parsed else None
    kind = parsed[2] if parsed else MANUAL
    seq = 0
    newest = mark = ""
    if entry is not None:
        recorded = _instant(entry.get("made_at"))
        made_at = recorded.astimezone() if recorded else made_at
        seq = entry["seq"] if isinstance(entry.get("seq"), int) else 0
        newest = entry["newest"] if isinstance(entry.get("newest"), str) else ""
        mark = entry["mark"] if isinstance(entry.get("mark"), str) else ""
    if made_at is None:
        try:
            made_at = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
        except OSError:
            made_at = _EARLIEST
    digest, problem = _recorded_checksum(path, entry)
    recorded_size = entry.get("size") if entry is not None else None
    if not problem and isinstance(recorded_size, int) and recorded_size != size:
        problem = f"ukurannya berubah sesudah cadangan dibuat (tercatat {recorded_size} bita, sekarang {size} bita)"
    return BackupInfo(path, made_at, size, True, kind, None, "", seq, digest, newest=newest, mark=mark,
                      record_problem=problem)


def newest_first(infos: Iterable[BackupInfo]) -> list[BackupInfo]:
    """Backups in the order they were made, the last first.

    The catalogue's order of making wins over the dates: a backup made after the
    clock went back to 2000 is newer than those dated 2026. Backups outside the
    catalogue (made before it existed) go by their dates.
    """
    infos = list(infos)
    at: dict[Path, datetime] = {}
    last: datetime | None = None
    for info in sorted((i for i in infos if i.seq), key=lambda i: i.seq):
        last = info.made_at if last is None or info.made_at > last else last + timedelta(microseconds=1)
        at[info.path] = last
    return sorted(infos, key=lambda i: (at.get(i.path, i.made_at), i.seq, i.path.name), reverse=True)


def find_backups(folder: str | Path, stem: str | None = None, *, check: bool = True,
                 deep: bool = False) -> list[BackupInfo]:
    """Backups in `folder` (of the database named `stem`, or all), the last made first.

    check=False reads names, sizes and the records (catalogue, checksums beside);
    check=True opens each (header, sopdesk meta, schema version and shape);
    deep=True adds SQLite's full integrity check and the checksum.
    """
    folder = Path(folder)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    catalogue = read_catalogue(folder)
    out = []
    for p in entries:
        parsed = _parse_name(p)
        if parsed is None or (stem is not None and parsed[0] != stem):
            continue
        try:
            size = p.stat().st_size
        except OSError:
            continue
        info = _describe(p, parsed, size, catalogue.get(p.name))
        if check:
            info = _check(info, deep=deep, verify=deep)
        out.append(info)
    return newest_first(out)


def check_backup(path: str | Path, *, deep: bool = True, verify: bool | None = None,
                 made_at: datetime | None = None, kind: str | None = None) -> BackupInfo:
    """Can this file be restored? Never raises; `problem` says why not.

    Always: the header, a sopdesk database of a version this program knows, its
    schema as sopdesk makes it, and its size and checksum records. `deep` adds
    SQLite's full integrity check; `verify` (default: as `deep`) reads every byte
    against the recorded sha256. A file without a recorded checksum (made before
    checksums were recorded, or copied without its .sha256) passes on its content.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        return BackupInfo(path, made_at or _EARLIEST, 0, False, kind or MANUAL, None,
                          f"berkas tidak dapat dibaca ({e.strerror})")
    info = _describe(path, _parse_name(path), size, read_catalogue(path.parent).get(path.name))
    info = replace(info, made_at=made_at or info.made_at, kind=kind or info.kind)
    return _check(info, deep=deep, verify=deep if verify is None else verify)


def _check(info: BackupInfo, *, deep: bool, verify: bool) -> BackupInfo:
    path = info.path

    def result(ok: bool, version: int | None = None, problem: str = "", digest: str = "") -> BackupInfo:
        return replace(info, ok=ok, schema_version=version, problem=problem, digest=digest,
                       verified=bool(ok and digest and digest == info.sha256))

    problem = header_problem(path)
    if problem:
        return result(False, problem=problem)
    if deep:  # first, so a damaged meta table reads as damage, not as a foreign database
        rows = integrity_check(path)
        if rows != ["ok"]:
            return result(False, problem="rusak: " + " ".join("; ".join(rows[:3]).split())[:300])
    try:
        # immutable: a backup is a finished file; reading it must not create side files.
        con = open_view(path, main_file_only=True)
    except sqlite3.Error as e:
        return result(False, problem=str(e))
    try:
        version = read_version(con)
        app = read_application(con)
        if version is None or app != schema.APP_ID:
            return result(False, version, "bukan basis data sopdesk")
        if version > schema.SCHEMA_VERSION:
            return result(False, version, f"dibuat oleh sopdesk yang lebih baru (skema {version})")
        differences = schema_problems(con, version)
    except sqlite3.DatabaseError as e:
        return result(False, problem=f"rusak, tidak dapat dibaca ({e})")
    finally:
        con.close()
    if differences:
        return result(False, version, "susunannya bukan susunan yang dibuat sopdesk: " + "; ".join(differences[:4]))
    # The records last, so a file that is damaged or of another program is called that.
    if info.record_problem:
        return result(False, version, info.record_problem)
    digest = ""
    if verify:
        try:
            digest = file_sha256(path)
        except OSError as e:
            return result(False, version, f"berkas tidak dapat dibaca ({e.strerror})")
        if info.sha256 and digest != info.sha256:
            return result(False, version, "checksum tidak cocok: isinya berubah sesudah cadangan dibuat", digest)
    return result(True, version, digest=digest)


def newest_good_backup(db_path: str | Path, *, deep: bool = True, verify: bool = True) -> BackupInfo | None:
    """The last made backup of this database that passes the checks (deep: the full check)."""
    db_path = Path(db_path)
    for info in find_backups(backup_folder(db_path), db_path.stem, check=False):
        if info.kind == BEFORE_RESTORE:
            continue  # the state someone chose to leave; offered only when asked for by name
        checked = _check(info, deep=deep, verify=verify or deep)
        if checked.ok:
            return checked
    return None


def checksum_recorded(path: str | Path) -> bool:
    """Is a sha256 on record for this backup (beside it or in its folder's catalogue)?"""
    path = Path(path)
    return bool(_recorded_checksum(path, read_catalogue(path.parent).get(path.name))[0])


# -- automatic backups and rotation -------------------------------------------

def daily_due(db_path: str | Path, now: datetime | None = None) -> bool:
    """No backup of this database made today (local date of this PC).

    Unless the clock is not after the last backup made (it was set back, or stands
    still after a dead CMOS battery): then dates say nothing, and a backup is due
    when the data changed since the last one.
    """
    db_path = Path(db_path)
    now = now or _local_now()
    made = [i for i in find_backups(backup_folder(db_path), db_path.stem, check=False) if i.kind != BEFORE_RESTORE]
    if not made:
        return True
    last = made[0]
    if now <= last.made_at and last.mark:
        return _current_mark(db_path) != last.mark
    return not any(i.made_at.date() == now.date() for i in made)


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
    """The backups to keep: the newest of each of the last `daily` days, `weekly` weeks, `monthly` months.

    "Newest" and "last" in the order of making (newest_first); the buckets by the
    date each backup was made.
    """
    ordered = newest_first(infos)
    keep: set[Path] = set()
    buckets: tuple[tuple[int, Callable[[datetime], object]], ...] = (
        (daily, lambda d: d.date()), (weekly, lambda d: d.isocalendar()[:2]), (monthly, lambda d: (d.year, d.month)))
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


def _newest_data(info: BackupInfo) -> datetime:
    return _instant(info.newest) or info.made_at


def only_copies_of_recent_work(infos: list[BackupInfo]) -> list[BackupInfo]:
    """Copies kept before a restore that hold data newer than every backup of another kind."""
    others = [_newest_data(i) for i in infos if i.kind != BEFORE_RESTORE]
    newest_other = max(others, default=None)
    return [i for i in infos if i.kind == BEFORE_RESTORE and (newest_other is None or _newest_data(i) > newest_other)]


def rotate(folder: str | Path, stem: str, now: datetime | None = None, protect: Path | None = None) -> list[Path]:
    """Delete backups of `stem` that the rotation no longer keeps; return them.

    `protect` (the backup just made) is never deleted; nor are the KEEP_LATEST
    made last, nor a copy kept before a restore that holds the newest data.
    """
    folder = Path(folder)
    infos = find_backups(folder, stem, check=False)
    rotated = [i for i in infos if i.kind in ROTATED]
    keep = rotation_keep(rotated)
    keep.update(i.path for i in rotated[:KEEP_LATEST])
    for kind in KINDS:
        if kind not in ROTATED:
            keep.update(i.path for i in [i for i in infos if i.kind == kind][:KEEP_OTHER])
    keep.update(i.path for i in only_copies_of_recent_work(infos))
    removed = []
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
            continue
        for side in (checksum_file(info.path), companion(info.path, "-wal"), companion(info.path, "-journal")):
            _unlink_quietly(side)
    if removed:
        try:
            _update_catalogue(folder, remove=[p.name for p in removed])
        except OSError as e:
            log.warning("catalogue of %s not updated: %s", folder, e)
    return removed


# -- restoring ---------------------------------------------------------------

def restore(db_path: str | Path, backup_file: str | Path, now: datetime | None = None) -> Path | None:
    """Replace the database with a backup; return where the replaced database was kept.

    The backup is checked fully first (its checksum when one is recorded,
    integrity_check, a sopdesk database of a schema this program knows and of
    the shape sopdesk makes; an older one is upgraded at next open), and its copy
    beside the database is checked against the same bytes. The current database,
    even a damaged one, is kept in the backups folder before it is replaced; one
    whose -wal is not its own is moved, with it, into a dated folder there
    (set_aside). Refused while another window uses it. The caller asks the user
    first: this function does not ask.
    """
    db_path = Path(db_path).expanduser()
    backup_file = Path(backup_file).expanduser()
    if not backup_file.is_file():
        raise StoreError(f"Berkas cadangan {backup_file} tidak ditemukan.")
    info = check_backup(backup_file, deep=True)
    if not info.ok:
        raise StoreError(f"Cadangan {backup_file} tidak dapat dipakai: {info.problem}. Tidak ada yang diubah.")
    if not info.verified:
        log.info("backup %s has no checksum on record; restoring it on its content checks", backup_file)
    if not db_path.parent.is_dir():
        raise StoreError(f"Folder basis data tidak ada: {db_path.parent}. Periksa apakah diska/flashdisk terpasang.")
    if backup_file.resolve() == db_path.resolve():
        raise StoreError("Berkas cadangan adalah basis data itu sendiri; pilih berkas cadangan lain.")
    marker = restoring_marker(db_path)
    _claim_restore(marker)
    staged = db_path.with_name(f".{db_path.name}.pulih-{os.getpid()}.tmp")
    try:
        try:
            shutil.copyfile(backup_file, staged)  # before touching the current file
            _flush(staged)
            copied = file_sha256(staged)
        except OSError as e:
            raise StoreError(_write_problem(db_path.parent, e).replace("Cadangan", "Berkas pemulihan")) from e
        if copied != info.digest:
            raise StoreError(f"Cadangan {backup_file} berubah ketika disalin (flashdisk dicabut?). "
                             "Tidak ada yang diubah; coba lagi.")
        stray = stray_log(db_path) if db_path.is_file() else None
        carried = _carry_letter_numbers(db_path, staged, main_file_only=stray is not None)
        holder: sqlite3.Connection | None = None
        try:
            if stray is not None:
                kept: Path | None = set_aside(db_path, now, why=stray)
            else:
                kept, holder = _keep_current(db_path, now)
            for s in ("-wal", "-shm", "-journal"):
                # A log left beside the old file would be replayed into the restored one.
                side = companion(db_path, s)
                if side.exists():
                    side.unlink()
            if holder is not None and os.name == "nt":
                holder.close()  # Windows cannot replace a file that is open, even by us
                holder = None
            os.replace(staged, db_path)
            _flush_folder(db_path.parent)
        except PermissionError as e:  # Windows: another program still has the file open
            raise StoreError(in_use_message()) from e
        except OSError as e:
            raise StoreError(f"Pemulihan gagal: {e.strerror}. Basis data lama tidak diubah.") from e
        finally:
            # Held until the new file is in place (POSIX): a window that waited for the old
            # file must not slip in between and write where nobody will look again.
            if holder is not None:
                holder.rollback()
                holder.close()
    finally:
        _unlink_quietly(staged)
        _unlink_quietly(marker)
    log.info("restored %s from %s (previous kept as %s; %d letter numbers carried over)",
             db_path, backup_file, kept, carried)
    return kept


def _claim_restore(marker: Path) -> None:
    """Leave the marker that says a restore is under way; refuse when another restore is."""
    try:
        if time.time() - marker.stat().st_mtime < STALE_RESTORE_S:
            raise StoreError("Basis data ini sedang dipulihkan oleh jendela atau perintah sopdesk lain. "
                             "Tunggu sampai selesai; tidak ada yang diubah.")
        marker.unlink()  # left by a restore cut short by a power cut
    except FileNotFoundError:
        pass
    except OSError as e:
        raise StoreError(_write_problem(marker.parent, e).replace("Cadangan", "Penanda pemulihan")) from e
    try:
        with open(marker, "x", encoding="utf-8") as f:
            f.write(f"pid {os.getpid()} {socket.gethostname()} {_utc_text(_local_now())}\n")
    except FileExistsError as e:
        raise StoreError("Basis data ini sedang dipulihkan oleh jendela atau perintah sopdesk lain. "
                         "Tunggu sampai selesai; tidak ada yang diubah.") from e
    except OSError as e:
        raise StoreError(_write_problem(marker.parent, e).replace("Cadangan", "Penanda pemulihan")
                         + " Tidak ada yang diubah.") from e


def _carry_letter_numbers(current: Path, staged: Path, *, main_file_only: bool = False) -> int:
    """Letter numbers already sent out stay issued after a restore, so none is handed out twice.

    Their link to a case is dropped: case ids of the replaced database may
    mean other cases in the restored one. A current file that cannot be read
    (the damage that made the user restore) carries nothing. `main_file_only`:
    the -wal beside it is not its own, so it is not read.
    """
    if not current.is_file():
        return 0
    try:
        src = open_view(current, main_file_only=main_file_only)
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


def _keep_current(db_path: Path, now: datetime | None) -> tuple[Path | None, sqlite3.Connection | None]:
    """Copy the current database into the backups folder, checking nobody else has it open.

    Returns the copy and, for a readable database, the connection whose read
    transaction keeps writers out until the caller has swapped the file.
    """
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None, None
    folder = backup_folder(db_path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as e:
        raise StoreError(_write_problem(folder, e)) from e
    when = now or _local_now()
    dest = _free_name(folder, db_path, BEFORE_RESTORE, when)
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
    summary = ("", "")
    try:
        if con is not None:
            dst = sqlite3.connect(tmp)
            try:
                con.backup(dst)
                summary = data_summary(dst)
            finally:
                dst.close()
        else:
            # Damaged: keep the bytes exactly, with its log, for whoever tries to rescue it.
            shutil.copyfile(db_path, tmp)
            for s in ("-wal", "-journal"):
                if companion(db_path, s).exists():
                    shutil.copyfile(companion(db_path, s), companion(dest, s))
        _flush(tmp)
        digest = file_sha256(tmp)
        _write_checksum(dest, digest)
        os.replace(tmp, dest)
        _flush_folder(folder)
    except (OSError, sqlite3.Error) as e:
        _unlink_quietly(tmp)
        if con is not None:
            con.rollback()
            con.close()
        raise StoreError(_write_problem(folder, e) + " Pemulihan dibatalkan; tidak ada yang diubah.") from e
    _record(folder, dest, db_path, BEFORE_RESTORE, when, digest, summary)
    return dest, con


def set_aside(db_path: str | Path, now: datetime | None = None, *, why: str = "") -> Path:
    """Move the database and its side files (-wal, -shm, -journal), as they are, into a dated folder.

    For a database whose log is not its own: together they are what was there, for
    whoever sorts it out; apart, neither may be opened with the other again. Nothing
    is deleted. The side files go first, so a file that cannot be moved (Windows:
    open elsewhere) is never left beside a log that is not its own.
    """
    db_path = Path(db_path).expanduser()
    when = now or _local_now()
    base = backup_folder(db_path)
    try:
        base.mkdir(exist_ok=True)
        for n in range(10_000):
            folder = base / f"{SET_ASIDE_PREFIX}{db_path.stem}-{when:%Y%m%d-%H%M%S}{f'-{n}' if n else ''}"
            try:
                folder.mkdir()
                break
            except FileExistsError:
                continue
        (folder / "KETERANGAN.txt").write_text(
            f"Disisihkan oleh sopdesk pada {_utc_text(when)} (UTC) dari {db_path.parent}.\n"
            f"Alasan: {why or 'berkas di samping basis data bukan miliknya'}.\n"
            "Berkas-berkas ini disimpan apa adanya dan tidak dihapus. Jangan salin kembali bersama-sama ke folder "
            "data sopdesk: berkas -wal akan digabungkan ke basis data yang bukan miliknya.\n", encoding="utf-8")
        for s in ("-wal", "-shm", "-journal", ""):
            side = companion(db_path, s)
            if side.exists():
                _move(side, folder / side.name)
        _flush_folder(folder)
        _flush_folder(db_path.parent)
    except PermissionError as e:
        raise StoreError(in_use_message()) from e
    except OSError as e:
        raise StoreError(_write_problem(base, e).replace("Cadangan", "Berkas yang disisihkan")) from e
    log.warning("set aside %s with its side files in %s: %s", db_path, folder, why)
    return folder


def _move(src: Path, dst: Path) -> None:
    try:
        os.replace(src, dst)
    except OSError as e:
        if e.errno != errno.EXDEV:
            raise
        shutil.copy2(src, dst)  # the backups folder is on another drive
        _flush(dst)
        src.unlink()
