"""The main window: menus, toolbar, status bar, and tabs (the case list first, then open cases and SOPs)."""
from __future__ import annotations

import importlib
import importlib.util
import logging
import string
import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (QLabel, QMainWindow, QTabBar, QTabWidget, QToolBar, QVBoxLayout, QWidget)

from .. import __version__, paths
from ..domain.errors import UserError
from . import messages, pc_settings
from .case_list import CaseListPanel, status_of
from .errors import busy, user_action
from .formatting import long_now, sop_short_name

log = logging.getLogger(__name__)

TAB_TITLE_CHARS = 32
STALE_LIST_SECONDS = 300  # a list older than this is re-read when the window is activated again


def _short(text: str, limit: int = TAB_TITLE_CHARS) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def unit_title(unit: str) -> str:
    """"KECAMATAN SOMAGEDE" -> "Kecamatan Somagede" (the kop writes it in capitals, a title bar need not)."""
    unit = " ".join(unit.split())
    return string.capwords(unit.lower()) if unit.isupper() else unit


def _view_class(name: str):
    """CaseViewWidget / SopViewWidget from case_view.py, or None while that module does not exist yet.

    Imported on first use so the window starts (and its tests run) with or without the case screen.
    """
    if importlib.util.find_spec("sopdesk.ui.case_view") is None:
        return None
    try:
        module = importlib.import_module("sopdesk.ui.case_view")
    except Exception:
        log.exception("the case view could not be loaded; showing a simple page instead")
        return None
    return getattr(module, name, None)


class PlaceholderPage(QWidget):
    """A plain page standing in for the swimlane while the case view is unavailable."""

    def __init__(self, heading: str, lines: list[str], parent=None):
        super().__init__(parent)
        title = QLabel(heading)
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        body = QLabel("\n".join(lines))
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(self.tr("Diagram alir belum dapat ditampilkan pada versi ini."))
        note.setObjectName("mutedText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addSpacing(12)
        layout.addWidget(note)
        layout.addStretch(1)


class MainWindow(QMainWindow):
    def __init__(self, office, parent=None, *, restore_layout: bool = True):
        super().__init__(parent)
        self.office = office
        self._case_tabs: dict[int, QWidget] = {}
        self._sop_tabs: dict[str, QWidget] = {}
        self._library = None
        self._listed_at = time.monotonic()
        self.dialog = None  # the last dialog opened (tests drive it)
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        self.setMinimumSize(800, 520)
        self._make_actions()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.setCentralWidget(self.tabs)

        self.case_list = CaseListPanel(office)
        self.case_list.open_case.connect(self.open_case)
        self.case_list.new_case_requested.connect(self.new_case)
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
        # Printing belongs to the case screen and the documents; the key is reserved here for them.
        self.print_action = a(self.tr("&Cetak…"), None, "Ctrl+P", self.tr("Cetak dokumen yang sedang dibuka"))
        self.print_action.setEnabled(False)
        self.sop_library_action = a(self.tr("&Pustaka SOP"), self.open_sop_library, None,
                                    self.tr("Daftar SOP kantor; buka diagram alirnya"))
        self.import_sop_action = a(self.tr("&Impor SOP…"), self.import_sop, None,
                                   self.tr("Tambahkan SOP dari berkas .toml"))
        self.export_sop_action = a(self.tr("&Ekspor SOP…"), self.export_sop, None,
                                   self.tr("Simpan SOP sebagai berkas .toml"))
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
        self.about_action = a(self.tr("&Tentang sopdesk"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&Berkas"))
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
        m.addAction(self.import_sop_action)
        m.addAction(self.export_sop_action)
        m = bar.addMenu(self.tr("&Pengaturan"))
        m.addAction(self.settings_action)
        m.addSeparator()
        for act in self.settings_page_actions:
            m.addAction(act)
        m = bar.addMenu(self.tr("Ban&tuan"))
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
        self.clock_label = QLabel()
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.clock_label)
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._tick()
        self.update_status()

    def _tick(self) -> None:
        self.clock_label.setText(long_now(self.office.now(), self.office.tz))

    def update_status(self) -> None:
        self.status_label.setText(self.tr("Siap  ·  {db}").format(db=Path(self.office.target).name))
        self.status_label.setToolTip(self.office.target)

    def update_title(self) -> None:
        unit = unit_title(self.office.profile().unit)
        self.setWindowTitle(f"sopdesk — {unit}" if unit else "sopdesk")

    def _restore_layout(self) -> None:
        geometry = pc_settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:
        if self._remember_layout:
            pc_settings.save_window_geometry(self.saveGeometry())
        super().closeEvent(event)

    # -- tabs ---------------------------------------------------------------
    def _pin_tab(self, widget: QWidget) -> None:
        """The case list cannot be closed: no close button on its tab."""
        i = self.tabs.indexOf(widget)
        for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
            self.tabs.tabBar().setTabButton(i, side, None)

    def _add_tab(self, widget: QWidget, title: str, tooltip: str) -> QWidget:
        i = self.tabs.addTab(widget, _short(title))
        self.tabs.setTabToolTip(i, tooltip)
        self.tabs.setCurrentIndex(i)
        return widget

    def close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is None or widget is self.case_list:
            return
        self.tabs.removeTab(index)
        for tabs in (self._case_tabs, self._sop_tabs):
            for key, w in list(tabs.items()):
                if w is widget:
                    del tabs[key]
        if widget is self._library:
            self._library = None
        widget.deleteLater()

    def close_current_tab(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def case_tab(self, case_id: int) -> QWidget | None:
        return self._case_tabs.get(case_id)

    # -- actions ----------------------------------------------------------------
    def open_case(self, case_id: int) -> QWidget | None:
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
            cls = _view_class("CaseViewWidget")
            if cls is not None:
                widget = cls(self.office, case_id, self)
                if hasattr(widget, "changed"):
                    widget.changed.connect(lambda cid=case_id: self._case_changed(cid))
            else:
                widget = self._case_placeholder(row)
            self._case_tabs[case_id] = widget
            return self._add_tab(widget, row["title"],
                                 self.tr("{title}\nKasus nomor {id}").format(title=row["title"], id=case_id))
        return None

    def _case_placeholder(self, row: dict) -> QWidget:
        state = self.case_list.model.status_text(status_of(row))
        lines = [self.tr("SOP: {name}").format(name=row["sop_name"]),
                 self.tr("Tahun: {year}").format(year=row["year"]),
                 self.tr("Status: {state}").format(state=state)]
        if row["ref_number"]:
            lines.append(self.tr("Surat masuk: {number}").format(number=row["ref_number"]))
        if row["current_step"]:
            lines.append(self.tr("Langkah saat ini: {n}").format(n=row["current_step"]))
        return PlaceholderPage(row["title"], lines)

    def _case_changed(self, case_id: int) -> None:
        self.case_list.refresh()
        widget = self._case_tabs.get(case_id)
        rows = self.office.case_rows([case_id])
        if widget is not None and case_id in rows:
            i = self.tabs.indexOf(widget)
            self.tabs.setTabText(i, _short(rows[case_id]["title"]))

    def open_selected_case(self) -> None:
        case_id = self.case_list.selected_case_id()
        if case_id is None:
            self.statusBar().showMessage(self.tr("Pilih dulu sebuah kasus di daftar."), 4000)
            self.tabs.setCurrentWidget(self.case_list)
            self.case_list.table.setFocus()
            return
        self.open_case(case_id)

    def new_case(self, sop_code: str | None = None):
        from .new_case_dialog import NewCaseDialog
        dialog = NewCaseDialog(self.office, self, sop_code=sop_code)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._case_created)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _case_created(self, case_id: int) -> None:
        self.tabs.setCurrentWidget(self.case_list)
        self.case_list.refresh(show_all=True)
        self.case_list.select_case(case_id)
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
                self._library.reload()
            self.update_title()
            self._tick()
        self.statusBar().showMessage(self.tr("Daftar kasus dimuat ulang."), 3000)

    def open_sop_library(self):
        from .sop_library import SopLibraryWidget
        if self._library is None:
            self._library = SopLibraryWidget(self.office, self)
            self._library.open_sop.connect(self.open_sop)
            self._library.new_case.connect(self.new_case)
            self._add_tab(self._library, self.tr("Pustaka SOP"), self.tr("Daftar SOP kantor"))
        self.tabs.setCurrentWidget(self._library)
        return self._library

    def open_sop(self, code: str) -> QWidget | None:
        existing = self._sop_tabs.get(code)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            return existing
        with user_action(self), busy():
            sop = self.office.sop(code)
            cls = _view_class("SopViewWidget")
            if cls is not None:
                widget = cls(self.office, code, self)
            else:
                lines = [f"{s.no}. {s.activity}  —  {s.lane}" for s in sop.steps]
                widget = PlaceholderPage(sop.name, lines)
            self._sop_tabs[code] = widget
            return self._add_tab(widget, self.tr("SOP: {name}").format(name=sop_short_name(sop.name)),
                                 f"{sop.name}\n({code})")
        return None

    def import_sop(self) -> None:
        from .sop_library import import_sop_file
        code = import_sop_file(self, self.office)
        if code:
            self.case_list.filter_bar.reload_choices()
            if self._library is not None:
                self._library.reload()

    def export_sop(self) -> None:
        from .sop_library import export_sop_file
        code = None
        current = self.tabs.currentWidget()
        for c, w in self._sop_tabs.items():
            if w is current:
                code = c
        if code is None and current is self._library:
            code = self._library.selected_code()
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
        from .settings_dialog import SettingsDialog
        dialog = SettingsDialog(self.office, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if page:
            dialog.show_page(page)
        dialog.saved.connect(self._settings_saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _settings_saved(self) -> None:
        self.update_title()
        self._tick()
        self.case_list.refresh()  # the time zone shapes every date in the list

    def open_data_folder(self) -> None:
        folder = paths.data_dir()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def about(self) -> None:
        from ..logs import log_path
        messages.inform(self, self.tr(
            "sopdesk {version}\n\nSOP kantor sebagai diagram alir, kasus yang terlacak, dan dokumen resmi.\n\n"
            "Basis data: {db}\nCatatan program: {log}").format(version=__version__, db=self.office.target,
                                                             log=log_path()),
            self.tr("Tentang sopdesk"))

    def changeEvent(self, event) -> None:
        # Coming back to the window after a while: the clock, and which cases are late, may have changed.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._tick()
            if time.monotonic() - self._listed_at > STALE_LIST_SECONDS:
                self.case_list.refresh()
                self._listed_at = time.monotonic()
        super().changeEvent(event)
