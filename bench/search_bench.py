"""Finding a case on a big database: the word index (case_words) and the late filters.

    python bench/search_bench.py [/tmp/big.db] [--runs 7] [--keep DIR]

The database given (made by `sopdesk --db /tmp/big.db demo --cases 100000`, of any schema) is
only copied, never opened in place; the copy is upgraded by the program like any older one,
and its word index filled once (timed, with the rows and megabytes it adds). Then, warm, the
median of `--runs` runs of each search: the ids alone as INTERSECT and as nested EXISTS (the
two forms of one statement), and what the case list asks (`Office.case_ids`: every matching id
in the list's order, with and without the other filters, and the first page of rows). The
demo data has no "surat": a thousand cases with it, and one with a rare word, are added first.
Target: every list search within 50 ms on 100,000 cases.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))   # this checkout's sopdesk, not an installed one

from sqlalchemy import func, select  # noqa: E402

from sopdesk.app.office import Office  # noqa: E402
from sopdesk.domain.search_words import prefix_end, terms  # noqa: E402
from sopdesk.store import search_queries, tables as t  # noqa: E402

SEED = "penyusunan-perencanaan-kinerja"
QUERIES = ("penyusunan", "pk", "surat", "sekcam", "sekcam 2025", "revisi pk 2026", "siti 2024", "000.7.2.7/12",
           "paijo", "kasubbag tahun 2023", "zzz")


def median_ms(fn, runs: int) -> float:
    fn()   # warm
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db", nargs="?", default="/tmp/big.db")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--keep", help="work in this folder (kept) instead of a temporary one")
    args = ap.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp(prefix="search-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "big.db"
    if not db.exists():
        shutil.copyfile(args.db, db)
    t0 = time.perf_counter()
    office = Office(db)
    print(f"open (upgrade if older): {time.perf_counter() - t0:.1f} s")
    before = db.stat().st_size
    if not office.search_ready():
        seen: list[tuple[int, int]] = []
        t0, c0 = time.perf_counter(), time.process_time()
        n = office.build_search_index(lambda d, total: seen.append((d, total)))
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        with office.reading() as conn:
            rows = conn.execute(select(func.count()).select_from(t.case_words)).scalar()
        print(f"index filled: {n:,} cases, {rows:,} words in {wall:.1f} s ({cpu:.1f} s CPU), "
              f"{len(seen)} progress reports, file {before / 1e6:.0f} -> {db.stat().st_size / 1e6:.0f} MB")
    with office.reading() as conn:
        has_surat = conn.execute(select(t.case_words.c.case_id).where(t.case_words.c.word == "surat")).first()
    if not has_surat:
        t0 = time.perf_counter()
        for i in range(1000):
            office.new_case(SEED, f"Surat Edaran Bupati nomor {i}", ref_number=f"800/{i:03d}/2026")
        office.new_case(SEED, "Penyusunan PK Mbah Paijo", ref_subject="Surat dari Désa Somagede")
        print(f"1,001 new cases one by one: {(time.perf_counter() - t0) * 1000 / 1001:.1f} ms each")
    dialect = office.engine.dialect.name
    total = len(office.case_ids())
    print(f"\n{total:,} cases; median of {args.runs} warm runs, ms; every id without a search: "
          f"{median_ms(lambda: office.case_ids(), args.runs):.1f}, by title: "
          f"{median_ms(lambda: office.case_ids(sort='title', descending=False), args.runs):.1f}\n")
    print(f"{'search':<22}{'found':>8}{'nested':>8}{'INTERSECT':>11}{'EXISTS':>9}{'list ids':>10}{'+year,open':>12}"
          f"{'by title':>10}{'+page':>8}")
    for q in QUERIES:
        ranges = [(w, prefix_end(w)) for w in terms(q)]
        with office.reading() as conn:
            sizes = search_queries.term_sizes(conn, ranges)
        ranges = [r for _n, _i, r in sorted(zip(sizes, range(len(ranges)), ranges, strict=True))]

        def ids(form, ranges=ranges):
            with office.reading() as conn:
                sub = form(ranges, dialect).subquery()
                return conn.execute(select(func.count()).select_from(sub)).scalar()
        found = ids(search_queries.matching_ids)
        nested = median_ms(lambda: ids(search_queries.matching_ids), args.runs)
        inter = median_ms(lambda: ids(search_queries.matching_ids_intersect), args.runs)
        exists = median_ms(lambda: ids(search_queries.matching_ids_exists), args.runs)
        listed = median_ms(lambda q=q: office.case_ids(search=q), args.runs)
        filtered = median_ms(lambda q=q: office.case_ids(search=q, year=2025, state="open"), args.runs)
        by_title = median_ms(lambda q=q: office.case_ids(search=q, sort="title", descending=False), args.runs)

        def page(q=q):
            office.case_rows(office.case_ids(search=q)[:200])
        paged = median_ms(page, args.runs)
        print(f"{q:<22}{found:>8,}{nested:>8.1f}{inter:>11.1f}{exists:>9.1f}{listed:>10.1f}{filtered:>12.1f}{by_title:>10.1f}"
              f"{paged:>8.1f}")
    print()
    print(f"late counts (both, SOP and year filters): {median_ms(lambda: office.late_counts(), args.runs):.1f} ms "
          f"{office.late_counts()}, for 2025: {median_ms(lambda: office.late_counts(year=2025), args.runs):.1f} ms")
    for late in ("running", "done"):
        print(f"list --late {late}: {median_ms(lambda: office.case_ids(late=late), args.runs):.1f} ms "  # noqa: B023
              f"({len(office.case_ids(late=late)):,} cases)")
    office.close()
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
