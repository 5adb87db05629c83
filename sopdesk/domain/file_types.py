"""Which files may be attached to a case, judged by their bytes as well as their name.

An attachment travels on flashdisks inside `.sopcase` files and is later opened with
the program Windows associates with its extension, so a name alone cannot be trusted:
"Surat Edaran \u202efdp.exe" shows as "Surat Edaran exe.pdf", and "laporan.pdf.hta"
runs as an HTML application. Only document and image types are allowed, recognised by
their content (magic bytes); the stored name always ends in the extension of the real
type. Plain Python over bytes: the callers read the file.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from .errors import UserError
from .messages import Message, msg
from .text_rules import strip_invisible


@dataclass(frozen=True)
class FileType:
    extension: str      # without the dot, lower case
    mime: str
    label: str          # what a user calls it
    viewable: bool      # a PDF or an image: opened without asking first


PDF = FileType("pdf", "application/pdf", "PDF", True)
PNG = FileType("png", "image/png", "gambar PNG", True)
JPEG = FileType("jpg", "image/jpeg", "gambar JPEG", True)
GIF = FileType("gif", "image/gif", "gambar GIF", True)
TIFF = FileType("tif", "image/tiff", "gambar TIFF", True)
BMP = FileType("bmp", "image/bmp", "gambar BMP", True)
WEBP = FileType("webp", "image/webp", "gambar WebP", True)
DOCX = FileType("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "dokumen Word", False)
XLSX = FileType("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "lembar kerja Excel", False)
PPTX = FileType("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "presentasi PowerPoint", False)
ODT = FileType("odt", "application/vnd.oasis.opendocument.text", "dokumen ODT", False)
ODS = FileType("ods", "application/vnd.oasis.opendocument.spreadsheet", "lembar kerja ODS", False)
DOC = FileType("doc", "application/msword", "dokumen Word 97-2003", False)
XLS = FileType("xls", "application/vnd.ms-excel", "lembar kerja Excel 97-2003", False)
PPT = FileType("ppt", "application/vnd.ms-powerpoint", "presentasi PowerPoint 97-2003", False)
RTF = FileType("rtf", "application/rtf", "dokumen RTF", False)
TXT = FileType("txt", "text/plain", "teks", False)
CSV = FileType("csv", "text/csv", "teks CSV", False)

ALLOWED = (PDF, PNG, JPEG, GIF, TIFF, BMP, WEBP, DOCX, XLSX, PPTX, ODT, ODS, DOC, XLS, PPT, RTF, TXT, CSV)
BY_EXTENSION = {t.extension: t for t in ALLOWED} | {"jpeg": JPEG, "tiff": TIFF}
ALLOWED_TEXT = "PDF, gambar (JPG, PNG, GIF, TIFF, BMP, WebP), Word, Excel, PowerPoint, ODT/ODS, RTF, TXT atau CSV"

# Extensions that mean something to Windows or a browser; any of them inside a name
# ("laporan.pdf.hta") is a disguise, and none may ever be the extension of a stored file.
EXECUTABLE = frozenset([
    "exe", "com", "bat", "cmd", "pif", "scr", "msi", "msp", "msc", "cpl", "dll", "ocx", "sys", "drv", "lnk",
    "url", "hta", "htm", "html", "xht", "xhtml", "mht", "mhtml", "svg", "js", "jse", "vbs", "vbe", "wsf",
    "wsh", "ws", "ps1", "ps1xml", "psm1", "psd1", "reg", "inf", "jar", "py", "pyw", "pl", "rb", "sh", "apk",
    "app", "gadget", "chm", "hlp", "scf", "iso", "img", "vhd", "vhdx", "appx", "msix", "application", "docm",
    "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppam", "sldm",
])
KNOWN = frozenset(BY_EXTENSION) | EXECUTABLE | frozenset(
    ["zip", "rar", "7z", "gz", "tar", "xml", "json", "dot", "xlt", "pot", "odp", "key", "pages", "numbers", "heic"])

RESERVED = frozenset(["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
                     + [f"COM{i}" for i in range(10)] + [f"LPT{i}" for i in range(10)]
                     + [f"COM{c}" for c in "¹²³"] + [f"LPT{c}" for c in "¹²³"])
_FORBIDDEN_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class FileTypeError(UserError):
    """A file that may not be attached; the message says why and what is allowed."""


def sniff(data: bytes, name: str = "") -> FileType | None:
    """The allowed type whose signature `data` carries, or None."""
    head = data[:16]
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return TIFF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[:2] == b"BM" and len(data) >= 26 and int.from_bytes(data[2:6], "little") == len(data):
        return BMP
    if head.startswith(b"{\\rtf"):
        return RTF
    if head.startswith(b"PK\x03\x04"):
        return _zip_document(data)
    if head.startswith(_OLE):
        return _ole_document(data)
    return _plain_text(data, name)


def _zip_document(data: bytes) -> FileType | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if "mimetype" in names:
                kind = z.read("mimetype")[:100].strip()
                return {b"application/vnd.oasis.opendocument.text": ODT,
                        b"application/vnd.oasis.opendocument.spreadsheet": ODS}.get(kind)
            if "[Content_Types].xml" not in names:
                return None
            types = z.read("[Content_Types].xml")[:200_000].lower()
    except Exception:  # noqa: BLE001 — a damaged zip is not a document we accept
        return None
    # Macro-enabled Office files run code when opened: never an attachment.
    if b"macroenabled" in types or any(n.lower().endswith("vbaproject.bin") for n in names):
        return None
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    if "ppt/presentation.xml" in names:
        return PPTX
    return None


def _ole_document(data: bytes) -> FileType | None:
    # The stream names sit in the compound file's directory, in UTF-16.
    if "WordDocument".encode("utf-16-le") in data:
        return DOC
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return XLS
    if "PowerPoint Document".encode("utf-16-le") in data:
        return PPT
    return None


def _plain_text(data: bytes, name: str) -> FileType | None:
    sample = data[:65_536]
    if b"\x00" in sample:
        return None
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start < len(sample) - 4:   # a character cut at the sample's end is fine
            return None
        text = sample[:e.start].decode("utf-8")
    start = text.lstrip("\ufeff \t\r\n")[:64].lower()
    # Markup and scripts are not "text" here: a browser or a shell would run them.
    if start.startswith(("<", "#!", "mz", "@echo", "on error", "set ", "function ", "var ", "import ")):
        return None
    return CSV if name.lower().endswith(".csv") else TXT


def clean_name(name: str) -> str:
    """The name as Windows would keep it, without invisible or direction characters."""
    name = strip_invisible(name)
    name = _FORBIDDEN_CHARS.sub("_", name)
    return name.strip().rstrip(". ").strip()


def name_problem(name: str) -> Message | None:
    """Why `name` (already cleaned) may not be an attachment's name, or None."""
    if not name:
        return msg("files.empty_name")
    stem = name.split(".")[0].strip().upper()
    if stem in RESERVED:
        return msg("files.device_name", name=name, device=stem)
    parts = name.lower().split(".")
    inner = [p.strip() for p in parts[1:-1]]
    last = parts[-1].strip() if len(parts) > 1 else ""
    disguise = [p for p in inner if p in KNOWN]
    if disguise and last != disguise[-1] and (last in EXECUTABLE or last not in BY_EXTENSION):
        return msg("files.double_extension", name=name, inner=disguise[-1], last=last)
    if last in EXECUTABLE:
        return msg("files.program", extension=last)
    return None


def checked_attachment(name: str, data: bytes) -> tuple[str, FileType]:
    """The name to store (extension from the real type) and the type; FileTypeError if refused."""
    name = clean_name(name)
    problem = name_problem(name)
    if problem:
        raise FileTypeError(problem)
    kind = sniff(data, name)
    if kind is None:
        if data[:2] == b"MZ":
            raise FileTypeError(msg("files.windows_program", name=name))
        raise FileTypeError(msg("files.unknown_kind", name=name))
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, ext = name, ""
    if ext.lower() in BY_EXTENSION and BY_EXTENSION[ext.lower()] == kind:
        return name, kind
    if ext.lower() in KNOWN:   # a known but wrong extension is replaced; another dot is part of the name
        return f"{stem}.{kind.extension}", kind
    return f"{name}.{kind.extension}", kind
