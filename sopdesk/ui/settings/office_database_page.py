"""Settings → "Basis data kantor": this PC's own file, or the office server several PCs share.

Kept on this PC (app/server.py), not in the database; the choice takes effect at the next start,
since every open window, cache and watcher belongs to the database it was opened on.
"""
from __future__ import annotations

import os
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
from ..kit.message_text import error_text, render
from ..kit.widgets import error_label
from ..kit.workers import run_with_progress

if TYPE_CHECKING:
    from ...app.office import Office


class OfficeDatabasePage(QWidget):
    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.last_probe: ServerProbe | None = None
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
