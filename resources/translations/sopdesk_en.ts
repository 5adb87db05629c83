<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../../sopdesk/ui/cases/case_view.py" line="+515"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ubah waktu…</source>
        <translation>Change time…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koreksi…</source>
        <translation>Correct…</translation>
    </message>
</context>
<context>
    <name>AnnualReportDialog</name>
    <message>
        <location filename="../../sopdesk/ui/reports/monev_annual.py" line="+50"/>
        <source>Laporan Tahunan Monitoring dan Evaluasi SOP AP</source>
        <translation>Annual SOP AP Monitoring and Evaluation Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan Hasil Monitoring dan Evaluasi SOP AP</source>
        <translation>SOP AP Monitoring and Evaluation Report</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SOP AP</source>
        <translation>SOP AP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluasi</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monitoring Semester I</source>
        <translation>Monitoring, first half</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring Semester II</source>
        <translation>Monitoring, second half</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hanya catatan yang sudah final yang masuk laporan. Klik dua kali sel untuk membuka evaluasi atau monitoring SOP itu.</source>
        <translation>Only final records go into the report. Double-click a cell to open that SOP&apos;s evaluation or monitoring.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pratinjau PDF</source>
        <translation>Preview PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{in_force} SOP AP berlaku · {monitored} dimonitor · {evaluated} dievaluasi</source>
        <translation>{in_force} SOP AP in force · {monitored} monitored · {evaluated} evaluated</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>final: {rec}</source>
        <translation>final: {rec}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>final: {good} dari {steps} baik</source>
        <translation>final: {good} of {steps} good</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Laporan Monev SOP AP {year}</source>
        <translation>SOP AP Monitoring and Evaluation Report {year}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Menyiapkan PDF…</source>
        <translation>Preparing the PDF…</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <location filename="../../sopdesk/ui/cases/attachments.py" line="+73"/>
        <location line="+71"/>
        <source>Lampiran kasus</source>
        <translation>Case attachments</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+191"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Simpan sebagai…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buka lampiran dengan program di PC ini (salinan baca-saja)</source>
        <translation>Open the attachment with a program on this PC (a read-only copy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan lampiran sebagai berkas, mis. ke flashdisk</source>
        <translation>Save the attachment as a file, e.g. to a flash drive</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Belum ada lampiran. Tekan Tambah… atau seret berkas (mis. hasil pindai surat) ke layar kasus ini.</source>
        <translation>No attachments yet. Press Add… or drag files (e.g. a scanned letter) onto this case screen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Lampiran kasus ({n})</source>
        <translation>Case attachments ({n})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>langkah {n}</source>
        <translation>step {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ditandai salah (koreksi #{id})</source>
        <translation>marked wrong (correction #{id})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}
Ditambahkan {when} oleh {who}
Klik dua kali untuk membuka</source>
        <translation>{name}
Added {when} by {who}
Double-click to open</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Lampirkan berkas ke langkah {n} (langkah yang dipilih); paling besar 50 MB per berkas</source>
        <translation>Attach files to step {n} (the selected step); at most 50 MB per file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lampirkan berkas ke kasus ini; paling besar 50 MB per berkas</source>
        <translation>Attach files to this case; at most 50 MB per file</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Pilih berkas lampiran</source>
        <translation>Choose files to attach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semua berkas (*);;PDF (*.pdf);;Gambar (*.jpg *.jpeg *.png);;Dokumen (*.doc *.docx *.xls *.xlsx *.odt *.ods)</source>
        <translation>All files (*);;PDF (*.pdf);;Images (*.jpg *.jpeg *.png);;Documents (*.doc *.docx *.xls *.xlsx *.odt *.ods)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Berkas berikut tidak dilampirkan:</source>
        <translation>These files were not attached:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Berkas ini dibuka dengan program lain di komputer ini ({kind}: {name}). Dokumen seperti ini dapat berisi makro; bukalah hanya bila Anda mengenal pengirimnya. Bila program itu menawarkan untuk mengaktifkan makro atau konten, jawab tidak.

Buka sekarang?</source>
        <translation>This file opens with another program on this computer ({kind}: {name}). Documents like this can contain macros; open it only if you know who sent it. If that program offers to enable macros or content, say no.

Open it now?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buka lampiran</source>
        <translation>Open attachment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PC ini tidak punya program untuk membuka {name}. Simpan lampiran dengan Simpan sebagai…, lalu buka dengan program yang sesuai.</source>
        <translation>This PC has no program to open {name}. Save the attachment with Save as…, then open it with a suitable program.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Simpan lampiran</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Semua berkas (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lampiran disimpan: {path}</source>
        <translation>Attachment saved: {path}</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../../sopdesk/ui/cases/case_list.py" line="+484"/>
        <source>Semua status</source>
        <translation>All states</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Berjalan</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sedang terlambat</source>
        <translation>Running late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai terlambat</source>
        <translation>Finished late</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kasus yang langkahnya sedang berjalan sudah lewat batas waktu sekarang</source>
        <translation>Cases whose running step is past its due time now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kasus yang punya langkah yang selesai melewati waktu standar</source>
        <translation>Cases with a step that finished after its standard time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kata-kata dalam urutan apa pun dari judul, nomor surat, perihal atau nama petugas, mis. &quot;sekcam 2025&quot;. Esc mengosongkan.</source>
        <translation>Words in any order from the title, letter number, subject or an official&apos;s name, e.g. &quot;sekcam 2025&quot;. Esc clears.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;SOP</source>
        <translation>&amp;SOP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Menyiapkan pencarian… {progress}</source>
        <translation>Preparing search… {progress}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cari judul, no. surat, perihal, petugas…  (Ctrl+F)</source>
        <translation>Search title, letter no., subject, officials…  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sedang terlambat ({n})</source>
        <translation>Running late ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai terlambat ({n})</source>
        <translation>Finished late ({n})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Semua SOP</source>
        <translation>All SOPs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>mencari…</source>
        <translation>searching…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} kasus</source>
        <translation>{n} cases</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../sopdesk/ui/cases/case_view.py" line="-238"/>
        <source>SOP {name} (versi {version})</source>
        <translation>SOP {name} (version {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>surat {number}</source>
        <translation>letter {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dibuka {when}</source>
        <translation>opened {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lewat waktu</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berjalan</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belum dimulai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Langkah {n} dari {total}</source>
        <translation>Step {n} of {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n langkah terlambat</source>
        <translation>
            <numerusform>%n step late</numerusform>
            <numerusform>%n steps late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../sopdesk/ui/cases/case_list.py" line="-562"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langkah saat ini</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pelaksana</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mulai</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>(tidak dapat dimuat)</source>
        <translation>(could not be loaded)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baris ini tidak dapat dimuat dari basis data. Tekan F5 untuk mencoba lagi.</source>
        <translation>This row could not be loaded from the database. Press F5 to try again.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Langkah {n}</source>
        <translation>Step {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>belum dimulai</source>
        <translation>not started</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berjalan</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai, terlambat</source>
        <translation>Finished late</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Surat: {number}</source>
        <translation>Letter: {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Langkah ini belum dimulai.</source>
        <translation>This step has not started yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lewat batas waktu ({due}).</source>
        <translation>Past its deadline ({due}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batas waktu: {due}</source>
        <translation>Deadline: {due}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selesai {when}</source>
        <translation>Finished {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah yang sedang berjalan sudah lewat batas waktunya.</source>
        <translation>The running step is past its deadline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ada langkah yang selesai melewati waktu standar.</source>
        <translation>A step finished after its standard time.</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location line="+422"/>
        <source>Daftar kasus</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belum ada kasus.</source>
        <translation>No cases yet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buat kasus baru dengan Ctrl+N.</source>
        <translation>Create a new case with Ctrl+N.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buat Kasus Baru</source>
        <translation>Create a New Case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satu kasus adalah satu kali SOP dijalankan, mis. &quot;Penyusunan PK Tahun 2027&quot; sejak Surat Edaran diterima. Setiap langkahnya dicatat: siapa, kapan mulai dan selesai.</source>
        <translation>A case is one run of an SOP, e.g. &quot;Penyusunan PK Tahun 2027&quot; from the day the circular letter arrives. Each of its steps is recorded: who, and when it started and finished.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tidak ada kasus yang cocok.</source>
        <translation>No matching cases.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ubah saringan di atas, atau tampilkan semua kasus.</source>
        <translation>Change the filters above, or show all cases.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tampilkan Semua Kasus</source>
        <translation>Show All Cases</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Ekspor Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan daftar kasus yang tampil (dengan saringannya) sebagai buku kerja Excel</source>
        <translation>Save the cases shown (with their filter) as an Excel workbook</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../sopdesk/ui/cases/case_view.py" line="-204"/>
        <source>Belum ada catatan mulai/selesai yang dapat dikoreksi.</source>
        <translation>There is no start or finish entry to correct yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum ada catatan mulai/selesai yang waktunya dapat diubah.</source>
        <translation>There is no start/finish record yet whose time can be changed.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mulai</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mulai langkah {no}</source>
        <translation>Started step {no}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai langkah {no}</source>
        <translation>Finished step {no}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Koreksi #{id}</source>
        <translation>Correction #{id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diimpor dari berkas</source>
        <translation>Imported from a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impor #{id}</source>
        <translation>Import #{id}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Catatan kasus</source>
        <translation>Case note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan langkah {no}</source>
        <translation>Note on step {no}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Koreksi</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>CaseViewWidget</name>
    <message>
        <location line="+630"/>
        <source>Riwayat kasus</source>
        <translation>Case history</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Alur</source>
        <translation>Flow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagram alir kasus, langkah, lampiran dan riwayat</source>
        <translation>The case flowchart, steps, attachments and history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perjanjian Kinerja dan surat pengantar kasus ini</source>
        <translation>The performance agreement and cover letter of this case</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+220"/>
        <source>Ubah waktu…</source>
        <translation>Change time…</translation>
    </message>
    <message>
        <location line="-217"/>
        <location line="+218"/>
        <source>Koreksi…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Besar tampilan bagan (100% = ukuran cetak)</source>
        <translation>Chart zoom (100% = printed size)</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Batalkan catatan terakhir: #{id} {what}</source>
        <translation>Void the last entry: #{id} {what}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ubah waktu catatan terakhir: #{id} {what}</source>
        <translation>Change the time of the last record: #{id} {what}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pilih catatan mulai/selesai di riwayat yang waktunya salah.</source>
        <translation>Select the start/finish record in the history whose time is wrong.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hanya waktu catatan mulai atau selesai yang dapat diubah.</source>
        <translation>Only the time of a start or finish record can be changed.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>kembali ke langkah {no}</source>
        <translation>back to step {no}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lanjut ke langkah {no}</source>
        <translation>on to step {no}</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>langkah {no}</source>
        <translation>step {no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lampirkan berkas ini ke {where}?</source>
        <translation>Attach these files to {where}?</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Pilih catatan di riwayat yang akan dikoreksi.</source>
        <translation>Choose the history entry to correct.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Laporan Kasus</source>
        <translation>Case Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan pelaksanaan kasus ini: tiap langkah, siapa, kapan, berapa lama</source>
        <translation>Report of this case: every step, who, when, how long</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>kasus ini</source>
        <translation>this case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lampiran disimpan bersama kasus dan tidak dapat dihapus.</source>
        <translation>Attachments are kept with the case and cannot be deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tambah lampiran</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lampirkan</source>
        <translation>Attach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChangeTimeDialog</name>
    <message>
        <location filename="../../sopdesk/ui/cases/record_dialog.py" line="+514"/>
        <source>Ubah waktu</source>
        <translation>Change time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan ini dicatat ulang pada waktu yang benar. Catatan lama tetap di riwayat, ditandai dibatalkan, dengan alasannya.</source>
        <translation>This record is recorded again at the right time. The old record stays in the history, marked as voided, with the reason.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mis. &quot;salah jam, dicatat setelah rapat&quot;</source>
        <translation>e.g. &quot;wrong hour, recorded after the meeting&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waktu tercatat</source>
        <translation>Recorded time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waktu yang benar</source>
        <translation>Correct time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diubah oleh</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan waktu baru</source>
        <translation>Save new time</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tulis alasannya, mis. &quot;salah jam&quot;.</source>
        <translation>Write the reason, e.g. &quot;wrong hour&quot;.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location line="-67"/>
        <source>Koreksi catatan</source>
        <translation>Correct an entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan berikut akan dibatalkan. Riwayatnya tetap tersimpan dan ditandai dibatalkan oleh koreksi ini.</source>
        <translation>The following entry will be voided. Its history stays saved and is marked as voided by this correction.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alasan koreksi, mis. &quot;salah jam&quot; atau &quot;salah langkah&quot;</source>
        <translation>Reason for the correction, e.g. &quot;wrong time&quot; or &quot;wrong step&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Petugas</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batalkan catatan itu</source>
        <translation>Void that entry</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../sopdesk/ui/data/data_dialogs.py" line="+780"/>
        <source>sopdesk — data tidak dapat dibuka</source>
        <translation>sopdesk — the data cannot be opened</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Berkas: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rincian untuk petugas TI: {detail}</source>
        <translation>Details for the IT staff: {detail}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tidak ada yang diubah sebelum Anda memilih. Jika cadangan dipulihkan, berkas data dan berkas catatan (-wal) di sampingnya dipindahkan bersama, apa adanya, ke folder baru &quot;disisihkan-…&quot; di {folder}, untuk diperiksa petugas TI; tidak ada yang dihapus.</source>
        <translation>Nothing is changed before you choose. If the backup is restored, the data file and the log file (-wal) beside it are moved together, as they are, into a new &quot;disisihkan-…&quot; folder in {folder} for the IT staff to examine; nothing is deleted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tidak ada yang diubah sebelum Anda memilih. Jika cadangan dipulihkan, berkas yang sekarang tetap disimpan di folder cadangan, untuk diperiksa petugas TI.</source>
        <translation>Nothing is changed before you choose. If a backup is restored, the current file is still kept in the backups folder, for the IT staff to examine.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cadangan terbaru yang baik</source>
        <translation>Newest good backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when}  ·  {size}  ·  {kind}</source>
        <translation>{when}  ·  {size}  ·  {kind}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yang dicatat sesudah cadangan ini dibuat tidak ada di dalamnya.</source>
        <translation>What was recorded after this backup was made is not in it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cadangan ini dibuat sebelum sopdesk mencatat checksum; isinya tetap diperiksa menyeluruh sebelum dipulihkan.</source>
        <translation>This backup was made before sopdesk recorded checksums; its content is still checked thoroughly before it is restored.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tidak ada cadangan yang baik di {folder}. Pilih berkas cadangan lain (mis. di flashdisk), atau hubungi petugas TI. Jangan hapus berkas data ini.</source>
        <translation>There is no good backup in {folder}. Choose another backup file (e.g. on a flash drive), or call the IT staff. Do not delete this data file.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pulihkan cadangan ini</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sisihkan keduanya dan pulihkan cadangan ini</source>
        <translation>Set both aside and restore this backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pilih berkas lain…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadangan sopdesk (*.sqlite *.db);;Semua berkas (*)</source>
        <translation>sopdesk backup (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Itu berkas data yang rusak sendiri. Pilih berkas cadangan.</source>
        <translation>That is the damaged data file itself. Choose a backup file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Berkas {name} tidak dapat dipulihkan: {problem}.</source>
        <translation>The file {name} cannot be restored: {problem}.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../sopdesk/ui/kit/date_field.py" line="+24"/>
        <source>belum ditanggali</source>
        <translation>not dated yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kosongkan tanggal</source>
        <translation>Clear the date</translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <location filename="../../sopdesk/ui/sops/word_panels.py" line="+80"/>
        <source>Keputusan — langkah {no}</source>
        <translation>Decision — step {no}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pilih langkah</source>
        <translation>choose a step</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tujuan yang tidak terbaca dari berkas (panah tidak terhubung ke simbol) dipilih di sini.</source>
        <translation>Targets not read from the file (arrows not joined to the symbol) are chosen here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tujuan diisi dari berkas (teks di baris itu atau letak label Ya/Tidak); periksa.</source>
        <translation>Targets filled in from the file (text in that row or where the Ya/Tidak labels sit); check them.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../sopdesk/ui/paperwork/documents_panel.py" line="+49"/>
        <source>Pratinjau PK</source>
        <translation>Preview PK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lihat PK (pernyataan dan lampiran) seperti akan dicetak</source>
        <translation>See the PK (statement and attachment) as it will be printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak PK…</source>
        <translation>Print PK…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak PK ke printer (Ctrl+P)</source>
        <translation>Print the PK (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan PDF PK…</source>
        <translation>Save PK as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan PK sebagai berkas PDF</source>
        <translation>Save the PK as a PDF file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surat Pengantar…</source>
        <translation>Cover Letter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buat surat pengantar yang mengirim PK ini kepada Bupati</source>
        <translation>Write the cover letter that sends this PK to the Bupati (Regent)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kasus ini belum punya PK tersimpan. Isian di bawah adalah titik awal (PK tahun lalu atau pejabat dari Pengaturan); PK tersimpan otomatis begitu ada yang diubah.</source>
        <translation>This case has no saved PK yet. The form below is a starting point (last year&apos;s PK, or the officials from Settings); the PK is saved automatically as soon as something is changed.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>PK belum tersimpan, jadi belum dapat dicetak. Perbaiki dulu:</source>
        <translation>The PK is not saved yet, so it cannot be printed. Correct this first:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PK belum lengkap</source>
        <translation>PK incomplete</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Perjanjian Kinerja Tahun {year}</source>
        <translation>Performance Agreement (PK) {year}</translation>
    </message>
</context>
<context>
    <name>EvaluationFormDialog</name>
    <message>
        <location filename="../../sopdesk/ui/reports/monev_evaluation.py" line="+60"/>
        <location line="+56"/>
        <source>Evaluasi Penerapan SOP AP</source>
        <translation>SOP AP Evaluation</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>T&amp;ahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Butir evaluasi</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jawaban</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>catatan (boleh kosong)</source>
        <translation>note (optional)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Muat jawaban dari berkas…</source>
        <translation>Load answers from a file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas .toml berisi jawaban, seperti untuk sopdesk report evaluasi --answers</source>
        <translation>A .toml file of answers, as for sopdesk report evaluasi --answers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Jawab ketujuh butir untuk SOP dan tahun yang dipilih. Rekomendasi “Tetap” bila semua dijawab Ya; satu jawaban Tidak berarti SOP perlu penyempurnaan.</source>
        <translation>Answer the seven questions for the chosen SOP and year. The recommendation is “Keep” when every answer is Yes; a single No means the SOP needs improving.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Jawaban Ya: {yes} dari {total}</source>
        <translation>Yes answers: {yes} of {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rekomendasi menunggu {n} jawaban lagi</source>
        <translation>the recommendation waits for {n} more answers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rekomendasi: {rec} ({why})</source>
        <translation>Recommendation: {rec} ({why})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Evaluasi SOP AP — {name}, {year}</source>
        <translation>SOP AP evaluation — {name}, {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluasi SOP AP {name} {year}</source>
        <translation>SOP AP evaluation {name} {year}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Muat jawaban evaluasi</source>
        <translation>Load evaluation answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas jawaban (*.toml)</source>
        <translation>Answers file (*.toml)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berkas {path} tidak dapat dibaca ({why}).</source>
        <translation>The file {path} cannot be read ({why}).</translation>
    </message>
</context>
<context>
    <name>FlowPanel</name>
    <message>
        <location filename="../../sopdesk/ui/sops/steps_page.py" line="+138"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Langkah Selesai: alur berakhir di sini.</source>
        <translation>End step: the flow ends here.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lanjut ke:</source>
        <translation>Goes on to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jika ya, ke:</source>
        <translation>If yes, to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jika tidak, ke:</source>
        <translation>If no, to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>tulisan:</source>
        <translation>label:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Pilih sebuah langkah untuk mengatur alurnya.</source>
        <translation>Choose a step to set its flow.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alur langkah {no}</source>
        <translation>Flow of step {no}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>— pilih langkah —</source>
        <translation>— choose a step —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>langkah berikutnya ({no})</source>
        <translation>the next step ({no})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— tidak ada langkah berikutnya —</source>
        <translation>— no next step —</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>lanjutan</source>
        <translation>next step</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tujuan Ya</source>
        <translation>Yes target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tujuan Tidak</source>
        <translation>No target</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ubah {what} langkah {no}</source>
        <translation>Change {what} of step {no}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ubah tulisan keputusan langkah {no}</source>
        <translation>Change the decision label of step {no}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../sopdesk/ui/reports/monev_common.py" line="+490"/>
        <source>Riwayat revisi</source>
        <translation>Revision history</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revisi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pratinjau PDF</source>
        <translation>Preview PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../sopdesk/ui/cases/case_view.py" line="-566"/>
        <source>(diimpor)</source>
        <translation>(imported)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dicatat {when}</source>
        <translation>recorded {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dibatalkan oleh koreksi #{id}</source>
        <translation>voided by correction #{id}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Terjadi {at}
Dicatat {recorded}</source>
        <translation>Happened {at}
Recorded {recorded}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>di PC {pc}, pengguna Windows {user}</source>
        <translation>on PC {pc}, Windows user {user}</translation>
    </message>
</context>
<context>
    <name>HolidaysPage</name>
    <message>
        <location filename="../../sopdesk/ui/settings/settings_calendar.py" line="+253"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Jadikan Hari Kerja</source>
        <translation>Make a Working Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kantor tetap masuk pada tanggal libur ini</source>
        <translation>The office works on this holiday</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Batalkan Perubahan Kantor</source>
        <translation>Undo Office Change</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Kembalikan tanggal ini seperti kalender nasional</source>
        <translation>Return this date to the national calendar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nama, mis. Hari Jadi Kabupaten Banyumas</source>
        <translation>Name, e.g. Hari Jadi Kabupaten Banyumas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tambah Libur Kantor</source>
        <translation>Add Office Holiday</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Libur khusus kantor</source>
        <translation>Office&apos;s own holidays</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Libur nasional</source>
        <translation>National holiday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cuti bersama</source>
        <translation>Collective leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libur kantor</source>
        <translation>Office holiday</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kantor tetap masuk</source>
        <translation>Office works</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ditambahkan kantor</source>
        <translation>Added by the office</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(belum disimpan)</source>
        <translation>(not saved yet)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} hari libur nasional dan cuti bersama, {m} libur kantor.</source>
        <translation>{n} national holidays and collective leave days, {m} office holidays.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Hapus Libur Kantor</source>
        <translation>Remove Office Holiday</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tulis nama hari libur kantor, mis. &quot;Hari Jadi Kabupaten&quot;.</source>
        <translation>Write the name of the office holiday, e.g. &quot;Hari Jadi Kabupaten&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{day} sudah libur kantor ({name}).</source>
        <translation>{day} is already an office holiday ({name}).</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location line="-358"/>
        <source>istirahat</source>
        <translation>break</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jam kerja kantor per hari</source>
        <translation>Office hours per day</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hari kerja</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Masuk</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Istirahat dari</source>
        <translation>Break from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulang</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waktu kerja</source>
        <translation>Working time</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waktu standar SOP dihitung hanya dalam jam kerja ini, di luar hari libur. Hari yang tidak dicentang adalah hari libur mingguan.</source>
        <translation>SOP standard times count only these working hours, excluding holidays. Days not ticked are weekly days off.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kembalikan Jam Bawaan</source>
        <translation>Restore Default Hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salin Senin ke Selasa–Kamis</source>
        <translation>Copy Monday to Tuesday–Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jam hari Senin dipakai juga untuk Selasa, Rabu dan Kamis</source>
        <translation>Monday&apos;s hours are used for Tuesday, Wednesday and Thursday too</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{h} jam {m} menit</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h} jam</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>libur</source>
        <translation>day off</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>periksa jam</source>
        <translation>check the times</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Jumlah seminggu: {total}</source>
        <translation>Per week: {total}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paling sedikit satu hari harus hari kerja.</source>
        <translation>At least one day must be a working day.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../sopdesk/ui/sops/identity_page.py" line="+40"/>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kualifikasi pelaksana</source>
        <translation>Qualifications of the performers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keterkaitan</source>
        <translation>Related SOPs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peralatan/perlengkapan</source>
        <translation>Equipment/supplies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pencatatan dan pendataan</source>
        <translation>Records and data</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Satu butir per baris</source>
        <translation>One item per line</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kode:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mis. pelayanan-ktp (huruf kecil, angka, minus)</source>
        <translation>e.g. pelayanan-ktp (lower case, digits, minus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kode tetap sama di setiap versi SOP ini.</source>
        <translation>The code stays the same in every version of this SOP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama SOP:</source>
        <translation>SOP name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mis. Standar Operasional Pelayanan KTP</source>
        <translation>e.g. Standar Operasional Pelayanan KTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor SOP:</source>
        <translation>SOP number:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mis. /SOP-Subbag PK/Kec. Somagede</source>
        <translation>e.g. /SOP-Subbag PK/Kec. Somagede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal pembuatan:</source>
        <translation>Date made:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tanggal revisi:</source>
        <translation>Date revised:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal efektif:</source>
        <translation>Date effective:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTTT-BB atau TTTT-BB-HH, mis. 2021-12</source>
        <translation>YYYY-MM or YYYY-MM-DD, e.g. 2021-12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mis. Kecamatan Somagede</source>
        <translation>e.g. Kecamatan Somagede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kosong: kop kantor yang dipakai</source>
        <translation>Empty: the office&apos;s letterhead is used</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Isi dari kop kantor</source>
        <translation>Fill in from the office&apos;s letterhead</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baris di kotak identitas lembar SOP, mis. pemerintah kabupaten, nama unit dan alamatnya. SOP dari unit lain memakai barisnya sendiri.</source>
        <translation>Lines in the identity box of the SOP sheet, e.g. the regency government, the unit&apos;s name and its address. An SOP of another unit uses its own lines.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Baris kop:</source>
        <translation>Letterhead lines:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disahkan oleh</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— pilih dari daftar pejabat —</source>
        <translation>— choose from the officials —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pejabat:</source>
        <translation>Official:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jabatan:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mis. Camat Somagede</source>
        <translation>e.g. Camat Somagede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pangkat/golongan:</source>
        <translation>Rank/grade:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mis. Pembina Tingkat I (IV/b)</source>
        <translation>e.g. Pembina Tingkat I (IV/b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daftar di lembar identitas</source>
        <translation>Lists on the identity page</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+12"/>
        <source>Ubah {field}</source>
        <translation>Change {field}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pilih pejabat yang mengesahkan</source>
        <translation>Choose the approving official</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Isi baris kop dari kop kantor</source>
        <translation>Fill the letterhead lines from the office&apos;s letterhead</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kode</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nama SOP</source>
        <translation>SOP name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nomor SOP</source>
        <translation>SOP number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanggal pembuatan</source>
        <translation>date made</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tanggal revisi</source>
        <translation>date revised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanggal efektif</source>
        <translation>date effective</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baris kop</source>
        <translation>letterhead lines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nama pengesah</source>
        <translation>approver&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jabatan pengesah</source>
        <translation>approver&apos;s position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pangkat pengesah</source>
        <translation>approver&apos;s rank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NIP pengesah</source>
        <translation>approver&apos;s NIP</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>dicetak: {date}</source>
        <translation>printed: {date}</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <location filename="../../sopdesk/ui/sops/word_panels.py" line="-70"/>
        <source>Huruf kecil, angka dan tanda minus, mis. &quot;surat-masuk&quot;.</source>
        <translation>Lower-case letters, digits and hyphens, e.g. &quot;surat-masuk&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (NIP {nip})</source>
        <translation> (NIP {nip})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identitas terbaca</source>
        <translation>Identity read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama SOP</source>
        <translation>SOP name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor SOP</source>
        <translation>SOP number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disahkan oleh</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal efektif</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SOP dengan kode ini sudah ada: disimpan sebagai versi barunya.</source>
        <translation>An SOP with this code exists: this is saved as its new version.</translation>
    </message>
</context>
<context>
    <name>Kinerja</name>
    <message>
        <location filename="../../sopdesk/ui/reports/kinerja_scene.py" line="+47"/>
        <source>belum ada yang selesai</source>
        <translation>none finished yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} masih berjalan</source>
        <translation>{n} still running</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <source>belum ada data</source>
        <translation>no data yet</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>tanpa waktu standar · {n} kali</source>
        <translation>no time standard · {n} runs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} tepat waktu · {n} kali</source>
        <translation>{share} on time · {n} runs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>median {median} · p90 {p90}</source>
        <translation>median {median} · p90 {p90}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Langkah {no} · {lane}</source>
        <translation>Step {no} · {lane}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{share} tepat waktu: {on_time} dari {timed} kali ({late} terlambat)</source>
        <translation>{share} on time: {on_time} of {timed} runs ({late} late)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>median {median} · p90 {p90} · terlama {worst}</source>
        <translation>median {median} · p90 {p90} · longest {worst}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belum ada yang selesai dalam periode ini.</source>
        <translation>None finished in this period yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standar {standard}</source>
        <translation>standard {standard}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} masih berjalan ({late} lewat waktu), tidak dihitung</source>
        <translation>{n} still running ({late} overdue), not counted</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports/kinerja_side.py" line="+83"/>
        <source>{rank}. Langkah {no} · {lane}</source>
        <translation>{rank}. Step {no} · {lane}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{late} terlambat · &lt;b&gt;{share}&lt;/b&gt;</source>
        <translation>{late} late · &lt;b&gt;{share}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>median {median} dari standar {standard}</source>
        <translation>median {median} against a standard of {standard}</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports/kinerja_view.py" line="+68"/>
        <source>Semester {half} {year}</source>
        <translation>Half {half} {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tahun {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tahun {first}–{last}</source>
        <translation>Years {first}–{last}</translation>
    </message>
</context>
<context>
    <name>KinerjaPage</name>
    <message>
        <location line="+77"/>
        <source>&amp;SOP</source>
        <translation>&amp;SOP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cetak lembar dengan realisasi</source>
        <translation>Print sheet with actuals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lembar SOP dengan kolom realisasi dan warna periode ini, untuk dicetak</source>
        <translation>The SOP sheet with this period&apos;s actuals column and colours, to print</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+445"/>
        <location line="+12"/>
        <source>Ekspor Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="-456"/>
        <source>Angka-angka setiap langkah sebagai buku kerja Excel (.xlsx)</source>
        <translation>Each step&apos;s figures as an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segarkan</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hitung ulang dari data terbaru (F5)</source>
        <translation>Recount from the latest data (F5)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Langkah dengan bagian tepat waktu setinggi ini atau lebih dinilai baik</source>
        <translation>Steps on time this often or more are rated good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di bawah ini langkah dinilai bermasalah</source>
        <translation>Below this a step is rated a problem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tepat waktu:</source>
        <translation>On time:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>belum ada data</source>
        <translation>no data yet</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Langkah paling lambat</source>
        <translation>Slowest steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>urut menurut bagian yang selesai tepat waktu</source>
        <translation>ordered by the share finished on time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tepat waktu per langkah</source>
        <translation>On time per step</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ringkasan periode</source>
        <translation>The period in short</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Semua langkah</source>
        <translation>All steps</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{name} (versi {version})</source>
        <translation>{name} (version {version})</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Belum ada SOP. Impor SOP dulu di Pustaka SOP.</source>
        <translation>There is no SOP yet. Import one in the SOP Library first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Menghitung {period}…</source>
        <translation>Calculating {period}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menghitung {total} kasus…</source>
        <translation>Calculating {total} cases…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Membaca data…</source>
        <translation>Reading the data…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Kinerja SOP</source>
        <translation>SOP Performance</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Penghitungan dibatalkan.</source>
        <translation>Counting cancelled.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Menghitung lama kasus…</source>
        <translation>Counting how long cases took…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Realisasi {period}</source>
        <translation>Actuals {period}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Kinerja SOP — {name}</source>
        <translation>SOP Performance — {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} baik</source>
        <translation>{n} good</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} perlu perhatian</source>
        <translation>{n} need attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} bermasalah</source>
        <translation>{n} problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} belum ada data</source>
        <translation>{n} no data yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>garis putus: ambang {good} dan {attention}</source>
        <translation>dashed lines: thresholds {good} and {attention}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waktu dalam jam kerja ({zone}); p90: 9 dari 10 kali selesai dalam waktu ini</source>
        <translation>Times in working hours ({zone}); p90: 9 runs in 10 finished within this time</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{period} ({dates}) · tidak ada kasus yang mulai dalam periode ini</source>
        <translation>{period} ({dates}) · no case started in this period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{period} ({dates}) · {closed} kasus selesai, {open} masih berjalan (langkah yang belum selesai tidak dihitung)</source>
        <translation>{period} ({dates}) · {closed} cases finished, {open} still running (unfinished steps are not counted)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dihitung dalam {s} detik</source>
        <translation>counted in {s} s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{low} sampai di bawah {high}</source>
        <translation>{low} to below {high}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Lembar SOP dengan realisasi — {name}, {period}</source>
        <translation>SOP sheet with actuals — {name}, {period}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOP {name} realisasi {period}</source>
        <translation>SOP {name} actuals {period}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lembar SOP dengan realisasi</source>
        <translation>SOP sheet with actuals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menyiapkan lembar SOP…</source>
        <translation>Preparing the SOP sheet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kinerja {name} {period}.xlsx</source>
        <translation>Performance {name} {period}.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Menulis buku kerja…</source>
        <translation>Writing the workbook…</translation>
    </message>
</context>
<context>
    <name>KopPreview</name>
    <message>
        <location filename="../../sopdesk/ui/settings/settings_dialog.py" line="+96"/>
        <source>logo</source>
        <translation>logo</translation>
    </message>
</context>
<context>
    <name>LanesPage</name>
    <message>
        <location filename="../../sopdesk/ui/sops/lanes_page.py" line="+29"/>
        <source>Pelaksana adalah kolom di bawah &quot;Pelaksana&quot; pada lembar SOP, dari kiri ke kanan. Klik dua kali sebuah nama untuk mengubahnya; langkah-langkahnya ikut.</source>
        <translation>The performers are the columns under &quot;Pelaksana&quot; on the SOP sheet, from left to right. Double-click a name to change it; its steps follow.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+62"/>
        <source>Tambah pelaksana</source>
        <translation>Add performer</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Ganti nama</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{lane}: langkah {steps}</source>
        <translation>{lane}: steps {steps}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lane}: belum dipakai langkah mana pun</source>
        <translation>{lane}: not used by any step yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pelaksana baru</source>
        <translation>New performer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pelaksana baru {n}</source>
        <translation>New performer {n}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nama pelaksana tidak boleh kosong.</source>
        <translation>The performer&apos;s name may not be empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pelaksana &quot;{lane}&quot; sudah ada.</source>
        <translation>Performer &quot;{lane}&quot; already exists.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ganti nama pelaksana {old} menjadi {new}</source>
        <translation>Rename performer {old} to {new}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pindahkan pelaksana</source>
        <translation>Move performer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;{lane}&quot; masih dipakai langkah {steps}: pindahkan langkah itu ke pelaksana lain dulu.</source>
        <translation>&quot;{lane}&quot; is still used by steps {steps}: move those steps to another performer first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hapus pelaksana {lane}</source>
        <translation>Remove performer {lane}</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../sopdesk/ui/cases/case_view.py" line="-476"/>
        <source>Langkah berikutnya</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Waktu dihitung dalam jam kerja ({zone}), di luar hari libur</source>
        <translation>Times count working hours ({zone}), excluding holidays</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sopdesk/ui/shell/main_window.py" line="+90"/>
        <location line="+762"/>
        <location line="+23"/>
        <source>Daftar Kasus</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="-742"/>
        <source>Kasus &amp;Baru…</source>
        <translation>&amp;New Case…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buat kasus baru dari sebuah SOP</source>
        <translation>Create a new case from an SOP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buka Kasus</source>
        <translation>&amp;Open Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buka kasus yang dipilih di daftar</source>
        <translation>Open the case selected in the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cari Kasus</source>
        <translation>&amp;Find Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cari kasus menurut judul, nomor surat atau perihal</source>
        <translation>Find cases by title, letter number or subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Segarkan</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Muat ulang daftar kasus</source>
        <translation>Reload the case list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tutup Tab</source>
        <translation>&amp;Close Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutup tab yang sedang dibuka</source>
        <translation>Close the current tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tutup sopdesk</source>
        <translation>Close sopdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak dokumen yang sedang dibuka</source>
        <translation>Print the open document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Impor Kasus (.sopcase)…</source>
        <translation>&amp;Import Case (.sopcase)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambil kasus dari berkas .sopcase (mis. dari flashdisk)</source>
        <translation>Take a case from a .sopcase file (e.g. from a flash drive)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ekspor Kasus (.sopcase)…</source>
        <translation>&amp;Export Case (.sopcase)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan kasus yang dipilih atau dibuka sebagai berkas .sopcase</source>
        <translation>Save the selected or open case as a .sopcase file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cadangkan Sekarang…</source>
        <translation>&amp;Back Up Now…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salin seluruh data ke berkas cadangan, mis. di flashdisk</source>
        <translation>Copy all data to a backup file, e.g. on a flash drive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pulihkan dari Cadangan…</source>
        <translation>&amp;Restore from Backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ganti data dengan isi sebuah cadangan (data sekarang disimpan dulu)</source>
        <translation>Replace the data with a backup (the current data is kept first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periksa &amp;Keutuhan Data</source>
        <translation>Check Data &amp;Integrity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periksa seluruh berkas data dari kerusakan</source>
        <translation>Check the whole data file for damage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pustaka SOP</source>
        <translation>SOP &amp;Library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daftar SOP kantor; buka diagram alirnya</source>
        <translation>The office&apos;s SOPs; open their flowcharts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOP &amp;Baru…</source>
        <translation>&amp;New SOP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tulis SOP baru di editor</source>
        <translation>Write a new SOP in the editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ubah SOP…</source>
        <translation>&amp;Edit SOP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ubah SOP yang dipilih; disimpan sebagai versi baru</source>
        <translation>Edit the chosen SOP; it is saved as a new version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Salin SOP…</source>
        <translation>&amp;Copy SOP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buat SOP baru dari salinan SOP yang dipilih</source>
        <translation>Make a new SOP from a copy of the chosen SOP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impor SOP…</source>
        <translation>&amp;Import SOP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tambahkan SOP dari berkas .toml</source>
        <translation>Add an SOP from a .toml file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ekspor SOP…</source>
        <translation>&amp;Export SOP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan SOP sebagai berkas .toml</source>
        <translation>Save an SOP as a .toml file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impor dari &amp;Word…</source>
        <translation>Import from &amp;Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baca SOP dari lembar SOP AP dokumen Word (.docx), periksa, lalu simpan</source>
        <translation>Read an SOP from an SOP AP sheet in a Word document (.docx), check it, then save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laporan &amp;kasus…</source>
        <translation>&amp;Case report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan pelaksanaan kasus yang dibuka (atau dipilih di daftar)</source>
        <translation>Report of the open case (or the one selected in the list)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan &amp;monitoring…</source>
        <translation>&amp;Monitoring report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seberapa tepat waktu standar SOP ditepati dalam satu tahun</source>
        <translation>How well the SOP&apos;s standard times were kept in a year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lembar SOP…</source>
        <translation>SOP &amp;sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lembar SOP (identitas dan diagram alir) untuk dicetak</source>
        <translation>The SOP sheet (identity and flowchart) for printing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profil kantor, pejabat, jam kerja, hari libur, bahasa</source>
        <translation>Office profile, officials, working hours, holidays, language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profil &amp;Kantor…</source>
        <translation>Office &amp;Profile…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;ejabat dan Pegawai…</source>
        <translation>O&amp;fficials and Staff…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jam Kerja…</source>
        <translation>&amp;Working Hours…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Hari Libur…</source>
        <translation>&amp;Holidays…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bahasa dan PC Ini…</source>
        <translation>&amp;Language and This PC…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka &amp;Folder Data</source>
        <translation>Open &amp;Data Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder berisi basis data, cadangan dan catatan program</source>
        <translation>The folder holding the database, backups and program log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panduan</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panduan pemakaian sopdesk, tanpa internet</source>
        <translation>How to use sopdesk (works offline)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tentang sopdesk</source>
        <translation>&amp;About sopdesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Kasus</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;SOP</source>
        <translation>&amp;SOP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Laporan</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Pengaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bilah alat</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kasus Baru</source>
        <translation>New Case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+258"/>
        <source>Pustaka SOP</source>
        <translation>SOP Library</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Segarkan</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Siap  ·  {db}</source>
        <translation>Ready  ·  {db}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>belum ada cadangan</source>
        <translation>no backup yet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cadangan terakhir hari ini {time}</source>
        <translation>last backup today {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cadangan terakhir kemarin {time}</source>
        <translation>last backup yesterday {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cadangan terakhir {when}</source>
        <translation>last backup {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cadangan harian gagal</source>
        <translation>Daily backup failed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cadangan harian tidak dibuat</source>
        <translation>Daily backup not made</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Tunggu sampai pekerjaan yang sedang berjalan selesai.</source>
        <translation>Wait until the work in progress has finished.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Kasus nomor {id} tidak ada.</source>
        <translation>There is no case number {id}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title}
Kasus nomor {id}</source>
        <translation>{title}
Case number {id}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>SOP: {name}</source>
        <translation>SOP: {name}</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Pilih dulu sebuah kasus di daftar.</source>
        <translation>First choose a case in the list.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kasus baru dibuat.</source>
        <translation>New case created.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Daftar kasus dimuat ulang.</source>
        <translation>Case list reloaded.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Daftar SOP kantor</source>
        <translation>The office&apos;s SOPs</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pilih SOP di Pustaka SOP, lalu tekan {verb}.</source>
        <translation>Choose an SOP in the SOP Library, then press {verb}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ubah SOP</source>
        <translation>Edit SOP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Salin SOP</source>
        <translation>Copy SOP</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+34"/>
        <location line="+1"/>
        <source>Ubah SOP: {name}</source>
        <translation>Edit SOP: {name}</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Salin SOP: {name}</source>
        <translation>Copy SOP: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>SOP baru</source>
        <translation>New SOP</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>SOP baru: {name}</source>
        <translation>New SOP: {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SOP {code} disimpan sebagai versi {n}.</source>
        <translation>SOP {code} saved as version {n}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Buka atau pilih dulu sebuah kasus.</source>
        <translation>Open or select a case first.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kinerja SOP</source>
        <translation>SOP &amp;Performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warna setiap langkah SOP menurut ketepatan waktunya dalam satu periode</source>
        <translation>Each step of an SOP coloured by how often it kept its time in a period</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kinerja SOP</source>
        <translation>SOP Performance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kinerja SOP: ketepatan waktu setiap langkah</source>
        <translation>SOP Performance: how each step keeps its time</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pilih SOP di Pustaka SOP, lalu tekan Cetak lembar SOP…</source>
        <translation>Choose an SOP in the SOP Library, then press Print SOP Sheet…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Monitoring SOP &amp;AP (per semester)…</source>
        <translation>SOP &amp;AP monitoring (per half-year)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formulir Monitoring Pelaksanaan SOP AP, diisi dari kasus semester</source>
        <translation>The SOP AP monitoring form, filled from the half-year&apos;s cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evaluasi SOP AP (per tahun)…</source>
        <translation>SOP AP &amp;evaluation (per year)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tujuh butir evaluasi penerapan SOP AP dan rekomendasinya</source>
        <translation>The seven SOP AP evaluation questions and the recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan &amp;Tahunan Monev SOP AP…</source>
        <translation>Annual SOP AP monitoring and evaluation &amp;report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan hasil monitoring dan evaluasi SOP AP satu tahun</source>
        <translation>The report of a year&apos;s SOP AP monitoring and evaluation</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Pilih SOP yang akan diekspor, lalu tekan Ekspor SOP.</source>
        <translation>Choose the SOP to export, then press Export SOP.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>sopdesk {version}

SOP kantor sebagai diagram alir, kasus yang terlacak, dan dokumen resmi.

Basis data: {db}
Catatan program: {log}</source>
        <translation>sopdesk {version}

The office&apos;s SOPs as flowcharts, tracked cases and official documents.

Database: {db}
Program log: {log}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tentang sopdesk</source>
        <translation>About sopdesk</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Memulihkan data…</source>
        <translation>Restoring data…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data sedang diganti dengan isi cadangan. Tunggu sebentar.</source>
        <translation>The data is being replaced with the backup. Please wait.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Data tidak dapat dibuka lagi setelah pemulihan. Tutup sopdesk lalu buka kembali; jika masalah berulang, hubungi petugas TI.</source>
        <translation>The data could not be opened again after the restore. Close sopdesk and open it again; if the problem comes back, call the IT staff.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tunggu sampai pemulihan selesai, lalu buka berkas itu lagi.</source>
        <translation>Wait until the restore has finished, then open that file again.</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <location filename="../../sopdesk/ui/shell/help.py" line="+102"/>
        <source>Panduan sopdesk</source>
        <translation>sopdesk manual</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cari di panduan…  (Ctrl+F)</source>
        <translation>Search the manual…  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sebelumnya</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berikutnya</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Halaman sebelumnya (Alt+Kiri)</source>
        <translation>Previous page (Alt+Left)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daftar Isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../sopdesk/ui/kit/message_text.py" line="+27"/>
        <source>Waktu yang diisi masih di masa depan. Periksa tanggal dan jam.</source>
        <translation>The time entered is in the future. Check the date and time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waktu yang diisi lebih awal dari kegiatan sebelumnya yang sudah tercatat. Periksa tanggal dan jam, atau koreksi catatan sebelumnya.</source>
        <translation>The time entered is earlier than the activity already recorded before it. Check the date and time, or correct the earlier entry.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Langkah {step} tidak ada di SOP ini.</source>
        <translation>Step {step} is not in this SOP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kasus sudah selesai; tidak ada langkah yang dapat dimulai.</source>
        <translation>The case is finished; no step can be started.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {step} sedang berjalan.</source>
        <translation>Step {step} is in progress.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langkah {step} belum dapat dimulai: langkah {current} masih berjalan.</source>
        <translation>Step {step} cannot start yet: step {current} is still in progress.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {step} belum dapat dimulai: langkah berikutnya adalah langkah {current}.</source>
        <translation>Step {step} cannot start yet: the next step is step {current}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {step} sudah dimulai.</source>
        <translation>Step {step} has already started.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kasus sudah selesai.</source>
        <translation>The case is finished.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langkah {step} sudah selesai.</source>
        <translation>Step {step} is already finished.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langkah {step} belum dimulai; catat dulu mulainya.</source>
        <translation>Step {step} has not started; record its start first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waktu selesai tidak boleh sebelum waktu mulai langkah {step}.</source>
        <translation>The finish time cannot be before the start time of step {step}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {step} adalah keputusan: pilih &quot;{yes}&quot; atau &quot;{no}&quot;.</source>
        <translation>Step {step} is a decision: choose &quot;{yes}&quot; or &quot;{no}&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {step} bukan keputusan; tidak perlu memilih Ya/Tidak.</source>
        <translation>Step {step} is not a decision; there is no Yes/No to choose.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catatan nomor {id} tidak ada pada kasus ini.</source>
        <translation>Entry number {id} is not in this case.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koreksi tidak dapat dikoreksi lagi; catat ulang kegiatan yang benar.</source>
        <translation>A correction cannot be corrected again; record the right activity again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catatan impor tidak dapat dikoreksi: itu catatan PC ini tentang berkas yang diimpor.</source>
        <translation>An import entry cannot be corrected: it is this PC&apos;s record of an imported file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catatan nomor {id} sudah dikoreksi sebelumnya.</source>
        <translation>Entry number {id} has already been corrected.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hanya catatan mulai/selesai yang terakhir yang dapat dikoreksi (nomor {last}). Koreksi catatan itu lebih dulu.</source>
        <translation>Only the latest start/finish entry can be corrected (number {last}). Correct that entry first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hanya catatan mulai/selesai yang terakhir yang dapat dikoreksi.</source>
        <translation>Only the latest start/finish entry can be corrected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>catatan mulai/selesai tanpa nomor langkah.</source>
        <translation>a start/finish entry without a step number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan ke-{n} ({kind} langkah {step}): {reason}</source>
        <translation>Entry {n} ({kind} step {step}): {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catatan ke-{n}: langkah {step} tidak ada di SOP ini.</source>
        <translation>Entry {n}: step {step} is not in this SOP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah mana? Sebutkan nomor langkahnya.</source>
        <translation>Which step? Give the step number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis catatan &quot;{kind}&quot; tidak dikenal.</source>
        <translation>Unknown kind of entry &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>riwayat tidak dapat diikuti ({error})</source>
        <translation>the history cannot be followed ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kasus nomor {id} tidak ada.</source>
        <translation>There is no case number {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judul kasus wajib diisi, mis. &quot;Penyusunan PK Tahun 2027&quot;.</source>
        <translation>The case title is required, e.g. &quot;Penyusunan PK Tahun 2027&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal surat &quot;{date}&quot; tidak sah: tulis YYYY-MM-DD, mis. 2027-01-04.</source>
        <translation>Letter date &quot;{date}&quot; is not valid: write YYYY-MM-DD, e.g. 2027-01-04.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tahun {year} tidak masuk akal.</source>
        <translation>The year {year} does not make sense.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan kosong.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tulis alasan koreksi, mis. &quot;salah jam&quot;.</source>
        <translation>Write the reason for the correction, e.g. &quot;wrong time&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waktu &quot;{text}&quot; tanpa jam: tulis juga jamnya, mis. {text}T09:15.</source>
        <translation>Time &quot;{text}&quot; has no hour: write the time of day too, e.g. {text}T09:15.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waktu &quot;{text}&quot; tidak sah: tulis mis. 2027-01-04T09:15 (jam kantor) atau 2027-01-04T09:15+07:00.</source>
        <translation>Time &quot;{text}&quot; is not valid: write e.g. 2027-01-04T09:15 (office time) or 2027-01-04T09:15+07:00.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waktu &quot;{text}&quot; terlalu lampau (sebelum tahun {year}). Periksa tahunnya.</source>
        <translation>Time &quot;{text}&quot; is too far in the past (before the year {year}). Check the year.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waktu kosong: tulis angka dan satuan, mis. &quot;15 menit&quot; atau &quot;4 hari&quot;.</source>
        <translation>The time standard is empty: write a number and a unit, e.g. &quot;15 menit&quot; or &quot;4 hari&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waktu &quot;{text}&quot;: pakai koma untuk pecahan (mis. &quot;1,5 jam&quot;) dan tanpa titik ribuan.</source>
        <translation>Time standard &quot;{text}&quot;: use a comma for fractions (e.g. &quot;1,5 jam&quot;) and no thousands dot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waktu &quot;{text}&quot; harus lebih dari nol.</source>
        <translation>Time standard &quot;{text}&quot; must be more than zero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waktu &quot;{text}&quot;: jumlah hari/minggu/bulan harus bilangan bulat; tulis dalam jam, mis. &quot;4 jam&quot;.</source>
        <translation>Time standard &quot;{text}&quot;: days/weeks/months must be whole numbers; write it in hours, e.g. &quot;4 jam&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waktu &quot;{text}&quot; terlalu panjang: paling lama satu tahun kerja ({days} hari kerja).</source>
        <translation>Time standard &quot;{text}&quot; is too long: at most one working year ({days} working days).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waktu &quot;{text}&quot;: satuan &quot;{unit}&quot; tidak dikenal: tulis menit, jam, hari, hari kerja, minggu atau bulan, mis. &quot;15 menit&quot;.</source>
        <translation>Time standard &quot;{text}&quot;: unit &quot;{unit}&quot; is not known: write menit, jam, hari, hari kerja, minggu or bulan, e.g. &quot;15 menit&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waktu &quot;{text}&quot; tidak dapat dibaca: tulis angka dan satuan (menit, jam, hari, hari kerja, minggu atau bulan), mis. &quot;15 menit&quot;.</source>
        <translation>Time standard &quot;{text}&quot; cannot be read: write a number and a unit (menit, jam, hari, hari kerja, minggu or bulan), e.g. &quot;15 menit&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder {folder} tidak ada. Periksa apakah flashdisk terpasang.</source>
        <translation>Folder {folder} does not exist. Check that the flash drive is plugged in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kasus ini terlalu besar untuk satu berkas .sopcase (lebih dari 200 MB), biasanya karena lampiran hasil pindai; kecilkan lampirannya.</source>
        <translation>This case is too large for one .sopcase file (more than 200 MB), usually because of scanned attachments; make the attachments smaller.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diska/flashdisk penuh</source>
        <translation>the disk/flash drive is full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tempat itu hanya dapat dibaca atau tidak boleh ditulisi</source>
        <translation>that place is read-only or may not be written to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas {path} tidak dapat ditulis: {why}.</source>
        <translation>File {path} cannot be written: {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas {name} tidak dapat diimpor: {why}. Tidak ada yang diubah.</source>
        <translation>File {name} cannot be imported: {why}. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas {path} tidak ditemukan.</source>
        <translation>File {path} was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas {path} tidak dapat dibaca ({error}).</source>
        <translation>File {path} cannot be read ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bukan berkas biasa</source>
        <translation>it is not an ordinary file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkas terlalu besar ({mb} MB; paling besar 200 MB)</source>
        <translation>the file is too large ({mb} MB; at most 200 MB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>berkas terlalu besar (lebih dari 200 MB)</source>
        <translation>the file is too large (more than 200 MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bukan berkas kasus sopdesk (.sopcase), atau berkasnya rusak/terpotong</source>
        <translation>it is not a sopdesk case file (.sopcase), or the file is damaged/cut short</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>berkasnya rusak ({error})</source>
        <translation>the file is damaged ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>isinya terlalu banyak berkas</source>
        <translation>it holds too many files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>isinya ganda (nama berkas di dalamnya berulang)</source>
        <translation>it holds duplicates (a file name inside it repeats)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bukan berkas kasus sopdesk (tidak ada manifest.json)</source>
        <translation>it is not a sopdesk case file (no manifest.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>formatnya &quot;{format}&quot; dibuat oleh versi sopdesk yang lebih baru; perbarui sopdesk di komputer ini</source>
        <translation>its format &quot;{format}&quot; was made by a newer version of sopdesk; update sopdesk on this computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bukan berkas kasus sopdesk (format tidak dikenal)</source>
        <translation>it is not a sopdesk case file (unknown format)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>isinya rusak atau telah diubah (checksum tidak cocok)</source>
        <translation>its content is damaged or was changed (checksum does not match)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>riwayat kasus di dalam berkas tidak masuk akal</source>
        <translation>the case history in the file does not make sense</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>riwayat kasus di dalam berkas tidak masuk akal: {reason}</source>
        <translation>the case history in the file does not make sense: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kasus ini sudah ada di sini (nomor {id}) dengan versi SOP yang berbeda</source>
        <translation>this case already exists here (number {id}) with a different SOP version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>riwayat di berkas bertentangan dengan riwayat kasus nomor {id} di sini</source>
        <translation>the history in the file conflicts with the history of case number {id} here</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas {name} terlalu besar ({size}); lampiran paling besar 50 MB. Kecilkan dulu, mis. pindai ulang hitam-putih 150 dpi atau simpan sebagai PDF yang lebih kecil.</source>
        <translation>File {name} is too large ({size}); an attachment is at most 50 MB. Make it smaller first, e.g. scan again in black and white at 150 dpi or save it as a smaller PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} adalah folder, bukan berkas. Pilih berkasnya.</source>
        <translation>{name} is a folder, not a file. Choose the file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} bukan berkas biasa (mis. perangkat atau pipa); tidak dapat dilampirkan.</source>
        <translation>{name} is not an ordinary file (e.g. a device or a pipe); it cannot be attached.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas {name} tidak dapat dibaca: tidak ada izin, atau berkas itu sedang dibuka di program lain. Tutup program itu lalu coba lagi.</source>
        <translation>File {name} cannot be read: no permission, or the file is open in another program. Close that program and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berkas {name} tidak dapat dibaca ({error}). Periksa flashdisk/diska lalu coba lagi.</source>
        <translation>File {name} cannot be read ({error}). Check the flash drive/disk and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas {name} terlalu besar (lebih dari 50 MB); lampiran paling besar 50 MB.</source>
        <translation>File {name} is too large (more than 50 MB); an attachment is at most 50 MB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas {name} kosong (0 bita); tidak ada yang dilampirkan.</source>
        <translation>File {name} is empty (0 bytes); nothing was attached.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama berkas terlalu panjang ({length} karakter; paling banyak {most}).</source>
        <translation>The file name is too long ({length} characters; at most {most}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lampiran nomor {id} tidak ada.</source>
        <translation>There is no attachment number {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tidak ada izin menulis di sana, atau berkas itu sedang dibuka di program lain</source>
        <translation>no permission to write there, or the file is open in another program</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lampiran &quot;{name}&quot; tidak dibuka: {why}</source>
        <translation>Attachment &quot;{name}&quot; was not opened: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lampiran tidak dapat disiapkan untuk dibuka ({error}).</source>
        <translation>The attachment cannot be prepared for opening ({error}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama berkas kosong.</source>
        <translation>The file name is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama berkas &quot;{name}&quot; adalah nama perangkat Windows ({device}); ganti namanya dulu.</source>
        <translation>The file name &quot;{name}&quot; is a Windows device name ({device}); rename it first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama berkas &quot;{name}&quot; punya ekstensi ganda (.{inner}.{last}), cara umum menyamarkan program sebagai dokumen. Lampiran ditolak.</source>
        <translation>The file name &quot;{name}&quot; has a double extension (.{inner}.{last}), a common way to disguise a program as a document. Attachment refused.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berkas .{extension} adalah program atau skrip, bukan dokumen. Lampiran ditolak.</source>
        <translation>A .{extension} file is a program or script, not a document. Attachment refused.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Isi berkas &quot;{name}&quot; adalah program Windows, bukan dokumen atau gambar. Yang dapat dilampirkan: PDF, gambar (JPG, PNG, GIF, TIFF, BMP, WebP), Word, Excel, PowerPoint, ODT/ODS, RTF, TXT atau CSV.</source>
        <translation>The content of file &quot;{name}&quot; is a Windows program, not a document or an image. What can be attached: PDF, images (JPG, PNG, GIF, TIFF, BMP, WebP), Word, Excel, PowerPoint, ODT/ODS, RTF, TXT or CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Isi berkas &quot;{name}&quot; adalah jenis yang tidak dikenal, bukan dokumen atau gambar. Yang dapat dilampirkan: PDF, gambar (JPG, PNG, GIF, TIFF, BMP, WebP), Word, Excel, PowerPoint, ODT/ODS, RTF, TXT atau CSV.</source>
        <translation>The content of file &quot;{name}&quot; is of an unknown kind, not a document or an image. What can be attached: PDF, images (JPG, PNG, GIF, TIFF, BMP, WebP), Word, Excel, PowerPoint, ODT/ODS, RTF, TXT or CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NIP kosong: tulis 18 angka NIP, mis. 19650924 199503 1 002.</source>
        <translation>The NIP is empty: write the 18 digits of the NIP, e.g. 19650924 199503 1 002.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NIP hanya boleh berisi angka; ditemukan {found}.</source>
        <translation>A NIP may hold only digits; found {found}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP harus 18 angka; yang diketik {typed} angka.</source>
        <translation>A NIP has 18 digits; {typed} were typed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal lahir dalam NIP ({digits}, angka ke-1 sampai ke-8: tahun, bulan, tanggal) bukan tanggal yang ada.</source>
        <translation>The birth date in the NIP ({digits}, digits 1 to 8: year, month, day) is not a real date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tanggal lahir dalam NIP ({born}) tidak mungkin.</source>
        <translation>The birth date in the NIP ({born}) is not possible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bulan pengangkatan dalam NIP (angka ke-13 dan ke-14) harus 01 sampai 12, bukan {digits}.</source>
        <translation>The month of appointment in the NIP (digits 13 and 14) must be 01 to 12, not {digits}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tahun pengangkatan dalam NIP ({year}) tidak mungkin sebelum 1950.</source>
        <translation>The year of appointment in the NIP ({year}) cannot be before 1950.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pengangkatan dalam NIP ({appointed}) terjadi sebelum umur 17 tahun (lahir {born}).</source>
        <translation>The appointment in the NIP ({appointed}) is before the age of 17 (born {born}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tahun pengangkatan dalam NIP ({year}) masih jauh di masa depan.</source>
        <translation>The year of appointment in the NIP ({year}) is still far in the future.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Angka jenis kelamin dalam NIP (angka ke-15) harus 1 (laki-laki) atau 2 (perempuan), bukan {digit}.</source>
        <translation>The sex digit in the NIP (digit 15) must be 1 (male) or 2 (female), not {digit}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nomor urut dalam NIP (3 angka terakhir) tidak boleh 000.</source>
        <translation>The serial number in the NIP (the last 3 digits) cannot be 000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zona waktu &quot;{zone}&quot; tidak dikenal, mis. &quot;Asia/Jakarta&quot; (WIB).</source>
        <translation>Time zone &quot;{zone}&quot; is not known, e.g. &quot;Asia/Jakarta&quot; (WIB).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ukuran kertas harus A4 atau F4.</source>
        <translation>The paper size must be A4 or F4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paling sedikit satu hari harus punya jam kerja; tanpa itu waktu standar tidak dapat dihitung.</source>
        <translation>At least one day must have working hours; without them standard times cannot be counted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jenis perubahan kalender harus &apos;add&apos; atau &apos;remove&apos;.</source>
        <translation>A calendar change must be &apos;add&apos; or &apos;remove&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama pejabat wajib diisi.</source>
        <translation>The official&apos;s name is required.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal &quot;{date}&quot; tidak sah: tulis YYYY-MM-DD.</source>
        <translation>Date &quot;{date}&quot; is not valid: write YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP {nip} sudah terdaftar untuk pejabat lain.</source>
        <translation>NIP {nip} is already registered for another official.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kode &quot;{code}&quot; tidak sah: pakai huruf kecil, angka dan tanda minus, mis. &quot;penyusunan-pk&quot;.</source>
        <translation>code &quot;{code}&quot; is not valid: use lower-case letters, digits and hyphens, e.g. &quot;penyusunan-pk&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nama SOP kosong.</source>
        <translation>the SOP name is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanggal &quot;{value}&quot; tidak sah: tulis YYYY, YYYY-MM atau YYYY-MM-DD.</source>
        <translation>date &quot;{value}&quot; is not valid: write YYYY, YYYY-MM or YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tidak ada pelaksana (lanes).</source>
        <translation>there are no performers (lanes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nama pelaksana kosong.</source>
        <translation>a performer&apos;s name is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pelaksana &quot;{lane}&quot; tertulis dua kali.</source>
        <translation>performer &quot;{lane}&quot; is written twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOP tidak punya langkah.</source>
        <translation>the SOP has no steps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOP punya {count} langkah; paling banyak {most}.</source>
        <translation>the SOP has {count} steps; at most {most}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nomor langkah {no} dipakai lebih dari sekali.</source>
        <translation>step number {no} is used more than once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kegiatan kosong.</source>
        <translation>the activity is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pelaksana &quot;{lane}&quot; tidak ada di daftar lanes.</source>
        <translation>performer &quot;{lane}&quot; is not in the list of lanes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jenis &quot;{kind}&quot; tidak dikenal: pakai start, process, decision atau end.</source>
        <translation>kind &quot;{kind}&quot; is not known: use start, process, decision or end.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keputusan harus punya tujuan if_yes dan if_no.</source>
        <translation>a decision must have if_yes and if_no targets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>langkah tujuan {target} tidak ada.</source>
        <translation>target step {target} does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>langkah keputusan memakai if_yes/if_no, bukan next.</source>
        <translation>a decision step uses if_yes/if_no, not next.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>if_yes/if_no hanya untuk langkah keputusan (kind = &quot;decision&quot;).</source>
        <translation>if_yes/if_no are only for decision steps (kind = &quot;decision&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>langkah pertama harus berjenis start.</source>
        <translation>the first step must be of kind start.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hanya langkah pertama yang boleh berjenis start.</source>
        <translation>only the first step may be of kind start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alur tidak punya akhir: tandai langkah terakhir dengan kind = &quot;end&quot;.</source>
        <translation>the flow has no end: mark the last step with kind = &quot;end&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>langkah ini tidak dapat dicapai dari langkah pertama.</source>
        <translation>this step cannot be reached from the first step.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>langkah terakhir dalam urutan harus berjenis end, atau isi next.</source>
        <translation>the last step in a sequence must be of kind end, or fill in next.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dari langkah ini alur tidak pernah sampai ke akhir.</source>
        <translation>from this step the flow never reaches the end.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waktu kosong: langkah ini tanpa waktu standar, tidak pernah dihitung terlambat.</source>
        <translation>Time is empty: this step has no standard time and is never counted late.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOP dengan kode &quot;{code}&quot; tidak ada. Lihat daftar dengan: sopdesk sop list</source>
        <translation>There is no SOP with code &quot;{code}&quot;. See the list with: sopdesk sop list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kode &quot;{code}&quot; sudah dipakai SOP lain; pilih kode lain.</source>
        <translation>code &quot;{code}&quot; is already used by another SOP; choose another code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOP ini sudah diubah di tempat lain (kini versi {version}). Tutup editor lalu buka lagi untuk mengubah versi terbaru.</source>
        <translation>This SOP was changed elsewhere (now version {version}). Close the editor and open it again to edit the latest version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templat penomoran surat kosong: isi mis. {{kode}}/{{urut}}/{{tahun}} di Pengaturan.</source>
        <translation>The letter numbering template is empty: fill in e.g. {{kode}}/{{urut}}/{{tahun}} in Settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templat penomoran &quot;{template}&quot; tidak dapat dibaca: setiap {{ harus ditutup dengan }}. Yang dapat dipakai: {known}.</source>
        <translation>Numbering template &quot;{template}&quot; cannot be read: every {{ must be closed with }}. What can be used: {known}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templat penomoran &quot;{template}&quot; memuat {field} yang tidak dikenal. Yang dapat dipakai: {known}.</source>
        <translation>Numbering template &quot;{template}&quot; holds {field}, which is not known. What can be used: {known}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templat penomoran &quot;{template}&quot; harus memuat {{urut}} dan {{tahun}}, agar tidak ada nomor surat yang sama.</source>
        <translation>Numbering template &quot;{template}&quot; must hold {{urut}} and {{tahun}}, so that no two letters get the same number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templat penomoran &quot;{template}&quot; harus memuat {field}, agar tidak ada nomor surat yang sama.</source>
        <translation>Numbering template &quot;{template}&quot; must hold {field}, so that no two letters get the same number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nomor urut surat harus bilangan bulat 1 atau lebih, bukan &quot;{value}&quot;.</source>
        <translation>The letter&apos;s serial number must be a whole number of 1 or more, not &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tahun surat harus 4 angka, bukan &quot;{value}&quot;.</source>
        <translation>The letter&apos;s year must have 4 digits, not &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kode klasifikasi arsip belum diisi (mis. 000.7.2.7): isi di Pengaturan.</source>
        <translation>The archive classification code is not filled in yet (e.g. 000.7.2.7): fill it in in Settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templat penomoran memakai {{bulan}} atau {{bulan_romawi}}: bulan surat (1 sampai 12) harus diberikan.</source>
        <translation>The numbering template uses {{bulan}} or {{bulan_romawi}}: the letter&apos;s month (1 to 12) must be given.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format &quot;{spec}&quot; dalam templat penomoran tidak dapat dipakai; tulis {field} saja.</source>
        <translation>Format &quot;{spec}&quot; in the numbering template cannot be used; write just {field}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jam kerja {start}–{end} tidak sah: jam selesai harus setelah jam mulai.</source>
        <translation>Working hours {start}–{end} are not valid: the end must be after the start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jam kerja {start}–{end} bertumpang tindih dengan jam kerja lain di hari yang sama.</source>
        <translation>Working hours {start}–{end} overlap other working hours on the same day.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kalender kerja tidak punya jam kerja: atur jam kerja di Pengaturan.</source>
        <translation>The work calendar has no working hours: set the working hours in Settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>berkasnya kosong (0 bita)</source>
        <translation>the file is empty (0 bytes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>isi PK bukan JSON yang sah</source>
        <translation>the PK content is not valid JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>isi PK tidak sah: {detail}</source>
        <translation>the PK content is not valid: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>isi PK berisi karakter kendali</source>
        <translation>the PK content holds control characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teks waktu terlalu panjang ({length} huruf). Tulis mis. 1/12/2026 08.05, 1 Des 2026 08.05, kemarin 14.00 atau hari ini 9.30.</source>
        <translation>The time text is too long ({length} characters). Write e.g. 1/12/2026 08:05, 1 Dec 2026 08:05, yesterday 14:00 or today 9:30.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waktu belum diisi. Tulis mis. 1/12/2026 08.05, 1 Des 2026 08.05, kemarin 14.00 atau hari ini 9.30.</source>
        <translation>The time is not filled in. Write e.g. 1/12/2026 08:05, 1 Dec 2026 08:05, yesterday 14:00 or today 9:30.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waktu “{text}” tidak dikenali: ada tanda yang bukan huruf atau angka tanggal. Tulis mis. 1/12/2026 08.05, 1 Des 2026 08.05, kemarin 14.00 atau hari ini 9.30.</source>
        <translation>Time “{text}” is not understood: it holds signs that are neither letters nor date digits. Write e.g. 1/12/2026 08:05, 1 Dec 2026 08:05, yesterday 14:00 or today 9:30.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waktu “{text}” tidak dikenali. Tulis mis. 1/12/2026 08.05, 1 Des 2026 08.05, kemarin 14.00 atau hari ini 9.30.</source>
        <translation>Time “{text}” is not understood. Write e.g. 1/12/2026 08:05, 1 Dec 2026 08:05, yesterday 14:00 or today 9:30.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}” kurang jelas: tulis jam dengan menitnya (mis. {hour}.00) atau tanggal lengkap dengan jamnya (mis. 1/12/2026 08.05).</source>
        <translation>“{text}” is unclear: write the hour with its minutes (e.g. {hour}:00) or a full date with the time (e.g. 1/12/2026 08:05).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jamnya belum ditulis: tulis mis. “{text} 08.05”.</source>
        <translation>The time of day is missing: write e.g. “{text} 08:05”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teks tanggal terlalu panjang ({length} huruf). Tulis mis. 1/12/2026.</source>
        <translation>The date text is too long ({length} characters). Write e.g. 1/12/2026.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal belum diisi. Tulis mis. 1/12/2026 atau 1 Des 2026.</source>
        <translation>The date is not filled in. Write e.g. 1/12/2026 or 1 Dec 2026.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal “{text}” tidak dikenali. Tulis mis. 1/12/2026 atau 1 Des 2026.</source>
        <translation>Date “{text}” is not understood. Write e.g. 1/12/2026 or 1 Dec 2026.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal “{text}” tidak dikenali. Tulis mis. 1/12/2026 08.05, 1 Des 2026 08.05, kemarin 14.00 atau hari ini 9.30.</source>
        <translation>Date “{text}” is not understood. Write e.g. 1/12/2026 08:05, 1 Dec 2026 08:05, yesterday 14:00 or today 9:30.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jam “{text}” tidak dikenal: jam 00–23, menit 00–59, mis. 08.05.</source>
        <translation>Time “{text}” is not understood: hours 00–23, minutes 00–59, e.g. 08:05.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jam “{text}” tidak dikenal: tulis menit dengan dua angka, mis. 08.05.</source>
        <translation>Time “{text}” is not understood: write the minutes with two digits, e.g. 08:05.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jam “{text}” tidak dikenal: jam 00–23, menit 00–59.</source>
        <translation>Time “{text}” is not understood: hours 00–23, minutes 00–59.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal “{text}” kurang lengkap: tulis tanggalnya, mis. 1 Des 2026.</source>
        <translation>Date “{text}” is incomplete: write the day of the month, e.g. 1 Dec 2026.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} jatuh pada hari {actual}, bukan {typed}. Periksa tanggalnya.</source>
        <translation>{date} is a {actual}, not a {typed}. Check the date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tahun pada “{text}” tidak dikenali: tulis empat angka, mis. 2026.</source>
        <translation>The year in “{text}” is not understood: write four digits, e.g. 2026.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bulan “{name}” tidak dikenal: tulis mis. Des, Desember atau 12.</source>
        <translation>Month “{name}” is not known: write e.g. Dec, December or 12.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bulan {month} pada “{text}” tidak dikenal: bulan 1–12.</source>
        <translation>Month {month} in “{text}” does not exist: months are 1–12.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tahun {year} pada “{text}” tidak masuk akal. Periksa tahunnya.</source>
        <translation>Year {year} in “{text}” does not make sense. Check the year.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal {day} {month} tidak ada: {month} hanya {last} hari.</source>
        <translation>There is no {day} {month}: {month} has only {last} days.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pihak pertama</source>
        <translation>First party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pihak kedua</source>
        <translation>Second party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{owner}, kolom {field}</source>
        <translation>{owner}, field {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sasaran baris ke-{n}</source>
        <translation>Goal row {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program baris ke-{n}</source>
        <translation>Program row {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempat (place)</source>
        <translation>Place (place)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit (unit)</source>
        <translation>Office unit (unit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama (name)</source>
        <translation>Name (name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jabatan (position)</source>
        <translation>Position (position)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pangkat (rank)</source>
        <translation>Rank (rank)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP (nip)</source>
        <translation>NIP number (nip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sasaran Strategis (goal)</source>
        <translation>Strategic goal (goal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indikator Kinerja (indicator)</source>
        <translation>Performance indicator (indicator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target (target)</source>
        <translation>Target value (target)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satuan (unit)</source>
        <translation>Unit of measure (unit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program (name)</source>
        <translation>Program name (name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keterangan (note)</source>
        <translation>Note (note)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anggaran (budget)</source>
        <translation>Budget (budget)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>{source}: {problem}</source>
        <translation>File {source}: {problem}</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>berkas terlalu besar untuk sebuah PK (lebih dari 2 juta karakter).</source>
        <translation>the file is too large for a PK (more than 2 million characters).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bukan berkas TOML yang sah ({error}). Periksa tanda kutip, tanda = dan kurung siku di baris itu.</source>
        <translation>not a valid TOML file ({error}). Check the quotes, the = signs and the square brackets on that line.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>isi PK harus berupa tabel (kunci = nilai).</source>
        <translation>the PK content must be a table (key = value).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} harus berupa teks.</source>
        <translation>{label} must be text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{party} ({key}) belum diisi: tulis {key} = {{ name = &quot;...&quot;, position = &quot;...&quot; }}.</source>
        <translation>{party} ({key}) is not filled in: write {key} = {{ name = &quot;...&quot;, position = &quot;...&quot; }}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{party} ({key}) harus berupa tabel {{ name = &quot;...&quot;, position = &quot;...&quot;, rank = &quot;...&quot;, nip = &quot;...&quot; }}.</source>
        <translation>{party} ({key}) must be a table {{ name = &quot;...&quot;, position = &quot;...&quot;, rank = &quot;...&quot;, nip = &quot;...&quot; }}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: tidak boleh kosong.</source>
        <translation>{label}: must not be empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{party}, kolom NIP (nip): {problem}</source>
        <translation>{party}, field NIP (nip): {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: sasaran tidak boleh kosong.</source>
        <translation>{label}: the goal must not be empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: indikator tidak boleh kosong.</source>
        <translation>{label}: the indicator must not be empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: target tidak boleh kosong, mis. &quot;82&quot; atau &quot;BB&quot;.</source>
        <translation>{label}: the target must not be empty, e.g. &quot;82&quot; or &quot;BB&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: nama program tidak boleh kosong.</source>
        <translation>{label}: the program name must not be empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} harus berupa daftar {shown}.</source>
        <translation>{key} must be a list of {shown}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key}: entri ke-{n} bukan tabel {shown}.</source>
        <translation>{key}: entry {n} is not a {shown} table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tahun (year): belum diisi; tulis mis. year = 2027.</source>
        <translation>Year (year): not filled in; write e.g. year = 2027.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tahun (year): &quot;{value}&quot; bukan tahun 4 angka; tulis mis. year = 2027.</source>
        <translation>Year (year): &quot;{value}&quot; is not a 4-digit year; write e.g. year = 2027.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal (date): &quot;{value}&quot; bukan tanggal yang ada di kalender.</source>
        <translation>Date (date): &quot;{value}&quot; is not a day of the calendar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanggal (date): &quot;{value}&quot; bukan tanggal; tulis tahun-bulan-tanggal, mis. &quot;2027-01-04&quot;.</source>
        <translation>Date (date): &quot;{value}&quot; is not a date; write year-month-day, e.g. &quot;2027-01-04&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: &quot;{value}&quot; bukan angka rupiah; tulis mis. budget = 1250000000.</source>
        <translation>{label}: &quot;{value}&quot; is not a sum of rupiah; write e.g. budget = 1250000000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{row}, kolom Anggaran (budget): {problem}</source>
        <translation>{row}, field Budget (budget): {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: harus berupa angka rupiah, mis. budget = 1250000000.</source>
        <translation>{label}: must be a sum of rupiah, e.g. budget = 1250000000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: anggaran tidak boleh negatif ({value}).</source>
        <translation>{label}: the budget must not be negative ({value}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: anggaran {value} terlalu besar (lebih dari seribu triliun rupiah); periksa angkanya.</source>
        <translation>{label}: the budget {value} is too large (more than a thousand trillion rupiah); check the number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jumlah rupiah kosong: tulis angka, mis. 1.250.000.</source>
        <translation>The sum of rupiah is empty: write a number, e.g. 1.250.000.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{text}&quot; bukan jumlah rupiah yang dapat dibaca: tulis angka dengan titik sebagai pemisah ribuan, mis. 1.250.000 atau Rp 1.250.000,00.</source>
        <translation>&quot;{text}&quot; is not a sum of rupiah that can be read: write the number with dots between the thousands, e.g. 1.250.000 or Rp 1.250.000,00.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{text}&quot; memuat sen (,{cents}): anggaran ditulis dalam rupiah penuh.</source>
        <translation>&quot;{text}&quot; holds cents (,{cents}): budgets are written in whole rupiah.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilih penilai (pejabat yang menilai).</source>
        <translation>Choose the assessor (the official who judges).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langkah {no}: pilih &quot;Berjalan dengan baik&quot; atau &quot;Tidak berjalan dengan baik&quot;.</source>
        <translation>Step {no}: choose &quot;Runs well&quot; or &quot;Does not run well&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {no} tidak berjalan dengan baik: tulis tindakan yang harus diambil.</source>
        <translation>Step {no} does not run well: write the action to be taken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilih penilai (pejabat yang mengevaluasi).</source>
        <translation>Choose the assessor (the official who evaluates).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jawab Ya atau Tidak untuk pertanyaan {questions}.</source>
        <translation>Answer Yes or No to question {questions}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semester {year}-{half} tidak ada: tulis TAHUN-1 atau TAHUN-2, mis. 2026-1.</source>
        <translation>There is no semester {year}-{half}: write YEAR-1 or YEAR-2, e.g. 2026-1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Semester &quot;{text}&quot; tidak dapat dibaca: tulis TAHUN-1 (Januari–Juni) atau TAHUN-2 (Juli–Desember), mis. 2026-1.</source>
        <translation>Semester &quot;{text}&quot; cannot be read: write YEAR-1 (January–June) or YEAR-2 (July–December), e.g. 2026-1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ambang &quot;{value}&quot; tidak sah: tulis persen bulat dari 1 sampai 100, mis. 80.</source>
        <translation>Threshold &quot;{value}&quot; is not valid: write a whole percentage from 1 to 100, e.g. 80.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Penilaian &quot;{value}&quot; tidak dikenal: pilih &quot;{good}&quot; atau &quot;{bad}&quot;.</source>
        <translation>Judgement &quot;{value}&quot; is not known: choose &quot;{good}&quot; or &quot;{bad}&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Penilaian &quot;{value}&quot; tidak dikenal.</source>
        <translation>Judgement &quot;{value}&quot; is not known.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jawaban &quot;{text}&quot; tidak dikenal: tulis &quot;ya&quot; atau &quot;tidak&quot;.</source>
        <translation>Answer &quot;{text}&quot; is not known: write &quot;ya&quot; (yes) or &quot;tidak&quot; (no).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluasi SOP AP berisi {count} pertanyaan, bukan {given}.</source>
        <translation>The SOP AP evaluation has {count} questions, not {given}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pertanyaan {no} tidak ada: nomornya 1 sampai {most}.</source>
        <translation>There is no question {no}: they are numbered 1 to {most}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catatan monitoring/evaluasi {id} tidak ada.</source>
        <translation>There is no monitoring/evaluation record {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOP {code} tidak ada.</source>
        <translation>There is no SOP {code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring Semester {half} Tahun {year}</source>
        <translation>The monitoring of semester {half} {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluasi tahun {year}</source>
        <translation>The evaluation of {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} sudah final (revisi {revision}). Buat revisi baru untuk mengubahnya; yang final tetap tersimpan.</source>
        <translation>{what} is already final (revision {revision}). Make a new revision to change it; the final one stays stored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belum dapat difinalkan:
- {problems}</source>
        <translation>Cannot be made final yet:
- {problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan ini sudah berubah di tempat lain; buka lagi.</source>
        <translation>This record has been changed elsewhere; open it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tulis alasan revisi: mengapa catatan yang sudah final diubah.</source>
        <translation>Write the reason for the revision: why the final record is changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisi {revision} masih draf: ubah draf itu saja.</source>
        <translation>Revision {revision} is still a draft: change that draft instead.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hanya draf yang dapat dibuang; catatan yang final tetap tersimpan.</source>
        <translation>Only a draft can be discarded; a final record stays stored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>berkas jawaban tidak dapat dibaca ({error}).</source>
        <translation>the answers file cannot be read ({error}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kunci &quot;{key}&quot; tidak dikenal (yang dikenal: {known}).</source>
        <translation>key &quot;{key}&quot; is not known (known keys: {known}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tulis jawaban sebagai [[answers]] dengan no, answer dan note.</source>
        <translation>write the answers as [[answers]] with no, answer and note.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>setiap [[answers]] perlu no = 1 sampai 7.</source>
        <translation>every [[answers]] needs no = 1 to 7.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>penilai &quot;{name}&quot; tidak terdaftar: tambahkan di Pengaturan → Pejabat dan Pegawai.</source>
        <translation>assessor &quot;{name}&quot; is not registered: add them in Settings → Officials and Staff.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tanggal &quot;{date}&quot; tidak sah: tulis YYYY-MM-DD.</source>
        <translation>date &quot;{date}&quot; is not valid: write YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final harus true atau false.</source>
        <translation>final must be true or false.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periode tidak sah: {end} sebelum {start}.</source>
        <translation>The period is not valid: {end} is before {start}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semester {half} tidak ada: pilih 1 (Januari–Juni) atau 2 (Juli–Desember).</source>
        <translation>There is no semester {half}: choose 1 (January–June) or 2 (July–December).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periode &quot;{text}&quot; tidak dikenali: tulis mis. 2027, 2027-1 (semester I), 2027-2 (semester II), atau 2027-01-01..2027-03-31.</source>
        <translation>Period &quot;{text}&quot; is not understood: write e.g. 2027, 2027-1 (semester I), 2027-2 (semester II), or 2027-01-01..2027-03-31.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kolom pelaksana dikenali dari letaknya (antara Kegiatan dan Mutu Baku), tanpa judul &quot;Pelaksana&quot;.</source>
        <translation>The performer columns were recognised by their place (between Activity and Quality standard), without a &quot;Pelaksana&quot; heading.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pelaksana &quot;{lane}&quot; hanya ada di tabel lanjutan.</source>
        <translation>Performer &quot;{lane}&quot; is only in a continuation table.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ada kolom pelaksana tanpa nama di baris judul; kolom itu diabaikan.</source>
        <translation>A performer column has no name in the heading row; that column is ignored.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nomor langkah di berkas tidak urut 1, 2, 3 …; langkah dinomori ulang menurut urutan baris.</source>
        <translation>The step numbers in the file do not run 1, 2, 3 …; the steps are renumbered in the order of the rows.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simbol di baris tanpa nomor dan kegiatan diabaikan.</source>
        <translation>A symbol in a row without number and activity is ignored.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {no}: {note}</source>
        <translation>Step {no}: {note}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langkah {no}: kolom Pelaksana kosong — pilih pelaksananya.</source>
        <translation>Step {no}: the performer columns are empty — choose the performer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {no}: simbol ({shape}) berada di kolom {column}, tidak di kolom pelaksana; simbol itu diabaikan.</source>
        <translation>Step {no}: a symbol ({shape}) is in the {column} column, not in a performer column; that symbol is ignored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Langkah {no}: simbol ({shape}) berada di luar tabel, tidak di kolom pelaksana; simbol itu diabaikan.</source>
        <translation>Step {no}: a symbol ({shape}) is outside the table, not in a performer column; that symbol is ignored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Langkah {no}: tidak ada simbol di kolom Pelaksana — pilih pelaksananya.</source>
        <translation>Step {no}: there is no symbol in the performer columns — choose the performer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {no}: simbol di lebih dari satu kolom pelaksana ({lanes}) — pilih pelaksananya.</source>
        <translation>Step {no}: symbols in more than one performer column ({lanes}) — choose the performer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {no}: simbol di kolom pelaksana tanpa nama — pilih pelaksananya.</source>
        <translation>Step {no}: the symbol is in a performer column without a name — choose the performer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {no}: beberapa simbol berbeda di kolom {lane}; dipakai {shape}.</source>
        <translation>Step {no}: several different symbols in the {lane} column; the {shape} is used.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {no}: simbol lonjong di tengah alur dibaca sebagai Selesai (akhir cabang).</source>
        <translation>Step {no}: a capsule in the middle of the flow is read as End (the end of a branch).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {no}: belah ketupat (keputusan) sebagai langkah pertama; periksa jenisnya.</source>
        <translation>Step {no}: a diamond (decision) as the first step; check its kind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {no}: belah ketupat (keputusan) sebagai langkah terakhir; periksa jenisnya.</source>
        <translation>Step {no}: a diamond (decision) as the last step; check its kind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {no}: langkah pertama bersimbol persegi; dijadikan Mulai.</source>
        <translation>Step {no}: the first step has a rectangle; it is made Start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {no}: langkah terakhir bersimbol persegi; dijadikan Selesai.</source>
        <translation>Step {no}: the last step has a rectangle; it is made End.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {no}: bentuk simbolnya tidak dikenal; jenis diisi menurut letaknya.</source>
        <translation>Step {no}: the symbol&apos;s shape is not known; the kind is set by its place.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {no}: tujuan &quot;{label}&quot; diduga langkah {target} dari letak labelnya; periksa.</source>
        <translation>Step {no}: exit &quot;{label}&quot; is taken to lead to step {target} from where its label is; check it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {no}: tujuan Ya dan Tidak keputusan ini tidak terbaca — pilih tujuannya.</source>
        <translation>Step {no}: where this decision&apos;s Yes and No lead could not be read — choose them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {no}: tujuan Ya keputusan ini tidak terbaca — pilih tujuannya.</source>
        <translation>Step {no}: where this decision&apos;s Yes leads could not be read — choose it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {no}: tujuan Tidak keputusan ini tidak terbaca — pilih tujuannya.</source>
        <translation>Step {no}: where this decision&apos;s No leads could not be read — choose it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unread} Label {labels} ada, tetapi panahnya tidak terbaca.</source>
        <translation>{unread} Label {labels} is there, but its arrow could not be read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {no}: tujuan keputusan yang tidak terbaca diisi langkah berikutnya ({next}).</source>
        <translation>Step {no}: the decision exit that could not be read is set to the next step ({next}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lonjong</source>
        <translation>capsule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persegi</source>
        <translation>rectangle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belah ketupat</source>
        <translation>diamond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bentuk lain</source>
        <translation>other shape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanda</source>
        <translation>mark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arsiran</source>
        <translation>shading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama SOP tidak ditemukan di berkas; tuliskan namanya.</source>
        <translation>The SOP&apos;s name was not found in the file; write it in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal Pembuatan</source>
        <translation>Date made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal Revisi</source>
        <translation>Date revised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal Efektif</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} &quot;{value}&quot; tidak dapat dibaca sebagai tanggal; dikosongkan.</source>
        <translation>{label} &quot;{value}&quot; cannot be read as a date; left empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} kotak teks (label Ya/Tidak, catatan) tidak dihitung sebagai langkah.</source>
        <translation>{count} text boxes (Yes/No labels, notes) are not counted as steps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Langkah {no}: pelaksana belum dipilih.</source>
        <translation>Step {no}: no performer chosen yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alamat server belum diisi (nama PC server atau alamat IP, misalnya 192.168.1.10).</source>
        <translation>The server address is not filled in (the server PC&apos;s name or its IP address, e.g. 192.168.1.10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alamat server &apos;{host}&apos; tidak sah: tulis nama PC atau alamat IP saja.</source>
        <translation>Server address &apos;{host}&apos; is not valid: write only the PC name or the IP address.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port {port} tidak sah: 1–65535 (PostgreSQL biasanya 5432).</source>
        <translation>Port {port} is not valid: 1–65535 (PostgreSQL usually 5432).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama basis data belum diisi.</source>
        <translation>The database name is not filled in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengguna basis data belum diisi.</source>
        <translation>The database user is not filled in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkas terlalu besar untuk sebuah SOP (lebih dari 2 juta karakter).</source>
        <translation>the file is too large for an SOP (more than 2 million characters).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bukan TOML yang sah ({error}).</source>
        <translation>not valid TOML ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format &quot;{format}&quot; tidak dikenal: baris pertama harus format = &quot;{expected}&quot;.</source>
        <translation>format &quot;{format}&quot; is not known: the first line must be format = &quot;{expected}&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>harus berupa teks.</source>
        <translation>must be text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>harus berupa daftar teks, mis. [&quot;satu&quot;, &quot;dua&quot;].</source>
        <translation>must be a list of texts, e.g. [&quot;one&quot;, &quot;two&quot;].</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>harus berupa tabel {{ name = ..., position = ..., rank = ..., nip = ... }}.</source>
        <translation>must be a table {{ name = ..., position = ..., rank = ..., nip = ... }}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>harus berupa daftar [[steps]].</source>
        <translation>must be a list of [[steps]].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entri [[steps]] ke-{n} bukan tabel.</source>
        <translation>[[steps]] entry {n} is not a table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>harus berupa bilangan bulat, bukan &quot;{value}&quot;.</source>
        <translation>must be a whole number, not &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entri [[steps]] ke-{n} tidak punya nomor (no).</source>
        <translation>[[steps]] entry {n} has no number (no).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kolom ini tidak dikenal.</source>
        <translation>this field is not known.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buka di Word, pilih Berkas → Simpan Sebagai → &quot;Dokumen Word (*.docx)&quot;, lalu impor berkas itu.</source>
        <translation>Open it in Word, choose File → Save As → &quot;Word Document (*.docx)&quot;, then import that file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} adalah folder, bukan berkas Word.</source>
        <translation>{name} is a folder, not a Word file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas {name} terlalu besar untuk sebuah SOP ({mb} MB; paling besar {most} MB), biasanya karena gambar. Di Word pilih gambar, lalu Format Gambar → Kompres Gambar, atau hapus gambar yang tidak perlu, simpan, dan impor lagi.</source>
        <translation>File {name} is too large for an SOP ({mb} MB; at most {most} MB), usually because of pictures. In Word select a picture, then Picture Format → Compress Pictures, or delete the pictures not needed, save, and import again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berkas {name} tidak boleh dibaca (izin ditolak). Jika berkas sedang dibuka di Word, tutup dulu lalu coba lagi.</source>
        <translation>File {name} may not be read (permission denied). If it is open in Word, close it first and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berkas {name} kosong (0 byte).</source>
        <translation>File {name} is empty (0 bytes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas {name} dilindungi kata sandi. Buka di Word dengan kata sandinya, pilih Berkas → Info → Lindungi Dokumen → Enkripsi dengan Kata Sandi, kosongkan kata sandinya, simpan, lalu impor lagi.</source>
        <translation>File {name} is protected by a password. Open it in Word with its password, choose File → Info → Protect Document → Encrypt with Password, clear the password, save, then import again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berkas {name} berformat Word lama (.doc), yang tidak dapat dibaca. {save_as}</source>
        <translation>File {name} is in the old Word format (.doc), which cannot be read. {save_as}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas {name} berformat RTF, bukan .docx. {save_as}</source>
        <translation>File {name} is in RTF format, not .docx. {save_as}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas {name} bukan dokumen Word (.docx). {save_as}</source>
        <translation>File {name} is not a Word document (.docx). {save_as}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas {name} rusak atau tidak lengkap (bukan .docx yang utuh). Coba buka dan simpan ulang di Word.</source>
        <translation>File {name} is damaged or incomplete (not a whole .docx). Try opening it and saving it again in Word.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berkas {name} berisi {parts} bagian; sebuah dokumen Word wajar berisi jauh lebih sedikit. Berkas ini tidak dibaca.</source>
        <translation>File {name} holds {parts} parts; an ordinary Word document holds far fewer. This file is not read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berkas {name} tidak wajar: isinya membesar menjadi {mb} MB saat dibuka (seperti &quot;bom zip&quot;). Berkas ini tidak dibaca.</source>
        <translation>File {name} is not normal: its content grows to {mb} MB when unpacked (like a &quot;zip bomb&quot;). This file is not read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berkas {name} adalah dokumen OpenDocument (.odt), bukan .docx. Di LibreOffice pilih Berkas → Simpan Sebagai → &quot;Word 2007-365 (.docx)&quot;.</source>
        <translation>File {name} is an OpenDocument document (.odt), not .docx. In LibreOffice choose File → Save As → &quot;Word 2007-365 (.docx)&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berkas {name} adalah berkas Excel atau PowerPoint, bukan dokumen Word.</source>
        <translation>File {name} is an Excel or PowerPoint file, not a Word document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bagian {part} dari berkas {name} terlalu besar ({mb} MB). Berkas ini tidak dibaca.</source>
        <translation>Part {part} of file {name} is too large ({mb} MB). This file is not read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas {name} berisi deklarasi XML (DTD/entitas) yang tidak pernah ditulis oleh Word. Berkas ini tidak dibaca.</source>
        <translation>File {name} holds XML declarations (DTD/entities) that Word never writes. This file is not read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berkas {name} adalah templat atau dokumen bermakro, bukan dokumen Word biasa. {save_as}</source>
        <translation>File {name} is a template or a document with macros, not an ordinary Word document. {save_as}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas {name} rusak: {error}.</source>
        <translation>File {name} is damaged: {error}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas {name} tidak berisi tabel sama sekali, jadi bukan lembar SOP AP (identitas dan diagram alir dalam tabel).</source>
        <translation>File {name} holds no table at all, so it is not an SOP AP sheet (identity and flowchart in tables).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {problem}</source>
        <translation>File {name}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak ada tabel diagram alir di berkas ini: tidak ditemukan tabel dengan judul kolom &quot;No&quot;, &quot;Kegiatan&quot; dan &quot;Pelaksana&quot; seperti lembar SOP AP.</source>
        <translation>There is no flowchart table in this file: no table was found with the column headings &quot;No&quot;, &quot;Kegiatan&quot; and &quot;Pelaksana&quot; as on an SOP AP sheet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tabel diagram alir ditemukan, tetapi tanpa kolom Pelaksana: tidak ada kolom pelaksana di bawah judul &quot;Pelaksana&quot;, jadi tidak dapat dibaca siapa yang mengerjakan tiap langkah.</source>
        <translation>A flowchart table was found, but without performer columns: there are no columns under the heading &quot;Pelaksana&quot;, so who does each step cannot be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tabel diagram alir ditemukan, tetapi tanpa baris langkah.</source>
        <translation>A flowchart table was found, but without step rows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kata sandi server kantor disimpan oleh Windows lain; isi lagi di Pengaturan.</source>
        <translation>The office server&apos;s password was saved by another Windows; fill it in again in Settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas pengaturan server kantor tidak dikenal; isi lagi di Pengaturan → Basis data kantor.</source>
        <translation>The office server settings file is not known; fill it in again in Settings → Office Database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pengaturan server kantor di {path} tidak dapat dibaca ({error}); isi lagi di Pengaturan → Basis data kantor.</source>
        <translation>The office server settings in {path} cannot be read ({error}); fill them in again in Settings → Office Database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pengaturan server kantor tidak dapat disimpan di {path}: {error}.</source>
        <translation>The office server settings cannot be saved in {path}: {error}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tersambung ke PostgreSQL {version}. Basis data masih kosong: sopdesk akan menyiapkannya pada pemakaian pertama.</source>
        <translation>Connected to PostgreSQL {version}. The database is still empty: sopdesk will set it up when first used.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tersambung ke PostgreSQL {version}: basis data sopdesk (skema {schema}), {cases} kasus.</source>
        <translation>Connected to PostgreSQL {version}: a sopdesk database (schema {schema}), {cases} cases.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tulis alasan perubahan waktu, mis. &quot;salah jam&quot;.</source>
        <translation>Write the reason for changing the time, e.g. &quot;wrong hour&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tulis waktu yang benar.</source>
        <translation>Write the right time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambang tidak sah: batas &apos;perlu perhatian&apos; harus di antara 0 % dan batas &apos;baik&apos;, dan batas &apos;baik&apos; paling tinggi 100 %.</source>
        <translation>The thresholds are not valid: &apos;needs attention&apos; must lie between 0 % and the &apos;good&apos; threshold, and &apos;good&apos; at most 100 %.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PK kasus {case} tidak punya versi {number}. Lihat: sopdesk pk versions {case}</source>
        <translation>The PK of case {case} has no version {number}. See: sopdesk pk versions {case}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kasus {case} belum punya isi PK. Isi PK dulu (sopdesk pk load {case} FILE.toml).</source>
        <translation>Case {case} has no PK content yet. Fill in the PK first (sopdesk pk load {case} FILE.toml).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: bukan berkas TOML yang sah ({error}).</source>
        <translation>File {path}: not a valid TOML file ({error}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: kunci tidak dikenal: {keys}. Yang dikenal: {known}.</source>
        <translation>File {path}: unknown keys: {keys}. Known keys: {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: nilai {keys} harus berupa teks dalam tanda kutip.</source>
        <translation>File {path}: the values of {keys} must be text in quotation marks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: {problem}</source>
        <translation>File {path}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: officials harus berupa daftar [[officials]].</source>
        <translation>File {path}: officials must be a list [[officials]].</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: pejabat ke-{n}: {problem}</source>
        <translation>File {path}: official {n}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo harus gambar PNG, JPG, GIF atau BMP, bukan {name}.</source>
        <translation>The logo must be a PNG, JPG, GIF or BMP picture, not {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas logo {path} tidak ditemukan.</source>
        <translation>Logo file {path} was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas logo terlalu besar (lebih dari 5 MB).</source>
        <translation>The logo file is too large (more than 5 MB).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo tidak dapat disalin ke folder data ({error}).</source>
        <translation>The logo cannot be copied to the data folder ({error}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hanya waktu catatan mulai atau selesai yang dapat diubah; koreksi catatan lain.</source>
        <translation>Only the time of a start or finish entry can be changed; correct other entries instead.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waktu baru sama dengan waktu yang sudah tercatat.</source>
        <translation>The new time is the same as the time already recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} terlalu panjang ({length} karakter; paling banyak {most}).</source>
        <translation>{field} is too long ({length} characters; at most {most}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama hari libur</source>
        <translation>Holiday name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pangkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama pelaksana</source>
        <translation>Name of the person doing it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan langkah {no}</source>
        <translation>Note on step {no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tindakan langkah {no}</source>
        <translation>Action for step {no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan pertanyaan {no}</source>
        <translation>Note on question {no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan revisi</source>
        <translation>Reason for the revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama berkas</source>
        <translation>File name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama PC</source>
        <translation>PC name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan koreksi</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan perubahan</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Lampiran ditambahkan: {name}</source>
        <translation>Attachment added: {name}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>langkah {no}</source>
        <translation>step {no}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kolom &apos;{field}&apos;</source>
        <translation>field &apos;{field}&apos;</translation>
    </message>
</context>
<context>
    <name>Monev</name>
    <message>
        <location filename="../../sopdesk/ui/reports/monev_common.py" line="+40"/>
        <source>Semester {half} Tahun {year}</source>
        <translation>Semester {half} {year}</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports/monev_evaluation.py" line="+19"/>
        <source>Mampu mendorong peningkatan kinerja</source>
        <translation>Able to drive better performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mudah dipahami</source>
        <translation>Easy to understand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mudah dilaksanakan</source>
        <translation>Easy to carry out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semua orang dapat menjalankan perannya masing-masing</source>
        <translation>Everyone can play their own part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mampu mengatasi permasalahan yang berkaitan dengan proses</source>
        <translation>Able to solve problems with the process</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mampu menjawab kebutuhan peningkatan kinerja organisasi</source>
        <translation>Able to meet the organisation&apos;s need for better performance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinergi satu dengan lainnya</source>
        <translation>Its parts work together</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tetap</source>
        <translation>Keep as it is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perlu penyempurnaan</source>
        <translation>Needs improvement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>belum semua butir dijawab</source>
        <translation>not every item is answered yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semua jawaban Ya</source>
        <translation>every answer is Yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{first} dan {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jawaban Tidak pada butir {listed}</source>
        <translation>answered No on item {listed}</translation>
    </message>
</context>
<context>
    <name>MonitoringDialog</name>
    <message>
        <location filename="../../sopdesk/ui/reports/reports_dialog.py" line="+80"/>
        <source>Belum ada langkah yang selesai dikerjakan pada tahun ini.</source>
        <translation>No step was finished in this year yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak ada hambatan: semua langkah yang selesai dikerjakan tepat waktu.</source>
        <translation>No bottleneck: every step that was finished kept its standard time.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>median melebihi waktu standar ({ratio} dari standar)</source>
        <translation>median over the standard time ({ratio} of the standard)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paling sering terlambat ({share} pelaksanaan terlambat)</source>
        <translation>most often late ({share} of runs late)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hambatan: langkah {no}</source>
        <translation>Bottleneck: step {no}</translation>
    </message>
    <message>
        <location line="+183"/>
        <location line="+294"/>
        <location line="+181"/>
        <source>Laporan Monitoring</source>
        <translation>Monitoring Report</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>Laporan Monitoring dan Evaluasi SOP</source>
        <translation>SOP Monitoring and Evaluation Report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seberapa tepat waktu standar tiap langkah SOP ditepati oleh kasus-kasus dalam satu tahun, dihitung dalam jam kerja.</source>
        <translation>How well the cases of one year kept the standard time of each SOP step, counted in working hours.</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Hitung</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hitung laporan untuk SOP dan tahun yang dipilih</source>
        <translation>Calculate the report for the chosen SOP and year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;SOP:</source>
        <translation>&amp;SOP:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jumlah</source>
        <translation>Runs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Terlama</source>
        <translation>Longest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standar</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kegiatan langkah SOP (pelaksananya di keterangan)</source>
        <translation>The SOP step&apos;s activity (who does it is in the tooltip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berapa kali langkah ini selesai dikerjakan (langkah yang diulang dihitung tiap kali)</source>
        <translation>How many times this step was finished (a repeated step counts each time)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median waktu kerja dari mulai sampai selesai</source>
        <translation>Median working time from start to finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waktu kerja terlama satu pelaksanaan</source>
        <translation>Longest working time of a single run</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waktu standar menurut SOP</source>
        <translation>Standard time according to the SOP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bagian pelaksanaan yang selesai dalam waktu standar</source>
        <translation>Share of runs finished within the standard time</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Merah: median melebihi waktu standar, atau kurang dari 80 % tepat waktu. Jingga: kurang dari 95 % tepat waktu; huruf jingga: ada pelaksanaan yang terlambat. Baris kuning: hambatan.</source>
        <translation>Red: median over the standard time, or less than 80 % on time. Orange: less than 95 % on time; orange text: some runs were late. Yellow row: bottleneck.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Median terhadap waktu standar</source>
        <translation>Median against the standard time</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Batang merah: median melebihi waktu standar. Arahkan tetikus ke batang untuk rinciannya.</source>
        <translation>Red bar: median over the standard time. Point at a bar for its details.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Pratinjau PDF</source>
        <translation>Preview PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lihat laporan seperti akan dicetak</source>
        <translation>See the report as it will be printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan laporan sebagai berkas PDF</source>
        <translation>Save the report as a PDF file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak laporan ke printer (Ctrl+P)</source>
        <translation>Print the report (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Belum ada SOP. Impor SOP dulu di Pustaka SOP.</source>
        <translation>There is no SOP yet. Import one in the SOP Library first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum ada kasus yang dicatat, jadi belum ada yang dapat dihitung.
Buat kasus dari Daftar Kasus, lalu kembali ke laporan ini.</source>
        <translation>No cases have been recorded yet, so there is nothing to calculate.
Create a case from the case list, then come back to this report.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tekan Hitung untuk menghitung laporan SOP {name} tahun {year}.</source>
        <translation>Press Calculate for the report on SOP {name}, year {year}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Menghitung laporan SOP {name} tahun {year}…</source>
        <translation>Calculating the report on SOP {name}, year {year}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Membaca daftar kasus…</source>
        <translation>Reading the list of cases…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Menghitung {total} kasus…</source>
        <translation>Calculating {total} cases…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Penghitungan dibatalkan. Tekan Hitung untuk mengulang.</source>
        <translation>Calculation cancelled. Press Calculate to start again.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tidak ada kasus pada tahun {year}</source>
        <translation>No cases in {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum ada kasus SOP {name} yang dicatat untuk tahun {year}, jadi tidak ada yang dapat dinilai.
Pilih tahun atau SOP lain, lalu tekan Hitung.</source>
        <translation>No case of SOP {name} was recorded for {year}, so there is nothing to evaluate.
Choose another year or SOP, then press Calculate.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}, tahun {year}: {cases} kasus (selesai {closed}, berjalan {open}); {late} kasus dengan langkah terlambat ({share}). Dihitung dalam jam kerja, 1 hari kerja = {day}.</source>
        <translation>{name}, year {year}: {cases} cases ({closed} closed, {open} running); {late} cases with a late step ({share}). Counted in working hours, 1 working day = {day}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>+{n} berjalan</source>
        <translation>+{n} running</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Median melebihi waktu standar ({ratio})</source>
        <translation>Median over the standard time ({ratio})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{ratio} dari waktu standar</source>
        <translation>{ratio} of the standard time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Melebihi waktu standar {standard}</source>
        <translation>Over the standard time of {standard}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{late} dari {runs} pelaksanaan terlambat</source>
        <translation>{late} of {runs} runs late</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} masih berjalan dan sudah lewat waktu</source>
        <translation>{n} still running and already overdue</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Laporan Monitoring — {name} {year}</source>
        <translation>Monitoring Report — {name} {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan Monitoring {name} {year}</source>
        <translation>Monitoring Report {name} {year}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Menyiapkan PDF laporan…</source>
        <translation>Preparing the report PDF…</translation>
    </message>
</context>
<context>
    <name>MonitoringFormDialog</name>
    <message>
        <location filename="../../sopdesk/ui/reports/monev_monitoring.py" line="+56"/>
        <location line="+65"/>
        <source>Monitoring Pelaksanaan SOP AP</source>
        <translation>SOP AP Monitoring</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>S&amp;emester:</source>
        <translation>H&amp;alf-year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Penilai:</source>
        <translation>&amp;Assessor:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sedikitnya berapa persen pelaksanaan langkah harus tepat waktu agar dinilai “Berjalan dengan baik”</source>
        <translation>The share of a step&apos;s runs that must be on time for it to be judged “Runs well”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ambang “berjalan dengan baik”:</source>
        <translation>“Runs well” &amp;threshold:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hitung ulang dari data</source>
        <translation>Recount from the data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baca lagi kasus semester ini dan nilai dengan ambang di samping; isian yang diubah tangan tetap</source>
        <translation>Read the half-year&apos;s cases again and judge with the threshold beside; what was changed by hand stays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jadikan ambang kantor</source>
        <translation>Make it the office threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakai ambang ini untuk formulir monitoring berikutnya</source>
        <translation>Use this threshold for the next monitoring forms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prosedur</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Penilaian Terhadap Penerapan</source>
        <translation>Assessment of the practice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan Hasil Penilaian</source>
        <translation>Assessment notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tindakan yang Harus Diambil</source>
        <translation>Action to be taken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Diisi dari angka-angka; boleh diubah</source>
        <translation>Filled from the figures; may be changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wajib untuk langkah yang tidak berjalan dengan baik</source>
        <translation>Required for a step that does not run well</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ketik di kolom Catatan dan Tindakan untuk mengubahnya. Penilaian yang disarankan data dapat diganti; langkah yang tidak berjalan dengan baik perlu tindakan sebelum difinalkan.</source>
        <translation>Type in the Notes and Action columns to change them. The assessment the data suggests can be changed; a step that does not run well needs an action before the form is made final.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{period}: {cases} kasus dimulai dalam periode ini, {closed} selesai. {summary}.</source>
        <translation>{period}: {cases} cases started in this period, {closed} finished. {summary}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(belum dinilai)</source>
        <translation>(not assessed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Berjalan dengan baik</source>
        <translation>Runs well</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+45"/>
        <source>Tidak berjalan dengan baik</source>
        <translation>Does not run well</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{good} dari {total} langkah berjalan dengan baik</source>
        <translation>{good} of {total} steps run well</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; {n} belum dinilai</source>
        <translation>; {n} not assessed yet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tidak dilaksanakan pada semester ini.</source>
        <translation>Not carried out in this half-year.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{runs} kali, {share} tepat waktu
Median {median}, terlama {worst}
Standar: {standard}</source>
        <translation>{runs} times, {share} on time
Median {median}, longest {worst}
Standard: {standard}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saran dari data: {judgement}</source>
        <translation>Suggested by the data: {judgement}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Monitoring SOP AP — {name}, {period}</source>
        <translation>SOP AP monitoring — {name}, {period}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring SOP AP {name} {period}</source>
        <translation>SOP AP monitoring {name} {period}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Membaca kasus dan menghitung…</source>
        <translation>Reading the cases and counting…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ambang {value} % dipakai untuk formulir monitoring berikutnya.</source>
        <translation>The threshold {value} % is used for the next monitoring forms.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../sopdesk/ui/cases/new_case_dialog.py" line="+44"/>
        <source>Kasus Baru</source>
        <translation>New Case</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{code}, versi {version}, {steps} langkah</source>
        <translation>{code}, version {version}, {steps} steps</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mis. Penyusunan PK Tahun {year}</source>
        <translation>e.g. Penyusunan PK Tahun {year}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Surat masuk yang memulai kasus ini</source>
        <translation>Incoming letter that starts this case</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mis. 000.7.2.7/123/2026</source>
        <translation>e.g. 000.7.2.7/123/2026</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>mis. Penyusunan Perjanjian Kinerja Tahun {year}</source>
        <translation>e.g. Penyusunan Perjanjian Kinerja Tahun {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nomor surat:</source>
        <translation>Letter &amp;number:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tan&amp;ggal surat:</source>
        <translation>Letter &amp;date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Perihal:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;SOP:</source>
        <translation>&amp;SOP:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Judul kasus:</source>
        <translation>Case &amp;title:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buat Kasus</source>
        <translation>Create Case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Belum ada SOP. Impor SOP dulu lewat menu SOP → Impor SOP.</source>
        <translation>There is no SOP yet. First import one through the menu SOP → Import SOP.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} Tahun {year}</source>
        <translation>{name} Tahun {year}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Judul kasus wajib diisi, mis. &quot;Penyusunan PK Tahun {year}&quot;.</source>
        <translation>The case title is required, e.g. &quot;Penyusunan PK Tahun {year}&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tulis nomor surat masuk, atau hilangkan centang &quot;Surat masuk&quot; jika kasus ini tanpa surat.</source>
        <translation>Write the incoming letter&apos;s number, or untick &quot;Incoming letter&quot; if this case has no letter.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../sopdesk/ui/cases/record_dialog.py" line="-42"/>
        <source>Tambah catatan</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan untuk langkah {no}</source>
        <translation>Note on step {no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan untuk kasus</source>
        <translation>Note on the case</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tulis catatan, mis. &quot;berkas dari Seksi Pemerintahan belum masuk&quot;</source>
        <translation>Write a note, e.g. &quot;papers from the Government Section not in yet&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Petugas</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan catatan</source>
        <translation>Save note</translation>
    </message>
</context>
<context>
    <name>OfficeDatabasePage</name>
    <message>
        <location filename="../../sopdesk/ui/settings/office_database_page.py" line="+55"/>
        <source>Berkas di PC ini (satu PC saja)</source>
        <translation>A file on this PC (one PC only)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server kantor (PostgreSQL), dipakai bersama beberapa PC</source>
        <translation>Office server (PostgreSQL), shared by several PCs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Basis data yang dipakai PC ini</source>
        <translation>Database this PC uses</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nama PC server atau alamat IP, mis. 192.168.1.10</source>
        <translation>server PC name or IP address, e.g. 192.168.1.10</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+115"/>
        <source>Uji sambungan</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Pindahkan data PC ini ke server…</source>
        <translation>Move this PC&apos;s data to the server…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salin seluruh data berkas PC ini ke server di atas (server yang masih kosong), lalu periksa salinannya</source>
        <translation>Copy all data of this PC&apos;s file to the server above (a server that is still empty), then verify the copy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server kantor</source>
        <translation>Office server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama basis data:</source>
        <translation>Database name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengguna:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dipakai sekarang: {target}</source>
        <translation>In use now: {target}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pilihan ini disimpan di PC ini saja dan berlaku setelah sopdesk dibuka ulang. Kata sandi hanya dapat dibaca oleh pengguna Windows ini dan tidak pernah ditampilkan. Cara menyiapkan server: Bantuan → Panduan → Server kantor.</source>
        <translation>This choice is kept on this PC only and takes effect when sopdesk is opened again. The password can be read by this Windows user only and is never shown. Setting up the server: Help → Manual → Office server.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SOPDESK_DB diisi di PC ini: selama itu, basis data ditentukan olehnya, bukan oleh pilihan di halaman ini.</source>
        <translation>SOPDESK_DB is set on this PC: while it is, it decides the database, not the choice on this page.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(tersimpan; kosongkan untuk tidak mengubah)</source>
        <translation>(saved; leave empty to keep it)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Menghubungi server kantor…</source>
        <translation>Contacting the office server…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Belum ada berkas data di PC ini ({path}); tidak ada yang dipindahkan.</source>
        <translation>There is no data file on this PC yet ({path}); nothing was moved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+48"/>
        <source>Pindahkan data ke server</source>
        <translation>Move data to the server</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Seluruh data di berkas PC ini ({file}): kasus, riwayat, lampiran, nomor surat dan pengaturan, akan disalin ke basis data kantor {server}, lalu diperiksa (jumlah baris dan checksum setiap tabel). Berkas di PC ini tidak diubah.

Basis data di server harus kosong, atau basis data sopdesk baru tanpa kasus; yang sudah berisi kasus ditolak.

Pindahkan sekarang?</source>
        <translation>All data in this PC&apos;s file ({file}): cases, history, attachments, letter numbers and settings, will be copied to the office database {server}, then verified (row counts and a checksum of every table). The file on this PC is not changed.

The database on the server must be empty, or a new sopdesk database without cases; one that already holds cases is refused.

Move now?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pindahkan</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Memindahkan {table}: {done} dari {total} baris…</source>
        <translation>Moving {table}: {done} of {total} rows…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pemindahan dibatalkan; server tidak diubah.</source>
        <translation>Moving cancelled; the server was not changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Memindahkan data ke {server}…</source>
        <translation>Moving data to {server}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data PC ini dipindahkan ke {server}: {rows} baris dalam {tables} tabel, diperiksa (jumlah baris dan checksum setiap tabel sama di kedua sisi).</source>
        <translation>This PC&apos;s data was moved to {server}: {rows} rows in {tables} tables, verified (row counts and the checksum of every table are the same on both sides).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pakai server ini sebagai basis data PC ini? Berlaku setelah sopdesk dibuka ulang; yang dicatat di berkas PC ini sebelum itu tidak ikut pindah.</source>
        <translation>Use this server as this PC&apos;s database? It takes effect when sopdesk is opened again; anything recorded in this PC&apos;s file before then is not moved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pakai server ini</source>
        <translation>Use this server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nanti</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disimpan sebagai basis data PC ini; berlaku setelah sopdesk dibuka ulang.</source>
        <translation>Saved as this PC&apos;s database; takes effect when sopdesk is opened again.</translation>
    </message>
</context>
<context>
    <name>OfficeWatch</name>
    <message>
        <location filename="../../sopdesk/ui/shell/office_watch.py" line="+82"/>
        <source>Server kantor tidak terjangkau</source>
        <translation>Office server unreachable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data tidak terjangkau</source>
        <translation>Database unreachable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yang tampil adalah data terakhir yang terbaca. Perubahan belum dapat disimpan; sopdesk menyambung lagi sendiri bila sambungan pulih.</source>
        <translation>What is shown is the data last read. Changes cannot be saved yet; sopdesk reconnects by itself when the connection is back.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tersambung lagi</source>
        <translation>Connected again</translation>
    </message>
</context>
<context>
    <name>OfficialsPage</name>
    <message>
        <location filename="../../sopdesk/ui/settings/settings_officials.py" line="+55"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pangkat/Golongan</source>
        <translation>Rank/Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tambah Pejabat/Pegawai</source>
        <translation>Add Official/Staff</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nama lengkap dengan gelar, mis. Drs. SAPTONO SUPRIYANTO</source>
        <translation>Full name with titles, e.g. Drs. SAPTONO SUPRIYANTO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>18 angka, mis. 19650924 199503 1 002</source>
        <translation>18 digits, e.g. 19650924 199503 1 002</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pilih, atau ketik mis. IV/b</source>
        <translation>choose, or type e.g. IV/b</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mis. Sekretaris Kecamatan</source>
        <translation>e.g. Sekretaris Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masih aktif (dapat dipilih sebagai pelaksana dan penanda tangan)</source>
        <translation>Still active (can be chosen to perform steps and sign)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pangkat/golongan:</source>
        <translation>&amp;Rank/grade:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(nama belum diisi)</source>
        <translation>(name not filled in)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Tanpa NIP (mis. untuk Bupati atau pegawai non-ASN).</source>
        <translation>No NIP (e.g. for the Regent or non-civil-service staff).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ NIP sah: lahir {born}, {sex}, diangkat {month}/{year}.</source>
        <translation>✓ Valid NIP: born {born}, {sex}, appointed {month}/{year}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>NIP {name}: {problem}</source>
        <translation>NIP of {name}: {problem}</translation>
    </message>
</context>
<context>
    <name>PengantarDialog</name>
    <message>
        <location filename="../../sopdesk/ui/paperwork/pengantar_dialog.py" line="+59"/>
        <source>Menandatangani sendiri</source>
        <translation>Signs in person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a.n. (atas nama)</source>
        <translation>a.n. (on behalf of)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plt. (pelaksana tugas)</source>
        <translation>Plt. (acting)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plh. (pelaksana harian)</source>
        <translation>Plh. (daily acting)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Naskah dinas atau barang yang dikirim</source>
        <translation>Official document or item being sent</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Seperti tertulis di kolom Banyaknya</source>
        <translation>As written in the Quantity column</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus naskah ini dari surat</source>
        <translation>Remove this document from the letter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Banyaknya:</source>
        <translation>Quantity:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keterangan:</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Naskah {n}:</source>
        <translation>Document {n}:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Kasus ini belum punya PK. Isi PK dulu di tab Dokumen; surat pengantar mengirim PK itu.</source>
        <translation>This case has no PK yet. Fill in the PK on the Documents tab first; the cover letter sends that PK.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Surat Pengantar</source>
        <translation>Cover Letter</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nomor berikutnya menurut penomoran kantor (Pengaturan → Profil Kantor); dicatat untuk kasus ini, jadi surat ini dibuka lagi dengan nomor yang sama.</source>
        <translation>The next number in the office&apos;s numbering (Settings → Office Profile); kept for this case, so the letter opens again with the same number.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(belum diatur di Pengaturan)</source>
        <translation>(not set in Settings yet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Nomor:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kepada:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>mis. Camat Somagede</source>
        <translation>e.g. Camat Somagede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mis. CAMAT SOMAGEDE</source>
        <translation>e.g. CAMAT SOMAGEDE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Penanda tangan</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pejabat:</source>
        <translation>&amp;Official:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sifat:</source>
        <translation>&amp;Capacity:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jabatan di surat:</source>
        <translation>&amp;Position on the letter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di surat:</source>
        <translation>On the letter:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Naskah yang dikirim</source>
        <translation>Documents sent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tambah naskah</source>
        <translation>Add document</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pratinjau…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Nomor surat memakai tahun {number_year}, tanggal surat tahun {year}.</source>
        <translation>The letter number uses the year {number_year}, the letter date the year {year}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tulis jabatan yang diwakili, mis. Camat Somagede.</source>
        <translation>Write the position signed for, e.g. Camat Somagede.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Surat belum dapat dibuat:</source>
        <translation>The letter cannot be made yet:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Surat Pengantar {number}</source>
        <translation>Cover Letter {number}</translation>
    </message>
</context>
<context>
    <name>PkEditor</name>
    <message>
        <location filename="../../sopdesk/ui/paperwork/pk_tables.py" line="+26"/>
        <source>Sasaran Strategis</source>
        <translation>Strategic Goal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indikator Kinerja</source>
        <translation>Performance Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sasaran</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sasaran yang sama dengan baris di atas: di lampiran keduanya menjadi satu sasaran dengan beberapa indikator.</source>
        <translation>Same goal as the row above: in the attachment both become one goal with several indicators.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sasaran Strategis belum diisi.</source>
        <translation>The strategic goal is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indikator Kinerja belum diisi.</source>
        <translation>The performance indicator is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target belum diisi, mis. 82 atau BB.</source>
        <translation>The target is empty, e.g. 82 or BB.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Anggaran (Rp)</source>
        <translation>Budget (Rp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Anggaran belum diisi; tulis mis. 1.250.000.000 (tulis 0 bila tanpa anggaran).</source>
        <translation>The budget is empty; write e.g. 1.250.000.000 (write 0 for no budget).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anggaran tidak boleh negatif.</source>
        <translation>The budget cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anggaran terlalu besar (lebih dari seribu triliun rupiah); periksa angkanya.</source>
        <translation>The budget is too large (more than a thousand trillion rupiah); check the figure.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Nama program belum diisi.</source>
        <translation>The programme name is empty.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/paperwork/pk_editor.py" line="+262"/>
        <source>mis. 1.250.000.000</source>
        <translation>e.g. 1.250.000.000</translation>
    </message>
    <message>
        <location line="+442"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/paperwork/pk_party.py" line="+97"/>
        <source>— isi sendiri —</source>
        <translation>— fill in by hand —</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Pilih dari daftar pejabat (Pengaturan → Pejabat) untuk mengisi nama, jabatan, pangkat dan NIP; semuanya tetap dapat diubah untuk PK ini.</source>
        <translation>Choose from the officials list (Settings → Officials) to fill in the name, position, rank and NIP; all of them can still be changed for this PK.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nama lengkap dengan gelar</source>
        <translation>Full name with titles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mis. Camat Somagede</source>
        <translation>e.g. Camat Somagede</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mis. Pembina Tingkat I (IV/b)</source>
        <translation>e.g. Pembina Tingkat I (IV/b)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>18 angka; kosong untuk Bupati</source>
        <translation>18 digits; empty for the Bupati</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dari &amp;daftar:</source>
        <translation>From the &amp;list:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pang&amp;kat:</source>
        <translation>Ran&amp;k:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Jabatan belum diisi.</source>
        <translation>The position is empty.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/paperwork/pk_editor.py" line="-466"/>
        <source>Kosongkan tanggal (diisi tangan saat ditandatangani)</source>
        <translation>Clear the date (written by hand at signing)</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+508"/>
        <location line="+4"/>
        <source>Salin dari PK tahun lalu</source>
        <translation>Copy from last year&apos;s PK</translation>
    </message>
    <message>
        <location line="-511"/>
        <source>Ambil sasaran, indikator dan program dari PK terakhir SOP ini; tahun, tanggal dan para pihak tidak berubah.</source>
        <translation>Take the goals, indicators and programmes from this SOP&apos;s latest PK; the year, date and parties stay as they are.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+325"/>
        <source>mis. Somagede</source>
        <translation>e.g. Somagede</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Perjanjian</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tem&amp;pat:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tangga&amp;l:</source>
        <translation>Dat&amp;e:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kosongkan (tombol ×) bila tanggal ditulis tangan saat penandatanganan.</source>
        <translation>Clear it (× button) when the date is written by hand at signing.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Pihak Pertama</source>
        <translation>First Party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pihak Kedua (atasan)</source>
        <translation>Second Party (superior)</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Sasaran Strategis, Indikator Kinerja dan Target</source>
        <translation>Strategic Goals, Performance Indicators and Targets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belum ada sasaran. Tekan “Tambah baris” (atau Ins) dan ketik sasaran, indikator, target dan satuannya; atau salin dari PK tahun lalu.</source>
        <translation>No goals yet. Press “Add row” (or Ins) and type the goal, indicator, target and unit; or copy from last year&apos;s PK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tambah indikator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tambah indikator lain untuk sasaran yang dipilih</source>
        <translation>Add another indicator to the selected goal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Program dan Anggaran</source>
        <translation>Programmes and Budget</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Belum ada program. Tekan “Tambah baris” (atau Ins) dan ketik program dan anggarannya dari DPA, mis. 1.250.000.000.</source>
        <translation>No programmes yet. Press “Add row” (or Ins) and type the programme and its budget from the DPA, e.g. 1.250.000.000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JUMLAH</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Perbaiki dulu agar PK tersimpan:</source>
        <translation>Correct this first so the PK can be saved:</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>PK tersimpan tidak dapat dibaca ({problem}); isian ini akan menggantinya begitu diubah.</source>
        <translation>The saved PK cannot be read ({problem}); this form replaces it as soon as it is changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+356"/>
        <source>Tersimpan</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="-355"/>
        <source>Belum ada PK tersimpan untuk kasus ini</source>
        <translation>No PK saved for this case yet</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+309"/>
        <source>Versi PK…</source>
        <translation>PK versions…</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>Versi PK yang tersimpan (diisi di sini atau dari berkas impor): lihat isinya, pakai versi lain atau kembali ke versi sebelumnya</source>
        <translation>The stored versions of the PK (typed here or from an imported file): view one, use another, or go back to an earlier one</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>Versi PK ({n})…</source>
        <translation>PK versions ({n})…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versi PK: ada versi dari impor…</source>
        <translation>PK versions: one from an import…</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Perubahan akan disimpan…</source>
        <translation>Changes will be saved…</translation>
    </message>
    <message>
        <location line="-490"/>
        <location line="+494"/>
        <source>Perjanjian Kinerja Tahun {year}</source>
        <translation>Performance Agreement (PK) {year}</translation>
    </message>
    <message>
        <location line="-491"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urungkan perubahan terakhir (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ulangi perubahan yang diurungkan (Ctrl+Y)</source>
        <translation>Redo the change undone (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Perjanjian dan para pihak</source>
        <translation>Agreement and parties</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sembunyikan isian perjanjian dan para pihak</source>
        <translation>Hide the agreement and party fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tampilkan isian perjanjian dan para pihak untuk diubah</source>
        <translation>Show the agreement and party fields to change them</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>belum ditanggali</source>
        <translation>not dated yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}, {date} · Pihak Pertama: {first} · Pihak Kedua: {second}</source>
        <translation>{place}, {date} · First party: {first} · Second party: {second}</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>{n} anggaran belum terbaca, tidak dijumlahkan</source>
        <translation>{n} budgets not readable yet, left out of the total</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hapus {row} (“{text}”)?</source>
        <translation>Delete {row} (“{text}”)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus baris</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Belum ada PK lain dari SOP ini yang dapat disalin.</source>
        <translation>There is no other PK of this SOP to copy from yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sasaran, indikator dan program yang sudah diisi akan diganti dengan isi PK tahun {year}. Lanjutkan?</source>
        <translation>The goals, indicators and programmes filled in will be replaced with those of the {year} PK. Continue?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ganti</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Tersimpan {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Belum tersimpan: {problem}</source>
        <translation>Not saved: {problem}</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+52"/>
        <source>(dan {n} lainnya)</source>
        <translation>(and {n} more)</translation>
    </message>
</context>
<context>
    <name>PkVersionsDialog</name>
    <message>
        <location filename="../../sopdesk/ui/paperwork/pk_versions.py" line="+55"/>
        <source>Versi PK</source>
        <translation>PK versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setiap isi PK yang pernah dipakai atau datang dari berkas impor tersimpan sebagai versi. Pilih satu untuk melihat isinya; “Pakai versi ini” menjadikannya PK kasus ini. PK yang dipakai sekarang tetap tersimpan dan dapat dipakai lagi.</source>
        <translation>Every PK content that was ever in use or came in an imported file is kept as a version. Select one to view it; “Use this version” makes it this case&apos;s PK. The PK in use now stays stored and can be used again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disimpan</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asal</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+118"/>
        <source>Pakai versi ini</source>
        <translation>Use this version</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>diimpor</source>
        <translation>imported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>diisi di PC ini</source>
        <translation>typed on this PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dipakai</source>
        <translation>in use</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tidak terbaca</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versi {n}</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Versi ini yang sedang dipakai.</source>
        <translation>This is the version in use.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Versi {n}, disimpan {when}</source>
        <translation>Version {n}, saved {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Isi versi ini tidak terbaca sebagai PK.</source>
        <translation>The content of this version cannot be read as a PK.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pakai versi {n} (disimpan {when}) sebagai PK kasus ini?</source>
        <translation>Use version {n} (saved {when}) as this case&apos;s PK?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PK yang dipakai sekarang (versi {n}) tetap tersimpan dan dapat dipakai lagi dari daftar ini.</source>
        <translation>The PK in use now (version {n}) stays stored and can be used again from this list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pakai versi PK</source>
        <translation>Use a PK version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PK yang sedang diisi belum dapat disimpan. Perbaiki dulu isiannya (lihat daftar di bawah PK), lalu pilih versi lagi.</source>
        <translation>The PK being typed cannot be saved yet. Fix it first (see the list under the PK), then choose the version again.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(tanggal diisi tangan)</source>
        <translation>(date written by hand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tahun {year}, {place}, {date}</source>
        <translation>Year {year}, {place}, {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pihak Pertama</source>
        <translation>First Party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pihak Kedua</source>
        <translation>Second Party</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sasaran, indikator dan target</source>
        <translation>Goals, indicators and targets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belum ada sasaran.</source>
        <translation>No goals yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Program dan anggaran</source>
        <translation>Programs and budget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belum ada program.</source>
        <translation>No programs yet.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../sopdesk/ui/settings/settings_dialog.py" line="+50"/>
        <source>mis. PEMERINTAH KABUPATEN BANYUMAS</source>
        <translation>e.g. PEMERINTAH KABUPATEN BANYUMAS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mis. KECAMATAN SOMAGEDE</source>
        <translation>e.g. KECAMATAN SOMAGEDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jalan, nomor, desa</source>
        <translation>Street, number, village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mis. (0281) 123456</source>
        <translation>e.g. (0281) 123456</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 angka</source>
        <translation>5 digits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mis. kec.somagede@banyumaskab.go.id</source>
        <translation>e.g. kec.somagede@banyumaskab.go.id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mis. Somagede</source>
        <translation>e.g. Somagede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mis. Camat Somagede</source>
        <translation>e.g. Camat Somagede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mis. 000.7.2.7</source>
        <translation>e.g. 000.7.2.7</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bagian yang dapat dipakai: &lt;b&gt;{kode}&lt;/b&gt; kode klasifikasi arsip, &lt;b&gt;{urut}&lt;/b&gt; nomor urut surat dalam tahun itu, &lt;b&gt;{tahun}&lt;/b&gt; tahun surat, &lt;b&gt;{bulan}&lt;/b&gt; bulan dalam angka (1–12), &lt;b&gt;{bulan_romawi}&lt;/b&gt; bulan dalam angka Romawi (I–XII). Teks lain ditulis apa adanya, mis. {kode}/{urut}/KEC.SMG/{bulan_romawi}/{tahun}.</source>
        <translation>Parts you can use: &lt;b&gt;{kode}&lt;/b&gt; archive classification code, &lt;b&gt;{urut}&lt;/b&gt; the letter&apos;s serial number in its year, &lt;b&gt;{tahun}&lt;/b&gt; the letter&apos;s year, &lt;b&gt;{bulan}&lt;/b&gt; the month as a number (1–12), &lt;b&gt;{bulan_romawi}&lt;/b&gt; the month in Roman numerals (I–XII). Other text is written as it is, e.g. {kode}/{urut}/KEC.SMG/{bulan_romawi}/{tahun}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>mis. Yth. Bupati Banyumas</source>
        <translation>e.g. Yth. Bupati Banyumas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mis. u.p. Kepala Bagian Organisasi Setda Kabupaten Banyumas</source>
        <translation>e.g. u.p. Kepala Bagian Organisasi Setda Kabupaten Banyumas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mis. di Purwokerto</source>
        <translation>e.g. di Purwokerto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{short} ({key})</source>
        <translation>{short} ({key})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pilih Logo…</source>
        <translation>Choose Logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus Logo</source>
        <translation>Remove Logo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pemerintah:</source>
        <translation>Government:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit kerja:</source>
        <translation>Office unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alamat:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kode pos:</source>
        <translation>Postal code:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Telepon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situs web:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dokumen dan waktu</source>
        <translation>Documents and time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tempat penandatanganan:</source>
        <translation>Place of signing:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jabatan kepala kantor:</source>
        <translation>Head of office position:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukuran kertas bawaan:</source>
        <translation>Default paper size:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zona waktu:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Surat pengantar</source>
        <translation>Cover letter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kode klasifikasi:</source>
        <translation>Classification code:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Templat nomor surat:</source>
        <translation>Letter number template:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kepada:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untuk perhatian:</source>
        <translation>Attention:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempat tujuan:</source>
        <translation>Destination:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pratinjau kop</source>
        <translation>Letterhead preview</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambar ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berkas logo {path} tidak ditemukan. Pilih logo lagi.</source>
        <translation>The logo file {path} was not found. Choose the logo again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Berkas {name} bukan gambar yang dapat dibaca. Pilih berkas PNG atau JPG.</source>
        <translation>The file {name} is not a readable image. Choose a PNG or JPG file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Belum ada logo.</source>
        <translation>No logo yet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Contoh: {number}  (surat ke-12 tahun ini)</source>
        <translation>Example: {number}  (the 12th letter this year)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unit kerja wajib diisi, mis. &quot;KECAMATAN SOMAGEDE&quot;.</source>
        <translation>The office unit is required, e.g. &quot;KECAMATAN SOMAGEDE&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kode pos harus 5 angka, mis. 53193.</source>
        <translation>The postal code must be 5 digits, e.g. 53193.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alamat email &quot;{email}&quot; tidak sah, mis. kec.somagede@banyumaskab.go.id.</source>
        <translation>The email address &quot;{email}&quot; is not valid, e.g. kec.somagede@banyumaskab.go.id.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tempat penandatanganan wajib diisi, mis. &quot;Somagede&quot;.</source>
        <translation>The place of signing is required, e.g. &quot;Somagede&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tujuan surat pengantar wajib diisi, mis. &quot;Yth. Bupati Banyumas&quot;.</source>
        <translation>The cover letter&apos;s addressee is required, e.g. &quot;Yth. Bupati Banyumas&quot;.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Logo tidak dapat disalin ke folder data ({reason}).</source>
        <translation>The logo could not be copied to the data folder ({reason}).</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../sopdesk/ui/kit/workers.py" line="+192"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../sopdesk/ui/cases/record_dialog.py" line="-93"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{verb} langkah {no}</source>
        <translation>{verb} step {no}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{verb} — langkah {no}</source>
        <translation>{verb} — step {no}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sekarang</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pada</source>
        <translation>At</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Catatan (boleh kosong)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Petugas</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catat mulai</source>
        <translation>Record start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Catat selesai</source>
        <translation>Record finish</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pilih hasil keputusan: {choices}.</source>
        <translation>Choose the decision: {choices}.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports/monev_common.py" line="-427"/>
        <source>&amp;SOP:</source>
        <translation>&amp;SOP:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Penilai:</source>
        <translation>&amp;Assessor:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Simpan draf</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan isian sebagai draf; draf masih dapat diubah</source>
        <translation>Save as a draft; a draft can still be changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalkan…</source>
        <translation>Make final…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tandai final: sesudah itu hanya dapat diubah dengan revisi baru</source>
        <translation>Mark final: after that only a new revision can change it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisi baru…</source>
        <translation>New revision…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buka revisi baru dari catatan final; yang final tetap tersimpan</source>
        <translation>Open a new revision of the final record; the final one is kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buang draf</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus draf ini; revisi final sebelumnya tetap ada</source>
        <translation>Delete this draft; the final revision before it stays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riwayat…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semua revisi catatan ini</source>
        <translation>Every revision of this record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pratinjau PDF</source>
        <translation>Preview PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lihat formulir seperti akan dicetak</source>
        <translation>See the form as it will be printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(pilih pejabat)</source>
        <translation>(choose an official)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Belum ada SOP. Impor SOP dulu di Pustaka SOP.</source>
        <translation>No SOP yet. Import an SOP in the SOP library first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tidak dapat dimuat.</source>
        <translation>Could not be loaded.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Membaca kasus dan menghitung…</source>
        <translation>Reading the cases and counting…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Belum disimpan: isian di bawah disiapkan dari data. Periksa, lalu Simpan draf.</source>
        <translation>Not saved: the form below was prepared from the data. Check it, then Save draft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final, revisi {n} ({when}). Tidak dapat diubah; buat revisi baru untuk mengubahnya.</source>
        <translation>Final, revision {n} ({when}). It cannot be changed; open a new revision to change it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draf revisi {n}, disimpan {when}.</source>
        <translation>Draft revision {n}, saved {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alasan revisi: {reason}</source>
        <translation>Reason for the revision: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Setelah final, catatan ini tidak dapat diubah lagi kecuali dengan revisi baru (yang final tetap tersimpan). Finalkan sekarang?</source>
        <translation>Once final, this record cannot be changed except by a new revision (the final one is kept). Make it final now?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalkan</source>
        <translation>Make final</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Belum dapat difinalkan.</source>
        <translation>It cannot be made final yet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revisi baru</source>
        <translation>New revision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mengapa catatan yang sudah final diubah?</source>
        <translation>Why is the final record being changed?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Buang draf revisi {n}? Isiannya hilang.</source>
        <translation>Discard the draft of revision {n}? What it holds is lost.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Menyiapkan PDF…</source>
        <translation>Preparing the PDF…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Simpan perubahan pada catatan ini?</source>
        <translation>Save the changes to this record?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jangan simpan</source>
        <translation>Don&apos;t save</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../sopdesk/ui/data/data_dialogs.py" line="-691"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pilih cadangan yang akan dipulihkan ke basis data kantor {server}. Isinya sekarang akan disimpan sebagai cadangan di PC ini lebih dulu, lalu diganti dengan isi cadangan itu untuk semua PC yang memakainya. Kasus, catatan dan lampiran yang dibuat sesudah cadangan itu dibuat tidak ada di data yang dipulihkan.</source>
        <translation>Choose the backup to restore to the office database {server}. Its current contents will first be kept as a backup on this PC, then replaced with the contents of that backup for every PC that uses it. Cases, notes and attachments made after that backup was made are not in the restored data.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pilih cadangan yang akan dipulihkan. Data saat ini akan disimpan sebagai cadangan lebih dulu, lalu diganti dengan isi cadangan itu. Kasus, catatan dan lampiran yang dibuat sesudah cadangan itu dibuat tidak ada di data yang dipulihkan.</source>
        <translation>Choose the backup to restore. The current data will first be kept as a backup, then replaced with the contents of that backup. Cases, records and attachments made after that backup was made are not in the restored data.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder cadangan: {folder}</source>
        <translation>Backups folder: {folder}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Belum ada cadangan di folder ini. Pilih berkas cadangan lain (mis. di flashdisk) dengan tombol di bawah.</source>
        <translation>There are no backups in this folder yet. Choose another backup file (e.g. on a flash drive) with the button below.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pilih berkas lain…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cadangan di tempat lain, mis. di flashdisk</source>
        <translation>A backup somewhere else, e.g. on a flash drive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulihkan…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tidak dapat dipakai: {problem}</source>
        <translation>Cannot be used: {problem}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Dipilih: cadangan {when} ({size}), {path}</source>
        <translation>Selected: backup of {when} ({size}), {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cadangan ini tidak dapat dipulihkan: {problem}.</source>
        <translation>This backup cannot be restored: {problem}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadangan sopdesk (*.sqlite *.db);;Semua berkas (*)</source>
        <translation>sopdesk backup (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berkas {name} tidak dapat dipulihkan: {problem}.</source>
        <translation>The file {name} cannot be restored: {problem}.</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../sopdesk/ui/kit/rows_editor.py" line="+741"/>
        <source>Tambah baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>ubah sel</source>
        <translation>edit cell</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>tambah baris</source>
        <translation>add row</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>hapus baris</source>
        <translation>remove row</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>pindahkan baris</source>
        <translation>move row</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ganti isi tabel</source>
        <translation>replace the table</translation>
    </message>
    <message>
        <location line="+320"/>
        <source>Tambah baris di bawah baris yang dipilih (Ins; Tab di sel terakhir juga menambah baris)</source>
        <translation>Add a row below the selected one (Ins; Tab in the last cell also adds a row)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus baris yang dipilih (Del)</source>
        <translation>Delete the selected row (Del)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pindahkan baris ke atas (Ctrl+Atas)</source>
        <translation>Move the row up (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pindahkan baris ke bawah (Ctrl+Bawah)</source>
        <translation>Move the row down (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>(dan {n} masalah lain)</source>
        <translation>(and {n} other problems)</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location line="-845"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>{what} baris {n}</source>
        <translation>{what} row {n}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../sopdesk/ui/settings/settings_dialog.py" line="+82"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profil Kantor</source>
        <translation>Office Profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pejabat dan Pegawai</source>
        <translation>Officials and Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jam Kerja</source>
        <translation>Working Hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hari Libur</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahasa dan PC Ini</source>
        <translation>Language and This PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis Data Kantor</source>
        <translation>Office Database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Perubahan pengaturan belum disimpan. Tutup tanpa menyimpan?</source>
        <translation>The settings changes are not saved. Close without saving?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutup tanpa Menyimpan</source>
        <translation>Close without Saving</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kembali</source>
        <translation>Go Back</translation>
    </message>
</context>
<context>
    <name>SlowestList</name>
    <message>
        <location filename="../../sopdesk/ui/reports/kinerja_side.py" line="+30"/>
        <source>Belum ada langkah yang selesai dalam periode ini.</source>
        <translation>No step finished in this period yet.</translation>
    </message>
</context>
<context>
    <name>SopEditorPage</name>
    <message>
        <location filename="../../sopdesk/ui/sops/sop_editor.py" line="+56"/>
        <source>Simpan sebagai versi baru</source>
        <translation>Save as a new version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+119"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Alt+↑/↓ memindah langkah · Ctrl+Z urungkan · Ctrl+Y ulangi</source>
        <translation>Alt+↑/↓ moves a step · Ctrl+Z undo · Ctrl+Y redo</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan sebagai versi baru (Ctrl+S); aktif bila tidak ada masalah</source>
        <translation>Save as a new version (Ctrl+S); available when there is no problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutup editor tanpa menyimpan</source>
        <translation>Close the editor without saving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urungkan perubahan terakhir (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ulangi perubahan yang diurungkan (Ctrl+Y)</source>
        <translation>Redo the change undone (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tambah langkah</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sisipkan langkah di bawah langkah yang dipilih (Ins)</source>
        <translation>Insert a step under the chosen step (Ins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus langkah yang dipilih (Del)</source>
        <translation>Remove the chosen step (Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pindahkan langkah ke atas (Alt+↑)</source>
        <translation>Move the step up (Alt+↑)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pindahkan langkah ke bawah (Alt+↓)</source>
        <translation>Move the step down (Alt+↓)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pratinjau lembar SOP</source>
        <translation>Preview SOP sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lembar SOP dari yang sedang disunting, untuk dilihat atau dicetak</source>
        <translation>The SOP sheet of what is being edited, to view or print</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+42"/>
        <location line="+99"/>
        <source>SOP baru</source>
        <translation>New SOP</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Nomor {number}</source>
        <translation>Number {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>versi {n} berlaku sejak {date}</source>
        <translation>version {n} in force since {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>versi {n}</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>salinan, disimpan sebagai SOP baru</source>
        <translation>a copy, saved as a new SOP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belum disimpan</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kode {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Versi {n} · draf</source>
        <translation>Version {n} · draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versi {n}</source>
        <translation>Version {n}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n masalah</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tanpa masalah</source>
        <translation>No problems</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n langkah</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pelaksana</source>
        <translation>
            <numerusform>%n performer</numerusform>
            <numerusform>%n performers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n keputusan</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SOP baru — belum disimpan</source>
        <translation>New SOP — not saved yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Versi {n} dipakai kasus baru.</source>
        <translation>New cases use version {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versi {n} (draf) — kasus berjalan tetap memakai versi {used}</source>
        <translation>Version {n} (draft) — running cases keep version {used}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versi {n} (draf) — kasus baru memakainya setelah disimpan</source>
        <translation>Version {n} (draft) — new cases use it once saved</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pelaksana</source>
        <translation>Performers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Langkah</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tambah langkah {no}</source>
        <translation>Add step {no}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hapus langkah {no}</source>
        <translation>Remove step {no}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pindahkan langkah {no}</source>
        <translation>Move step {no}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>SOP tidak disimpan karena:</source>
        <translation>The SOP was not saved because:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disimpan sebagai versi {n}.</source>
        <translation>Saved as version {n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kasus yang sedang berjalan tetap memakai versinya.</source>
        <translation>Running cases keep their version.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Perubahan pada {name} belum disimpan.</source>
        <translation>The changes to {name} are not saved yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perubahan belum dapat disimpan karena masih ada masalah.</source>
        <translation>The changes cannot be saved yet: there are still problems.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Versi {n} SOP ini baru saja disimpan di tempat lain; perubahan di sini tidak dapat disimpan lagi.</source>
        <translation>Version {n} of this SOP was just saved elsewhere; the changes here can no longer be saved.</translation>
    </message>
</context>
<context>
    <name>SopLibraryWidget</name>
    <message>
        <location filename="../../sopdesk/ui/sops/sop_library.py" line="+116"/>
        <source>Pustaka SOP</source>
        <translation>SOP Library</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOP yang dipakai kantor ini. Klik dua kali untuk melihat diagram alirnya.</source>
        <translation>The SOPs this office uses. Double-click one to see its flowchart.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Langkah</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pelaksana</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Disimpan</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tanggal revisi</source>
        <translation>Date revised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kasus</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lihat Diagram</source>
        <translation>View Flowchart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kasus Baru dari SOP Ini…</source>
        <translation>New Case from This SOP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak lembar SOP…</source>
        <translation>Print SOP Sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lembar SOP (identitas dan diagram alir) untuk dilihat, dicetak atau disimpan sebagai PDF</source>
        <translation>The SOP sheet (identity and flowchart) to view, print or save as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOP Baru…</source>
        <translation>New SOP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ubah SOP…</source>
        <translation>Edit SOP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ubah SOP ini; disimpan sebagai versi baru, kasus yang berjalan tetap memakai versinya</source>
        <translation>Edit this SOP; it is saved as a new version, running cases keep theirs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salin SOP…</source>
        <translation>Copy SOP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOP baru yang dimulai dari salinan SOP ini</source>
        <translation>A new SOP started from a copy of this one</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impor SOP…</source>
        <translation>Import SOP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ekspor SOP…</source>
        <translation>Export SOP…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Versi SOP {code}</source>
        <translation>Versions of SOP {code}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Versi SOP</source>
        <translation>SOP versions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dipakai kasus baru</source>
        <translation>used by new cases</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n kasus masih berjalan dengan versi ini</source>
        <translation>
            <numerusform>%n case still runs on this version</numerusform>
            <numerusform>%n cases still run on this version</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dari kasus yang diimpor</source>
        <translation>from an imported case</translation>
    </message>
</context>
<context>
    <name>SopViewWidget</name>
    <message>
        <location filename="../../sopdesk/ui/sops/sop_view.py" line="+27"/>
        <source>Klik sebuah langkah untuk melihat rinciannya.</source>
        <translation>Click a step to see its details.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>kelengkapan: {what}</source>
        <translation>inputs: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output: {what}</source>
        <translation>output: {what}</translation>
    </message>
</context>
<context>
    <name>StateStyle</name>
    <message>
        <location filename="../../sopdesk/ui/kit/state_style.py" line="+83"/>
        <source>Selesai tepat waktu</source>
        <translation>Finished on time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai terlambat</source>
        <translation>Finished late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sedang berjalan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lewat waktu</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{time} kerja</source>
        <translation>{time} working time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>berjalan {time}</source>
        <translation>running {time}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>menunggu</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(terlambat)</source>
        <translation>(late)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(lewat waktu)</source>
        <translation>(overdue)</translation>
    </message>
</context>
<context>
    <name>StepBars</name>
    <message>
        <location filename="../../sopdesk/ui/reports/reports_dialog.py" line="-552"/>
        <source>belum ada data</source>
        <translation>no data yet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>100 % = waktu standar</source>
        <translation>100 % = standard time</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Langkah {no}: {activity}
Median {median} dari standar {standard} ({ratio})</source>
        <translation>Step {no}: {activity}
Median {median} against the standard {standard} ({ratio})</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <location filename="../../sopdesk/ui/sops/steps_model.py" line="+210"/>
        <source>mis. 15 menit; kosong = tanpa waktu</source>
        <translation>e.g. 15 menit; empty = no time standard</translation>
    </message>
</context>
<context>
    <name>StepLaneGrid</name>
    <message>
        <location filename="../../sopdesk/ui/sops/word_grid.py" line="+144"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pelaksana: {lane}</source>
        <translation>Performer: {lane}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proses</source>
        <translation>Process</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dipilih</source>
        <translation>chosen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>digeser dari kolom {column}</source>
        <translation>moved from column {column}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tanda {mark}</source>
        <translation>mark {mark}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bentuk di sel</source>
        <translation>shape in cell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VML</source>
        <translation>VML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>arsiran</source>
        <translation>shading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nama di kolom Pelaksana</source>
        <translation>name in Pelaksana column</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Klik dua kali untuk mengubah Waktu, mis. &quot;15 menit&quot;, &quot;2 jam&quot;, &quot;1 hari&quot;.</source>
        <translation>Double-click to change the time, e.g. &quot;15 menit&quot;, &quot;2 jam&quot;, &quot;1 hari&quot;.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Klik untuk memindahkan langkah {no} ke {lane}</source>
        <translation>Click to move step {no} to {lane}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Simbol di beberapa kolom: {lanes}</source>
        <translation>Symbols in several columns: {lanes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak ada simbol di kolom Pelaksana baris ini</source>
        <translation>No symbol in the Pelaksana columns of this row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pilih pelaksana</source>
        <translation>choose performer</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../sopdesk/ui/cases/case_view.py" line="+107"/>
        <source>Pelaksana</source>
        <translation>Performer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dikerjakan oleh</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kelengkapan</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Waktu standar</source>
        <translation>Standard time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mulai</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>Waktu kerja</source>
        <translation>Working time</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Berikutnya</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catatan langkah ini</source>
        <translation>Notes on this step</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>LANGKAH {n} DARI {total}</source>
        <translation>STEP {n} OF {total}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{started} (mulai), {finished} (selesai)</source>
        <translation>{started} (start), {finished} (finish)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(sisa {time})</source>
        <translation>({time} left)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(lewat {time})</source>
        <translation>({time} over)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{spent} dari {standard}</source>
        <translation>{spent} of {standard}</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Langkah berikutnya — belum dimulai</source>
        <translation>Next step — not started</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Berjalan</source>
        <translation>Running</translation>
    </message>
</context>
<context>
    <name>StepTable</name>
    <message>
        <location filename="../../sopdesk/ui/reports/kinerja_side.py" line="+172"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tepat</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kali</source>
        <translation>Runs</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../sopdesk/ui/sops/steps_model.py" line="-190"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pelaksana</source>
        <translation>Performer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kelengkapan</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ket.</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proses</source>
        <translation>Process</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Ubah {column} langkah {no}</source>
        <translation>Change {column} of step {no}</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <location filename="../../sopdesk/ui/sops/steps_page.py" line="+166"/>
        <source>Pratinjau alur</source>
        <translation>Flow preview</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mengikuti setiap ketikan</source>
        <translation>follows every keystroke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>langkah {no} dipilih</source>
        <translation>step {no} chosen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Langkah {no}</source>
        <translation>Step {no}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Langkah</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} — {where}: {message} Simpan aktif lagi setelah masalah diperbaiki.</source>
        <translation>{count} — {where}: {message} Save comes back once the problem is mended.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n masalah</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lanjut ke</source>
        <translation>Goes on to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jika ya</source>
        <translation>If yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jika tidak</source>
        <translation>If no</translation>
    </message>
</context>
<context>
    <name>SummaryBox</name>
    <message>
        <location filename="../../sopdesk/ui/reports/kinerja_side.py" line="-45"/>
        <source>Kasus</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kasus dengan langkah terlambat</source>
        <translation>Cases with a late step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median satu kasus</source>
        <translation>Median case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standar satu kasus</source>
        <translation>Standard for a case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai dalam standar</source>
        <translation>Finished within the standard</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{cases} ({closed} selesai, {open} berjalan)</source>
        <translation>{cases} ({closed} finished, {open} running)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{late} ({share})</source>
        <translation>{late} ({share})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} dari {closed} ({share})</source>
        <translation>{n} of {closed} ({share})</translation>
    </message>
</context>
<context>
    <name>SwimlaneScene</name>
    <message>
        <location filename="../../sopdesk/ui/cases/swimlane.py" line="+62"/>
        <source>Realisasi</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aktivitas</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pelaksana</source>
        <translation>Performers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mutu Baku</source>
        <translation>Quality Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kelengkapan</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ket.</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Langkah {no} · {lane}</source>
        <translation>Step {no} · {lane}</translation>
    </message>
</context>
<context>
    <name>SwimlaneView</name>
    <message>
        <location line="+151"/>
        <source>Perbesar</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perkecil</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas Layar</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perbesar (Ctrl++ atau Ctrl+roda tetikus)</source>
        <translation>Zoom in (Ctrl++ or Ctrl+mouse wheel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perkecil (Ctrl+- atau Ctrl+roda tetikus)</source>
        <translation>Zoom out (Ctrl+- or Ctrl+mouse wheel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukuran cetak (Ctrl+1)</source>
        <translation>Printed size (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seluruh bagan dalam layar (Ctrl+0)</source>
        <translation>The whole chart on screen (Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>ThisPcPage</name>
    <message>
        <location filename="../../sopdesk/ui/settings/settings_dialog.py" line="-135"/>
        <source>Bahasa baru dipakai setelah sopdesk ditutup dan dibuka lagi.</source>
        <translation>The new language is used after sopdesk is closed and opened again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(belum dipilih)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nama ini diisikan sebagai pelaksana saat mencatat langkah di PC ini; tetap dapat diganti setiap kali mencatat.</source>
        <translation>This name is filled in as the person doing a step recorded on this PC; it can still be changed each time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bahasa:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Siapa yang bekerja di PC ini</source>
        <translation>Who works at this PC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pegawai:</source>
        <translation>Staff member:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pengaturan di halaman ini disimpan di PC ini saja, bukan di basis data.</source>
        <translation>The settings on this page are kept on this PC only, not in the database.</translation>
    </message>
</context>
<context>
    <name>TypedTimeField</name>
    <message>
        <location filename="../../sopdesk/ui/cases/record_dialog.py" line="-152"/>
        <source>mis. 1/12/2026 08.05 atau kemarin 14.00</source>
        <translation>e.g. 1/12/2026 08.05 or yesterday 14.00</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilih tanggal dari kalender; jamnya tetap</source>
        <translation>Pick the day from a calendar; the time stays</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../sopdesk/ui/kit/errors.py" line="+50"/>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Terjadi kesalahan tak terduga.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Data yang sudah tersimpan aman, dan program dapat dipakai terus. Jika kesalahan ini berulang, tekan &lt;i&gt;Salin rincian&lt;/i&gt; dan kirimkan kepada petugas TI.&lt;br&gt;&lt;br&gt;Rinciannya juga dicatat di:&lt;br&gt;{path}</source>
        <translation>&lt;b&gt;An unexpected error occurred.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Data already saved is safe, and you can keep using the program. If this error happens again, press &lt;i&gt;Copy details&lt;/i&gt; and send them to your IT staff.&lt;br&gt;&lt;br&gt;The details are also written to:&lt;br&gt;{path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Salin rincian</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Tampilkan rincian</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tersalin</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sembunyikan rincian</source>
        <translation>Hide details</translation>
    </message>
</context>
<context>
    <name>WarningList</name>
    <message>
        <location filename="../../sopdesk/ui/sops/word_panels.py" line="+64"/>
        <source>Tidak ada.</source>
        <translation>None.</translation>
    </message>
</context>
<context>
    <name>WhoCombo</name>
    <message>
        <location filename="../../sopdesk/ui/cases/record_dialog.py" line="-84"/>
        <source>Pilih atau ketik nama petugas</source>
        <translation>Choose or type the officer&apos;s name</translation>
    </message>
</context>
<context>
    <name>WordImportDialog</name>
    <message>
        <location filename="../../sopdesk/ui/sops/word_import.py" line="+95"/>
        <source>Impor dari Word — {name}</source>
        <translation>Import from Word — {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buka di editor</source>
        <translation>Open in editor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simpan SOP</source>
        <translation>Save SOP</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Impor dari Word</source>
        <translation>Import from Word</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {folder} · {size}, diubah {date}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {folder} · {size}, modified {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n langkah</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pelaksana</source>
        <translation>
            <numerusform>%n performer</numerusform>
            <numerusform>%n performers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n keputusan</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{found} dari {total} simbol dikenali</source>
        <translation>{found} of {total} symbols recognised</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Peringatan ({n})</source>
        <translation>Warnings ({n})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cara simbol ditemukan:</source>
        <translation>How each symbol was found:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bentuk di sel</source>
        <translation>shape in cell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>digeser dari kolom lain</source>
        <translation>moved from another column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VML</source>
        <translation>VML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tanda √</source>
        <translation>mark √</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arsiran</source>
        <translation>shading</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dipilih</source>
        <translation>chosen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jenis dari bentuk simbol: lonjong = Mulai/Selesai (menurut letaknya), persegi = Proses, belah ketupat = Keputusan. Panah, konektor dan kotak teks tidak dihitung sebagai langkah.</source>
        <translation>Kind from the symbol: capsule = Start/End (by position), rectangle = Process, diamond = Decision. Arrows, connectors and text boxes are not counted as steps.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Periksa yang terbaca sebelum menyimpan. Setiap simbol ditunjukkan di kolom pelaksananya, dengan keterangan cara ia ditemukan di berkas. Yang tidak terbaca ditandai dan harus dipilih; tidak ada yang ditebak diam-diam.</source>
        <translation>Check what was read before saving. Each symbol is shown in its performer column, with how it was found in the file. What could not be read is marked and must be chosen; nothing is guessed silently.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Siap disimpan.</source>
        <translation>Ready to save.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (dan {n} masalah lain)</source>
        <translation> (and {n} more problems)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan SOP aktif setelah ini dibereskan: {problem}{more}</source>
        <translation>Save SOP is available once this is fixed: {problem}{more}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SOP belum dapat disimpan karena:</source>
        <translation>The SOP cannot be saved yet because:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SOP tidak disimpan karena:</source>
        <translation>The SOP was not saved because:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SOP {code} disimpan sebagai versi {version}.</source>
        <translation>SOP {code} saved as version {version}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SOP {code} sama dengan yang sudah ada; tetap versi {version}.</source>
        <translation>SOP {code} is the same as the one already there; it stays version {version}.</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/kit/formatting.py" line="+139"/>
        <source>%n hari</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n jam</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n mnt</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hari kerja</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minggu</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n bulan</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_SubmitDialog</name>
    <message>
        <location filename="../../sopdesk/ui/cases/record_dialog.py" line="+41"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../sopdesk/ui/shell/app.py" line="+191"/>
        <source>Folder data {folder} tidak dapat dibuat ({reason}).</source>
        <translation>The data folder {folder} could not be created ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Basis data tidak dapat dibuka.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>sopdesk tidak dapat dimulai</source>
        <translation>sopdesk cannot start</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Basis data tidak dapat dibuka karena kesalahan tak terduga. Rinciannya dicatat di {log}.</source>
        <translation>The database could not be opened because of an unexpected error. The details are written to {log}.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Gambar jendela tidak dapat disimpan ke {path}.</source>
        <translation>The window picture could not be saved to {path}.</translation>
    </message>
</context>
<context>
    <name>case_list_export</name>
    <message>
        <location filename="../../sopdesk/ui/cases/case_list_export.py" line="+21"/>
        <source>Daftar Kasus</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <source>Ekspor Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} kasus disimpan ke {path}</source>
        <translation>{n} cases saved to {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Menulis buku kerja…</source>
        <translation>Writing the workbook…</translation>
    </message>
</context>
<context>
    <name>data_dialogs</name>
    <message>
        <location filename="../../sopdesk/ui/data/data_dialogs.py" line="-258"/>
        <source>Harian (otomatis)</source>
        <translation>Daily (automatic)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sebelum pembaruan program</source>
        <translation>Before a program update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sebelum pemulihan</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Simpan cadangan data</source>
        <translation>Save data backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Cadangan sopdesk (*.db *.sqlite);;Semua berkas (*)</source>
        <translation>sopdesk backup (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Itu berkas data yang sedang dipakai. Pilih nama atau folder lain untuk cadangan.</source>
        <translation>That is the data file in use. Choose another name or folder for the backup.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cadangan dibuat: {path} ({size}, {seconds} detik).</source>
        <translation>Backup made: {path} ({size}, {seconds} seconds).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pencadangan dibatalkan; tidak ada berkas yang dibuat.</source>
        <translation>Backup cancelled; no file was made.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Cadangkan data</source>
        <translation>Back up data</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Mencadangkan data ke {name}…</source>
        <translation>Backing up data to {name}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Simpan cadangan basis data kantor</source>
        <translation>Save a backup of the office database</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cadangan basis data kantor dibuat: {path} ({size}, {seconds} detik).</source>
        <translation>Backup of the office database made: {path} ({size}, {seconds} seconds).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mencadangkan basis data kantor {server} ke {name}…</source>
        <translation>Backing up the office database {server} to {name}…</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Seluruh isi basis data kantor di server {server} akan diganti dengan isi cadangan {when} ({size}), untuk SEMUA PC yang memakainya, bukan hanya PC ini. Isinya sekarang disimpan dulu sebagai cadangan di PC ini.

Kasus, catatan dan lampiran yang dicatat di PC mana pun sesudah cadangan itu dibuat tidak ada di data yang dipulihkan. Sebaiknya PC lain berhenti mencatat selama pemulihan. Tab kasus yang terbuka di sini akan ditutup.

Pulihkan basis data kantor sekarang?</source>
        <translation>The entire contents of the office database on the server {server} will be replaced with the backup of {when} ({size}), for ALL PCs that use it, not only this PC. Its current contents are first kept as a backup on this PC.

Cases, notes and attachments recorded on any PC after that backup was made are not in the restored data. Other PCs should stop recording during the restore. Case tabs open here will be closed.

Restore the office database now?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data saat ini akan disimpan sebagai cadangan lebih dulu, lalu diganti dengan isi cadangan {when} ({size}).

Kasus, catatan dan lampiran yang dibuat sesudah cadangan itu dibuat tidak ada di data yang dipulihkan. Tab kasus yang terbuka akan ditutup.

Pulihkan sekarang?</source>
        <translation>The current data will first be kept as a backup, then replaced with the contents of the backup of {when} ({size}).

Cases, records and attachments made after that backup was made are not in the restored data. Open case tabs will be closed.

Restore now?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+43"/>
        <location line="+528"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location line="-570"/>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+316"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Basis data kantor dipulihkan dari cadangan {when}.</source>
        <translation>Office database restored from the backup of {when}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC lain melihat data yang dipulihkan dalam beberapa detik.</source>
        <translation>Other PCs see the restored data within a few seconds.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Isi sebelum pemulihan disimpan sebagai cadangan di PC ini:
{path}</source>
        <translation>The contents before the restore were kept as a backup on this PC:
{path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data dipulihkan dari cadangan {when}.</source>
        <translation>Data restored from the backup of {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data sebelum pemulihan disimpan sebagai cadangan:
{path}</source>
        <translation>The data from before the restore was kept as a backup:
{path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pemulihan selesai</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+528"/>
        <source>Memeriksa cadangan dan memulihkan data…</source>
        <translation>Checking the backup and restoring the data…</translation>
    </message>
    <message>
        <location line="-506"/>
        <source>Data utuh. Pemeriksaan menyeluruh tidak menemukan kerusakan ({size}, {seconds} detik).</source>
        <translation>The data is intact. The full check found no damage ({size}, {seconds} seconds).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <location line="+13"/>
        <location line="+16"/>
        <source>Periksa keutuhan data</source>
        <translation>Check data integrity</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Data utuh.</source>
        <translation>The data is intact.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pemeriksaan menemukan kerusakan pada berkas data:
{found}

Data yang masih terbaca tetap dapat dipakai, tetapi sebaiknya dipulihkan dari cadangan terbaru yang baik. Buka daftar cadangan sekarang?</source>
        <translation>The check found damage in the data file:
{found}

What can still be read stays usable, but it is best restored from the newest good backup. Open the list of backups now?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>Data rusak</source>
        <translation>Data damaged</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Buka daftar cadangan</source>
        <translation>Open the list of backups</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+29"/>
        <location line="+235"/>
        <source>Nanti</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Memeriksa seluruh berkas data…</source>
        <translation>Checking the whole data file…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Basis data kantor utuh. Susunannya sesuai dan seluruh isinya terbaca ({seconds} detik).

Server: {server}</source>
        <translation>The office database is intact. Its structure is as expected and all of its contents can be read ({seconds} seconds).

Server: {server}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Basis data kantor utuh.</source>
        <translation>Office database intact.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pemeriksaan menemukan masalah pada basis data kantor {server}:
{found}

Data yang masih terbaca tetap dapat dipakai, tetapi sebaiknya dipulihkan dari cadangan terbaru yang baik (untuk semua PC). Buka daftar cadangan sekarang?</source>
        <translation>The check found problems in the office database {server}:
{found}

The data that can still be read remains usable, but it should be restored from the newest good backup (for all PCs). Open the list of backups now?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Memeriksa basis data kantor {server}…</source>
        <translation>Checking the office database {server}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pilih dulu kasus yang akan diekspor di daftar, atau buka tabnya.</source>
        <translation>First select the case to export in the list, or open its tab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kasus nomor {id} tidak ada.</source>
        <translation>There is no case number {id}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>Ekspor kasus</source>
        <translation>Export case</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Kasus sopdesk (*.sopcase)</source>
        <translation>sopdesk case (*.sopcase)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kasus “{title}” diekspor ke {path} ({size}).</source>
        <translation>Case “{title}” exported to {path} ({size}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mengekspor kasus “{title}”…</source>
        <translation>Exporting case “{title}”…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+124"/>
        <location line="+25"/>
        <source>Impor kasus</source>
        <translation>Import case</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Kasus sopdesk (*.sopcase);;Semua berkas (*)</source>
        <translation>sopdesk case (*.sopcase);;All files (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kasus diimpor: {title} ({n} catatan baru)</source>
        <translation>Case imported: {title} ({n} new records)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kasus sudah ada; tidak ada catatan baru</source>
        <translation>The case is already here; no new records</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} lampiran baru</source>
        <translation>{n} new attachments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>isi PK diperbarui</source>
        <translation>PK contents updated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PK dari berkas disimpan sebagai versi {n}, belum dipakai</source>
        <translation>the file&apos;s PK kept as version {n}, not in use</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} lampiran ditolak</source>
        <translation>{n} attachments refused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>isi PK ditolak</source>
        <translation>PK contents refused</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(tidak disebut)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berkas: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kasus: “{title}” — baru di PC ini</source>
        <translation>Case: “{title}” — new on this PC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kasus: “{title}” — sudah ada di sini (nomor {id}) dengan judul “{local}”</source>
        <translation>Case: “{title}” — already here (number {id}) with the title “{local}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kasus: “{title}” — sudah ada di sini (nomor {id})</source>
        <translation>Case: “{title}” — already here (number {id})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{sop}, versi {version}</source>
        <translation>{sop}, version {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>versi ini belum ada di PC ini dan akan ditambahkan</source>
        <translation>this version is not on this PC yet and will be added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOP: {sop}</source>
        <translation>SOP: {sop}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catatan riwayat: {n}</source>
        <translation>History records: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catatan riwayat baru: {new} (dari {total} di berkas)</source>
        <translation>New history records: {new} (of {total} in the file)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lampiran baru: {new} (dari {total} di berkas)</source>
        <translation>New attachments: {new} (of {total} in the file)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lampiran yang tidak diimpor: {n}</source>
        <translation>Attachments not imported: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tidak diimpor: {why}</source>
        <translation>not imported: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tidak ada di berkas</source>
        <translation>not in the file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>baru — menjadi PK kasus ini</source>
        <translation>new — becomes this case&apos;s PK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>berbeda dengan PK di sini — disimpan sebagai versi baru; PK yang dipakai tidak berubah sampai Anda memilih versi itu (Dokumen → Versi PK)</source>
        <translation>differs from the PK here — kept as a new version; the PK in use does not change until you choose that version (Documents → PK versions)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sama dengan di sini</source>
        <translation>the same as here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isi PK: {pk}</source>
        <translation>PK contents: {pk}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diekspor oleh {who} di PC {pc} pada {when}</source>
        <translation>Exported by {who} on PC {pc} on {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berkas ini tidak dapat diimpor: {problem}. Tidak ada yang diubah.</source>
        <translation>This file cannot be imported: {problem}. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Membaca {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Impor kasus ini?</source>
        <translation>Import this case?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impor dibatalkan; tidak ada yang diubah.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mengimpor {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Isi PK di berkas berbeda dengan PK kasus ini di sini. PK dari berkas disimpan sebagai versi {n} dan belum dipakai; PK yang dipakai tidak berubah.

Lihat versi PK sekarang? Di sana Anda dapat membandingkannya dan memakai versi yang benar.</source>
        <translation>The PK in the file differs from this case&apos;s PK here. The file&apos;s PK was kept as version {n} and is not in use; the PK in use has not changed.

View the PK versions now? There you can compare them and use the right one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Versi PK dari berkas</source>
        <translation>PK version from a file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lihat versi PK</source>
        <translation>View PK versions</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Susunan berkas data ini tidak seperti yang dibuat sopdesk ({detail}); mungkin diubah dengan program lain. Demi keamanan riwayat kasus, sopdesk tidak membukanya.</source>
        <translation>The structure of this data file is not what sopdesk made ({detail}); another program may have changed it. To keep the case history safe, sopdesk does not open it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berkas catatan (-wal) di samping berkas data bukan milik berkas ini ({detail}). Ini biasanya terjadi bila berkas data disalin menimpa berkas lama sesudah listrik padam. sopdesk tidak menggabungkan keduanya; berkas data tidak diubah.</source>
        <translation>The log file (-wal) beside the data file does not belong to it ({detail}). This usually happens when a data file was copied over an old one after a power cut. sopdesk does not merge the two; the data file was not changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berkas data sopdesk rusak ({detail}). Ini biasanya terjadi karena listrik padam atau flashdisk dicabut saat data sedang ditulis.</source>
        <translation>The sopdesk data file is damaged ({detail}). This usually happens when the power fails or a flash drive is pulled out while data is being written.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berkas data ini dibuat oleh sopdesk versi yang lebih baru (skema {version}). Sebaiknya pasang sopdesk terbaru. Memulihkan cadangan lama berarti perubahan sesudah cadangan itu tidak terlihat di sini.</source>
        <translation>This data file was made by a newer version of sopdesk (schema {version}). Best install the newest sopdesk. Restoring an older backup means the changes made after that backup are not seen here.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Basis data tidak dapat dibuka.</source>
        <translation>The database cannot be opened.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pemulihan gagal</source>
        <translation>Restore failed</translation>
    </message>
</context>
<context>
    <name>document_actions</name>
    <message>
        <location filename="../../sopdesk/ui/paperwork/document_actions.py" line="+59"/>
        <location line="+12"/>
        <source>Lembar SOP — {name}</source>
        <translation>SOP Sheet — {name}</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>SOP {name}</source>
        <translation>SOP {name}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>SOP baru</source>
        <translation>New SOP</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Laporan Kasus — {title}</source>
        <translation>Case Report — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan Kasus {id} {title}</source>
        <translation>Case Report {id} {title}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lembar SOP</source>
        <translation>SOP Sheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menyiapkan lembar SOP…</source>
        <translation>Preparing the SOP sheet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Laporan Kasus</source>
        <translation>Case Report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menyiapkan laporan kasus…</source>
        <translation>Preparing the case report…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../sopdesk/ui/kit/errors.py" line="+6"/>
        <source>Terjadi kesalahan tak terduga.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../sopdesk/ui/kit/formatting.py" line="-106"/>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agu</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Des</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>{n} jam</source>
        <translation>{n} hours</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../sopdesk/ui/kit/messages.py" line="+49"/>
        <source>sopdesk</source>
        <translation>sopdesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+59"/>
        <location line="+43"/>
        <source>Perhatian</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+25"/>
        <source>Konfirmasi</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>print_preview</name>
    <message>
        <location filename="../../sopdesk/ui/paperwork/print_preview.py" line="+124"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>tidak ada izin menulis, atau berkas itu sedang dibuka di program lain</source>
        <translation>no permission to write, or the file is open in another program</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disk penuh</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF tidak dapat disimpan ke {path}: {reason}.

Tutup berkas itu jika sedang dibuka, atau pilih folder lain.</source>
        <translation>The PDF could not be saved to {path}: {reason}.

Close that file if it is open, or choose another folder.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Menyiapkan halaman untuk printer…</source>
        <translation>Preparing the pages for the printer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mencetak</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printer tidak dapat dipakai. Periksa apakah printer menyala dan terpasang, lalu coba lagi.</source>
        <translation>The printer cannot be used. Check that it is switched on and connected, then try again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>printer menolak halaman berikutnya</source>
        <translation>the printer refused the next page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mencetak halaman {n} dari {total}…</source>
        <translation>Printing page {n} of {total}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pencetakan gagal: {reason}.</source>
        <translation>Printing failed: {reason}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pencetakan gagal: printer tidak menyelesaikan pekerjaan ini.</source>
        <translation>Printing failed: the printer did not finish the job.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pas lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satu halaman</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Halaman {page} dari {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF tidak dapat dibaca</source>
        <translation>The PDF cannot be read</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pratinjau — {title}</source>
        <translation>Preview — {title}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kertas {paper}</source>
        <translation>Paper {paper}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cetak ke printer (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan sebagai berkas PDF (Ctrl+S)</source>
        <translation>Save as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Dokumen tidak dapat disiapkan untuk dicetak.</source>
        <translation>The document could not be prepared for printing.</translation>
    </message>
</context>
<context>
    <name>sop_library</name>
    <message>
        <location filename="../../sopdesk/ui/sops/sop_library.py" line="-197"/>
        <source>Impor SOP</source>
        <translation>Import SOP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas SOP (*.toml);;Semua berkas (*)</source>
        <translation>SOP files (*.toml);;All files (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berkas {name} terlalu besar untuk sebuah SOP.</source>
        <translation>The file {name} is too large to be an SOP.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Berkas {name} tidak dapat dibaca ({reason}).</source>
        <translation>The file {name} could not be read ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berkas {name} bukan teks UTF-8. Simpan ulang sebagai UTF-8 lalu coba lagi.</source>
        <translation>The file {name} is not UTF-8 text. Save it again as UTF-8 and try again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SOP dari {name} tidak diimpor karena:</source>
        <translation>The SOP from {name} was not imported because:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SOP {code} diimpor sebagai versi {version}.</source>
        <translation>SOP {code} imported as version {version}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOP {code} sama dengan yang sudah ada; tetap versi {version}.</source>
        <translation>SOP {code} is the same as the one already there; it stays version {version}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ekspor SOP</source>
        <translation>Export SOP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas SOP (*.toml)</source>
        <translation>SOP files (*.toml)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Berkas {path} tidak dapat ditulis ({reason}).</source>
        <translation>The file {path} could not be written ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SOP {code} diekspor ke {path}.</source>
        <translation>SOP {code} exported to {path}.</translation>
    </message>
</context>
<context>
    <name>word_import</name>
    <message>
        <location filename="../../sopdesk/ui/sops/word_import.py" line="-241"/>
        <location line="+14"/>
        <source>Impor dari Word</source>
        <translation>Import from Word</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Dokumen Word (*.docx);;Semua berkas (*)</source>
        <translation>Word documents (*.docx);;All files (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Membaca {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
</context>
</TS>
