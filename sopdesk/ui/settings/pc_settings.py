"""Settings that belong to this PC, not to the database: language, who works here, window layout.

The database may travel by flashdisk to another PC; these stay behind. They
live in an INI file in the data folder (so tests, which point
SOPDESK_DATA_DIR at a temporary folder, never touch the real one).
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from ... import paths

LANGUAGES = ("id", "en")


def store() -> QSettings:
    return QSettings(str(paths.data_dir() / "sopdesk.ini"), QSettings.Format.IniFormat)


def language() -> str:
    value = str(store().value("ui/language", "id"))
    return value if value in LANGUAGES else "id"


def set_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(code)
    s = store()
    s.setValue("ui/language", code)
    s.sync()


def default_official() -> str:
    """Name or NIP (what Office.find_official accepts) of the person who records steps at this PC, or ""."""
    return str(store().value("ui/default_official", "") or "")


def set_default_official(name_or_nip: str) -> None:
    s = store()
    s.setValue("ui/default_official", name_or_nip or "")
    s.sync()


def pk_parties_open() -> bool | None:
    """Whether the PK editor shows the agreement and pihak fields open (None: never chosen at this PC)."""
    value = store().value("ui/pk_parties_open")
    if value is None:
        return None
    return str(value).lower() in ("true", "1")


def set_pk_parties_open(shown: bool) -> None:
    s = store()
    s.setValue("ui/pk_parties_open", bool(shown))
    s.sync()


def window_geometry() -> QByteArray | None:
    return store().value("window/geometry")


def save_window_geometry(geometry: QByteArray) -> None:
    s = store()
    s.setValue("window/geometry", geometry)
    s.sync()
