"""The identity part of an SOP AP sheet read from Word (FORMATS.md §1): Nomor SOP, the dates,
Disahkan Oleh, Nama SOP, the unit from the kop, and the six numbered lists.

Labels are found by their words wherever the office put them: with the value in the same cell
("Nomor SOP : 12/SOP"), in the next cell, or after a cell holding only ":".
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .indonesian import MONTHS
from .messages import Message, msg
from .sop import Signatory
from .word_sop import Cell, WordTable, normal

_LABELS = {
    "number": ("nomor sop", "no sop", "nomor standar", "nomor"),
    "made": ("tanggal pembuatan", "tgl pembuatan", "tanggal dibuat", "tanggal penyusunan"),
    "revised": ("tanggal revisi", "tgl revisi", "tanggal perubahan"),
    "effective": ("tanggal efektif", "tgl efektif", "tanggal berlaku", "tanggal pengesahan"),
    "approved_by": ("disahkan oleh", "disahkan", "ditetapkan oleh"),
    "name": ("nama sop", "judul sop", "nama prosedur"),
}
_LISTS = {
    "legal_basis": ("dasar hukum",),
    "qualifications": ("kualifikasi pelaksana", "kualifikasi"),
    "related": ("keterkaitan",),
    "equipment": ("peralatan", "perlengkapan"),
    "warnings": ("peringatan",),
    "records": ("pencatatan", "pendataan"),
}
_UNIT_WORDS = r"(?:KECAMATAN|KELURAHAN|DESA|DINAS|BADAN|SEKRETARIAT|INSPEKTORAT|BAGIAN|SATUAN|KANTOR|RUMAH SAKIT|" \
              r"PUSKESMAS|UPT|UPTD|SUB ?BAGIAN|BIDANG|SEKSI)"
_ADDRESS = re.compile(r"^\s*(?:jalan|jl\b|jln\b|alamat|telp|telepon|tlp|e-?mail|kode pos|website|laman|fax)",
                      re.IGNORECASE)
_SMALL_WORDS = {"dan", "di", "ke", "dari", "untuk", "yang", "atau", "serta", "pada", "dengan", "tentang"}
_RANK = re.compile(r"^(?:pembina|penata|pengatur|juru|pengatur|ahli|pengawas)\b|\((?:I|II|III|IV)/[a-e]\)",
                   re.IGNORECASE)
_NIP = re.compile(r"NIP\.?\s*:?\s*([\d\s]{18,26})", re.IGNORECASE)
_POSITION = re.compile(r"\b(?:camat|kepala|sekretaris|lurah|bupati|wali ?kota|direktur|plt|plh|kasubbag|kabag)\b",
                       re.IGNORECASE)


@dataclass(frozen=True)
class Identity:
    name: str = ""
    number: str = ""
    unit: str = ""
    made: str = ""
    revised: str = ""
    effective: str = ""
    approved_by: Signatory = field(default_factory=Signatory)
    legal_basis: tuple[str, ...] = ()
    qualifications: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    records: tuple[str, ...] = ()
    problems: tuple[Message, ...] = ()    # what could not be read, for the import's warnings


def title_case(text: str) -> str:
    """ALL CAPS as written on a kop -> "Kecamatan Somagede"; other text stays as written."""
    text = " ".join(text.split())
    if not text or text != text.upper() or not any(ch.isalpha() for ch in text):
        return text
    words = []
    for i, w in enumerate(text.lower().split(" ")):
        words.append(w if (i and w in _SMALL_WORDS) else w[:1].upper() + w[1:])
    return " ".join(words)


def parse_date(text: str) -> str | None:
    """"Desember 2021" -> "2021-12", "12 Maret 2024" -> "2024-03-12", "12-03-2024" -> "2024-03-12",
    "" or "-" -> ""; None when it cannot be read."""
    t = " ".join(text.replace(",", " ").split()).strip(" .:-–")
    if not t:
        return ""
    months = {m.lower(): i for i, m in enumerate(MONTHS, start=1)}
    months.update({m.lower()[:3]: i for i, m in enumerate(MONTHS, start=1)})
    months.update({"agt": 8, "nop": 11, "pebruari": 2, "nopember": 11})
    m = re.fullmatch(r"(?:(\d{1,2})\s+)?([A-Za-z]+)\.?\s+(\d{4})", t)
    if m and m.group(2).lower() in months:
        month = months[m.group(2).lower()]
        if m.group(1):
            day = int(m.group(1))
            return f"{m.group(3)}-{month:02d}-{day:02d}" if 1 <= day <= 31 else None
        return f"{m.group(3)}-{month:02d}"
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", t)
    if m:
        day, month = int(m.group(1)), int(m.group(2))
        return f"{m.group(3)}-{month:02d}-{day:02d}" if 1 <= day <= 31 and 1 <= month <= 12 else None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", t)
    if m:
        parts = [m.group(1)] + [f"{int(x):02d}" for x in m.groups()[1:] if x]
        return "-".join(parts)
    return None


def _label_of(text: str, labels: dict[str, tuple[str, ...]]) -> tuple[str, str] | None:
    """(field, rest of the text after the label) when `text` starts with one of `labels`."""
    t = normal(text)
    for fld, words in labels.items():
        for w in words:
            if t == w or t.startswith(w + " "):
                rest = re.sub(r"^[^:]*:", "", text, count=1) if ":" in text else ""
                return fld, rest.strip()
    return None


def _signatory(paragraphs: Sequence[str]) -> Signatory:
    lines = [" ".join(p.split()) for p in paragraphs if p.strip() and p.strip() not in (":",)]
    nip = rank = ""
    rest = []
    for line in lines:
        m = _NIP.search(line)
        if m:
            nip = "".join(m.group(1).split())
            line = line[:m.start()].strip()
            if not line:
                continue
        if not rank and _RANK.search(line):
            rank = line
            continue
        rest.append(line)
    position = name = ""
    if len(rest) >= 2:
        position, name = rest[0], rest[-1]
    elif rest:
        if _POSITION.search(rest[0]):
            position = rest[0]
        else:
            name = rest[0]
    return Signatory(name=name, position=title_case(position), rank=rank, nip=nip)


def _list_items(paragraphs: Sequence[str]) -> tuple[str, ...]:
    items: list[str] = []
    for p in paragraphs:
        p = " ".join(p.split())
        if not p:
            continue
        items.extend(_split_numbered(p))
    return tuple(i for i in items if i)


def _split_numbered(text: str) -> list[str]:
    """"1. A 2. B" written on one line -> ["A", "B"]; a single item loses its number."""
    expected, cuts = 1, []
    for m in re.finditer(r"(?:(?<=\s)|^)(\d{1,2})[.)]\s", text):
        if int(m.group(1)) == expected:
            cuts.append(m)
            expected += 1
    if cuts and cuts[0].start() == 0:
        ends = [m.start() for m in cuts[1:]] + [len(text)]
        return [text[m.end():end].strip() for m, end in zip(cuts, ends, strict=True)]
    return [re.sub(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-•·*])\s+", "", text)]


def _kop_unit(paragraphs: Sequence[str]) -> str:
    text = "\n".join(" ".join(p.split()) for p in paragraphs if p.strip())
    lines = [ln for ln in text.split("\n") if ln]
    units = []
    for ln in lines:
        if _ADDRESS.match(ln):
            break
        if re.match(r"^\s*pemerintah\b", ln, re.IGNORECASE):
            m = re.search(r"\b" + _UNIT_WORDS + r"\b.*", ln)
            if not m:
                continue
            ln = m.group(0)
        cut = re.search(r"\s(?:Jalan|Jl\.|Jln\.|Alamat|Telp)\b", ln)
        if cut:
            units.append(ln[:cut.start()])
            break
        units.append(ln)
    return " — ".join(title_case(u) for u in units if u.strip())


def _cells(row_cells: Sequence[Cell]) -> list[Cell]:
    return [c for c in row_cells if not c.continued]


def read_identity(tables: Sequence[WordTable], before: Sequence[str] = ()) -> Identity:
    """The identity of the SOP from the tables that hold its labels; `before` the paragraphs
    ahead of the flowchart (a title written outside the tables)."""
    values: dict[str, str] = {}
    approved: Signatory | None = None
    lists: dict[str, tuple[str, ...]] = {}
    unit = ""
    name_rows: list[str] = []
    problems: list[Message] = []
    for table in tables:
        rows = [_cells(r.cells) for r in table.rows]
        labelled = sum(1 for cells in rows for c in cells if _label_of(c.text, _LABELS))
        listed = sum(1 for cells in rows for c in cells if c.paragraphs and _label_of(c.paragraphs[0], _LISTS))
        if labelled < 2 and listed < 2:
            continue
        for ri, cells in enumerate(rows):
            for ci, c in enumerate(cells):
                found = _label_of(c.text, _LABELS)
                if found:
                    fld, rest = found
                    if fld in values or (fld == "approved_by" and approved is not None):
                        continue
                    paragraphs = [rest] if rest else []
                    if not paragraphs:
                        for nxt in cells[ci + 1:]:
                            if nxt.text.strip(" :") or (fld == "approved_by" and nxt.paragraphs):
                                paragraphs = [p for p in nxt.paragraphs if p.strip() != ":"]
                                break
                    if fld == "approved_by":
                        if len(paragraphs) == 1 and ":" in c.text and c.paragraphs[1:]:
                            paragraphs += list(c.paragraphs[1:])
                        approved = _signatory(paragraphs)
                    else:
                        values[fld] = " ".join(" ".join(paragraphs).split()).strip(" :")
                    continue
                if c.paragraphs and _label_of(c.paragraphs[0], _LISTS):
                    fld = (_label_of(c.paragraphs[0], _LISTS) or ("", ""))[0]
                    items = _list_items(c.paragraphs[1:])
                    if not items and ri + 1 < len(rows):
                        below = [b for b in rows[ri + 1] if b.grid[0] <= c.grid[0] < b.grid[1]]
                        if below and not _label_of(below[0].paragraphs[0] if below[0].paragraphs else "", _LISTS):
                            items = _list_items(below[0].paragraphs)
                    lists.setdefault(fld, items)
                    continue
                text = c.text
                if not unit and re.search(r"\bpemerintah\b|\b" + _UNIT_WORDS + r"\b", text) and ci == 0:
                    unit = _kop_unit(c.paragraphs)
                elif re.match(r"^\s*(standar operasional|standard operating|sop\b)", text, re.IGNORECASE):
                    name_rows.append(text)
    name = values.get("name", "") or (name_rows[0] if name_rows else "")
    if not name:
        name = next((" ".join(p.split()) for p in before
                     if re.match(r"^\s*(standar operasional|standard operating|sop\b)", p, re.IGNORECASE)), "")
    if not name:
        problems.append(msg("word.no_name"))
    dates: dict[str, str] = {}
    for fld, label in (("made", msg("word.date.made")), ("revised", msg("word.date.revised")),
                       ("effective", msg("word.date.effective"))):
        raw = values.get(fld, "")
        parsed = parse_date(raw)
        if parsed is None:
            problems.append(msg("word.bad_date", label=label, value=raw))
            parsed = ""
        dates[fld] = parsed
    return Identity(name=title_case(name), number=values.get("number", ""), unit=unit, made=dates["made"],
                    revised=dates["revised"], effective=dates["effective"], approved_by=approved or Signatory(),
                    legal_basis=lists.get("legal_basis", ()), qualifications=lists.get("qualifications", ()),
                    related=lists.get("related", ()), equipment=lists.get("equipment", ()),
                    warnings=lists.get("warnings", ()), records=lists.get("records", ()), problems=tuple(problems))
