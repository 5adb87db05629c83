"""Moving a case to another PC by flashdisk: the `.sopcase` file (format "sopdesk-case/1").

The file is a zip of
  manifest.json  {"format": "sopdesk-case/1", "payload": "case.json",
                  "payload_sha256": ..., "payload_size": ..., "exported_at": ..., "program": ...}
  case.json      the case, its SOP version (the full definition text), its events
                 in recorded order, its PK content, and the list of attachments
                 with the size and sha256 of each
  attachments/N  the bytes of attachment N
so the checksum in the manifest covers everything.

Identity across PCs:
- a case by `cases.uid` (schema 2), made once where the case was created;
- an event by its fingerprint: the sha256 of what it records (kind, step,
  happened_at, recorded_at, actor, NIP, note, decision and the fingerprint of
  the event it voids), numbered if identical events repeat. Event ids are
  local to a PC, but events are never changed (append-only), so the same
  event has the same fingerprint on every PC, after any number of trips,
  with no extra column to keep in step;
- an attachment by (sha256 of its bytes, file name, added_at);
- the SOP version by the digest of its definition; a definition this PC has
  never seen is added as an imported version of that SOP: the case keeps
  it, but new cases here go on using the newest version made on this PC.
Importing the same file twice adds nothing; a newer state of a known case
adds only the events, attachments and PK content that are new. Imports only
insert events, never change or remove them. Everything is checked before
the one transaction that writes; a refused file writes nothing.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import os
import re
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from .. import __version__
from ..domain import case as engine_
from ..domain.errors import UserError
from ..domain.sop import Sop
from ..domain.sop_file import read_sop
from ..store import attachment_queries, pk_queries, repo
from ..store.transaction import Connection, Row
from . import events
from .changes import CasesImported
from .events import NewEvent, event_of

if TYPE_CHECKING:
    from .office import Office

log = logging.getLogger(__name__)

FORMAT = "sopdesk-case/1"
FORMAT_FAMILY = "sopdesk-case/"
SUFFIX = ".sopcase"
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
MAX_PAYLOAD_BYTES = 150 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024   # all members together: a zip bomb stops here
MAX_MEMBERS = 10_000
TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
UID = re.compile(r"^[0-9A-Za-z-]{8,64}$")
EVENT_KINDS = ("start", "finish", "note", "correction", "pause", "resume")
# The same limits as typing into the program (the callers of text.clean_text).
LIMITS = {"title": 500, "ref_number": 200, "ref_subject": 10_000, "ref_date": 10, "actor": 200,
          "actor_nip": 40, "note": 100_000, "filename": 500, "mime": 200, "added_by": 200}


class TransferError(UserError):
    """A .sopcase file that cannot be exported or imported; nothing was written."""


@dataclass(frozen=True)
class ImportResult:
    case_id: int
    new: bool
    events_added: int
    attachments_added: int = 0
    pk_updated: bool = False


# -- export --------------------------------------------------------------------

def export_case(office: Office, case_id: int, path: str | Path) -> Path:
    """Write case `case_id` to `path` (.sopcase); return the file written."""
    path = Path(path).expanduser()
    with office.reading() as conn:
        rec = repo.case_record(conn, case_id)
        if rec is None:
            raise TransferError(f"Kasus nomor {case_id} tidak ada.")
        history = repo.case_events(conn, case_id)
        sop = repo.version_row(conn, rec["sop_version_id"])
        pk = pk_queries.pk_row(conn, case_id)
        files = attachment_queries.attachments_with_data(conn, case_id)
    assert sop is not None  # a case's version is a foreign key
    position = {e["id"]: i for i, e in enumerate(history)}
    entries = [{"file": f"attachments/{i + 1}", "filename": a["filename"], "mime": a["mime"],
                "size": len(a["data"]), "sha256": hashlib.sha256(a["data"]).hexdigest(),
                "added_at": a["added_at"], "added_by": a["added_by"],
                "event": position.get(a["event_id"]) if a["event_id"] is not None else None}
               for i, a in enumerate(files)]
    payload = {
        "case": {k: rec[k] for k in ("uid", "title", "year", "ref_number", "ref_date", "ref_subject", "created_at")},
        "sop": {"code": sop["code"], "version": sop["version"], "name": sop["name"],
                "digest": sop["digest"], "definition": sop["definition"]},
        "events": [{"kind": e["kind"], "step_no": e["step_no"], "happened_at": e["happened_at"],
                    "recorded_at": e["recorded_at"], "actor": e["actor"], "actor_nip": e["actor_nip"],
                    "note": e["note"], "decision": e["decision"],
                    "voids": position.get(e["voids"]) if e["voids"] is not None else None} for e in history],
        "pk": None if pk is None else {"year": pk["year"], "content": pk["content"], "updated_at": pk["updated_at"]},
        "attachments": entries,
    }
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    manifest = {"format": FORMAT, "payload": "case.json", "payload_sha256": hashlib.sha256(body).hexdigest(),
                "payload_size": len(body), "exported_at": office.now_text(),
                "program": f"sopdesk {__version__}"}
    if not path.parent.is_dir():
        raise TransferError(f"Folder {path.parent} tidak ada. Periksa apakah flashdisk terpasang.")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
            z.writestr("case.json", body)
            for entry, a in zip(entries, files, strict=True):
                z.writestr(entry["file"], a["data"])
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        if tmp.stat().st_size > MAX_FILE_BYTES:
            raise TransferError("Kasus ini terlalu besar untuk satu berkas .sopcase (lebih dari 200 MB), "
                                "biasanya karena lampiran hasil pindai; kecilkan lampirannya.")
        os.replace(tmp, path)
    except OSError as e:
        raise TransferError(_write_problem(path, e)) from e
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return path


def _write_problem(path: Path, e: OSError) -> str:
    if e.errno == 28:
        why = "diska/flashdisk penuh"
    elif e.errno in (13, 30):
        why = "tempat itu hanya dapat dibaca atau tidak boleh ditulisi"
    else:
        why = e.strerror or str(e)
    return f"Berkas {path} tidak dapat ditulis: {why}."


# -- reading a file, without touching the database --------------------------------

Json = dict[str, Any]   # an object of case.json


@dataclass
class CaseFile:
    """A .sopcase file that passed every check."""
    case: Json
    sop: Sop
    definition: str
    events: list[Json]
    pk: Json | None
    attachments: list[Json]      # each with "data"


def _refuse(path: str | Path, why: str) -> TransferError:
    return TransferError(f"Berkas {Path(path).name} tidak dapat diimpor: {why}. Tidak ada yang diubah.")


def read_case_file(path: str | Path) -> CaseFile:
    """Open and check a .sopcase file completely; raise TransferError (Indonesian) if anything is wrong."""
    path = Path(path).expanduser()
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise TransferError(f"Berkas {path} tidak ditemukan.") from None
    except OSError as e:
        raise TransferError(f"Berkas {path} tidak dapat dibaca ({e.strerror}).") from e
    if size > MAX_FILE_BYTES:
        raise _refuse(path, f"berkas terlalu besar ({size / 1024 / 1024:.0f} MB; paling besar 200 MB)")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise TransferError(f"Berkas {path} tidak dapat dibaca ({e.strerror}).") from e
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except Exception:  # noqa: BLE001 — whatever zipfile makes of foreign bytes, it is not our file
        raise _refuse(path, "bukan berkas kasus sopdesk (.sopcase), atau berkasnya rusak/terpotong") from None
    try:
        with z:
            return _read_zip(path, z)
    except TransferError:
        raise
    except Exception as e:
        log.warning("refused %s", path, exc_info=True)
        raise _refuse(path, f"berkasnya rusak ({type(e).__name__})") from None


class _TooBig(Exception):
    pass


class _Budget:
    """What may still be unpacked, all members together."""

    def __init__(self) -> None:
        self.left = MAX_UNPACKED_BYTES

    def read(self, z: zipfile.ZipFile, name: str, limit: int) -> bytes:
        """A member's bytes, reading no more than `limit` (the sizes in a zip can lie)."""
        limit = min(limit, self.left)
        with z.open(name) as f:
            data = f.read(limit + 1)
        if len(data) > limit:
            raise _TooBig(name)
        self.left -= len(data)
        return data


def _read_zip(path: Path, z: zipfile.ZipFile) -> CaseFile:
    infos = z.infolist()
    names = [i.filename for i in infos]
    if len(infos) > MAX_MEMBERS:
        raise _refuse(path, "isinya terlalu banyak berkas")
    if len(set(names)) != len(names):
        raise _refuse(path, "isinya ganda (nama berkas di dalamnya berulang)")
    if "manifest.json" not in names:
        raise _refuse(path, "bukan berkas kasus sopdesk (tidak ada manifest.json)")
    budget = _Budget()

    def member(name: str, limit: int, what: str) -> bytes:
        if name not in names:
            raise _refuse(path, f"{what} tidak ada di dalam berkas")
        try:
            return budget.read(z, name, limit)
        except _TooBig:
            raise _refuse(path, f"{what} terlalu besar") from None

    manifest = _json(path, member("manifest.json", MAX_MANIFEST_BYTES, "manifest.json"), "manifest.json")
    if not isinstance(manifest, dict):
        raise _refuse(path, "manifest.json tidak sah")
    fmt = manifest.get("format")
    if fmt != FORMAT:
        if isinstance(fmt, str) and fmt.startswith(FORMAT_FAMILY):
            raise _refuse(path, f"formatnya \"{fmt[:40]}\" dibuat oleh versi sopdesk yang lebih baru; "
                                "perbarui sopdesk di komputer ini")
        raise _refuse(path, "bukan berkas kasus sopdesk (format tidak dikenal)")
    payload_name = manifest.get("payload")
    digest, declared = manifest.get("payload_sha256"), manifest.get("payload_size")
    if payload_name != "case.json" or not isinstance(digest, str) or not _is_int(declared):
        raise _refuse(path, "manifest.json tidak lengkap")
    body = member("case.json", MAX_PAYLOAD_BYTES, "case.json")
    if len(body) != declared or hashlib.sha256(body).hexdigest() != digest:
        raise _refuse(path, "isinya rusak atau telah diubah (checksum tidak cocok)")
    payload = _json(path, body, "case.json")
    check = _Checker(path)
    check.dict_(payload, "isi", ("case", "sop", "events", "pk", "attachments"))
    case = _check_case(check, payload["case"])
    sop, definition = _check_sop(check, payload["sop"])
    history = _check_events(check, payload["events"], sop)
    pk = _check_pk(check, payload["pk"])
    attachments = check.list_(payload["attachments"], "lampiran")
    for i, a in enumerate(attachments):
        what = f"lampiran ke-{i + 1}"
        check.dict_(a, what, ("file", "filename", "mime", "size", "sha256", "added_at", "added_by", "event"))
        check.text(a, "filename", what, required=True)
        check.text(a, "mime", what)
        check.text(a, "added_by", what)
        check.time(a, "added_at", what)
        if not _is_int(a["size"]) or a["size"] < 0 or not isinstance(a["sha256"], str) \
                or not isinstance(a["file"], str) or not a["file"].startswith("attachments/"):
            raise _refuse(path, f"{what} tidak sah")
        if a["event"] is not None and not (_is_int(a["event"]) and 0 <= a["event"] < len(history)):
            raise _refuse(path, f"{what} menunjuk catatan yang tidak ada")
        data = member(a["file"], a["size"], what)
        if len(data) != a["size"] or hashlib.sha256(data).hexdigest() != a["sha256"]:
            raise _refuse(path, f"{what} rusak (checksum tidak cocok)")
        a["data"] = data
    return CaseFile(case, sop, definition, history, pk, attachments)


def _json(path: Path, raw: bytes, what: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _refuse(path, f"{what} bukan JSON yang sah") from None


def _is_int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


class _Checker:
    """Strict shape checks of case.json: every field present, of its type, within limits."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, why: str) -> NoReturn:
        raise _refuse(self.path, why)

    def dict_(self, value: object, what: str, keys: Sequence[str]) -> None:
        if not isinstance(value, dict) or not set(keys) <= set(value):
            self.fail(f"bagian {what} tidak lengkap atau tidak sah")

    def list_(self, value: object, what: str) -> list[Any]:
        if not isinstance(value, list):
            self.fail(f"bagian {what} tidak sah")
        return value

    def text(self, d: Json, key: str, what: str, required: bool = False) -> None:
        v = d[key]
        if not isinstance(v, str) or len(v) > LIMITS.get(key, 100_000) or (required and not v.strip()):
            self.fail(f"isian {key} pada {what} tidak sah")
        if any((ord(c) < 0x20 and c not in "\n\t") or ord(c) == 0x7F or 0xD800 <= ord(c) <= 0xDFFF for c in v):
            self.fail(f"isian {key} pada {what} berisi karakter kendali")

    def time(self, d: Json, key: str, what: str, optional: bool = False) -> None:
        v = d[key]
        if optional and v is None:
            return
        try:
            if not isinstance(v, str) or not TIME.match(v):
                raise ValueError(v)
            repo.parse_utc(v)
        except ValueError:
            self.fail(f"waktu {key} pada {what} tidak sah")


def _check_case(check: _Checker, case: Any) -> Json:
    check.dict_(case, "kasus", ("uid", "title", "year", "ref_number", "ref_date", "ref_subject", "created_at"))
    if not isinstance(case["uid"], str) or not UID.match(case["uid"]):
        check.fail("identitas kasus (uid) tidak sah")
    for key in ("title", "ref_number", "ref_date", "ref_subject"):
        check.text(case, key, "kasus", required=key == "title")
    if not _is_int(case["year"]) or not 1900 <= case["year"] <= 2200:
        check.fail("tahun kasus tidak sah")
    check.time(case, "created_at", "kasus")
    return dict(case)


def _check_sop(check: _Checker, sop: Any) -> tuple[Sop, str]:
    check.dict_(sop, "SOP", ("code", "definition", "digest"))
    definition = sop["definition"]
    if not isinstance(definition, str) or repo.digest(definition) != sop["digest"]:
        check.fail("definisi SOP rusak (digest tidak cocok)")
    parsed, problems = read_sop(definition, "SOP di dalam berkas")
    if problems or parsed is None:
        check.fail("SOP di dalam berkas tidak sah: " + "; ".join(str(p) for p in problems[:3]))
    return parsed, str(definition)


def _check_events(check: _Checker, value: Any, sop: Sop) -> list[Json]:
    events: list[Json] = check.list_(value, "catatan")
    for i, e in enumerate(events):
        what = f"catatan ke-{i + 1}"
        check.dict_(e, what, ("kind", "step_no", "happened_at", "recorded_at", "actor", "actor_nip", "note",
                              "decision", "voids"))
        if e["kind"] not in EVENT_KINDS:
            check.fail(f"jenis {what} tidak dikenal")
        if e["step_no"] is not None and not (_is_int(e["step_no"]) and sop.has_step(e["step_no"])):
            check.fail(f"{what} menyebut langkah yang tidak ada di SOP-nya")
        if e["kind"] in ("start", "finish") and e["step_no"] is None:
            check.fail(f"{what} tidak menyebut langkahnya")
        check.time(e, "happened_at", what)
        check.time(e, "recorded_at", what)
        for key in ("actor", "actor_nip", "note"):
            check.text(e, key, what)
        if e["decision"] not in (None, "ya", "tidak"):
            check.fail(f"keputusan pada {what} tidak sah")
        v = e["voids"]
        if v is not None and not (_is_int(v) and 0 <= v < i and e["kind"] == "correction"):
            check.fail(f"koreksi pada {what} tidak sah")
    return events


def _check_pk(check: _Checker, pk: Any) -> Json | None:
    if pk is None:
        return None
    check.dict_(pk, "PK", ("year", "content", "updated_at"))
    if not _is_int(pk["year"]) or not isinstance(pk["content"], str) or len(pk["content"]) > 10_000_000:
        check.fail("isi PK tidak sah")
    check.time(pk, "updated_at", "PK")
    # Only its shape: the PK editor judges the content itself (a draft may be incomplete).
    try:
        content = json.loads(pk["content"])
    except (ValueError, RecursionError):
        content = None
    if not isinstance(content, dict):
        check.fail("isi PK tidak sah")
    return dict(pk)


# -- fingerprints ---------------------------------------------------------------

VoidsKey = Callable[[int, Mapping[str, Any], list[str]], "str | None"]


def fingerprints(events: Sequence[Mapping[str, Any]], voids_key: VoidsKey) -> list[str]:
    """The identity of each event across PCs (see the module's docstring).

    `voids_key(i, event, keys_so_far)` gives the fingerprint of the event that
    event i voids, or None.
    """
    keys: list[str] = []
    seen: dict[str, int] = {}
    for i, e in enumerate(events):
        content = [e["kind"], e["step_no"], e["happened_at"], e["recorded_at"], e["actor"], e["actor_nip"],
                   e["note"], e["decision"], voids_key(i, e, keys)]
        base = hashlib.sha256(json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()
        n = seen.get(base, 0)
        seen[base] = n + 1
        keys.append(f"{base}:{n}")
    return keys


def _file_keys(events: list[Json]) -> list[str]:
    return fingerprints(events, lambda i, e, keys: keys[e["voids"]] if e["voids"] is not None else None)


def _local_keys(rows: Sequence[Row]) -> list[str]:
    index = {r["id"]: i for i, r in enumerate(rows)}

    def voided(i: int, e: Mapping[str, Any], keys: list[str]) -> str | None:
        if e["voids"] is None:
            return None
        j = index.get(e["voids"])
        return keys[j] if j is not None and j < i else f"local:{e['voids']}"
    return fingerprints([dict(r) for r in rows], voided)


# -- import ---------------------------------------------------------------------

def import_case(office: Office, path: str | Path) -> ImportResult:
    """Import a .sopcase file: a new case, or the new part of a case already here."""
    cf = read_case_file(path)
    calendar, now = office.calendar(), office.now()
    try:  # the history in the file must make sense on its own, event by event
        engine_.check_history(cf.sop, [event_of(_as_row(i, e)) for i, e in enumerate(cf.events)], calendar)
    except Exception as e:  # noqa: BLE001
        why = f": {e}" if isinstance(e, engine_.CaseError) else ""
        raise _refuse(path, f"riwayat kasus di dalam berkas tidak masuk akal{why}") from None
    stamp = repo.utc_text(now)
    file_keys = _file_keys(cf.events)
    with office.writing() as conn:
        version_id = _sop_version(conn, cf, stamp)
        row = repo.case_by_uid(conn, cf.case["uid"])
        new = row is None
        if row is None:
            c = cf.case
            case_id = repo.add_case(conn, dict(
                sop_version_id=version_id, uid=c["uid"], title=c["title"], year=c["year"],
                ref_number=c["ref_number"], ref_date=c["ref_date"], ref_subject=c["ref_subject"],
                created_at=c["created_at"], state="open", current_step=cf.sop.first.no, updated_at=stamp))
        else:
            case_id = row["id"]
            if row["digest"] != repo.digest(cf.definition):
                raise _refuse(path, f"kasus ini sudah ada di sini (nomor {case_id}) dengan versi SOP yang berbeda")
        local = repo.case_events(conn, case_id)
        local_ids = dict(zip(_local_keys(local), (r["id"] for r in local), strict=True))
        missing = [(key, e) for key, e in zip(file_keys, cf.events, strict=True) if key not in local_ids]
        # Where each new event sits among the new ones, for a correction of an event that is new too.
        batch_index = {key: i for i, (key, _e) in enumerate(missing)}
        batch = [_new_event(e, file_keys, local_ids, batch_index) for _key, e in missing]
        if new or batch:
            try:
                ids = events.append_history(office, conn, case_id, cf.sop, batch, now=now)
            except engine_.CaseError:  # histories that went separate ways on two PCs
                raise _refuse(path, f"riwayat di berkas bertentangan dengan riwayat kasus nomor {case_id} di sini") \
                    from None
            local_ids.update(zip((key for key, _e in missing), ids, strict=True))
        files_added = _attachments(conn, case_id, cf, file_keys, local_ids)
        pk_updated = _pk(conn, case_id, cf.pk)
    result = ImportResult(case_id, new, len(batch), files_added, pk_updated)
    if new or batch or files_added or pk_updated:
        office.changes.emit(CasesImported((case_id,)))
    return result


def _new_event(e: Json, file_keys: list[str], local_ids: dict[str, int],
               batch_index: dict[str, int]) -> NewEvent:
    """An event of the file as appended here: its correction points at a local event or a new one."""
    voids = voids_in_batch = None
    if e["voids"] is not None:
        target = file_keys[e["voids"]]
        if target in local_ids:
            voids = local_ids[target]
        else:
            voids_in_batch = batch_index[target]
    return NewEvent(e["kind"], e["step_no"], repo.from_utc_text(e["happened_at"]), e["actor"], e["actor_nip"],
                    e["note"], e["decision"], voids, recorded_at=repo.from_utc_text(e["recorded_at"]),
                    voids_in_batch=voids_in_batch)


def _as_row(i: int, e: Json) -> Json:
    return dict(e, id=i + 1, voids=None if e["voids"] is None else e["voids"] + 1)


def _sop_version(conn: Connection, cf: CaseFile, stamp: str) -> int:
    found = repo.version_id_by_digest(conn, repo.digest(cf.definition))
    if found is not None:
        return found
    version_id, _number, _created = repo.add_sop_version(conn, cf.sop.code, cf.sop.name, cf.definition, stamp,
                                                         origin="imported")
    return version_id


def _attachments(conn: Connection, case_id: int, cf: CaseFile, file_keys: list[str],
                 local_ids: dict[str, int]) -> int:
    have = {(hashlib.sha256(data).hexdigest(), filename, added_at)
            for data, filename, added_at in attachment_queries.attachment_identities(conn, case_id)}
    added = 0
    for a in cf.attachments:
        if (a["sha256"], a["filename"], a["added_at"]) in have:
            continue
        event_id = local_ids[file_keys[a["event"]]] if a["event"] is not None else None
        attachment_queries.insert_attachment(conn, case_id=case_id, event_id=event_id, filename=a["filename"],
                                             mime=a["mime"], data=a["data"], added_at=a["added_at"],
                                             added_by=a["added_by"])
        have.add((a["sha256"], a["filename"], a["added_at"]))
        added += 1
    return added


def _pk(conn: Connection, case_id: int, pk: Json | None) -> bool:
    """The PK content is a document being edited, not history: the newer edit wins."""
    if pk is None:
        return False
    mine = pk_queries.pk_row(conn, case_id)
    if mine is None or (pk["updated_at"] > mine["updated_at"] and pk["content"] != mine["content"]):
        pk_queries.put_pk(conn, case_id, year=pk["year"], content=pk["content"], updated_at=pk["updated_at"])
        return True
    return False
