"""The scriptable interface: same services as the GUI, messages in Indonesian.

Exit codes: 0 done, 1 the action was refused or failed (message on stderr),
2 the command line itself is wrong. Output formats (--json keys) are a
contract for office scripts: extend them, never rename.
"""
from __future__ import annotations

import argparse
import gc
import importlib
import logging
import sys

from . import __version__
from .domain.errors import UserError

# Command groups, each a module of sopdesk.commands with register(sub).
COMMAND_MODULES = ("sop", "case", "official", "documents", "demo", "backup", "reports", "migrate")
log = logging.getLogger("sopdesk")


CASE_SUFFIX = ".sopcase"
_VALUE_OPTIONS = ("--db", "--open", "--screenshot", "--screenshots")  # top-level options followed by a value


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's own words, with an Indonesian lead-in
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: perintah tidak sah: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="sopdesk", description="sopdesk — SOP, kasus dan dokumen kecamatan.",
                usage="%(prog)s [--db PATH] [--smoke] [--open CASE_ID] [--screenshot FILE.png] [FILE.sopcase]\n"
                      "       %(prog)s --smoke --audit-layout [--json] [--screenshots DIR]\n"
                      "       %(prog)s [--db PATH] PERINTAH ...",
                epilog="Tanpa PERINTAH, jendela program dibuka. FILE.sopcase: kasus yang diekspor dari sopdesk; "
                       "berkas itu diimpor dan kasusnya dibuka (seperti klik dua kali pada berkas .sopcase). "
                       "Jika sopdesk sudah terbuka untuk basis data yang sama, jendela itu yang dipakai.")
    p.add_argument("--db", metavar="PATH", help="berkas basis data (bawaan: SOPDESK_DB atau folder data pengguna)")
    p.add_argument("--version", action="version", version=f"sopdesk {__version__}")
    gui = p.add_argument_group("jendela program")
    gui.add_argument("--smoke", action="store_true", help="buka jendela, tunggu tergambar, lalu keluar (untuk uji)")
    gui.add_argument("--open", metavar="CASE_ID", type=int, help="buka kasus ini saat mulai")
    gui.add_argument("--screenshot", metavar="FILE.png", help="simpan gambar jendela (dengan --smoke)")
    gui.add_argument("--audit-layout", action="store_true",
                     help="dengan --smoke: buka setiap jendela dan dialog, laporkan tombol/isian yang keluar dari "
                          "layar atau terpotong; keluar 1 jika ada (basis data sementara, bukan data kantor)")
    gui.add_argument("--json", action="store_true", dest="audit_json",
                     help="dengan --audit-layout: laporan sebagai JSON")
    gui.add_argument("--screenshots", metavar="DIR",
                     help="dengan --audit-layout: simpan gambar PNG setiap jendela yang diperiksa ke folder ini")
    sub = p.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"sopdesk.commands.{name}").register(sub)
    return p


def split_case_file(argv: list[str]) -> tuple[list[str], str | None]:
    """Take a lone `FILE.sopcase` out of the arguments (a double-click runs `sopdesk.exe "FILE"`).

    Only the first positional argument, and only when it names a .sopcase file,
    so `sopdesk case import X.sopcase` stays a command. argparse itself would
    take the file for an unknown command, hence this look before parsing.
    """
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--":
            break
        if a in _VALUE_OPTIONS:
            i += 2
            continue
        if a.startswith("-"):
            i += 1
            continue
        if a.lower().endswith(CASE_SUFFIX):
            return argv[:i] + argv[i + 1:], a
        break
    return argv, None


def main(argv: list[str] | None = None) -> int:
    from .commands.common import Context
    from .logs import log_path, setup_logging
    argv = list(sys.argv[1:] if argv is None else argv)
    argv, sopcase = split_case_file(argv)
    args = build_parser().parse_args(argv)
    args.sopcase = sopcase
    setup_logging()
    if sopcase is not None and args.command is not None:
        build_parser().error(f"berkas {sopcase} hanya dapat dibuka tanpa perintah (atau: sopdesk case import BERKAS)")
    if args.command is None and (args.audit_layout or args.audit_json or args.screenshots) \
            and not (args.smoke and args.audit_layout):
        build_parser().error("--audit-layout hanya bersama --smoke, dan --json atau --screenshots (tanpa perintah) "
                             "hanya bersama --audit-layout")
    if args.command is None:
        # No cyclic garbage collection while the window is built: start-up makes some 60,000
        # long-lived objects, and hundreds of passes over them cost ~50 ms (run_gui turns it back on).
        gc.disable()
        from .ui.shell.app import run_gui
        return run_gui(args)
    try:
        return args.handler(args, Context(args.db))
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
        print(f"Terjadi kesalahan tak terduga ({type(e).__name__}). Rinciannya dicatat di {log_path()}.",
              file=sys.stderr)
        return 1
