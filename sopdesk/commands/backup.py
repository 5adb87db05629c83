"""`sopdesk backup`, `sopdesk restore FILE`, `sopdesk check`: the database file itself.

restore and check work on the file without opening it through Office, so
they also work on a database that Office refuses to open. check reads only:
a -wal beside the file that is not its own is reported, not folded in.

With --db (or SOPDESK_DB) the office server's URL, the same commands work on the server: a backup is
an SQLite snapshot of every row in this PC's backups folder (or --out), restore loads one into the
server (its current contents kept as a backup first), check reads every table and its shape.
"""
from __future__ import annotations

import time
from pathlib import Path

from ..domain.errors import UserError
from .common import print_json, say


def register(sub) -> None:
    x = sub.add_parser("backup", help="buat cadangan basis data (bawaan: ke folder backups di samping basis data)")
    x.add_argument("--out", metavar="FILE", help="berkas atau folder tujuan, mis. di flashdisk")
    x.add_argument("--list", action="store_true", help="daftar cadangan yang ada, terbaru dulu")
    x.add_argument("--json", action="store_true", help="dengan --list: sebagai JSON")
    x.set_defaults(handler=backup)
    x = sub.add_parser("restore", help="pulihkan basis data dari berkas cadangan (basis data sekarang disimpan dulu)")
    x.add_argument("file", metavar="FILE")
    x.set_defaults(handler=restore)
    x = sub.add_parser("check", help="periksa keutuhan basis data secara menyeluruh")
    x.set_defaults(handler=check)


def database_path(ctx) -> Path:
    from ..paths import default_database
    return Path(ctx.db).expanduser() if ctx.db else default_database()


def server_url(ctx) -> str | None:
    """The office server's URL when --db (or SOPDESK_DB) names one, else None."""
    from ..app.server import default_target
    target = str(ctx.db or default_target())
    return target if "://" in target else None


def backup(args, ctx) -> int:
    from ..app import data
    url = server_url(ctx)
    if url is not None:
        return _server_backup(args, url)
    db = database_path(ctx)
    if args.list:
        return _list(data.list_backups(db), args.json)
    if not db.is_file():
        raise UserError(f"Basis data {db} belum ada; tidak ada yang dicadangkan.")
    out = Path(args.out).expanduser() if args.out else None
    if out is not None and (out.is_dir() or args.out.endswith(("/", "\\"))):
        if not out.is_dir():  # "E:/cadangan/" means a folder: never write a file named like it
            raise UserError(f"Folder tujuan cadangan {out} tidak ada. Buat foldernya dulu atau periksa flashdisk.")
        out = out / data.manual_backup_name(db)
    started = time.monotonic()
    made = data.back_up(db, out)  # into the backups folder when out is None, which then rotates
    size = made.stat().st_size
    say(f"Cadangan dibuat ({size / 1024 / 1024:.1f} MB, {time.monotonic() - started:.1f} detik).")
    print(made)
    return 0


def _server_backup(args, url: str) -> int:
    from ..app import data
    if args.list:
        return _list(data.server_backups(url), args.json)
    out = Path(args.out).expanduser() if args.out else None
    if out is not None and (out.is_dir() or args.out.endswith(("/", "\\"))):
        if not out.is_dir():
            raise UserError(f"Folder tujuan cadangan {out} tidak ada. Buat foldernya dulu atau periksa flashdisk.")
        out = out / data.server_backup_name(url)
    started = time.monotonic()
    made = data.server_back_up(url, out)
    size = made.stat().st_size
    say(f"Cadangan basis data kantor {data.safe_url(url)} dibuat ({size / 1024 / 1024:.1f} MB, "
        f"{time.monotonic() - started:.1f} detik).")
    print(made)
    return 0


def _list(items, as_json: bool) -> int:
    from ..domain.indonesian import format_datetime
    if as_json:
        print_json([{"path": str(i.path), "made_at": i.made_at.isoformat(), "size": i.size, "ok": i.ok,
                     "kind": i.kind, "schema_version": i.schema_version, "problem": i.problem} for i in items])
        return 0
    if not items:
        say("Belum ada cadangan.")
    for i in items:
        state = "baik" if i.ok else f"TIDAK DAPAT DIPAKAI: {i.problem}"
        print(f"{format_datetime(i.made_at)}  {i.kind:<17} {i.size / 1024 / 1024:>8.1f} MB  {state}  {i.path}")
    return 0


def restore(args, ctx) -> int:
    from ..app import data
    url = server_url(ctx)
    if url is not None:
        previous = data.server_restore(url, args.file)
        say(f"Basis data kantor {data.safe_url(url)} dipulihkan dari {args.file}.")
        say(f"Isi sebelumnya disimpan sebagai {previous}.")
        print(data.safe_url(url))
        return 0
    db = database_path(ctx)
    recorded = data.checksum_recorded(args.file)
    kept = data.restore(db, args.file)
    say(f"Basis data {db} dipulihkan dari {args.file}.")
    if not recorded:
        say("Cadangan ini tidak punya checksum (dibuat sebelum sopdesk mencatatnya, atau disalin tanpa berkas "
            ".sha256-nya); isinya sudah diperiksa: utuh, basis data sopdesk, susunannya sesuai.")
    if kept and kept.is_dir():
        say(f"Basis data sebelumnya dan berkas catatan di sampingnya disisihkan bersama ke folder {kept}.")
    elif kept:
        say(f"Basis data sebelumnya disimpan sebagai {kept}.")
    print(db)
    return 0


def check(args, ctx) -> int:
    from ..app import data
    url = server_url(ctx)
    if url is not None:
        started = time.monotonic()
        rows = data.server_check(url)
        if rows == ["ok"]:
            print(f"Basis data kantor utuh ({time.monotonic() - started:.1f} detik): {data.safe_url(url)}")
            return 0
        say(f"Basis data kantor BERMASALAH: {data.safe_url(url)}")
        for r in rows[:20]:
            say(f"  {r}")
        return 1
    db = database_path(ctx)
    if not db.is_file():
        raise UserError(f"Basis data {db} tidak ada.")
    started = time.monotonic()
    rows = data.full_check(db)
    if rows == ["ok"]:
        print(f"Basis data utuh ({time.monotonic() - started:.1f} detik): {db}")
        return 0
    say(f"Basis data RUSAK: {db}")
    for r in rows[:20]:
        say(f"  {r}")
    good = data.newest_good_backup(db)
    if good:
        say(f"Cadangan terbaru yang baik: {good.path}\nPulihkan dengan: sopdesk restore \"{good.path}\"")
    else:
        say("Tidak ada cadangan yang baik. Jangan hapus berkas ini; hubungi petugas TI.")
    return 1
