from __future__ import annotations

from argparse import Namespace
from typing import TYPE_CHECKING

from .common import print_json, say

if TYPE_CHECKING:
    from .common import Context, Subcommands


def register(sub: Subcommands) -> None:
    off = sub.add_parser("official", help="daftar pejabat/pegawai").add_subparsers(
        dest="action", required=True, metavar="AKSI")
    x = off.add_parser("add", help="tambah pejabat")
    x.add_argument("--name", required=True)
    x.add_argument("--nip", default="")
    x.add_argument("--rank", default="")
    x.add_argument("--position", default="")
    x.set_defaults(handler=add)
    x = off.add_parser("list", help="daftar pejabat")
    x.add_argument("--json", action="store_true")
    x.set_defaults(handler=list_)


def add(args: Namespace, ctx: Context) -> int:
    from ..domain.office import Official
    oid = ctx.office.save_official(Official(name=args.name, nip=args.nip, rank=args.rank, position=args.position))
    say(f"Pejabat ditambahkan: {args.name}")
    print(oid)
    return 0


def list_(args: Namespace, ctx: Context) -> int:
    items = ctx.office.officials()
    if args.json:
        print_json([{"id": o.id, "name": o.name, "nip": o.nip, "rank": o.rank, "position": o.position,
                     "active": o.active} for o in items])
    else:
        for o in items:
            print(f"{o.name}  NIP {o.nip or '-'}  {o.rank}  {o.position}")
    return 0
