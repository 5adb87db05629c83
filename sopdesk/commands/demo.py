from __future__ import annotations

from argparse import Namespace
from typing import TYPE_CHECKING

from ..domain.errors import UserError
from .common import progress

if TYPE_CHECKING:
    from .common import Context, Subcommands


def register(sub: Subcommands) -> None:
    x = sub.add_parser("demo", help="isi basis data dengan kasus-kasus demo SOP contoh")
    x.add_argument("--cases", type=int, default=200, metavar="N")
    x.add_argument("--seed", type=int, default=2027)
    x.add_argument("--force", action="store_true", help="tambahkan juga ke basis data yang sudah berisi kasus")
    x.set_defaults(handler=run)


def run(args: Namespace, ctx: Context) -> int:
    from ..app.demo import generate
    if not 0 <= args.cases <= 1_000_000:
        raise UserError("Jumlah kasus demo harus antara 0 dan 1.000.000.")
    existing = len(ctx.office.case_ids())
    if existing and not args.force:
        # Fake cases mixed into an office's real ones would count in its monitoring reports.
        raise UserError(f"Basis data ini sudah berisi {existing} kasus; kasus demo akan tercampur dengan kasus "
                        "sungguhan. Pakai --db dengan berkas baru, atau tambahkan --force bila memang disengaja.")
    n = generate(ctx.office, args.cases, seed=args.seed, progress=progress)
    print(f"{n} kasus demo dibuat.")
    return 0
