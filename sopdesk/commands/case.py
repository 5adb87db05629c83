from __future__ import annotations

from argparse import Namespace
from typing import TYPE_CHECKING, Any

from ..domain.errors import UserError
from ..domain.waktu import has_standard
from .common import print_json, say
from .transfer import register_case_actions

if TYPE_CHECKING:
    from .common import Context, Subcommands

STATE_WORDS = {"open": "berjalan", "closed": "selesai"}


def register(sub: Subcommands) -> None:
    case = sub.add_parser("case", help="kasus: buat, daftar, lihat, catat langkah").add_subparsers(
        dest="action", required=True, metavar="AKSI")
    x = case.add_parser("new", help="buat kasus baru")
    x.add_argument("--sop", required=True, metavar="CODE")
    x.add_argument("--title", required=True)
    x.add_argument("--year", type=int)
    x.add_argument("--ref-number", default="", help="nomor surat masuk")
    x.add_argument("--ref-date", default="", help="tanggal surat masuk (YYYY-MM-DD)")
    x.add_argument("--ref-subject", default="", help="perihal surat masuk")
    x.set_defaults(handler=new)
    x = case.add_parser("list", help="daftar kasus")
    x.add_argument("--json", action="store_true")
    x.add_argument("--sop", metavar="CODE")
    x.add_argument("--state", choices=("open", "closed", "late"),
                   help="late: terlambat, baik yang sedang berjalan maupun yang langkahnya selesai terlambat")
    x.add_argument("--late", choices=("running", "done"),
                   help="running: langkah yang berjalan sudah lewat batas waktu; done: ada langkah yang selesai "
                        "terlambat")
    x.add_argument("--year", type=int)
    x.add_argument("--search", metavar="TEXT",
                   help="kata-kata dalam urutan apa pun, masing-masing awal sebuah kata judul, nomor surat, perihal "
                        "atau nama petugas")
    x.add_argument("--xlsx", metavar="FILE.xlsx", help="tulis daftar (tersaring) ke buku kerja Excel")
    x.set_defaults(handler=list_)
    x = case.add_parser("show", help="lihat satu kasus")
    x.add_argument("id", type=int)
    x.add_argument("--json", action="store_true")
    x.set_defaults(handler=show)
    for name, helptext in (("start", "catat mulainya langkah"), ("finish", "catat selesainya langkah")):
        x = case.add_parser(name, help=helptext)
        x.add_argument("id", type=int)
        x.add_argument("step", type=int)
        x.add_argument("--at", metavar="ISO8601", help="waktu kejadian; tanpa zona = jam kantor (bawaan: sekarang)")
        x.add_argument("--by", default="", metavar="NAME_OR_NIP")
        x.add_argument("--note", default="")
        if name == "finish":
            x.add_argument("--decision", choices=("ya", "tidak"), type=str.lower)
        x.set_defaults(handler=record)
    x = case.add_parser("note", help="tambah catatan")
    x.add_argument("id", type=int)
    x.add_argument("text")
    x.add_argument("--step", type=int)
    x.add_argument("--by", default="")
    x.set_defaults(handler=note)
    x = case.add_parser("correct", help="koreksi (batalkan) sebuah catatan; riwayat tetap tersimpan")
    x.add_argument("id", type=int)
    x.add_argument("event", type=int, help="nomor catatan (lihat case show)")
    x.add_argument("--reason", required=True)
    x.add_argument("--by", default="")
    x.set_defaults(handler=correct)
    register_case_actions(case)  # export/import (.sopcase), in commands/transfer.py


def new(args: Namespace, ctx: Context) -> int:
    cid = ctx.office.new_case(args.sop, args.title, year=args.year, ref_number=args.ref_number,
                              ref_date=args.ref_date, ref_subject=args.ref_subject)
    say(f"Kasus dibuat: {args.title}")
    print(cid)
    return 0


def list_(args: Namespace, ctx: Context) -> int:
    from ..app.views import case_list_item
    office = ctx.office
    if args.search and not office.search_ready():
        say("Menyiapkan indeks pencarian (sekali saja setelah pembaruan basis data)…")
        office.build_search_index()
    if args.xlsx:
        _write_xlsx(args, office)
        if not args.json:
            return 0
    rows = office.list_cases(sop=args.sop, state=args.state, year=args.year, search=args.search, late=args.late)
    if args.json:
        print_json([case_list_item(r, office.tz) for r in rows])
        return 0
    for r in rows:
        state = STATE_WORDS[r["state"]] + (" (terlambat)" if r["late"] else "")
        step = f"langkah {r['current_step']}" if r["current_step"] else "-"
        print(f"{r['id']:>6}  {r['year']}  {state:<22} {step:<11} {r['title']}")
    return 0


def _write_xlsx(args: Namespace, office: Any) -> None:
    """The list as filtered, as a workbook; its path on stdout, or on stderr when stdout carries JSON."""
    from ..app.exports import case_list_xlsx
    try:
        n = case_list_xlsx(office, args.xlsx, sop=args.sop, state=args.state, year=args.year, search=args.search,
                           late=args.late)
    except OSError as e:
        raise UserError(f"Berkas {args.xlsx} tidak dapat ditulis ({e.strerror or e}).") from None
    say(f"{n} kasus ditulis ke {args.xlsx}.")
    if not args.json:
        print(args.xlsx)


def show(args: Namespace, ctx: Context) -> int:
    from ..app.views import case_detail
    data = case_detail(ctx.office.case(args.id), ctx.office.tz)
    if args.json:
        print_json(data)
    else:
        _print_case(data)
    return 0


def record(args: Namespace, ctx: Context) -> int:
    office = ctx.office
    if args.action == "start":
        eid = office.start_step(args.id, args.step, at=args.at, by=args.by, note=args.note)
        print(f"Langkah {args.step} dimulai (catatan nomor {eid}).")
    else:
        eid = office.finish_step(args.id, args.step, at=args.at, by=args.by, note=args.note, decision=args.decision)
        print(f"Langkah {args.step} selesai (catatan nomor {eid}).")
    return 0


def note(args: Namespace, ctx: Context) -> int:
    eid = ctx.office.add_note(args.id, args.text, step=args.step, by=args.by)
    print(f"Catatan ditambahkan (nomor {eid}).")
    return 0


def correct(args: Namespace, ctx: Context) -> int:
    eid = ctx.office.correct(args.id, args.event, reason=args.reason, by=args.by)
    print(f"Catatan nomor {args.event} dikoreksi (koreksi nomor {eid}).")
    return 0


def _print_case(d: dict[str, Any]) -> None:
    state = STATE_WORDS[d["state"]] + (" (terlambat)" if d["late"] else "")
    print(f"Kasus {d['id']}: {d['title']}  [{d['sop']} v{d['sop_version']}]  {state}")
    words = {"waiting": "menunggu", "running": "berjalan", "done": "selesai"}
    for s in d["steps"]:
        mark = "▶" if s["current"] else " "
        late = " TERLAMBAT" if s["late"] else ""
        when = ""
        if s["started_at"]:
            when = f" mulai {s['started_at']}"
            if s["finished_at"]:
                when += f" selesai {s['finished_at']}"
            limit = f"standar {s['standard']}, batas {s['due_at']}" if has_standard(s["standard"]) else \
                "tanpa waktu standar"
            when += f" ({s['actual_working_minutes']} menit kerja, {limit})"
        print(f"{mark}{s['no']:>3}. [{words[s['state']]}] {s['activity']}{when}{late}")
