"""The main window: menus, toolbar, status bar, and tabs (the case list first, then open cases and SOPs)."""
from __future__ import annotations

import logging
import string
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabBar, QTabWidget, QToolBar, QWidget

from ... import __version__, paths
from ...app.changes import PROFILE
from ...domain.errors import UserError

# The case screen loads with the window, not with the first case opened: its ~50 ms of imports
# (the flowchart's dataclasses, the graphics classes) fit in start-up, not in opening a case.
from ..cases import case_view  # noqa: F401
from ..cases.case_list import CaseListPanel
from ..kit import messages
from ..kit.errors import busy, user_action
from ..kit.formatting import long_now, short_datetime, sop_short_name
from ..kit.widgets import FRAME_ROOM, fit_to_screen, screen_area, window_room
from ..settings import pc_settings
from .change_bridge import ChangeBridge
from .office_watch import OfficeWatch
from .page import MessagePage, Page

if TYPE_CHECKING:
    from ...app.office import Office
    from ...domain.sop import Sop
    from ..cases.case_view import CaseViewWidget
    from ..reports.kinerja_view import KinerjaPage
    from ..sops.sop_editor import SopEditorPage
    from ..sops.sop_library import SopLibraryWidget
    from ..sops.sop_view import SopViewWidget

log = logging.getLogger(__name__)

TAB_TITLE_CHARS = 32
DEFAULT_SIZE = QSize(1280, 800)  # the first start where the screen has room for it (else maximised)
STALE_LIST_SECONDS = 300  # a list older than this is re-read when the window is activated again


def _short(text: str, limit: int = TAB_TITLE_CHARS) -> str:
    """A tab title: shortened, and "&" doubled so Qt does not take it for a shortcut marker."""
    text = text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
    return text.replace("&", "&&")


def unit_title(unit: str) -> str:
    """"KECAMATAN SOMAGEDE" -> "Kecamatan Somagede" (the kop writes it in capitals, a title bar need not)."""
    unit = " ".join(unit.split())
    return string.capwords(unit.lower()) if unit.isupper() else unit


class MainWindow(QMainWindow):
    def __init__(self, office: Office, parent=None, *, restore_layout: bool = True):
        super().__init__(parent)
        self.office = office
        self.changes = ChangeBridge(office.changes, self)  # the one every view of this window listens to
        self._connect_changes()
        self._case_tabs: dict[int, CaseViewWidget] = {}
        self._sop_tabs: dict[str, SopViewWidget] = {}
        self._editor_tabs: dict[str, SopEditorPage] = {}   # "edit:<code>", or "new:<n>" until saved
        self._library: SopLibraryWidget | None = None
        self._waiting: MessagePage | None = None  # in place of the case list while data is restored
        self._listed_at = time.monotonic()
        self.dialog: QWidget | None = None  # the last dialog opened (tests drive it)
        self._tasks: list = []  # background work running (data_dialogs.Task)
        self._detached = False  # the database is let go of while it is being restored
        self._late_minute: datetime | None = None  # the minute of the clock the late counts were read at
        self.setObjectName("MainWindow")
        self.resize(DEFAULT_SIZE)
        self.setMinimumSize(800, 520)
        self._make_actions()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(lambda _i: self._update_print_action())
        self.setCentralWidget(self.tabs)

        self.case_list = self._make_case_list()
        self.tabs.addTab(self.case_list, self.tr("Daftar Kasus"))
        self._pin_tab(self.case_list)

        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()
        self.update_title()
        # A smoke run or a test must neither take nor overwrite the size the user left the window at.
        self._remember_layout = restore_layout
        if restore_layout:
            self._restore_layout()

    # -- building the window ----------------------------------------------------
    def _make_case_list(self) -> CaseListPanel:
        panel = CaseListPanel(self.office, changes=self.changes)
        panel.open_case.connect(self.open_case)
        panel.new_case_requested.connect(self.new_case)
        return panel

    def _connect_changes(self) -> None:
        """The window's own part; each view listens for itself."""
        self.changes.case_changed.connect(self._retitle_case_tab)
        self.changes.cases_imported.connect(self._cases_imported)
        self.changes.settings_changed.connect(self._settings_changed)
        self.changes.database_replaced.connect(self._database_replaced)

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)})"
                              if shortcut else tip)
        if slot:
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _make_actions(self) -> None:
        a = self._action
        self.new_case_action = a(self.tr("Kasus &Baru…"), self.new_case, "Ctrl+N",
                                 self.tr("Buat kasus baru dari sebuah SOP"))
        self.open_case_action = a(self.tr("&Buka Kasus"), self.open_selected_case, "Ctrl+O",
                                  self.tr("Buka kasus yang dipilih di daftar"))
        self.search_action = a(self.tr("&Cari Kasus"), self.focus_search, "Ctrl+F",
                               self.tr("Cari kasus menurut judul, nomor surat atau perihal"))
        self.refresh_action = a(self.tr("&Segarkan"), self.refresh, "F5", self.tr("Muat ulang daftar kasus"))
        self.close_tab_action = a(self.tr("&Tutup Tab"), self.close_current_tab, ["Ctrl+W", "Ctrl+F4"],
                                  self.tr("Tutup tab yang sedang dibuka"))
        self.quit_action = a(self.tr("&Keluar"), self.close, "Ctrl+Q", self.tr("Tutup sopdesk"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        # Ctrl+P prints what the current case tab shows: the case report on "Alur", the PK on "Dokumen".
        self.print_action = a(self.tr("&Cetak…"), self.print_current, "Ctrl+P",
                              self.tr("Cetak dokumen yang sedang dibuka"))
        self.print_action.setEnabled(False)
        self.import_case_action = a(self.tr("&Impor Kasus (.sopcase)…"), self.import_case_dialog, None,
                                    self.tr("Ambil kasus dari berkas .sopcase (mis. dari flashdisk)"))
        self.export_case_action = a(self.tr("&Ekspor Kasus (.sopcase)…"), self.export_case, None,
                                    self.tr("Simpan kasus yang dipilih atau dibuka sebagai berkas .sopcase"))
        self.backup_action = a(self.tr("&Cadangkan Sekarang…"), self.backup_now, None,
                               self.tr("Salin seluruh data ke berkas cadangan, mis. di flashdisk"))
        self.restore_action = a(self.tr("&Pulihkan dari Cadangan…"), self.restore_from_backup, None,
                                self.tr("Ganti data dengan isi sebuah cadangan (data sekarang disimpan dulu)"))
        self.check_action = a(self.tr("Periksa &Keutuhan Data"), self.check_integrity, None,
                              self.tr("Periksa seluruh berkas data dari kerusakan"))
        self.sop_library_action = a(self.tr("&Pustaka SOP"), self.open_sop_library, None,
                                    self.tr("Daftar SOP kantor; buka diagram alirnya"))
        self.new_sop_action = a(self.tr("SOP &Baru…"), lambda: self.open_sop_editor("new"), None,
                                self.tr("Tulis SOP baru di editor"))
        self.edit_sop_action = a(self.tr("&Ubah SOP…"), lambda: self.open_sop_editor("edit"), None,
                                 self.tr("Ubah SOP yang dipilih; disimpan sebagai versi baru"))
        self.copy_sop_action = a(self.tr("&Salin SOP…"), lambda: self.open_sop_editor("copy"), None,
                                 self.tr("Buat SOP baru dari salinan SOP yang dipilih"))
        self.import_sop_action = a(self.tr("&Impor SOP…"), self.import_sop, None,
                                   self.tr("Tambahkan SOP dari berkas .toml"))
        self.export_sop_action = a(self.tr("&Ekspor SOP…"), self.export_sop, None,
                                   self.tr("Simpan SOP sebagai berkas .toml"))
        # -- Impor dari Word (issue 13) --
        self.import_word_action = a(self.tr("Impor dari &Word…"), self.import_word, None,
                                    self.tr("Baca SOP dari lembar SOP AP dokumen Word (.docx), periksa, lalu simpan"))
        # -- end Impor dari Word --
        self.case_report_action = a(self.tr("Laporan &kasus…"), self.case_report, None,
                                    self.tr("Laporan pelaksanaan kasus yang dibuka (atau dipilih di daftar)"))
        self.monitoring_action = a(self.tr("Laporan &monitoring…"), self.monitoring_report, None,
                                   self.tr("Seberapa tepat waktu standar SOP ditepati dalam satu tahun"))
        self.sop_sheet_action = a(self.tr("&Lembar SOP…"), self.sop_sheet, None,
                                  self.tr("Lembar SOP (identitas dan diagram alir) untuk dicetak"))
        self.settings_action = a(self.tr("&Pengaturan…"), self.open_settings, "Ctrl+,",
                                 self.tr("Profil kantor, pejabat, jam kerja, hari libur, bahasa"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_page_actions = []
        for page, text in (("profile", self.tr("Profil &Kantor…")), ("officials", self.tr("P&ejabat dan Pegawai…")),
                           ("hours", self.tr("&Jam Kerja…")), ("holidays", self.tr("&Hari Libur…")),
                           ("this_pc", self.tr("&Bahasa dan PC Ini…"))):
            self.settings_page_actions.append(a(text, lambda p=page: self.open_settings(p)))
        self.data_folder_action = a(self.tr("Buka &Folder Data"), self.open_data_folder, None,
                                    self.tr("Folder berisi basis data, cadangan dan catatan program"))
        self.manual_action = a(self.tr("&Panduan"), self.show_manual, "F1",
                               self.tr("Panduan pemakaian sopdesk, tanpa internet"))
        self.about_action = a(self.tr("&Tentang sopdesk"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self._make_monev_actions()
        self._make_kinerja_action()

    def _make_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&Berkas"))
        m.addAction(self.import_case_action)
        m.addAction(self.export_case_action)
        m.addSeparator()
        m.addAction(self.backup_action)
        m.addAction(self.restore_action)
        m.addAction(self.check_action)
        m.addSeparator()
        m.addAction(self.print_action)
        m.addSeparator()
        m.addAction(self.close_tab_action)
        m.addAction(self.quit_action)
        m = bar.addMenu(self.tr("&Kasus"))
        for act in (self.new_case_action, self.open_case_action, self.search_action):
            m.addAction(act)
        m.addSeparator()
        m.addAction(self.refresh_action)
        m = bar.addMenu(self.tr("&SOP"))
        m.addAction(self.sop_library_action)
        m.addSeparator()
        m.addAction(self.new_sop_action)
        m.addAction(self.edit_sop_action)
        m.addAction(self.copy_sop_action)
        m.addSeparator()
        m.addAction(self.import_sop_action)
        m.addAction(self.export_sop_action)
        m.addAction(self.import_word_action)  # Impor dari Word (issue 13)
        m = bar.addMenu(self.tr("&Laporan"))
        m.addAction(self.case_report_action)
        m.addAction(self.monitoring_action)
        m.addAction(self.sop_sheet_action)
        m.addAction(self.kinerja_action)   # Kinerja SOP (issue 15)
        self._add_monev_menu(m)
        m = bar.addMenu(self.tr("&Pengaturan"))
        m.addAction(self.settings_action)
        m.addSeparator()
        for act in self.settings_page_actions:
            m.addAction(act)
        m = bar.addMenu(self.tr("Ban&tuan"))
        m.addAction(self.manual_action)
        m.addSeparator()
        m.addAction(self.data_folder_action)
        m.addSeparator()
        m.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Bilah alat"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.new_case_action)
        self.toolbar.addAction(self.open_case_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.sop_library_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.refresh_action)
        # The menu texts carry "…" and accelerators; the toolbar shows the plain words (iconText).
        for action, text in ((self.new_case_action, self.tr("Kasus Baru")), (self.open_case_action, self.tr("Buka")),
                             (self.sop_library_action, self.tr("Pustaka SOP")),
                             (self.refresh_action, self.tr("Segarkan"))):
            action.setIconText(text)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_label = QLabel()
        self.backup_label = QLabel()  # the daily backup failed: stays until the next start
        self.backup_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.backup_label.setWordWrap(False)
        self.backup_label.hide()
        self.clock_label = QLabel()
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.backup_label)
        bar.addPermanentWidget(self.clock_label)
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._tick()
        self.update_status()
        # Other PCs' changes, and whether the database can be reached (ui/shell/office_watch.py).
        self.office_watch = OfficeWatch(lambda: None if self._detached else self.office, bar, self)

    def _tick(self) -> None:
        if self._detached:
            return
        now = self.office.now()
        self.clock_label.setText(long_now(now, self.office.tz))
        self._recount_late(now)

    def _recount_late(self, now: datetime) -> None:
        """Once a minute: the case list's late counts, which change as due times pass with nothing recorded.
        Not while the database is out of reach (no wait on the network here; the watcher says when it is back)."""
        minute = now.replace(second=0, microsecond=0)
        if minute == self._late_minute:
            return
        first = self._late_minute is None   # the list has just counted them itself
        self._late_minute = minute
        if not first and self.office_watch.reachable:
            self.case_list.refresh_late_counts()

    def update_status(self) -> None:
        text = self.tr("Siap  ·  {db}").format(db=Path(self.office.target).name)
        last = self._last_backup_text()
        if last:
            text += "  ·  " + last
        self.status_label.setText(text)
        self.status_label.setToolTip(self.office.target)

    def _last_backup_text(self) -> str:
        """"cadangan terakhir hari ini 07.30" (the automatic or manual backups beside the database)."""
        from ...app.data import database_path, last_backup
        db = database_path(self.office)
        if db is None:
            return ""
        try:
            last = last_backup(db)
        except Exception:  # the status line must never stop the window
            log.exception("could not list backups")
            return ""
        if last is None:
            return self.tr("belum ada cadangan")
        made = last.made_at
        if made.tzinfo is not None:  # said in office time, like the clock beside it
            made = made.astimezone(self.office.tz)
        days = (datetime.now(made.tzinfo).date() - made.date()).days
        clock = f"{made.hour:02d}.{made.minute:02d}"
        if days == 0:
            return self.tr("cadangan terakhir hari ini {time}").format(time=clock)
        if days == 1:
            return self.tr("cadangan terakhir kemarin {time}").format(time=clock)
        return self.tr("cadangan terakhir {when}").format(when=short_datetime(made, made.tzinfo))

    def show_backup_problem(self, text: str | None) -> None:
        """The daily backup failed (office.backup_problem): in the status bar, and once as a warning that
        does not block."""
        if not text:
            self.backup_label.hide()
            return
        self.backup_label.setText(self.tr("Cadangan harian gagal"))
        self.backup_label.setToolTip(text)
        self.backup_label.show()
        messages.notify(self, text, self.tr("Cadangan harian tidak dibuat"))

    def update_title(self) -> None:
        unit = unit_title(self.office.profile().unit)
        self.setWindowTitle(f"sopdesk — {unit}" if unit else "sopdesk")

    def _restore_layout(self) -> None:
        geometry = pc_settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.first_geometry()
            return
        self.clamp_to_screen()

    def first_geometry(self) -> None:
        """The first start on this PC: the default size where the screen has room for it, else maximised
        (a 1366×768 laptop, or any screen at 125 %), sized to the screen either way."""
        area = screen_area(self)
        size = fit_to_screen(self, DEFAULT_SIZE)
        self.move(area.left() + (area.width() - size.width()) // 2,
                  area.top() + max(0, (area.height() - size.height() - FRAME_ROOM.height()) // 2))
        if size != DEFAULT_SIZE:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def clamp_to_screen(self) -> None:
        """A size left on a bigger monitor (or a position on one no longer attached) fitted to this screen."""
        if self.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            return
        area, room = screen_area(self), window_room(self)
        self.setMinimumSize(self.minimumSize().boundedTo(room))
        rect = self.geometry()
        rect.setSize(rect.size().boundedTo(room))
        # the frame's top-left inside the area, and the whole frame as far as it fits
        left = min(max(rect.left(), area.left()), area.left() + area.width() - rect.width() - FRAME_ROOM.width())
        top = min(max(rect.top(), area.top()), area.top() + area.height() - rect.height() - FRAME_ROOM.height())
        rect.moveTo(max(left, area.left()), max(top, area.top()))
        self.setGeometry(rect)

    def closeEvent(self, event) -> None:
        if self.tasks_running():
            # A backup or restore half done must not be cut off by closing the window.
            event.ignore()
            self.statusBar().showMessage(self.tr("Tunggu sampai pekerjaan yang sedang berjalan selesai."), 6000)
            return
        for editor in list(self._editor_tabs.values()):
            if not editor.confirm_close():   # "Batal": the window stays open with the edit
                event.ignore()
                self.tabs.setCurrentWidget(editor)
                return
        self.save_open_documents()
        if self._remember_layout:
            pc_settings.save_window_geometry(self.saveGeometry())
        super().closeEvent(event)

    # -- tabs ---------------------------------------------------------------
    def _pin_tab(self, widget: QWidget) -> None:
        """The case list cannot be closed: no close button on its tab."""
        i = self.tabs.indexOf(widget)
        for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
            self.tabs.tabBar().setTabButton(i, side, None)

    def _add_tab(self, page: QWidget, title: str, tooltip: str) -> None:
        """`page` implements Page (shell/page.py)."""
        i = self.tabs.addTab(page, _short(title))
        self.tabs.setTabToolTip(i, tooltip)
        self.tabs.setCurrentIndex(i)

    def _page(self, widget: QWidget | None) -> Page | None:
        """Every tab is a Page (shell/page.py)."""
        return cast(Page, widget) if widget is not None else None

    def current_page(self) -> Page | None:
        return self._page(self.tabs.currentWidget())

    def close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is None or widget is self.case_list or widget is self._waiting:
            return
        if widget in self._editor_tabs.values() and not cast("SopEditorPage", widget).confirm_close():
            return   # the SOP editor asked, and was told to stay
        try:
            cast(Page, widget).save_now()  # what is typed in the PK editor
        except Exception:  # the editor shows its own problems; closing goes on
            log.exception("could not save before closing the tab")
        self.tabs.removeTab(index)
        self._case_tabs = {k: w for k, w in self._case_tabs.items() if w is not widget}
        self._sop_tabs = {k: w for k, w in self._sop_tabs.items() if w is not widget}
        self._editor_tabs = {k: w for k, w in self._editor_tabs.items() if w is not widget}
        if self._library is not None and widget is self._library:
            self._library = None
        widget.deleteLater()

    def close_current_tab(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def case_tab(self, case_id: int) -> CaseViewWidget | None:
        return self._case_tabs.get(case_id)

    # -- actions ----------------------------------------------------------------
    def open_case(self, case_id: int) -> CaseViewWidget | None:
        """One tab per case: opening it again brings its tab to the front."""
        existing = self._case_tabs.get(case_id)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            return existing
        with user_action(self), busy():
            rows = self.office.case_rows([case_id])
            if case_id not in rows:
                raise UserError(self.tr("Kasus nomor {id} tidak ada.").format(id=case_id))
            row = rows[case_id]
            from ..cases.case_view import CaseViewWidget  # not needed to show the window
            widget = CaseViewWidget(self.office, case_id, self, changes=self.changes)
            self._case_tabs[case_id] = widget
            tip = self.tr("{title}\nKasus nomor {id}").format(title=row["title"], id=case_id)
            self._add_tab(widget, row["title"], tip)
            return widget
        return None

    def _retitle_case_tab(self, case_id: int) -> None:
        widget = self._case_tabs.get(case_id)
        if widget is None:
            return
        rows = self.office.case_rows([case_id])
        if case_id in rows:
            self.tabs.setTabText(self.tabs.indexOf(widget), _short(rows[case_id]["title"]))

    def _cases_imported(self, case_ids: list) -> None:
        for case_id in case_ids:
            self._retitle_case_tab(case_id)

    def open_selected_case(self) -> None:
        case_id = self.case_list.selected_case_id()
        if case_id is None:
            self.statusBar().showMessage(self.tr("Pilih dulu sebuah kasus di daftar."), 4000)
            self.tabs.setCurrentWidget(self.case_list)
            self.case_list.table.setFocus()
            return
        self.open_case(case_id)

    def new_case(self, sop_code: str | None = None):
        from ..cases.new_case_dialog import NewCaseDialog
        dialog = NewCaseDialog(self.office, self, sop_code=sop_code)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._case_created)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _case_created(self, case_id: int) -> None:
        self.tabs.setCurrentWidget(self.case_list)
        self.case_list.show_case(case_id)
        self.statusBar().showMessage(self.tr("Kasus baru dibuat."), 5000)
        self.open_case(case_id)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.case_list)
        self.case_list.focus_search()

    def refresh(self) -> None:
        with user_action(self), busy():
            self.case_list.refresh()
            self._listed_at = time.monotonic()
            if self._library is not None:
                self._library.refresh()
            self.update_title()
            self._tick()
        self.statusBar().showMessage(self.tr("Daftar kasus dimuat ulang."), 3000)

    def open_sop_library(self):
        from ..sops.sop_library import SopLibraryWidget
        if self._library is None:
            self._library = SopLibraryWidget(self.office, self, changes=self.changes)
            self._library.open_sop.connect(self.open_sop)
            self._library.new_case.connect(self.new_case)
            self._library.edit_requested.connect(lambda mode, code: self.open_sop_editor(mode, code or None))
            self._add_tab(self._library, self.tr("Pustaka SOP"), self.tr("Daftar SOP kantor"))
        self.tabs.setCurrentWidget(self._library)
        return self._library

    def open_sop(self, code: str) -> SopViewWidget | None:
        existing = self._sop_tabs.get(code)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            return existing
        with user_action(self), busy():
            from ..sops.sop_view import SopViewWidget
            widget = SopViewWidget(self.office, code, self)
            name = widget.sop.name
            self._sop_tabs[code] = widget
            self._add_tab(widget, self.tr("SOP: {name}").format(name=sop_short_name(name)), f"{name}\n({code})")
            return widget
        return None

    def chosen_sop_code(self, verb: str) -> str | None:
        """The SOP of the current tab, else the one selected in the library, else the only one; None (with
        the library opened and a word in the status bar) when the user has to choose first."""
        page = self.current_page()
        shown = page.sop_shown() if page is not None else None
        if shown is not None:
            return shown[0]
        if self._library is not None and self.tabs.currentWidget() is self._library:
            code = self._library.selected_code()
            if code:
                return code
        sops = self.office.sops()
        if len(sops) == 1:
            return sops[0].code
        library = self.open_sop_library()
        self.statusBar().showMessage(self.tr("Pilih SOP di Pustaka SOP, lalu tekan {verb}.").format(verb=verb), 6000)
        library.table.setFocus()
        return None

    def open_sop_editor(self, mode: str, code: str | None = None) -> SopEditorPage | None:
        """SOP → SOP baru / Ubah SOP / Salin SOP: the editor in a tab of its own (one per SOP being changed)."""
        from ..sops import sop_editor
        if mode != "new" and code is None:
            code = self.chosen_sop_code(self.tr("Ubah SOP") if mode == "edit" else self.tr("Salin SOP"))
            if code is None:
                return None
        if mode == "edit":
            existing = self._editor_tabs.get(f"edit:{code}")
            if existing is not None:
                self.tabs.setCurrentWidget(existing)
                return existing
        with user_action(self), busy():
            if mode == "edit":
                assert code is not None
                page = sop_editor.edit_page(self.office, code, self, self.changes)
                title = self.tr("Ubah SOP: {name}").format(name=sop_short_name(page.doc.sop.name))
                key = f"edit:{code}"
            elif mode == "copy":
                assert code is not None
                page = sop_editor.copy_page(self.office, code, self, self.changes)
                title = self.tr("Salin SOP: {name}").format(name=sop_short_name(self.office.sop(code).name))
                key = f"copy:{id(page)}"
            else:
                page = sop_editor.new_page(self.office, self, self.changes)
                title, key = self.tr("SOP baru"), f"new:{id(page)}"
            self._editor_tabs[key] = page
            page.close_requested.connect(lambda p=page: self.close_tab(self.tabs.indexOf(p)))
            page.saved.connect(lambda c, n, p=page: self._sop_saved(p, c, n))
            self._add_tab(page, title, title)
            return page
        return None

    def open_sop_draft(self, sop: Sop) -> SopEditorPage:
        """A new SOP made elsewhere (e.g. imported from Word) in the editor, to correct and save."""
        from ..sops import sop_editor
        page = sop_editor.draft_page(self.office, sop, self, self.changes)
        self._editor_tabs[f"draft:{id(page)}"] = page
        page.close_requested.connect(lambda p=page: self.close_tab(self.tabs.indexOf(p)))
        page.saved.connect(lambda c, n, p=page: self._sop_saved(p, c, n))
        title = self.tr("SOP baru: {name}").format(name=sop_short_name(sop.name)) if sop.name.strip() else \
            self.tr("SOP baru")
        self._add_tab(page, title, title)
        return page

    def _sop_saved(self, page: SopEditorPage, code: str, number: int) -> None:
        self._editor_tabs = {k: w for k, w in self._editor_tabs.items() if w is not page}
        self._editor_tabs[f"edit:{code}"] = page
        name = sop_short_name(page.doc.sop.name)
        i = self.tabs.indexOf(page)
        self.tabs.setTabText(i, _short(self.tr("Ubah SOP: {name}").format(name=name)))
        self.tabs.setTabToolTip(i, self.tr("Ubah SOP: {name}").format(name=name))
        self.statusBar().showMessage(self.tr("SOP {code} disimpan sebagai versi {n}.").format(code=code, n=number),
                                     6000)

    # -- reports ------------------------------------------------------------------
    def case_report(self):
        """Laporan → Laporan kasus…: the case of the current tab, else the one selected in the list."""
        case_id = self.current_case_id()
        if case_id is None:
            self.statusBar().showMessage(self.tr("Buka atau pilih dulu sebuah kasus."), 4000)
            return None
        from ..paperwork.document_actions import preview_case_report
        return preview_case_report(self, self.office, case_id)

    def monitoring_report(self):
        """Laporan → Laporan monitoring…: the dialog beside the window (not modal)."""
        from ..reports.reports_dialog import show_monitoring
        self.dialog = show_monitoring(self, self.office)
        return self.dialog

    # -- Kinerja SOP (issue 15): where time goes, on the swimlane --------------------
    def _make_kinerja_action(self) -> None:
        self.kinerja_action = self._action(self.tr("&Kinerja SOP"), self.open_kinerja, None,
                                           self.tr("Warna setiap langkah SOP menurut ketepatan waktunya dalam "
                                                   "satu periode"))
        self._kinerja: KinerjaPage | None = None

    def open_kinerja(self) -> KinerjaPage:
        """Laporan → Kinerja SOP: one tab; asked for again, it comes to the front."""
        import shiboken6

        from ..reports.kinerja_view import KinerjaPage
        page = self._kinerja
        if page is None or not shiboken6.isValid(page) or self.tabs.indexOf(page) < 0:
            code = None
            current = self.current_page()
            shown = current.sop_shown() if current is not None else None
            if shown is not None:
                code = shown[0]
            page = KinerjaPage(self.office, self, changes=self.changes, sop_code=code)
            self._kinerja = page
            self._add_tab(page, self.tr("Kinerja SOP"), self.tr("Kinerja SOP: ketepatan waktu setiap langkah"))
        self.tabs.setCurrentWidget(page)
        return page

    def sop_sheet(self):
        """Laporan → Lembar SOP…: the SOP of the current SOP tab, library row or case (its own version)."""
        from ..paperwork.document_actions import preview_sop_sheet
        page = self.current_page()
        shown = page.sop_shown() if page is not None else None
        code, version = shown if shown is not None else (None, None)
        if code is None:
            sops = self.office.sops()
            if len(sops) != 1:
                library = self.open_sop_library()
                self.statusBar().showMessage(self.tr("Pilih SOP di Pustaka SOP, lalu tekan Cetak lembar SOP…"), 6000)
                library.table.setFocus()
                return None
            code = sops[0].code
        return preview_sop_sheet(self, self.office, code, version)

    # -- monitoring and evaluation of SOP AP (Permenpan RB 35/2012) ---------------------
    def _make_monev_actions(self) -> None:
        a = self._action
        self.monev_monitoring_action = a(self.tr("Monitoring SOP &AP (per semester)…"), self.monev_monitoring, None,
                                         self.tr("Formulir Monitoring Pelaksanaan SOP AP, diisi dari kasus semester"))
        self.monev_evaluation_action = a(self.tr("&Evaluasi SOP AP (per tahun)…"), self.monev_evaluation, None,
                                         self.tr("Tujuh butir evaluasi penerapan SOP AP dan rekomendasinya"))
        self.monev_annual_action = a(self.tr("Laporan &Tahunan Monev SOP AP…"), self.monev_annual, None,
                                     self.tr("Laporan hasil monitoring dan evaluasi SOP AP satu tahun"))

    def _add_monev_menu(self, menu) -> None:
        menu.addSeparator()
        for action in (self.monev_monitoring_action, self.monev_evaluation_action, self.monev_annual_action):
            menu.addAction(action)

    def monev_monitoring(self):
        from ..reports.monev_monitoring import show_monitoring_form
        return show_monitoring_form(self, self.office, sop_code=self._monev_sop())

    def monev_evaluation(self):
        from ..reports.monev_evaluation import show_evaluation_form
        return show_evaluation_form(self, self.office, sop_code=self._monev_sop())

    def monev_annual(self):
        from ..reports.monev_annual import show_annual_report
        return show_annual_report(self, self.office)

    def _monev_sop(self) -> str | None:
        """The SOP of the current tab (an SOP, a case), if any: the form opens on it."""
        page = self.current_page()
        shown = page.sop_shown() if page is not None else None
        return shown[0] if shown is not None else None

    def import_sop(self) -> None:
        from ..sops.sop_library import import_sop_file
        import_sop_file(self, self.office)  # the list and the library re-read themselves on sops_changed

    # -- Impor dari Word (issue 13) --
    def import_word(self):
        from ..sops.word_import import import_word_file
        # the library re-reads itself on sops_changed; "Buka di editor" goes on in an editor tab
        return import_word_file(self, self.office, open_in_editor=self.open_sop_draft)

    # -- end Impor dari Word --
    def export_sop(self) -> None:
        from ..sops.sop_library import export_sop_file
        page = self.current_page()
        # Not from a case tab: the case runs on its own version, and Ekspor writes the newest.
        from_case = self.tabs.currentWidget() in self._case_tabs.values()
        shown = page.sop_shown() if page is not None and not from_case else None
        code = shown[0] if shown is not None else None
        if code is None:
            sops = self.office.sops()
            if len(sops) == 1:
                code = sops[0].code
            else:
                library = self.open_sop_library()
                self.statusBar().showMessage(self.tr("Pilih SOP yang akan diekspor, lalu tekan Ekspor SOP."), 6000)
                library.table.setFocus()
                return
        export_sop_file(self, self.office, code)

    def open_settings(self, page: str | None = None):
        from ..settings.settings_dialog import SettingsDialog
        dialog = SettingsDialog(self.office, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if page:
            dialog.show_page(page)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _settings_changed(self, what: str) -> None:
        if what == PROFILE:  # the unit in the title, the time zone of the clock
            self.update_title()
            self._tick()

    def _database_replaced(self) -> None:
        self.update_title()
        self._tick()

    def open_data_folder(self) -> None:
        folder = paths.data_dir()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_manual(self, page: str | None = None):
        """Bantuan → Panduan (F1), at the page about the tab in front (shell/help.py)."""
        from .help import show_manual
        return show_manual(self, page)

    def about(self) -> None:
        from ...logs import log_path
        messages.inform(self, self.tr(
            "sopdesk {version}\n\nSOP kantor sebagai diagram alir, kasus yang terlacak, dan dokumen resmi.\n\n"
            "Basis data: {db}\nCatatan program: {log}").format(version=__version__, db=self.office.target,
                                                             log=log_path()),
            self.tr("Tentang sopdesk"))

    def changeEvent(self, event) -> None:
        # Coming back to the window after a while: the clock, and which cases are late, may have changed.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and not self._detached:
            self._tick()
            if time.monotonic() - self._listed_at > STALE_LIST_SECONDS:
                self.case_list.refresh()
                self._listed_at = time.monotonic()
        super().changeEvent(event)

    # -- printing -------------------------------------------------------------------
    def _update_print_action(self) -> None:
        page = self.current_page()
        self.print_action.setEnabled(page is not None and page.can_print())

    def print_current(self) -> object:
        page = self.current_page()
        if page is None or not page.can_print():
            return False
        return page.print_current()

    # -- data: backup, restore, export/import (the work is in data_dialogs) -------------
    def start_task(self, task):
        self._tasks.append(task)
        task.finished.connect(lambda t=task: self._tasks.remove(t) if t in self._tasks else None)
        return task.start()

    def tasks_running(self) -> bool:
        return any(not t.done for t in self._tasks)

    def backup_now(self):
        from ..data import data_dialogs
        return data_dialogs.backup_now(self)

    def restore_from_backup(self):
        from ..data import data_dialogs
        return data_dialogs.restore_from_backup(self)

    def check_integrity(self):
        from ..data import data_dialogs
        return data_dialogs.check_integrity(self)

    def export_case(self, case_id: int | None = None):
        from ..data import data_dialogs
        return data_dialogs.export_case_file(self, case_id)

    def import_case_dialog(self):
        from ..data import data_dialogs
        return data_dialogs.import_case_dialog(self)

    def import_case_file(self, path):
        from ..data import data_dialogs
        return data_dialogs.import_case_file(self, path)

    def current_case_id(self) -> int | None:
        """The case of the current tab, else the one selected in the list."""
        current = self.tabs.currentWidget()
        for case_id, widget in self._case_tabs.items():
            if widget is current:
                return case_id
        return self.case_list.selected_case_id()

    def case_imported(self, case_id: int) -> None:
        """After the user's import: the list shows the case, and its tab opens.

        The list and an open tab of the case have re-read themselves on cases_imported.
        """
        self.case_list.show_case(case_id)
        self.open_case(case_id)

    def save_open_documents(self) -> None:
        for widget in list(self._case_tabs.values()):
            try:
                widget.save_now()
            except Exception:
                log.exception("could not save an open document")

    def detach_office(self) -> None:
        """Let go of the database (before a restore): tabs closed, list emptied, office closed."""
        self.save_open_documents()
        for editor in list(self._editor_tabs.values()):
            if not editor.confirm_close():
                editor.discard()   # the restore goes on: what the editor held cannot stay
        for i in range(self.tabs.count() - 1, -1, -1):
            if self.tabs.widget(i) is not self.case_list:
                self.close_tab(i)
        self._detached = True
        self.changes.close()
        # The case list stays (hidden) until the restored data has a list of its own.
        self._waiting = MessagePage(self.tr("Memulihkan data…"),
                                    self.tr("Data sedang diganti dengan isi cadangan. Tunggu sebentar."))
        self.tabs.insertTab(0, self._waiting, self.tr("Daftar Kasus"))
        self._pin_tab(self._waiting)
        self.tabs.removeTab(self.tabs.indexOf(self.case_list))
        self.tabs.setCurrentIndex(0)
        for action in self._office_actions():
            action.setEnabled(False)
        self.office.close()

    def _office_actions(self):
        return [self.new_case_action, self.open_case_action, self.search_action, self.refresh_action,
                self.sop_library_action, self.new_sop_action, self.edit_sop_action, self.copy_sop_action,
                self.import_sop_action, self.export_sop_action, self.settings_action,
                self.import_case_action, self.export_case_action, self.backup_action, self.restore_action,
                self.check_action, *self.settings_page_actions,
                self.monev_monitoring_action, self.monev_evaluation_action, self.monev_annual_action]

    def attach_office(self, office: Office) -> None:
        """Work on `office` (the restored database) from now on: a fresh case list, title and status."""
        old_list, old_changes, waiting = self.case_list, self.changes, self._waiting
        self.office = office
        self.changes = ChangeBridge(office.changes, self)
        self._connect_changes()
        self.case_list = self._make_case_list()
        self.tabs.insertTab(0, self.case_list, self.tr("Daftar Kasus"))
        self._pin_tab(self.case_list)
        if waiting is not None:
            self.tabs.removeTab(self.tabs.indexOf(waiting))
            waiting.deleteLater()
            self._waiting = None
        old_list.deleteLater()
        old_changes.deleteLater()
        self.tabs.setCurrentIndex(0)
        self._detached = False
        for action in self._office_actions():
            action.setEnabled(True)
        self._listed_at = time.monotonic()
        self.update_title()
        self.update_status()
        self._tick()
        self.show_backup_problem(office.backup_problem)

    def lost_office(self, reason: str = "") -> None:
        """The database could not be opened again after a restore: say so and close."""
        text = self.tr("Data tidak dapat dibuka lagi setelah pemulihan. Tutup sopdesk lalu buka kembali; "
                       "jika masalah berulang, hubungi petugas TI.")
        if reason:
            text += "\n\n" + reason
        messages.error(self, text)
        self._remember_layout = False
        QTimer.singleShot(0, self.close)

    # -- a second start handed its request over (single_instance) ------------------------
    def bring_forward(self) -> None:
        state = self.windowState()
        if state & Qt.WindowState.WindowMinimized:
            self.setWindowState((state & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)  # the taskbar button flashes where Windows refuses to hand over the focus

    def handle_request(self, message: dict, *, bring_forward: bool = True) -> None:
        """{"sopcase": path, "open": case id}: from the command line, or from another start of sopdesk
        on this database (single_instance). The case is opened after the import has finished."""
        if bring_forward:
            self.bring_forward()
        if self._detached:
            self.statusBar().showMessage(self.tr("Tunggu sampai pemulihan selesai, lalu buka berkas itu lagi."), 8000)
            return
        case_id = message.get("open")
        if not isinstance(case_id, int) or isinstance(case_id, bool):
            case_id = None
        path = message.get("sopcase")
        if isinstance(path, str) and path:
            task = self.import_case_file(path)
            if case_id is not None:
                task.finished.connect(lambda: self.open_case(case_id))
        elif case_id is not None:
            self.open_case(case_id)
