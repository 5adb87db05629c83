"""Use cases behind the documents: the PK of a case and its versions, letter numbers, the office file.

Functions over an open Office, so the GUI and the CLI share them.

A case's PK has versions (store/pk_queries): what is typed here is one local version that
goes on being edited while it is the newest; a PK that arrives in a .sopcase file and differs
from every version here is kept as a new version and becomes current only when the user
chooses it (accept_pk_version), which is also how an earlier version is restored.
"""
from __future__ import annotations

import json
import shutil
import tomllib
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import UserError
from ..domain.indonesian import normalize_nip
from ..domain.messages import msg
from ..domain.office import OfficeProfile, Official
from ..domain.pengantar import Pengantar, format_number, number_template_problem_message, pengantar_for_pk
from ..domain.pk import Party, PkContent, pk_from_dict, pk_to_dict
from ..store import change_queries, letter_queries, pk_queries, repo
from ..store.transaction import Connection
from . import search
from .changes import CaseChanged
from .settings import check_official

if TYPE_CHECKING:
    from .office import Office

LOGO_MAX_BYTES = 5_000_000
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp")


# -- the PK of a case --------------------------------------------------------

def load_pk(office: Office, case_id: int) -> PkContent | None:
    office.case_record(case_id)
    with office.reading() as conn:
        text = pk_queries.pk_content(conn, case_id)
    return None if text is None else pk_from_dict(json.loads(text))


def save_pk(office: Office, case_id: int, content: PkContent) -> None:
    """Check the content (PkError lists every problem) and store it as the case's PK."""
    data = pk_to_dict(content)
    pk_from_dict(data)
    office.case_record(case_id)
    text = json.dumps(data, ensure_ascii=False)
    stamp = office.now_text()
    with office.writing() as conn:
        current = pk_queries.pk_row(conn, case_id)
        version_id = current["version_id"] if current is not None else None
        if current is None or current["content"] != text or version_id is None:
            latest = pk_queries.latest_version(conn, case_id)
            if latest is not None and latest["id"] == version_id and latest["source"] == "local":
                # Still the newest version, typed here: the same draft, saved as it is typed.
                pk_queries.update_version(conn, latest["id"], year=content.year, content=text, saved_at=stamp)
            else:   # the current one came from elsewhere or was chosen again: it stays as it was
                version_id, _number = pk_queries.add_version(conn, case_id, year=content.year, content=text,
                                                             saved_at=stamp, source="local")
        pk_queries.put_pk(conn, case_id, year=content.year, content=text, updated_at=stamp, version_id=version_id)
        search.index_case(conn, case_id)   # the PK's parties find the case
        office.changes.emit(CaseChanged(case_id))   # logged in this transaction, told after it


@dataclass(frozen=True)
class PkVersion:
    """One version of a case's PK, as `sopdesk pk versions` and the PK screen list them."""
    number: int                    # 1, 2, ... per case ("versi 2")
    year: int
    saved_at: datetime             # when it was saved, here or on the PC it came from (UTC)
    source: str                    # "local" (typed here) or "imported"
    import_event_id: int | None    # the import event that brought it
    imported_from: str             # that event's note ("Diimpor dari ... pada ..."), or ""
    current: bool
    content: PkContent | None      # None only for a stored text that is no valid PK (made outside sopdesk)


def pk_key(text: str) -> str:
    """What says two stored PK texts are the same PK: their checked content, written one way."""
    try:
        return json.dumps(pk_to_dict(pk_from_dict(json.loads(text))), ensure_ascii=False, sort_keys=True)
    except (ValueError, RecursionError, UserError):
        return text


def _content(text: str) -> PkContent | None:
    try:
        return pk_from_dict(json.loads(text))
    except (ValueError, RecursionError, UserError):
        return None


def pk_versions(office: Office, case_id: int) -> list[PkVersion]:
    """Every version the case's PK has had, oldest first (empty when it has no PK)."""
    office.case_record(case_id)
    with office.reading() as conn:
        current = pk_queries.pk_row(conn, case_id)
        rows = pk_queries.versions(conn, case_id)
    current_id = current["version_id"] if current is not None else None
    return [PkVersion(number=r["number"], year=r["year"], saved_at=repo.from_utc_text(r["saved_at"]),
                      source=r["source"], import_event_id=r["import_event_id"],
                      imported_from=r["import_note"] or "", current=r["id"] == current_id,
                      content=_content(r["content"])) for r in rows]


def load_pk_version(office: Office, case_id: int, number: int) -> PkContent:
    """The content of version `number` of the case's PK, to view it before choosing it."""
    office.case_record(case_id)
    with office.reading() as conn:
        row = pk_queries.version(conn, case_id, number)
    if row is None:
        raise UserError(msg("paperwork.no_pk_version", case=case_id, number=number))
    return pk_from_dict(json.loads(row["content"]))


def accept_pk_version(office: Office, case_id: int, number: int) -> None:
    """Make version `number` the case's PK (an imported one after the user confirmed, or an earlier
    one restored). The version that was current stays in the list, unchanged."""
    office.case_record(case_id)
    with office.writing() as conn:
        keep_current_as_version(conn, case_id)
        row = pk_queries.version(conn, case_id, number)
        if row is None:
            raise UserError(msg("paperwork.no_pk_version", case=case_id, number=number))
        content = pk_from_dict(json.loads(row["content"]))   # PkError if it is no valid PK
        pk_queries.put_pk(conn, case_id, year=content.year, content=row["content"], updated_at=office.now_text(),
                          version_id=row["id"])
        search.index_case(conn, case_id)
        office.changes.emit(CaseChanged(case_id))   # logged in this transaction, told after it


def keep_current_as_version(conn: Connection, case_id: int) -> None:
    """A current PK that is no version yet (written outside sopdesk) becomes one, before anything replaces it."""
    current = pk_queries.pk_row(conn, case_id)
    if current is None or current["version_id"] is not None:
        return
    version_id, _number = pk_queries.add_version(conn, case_id, year=current["year"], content=current["content"],
                                                 saved_at=current["updated_at"], source="local")
    pk_queries.put_pk(conn, case_id, year=current["year"], content=current["content"],
                      updated_at=current["updated_at"], version_id=version_id)


def _head(office: Office) -> Official | None:
    """The active official in the head's position (the Camat), else the first active one."""
    people = office.officials(active_only=True)
    head = office.profile().head_position.casefold()
    return next((o for o in people if o.position.casefold() == head), people[0] if people else None)


def _regent(office: Office) -> Party:
    pos = office.profile().regent_position
    o = next((o for o in office.officials(active_only=True) if o.position.casefold() == pos.casefold()), None)
    return Party(name=o.name if o else "", position=pos, rank=o.rank if o else "", nip=o.nip if o else "")


def new_pk(office: Office, case_id: int) -> PkContent:
    """A PK to start from: last year's of the same SOP if any, else the parties from the officials list."""
    rec = office.case_record(case_id)
    prev = previous_pk(office, case_id)
    year = rec["year"] + 1 if rec["title"] and str(rec["year"] + 1) in rec["title"] else rec["year"]
    if prev is not None:
        return replace(prev, year=year, date=None)
    head = _head(office)
    first = Party(name=head.name, position=head.position, rank=head.rank, nip=head.nip) if head else \
        Party(name="", position=office.profile().head_position)
    return PkContent(year=year, place=office.profile().place, date=None, first_party=first,
                     second_party=_regent(office))


def previous_pk(office: Office, case_id: int) -> PkContent | None:
    """The newest PK of another case of the same SOP, for "Salin dari PK tahun lalu"."""
    rec = office.case_record(case_id)
    with office.reading() as conn:
        text = pk_queries.previous_pk_content(conn, rec["sop_version_id"], case_id)
    return None if text is None else pk_from_dict(json.loads(text))


# -- letter numbers ------------------------------------------------------------

def issue_number(office: Office, year: int, *, case_id: int | None = None, purpose: str = "surat pengantar",
                 month: int | None = None) -> str:
    """The next number of the year from the office template; never the same twice.

    The register is read and written in one transaction: under SQLite's write lock one PC
    draws at a time; on a server the second of two PCs drawing side by side is refused by
    UNIQUE (year, seq) and draws the next. A number already issued under an earlier template
    is skipped.
    """
    profile = office.profile()
    problem = number_template_problem_message(profile.numbering_template)
    if problem:
        raise UserError(problem)
    month = month or office.now().astimezone(office.tz).month
    with office.writing() as conn:
        number = _draw(office, conn, profile, year, month, case_id, purpose)
        if case_id is not None:
            office.changes.emit(CaseChanged(case_id))   # logged in this transaction, told after it
    return number


def _draw(office: Office, conn: Connection, profile: OfficeProfile, year: int, month: int, case_id: int | None,
          purpose: str) -> str:
    """Draw and register the next number, inside the caller's write transaction."""
    seq = letter_queries.last_seq(conn, year)
    while True:
        seq += 1
        number = format_number(profile.numbering_template, kode=profile.classification_code, urut=seq,
                               tahun=year, bulan=month)
        if letter_queries.number_taken(conn, number):
            continue
        if letter_queries.add_number(conn, year=year, seq=seq, number=number, case_id=case_id, purpose=purpose,
                                     issued_at=office.now_text()):
            if case_id is not None:
                search.index_case(conn, case_id)   # the number drawn finds the case
            return number
        seq = letter_queries.last_seq(conn, year)   # another PC drew that one a moment ago


def number_for_case(office: Office, case_id: int, day: date, purpose: str = "surat pengantar") -> str:
    """The case's letter number: the one drawn before, else a new one.

    Looked up and drawn in one write transaction, so windows or PCs asking at the same moment
    for the same case get one number between them, not one each.
    """
    profile = office.profile()
    problem = number_template_problem_message(profile.numbering_template)
    if problem:
        raise UserError(problem)
    with office.writing() as conn:
        change_queries.lock_case(conn, case_id)   # two PCs asking for the case's number: one waits, then finds it
        drawn = letter_queries.numbers_of_case(conn, case_id)
        number = drawn[-1] if drawn else _draw(office, conn, profile, day.year, day.month, case_id, purpose)
        if not drawn:
            office.changes.emit(CaseChanged(case_id))   # logged in this transaction, told after it
    return number


def numbers_of_case(office: Office, case_id: int) -> list[str]:
    with office.reading() as conn:
        return letter_queries.numbers_of_case(conn, case_id)


def pengantar_for_case(office: Office, case_id: int, *, number: str | None = None, letter_date: date | None = None,
                       signer: Official | None = None, on_behalf: str = "") -> Pengantar:
    """The surat pengantar sending the case's PK; draws a new number unless one is given or already drawn."""
    content = load_pk(office, case_id)
    if content is None:
        raise UserError(msg("paperwork.no_pk", case=case_id))
    day = letter_date or office.now().astimezone(office.tz).date()
    if not number:
        number = number_for_case(office, case_id, day)
    signer = signer or _head(office) or Official(name=content.first_party.name, position=content.first_party.position,
                                                 rank=content.first_party.rank, nip=content.first_party.nip)
    return pengantar_for_pk(content, office.profile(), number=number, signer=signer, letter_date=day,
                            on_behalf=on_behalf)


# -- the office file -----------------------------------------------------------

@dataclass(frozen=True)
class OfficeFile:
    """An office file (TOML) that passed every check."""
    profile: dict[str, str]        # profile fields it sets; the others keep their value
    logo: Path | None              # beside the file
    officials: list[Official]      # checked (check_official)


def read_office_file(path: str | Path) -> OfficeFile:
    """Read and check an office file: profile fields, logo, and [[officials]]; UserError if anything is wrong."""
    path = Path(path)
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise UserError(msg("files.not_found", path=path)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise UserError(msg("paperwork.not_toml", path=path, error=str(e))) from None
    officials = data.pop("officials", [])
    logo = data.pop("logo", data.pop("logo_path", None))
    known = set(OfficeProfile().to_dict())
    unknown = sorted(set(data) - known)
    if unknown:
        allowed = ", ".join(sorted(known | {"logo", "officials"}))
        raise UserError(msg("paperwork.unknown_keys", path=path, keys=", ".join(unknown), known=allowed))
    bad = [k for k, v in data.items() if not isinstance(v, str)]
    if bad:
        raise UserError(msg("paperwork.not_text", path=path, keys=", ".join(bad)))
    if "numbering_template" in data:
        problem = number_template_problem_message(data["numbering_template"])
        if problem:
            raise UserError(msg("paperwork.in_file", path=path, problem=problem))
    if not isinstance(officials, list) or not all(isinstance(o, dict) for o in officials):
        raise UserError(msg("paperwork.officials_list", path=path))
    people = []
    for i, o in enumerate(officials, start=1):
        try:
            people.append(check_official(Official(
                name=str(o.get("name", "")), nip=str(o.get("nip", "")), rank=str(o.get("rank", "")),
                position=str(o.get("position", "")), active=bool(o.get("active", True)))))
        except UserError as e:
            raise UserError(msg("paperwork.official", path=path, n=i, problem=e.message or str(e))) from None
    return OfficeFile(profile=data, logo=path.parent / str(logo) if logo else None, officials=people)


def load_office_file(office: Office, path: str | Path) -> OfficeProfile:
    """Apply an office file (TOML): profile fields, logo, and [[officials]] (added or updated by NIP)."""
    found = read_office_file(path)
    profile = OfficeProfile.from_dict({**office.profile().to_dict(), **found.profile})
    if found.logo is not None:
        profile = replace(profile, logo_path=str(store_logo(office, found.logo)))
    office.save_profile(profile)
    existing = {o.nip: o for o in office.officials() if o.nip}
    for o in found.officials:
        prior = existing.get(normalize_nip(o.nip)) if o.nip else None
        office.save_official(replace(o, id=prior.id) if prior else o)
    return office.profile()


def store_logo(office: Office, source: Path) -> Path:
    """Copy the logo beside the database, so the profile never points at a flashdisk."""
    source = Path(source)
    if source.suffix.lower() not in LOGO_SUFFIXES:
        raise UserError(msg("paperwork.logo_kind", name=source.name))
    try:
        size = source.stat().st_size
    except OSError:
        raise UserError(msg("paperwork.logo_missing", path=source)) from None
    if size > LOGO_MAX_BYTES:
        raise UserError(msg("paperwork.logo_too_big"))
    target = office.data_folder() / f"sopdesk-logo{source.suffix.lower()}"
    try:
        if source.resolve() != target.resolve():
            shutil.copyfile(source, target)
    except OSError as e:
        raise UserError(msg("paperwork.logo_not_copied", error=e.strerror)) from None
    return target
