"""Installing the translations: Indonesian is the source language, English ships as sopdesk_en.qm."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...resources import resource_path

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_current = "id"


def current_language() -> str:
    return _current


def locale() -> QLocale:
    """The locale for numbers and Qt's own widgets (calendar popups, spin boxes)."""
    if _current == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def install(app: QCoreApplication, language: str) -> None:
    """Load Qt's base translation and, for a language other than Indonesian, sopdesk's own."""
    global _current
    remove(app)
    _current = language if language in ("id", "en") else "id"
    QLocale.setDefault(locale())
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator(app)
    # Qt ships no Indonesian qtbase today; load it if a later Qt or the installer brings one.
    if base.load(f"qtbase_{_current}", qt_dir):
        app.installTranslator(base)
        _installed.append(base)
    if _current != "id":
        ours = QTranslator(app)
        path = resource_path("translations", f"sopdesk_{_current}.qm")
        if ours.load(str(path)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("translation %s could not be loaded", path)


def remove(app: QCoreApplication) -> None:
    global _current
    while _installed:
        app.removeTranslator(_installed.pop())
    _current = "id"
