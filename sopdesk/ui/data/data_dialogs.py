"""The data menu: back up, restore, export/import a case, check the database; and the rescue at start.

Long work (a backup of a 300 MB database, the full check of a backup before
restoring it, a case with big scans) runs on a worker thread behind a
progress dialog, so the window keeps painting (workers.Task). The work itself is
in app/data.py and app/transfer.py; this module only asks, shows and reports.

Restoring while this window holds the database: the window lets go of it
(closes its tabs and the Office), the worker restores and opens the new
Office, and the window takes that one (MainWindow.detach_office /
attach_office). Nothing is replaced without the user's "Pulihkan", and the
data being replaced is always kept as a backup first (app/data.restore).

On the office server (PostgreSQL) the same three work through app/data's server_* functions: a
backup is an SQLite snapshot of every row, a restore replaces the server's contents for every PC
(its question says so and names the server, never its password), the check reads every table.

`ask_damaged` is the dialog run_gui shows when the database cannot be opened;
tests replace it, like the functions in messages.py.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QStyle,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...app.data import (
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    DAILY,
    MANUAL,
    AlteredSchema,
    BackupInfo,
    DamagedDatabase,
    ForeignCompanion,
    NewerDatabase,
    StoreError,
    back_up,
    backup_folder,
    check_backup,
    database_path,
    full_check,
    list_backups,
    offered_backup,
    restore,
    safe_url,
    server_back_up,
    server_backup_folder,
    server_backups,
    server_check,
    server_restore,
    server_url,
)
from ...domain import file_names
from ...domain.errors import UserError
from ...domain.messages import Message
from ..kit import messages, workers
from ..kit.formatting import long_datetime, short_datetime, size_text, sop_short_name
from ..kit.message_text import render
from ..kit.widgets import fit_to_screen, list_table
from ..settings import pc_settings

log = logging.getLogger(__name__)

CASE_FILTER_ID = "Kasus sopdesk (*.sopcase)"


translate = QCoreApplication.translate   # lupdate reads translate("context", "literal") calls


def kind_text(kind: str) -> str:
    return {DAILY: translate("data_dialogs", "Harian (otomatis)"), MANUAL: translate("data_dialogs", "Manual"),
            BEFORE_UPGRADE: translate("data_dialogs", "Sebelum pembaruan program"),
            BEFORE_RESTORE: translate("data_dialogs", "Sebelum pemulihan")}.get(kind, kind)


def when_text(dt: datetime) -> str:
    """A backup's time on this PC's clock (its name carries local time)."""
    return short_datetime(dt, dt.tzinfo)


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def slug(text: str, limit: int = 60) -> str:
    """The title in a suggested file name, cut between words, keeping its year (domain/file_names.py)."""
    return file_names.slug(text, limit)


# Long work runs in workers.Task (a thread of its own behind a window-modal progress dialog).
Task = workers.Task
Cancelled = workers.Cancelled
run_blocking = workers.run_blocking


# -- which database: this PC's file, or the office server ----------------------------

@dataclass(frozen=True)
class Target:
    """The database the window works on: this PC's file, or the office server (PostgreSQL).

    The server's backups are SQLite snapshots of every row in this PC's backups folder, and restoring
    one replaces the server's contents for every PC (app/data.py, "the office server")."""
    file: Path | None = None
    url: str | None = None      # with its password: for the work only, never shown (`shown` is)

    @property
    def shown(self) -> str:
        return safe_url(self.url) if self.url is not None else str(self.file)


def target_of(window) -> Target:
    db = database_path(window.office)
    return Target(file=db) if db is not None else Target(url=server_url(window.office))


# -- back up ---------------------------------------------------------------------

def _backup_file(window, title: str, suggested: Path) -> Path | None:
    """The file a backup goes to, as the user picks it (".db" added when no extension was typed)."""
    path = messages.choose_save_file(window, title,
                                     translate("data_dialogs", "Cadangan sopdesk (*.db *.sqlite);;Semua berkas (*)"),
                                     str(suggested))
    if not path:
        return None
    dest = Path(path)
    return dest if dest.suffix else dest.with_suffix(".db")


def backup_now(window) -> Task | None:
    """Berkas → Cadangkan sekarang…: a copy of the database to a file the user picks (a flashdisk)."""
    target = target_of(window)
    if target.url is not None:
        return _backup_server(window, target.url)
    db = target.file
    assert db is not None
    dest = _backup_file(window, translate("data_dialogs", "Simpan cadangan data"),
                        documents_folder() / f"sopdesk-{datetime.now():%Y-%m-%d}.db")
    if dest is None:
        return None
    if dest.exists() and dest.resolve() == db.resolve():
        messages.warn(window, translate(
            "data_dialogs", "Itu berkas data yang sedang dipakai. Pilih nama atau folder lain untuk cadangan."))
        return None

    def done(made: Path) -> None:
        size = size_text(made.stat().st_size)
        seconds = time.monotonic() - task.started_at
        text = translate("data_dialogs", "Cadangan dibuat: {path} ({size}, {seconds} detik).")
        window.statusBar().showMessage(text.format(path=made, size=size, seconds=f"{seconds:.0f}"), 20_000)
        window.update_status()

    def cancelled() -> None:
        window.statusBar().showMessage(
            translate("data_dialogs", "Pencadangan dibatalkan; tidak ada berkas yang dibuat."), 8000)

    task = Task(window, translate("data_dialogs", "Cadangkan data"),
                translate("data_dialogs", "Mencadangkan data ke {name}…").format(name=dest.name),
                lambda progress: back_up(db, dest, progress=progress), on_done=done, on_cancel=cancelled,
                cancellable=True)
    return window.start_task(task)


def _backup_server(window, url: str) -> Task | None:
    """Every row of the office server into one file the user picks: a backup any PC can restore."""
    dest = _backup_file(window, translate("data_dialogs", "Simpan cadangan basis data kantor"),
                        documents_folder() / f"sopdesk-kantor-{datetime.now():%Y-%m-%d}.db")
    if dest is None:
        return None

    def done(made: Path) -> None:
        size = size_text(made.stat().st_size)
        seconds = time.monotonic() - task.started_at
        text = translate("data_dialogs", "Cadangan basis data kantor dibuat: {path} ({size}, {seconds} detik).")
        window.statusBar().showMessage(text.format(path=made, size=size, seconds=f"{seconds:.0f}"), 20_000)
        window.update_status()

    # One read of the whole server, which cannot stop halfway: no Batal, a bar that only says it works.
    task = Task(window, translate("data_dialogs", "Cadangkan data"),
                translate("data_dialogs", "Mencadangkan basis data kantor {server} ke {name}…").format(
                    server=safe_url(url), name=dest.name),
                lambda _progress: server_back_up(url, dest), on_done=done, determinate=False)
    return window.start_task(task)


# -- restore -----------------------------------------------------------------------

class RestoreDialog(QDialog):
    """The backups of this database (newest first) to choose from, or another backup file.

    For the office server: the backups of it made on this PC (any sopdesk backup file can be chosen)."""

    def __init__(self, db_path: Path | Target, parent: QWidget | None = None):
        super().__init__(parent)
        self.target = db_path if isinstance(db_path, Target) else Target(file=Path(db_path))
        self.db_path = self.target.file    # None for the office server
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        fit_to_screen(self, (720, 480), parent)
        if self.target.url is not None:
            intro = QLabel(self.tr(
                "Pilih cadangan yang akan dipulihkan ke basis data kantor {server}. Isinya sekarang akan disimpan "
                "sebagai cadangan di PC ini lebih dulu, lalu diganti dengan isi cadangan itu untuk semua PC yang "
                "memakainya. Kasus, catatan dan lampiran yang dibuat sesudah cadangan itu dibuat tidak ada di "
                "data yang dipulihkan.").format(server=self.target.shown))
            folder = server_backup_folder()
        else:
            intro = QLabel(self.tr(
                "Pilih cadangan yang akan dipulihkan. Data saat ini akan disimpan sebagai cadangan lebih dulu, "
                "lalu diganti dengan isi cadangan itu. Kasus, catatan dan lampiran yang dibuat sesudah cadangan "
                "itu dibuat tidak ada di data yang dipulihkan."))
            assert self.db_path is not None
            folder = backup_folder(self.db_path)
        intro.setWordWrap(True)
        self.folder_label = QLabel(self.tr("Folder cadangan: {folder}").format(folder=folder))
        self.folder_label.setObjectName("mutedText")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = list_table([self.tr("Tanggal"), self.tr("Jenis"), self.tr("Ukuran"), self.tr("Keadaan")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())

        self.empty_label = QLabel(self.tr("Belum ada cadangan di folder ini. Pilih berkas cadangan lain "
                                          "(mis. di flashdisk) dengan tombol di bawah."))
        self.empty_label.setObjectName("mutedText")
        self.empty_label.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        buttons = QDialogButtonBox()
        self.other_button = QPushButton(self.tr("Pilih berkas lain…"))
        self.other_button.setAutoDefault(False)
        self.other_button.setToolTip(self.tr("Cadangan di tempat lain, mis. di flashdisk"))
        self.restore_button = buttons.addButton(self.tr("Pulihkan…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("primaryButton")
        self.cancel_button = buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        self.other_button.clicked.connect(self.choose_other)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        row.addWidget(self.other_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)

        self.backups: list[BackupInfo] = []
        self.reload()

    def reload(self) -> None:
        if self.target.url is not None:
            self.set_backups(server_backups(self.target.url, check=True))
        else:
            assert self.db_path is not None
            self.set_backups(list_backups(self.db_path, check=True))

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.backups = list(backups)
        self.table.setRowCount(0)
        for info in self.backups:
            self._add_row(info)
        self.empty_label.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))
        good = next((i for i, b in enumerate(self.backups) if b.ok), None)
        if good is not None:
            self.table.selectRow(good)
        self._selection_changed()

    def _add_row(self, info: BackupInfo, row: int | None = None) -> None:
        row = self.table.rowCount() if row is None else row
        self.table.insertRow(row)
        state = self.tr("Baik") if info.ok else self.tr("Tidak dapat dipakai: {problem}").format(problem=info.problem)
        cells = [when_text(info.made_at), kind_text(info.kind), size_text(info.size), state]
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(str(info.path))
            if col == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not info.ok:
                item.setForeground(QColor("#9aa3af") if col != 3 else QColor("#b3261e"))
            elif col == 3:
                item.setForeground(QColor("#1f6b35"))
            self.table.setItem(row, col, item)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.backups[rows[0].row()]

    def _selection_changed(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(bool(info and info.ok))
        if info is None:
            self.detail_label.setText("")
        elif info.ok:
            self.detail_label.setText(self.tr("Dipilih: cadangan {when} ({size}), {path}").format(
                when=when_text(info.made_at), size=size_text(info.size), path=info.path.name))
        else:
            self.detail_label.setText(self.tr("Cadangan ini tidak dapat dipulihkan: {problem}.").format(
                problem=info.problem))

    def choose_other(self) -> None:
        path = messages.choose_open_file(self, self.tr("Pilih berkas cadangan"),
                                         self.tr("Cadangan sopdesk (*.sqlite *.db);;Semua berkas (*)"),
                                         str(documents_folder()))
        if not path:
            return
        info = check_backup(path, deep=False)
        if not info.ok:
            self.error_label.setText(self.tr("Berkas {name} tidak dapat dipulihkan: {problem}.").format(
                name=Path(path).name, problem=info.problem))
            self.error_label.show()
            return
        self.error_label.hide()
        self.backups.insert(0, info)
        self._add_row(info, 0)
        self.table.setVisible(True)
        self.empty_label.hide()
        self.table.selectRow(0)

    def accept(self) -> None:
        info = self.selected()
        if info is None or not info.ok:
            return
        super().accept()


def restore_from_backup(window) -> RestoreDialog | None:
    """Berkas → Pulihkan dari cadangan…: the list of backups; "Pulihkan…" asks once more, then restores."""
    dialog = RestoreDialog(target_of(window), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: restore_file(window, dialog.selected()))
    window.dialog = dialog
    dialog.open()
    return dialog


def restore_file(window, info: BackupInfo | None) -> Task | None:
    """Ask, let go of the database, restore `info` on a worker, take the restored database."""
    if info is None:
        return None
    target = target_of(window)
    url = target.url
    where: str | Path | None = url if url is not None else target.file
    assert where is not None
    when, size = when_text(info.made_at), size_text(info.size)
    if url is not None:
        # Every PC of the office works on this database: the question says so, and names the server.
        text = translate(
            "data_dialogs", "Seluruh isi basis data kantor di server {server} akan diganti dengan isi cadangan "
            "{when} ({size}), untuk SEMUA PC yang memakainya, bukan hanya PC ini. Isinya sekarang disimpan "
            "dulu sebagai cadangan di PC ini.\n\nKasus, catatan dan lampiran yang dicatat di PC mana pun "
            "sesudah cadangan itu dibuat tidak ada di data yang dipulihkan. Sebaiknya PC lain berhenti mencatat "
            "selama pemulihan. Tab kasus yang terbuka di sini akan ditutup.\n\nPulihkan basis data kantor "
            "sekarang?").format(server=target.shown, when=when, size=size)
    else:
        text = translate(
            "data_dialogs", "Data saat ini akan disimpan sebagai cadangan lebih dulu, lalu diganti dengan isi "
            "cadangan {when} ({size}).\n\nKasus, catatan dan lampiran yang dibuat sesudah cadangan itu dibuat "
            "tidak ada di data yang dipulihkan. Tab kasus yang terbuka akan ditutup.\n\nPulihkan sekarang?").format(
            when=when, size=size)
    if not messages.ask(window, text, translate("data_dialogs", "Pulihkan dari cadangan"),
                        yes=translate("data_dialogs", "Pulihkan"), no=translate("data_dialogs", "Batal")):
        return None
    window.detach_office()
    path = info.path

    def work(_progress):
        from ...app.office import Office
        problem, kept = None, None
        try:
            kept = server_restore(where, path) if url is not None else restore(Path(where), path)
        except StoreError as e:  # nothing was changed; the window takes the database back as it was
            problem = e
        return kept, problem, Office(where)

    def done(result) -> None:
        kept, problem, office = result
        window.attach_office(office)
        if problem is not None:
            messages.warn(window, str(problem))
            return
        if url is not None:
            said = translate("data_dialogs", "Basis data kantor dipulihkan dari cadangan {when}.").format(when=when)
            text = said + " " + translate("data_dialogs", "PC lain melihat data yang dipulihkan dalam beberapa "
                                                          "detik.")
            if kept is not None:
                text += "\n\n" + translate("data_dialogs", "Isi sebelum pemulihan disimpan sebagai cadangan di PC "
                                                             "ini:\n{path}").format(path=kept)
        else:
            said = translate("data_dialogs", "Data dipulihkan dari cadangan {when}.").format(when=when)
            text = said
            if kept is not None:
                text += "\n\n" + translate("data_dialogs", "Data sebelum pemulihan disimpan sebagai cadangan:"
                                                             "\n{path}").format(path=kept)
        window.statusBar().showMessage(said, 20_000)
        messages.inform(window, text, translate("data_dialogs", "Pemulihan selesai"))

    def failed(exc) -> bool:
        # Restored (or not), but the database could not be opened again: nothing more this window can do.
        log.error("database could not be reopened after restore: %s", exc)
        window.lost_office(str(exc) if isinstance(exc, UserError) else "")
        return True

    task = Task(window, translate("data_dialogs", "Pulihkan dari cadangan"),
                translate("data_dialogs", "Memeriksa cadangan dan memulihkan data…"), work,
                on_done=done, on_error=failed, determinate=False)
    return window.start_task(task)


# -- check -------------------------------------------------------------------------

def check_integrity(window) -> Task | None:
    """Berkas → Periksa keutuhan data: SQLite's full check, then the plain verdict."""
    target = target_of(window)
    if target.url is not None:
        return _check_server(window, target)
    db = target.file
    assert db is not None

    def work(_progress):
        return full_check(db), db.stat().st_size

    def done(result) -> None:
        rows, size = result
        seconds = time.monotonic() - task.started_at
        if rows == ["ok"]:
            text = translate("data_dialogs", "Data utuh. Pemeriksaan menyeluruh tidak menemukan kerusakan "
                             "({size}, {seconds} detik).")
            messages.inform(window, text.format(size=size_text(size), seconds=f"{seconds:.0f}"),
                            translate("data_dialogs", "Periksa keutuhan data"))
            window.statusBar().showMessage(translate("data_dialogs", "Data utuh."), 8000)
            return
        found = "; ".join(" ".join(r.split()) for r in rows[:3])[:400]
        text = translate(
            "data_dialogs", "Pemeriksaan menemukan kerusakan pada berkas data:\n{found}\n\nData yang masih terbaca "
            "tetap dapat dipakai, tetapi sebaiknya dipulihkan dari cadangan terbaru yang baik. "
            "Buka daftar cadangan sekarang?").format(found=found)
        if messages.ask(window, text, translate("data_dialogs", "Data rusak"),
                        yes=translate("data_dialogs", "Buka daftar cadangan"), no=translate("data_dialogs", "Nanti")):
            restore_from_backup(window)

    task = Task(window, translate("data_dialogs", "Periksa keutuhan data"),
                translate("data_dialogs", "Memeriksa seluruh berkas data…"), work, on_done=done,
                determinate=False)
    return window.start_task(task)


def _check_server(window, target: Target) -> Task | None:
    """The office server: its tables' shape, and every row read through (app/data.server_check)."""
    url = target.url
    assert url is not None

    def done(rows: list[str]) -> None:
        seconds = time.monotonic() - task.started_at
        title = translate("data_dialogs", "Periksa keutuhan data")
        if rows == ["ok"]:
            text = translate("data_dialogs", "Basis data kantor utuh. Susunannya sesuai dan seluruh isinya terbaca "
                             "({seconds} detik).\n\nServer: {server}")
            messages.inform(window, text.format(seconds=f"{seconds:.0f}", server=target.shown), title)
            window.statusBar().showMessage(translate("data_dialogs", "Basis data kantor utuh."), 8000)
            return
        found = "; ".join(" ".join(r.split()) for r in rows[:3])[:400]
        text = translate(
            "data_dialogs", "Pemeriksaan menemukan masalah pada basis data kantor {server}:\n{found}\n\nData yang "
            "masih terbaca tetap dapat dipakai, tetapi sebaiknya dipulihkan dari cadangan terbaru yang baik "
            "(untuk semua PC). Buka daftar cadangan sekarang?").format(server=target.shown, found=found)
        if messages.ask(window, text, translate("data_dialogs", "Data rusak"),
                        yes=translate("data_dialogs", "Buka daftar cadangan"), no=translate("data_dialogs", "Nanti")):
            restore_from_backup(window)

    task = Task(window, translate("data_dialogs", "Periksa keutuhan data"),
                translate("data_dialogs", "Memeriksa basis data kantor {server}…").format(server=target.shown),
                lambda _progress: server_check(url), on_done=done, determinate=False)
    return window.start_task(task)


# -- cases to and from .sopcase ------------------------------------------------------

def export_case_file(window, case_id: int | None = None) -> Task | None:
    """Berkas → Ekspor kasus: the open case tab's case, else the one selected in the list."""
    if case_id is None:
        case_id = window.current_case_id()
    if case_id is None:
        window.statusBar().showMessage(
            translate("data_dialogs", "Pilih dulu kasus yang akan diekspor di daftar, atau buka tabnya."), 6000)
        window.tabs.setCurrentWidget(window.case_list)
        return None
    rows = window.office.case_rows([case_id])
    if case_id not in rows:
        messages.warn(window, translate("data_dialogs", "Kasus nomor {id} tidak ada.").format(id=case_id))
        return None
    title = rows[case_id]["title"]
    suggested = documents_folder() / f"kasus-{case_id}-{slug(title)}.sopcase"
    path = messages.choose_save_file(window, translate("data_dialogs", "Ekspor kasus"),
                                     translate("data_dialogs", "Kasus sopdesk (*.sopcase)"), str(suggested))
    if not path:
        return None
    if not path.lower().endswith(".sopcase"):
        path += ".sopcase"
    window.save_open_documents()  # what is typed in the PK goes with the case
    office, by = window.office, pc_settings.default_official()

    def work(_progress):
        from ...app.transfer import export_case
        return export_case(office, case_id, path, by=by)

    def done(written: Path) -> None:
        text = translate("data_dialogs", "Kasus “{title}” diekspor ke {path} ({size}).")
        window.statusBar().showMessage(
            text.format(title=title, path=written, size=size_text(Path(written).stat().st_size)), 20_000)

    task = Task(window, translate("data_dialogs", "Ekspor kasus"),
                translate("data_dialogs", "Mengekspor kasus “{title}”…").format(title=title), work,
                on_done=done, determinate=False)
    return window.start_task(task)


def import_case_dialog(window) -> CaseImport | None:
    path = messages.choose_open_file(window, translate("data_dialogs", "Impor kasus"),
                                     translate("data_dialogs", "Kasus sopdesk (*.sopcase);;Semua berkas (*)"),
                                     str(documents_folder()))
    if not path:
        return None
    return import_case_file(window, path)


def import_text(result, title: str) -> str:
    """The status line after an import: what came in, and what was left out or kept aside."""
    if result.new or result.events_added:
        text = translate("data_dialogs", "Kasus diimpor: {title} ({n} catatan baru)").format(
            title=title, n=result.events_added)
    else:
        text = translate("data_dialogs", "Kasus sudah ada; tidak ada catatan baru")
    extra = []
    if result.attachments_added:
        extra.append(translate("data_dialogs", "{n} lampiran baru").format(n=result.attachments_added))
    if result.pk_updated:
        extra.append(translate("data_dialogs", "isi PK diperbarui"))
    if result.pk_version is not None:
        extra.append(translate("data_dialogs", "PK dari berkas disimpan sebagai versi {n}, belum dipakai").format(
            n=result.pk_version))
    if result.attachments_refused:
        extra.append(translate("data_dialogs", "{n} lampiran ditolak").format(n=len(result.attachments_refused)))
    if result.pk_refused:
        extra.append(translate("data_dialogs", "isi PK ditolak"))
    return text + (" — " + ", ".join(extra) if extra else "")


def _unknown(text: str) -> str:
    return text or translate("data_dialogs", "(tidak disebut)")


def preview_text(preview, tz) -> str:
    """What a .sopcase holds and what importing it would do here, for the question before the import."""
    p = preview
    lines = [translate("data_dialogs", "Berkas: {name}").format(name=p.file_name)]
    if p.new:
        lines.append(translate("data_dialogs", "Kasus: “{title}” — baru di PC ini").format(title=p.case_title))
    elif p.local_title is not None and p.local_title != p.case_title:
        lines.append(translate("data_dialogs", "Kasus: “{title}” — sudah ada di sini (nomor {id}) dengan judul "
                               "“{local}”").format(title=p.case_title, id=p.local_case_id, local=p.local_title))
    else:
        lines.append(translate("data_dialogs", "Kasus: “{title}” — sudah ada di sini (nomor {id})").format(
            title=p.case_title, id=p.local_case_id))
    sop = sop_short_name(p.sop_name)
    if p.sop_version is not None:
        sop = translate("data_dialogs", "{sop}, versi {version}").format(sop=sop, version=p.sop_version)
    if not p.sop_known:
        sop += " — " + translate("data_dialogs", "versi ini belum ada di PC ini dan akan ditambahkan")
    lines.append(translate("data_dialogs", "SOP: {sop}").format(sop=sop))
    if p.new:
        lines.append(translate("data_dialogs", "Catatan riwayat: {n}").format(n=p.events_in_file))
    else:
        lines.append(translate("data_dialogs", "Catatan riwayat baru: {new} (dari {total} di berkas)").format(
            new=p.events_new, total=p.events_in_file))
    lines.append(translate("data_dialogs", "Lampiran baru: {new} (dari {total} di berkas)").format(
        new=p.attachments_new, total=p.attachments_in_file))
    if p.attachments_refused:
        lines.append(translate("data_dialogs", "Lampiran yang tidak diimpor: {n}").format(
            n=len(p.attachments_refused)))
        lines.extend([f"   • {name}: {render(why) if isinstance(why, Message) else why}"
                      for name, why in p.attachments_refused_why]
                     or [f"   • {why}" for why in p.attachments_refused])
    if p.pk_refused:
        pk = translate("data_dialogs", "tidak diimpor: {why}").format(
            why=render(p.pk_refused_message) if p.pk_refused_message else p.pk_refused)
    elif not p.pk_in_file:
        pk = translate("data_dialogs", "tidak ada di berkas")
    elif p.pk_new:
        pk = translate("data_dialogs", "baru — menjadi PK kasus ini")
    elif p.pk_differs:
        pk = translate("data_dialogs", "berbeda dengan PK di sini — disimpan sebagai versi baru; PK yang dipakai "
                       "tidak berubah sampai Anda memilih versi itu (Dokumen → Versi PK)")
    else:
        pk = translate("data_dialogs", "sama dengan di sini")
    lines.append(translate("data_dialogs", "Isi PK: {pk}").format(pk=pk))
    when = long_datetime(p.exported_at, tz) if p.exported_at is not None else ""
    lines.append(translate("data_dialogs", "Diekspor oleh {who} di PC {pc} pada {when}").format(
        who=_unknown(p.exported_by), pc=_unknown(p.pc), when=_unknown(when)) + (f" ({p.program})" if p.program else ""))
    if p.problem:
        lines.append("")
        lines.append(translate("data_dialogs", "Berkas ini tidak dapat diimpor: {problem}. Tidak ada yang diubah.")
                     .format(problem=render(p.problem_message) if p.problem_message else p.problem))
    return "\n".join(lines)


class CaseImport(QObject):
    """One .sopcase import as the user sees it: read what the file holds (on a worker), show it and
    ask, import it (on a worker) by the official chosen for this PC, then say what was done.

    Started by MainWindow.start_task like a Task: `done` turns True, and `finished` is emitted,
    after the whole of it (also when the user said "Batal" or the file was refused).
    """

    finished = Signal()

    def __init__(self, window, path: str | Path):
        super().__init__(window)
        self.window = window
        self.office = window.office
        self.path = str(path)
        self.started = False
        self.done = False
        self.preview = None
        self.result = None
        self.declined = False
        self.task: Task | None = None     # the step running now

    @property
    def running(self) -> bool:
        return self.started and not self.done

    def start(self) -> CaseImport:
        if self.started:
            return self
        self.started = True
        office, path = self.office, self.path

        def work(_progress):
            from ...app.transfer import preview_import
            return preview_import(office, path)

        self._step(Task(self.window, translate("data_dialogs", "Impor kasus"),
                        translate("data_dialogs", "Membaca {name}…").format(name=Path(path).name), work,
                        on_done=self._previewed, determinate=False))
        return self

    def _step(self, task: Task) -> None:
        self.task = task
        task.finished.connect(lambda t=task: self._step_ended(t))
        task.start()

    def _step_ended(self, task: Task) -> None:
        if task is self.task:   # no further step was started from its callback
            self._end()

    def _end(self) -> None:
        if self.done:
            return
        self.done = True
        meta = self.metaObject()
        if self.isSignalConnected(meta.method(meta.indexOfSignal("finished()"))):
            self.finished.emit()

    def _previewed(self, preview) -> None:
        self.preview = preview
        text = preview_text(preview, self.office.tz)
        title = translate("data_dialogs", "Impor kasus")
        if preview.problem:
            messages.warn(self.window, text, title)
            return
        if not messages.interactive():
            # A smoke run (--smoke FILE.sopcase) goes through the whole import with nobody to ask.
            log.info("importing without asking (not interactive):\n%s", text)
        elif not preview.nothing_new:
            question = text + "\n\n" + translate("data_dialogs", "Impor kasus ini?")
            if not messages.ask(self.window, question, title, yes=translate("data_dialogs", "Impor"),
                                no=translate("data_dialogs", "Batal")):
                self.declined = True
                self.window.statusBar().showMessage(
                    translate("data_dialogs", "Impor dibatalkan; tidak ada yang diubah."), 8000)
                return
        office, path, by = self.office, self.path, pc_settings.default_official()

        def work(_progress):
            from ...app.transfer import import_case
            return import_case(office, path, by=by)

        self._step(Task(self.window, title, translate("data_dialogs", "Mengimpor {name}…").format(
            name=Path(path).name), work, on_done=self._imported, determinate=False))

    def _imported(self, result) -> None:
        self.result = result
        window = self.window
        title = self.office.case_rows([result.case_id]).get(result.case_id, {}).get("title", "")
        window.case_imported(result.case_id)
        window.statusBar().showMessage(import_text(result, title), 20_000)
        if result.pk_version is not None and messages.interactive() and messages.ask(window, translate(
                "data_dialogs", "Isi PK di berkas berbeda dengan PK kasus ini di sini. PK dari berkas disimpan "
                "sebagai versi {n} dan belum dipakai; PK yang dipakai tidak berubah.\n\nLihat versi PK sekarang? "
                "Di sana Anda dapat membandingkannya dan memakai versi yang benar.").format(n=result.pk_version),
                translate("data_dialogs", "Versi PK dari berkas"), yes=translate("data_dialogs", "Lihat versi PK"),
                no=translate("data_dialogs", "Nanti")):
            tab = window.case_tab(result.case_id)
            if tab is not None:
                tab.show_documents().editor.show_versions(result.pk_version)


def import_case_file(window, path: str | Path) -> CaseImport:
    """Import a .sopcase (menu, command line, or a double-click handed over by single_instance) and open it,
    after showing what it holds and asking."""
    return window.start_task(CaseImport(window, path))


# -- the database cannot be opened (run_gui) ------------------------------------------

def rescuable(error: BaseException) -> bool:
    """A file that is there but unusable as it is: a backup may help (not a missing folder or a locked file)."""
    if isinstance(error, (DamagedDatabase, NewerDatabase)):
        return True
    text = str(error)
    return isinstance(error, StoreError) and ("bukan milik sopdesk" in text or "rusak" in text)


class DamagedDialog(QDialog):
    """Why the database cannot be opened, and the newest good backup to restore instead.

    When the file's -wal is not its own (ForeignCompanion), restoring first moves the
    file and its side files together into a dated folder beside the backups
    (app.data.restore does it); the button and the note say so.
    """

    RESTORE, OTHER, QUIT = "restore", "other", "quit"

    def __init__(self, error: BaseException, db_path: Path, backup: BackupInfo | None, parent=None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.backup = backup
        self.choice: Path | None = None
        self.setWindowTitle(self.tr("sopdesk — data tidak dapat dibuka"))

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(44, 44))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("Basis data tidak dapat dibuka"))
        heading.setObjectName("pageTitle")
        self.explain_label = QLabel(explain(error))
        self.explain_label.setWordWrap(True)
        self.explain_label.setMinimumWidth(540)  # the dialog is as wide as this text column
        path_label = QLabel(self.tr("Berkas: {path}").format(path=self.db_path))
        path_label.setObjectName("mutedText")
        path_label.setWordWrap(True)
        path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        technical = split_detail(error.detail)[1] if isinstance(error, DamagedDatabase) else ""
        self.technical_label = QLabel(self.tr("Rincian untuk petugas TI: {detail}").format(
            detail=technical[:240] + ("…" if len(technical) > 240 else "")))
        self.technical_label.setObjectName("mutedText")
        self.technical_label.setWordWrap(True)
        self.technical_label.setToolTip(technical)
        self.technical_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        small = self.technical_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.technical_label.setFont(small)
        self.technical_label.setVisible(bool(technical))
        set_aside = isinstance(error, ForeignCompanion)
        if set_aside:
            safe = QLabel(self.tr(
                "Tidak ada yang diubah sebelum Anda memilih. Jika cadangan dipulihkan, berkas data dan berkas "
                "catatan (-wal) di sampingnya dipindahkan bersama, apa adanya, ke folder baru \"disisihkan-…\" di "
                "{folder}, untuk diperiksa petugas TI; tidak ada yang dihapus.").format(
                    folder=backup_folder(self.db_path)))
        else:
            safe = QLabel(self.tr("Tidak ada yang diubah sebelum Anda memilih. Jika cadangan dipulihkan, berkas yang "
                                  "sekarang tetap disimpan di folder cadangan, untuk diperiksa petugas TI."))
        safe.setWordWrap(True)

        box = QFrame()
        box.setObjectName("backupBox")
        box.setStyleSheet("#backupBox { background: #ffffff; border: 1px solid #dde1e6; border-radius: 5px; }")
        bl = QVBoxLayout(box)
        bl.setContentsMargins(12, 10, 12, 10)
        if backup is not None:
            title = QLabel(self.tr("Cadangan terbaru yang baik"))
            title.setObjectName("sectionLabel")
            self.backup_label = QLabel(self.tr("{when}  ·  {size}  ·  {kind}").format(
                when=when_text(backup.made_at), size=size_text(backup.size), kind=kind_text(backup.kind)))
            f = self.backup_label.font()
            f.setPointSizeF(f.pointSizeF() * 1.15)
            self.backup_label.setFont(f)
            where = QLabel(str(backup.path))
            where.setObjectName("mutedText")
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lost = QLabel(self.tr("Yang dicatat sesudah cadangan ini dibuat tidak ada di dalamnya."))
            lost.setObjectName("mutedText")
            lost.setWordWrap(True)
            for w in (title, self.backup_label, where, lost):
                bl.addWidget(w)
            self.unrecorded_label = QLabel(self.tr(
                "Cadangan ini dibuat sebelum sopdesk mencatat checksum; isinya tetap diperiksa menyeluruh "
                "sebelum dipulihkan."))
            self.unrecorded_label.setObjectName("mutedText")
            self.unrecorded_label.setWordWrap(True)
            self.unrecorded_label.setVisible(not backup.sha256)
            bl.addWidget(self.unrecorded_label)
        else:
            self.backup_label = QLabel(self.tr(
                "Tidak ada cadangan yang baik di {folder}. Pilih berkas cadangan lain (mis. di flashdisk), "
                "atau hubungi petugas TI. Jangan hapus berkas data ini.").format(folder=backup_folder(self.db_path)))
            self.backup_label.setWordWrap(True)
            bl.addWidget(self.backup_label)

        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            self.tr("Sisihkan keduanya dan pulihkan cadangan ini") if set_aside else self.tr("Pulihkan cadangan ini"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("primaryButton")
        self.restore_button.setVisible(backup is not None)
        self.other_button = buttons.addButton(self.tr("Pilih berkas lain…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.quit_button = buttons.addButton(self.tr("Keluar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setDefault(True)  # Enter never replaces anything
        self.restore_button.setAutoDefault(False)
        self.other_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self._restore)
        self.other_button.clicked.connect(self.choose_other)
        self.quit_button.clicked.connect(self.reject)

        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(self.explain_label)
        text.addWidget(path_label)
        text.addWidget(self.technical_label)
        text.addSpacing(4)
        text.addWidget(box)
        text.addWidget(safe)
        text.addWidget(self.error_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # wrapped lines get their height
        layout.addLayout(top)
        layout.addWidget(buttons)

    def _restore(self) -> None:
        if self.backup is None:  # the button is hidden then
            return
        self.choice = self.backup.path
        self.accept()

    def choose_other(self) -> None:
        path = messages.choose_open_file(self, self.tr("Pilih berkas cadangan"),
                                         self.tr("Cadangan sopdesk (*.sqlite *.db);;Semua berkas (*)"),
                                         str(backup_folder(self.db_path)))
        if not path:
            return
        if Path(path).resolve() == self.db_path.resolve():
            self.error_label.setText(self.tr("Itu berkas data yang rusak sendiri. Pilih berkas cadangan."))
            self.error_label.show()
            return
        info = check_backup(path, deep=False)
        if not info.ok:
            self.error_label.setText(self.tr("Berkas {name} tidak dapat dipulihkan: {problem}.").format(
                name=Path(path).name, problem=info.problem))
            self.error_label.show()
            return
        self.choice = Path(path)
        self.accept()


_TECHNICAL = ("pemeriksaan halaman menemukan kerusakan", "SQLite melaporkan")


def split_detail(detail: str) -> tuple[str, str]:
    """("pemeriksaan halaman menemukan kerusakan", "*** in database main *** …"): the words for the office,
    and SQLite's own for the IT staff."""
    for lead in _TECHNICAL:
        if detail.startswith(lead):
            return lead, detail[len(lead):].lstrip(": ").strip()
    return detail, ""


def explain(error: BaseException) -> str:
    if isinstance(error, AlteredSchema):
        return translate(
            "data_dialogs", "Susunan berkas data ini tidak seperti yang dibuat sopdesk ({detail}); mungkin diubah "
            "dengan program lain. Demi keamanan riwayat kasus, sopdesk tidak membukanya.").format(detail=error.detail)
    if isinstance(error, ForeignCompanion):
        return translate(
            "data_dialogs", "Berkas catatan (-wal) di samping berkas data bukan milik berkas ini ({detail}). Ini "
            "biasanya terjadi bila berkas data disalin menimpa berkas lama sesudah listrik padam. sopdesk tidak "
            "menggabungkan keduanya; berkas data tidak diubah.").format(detail=error.detail)
    if isinstance(error, DamagedDatabase):
        plain, _technical = split_detail(error.detail)
        return translate(
            "data_dialogs", "Berkas data sopdesk rusak ({detail}). Ini biasanya terjadi karena listrik padam atau "
            "flashdisk dicabut saat data sedang ditulis.").format(detail=plain)
    if isinstance(error, NewerDatabase):
        return translate(
            "data_dialogs", "Berkas data ini dibuat oleh sopdesk versi yang lebih baru (skema {version}). Sebaiknya "
            "pasang sopdesk terbaru. Memulihkan cadangan lama berarti perubahan sesudah cadangan itu tidak terlihat "
            "di sini.").format(version=error.version)
    return str(error)


def newest_backup_for(db_path: Path) -> BackupInfo | None:
    """The backup to offer when the database cannot be opened (cheap checks); None, never an error."""
    return offered_backup(db_path)


def ask_damaged(parent: QWidget | None, error: BaseException, db_path: Path, backup: BackupInfo | None) -> Path | None:
    """The backup file to restore, or None to quit. Tests replace this; smoke mode reports and quits."""
    if not messages.interactive():
        text = translate("data_dialogs", "Basis data tidak dapat dibuka.") + "\n\n" + str(error)
        messages.report("error", text)
        return None
    log.info("database cannot be opened, asking what to do: %s", error)
    dialog = DamagedDialog(error, db_path, backup, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice


def restore_at_start(db_path: Path, backup_file: Path) -> bool:
    """Restore before any window exists; True when done (a refusal is shown)."""
    try:
        run_blocking(None, translate("data_dialogs", "Pulihkan dari cadangan"),
                     translate("data_dialogs", "Memeriksa cadangan dan memulihkan data…"),
                     lambda _p: restore(db_path, backup_file))
    except StoreError as e:
        messages.error(None, str(e), translate("data_dialogs", "Pemulihan gagal"))
        return False
    log.info("restored %s from %s at start", db_path, backup_file)
    return True
