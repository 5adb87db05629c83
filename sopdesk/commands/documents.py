"""Document commands: office profile file, PK content and PDFs, surat pengantar."""
from __future__ import annotations

from argparse import Namespace
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from ..domain.errors import UserError
from .common import print_json, read_text, say

if TYPE_CHECKING:
    from .common import Context, Subcommands


def register(sub: Subcommands) -> None:
    office_cmd = sub.add_parser("office", help="profil kantor (kop, alamat, pejabat)").add_subparsers(
        dest="action", required=True, metavar="AKSI")
    x = office_cmd.add_parser("load", help="muat berkas profil kantor (.toml)")
    x.add_argument("file")
    x.set_defaults(handler=office_load)

    pk = sub.add_parser("pk", help="Perjanjian Kinerja sebuah kasus").add_subparsers(
        dest="action", required=True, metavar="AKSI")
    x = pk.add_parser("load", help="muat isi PK (.toml) ke kasus")
    x.add_argument("case", type=int)
    x.add_argument("file")
    x.set_defaults(handler=pk_load)
    x = pk.add_parser("versions", help="daftar versi PK kasus (disimpan di sini atau diimpor)")
    x.add_argument("case", type=int)
    x.add_argument("--json", action="store_true")
    x.set_defaults(handler=pk_versions)
    x = pk.add_parser("use", help="pakai satu versi PK untuk kasus (versi yang dipakai sebelumnya tetap tersimpan)")
    x.add_argument("case", type=int)
    x.add_argument("version", type=int, metavar="VERSION")
    x.set_defaults(handler=pk_use)
    x = pk.add_parser("pdf", help="cetak PK ke PDF")
    x.add_argument("case", type=int)
    x.add_argument("--out", required=True, metavar="FILE.pdf")
    x.add_argument("--paper", choices=("A4", "F4"))
    x.set_defaults(handler=pk_pdf)

    pg = sub.add_parser("pengantar", help="surat pengantar PK ke Bupati").add_subparsers(
        dest="action", required=True, metavar="AKSI")
    x = pg.add_parser("pdf", help="cetak surat pengantar ke PDF")
    x.add_argument("case", type=int)
    x.add_argument("--out", required=True, metavar="FILE.pdf")
    x.add_argument("--nomor", metavar="TEXT", help="nomor surat (bawaan: nomor berikutnya dari templat kantor)")
    x.add_argument("--date", metavar="YYYY-MM-DD", help="tanggal surat (bawaan: hari ini)")
    x.add_argument("--paper", choices=("A4", "F4"))
    x.set_defaults(handler=pengantar_pdf)


def office_load(args: Namespace, ctx: Context) -> int:
    from ..app.paperwork import load_office_file
    profile = load_office_file(ctx.office, args.file)
    print(f"Profil kantor dimuat: {profile.unit}.")
    return 0


def pk_load(args: Namespace, ctx: Context) -> int:
    from ..app.paperwork import save_pk
    from ..domain.pk import pk_from_toml_text
    content = pk_from_toml_text(read_text(args.file), args.file)
    save_pk(ctx.office, args.case, content)
    print(f"Isi PK tahun {content.year} disimpan untuk kasus {args.case}.")
    return 0


SOURCE_WORDS = {"local": "disimpan di sini", "imported": "diimpor"}


def pk_versions(args: Namespace, ctx: Context) -> int:
    from ..app.paperwork import pk_versions as versions
    from ..app.views import iso
    from ..domain.indonesian import format_datetime
    found = versions(ctx.office, args.case)
    tz = ctx.office.tz
    if args.json:
        print_json([{"version": v.number, "year": v.year, "saved_at": iso(v.saved_at, tz), "source": v.source,
                     "import_event_id": v.import_event_id, "imported_from": v.imported_from, "current": v.current,
                     "valid": v.content is not None,
                     "targets": len(v.content.targets) if v.content else None,
                     "total_budget": v.content.total_budget if v.content else None} for v in found])
        return 0
    if not found:
        say(f"Kasus {args.case} belum punya isi PK.")
        return 0
    for v in found:
        mark = "▶" if v.current else " "
        what = (f"{len(v.content.targets)} sasaran, anggaran Rp {v.content.total_budget:,}".replace(",", ".")
                if v.content else "isi tidak sah")
        print(f"{mark}{v.number:>3}. tahun {v.year}, {SOURCE_WORDS.get(v.source, v.source)} "
              f"{format_datetime(v.saved_at, tz)} — {what}" + (" (dipakai)" if v.current else ""))
        if v.imported_from:
            print(f"       {v.imported_from}")
    return 0


def pk_use(args: Namespace, ctx: Context) -> int:
    from ..app.paperwork import accept_pk_version
    accept_pk_version(ctx.office, args.case, args.version)
    print(f"PK versi {args.version} sekarang dipakai untuk kasus {args.case}; versi sebelumnya tetap tersimpan.")
    return 0


def pk_pdf(args: Namespace, ctx: Context) -> int:
    from ..app.paperwork import load_pk
    from ..documents.pk import render_pk
    content = load_pk(ctx.office, args.case)
    if content is None:
        raise UserError(f"Kasus {args.case} belum punya isi PK. Muat dulu: sopdesk pk load {args.case} FILE.toml")
    _write(lambda out: render_pk(content, ctx.office.profile(), out, paper=args.paper), args.out)
    return 0


def pengantar_pdf(args: Namespace, ctx: Context) -> int:
    from ..app.paperwork import pengantar_for_case
    from ..documents.pengantar import render_pengantar
    day = None
    if args.date:
        try:
            day = date.fromisoformat(args.date)
        except ValueError:
            raise UserError(f"Tanggal \"{args.date}\" tidak sah: tulis YYYY-MM-DD, mis. 2027-01-04.") from None
    letter = pengantar_for_case(ctx.office, args.case, number=args.nomor, letter_date=day)
    _write(lambda out: render_pengantar(letter, ctx.office.profile(), out, paper=args.paper), args.out)
    say(f"Nomor surat: {letter.number}")
    return 0


def _write(render: Callable[[str], object], out: str) -> None:
    try:
        render(out)
    except OSError as e:
        raise UserError(f"Berkas {out} tidak dapat ditulis ({e.strerror}).") from None
    print(out)
