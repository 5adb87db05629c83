"""Starting the GUI: the application object, fonts, look, translations, error hook, and smoke mode."""
from __future__ import annotations

import gc
import logging
import sys

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from ... import __version__
from ...domain.errors import UserError
from ...resources import resource_path
from ..kit import errors, messages
from ..settings import pc_settings
from . import i18n
from .qt_compat import keep_none_alive

log = logging.getLogger(__name__)

SMOKE_PAINT_MS = 400        # time for the list to fetch its first page and the swimlane to lay out
SMOKE_TIMEOUT_MS = 60_000   # a smoke run that hangs fails instead of blocking CI forever
# A smoke run's window: a fixed size, so screenshots compare across runs and PCs, that fits a 1366×768 screen
# at 125 % (1093×614 logical pixels) with a taskbar and a title bar.
SMOKE_SIZE = (1060, 540)
SANS_FAMILIES = ("Segoe UI", "Liberation Sans", "Noto Sans", "DejaVu Sans", "Arial")

STYLE_SHEET = """
QMainWindow, QDialog { background: #f6f7f9; }
QToolBar#mainToolbar { background: #f6f7f9; border: none; border-bottom: 1px solid #dde1e6; spacing: 2px;
                       padding: 3px 6px; }
QToolBar#mainToolbar QToolButton { padding: 4px 10px; border-radius: 4px; color: #1f2937; }
QToolBar#mainToolbar QToolButton:hover { background: #e4e8ee; }
QToolBar#mainToolbar QToolButton:pressed { background: #d5dbe3; }
QToolBar#mainToolbar QToolButton:disabled { color: #9aa3af; }
QTabWidget::pane { border: none; background: #ffffff; }
QDialog QTabWidget::pane { border: 1px solid #dde1e6; top: -1px; }
QTabBar::tab { padding: 6px 14px; margin-right: 1px; background: #e9ecf0; color: #374151;
               border: 1px solid #dde1e6; border-bottom: none; border-top-left-radius: 4px;
               border-top-right-radius: 4px; min-width: 60px; }
QTabBar::tab:selected { background: #ffffff; color: #111827; font-weight: bold; }
QTabBar::tab:hover:!selected { background: #f1f3f6; }
#casePages QTabBar::tab { background: transparent; border: none; border-bottom: 2px solid transparent;
                          border-radius: 0; padding: 5px 16px; margin-right: 4px; color: #4b5563; min-width: 40px; }
#casePages QTabBar::tab:selected { color: #1f5fbf; border-bottom: 2px solid #1f5fbf; font-weight: bold; }
#casePages QTabBar::tab:hover:!selected { color: #111827; border-bottom: 2px solid #c9ced6; }
#casePages > QTabBar { border-bottom: 1px solid #e5e7eb; }
QTableView { background: #ffffff; alternate-background-color: #f8f9fb; border: 1px solid #dde1e6;
             selection-background-color: #dbe8fb; selection-color: #111827; gridline-color: #eceff3; }
QTableView::item { padding: 0 6px; }
QHeaderView::section { background: #f1f3f6; color: #374151; padding: 5px 6px; border: none;
                       border-right: 1px solid #e2e5ea; border-bottom: 1px solid #d5dae1; font-weight: bold; }
QStatusBar { background: #eef0f3; color: #4b5563; border-top: 1px solid #dde1e6; }
QStatusBar QLabel { padding: 0 6px; }
QGroupBox { font-weight: bold; border: 1px solid #dde1e6; border-radius: 5px; margin-top: 10px;
            padding: 10px 8px 8px 8px; background: #ffffff; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #1f2937; }
QGroupBox QLabel, QGroupBox QCheckBox { font-weight: normal; }
QPushButton { padding: 5px 14px; }
QPushButton#primaryButton { background: #1f5fbf; color: #ffffff; border: 1px solid #1a52a6; border-radius: 4px;
                            font-weight: bold; padding: 6px 16px; }
QPushButton#primaryButton:hover { background: #2469cf; }
QPushButton#primaryButton:disabled { background: #b7c6dc; border-color: #b7c6dc; }
QLabel#fieldError { color: #b3261e; }
QLabel#mutedText { color: #6b7280; }
QLabel#countLabel { color: #4b5563; }
QLabel#pageTitle { font-size: 15pt; font-weight: bold; color: #111827; }
QLabel#sectionLabel { font-weight: bold; color: #374151; }
QLabel#columnHeader { color: #4b5563; font-weight: bold; }
QLabel#emptyTitle { font-size: 16pt; font-weight: bold; color: #1f2937; }
QLabel#emptyText { font-size: 11pt; color: #4b5563; }
QLabel#nipStatus[state="bad"], QLabel[state="bad"] { color: #b3261e; }
QLabel#nipStatus[state="good"], QLabel[state="good"] { color: #1f6b35; }
QLabel#nipStatus[state="none"], QLabel[state="none"] { color: #6b7280; }
QLineEdit[invalid="true"] { border: 1px solid #d0453a; background: #fff6f5; }
QFrame#kopPreview { background: #ffffff; border: 1px solid #dde1e6; border-radius: 4px; }
#emptyState { background: #ffffff; border: 1px solid #dde1e6; }
"""


def load_fonts() -> list[str]:
    """Register the TTFs shipped in resources/fonts (offscreen Qt and bare Windows installs may lack them)."""
    families: list[str] = []
    try:
        folder = resource_path("fonts")
    except FileNotFoundError:
        return families
    if not folder.is_dir():
        return families
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
        else:
            log.warning("font %s could not be loaded", path)
    return families


def choose_ui_font() -> QFont:
    available = set(QFontDatabase.families())
    font = QFont(QGuiApplication.font())
    for family in SANS_FAMILIES:
        if family in available:
            font.setFamily(family)
            break
    # Windows default 9 pt; a little larger reads better for office staff on 1366×768 screens.
    font.setPointSizeF(max(font.pointSizeF(), 9.5))
    return font


def apply_look(app: QApplication) -> None:
    """Fusion with a fixed light palette: the same look on every PC (and in screenshots), readable colours
    for the swimlane states even when Windows is set to dark mode."""
    app.setStyle("Fusion")
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#f6f7f9", QPalette.ColorRole.WindowText: "#1f2937",
        QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f8f9fb",
        QPalette.ColorRole.Text: "#1f2937", QPalette.ColorRole.Button: "#f3f4f6",
        QPalette.ColorRole.ButtonText: "#1f2937", QPalette.ColorRole.Highlight: "#2f6fce",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f2937", QPalette.ColorRole.PlaceholderText: "#9aa3af",
        QPalette.ColorRole.Link: "#1f5fbf", QPalette.ColorRole.Mid: "#c9ced6", QPalette.ColorRole.Dark: "#9aa3af",
        QPalette.ColorRole.Light: "#ffffff", QPalette.ColorRole.Midlight: "#eceff3",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa3af"))
    app.setPalette(p)
    app.setFont(choose_ui_font())
    app.setStyleSheet(STYLE_SHEET + _icon_rules())
    icon = resource_path("icons", "sopdesk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def _icon_rules() -> str:
    """Style-sheet rules that need our icon files (absolute paths, so they are added at run time)."""
    close, hover = resource_path("icons", "close-tab.svg"), resource_path("icons", "close-tab-hover.svg")
    if not (close.exists() and hover.exists()):
        return ""
    return (f"QTabBar::close-button {{ image: url({close.as_posix()}); subcontrol-position: right; }}\n"
            f"QTabBar::close-button:hover {{ image: url({hover.as_posix()}); }}\n")


def make_app() -> QApplication:
    keep_none_alive()  # before any Qt work: see qt_compat
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # the screens need a widget application
    app.setApplicationName("sopdesk")
    app.setOrganizationName("sopdesk")
    app.setApplicationVersion(__version__)
    load_fonts()
    apply_look(app)
    i18n.install(app, pc_settings.language())
    return app



def started() -> None:
    """The window is up: collect garbage again, but never walk what start-up made.

    cli.main turns the collector off before the GUI is imported. What exists now (modules,
    classes, the window, the office) lives as long as the program, so it is frozen out of
    later collections, which then take a fraction of the time (opening a case, filtering).
    """
    gc.freeze()
    gc.enable()


def database_target(db: str | None) -> str:
    """What --db names, else the default database (SOPDESK_DB, the office server, or the data folder)."""
    from ...app.server import default_target
    return str(db) if db else default_target()


def open_office(db: str | None):
    """The Office for --db, else the default database; UserError (in Indonesian) if it cannot be opened."""
    from ... import paths
    from ...app.office import Office
    if db:
        return Office(db)
    try:
        paths.ensure_data_dir()
    except OSError as e:
        raise UserError(QCoreApplication.translate("app", "Folder data {folder} tidak dapat dibuat ({reason}).").format(
            folder=paths.data_dir(), reason=e.strerror or e)) from e
    return Office(database_target(None))


def _cannot_start(text: str) -> int:
    messages.error(None, QCoreApplication.translate("app", "Basis data tidak dapat dibuka.") + "\n\n" + text,
                   QCoreApplication.translate("app", "sopdesk tidak dapat dimulai"))
    return 1


def open_or_rescue(db: str | None):
    """The Office, after offering the newest good backup when the file is damaged; None when the user quits.

    Nothing is overwritten without the user's choice in data_dialogs.ask_damaged, and
    app.data.restore keeps the damaged file in the backups folder.
    """
    from pathlib import Path

    while True:
        try:
            return open_office(db)
        except UserError as e:
            # only when opening failed: a dialog module off the start-up path
            from ..data import data_dialogs
            target = database_target(db)
            if "://" in target or not data_dialogs.rescuable(e):
                log.error("database could not be opened: %s", e)
                _cannot_start(str(e))
                return None
            path = Path(target).expanduser()
            log.error("database cannot be used as it is: %s", e)
            backup = getattr(e, "backup", None) or data_dialogs.newest_backup_for(path)
            choice = data_dialogs.ask_damaged(None, e, path, backup)
            if choice is None:
                return None
            data_dialogs.restore_at_start(path, Path(choice))  # a refusal is shown; the question comes again
        except Exception:
            log.exception("database could not be opened")
            from ...logs import log_path
            text = QCoreApplication.translate(
                "app", "Basis data tidak dapat dibuka karena kesalahan tak terduga. Rinciannya dicatat di {log}.")
            messages.error(None, text.format(log=log_path()),
                           QCoreApplication.translate("app", "sopdesk tidak dapat dimulai"))
            return None


def _request(args) -> dict:
    """What a second start asks of the running window: the .sopcase (as an absolute path) and --open."""
    import os
    sopcase = getattr(args, "sopcase", None)
    return {"v": 1, "sopcase": os.path.abspath(sopcase) if sopcase else None, "open": getattr(args, "open", None)}


def run_gui(args) -> int:
    app = make_app()
    smoke = bool(getattr(args, "smoke", False))
    messages.set_noninteractive(smoke)
    errors.install_excepthook()
    if getattr(args, "audit_layout", False):
        from . import layout_audit  # its own temporary database: the office's is never opened
        started()
        return layout_audit.run(app, as_json=bool(getattr(args, "audit_json", False)),
                                screenshots=getattr(args, "screenshots", None))
    channel = None
    if not smoke:  # a smoke run neither hands over to, nor listens for, an office window
        from . import single_instance
        role, channel = single_instance.claim(database_target(getattr(args, "db", None)), _request(args))
        if role == single_instance.SECOND:
            log.info("handed over to the running window")
            return 0
    office = open_or_rescue(getattr(args, "db", None))
    if office is None:
        if channel is not None:
            channel.close()
        return 1

    from .main_window import MainWindow
    window = MainWindow(office, restore_layout=not smoke)
    if smoke:
        window.resize(*SMOKE_SIZE)
    window.show()
    if channel is not None:
        channel.set_handler(window.handle_request)
    if office.backup_problem:
        window.show_backup_problem(office.backup_problem)
    window.handle_request(_request(args), bring_forward=False)
    started()
    try:
        if smoke:
            return _smoke(app, window, getattr(args, "screenshot", None))
        return app.exec()
    finally:
        if channel is not None:
            channel.close()
        window.office.close()  # after a restore, the window works on a new Office


def _smoke(app: QApplication, window, screenshot: str | None) -> int:
    """Show the window until the list and the swimlane have painted, save a picture if asked, exit."""
    result = {"code": 1}

    def finish() -> None:
        if window.tasks_running():  # e.g. the .sopcase given on the command line is still being imported
            paint.start(100)
            return
        app.processEvents()
        window.repaint()
        code = 0
        if screenshot and not window.grab().save(screenshot, "PNG"):
            text = QCoreApplication.translate("app", "Gambar jendela tidak dapat disimpan ke {path}.")
            if sys.stderr:
                print(text.format(path=screenshot), file=sys.stderr)
            code = 1
        if messages.problems:
            code = 1  # something was reported that a user would have had to click away
        result["code"] = code
        window.close()
        app.exit(code)

    # Both timers stop when the run ends: run_gui may run again in the same process (the tests do), and
    # an exit() arriving after exec() returned would make every later event loop return at once.
    paint, watchdog = QTimer(), QTimer()
    paint.setSingleShot(True)
    paint.timeout.connect(finish)
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: app.exit(1))
    paint.start(SMOKE_PAINT_MS)
    watchdog.start(SMOKE_TIMEOUT_MS)
    try:
        app.processEvents()
        app.exec()
    finally:
        paint.stop()
        watchdog.stop()
    return result["code"]
