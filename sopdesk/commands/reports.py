"""Report commands: the SOP AP sheet (`sop pdf`), the case report, the monitoring report, and the
monev forms of Permenpan RB 35/2012 (`report monev`, `report evaluasi`, `report tahunan`)."""
from __future__ import annotations

from argparse import Namespace
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..domain.errors import UserError
from .common import print_json, progress, read_text, say

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
    register_monev(rep)


def register_monev(rep: Subcommands) -> None:
    """The forms of Permenpan RB 35/2012, from the saved records (app/monev.py)."""
    x = rep.add_parser("monev", help="formulir Monitoring Pelaksanaan SOP AP per semester")
    x.add_argument("--sop", required=True, metavar="CODE", help="kode SOP (lihat: sopdesk sop list)")
    x.add_argument("--semester", required=True, metavar="YYYY-1|YYYY-2",
                   help="semester, mis. 2026-1 (Januari–Juni) atau 2026-2 (Juli–Desember)")
    x.add_argument("--out", required=True, metavar="FILE.pdf")
    x.add_argument("--paper", choices=("A4", "F4"))
    x.add_argument("--json", action="store_true", help="cetak juga isi formulir sebagai JSON")
    x.set_defaults(handler=monev_form)
    x = rep.add_parser("evaluasi", help="formulir evaluasi penerapan SOP AP per tahun")
    x.add_argument("--sop", required=True, metavar="CODE", help="kode SOP (lihat: sopdesk sop list)")
    x.add_argument("--year", required=True, type=int, metavar="N", help="tahun evaluasi, mis. 2026")
    x.add_argument("--answers", metavar="FILE.toml",
                   help="jawaban Ya/Tidak dan catatan tiap pertanyaan; disimpan sebagai draf evaluasi")
    x.add_argument("--out", required=True, metavar="FILE.pdf")
    x.add_argument("--paper", choices=("A4", "F4"))
    x.add_argument("--json", action="store_true", help="cetak juga isi formulir sebagai JSON")
    x.set_defaults(handler=evaluation_form)
    x = rep.add_parser("tahunan", help="laporan hasil monitoring dan evaluasi SOP AP satu tahun")
    x.add_argument("--year", required=True, type=int, metavar="N", help="tahun laporan, mis. 2026")
    x.add_argument("--out", required=True, metavar="FILE.pdf")
    x.add_argument("--paper", choices=("A4", "F4"))
    x.set_defaults(handler=annual_report)


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


def monev_form(args: Namespace, ctx: Context) -> int:
    """The saved monitoring record of the SOP and semester (its newest revision); without one,
    the form filled from the semester's cases (not saved)."""
    from ..app import monev
    from ..app.reports import head_official
    from ..documents.monev import render_monitoring_form
    from ..domain.monev import Semester
    office = ctx.office
    semester = Semester.parse(args.semester)
    form, rec = monev.monitoring_for(office, args.sop, semester, progress=progress)
    if rec is None:
        say(f"Belum ada catatan monitoring SOP {args.sop} {semester.label}; formulir diisi dari data kasus "
            "dan belum disimpan (isi dan finalkan di Laporan → Monitoring SOP AP).")
    _write(lambda out: render_monitoring_form(form, office, out, paper=args.paper, head=head_official(office),
                                              state=rec.state if rec else "draft",
                                              revision=rec.revision if rec else None), args.out, quiet=args.json)
    if args.json:
        print_json(monev.monitoring_json(form, rec))
    return 0


def evaluation_form(args: Namespace, ctx: Context) -> int:
    """The saved evaluation record of the SOP and year (newest revision), or a blank form; with
    --answers the answers are saved into its draft first (and finalised when the file says final = true)."""
    from ..app import monev
    from ..app.reports import head_official
    from ..documents.monev import render_evaluation_form
    office = ctx.office
    form, rec = monev.evaluation_for(office, args.sop, args.year)
    if args.answers:
        form, final = monev.read_answers(office, form, read_text(args.answers), args.answers)
        rec = monev.save(office, form)
        if final:
            rec = monev.finalise(office, rec.id)
        say(f"Evaluasi SOP {args.sop} tahun {args.year} disimpan "
            f"({'final' if rec.final else 'draf'}, revisi {rec.revision}).")
    elif rec is None:
        say(f"Belum ada evaluasi SOP {args.sop} tahun {args.year}; formulir dicetak kosong untuk diisi.")
    _write(lambda out: render_evaluation_form(form, office, out, paper=args.paper, head=head_official(office),
                                              state=rec.state if rec else "draft",
                                              revision=rec.revision if rec else None), args.out, quiet=args.json)
    if args.json:
        print_json(monev.evaluation_json(form, rec))
    return 0


def annual_report(args: Namespace, ctx: Context) -> int:
    from ..app import monev
    from ..documents.monev import render_annual_report
    office = ctx.office
    report = monev.annual_report(office, args.year)
    _write(lambda out: render_annual_report(report, office, out, paper=args.paper), args.out)
    return 0
