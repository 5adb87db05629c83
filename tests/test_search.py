"""Finding a case: the word index kept in step with every change, built once for an upgraded
database, and the two late filters with their counts. Real SQLite files in tmp_path."""
from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sopdesk.app import paperwork, search
from sopdesk.app.demo import generate
from sopdesk.app.office import Office
from sopdesk.app.transfer import export_case, import_case
from sopdesk.domain.pk import Party
from sopdesk.store import search_queries

SOP = "penyusunan-perencanaan-kinerja"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def found(office: Office, query: str, **filters) -> list[int]:
    return sorted(office.case_ids(search=query, **filters))


def stored_words(path: Path) -> set[tuple[str, int]]:
    con = sqlite3.connect(path)
    try:
        return set(con.execute("SELECT word, case_id FROM case_words"))
    finally:
        con.close()


def rebuilt_words(office: Office, tmp_path: Path) -> set[tuple[str, int]]:
    """The words a fresh build of the index gives, on a copy of the database."""
    office.close()
    copy = tmp_path / "rebuilt.db"
    shutil.copyfile(office.target, copy)
    con = sqlite3.connect(copy)
    con.execute("DELETE FROM meta WHERE key = 'case_words_built'")
    con.execute("DELETE FROM case_words")
    con.commit()
    con.close()
    other = Office(copy)
    assert not other.search_ready()
    other.build_search_index()
    assert other.search_ready()
    other.close()
    return stored_words(copy)


def test_words_in_any_order_across_title_number_and_subject(office):
    a = office.new_case(SOP, "Penyusunan PK Sekcam Tahun 2025", year=2025)
    b = office.new_case(SOP, "Revisi PK Tahun 2026", ref_number="800/012/2026", ref_subject="Surat Edaran Bupati")
    c = office.new_case(SOP, "Perubahan Anggaran Désa", ref_subject="Permohonan <&> 😀")
    assert found(office, "Sekcam 2025") == [a]          # the words need not stand together
    assert found(office, "2025 SEKCAM") == [a]
    assert found(office, "sekcam 2026") == []
    assert found(office, "pk tahun") == [a, b]
    assert found(office, "012") == [b] and found(office, "800/012") == [b] and found(office, "012/2026") == [b]
    assert found(office, "surat bupati") == [b]
    assert found(office, "desa") == [c] and found(office, "DÉSA perm") == [c]
    assert found(office, "<&>") == [a, b, c]            # no word typed: no word filter
    assert found(office, str(c)) == [c]                 # a number alone is a case number too
    assert found(office, "sekcam", year=2026) == [] and found(office, "pk", state="open") == [a, b]


def test_people_recorded_letter_numbers_and_pk_parties_find_the_case(office):
    cid = office.new_case(SOP, "Penyusunan PK Tahun 2027")
    other = office.new_case(SOP, "Penyusunan PK Tahun 2028")
    office.start_step(cid, 1, by="Wahyu Hidayat")
    assert found(office, "wahyu") == [cid] and found(office, "hidayat 2027") == [cid]
    number = paperwork.issue_number(office, 2027, case_id=cid)
    assert found(office, number) == [cid]
    pk = paperwork.new_pk(office, other)
    pk = replace(pk, first_party=Party("Sulastri Wibowo", "Camat"), second_party=Party("Hadi Kusumo", "Bupati"))
    paperwork.save_pk(office, other, pk)
    assert found(office, "sulastri") == [other] and found(office, "kusumo 2028") == [other]
    pk = replace(pk, first_party=Party("Rina Marlina", "Camat"))
    paperwork.save_pk(office, other, pk)
    assert found(office, "sulastri") == [] and found(office, "marlina") == [other]


def test_the_index_equals_a_fresh_build_after_every_kind_of_change(office, tmp_path):
    cid = office.new_case(SOP, "Penyusunan PK Sekcam Tahun 2025", ref_number="000.7.2.7/5/2025")
    office.start_step(cid, 1, by="Dwi Lestari")
    office.finish_step(cid, 1, by="Dwi Lestari")
    office.add_note(cid, "berkas lengkap", by="Agus")
    paperwork.issue_number(office, 2025, case_id=cid)
    generate(office, 40)
    kept = stored_words(Path(office.target))
    assert kept and kept == rebuilt_words(office, tmp_path)


def test_an_imported_case_is_found_by_its_words(office, tmp_path):
    cid = office.new_case(SOP, "Penyusunan PK Kasubbag Tahun 2026", ref_subject="Undangan rapat")
    office.start_step(cid, 1, by="Bambang Sutrisno")
    path = export_case(office, cid, tmp_path / "kasus.sopcase")
    other = Office(tmp_path / "other.db")
    try:
        result = import_case(other, path)
        assert found(other, "kasubbag bambang rapat") == [result.case_id]
    finally:
        other.close()


def test_demo_data_is_indexed_in_bulk(office):
    generate(office, 300)
    titles = {r["id"]: r["title"] for r in office.list_cases()}
    assert found(office, "sekcam") == sorted(i for i, t in titles.items() if "Sekcam" in t)
    assert found(office, "revisi pk") == sorted(i for i, t in titles.items() if t.startswith("Revisi PK"))
    assert found(office, "siti rahayu") == sorted(titles)   # every case has her on a step


def test_an_upgraded_database_is_indexed_once_by_the_program(tmp_path):
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "schema-v7.sqlite", path)
    office = Office(path)
    try:
        every = office.case_ids()
        assert every and not office.search_ready()
        new = office.new_case(SOP, "Kasus Baru Sebelum Indeks")   # made before the build: kept by it
        seen: list[tuple[int, int]] = []
        office.build_search_index(lambda done, total: seen.append((done, total)))
        assert office.search_ready() and seen[-1][0] == seen[-1][1] and seen[0][0] == 0
        assert office.build_search_index() == 0                   # once
        rows = office.list_cases()
        word = rows[-1]["title"].split()[0]
        assert found(office, word) == sorted(r["id"] for r in rows if word.lower() in r["title"].lower().split())
        assert found(office, "sebelum indeks") == [new]
    finally:
        office.close()
    assert stored_words(path) == rebuilt_words(Office(path), tmp_path)


def test_a_search_before_the_build_builds_first(tmp_path):
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "schema-v7.sqlite", path)
    office = Office(path)
    try:
        title = office.list_cases()[0]["title"]
        assert office.case_ids(search=title) and office.search_ready()
    finally:
        office.close()


def test_a_new_database_needs_no_build(office):
    assert office.search_ready()


@pytest.fixture
def late_cases(office):
    """b: its running step overdue now; c: closed, a step finished late; d: open and on time."""
    sop = office.sop(SOP)
    ids = {k: office.new_case(SOP, f"Kasus {k}") for k in "abcd"}
    office.start_step(ids["b"], 1, at=datetime(2025, 1, 6, 1, 0, tzinfo=UTC), by="Siti")
    t = datetime(2024, 12, 2, 1, 0, tzinfo=UTC)   # Monday 08.00 WIB
    for i, step in enumerate(sop.steps):
        office.start_step(ids["c"], step.no, at=t + timedelta(days=30 * i), by="Dwi")
        office.finish_step(ids["c"], step.no, at=t + timedelta(days=30 * i + 20), by="Dwi")
    office.start_step(ids["d"], 1, by="Dwi")
    return ids


def test_late_running_and_late_done_filters_and_counts(office, late_cases):
    ids = late_cases
    assert office.case_ids(late="running") == [ids["b"]]
    assert office.case_ids(late="done") == [ids["c"]]
    assert sorted(office.case_ids(state="late")) == sorted([ids["b"], ids["c"]])   # the old filter: both
    assert sorted(office.case_ids(late="both")) == sorted([ids["b"], ids["c"]])
    assert office.case_ids(late="done", state="open") == []
    assert office.late_counts() == {"running": 1, "done": 1}
    assert office.late_counts(year=1999) == {"running": 0, "done": 0}
    assert office.late_counts(sop="tidak-ada") == {"running": 0, "done": 0}


def test_search_terms_use_the_primary_key(office):
    """Each term is a range scan of the primary key, not a scan of the table."""
    from sqlalchemy import text
    office.new_case(SOP, "Penyusunan PK Sekcam Tahun 2025")
    ranges = [(w, w + "\uffff") for w in ("sekcam", "2025")]
    stmt = search_queries.matching_ids(ranges)
    with office.reading() as conn:
        compiled = stmt.compile(conn, compile_kwargs={"literal_binds": True})
        plan = " ".join(str(r[-1]) for r in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert plan.count("SEARCH case_words USING COVERING INDEX sqlite_autoindex_case_words_1") == 2, plan
    assert "SCAN case_words" not in plan and search is not None


def test_the_cli_fills_the_index_of_an_upgraded_database_saying_so(tmp_path, monkeypatch):
    import json
    import os
    import subprocess
    import sys
    monkeypatch.setenv("SOPDESK_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "schema-v7.sqlite", path)
    office = Office(path)
    title = office.list_cases()[0]["title"]
    office.close()

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "sopdesk", "--db", str(path), "case", "list", "--json", *args],
                              capture_output=True, text=True, encoding="utf-8", env=dict(os.environ), timeout=120,
                              check=True)
    first = cli("--search", title)
    assert "Menyiapkan indeks pencarian" in first.stderr
    assert title in {r["title"] for r in json.loads(first.stdout)}
    again = cli("--search", title)
    assert again.stderr == "" and again.stdout == first.stdout
