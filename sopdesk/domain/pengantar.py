"""Surat pengantar (cover letter) content, and the letter number built from the office template.

FORMATS.md §3. Plain data; the PDF is drawn by sopdesk.documents.pengantar. The per-year
counter (urut) lives in the database; this module only formats the number.
"""
from __future__ import annotations

import datetime as _dt
import string
from dataclasses import dataclass
from datetime import date

from .errors import UserError
from .messages import Message, msg
from .office import OfficeProfile, Official
from .pk import PkContent

STANDARD_NOTE = "Disampaikan dengan hormat untuk menjadi periksa dan dipergunakan sebagaimana mestinya."
DEFAULT_COUNT_UNIT = "berkas"

# What a numbering template may contain.
PLACEHOLDERS = {
    "kode": "kode klasifikasi arsip, mis. 000.7.2.7",
    "urut": "nomor urut surat dalam tahun itu",
    "tahun": "tahun surat, mis. 2027",
    "bulan": "bulan surat dalam angka, 1 sampai 12",
    "bulan_romawi": "bulan surat dalam angka Romawi, I sampai XII",
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


class NumberTemplateError(UserError, ValueError):
    """The office's numbering template, or the values for it, cannot make a letter number."""


class PengantarError(UserError, ValueError):
    """A letter that cannot be printed yet; the message lists what to fill in."""


def _fields(template: str) -> list[tuple[str, str | None, str]]:
    """(literal, field name or None, format spec) parts; NumberTemplateError on a bad template."""
    if not isinstance(template, str) or not template.strip():
        raise NumberTemplateError(msg("number.empty"))
    known = ", ".join("{" + k + "}" for k in PLACEHOLDERS)
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError:
        raise NumberTemplateError(msg("number.unreadable", template=template, known=known)) from None
    out = []
    for literal, name, spec, conv in parts:
        if name is not None and (name not in PLACEHOLDERS or conv):
            shown = "{}" if name == "" else "{" + name + ("!" + conv if conv else "") + "}"
            raise NumberTemplateError(msg("number.unknown_field", template=template, field=shown, known=known))
        out.append((literal, name, spec or ""))
    return out


def number_template_problem(template: str) -> str | None:
    """What is wrong with a numbering template (for the settings form), or None."""
    problem = number_template_problem_message(template)
    return str(problem) if problem is not None else None


def number_template_problem_message(template: str) -> Message | None:
    """What is wrong with a numbering template, as a message code (worded by the screen), or None."""
    try:
        names = {name for _lit, name, _spec in _fields(template)}
    except NumberTemplateError as e:
        return e.message
    # Without the counter every letter would get the same number, and without
    # the year the numbers of last year would come back.
    missing = [p for p in ("urut", "tahun") if p not in names]
    if len(missing) == 2:
        return msg("number.needs_both", template=template)
    if missing:
        return msg("number.needs", template=template, field="{" + missing[0] + "}")
    return None


def format_number(template: str, *, kode: str, urut: int, tahun: int, bulan: int | None = None) -> str:
    """The letter number: format_number("{kode}/{urut}/{tahun}", kode="000.7.2.7", urut=12, tahun=2027)
    -> "000.7.2.7/12/2027". A format spec is allowed, e.g. {urut:03d} -> "012".

    Raises NumberTemplateError (a ValueError) in Indonesian for an unknown placeholder, a
    malformed template, or a value the template needs that is missing or impossible.
    """
    parts = _fields(template)
    used = {name for _, name, _ in parts if name}
    if isinstance(urut, bool) or not isinstance(urut, int) or urut < 1:
        raise NumberTemplateError(msg("number.bad_serial", value=urut))
    if isinstance(tahun, bool) or not isinstance(tahun, int) or not 1000 <= tahun <= 9999:
        raise NumberTemplateError(msg("number.bad_year", value=tahun))
    if "kode" in used and not (kode or "").strip():
        raise NumberTemplateError(msg("number.no_code"))
    month_ok = not isinstance(bulan, bool) and isinstance(bulan, int) and 1 <= bulan <= 12
    if used & {"bulan", "bulan_romawi"} and not month_ok:
        raise NumberTemplateError(msg("number.no_month"))
    values = {"kode": (kode or "").strip(), "urut": urut, "tahun": tahun, "bulan": bulan,
              "bulan_romawi": _ROMAN[bulan - 1] if isinstance(bulan, int) and 1 <= bulan <= 12 else None}
    out = []
    for literal, name, spec in parts:
        out.append(literal)
        if name:
            try:
                out.append(format(values[name], spec))
            except (ValueError, TypeError):
                raise NumberTemplateError(msg("number.bad_format", spec="{" + f"{name}:{spec}" + "}",
                                              field="{" + name + "}")) from None
    return "".join(out)


@dataclass
class Item:
    """One row of the table: what is sent, how many, and a note."""

    description: str
    count: int = 1
    count_unit: str = DEFAULT_COUNT_UNIT   # "berkas", "eksemplar", "lembar"
    note: str = ""


@dataclass
class Pengantar:
    number: str                  # "000.7.2.7/12/2027", from format_number
    date: date
    place: str                   # "Somagede"
    addressee: list[str]         # ["Yth. Bupati Banyumas", "u.p. Kepala Bagian …", "di Purwokerto"]
    items: list[Item]
    signer: Official
    signer_title: str = ""       # "CAMAT SOMAGEDE" or "Sekretaris Kecamatan"; "" = signer.position
    on_behalf: str = ""          # "a.n. Camat Somagede", "Plt. Camat Somagede", "Plh. …"; "" = signs himself
    # The receipt block is filled in by hand at the Bagian Organisasi; known values print instead of dots.
    receiver_name: str = ""
    receiver_nip: str = ""
    received_date: _dt.date | None = None  # `date` in here is the field above

    @property
    def title_line(self) -> str:
        return (self.signer_title or self.signer.position).strip()


def default_addressee(office: OfficeProfile) -> list[str]:
    """The addressee lines from the office settings, empty ones left out."""
    return [line for line in (office.addressee, office.addressee_attention, office.addressee_place)
            if (line or "").strip()]


def pengantar_problems(letter: Pengantar) -> list[str]:
    """What stops the letter from being printed, in Indonesian; [] when it can be."""
    problems = []
    if not letter.number.strip():
        problems.append("Nomor surat belum diisi.")
    if not letter.items:
        problems.append("Surat pengantar belum memuat naskah yang dikirim: tambahkan paling sedikit satu baris.")
    for i, item in enumerate(letter.items, start=1):
        if not item.description.strip():
            problems.append(f"Baris ke-{i}, kolom Naskah Dinas/Barang: tidak boleh kosong.")
        if isinstance(item.count, bool) or not isinstance(item.count, int) or not 1 <= item.count <= 10**6:
            problems.append(f"Baris ke-{i}, kolom Banyaknya: harus bilangan bulat 1 atau lebih, "
                            f"bukan \"{item.count}\".")
    if not letter.title_line:
        problems.append("Jabatan penanda tangan belum diisi.")
    return problems


def pengantar_for_pk(content: PkContent, office: OfficeProfile, *, number: str, signer: Official,
                     letter_date: date | None = None, signer_title: str = "", on_behalf: str = "") -> Pengantar:
    """The usual cover letter sending a signed PK: one item, "1 (satu) berkas", the standard note."""
    unit = " ".join(w.capitalize() for w in (content.unit or office.unit).split())
    return Pengantar(
        number=number,
        date=letter_date or content.date or date.today(),
        place=office.place,
        addressee=default_addressee(office),
        items=[Item(f"Perjanjian Kinerja {unit} Tahun {content.year}", 1, DEFAULT_COUNT_UNIT, STANDARD_NOTE)],
        signer=signer,
        signer_title=signer_title or (office.head_position.upper() if not on_behalf else signer.position),
        on_behalf=on_behalf,
    )
