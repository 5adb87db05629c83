from __future__ import annotations

from argparse import Namespace
from typing import TYPE_CHECKING

from ..domain.errors import UserError
from .common import print_json, read_text, say, write_text

if TYPE_CHECKING:
    from ..app.sop_word import WordImport
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
    x = sop.add_parser("import", help="impor berkas SOP (.toml, atau lembar SOP AP dari Word .docx); "
                                      "SOP yang sudah ada mendapat versi baru")
    x.add_argument("file")
    x.add_argument("--dry-run", action="store_true",
                   help="hanya tampilkan yang terbaca dari berkas Word, tanpa menyimpan")
    x.add_argument("--json", action="store_true", help="dengan --dry-run: keluaran JSON")
    x.add_argument("--code", help="kode SOP dari berkas Word (bawaan: dari nama SOP)")
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
    from ..app.word_package import looks_like_word
    if looks_like_word(args.file):
        return import_word(args, ctx)
    if args.dry_run or args.json or args.code:
        raise UserError("--dry-run, --json dan --code hanya untuk berkas Word (.docx); "
                        "periksa berkas .toml dengan: sopdesk sop check FILE")
    code, version, created = ctx.office.import_sop_text(read_text(args.file), args.file)
    say(f"SOP diimpor sebagai versi {version}." if created else f"SOP tidak berubah (tetap versi {version}).")
    print(code)
    return 0


def import_word(args: Namespace, ctx: Context) -> int:
    """A Word SOP: --dry-run shows what was read; otherwise it is saved when valid."""
    from ..app import sop_word
    if args.json and not args.dry_run:
        raise UserError("--json hanya dengan --dry-run: tanpa --dry-run yang dicetak adalah kode SOP.")
    if args.dry_run:
        result = sop_word.read_word_sop(args.file)
        if args.code:
            result = sop_word.with_code(result, args.code)
        if args.json:
            print_json(result.to_json())
        else:
            _print_read(result)
        return 0
    result, sop, version, created = sop_word.import_word_file(ctx.office, args.file, args.code)
    for w in result.warnings:
        say(w)
    say(f"SOP diimpor sebagai versi {version}." if created else f"SOP tidak berubah (tetap versi {version}).")
    print(sop.code)
    return 0


def _print_read(result: WordImport) -> None:
    s = result.sop
    print(f"{s.code}  {s.name}")
    if s.unit:
        print(f"Unit: {s.unit}")
    print(f"Pelaksana: {', '.join(s.lanes)}")
    for st in s.steps:
        targets = f"  Ya→{st.if_yes or '?'} Tidak→{st.if_no or '?'}" if st.kind == "decision" else ""
        print(f"{st.no:>3}. [{st.kind}] {st.lane or '(pelaksana ?)'} · {st.time or '—'} · {st.activity}{targets}")
    print(f"{result.symbols_found} dari {len(s.steps)} simbol dikenali.")
    for w in result.warnings:
        print(f"! {w}")


def export(args: Namespace, ctx: Context) -> int:
    write_text(args.file, ctx.office.export_sop(args.code))
    print(f"SOP {args.code} diekspor ke {args.file}.")
    return 0
