"""Install, use, upgrade and uninstall sopdesk as an office PC would, and check every step (Windows only).

    python packaging\\windows\\check_windows.py dist\\sopdesk-0.1.0-setup.exe [--older OLDER-setup.exe]
                                               [--all-users] [--work FOLDER]

.ci/windows-check runs it under Wine with --all-users (Wine 8 cannot expand {userpf}, the per-user
program folder) as a user named "Siti Rahayu"; on a Windows PC or in Windows Sandbox with a Python
it does the same for a per-user install. It changes the machine: it installs sopdesk, writes into
the user's data folder and a folder "Dokumen Kantor" in the user's profile, and uninstalls.

 1. with --older: installs that version and makes data with it, then installs SETUP over it
    silently: one installation, the new version, nothing left of the old bundle, the data kept;
    without --older: installs SETUP;
 2. check_install.py --command on the installed sopdesk-cli.exe (every command and document);
 3. the database is created in %LOCALAPPDATA%\\sopdesk\\sopdesk on first use, backups beside it;
 4. a database, a backup, a PDF and exported .sopcase files in %USERPROFILE%\\Dokumen Kantor, with
    non-ASCII names ("Kasus Ñ.sopcase");
 5. the .sopcase association in the registry, and its command line opens the file: the case is
    imported into the user's database and the window shows it;
 6. with a window open, the association's command line hands the file over to it and exits;
 7. uninstalling while sopdesk runs is refused and changes nothing; once sopdesk is closed the
    uninstaller removes the program, its shortcuts and the association, and keeps the data.

Standard library only. Exit code 0 if all is well, 1 otherwise.
"""
from __future__ import annotations

import argparse
import ctypes
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import winreg
from ctypes import wintypes
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import check_install  # noqa: E402 (packaging/, beside this folder)

APP_ID = "{23184D2B-2612-4E88-A873-A084D4D02AA7}_is1"  # sopdesk.iss AppId, as Inno Setup registers it
UNINSTALL_KEY = rf"Software\Microsoft\Windows\CurrentVersion\Uninstall\{APP_ID}"
PROG_ID = "sopdesk.case"
# A file only the "older version" bundle carries (.ci/windows-check adds it): an upgrade must remove it.
OLDER_MARKER = Path("_internal") / "sopdesk-versi-lama.txt"
SEED = check_install.SEED
WAIT = 180  # seconds: Wine on a busy 2-core machine starts a window in 10–60 s


class Check:
    def __init__(self) -> None:
        self.failures: list[str] = []

    def ok(self, what: str) -> None:
        print(f"ok    {what}", flush=True)

    def fail(self, what: str) -> None:
        print(f"FAIL  {what}", flush=True)
        self.failures.append(what)

    def check(self, cond: bool, what: str, detail: str = "") -> bool:
        if cond:
            self.ok(what)
        else:
            self.fail(f"{what}{': ' + detail if detail else ''}")
        return cond


def until(condition, seconds: float = WAIT, step: float = 0.5) -> bool:
    deadline = time.monotonic() + seconds
    while True:
        if condition():
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(step)


# ---- the registry -------------------------------------------------------------------------------

def reg_value(root: int, key: str, name: str = "") -> str | None:
    for view in (winreg.KEY_WOW64_64KEY, winreg.KEY_WOW64_32KEY):
        try:
            with winreg.OpenKey(root, key, 0, winreg.KEY_READ | view) as k:
                return str(winreg.QueryValueEx(k, name)[0])
        except OSError:
            continue
    return None


def reg_has(root: int, key: str) -> bool:
    try:
        with winreg.OpenKey(root, key, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY):
            return True
    except OSError:
        return False


class Installation:
    def __init__(self, all_users: bool):
        self.all_users = all_users
        self.root = winreg.HKEY_LOCAL_MACHINE if all_users else winreg.HKEY_CURRENT_USER

    def value(self, name: str) -> str | None:
        return reg_value(self.root, UNINSTALL_KEY, name)

    @property
    def folder(self) -> Path | None:
        where = self.value("InstallLocation")
        return Path(where) if where else None

    def cli(self) -> str:
        assert self.folder is not None
        return str(self.folder / "sopdesk-cli.exe")

    @property
    def shortcut(self) -> Path:
        """The Start menu entry ({autoprograms}\\sopdesk.lnk)."""
        base = os.environ["PROGRAMDATA"] if self.all_users else os.environ["APPDATA"]
        return Path(base) / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "sopdesk.lnk"

    def uninstaller(self) -> Path | None:
        command = self.value("UninstallString")
        return Path(command.strip('"')) if command else None


# ---- running sopdesk ------------------------------------------------------------------------------

def user_env(**extra: str) -> dict[str, str]:
    """The environment of a user who double-clicks: no test variables, the real data folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SOPDESK_", "QT_", "PYTHON"))}
    env.update(extra)
    return env


def cli(inst: Installation, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    r = subprocess.run([inst.cli(), *args], capture_output=True, env=env or user_env(), timeout=WAIT)
    r.stdout = r.stdout.decode("utf-8", "replace")
    r.stderr = r.stderr.decode("utf-8", "replace")
    return r


def cases(inst: Installation, db: str | None = None) -> list[dict]:
    r = cli(inst, *(["--db", db] if db else []), "case", "list", "--json")
    return json.loads(r.stdout) if r.returncode == 0 else []


def run_association(command: str, path: Path, *extra: str) -> subprocess.Popen:
    """What Explorer does on a double-click: the registered command line with %1 replaced."""
    line = command.replace("%1", str(path))
    if extra:
        line += " " + subprocess.list2cmdline(extra)
    return subprocess.Popen(line, env=user_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


user32 = ctypes.WinDLL("user32", use_last_error=True)
WNDENUMPROC = ctypes.WINFUNCTYPE(wintypes.BOOL, wintypes.HWND, wintypes.LPARAM)
user32.EnumWindows.argtypes = [WNDENUMPROC, wintypes.LPARAM]
user32.GetWindowThreadProcessId.argtypes = [wintypes.HWND, ctypes.POINTER(wintypes.DWORD)]
user32.IsWindowVisible.argtypes = [wintypes.HWND]
user32.GetWindowTextW.argtypes = [wintypes.HWND, wintypes.LPWSTR, ctypes.c_int]
user32.PostMessageW.argtypes = [wintypes.HWND, wintypes.UINT, wintypes.WPARAM, wintypes.LPARAM]
WM_CLOSE = 0x0010


def main_window(pid: int) -> int | None:
    """The visible window titled "sopdesk…" of process `pid`."""
    found: list[int] = []

    def visit(hwnd, _):
        owner = wintypes.DWORD()
        user32.GetWindowThreadProcessId(hwnd, ctypes.byref(owner))
        if owner.value == pid and user32.IsWindowVisible(hwnd):
            title = ctypes.create_unicode_buffer(256)
            user32.GetWindowTextW(hwnd, title, 256)
            if title.value.startswith("sopdesk"):
                found.append(hwnd)
        return True

    user32.EnumWindows(WNDENUMPROC(visit), 0)
    return found[0] if found else None


def close_window(proc: subprocess.Popen, chk: Check, what: str) -> None:
    """Close the window as a user would (its close button: WM_CLOSE) and expect a clean exit."""
    hwnd = main_window(proc.pid)
    if hwnd is None:
        chk.fail(f"{what}: no window to close")
        proc.kill()
        return
    user32.PostMessageW(hwnd, WM_CLOSE, 0, 0)
    try:
        code = proc.wait(WAIT)
    except subprocess.TimeoutExpired:
        chk.fail(f"{what}: still running {WAIT} s after its window was closed")
        proc.kill()
        return
    chk.check(code == 0, f"{what}: closed by its close button, exit code 0", f"exit code {code}")


# ---- the steps ---------------------------------------------------------------------------------------

def install(setup: Path, inst: Installation, log: Path) -> int:
    scope = "/ALLUSERS" if inst.all_users else "/CURRENTUSER"
    return subprocess.run([str(setup), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/SP-", scope,
                           f"/LOG={log}"], timeout=900).returncode


def uninstall(inst: Installation, log: Path) -> tuple[int, bool]:
    """(exit code, whether the uninstaller finished) — it finishes its work in a copy of itself."""
    exe = inst.uninstaller()
    if exe is None or not exe.exists():
        return -1, True
    code = subprocess.run([str(exe), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", f"/LOG={log}"],
                          timeout=900).returncode
    if code != 0:
        return code, True
    return code, until(lambda: not exe.exists() and inst.value("UninstallString") is None, 120)


def step_older(chk: Check, older: Path, setup: Path, inst: Installation, work: Path, data: Path) -> None:
    print("\n--- an older version, then this one over it")
    code = install(older, inst, work / "install-older.log")
    if not chk.check(code == 0 and inst.folder is not None, "the older version installs silently",
                     f"exit code {code}"):
        return
    old_version = inst.value("DisplayVersion")
    had_marker = (inst.folder / OLDER_MARKER).exists()
    r = cli(inst, "case", "new", "--sop", SEED, "--title", "Kasus dari versi lama", "--year", "2026")
    chk.check(r.returncode == 0, "the older version makes a case in the user's data folder", r.stderr[-500:])
    r = cli(inst, "backup")
    chk.check(r.returncode == 0, "the older version writes a backup", r.stderr[-500:])

    code = install(setup, inst, work / "install.log")
    chk.check(code == 0, "the newer version installs over it silently", f"exit code {code}")
    new_version = inst.value("DisplayVersion")
    chk.check(new_version is not None and new_version != old_version,
              f"one installation, now version {new_version} (was {old_version})")
    if had_marker:
        chk.check(not (inst.folder / OLDER_MARKER).exists(),
                  "nothing of the older bundle is left in the program folder")
    titles = [c["title"] for c in cases(inst)]
    chk.check("Kasus dari versi lama" in titles, "the data made by the older version is still there", repr(titles))
    chk.check(any((data / "backups").glob("*.sqlite")), "its backups are still there")


def step_installed(chk: Check, inst: Installation) -> None:
    print("\n--- the installed program (check_install.py --command)")
    folder = inst.folder
    chk.check(folder is not None and (folder / "sopdesk.exe").exists() and (folder / "sopdesk-cli.exe").exists(),
              f"installed in {folder}")
    chk.check(inst.shortcut.exists(), f"with a Start menu entry ({inst.shortcut})")
    # Its window checks ran on the bundle already (.ci/windows-check stage 5); the installed
    # sopdesk.exe opens real windows in the steps below.
    args = ["--command", inst.cli(), "--no-gui"]
    code = subprocess.run([sys.executable, str(HERE.parent / "check_install.py"), *args], timeout=1800).returncode
    chk.check(code == 0, "check_install.py passes on the installed program")


def step_data_folder(chk: Check, inst: Installation, data: Path) -> None:
    print("\n--- the data folder")
    r = cli(inst, "sop", "list", "--json")
    chk.check(r.returncode == 0, "sopdesk-cli runs with the user's own data folder", r.stderr[-500:])
    chk.check((data / "sopdesk.db").exists(), f"the database is in %LOCALAPPDATA%: {data / 'sopdesk.db'}")
    r = cli(inst, "backup")
    chk.check(r.returncode == 0 and any((data / "backups").glob("*.sqlite")),
              "a backup goes to the data folder's backups", r.stderr[-500:])


def step_documents(chk: Check, inst: Installation, docs: Path) -> dict[str, Path]:
    """Files with a space and non-ASCII letters in their names, in the user's profile."""
    print(f"\n--- files in {docs}")
    docs.mkdir(parents=True, exist_ok=True)
    other = docs / "Kantor Lain Ñ.db"
    made: dict[str, Path] = {}
    for key, title in (("first", "Kasus Ñ dari Kantor Lain"), ("second", "Kasus Kedua Ñ")):
        r = cli(inst, "--db", str(other), "case", "new", "--sop", SEED, "--title", title, "--year", "2027")
        if not chk.check(r.returncode == 0, f"a case in {other.name}", r.stderr[-500:]):
            return made
        case = r.stdout.strip().splitlines()[-1].strip()
        cli(inst, "--db", str(other), "case", "note", case, "dibawa dengan flashdisk")
        target = docs / ("Kasus Ñ.sopcase" if key == "first" else "Kasus Kedua Ñ.sopcase")
        r = cli(inst, "--db", str(other), "case", "export", case, "--out", str(target))
        if chk.check(r.returncode == 0 and target.exists(), f"exported to {target.name}", r.stderr[-500:]):
            made[key] = target
        if key == "first":
            (docs / "pk.toml").write_text(check_install.PK_TOML, encoding="utf-8")
            pdf = docs / "Perjanjian Kinerja Ñ.pdf"
            r1 = cli(inst, "--db", str(other), "pk", "load", case, str(docs / "pk.toml"))
            r2 = cli(inst, "--db", str(other), "pk", "pdf", case, "--out", str(pdf))
            chk.check(r1.returncode == 0 and r2.returncode == 0 and pdf.read_bytes()[:5] == b"%PDF-",
                      f"PK written to {pdf.name}", (r1.stderr + r2.stderr)[-500:])
    backup = docs / "Cadangan Ñ.sqlite"
    r = cli(inst, "--db", str(other), "backup", "--out", str(backup))
    chk.check(r.returncode == 0 and backup.read_bytes()[:16] == b"SQLite format 3\x00",
              f"backup written to {backup.name}", r.stderr[-500:])
    r = cli(inst, "--db", str(other), "check")
    chk.check(r.returncode == 0, f"{other.name} passes the integrity check", r.stderr[-500:])
    return made


def step_association(chk: Check, inst: Installation, sopcase: Path | None, work: Path) -> str | None:
    print("\n--- the .sopcase association")
    hive = "HKLM" if inst.all_users else "HKCU"
    classes = r"Software\Classes"
    command = reg_value(winreg.HKEY_CLASSES_ROOT, rf"{PROG_ID}\shell\open\command")
    expected = f'"{inst.folder / "sopdesk.exe"}" "%1"'
    chk.check(command == expected, f"{PROG_ID} opens with {command}", f"expected {expected}")
    chk.check(reg_has(inst.root, rf"{classes}\{PROG_ID}"), rf"{PROG_ID} registered in {hive}\{classes}")
    chk.check(reg_value(winreg.HKEY_CLASSES_ROOT, ".sopcase") == PROG_ID, ".sopcase files are sopdesk's by default")
    chk.check(reg_value(inst.root, rf"{classes}\.sopcase\OpenWithProgids", PROG_ID) is not None,
              "sopdesk is in .sopcase's Open with list")
    icon = reg_value(winreg.HKEY_CLASSES_ROOT, rf"{PROG_ID}\DefaultIcon")
    chk.check(icon == f"{inst.folder / 'sopdesk.exe'},0", f".sopcase files show sopdesk's icon ({icon})")
    if command is None or sopcase is None:
        return command

    # Opening the file with exactly that command line: sopdesk opens, shows what the file holds and
    # asks before importing (a .sopcase may have been crafted); nothing is imported before "Impor".
    # Nobody answers here, so the question stays open and the process is ended.
    proc = run_association(command, sopcase)
    title = "Kasus Ñ dari Kantor Lain"
    opened = until(lambda: main_window(proc.pid) is not None or proc.poll() is not None, 60)
    chk.check(opened and proc.poll() is None and title not in [c["title"] for c in cases(inst)],
              f"double-clicking {sopcase.name} opens sopdesk, which asks before importing (nothing imported yet)")
    proc.kill()
    proc.wait(WAIT)
    # The same command with --smoke --screenshot imports without asking (nobody is there to click)
    # and the picture shows the opened case.
    shot = work / "association-opens-case.png"
    proc = run_association(command, sopcase, "--smoke", "--screenshot", str(shot))
    code = proc.wait(WAIT)
    try:
        width, height, colours = check_install.png_summary(shot)
        chk.check(code == 0 and colours >= 16, f"the window shows the case ({shot.name}: {width}×{height})")
    except (OSError, ValueError) as e:
        chk.fail(f"no screenshot of the opened case (exit code {code}, {e})")
    chk.check(title in [c["title"] for c in cases(inst)], f"{sopcase.name} is then in the user's database")
    return command


def step_hand_over(chk: Check, inst: Installation, command: str | None,
                   sopcase: Path | None) -> subprocess.Popen | None:
    """A window is open (started like the Start menu's shortcut); a double-click hands the file over to it."""
    print("\n--- a second start hands its .sopcase over to the open window")
    first = subprocess.Popen([str(inst.folder / "sopdesk.exe")], env=user_env())
    if not chk.check(until(lambda: main_window(first.pid) is not None or first.poll() is not None)
                     and first.poll() is None, "sopdesk.exe opens its window"):
        first.kill()
        return None
    if command is None or sopcase is None:
        return first
    t0 = time.monotonic()
    second = run_association(command, sopcase)
    try:
        code = second.wait(WAIT)
    except subprocess.TimeoutExpired:
        second.kill()
        code = None
    chk.check(code == 0, f"the second start hands {sopcase.name} over and exits 0 ({time.monotonic() - t0:.0f} s)",
              f"exit code {code}")
    # The open window shows what the file holds and asks before importing (issue 16): its log says so.
    log = Path(os.environ["LOCALAPPDATA"]) / "sopdesk" / "sopdesk" / "sopdesk.log"

    def asked() -> bool:
        try:
            text = log.read_text(encoding="utf-8", errors="replace")
            return f"question shown to user: Berkas: {sopcase.name}" in text
        except OSError:
            return False
    chk.check(until(asked) and "Kasus Kedua Ñ" not in [c["title"] for c in cases(inst)],
              "the open window asks before importing it (nothing imported yet)")
    chk.check(first.poll() is None and main_window(first.pid) is not None, "one window, still open")
    # Its question stays open (nobody answers), and a window under a modal question ignores its close
    # button: the next step gets a window of its own, started as from the Start menu.
    first.kill()
    first.wait(WAIT)
    again = subprocess.Popen([str(inst.folder / "sopdesk.exe")], env=user_env())
    if not until(lambda: main_window(again.pid) is not None or again.poll() is not None) or again.poll() is not None:
        chk.fail("sopdesk.exe did not open its window again")
        again.kill()
        return None
    return again


def step_uninstall(chk: Check, inst: Installation, running: subprocess.Popen | None, work: Path,
                   data: Path) -> None:
    print("\n--- uninstalling")
    folder = inst.folder
    assert folder is not None
    if running is not None:
        code, _ = uninstall(inst, work / "uninstall-while-running.log")
        chk.check(code != 0, f"uninstalling while sopdesk runs is refused (exit code {code})")
        chk.check((folder / "sopdesk.exe").exists() and (folder / "_internal").is_dir()
                  and inst.value("UninstallString") is not None, "and changes nothing: the program is all there")
        chk.check(running.poll() is None, "the running window was left alone")
        close_window(running, chk, "the running window")
        r = cli(inst, "check")
        chk.check(r.returncode == 0, "the user's database passes the integrity check", r.stderr[-500:])
    db_before = (data / "sopdesk.db").stat().st_size if (data / "sopdesk.db").exists() else None
    code, finished = uninstall(inst, work / "uninstall.log")
    chk.check(code == 0 and finished, "uninstalls silently", f"exit code {code}, finished {finished}")
    left = sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []
    chk.check(not left, "the program folder is gone", ", ".join(left[:10]))
    chk.check(inst.value("UninstallString") is None, "its Add/Remove Programs entry is gone")
    chk.check(not inst.shortcut.exists(), "its Start menu entry is gone")
    chk.check(not reg_has(inst.root, rf"Software\Classes\{PROG_ID}"), f"{PROG_ID} is unregistered")
    chk.check(reg_value(inst.root, r"Software\Classes\.sopcase\OpenWithProgids", PROG_ID) is None,
              "sopdesk is off .sopcase's Open with list")
    chk.check(db_before is not None and (data / "sopdesk.db").exists(), f"the data folder is kept: {data}")
    chk.check(any((data / "backups").glob("*.sqlite")), "with its backups")


def main(argv: list[str] | None = None) -> int:
    if sys.platform != "win32":
        print("check_windows.py runs on Windows (or under Wine)")
        return 2
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("setup", type=Path, help="the installer to check")
    ap.add_argument("--older", type=Path, help="an older version's installer, installed first")
    ap.add_argument("--all-users", action="store_true",
                    help="install for all users (/ALLUSERS; administrator) instead of the current user")
    ap.add_argument("--work", type=Path, help="folder for logs and screenshots (default: a new temporary one)")
    args = ap.parse_args(argv)

    work = (args.work or Path(tempfile.mkdtemp(prefix="sopdesk-windows-"))).resolve()
    work.mkdir(parents=True, exist_ok=True)
    inst = Installation(args.all_users)
    if inst.value("UninstallString"):
        print("FAIL  sopdesk is installed already: uninstall it first")
        return 1
    data = Path(os.environ["LOCALAPPDATA"]) / "sopdesk" / "sopdesk"
    docs = Path(os.environ["USERPROFILE"]) / "Dokumen Kantor"
    shutil.rmtree(data, ignore_errors=True)
    shutil.rmtree(docs, ignore_errors=True)
    print(f"user {os.environ.get('USERNAME')}: data folder {data}, documents {docs}; logs in {work}")

    chk = Check()
    t0 = time.monotonic()
    if args.older:
        step_older(chk, args.older, args.setup, inst, work, data)
    else:
        code = install(args.setup, inst, work / "install.log")
        chk.check(code == 0, "installs silently", f"exit code {code}")
    if inst.folder is None:
        chk.fail("not installed: see install.log")
    else:
        step_installed(chk, inst)
        step_data_folder(chk, inst, data)
        files = step_documents(chk, inst, docs)
        command = step_association(chk, inst, files.get("first"), work)
        running = step_hand_over(chk, inst, command, files.get("second"))
        step_uninstall(chk, inst, running, work, data)
    print(f"\n{'FAILED' if chk.failures else 'passed'}: {len(chk.failures)} problem(s), "
          f"{time.monotonic() - t0:.0f} s")
    for f in chk.failures:
        print(f"  - {f}")
    return 1 if chk.failures else 0


if __name__ == "__main__":
    sys.exit(main())
