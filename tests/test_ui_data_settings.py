"""Office profile: the letter numbering template (with a live example), the classification code and the
addressee lines of the surat pengantar; saved through Office and read back."""
from __future__ import annotations

from PySide6.QtCore import Qt

from sopdesk.app.office import Office
from sopdesk.ui.settings.settings_dialog import SettingsDialog


def open_profile(qtbot, office) -> SettingsDialog:
    dialog = SettingsDialog(office)
    qtbot.addWidget(dialog)
    dialog.show_page("profile")
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def retype(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_defaults_are_shown_with_an_example(qtbot, office):
    dialog = open_profile(qtbot, office)
    page = dialog.profile_page
    year = office.now().astimezone(office.tz).year
    assert page.code_edit.text() == "000.7.2.7" and page.template_edit.text() == "{kode}/{urut}/{tahun}"
    assert page.example_label.text().startswith(f"Contoh: 000.7.2.7/12/{year}")
    assert page.example_label.property("state") == "good"
    for placeholder in ("{kode}", "{urut}", "{tahun}", "{bulan}", "{bulan_romawi}"):
        assert placeholder in page.template_help.text()
    assert page.addressee_edit.text() == "Yth. Bupati Banyumas"
    assert page.attention_edit.text().startswith("u.p. Kepala Bagian Organisasi")
    assert page.addressee_place_edit.text() == "di Purwokerto"


def test_example_follows_typing(qtbot, office):
    dialog = open_profile(qtbot, office)
    page = dialog.profile_page
    now = office.now().astimezone(office.tz)
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")[now.month - 1]
    retype(qtbot, page.template_edit, "{kode}/{urut:03d}/KEC.SMG/{bulan_romawi}/{tahun}")
    assert page.example_label.text().startswith(f"Contoh: 000.7.2.7/012/KEC.SMG/{roman}/{now.year}")
    retype(qtbot, page.code_edit, "800")
    assert page.example_label.text().startswith(f"Contoh: 800/012/KEC.SMG/{roman}/{now.year}")


def test_bad_template_is_marked_and_refused(qtbot, office):
    dialog = open_profile(qtbot, office)
    page = dialog.profile_page
    retype(qtbot, page.template_edit, "{kode}/{nomor}/{tahun}")
    assert page.example_label.property("state") == "bad" and "{nomor}" in page.example_label.text()
    assert page.template_edit.property("invalid") is True
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "{nomor}" in page.error_label.text()
    assert office.profile().numbering_template == "{kode}/{urut}/{tahun}"


def test_missing_code_is_refused_when_the_template_needs_it(qtbot, office):
    dialog = open_profile(qtbot, office)
    page = dialog.profile_page
    page.code_edit.clear()
    assert "Kode klasifikasi" in page.example_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Kode klasifikasi" in page.error_label.text()
    # A template without {kode} needs no code.
    retype(qtbot, page.template_edit, "{urut}/PK/{tahun}")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert office.profile().numbering_template == "{urut}/PK/{tahun}" and office.profile().classification_code == ""


def test_letter_settings_saved_and_read_again(qtbot, office):
    dialog = open_profile(qtbot, office)
    page = dialog.profile_page
    retype(qtbot, page.template_edit, "{kode}/{urut}/{bulan}/{tahun}")
    retype(qtbot, page.code_edit, "000.7.2.7")
    retype(qtbot, page.addressee_edit, "Yth. Bupati Cilacap")
    page.attention_edit.clear()
    retype(qtbot, page.addressee_place_edit, "di Cilacap")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    again = Office(office.target)
    try:
        p = again.profile()
        assert p.numbering_template == "{kode}/{urut}/{bulan}/{tahun}" and p.classification_code == "000.7.2.7"
        assert (p.addressee, p.addressee_attention, p.addressee_place) == ("Yth. Bupati Cilacap", "", "di Cilacap")
    finally:
        again.close()
    reopened = open_profile(qtbot, office)
    assert reopened.profile_page.addressee_edit.text() == "Yth. Bupati Cilacap" and not reopened.is_dirty()


def test_addressee_is_required(qtbot, office):
    dialog = open_profile(qtbot, office)
    page = dialog.profile_page
    page.addressee_edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Tujuan surat pengantar" in page.error_label.text()
