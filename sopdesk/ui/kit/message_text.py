"""Messages from below the screens (domain/messages.py) worded in the language chosen for the screens.

Every code of the domain catalogue has its literal translate("Messages", …) call here, with the
Indonesian wording as source text and the same {placeholders}, so lupdate extracts them and
English reads "Step 3 cannot start yet" where the CLI says "Langkah 3 belum dapat dimulai".
tests/test_message_text.py checks that each code is here, with English and the same placeholders.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.errors import UserError
from ...domain.messages import Message, render as render_id
from ..shell import i18n


def templates() -> dict[str, str]:
    """code -> wording in the chosen language (calls written out one by one: lupdate finds only literal calls)."""
    return {
        "case.moment.future": QCoreApplication.translate(
            "Messages", "Waktu yang diisi masih di masa depan. Periksa tanggal dan jam."),
        "case.moment.before_last": QCoreApplication.translate(
            "Messages", "Waktu yang diisi lebih awal dari kegiatan sebelumnya yang sudah tercatat. Periksa tanggal "
                        "dan jam, atau koreksi catatan sebelumnya."),
        "case.step.missing": QCoreApplication.translate("Messages", "Langkah {step} tidak ada di SOP ini."),
        "case.start.closed": QCoreApplication.translate(
            "Messages", "Kasus sudah selesai; tidak ada langkah yang dapat dimulai."),
        "case.start.running": QCoreApplication.translate("Messages", "Langkah {step} sedang berjalan."),
        "case.start.other_running": QCoreApplication.translate(
            "Messages", "Langkah {step} belum dapat dimulai: langkah {current} masih berjalan."),
        "case.start.not_next": QCoreApplication.translate(
            "Messages", "Langkah {step} belum dapat dimulai: langkah berikutnya adalah langkah {current}."),
        "case.start.already": QCoreApplication.translate("Messages", "Langkah {step} sudah dimulai."),
        "case.finish.closed": QCoreApplication.translate("Messages", "Kasus sudah selesai."),
        "case.finish.done": QCoreApplication.translate("Messages", "Langkah {step} sudah selesai."),
        "case.finish.not_started": QCoreApplication.translate(
            "Messages", "Langkah {step} belum dimulai; catat dulu mulainya."),
        "case.finish.before_start": QCoreApplication.translate(
            "Messages", "Waktu selesai tidak boleh sebelum waktu mulai langkah {step}."),
        "case.finish.choose": QCoreApplication.translate(
            "Messages", "Langkah {step} adalah keputusan: pilih \"{yes}\" atau \"{no}\"."),
        "case.finish.not_decision": QCoreApplication.translate(
            "Messages", "Langkah {step} bukan keputusan; tidak perlu memilih Ya/Tidak."),
        "case.correct.missing": QCoreApplication.translate("Messages", "Catatan nomor {id} tidak ada pada kasus ini."),
        "case.correct.correction": QCoreApplication.translate(
            "Messages", "Koreksi tidak dapat dikoreksi lagi; catat ulang kegiatan yang benar."),
        "case.correct.import": QCoreApplication.translate(
            "Messages", "Catatan impor tidak dapat dikoreksi: itu catatan PC ini tentang berkas yang diimpor."),
        "case.correct.voided": QCoreApplication.translate("Messages", "Catatan nomor {id} sudah dikoreksi sebelumnya."),
        "case.correct.not_last": QCoreApplication.translate(
            "Messages", "Hanya catatan mulai/selesai yang terakhir yang dapat dikoreksi (nomor {last}). Koreksi "
                        "catatan itu lebih dulu."),
        "case.correct.not_last_none": QCoreApplication.translate(
            "Messages", "Hanya catatan mulai/selesai yang terakhir yang dapat dikoreksi."),
        "case.history.no_step": QCoreApplication.translate("Messages", "catatan mulai/selesai tanpa nomor langkah."),
        "case.history.entry": QCoreApplication.translate(
            "Messages", "Catatan ke-{n} ({kind} langkah {step}): {reason}"),
        "case.history.step_missing": QCoreApplication.translate(
            "Messages", "Catatan ke-{n}: langkah {step} tidak ada di SOP ini."),
        "events.which_step": QCoreApplication.translate("Messages", "Langkah mana? Sebutkan nomor langkahnya."),
        "events.unknown_kind": QCoreApplication.translate("Messages", "Jenis catatan \"{kind}\" tidak dikenal."),
        "events.unreadable_history": QCoreApplication.translate("Messages", "riwayat tidak dapat diikuti ({error})"),
        "cases.no_such_case": QCoreApplication.translate("Messages", "Kasus nomor {id} tidak ada."),
        "cases.title_required": QCoreApplication.translate(
            "Messages", "Judul kasus wajib diisi, mis. \"Penyusunan PK Tahun 2027\"."),
        "cases.bad_ref_date": QCoreApplication.translate(
            "Messages", "Tanggal surat \"{date}\" tidak sah: tulis YYYY-MM-DD, mis. 2027-01-04."),
        "cases.bad_year": QCoreApplication.translate("Messages", "Tahun {year} tidak masuk akal."),
        "cases.empty_note": QCoreApplication.translate("Messages", "Catatan kosong."),
        "cases.reason_required": QCoreApplication.translate("Messages", "Tulis alasan koreksi, mis. \"salah jam\"."),
        "cases.time_without_clock": QCoreApplication.translate(
            "Messages", "Waktu \"{text}\" tanpa jam: tulis juga jamnya, mis. {text}T09:15."),
        "cases.bad_time": QCoreApplication.translate(
            "Messages", "Waktu \"{text}\" tidak sah: tulis mis. 2027-01-04T09:15 (jam kantor) atau "
                        "2027-01-04T09:15+07:00."),
        "cases.time_too_early": QCoreApplication.translate(
            "Messages", "Waktu \"{text}\" terlalu lampau (sebelum tahun {year}). Periksa tahunnya."),
        "waktu.empty": QCoreApplication.translate(
            "Messages", "Waktu kosong: tulis angka dan satuan, mis. \"15 menit\" atau \"4 hari\"."),
        "waktu.decimal_point": QCoreApplication.translate(
            "Messages", "Waktu \"{text}\": pakai koma untuk pecahan (mis. \"1,5 jam\") dan tanpa titik ribuan."),
        "waktu.not_positive": QCoreApplication.translate("Messages", "Waktu \"{text}\" harus lebih dari nol."),
        "waktu.whole_days": QCoreApplication.translate(
            "Messages", "Waktu \"{text}\": jumlah hari/minggu/bulan harus bilangan bulat; tulis dalam jam, mis. "
                        "\"4 jam\"."),
        "waktu.too_long": QCoreApplication.translate(
            "Messages", "Waktu \"{text}\" terlalu panjang: paling lama satu tahun kerja ({days} hari kerja)."),
        "waktu.unknown_unit": QCoreApplication.translate(
            "Messages", "Waktu \"{text}\": satuan \"{unit}\" tidak dikenal: tulis menit, jam, hari, hari kerja, "
                        "minggu atau bulan, mis. \"15 menit\"."),
        "waktu.unreadable": QCoreApplication.translate(
            "Messages", "Waktu \"{text}\" tidak dapat dibaca: tulis angka dan satuan (menit, jam, hari, hari "
                        "kerja, minggu atau bulan), mis. \"15 menit\"."),
    }


def render(message: Message) -> str:
    """The message in the screens' language (Indonesian for a code this table lacks)."""
    if i18n.current_language() == "id":
        return render_id(message)
    # built per call (a few dozen lookups): it follows a language switched while the program runs
    return render_id(message, templates().get)


def error_text(error: BaseException) -> str:
    """What a screen shows for `error`: its coded message in the screens' language, else its own text."""
    message = error.message if isinstance(error, UserError) else None
    return render(message) if message is not None else str(error)
