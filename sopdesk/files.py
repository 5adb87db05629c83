"""Writing files so that a failure (full disk, pulled flashdisk) never leaves half a file."""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(data: bytes, path: str | os.PathLike) -> None:
    """Write through a temporary file in the same folder, then replace the target in one step."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".sopdesk-", suffix=".tmp", dir=str(target.parent))
    try:
        # mkstemp makes the file private (0600); a PDF or case file is for everyone who uses this PC.
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
