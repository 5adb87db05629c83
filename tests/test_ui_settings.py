"""The settings dialog: each page saves through Office and the values survive reopening the database."""
from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QColor, QImage

from sopdesk.app.office import Office
from sopdesk.ui.settings import pc_settings
from sopdesk.ui.settings.settings_dialog import SettingsDialog


def open_dialog(qtbot, office, page=None) -> SettingsDialog:
    dialog = SettingsDialog(office)
    qtbot.addWidget(dialog)
    if page:
        dialog.show_page(page)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_settings_opened_from_the_window_and_saved_profile_retitles_it(qtbot, window, office):
    dialog = window.open_settings("profile")
    assert dialog.current_page() is dialog.profile_page
    page = dialog.profile_page
    page.unit_edit.clear()
    qtbot.keyClicks(page.unit_edit, "KECAMATAN KEBASEN")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert window.windowTitle() == "sopdesk — Kecamatan Kebasen"


def test_office_profile_saved_and_reread(qtbot, office, tmp_path):
    dialog = open_dialog(qtbot, office, "profile")
    page = dialog.profile_page
    page.address_edit.clear()
    qtbot.keyClicks(page.address_edit, "Jalan Raya Somagede No. 10")
    qtbot.keyClicks(page.phone_edit, "(0281) 555123")
    qtbot.keyClicks(page.postal_edit, "53193")
    qtbot.keyClicks(page.email_edit, "kec.somagede@banyumaskab.go.id")
    page.paper_combo.setCurrentIndex(page.paper_combo.findData("A4"))
    page.tz_combo.setCurrentIndex(page.tz_combo.findData("Asia/Makassar"))
    logo = tmp_path / "logo.png"
    image = QImage(60, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5fbf"))
    assert image.save(str(logo))
    assert page.set_logo(str(logo))
    assert not page.preview.logo.isNull()
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()

    again = Office(office.target)
    p = again.profile()
    assert p.address == "Jalan Raya Somagede No. 10"
    assert p.phone == "(0281) 555123" and p.postal_code == "53193"
    assert p.email == "kec.somagede@banyumaskab.go.id"
    assert p.paper == "A4" and p.timezone == "Asia/Makassar"
    assert p.logo_path and QImage(p.logo_path).width() == 60  # kept in the data folder
    again.close()
    reopened = open_dialog(qtbot, office, "profile")
    assert reopened.profile_page.tz_combo.currentData() == "Asia/Makassar"
    assert not reopened.is_dirty()


def test_profile_refusals_are_shown_on_the_page(qtbot, office, tmp_path):
    dialog = open_dialog(qtbot, office)
    page = dialog.profile_page
    qtbot.keyClicks(page.postal_edit, "531")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert "Kode pos harus 5 angka" in page.error_label.text()
    assert office.profile().postal_code == ""
    not_image = tmp_path / "bukan.png"
    not_image.write_text("teks", encoding="utf-8")
    assert not page.set_logo(str(not_image))
    assert "bukan gambar" in page.error_label.text()


def test_official_with_17_digit_nip_is_refused_with_the_reason(qtbot, office):
    dialog = open_dialog(qtbot, office, "officials")
    page = dialog.officials_page
    camat = office.officials()[0]
    page.select(0)
    assert page.name_edit.text() == camat.name
    assert "NIP sah" in page.nip_status.text()
    page.nip_edit.clear()
    qtbot.keyClicks(page.nip_edit, "19650924199503100")  # 17 digits
    assert page.nip_status.text() == "NIP harus 18 angka; yang diketik 17 angka."
    assert page.nip_status.property("state") == "bad"
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert "18 angka" in page.error_label.text()
    assert office.officials()[0].nip == "196509241995031002"  # nothing was saved


def test_official_changed_and_added(qtbot, office):
    dialog = open_dialog(qtbot, office, "officials")
    page = dialog.officials_page
    page.select(0)
    page.position_edit.clear()
    qtbot.keyClicks(page.position_edit, "Camat Somagede (Plt.)")
    click(qtbot, page.add_button)
    qtbot.keyClicks(page.name_edit, "Siti Rahayu, S.E.")
    qtbot.keyClicks(page.nip_edit, "19820315 200604 2 011")
    assert "NIP sah" in page.nip_status.text() and "perempuan" in page.nip_status.text()
    page.rank_combo.setCurrentText("Penata (III/c)")
    qtbot.keyClicks(page.position_edit, "Kepala Subbagian Perencanaan dan Keuangan")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()

    again = Office(office.target)
    people = {o.name: o for o in again.officials()}
    assert people["Drs. SAPTONO SUPRIYANTO"].position == "Camat Somagede (Plt.)"
    siti = people["Siti Rahayu, S.E."]
    assert siti.nip == "198203152006042011" and siti.rank == "Penata (III/c)"
    again.close()


def test_rank_typed_as_golongan_is_completed(qtbot, office):
    dialog = open_dialog(qtbot, office, "officials")
    page = dialog.officials_page
    page.select(0)
    page.rank_combo.setCurrentText("iv/a")
    page.rank_combo.lineEdit().editingFinished.emit()
    assert page.rank_combo.currentText() == "Pembina (IV/a)"


def test_office_holiday_added_and_national_date_worked(qtbot, office):
    dialog = open_dialog(qtbot, office, "holidays")
    page = dialog.holidays_page
    page.year_spin.setValue(2027)
    before = page.row_count()
    page.add_date.setDate(QDate(2027, 4, 6))
    qtbot.keyClicks(page.add_name, "Hari Jadi Kabupaten Banyumas")
    click(qtbot, page.add_button)
    assert page.row_count() == before + 1
    # Mark 1 January (Tahun Baru) as a working day.
    page.select_day(date(2027, 1, 1))
    assert page.working_button.isEnabled()
    click(qtbot, page.working_button)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()

    again = Office(office.target)
    cal = again.calendar()
    assert cal.holiday_name(date(2027, 4, 6)) == "Hari Jadi Kabupaten Banyumas"
    assert not cal.is_working_day(date(2027, 4, 6))
    assert cal.holiday_name(date(2027, 1, 1)) is None and cal.is_working_day(date(2027, 1, 1))
    again.close()

    # Undo the working-day override in a new dialog.
    dialog = open_dialog(qtbot, office, "holidays")
    page = dialog.holidays_page
    page.year_spin.setValue(2027)
    page.select_day(date(2027, 1, 1))
    assert page.undo_button.isEnabled()
    click(qtbot, page.undo_button)
    click(qtbot, dialog.save_button)
    assert Office(office.target).calendar().holiday_name(date(2027, 1, 1))


def test_office_holiday_needs_a_name(qtbot, office):
    dialog = open_dialog(qtbot, office, "holidays")
    page = dialog.holidays_page
    click(qtbot, page.add_button)
    assert "nama hari libur" in page.error_label.text().lower()
    assert not page.is_dirty()


def test_working_hours_changed_and_saturday_made_a_working_day(qtbot, office):
    dialog = open_dialog(qtbot, office, "hours")
    page = dialog.hours_page
    monday = page.days[0]
    monday.start.setTime(QTime(8, 0))
    saturday = page.days[5]
    saturday.works.setChecked(True)
    saturday.has_break.setChecked(False)
    saturday.start.setTime(QTime(8, 0))
    saturday.end.setTime(QTime(12, 0))
    assert saturday.total.text() == "4 jam"
    assert page.days[6].total.text() == "libur"
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    hours = Office(office.target).working_hours()
    assert hours[0][0] == (time(8, 0), time(12, 0))
    assert hours[5] == ((time(8, 0), time(12, 0)),)
    assert hours[6] == ()
    reopened = open_dialog(qtbot, office, "hours")
    assert reopened.hours_page.days[5].works.isChecked()
    assert not reopened.is_dirty()


def test_working_hours_end_before_start_is_refused(qtbot, office):
    dialog = open_dialog(qtbot, office, "hours")
    page = dialog.hours_page
    monday = page.days[0]
    monday.has_break.setChecked(False)
    monday.end.setTime(QTime(7, 0))
    assert monday.total.text() == "periksa jam"
    assert "jam selesai harus setelah jam mulai" in page.error_label.text()
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert office.working_hours()[0][0][0] == time(7, 30)


def test_language_and_default_official_stored_per_pc(qtbot, office, data_dir):
    dialog = open_dialog(qtbot, office, "this_pc")
    page = dialog.this_pc_page
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    page.official_combo.setCurrentIndex(page.official_combo.findData("196509241995031002"))
    click(qtbot, dialog.save_button)
    assert pc_settings.language() == "en"
    assert pc_settings.default_official() == "196509241995031002"
    assert (data_dir / "sopdesk.ini").exists()  # the test's data folder, not the user's
    assert office.find_official(pc_settings.default_official()).name == "Drs. SAPTONO SUPRIYANTO"


def test_cancel_with_changes_asks_first(qtbot, office, dialogs):
    dialog = open_dialog(qtbot, office)
    qtbot.keyClicks(dialog.profile_page.phone_edit, "123")
    dialogs.answer = False
    click(qtbot, dialog.cancel_button)
    assert dialog.isVisible() and dialogs.texts("ask")
    dialogs.answer = True
    click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible()
    assert office.profile().phone == ""


def test_missing_logo_file_is_reported_not_mistaken_for_a_bad_image(qtbot, office, tmp_path):
    from dataclasses import replace
    office.save_profile(replace(office.profile(), logo_path=str(tmp_path / "hilang.png")))
    dialog = open_dialog(qtbot, office, "profile")
    assert "tidak ditemukan" in dialog.profile_page.error_label.text()
    assert not dialog.is_dirty()
