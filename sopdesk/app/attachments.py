"""Attachments of a case (the scanned Surat Edaran, a spreadsheet of targets): use cases over Office.

The bytes are stored in the database, so a backup and a `.sopcase` file carry
them. Adding one also appends a note event ("Lampiran ditambahkan: …") on
the step it belongs to, in the same transaction: the history shows who added
what and when, and the attachment is tied to that event. Attachments are
never deleted or replaced (they are part of the audit trail); one added by
mistake is marked by correcting its note ("Koreksi"), which the list then shows.
"""
from __future__ import annotations

import hashlib
import logging
import mimetypes
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import case as engine_
from ..domain.case import CaseError
from ..domain.errors import UserError
from ..files import write_atomic
from ..store import attachment_queries as q, repo
from ..store.transaction import Row
from . import events
from .changes import CaseChanged
from .text import clean_text

if TYPE_CHECKING:
    from .office import Office

log = logging.getLogger(__name__)

MAX_BYTES = 50 * 1024 * 1024
MAX_NAME = 255
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


def _read(path: Path) -> bytes:
    name = path.name or str(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise AttachmentError(f"Berkas {name} tidak ditemukan.") from None
    except OSError as e:
        raise AttachmentError(f"Berkas {name} tidak dapat dibaca ({e.strerror or e}).") from e
    if path.is_dir():
        raise AttachmentError(f"{name} adalah folder, bukan berkas. Pilih berkasnya.")
    if st.st_size > MAX_BYTES:
        raise AttachmentError(
            f"Berkas {name} terlalu besar ({megabytes(st.st_size)}); lampiran paling besar 50 MB. "
            "Kecilkan dulu, mis. pindai ulang hitam-putih 150 dpi atau simpan sebagai PDF yang lebih kecil.")
    try:
        data = path.read_bytes()
    except PermissionError:
        raise AttachmentError(f"Berkas {name} tidak dapat dibaca: tidak ada izin, atau berkas itu sedang "
                              "dibuka di program lain. Tutup program itu lalu coba lagi.") from None
    except OSError as e:
        raise AttachmentError(f"Berkas {name} tidak dapat dibaca ({e.strerror or e}). "
                              "Periksa flashdisk/diska lalu coba lagi.") from e
    if len(data) > MAX_BYTES:  # grew while we looked
        raise AttachmentError(f"Berkas {name} terlalu besar ({megabytes(len(data))}); lampiran paling besar 50 MB.")
    if not data:
        raise AttachmentError(f"Berkas {name} kosong (0 bita); tidak ada yang dilampirkan.")
    return data


def add_attachment(office: Office, case_id: int, path: str | os.PathLike[str], by: str = "",
                   step: int | None = None) -> int:
    """Store the file at `path` with case `case_id` (on step `step`); return the attachment id."""
    path = Path(path).expanduser()
    data = _read(path)
    filename = clean_text(path.name, "Nama berkas", MAX_NAME).strip() or "lampiran"
    mime = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    actor, nip = office.who(by)
    now = office.now()
    note = events.NewEvent(engine_.NOTE, step, None, actor, nip, NOTE_PREFIX + filename)
    try:
        with office.writing() as conn:
            event_id = events.append(office, conn, case_id, note, now=now)
            attachment_id = q.insert_attachment(conn, case_id=case_id, event_id=event_id, filename=filename,
                                                mime=mime, data=data, added_at=repo.utc_text(now), added_by=actor)
    except (events.NoSuchCase, CaseError) as e:
        raise AttachmentError(str(e)) from None
    office.changes.emit(CaseChanged(case_id))
    log.info("attachment %s (%s, %d bytes) added to case %s", attachment_id, filename, len(data), case_id)
    return attachment_id


def _info(r: Row) -> AttachmentInfo:
    return AttachmentInfo(id=r["id"], case_id=r["case_id"], filename=r["filename"], size=r["size"] or 0,
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
        raise AttachmentError(f"Lampiran nomor {attachment_id} tidak ada.")
    return bytes(row["data"])


def _row_of(office: Office, attachment_id: int) -> Row:
    """The attachment's row without its bytes."""
    with office.reading() as conn:
        row = q.attachment_row(conn, attachment_id)
    if row is None:
        raise AttachmentError(f"Lampiran nomor {attachment_id} tidak ada.")
    return row


def safe_file_name(name: str) -> str:
    """A name every file system accepts (Windows forbids <>:"/\\|?* and a trailing dot or space)."""
    cleaned = _UNSAFE.sub("_", name).strip().rstrip(". ")
    return cleaned[:180] or "lampiran"


def save_attachment(office: Office, attachment_id: int, dest: str | os.PathLike[str]) -> Path:
    """Write the attachment's bytes to `dest` (whole or not at all); return the file written."""
    data = attachment_data(office, attachment_id)
    dest = Path(dest).expanduser()
    if not dest.parent.is_dir():
        raise AttachmentError(f"Folder {dest.parent} tidak ada. Periksa apakah flashdisk terpasang.")
    try:
        write_atomic(data, dest)
    except OSError as e:
        if e.errno == 28:
            why = "diska/flashdisk penuh"
        elif isinstance(e, PermissionError) or e.errno in (13, 30):
            why = "tidak ada izin menulis di sana, atau berkas itu sedang dibuka di program lain"
        else:
            why = e.strerror or str(e)
        raise AttachmentError(f"Berkas {dest} tidak dapat ditulis: {why}.") from e
    return dest


def temp_copy(office: Office, attachment_id: int) -> Path:
    """A read-only copy in the temporary folder, for opening with the PC's own program.

    Read-only, so a program that opens it says so instead of letting someone
    edit a copy that the case would never see.
    """
    row = _row_of(office, attachment_id)
    name = safe_file_name(row["filename"])
    # Attachment ids are per database: the folder names the database too.
    db_key = hashlib.sha256(str(office.target).encode("utf-8")).hexdigest()[:10]
    folder = Path(tempfile.gettempdir()) / "sopdesk-lampiran" / f"{db_key}-{attachment_id}"
    target = folder / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if target.is_file():
            if target.stat().st_size == row["size"]:
                return target  # opened before (and perhaps still open in a viewer that locks it)
            os.chmod(target, 0o600)
            target.unlink()
        save_attachment(office, attachment_id, target)
        os.chmod(target, 0o400)
    except OSError as e:
        raise AttachmentError(f"Lampiran tidak dapat disiapkan untuk dibuka ({e.strerror or e}).") from e
    return target
