"""Opening a Word file for the SOP import, refusing what is not a readable .docx with a message
an office user can act on: an old .doc, a password-protected file (an encrypted .docx is an
OLE compound file, not a zip), a broken file, one too big, a zip bomb, XML with a DTD.

python-docx reads every part of the package into memory, so the package is checked first:
its size on disk, the number and unpacked size of its parts, and that no XML part declares
a DTD or entities (python-docx's parser does not resolve entities and lxml never fetches
from the network; Word never writes a DTD, so one is refused outright).
"""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import UserError
from ..domain.messages import msg

if TYPE_CHECKING:
    from docx.document import Document

MAX_FILE_BYTES = 20 * 1024 * 1024        # an SOP with its logo is well under 5 MB
MAX_UNPACKED_BYTES = 100 * 1024 * 1024   # all parts together, unpacked
MAX_XML_PART_BYTES = 30 * 1024 * 1024    # one XML part, unpacked
MAX_PARTS = 3000
MAX_RATIO = 200                          # unpacked / packed, for a part over 1 MB unpacked
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


class WordFileError(UserError):
    """The file cannot be read as a Word document; the message says why and what to do."""


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f}".replace(".", ",")


WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".doc", ".rtf", ".odt")


def looks_like_word(path: str | Path) -> bool:
    """A Word file by its name or its first bytes (a zip or an OLE file), not an SOP .toml."""
    p = Path(path)
    if p.suffix.lower() in WORD_SUFFIXES:
        return True
    try:
        with p.open("rb") as f:
            head = f.read(8)
    except OSError:
        return False
    return head.startswith(b"PK") or head == OLE_MAGIC


def read_file(path: str | Path) -> bytes:
    p = Path(path)
    try:
        if p.is_dir():
            raise WordFileError(msg("word.file.folder", name=p.name))
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise WordFileError(msg("word.file.too_big", name=p.name, mb=_mb(size), most=_mb(MAX_FILE_BYTES)))
        data = p.read_bytes()
    except FileNotFoundError:
        raise WordFileError(msg("files.not_found", path=p.name)) from None
    except PermissionError:
        raise WordFileError(msg("word.file.no_permission", name=p.name)) from None
    except OSError as e:
        raise WordFileError(msg("files.unreadable", path=p.name, error=e.strerror or str(e))) from None
    if not data:
        raise WordFileError(msg("word.file.empty", name=p.name))
    return data


def check_kind(data: bytes, name: str) -> None:
    """Refuse what is not a .docx before anything unpacks it."""
    head = data[:8]
    if head == OLE_MAGIC:
        if _ENCRYPTED in data:
            raise WordFileError(msg("word.file.password", name=name))
        raise WordFileError(msg("word.file.old_doc", name=name, save_as=msg("word.file.save_as")))
    if data[:5] == b"{\\rtf":
        raise WordFileError(msg("word.file.rtf", name=name, save_as=msg("word.file.save_as")))
    if not head.startswith(b"PK"):
        raise WordFileError(msg("word.file.not_docx", name=name, save_as=msg("word.file.save_as")))


def check_package(data: bytes, name: str) -> None:
    """The zip's parts: their count and sizes, the main document, no DTD."""
    broken = msg("word.file.broken", name=name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_PARTS:
                raise WordFileError(msg("word.file.too_many_parts", name=name, parts=len(infos)))
            total = sum(i.file_size for i in infos)
            swollen = [i for i in infos if i.file_size > 1024 * 1024
                       and i.file_size > MAX_RATIO * max(i.compress_size, 1)]
            if total > MAX_UNPACKED_BYTES or swollen:
                raise WordFileError(msg("word.file.zip_bomb", name=name, mb=_mb(total)))
            names = {i.filename for i in infos}
            if "mimetype" in names and b"opendocument" in zf.read("mimetype")[:100]:
                raise WordFileError(msg("word.file.odt", name=name))
            if "[Content_Types].xml" not in names or not any(n.startswith("word/") for n in names):
                if any(n.startswith(("xl/", "ppt/")) for n in names):
                    raise WordFileError(msg("word.file.office", name=name))
                raise WordFileError(msg("word.file.not_docx", name=name, save_as=msg("word.file.save_as")))
            for i in infos:
                if not i.filename.lower().endswith((".xml", ".rels")):
                    continue
                if i.file_size > MAX_XML_PART_BYTES:
                    raise WordFileError(msg("word.file.part_too_big", part=i.filename, name=name,
                                            mb=_mb(i.file_size)))
                with zf.open(i) as f:
                    head = f.read(65536).upper()
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise WordFileError(msg("word.file.dtd", name=name))
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError):
        raise WordFileError(broken) from None


def open_docx(data: bytes, name: str) -> Document:
    """python-docx's Document of checked bytes."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        return docx.Document(io.BytesIO(data))
    except ValueError as e:
        if "content type" in str(e):
            raise WordFileError(msg("word.file.template", name=name, save_as=msg("word.file.save_as"))) from None
        raise WordFileError(msg("word.file.damaged", name=name, error=str(e))) from None
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile, zlib.error, EOFError, etree.XMLSyntaxError):
        raise WordFileError(msg("word.file.broken", name=name)) from None


def load(path: str | Path) -> Document:
    """The Word document at `path`, checked; WordFileError with the reason otherwise."""
    name = Path(path).name
    data = read_file(path)
    check_kind(data, name)
    check_package(data, name)
    return open_docx(data, name)
