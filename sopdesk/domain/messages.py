"""Messages from below the screens as a code and its parameters, so each screen can word them in its language.

A `Message` says what happened ("case.start.running", step=3); `render()` words it in Indonesian from
`CATALOGUE` (the CLI, the logs, `str()` of an error). The UI words the same codes through Qt's
translations (ui/kit/message_text.py), with the same {placeholders}. A parameter may itself be a
Message (a refusal quoted inside another): it is rendered in the same language.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True)
class Message:
    code: str
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def __str__(self) -> str:
        return render(self)

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted((k, repr(v)) for k, v in self.params.items()))))


def msg(code: str, /, **params: Any) -> Message:
    """Message(code, params); an unknown code is a programming error, caught here rather than on screen."""
    if code not in CATALOGUE:
        raise KeyError(f"no message {code!r} in the catalogue")
    return Message(code, MappingProxyType(dict(params)))


@dataclass(frozen=True)
class MonthYear:
    """A month of a year as a parameter ("Maret 1995" / "March 1995"), worded by whoever renders."""
    year: int
    month: int


@dataclass(frozen=True)
class Weekday:
    """A day of the week as a parameter (0 = Monday: "Senin" / "Monday"), worded by whoever renders."""
    day: int


@dataclass(frozen=True)
class Joined:
    """Several parameters as one ("a; b; c"), each worded in the renderer's language."""
    items: tuple[Any, ...]
    separator: str = "; "


Words = Callable[[Any], str | None]   # a parameter in the renderer's language, or None: as Indonesian


def render(message: Message, templates: Callable[[str], str | None] | None = None, words: Words | None = None) -> str:
    """The message in Indonesian, or through `templates` (code -> template with the same placeholders;
    None: fall back to Indonesian for that code) and `words` (dates and months in that language)."""
    template = templates(message.code) if templates is not None else None
    if template is None:
        template = CATALOGUE[message.code]
    params = {k: _param(v, templates, words) for k, v in message.params.items()}
    return template.format(**params)


def _param(value: Any, templates: Callable[[str], str | None] | None, words: Words | None) -> Any:
    if isinstance(value, Message):
        return render(value, templates, words)
    if isinstance(value, Joined):
        return value.separator.join(str(_param(v, templates, words)) for v in value.items)
    if isinstance(value, time):   # a clock time: "08.00" in Indonesian
        shown = words(value) if words is not None else None
        return shown if shown is not None else f"{value:%H.%M}"
    if isinstance(value, (date, MonthYear, Weekday)):
        shown = words(value) if words is not None else None
        if shown is not None:
            return shown
        from .indonesian import DAYS, MONTHS, format_date  # indonesian.py raises these messages: imported late
        if isinstance(value, Weekday):
            return DAYS[value.day]
        if isinstance(value, MonthYear):
            return f"{MONTHS[value.month - 1]} {value.year}"
        return format_date(value)
    return value


# The Indonesian wording of every code: the CLI's and the logs' text, and the UI's source language.
CATALOGUE: dict[str, str] = {
    # -- the case engine (domain/case.py) ------------------------------------------------
    "case.moment.future": "Waktu yang diisi masih di masa depan. Periksa tanggal dan jam.",
    "case.moment.before_last": "Waktu yang diisi lebih awal dari kegiatan sebelumnya yang sudah tercatat. "
                               "Periksa tanggal dan jam, atau koreksi catatan sebelumnya.",
    "case.step.missing": "Langkah {step} tidak ada di SOP ini.",
    "case.start.closed": "Kasus sudah selesai; tidak ada langkah yang dapat dimulai.",
    "case.start.running": "Langkah {step} sedang berjalan.",
    "case.start.other_running": "Langkah {step} belum dapat dimulai: langkah {current} masih berjalan.",
    "case.start.not_next": "Langkah {step} belum dapat dimulai: langkah berikutnya adalah langkah {current}.",
    "case.start.already": "Langkah {step} sudah dimulai.",
    "case.finish.closed": "Kasus sudah selesai.",
    "case.finish.done": "Langkah {step} sudah selesai.",
    "case.finish.not_started": "Langkah {step} belum dimulai; catat dulu mulainya.",
    "case.finish.before_start": "Waktu selesai tidak boleh sebelum waktu mulai langkah {step}.",
    "case.finish.choose": "Langkah {step} adalah keputusan: pilih \"{yes}\" atau \"{no}\".",
    "case.finish.not_decision": "Langkah {step} bukan keputusan; tidak perlu memilih Ya/Tidak.",
    "case.correct.missing": "Catatan nomor {id} tidak ada pada kasus ini.",
    "case.correct.correction": "Koreksi tidak dapat dikoreksi lagi; catat ulang kegiatan yang benar.",
    "case.correct.import": "Catatan impor tidak dapat dikoreksi: itu catatan PC ini tentang berkas yang diimpor.",
    "case.correct.voided": "Catatan nomor {id} sudah dikoreksi sebelumnya.",
    "case.correct.not_last": "Hanya catatan mulai/selesai yang terakhir yang dapat dikoreksi (nomor {last}). "
                             "Koreksi catatan itu lebih dulu.",
    "case.correct.not_last_none": "Hanya catatan mulai/selesai yang terakhir yang dapat dikoreksi.",
    "case.history.no_step": "catatan mulai/selesai tanpa nomor langkah.",
    "case.history.entry": "Catatan ke-{n} ({kind} langkah {step}): {reason}",
    "case.history.step_missing": "Catatan ke-{n}: langkah {step} tidak ada di SOP ini.",
    # -- recording (app/events.py, app/cases.py) ------------------------------------------
    "events.which_step": "Langkah mana? Sebutkan nomor langkahnya.",
    "events.unknown_kind": "Jenis catatan \"{kind}\" tidak dikenal.",
    "events.unreadable_history": "riwayat tidak dapat diikuti ({error})",
    "cases.no_such_case": "Kasus nomor {id} tidak ada.",
    "cases.title_required": "Judul kasus wajib diisi, mis. \"Penyusunan PK Tahun 2027\".",
    "cases.bad_ref_date": "Tanggal surat \"{date}\" tidak sah: tulis YYYY-MM-DD, mis. 2027-01-04.",
    "cases.bad_year": "Tahun {year} tidak masuk akal.",
    "cases.empty_note": "Catatan kosong.",
    "cases.reason_required": "Tulis alasan koreksi, mis. \"salah jam\".",
    "cases.time_without_clock": "Waktu \"{text}\" tanpa jam: tulis juga jamnya, mis. {text}T09:15.",
    "cases.bad_time": "Waktu \"{text}\" tidak sah: tulis mis. 2027-01-04T09:15 (jam kantor) "
                      "atau 2027-01-04T09:15+07:00.",
    "cases.time_too_early": "Waktu \"{text}\" terlalu lampau (sebelum tahun {year}). Periksa tahunnya.",
    # -- time standards (domain/waktu.py) ---------------------------------------------------
    "waktu.empty": "Waktu kosong: tulis angka dan satuan, mis. \"15 menit\" atau \"4 hari\".",
    "waktu.decimal_point": "Waktu \"{text}\": pakai koma untuk pecahan (mis. \"1,5 jam\") dan tanpa titik ribuan.",
    "waktu.not_positive": "Waktu \"{text}\" harus lebih dari nol.",
    "waktu.whole_days": "Waktu \"{text}\": jumlah hari/minggu/bulan harus bilangan bulat; tulis dalam jam, "
                        "mis. \"4 jam\".",
    "waktu.too_long": "Waktu \"{text}\" terlalu panjang: paling lama satu tahun kerja ({days} hari kerja).",
    "waktu.unknown_unit": "Waktu \"{text}\": satuan \"{unit}\" tidak dikenal: tulis menit, jam, hari, "
                          "hari kerja, minggu atau bulan, mis. \"15 menit\".",
    "waktu.unreadable": "Waktu \"{text}\" tidak dapat dibaca: tulis angka dan satuan "
                        "(menit, jam, hari, hari kerja, minggu atau bulan), mis. \"15 menit\".",
    # -- moving a case (app/transfer.py) -----------------------------------------------------------
    "files.no_folder": "Folder {folder} tidak ada. Periksa apakah flashdisk terpasang.",
    "transfer.too_big_to_export": "Kasus ini terlalu besar untuk satu berkas .sopcase (lebih dari 200 MB), biasanya "
                                  "karena lampiran hasil pindai; kecilkan lampirannya.",
    "files.disk_full": "diska/flashdisk penuh",
    "transfer.read_only": "tempat itu hanya dapat dibaca atau tidak boleh ditulisi",
    "files.cannot_write": "Berkas {path} tidak dapat ditulis: {why}.",
    "transfer.refused": "Berkas {name} tidak dapat diimpor: {why}. Tidak ada yang diubah.",
    "files.not_found": "Berkas {path} tidak ditemukan.",
    "files.unreadable": "Berkas {path} tidak dapat dibaca ({error}).",
    "transfer.why.not_regular": "bukan berkas biasa",
    "transfer.why.too_big_mb": "berkas terlalu besar ({mb} MB; paling besar 200 MB)",
    "transfer.why.too_big": "berkas terlalu besar (lebih dari 200 MB)",
    "transfer.why.not_sopcase": "bukan berkas kasus sopdesk (.sopcase), atau berkasnya rusak/terpotong",
    "transfer.why.damaged": "berkasnya rusak ({error})",
    "transfer.why.too_many_members": "isinya terlalu banyak berkas",
    "transfer.why.doubled": "isinya ganda (nama berkas di dalamnya berulang)",
    "transfer.why.no_manifest": "bukan berkas kasus sopdesk (tidak ada manifest.json)",
    "transfer.why.newer_format": "formatnya \"{format}\" dibuat oleh versi sopdesk yang lebih baru; perbarui sopdesk "
                                 "di komputer ini",
    "transfer.why.unknown_format": "bukan berkas kasus sopdesk (format tidak dikenal)",
    "transfer.why.checksum": "isinya rusak atau telah diubah (checksum tidak cocok)",
    "transfer.why.history": "riwayat kasus di dalam berkas tidak masuk akal",
    "transfer.why.history_because": "riwayat kasus di dalam berkas tidak masuk akal: {reason}",
    "transfer.why.other_sop_version": "kasus ini sudah ada di sini (nomor {id}) dengan versi SOP yang berbeda",
    "transfer.why.conflict": "riwayat di berkas bertentangan dengan riwayat kasus nomor {id} di sini",
    # -- attachments and their files (app/attachments.py, domain/file_types.py) --------------------
    "attachments.too_big": "Berkas {name} terlalu besar ({size}); lampiran paling besar 50 MB. Kecilkan dulu, mis. "
                           "pindai ulang hitam-putih 150 dpi atau simpan sebagai PDF yang lebih kecil.",
    "attachments.folder": "{name} adalah folder, bukan berkas. Pilih berkasnya.",
    "attachments.not_regular": "{name} bukan berkas biasa (mis. perangkat atau pipa); tidak dapat dilampirkan.",
    "attachments.locked": "Berkas {name} tidak dapat dibaca: tidak ada izin, atau berkas itu sedang dibuka di "
                          "program lain. Tutup program itu lalu coba lagi.",
    "attachments.unreadable": "Berkas {name} tidak dapat dibaca ({error}). Periksa flashdisk/diska lalu coba lagi.",
    "attachments.grew": "Berkas {name} terlalu besar (lebih dari 50 MB); lampiran paling besar 50 MB.",
    "attachments.empty": "Berkas {name} kosong (0 bita); tidak ada yang dilampirkan.",
    "attachments.name_too_long": "Nama berkas terlalu panjang ({length} karakter; paling banyak {most}).",
    "attachments.no_such": "Lampiran nomor {id} tidak ada.",
    "attachments.no_permission": "tidak ada izin menulis di sana, atau berkas itu sedang dibuka di program lain",
    "attachments.not_opened": "Lampiran \"{name}\" tidak dibuka: {why}",
    "attachments.not_prepared": "Lampiran tidak dapat disiapkan untuk dibuka ({error}).",
    "files.empty_name": "Nama berkas kosong.",
    "files.device_name": "Nama berkas \"{name}\" adalah nama perangkat Windows ({device}); ganti namanya dulu.",
    "files.double_extension": "Nama berkas \"{name}\" punya ekstensi ganda (.{inner}.{last}), cara umum menyamarkan "
                              "program sebagai dokumen. Lampiran ditolak.",
    "files.program": "Berkas .{extension} adalah program atau skrip, bukan dokumen. Lampiran ditolak.",
    "files.windows_program": "Isi berkas \"{name}\" adalah program Windows, bukan dokumen atau gambar. Yang dapat "
                             "dilampirkan: PDF, gambar (JPG, PNG, GIF, TIFF, BMP, WebP), Word, Excel, PowerPoint, "
                             "ODT/ODS, RTF, TXT atau CSV.",
    "files.unknown_kind": "Isi berkas \"{name}\" adalah jenis yang tidak dikenal, bukan dokumen atau gambar. Yang "
                          "dapat dilampirkan: PDF, gambar (JPG, PNG, GIF, TIFF, BMP, WebP), Word, Excel, PowerPoint, "
                          "ODT/ODS, RTF, TXT atau CSV.",
    # -- NIP (domain/indonesian.py) and settings (app/settings.py) ---------------------------------
    "nip.empty": "NIP kosong: tulis 18 angka NIP, mis. 19650924 199503 1 002.",
    "nip.not_digits": "NIP hanya boleh berisi angka; ditemukan {found}.",
    "nip.length": "NIP harus 18 angka; yang diketik {typed} angka.",
    "nip.birth_not_a_date": "Tanggal lahir dalam NIP ({digits}, angka ke-1 sampai ke-8: tahun, bulan, tanggal) bukan "
                            "tanggal yang ada.",
    "nip.birth_impossible": "Tanggal lahir dalam NIP ({born}) tidak mungkin.",
    "nip.month": "Bulan pengangkatan dalam NIP (angka ke-13 dan ke-14) harus 01 sampai 12, bukan {digits}.",
    "nip.appointed_before_1950": "Tahun pengangkatan dalam NIP ({year}) tidak mungkin sebelum 1950.",
    "nip.appointed_too_young": "Pengangkatan dalam NIP ({appointed}) terjadi sebelum umur 17 tahun (lahir {born}).",
    "nip.appointed_future": "Tahun pengangkatan dalam NIP ({year}) masih jauh di masa depan.",
    "nip.sex": "Angka jenis kelamin dalam NIP (angka ke-15) harus 1 (laki-laki) atau 2 (perempuan), bukan {digit}.",
    "nip.sequence": "Nomor urut dalam NIP (3 angka terakhir) tidak boleh 000.",
    "settings.zone": "Zona waktu \"{zone}\" tidak dikenal, mis. \"Asia/Jakarta\" (WIB).",
    "settings.paper": "Ukuran kertas harus A4 atau F4.",
    "settings.no_hours": "Paling sedikit satu hari harus punya jam kerja; tanpa itu waktu standar tidak dapat "
                         "dihitung.",
    "settings.override_kind": "Jenis perubahan kalender harus 'add' atau 'remove'.",
    "settings.official_name": "Nama pejabat wajib diisi.",
    "settings.bad_date": "Tanggal \"{date}\" tidak sah: tulis YYYY-MM-DD.",
    "settings.nip_taken": "NIP {nip} sudah terdaftar untuk pejabat lain.",
    # -- SOPs and their checks (domain/sop.py, app/sops.py) ----------------------------------------
    "sop.code": "kode \"{code}\" tidak sah: pakai huruf kecil, angka dan tanda minus, mis. \"penyusunan-pk\".",
    "sop.no_name": "nama SOP kosong.",
    "sop.date": "tanggal \"{value}\" tidak sah: tulis YYYY, YYYY-MM atau YYYY-MM-DD.",
    "sop.no_lanes": "tidak ada pelaksana (lanes).",
    "sop.empty_lane": "nama pelaksana kosong.",
    "sop.lane_twice": "pelaksana \"{lane}\" tertulis dua kali.",
    "sop.no_steps": "SOP tidak punya langkah.",
    "sop.too_many_steps": "SOP punya {count} langkah; paling banyak {most}.",
    "sop.number_twice": "nomor langkah {no} dipakai lebih dari sekali.",
    "sop.no_activity": "kegiatan kosong.",
    "sop.unknown_lane": "pelaksana \"{lane}\" tidak ada di daftar lanes.",
    "sop.unknown_kind": "jenis \"{kind}\" tidak dikenal: pakai start, process, decision atau end.",
    "sop.decision_targets": "keputusan harus punya tujuan if_yes dan if_no.",
    "sop.no_target": "langkah tujuan {target} tidak ada.",
    "sop.decision_next": "langkah keputusan memakai if_yes/if_no, bukan next.",
    "sop.yes_no_only_decision": "if_yes/if_no hanya untuk langkah keputusan (kind = \"decision\").",
    "sop.first_start": "langkah pertama harus berjenis start.",
    "sop.only_first_start": "hanya langkah pertama yang boleh berjenis start.",
    "sop.no_end": "alur tidak punya akhir: tandai langkah terakhir dengan kind = \"end\".",
    "sop.unreachable": "langkah ini tidak dapat dicapai dari langkah pertama.",
    "sop.last_not_end": "langkah terakhir dalam urutan harus berjenis end, atau isi next.",
    "sop.never_ends": "dari langkah ini alur tidak pernah sampai ke akhir.",
    "sop.no_standard": "Waktu kosong: langkah ini tanpa waktu standar, tidak pernah dihitung terlambat.",
    "sops.no_such": "SOP dengan kode \"{code}\" tidak ada. Lihat daftar dengan: sopdesk sop list",
    "sops.code_taken": "kode \"{code}\" sudah dipakai SOP lain; pilih kode lain.",
    "sops.changed_elsewhere": "SOP ini sudah diubah di tempat lain (kini versi {version}). Tutup editor lalu buka "
                              "lagi untuk mengubah versi terbaru.",
    # -- letter numbers (domain/pengantar.py) ------------------------------------------------------
    "number.empty": "Templat penomoran surat kosong: isi mis. {{kode}}/{{urut}}/{{tahun}} di Pengaturan.",
    "number.unreadable": "Templat penomoran \"{template}\" tidak dapat dibaca: setiap {{ harus ditutup dengan }}. "
                         "Yang dapat dipakai: {known}.",
    "number.unknown_field": "Templat penomoran \"{template}\" memuat {field} yang tidak dikenal. Yang dapat dipakai: "
                            "{known}.",
    "number.needs_both": "Templat penomoran \"{template}\" harus memuat {{urut}} dan {{tahun}}, agar tidak ada nomor "
                         "surat yang sama.",
    "number.needs": "Templat penomoran \"{template}\" harus memuat {field}, agar tidak ada nomor surat yang sama.",
    "number.bad_serial": "Nomor urut surat harus bilangan bulat 1 atau lebih, bukan \"{value}\".",
    "number.bad_year": "Tahun surat harus 4 angka, bukan \"{value}\".",
    "number.no_code": "Kode klasifikasi arsip belum diisi (mis. 000.7.2.7): isi di Pengaturan.",
    "number.no_month": "Templat penomoran memakai {{bulan}} atau {{bulan_romawi}}: bulan surat (1 sampai 12) harus "
                       "diberikan.",
    "number.bad_format": "Format \"{spec}\" dalam templat penomoran tidak dapat dipakai; tulis {field} saja.",
    # -- working hours (domain/calendar.py) --------------------------------------------------------
    "hours.end_before_start": "Jam kerja {start}–{end} tidak sah: jam selesai harus setelah jam mulai.",
    "hours.overlap": "Jam kerja {start}–{end} bertumpang tindih dengan jam kerja lain di hari yang sama.",
    "hours.none": "Kalender kerja tidak punya jam kerja: atur jam kerja di Pengaturan.",
    # -- what an import leaves out (app/transfer.py) -----------------------------------------------
    "transfer.attachment_empty": "berkasnya kosong (0 bita)",
    "transfer.pk.not_json": "isi PK bukan JSON yang sah",
    "transfer.pk.invalid": "isi PK tidak sah: {detail}",
    "transfer.pk.control": "isi PK berisi karakter kendali",
    # -- moments as people type them (domain/typed_time.py) ----------------------------------------
    "typed.time_too_long": "Teks waktu terlalu panjang ({length} huruf). Tulis mis. 1/12/2026 08.05, 1 Des 2026 08.05, "
                           "kemarin 14.00 atau hari ini 9.30.",
    "typed.time_empty": "Waktu belum diisi. Tulis mis. 1/12/2026 08.05, 1 Des 2026 08.05, kemarin 14.00 atau hari ini "
                        "9.30.",
    "typed.time_odd_signs": "Waktu \u201c{text}\u201d tidak dikenali: ada tanda yang bukan huruf atau angka tanggal. "
                            "Tulis mis. 1/12/2026 08.05, 1 Des 2026 08.05, kemarin 14.00 atau hari ini 9.30.",
    "typed.time_unreadable": "Waktu \u201c{text}\u201d tidak dikenali. Tulis mis. 1/12/2026 08.05, 1 Des 2026 08.05, "
                             "kemarin 14.00 atau hari ini 9.30.",
    "typed.only_number": "\u201c{text}\u201d kurang jelas: tulis jam dengan menitnya (mis. {hour}.00) atau tanggal "
                         "lengkap dengan jamnya (mis. 1/12/2026 08.05).",
    "typed.no_clock": "Jamnya belum ditulis: tulis mis. \u201c{text} 08.05\u201d.",
    "typed.date_too_long": "Teks tanggal terlalu panjang ({length} huruf). Tulis mis. 1/12/2026.",
    "typed.date_empty": "Tanggal belum diisi. Tulis mis. 1/12/2026 atau 1 Des 2026.",
    "typed.date_odd_signs": "Tanggal \u201c{text}\u201d tidak dikenali. Tulis mis. 1/12/2026 atau 1 Des 2026.",
    "typed.date_unreadable": "Tanggal \u201c{text}\u201d tidak dikenali. Tulis mis. 1/12/2026 08.05, 1 Des 2026 08.05, "
                             "kemarin 14.00 atau hari ini 9.30.",
    "typed.clock": "Jam \u201c{text}\u201d tidak dikenal: jam 00–23, menit 00–59, mis. 08.05.",
    "typed.clock_minutes": "Jam \u201c{text}\u201d tidak dikenal: tulis menit dengan dua angka, mis. 08.05.",
    "typed.clock_range": "Jam \u201c{text}\u201d tidak dikenal: jam 00–23, menit 00–59.",
    "typed.date_incomplete": "Tanggal \u201c{text}\u201d kurang lengkap: tulis tanggalnya, mis. 1 Des 2026.",
    "typed.wrong_weekday": "{date} jatuh pada hari {actual}, bukan {typed}. Periksa tanggalnya.",
    "typed.year_digits": "Tahun pada \u201c{text}\u201d tidak dikenali: tulis empat angka, mis. 2026.",
    "typed.month_unknown": "Bulan \u201c{name}\u201d tidak dikenal: tulis mis. Des, Desember atau 12.",
    "typed.month_range": "Bulan {month} pada \u201c{text}\u201d tidak dikenal: bulan 1–12.",
    "typed.year_range": "Tahun {year} pada \u201c{text}\u201d tidak masuk akal. Periksa tahunnya.",
    "typed.no_such_day": "Tanggal {day} {month} tidak ada: {month} hanya {last} hari.",
    # -- the PK's content (domain/pk.py) and sums of rupiah (domain/indonesian.py) -----------------
    "pk.party.first": "Pihak pertama",
    "pk.party.second": "Pihak kedua",
    "pk.label": "{owner}, kolom {field}",
    "pk.row.target": "Sasaran baris ke-{n}",
    "pk.row.program": "Program baris ke-{n}",
    "pk.field.place": "Tempat (place)",
    "pk.field.unit": "Unit (unit)",
    "pk.field.name": "Nama (name)",
    "pk.field.position": "Jabatan (position)",
    "pk.field.rank": "Pangkat (rank)",
    "pk.field.nip": "NIP (nip)",
    "pk.field.goal": "Sasaran Strategis (goal)",
    "pk.field.indicator": "Indikator Kinerja (indicator)",
    "pk.field.target": "Target (target)",
    "pk.field.target_unit": "Satuan (unit)",
    "pk.field.program": "Program (name)",
    "pk.field.note": "Keterangan (note)",
    "pk.field.budget": "Anggaran (budget)",
    "pk.in_file": "{source}: {problem}",
    "pk.too_big": "berkas terlalu besar untuk sebuah PK (lebih dari 2 juta karakter).",
    "pk.not_toml": "bukan berkas TOML yang sah ({error}). Periksa tanda kutip, tanda = dan kurung siku di baris itu.",
    "pk.not_table": "isi PK harus berupa tabel (kunci = nilai).",
    "pk.not_text": "{label} harus berupa teks.",
    "pk.party_missing": "{party} ({key}) belum diisi: tulis {key} = {{ name = \"...\", position = \"...\" }}.",
    "pk.party_not_table": "{party} ({key}) harus berupa tabel {{ name = \"...\", position = \"...\", rank = \"...\", "
                          "nip = \"...\" }}.",
    "pk.empty": "{label}: tidak boleh kosong.",
    "pk.nip": "{party}, kolom NIP (nip): {problem}",
    "pk.goal_empty": "{label}: sasaran tidak boleh kosong.",
    "pk.indicator_empty": "{label}: indikator tidak boleh kosong.",
    "pk.target_empty": "{label}: target tidak boleh kosong, mis. \"82\" atau \"BB\".",
    "pk.program_empty": "{label}: nama program tidak boleh kosong.",
    "pk.not_list": "{key} harus berupa daftar {shown}.",
    "pk.entry_not_table": "{key}: entri ke-{n} bukan tabel {shown}.",
    "pk.year_missing": "Tahun (year): belum diisi; tulis mis. year = 2027.",
    "pk.year_bad": "Tahun (year): \"{value}\" bukan tahun 4 angka; tulis mis. year = 2027.",
    "pk.date_no_such": "Tanggal (date): \"{value}\" bukan tanggal yang ada di kalender.",
    "pk.date_bad": "Tanggal (date): \"{value}\" bukan tanggal; tulis tahun-bulan-tanggal, mis. \"2027-01-04\".",
    "pk.budget_not_number": "{label}: \"{value}\" bukan angka rupiah; tulis mis. budget = 1250000000.",
    "pk.budget_unreadable": "{row}, kolom Anggaran (budget): {problem}",
    "pk.budget_not_int": "{label}: harus berupa angka rupiah, mis. budget = 1250000000.",
    "pk.budget_negative": "{label}: anggaran tidak boleh negatif ({value}).",
    "pk.budget_too_big": "{label}: anggaran {value} terlalu besar (lebih dari seribu triliun rupiah); periksa "
                         "angkanya.",
    "rupiah.empty": "Jumlah rupiah kosong: tulis angka, mis. 1.250.000.",
    "rupiah.unreadable": "\"{text}\" bukan jumlah rupiah yang dapat dibaca: tulis angka dengan titik sebagai pemisah "
                         "ribuan, mis. 1.250.000 atau Rp 1.250.000,00.",
    "rupiah.cents": "\"{text}\" memuat sen (,{cents}): anggaran ditulis dalam rupiah penuh.",
    # -- monitoring and evaluation (domain/monev.py, app/monev.py) and periods (domain/period.py) --
    "monev.no_penilai": "Pilih penilai (pejabat yang menilai).",
    "monev.not_judged": "Langkah {no}: pilih \"Berjalan dengan baik\" atau \"Tidak berjalan dengan baik\".",
    "monev.no_action": "Langkah {no} tidak berjalan dengan baik: tulis tindakan yang harus diambil.",
    "monev.no_evaluator": "Pilih penilai (pejabat yang mengevaluasi).",
    "monev.unanswered": "Jawab Ya atau Tidak untuk pertanyaan {questions}.",
    "monev.no_semester": "Semester {year}-{half} tidak ada: tulis TAHUN-1 atau TAHUN-2, mis. 2026-1.",
    "monev.semester_unreadable": "Semester \"{text}\" tidak dapat dibaca: tulis TAHUN-1 (Januari–Juni) atau TAHUN-2 "
                                 "(Juli–Desember), mis. 2026-1.",
    "monev.threshold": "Ambang \"{value}\" tidak sah: tulis persen bulat dari 1 sampai 100, mis. 80.",
    "monev.judgement_unknown": "Penilaian \"{value}\" tidak dikenal: pilih \"{good}\" atau \"{bad}\".",
    "monev.judgement_unknown_short": "Penilaian \"{value}\" tidak dikenal.",
    "monev.answer_unknown": "Jawaban \"{text}\" tidak dikenal: tulis \"ya\" atau \"tidak\".",
    "monev.answer_count": "Evaluasi SOP AP berisi {count} pertanyaan, bukan {given}.",
    "monev.no_question": "Pertanyaan {no} tidak ada: nomornya 1 sampai {most}.",
    "monev.no_record": "Catatan monitoring/evaluasi {id} tidak ada.",
    "monev.no_sop": "SOP {code} tidak ada.",
    "monev.what_monitoring": "Monitoring Semester {half} Tahun {year}",
    "monev.what_evaluation": "Evaluasi tahun {year}",
    "monev.already_final": "{what} sudah final (revisi {revision}). Buat revisi baru untuk mengubahnya; yang final "
                           "tetap tersimpan.",
    "monev.not_final_yet": "Belum dapat difinalkan:\n- {problems}",
    "monev.changed_elsewhere": "Catatan ini sudah berubah di tempat lain; buka lagi.",
    "monev.no_reason": "Tulis alasan revisi: mengapa catatan yang sudah final diubah.",
    "monev.still_draft": "Revisi {revision} masih draf: ubah draf itu saja.",
    "monev.discard_final": "Hanya draf yang dapat dibuang; catatan yang final tetap tersimpan.",
    "monev.in_file": "{source}: {problem}",
    "monev.answers_unreadable": "berkas jawaban tidak dapat dibaca ({error}).",
    "monev.unknown_key": "kunci \"{key}\" tidak dikenal (yang dikenal: {known}).",
    "monev.answers_list": "tulis jawaban sebagai [[answers]] dengan no, answer dan note.",
    "monev.answers_no": "setiap [[answers]] perlu no = 1 sampai 7.",
    "monev.unknown_evaluator": "penilai \"{name}\" tidak terdaftar: tambahkan di Pengaturan \u2192 Pejabat dan "
                               "Pegawai.",
    "monev.answers_date": "tanggal \"{date}\" tidak sah: tulis YYYY-MM-DD.",
    "monev.answers_final": "final harus true atau false.",
    "period.backwards": "Periode tidak sah: {end} sebelum {start}.",
    "period.no_half": "Semester {half} tidak ada: pilih 1 (Januari–Juni) atau 2 (Juli–Desember).",
    "period.unreadable": "Periode \"{text}\" tidak dikenali: tulis mis. 2027, 2027-1 (semester I), 2027-2 (semester "
                         "II), atau 2027-01-01..2027-03-31.",
    # -- reading an SOP from Word (domain/word_sop.py, domain/word_identity.py, app/sop_word.py) ---
    "word.lanes_by_place": "Kolom pelaksana dikenali dari letaknya (antara Kegiatan dan Mutu Baku), tanpa judul "
                           "\"Pelaksana\".",
    "word.lane_only_later": "Pelaksana \"{lane}\" hanya ada di tabel lanjutan.",
    "word.unnamed_lane": "Ada kolom pelaksana tanpa nama di baris judul; kolom itu diabaikan.",
    "word.renumbered": "Nomor langkah di berkas tidak urut 1, 2, 3 \u2026; langkah dinomori ulang menurut urutan "
                       "baris.",
    "word.symbol_without_step": "Simbol di baris tanpa nomor dan kegiatan diabaikan.",
    "word.step_note": "Langkah {no}: {note}",
    "word.no_lane_column": "Langkah {no}: kolom Pelaksana kosong \u2014 pilih pelaksananya.",
    "word.symbol_in_column": "Langkah {no}: simbol ({shape}) berada di kolom {column}, tidak di kolom pelaksana; "
                             "simbol itu diabaikan.",
    "word.symbol_outside": "Langkah {no}: simbol ({shape}) berada di luar tabel, tidak di kolom pelaksana; simbol itu "
                           "diabaikan.",
    "word.no_symbol": "Langkah {no}: tidak ada simbol di kolom Pelaksana \u2014 pilih pelaksananya.",
    "word.several_lanes": "Langkah {no}: simbol di lebih dari satu kolom pelaksana ({lanes}) \u2014 pilih "
                          "pelaksananya.",
    "word.unnamed_lane_symbol": "Langkah {no}: simbol di kolom pelaksana tanpa nama \u2014 pilih pelaksananya.",
    "word.several_shapes": "Langkah {no}: beberapa simbol berbeda di kolom {lane}; dipakai {shape}.",
    "word.terminator_inside": "Langkah {no}: simbol lonjong di tengah alur dibaca sebagai Selesai (akhir cabang).",
    "word.decision_first": "Langkah {no}: belah ketupat (keputusan) sebagai langkah pertama; periksa jenisnya.",
    "word.decision_last": "Langkah {no}: belah ketupat (keputusan) sebagai langkah terakhir; periksa jenisnya.",
    "word.rect_first": "Langkah {no}: langkah pertama bersimbol persegi; dijadikan Mulai.",
    "word.rect_last": "Langkah {no}: langkah terakhir bersimbol persegi; dijadikan Selesai.",
    "word.unknown_shape": "Langkah {no}: bentuk simbolnya tidak dikenal; jenis diisi menurut letaknya.",
    "word.target_guessed": "Langkah {no}: tujuan \"{label}\" diduga langkah {target} dari letak labelnya; periksa.",
    "word.targets_unread_both": "Langkah {no}: tujuan Ya dan Tidak keputusan ini tidak terbaca \u2014 pilih tujuannya.",
    "word.targets_unread_yes": "Langkah {no}: tujuan Ya keputusan ini tidak terbaca \u2014 pilih tujuannya.",
    "word.targets_unread_no": "Langkah {no}: tujuan Tidak keputusan ini tidak terbaca \u2014 pilih tujuannya.",
    "word.targets_unread_labels": "{unread} Label {labels} ada, tetapi panahnya tidak terbaca.",
    "word.target_next": "Langkah {no}: tujuan keputusan yang tidak terbaca diisi langkah berikutnya ({next}).",
    "word.shape.terminator": "lonjong",
    "word.shape.rectangle": "persegi",
    "word.shape.diamond": "belah ketupat",
    "word.shape.other": "bentuk lain",
    "word.shape.mark": "tanda",
    "word.shape.shading": "arsiran",
    "word.no_name": "Nama SOP tidak ditemukan di berkas; tuliskan namanya.",
    "word.date.made": "Tanggal Pembuatan",
    "word.date.revised": "Tanggal Revisi",
    "word.date.effective": "Tanggal Efektif",
    "word.bad_date": "{label} \"{value}\" tidak dapat dibaca sebagai tanggal; dikosongkan.",
    "word.labels_not_steps": "{count} kotak teks (label Ya/Tidak, catatan) tidak dihitung sebagai langkah.",
    "word.no_lane_chosen": "Langkah {no}: pelaksana belum dipilih.",
    # -- the office server's address (app/server.py) -----------------------------------------------
    "server.no_host": "Alamat server belum diisi (nama PC server atau alamat IP, misalnya 192.168.1.10).",
    "server.bad_host": "Alamat server '{host}' tidak sah: tulis nama PC atau alamat IP saja.",
    "server.bad_port": "Port {port} tidak sah: 1–65535 (PostgreSQL biasanya 5432).",
    "server.no_database": "Nama basis data belum diisi.",
    "server.no_user": "Pengguna basis data belum diisi.",
    # -- the SOP exchange file (domain/sop_file.py) ------------------------------------------------
    "sopfile.too_big": "berkas terlalu besar untuk sebuah SOP (lebih dari 2 juta karakter).",
    "sopfile.not_toml": "bukan TOML yang sah ({error}).",
    "sopfile.format": "format \"{format}\" tidak dikenal: baris pertama harus format = \"{expected}\".",
    "sopfile.not_text": "harus berupa teks.",
    "sopfile.not_text_list": "harus berupa daftar teks, mis. [\"satu\", \"dua\"].",
    "sopfile.approved_by": "harus berupa tabel {{ name = ..., position = ..., rank = ..., nip = ... }}.",
    "sopfile.steps_list": "harus berupa daftar [[steps]].",
    "sopfile.step_not_table": "entri [[steps]] ke-{n} bukan tabel.",
    "sopfile.not_int": "harus berupa bilangan bulat, bukan \"{value}\".",
    "sopfile.step_no_number": "entri [[steps]] ke-{n} tidak punya nomor (no).",
    "sopfile.unknown_field": "kolom ini tidak dikenal.",
    # -- Word files that cannot be read (app/word_package.py, app/sop_word.py, domain/word_sop.py) -
    "word.file.save_as": "Buka di Word, pilih Berkas \u2192 Simpan Sebagai \u2192 \"Dokumen Word (*.docx)\", lalu "
                         "impor berkas itu.",
    "word.file.folder": "{name} adalah folder, bukan berkas Word.",
    "word.file.too_big": "Berkas {name} terlalu besar untuk sebuah SOP ({mb} MB; paling besar {most} MB), biasanya "
                         "karena gambar. Di Word pilih gambar, lalu Format Gambar \u2192 Kompres Gambar, atau hapus "
                         "gambar yang tidak perlu, simpan, dan impor lagi.",
    "word.file.no_permission": "Berkas {name} tidak boleh dibaca (izin ditolak). Jika berkas sedang dibuka di Word, "
                               "tutup dulu lalu coba lagi.",
    "word.file.empty": "Berkas {name} kosong (0 byte).",
    "word.file.password": "Berkas {name} dilindungi kata sandi. Buka di Word dengan kata sandinya, pilih Berkas \u2192 "
                          "Info \u2192 Lindungi Dokumen \u2192 Enkripsi dengan Kata Sandi, kosongkan kata sandinya, "
                          "simpan, lalu impor lagi.",
    "word.file.old_doc": "Berkas {name} berformat Word lama (.doc), yang tidak dapat dibaca. {save_as}",
    "word.file.rtf": "Berkas {name} berformat RTF, bukan .docx. {save_as}",
    "word.file.not_docx": "Berkas {name} bukan dokumen Word (.docx). {save_as}",
    "word.file.broken": "Berkas {name} rusak atau tidak lengkap (bukan .docx yang utuh). Coba buka dan simpan ulang di "
                        "Word.",
    "word.file.too_many_parts": "Berkas {name} berisi {parts} bagian; sebuah dokumen Word wajar berisi jauh lebih "
                                "sedikit. Berkas ini tidak dibaca.",
    "word.file.zip_bomb": "Berkas {name} tidak wajar: isinya membesar menjadi {mb} MB saat dibuka (seperti \"bom "
                          "zip\"). Berkas ini tidak dibaca.",
    "word.file.odt": "Berkas {name} adalah dokumen OpenDocument (.odt), bukan .docx. Di LibreOffice pilih Berkas "
                     "\u2192 Simpan Sebagai \u2192 \"Word 2007-365 (.docx)\".",
    "word.file.office": "Berkas {name} adalah berkas Excel atau PowerPoint, bukan dokumen Word.",
    "word.file.part_too_big": "Bagian {part} dari berkas {name} terlalu besar ({mb} MB). Berkas ini tidak dibaca.",
    "word.file.dtd": "Berkas {name} berisi deklarasi XML (DTD/entitas) yang tidak pernah ditulis oleh Word. Berkas ini "
                     "tidak dibaca.",
    "word.file.template": "Berkas {name} adalah templat atau dokumen bermakro, bukan dokumen Word biasa. {save_as}",
    "word.file.damaged": "Berkas {name} rusak: {error}.",
    "word.file.no_tables": "Berkas {name} tidak berisi tabel sama sekali, jadi bukan lembar SOP AP (identitas dan "
                           "diagram alir dalam tabel).",
    "word.in_file": "{name}: {problem}",
    "word.no_flowchart": "Tidak ada tabel diagram alir di berkas ini: tidak ditemukan tabel dengan judul kolom \"No\", "
                         "\"Kegiatan\" dan \"Pelaksana\" seperti lembar SOP AP.",
    "word.no_lanes": "Tabel diagram alir ditemukan, tetapi tanpa kolom Pelaksana: tidak ada kolom pelaksana di bawah "
                     "judul \"Pelaksana\", jadi tidak dapat dibaca siapa yang mengerjakan tiap langkah.",
    "word.no_steps": "Tabel diagram alir ditemukan, tetapi tanpa baris langkah.",
    # -- the office server's saved settings (app/server.py), changing a time (app/cases.py), kinerja thresholds
    "server.other_windows": "Kata sandi server kantor disimpan oleh Windows lain; isi lagi di Pengaturan.",
    "server.unknown_seal": "Berkas pengaturan server kantor tidak dikenal; isi lagi di Pengaturan \u2192 Basis data "
                           "kantor.",
    "server.unreadable": "Pengaturan server kantor di {path} tidak dapat dibaca ({error}); isi lagi di Pengaturan "
                         "\u2192 Basis data kantor.",
    "server.not_saved": "Pengaturan server kantor tidak dapat disimpan di {path}: {error}.",
    "server.connected_empty": "Tersambung ke PostgreSQL {version}. Basis data masih kosong: sopdesk akan "
                              "menyiapkannya pada pemakaian pertama.",
    "server.connected": "Tersambung ke PostgreSQL {version}: basis data sopdesk (skema {schema}), {cases} kasus.",
    "cases.change_reason_required": "Tulis alasan perubahan waktu, mis. \"salah jam\".",
    "cases.change_time_required": "Tulis waktu yang benar.",
    "kinerja.thresholds": "Ambang tidak sah: batas 'perlu perhatian' harus di antara 0 % dan batas 'baik', dan batas "
                          "'baik' paling tinggi 100 %.",
    # -- the PK, letter numbers and the office file (app/paperwork.py), changing a time (app/events.py)
    "paperwork.no_pk_version": "PK kasus {case} tidak punya versi {number}. Lihat: sopdesk pk versions {case}",
    "paperwork.no_pk": "Kasus {case} belum punya isi PK. Isi PK dulu (sopdesk pk load {case} FILE.toml).",
    "paperwork.not_toml": "{path}: bukan berkas TOML yang sah ({error}).",
    "paperwork.unknown_keys": "{path}: kunci tidak dikenal: {keys}. Yang dikenal: {known}.",
    "paperwork.not_text": "{path}: nilai {keys} harus berupa teks dalam tanda kutip.",
    "paperwork.in_file": "{path}: {problem}",
    "paperwork.officials_list": "{path}: officials harus berupa daftar [[officials]].",
    "paperwork.official": "{path}: pejabat ke-{n}: {problem}",
    "paperwork.logo_kind": "Logo harus gambar PNG, JPG, GIF atau BMP, bukan {name}.",
    "paperwork.logo_missing": "Berkas logo {path} tidak ditemukan.",
    "paperwork.logo_too_big": "Berkas logo terlalu besar (lebih dari 5 MB).",
    "paperwork.logo_not_copied": "Logo tidak dapat disalin ke folder data ({error}).",
    "events.change_only_start_finish": "Hanya waktu catatan mulai atau selesai yang dapat diubah; koreksi catatan "
                                       "lain.",
    "events.change_same_time": "Waktu baru sama dengan waktu yang sudah tercatat.",
    # -- text too long (app/text.py) and the names of the fields it names ----------------------------
    "text.too_long": "{field} terlalu panjang ({length} karakter; paling banyak {most}).",
    "field.holiday_name": "Nama hari libur",
    "field.name": "Nama",
    "field.position": "Jabatan",
    "field.rank": "Pangkat",
    "field.actor": "Nama pelaksana",
    "field.step_note": "Catatan langkah {no}",
    "field.step_action": "Tindakan langkah {no}",
    "field.question_note": "Catatan pertanyaan {no}",
    "field.revision_reason": "Alasan revisi",
    "field.file_name": "Nama berkas",
    "field.pc_name": "Nama PC",
    "field.user_name": "Nama pengguna",
    "field.title": "Judul",
    "field.letter_date": "Tanggal surat",
    "field.letter_number": "Nomor surat",
    "field.subject": "Perihal",
    "field.note": "Catatan",
    "field.correction_reason": "Alasan koreksi",
    "field.change_reason": "Alasan perubahan",
}
