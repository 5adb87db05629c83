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

from .errors import ProblemsError
from .indonesian import RupiahError, nip_problem_message, normalize_nip, parse_rupiah
from .messages import Message, msg
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


class PkError(ProblemsError, ValueError):
    """A PK file or form with mistakes. `problems` lists each one in Indonesian, `coded` the same as
    message codes (a screen words them in its language); str() joins them, a line each."""

    def __init__(self, problems: list[Message]):
        super().__init__(problems)
        self.problems = [str(p) for p in self.coded]


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
_PARTY_LABEL = {"first_party": msg("pk.party.first"), "second_party": msg("pk.party.second")}
Report = Callable[[Message], None]  # collects one problem


def _at(owner: Message, field_name: Message) -> Message:
    """"Sasaran baris ke-2, kolom Target (target)": where a problem is."""
    return msg("pk.label", owner=owner, field=field_name)


def pk_from_toml_text(text: str, source: str | None = None) -> PkContent:
    """Read a PK file's text. PkError names the file, and the line for a TOML syntax error."""
    if len(text) > MAX_FILE_CHARS:
        raise PkError([_in_file(source, msg("pk.too_big"))])
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise PkError([_in_file(source, msg("pk.not_toml", error=str(e)))]) from None
    return pk_from_dict(data, source)


def pk_from_dict(d: dict[str, Any], source: str | None = None) -> PkContent:
    """Build and check a PkContent. Raises PkError listing every problem, each naming row and field."""
    problems: list[Message] = []

    def problem(message: Message) -> None:
        problems.append(_in_file(source, message))

    if not isinstance(d, dict):
        raise PkError([_in_file(source, msg("pk.not_table"))])

    def text(container: dict[str, Any], key: str, label: Message) -> str:
        val = container.get(key, "")
        if val is None:
            return ""
        if isinstance(val, bool) or not isinstance(val, (str, int, float)):
            problem(msg("pk.not_text", label=label))
            return ""
        return str(val)

    year = _year(d.get("year"), problem)
    place = text(d, "place", msg("pk.field.place")).strip()
    when = _date(d.get("date"), problem)
    unit = text(d, "unit", msg("pk.field.unit")).strip()

    parties = {}
    for key, label in _PARTY_LABEL.items():
        raw = d.get(key)
        present = isinstance(raw, dict)
        if raw is None:
            problem(msg("pk.party_missing", party=label, key=key))
            raw = {}
        elif not isinstance(raw, dict):
            problem(msg("pk.party_not_table", party=label, key=key))
            raw = {}
        party = Party(
            name=text(raw, "name", _at(label, msg("pk.field.name"))).strip(),
            position=text(raw, "position", _at(label, msg("pk.field.position"))).strip(),
            rank=text(raw, "rank", _at(label, msg("pk.field.rank"))).strip(),
            nip=text(raw, "nip", _at(label, msg("pk.field.nip"))).strip(),
        )
        if present and not party.position:
            problem(msg("pk.empty", label=_at(label, msg("pk.field.position"))))
        if party.nip:
            trouble = nip_problem_message(party.nip)
            if trouble:
                problem(msg("pk.nip", party=label, problem=trouble))
            else:
                party.nip = normalize_nip(party.nip)
        parties[key] = party

    targets: list[Target] = []
    for i, raw in enumerate(_rows(d, "targets", "[[targets]]", problem), start=1):
        row = msg("pk.row.target", n=i)
        goal = text(raw, "goal", _at(row, msg("pk.field.goal"))).strip()
        indicator = text(raw, "indicator", _at(row, msg("pk.field.indicator"))).strip()
        raw_target = raw.get("target")
        if isinstance(raw_target, float):   # written as a number in the file: 82.5 -> "82,5"
            raw = {**raw, "target": f"{raw_target:g}".replace(".", ",")}
        target = text(raw, "target", _at(row, msg("pk.field.target"))).strip()
        unit_ = text(raw, "unit", _at(row, msg("pk.field.target_unit"))).strip()
        if not goal:
            problem(msg("pk.goal_empty", label=_at(row, msg("pk.field.goal"))))
        if not indicator:
            problem(msg("pk.indicator_empty", label=_at(row, msg("pk.field.indicator"))))
        if not target:
            problem(msg("pk.target_empty", label=_at(row, msg("pk.field.target"))))
        targets.append(Target(goal, indicator, target, unit_))

    programs: list[Program] = []
    for i, raw in enumerate(_rows(d, "programs", "[[programs]]", problem), start=1):
        row = msg("pk.row.program", n=i)
        name = text(raw, "name", _at(row, msg("pk.field.program"))).strip()
        note = text(raw, "note", _at(row, msg("pk.field.note"))).strip()
        if not name:
            problem(msg("pk.program_empty", label=_at(row, msg("pk.field.program"))))
        budget = _budget(raw.get("budget"), row, problem)
        programs.append(Program(name, budget, note))

    if problems:
        raise PkError(problems)
    assert year is not None
    return PkContent(year=year, place=place, date=when, first_party=parties["first_party"],
                     second_party=parties["second_party"], targets=targets, programs=programs, unit=unit)


def _in_file(source: str | None, problem: Message) -> Message:
    return msg("pk.in_file", source=source, problem=problem) if source else problem


def _rows(d: dict[str, Any], key: str, shown: str, problem: Report) -> list[dict[str, Any]]:
    raw = d.get(key, [])
    if raw is None:
        return []
    if not isinstance(raw, list):
        problem(msg("pk.not_list", key=key, shown=shown))
        return []
    rows: list[dict[str, Any]] = []
    for i, r in enumerate(raw, start=1):
        if isinstance(r, dict):
            rows.append(r)
        else:
            problem(msg("pk.entry_not_table", key=key, n=i, shown=shown))
            rows.append({})
    return rows


def _year(val: object, problem: Report) -> int | None:
    if isinstance(val, str) and val.strip().isdigit() and val.strip().isascii():
        val = int(val.strip())
    if isinstance(val, bool) or not isinstance(val, int) or not MIN_YEAR <= val <= MAX_YEAR:
        problem(msg("pk.year_missing") if val in (None, "") else msg("pk.year_bad", value=val))
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
                problem(msg("pk.date_no_such", value=val.strip()))
                return None
    problem(msg("pk.date_bad", value=val))
    return None


def _budget(val: object, row: Message, problem: Report) -> int:
    label = _at(row, msg("pk.field.budget"))
    if isinstance(val, float) and val.is_integer():
        val = int(val)
    if isinstance(val, bool) or val is None or isinstance(val, float):
        problem(msg("pk.budget_not_number", label=label, value=val if val is not None else ""))
        return 0
    if isinstance(val, str):
        try:
            val = parse_rupiah(val)
        except RupiahError as e:
            problem(msg("pk.budget_unreadable", row=row, problem=e.message or str(e)))
            return 0
    if not isinstance(val, int):
        problem(msg("pk.budget_not_int", label=label))
        return 0
    if val < 0:
        problem(msg("pk.budget_negative", label=label, value=val))
        return 0
    if val > MAX_BUDGET:
        problem(msg("pk.budget_too_big", label=label, value=val))
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
