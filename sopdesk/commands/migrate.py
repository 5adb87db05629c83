"""`sopdesk --db SQLITE_FILE migrate --to URL`: an office's database moved whole to the office server
(PostgreSQL), or `--db URL migrate --to FILE` back into a new SQLite file. Verified (row counts and
per-table checksums, the same on both sides) before it says done.
"""
from __future__ import annotations

import sys

from .common import print_json, say


def register(sub) -> None:
    x = sub.add_parser("migrate", help="pindahkan basis data ke server kantor (PostgreSQL) atau kembali ke berkas",
                       description="Menyalin seluruh isi basis data --db (kasus, riwayat, lampiran, nomor surat, "
                                   "pengaturan) ke tujuan --to, lalu memeriksa jumlah baris dan checksum setiap tabel. "
                                   "Tujuan server harus kosong (atau basis data sopdesk baru tanpa kasus); tujuan "
                                   "berkas harus belum ada. Sumber tidak diubah.")
    x.add_argument("--to", required=True, metavar="URL_ATAU_FILE",
                   help="postgresql+psycopg://PENGGUNA:SANDI@SERVER:5432/NAMA, atau berkas SQLite baru")
    x.add_argument("--json", action="store_true", help="hasil sebagai JSON")
    x.set_defaults(handler=migrate)


def migrate(args, ctx) -> int:
    from ..app import data
    from ..app.server import default_target
    source = ctx.db or default_target()
    say(f"Memindahkan {data.safe_url(source)} ke {data.safe_url(args.to)} …")
    shown: set[str] = set()

    def progress(table: str, done: int, total: int) -> None:
        if done >= total and table not in shown:
            shown.add(table)
            say(f"  {table}: {done} baris")
        elif sys.stderr.isatty():
            print(f"\r  {table}: {done}/{total}", end="", file=sys.stderr, flush=True)

    result = data.migrate(source, args.to, progress)
    if args.json:
        print_json({"source": result.source, "target": result.target, "rows": result.rows, "verified": True,
                    "seconds": round(result.seconds, 2),
                    "tables": {name: {"rows": n, "sha256": digest} for name, (n, digest) in result.tables.items()}})
    else:
        say(f"Selesai: {result.rows} baris dalam {len(result.tables)} tabel dipindahkan dan diperiksa (jumlah baris "
            f"dan checksum setiap tabel sama di kedua sisi), {result.seconds:.1f} detik.")
        print(result.target)
    return 0
