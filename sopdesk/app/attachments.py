"""Attachments of a case (the scanned Surat Edaran, a spreadsheet of targets): use cases over Office.

The bytes are stored in the database, so a backup and a `.sopcase` file carry
them. Adding one also appends a note event ("Lampiran ditambahkan: …") on
the step it belongs to, in the same transaction: the history shows who added
what and when, and the attachment is tied to that event. Attachments are
never deleted or replaced (they are part of the audit trail); one added by
mistake is marked by correcting its note ("Koreksi"), which the list then shows.

Only documents and images are attached, judged by their bytes (domain/file_types): the
stored name ends in the extension of the real type, and opening one hands the PC a
read-only copy under that extension, never an executable one.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import case as engine_
from ..domain.case import CaseError
from ..domain.errors import UserError
from ..domain.file_types import FileType, FileTypeError, checked_attachment
from ..domain.messages import Message, msg
from ..domain.text_rules import strip_invisible
from ..files import write_atomic
from ..store import attachment_queries as q, repo
from ..store.transaction import Row
from . import events
from .changes import CaseChanged
from .text import clean_name

if TYPE_CHECKING:
    from .office import Office

log = logging.getLogger(__name__)

MAX_BYTES = 50 * 1024 * 1024
MAX_NAME = 255
CHUNK = 1024 * 1024
NOTE_PREFIX = "Lampiran ditambahkan: "
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


class AttachmentError(UserError):
    """An attachment that cannot be added, read or saved; the message says why, in Indonesian."""


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    case_id: int
    filename: str
    size: int
    mime: str
    added_at: datetime          # UTC
    added_by: str
    step: int | None            # the step it was added on, None for the case as a whole
    event_id: int | None        # its "Lampiran ditambahkan" note, if any (imported ones may have none)
    voided_by: int | None       # the correction that marked it as a mistake


def megabytes(size: int) -> str:
    """"60,0 MB" (Indonesian decimal comma)."""
    return f"{size / 1024 / 1024:.1f}".replace(".", ",") + " MB"


def size_words(size: int) -> str:
    """"340 KB" below a megabyte, "2,5 MB" from there (as the attachment list shows sizes)."""
    return megabytes(size) if size >= 1024 * 1024 else f"{max(1, round(size / 1024))} KB"


def _too_big(name: str, size: int) -> AttachmentError:
    return AttachmentError(msg("attachments.too_big", name=name, size=megabytes(size)))


def _read(path: Path) -> bytes:
    """The file's bytes, read in chunks and never more than MAX_BYTES + 1 of them: the size a
    file system reports can be wrong (a file still growing, a device, a network drive)."""
    name = path.name or str(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise AttachmentError(msg("files.not_found", path=name)) from None
    except OSError as e:
        raise AttachmentError(msg("files.unreadable", path=name, error=e.strerror or str(e))) from e
    if stat.S_ISDIR(st.st_mode):
        raise AttachmentError(msg("attachments.folder", name=name))
    if not stat.S_ISREG(st.st_mode):   # a pipe or a device would block, or never end
        raise AttachmentError(msg("attachments.not_regular", name=name))
    if st.st_size > MAX_BYTES:
        raise _too_big(name, st.st_size)
    chunks: list[bytes] = []
    got = 0
    try:
        with open(path, "rb") as f:
            while got <= MAX_BYTES:
                chunk = f.read(min(CHUNK, MAX_BYTES + 1 - got))
                if not chunk:
                    break
                chunks.append(chunk)
                got += len(chunk)
    except PermissionError:
        raise AttachmentError(msg("attachments.locked", name=name)) from None
    except OSError as e:
        raise AttachmentError(msg("attachments.unreadable", name=name, error=e.strerror or str(e))) from e
    if got > MAX_BYTES:  # grew while we looked
        raise AttachmentError(msg("attachments.grew", name=name))
    if not got:
        raise AttachmentError(msg("attachments.empty", name=name))
    return b"".join(chunks)


def checked(name: str, data: bytes) -> tuple[str, FileType]:
    """The name to store an attachment under and its real type; AttachmentError if it may not be attached."""
    try:
        stored, kind = checked_attachment(clean_name(name, msg("field.file_name"), MAX_NAME), data)
    except FileTypeError as e:
        raise AttachmentError(e.message or str(e)) from None
    if len(stored) > MAX_NAME:
        raise AttachmentError(msg("attachments.name_too_long", length=len(stored), most=MAX_NAME))
    return stored, kind


def add_attachment(office: Office, case_id: int, path: str | os.PathLike[str], by: str = "",
                   step: int | None = None) -> int:
    """Store the file at `path` with case `case_id` (on step `step`); return the attachment id."""
    path = Path(path).expanduser()
    data = _read(path)
    filename, kind = checked(path.name, data)
    mime = kind.mime
    actor, nip = office.who(by)
    now = office.now()
    note = events.NewEvent(engine_.NOTE, step, None, actor, nip, NOTE_PREFIX + filename)
    try:
        with office.writing() as conn:
            event_id = events.append(office, conn, case_id, note, now=now)
            attachment_id = q.insert_attachment(conn, case_id=case_id, event_id=event_id, filename=filename,
                                                mime=mime, data=data, added_at=repo.utc_text(now), added_by=actor)
            office.changes.emit(CaseChanged(case_id))   # logged in this transaction, told after it
    except (events.NoSuchCase, CaseError) as e:
        raise AttachmentError(e.message or str(e)) from None
    log.info("attachment %s (%s, %d bytes) added to case %s", attachment_id, filename, len(data), case_id)
    return attachment_id


def _info(r: Row) -> AttachmentInfo:
    # Names are cleaned when stored; one stored before that is shown without its direction tricks too.
    return AttachmentInfo(id=r["id"], case_id=r["case_id"], filename=clean_name(r["filename"], msg("field.file_name")),
                          size=r["size"] or 0,
                          mime=r["mime"] or "", added_at=repo.from_utc_text(r["added_at"]),
                          added_by=r["added_by"] or "", step=r["step_no"], event_id=r["event_id"],
                          voided_by=r["voided_by"])


def list_attachments(office: Office, case_id: int) -> list[AttachmentInfo]:
    """The case's attachments, oldest first, without their bytes."""
    with office.reading() as conn:
        return [_info(r) for r in q.case_attachments(conn, case_id)]


def attachment_data(office: Office, attachment_id: int) -> bytes:
    with office.reading() as conn:
        row = q.attachment_row(conn, attachment_id, with_data=True)
    if row is None:
        raise AttachmentError(msg("attachments.no_such", id=attachment_id))
    return bytes(row["data"])


def _row_of(office: Office, attachment_id: int) -> Row:
    """The attachment's row without its bytes."""
    with office.reading() as conn:
        row = q.attachment_row(conn, attachment_id)
    if row is None:
        raise AttachmentError(msg("attachments.no_such", id=attachment_id))
    return row


def safe_file_name(name: str) -> str:
    """A name every file system accepts (Windows forbids <>:"/\\|?* and a trailing dot or space)."""
    cleaned = _UNSAFE.sub("_", strip_invisible(name)).strip().rstrip(". ")
    return cleaned[:180] or "lampiran"


def save_attachment(office: Office, attachment_id: int, dest: str | os.PathLike[str]) -> Path:
    """Write the attachment's bytes to `dest` (whole or not at all); return the file written."""
    data = attachment_data(office, attachment_id)
    dest = Path(dest).expanduser()
    if not dest.parent.is_dir():
        raise AttachmentError(msg("files.no_folder", folder=str(dest.parent)))
    try:
        write_atomic(data, dest)
    except OSError as e:
        why: str | Message
        if e.errno == 28:
            why = msg("files.disk_full")
        elif isinstance(e, PermissionError) or e.errno in (13, 30):
            why = msg("attachments.no_permission")
        else:
            why = e.strerror or str(e)
        raise AttachmentError(msg("files.cannot_write", path=str(dest), why=why)) from e
    return dest


def attachment_for_opening(office: Office, attachment_id: int) -> tuple[Path, FileType]:
    """A read-only copy in the temporary folder, named with the extension of its real type, and that type.

    For opening with the PC's own program: the type comes from the bytes, so the copy is never
    given an executable extension whatever name it was stored or imported under (an attachment
    stored before the types were checked is checked now, and refused if it is not a document).
    The screen asks before opening one whose type is not `viewable` (not a PDF or an image).
    Read-only, so a program that opens it says so instead of letting someone edit a copy that
    the case would never see.
    """
    row = _row_of(office, attachment_id)
    data = attachment_data(office, attachment_id)
    try:
        name, kind = checked(row["filename"], data)
    except AttachmentError as e:
        raise AttachmentError(msg("attachments.not_opened", name=clean_name(row["filename"], msg("field.file_name")),
                                      why=e.message or str(e))) from None
    stem = safe_file_name(name.rpartition(".")[0] or name)
    name = f"{stem[:180 - len(kind.extension) - 1]}.{kind.extension}"
    # Attachment ids are per database: the folder names the database too.
    db_key = hashlib.sha256(str(office.target).encode("utf-8")).hexdigest()[:10]
    folder = Path(tempfile.gettempdir()) / "sopdesk-lampiran" / f"{db_key}-{attachment_id}"
    target = folder / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if target.is_file() and not target.is_symlink():
            if target.read_bytes() == data:
                return target, kind  # opened before (and perhaps still open in a viewer that locks it)
            os.chmod(target, 0o600)
        if target.is_symlink() or target.exists():
            target.unlink()
        write_atomic(data, target)
        os.chmod(target, 0o400)
    except OSError as e:
        raise AttachmentError(msg("attachments.not_prepared", error=e.strerror or str(e))) from e
    return target, kind


def temp_copy(office: Office, attachment_id: int) -> Path:
    """The copy attachment_for_opening() makes (for callers that do not need the type)."""
    return attachment_for_opening(office, attachment_id)[0]
