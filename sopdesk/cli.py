"""The scriptable interface: same services as the GUI, messages in Indonesian.

Exit codes: 0 done, 1 the action was refused or failed (message on stderr),
2 the command line itself is wrong. Output formats (--json keys) are a
contract for office scripts: extend them, never rename.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from . import __version__
from .domain.errors import UserError

COMMANDS = ("sop", "case", "official", "demo")
log = logging.getLogger("sopdesk")


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's own words, with an Indonesian lead-in
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: perintah tidak sah: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="sopdesk", description="sopdesk — SOP, kasus dan dokumen kecamatan.")
    p.add_argument("--db", metavar="PATH", help="berkas basis data (bawaan: SOPDESK_DB atau folder data pengguna)")
    p.add_argument("--version", action="version", version=f"sopdesk {__version__}")
    gui = p.add_argument_group("jendela program")
    gui.add_argument("--smoke", action="store_true", help="buka jendela, tunggu tergambar, lalu keluar (untuk uji)")
    gui.add_argument("--open", metavar="CASE_ID", type=int, help="buka kasus ini saat mulai")
    gui.add_argument("--screenshot", metavar="FILE.png", help="simpan gambar jendela (dengan --smoke)")
    sub = p.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)

    sop = sub.add_parser("sop", help="daftar, periksa, impor dan ekspor SOP").add_subparsers(dest="action", required=True, metavar="AKSI")
    x = sop.add_parser("list", help="daftar SOP")
    x.add_argument("--json", action="store_true")
    x = sop.add_parser("check", help="periksa berkas SOP (.toml)")
    x.add_argument("file")
    x = sop.add_parser("import", help="impor berkas SOP (.toml); SOP yang sudah ada mendapat versi baru")
    x.add_argument("file")
    x = sop.add_parser("export", help="ekspor SOP ke berkas .toml")
    x.add_argument("code")
    x.add_argument("file")

    case = sub.add_parser("case", help="kasus: buat, daftar, lihat, catat langkah").add_subparsers(dest="action", required=True, metavar="AKSI")
    x = case.add_parser("new", help="buat kasus baru")
    x.add_argument("--sop", required=True, metavar="CODE")
    x.add_argument("--title", required=True)
    x.add_argument("--year", type=int)
    x.add_argument("--ref-number", default="", help="nomor surat masuk")
    x.add_argument("--ref-date", default="", help="tanggal surat masuk (YYYY-MM-DD)")
    x.add_argument("--ref-subject", default="", help="perihal surat masuk")
    x = case.add_parser("list", help="daftar kasus")
    x.add_argument("--json", action="store_true")
    x.add_argument("--sop", metavar="CODE")
    x.add_argument("--state", choices=("open", "closed", "late"))
    x.add_argument("--year", type=int)
    x.add_argument("--search", metavar="TEXT")
    x = case.add_parser("show", help="lihat satu kasus")
    x.add_argument("id", type=int)
    x.add_argument("--json", action="store_true")
    for name, helptext in (("start", "catat mulainya langkah"), ("finish", "catat selesainya langkah")):
        x = case.add_parser(name, help=helptext)
        x.add_argument("id", type=int)
        x.add_argument("step", type=int)
        x.add_argument("--at", metavar="ISO8601", help="waktu kejadian; tanpa zona = jam kantor (bawaan: sekarang)")
        x.add_argument("--by", default="", metavar="NAME_OR_NIP")
        x.add_argument("--note", default="")
        if name == "finish":
            x.add_argument("--decision", choices=("ya", "tidak"), type=str.lower)
    x = case.add_parser("note", help="tambah catatan")
    x.add_argument("id", type=int)
    x.add_argument("text")
    x.add_argument("--step", type=int)
    x.add_argument("--by", default="")
    x = case.add_parser("correct", help="koreksi (batalkan) sebuah catatan; riwayat tetap tersimpan")
    x.add_argument("id", type=int)
    x.add_argument("event", type=int, help="nomor catatan (lihat case show)")
    x.add_argument("--reason", required=True)
    x.add_argument("--by", default="")

    off = sub.add_parser("official", help="daftar pejabat/pegawai").add_subparsers(dest="action", required=True, metavar="AKSI")
    x = off.add_parser("add", help="tambah pejabat")
    x.add_argument("--name", required=True)
    x.add_argument("--nip", default="")
    x.add_argument("--rank", default="")
    x.add_argument("--position", default="")
    x = off.add_parser("list", help="daftar pejabat")
    x.add_argument("--json", action="store_true")

    x = sub.add_parser("demo", help="isi basis data dengan SOP contoh dan kasus-kasus demo")
    x.add_argument("--cases", type=int, default=200, metavar="N")
    x.add_argument("--seed", type=int, default=2027)
    return p


def open_office(db: str | None):
    from .paths import default_database, ensure_data_dir
    from .service import Office
    if db:
        target = db
    else:
        ensure_data_dir()
        target = default_database()
    return Office(target)


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def run(args) -> int:
    from .views import case_detail, case_list_item

    if args.command == "sop" and args.action == "check":
        from .domain.sop_file import read_sop
        text = _read_text(args.file)
        _sop, problems = read_sop(text, args.file)
        if problems:
            for pr in problems:
                print(pr, file=sys.stderr)
            print(f"{len(problems)} masalah ditemukan.", file=sys.stderr)
            return 1
        print(f"{args.file}: SOP sah.")
        return 0

    office = open_office(args.db)
    tz = office.tz
    if args.command == "sop":
        if args.action == "list":
            items = office.sops()
            if args.json:
                _print_json([{"code": s.code, "name": s.name, "version": s.version, "lanes": list(s.lanes),
                              "steps": s.steps} for s in items])
            else:
                for s in items:
                    print(f"{s.code}  v{s.version}  {s.steps} langkah  {s.name}")
        elif args.action == "import":
            code, version, created = office.import_sop_text(_read_text(args.file), args.file)
            print(f"SOP diimpor sebagai versi {version}." if created else f"SOP tidak berubah (tetap versi {version}).",
                  file=sys.stderr)
            print(code)
        elif args.action == "export":
            text = office.export_sop(args.code)
            _write_text(args.file, text)
            print(f"SOP {args.code} diekspor ke {args.file}.")
        return 0

    if args.command == "case":
        a = args.action
        if a == "new":
            cid = office.new_case(args.sop, args.title, year=args.year, ref_number=args.ref_number,
                                  ref_date=args.ref_date, ref_subject=args.ref_subject)
            print(f"Kasus dibuat: {args.title}", file=sys.stderr)
            print(cid)
        elif a == "list":
            rows = office.list_cases(sop=args.sop, state=args.state, year=args.year, search=args.search)
            if args.json:
                _print_json([case_list_item(r, tz) for r in rows])
            else:
                for r in rows:
                    state = {"open": "berjalan", "closed": "selesai"}[r["state"]] + (" (terlambat)" if r["late"] else "")
                    step = f"langkah {r['current_step']}" if r["current_step"] else "-"
                    print(f"{r['id']:>6}  {r['year']}  {state:<22} {step:<11} {r['title']}")
        elif a == "show":
            view = office.case(args.id)
            data = case_detail(view, tz)
            if args.json:
                _print_json(data)
            else:
                _print_case(data)
        elif a in ("start", "finish"):
            if a == "start":
                eid = office.start_step(args.id, args.step, at=args.at, by=args.by, note=args.note)
            else:
                eid = office.finish_step(args.id, args.step, at=args.at, by=args.by, note=args.note,
                                         decision=args.decision)
            verb = "dimulai" if a == "start" else "selesai"
            print(f"Langkah {args.step} {verb} (catatan nomor {eid}).")
        elif a == "note":
            eid = office.add_note(args.id, args.text, step=args.step, by=args.by)
            print(f"Catatan ditambahkan (nomor {eid}).")
        elif a == "correct":
            eid = office.correct(args.id, args.event, reason=args.reason, by=args.by)
            print(f"Catatan nomor {args.event} dikoreksi (koreksi nomor {eid}).")
        return 0

    if args.command == "official":
        from .domain.office import Official
        if args.action == "add":
            oid = office.save_official(Official(name=args.name, nip=args.nip, rank=args.rank, position=args.position))
            print(f"Pejabat ditambahkan: {args.name}", file=sys.stderr)
            print(oid)
        else:
            items = office.officials()
            if args.json:
                _print_json([{"id": o.id, "name": o.name, "nip": o.nip, "rank": o.rank, "position": o.position,
                              "active": o.active} for o in items])
            else:
                for o in items:
                    print(f"{o.name}  NIP {o.nip or '-'}  {o.rank}  {o.position}")
        return 0

    if args.command == "demo":
        from .demo import generate
        if args.cases < 0 or args.cases > 1_000_000:
            raise UserError("Jumlah kasus demo harus antara 0 dan 1.000.000.")
        n = generate(office, args.cases, seed=args.seed, progress=_progress if sys.stderr.isatty() else None)
        print(f"{n} kasus demo dibuat.")
        return 0
    return 2


def _progress(done: int, total: int) -> None:
    print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
    if done >= total:
        print(file=sys.stderr)


def _print_case(d: dict) -> None:
    state = {"open": "berjalan", "closed": "selesai"}[d["state"]] + (" (terlambat)" if d["late"] else "")
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
            when += f" ({s['actual_working_minutes']} menit kerja, standar {s['standard']}, batas {s['due_at']})"
        print(f"{mark}{s['no']:>3}. [{words[s['state']]}] {s['activity']}{when}{late}")


def _read_text(path: str) -> str:
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise UserError(f"Berkas {path} tidak ditemukan.")
    except OSError as e:
        raise UserError(f"Berkas {path} tidak dapat dibaca ({e.strerror}).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"Berkas {path} bukan teks UTF-8. Simpan ulang sebagai UTF-8.")


def _write_text(path: str, text: str) -> None:
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as e:
        raise UserError(f"Berkas {path} tidak dapat ditulis ({e.strerror}).")


def main(argv: list[str] | None = None) -> int:
    from .logs import setup_logging
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    if args.command is None:
        from .ui.app import run_gui
        return run_gui(args)
    try:
        return run(args)
    except UserError as e:
        print(str(e), file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and closed early
        return 0
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 1
    except Exception as e:  # never a traceback for an office user; the log has it
        log.exception("unexpected error in command %s", argv)
        from .logs import log_path
        print(f"Terjadi kesalahan tak terduga ({type(e).__name__}). Rinciannya dicatat di {log_path()}.", file=sys.stderr)
        return 1
