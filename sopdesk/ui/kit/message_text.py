"""Messages from below the screens (domain/messages.py) worded in the language chosen for the screens.

Every code of the domain catalogue has its literal translate("Messages", …) call here, with the
Indonesian wording as source text and the same {placeholders}, so lupdate extracts them and
English reads "Step 3 cannot start yet" where the CLI says "Langkah 3 belum dapat dimulai".
tests/test_message_text.py checks that each code is here, with English and the same placeholders.
"""
from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate

from ...domain.errors import ProblemsError, UserError
from ...domain.indonesian import nip_problem_message
from ...domain.messages import Message, MonthYear, Weekday, render as render_id
from ...domain.pengantar import number_template_problem_message
from ...domain.sop import Problem
from ..shell import i18n

ATTACHMENT_NOTE = "Lampiran ditambahkan: "   # app/attachments.NOTE_PREFIX (ui/ reaches app/ for use cases only)


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
        "files.no_folder": QCoreApplication.translate(
            "Messages", "Folder {folder} tidak ada. Periksa apakah flashdisk terpasang."),
        "transfer.too_big_to_export": QCoreApplication.translate(
            "Messages", "Kasus ini terlalu besar untuk satu berkas .sopcase (lebih dari 200 MB), biasanya karena "
                        "lampiran hasil pindai; kecilkan lampirannya."),
        "files.disk_full": QCoreApplication.translate("Messages", "diska/flashdisk penuh"),
        "transfer.read_only": QCoreApplication.translate(
            "Messages", "tempat itu hanya dapat dibaca atau tidak boleh ditulisi"),
        "files.cannot_write": QCoreApplication.translate("Messages", "Berkas {path} tidak dapat ditulis: {why}."),
        "transfer.refused": QCoreApplication.translate(
            "Messages", "Berkas {name} tidak dapat diimpor: {why}. Tidak ada yang diubah."),
        "files.not_found": QCoreApplication.translate("Messages", "Berkas {path} tidak ditemukan."),
        "files.unreadable": QCoreApplication.translate("Messages", "Berkas {path} tidak dapat dibaca ({error})."),
        "transfer.why.not_regular": QCoreApplication.translate("Messages", "bukan berkas biasa"),
        "transfer.why.too_big_mb": QCoreApplication.translate(
            "Messages", "berkas terlalu besar ({mb} MB; paling besar 200 MB)"),
        "transfer.why.too_big": QCoreApplication.translate("Messages", "berkas terlalu besar (lebih dari 200 MB)"),
        "transfer.why.not_sopcase": QCoreApplication.translate(
            "Messages", "bukan berkas kasus sopdesk (.sopcase), atau berkasnya rusak/terpotong"),
        "transfer.why.damaged": QCoreApplication.translate("Messages", "berkasnya rusak ({error})"),
        "transfer.why.too_many_members": QCoreApplication.translate("Messages", "isinya terlalu banyak berkas"),
        "transfer.why.doubled": QCoreApplication.translate(
            "Messages", "isinya ganda (nama berkas di dalamnya berulang)"),
        "transfer.why.no_manifest": QCoreApplication.translate(
            "Messages", "bukan berkas kasus sopdesk (tidak ada manifest.json)"),
        "transfer.why.newer_format": QCoreApplication.translate(
            "Messages", "formatnya \"{format}\" dibuat oleh versi sopdesk yang lebih baru; perbarui sopdesk di "
                        "komputer ini"),
        "transfer.why.unknown_format": QCoreApplication.translate(
            "Messages", "bukan berkas kasus sopdesk (format tidak dikenal)"),
        "transfer.why.checksum": QCoreApplication.translate(
            "Messages", "isinya rusak atau telah diubah (checksum tidak cocok)"),
        "transfer.why.history": QCoreApplication.translate(
            "Messages", "riwayat kasus di dalam berkas tidak masuk akal"),
        "transfer.why.history_because": QCoreApplication.translate(
            "Messages", "riwayat kasus di dalam berkas tidak masuk akal: {reason}"),
        "transfer.why.other_sop_version": QCoreApplication.translate(
            "Messages", "kasus ini sudah ada di sini (nomor {id}) dengan versi SOP yang berbeda"),
        "transfer.why.conflict": QCoreApplication.translate(
            "Messages", "riwayat di berkas bertentangan dengan riwayat kasus nomor {id} di sini"),
        "attachments.too_big": QCoreApplication.translate(
            "Messages", "Berkas {name} terlalu besar ({size}); lampiran paling besar 50 MB. Kecilkan dulu, mis. "
                        "pindai ulang hitam-putih 150 dpi atau simpan sebagai PDF yang lebih kecil."),
        "attachments.folder": QCoreApplication.translate(
            "Messages", "{name} adalah folder, bukan berkas. Pilih berkasnya."),
        "attachments.not_regular": QCoreApplication.translate(
            "Messages", "{name} bukan berkas biasa (mis. perangkat atau pipa); tidak dapat dilampirkan."),
        "attachments.locked": QCoreApplication.translate(
            "Messages", "Berkas {name} tidak dapat dibaca: tidak ada izin, atau berkas itu sedang dibuka di program "
                        "lain. Tutup program itu lalu coba lagi."),
        "attachments.unreadable": QCoreApplication.translate(
            "Messages", "Berkas {name} tidak dapat dibaca ({error}). Periksa flashdisk/diska lalu coba lagi."),
        "attachments.grew": QCoreApplication.translate(
            "Messages", "Berkas {name} terlalu besar (lebih dari 50 MB); lampiran paling besar 50 MB."),
        "attachments.empty": QCoreApplication.translate(
            "Messages", "Berkas {name} kosong (0 bita); tidak ada yang dilampirkan."),
        "attachments.name_too_long": QCoreApplication.translate(
            "Messages", "Nama berkas terlalu panjang ({length} karakter; paling banyak {most})."),
        "attachments.no_such": QCoreApplication.translate("Messages", "Lampiran nomor {id} tidak ada."),
        "attachments.no_permission": QCoreApplication.translate(
            "Messages", "tidak ada izin menulis di sana, atau berkas itu sedang dibuka di program lain"),
        "attachments.not_opened": QCoreApplication.translate("Messages", "Lampiran \"{name}\" tidak dibuka: {why}"),
        "attachments.not_prepared": QCoreApplication.translate(
            "Messages", "Lampiran tidak dapat disiapkan untuk dibuka ({error})."),
        "files.empty_name": QCoreApplication.translate("Messages", "Nama berkas kosong."),
        "files.device_name": QCoreApplication.translate(
            "Messages", "Nama berkas \"{name}\" adalah nama perangkat Windows ({device}); ganti namanya dulu."),
        "files.double_extension": QCoreApplication.translate(
            "Messages", "Nama berkas \"{name}\" punya ekstensi ganda (.{inner}.{last}), cara umum menyamarkan "
                        "program sebagai dokumen. Lampiran ditolak."),
        "files.program": QCoreApplication.translate(
            "Messages", "Berkas .{extension} adalah program atau skrip, bukan dokumen. Lampiran ditolak."),
        "files.windows_program": QCoreApplication.translate(
            "Messages", "Isi berkas \"{name}\" adalah program Windows, bukan dokumen atau gambar. Yang dapat "
                        "dilampirkan: PDF, gambar (JPG, PNG, GIF, TIFF, BMP, WebP), Word, Excel, PowerPoint, "
                        "ODT/ODS, RTF, TXT atau CSV."),
        "files.unknown_kind": QCoreApplication.translate(
            "Messages", "Isi berkas \"{name}\" adalah jenis yang tidak dikenal, bukan dokumen atau gambar. Yang "
                        "dapat dilampirkan: PDF, gambar (JPG, PNG, GIF, TIFF, BMP, WebP), Word, Excel, PowerPoint, "
                        "ODT/ODS, RTF, TXT atau CSV."),
        "nip.empty": QCoreApplication.translate(
            "Messages", "NIP kosong: tulis 18 angka NIP, mis. 19650924 199503 1 002."),
        "nip.not_digits": QCoreApplication.translate("Messages", "NIP hanya boleh berisi angka; ditemukan {found}."),
        "nip.length": QCoreApplication.translate("Messages", "NIP harus 18 angka; yang diketik {typed} angka."),
        "nip.birth_not_a_date": QCoreApplication.translate(
            "Messages", "Tanggal lahir dalam NIP ({digits}, angka ke-1 sampai ke-8: tahun, bulan, tanggal) bukan "
                        "tanggal yang ada."),
        "nip.birth_impossible": QCoreApplication.translate(
            "Messages", "Tanggal lahir dalam NIP ({born}) tidak mungkin."),
        "nip.month": QCoreApplication.translate(
            "Messages", "Bulan pengangkatan dalam NIP (angka ke-13 dan ke-14) harus 01 sampai 12, bukan {digits}."),
        "nip.appointed_before_1950": QCoreApplication.translate(
            "Messages", "Tahun pengangkatan dalam NIP ({year}) tidak mungkin sebelum 1950."),
        "nip.appointed_too_young": QCoreApplication.translate(
            "Messages", "Pengangkatan dalam NIP ({appointed}) terjadi sebelum umur 17 tahun (lahir {born})."),
        "nip.appointed_future": QCoreApplication.translate(
            "Messages", "Tahun pengangkatan dalam NIP ({year}) masih jauh di masa depan."),
        "nip.sex": QCoreApplication.translate(
            "Messages", "Angka jenis kelamin dalam NIP (angka ke-15) harus 1 (laki-laki) atau 2 (perempuan), bukan "
                        "{digit}."),
        "nip.sequence": QCoreApplication.translate(
            "Messages", "Nomor urut dalam NIP (3 angka terakhir) tidak boleh 000."),
        "settings.zone": QCoreApplication.translate(
            "Messages", "Zona waktu \"{zone}\" tidak dikenal, mis. \"Asia/Jakarta\" (WIB)."),
        "settings.paper": QCoreApplication.translate("Messages", "Ukuran kertas harus A4 atau F4."),
        "settings.no_hours": QCoreApplication.translate(
            "Messages", "Paling sedikit satu hari harus punya jam kerja; tanpa itu waktu standar tidak dapat "
                        "dihitung."),
        "settings.override_kind": QCoreApplication.translate(
            "Messages", "Jenis perubahan kalender harus 'add' atau 'remove'."),
        "settings.official_name": QCoreApplication.translate("Messages", "Nama pejabat wajib diisi."),
        "settings.bad_date": QCoreApplication.translate("Messages", "Tanggal \"{date}\" tidak sah: tulis YYYY-MM-DD."),
        "settings.nip_taken": QCoreApplication.translate("Messages", "NIP {nip} sudah terdaftar untuk pejabat lain."),
        "sop.code": QCoreApplication.translate(
            "Messages", "kode \"{code}\" tidak sah: pakai huruf kecil, angka dan tanda minus, mis. "
                        "\"penyusunan-pk\"."),
        "sop.no_name": QCoreApplication.translate("Messages", "nama SOP kosong."),
        "sop.date": QCoreApplication.translate(
            "Messages", "tanggal \"{value}\" tidak sah: tulis YYYY, YYYY-MM atau YYYY-MM-DD."),
        "sop.no_lanes": QCoreApplication.translate("Messages", "tidak ada pelaksana (lanes)."),
        "sop.empty_lane": QCoreApplication.translate("Messages", "nama pelaksana kosong."),
        "sop.lane_twice": QCoreApplication.translate("Messages", "pelaksana \"{lane}\" tertulis dua kali."),
        "sop.no_steps": QCoreApplication.translate("Messages", "SOP tidak punya langkah."),
        "sop.too_many_steps": QCoreApplication.translate(
            "Messages", "SOP punya {count} langkah; paling banyak {most}."),
        "sop.number_twice": QCoreApplication.translate("Messages", "nomor langkah {no} dipakai lebih dari sekali."),
        "sop.no_activity": QCoreApplication.translate("Messages", "kegiatan kosong."),
        "sop.unknown_lane": QCoreApplication.translate("Messages", "pelaksana \"{lane}\" tidak ada di daftar lanes."),
        "sop.unknown_kind": QCoreApplication.translate(
            "Messages", "jenis \"{kind}\" tidak dikenal: pakai start, process, decision atau end."),
        "sop.decision_targets": QCoreApplication.translate(
            "Messages", "keputusan harus punya tujuan if_yes dan if_no."),
        "sop.no_target": QCoreApplication.translate("Messages", "langkah tujuan {target} tidak ada."),
        "sop.decision_next": QCoreApplication.translate(
            "Messages", "langkah keputusan memakai if_yes/if_no, bukan next."),
        "sop.yes_no_only_decision": QCoreApplication.translate(
            "Messages", "if_yes/if_no hanya untuk langkah keputusan (kind = \"decision\")."),
        "sop.first_start": QCoreApplication.translate("Messages", "langkah pertama harus berjenis start."),
        "sop.only_first_start": QCoreApplication.translate(
            "Messages", "hanya langkah pertama yang boleh berjenis start."),
        "sop.no_end": QCoreApplication.translate(
            "Messages", "alur tidak punya akhir: tandai langkah terakhir dengan kind = \"end\"."),
        "sop.unreachable": QCoreApplication.translate(
            "Messages", "langkah ini tidak dapat dicapai dari langkah pertama."),
        "sop.last_not_end": QCoreApplication.translate(
            "Messages", "langkah terakhir dalam urutan harus berjenis end, atau isi next."),
        "sop.never_ends": QCoreApplication.translate("Messages", "dari langkah ini alur tidak pernah sampai ke akhir."),
        "sop.no_standard": QCoreApplication.translate(
            "Messages", "Waktu kosong: langkah ini tanpa waktu standar, tidak pernah dihitung terlambat."),
        "sops.no_such": QCoreApplication.translate(
            "Messages", "SOP dengan kode \"{code}\" tidak ada. Lihat daftar dengan: sopdesk sop list"),
        "sops.code_taken": QCoreApplication.translate(
            "Messages", "kode \"{code}\" sudah dipakai SOP lain; pilih kode lain."),
        "sops.changed_elsewhere": QCoreApplication.translate(
            "Messages", "SOP ini sudah diubah di tempat lain (kini versi {version}). Tutup editor lalu buka lagi "
                        "untuk mengubah versi terbaru."),
        "number.empty": QCoreApplication.translate(
            "Messages", "Templat penomoran surat kosong: isi mis. {{kode}}/{{urut}}/{{tahun}} di Pengaturan."),
        "number.unreadable": QCoreApplication.translate(
            "Messages", "Templat penomoran \"{template}\" tidak dapat dibaca: setiap {{ harus ditutup dengan }}. "
                        "Yang dapat dipakai: {known}."),
        "number.unknown_field": QCoreApplication.translate(
            "Messages", "Templat penomoran \"{template}\" memuat {field} yang tidak dikenal. Yang dapat dipakai: "
                        "{known}."),
        "number.needs_both": QCoreApplication.translate(
            "Messages", "Templat penomoran \"{template}\" harus memuat {{urut}} dan {{tahun}}, agar tidak ada nomor "
                        "surat yang sama."),
        "number.needs": QCoreApplication.translate(
            "Messages", "Templat penomoran \"{template}\" harus memuat {field}, agar tidak ada nomor surat yang "
                        "sama."),
        "number.bad_serial": QCoreApplication.translate(
            "Messages", "Nomor urut surat harus bilangan bulat 1 atau lebih, bukan \"{value}\"."),
        "number.bad_year": QCoreApplication.translate("Messages", "Tahun surat harus 4 angka, bukan \"{value}\"."),
        "number.no_code": QCoreApplication.translate(
            "Messages", "Kode klasifikasi arsip belum diisi (mis. 000.7.2.7): isi di Pengaturan."),
        "number.no_month": QCoreApplication.translate(
            "Messages", "Templat penomoran memakai {{bulan}} atau {{bulan_romawi}}: bulan surat (1 sampai 12) harus "
                        "diberikan."),
        "number.bad_format": QCoreApplication.translate(
            "Messages", "Format \"{spec}\" dalam templat penomoran tidak dapat dipakai; tulis {field} saja."),
        "hours.end_before_start": QCoreApplication.translate(
            "Messages", "Jam kerja {start}–{end} tidak sah: jam selesai harus setelah jam mulai."),
        "hours.overlap": QCoreApplication.translate(
            "Messages", "Jam kerja {start}–{end} bertumpang tindih dengan jam kerja lain di hari yang sama."),
        "hours.none": QCoreApplication.translate(
            "Messages", "Kalender kerja tidak punya jam kerja: atur jam kerja di Pengaturan."),
        "transfer.attachment_empty": QCoreApplication.translate("Messages", "berkasnya kosong (0 bita)"),
        "transfer.pk.not_json": QCoreApplication.translate("Messages", "isi PK bukan JSON yang sah"),
        "transfer.pk.invalid": QCoreApplication.translate("Messages", "isi PK tidak sah: {detail}"),
        "transfer.pk.control": QCoreApplication.translate("Messages", "isi PK berisi karakter kendali"),
        "typed.time_too_long": QCoreApplication.translate(
            "Messages", "Teks waktu terlalu panjang ({length} huruf). Tulis mis. 1/12/2026 08.05, 1 Des 2026 08.05, "
                        "kemarin 14.00 atau hari ini 9.30."),
        "typed.time_empty": QCoreApplication.translate(
            "Messages", "Waktu belum diisi. Tulis mis. 1/12/2026 08.05, 1 Des 2026 08.05, kemarin 14.00 atau hari ini "
                        "9.30."),
        "typed.time_odd_signs": QCoreApplication.translate(
            "Messages", "Waktu \u201c{text}\u201d tidak dikenali: ada tanda yang bukan huruf atau angka tanggal. Tulis "
                        "mis. 1/12/2026 08.05, 1 Des 2026 08.05, kemarin 14.00 atau hari ini 9.30."),
        "typed.time_unreadable": QCoreApplication.translate(
            "Messages", "Waktu \u201c{text}\u201d tidak dikenali. Tulis mis. 1/12/2026 08.05, 1 Des 2026 08.05, "
                        "kemarin 14.00 atau hari ini 9.30."),
        "typed.only_number": QCoreApplication.translate(
            "Messages", "\u201c{text}\u201d kurang jelas: tulis jam dengan menitnya (mis. {hour}.00) atau tanggal "
                        "lengkap dengan jamnya (mis. 1/12/2026 08.05)."),
        "typed.no_clock": QCoreApplication.translate(
            "Messages", "Jamnya belum ditulis: tulis mis. \u201c{text} 08.05\u201d."),
        "typed.date_too_long": QCoreApplication.translate(
            "Messages", "Teks tanggal terlalu panjang ({length} huruf). Tulis mis. 1/12/2026."),
        "typed.date_empty": QCoreApplication.translate(
            "Messages", "Tanggal belum diisi. Tulis mis. 1/12/2026 atau 1 Des 2026."),
        "typed.date_odd_signs": QCoreApplication.translate(
            "Messages", "Tanggal \u201c{text}\u201d tidak dikenali. Tulis mis. 1/12/2026 atau 1 Des 2026."),
        "typed.date_unreadable": QCoreApplication.translate(
            "Messages", "Tanggal \u201c{text}\u201d tidak dikenali. Tulis mis. 1/12/2026 08.05, 1 Des 2026 08.05, "
                        "kemarin 14.00 atau hari ini 9.30."),
        "typed.clock": QCoreApplication.translate(
            "Messages", "Jam \u201c{text}\u201d tidak dikenal: jam 00–23, menit 00–59, mis. 08.05."),
        "typed.clock_minutes": QCoreApplication.translate(
            "Messages", "Jam \u201c{text}\u201d tidak dikenal: tulis menit dengan dua angka, mis. 08.05."),
        "typed.clock_range": QCoreApplication.translate(
            "Messages", "Jam \u201c{text}\u201d tidak dikenal: jam 00–23, menit 00–59."),
        "typed.date_incomplete": QCoreApplication.translate(
            "Messages", "Tanggal \u201c{text}\u201d kurang lengkap: tulis tanggalnya, mis. 1 Des 2026."),
        "typed.wrong_weekday": QCoreApplication.translate(
            "Messages", "{date} jatuh pada hari {actual}, bukan {typed}. Periksa tanggalnya."),
        "typed.year_digits": QCoreApplication.translate(
            "Messages", "Tahun pada \u201c{text}\u201d tidak dikenali: tulis empat angka, mis. 2026."),
        "typed.month_unknown": QCoreApplication.translate(
            "Messages", "Bulan \u201c{name}\u201d tidak dikenal: tulis mis. Des, Desember atau 12."),
        "typed.month_range": QCoreApplication.translate(
            "Messages", "Bulan {month} pada \u201c{text}\u201d tidak dikenal: bulan 1–12."),
        "typed.year_range": QCoreApplication.translate(
            "Messages", "Tahun {year} pada \u201c{text}\u201d tidak masuk akal. Periksa tahunnya."),
        "typed.no_such_day": QCoreApplication.translate(
            "Messages", "Tanggal {day} {month} tidak ada: {month} hanya {last} hari."),
        "pk.party.first": QCoreApplication.translate("Messages", "Pihak pertama"),
        "pk.party.second": QCoreApplication.translate("Messages", "Pihak kedua"),
        "pk.label": QCoreApplication.translate("Messages", "{owner}, kolom {field}"),
        "pk.row.target": QCoreApplication.translate("Messages", "Sasaran baris ke-{n}"),
        "pk.row.program": QCoreApplication.translate("Messages", "Program baris ke-{n}"),
        "pk.field.place": QCoreApplication.translate("Messages", "Tempat (place)"),
        "pk.field.unit": QCoreApplication.translate("Messages", "Unit (unit)"),
        "pk.field.name": QCoreApplication.translate("Messages", "Nama (name)"),
        "pk.field.position": QCoreApplication.translate("Messages", "Jabatan (position)"),
        "pk.field.rank": QCoreApplication.translate("Messages", "Pangkat (rank)"),
        "pk.field.nip": QCoreApplication.translate("Messages", "NIP (nip)"),
        "pk.field.goal": QCoreApplication.translate("Messages", "Sasaran Strategis (goal)"),
        "pk.field.indicator": QCoreApplication.translate("Messages", "Indikator Kinerja (indicator)"),
        "pk.field.target": QCoreApplication.translate("Messages", "Target (target)"),
        "pk.field.target_unit": QCoreApplication.translate("Messages", "Satuan (unit)"),
        "pk.field.program": QCoreApplication.translate("Messages", "Program (name)"),
        "pk.field.note": QCoreApplication.translate("Messages", "Keterangan (note)"),
        "pk.field.budget": QCoreApplication.translate("Messages", "Anggaran (budget)"),
        "pk.in_file": QCoreApplication.translate("Messages", "{source}: {problem}"),
        "pk.too_big": QCoreApplication.translate(
            "Messages", "berkas terlalu besar untuk sebuah PK (lebih dari 2 juta karakter)."),
        "pk.not_toml": QCoreApplication.translate(
            "Messages", "bukan berkas TOML yang sah ({error}). Periksa tanda kutip, tanda = dan kurung siku di baris "
                        "itu."),
        "pk.not_table": QCoreApplication.translate("Messages", "isi PK harus berupa tabel (kunci = nilai)."),
        "pk.not_text": QCoreApplication.translate("Messages", "{label} harus berupa teks."),
        "pk.party_missing": QCoreApplication.translate(
            "Messages", "{party} ({key}) belum diisi: tulis {key} = {{ name = \"...\", position = \"...\" }}."),
        "pk.party_not_table": QCoreApplication.translate(
            "Messages", "{party} ({key}) harus berupa tabel {{ name = \"...\", position = \"...\", rank = \"...\", nip "
                        "= \"...\" }}."),
        "pk.empty": QCoreApplication.translate("Messages", "{label}: tidak boleh kosong."),
        "pk.nip": QCoreApplication.translate("Messages", "{party}, kolom NIP (nip): {problem}"),
        "pk.goal_empty": QCoreApplication.translate("Messages", "{label}: sasaran tidak boleh kosong."),
        "pk.indicator_empty": QCoreApplication.translate("Messages", "{label}: indikator tidak boleh kosong."),
        "pk.target_empty": QCoreApplication.translate(
            "Messages", "{label}: target tidak boleh kosong, mis. \"82\" atau \"BB\"."),
        "pk.program_empty": QCoreApplication.translate("Messages", "{label}: nama program tidak boleh kosong."),
        "pk.not_list": QCoreApplication.translate("Messages", "{key} harus berupa daftar {shown}."),
        "pk.entry_not_table": QCoreApplication.translate("Messages", "{key}: entri ke-{n} bukan tabel {shown}."),
        "pk.year_missing": QCoreApplication.translate("Messages", "Tahun (year): belum diisi; tulis mis. year = 2027."),
        "pk.year_bad": QCoreApplication.translate(
            "Messages", "Tahun (year): \"{value}\" bukan tahun 4 angka; tulis mis. year = 2027."),
        "pk.date_no_such": QCoreApplication.translate(
            "Messages", "Tanggal (date): \"{value}\" bukan tanggal yang ada di kalender."),
        "pk.date_bad": QCoreApplication.translate(
            "Messages", "Tanggal (date): \"{value}\" bukan tanggal; tulis tahun-bulan-tanggal, mis. \"2027-01-04\"."),
        "pk.budget_not_number": QCoreApplication.translate(
            "Messages", "{label}: \"{value}\" bukan angka rupiah; tulis mis. budget = 1250000000."),
        "pk.budget_unreadable": QCoreApplication.translate("Messages", "{row}, kolom Anggaran (budget): {problem}"),
        "pk.budget_not_int": QCoreApplication.translate(
            "Messages", "{label}: harus berupa angka rupiah, mis. budget = 1250000000."),
        "pk.budget_negative": QCoreApplication.translate(
            "Messages", "{label}: anggaran tidak boleh negatif ({value})."),
        "pk.budget_too_big": QCoreApplication.translate(
            "Messages", "{label}: anggaran {value} terlalu besar (lebih dari seribu triliun rupiah); periksa "
                        "angkanya."),
        "rupiah.empty": QCoreApplication.translate("Messages", "Jumlah rupiah kosong: tulis angka, mis. 1.250.000."),
        "rupiah.unreadable": QCoreApplication.translate(
            "Messages", "\"{text}\" bukan jumlah rupiah yang dapat dibaca: tulis angka dengan titik sebagai pemisah "
                        "ribuan, mis. 1.250.000 atau Rp 1.250.000,00."),
        "rupiah.cents": QCoreApplication.translate(
            "Messages", "\"{text}\" memuat sen (,{cents}): anggaran ditulis dalam rupiah penuh."),
        "monev.no_penilai": QCoreApplication.translate("Messages", "Pilih penilai (pejabat yang menilai)."),
        "monev.not_judged": QCoreApplication.translate(
            "Messages", "Langkah {no}: pilih \"Berjalan dengan baik\" atau \"Tidak berjalan dengan baik\"."),
        "monev.no_action": QCoreApplication.translate(
            "Messages", "Langkah {no} tidak berjalan dengan baik: tulis tindakan yang harus diambil."),
        "monev.no_evaluator": QCoreApplication.translate("Messages", "Pilih penilai (pejabat yang mengevaluasi)."),
        "monev.unanswered": QCoreApplication.translate("Messages", "Jawab Ya atau Tidak untuk pertanyaan {questions}."),
        "monev.no_semester": QCoreApplication.translate(
            "Messages", "Semester {year}-{half} tidak ada: tulis TAHUN-1 atau TAHUN-2, mis. 2026-1."),
        "monev.semester_unreadable": QCoreApplication.translate(
            "Messages", "Semester \"{text}\" tidak dapat dibaca: tulis TAHUN-1 (Januari–Juni) atau TAHUN-2 "
                        "(Juli–Desember), mis. 2026-1."),
        "monev.threshold": QCoreApplication.translate(
            "Messages", "Ambang \"{value}\" tidak sah: tulis persen bulat dari 1 sampai 100, mis. 80."),
        "monev.judgement_unknown": QCoreApplication.translate(
            "Messages", "Penilaian \"{value}\" tidak dikenal: pilih \"{good}\" atau \"{bad}\"."),
        "monev.judgement_unknown_short": QCoreApplication.translate("Messages", "Penilaian \"{value}\" tidak dikenal."),
        "monev.answer_unknown": QCoreApplication.translate(
            "Messages", "Jawaban \"{text}\" tidak dikenal: tulis \"ya\" atau \"tidak\"."),
        "monev.answer_count": QCoreApplication.translate(
            "Messages", "Evaluasi SOP AP berisi {count} pertanyaan, bukan {given}."),
        "monev.no_question": QCoreApplication.translate(
            "Messages", "Pertanyaan {no} tidak ada: nomornya 1 sampai {most}."),
        "monev.no_record": QCoreApplication.translate("Messages", "Catatan monitoring/evaluasi {id} tidak ada."),
        "monev.no_sop": QCoreApplication.translate("Messages", "SOP {code} tidak ada."),
        "monev.what_monitoring": QCoreApplication.translate("Messages", "Monitoring Semester {half} Tahun {year}"),
        "monev.what_evaluation": QCoreApplication.translate("Messages", "Evaluasi tahun {year}"),
        "monev.already_final": QCoreApplication.translate(
            "Messages", "{what} sudah final (revisi {revision}). Buat revisi baru untuk mengubahnya; yang final tetap "
                        "tersimpan."),
        "monev.not_final_yet": QCoreApplication.translate("Messages", "Belum dapat difinalkan:\n- {problems}"),
        "monev.changed_elsewhere": QCoreApplication.translate(
            "Messages", "Catatan ini sudah berubah di tempat lain; buka lagi."),
        "monev.no_reason": QCoreApplication.translate(
            "Messages", "Tulis alasan revisi: mengapa catatan yang sudah final diubah."),
        "monev.still_draft": QCoreApplication.translate(
            "Messages", "Revisi {revision} masih draf: ubah draf itu saja."),
        "monev.discard_final": QCoreApplication.translate(
            "Messages", "Hanya draf yang dapat dibuang; catatan yang final tetap tersimpan."),
        "monev.in_file": QCoreApplication.translate("Messages", "{source}: {problem}"),
        "monev.answers_unreadable": QCoreApplication.translate(
            "Messages", "berkas jawaban tidak dapat dibaca ({error})."),
        "monev.unknown_key": QCoreApplication.translate(
            "Messages", "kunci \"{key}\" tidak dikenal (yang dikenal: {known})."),
        "monev.answers_list": QCoreApplication.translate(
            "Messages", "tulis jawaban sebagai [[answers]] dengan no, answer dan note."),
        "monev.answers_no": QCoreApplication.translate("Messages", "setiap [[answers]] perlu no = 1 sampai 7."),
        "monev.unknown_evaluator": QCoreApplication.translate(
            "Messages", "penilai \"{name}\" tidak terdaftar: tambahkan di Pengaturan \u2192 Pejabat dan Pegawai."),
        "monev.answers_date": QCoreApplication.translate("Messages", "tanggal \"{date}\" tidak sah: tulis YYYY-MM-DD."),
        "monev.answers_final": QCoreApplication.translate("Messages", "final harus true atau false."),
        "period.backwards": QCoreApplication.translate("Messages", "Periode tidak sah: {end} sebelum {start}."),
        "period.no_half": QCoreApplication.translate(
            "Messages", "Semester {half} tidak ada: pilih 1 (Januari–Juni) atau 2 (Juli–Desember)."),
        "period.unreadable": QCoreApplication.translate(
            "Messages", "Periode \"{text}\" tidak dikenali: tulis mis. 2027, 2027-1 (semester I), 2027-2 (semester "
                        "II), atau 2027-01-01..2027-03-31."),
        "word.lanes_by_place": QCoreApplication.translate(
            "Messages", "Kolom pelaksana dikenali dari letaknya (antara Kegiatan dan Mutu Baku), tanpa judul "
                        "\"Pelaksana\"."),
        "word.lane_only_later": QCoreApplication.translate(
            "Messages", "Pelaksana \"{lane}\" hanya ada di tabel lanjutan."),
        "word.unnamed_lane": QCoreApplication.translate(
            "Messages", "Ada kolom pelaksana tanpa nama di baris judul; kolom itu diabaikan."),
        "word.renumbered": QCoreApplication.translate(
            "Messages", "Nomor langkah di berkas tidak urut 1, 2, 3 \u2026; langkah dinomori ulang menurut urutan "
                        "baris."),
        "word.symbol_without_step": QCoreApplication.translate(
            "Messages", "Simbol di baris tanpa nomor dan kegiatan diabaikan."),
        "word.step_note": QCoreApplication.translate("Messages", "Langkah {no}: {note}"),
        "word.no_lane_column": QCoreApplication.translate(
            "Messages", "Langkah {no}: kolom Pelaksana kosong \u2014 pilih pelaksananya."),
        "word.symbol_in_column": QCoreApplication.translate(
            "Messages", "Langkah {no}: simbol ({shape}) berada di kolom {column}, tidak di kolom pelaksana; simbol itu "
                        "diabaikan."),
        "word.symbol_outside": QCoreApplication.translate(
            "Messages", "Langkah {no}: simbol ({shape}) berada di luar tabel, tidak di kolom pelaksana; simbol itu "
                        "diabaikan."),
        "word.no_symbol": QCoreApplication.translate(
            "Messages", "Langkah {no}: tidak ada simbol di kolom Pelaksana \u2014 pilih pelaksananya."),
        "word.several_lanes": QCoreApplication.translate(
            "Messages", "Langkah {no}: simbol di lebih dari satu kolom pelaksana ({lanes}) \u2014 pilih pelaksananya."),
        "word.unnamed_lane_symbol": QCoreApplication.translate(
            "Messages", "Langkah {no}: simbol di kolom pelaksana tanpa nama \u2014 pilih pelaksananya."),
        "word.several_shapes": QCoreApplication.translate(
            "Messages", "Langkah {no}: beberapa simbol berbeda di kolom {lane}; dipakai {shape}."),
        "word.terminator_inside": QCoreApplication.translate(
            "Messages", "Langkah {no}: simbol lonjong di tengah alur dibaca sebagai Selesai (akhir cabang)."),
        "word.decision_first": QCoreApplication.translate(
            "Messages", "Langkah {no}: belah ketupat (keputusan) sebagai langkah pertama; periksa jenisnya."),
        "word.decision_last": QCoreApplication.translate(
            "Messages", "Langkah {no}: belah ketupat (keputusan) sebagai langkah terakhir; periksa jenisnya."),
        "word.rect_first": QCoreApplication.translate(
            "Messages", "Langkah {no}: langkah pertama bersimbol persegi; dijadikan Mulai."),
        "word.rect_last": QCoreApplication.translate(
            "Messages", "Langkah {no}: langkah terakhir bersimbol persegi; dijadikan Selesai."),
        "word.unknown_shape": QCoreApplication.translate(
            "Messages", "Langkah {no}: bentuk simbolnya tidak dikenal; jenis diisi menurut letaknya."),
        "word.target_guessed": QCoreApplication.translate(
            "Messages", "Langkah {no}: tujuan \"{label}\" diduga langkah {target} dari letak labelnya; periksa."),
        "word.targets_unread_both": QCoreApplication.translate(
            "Messages", "Langkah {no}: tujuan Ya dan Tidak keputusan ini tidak terbaca \u2014 pilih tujuannya."),
        "word.targets_unread_yes": QCoreApplication.translate(
            "Messages", "Langkah {no}: tujuan Ya keputusan ini tidak terbaca \u2014 pilih tujuannya."),
        "word.targets_unread_no": QCoreApplication.translate(
            "Messages", "Langkah {no}: tujuan Tidak keputusan ini tidak terbaca \u2014 pilih tujuannya."),
        "word.targets_unread_labels": QCoreApplication.translate(
            "Messages", "{unread} Label {labels} ada, tetapi panahnya tidak terbaca."),
        "word.target_next": QCoreApplication.translate(
            "Messages", "Langkah {no}: tujuan keputusan yang tidak terbaca diisi langkah berikutnya ({next})."),
        "word.shape.terminator": QCoreApplication.translate("Messages", "lonjong"),
        "word.shape.rectangle": QCoreApplication.translate("Messages", "persegi"),
        "word.shape.diamond": QCoreApplication.translate("Messages", "belah ketupat"),
        "word.shape.other": QCoreApplication.translate("Messages", "bentuk lain"),
        "word.shape.mark": QCoreApplication.translate("Messages", "tanda"),
        "word.shape.shading": QCoreApplication.translate("Messages", "arsiran"),
        "word.no_name": QCoreApplication.translate("Messages", "Nama SOP tidak ditemukan di berkas; tuliskan namanya."),
        "word.date.made": QCoreApplication.translate("Messages", "Tanggal Pembuatan"),
        "word.date.revised": QCoreApplication.translate("Messages", "Tanggal Revisi"),
        "word.date.effective": QCoreApplication.translate("Messages", "Tanggal Efektif"),
        "word.bad_date": QCoreApplication.translate(
            "Messages", "{label} \"{value}\" tidak dapat dibaca sebagai tanggal; dikosongkan."),
        "word.labels_not_steps": QCoreApplication.translate(
            "Messages", "{count} kotak teks (label Ya/Tidak, catatan) tidak dihitung sebagai langkah."),
        "word.no_lane_chosen": QCoreApplication.translate("Messages", "Langkah {no}: pelaksana belum dipilih."),
        "server.no_host": QCoreApplication.translate(
            "Messages", "Alamat server belum diisi (nama PC server atau alamat IP, misalnya 192.168.1.10)."),
        "server.bad_host": QCoreApplication.translate(
            "Messages", "Alamat server '{host}' tidak sah: tulis nama PC atau alamat IP saja."),
        "server.bad_port": QCoreApplication.translate(
            "Messages", "Port {port} tidak sah: 1–65535 (PostgreSQL biasanya 5432)."),
        "server.no_database": QCoreApplication.translate("Messages", "Nama basis data belum diisi."),
        "server.no_user": QCoreApplication.translate("Messages", "Pengguna basis data belum diisi."),
        "sopfile.too_big": QCoreApplication.translate(
            "Messages", "berkas terlalu besar untuk sebuah SOP (lebih dari 2 juta karakter)."),
        "sopfile.not_toml": QCoreApplication.translate("Messages", "bukan TOML yang sah ({error})."),
        "sopfile.format": QCoreApplication.translate(
            "Messages", "format \"{format}\" tidak dikenal: baris pertama harus format = \"{expected}\"."),
        "sopfile.not_text": QCoreApplication.translate("Messages", "harus berupa teks."),
        "sopfile.not_text_list": QCoreApplication.translate(
            "Messages", "harus berupa daftar teks, mis. [\"satu\", \"dua\"]."),
        "sopfile.approved_by": QCoreApplication.translate(
            "Messages", "harus berupa tabel {{ name = ..., position = ..., rank = ..., nip = ... }}."),
        "sopfile.steps_list": QCoreApplication.translate("Messages", "harus berupa daftar [[steps]]."),
        "sopfile.step_not_table": QCoreApplication.translate("Messages", "entri [[steps]] ke-{n} bukan tabel."),
        "sopfile.not_int": QCoreApplication.translate("Messages", "harus berupa bilangan bulat, bukan \"{value}\"."),
        "sopfile.step_no_number": QCoreApplication.translate(
            "Messages", "entri [[steps]] ke-{n} tidak punya nomor (no)."),
        "sopfile.unknown_field": QCoreApplication.translate("Messages", "kolom ini tidak dikenal."),
        "word.file.save_as": QCoreApplication.translate(
            "Messages", "Buka di Word, pilih Berkas \u2192 Simpan Sebagai \u2192 \"Dokumen Word (*.docx)\", lalu impor "
                        "berkas itu."),
        "word.file.folder": QCoreApplication.translate("Messages", "{name} adalah folder, bukan berkas Word."),
        "word.file.too_big": QCoreApplication.translate(
            "Messages", "Berkas {name} terlalu besar untuk sebuah SOP ({mb} MB; paling besar {most} MB), biasanya "
                        "karena gambar. Di Word pilih gambar, lalu Format Gambar \u2192 Kompres Gambar, atau hapus "
                        "gambar yang tidak perlu, simpan, dan impor lagi."),
        "word.file.no_permission": QCoreApplication.translate(
            "Messages", "Berkas {name} tidak boleh dibaca (izin ditolak). Jika berkas sedang dibuka di Word, tutup "
                        "dulu lalu coba lagi."),
        "word.file.empty": QCoreApplication.translate("Messages", "Berkas {name} kosong (0 byte)."),
        "word.file.password": QCoreApplication.translate(
            "Messages", "Berkas {name} dilindungi kata sandi. Buka di Word dengan kata sandinya, pilih Berkas \u2192 "
                        "Info \u2192 Lindungi Dokumen \u2192 Enkripsi dengan Kata Sandi, kosongkan kata sandinya, "
                        "simpan, lalu impor lagi."),
        "word.file.old_doc": QCoreApplication.translate(
            "Messages", "Berkas {name} berformat Word lama (.doc), yang tidak dapat dibaca. {save_as}"),
        "word.file.rtf": QCoreApplication.translate("Messages", "Berkas {name} berformat RTF, bukan .docx. {save_as}"),
        "word.file.not_docx": QCoreApplication.translate(
            "Messages", "Berkas {name} bukan dokumen Word (.docx). {save_as}"),
        "word.file.broken": QCoreApplication.translate(
            "Messages", "Berkas {name} rusak atau tidak lengkap (bukan .docx yang utuh). Coba buka dan simpan ulang di "
                        "Word."),
        "word.file.too_many_parts": QCoreApplication.translate(
            "Messages", "Berkas {name} berisi {parts} bagian; sebuah dokumen Word wajar berisi jauh lebih sedikit. "
                        "Berkas ini tidak dibaca."),
        "word.file.zip_bomb": QCoreApplication.translate(
            "Messages", "Berkas {name} tidak wajar: isinya membesar menjadi {mb} MB saat dibuka (seperti \"bom zip\"). "
                        "Berkas ini tidak dibaca."),
        "word.file.odt": QCoreApplication.translate(
            "Messages", "Berkas {name} adalah dokumen OpenDocument (.odt), bukan .docx. Di LibreOffice pilih Berkas "
                        "\u2192 Simpan Sebagai \u2192 \"Word 2007-365 (.docx)\"."),
        "word.file.office": QCoreApplication.translate(
            "Messages", "Berkas {name} adalah berkas Excel atau PowerPoint, bukan dokumen Word."),
        "word.file.part_too_big": QCoreApplication.translate(
            "Messages", "Bagian {part} dari berkas {name} terlalu besar ({mb} MB). Berkas ini tidak dibaca."),
        "word.file.dtd": QCoreApplication.translate(
            "Messages", "Berkas {name} berisi deklarasi XML (DTD/entitas) yang tidak pernah ditulis oleh Word. Berkas "
                        "ini tidak dibaca."),
        "word.file.template": QCoreApplication.translate(
            "Messages", "Berkas {name} adalah templat atau dokumen bermakro, bukan dokumen Word biasa. {save_as}"),
        "word.file.damaged": QCoreApplication.translate("Messages", "Berkas {name} rusak: {error}."),
        "word.file.no_tables": QCoreApplication.translate(
            "Messages", "Berkas {name} tidak berisi tabel sama sekali, jadi bukan lembar SOP AP (identitas dan diagram "
                        "alir dalam tabel)."),
        "word.in_file": QCoreApplication.translate("Messages", "{name}: {problem}"),
        "word.no_flowchart": QCoreApplication.translate(
            "Messages", "Tidak ada tabel diagram alir di berkas ini: tidak ditemukan tabel dengan judul kolom \"No\", "
                        "\"Kegiatan\" dan \"Pelaksana\" seperti lembar SOP AP."),
        "word.no_lanes": QCoreApplication.translate(
            "Messages", "Tabel diagram alir ditemukan, tetapi tanpa kolom Pelaksana: tidak ada kolom pelaksana di "
                        "bawah judul \"Pelaksana\", jadi tidak dapat dibaca siapa yang mengerjakan tiap langkah."),
        "word.no_steps": QCoreApplication.translate(
            "Messages", "Tabel diagram alir ditemukan, tetapi tanpa baris langkah."),
        "server.other_windows": QCoreApplication.translate(
            "Messages", "Kata sandi server kantor disimpan oleh Windows lain; isi lagi di Pengaturan."),
        "server.unknown_seal": QCoreApplication.translate(
            "Messages", "Berkas pengaturan server kantor tidak dikenal; isi lagi di Pengaturan \u2192 Basis data "
                        "kantor."),
        "server.unreadable": QCoreApplication.translate(
            "Messages", "Pengaturan server kantor di {path} tidak dapat dibaca ({error}); isi lagi di Pengaturan "
                        "\u2192 Basis data kantor."),
        "server.not_saved": QCoreApplication.translate(
            "Messages", "Pengaturan server kantor tidak dapat disimpan di {path}: {error}."),
        "server.connected_empty": QCoreApplication.translate(
            "Messages", "Tersambung ke PostgreSQL {version}. Basis data masih kosong: sopdesk akan "
                        "menyiapkannya pada pemakaian pertama."),
        "server.connected": QCoreApplication.translate(
            "Messages", "Tersambung ke PostgreSQL {version}: basis data sopdesk (skema {schema}), {cases} kasus."),
        "cases.change_reason_required": QCoreApplication.translate(
            "Messages", "Tulis alasan perubahan waktu, mis. \"salah jam\"."),
        "cases.change_time_required": QCoreApplication.translate("Messages", "Tulis waktu yang benar."),
        "kinerja.thresholds": QCoreApplication.translate(
            "Messages", "Ambang tidak sah: batas 'perlu perhatian' harus di antara 0 % dan batas 'baik', dan batas "
                        "'baik' paling tinggi 100 %."),
        "paperwork.no_pk_version": QCoreApplication.translate(
            "Messages", "PK kasus {case} tidak punya versi {number}. Lihat: sopdesk pk versions {case}"),
        "paperwork.no_pk": QCoreApplication.translate(
            "Messages", "Kasus {case} belum punya isi PK. Isi PK dulu (sopdesk pk load {case} FILE.toml)."),
        "paperwork.not_toml": QCoreApplication.translate("Messages", "{path}: bukan berkas TOML yang sah ({error})."),
        "paperwork.unknown_keys": QCoreApplication.translate(
            "Messages", "{path}: kunci tidak dikenal: {keys}. Yang dikenal: {known}."),
        "paperwork.not_text": QCoreApplication.translate(
            "Messages", "{path}: nilai {keys} harus berupa teks dalam tanda kutip."),
        "paperwork.in_file": QCoreApplication.translate("Messages", "{path}: {problem}"),
        "paperwork.officials_list": QCoreApplication.translate(
            "Messages", "{path}: officials harus berupa daftar [[officials]]."),
        "paperwork.official": QCoreApplication.translate("Messages", "{path}: pejabat ke-{n}: {problem}"),
        "paperwork.logo_kind": QCoreApplication.translate(
            "Messages", "Logo harus gambar PNG, JPG, GIF atau BMP, bukan {name}."),
        "paperwork.logo_missing": QCoreApplication.translate("Messages", "Berkas logo {path} tidak ditemukan."),
        "paperwork.logo_too_big": QCoreApplication.translate(
            "Messages", "Berkas logo terlalu besar (lebih dari 5 MB)."),
        "paperwork.logo_not_copied": QCoreApplication.translate(
            "Messages", "Logo tidak dapat disalin ke folder data ({error})."),
        "events.change_only_start_finish": QCoreApplication.translate(
            "Messages", "Hanya waktu catatan mulai atau selesai yang dapat diubah; koreksi catatan lain."),
        "events.change_same_time": QCoreApplication.translate(
            "Messages", "Waktu baru sama dengan waktu yang sudah tercatat."),
        "text.too_long": QCoreApplication.translate(
            "Messages", "{field} terlalu panjang ({length} karakter; paling banyak {most})."),
        "field.holiday_name": QCoreApplication.translate("Messages", "Nama hari libur"),
        "field.name": QCoreApplication.translate("Messages", "Nama"),
        "field.position": QCoreApplication.translate("Messages", "Jabatan"),
        "field.rank": QCoreApplication.translate("Messages", "Pangkat"),
        "field.actor": QCoreApplication.translate("Messages", "Nama pelaksana"),
        "field.step_note": QCoreApplication.translate("Messages", "Catatan langkah {no}"),
        "field.step_action": QCoreApplication.translate("Messages", "Tindakan langkah {no}"),
        "field.question_note": QCoreApplication.translate("Messages", "Catatan pertanyaan {no}"),
        "field.revision_reason": QCoreApplication.translate("Messages", "Alasan revisi"),
        "field.file_name": QCoreApplication.translate("Messages", "Nama berkas"),
        "field.pc_name": QCoreApplication.translate("Messages", "Nama PC"),
        "field.user_name": QCoreApplication.translate("Messages", "Nama pengguna"),
        "field.title": QCoreApplication.translate("Messages", "Judul"),
        "field.letter_date": QCoreApplication.translate("Messages", "Tanggal surat"),
        "field.letter_number": QCoreApplication.translate("Messages", "Nomor surat"),
        "field.subject": QCoreApplication.translate("Messages", "Perihal"),
        "field.note": QCoreApplication.translate("Messages", "Catatan"),
        "field.correction_reason": QCoreApplication.translate("Messages", "Alasan koreksi"),
        "field.change_reason": QCoreApplication.translate("Messages", "Alasan perubahan"),
    }


def _words(value: object) -> str | None:
    """Dates, months, days and clock times in a message, in English ("4 November 2026", "March 1995",
    "Tuesday", "08:00")."""
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, Weekday):
        return i18n.locale().dayName(value.day + 1)   # Qt counts from Monday = 1
    if isinstance(value, MonthYear):
        return i18n.locale().toString(QDate(value.year, value.month, 1), "MMMM yyyy")
    if isinstance(value, date):
        return i18n.locale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")
    return None


def render(message: Message) -> str:
    """The message in the screens' language (Indonesian for a code this table lacks)."""
    if i18n.current_language() == "id":
        return render_id(message)
    # built per call (a few dozen lookups): it follows a language switched while the program runs
    return render_id(message, templates().get, _words)


def nip_problem(text: str) -> str | None:
    """What is wrong with a NIP as it is typed, in the screens' language; None if it is valid."""
    problem = nip_problem_message(text)
    return render(problem) if problem is not None else None


def number_template_problem(template: str) -> str | None:
    """What is wrong with a letter numbering template, in the screens' language; None if it is usable."""
    problem = number_template_problem_message(template)
    return render(problem) if problem is not None else None


def note_text(note: str) -> str:
    """A stored note as shown: the program's own "Lampiran ditambahkan: NAME" in the screens' language
    (the note itself stays as recorded, in the database, the reports and a .sopcase)."""
    if note.startswith(ATTACHMENT_NOTE):
        return QCoreApplication.translate("Messages", "Lampiran ditambahkan: {name}").format(
            name=note[len(ATTACHMENT_NOTE):])
    return note


def problem_message(problem: Problem) -> str:
    """An SOP problem's own words (without where it is), in the screens' language."""
    return render(problem.coded) if problem.coded is not None else problem.message


def problem_text(problem: Problem) -> str:
    """An SOP problem with where it is ("step 3, field 'time': …"), as str(problem) says it in Indonesian."""
    where = []
    if problem.source:
        where.append(problem.source)
    if problem.step is not None:
        where.append(QCoreApplication.translate("Messages", "langkah {no}").format(no=problem.step))
    if problem.field:
        where.append(QCoreApplication.translate("Messages", "kolom '{field}'").format(field=problem.field))
    words = problem_message(problem)
    return ": ".join([", ".join(where), words]) if where else words


def pk_problems(error: ProblemsError) -> list[str]:
    """Each problem of a PK (or of any ProblemsError), in the screens' language."""
    return [render(p) for p in error.coded]


def error_text(error: BaseException) -> str:
    """What a screen shows for `error`: its coded message in the screens' language, else its own text."""
    if isinstance(error, ProblemsError):
        return error.separator.join(pk_problems(error))
    message = error.message if isinstance(error, UserError) else None
    return render(message) if message is not None else str(error)
