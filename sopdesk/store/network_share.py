"""Telling a database file on a network share from a local one.

SQLite's own documentation warns against sharing a database file over a network: the file
locking of SMB and NFS is unreliable, and WAL needs shared memory that a network filesystem
does not give. Several PCs share one database through the office server (PostgreSQL) instead,
so such a file is refused before anything opens it.
"""
from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

# Linux filesystem types that live on another machine.
NETWORK_FILESYSTEMS = frozenset({
    "cifs", "smb3", "smbfs", "nfs", "nfs4", "ncpfs", "afs", "9p", "ceph", "glusterfs", "lustre",
    "fuse.sshfs", "fuse.rclone", "fuse.glusterfs", "fuse.s3fs", "davfs", "fuse.davfs2", "fuse.gvfsd-fuse",
})
DRIVE_REMOTE = 4  # GetDriveTypeW


def _windows_drive_type(root: str) -> int:
    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _unescape_mount(field: str) -> str:
    """Mount points in /proc escape space, tab, newline and backslash as octal (\\040 ...)."""
    out, i = [], 0
    while i < len(field):
        code = field[i + 1:i + 4]
        if field[i] == "\\" and len(code) == 3 and code.isdigit():
            out.append(chr(int(code, 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def _linux_mounts() -> str:
    try:
        with open("/proc/self/mounts", encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return ""


def windows_network_location(path: str, drive_type: Callable[[str], int] | None = None) -> str | None:
    """'\\\\server\\share\\...', '\\\\?\\UNC\\server\\...' or a drive letter mapped to a share."""
    text = path.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        text = "\\\\" + text[8:]
    if text.startswith("\\\\") and not text.startswith(("\\\\?\\", "\\\\.\\")):
        server_share = text[2:].split("\\")[:2]
        return "\\\\" + "\\".join(server_share)
    drive = PureWindowsPath(text.removeprefix("\\\\?\\")).drive
    if len(drive) == 2 and drive[1] == ":":
        kind = (drive_type or _windows_drive_type)(drive + "\\")
        if kind == DRIVE_REMOTE:
            return f"drive jaringan {drive.upper()}"
    return None


def posix_network_location(path: Path, mounts: str | None = None) -> str | None:
    """The network filesystem (SMB, NFS ...) the path lies on, from the mount table; else None."""
    table = _linux_mounts() if mounts is None else mounts
    best: tuple[int, str, str] | None = None
    target = str(path)
    for line in table.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        source, point, fstype = _unescape_mount(fields[0]), _unescape_mount(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fstype, source)
    if best is not None and best[1].lower() in NETWORK_FILESYSTEMS:
        return f"{best[2]} ({best[1]})"
    return None


def _resolved(path: Path) -> Path:
    try:  # the folder exists (checked before); the file may not yet
        return path.parent.resolve(strict=False) / path.name
    except OSError:
        return path.absolute()


def network_location(path: Path) -> str | None:
    """Where on the network `path` lies, in words, or None for a local disk or flashdisk."""
    if sys.platform == "win32":
        return windows_network_location(str(_resolved(path)))
    if str(path).startswith("\\\\"):  # a Windows share name typed on Linux: never a local file
        return windows_network_location(str(path), lambda _root: 0)
    if os.name == "posix":
        return posix_network_location(_resolved(path))
    return None


def network_share_refusal(path: Path, where: str) -> str:
    return (f"Basis data {path} ada di folder jaringan ({where}). Berkas SQLite tidak boleh dipakai "
            "bersama lewat jaringan: penguncian berkas di sana tidak andal dan data bisa rusak. "
            "Untuk beberapa PC, pakai server kantor (PostgreSQL): Pengaturan → Basis data kantor, "
            "atau --db postgresql+psycopg://PENGGUNA@SERVER:5432/sopdesk. Untuk satu PC, simpan "
            "berkas di diska PC ini.")
