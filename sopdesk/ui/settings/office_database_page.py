"""Settings → "Basis data kantor": this PC's own file, or the office server several PCs share.

Kept on this PC (app/server.py), not in the database; the choice takes effect at the next start,
since every open window, cache and watcher belongs to the database it was opened on.

"Pindahkan data PC ini ke server…" is `sopdesk migrate --to URL` from here (app/data.migrate): this
PC's file copied whole to the server entered on the page and verified, on a worker; a server that
already holds cases is refused. After it, the page offers to save that server as this PC's database.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ... import paths
from ...app import server
from ...app.server import ServerAddress, ServerProbe
from ...domain.errors import UserError
from ..kit import messages
from ..kit.formatting import number_text
from ..kit.message_text import error_text, render
from ..kit.widgets import error_label, show_error
from ..kit.workers import Task, run_with_progress

if TYPE_CHECKING:
    from ...app.data import Migrated
    from ...app.office import Office


class OfficeDatabasePage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.last_probe: ServerProbe | None = None
        self.migrated: Migrated | None = None      # the last move of this PC's data to the server
        self.move_task: Task | None = None
        saved = self._saved()
        self.saved_password = saved.password if saved else ""

        self.local_radio = QRadioButton(self.tr("Berkas di PC ini (satu PC saja)"))
        self.server_radio = QRadioButton(self.tr("Server kantor (PostgreSQL), dipakai bersama beberapa PC"))
        group = QButtonGroup(self)
        group.addButton(self.local_radio)
        group.addButton(self.server_radio)
        local_file = QLabel(str(paths.data_dir() / "sopdesk.db"))
        local_file.setObjectName("mutedText")
        local_file.setWordWrap(True)
        choice_box = QGroupBox(self.tr("Basis data yang dipakai PC ini"))
        choice = QVBoxLayout(choice_box)
        choice.addWidget(self.local_radio)
        choice.addWidget(local_file)
        choice.addWidget(self.server_radio)

        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("nama PC server atau alamat IP, mis. 192.168.1.10"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(server.DEFAULT_PORT)
        self.database_edit = QLineEdit("sopdesk")
        self.user_edit = QLineEdit("sopdesk")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self.tr("Uji sambungan"))
        self.test_button.clicked.connect(self.test_connection)
        self.move_button = QPushButton(self.tr("Pindahkan data PC ini ke server…"))
        self.move_button.setToolTip(self.tr("Salin seluruh data berkas PC ini ke server di atas (server yang masih "
                                            "kosong), lalu periksa salinannya"))
        self.move_button.clicked.connect(self.move_to_server)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setObjectName("mutedText")
        self.server_box = QGroupBox(self.tr("Server kantor"))
        form = QFormLayout(self.server_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        host_row = QHBoxLayout()
        host_row.addWidget(self.host_edit, 1)
        host_row.addWidget(QLabel(self.tr("Port:")))
        host_row.addWidget(self.port_spin)
        form.addRow(self.tr("Server:"), host_row)
        form.addRow(self.tr("Nama basis data:"), self.database_edit)
        form.addRow(self.tr("Pengguna:"), self.user_edit)
        form.addRow(self.tr("Kata sandi:"), self.password_edit)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.move_button)
        test_row.addStretch(1)
        form.addRow("", test_row)
        form.addRow("", self.result_label)

        in_use = QLabel(self.tr("Dipakai sekarang: {target}").format(target=self._shown_target()))
        in_use.setObjectName("mutedText")
        in_use.setWordWrap(True)
        note = QLabel(self.tr("Pilihan ini disimpan di PC ini saja dan berlaku setelah sopdesk dibuka ulang. "
                              "Kata sandi hanya dapat dibaca oleh pengguna Windows ini dan tidak pernah "
                              "ditampilkan. Cara menyiapkan server: Bantuan → Panduan → Server kantor."))
        note.setObjectName("mutedText")
        note.setWordWrap(True)
        self.error_label = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(choice_box)
        layout.addWidget(self.server_box)
        layout.addWidget(in_use)
        if os.environ.get("SOPDESK_DB"):
            env_note = QLabel(self.tr("SOPDESK_DB diisi di PC ini: selama itu, basis data ditentukan olehnya, "
                                      "bukan oleh pilihan di halaman ini."))
            env_note.setWordWrap(True)
            layout.addWidget(env_note)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        if saved is not None:
            self.server_radio.setChecked(True)
            self.host_edit.setText(saved.host)
            self.port_spin.setValue(saved.port)
            self.database_edit.setText(saved.database)
            self.user_edit.setText(saved.user)
            if saved.password:
                self.password_edit.setPlaceholderText(self.tr("(tersimpan; kosongkan untuk tidak mengubah)"))
        else:
            self.local_radio.setChecked(True)
        self.server_radio.toggled.connect(self._follow_choice)
        self._follow_choice()
        self._loaded = self._values()

    def _saved(self) -> ServerAddress | None:
        try:
            return server.saved_address()
        except Exception:  # noqa: BLE001 - a damaged file shows as "not set"; saving writes a good one
            return None

    def _shown_target(self) -> str:
        target = self.office.target
        return server.masked(target) if "://" in target else target

    def _follow_choice(self) -> None:
        self.server_box.setEnabled(self.server_radio.isChecked())

    def address(self) -> ServerAddress:
        return ServerAddress(host=self.host_edit.text().strip(), port=self.port_spin.value(),
                             database=self.database_edit.text().strip(), user=self.user_edit.text().strip(),
                             password=self.password_edit.text() or self.saved_password)

    def _values(self) -> tuple[bool, ServerAddress]:
        return self.server_radio.isChecked(), self.address()

    def is_dirty(self) -> bool:
        return self._values() != self._loaded

    def save(self) -> None:
        use_server, address = self._values()
        server.save_address(address if use_server else None)
        self.saved_password = address.password if use_server else ""
        self._loaded = self._values()

    def test_connection(self) -> None:
        address = self.address()
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Menghubungi server…"))

        def shown(probe: ServerProbe) -> None:
            self.last_probe = probe
            self.test_button.setEnabled(True)
            mark = "✔ " if probe.ok else "✘ "
            self.result_label.setText(mark + (render(probe.coded) if probe.coded is not None else probe.message))
            self.result_label.setObjectName("" if probe.ok else "fieldError")
            self.result_label.style().polish(self.result_label)

        def failed(error: BaseException) -> bool:
            shown(ServerProbe(False, error_text(error)))
            return True

        problems = address.problem_messages()
        if problems:   # said here in the screens' language; check_server would say it in Indonesian
            shown(ServerProbe(False, " ".join(render(m) for m in problems)))
            return
        run_with_progress(self, lambda _progress: server.check_server(address),
                          title=self.tr("Uji sambungan"), label=self.tr("Menghubungi server kantor…"),
                          on_result=shown, on_error=failed)

    # -- this PC's data to the server -------------------------------------------------------
    def own_file(self) -> Path:
        """This PC's own database file: the one in use when it is a file, else the one in the data folder."""
        target = self.office.target
        return Path(target) if "://" not in target else paths.default_database()

    def move_to_server(self) -> Task | None:
        """Ask, copy this PC's file to the server entered above on a worker (verified), then offer to use it."""
        from ...app import data
        address = self.address()
        problems = address.problems()
        if problems:
            show_error(self.error_label, " ".join(problems))
            return None
        source = self.own_file()
        if not source.is_file():
            show_error(self.error_label, self.tr("Belum ada berkas data di PC ini ({path}); tidak ada yang "
                                                 "dipindahkan.").format(path=source))
            return None
        show_error(self.error_label, None)
        title = self.tr("Pindahkan data ke server")
        if not messages.ask(self, self.tr(
                "Seluruh data di berkas PC ini ({file}): kasus, riwayat, lampiran, nomor surat dan pengaturan, akan "
                "disalin ke basis data kantor {server}, lalu diperiksa (jumlah baris dan checksum setiap tabel). "
                "Berkas di PC ini tidak diubah.\n\nBasis data di server harus kosong, atau basis data sopdesk baru "
                "tanpa kasus; yang sudah berisi kasus ditolak.\n\nPindahkan sekarang?").format(
                    file=source, server=address.shown()),
                title, yes=self.tr("Pindahkan"), no=self.tr("Batal")):
            return None
        url = address.url()
        table = {"name": ""}   # the table being copied, for the label (written by the worker, read here)

        def work(progress):
            def report(name: str, done: int, total: int) -> None:
                table["name"] = name
                progress(done, total)
            return data.migrate(source, url, report)

        def label_for(done: int, total: int) -> str:
            return self.tr("Memindahkan {table}: {done} dari {total} baris…").format(
                table=table["name"], done=number_text(done), total=number_text(total))

        def cancelled() -> None:
            self.result_label.setText(self.tr("Pemindahan dibatalkan; server tidak diubah."))

        def failed(error: BaseException) -> bool:
            if isinstance(error, UserError):   # also on the page, after the warning is closed
                self.result_label.setText("✘ " + error_text(error))
                self.result_label.setObjectName("fieldError")
                self.result_label.style().polish(self.result_label)
            return False   # the warning (or the unexpected-error dialog) as for any work

        self.move_task = Task(self, title, self.tr("Memindahkan data ke {server}…").format(server=address.shown()),
                              work, on_done=lambda moved: self._moved(moved, address), on_cancel=cancelled,
                              on_error=failed, cancellable=True, label_for=label_for)
        return self.move_task.start()

    def _moved(self, moved: Migrated, address: ServerAddress) -> None:
        self.migrated = moved
        done = self.tr("Data PC ini dipindahkan ke {server}: {rows} baris dalam {tables} tabel, diperiksa (jumlah "
                       "baris dan checksum setiap tabel sama di kedua sisi).").format(
            server=address.shown(), rows=number_text(moved.rows), tables=number_text(len(moved.tables)))
        self.result_label.setText("✔ " + done)
        self.result_label.setObjectName("")
        self.result_label.style().polish(self.result_label)
        if not messages.ask(self, done + "\n\n" + self.tr(
                "Pakai server ini sebagai basis data PC ini? Berlaku setelah sopdesk dibuka ulang; yang dicatat di "
                "berkas PC ini sebelum itu tidak ikut pindah."),
                self.tr("Pindahkan data ke server"), yes=self.tr("Pakai server ini"), no=self.tr("Nanti")):
            return
        try:
            server.save_address(address)
        except UserError as e:
            show_error(self.error_label, error_text(e))
            return
        self.server_radio.setChecked(True)
        self.saved_password = address.password
        self._loaded = self._values()
        self.result_label.setText("✔ " + done + " " + self.tr("Disimpan sebagai basis data PC ini; berlaku setelah "
                                                             "sopdesk dibuka ulang."))
