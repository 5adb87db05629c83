"""The database's problems, as exceptions whose message an office user can read (Indonesian).

The bottom rung of store/: every other store module may raise these, none is imported here.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Protocol

from ..domain.errors import UserError
from ..domain.indonesian import format_datetime


class StoreError(UserError):
    """A database problem explained in Indonesian for the user."""


class FoundBackup(Protocol):
    """What a damaged-database message names of the backup offered instead (backup.BackupInfo)."""

    @property
    def path(self) -> Path: ...

    @property
    def made_at(self) -> datetime: ...


class DamagedDatabase(StoreError):
    """The file cannot be used as it is. `backup` is the newest backup that looks good, if any.

    The integrity checks only say what they found (backup None); whoever opens the
    database looks for a backup and offers it (`with_backup`). The GUI offers to
    restore `backup`; the message (for the command line) says how.
    """

    def __init__(self, path: str | Path, detail: str, backup: FoundBackup | None = None):
        self.path = Path(path)
        self.detail = detail
        self.backup = backup
        lines = [f"Berkas basis data rusak: {detail}.", f"Berkas: {self.path}",
                 "Berkas ini tidak diubah oleh sopdesk."]
        if backup is not None:
            lines.append(f"Cadangan terbaru yang baik: {backup.path} ({format_datetime(backup.made_at)}).")
            lines.append(f"Pulihkan dengan: sopdesk restore \"{backup.path}\"")
        else:
            lines.append("Tidak ada cadangan yang dapat dipakai. Jangan hapus berkas ini; hubungi petugas TI.")
        super().__init__("\n".join(lines))

    def with_backup(self, backup: FoundBackup | None) -> DamagedDatabase:
        """The same finding, offering `backup` instead."""
        return DamagedDatabase(self.path, self.detail, backup)


class NewerDatabase(StoreError):
    def __init__(self, version: int):
        self.version = version
        super().__init__(
            f"Basis data ini dibuat oleh versi sopdesk yang lebih baru (skema {version}). "
            "Pasang versi sopdesk terbaru untuk membukanya; berkas ini tidak diubah.")


def describe_error(exc: BaseException) -> str:
    """The Indonesian sentence an office user sees for a database failure."""
    msg = str(getattr(exc, "orig", exc)).lower()
    if "database or disk is full" in msg or "disk is full" in msg:
        return ("Diska penuh: data tidak dapat disimpan. Kosongkan ruang diska lalu coba lagi; "
                "data yang sudah tersimpan aman.")
    if "readonly" in msg or "read-only" in msg:
        return "Basis data hanya dapat dibaca (read-only). Periksa hak akses folder data atau flashdisk."
    if "locked" in msg or "busy" in msg:
        return "Basis data sedang dipakai program lain terlalu lama. Tutup jendela sopdesk yang lain lalu coba lagi."
    if "not a database" in msg or "malformed" in msg or "corrupt" in msg:
        return "Berkas basis data rusak atau bukan basis data sopdesk. Pulihkan dari cadangan terbaru."
    if "unable to open" in msg:
        return "Berkas basis data tidak dapat dibuka. Periksa apakah diska/flashdisk terpasang dan dapat ditulisi."
    if "disk i/o" in msg:
        return "Gangguan baca/tulis diska. Periksa diska atau flashdisk; data yang sudah tersimpan aman."
    return "Terjadi masalah pada basis data."


def read_only_message(folder: Path) -> str:
    return (f"Folder basis data hanya dapat dibaca (read-only): {folder}. "
            "Periksa kunci tulis flashdisk atau hak akses folder, atau salin berkas ke folder yang dapat ditulisi.")
