"""Check that an installed or frozen sopdesk really works: the commands, the data it ships, the window.

    python packaging/check_install.py --bundle dist/sopdesk        # a PyInstaller bundle
    python packaging/check_install.py --command .venv-x/bin/sopdesk  # a pip-installed program

Runs the program as an office PC would, in an empty temporary folder, with its own data folder:
the version (must be pyproject.toml's), the seed SOP, a case whose step-4 due time must skip the
17 August holiday (proves `holidays` and its Indonesian names load, with zoneinfo forced onto
the `tzdata` package as on Windows), the PK and surat pengantar PDFs (fonts embedded), the SOP
sheet PDF once that command exists, and the window (`--smoke` on the offscreen platform, once on
a new data folder — the first start — and once with the case open). For a bundle it also checks
the files that must be inside and the Qt modules that must not be, and reports the size.

Uses only the standard library (runs under any Python ≥ 3.11); used by .ci/packaging-check and
packaging/windows/build.ps1. Exit code 0 if all is well, 1 otherwise.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = "penyusunan-perencanaan-kinerja"
TITLE = "Penyusunan PK Tahun 2027 — uji paket, Kecamatan Ñ"  # non-ASCII on purpose: the code page
WINDOWS = sys.platform == "win32"
MB = 1024 * 1024

PK_TOML = """year = 2027
place = "Somagede"
date = "2027-01-04"
[first_party]
name = "Drs. SAPTONO SUPRIYANTO"
position = "Camat Somagede"
rank = "Pembina Tingkat I (IV/b)"
nip = "196509241995031002"
[second_party]
name = "Ir. H. SADEWO TRI LASTIONO, M.M."
position = "Bupati Banyumas"
[[targets]]
goal = "Meningkatnya kualitas pelayanan publik"
indicator = "Indeks Kepuasan Masyarakat (IKM)"
target = "82"
unit = "nilai"
[[programs]]
name = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
budget = 350000000
note = "APBD 2027"
"""

# Inside a bundle (searched anywhere under it; names differ between Linux and Windows).
# Every pattern of a list must match; "a|b" means either.
REQUIRED_IN_BUNDLE = {
    "seed SOP": ["**/sopdesk/_resources/sops/penyusunan-perencanaan-kinerja.toml"],
    "seed office (its officials)": ["**/sopdesk/_resources/office/somagede.toml"],
    "PDF fonts": ["**/sopdesk/_resources/fonts/LiberationSerif-Regular.ttf",
                  "**/sopdesk/_resources/fonts/LiberationSerif-Bold.ttf",
                  "**/sopdesk/_resources/fonts/LiberationSerif-Italic.ttf",
                  "**/sopdesk/_resources/fonts/LiberationSerif-BoldItalic.ttf"],
    "icons": ["**/sopdesk/_resources/icons/sopdesk.png", "**/sopdesk/_resources/icons/sopdesk.svg"],
    "manual (Bantuan → Panduan)": ["**/sopdesk/_resources/manual/index.md",
                                   "**/sopdesk/_resources/manual/gambar/*.png"],
    "schema": ["**/sopdesk/_data/schema.sql", "**/sopdesk/_data/schema-postgresql.sql"],
    "package metadata (version)": ["**/sopdesk-*.dist-info/METADATA|**/sopdesk.egg-info/PKG-INFO"],
    "holiday names (Indonesian)": ["**/holidays/locale/id/LC_MESSAGES/ID.mo"],
    "time zones (tzdata)": ["**/tzdata/zoneinfo/Asia/Jakarta"],
    "Qt platforms": ["**/platforms/*qoffscreen*", "**/platforms/*qwindows*" if WINDOWS else "**/platforms/*qxcb*"],
    "Qt image formats": ["**/imageformats/*qsvg*", "**/imageformats/*qico*", "**/imageformats/*qjpeg*"],
    "Qt SVG icons": ["**/iconengines/*qsvgicon*"],
    # Linux prints through a CUPS plug-in; on Windows printing is built into Qt6PrintSupport.dll.
    "Qt printing": ["**/*Qt6PrintSupport*"] + ([] if WINDOWS else ["**/printsupport/*cups*"]),
    "Qt PDF (print preview)": ["**/*Qt6Pdf.*", "**/*Qt6PdfWidgets*", "**/QtPdfWidgets*"],
}
FORBIDDEN_IN_BUNDLE = ["*Qt*WebEngine*", "*Qt*Quick*", "*Qt*Qml*", "*Qt*3D*", "*Qt*Multimedia*",
                       "*Qt*Charts*", "*Qt*Bluetooth*", "*Qt*Sensors*", "*Qt*SerialPort*",
                       "*Qt*Designer*", "*Qt*VirtualKeyboard*", "*opengl32sw*", "*tkinter*"]


def png_summary(path: Path, enough: int = 64) -> tuple[int, int, int]:
    """(width, height, distinct colours) of an 8-bit RGB(A) or grey PNG, counting stops at `enough`.

    Enough to tell a painted window from an empty or black one without Qt or Pillow (rows are
    decoded only until `enough` colours are seen: a painted window has them in its menu bar).
    """
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, head = 8, bytearray(), None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            head = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    if head is None:
        raise ValueError("no IHDR")
    width, height, depth, colour, _, _, interlace = head
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
    raw, stride = zlib.decompress(bytes(idat)), width * channels
    colours: set[bytes] = set()
    previous = bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):  # undo the row filter (PNG spec, section 9)
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        colours.update(bytes(line[x:x + channels]) for x in range(0, stride, channels))
        if len(colours) >= enough:
            break
        previous = line
    return width, height, min(len(colours), enough)


class Checker:
    def __init__(self, cli: list[str], gui: list[str], work: Path, verbose: bool, native_window: bool = False):
        self.cli, self.gui, self.work, self.verbose = cli, gui, work, verbose
        self.failures: list[str] = []
        tzpath = work / "no-system-zoneinfo"  # an empty TZ path: zoneinfo must use the tzdata package
        tzpath.mkdir()
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith(("SOPDESK_", "PYTHON")) and k != "VIRTUAL_ENV"}
        self.env.update(SOPDESK_DATA_DIR=str(work / "data"), QT_QPA_PLATFORM="offscreen",
                        PYTHONTZPATH=str(tzpath), PYTHONIOENCODING="utf-8")
        # The window on the system's own Qt platform (a display is needed), or offscreen like the commands.
        self.gui_env = {k: v for k, v in self.env.items() if k != "QT_QPA_PLATFORM"} if native_window else self.env

    # ---- running ------------------------------------------------------------------------------
    def run(self, *args: str, gui: bool = False, timeout: float = 180) -> subprocess.CompletedProcess:
        cmd = (self.gui if gui else self.cli) + list(args)
        t0 = time.monotonic()
        try:
            r = subprocess.run(cmd, cwd=self.work, env=self.gui_env if gui else self.env, capture_output=True,
                               timeout=timeout)
        except subprocess.TimeoutExpired:
            r = subprocess.CompletedProcess(cmd, 124, b"", f"timed out after {timeout} s".encode())
        r.stdout = r.stdout.decode("utf-8", "replace")
        r.stderr = r.stderr.decode("utf-8", "replace")
        if self.verbose:
            print(f"  $ {' '.join(args)}  → {r.returncode} ({time.monotonic() - t0:.1f} s)")
        return r

    def must(self, what: str, *args: str, gui: bool = False) -> str | None:
        r = self.run(*args, gui=gui)
        if r.returncode != 0:
            self.fail(f"{what}: `sopdesk {' '.join(args)}` exited {r.returncode}\n"
                      f"    stdout: {r.stdout.strip()[:800]}\n    stderr: {r.stderr.strip()[:1500]}")
            return None
        return r.stdout

    def ok(self, what: str) -> None:
        print(f"ok    {what}")

    def fail(self, what: str) -> None:
        print(f"FAIL  {what}")
        self.failures.append(what)

    def check(self, cond: bool, what: str, detail: str = "") -> bool:
        if cond:
            self.ok(what)
        else:
            self.fail(f"{what}{': ' + detail if detail else ''}")
        return cond

    # ---- the checks -----------------------------------------------------------------------------
    def version(self, expected: str) -> None:
        out = self.must("version", "--version")
        if out is not None:
            self.check(out.strip() == f"sopdesk {expected}", f"--version is {expected}", repr(out.strip()))

    def seed_sop(self, db: str) -> None:
        out = self.must("SOP list", "--db", db, "sop", "list", "--json")
        if out is None:
            return
        sops = {s["code"]: s for s in json.loads(out)}
        seed = sops.get(SEED)
        self.check(seed is not None and seed["steps"] == 11 and len(seed["lanes"]) == 5,
                   "the seed SOP loads (11 steps, 5 lanes)", repr(seed))

    def case_across_holiday(self, db: str) -> str | None:
        """Steps 1–3 on Friday 14 Aug 2026, step 4 ("4 hari") from 10:00 the same day.

        Four working days from Friday: without holidays Thursday 20 Aug; Monday 17 Aug is
        Independence Day, so the due time must be Friday 21 Aug 10:00 or later.
        """
        out = self.must("new case", "--db", db, "case", "new", "--sop", SEED, "--title", TITLE, "--year", "2026")
        if out is None:
            return None
        case = out.strip().splitlines()[-1].strip()
        for n in (1, 2, 3):
            if self.must(f"start step {n}", "--db", db, "case", "start", case, str(n),
                         "--at", f"2026-08-14T08:{n}0") is None:
                return case
            if self.must(f"finish step {n}", "--db", db, "case", "finish", case, str(n),
                         "--at", f"2026-08-14T08:{n}5") is None:
                return case
        if self.must("start step 4", "--db", db, "case", "start", case, "4", "--at", "2026-08-14T10:00") is None:
            return case
        out = self.must("case show", "--db", db, "case", "show", case, "--json")
        if out is None:
            return case
        data = json.loads(out)
        # The title went in as an argument and comes back through a pipe: both UTF-8, whatever
        # the Windows code page (the bundle runs Python in UTF-8 mode).
        self.check(data.get("title") == TITLE, "non-ASCII text survives the command line and its JSON output",
                   f"{data.get('title')!r} instead of {TITLE!r}")
        step4 = next(s for s in data["steps"] if s["no"] == 4)
        due = datetime.fromisoformat(step4["due_at"]) if step4.get("due_at") else None
        self.check(data["state"] == "open" and step4["state"] == "running", "the case runs (step 4 running)",
                   f"state {data['state']}, step 4 {step4['state']}")
        self.check(due is not None and due >= datetime.fromisoformat("2026-08-21T10:00:00+07:00")
                   and due.utcoffset().total_seconds() == 7 * 3600,
                   f"due time skips 17 August, in WIB (step 4 due {step4.get('due_at')})",
                   "holidays or time zone data missing?")
        return case

    def actions(self, *group: str) -> set[str]:
        """The commands `sopdesk [GROUP] --help` lists (commands land over time; check what exists)."""
        out = self.run(*group, "--help").stdout
        return {line.split()[0] for line in out.splitlines() if line.startswith("    ") and line.strip()
                and not line.startswith("     ") and not line.strip().startswith("-")}

    def pdf(self, what: str, db: str, args: list[str], name: str, text: str) -> None:
        if self.must(f"{what} PDF", "--db", db, *args, "--out", name) is None:
            return
        pdf = self.work / name
        data = pdf.read_bytes() if pdf.exists() else b""
        if not self.check(data.startswith(b"%PDF-") and b"LiberationSerif" in data,
                          f"{what} PDF written with the embedded font ({len(data) // 1024} KB)"):
            return
        if shutil.which("pdftotext"):
            got = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True).stdout.decode("utf-8", "replace")
            self.check(text.lower() in got.lower(), f"{what} PDF reads back ({text!r})", got[:300])

    def documents(self, db: str, case: str) -> None:
        """Every document command there is: PK and surat pengantar (required), the rest once they exist."""
        (self.work / "pk.toml").write_text(PK_TOML, encoding="utf-8")
        if self.must("PK content", "--db", db, "pk", "load", case, "pk.toml") is not None:
            self.pdf("PK", db, ["pk", "pdf", case, "--paper", "F4"], "pk.pdf", "PERJANJIAN KINERJA")
            self.pdf("surat pengantar", db, ["pengantar", "pdf", case, "--date", "2026-08-14"], "pengantar.pdf",
                     "SURAT PENGANTAR")
        optional = [
            ("sop", "pdf", "SOP sheet", ["sop", "pdf", SEED], "sop.pdf", "Perencanaan Kinerja"),
            ("report", "case", "case report", ["report", "case", case], "report-case.pdf", "LAPORAN PELAKSANAAN"),
            ("report", "monitoring", "monitoring report", ["report", "monitoring", "--sop", SEED, "--year", "2026"],
             "report-monitoring.pdf", "LAPORAN MONITORING"),
        ]
        have: dict[str, set[str]] = {}
        for group, action, what, args, name, text in optional:
            if action in have.setdefault(group, self.actions(group)):
                self.pdf(what, db, args, name, text)
            else:
                print(f"skip  {what} PDF (no `sopdesk {group} {action}` yet)")
        # An Excel export: openpyxl must be inside the bundle too.
        xlsx = self.work / "kasus.xlsx"
        if self.must("Excel export of the case list", "--db", db, "case", "list", "--xlsx", str(xlsx)) is not None:
            ok = xlsx.exists() and zipfile.is_zipfile(xlsx) and "xl/workbook.xml" in zipfile.ZipFile(xlsx).namelist()
            self.check(ok, "case list written as an Excel workbook")

    def data_commands(self, db: str, case: str | None) -> Path | None:
        """A .sopcase round trip into another database, a backup and the integrity check (where they exist)."""
        sopcase = None
        if case and {"export", "import"} <= self.actions("case"):
            sopcase = self.work / "uji.sopcase"
            if self.must(".sopcase export", "--db", db, "case", "export", case, "--out", str(sopcase)) is not None:
                self.check(sopcase.exists() and sopcase.read_bytes()[:4] == b"PK\x03\x04", ".sopcase file written")
                other = str(self.work / "other.db")
                out = self.must(".sopcase import", "--db", other, "case", "import", str(sopcase), "--json")
                if out is not None:
                    got = json.loads(out)
                    self.check(got.get("new") is True, ".sopcase imports into another database", out[:200])
        else:
            print("skip  .sopcase export/import (no `sopdesk case export/import` yet)")
        top = self.actions()
        if "backup" in top:
            out = self.work / "backup.sqlite"
            if self.must("backup", "--db", db, "backup", "--out", str(out)) is not None:
                self.check(out.exists() and out.read_bytes()[:16] == b"SQLite format 3\x00", "backup written")
        if "check" in top and self.must("integrity check", "--db", db, "check") is not None:
            self.ok("integrity check passes")
        return sopcase if sopcase and sopcase.exists() else None

    def office_server_driver(self) -> None:
        """The PostgreSQL driver is inside and loads: an office server that does not answer gets the plain
        Indonesian refusal, with the password masked, not a missing module."""
        secret = "rahasia-cek-bundel"
        url = f"postgresql+psycopg://sopdesk:{secret}@127.0.0.1:1/sopdesk"
        r = self.run("--db", url, "sop", "list")
        said = r.stdout + r.stderr
        self.check(r.returncode != 0 and "tidak terjangkau" in said and "No module" not in said
                   and secret not in said, "the office server's driver loads (an unreachable server is refused "
                   "plainly, its password masked)", said.strip()[:600])

    def painted(self, what: str, shot: Path) -> None:
        """The screenshot is a whole window with something drawn in it (not empty, not one colour)."""
        try:
            width, height, colours = png_summary(shot)
        except (OSError, ValueError) as e:
            self.fail(f"{what}: no usable screenshot ({e})")
            return
        self.check(width >= 800 and height >= 500 and colours >= 16,
                   f"{what} (screenshot {width}×{height}, {colours}{'+' if colours >= 64 else ''} colours)",
                   "the window is missing, too small or blank")

    def window(self, db: str, case: str | None, sopcase: Path | None) -> None:
        shot = self.work / "first-start.png"
        if self.must("first start of the window (new data folder)", "--smoke", "--screenshot", str(shot),
                     gui=True) is not None:
            made = self.work / "data" / "sopdesk.db"
            self.check(made.exists(), "the first start creates the database in the data folder", str(made))
            self.painted("the window paints", shot)
        if case:
            shot = self.work / "case-open.png"
            if self.must("window with the case open", "--db", db, "--smoke", "--open", case, "--screenshot",
                         str(shot), gui=True) is not None:
                self.painted("the window paints with the case open", shot)
        # Double-clicking a .sopcase file runs `sopdesk.exe "<file>"` (packaging/windows/sopdesk.iss).
        if sopcase is None or "sopcase" not in self.run("--help").stdout.lower():
            print("skip  opening a .sopcase file given as the argument (not in `sopdesk --help` yet)")
        elif self.must("window opening a .sopcase file", "--db", str(self.work / "third.db"), "--smoke",
                       str(sopcase), gui=True) is not None:
            self.ok("the window opens a .sopcase file given as the argument")

    def startup(self, db: str, unfrozen: list[str], limit: float, runs: int = 3) -> None:
        """The frozen program opens its window no slower than `limit` × the same program run by Python.

        Each is started once to warm the disk cache, then `runs` times; the medians are compared.
        """
        def median_seconds(command: list[str]) -> float | None:
            times = []
            for i in range(runs + 1):
                t0 = time.monotonic()
                r = subprocess.run(command + ["--db", db, "--smoke"], cwd=self.work, env=self.gui_env,
                                   capture_output=True, timeout=300)
                if r.returncode != 0:
                    self.fail(f"start-up run of {command[0]} exited {r.returncode}: "
                              f"{r.stderr.decode('utf-8', 'replace').strip()[:800]}")
                    return None
                if i:
                    times.append(time.monotonic() - t0)
            return statistics.median(times)

        frozen, python = median_seconds(self.gui), median_seconds(unfrozen + ["-m", "sopdesk"])
        if frozen is None or python is None:
            return
        self.check(frozen <= limit * python,
                   f"start-up (window opened, painted, closed): frozen {frozen:.2f} s, by Python {python:.2f} s, "
                   f"ratio {frozen / python:.2f} (at most {limit:g})")


def check_bundle_files(bundle: Path, chk: Checker) -> None:
    for what, patterns in REQUIRED_IN_BUNDLE.items():
        missing = [p for p in patterns if not any(next(bundle.glob(alt), None) for alt in p.split("|"))]
        chk.check(not missing, f"bundle has {what}", f"nothing matches {missing}")
    unwanted = sorted({str(p.relative_to(bundle)) for pat in FORBIDDEN_IN_BUNDLE for p in bundle.rglob(pat)})
    chk.check(not unwanted, "bundle leaves out unused Qt modules (WebEngine, Quick/QML, 3D, Multimedia, Charts…)",
              ", ".join(unwanted[:12]))
    dangling = [str(p.relative_to(bundle)) for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    chk.check(not dangling, "bundle has no dangling links", ", ".join(dangling[:12]))


def bundle_sizes(bundle: Path) -> tuple[int, int, list[tuple[int, str]]]:
    """(bytes, files, [(bytes, part)] largest first) of a bundle; symbolic links count as nothing."""
    def size(p: Path) -> int:
        files = [p] if not p.is_dir() else [f for f in p.rglob("*") if not f.is_dir()]
        return sum(f.lstat().st_size for f in files if not f.is_symlink())
    total = size(bundle)
    inner = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    parts: list[tuple[int, str]] = []
    for p in inner.iterdir():
        if p.name == "PySide6":
            # Linux wheels keep Qt under PySide6/Qt/{lib,plugins}; Windows ones put the plug-ins in
            # PySide6/plugins, which is then both "Qt's" and "PySide6's": count each folder once.
            qt = p / "Qt" if (p / "Qt").is_dir() else p
            folders = dict.fromkeys(q for q in (qt / "lib", qt / "plugins", p / "plugins", p / "translations")
                                    if q.is_dir())
            inside = [(size(q), q.relative_to(bundle).as_posix()) for q in folders]
            parts += inside
            parts.append((size(p) - sum(s for s, _ in inside), p.relative_to(bundle).as_posix() + " (other)"))
        else:
            parts.append((size(p), p.relative_to(bundle).as_posix()))
    parts.sort(reverse=True)
    count = sum(1 for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    return total, count, parts


def size_report(bundle: Path, chk: Checker, max_mb: float | None) -> None:
    total, count, parts = bundle_sizes(bundle)
    print(f"size  {total / MB:.1f} MB in {count} files; largest:")
    for s, n in parts[:8]:
        print(f"      {s / MB:6.1f} MB  {n}")
    if max_mb is not None:
        chk.check(total <= max_mb * MB, f"bundle is at most {max_mb:g} MB ({total / MB:.1f} MB)",
                  "leave out more (packaging/sopdesk.spec: UNUSED_QT, excludes, _UNUSED_BINARY)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--bundle", type=Path, help="PyInstaller output folder (dist/sopdesk)")
    where.add_argument("--command", help="the sopdesk command of an installation (path or name)")
    ap.add_argument("--version", dest="expected", help="expected version (default: pyproject.toml's)")
    ap.add_argument("--no-gui", action="store_true", help="skip the window checks")
    ap.add_argument("--window-platform", choices=("offscreen", "native"), default="offscreen",
                    help="Qt platform of the window checks: offscreen (default), or the system's own "
                         "(Windows: the windows plug-in; Linux: xcb or wayland; needs a display)")
    ap.add_argument("--max-mb", type=float, help="fail if the bundle is larger (MB of 1024 × 1024 bytes)")
    ap.add_argument("--startup-against", metavar="PYTHON",
                    help="compare the window's start-up with `PYTHON -m sopdesk` (a Python with this sopdesk)")
    ap.add_argument("--startup-limit", type=float, default=1.5, help="largest frozen/Python start-up ratio")
    ap.add_argument("--startup-runs", type=int, default=3, help="timed starts of each (after one to warm up)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (PDFs, screenshots)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    expected = args.expected or pyproject["project"]["version"]
    if args.bundle:
        bundle = args.bundle.resolve()
        exe = ".exe" if WINDOWS else ""
        gui = bundle / f"sopdesk{exe}"
        cli = bundle / f"sopdesk-cli{exe}" if (bundle / f"sopdesk-cli{exe}").exists() else gui
        if not gui.exists():
            print(f"FAIL  no program in {bundle}")
            return 1
        cli_cmd, gui_cmd = [str(cli)], [str(gui)]
    else:
        found = shutil.which(args.command)
        if not found:
            print(f"FAIL  {args.command} not found")
            return 1
        cli_cmd = gui_cmd = [found]
        # An installed Windows sopdesk: the console sopdesk-cli.exe for commands, the windowed
        # sopdesk.exe beside it (what the shortcuts and .sopcase files start) for the window.
        windowed = Path(found).with_name(Path(found).name.replace("sopdesk-cli", "sopdesk"))
        if windowed != Path(found) and windowed.exists():
            gui_cmd = [str(windowed)]

    work = Path(tempfile.mkdtemp(prefix="sopdesk-check-"))
    t0 = time.monotonic()
    try:
        chk = Checker(cli_cmd, gui_cmd, work, args.verbose, native_window=args.window_platform == "native")
        print(f"checking {' '.join(cli_cmd)} (work folder {work})")
        if args.bundle:
            check_bundle_files(bundle, chk)
        chk.version(expected)
        db = str(work / "check.db")
        chk.seed_sop(db)
        case = chk.case_across_holiday(db)
        if case:
            chk.documents(db, case)
        sopcase = chk.data_commands(db, case)
        chk.office_server_driver()
        if not args.no_gui:
            chk.window(db, case, sopcase)
            if args.startup_against:
                chk.startup(db, [args.startup_against], args.startup_limit, args.startup_runs)
        if args.bundle:
            size_report(bundle, chk, args.max_mb)
    finally:
        if args.keep:
            print(f"kept  {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{'FAILED' if chk.failures else 'passed'}: {len(chk.failures)} problem(s), {time.monotonic() - t0:.0f} s")
    return 1 if chk.failures else 0


if __name__ == "__main__":
    sys.exit(main())
