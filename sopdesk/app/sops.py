"""The office's SOPs: importing, saving, listing, and reading their stored versions.

A saved SOP never changes: an edit is a new version, and a case keeps the version it
started with. So a parsed version is cached for the life of the Office (office.caches).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from ..domain.errors import UserError
from ..domain.messages import msg
from ..domain.sop import Problem, Signatory, Sop, Step, validate
from ..domain.sop_edit import copy_code, normalized
from ..domain.sop_file import read_sop, write_sop
from ..store import repo, sop_queries
from ..store.errors import StoreError
from ..store.transaction import Connection, Row
from .changes import SopsChanged

if TYPE_CHECKING:
    from .office import Office


class SopFileError(UserError):
    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class SopInfo:
    code: str
    name: str
    version: int
    version_id: int
    lanes: tuple[str, ...]
    steps: int


@dataclass(frozen=True)
class SopVersion:
    """One stored version of an SOP, parsed."""
    sop: Sop
    id: int
    number: int
    code: str


def check_sop_text(text: str, source: str | None = None) -> tuple[Sop | None, list[Problem]]:
    return read_sop(text, source)


def import_sop_text(office: Office, text: str, source: str | None = None) -> tuple[str, int, bool]:
    """(code, version, created?) — an unchanged SOP keeps its version."""
    sop, problems = read_sop(text, source)
    if problems or sop is None:
        raise SopFileError(problems)
    return save_sop(office, sop)


def save_sop(office: Office, sop: Sop) -> tuple[str, int, bool]:
    problems = validate(sop)
    if problems:
        raise SopFileError(problems)
    with office.writing() as conn:
        _vid, number, created = repo.add_sop_version(conn, sop.code, sop.name, write_sop(sop), office.now_text())
        if created:
            office.changes.emit(SopsChanged(sop.code))   # logged in this transaction, told after it
    return sop.code, number, created


def sops(office: Office) -> list[SopInfo]:
    with office.reading() as conn:
        rows = repo.latest_versions(conn)
    out = []
    for r in rows:
        sop = version_of_row(office, r).sop
        out.append(SopInfo(r["code"], sop.name, r["version"], r["id"], sop.lanes, len(sop.steps)))
    return out


def current_version(office: Office, code: str, version: int | None = None) -> SopVersion:
    """Version `version` of the SOP, or the one new cases use; UserError if there is none."""
    with office.reading() as conn:
        row = repo.version_by_code(conn, code, version)
    if row is None:
        raise UserError(msg("sops.no_such", code=code))
    return version_of_row(office, row)


def sop(office: Office, code: str, version: int | None = None) -> Sop:
    return current_version(office, code, version).sop


def export_sop(office: Office, code: str) -> str:
    return write_sop(sop(office, code))


def stored_version(office: Office, version_id: int, conn: Connection | None = None) -> SopVersion:
    """The stored version `version_id`, read through `conn` when inside a unit of work that may
    just have added it."""
    cached = office.caches.sop_versions.get(version_id)
    if cached is not None:
        return cached
    if conn is None:
        with office.reading() as conn_:
            row = repo.version_row(conn_, version_id)
    else:
        row = repo.version_row(conn, version_id)
    if row is None:
        raise StoreError(f"Versi SOP nomor {version_id} tidak ada di basis data.")
    return version_of_row(office, row)


def version_of_row(office: Office, row: Row) -> SopVersion:
    """A version row (id, code, version, definition) parsed, through the cache."""
    cached = office.caches.sop_versions.get(row["id"])
    if cached is not None:
        return cached
    parsed, _problems = read_sop(row["definition"], f"SOP {row['code']} versi {row['version']}")
    if parsed is None:
        raise StoreError(f"Definisi SOP {row['code']} versi {row['version']} di basis data rusak.")
    version = SopVersion(parsed, row["id"], row["version"], row["code"])
    office.caches.sop_versions[version.id] = version
    return version


# ---- the SOP editor: versions, new SOPs, copies, saving an edit -----------------------------

@dataclass(frozen=True)
class VersionInfo:
    """One stored version of an SOP, for the library and the editor."""
    number: int
    id: int
    name: str
    created_at: datetime | None   # UTC
    local: bool                   # made on this PC (not only known from an imported case)
    current: bool                 # the version new cases use
    cases: int                    # cases started on it
    open_cases: int               # … of which still running
    revised: str                  # its Tanggal Revisi, as written ("" for none)
    effective: str


def versions(office: Office, code: str) -> list[VersionInfo]:
    """Every version of the SOP, newest first, with the one new cases use marked."""
    with office.reading() as conn:
        rows = sop_queries.versions_of(conn, code)
        current = repo.version_by_code(conn, code)
    out = []
    for r in rows:
        stored = stored_version(office, r["id"]).sop
        out.append(VersionInfo(
            number=r["version"], id=r["id"], name=r["name"], created_at=repo.parse_utc(r["created_at"]),
            local=r["origin"] == "local", current=current is not None and current["id"] == r["id"],
            cases=int(r["cases"]), open_cases=int(r["open_cases"]), revised=stored.revised,
            effective=stored.effective))
    return out


def codes_in_use(office: Office) -> set[str]:
    with office.reading() as conn:
        return sop_queries.codes(conn)


def office_signatory(office: Office) -> Signatory:
    """The head of the office as an SOP's approver: the active official holding the profile's
    head position, else that jabatan with the name left for the hand."""
    from .reports import head_official
    profile = office.profile()
    head = head_official(office)
    if head is None:
        return Signatory(position=profile.head_position)
    return Signatory(head.name, head.position, head.rank, head.nip)


def office_unit_lines(office: Office) -> tuple[str, ...]:
    """The office's kop as an SOP's own unit lines: government, unit, address."""
    p = office.profile()
    return tuple(x for x in (p.government.strip().upper(), p.unit.strip().upper(), p.address_line.strip()) if x)


def new_sop(office: Office, today: date | None = None) -> Sop:
    """A new SOP to write in the editor: the office's kop and head as approver, one lane and the
    first and last steps (Mulai, Selesai) to start from. Not valid until its code and name are
    written and its steps filled."""
    profile = office.profile()
    day = (today or office.now().astimezone(office.tz).date()).isoformat()
    lane = "Staf"
    steps = (Step(1, "", lane, "start"), Step(2, "", lane, "end"))
    return Sop(code="", name="", lanes=(lane,), steps=steps, unit=profile.unit.strip().title(),
               unit_lines=office_unit_lines(office), made=day, effective="", approved_by=office_signatory(office))


def copy_of(office: Office, code: str, version: int | None = None) -> Sop:
    """A copy of an SOP under a free code, to be saved as version 1 of a new SOP."""
    source = normalized(sop(office, code, version))
    return replace(source, code=copy_code(source.code, codes_in_use(office)), name=f"{source.name} (salinan)",
                   number="", revised="")


def editable(office: Office, code: str) -> SopVersion:
    """The version an edit starts from (the one new cases use), its steps numbered 1..n."""
    current = current_version(office, code)
    return replace(current, sop=normalized(current.sop))


def save_edited(office: Office, edited: Sop, base: SopVersion | None, today: date | None = None) -> tuple[str, int]:
    """Save what the editor holds as a new version: of `base`'s SOP, or (base None) a new SOP whose
    code is still free. An edit whose Tanggal Revisi was left as it was gets today's date. Cases
    already running keep their version. Returns (code, version number).

    SopFileError (with each problem) when the SOP is not valid or a new SOP's code is taken;
    UserError when another version was saved since the edit began."""
    if base is not None:
        edited = replace(edited, code=base.code)
        if edited != base.sop and edited.revised == base.sop.revised:
            edited = replace(edited, revised=(today or office.now().astimezone(office.tz).date()).isoformat())
    problems = validate(edited)
    if problems:
        raise SopFileError(problems)
    with office.writing() as conn:
        current = repo.version_by_code(conn, edited.code)
        if base is None and current is not None:
            taken = msg("sops.code_taken", code=edited.code)
            raise SopFileError([Problem(str(taken), field="code", coded=taken)])
        if base is not None and current is not None and current["version"] != base.number:
            raise UserError(msg("sops.changed_elsewhere", version=current["version"]))
        _vid, number, created = repo.add_sop_version(conn, edited.code, edited.name, write_sop(edited),
                                                     office.now_text())
        if created:
            office.changes.emit(SopsChanged(edited.code))   # logged in this transaction, told after it
    return edited.code, number
