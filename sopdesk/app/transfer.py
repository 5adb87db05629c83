"""Moving a case to another PC by flashdisk: the `.sopcase` file (format "sopdesk-case/1").

The file is a zip of
  manifest.json  {"format": "sopdesk-case/1", "payload": "case.json",
                  "payload_sha256": ..., "payload_size": ..., "exported_at": ..., "program": ...,
                  "exported_by": ..., "pc": ...}   (the last two since 0.2; optional when read)
  case.json      the case, its SOP version (the full definition text), its events
                 in recorded order (each with the PC and its user that recorded it, "pc_name"
                 and "os_user", since 0.3; optional when read), its PK content, and the list of attachments
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
- an attachment by (sha256 of its bytes, added_at): not by its name, which the
  importing PC may correct (the extension of its real type, no invisible characters);
- the SOP version by the digest of its definition; a definition this PC has
  never seen is added as an imported version of that SOP: the case keeps
  it, but new cases here go on using the newest version made on this PC.
Importing the same file twice adds nothing; a newer state of a known case
adds only the events and attachments that are new. Imports only insert events,
never change or remove them. Everything is checked before the one transaction
that writes; a refused file writes nothing.

Nothing in the file is trusted because its checksum is right (that guards against
damage, not intent): every value is checked as if typed here (names and titles
without direction or invisible characters, no control characters, real dates,
nothing from the future, the PK through the editor's checks), attachments are
allowed by their content with the size limit on the bytes actually read
(domain/file_types; a refused attachment is left out and said so), and an import
says what it did: preview_import() shows it before, and the import writes one
"import" event on this PC with the events it brought marked as arriving with it,
an import event per attachment, and a PK that differs from the one here kept as
a new version that the user may choose (app/paperwork.accept_pk_version), never
put in place by comparing dates. Import events are this PC's history: they are
not exported, so they never travel back.
"""
from __future__ import annotations

import contextlib
import getpass
import hashlib
import io
import json
import logging
import os
import platform
import re
import stat
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from .. import __version__
from ..domain import case as engine_
from ..domain.errors import UserError
from ..domain.indonesian import format_datetime
from ..domain.messages import Joined, Message, msg
from ..domain.pk import PkError, pk_from_dict, pk_to_dict
from ..domain.sop import Sop
from ..domain.sop_file import read_sop
from ..domain.text_rules import has_control, has_visible
from ..store import attachment_queries, pk_queries, repo
from ..store.transaction import Connection, Row
from . import attachments as attachments_, events, search
from .cases import real_date
from .changes import CasesImported
from .events import NewEvent, event_of
from .paperwork import keep_current_as_version, pk_key
from .text import clean_name

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
MAX_ATTACHMENT_BYTES = attachments_.MAX_BYTES   # each one, counted on the bytes read
# The same limits as typing into the program (the callers of text.clean_text).
LIMITS = {"title": 500, "ref_number": 200, "ref_subject": 10_000, "ref_date": 10, "actor": 200,
          "pc_name": 200, "os_user": 200,
          "actor_nip": 40, "note": 100_000, "filename": 500, "mime": 200, "added_by": 200,
          "exported_by": 200, "pc": 200, "program": 200}
NAMES = ("title", "ref_number", "actor", "actor_nip", "filename", "added_by", "exported_by", "pc", "program",
         "pc_name", "os_user")


class TransferError(UserError):
    """A .sopcase file that cannot be exported or imported; nothing was written."""


@dataclass(frozen=True)
class ImportResult:
    case_id: int
    new: bool
    events_added: int
    attachments_added: int = 0
    pk_updated: bool = False          # the file's PK became the case's PK (it had none here)
    pk_version: int | None = None     # a PK that differs from the one here, kept as this version (not in use)
    attachments_refused: tuple[str, ...] = ()   # why each one was left out
    pk_refused: str | None = None               # why the file's PK was left out
    import_event_id: int | None = None          # the import event written here (None: nothing was new)


@dataclass(frozen=True)
class ImportPreview:
    """What a .sopcase file holds and what importing it would do here (preview_import)."""
    file_name: str
    case_uid: str
    case_title: str
    year: int
    local_case_id: int | None      # the same case here, if this PC knows it
    local_title: str | None        # its title here (the file's may differ: the case is matched by its uid)
    sop_code: str
    sop_name: str
    sop_version: int | None        # its version number on the PC that exported it
    sop_known: bool                # this PC has that SOP version already
    events_in_file: int
    events_new: int
    attachments_in_file: int
    attachments_new: int
    attachments_refused: tuple[str, ...]   # left out on import, each with the reason
    pk_in_file: bool
    pk_refused: str | None         # why the file's PK would be left out
    pk_new: bool                   # the case has no PK here: the file's becomes its PK
    pk_differs: bool               # differs from every version here: kept as a new version, not put in use
    exported_by: str               # "" when the file does not say (made by an older sopdesk)
    pc: str
    exported_at: datetime | None
    program: str
    problem: str | None            # why the import would be refused (a conflicting history), else None
    problem_message: Message | None = None   # the same, as a code for the screens' language
    attachments_refused_why: tuple[tuple[str, Message | str], ...] = ()   # (file name, why): for a screen
    pk_refused_message: Message | None = None

    @property
    def new(self) -> bool:
        return self.local_case_id is None

    @property
    def nothing_new(self) -> bool:
        return not self.new and not (self.events_new or self.attachments_new or self.pk_new or self.pk_differs)


# -- export --------------------------------------------------------------------

def export_case(office: Office, case_id: int, path: str | Path, *, by: str = "") -> Path:
    """Write case `case_id` to `path` (.sopcase); return the file written.

    `by` (a name or NIP, else this PC's user account) and this PC's name go into the manifest,
    for the PC that imports it to say who sent it.
    """
    path = Path(path).expanduser()
    exported_by = office.who(by)[0] if by else ""
    with office.reading() as conn:
        rec = repo.case_record(conn, case_id)
        if rec is None:
            raise TransferError(msg("cases.no_such_case", id=case_id))
        # Import events are this PC's history; the PC that receives the case writes its own.
        history = [e for e in repo.case_events(conn, case_id) if e["kind"] != engine_.IMPORT]
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
                    "voids": position.get(e["voids"]) if e["voids"] is not None else None,
                    "pc_name": e["pc_name"], "os_user": e["os_user"]} for e in history],
        "pk": None if pk is None else {"year": pk["year"], "content": pk["content"], "updated_at": pk["updated_at"]},
        "attachments": entries,
    }
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    manifest = {"format": FORMAT, "payload": "case.json", "payload_sha256": hashlib.sha256(body).hexdigest(),
                "payload_size": len(body), "exported_at": office.now_text(),
                "program": f"sopdesk {__version__}", "exported_by": exported_by or _account(), "pc": _pc_name()}
    if not path.parent.is_dir():
        raise TransferError(msg("files.no_folder", folder=str(path.parent)))
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
            raise TransferError(msg("transfer.too_big_to_export"))
        os.replace(tmp, path)
    except OSError as e:
        raise TransferError(_write_problem(path, e)) from e
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return path


def _account() -> str:
    try:
        return clean_name(getpass.getuser(), msg("field.user_name"), 200)
    except Exception:  # noqa: BLE001 — no user name to be had: the file simply does not say
        return ""


def _pc_name() -> str:
    return clean_name(platform.node(), msg("field.pc_name"), 200)


def _write_problem(path: Path, e: OSError) -> Message:
    why: str | Message
    if e.errno == 28:
        why = msg("files.disk_full")
    elif e.errno in (13, 30):
        why = msg("transfer.read_only")
    else:
        why = e.strerror or str(e)
    return msg("files.cannot_write", path=str(path), why=why)


# -- reading a file, without touching the database --------------------------------

Json = dict[str, Any]   # an object of case.json


@dataclass
class CaseFile:
    """A .sopcase file that passed every check."""
    case: Json
    sop: Sop
    definition: str
    events: list[Json]
    pk: Json | None                # with "content" the checked PK, written as save_pk writes it
    attachments: list[Json]        # each with "data", and "stored_name"/"type" or "refused" (why)
    file_name: str = ""
    exported_by: str = ""
    pc: str = ""
    exported_at: datetime | None = None
    program: str = ""
    sop_version: int | None = None
    refused: list[str] = field(default_factory=list)   # why each refused attachment is left out
    pk_refused: str | None = None   # why the PK in the file is left out
    refused_why: list[tuple[str, Message | str]] = field(default_factory=list)   # (file name, why), for a screen
    pk_refused_message: Message | None = None


def _refuse(path: str | Path, why: str | Message) -> TransferError:
    return TransferError(msg("transfer.refused", name=_shown_name(path), why=why))


def _shown_name(path: str | Path) -> str:
    # The file's own name is chosen by whoever made it: no direction tricks in what is shown.
    return clean_name(Path(path).name, msg("field.file_name"), 500) or "(tanpa nama)"


def read_case_file(path: str | Path, now: datetime | None = None) -> CaseFile:
    """Open and check a .sopcase file completely; raise TransferError (Indonesian) if anything is wrong.

    With `now`, a moment in the file later than now (beyond the clock-skew allowance of the
    case engine) is refused too.
    """
    path = Path(path).expanduser()
    try:
        st = path.stat()
    except FileNotFoundError:
        raise TransferError(msg("files.not_found", path=str(path))) from None
    except OSError as e:
        raise TransferError(msg("files.unreadable", path=str(path), error=e.strerror)) from e
    if not stat.S_ISREG(st.st_mode):
        raise _refuse(path, msg("transfer.why.not_regular"))
    if st.st_size > MAX_FILE_BYTES:
        raise _refuse(path, msg("transfer.why.too_big_mb", mb=f"{st.st_size / 1024 / 1024:.0f}"))
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)   # the size stat reports may be wrong (a file still growing)
    except OSError as e:
        raise TransferError(msg("files.unreadable", path=str(path), error=e.strerror)) from e
    if len(data) > MAX_FILE_BYTES:
        raise _refuse(path, msg("transfer.why.too_big"))
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except Exception:  # noqa: BLE001 — whatever zipfile makes of foreign bytes, it is not our file
        raise _refuse(path, msg("transfer.why.not_sopcase")) from None
    try:
        with z:
            return _read_zip(path, z, now)
    except TransferError:
        raise
    except Exception as e:
        log.warning("refused %s", path, exc_info=True)
        raise _refuse(path, msg("transfer.why.damaged", error=type(e).__name__)) from None


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


def _read_zip(path: Path, z: zipfile.ZipFile, now: datetime | None) -> CaseFile:
    infos = z.infolist()
    names = [i.filename for i in infos]
    if len(infos) > MAX_MEMBERS:
        raise _refuse(path, msg("transfer.why.too_many_members"))
    if len(set(names)) != len(names):
        raise _refuse(path, msg("transfer.why.doubled"))
    if "manifest.json" not in names:
        raise _refuse(path, msg("transfer.why.no_manifest"))
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
            raise _refuse(path, msg("transfer.why.newer_format", format=clean_name(fmt[:40], "format")))
        raise _refuse(path, msg("transfer.why.unknown_format"))
    payload_name = manifest.get("payload")
    digest, declared = manifest.get("payload_sha256"), manifest.get("payload_size")
    if payload_name != "case.json" or not isinstance(digest, str) or not _is_int(declared):
        raise _refuse(path, "manifest.json tidak lengkap")
    check = _Checker(path, now)
    # Who, where and when: not covered by the checksum (it sits beside it), so only shown, and checked.
    about: dict[str, Any] = {k: manifest.get(k) for k in ("exported_by", "pc", "program", "exported_at")}
    for key in ("exported_by", "pc", "program"):
        if about[key] is None:
            about[key] = ""
        check.text(about, key, "manifest.json")
    if about["exported_at"] is not None:
        check.time(about, "exported_at", "manifest.json")
    body = member("case.json", MAX_PAYLOAD_BYTES, "case.json")
    if len(body) != declared or hashlib.sha256(body).hexdigest() != digest:
        raise _refuse(path, msg("transfer.why.checksum"))
    payload = _json(path, body, "case.json")
    check.dict_(payload, "isi", ("case", "sop", "events", "pk", "attachments"))
    case = _check_case(check, payload["case"])
    sop, definition, sop_version = _check_sop(check, payload["sop"])
    history = _check_events(check, payload["events"], sop)
    pk, pk_refused = _check_pk(check, payload["pk"])
    refused_why: list[tuple[str, Message | str]] = []
    attachments = check.list_(payload["attachments"], "lampiran")
    refused: list[str] = []
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
        if a["size"] > MAX_ATTACHMENT_BYTES:
            raise _refuse(path, f"{what} lebih besar dari 50 MB")
        if a["event"] is not None and not (_is_int(a["event"]) and 0 <= a["event"] < len(history)):
            raise _refuse(path, f"{what} menunjuk catatan yang tidak ada")
        # At most the limit, whatever size the file declares: the declaration is checked after.
        data = member(a["file"], MAX_ATTACHMENT_BYTES, what)
        if len(data) != a["size"] or hashlib.sha256(data).hexdigest() != a["sha256"]:
            raise _refuse(path, f"{what} rusak (checksum tidak cocok)")
        a["data"] = data
        try:
            if not data:
                raise attachments_.AttachmentError(msg("transfer.attachment_empty"))
            a["stored_name"], a["type"] = attachments_.checked(a["filename"], data)
        except UserError as e:
            a["refused"] = f"{a['filename']}: {e}"
            refused.append(a["refused"])
            refused_why.append((a["filename"], e.message or str(e)))
    return CaseFile(case, sop, definition, history, pk, attachments, file_name=_shown_name(path),
                    exported_by=str(about["exported_by"]), pc=str(about["pc"]), program=str(about["program"]),
                    exported_at=repo.parse_utc(about["exported_at"]), sop_version=sop_version, refused=refused,
                    pk_refused=str(pk_refused) if pk_refused else None, refused_why=refused_why,
                    pk_refused_message=pk_refused)


def _json(path: Path, raw: bytes, what: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _refuse(path, f"{what} bukan JSON yang sah") from None


def _is_int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


class _Checker:
    """Strict checks of case.json: every field present, of its type, within the limits of typing it here."""

    def __init__(self, path: Path, now: datetime | None = None) -> None:
        self.path = path
        self.latest = None if now is None else now + engine_.FUTURE_TOLERANCE

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
        """d[key] checked as typed text: within its limit, no control characters (C0, C1); a name
        or a title loses its direction and invisible characters, as when typed, and `required`
        needs something visible."""
        v = d[key]
        if not isinstance(v, str) or len(v) > LIMITS.get(key, 100_000):
            self.fail(f"isian {key} pada {what} tidak sah")
        if has_control(v):
            self.fail(f"isian {key} pada {what} berisi karakter kendali")
        if key in NAMES:
            d[key] = v = clean_name(v, key)
        if required and not has_visible(v):
            self.fail(f"isian {key} pada {what} kosong")

    def time(self, d: Json, key: str, what: str, optional: bool = False) -> None:
        v = d[key]
        if optional and v is None:
            return
        try:
            if not isinstance(v, str) or not TIME.match(v):
                raise ValueError(v)
            moment = repo.from_utc_text(v)
        except ValueError:
            self.fail(f"waktu {key} pada {what} tidak sah")
        if self.latest is not None and moment > self.latest:
            self.fail(f"waktu {key} pada {what} ({v}) masih di masa depan menurut jam PC ini; periksa tanggal "
                      "dan jam di PC ini dan di PC pengirim")


def _check_case(check: _Checker, value: Any) -> Json:
    check.dict_(value, "kasus", ("uid", "title", "year", "ref_number", "ref_date", "ref_subject", "created_at"))
    case: Json = dict(value)
    if not isinstance(case["uid"], str) or not UID.match(case["uid"]):
        check.fail("identitas kasus (uid) tidak sah")
    for key in ("title", "ref_number", "ref_date", "ref_subject"):
        check.text(case, key, "kasus", required=key == "title")
    if case["ref_date"] and not real_date(case["ref_date"]):
        check.fail("tanggal surat (ref_date) pada kasus bukan tanggal YYYY-MM-DD yang ada")
    if not _is_int(case["year"]) or not 1900 <= case["year"] <= 2200:
        check.fail("tahun kasus tidak sah")
    check.time(case, "created_at", "kasus")
    return case


def _check_sop(check: _Checker, sop: Any) -> tuple[Sop, str, int | None]:
    check.dict_(sop, "SOP", ("code", "definition", "digest"))
    definition = sop["definition"]
    if not isinstance(definition, str) or repo.digest(definition) != sop["digest"]:
        check.fail("definisi SOP rusak (digest tidak cocok)")
    parsed, problems = read_sop(definition, "SOP di dalam berkas")
    if problems or parsed is None:
        check.fail("SOP di dalam berkas tidak sah: " + "; ".join(str(p) for p in problems[:3]))
    number = sop.get("version")
    return parsed, str(definition), number if _is_int(number) and 0 < number < 1_000_000 else None


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
        for key in ("pc_name", "os_user"):   # since 0.3; files made before say nothing of the PC
            e.setdefault(key, "")
            check.text(e, key, what)
        if e["decision"] not in (None, "ya", "tidak"):
            check.fail(f"keputusan pada {what} tidak sah")
        v = e["voids"]
        if v is not None and not (_is_int(v) and 0 <= v < i and e["kind"] == "correction"):
            check.fail(f"koreksi pada {what} tidak sah")
    return events


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _check_pk(check: _Checker, pk: Any) -> tuple[Json | None, Message | None]:
    """(the PK as the PK editor would save it, None) or (None, why it is left out).

    Its content goes through the editor's checks (pk_from_dict) and may hold no control
    characters; a PK that fails is left out of the import, and said so, rather than keeping the
    whole case from travelling (a PK made by an older sopdesk may not pass today's checks).
    """
    if pk is None:
        return None, None
    check.dict_(pk, "PK", ("year", "content", "updated_at"))
    if not _is_int(pk["year"]) or not isinstance(pk["content"], str) or len(pk["content"]) > 10_000_000:
        check.fail("isi PK tidak sah")
    check.time(pk, "updated_at", "PK")
    try:
        data = json.loads(pk["content"])
    except (ValueError, RecursionError):
        return None, msg("transfer.pk.not_json")
    try:
        content = pk_from_dict(data)
    except PkError as e:   # its first three problems, each worded in the language that shows them
        return None, msg("transfer.pk.invalid", detail=Joined(tuple(e.coded[:3])))
    except UserError as e:
        return None, msg("transfer.pk.invalid", detail="; ".join(str(e).splitlines()[:3]))
    saved = pk_to_dict(content)
    if any(has_control(s) for s in _strings(saved)):
        return None, msg("transfer.pk.control")
    return {"year": content.year, "content": json.dumps(saved, ensure_ascii=False),
            "updated_at": pk["updated_at"]}, None


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

@dataclass
class _Plan:
    """What importing a checked file would add to this database, worked out by reading only."""
    case_id: int | None                  # the case here; None: a new case
    missing: list[tuple[str, Json]]      # (fingerprint, event) of the file's events not here
    batch: list[NewEvent]                # those events, as they would be appended
    local_ids: dict[str, int]            # fingerprint -> event id here
    attachments: list[Json]              # new and allowed
    pk: str                              # "none", "same", "new" (the case has none here) or "differs"
    problem: Message | None = None       # why the import must be refused

    @property
    def anything(self) -> bool:
        return self.case_id is None or bool(self.batch or self.attachments or self.pk in ("new", "differs"))


def _check_own_history(path: str | Path, cf: CaseFile, office: Office) -> None:
    """The history in the file must make sense on its own, event by event."""
    try:
        engine_.check_history(cf.sop, [event_of(_as_row(i, e)) for i, e in enumerate(cf.events)],
                              office.calendar())
    except Exception as e:  # noqa: BLE001
        raise _refuse(path, msg("transfer.why.history_because", reason=e.message or str(e))
                      if isinstance(e, engine_.CaseError) else msg("transfer.why.history")) from None


def _plan(office: Office, conn: Connection, cf: CaseFile, file_keys: list[str], now: datetime) -> _Plan:
    row = repo.case_by_uid(conn, cf.case["uid"])
    if row is None:
        local: Sequence[Row] = []
        case_id = None
    else:
        case_id = row["id"]
        if row["digest"] != repo.digest(cf.definition):
            return _Plan(case_id, [], [], {}, [], "none",
                         problem=msg("transfer.why.other_sop_version", id=case_id))
        local = [r for r in repo.case_events(conn, case_id) if r["kind"] != engine_.IMPORT]
    local_ids = dict(zip(_local_keys(local), (r["id"] for r in local), strict=True))
    missing = [(key, e) for key, e in zip(file_keys, cf.events, strict=True) if key not in local_ids]
    # Where each new event sits among the new ones, for a correction of an event that is new too.
    batch_index = {key: i for i, (key, _e) in enumerate(missing)}
    batch = [_new_event(e, file_keys, local_ids, batch_index) for _key, e in missing]
    have = set() if case_id is None else {
        (hashlib.sha256(data).hexdigest(), added_at)
        for data, _filename, added_at in attachment_queries.attachment_identities(conn, case_id)}
    new_files = []
    for a in cf.attachments:
        if "refused" not in a and (a["sha256"], a["added_at"]) not in have:
            have.add((a["sha256"], a["added_at"]))
            new_files.append(a)
    plan = _Plan(case_id, missing, batch, local_ids, new_files, _pk_state(conn, case_id, cf.pk))
    if case_id is not None and batch:
        try:
            events.check_history_with(office, repo.case_events(conn, case_id), cf.sop, batch, now=now)
        except engine_.CaseError:  # histories that went separate ways on two PCs
            plan.problem = msg("transfer.why.conflict", id=case_id)
    return plan


def _pk_state(conn: Connection, case_id: int | None, pk: Json | None) -> str:
    if pk is None:
        return "none"
    current = None if case_id is None else pk_queries.pk_row(conn, case_id)
    if current is None:
        return "new"
    assert case_id is not None
    key = pk_key(pk["content"])
    known = [current["content"], *(v["content"] for v in pk_queries.versions(conn, case_id))]
    return "same" if any(pk_key(text) == key for text in known) else "differs"


def preview_import(office: Office, path: str | Path) -> ImportPreview:
    """What the file holds and what importing it would do here; reads, writes nothing.

    Raises TransferError, as import_case would, for a file that cannot be imported at all;
    a file that is sound but conflicts with this PC's history of the case gives a preview
    whose `problem` says so.
    """
    now = office.now()
    cf = read_case_file(path, now)
    _check_own_history(path, cf, office)
    file_keys = _file_keys(cf.events)
    with office.reading() as conn:
        plan = _plan(office, conn, cf, file_keys, now)
        sop_known = repo.version_id_by_digest(conn, repo.digest(cf.definition)) is not None
        here = repo.case_record(conn, plan.case_id) if plan.case_id is not None else None
    return ImportPreview(
        file_name=cf.file_name, case_uid=cf.case["uid"], case_title=cf.case["title"], year=cf.case["year"],
        local_case_id=plan.case_id, local_title=here["title"] if here is not None else None,
        sop_code=cf.sop.code, sop_name=cf.sop.name, sop_version=cf.sop_version,
        sop_known=sop_known, events_in_file=len(cf.events), events_new=len(plan.batch),
        attachments_in_file=len(cf.attachments), attachments_new=len(plan.attachments),
        attachments_refused=tuple(cf.refused), pk_in_file=cf.pk is not None or cf.pk_refused is not None,
        pk_refused=cf.pk_refused, pk_new=plan.pk == "new", attachments_refused_why=tuple(cf.refused_why),
        pk_refused_message=cf.pk_refused_message,
        pk_differs=plan.pk == "differs", exported_by=cf.exported_by, pc=cf.pc, exported_at=cf.exported_at,
        program=cf.program, problem=str(plan.problem) if plan.problem else None,
        problem_message=plan.problem)


def import_note(cf: CaseFile, now: datetime, office: Office) -> str:
    """"Diimpor dari BERKAS (PC, pengekspor) pada WAKTU", and when and by what the file was made."""
    tz = office.tz
    note = (f"Diimpor dari {cf.file_name} ({cf.pc or 'PC tidak diketahui'}, "
            f"{cf.exported_by or 'pengekspor tidak diketahui'}) pada {format_datetime(now, tz)}.")
    if cf.exported_at is not None:
        note += f" Berkas diekspor {format_datetime(cf.exported_at, tz)}"
        note += f" dengan {cf.program}." if cf.program else "."
    return note


def import_case(office: Office, path: str | Path, *, by: str = "") -> ImportResult:
    """Import a .sopcase file: a new case, or the new part of a case already here.

    `by` (a name or NIP) is who imports it, for the import event.
    """
    now = office.now()
    cf = read_case_file(path, now)
    _check_own_history(path, cf, office)
    stamp = repo.utc_text(now)
    actor, nip = office.who(by)
    file_keys = _file_keys(cf.events)
    with office.writing() as conn:
        plan = _plan(office, conn, cf, file_keys, now)
        if plan.problem:
            raise _refuse(path, plan.problem)
        if not plan.anything:
            assert plan.case_id is not None
            return ImportResult(plan.case_id, False, 0, attachments_refused=tuple(cf.refused),
                                pk_refused=cf.pk_refused)
        case_id = plan.case_id
        if case_id is None:
            c = cf.case
            case_id = repo.add_case(conn, dict(
                sop_version_id=_sop_version(conn, cf, stamp), uid=c["uid"], title=c["title"], year=c["year"],
                ref_number=c["ref_number"], ref_date=c["ref_date"], ref_subject=c["ref_subject"],
                created_at=c["created_at"], state="open", current_step=cf.sop.first.no, updated_at=stamp))
        import_id = events.append_import(office, conn, case_id, import_note(cf, now, office), now=now, actor=actor,
                                         actor_nip=nip)
        local_ids = plan.local_ids
        if plan.case_id is None or plan.batch:
            try:
                ids = events.append_history(office, conn, case_id, cf.sop, plan.batch, now=now, imported_by=import_id)
            except engine_.CaseError:
                raise _refuse(path, msg("transfer.why.conflict", id=case_id)) from None
            local_ids.update(zip((key for key, _e in plan.missing), ids, strict=True))

        def part(note: str, step: int | None = None) -> None:
            events.append_import(office, conn, case_id, note, now=now, actor=actor, actor_nip=nip, step=step,
                                 part_of=import_id)

        for a in plan.attachments:
            event = cf.events[a["event"]] if a["event"] is not None else None
            attachment_queries.insert_attachment(
                conn, case_id=case_id, event_id=local_ids[file_keys[a["event"]]] if event is not None else None,
                filename=a["stored_name"], mime=a["type"].mime, data=a["data"], added_at=a["added_at"],
                added_by=a["added_by"])
            part(f"Lampiran diimpor: {a['stored_name']} ({a['type'].label}, {attachments_.size_words(len(a['data']))})",
                 event["step_no"] if event is not None else None)
        for why in cf.refused:
            part(f"Lampiran tidak diimpor: {why}")
        if cf.pk_refused:
            part(f"Isi PK tidak diimpor: {cf.pk_refused}")
        pk_version = _import_pk(conn, case_id, cf.pk, plan.pk, import_id, part)
        search.index_case(conn, case_id)
        office.changes.emit(CasesImported((case_id,)))   # logged in this transaction, told after it
    result = ImportResult(case_id, plan.case_id is None, len(plan.batch), len(plan.attachments),
                          pk_updated=plan.pk == "new", pk_version=pk_version if plan.pk == "differs" else None,
                          attachments_refused=tuple(cf.refused), pk_refused=cf.pk_refused,
                          import_event_id=import_id)
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
                    voids_in_batch=voids_in_batch, pc_name=e["pc_name"], os_user=e["os_user"])


def _as_row(i: int, e: Json) -> Json:
    return dict(e, id=i + 1, voids=None if e["voids"] is None else e["voids"] + 1)


def _sop_version(conn: Connection, cf: CaseFile, stamp: str) -> int:
    found = repo.version_id_by_digest(conn, repo.digest(cf.definition))
    if found is not None:
        return found
    version_id, _number, _created = repo.add_sop_version(conn, cf.sop.code, cf.sop.name, cf.definition, stamp,
                                                         origin="imported")
    return version_id


def _import_pk(conn: Connection, case_id: int, pk: Json | None, state: str, import_id: int,
               part: Callable[[str], None]) -> int | None:
    """The file's PK as a new version of the case's PK: in use only when the case had none here.

    A PK that differs from the one here is never put in its place by comparing dates (two
    PCs' clocks and edits say nothing about which one the office wants): it waits as a
    version for the user to choose it.
    """
    if pk is None or state not in ("new", "differs"):
        return None
    keep_current_as_version(conn, case_id)
    version_id, number = pk_queries.add_version(conn, case_id, year=pk["year"], content=pk["content"],
                                                saved_at=pk["updated_at"], source="imported",
                                                import_event_id=import_id)
    if state == "new":
        pk_queries.put_pk(conn, case_id, year=pk["year"], content=pk["content"], updated_at=pk["updated_at"],
                          version_id=version_id)
        part(f"Isi PK diimpor sebagai versi {number} dan dipakai (kasus ini belum punya PK).")
    else:
        part(f"Isi PK di berkas berbeda dengan PK di sini: disimpan sebagai versi {number}, belum dipakai. "
             "PK yang dipakai tidak berubah.")
    return number
