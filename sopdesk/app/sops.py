"""The office's SOPs: importing, saving, listing, and reading their stored versions.

A saved SOP never changes: an edit is a new version, and a case keeps the version it
started with. So a parsed version is cached for the life of the Office (office.caches).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.errors import UserError
from ..domain.sop import Problem, Sop, validate
from ..domain.sop_file import read_sop, write_sop
from ..store import repo
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
        office.changes.emit(SopsChanged(sop.code))
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
        raise UserError(f"SOP dengan kode \"{code}\" tidak ada. Lihat daftar dengan: sopdesk sop list")
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
