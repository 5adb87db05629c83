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
    restore `backup`; the message (for the command line) says how. Every check that
    raises this reads the file through a read-only view, so "tidak diubah" is true;
    `unchanged=False` says otherwise where that is not so.
    """

    HEADLINE = "Berkas basis data rusak: {detail}."

    def __init__(self, path: str | Path, detail: str, backup: FoundBackup | None = None, *,
                 unchanged: bool = True):
        self.path = Path(path)
        self.detail = detail
        self.backup = backup
        self.unchanged = unchanged
        lines = [self.HEADLINE.format(detail=detail), f"Berkas: {self.path}",
                 "Berkas ini tidak diubah oleh sopdesk." if unchanged else
                 "Berkas ini sudah diubah sebelum masalahnya ditemukan."]
        if backup is not None:
            lines.append(f"Cadangan terbaru yang baik: {backup.path} ({format_datetime(backup.made_at)}).")
            lines.append(f"Pulihkan dengan: sopdesk restore \"{backup.path}\"")
        else:
            lines.append("Tidak ada cadangan yang dapat dipakai. Jangan hapus berkas ini; hubungi petugas TI.")
        super().__init__("\n".join(lines))

    def with_backup(self, backup: FoundBackup | None) -> DamagedDatabase:
        """The same finding, offering `backup` instead."""
        return type(self)(self.path, self.detail, backup, unchanged=self.unchanged)


class AlteredSchema(DamagedDatabase):
    """The tables, indexes or triggers are not those sopdesk made: changed by another program.

    Refused for writing whatever else is right with the file: without its triggers the
    history would no longer be append-only.
    """

    HEADLINE = ("Susunan basis data ini bukan susunan yang dibuat sopdesk ({detail}); mungkin diubah dengan "
                "program lain. Demi keamanan riwayat kasus, berkas ini tidak dibuka.")


class ForeignCompanion(DamagedDatabase):
    """A -wal (or -journal) beside the database that does not belong to it.

    SQLite would replay it into the file at the next open; sopdesk does not. Restoring
    a backup sets both aside together (backup.set_aside), never deletes them.
    """

    HEADLINE = ("Berkas catatan di samping basis data bukan milik berkas ini ({detail}). Biasanya terjadi bila "
                "berkas basis data disalin menimpa berkas lama sesudah listrik padam; sopdesk tidak "
                "menggabungkannya.")


class NotSopdesk(StoreError):
    """An SQLite file of another program (even one with a table named meta)."""

    def __init__(self, path: str | Path, why: str = ""):
        self.path = Path(path)
        super().__init__("Berkas ini adalah basis data SQLite, tetapi bukan milik sopdesk"
                         + (f" ({why})" if why else "") + f". Berkas: {self.path}. Berkas ini tidak diubah.")


class NewerDatabase(StoreError):
    def __init__(self, version: int):
        self.version = version
        super().__init__(
            f"Basis data ini dibuat oleh versi sopdesk yang lebih baru (skema {version}). "
            "Pasang versi sopdesk terbaru untuk membukanya; berkas ini tidak diubah.")


class ServerUnreachable(StoreError):
    """The office's PostgreSQL server cannot be reached (cable out, server PC off, wrong address or port)."""


def server_message(exc: BaseException, where: str) -> StoreError:
    """A failure to reach or log in to the office's database server, as a StoreError naming `where`
    (the address with its password masked: engine.safe_url)."""
    msg = str(getattr(exc, "orig", exc)).lower()
    if "password authentication failed" in msg or "no password supplied" in msg or "authentication failed" in msg:
        return StoreError(f"Server basis data kantor menolak nama pengguna atau sandinya ({where}). "
                          "Periksa nama pengguna dan sandi di alamat basis data kantor.")
    if "does not exist" in msg and "database" in msg:
        return StoreError(f"Basis data yang disebut tidak ada di server kantor ({where}). Buat dulu basis datanya "
                          "untuk sopdesk di server (lihat panduan pemasangan server), atau periksa namanya.")
    if "permission denied" in msg or "must be owner" in msg:
        return StoreError(f"Pengguna basis data kantor tidak punya hak yang diperlukan ({where}). "
                          "Jadikan pengguna itu pemilik basis data sopdesk di server.")
    return ServerUnreachable(unreachable_message(where))


def unreachable_message(where: str = "") -> str:
    return ("Server kantor tidak terjangkau" + (f" ({where})" if where else "") + ". Periksa kabel jaringan dan "
            "apakah PC server menyala, lalu coba lagi; data yang sudah tersimpan aman.")


# The words of PostgreSQL and psycopg for a connection that failed or was lost.
SERVER_GONE = ("could not connect", "connection refused", "connection failed", "server closed the connection",
               "terminating connection", "timeout expired", "connection timed out", "no route to host",
               "could not translate host name", "network is unreachable", "consuming input failed",
               "the connection is closed", "connection is lost", "name or service not known")


# SQLite's extended code for "the database file has been moved since it was opened":
# a connection still on the file that a restore replaced. SQLite words it as read-only.
SQLITE_READONLY_DBMOVED = 1032


def describe_error(exc: BaseException, *, restoring: bool = False) -> str:
    """The Indonesian sentence an office user sees for a database failure.

    `restoring`: a restore of this database is under way (its marker file is there),
    which is why it is locked or refuses writes.
    """
    orig = getattr(exc, "orig", exc)
    msg = str(orig).lower()
    if getattr(orig, "sqlite_errorcode", None) == SQLITE_READONLY_DBMOVED:
        return replaced_message()
    if restoring and any(w in msg for w in ("locked", "busy", "readonly", "read-only")):
        return restoring_message()
    if any(w in msg for w in SERVER_GONE):
        return unreachable_message()
    if "lock timeout" in msg or "deadlock detected" in msg or "could not serialize" in msg:
        return "Basis data kantor sedang sibuk dipakai PC lain terlalu lama. Coba lagi sebentar lagi."
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


def restoring_message() -> str:
    return ("Basis data sedang dipulihkan dari cadangan oleh jendela atau perintah sopdesk lain. "
            "Tunggu sampai pemulihan selesai, lalu tutup dan buka lagi sopdesk; yang belum tersimpan tidak disimpan.")


def replaced_message() -> str:
    return ("Basis data ini baru saja diganti (dipulihkan dari cadangan) oleh jendela atau perintah sopdesk lain. "
            "Tutup lalu buka lagi sopdesk; perubahan terakhir tidak disimpan.")
