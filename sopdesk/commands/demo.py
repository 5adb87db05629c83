from __future__ import annotations

from ..domain.errors import UserError
from .common import progress


def register(sub) -> None:
    x = sub.add_parser("demo", help="isi basis data dengan kasus-kasus demo SOP contoh")
    x.add_argument("--cases", type=int, default=200, metavar="N")
    x.add_argument("--seed", type=int, default=2027)
    x.set_defaults(handler=run)


def run(args, ctx) -> int:
    from ..demo import generate
    if not 0 <= args.cases <= 1_000_000:
        raise UserError("Jumlah kasus demo harus antara 0 dan 1.000.000.")
    n = generate(ctx.office, args.cases, seed=args.seed, progress=progress)
    print(f"{n} kasus demo dibuat.")
    return 0
