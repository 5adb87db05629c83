"""`sopdesk case export`, `case preview` and `case import`: a case to and from a .sopcase file.

Registered onto the `case` group by commands/case.py (register_case_actions).
"""
from __future__ import annotations

from argparse import Namespace
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from .common import print_json, say

if TYPE_CHECKING:
    from ..app.transfer import ImportPreview, ImportResult
    from .common import Context, Subcommands


def register_case_actions(case: Subcommands) -> None:
    x = case.add_parser("export", help="ekspor satu kasus ke berkas .sopcase (untuk dibawa dengan flashdisk)")
    x.add_argument("id", type=int)
    x.add_argument("--out", required=True, metavar="FILE.sopcase")
    x.add_argument("--by", default="", metavar="NAME_OR_NIP", help="pengekspor (bawaan: nama pengguna PC ini)")
    x.set_defaults(handler=export)
    x = case.add_parser("preview", help="lihat isi berkas .sopcase dan apa yang akan diimpor, tanpa mengimpor")
    x.add_argument("file", metavar="FILE.sopcase")
    x.add_argument("--json", action="store_true")
    x.set_defaults(handler=preview)
    x = case.add_parser("import", help="impor berkas .sopcase; kasus yang sudah ada hanya mendapat catatan barunya")
    x.add_argument("file", metavar="FILE.sopcase")
    x.add_argument("--json", action="store_true")
    x.add_argument("--by", default="", metavar="NAME_OR_NIP", help="yang mengimpor (dicatat di riwayat kasus)")
    x.set_defaults(handler=import_)


def export(args: Namespace, ctx: Context) -> int:
    from ..app.transfer import export_case
    path = export_case(ctx.office, args.id, args.out, by=args.by)
    say(f"Kasus {args.id} diekspor.")
    print(path)
    return 0


def preview(args: Namespace, ctx: Context) -> int:
    from ..app.transfer import preview_import
    from ..app.views import iso
    p = preview_import(ctx.office, args.file)
    tz = ctx.office.tz
    if args.json:
        print_json({"file": p.file_name, "case_uid": p.case_uid, "title": p.case_title, "year": p.year,
                    "new": p.new, "case_id": p.local_case_id, "local_title": p.local_title, "sop": p.sop_code,
                    "sop_name": p.sop_name,
                    "sop_version": p.sop_version, "sop_known": p.sop_known, "events_in_file": p.events_in_file,
                    "events_new": p.events_new, "attachments_in_file": p.attachments_in_file,
                    "attachments_new": p.attachments_new, "attachments_refused": list(p.attachments_refused),
                    "pk_in_file": p.pk_in_file, "pk_new": p.pk_new, "pk_differs": p.pk_differs,
                    "pk_refused": p.pk_refused, "exported_by": p.exported_by, "pc": p.pc,
                    "exported_at": iso(p.exported_at, tz), "program": p.program, "problem": p.problem})
        return 0
    for line in preview_lines(p, tz):
        print(line)
    return 0


def preview_lines(p: ImportPreview, tz: ZoneInfo) -> list[str]:
    """The preview in words, one line each (the CLI's; the window has its own dialog)."""
    from ..domain.indonesian import format_datetime
    where = "kasus baru di sini" if p.new else f"sudah ada di sini sebagai kasus nomor {p.local_case_id}" + (
        f" \"{p.local_title}\"" if p.local_title != p.case_title else "")
    sop = f"{p.sop_name} ({p.sop_code}" + (f", versi {p.sop_version}" if p.sop_version else "") + ")"
    when = format_datetime(p.exported_at, tz) if p.exported_at else "waktu tidak diketahui"
    lines = [f"Berkas: {p.file_name}",
             f"Kasus: {p.case_title} ({p.year}) — {where}",
             f"SOP: {sop}" + ("" if p.sop_known else " — versi ini belum ada di sini, akan ditambahkan"),
             f"Diekspor oleh {p.exported_by or 'pengekspor tidak diketahui'} di PC "
             f"{p.pc or 'yang tidak diketahui'}, {when}" + (f" ({p.program})" if p.program else ""),
             f"Catatan: {p.events_in_file} di berkas, {p.events_new} baru",
             f"Lampiran: {p.attachments_in_file} di berkas, {p.attachments_new} baru"]
    lines += [f"  ditolak: {why}" for why in p.attachments_refused]
    if p.pk_refused:
        lines.append(f"PK: tidak diimpor — {p.pk_refused}")
    elif not p.pk_in_file:
        lines.append("PK: tidak ada di berkas")
    elif p.pk_new:
        lines.append("PK: akan menjadi PK kasus ini (belum ada di sini)")
    elif p.pk_differs:
        lines.append("PK: berbeda dengan PK di sini — akan disimpan sebagai versi baru, PK yang dipakai tidak berubah")
    else:
        lines.append("PK: sama dengan yang di sini")
    if p.problem:
        lines.append(f"Tidak dapat diimpor: {p.problem}.")
    elif p.nothing_new:
        lines.append("Tidak ada yang baru di berkas ini.")
    return lines


def import_(args: Namespace, ctx: Context) -> int:
    from ..app.transfer import import_case
    r = import_case(ctx.office, args.file, by=args.by)
    if args.json:
        print_json({"case_id": r.case_id, "new": r.new, "events_added": r.events_added,
                    "attachments_added": r.attachments_added, "pk_updated": r.pk_updated,
                    "pk_version": r.pk_version, "attachments_refused": list(r.attachments_refused),
                    "pk_refused": r.pk_refused, "import_event_id": r.import_event_id})
        return 0
    _say_result(r)
    print(r.case_id)
    return 0


def _say_result(r: ImportResult) -> None:
    if r.new:
        say(f"Kasus baru diimpor sebagai nomor {r.case_id} ({r.events_added} catatan).")
    elif r.events_added or r.attachments_added or r.pk_updated or r.pk_version:
        say(f"Kasus nomor {r.case_id} diperbarui: {r.events_added} catatan baru, {r.attachments_added} lampiran baru"
            + (", isi PK diperbarui." if r.pk_updated else "."))
    else:
        say(f"Kasus nomor {r.case_id} sudah lengkap; tidak ada yang baru di berkas ini.")
    for why in r.attachments_refused:
        say(f"Lampiran tidak diimpor: {why}")
    if r.pk_refused:
        say(f"Isi PK tidak diimpor: {r.pk_refused}")
    if r.pk_version is not None:
        say(f"Isi PK di berkas berbeda dengan PK kasus ini di sini; disimpan sebagai versi {r.pk_version} dan belum "
            f"dipakai. Lihat: sopdesk pk versions {r.case_id}; pakai: sopdesk pk use {r.case_id} {r.pk_version}")
