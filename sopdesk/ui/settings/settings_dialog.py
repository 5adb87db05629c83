"""Pengaturan: one dialog with a page per subject; "Simpan" saves every changed page through Office.

Pages keep their edits in memory until saved, so "Batal" really cancels.
Each page offers `is_dirty()` and `save()`; a refusal (UserError, or the
calendar's ValueError) is shown on the page concerned and the dialog stays.
"""
from __future__ import annotations

import logging
import re
import shutil
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import paths
from ...domain.errors import UserError
from ...domain.office import OfficeProfile
from ...domain.pengantar import NumberTemplateError, format_number
from ..kit import messages
from ..kit.message_text import error_text, number_template_problem
from ..kit.widgets import error_label, fit_to_screen, scrolling_body, show_error
from . import pc_settings

if TYPE_CHECKING:
    from ...app.office import Office
    from .office_database_page import OfficeDatabasePage
    from .settings_calendar import HolidaysPage, HoursPage
    from .settings_officials import OfficialsPage

log = logging.getLogger(__name__)

TIME_ZONES = (("Asia/Jakarta", "WIB"), ("Asia/Makassar", "WITA"), ("Asia/Jayapura", "WIT"))
IMAGE_FILTER = "*.png *.jpg *.jpeg *.bmp"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class KopPreview(QFrame):
    """A small drawing of the letterhead as the documents will print it: logo left, lines centred, double rule."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("kopPreview")
        self.setMinimumHeight(118)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.lines: tuple[str, str, str] = ("", "", "")
        self.logo = QPixmap()

    def set_content(self, government: str, unit: str, address: str, logo: QPixmap) -> None:
        self.lines = (government, unit, address)
        self.logo = logo
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 118)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        r = self.rect().adjusted(14, 10, -14, -12)
        logo_box = QRectF(r.left(), r.top() + 2, 70, 76)
        if not self.logo.isNull():
            scaled = self.logo.scaled(logo_box.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation)
            p.drawPixmap(int(logo_box.center().x() - scaled.width() / 2),
                         int(logo_box.center().y() - scaled.height() / 2), scaled)
        else:
            p.setPen(QPen(QColor("#b8c0cc"), 1, Qt.PenStyle.DashLine))
            p.drawRect(logo_box.adjusted(8, 4, -8, -4))
            p.setPen(QColor("#8a94a3"))
            small = QFont(self.font())
            small.setPointSizeF(small.pointSizeF() * 0.8)
            p.setFont(small)
            p.drawText(logo_box, Qt.AlignmentFlag.AlignCenter, self.tr("logo"))
        text_box = QRectF(logo_box.right() + 6, r.top(), r.width() - logo_box.width() * 2 - 12, 80)
        base = QFont("Liberation Serif")
        base.setStyleHint(QFont.StyleHint.Serif)
        y = text_box.top()
        p.setPen(QColor("#111111"))
        for text, size, bold in ((self.lines[0], 11, True), (self.lines[1], 14, True), (self.lines[2], 8.5, False)):
            f = QFont(base)
            f.setPointSizeF(size)
            f.setBold(bold)
            fm = QFontMetrics(f)
            p.setFont(f)
            line = QRectF(text_box.left(), y, text_box.width(), fm.height())
            p.drawText(line, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(text, Qt.TextElideMode.ElideRight, int(text_box.width())))
            y += fm.height() + 2
        rule_y = max(y + 6, logo_box.bottom() + 6)
        p.setPen(QPen(QColor("#111111"), 2.2))
        p.drawLine(int(r.left()), int(rule_y), int(r.right()), int(rule_y))
        p.setPen(QPen(QColor("#111111"), 0.8))
        p.drawLine(int(r.left()), int(rule_y + 4), int(r.right()), int(rule_y + 4))
        p.end()


class ProfilePage(QWidget):
    """Profil kantor: the letterhead (kop) lines, logo, place, paper and time zone."""

    def __init__(self, office: Office, parent=None):
        super().__init__(parent)
        self.office = office
        self.loaded = office.profile()
        self.logo_path = self.loaded.logo_path
        self._logo = QPixmap()
        self._lines: list[QLineEdit] = []  # every line of text, each redraws the kop preview
        self._build_fields(self.loaded)
        self._layout()
        self._connect()
        self.set_logo(self.logo_path)
        self._update_example()

    # -- building -------------------------------------------------------------------
    def _line(self, value: str, placeholder: str = "", max_len: int = 300) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setMaxLength(max_len)
        edit.setPlaceholderText(placeholder)
        self._lines.append(edit)
        return edit

    def _build_fields(self, p: OfficeProfile) -> None:
        line = self._line
        self.government_edit = line(p.government, self.tr("mis. PEMERINTAH KABUPATEN BANYUMAS"))
        self.unit_edit = line(p.unit, self.tr("mis. KECAMATAN SOMAGEDE"))
        self.address_edit = line(p.address, self.tr("Jalan, nomor, desa"))
        self.phone_edit = line(p.phone, self.tr("mis. (0281) 123456"), 60)
        self.postal_edit = line(p.postal_code, self.tr("5 angka"), 5)
        self.postal_edit.setMaximumWidth(90)
        self.email_edit = line(p.email, self.tr("mis. kec.somagede@banyumaskab.go.id"), 200)
        self.website_edit = line(p.website, "", 200)
        self.place_edit = line(p.place, self.tr("mis. Somagede"), 100)
        self.head_edit = line(p.head_position, self.tr("mis. Camat Somagede"), 200)

        self.code_edit = line(p.classification_code, self.tr("mis. 000.7.2.7"), 60)
        self.code_edit.setMaximumWidth(180)
        self.template_edit = line(p.numbering_template, "{kode}/{urut}/{tahun}", 200)
        self.template_help = QLabel(self.tr(
            "Bagian yang dapat dipakai: <b>{kode}</b> kode klasifikasi arsip, <b>{urut}</b> nomor urut surat "
            "dalam tahun itu, <b>{tahun}</b> tahun surat, <b>{bulan}</b> bulan dalam angka (1–12), "
            "<b>{bulan_romawi}</b> bulan dalam angka Romawi (I–XII). Teks lain ditulis apa adanya, "
            "mis. {kode}/{urut}/KEC.SMG/{bulan_romawi}/{tahun}."))
        self.template_help.setObjectName("mutedText")
        self.template_help.setWordWrap(True)
        self.template_help.setTextFormat(Qt.TextFormat.RichText)
        self.example_label = QLabel()
        self.example_label.setObjectName("numberExample")
        self.example_label.setWordWrap(True)
        self.example_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addressee_edit = line(p.addressee, self.tr("mis. Yth. Bupati Banyumas"))
        self.attention_edit = line(p.addressee_attention,
                                   self.tr("mis. u.p. Kepala Bagian Organisasi Setda Kabupaten Banyumas"))
        self.addressee_place_edit = line(p.addressee_place, self.tr("mis. di Purwokerto"), 100)

        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("F4 / Folio (215 × 330 mm)"), "F4")
        self.paper_combo.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(p.paper)))
        self.tz_combo = QComboBox()
        for key, short in TIME_ZONES:
            self.tz_combo.addItem(self.tr("{short} ({key})").format(short=short, key=key), key)
        if self.tz_combo.findData(p.timezone) < 0:  # set by hand elsewhere: keep it selectable
            self.tz_combo.addItem(p.timezone, p.timezone)
        self.tz_combo.setCurrentIndex(self.tz_combo.findData(p.timezone))

        self.preview = KopPreview()
        self.logo_label = QLabel()
        self.logo_label.setObjectName("mutedText")
        self.logo_label.setWordWrap(True)
        self.logo_button = QPushButton(self.tr("Pilih Logo…"))
        self.logo_clear_button = QPushButton(self.tr("Hapus Logo"))
        self.error_label = error_label()

    def _kop_box(self) -> QGroupBox:
        kop = QGroupBox(self.tr("Kop surat"))
        form = QFormLayout(kop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Pemerintah:"), self.government_edit)
        form.addRow(self.tr("Unit kerja:"), self.unit_edit)
        form.addRow(self.tr("Alamat:"), self.address_edit)
        contact = QHBoxLayout()
        contact.addWidget(self.phone_edit, 2)
        contact.addSpacing(10)
        postal_label = QLabel(self.tr("Kode pos:"))
        postal_label.setBuddy(self.postal_edit)
        contact.addWidget(postal_label)
        contact.addWidget(self.postal_edit)
        form.addRow(self.tr("Telepon:"), contact)
        form.addRow(self.tr("Email:"), self.email_edit)
        form.addRow(self.tr("Situs web:"), self.website_edit)

        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear_button)
        logo_row.addWidget(self.logo_label, 1)
        form.addRow(self.tr("Logo:"), logo_row)
        return kop

    def _docs_box(self) -> QGroupBox:
        docs = QGroupBox(self.tr("Dokumen dan waktu"))
        form2 = QFormLayout(docs)
        form2.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form2.addRow(self.tr("Tempat penandatanganan:"), self.place_edit)
        form2.addRow(self.tr("Jabatan kepala kantor:"), self.head_edit)
        form2.addRow(self.tr("Ukuran kertas bawaan:"), self.paper_combo)
        form2.addRow(self.tr("Zona waktu:"), self.tz_combo)
        return docs

    def _letters_box(self) -> QGroupBox:
        letters = QGroupBox(self.tr("Surat pengantar"))
        form3 = QFormLayout(letters)
        form3.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form3.addRow(self.tr("Kode klasifikasi:"), self.code_edit)
        # The edit, what may go in it, and what it makes, stacked: a wrapped label in a form row gets a
        # height for the wrong width.
        template_box = QWidget()
        tbox = QVBoxLayout(template_box)
        tbox.setContentsMargins(0, 0, 0, 0)
        tbox.setSpacing(3)
        tbox.addWidget(self.template_edit)
        tbox.addWidget(self.example_label)
        tbox.addWidget(self.template_help)
        template_label = QLabel(self.tr("Templat nomor surat:"))
        template_label.setBuddy(self.template_edit)
        form3.addRow(template_label, template_box)
        form3.addRow(self.tr("Kepada:"), self.addressee_edit)
        form3.addRow(self.tr("Untuk perhatian:"), self.attention_edit)
        form3.addRow(self.tr("Tempat tujuan:"), self.addressee_place_edit)
        return letters

    def _layout(self) -> None:
        kop, docs, letters = self._kop_box(), self._docs_box(), self._letters_box()
        preview_title = QLabel(self.tr("Pratinjau kop"))
        preview_title.setObjectName("sectionLabel")
        # The page is taller than the dialog on a 1366×768 screen: it scrolls, the refusal line stays in view.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(kop)
        layout.addWidget(preview_title)
        layout.addWidget(self.preview)
        layout.addWidget(docs)
        layout.addWidget(letters)
        layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(self.error_label)

    def _connect(self) -> None:
        for edit in self._lines:
            edit.textChanged.connect(self._update_preview)
        for edit in (self.code_edit, self.template_edit):
            edit.textChanged.connect(self._update_example)
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear_button.clicked.connect(lambda: self.set_logo(""))

    # -- logo ---------------------------------------------------------------------
    def choose_logo(self) -> None:
        start = str(Path(self.logo_path).parent) if self.logo_path else ""
        path = messages.choose_open_file(self, self.tr("Pilih logo"),
                                         self.tr("Gambar ({patterns})").format(patterns=IMAGE_FILTER), start)
        if path:
            self.set_logo(path)

    def set_logo(self, path: str) -> bool:
        if path and not Path(path).is_file():  # e.g. a database brought from another PC
            show_error(self.error_label, self.tr("Berkas logo {path} tidak ditemukan. Pilih logo lagi.").format(
                path=path))
            self.logo_label.setText(Path(path).name)
            self._update_preview()
            return False
        pixmap = QPixmap(path) if path else QPixmap()
        if path and pixmap.isNull():
            show_error(self.error_label, self.tr("Berkas {name} bukan gambar yang dapat dibaca. "
                                                      "Pilih berkas PNG atau JPG.").format(name=Path(path).name))
            return False
        show_error(self.error_label, None)
        self.logo_path = path
        self._logo = pixmap
        self.logo_label.setText(Path(path).name if path else self.tr("Belum ada logo."))
        self.logo_label.setToolTip(path)
        self.logo_clear_button.setEnabled(bool(path))
        self._update_preview()
        return True

    def _update_preview(self) -> None:
        probe = self.collect()
        self.preview.set_content(probe.government, probe.unit, probe.address_line, self._logo)

    def number_example(self) -> tuple[str, bool]:
        """(the letter number the template makes for the 12th letter of this year, True) or (the problem, False)."""
        template = self.template_edit.text().strip()
        problem = number_template_problem(template)
        if problem:
            return problem, False
        today = self.office.now().astimezone(self.office.tz)
        try:
            return format_number(template, kode=self.code_edit.text().strip(), urut=12, tahun=today.year,
                                 bulan=today.month), True
        except NumberTemplateError as e:
            return error_text(e), False

    def _update_example(self) -> None:
        text, ok = self.number_example()
        if ok:
            self.example_label.setText(self.tr("Contoh: {number}  (surat ke-12 tahun ini)").format(number=text))
            self.example_label.setProperty("state", "good")
            self.template_edit.setProperty("invalid", False)
        else:
            self.example_label.setText(text)
            self.example_label.setProperty("state", "bad")
            self.template_edit.setProperty("invalid", True)
        for w in (self.example_label, self.template_edit):
            w.style().unpolish(w)
            w.style().polish(w)

    # -- saving -------------------------------------------------------------------
    def collect(self) -> OfficeProfile:
        return replace(self.loaded, government=self.government_edit.text().strip(),
                       unit=self.unit_edit.text().strip(), address=self.address_edit.text().strip(),
                       phone=self.phone_edit.text().strip(), postal_code=self.postal_edit.text().strip(),
                       email=self.email_edit.text().strip(), website=self.website_edit.text().strip(),
                       place=self.place_edit.text().strip(), head_position=self.head_edit.text().strip(),
                       logo_path=self.logo_path, paper=self.paper_combo.currentData(),
                       timezone=self.tz_combo.currentData(), classification_code=self.code_edit.text().strip(),
                       numbering_template=self.template_edit.text().strip(),
                       addressee=self.addressee_edit.text().strip(),
                       addressee_attention=self.attention_edit.text().strip(),
                       addressee_place=self.addressee_place_edit.text().strip())

    def is_dirty(self) -> bool:
        return self.collect() != self.loaded

    def check(self, p: OfficeProfile) -> None:
        if not p.unit:
            self.unit_edit.setFocus()
            raise UserError(self.tr("Unit kerja wajib diisi, mis. \"KECAMATAN SOMAGEDE\"."))
        if p.postal_code and not (p.postal_code.isdigit() and len(p.postal_code) == 5):
            self.postal_edit.setFocus()
            raise UserError(self.tr("Kode pos harus 5 angka, mis. 53193."))
        if p.email and not _EMAIL.match(p.email):
            self.email_edit.setFocus()
            raise UserError(self.tr("Alamat email \"{email}\" tidak sah, mis. kec.somagede@banyumaskab.go.id.")
                            .format(email=p.email))
        if not p.place:
            self.place_edit.setFocus()
            raise UserError(self.tr("Tempat penandatanganan wajib diisi, mis. \"Somagede\"."))
        text, ok = self.number_example()
        if not ok:
            (self.code_edit if "Kode klasifikasi" in text else self.template_edit).setFocus()
            raise UserError(text)
        if not p.addressee:
            self.addressee_edit.setFocus()
            raise UserError(self.tr("Tujuan surat pengantar wajib diisi, mis. \"Yth. Bupati Banyumas\"."))

    def save(self) -> None:
        p = self.collect()
        self.check(p)
        if p.logo_path:
            p = replace(p, logo_path=self._keep_logo(p.logo_path))
        self.office.save_profile(p)
        self.loaded = self.office.profile()
        self.set_logo(self.loaded.logo_path)
        show_error(self.error_label, None)

    def _keep_logo(self, path: str) -> str:
        """Copy the logo into the data folder, so it survives the flashdisk it came from being removed."""
        src = Path(path)
        folder = paths.ensure_data_dir()
        if src.parent.resolve() == folder.resolve():
            return str(src)
        dest = folder / f"logo{src.suffix.lower()}"
        try:
            shutil.copyfile(src, dest)
        except OSError as e:
            raise UserError(self.tr("Logo tidak dapat disalin ke folder data ({reason}).").format(
                reason=e.strerror or e)) from e
        return str(dest)


class ThisPcPage(QWidget):
    """Settings of this PC (not of the database): language and who normally records steps here."""

    def __init__(self, office: Office, parent=None):
        super().__init__(parent)
        self.office = office
        self.language_combo = QComboBox()
        self.language_combo.addItem("Bahasa Indonesia", "id")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(pc_settings.language())))
        self.language_note = QLabel(self.tr("Bahasa baru dipakai setelah sopdesk ditutup dan dibuka lagi."))
        self.language_note.setObjectName("mutedText")
        self.language_note.setWordWrap(True)

        self.official_combo = QComboBox()
        self.official_combo.setMinimumContentsLength(30)
        self.official_combo.addItem(self.tr("(belum dipilih)"), "")
        current = pc_settings.default_official()
        for o in office.officials(active_only=True):
            key = o.nip or o.name
            label = f"{o.name} — {o.position}" if o.position else o.name
            self.official_combo.addItem(label, key)
        i = self.official_combo.findData(current)
        if i < 0 and current:  # the person is no longer active: keep them visible rather than forget silently
            self.official_combo.addItem(current, current)
            i = self.official_combo.count() - 1
        self.official_combo.setCurrentIndex(max(0, i))
        official_note = QLabel(self.tr("Nama ini diisikan sebagai pelaksana saat mencatat langkah di PC ini; "
                                       "tetap dapat diganti setiap kali mencatat."))
        official_note.setObjectName("mutedText")
        official_note.setWordWrap(True)

        lang_box = QGroupBox(self.tr("Bahasa tampilan"))
        form = QFormLayout(lang_box)
        form.addRow(self.tr("Bahasa:"), self.language_combo)
        form.addRow("", self.language_note)
        who_box = QGroupBox(self.tr("Siapa yang bekerja di PC ini"))
        form2 = QFormLayout(who_box)
        form2.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form2.addRow(self.tr("Pegawai:"), self.official_combo)
        form2.addRow("", official_note)
        self.error_label = error_label()
        where = QLabel(self.tr("Pengaturan di halaman ini disimpan di PC ini saja, bukan di basis data."))
        where.setObjectName("mutedText")
        where.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(lang_box)
        layout.addWidget(who_box)
        layout.addWidget(where)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self._loaded = self._values()

    def _values(self) -> tuple[str, str]:
        return self.language_combo.currentData(), self.official_combo.currentData()

    def is_dirty(self) -> bool:
        return self._values() != self._loaded

    def save(self) -> None:
        language, official = self._values()
        pc_settings.set_language(language)
        pc_settings.set_default_official(official)
        self._loaded = self._values()


class SettingsDialog(QDialog):
    saved = Signal()
    PAGES = ("profile", "officials", "hours", "holidays", "this_pc", "office_database")

    def __init__(self, office: Office, parent=None):
        super().__init__(parent)
        from .office_database_page import OfficeDatabasePage
        from .settings_calendar import HolidaysPage, HoursPage
        from .settings_officials import OfficialsPage
        self.office = office
        self.setWindowTitle(self.tr("Pengaturan"))
        self.profile_page = ProfilePage(office)
        self.officials_page = OfficialsPage(office)
        self.hours_page = HoursPage(office)
        self.holidays_page = HolidaysPage(office)
        self.this_pc_page = ThisPcPage(office)
        self.office_database_page = OfficeDatabasePage(office)
        self.tabs = QTabWidget()
        for page, title in ((self.profile_page, self.tr("Profil Kantor")),
                            (self.officials_page, self.tr("Pejabat dan Pegawai")),
                            (self.hours_page, self.tr("Jam Kerja")), (self.holidays_page, self.tr("Hari Libur")),
                            (self.this_pc_page, self.tr("Bahasa dan PC Ini")),
                            (self.office_database_page, self.tr("Basis Data Kantor"))):
            self.tabs.addTab(scrolling_body(page), title)   # a long page scrolls; Simpan/Batal stay in view
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)
        self.apply_button = buttons.addButton(self.tr("Terapkan"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.cancel_button = buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, (860, 660), parent)

    def pages(self) -> list[ProfilePage | OfficialsPage | HoursPage | HolidaysPage | ThisPcPage
                            | OfficeDatabasePage]:
        return [self.profile_page, self.officials_page, self.hours_page, self.holidays_page, self.this_pc_page,
                self.office_database_page]

    def current_page(self) -> QWidget | None:
        """The page shown (each sits in a scroll area of its own)."""
        scroll = self.tabs.currentWidget()
        return scroll.widget() if isinstance(scroll, QScrollArea) else scroll

    def show_page(self, name: str) -> None:
        self.tabs.setCurrentIndex(self.PAGES.index(name))

    def is_dirty(self) -> bool:
        return any(p.is_dirty() for p in self.pages())

    def save(self) -> bool:
        """Save every changed page; on a refusal show it on its page and stop (True if all saved)."""
        changed = False
        for page in self.pages():
            if not page.is_dirty():
                continue
            try:
                page.save()
            except (UserError, ValueError) as e:  # the calendar refuses bad hours with ValueError
                self.show_page(self.PAGES[self.pages().index(page)])
                show_error(page.error_label, error_text(e))
                return False
            changed = True
        if changed:
            self.saved.emit()
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

    def reject(self) -> None:
        if self.is_dirty() and not messages.ask(
                self, self.tr("Perubahan pengaturan belum disimpan. Tutup tanpa menyimpan?"),
                yes=self.tr("Tutup tanpa Menyimpan"), no=self.tr("Kembali")):
            return
        super().reject()
