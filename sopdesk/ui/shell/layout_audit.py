"""`sopdesk --smoke --audit-layout [--json]`: does every window of the program fit the screen?

The main window and then every dialog, one after the other, each with realistic content (the seed SOP,
demo cases with events, a PK) in a temporary database, never the office's own. Each is shown (a modal
one is looked at inside its own event loop, then closed), laid out, and measured: its size against the
room on the screen (the available geometry less a taskbar where the screen reports none, see
kit.widgets.screen_area), and every visible button and input that lies outside that room or is cut off
by the widgets around it. Content inside a scroll area's viewport may be cut: it scrolls. A button box
may not.

A new window or dialog is one line in OPENERS: a name and a function that opens it (returning the window
to look at, or None when it ran modally and was looked at while open).
"""
from __future__ import annotations

import json
import logging
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ..kit import messages
from ..kit.widgets import FRAME_ROOM, screen_area, screen_of

log = logging.getLogger(__name__)

CHECKED = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
SEED = "penyusunan-perencanaan-kinerja"
DEMO_CASES = 12


# -- measuring ---------------------------------------------------------------------

@dataclass
class Problem:
    widget: str
    text: str
    rect: list[int]
    reason: str


@dataclass
class WindowReport:
    window: str
    width: int
    height: int
    screen_width: int
    screen_height: int
    problems: list[Problem] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"window": self.window, "width": self.width, "height": self.height,
                "screen_width": self.screen_width, "screen_height": self.screen_height,
                "problems": [vars(p) for p in self.problems]}


def _rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def _global_rect(w: QWidget) -> QRect:
    return QRect(w.mapToGlobal(QPoint(0, 0)), w.size())


def _scrolls(w: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport (or a view's): cut-off parts can be scrolled to."""
    parent = w.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return True
        parent = parent.parentWidget()
    return False


def _shown_part(w: QWidget, window: QWidget) -> QRect:
    """The part of `w` its ancestors leave visible, in global coordinates."""
    part = _global_rect(w)
    parent = w.parentWidget()
    while parent is not None:
        part = part.intersected(_global_rect(parent))
        if parent is window:
            break
        parent = parent.parentWidget()
    return part


def _describe(w: QWidget) -> tuple[str, str]:
    name = type(w).__name__
    if w.objectName() and not w.objectName().startswith("qt_"):
        name += f"#{w.objectName()}"
    text = ""
    if isinstance(w, QAbstractButton):
        text = w.text().replace("&", "") or w.toolTip()
    elif isinstance(w, QLineEdit):
        text = w.text() or w.placeholderText()
    elif isinstance(w, QComboBox):
        text = w.currentText()
    elif isinstance(w, QAbstractSpinBox):
        text = w.text()
    return name, " ".join(text.split())[:60]


def frame_of(window: QWidget) -> tuple[QRect, bool]:
    """The window with its frame, and whether a window manager drew that frame. Without one (Xvfb) the
    size it would get is added; where it goes is the window manager's, which keeps a title bar on screen."""
    frame = window.frameGeometry()
    if frame != window.geometry():
        return frame, True
    side = FRAME_ROOM.width() // 2
    return frame.adjusted(-side, -(FRAME_ROOM.height() - side), side, side), False


def _inside_input(w: QWidget) -> bool:
    """The line edit of a spin box or combo box: measured as the input it belongs to."""
    parent = w.parentWidget()
    return isinstance(parent, (QAbstractSpinBox, QComboBox))


def measure(name: str, window: QWidget) -> WindowReport:
    area = screen_area(window)
    report = WindowReport(name, window.width(), window.height(), area.width(), area.height())
    frame, framed = frame_of(window)
    if window.isMaximized():
        # the window manager fits a maximised window to the screen (and its taskbar); only what is in it counts
        screen = screen_of(window)
        if screen is not None:
            area = screen.availableGeometry()
    elif frame.width() > area.width() or frame.height() > area.height():
        report.problems.append(Problem(type(window).__name__, window.windowTitle(), _rect(frame),
                                       f"window {frame.width()}×{frame.height()} (with its frame) is larger than "
                                       f"the screen's room {area.width()}×{area.height()}"))
    elif not area.contains(frame if framed else window.geometry()):
        report.problems.append(Problem(type(window).__name__, window.windowTitle(), _rect(frame),
                                       "window lies partly off the screen"))
    for w in window.findChildren(QWidget):
        if not isinstance(w, CHECKED) or not w.isVisible() or w.window() is not window:
            continue
        if _scrolls(w, window) or _inside_input(w):
            continue
        rect = _global_rect(w)
        kind, text = _describe(w)
        hint = w.minimumSizeHint()
        if not area.contains(rect):
            report.problems.append(Problem(kind, text, _rect(rect), "outside the screen"))
        elif _shown_part(w, window) != rect:
            report.problems.append(Problem(kind, text, _rect(rect), "cut off by its parent"))
        elif hint.isValid() and (rect.height() < min(hint.height(), 16) or rect.width() < min(hint.width(), 16)):
            report.problems.append(Problem(kind, text, _rect(rect), "squeezed smaller than it can be used"))
    return report


def settle(widget: QWidget | None = None) -> None:
    """Let the window lay itself out and paint (deferred layouts, first fetches of the lists)."""
    app = QApplication.instance()
    assert app is not None
    for _ in range(4):
        app.processEvents()
    layout = widget.layout() if widget is not None else None
    if layout is not None:
        layout.activate()
    app.processEvents()


# -- modal dialogs: looked at inside their own event loop ---------------------------------

class ModalCatcher(QObject):
    """While an opener runs: a dialog shown modally (exec) is measured as soon as it is up, then closed."""

    def __init__(self, name: str, reports: list[WindowReport], look: Callable[[str, QWidget], None] | None = None):
        super().__init__()
        self.name = name
        self.reports = reports
        self.look = look
        self.seen: list[QWidget] = []

    def eventFilter(self, obj, event) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(obj, QDialog) and obj.isWindow()
                and obj not in self.seen and obj.isModal()):
            self.seen.append(obj)
            QTimer.singleShot(0, lambda d=obj: self._look(d))
        return False

    def _look(self, dialog: QDialog) -> None:
        settle(dialog)
        self.reports.append(measure(self.name, dialog))
        if self.look is not None:
            self.look(self.name, dialog)
        dialog.reject()


# -- the program's windows ---------------------------------------------------------------

class Context:
    """A temporary database with realistic content, and the main window on it."""

    def __init__(self, folder: Path):
        from ...app import demo
        from ...app.office import Office
        from ...app.paperwork import load_office_file
        from ...resources import resource_path
        self.folder = folder
        self.office = Office(folder / "audit.db")
        office_file = resource_path("office", "somagede.toml")
        if office_file.exists():
            load_office_file(self.office, office_file)
        demo.generate(self.office, DEMO_CASES)
        self.case_id = self._running_case()
        self.fresh_case_id = self.office.new_case(SEED, "Penyusunan Perjanjian Kinerja Tahun 2028", year=2027)
        self._give_pk(self.case_id)
        from .main_window import MainWindow
        self.window = MainWindow(self.office, restore_layout=False)
        self.window.first_geometry()

    def _running_case(self) -> int:
        """A case half way: steps done, one running, the rest waiting."""
        cid = self.office.new_case(SEED, "Penyusunan Perjanjian Kinerja Tahun 2027", year=2026,
                                   ref_number="000.7.2.7/415/2026")
        sop = self.office.current_version(SEED).sop
        for step in sop.steps[:3]:
            self.office.start_step(cid, step.no, by="Drs. SAPTONO SUPRIYANTO")
            if step.is_decision:
                self.office.finish_step(cid, step.no, by="Drs. SAPTONO SUPRIYANTO", decision="ya")
            else:
                self.office.finish_step(cid, step.no, by="Drs. SAPTONO SUPRIYANTO")
        self.office.start_step(cid, sop.steps[3].no, by="Drs. SAPTONO SUPRIYANTO")
        self.office.add_note(cid, "Berkas dari Sekretariat Daerah sudah diterima, menunggu paraf Sekcam.")
        return cid

    def _give_pk(self, case_id: int) -> None:
        from ...app.paperwork import new_pk, save_pk
        from ...domain.pk import Program, Target
        pk = new_pk(self.office, case_id)
        goal = "Meningkatnya kualitas pelayanan publik"
        pk.targets = [Target(goal, "Indeks Kepuasan Masyarakat (IKM)", "82", "nilai"),
                      Target(goal, "Persentase layanan PATEN tepat waktu", "95", "%"),
                      Target("Meningkatnya akuntabilitas kinerja kecamatan", "Nilai SAKIP kecamatan", "BB")]
        pk.programs = [Program("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 1_250_000_000, "APBD"),
                       Program("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 215_750_000, "APBD")]
        save_pk(self.office, case_id, pk)

    def case_view(self, case_id: int | None = None):
        view = self.window.open_case(self.case_id if case_id is None else case_id)
        if view is None:
            raise RuntimeError("the audit case could not be opened")
        return view

    def pk_pdf(self) -> bytes:
        from ..paperwork.documents_panel import DocumentsPanel
        view = self.case_view()
        panel = view.findChild(DocumentsPanel)
        data = panel.pk_pdf() if panel is not None else None
        if data is None:
            raise RuntimeError("the PK of the audit case could not be drawn")
        return data

    def close(self) -> None:
        self.window.office.close()


def _main(ctx: Context) -> QWidget:
    ctx.window.tabs.setCurrentWidget(ctx.window.case_list)
    return ctx.window


def _case(ctx: Context) -> QWidget:
    view = ctx.case_view()
    view.show_flow()
    return ctx.window


def _case_documents(ctx: Context) -> QWidget:
    ctx.case_view().show_documents()
    return ctx.window


def _library(ctx: Context) -> QWidget:
    ctx.window.open_sop_library()
    return ctx.window


def _sop(ctx: Context) -> QWidget:
    ctx.window.open_sop(SEED)
    return ctx.window


def _sop_editor(ctx: Context) -> QWidget:
    ctx.window.open_sop_editor("edit", SEED)
    return ctx.window


def _kinerja(ctx: Context) -> QWidget:
    ctx.window.open_kinerja()
    return ctx.window


def _new_case(ctx: Context) -> QWidget:
    return ctx.window.new_case()


def _settings(page: str) -> Callable[[Context], QWidget]:
    def open_page(ctx: Context) -> QWidget:
        return ctx.window.open_settings(page)
    return open_page


def _record(action: str) -> Callable[[Context], None]:
    def record(ctx: Context) -> None:
        view = ctx.case_view(ctx.fresh_case_id if action == "start" else ctx.case_id)
        for step in view.view_data.sop.steps:
            offer = view.offers(step.no).get(action)
            if offer is not None and offer.allowed:
                view.select_step(step.no)
                break
        view.record(action)
    return record


def _note(ctx: Context) -> None:
    ctx.case_view().add_note()


def _correction(ctx: Context) -> None:
    ctx.case_view().correct()


def _change_time(ctx: Context) -> None:
    ctx.case_view().change_time()


def _manual(ctx: Context) -> QWidget:
    return ctx.window.show_manual()


def _print_preview(ctx: Context) -> QWidget:
    from ..paperwork.print_preview import PrintPreviewDialog
    return PrintPreviewDialog(ctx.pk_pdf(), title="Perjanjian Kinerja Tahun 2027",
                              file_name="PK 2027 Kecamatan Somagede.pdf", paper=ctx.office.profile().paper,
                              parent=ctx.window)


def _pk_versions(ctx: Context) -> QWidget:
    from ..paperwork.pk_versions import PkVersionsDialog
    return PkVersionsDialog(ctx.office, ctx.case_id, ctx.window)


def _pengantar(ctx: Context) -> QWidget:
    from ..paperwork.pengantar_dialog import PengantarDialog
    return PengantarDialog(ctx.office, ctx.case_id, ctx.window)


def _monitoring(ctx: Context) -> QWidget:
    return ctx.window.monitoring_report()


def _monev_monitoring(ctx: Context) -> QWidget:
    return ctx.window.monev_monitoring()


def _monev_evaluation(ctx: Context) -> QWidget:
    return ctx.window.monev_evaluation()


def _monev_annual(ctx: Context) -> QWidget:
    return ctx.window.monev_annual()


def _word_import(ctx: Context) -> QWidget:
    from ...app.sop_word import WordImport
    from ...domain.word_sop import HOW_CELL, Finding
    from ..sops.word_import import WordImportDialog
    sop = ctx.office.current_version(SEED).sop
    result = WordImport(path=str(ctx.folder / "SOP AP Penyusunan PK.docx"), size=184_320, modified=1_764_000_000.0,
                        sop=sop, findings=tuple(Finding(s.no, HOW_CELL, "persegi") for s in sop.steps),
                        warnings=("Langkah 4: waktu \"2 hr\" dibaca sebagai 2 hari kerja.",
                                  "Kolom Keterangan kosong pada 3 langkah."),
                        targets_read={s.no: (True, True) for s in sop.steps if s.is_decision})
    return WordImportDialog(ctx.office, result, ctx.window, open_in_editor=lambda _sop: None)


def _restore(ctx: Context) -> QWidget:
    from ...app import data
    from ..data.data_dialogs import RestoreDialog
    data.backup_at_start(Path(ctx.office.target))
    return RestoreDialog(Path(ctx.office.target), ctx.window)


def _damaged(ctx: Context) -> QWidget:
    from ...app import data
    from ...domain.errors import UserError
    from ..data.data_dialogs import DamagedDialog, newest_backup_for
    path = Path(ctx.office.target)
    data.backup_at_start(path)
    error = UserError(f"Berkas {path} rusak: database disk image is malformed.")
    return DamagedDialog(error, path, newest_backup_for(path), ctx.window)


def _progress(ctx: Context) -> QWidget:
    from ..kit.workers import ProgressDialog
    return ProgressDialog("Cadangkan", "Menyalin data ke cadangan…", ctx.window, cancellable=True, determinate=True)


def _unexpected(ctx: Context) -> QWidget:
    from ..kit.errors import UnexpectedErrorDialog
    details = "Traceback (most recent call last):\n" + "\n".join(
        f'  File "sopdesk/ui/contoh.py", line {n}, in langkah_{n}' for n in range(1, 30)) + "\nRuntimeError: contoh"
    dialog = UnexpectedErrorDialog(details, ctx.window)
    dialog.show_button.click()   # the details unfolded: the tallest it gets
    return dialog


def _message(action: Callable[[Context], Any]) -> Callable[[Context], QWidget]:
    """A message box: the text the action reports (nobody is there to click, so it is only reported)."""
    def open_box(ctx: Context) -> QWidget:
        before = len(messages.problems)
        action(ctx)
        texts = messages.problems[before:]
        del messages.problems[before:]   # the audit itself is no problem of the run
        box = QMessageBox(QMessageBox.Icon.Information, "sopdesk", texts[-1] if texts else "",
                          QMessageBox.StandardButton.Ok, ctx.window)
        return box
    return open_box


# name → opener; a new window or dialog is one more line
OPENERS: list[tuple[str, Callable[[Context], QWidget | None]]] = [
    ("Jendela utama: Daftar Kasus", _main),
    ("Jendela utama: kasus (Alur)", _case),
    ("Jendela utama: kasus (Dokumen, PK)", _case_documents),
    ("Jendela utama: Pustaka SOP", _library),
    ("Jendela utama: SOP", _sop),
    ("Jendela utama: Ubah SOP", _sop_editor),
    ("Jendela utama: Kinerja SOP", _kinerja),
    ("Kasus baru", _new_case),
    ("Catat mulai", _record("start")),
    ("Catat selesai", _record("finish")),
    ("Catatan", _note),
    ("Koreksi", _correction),
    ("Ubah waktu", _change_time),
    ("Pengaturan: Profil Kantor", _settings("profile")),
    ("Pengaturan: Pejabat dan Pegawai", _settings("officials")),
    ("Pengaturan: Jam Kerja", _settings("hours")),
    ("Pengaturan: Hari Libur", _settings("holidays")),
    ("Pengaturan: Bahasa dan PC Ini", _settings("this_pc")),
    ("Pengaturan: Basis Data Kantor", _settings("office_database")),
    ("Pratinjau cetak (PK)", _print_preview),
    ("Versi PK", _pk_versions),
    ("Surat pengantar", _pengantar),
    ("Laporan monitoring", _monitoring),
    ("Monitoring SOP AP", _monev_monitoring),
    ("Evaluasi SOP AP", _monev_evaluation),
    ("Laporan tahunan monev", _monev_annual),
    ("Impor dari Word", _word_import),
    ("Pulihkan dari cadangan", _restore),
    ("Basis data rusak", _damaged),
    ("Kemajuan pekerjaan", _progress),
    ("Kesalahan tak terduga", _unexpected),
    ("Panduan", _manual),
    ("Tentang sopdesk", _message(lambda ctx: ctx.window.about())),
]


def audit(ctx: Context, openers: list[tuple[str, Callable[[Context], QWidget | None]]] | None = None,
          look: Callable[[str, QWidget], None] | None = None) -> list[WindowReport]:
    """Open each window in turn, measure it, close it (the main window stays). `look(name, window)` is
    called while each is open (e.g. to take a picture of the screen)."""
    app = QApplication.instance()
    assert app is not None
    reports: list[WindowReport] = []
    ctx.window.show()
    settle(ctx.window)
    for name, opener in (OPENERS if openers is None else openers):
        catcher = ModalCatcher(name, reports, look)
        app.installEventFilter(catcher)
        before = len(reports)
        try:
            shown = opener(ctx)
        except Exception as e:   # a window that cannot even open is the worst misfit
            log.exception("layout audit: %s could not be opened", name)
            reports.append(WindowReport(name, 0, 0, 0, 0, [Problem("", "", [0, 0, 0, 0],
                                                                   f"could not be opened: {type(e).__name__}: {e}")]))
            continue
        finally:
            app.removeEventFilter(catcher)
        settle()   # a dialog opened with open() (window-modal) is caught, measured and closed here
        if shown is not None and (not shiboken6.isValid(shown) or shown in catcher.seen):
            shown = None
        if shown is None:
            if len(reports) == before:
                reports.append(WindowReport(name, 0, 0, 0, 0, [Problem("", "", [0, 0, 0, 0], "nothing was opened")]))
            continue
        if not shown.isVisible():
            shown.show()
        settle(shown)
        reports.append(measure(name, shown))
        if look is not None:
            look(name, shown)
        if shown is not ctx.window:
            shown.close()
            shown.deleteLater()
            settle()
    return reports


def text_report(reports: list[WindowReport]) -> str:
    lines = []
    for r in reports:
        mark = "OK " if not r.problems else "!! "
        lines.append(f"{mark}{r.window}: {r.width}×{r.height} (layar {r.screen_width}×{r.screen_height})")
        for p in r.problems:
            what = f"{p.widget} \"{p.text}\"" if p.text else p.widget
            lines.append(f"     {what} {p.rect}: {p.reason}")
    bad = sum(1 for r in reports if r.problems)
    lines.append(f"{len(reports)} jendela diperiksa, {bad} bermasalah.")
    return "\n".join(lines)


def file_name(number: int, name: str) -> str:
    """"07-kasus-baru.png": in the order the audit opened them, readable in a file list."""
    words = "".join(c if c.isalnum() else "-" for c in name.lower())
    return f"{number:02d}-" + "-".join(w for w in words.split("-") if w) + ".png"


def picture_taker(folder: Path) -> Callable[[str, QWidget], None]:
    """A `look` for `audit` that saves each window as a PNG in `folder` (at the screen's scale)."""
    folder.mkdir(parents=True, exist_ok=True)
    taken: list[str] = []

    def take(name: str, window: QWidget) -> None:
        taken.append(name)
        path = folder / file_name(len(taken), name)
        if not window.grab().save(str(path), "PNG"):
            log.warning("layout audit: %s could not be saved", path)
    return take


def run(app: QApplication, as_json: bool = False, screenshots: str | None = None) -> int:
    """The whole audit in a temporary database; prints the report; 1 if any window does not fit.
    `screenshots`: a folder where each window is saved as a PNG while it is open."""
    look = picture_taker(Path(screenshots)) if screenshots else None
    with tempfile.TemporaryDirectory(prefix="sopdesk-audit-") as folder:
        ctx = Context(Path(folder))
        try:
            reports = audit(ctx, look=look)
        finally:
            ctx.window.close()
            ctx.close()
    out = json.dumps([r.as_json() for r in reports], ensure_ascii=False, indent=1) if as_json \
        else text_report(reports)
    print(out, file=sys.stdout)
    return 1 if any(r.problems for r in reports) else 0
