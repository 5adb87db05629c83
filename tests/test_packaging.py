"""Static checks of the packaging files (quick; the real builds run in .ci/packaging-check).

The PyInstaller spec, the Inno Setup script, the Linux desktop files and the icons are read as
text or bytes: nothing is built here, so these run anywhere, including the normal test suite.
"""
from __future__ import annotations

import ast
import configparser
import re
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "sopdesk.spec"
ISS = PACKAGING / "windows" / "sopdesk.iss"
BUILD_PS1 = PACKAGING / "windows" / "build.ps1"
DESKTOP = PACKAGING / "linux" / "sopdesk.desktop"
MIME_XML = PACKAGING / "linux" / "sopdesk-case.xml"
ICONS = ROOT / "resources" / "icons"
MIME_TYPE = "application/x-sopdesk-case"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


# ---- the PyInstaller spec -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def _string_pairs(tree: ast.AST) -> set[tuple[str, str]]:
    """Every 2-tuple whose second item is a string constant, first item as source text."""
    pairs = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple) and len(node.elts) == 2 and isinstance(node.elts[1], ast.Constant) \
                and isinstance(node.elts[1].value, str):
            pairs.add((ast.unparse(node.elts[0]), node.elts[1].value))
    return pairs


def _assigned_list(tree: ast.Module, name: str) -> list:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return [e.value for e in node.value.elts if isinstance(e, ast.Constant)]
    raise AssertionError(f"{name} not assigned in {SPEC.name}")


def test_spec_carries_resources_and_schema_where_the_wheel_has_them(spec_tree):
    pairs = _string_pairs(spec_tree)
    assert ("str(ROOT / 'resources')", "sopdesk/_resources") in pairs
    assert ("str(ROOT / 'data')", "sopdesk/_data") in pairs
    # The same names setup.py gives them in a wheel, and sopdesk/resources.py looks for.
    setup_py = (ROOT / "setup.py").read_text(encoding="utf-8")
    assert '("resources", "_resources")' in setup_py and '("data", "_data")' in setup_py
    resources_py = (ROOT / "sopdesk" / "resources.py").read_text(encoding="utf-8")
    assert '"_resources"' in resources_py and "_MEIPASS" in resources_py
    assert (ROOT / "data" / "schema.sql").is_file()


def test_spec_collects_what_is_loaded_by_name(spec_tree):
    text = SPEC.read_text(encoding="utf-8")
    hidden = set(_assigned_list(spec_tree, "hiddenimports"))
    assert {"holidays.countries.indonesia", "tzdata", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
            "PySide6.QtPrintSupport"} <= hidden
    assert 'collect_submodules("sopdesk")' in text and 'collect_submodules("sqlalchemy.dialects.sqlite")' in text
    assert 'locale/*/LC_MESSAGES/ID.mo' in text  # holidays' Indonesian names
    assert 'copy_metadata("sopdesk")' in text    # sopdesk --version inside the bundle
    entry = PACKAGING / "sopdesk_entry.py"
    assert str(entry.relative_to(ROOT)).replace("\\", "/") in text.replace('" / "', "/").replace("ROOT / ", "")
    compile(entry.read_text(encoding="utf-8"), str(entry), "exec")


def test_spec_is_one_folder_windowed_on_windows_with_version_from_pyproject(spec_tree):
    text = SPEC.read_text(encoding="utf-8")
    assert "COLLECT(" in text, "one-folder build"
    assert '_exe("sopdesk", console=False' in text and '_exe("sopdesk-cli", console=True' in text
    assert 'upx=False' in text
    assert '"pyproject.toml"' in text and '["project"]["version"]' in text
    assert not re.search(r"\bVERSION\s*=\s*['\"]\d", text), "the version must not be written into the spec"


def test_spec_leaves_out_unused_qt_but_nothing_sopdesk_imports(spec_tree):
    unused = set(_assigned_list(spec_tree, "UNUSED_QT"))
    assert {"QtWebEngineCore", "QtWebEngineWidgets", "Qt3DCore", "QtQuick", "QtQml", "QtMultimedia",
            "QtCharts", "QtBluetooth", "QtSensors", "QtSerialPort", "QtDesigner"} <= unused
    used = set()
    for py in (ROOT / "sopdesk").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", py.read_text(encoding="utf-8")))
    clash = used & unused
    assert not clash, (f"sopdesk imports {sorted(clash)}, which packaging/sopdesk.spec leaves out of the "
                       "bundle: take them off UNUSED_QT there (and check the bundle size)")


# ---- the Inno Setup script ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def iss() -> str:
    return ISS.read_text(encoding="utf-8")


def _directive(iss: str, name: str) -> str | None:
    m = re.search(rf"^\s*{name}\s*=\s*(.+?)\s*$", iss, re.MULTILINE | re.IGNORECASE)
    return m.group(1) if m else None


def test_iss_installs_per_user_without_admin(iss):
    assert _directive(iss, "PrivilegesRequired") == "lowest"
    assert _directive(iss, "DefaultDirName").startswith("{autopf}")
    assert _directive(iss, "AppId")
    icon = _directive(iss, "SetupIconFile")  # relative to the script's folder, Windows separators
    assert icon and (ISS.parent / icon.replace("\\", "/")).resolve().is_file()
    assert (ISS.parent / _directive(iss, "OutputDir").replace("\\", "/")).resolve() == ROOT / "dist"


def test_iss_registers_sopcase_without_taking_it_over(iss):
    assert _directive(iss, "ChangesAssociations") == "yes"
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"', iss, re.MULTILINE))
    assert defines["CaseExt"] == ".sopcase" and defines["CaseProgId"] == "sopdesk.case"
    assert defines["AppExe"] == "sopdesk.exe"
    registry = [line for line in iss.splitlines() if line.startswith("Root: HKA;")]
    assert any(r'Subkey: "Software\Classes\{#CaseExt}\OpenWithProgids"' in r and 'ValueName: "{#CaseProgId}"' in r
               for r in registry)
    assert any(r'{#CaseProgId}\shell\open\command' in r and 'ValueData: """{app}\\{#AppExe}"" ""%1"""' in r
               for r in registry)
    assert any(r'{#CaseProgId}\DefaultIcon' in r for r in registry)
    # The extension's default is only set where none exists, so a user's choice is never overridden.
    default = [r for r in registry if r'Subkey: "Software\Classes\{#CaseExt}";' in r]
    assert default and all("createvalueifdoesntexist" in r for r in default)


def test_iss_version_comes_from_pyproject(iss):
    literal = re.findall(r'^\s*#define\s+AppVersion\s+"([^"]*)"', iss, re.MULTILINE)
    assert all(v == VERSION for v in literal), f"{ISS.name} hard-codes version {literal}, pyproject says {VERSION}"
    assert _directive(iss, "AppVersion") == "{#AppVersion}"
    assert 'GetStringFileInfo(' in iss and '"ProductVersion"' in iss  # fallback: the .exe, stamped by the spec
    ps1 = BUILD_PS1.read_text(encoding="utf-8")
    assert "pyproject.toml" in ps1 and '"/DAppVersion=$Version"' in ps1
    assert "'project']['version']" in ps1


def test_build_script_is_ascii_for_windows_powershell():
    data = BUILD_PS1.read_bytes()
    assert all(b < 128 for b in data), "Windows PowerShell 5.1 reads a BOM-less script as ANSI: keep it ASCII"


def test_iss_languages_and_data_folder(iss):
    langs = re.findall(r'^Name: "(\w+)"; MessagesFile: "([^"]+)"', iss, re.MULTILINE)
    assert [name for name, _ in langs] == ["id", "en"], "Indonesian first (the default), then English"
    assert "Indonesian.isl" in iss and langs[1][1] == "compiler:Default.isl"
    for key in re.findall(r"^id\.(\w+)=", iss, re.MULTILINE):
        assert re.search(rf"^en\.{key}=", iss, re.MULTILINE), f"custom message {key} has no English"
    # The uninstaller keeps the data and names the folder sopdesk/paths.py uses (appdirs on Windows:
    # %LOCALAPPDATA%\<author>\<name>); nothing deletes it.
    from sopdesk.paths import APP_AUTHOR, APP_NAME
    assert f"{{localappdata}}\\{APP_AUTHOR}\\{APP_NAME}" in iss
    assert "[UninstallDelete]" not in iss
    assert "DelTree" not in iss
    # Upgrades replace the bundle's internals wholesale.
    assert re.search(r'^Type: filesandordirs; Name: "\{app\}\\_internal"', iss, re.MULTILINE)


# ---- Linux desktop entry and MIME type -------------------------------------------------------

def test_desktop_entry_opens_sopcase_files():
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read(DESKTOP, encoding="utf-8")
    entry = cp["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Icon"] == "sopdesk"
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Exec"].split()[0] == "sopdesk" and "%f" in entry["Exec"].split()


def test_mime_type_declares_the_sopcase_glob():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(MIME_XML).getroot()
    types = root.findall("m:mime-type", ns)
    assert [t.get("type") for t in types] == [MIME_TYPE]
    assert [g.get("pattern") for g in types[0].findall("m:glob", ns)] == ["*.sopcase"]
    assert types[0].find("m:icon", ns).get("name") == "sopdesk"


# ---- icons ----------------------------------------------------------------------------------

def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", "not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("name,size", [("sopdesk.png", 256)] + [(f"sopdesk-{n}.png", n) for n in (16, 24, 32, 48, 64, 128)])
def test_png_icons_have_their_sizes(name, size):
    assert _png_size((ICONS / name).read_bytes()) == (size, size)


def test_ico_holds_every_windows_size():
    data = (ICONS / "sopdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = set()
    for i in range(count):
        w, h, _colours, _r, _planes, bpp, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        n = w or 256
        assert (w or 256) == (h or 256) and bpp == 32 and offset + length <= len(data)
        image = data[offset:offset + length]
        if image[:8] == b"\x89PNG\r\n\x1a\n":
            assert _png_size(image) == (n, n)
        else:  # a BITMAPINFOHEADER: height counts the image and its mask
            size, bw, bh, _planes, bbpp = struct.unpack("<IiiHH", image[:16])
            assert (size, bw, bh, bbpp) == (40, n, 2 * n, 32)
        sizes.add(n)
    assert {16, 24, 32, 48, 256} <= sizes


def test_icons_decode_with_qt(qapp):
    from PySide6.QtGui import QImage, QImageReader
    assert QImage(str(ICONS / "sopdesk.png")).size().width() == 256
    reader = QImageReader(str(ICONS / "sopdesk.ico"))
    decoded = set()
    for i in range(reader.imageCount()):
        reader.jumpToImage(i)
        img = reader.read()
        assert not img.isNull(), reader.errorString()
        decoded.add(img.width())
    assert {16, 32, 48, 256} <= decoded
    from PySide6.QtGui import QIcon
    assert not QIcon(str(ICONS / "sopdesk.svg")).pixmap(64, 64).isNull()


# ---- CI wiring ---------------------------------------------------------------------------------

def test_packaging_check_runs_after_the_tests():
    check = ROOT / ".ci" / "packaging-check"
    assert check.is_file() and check.stat().st_mode & 0o111, ".ci/packaging-check must be executable"
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ".ci/packaging-check" in run
    assert run.index('eval "$cmd"') < run.index(".ci/packaging-check"), "packaging is checked after the tests"
    compile((PACKAGING / "check_install.py").read_text(encoding="utf-8"), "check_install.py", "exec")


def test_windows_check_runs_after_the_linux_packaging_check():
    check = ROOT / ".ci" / "windows-check"
    assert check.is_file() and check.stat().st_mode & 0o111, ".ci/windows-check must be executable"
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert run.index(".ci/packaging-check") < run.index(".ci/windows-check")


# ---- Windows: the installer's parts that live in the repository ---------------------------------

def test_installer_and_program_agree_on_the_running_mutex(iss):
    """Setup and the uninstaller wait for a running sopdesk by the mutex the frozen program holds."""
    entry = (PACKAGING / "sopdesk_entry.py").read_text(encoding="utf-8")
    name = re.search(r'^APP_MUTEX = "([^"]+)"', entry, re.MULTILINE).group(1)
    assert _directive(iss, "AppMutex") == name
    assert name.endswith(_directive(iss, "AppId").strip("{}"))  # unique to sopdesk, like the AppId
    assert "CreateMutexW" in entry


def test_indonesian_messages_are_committed_with_their_credits(iss):
    isl = PACKAGING / "windows" / "Languages" / "Indonesian.isl"
    text = isl.read_bytes().decode("ascii")
    assert "LanguageName=Bahasa Indonesia" in text and "Alih bahasa oleh" in text  # the translator's credit
    assert 'MessagesFile: "Languages\\Indonesian.isl"' in iss
    ps1 = BUILD_PS1.read_text(encoding="utf-8")
    assert "Invoke-WebRequest" not in ps1 and "Languages\\Indonesian.isl" in ps1


def test_icu_stand_in_is_marked_test_only_and_not_packaged():
    stub = PACKAGING / "windows" / "test-support" / "icuuc_stub.c"
    assert stub.read_text(encoding="utf-8").startswith("/* TEST-ONLY: never shipped")
    assert "test-support" not in SPEC.read_text(encoding="utf-8")
    assert "test-support" not in ISS.read_text(encoding="utf-8")


def test_windows_wheels_are_pinned_by_sha256_and_match_pyproject():
    from packaging.requirements import Requirement
    from packaging.version import Version

    lock = PACKAGING / "windows" / "wheels.lock"
    pins = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            m = re.fullmatch(r"([A-Za-z0-9_.-]+)==(\S+) --hash=sha256:[0-9a-f]{64}", line)
            assert m, f"not pinned with a sha256: {line!r}"
            pins[m.group(1).lower().replace("_", "-")] = Version(m.group(2))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for text in project["dependencies"]:
        req = Requirement(text)
        if req.marker and not req.marker.evaluate({"python_version": "3.11", "sys_platform": "win32"}):
            continue  # the Windows build runs CPython 3.11
        name = req.name.lower().replace("_", "-")
        assert name in pins, f"{name} is not in {lock.name}: python packaging/windows/toolchain.py lock"
        assert pins[name] in req.specifier, f"{lock.name} pins {name} {pins[name]}, pyproject wants {req.specifier}"
    assert {"pyinstaller", "pefile", "pywin32-ctypes"} <= set(pins)


# ---- check_install.py itself ----------------------------------------------------------------------

@pytest.fixture
def check_install():
    import importlib.util
    spec = importlib.util.spec_from_file_location("check_install", PACKAGING / "check_install.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_size_report_counts_windows_qt_plugins_once(check_install, tmp_path):
    """A Windows bundle keeps Qt's plug-ins in _internal/PySide6/plugins (no Qt/ folder between)."""
    bundle = tmp_path / "sopdesk"
    files = {"sopdesk.exe": 3000, "_internal/PySide6/Qt6Core.dll": 5000,
             "_internal/PySide6/plugins/platforms/qwindows.dll": 2000,
             "_internal/PySide6/translations/qt_id.qm": 100, "_internal/python311.dll": 4000}
    for name, size in files.items():
        (bundle / name).parent.mkdir(parents=True, exist_ok=True)
        (bundle / name).write_bytes(b"x" * size)
    total, count, parts = check_install.bundle_sizes(bundle)
    assert (total, count) == (sum(files.values()), len(files))
    named = {n: s for s, n in parts}
    assert [n for n in named if n.endswith("plugins")] == ["_internal/PySide6/plugins"]
    assert named["_internal/PySide6/plugins"] == 2000 and named["_internal/PySide6 (other)"] == 5000
    assert sum(s for s, n in parts) == total - 3000  # every byte of _internal counted once


def test_png_summary_tells_a_painted_window_from_an_empty_one(check_install, qapp, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    blank = QImage(320, 200, QImage.Format.Format_ARGB32)
    blank.fill(QColor("#f6f7f9"))
    blank.save(str(tmp_path / "blank.png"))
    painted = QImage(blank)
    with_text = QPainter(painted)
    with_text.setRenderHint(QPainter.RenderHint.Antialiasing)
    with_text.drawText(painted.rect(), Qt.AlignmentFlag.AlignCenter, "Belum ada kasus. Buat kasus baru dengan Ctrl+N.")
    with_text.drawEllipse(20, 20, 90, 60)
    with_text.end()
    painted.save(str(tmp_path / "painted.png"))
    assert check_install.png_summary(tmp_path / "blank.png") == (320, 200, 1)
    width, height, colours = check_install.png_summary(tmp_path / "painted.png", enough=10**6)
    assert (width, height) == (320, 200)
    assert colours == len({painted.pixel(x, y) for x in range(320) for y in range(200)})
