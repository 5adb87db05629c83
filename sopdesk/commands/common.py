"""What the command modules share: opening the office, reading files, printing."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import UserError

if TYPE_CHECKING:
    import argparse

    from ..app.office import Office

    # What `sub.add_parser(...)` is called on: the subcommands of `sopdesk` or of a group.
    Subcommands = argparse._SubParsersAction[argparse.ArgumentParser]


class Context:
    """Opens the database only when a command needs it."""

    def __init__(self, db: str | None) -> None:
        self.db = db
        self._office: Office | None = None

    @property
    def office(self) -> Office:
        if self._office is None:
            from ..app.office import Office
            from ..app.server import default_target
            from ..paths import ensure_data_dir
            target: str | Path
            if self.db:
                target = self.db
            else:
                ensure_data_dir()
                target = default_target()
            self._office = Office(target)
        return self._office


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def say(text: str) -> None:
    """A human message: stderr, so stdout stays the value a script reads."""
    print(text, file=sys.stderr)


def read_text(path: str) -> str:
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise UserError(f"Berkas {path} tidak ditemukan.") from None
    except OSError as e:
        raise UserError(f"Berkas {path} tidak dapat dibaca ({e.strerror}).") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"Berkas {path} bukan teks UTF-8. Simpan ulang sebagai UTF-8.") from None


def write_text(path: str, text: str) -> None:
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as e:
        raise UserError(f"Berkas {path} tidak dapat ditulis ({e.strerror}).") from None


def progress(done: int, total: int) -> None:
    if not sys.stderr.isatty():
        return
    print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
    if done >= total:
        print(file=sys.stderr)
