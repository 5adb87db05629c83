from __future__ import annotations

from argparse import Namespace
from typing import TYPE_CHECKING

from .common import print_json, read_text, say, write_text

if TYPE_CHECKING:
    from .common import Context, Subcommands


def register(sub: Subcommands) -> None:
    sop = sub.add_parser("sop", help="daftar, periksa, impor dan ekspor SOP").add_subparsers(
        dest="action", required=True, metavar="AKSI")
    x = sop.add_parser("list", help="daftar SOP")
    x.add_argument("--json", action="store_true")
    x.set_defaults(handler=list_)
    x = sop.add_parser("check", help="periksa berkas SOP (.toml)")
    x.add_argument("file")
    x.set_defaults(handler=check)
    x = sop.add_parser("import", help="impor berkas SOP (.toml); SOP yang sudah ada mendapat versi baru")
    x.add_argument("file")
    x.set_defaults(handler=import_)
    x = sop.add_parser("export", help="ekspor SOP ke berkas .toml")
    x.add_argument("code")
    x.add_argument("file")
    x.set_defaults(handler=export)
    from .reports import register_sop_actions
    register_sop_actions(sop)


def check(args: Namespace, ctx: Context) -> int:
    from ..domain.sop import cautions
    from ..domain.sop_file import read_sop
    sop, problems = read_sop(read_text(args.file), args.file)
    warnings = cautions(sop, args.file) if sop is not None else []
    for w in warnings:   # said, never a refusal
        say(f"peringatan: {w}")
    if problems:
        for p in problems:
            say(str(p))
        say(f"{len(problems)} masalah ditemukan.")
        return 1
    print(f"{args.file}: SOP sah." + (f" ({len(warnings)} peringatan)" if warnings else ""))
    return 0


def list_(args: Namespace, ctx: Context) -> int:
    items = ctx.office.sops()
    if args.json:
        print_json([{"code": s.code, "name": s.name, "version": s.version, "lanes": list(s.lanes),
                     "steps": s.steps} for s in items])
    else:
        for s in items:
            print(f"{s.code}  v{s.version}  {s.steps} langkah  {s.name}")
    return 0


def import_(args: Namespace, ctx: Context) -> int:
    code, version, created = ctx.office.import_sop_text(read_text(args.file), args.file)
    say(f"SOP diimpor sebagai versi {version}." if created else f"SOP tidak berubah (tetap versi {version}).")
    print(code)
    return 0


def export(args: Namespace, ctx: Context) -> int:
    write_text(args.file, ctx.office.export_sop(args.code))
    print(f"SOP {args.code} diekspor ke {args.file}.")
    return 0
