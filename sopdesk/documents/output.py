"""Writing a finished PDF to a path or an open binary file."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO


def write_pdf(data: bytes, out: str | os.PathLike | BinaryIO) -> None:
    """Write the PDF bytes. A path is replaced atomically: a failure never leaves half a PDF
    where the previous good one was (the file may be open in a viewer, or on a flashdisk)."""
    if hasattr(out, "write"):
        out.write(data)
        return
    path = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=".sopdesk-", suffix=".pdf.tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
