"""`sopdesk case export` and `sopdesk case import`: a case to and from a .sopcase file.

Registered onto the `case` group by commands/case.py (register_case_actions).
"""
from __future__ import annotations

from argparse import Namespace
from typing import TYPE_CHECKING

from .common import print_json, say

if TYPE_CHECKING:
    from .common import Context, Subcommands


def register_case_actions(case: Subcommands) -> None:
    x = case.add_parser("export", help="ekspor satu kasus ke berkas .sopcase (untuk dibawa dengan flashdisk)")
    x.add_argument("id", type=int)
    x.add_argument("--out", required=True, metavar="FILE.sopcase")
    x.set_defaults(handler=export)
    x = case.add_parser("import", help="impor berkas .sopcase; kasus yang sudah ada hanya mendapat catatan barunya")
    x.add_argument("file", metavar="FILE.sopcase")
    x.add_argument("--json", action="store_true")
    x.set_defaults(handler=import_)


def export(args: Namespace, ctx: Context) -> int:
    from ..app.transfer import export_case
    path = export_case(ctx.office, args.id, args.out)
    say(f"Kasus {args.id} diekspor.")
    print(path)
    return 0


def import_(args: Namespace, ctx: Context) -> int:
    from ..app.transfer import import_case
    r = import_case(ctx.office, args.file)
    if args.json:
        print_json({"case_id": r.case_id, "new": r.new, "events_added": r.events_added,
                    "attachments_added": r.attachments_added, "pk_updated": r.pk_updated})
        return 0
    if r.new:
        say(f"Kasus baru diimpor sebagai nomor {r.case_id} ({r.events_added} catatan).")
    elif r.events_added or r.attachments_added or r.pk_updated:
        say(f"Kasus nomor {r.case_id} diperbarui: {r.events_added} catatan baru, {r.attachments_added} lampiran baru"
            + (", isi PK diperbarui." if r.pk_updated else "."))
    else:
        say(f"Kasus nomor {r.case_id} sudah lengkap; tidak ada yang baru di berkas ini.")
    print(r.case_id)
    return 0
