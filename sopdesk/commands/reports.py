"""Report commands: the SOP AP sheet (`sop pdf`), the case report and the monitoring report."""
from __future__ import annotations

from argparse import Namespace
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..domain.errors import UserError
from .common import print_json, progress, say

if TYPE_CHECKING:
    from .common import Context, Subcommands


def register(sub: Subcommands) -> None:
    rep = sub.add_parser("report", help="laporan pelaksanaan kasus dan monitoring SOP (PDF)").add_subparsers(
        dest="action", required=True, metavar="AKSI")
    x = rep.add_parser("case", help="laporan pelaksanaan satu kasus")
    x.add_argument("case", type=int)
    x.add_argument("--out", required=True, metavar="FILE.pdf")
    x.add_argument("--paper", choices=("A4", "F4"))
    x.set_defaults(handler=case_report)
    x = rep.add_parser("monitoring", help="laporan monitoring dan evaluasi SOP per tahun")
    x.add_argument("--sop", required=True, metavar="CODE", help="kode SOP (lihat: sopdesk sop list)")
    when = x.add_mutually_exclusive_group(required=True)
    when.add_argument("--year", type=int, metavar="N", help="tahun kasus, mis. 2027")
    when.add_argument("--period", metavar="PERIODE",
                      help="kasus yang mulai dalam periode: 2027-1 (semester I), 2027-2 (semester II) "
                           "atau 2027-01-01..2027-03-31")
    x.add_argument("--out", metavar="FILE.pdf", help="laporan PDF")
    x.add_argument("--xlsx", metavar="FILE.xlsx", help="angka-angkanya sebagai buku kerja Excel")
    x.add_argument("--paper", choices=("A4", "F4"))
    x.add_argument("--json", action="store_true", help="cetak angka-angkanya sebagai JSON")
    x.set_defaults(handler=monitoring_report)


def register_sop_actions(sop_sub: Subcommands) -> None:
    """Actions of the `sop` group that live here (called from commands/sop.py)."""
    x = sop_sub.add_parser("pdf", help="cetak lembar SOP AP (identitas dan bagan alur) ke PDF")
    x.add_argument("code")
    x.add_argument("--out", required=True, metavar="FILE.pdf")
    x.add_argument("--paper", choices=("A4", "F4"))
    x.add_argument("--version", type=int, metavar="N", help="versi SOP (bawaan: yang terbaru)")
    x.set_defaults(handler=sop_pdf)


def _write(render: Callable[[str], object], out: str, *, quiet: bool = False) -> None:
    """Render to `out`; its path goes to stdout, or to stderr when stdout carries JSON."""
    try:
        render(out)
    except OSError as e:
        raise UserError(f"Berkas {out} tidak dapat ditulis ({e.strerror or e}).") from None
    if quiet:
        say(out)
    else:
        print(out)


def sop_pdf(args: Namespace, ctx: Context) -> int:
    from ..documents.sop_sheet import render_sop_sheet
    sop = ctx.office.sop(args.code, args.version)
    _write(lambda out: render_sop_sheet(sop, ctx.office.profile(), out, paper=args.paper), args.out)
    return 0


def case_report(args: Namespace, ctx: Context) -> int:
    from ..documents.case_report import render_case_report
    view = ctx.office.case(args.case)
    _write(lambda out: render_case_report(view, ctx.office, out, paper=args.paper), args.out)
    return 0


def monitoring_report(args: Namespace, ctx: Context) -> int:
    from ..app.reports import head_official, monitoring_stats
    from ..domain.period import Period
    if not (args.out or args.xlsx or args.json):
        raise UserError("Sebutkan ke mana hasilnya: --out FILE.pdf, --xlsx FILE.xlsx dan/atau --json.")
    office = ctx.office
    period = Period.parse(args.period) if args.period else args.year
    stats = monitoring_stats(office, args.sop, period, progress=progress)
    if stats.cases == 0:
        when = f"pada tahun {args.year}" if args.period is None else f"dalam periode {stats.covers.label}"
        say(f"Tidak ada kasus SOP {args.sop} {when}; laporan berisi tabel kosong.")
    if args.out:
        from ..documents.monitoring import render_monitoring
        _write(lambda out: render_monitoring(stats, office, out, paper=args.paper, signer=head_official(office)),
               args.out, quiet=args.json)
    if args.xlsx:
        from ..app.exports import monitoring_xlsx
        _write(lambda out: monitoring_xlsx(office, stats, out), args.xlsx, quiet=args.json)
    if args.json:
        print_json(stats.to_json())
    return 0
