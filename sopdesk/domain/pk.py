"""Perjanjian Kinerja (PK) content: parties, targets, programs — and its file format.

FORMATS.md §2. Plain data; the PDF is drawn by sopdesk.documents.pk. The dict/TOML
keys (year, place, date, first_party, second_party, targets, programs) are a contract
with saved files and other modules: do not rename them.
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .errors import UserError
from .indonesian import nip_problem, normalize_nip, parse_rupiah
from .toml_text import quote

# The standard wording (Permenpan RB 53/2014), word for word. Only names, positions,
# place and year are filled in around it.
TITLE = "PERJANJIAN KINERJA TAHUN {year}"
OPENING = ("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel "
           "serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:")
FIRST_PARTY_CLAUSE = "selanjutnya disebut pihak pertama"
SECOND_PARTY_CLAUSE = "selaku atasan pihak pertama, selanjutnya disebut pihak kedua"
PROMISE = ("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran "
           "perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah "
           "ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja "
           "tersebut menjadi tanggung jawab kami.")
SUPERVISION = ("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi "
               "terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan "
               "dalam rangka pemberian penghargaan dan sanksi.")

MIN_YEAR, MAX_YEAR = 2000, 2999
MAX_FILE_CHARS = 2_000_000
MAX_BUDGET = 10**15  # also the limit of terbilang


class PkError(UserError, ValueError):
    """A PK file or form with mistakes. `problems` lists each one; str() joins them."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass
class Party:
    name: str
    position: str
    rank: str = ""   # pangkat/golongan
    nip: str = ""    # 18 digits, no spaces; "" for a Bupati


@dataclass
class Target:
    goal: str        # sasaran strategis
    indicator: str   # indikator kinerja
    target: str      # "82", "BB", "100"
    unit: str = ""   # satuan: "nilai", "%", "dokumen"

    @property
    def target_text(self) -> str:
        """"82 nilai", "95 %", "BB"."""
        return " ".join(p for p in (self.target.strip(), self.unit.strip()) if p)


@dataclass
class Program:
    name: str
    budget: int      # whole rupiah
    note: str = ""   # keterangan, e.g. "APBD Tahun 2027"


@dataclass
class PkContent:
    year: int
    place: str
    date: date | None
    first_party: Party
    second_party: Party
    targets: list[Target] = field(default_factory=list)
    programs: list[Program] = field(default_factory=list)
    unit: str = ""   # "KECAMATAN SOMAGEDE"; "" = the office's unit

    @property
    def total_budget(self) -> int:
        return total_budget(self)


@dataclass
class TargetGroup:
    """One sasaran with the indicator rows under it (one numbered row of the lampiran)."""

    goal: str
    targets: list[Target]


def total_budget(content: PkContent) -> int:
    return sum(p.budget for p in content.programs)


def group_targets(targets: list[Target]) -> list[TargetGroup]:
    """Consecutive targets with the same sasaran form one group; the same sasaran later on starts a new one.

    Compared ignoring case and runs of spaces, so a stray double space does not split a sasaran.
    """
    groups: list[TargetGroup] = []
    for t in targets:
        key = _goal_key(t.goal)
        if groups and _goal_key(groups[-1].goal) == key:
            groups[-1].targets.append(t)
        else:
            groups.append(TargetGroup(t.goal, [t]))
    return groups


def _goal_key(goal: str) -> str:
    return " ".join(goal.split()).casefold()


# ---- reading ---------------------------------------------------------------

_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_PARTY_LABEL = {"first_party": "Pihak pertama", "second_party": "Pihak kedua"}
Report = Callable[[str], None]  # collects one problem message


def pk_from_toml_text(text: str, source: str | None = None) -> PkContent:
    """Read a PK file's text. PkError names the file, and the line for a TOML syntax error."""
    where = f"{source}: " if source else ""
    if len(text) > MAX_FILE_CHARS:
        raise PkError([f"{where}berkas terlalu besar untuk sebuah PK (lebih dari 2 juta karakter)."])
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise PkError([f"{where}bukan berkas TOML yang sah ({e}). Periksa tanda kutip, tanda = "
                       "dan kurung siku di baris itu."]) from None
    return pk_from_dict(data, source)


def pk_from_dict(d: dict[str, Any], source: str | None = None) -> PkContent:
    """Build and check a PkContent. Raises PkError listing every problem, each naming row and field."""
    problems: list[str] = []
    where = f"{source}: " if source else ""

    def problem(msg: str) -> None:
        problems.append(where + msg)

    if not isinstance(d, dict):
        raise PkError([where + "isi PK harus berupa tabel (kunci = nilai)."])

    def text(container: dict[str, Any], key: str, label: str) -> str:
        val = container.get(key, "")
        if val is None:
            return ""
        if isinstance(val, bool) or not isinstance(val, (str, int, float)):
            problem(f"{label} harus berupa teks.")
            return ""
        return str(val)

    year = _year(d.get("year"), problem)
    place = text(d, "place", "Tempat (place)").strip()
    when = _date(d.get("date"), problem)
    unit = text(d, "unit", "Unit (unit)").strip()

    parties = {}
    for key, label in _PARTY_LABEL.items():
        raw = d.get(key)
        present = isinstance(raw, dict)
        if raw is None:
            problem(f"{label} ({key}) belum diisi: tulis {key} = {{ name = \"...\", position = \"...\" }}.")
            raw = {}
        elif not isinstance(raw, dict):
            problem(f"{label} ({key}) harus berupa tabel "
                    f"{{ name = \"...\", position = \"...\", rank = \"...\", nip = \"...\" }}.")
            raw = {}
        party = Party(
            name=text(raw, "name", f"{label}, kolom Nama (name)").strip(),
            position=text(raw, "position", f"{label}, kolom Jabatan (position)").strip(),
            rank=text(raw, "rank", f"{label}, kolom Pangkat (rank)").strip(),
            nip=text(raw, "nip", f"{label}, kolom NIP (nip)").strip(),
        )
        if present and not party.position:
            problem(f"{label}, kolom Jabatan (position): tidak boleh kosong.")
        if party.nip:
            trouble = nip_problem(party.nip)
            if trouble:
                problem(f"{label}, kolom NIP (nip): {trouble}")
            else:
                party.nip = normalize_nip(party.nip)
        parties[key] = party

    targets: list[Target] = []
    for i, raw in enumerate(_rows(d, "targets", "[[targets]]", problem), start=1):
        row = f"Sasaran baris ke-{i}"
        goal = text(raw, "goal", f"{row}, kolom Sasaran Strategis (goal)").strip()
        indicator = text(raw, "indicator", f"{row}, kolom Indikator Kinerja (indicator)").strip()
        raw_target = raw.get("target")
        if isinstance(raw_target, float):   # written as a number in the file: 82.5 -> "82,5"
            raw = {**raw, "target": f"{raw_target:g}".replace(".", ",")}
        target = text(raw, "target", f"{row}, kolom Target (target)").strip()
        unit_ = text(raw, "unit", f"{row}, kolom Satuan (unit)").strip()
        if not goal:
            problem(f"{row}, kolom Sasaran Strategis (goal): sasaran tidak boleh kosong.")
        if not indicator:
            problem(f"{row}, kolom Indikator Kinerja (indicator): indikator tidak boleh kosong.")
        if not target:
            problem(f"{row}, kolom Target (target): target tidak boleh kosong, mis. \"82\" atau \"BB\".")
        targets.append(Target(goal, indicator, target, unit_))

    programs: list[Program] = []
    for i, raw in enumerate(_rows(d, "programs", "[[programs]]", problem), start=1):
        row = f"Program baris ke-{i}"
        name = text(raw, "name", f"{row}, kolom Program (name)").strip()
        note = text(raw, "note", f"{row}, kolom Keterangan (note)").strip()
        if not name:
            problem(f"{row}, kolom Program (name): nama program tidak boleh kosong.")
        budget = _budget(raw.get("budget"), f"{row}, kolom Anggaran (budget)", problem)
        programs.append(Program(name, budget, note))

    if problems:
        raise PkError(problems)
    assert year is not None
    return PkContent(year=year, place=place, date=when, first_party=parties["first_party"],
                     second_party=parties["second_party"], targets=targets, programs=programs, unit=unit)


def _rows(d: dict[str, Any], key: str, shown: str, problem: Report) -> list[dict[str, Any]]:
    raw = d.get(key, [])
    if raw is None:
        return []
    if not isinstance(raw, list):
        problem(f"{key} harus berupa daftar {shown}.")
        return []
    rows: list[dict[str, Any]] = []
    for i, r in enumerate(raw, start=1):
        if isinstance(r, dict):
            rows.append(r)
        else:
            problem(f"{key}: entri ke-{i} bukan tabel {shown}.")
            rows.append({})
    return rows


def _year(val: object, problem: Report) -> int | None:
    if isinstance(val, str) and val.strip().isdigit() and val.strip().isascii():
        val = int(val.strip())
    if isinstance(val, bool) or not isinstance(val, int) or not MIN_YEAR <= val <= MAX_YEAR:
        shown = "belum diisi" if val in (None, "") else f"\"{val}\" bukan tahun 4 angka"
        problem(f"Tahun (year): {shown}; tulis mis. year = 2027.")
        return None
    return val


def _date(val: object, problem: Report) -> date | None:
    if val is None or (isinstance(val, str) and not val.strip()):
        return None
    if isinstance(val, datetime):
        return val.date()
    if isinstance(val, date):
        return val
    if isinstance(val, str):
        m = _DATE.match(val)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                problem(f"Tanggal (date): \"{val.strip()}\" bukan tanggal yang ada di kalender.")
                return None
    problem(f"Tanggal (date): \"{val}\" bukan tanggal; tulis tahun-bulan-tanggal, mis. \"2027-01-04\".")
    return None


def _budget(val: object, label: str, problem: Report) -> int:
    if isinstance(val, float) and val.is_integer():
        val = int(val)
    if isinstance(val, bool) or val is None or isinstance(val, float):
        problem(f"{label}: \"{val if val is not None else ''}\" bukan angka rupiah; tulis mis. budget = 1250000000.")
        return 0
    if isinstance(val, str):
        try:
            val = parse_rupiah(val)
        except ValueError as e:
            problem(f"{label}: {e}")
            return 0
    if not isinstance(val, int):
        problem(f"{label}: harus berupa angka rupiah, mis. budget = 1250000000.")
        return 0
    if val < 0:
        problem(f"{label}: anggaran tidak boleh negatif ({val}).")
        return 0
    if val > MAX_BUDGET:
        problem(f"{label}: anggaran {val} terlalu besar (lebih dari seribu triliun rupiah); periksa angkanya.")
        return 0
    return val


# ---- writing ---------------------------------------------------------------

def pk_to_dict(content: PkContent) -> dict[str, Any]:
    """The dict pk_from_dict reads (dates as "YYYY-MM-DD", as in the file)."""
    def party(p: Party) -> dict[str, str]:
        return {"name": p.name, "position": p.position, "rank": p.rank, "nip": p.nip}

    d: dict[str, Any] = {"year": content.year, "place": content.place}
    if content.date is not None:
        d["date"] = content.date.isoformat()
    if content.unit:
        d["unit"] = content.unit
    d["first_party"] = party(content.first_party)
    d["second_party"] = party(content.second_party)
    d["targets"] = [{"goal": t.goal, "indicator": t.indicator, "target": t.target, "unit": t.unit}
                    for t in content.targets]
    d["programs"] = [{"name": p.name, "budget": p.budget, "note": p.note} for p in content.programs]
    return d


def pk_to_toml_text(content: PkContent) -> str:
    """The PK as a TOML file that pk_from_toml_text reads back unchanged."""
    d = pk_to_dict(content)

    def inline(t: dict[str, str]) -> str:
        return "{ " + ", ".join(f"{k} = {quote(v)}" for k, v in t.items()) + " }"

    lines = [f"year = {d['year']}", f"place = {quote(d['place'])}"]
    if "date" in d:
        lines.append(f"date = {quote(d['date'])}")
    if "unit" in d:
        lines.append(f"unit = {quote(d['unit'])}")
    lines.append(f"first_party = {inline(d['first_party'])}")
    lines.append(f"second_party = {inline(d['second_party'])}")
    for t in d["targets"]:
        lines += ["", "[[targets]]"] + [f"{k} = {quote(v)}" for k, v in t.items()]
    for p in d["programs"]:
        lines += ["", "[[programs]]", f"name = {quote(p['name'])}", f"budget = {p['budget']}",
                  f"note = {quote(p['note'])}"]
    return "\n".join(lines) + "\n"
