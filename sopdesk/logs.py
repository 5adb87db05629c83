"""Logging to a file in the data folder (a windowed build has no stderr to log to)."""
from __future__ import annotations

import logging
import logging.handlers
import tempfile
from pathlib import Path

from .paths import log_file

_path: Path | None = None


def setup_logging() -> Path:
    global _path
    if _path is not None:
        return _path
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:  # read-only data folder: still log somewhere
        path = Path(tempfile.gettempdir()) / "sopdesk.log"
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=1, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _path = path
    return path


def log_path() -> Path:
    return _path or log_file()
