"""Writing files so that a failure (full disk, pulled flashdisk) never leaves half a file."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(data: bytes, path: str | os.PathLike) -> None:
    """Write through a temporary file in the same folder, then replace the target in one step."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".sopdesk-", suffix=".tmp", dir=str(target.parent))
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
