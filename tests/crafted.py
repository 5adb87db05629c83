"""Crafted files for the hostile-input tests: a `.sopcase` whose manifest checksum is correct
but whose content was made up. The checksum guards against damage, not against intent, so
every check after it must hold on its own."""
from __future__ import annotations

import copy
import hashlib
import io
import json
import zipfile
from pathlib import Path

from sopdesk.app import attachments as att
from sopdesk.app.paperwork import save_pk
from sopdesk.domain.pk import pk_from_dict
from tests.helpers import SEED, wib

# A PK the editor accepts (domain/pk.py pk_from_dict), as a dict.
PK = {"year": 2027, "place": "Somagede", "date": "2027-01-04",
      "first_party": {"name": "Drs. SAPTONO SUPRIYANTO", "position": "Camat Somagede",
                      "rank": "Pembina Tingkat I (IV/b)", "nip": "196509241995031002"},
      "second_party": {"name": "Ir. H. SADEWO TRI LASTIONO, M.M.", "position": "Bupati Banyumas", "rank": "",
                       "nip": ""},
      "targets": [{"goal": "Meningkatnya kualitas pelayanan publik", "indicator": "Indeks Kepuasan Masyarakat",
                   "target": "82", "unit": "nilai"}],
      "programs": [{"name": "Program Penunjang Urusan Pemerintahan Daerah", "budget": 1_250_000_000, "note": ""}]}


def read_payload(path: str | Path) -> tuple[dict, dict, dict[str, bytes]]:
    """(manifest, case.json payload, other members) of an existing .sopcase."""
    with zipfile.ZipFile(path) as z:
        manifest = json.loads(z.read("manifest.json"))
        payload = json.loads(z.read("case.json"))
        others = {n: z.read(n) for n in z.namelist() if n not in ("manifest.json", "case.json")}
    return manifest, payload, others


def write_sopcase(path: str | Path, payload: dict, members: dict[str, bytes] | None = None,
                  manifest: dict | None = None) -> Path:
    """Write `payload` as a .sopcase with a correct checksum; `members` are extra zip entries
    (attachments/N); `manifest` overrides manifest fields (exported_at, program, …)."""
    path = Path(path)
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    head = {"format": "sopdesk-case/1", "payload": "case.json", "payload_sha256": hashlib.sha256(body).hexdigest(),
            "payload_size": len(body), "exported_at": "2027-01-05T02:00:00Z", "program": "sopdesk 0.1.0"}
    head.update(manifest or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(head, ensure_ascii=False))
        z.writestr("case.json", body)
        for name, data in (members or {}).items():
            z.writestr(name, data)
    return path


def with_attachment(payload: dict, members: dict[str, bytes], *, filename: str, data: bytes,
                    mime: str = "application/pdf", added_at: str = "2027-01-05T01:00:00Z",
                    added_by: str = "Dwi Lestari", size: int | None = None) -> tuple[dict, dict[str, bytes]]:
    """A copy of payload/members with one more attachment (declared `size` may lie)."""
    payload, members = copy.deepcopy(payload), dict(members)
    n = len(payload["attachments"]) + 1
    entry = f"attachments/{n}"
    payload["attachments"].append({"file": entry, "filename": filename, "mime": mime,
                                   "size": len(data) if size is None else size,
                                   "sha256": hashlib.sha256(data).hexdigest(), "added_at": added_at,
                                   "added_by": added_by, "event": None})
    members[entry] = data
    return payload, members


def docx_bytes(text: str = "Surat") -> bytes:
    """A small Word document, as file_types recognises one (a zip with word/document.xml)."""
    return _office_zip({"[Content_Types].xml": b"<Types><Default Extension='xml' ContentType='application/xml'/>"
                                               b"</Types>",
                        "word/document.xml": f"<w:document><w:body>{text}</w:body></w:document>".encode()})


def xlsx_bytes() -> bytes:
    return _office_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})


def _office_zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def recraft(src: str | Path, dst: str | Path, edit=None, manifest: dict | None = None) -> Path:
    """A copy of the .sopcase `src` at `dst` with `edit(payload, members)` applied (it changes them in
    place) and a correct checksum again; `manifest` changes manifest fields (None as a value drops one)."""
    head, payload, members = read_payload(src)
    if edit is not None:
        edit(payload, members)
    head = {k: v for k, v in head.items() if k not in ("payload_sha256", "payload_size")}
    for key, value in (manifest or {}).items():
        if value is None:
            head.pop(key, None)
        else:
            head[key] = value
    dst = write_sopcase(dst, payload, members, head)
    if manifest and any(v is None for v in manifest.values()):   # write_sopcase put its defaults back
        _drop_manifest_keys(dst, [k for k, v in manifest.items() if v is None])
    return dst


def _drop_manifest_keys(path: Path, keys: list[str]) -> None:
    with zipfile.ZipFile(path) as z:
        files = {n: z.read(n) for n in z.namelist()}
    head = json.loads(files["manifest.json"])
    for key in keys:
        head.pop(key, None)
    files["manifest.json"] = json.dumps(head).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)


PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF"
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200 + b"This program cannot be run in DOS mode."
DISGUISED = "Surat Edaran \u202efdp.exe"   # shows as "Surat Edaran exe.pdf"


def a_case(office, tmp_path) -> int:
    """A genuine case of PC A (a step run, a scanned PDF on it, a PK): the base the crafted files change."""
    cid = office.new_case(SEED, "Penyusunan PK Tahun 2027", ref_date="2027-01-04")
    office.start_step(cid, 1, at=wib(2027, 1, 5, 8, 0), by="Agus Priyanto")
    office.finish_step(cid, 1, at=wib(2027, 1, 5, 8, 30), note="surat diterima")
    scan = tmp_path / "SE Bupati.pdf"
    scan.write_bytes(PDF)
    att.add_attachment(office, cid, scan, by="Agus Priyanto", step=1)
    save_pk(office, cid, pk_from_dict(PK))
    return cid
