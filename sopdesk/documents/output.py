"""Writing a finished PDF to a path or an open binary file."""
from __future__ import annotations

import os
from typing import BinaryIO

from ..files import write_atomic


def write_pdf(data: bytes, out: str | os.PathLike | BinaryIO) -> None:
    """Write the PDF bytes. A path is replaced atomically: a failure never leaves half a PDF
    where the previous good one was (the file may be open in a viewer, or on a flashdisk)."""
    if hasattr(out, "write"):
        out.write(data)
        return
    write_atomic(data, out)
