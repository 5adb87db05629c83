"""Entry point of the frozen (PyInstaller) sopdesk: `sopdesk.exe` and `sopdesk-cli.exe`.

Kept out of the package on purpose: it only adapts the frozen process and then runs the
same `sopdesk.cli.main()` as the `sopdesk` command of a pip install.
"""
import os
import sys


def _give_windowed_build_streams() -> None:
    # A windowed (console=False) Windows build starts with sys.stdout and sys.stderr set
    # to None: any print(), logging.StreamHandler or warnings.warn() would then raise.
    # Point them at the null device; the log file in the data folder keeps what matters.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 — kept open for the whole run


def run() -> int:
    _give_windowed_build_streams()
    import multiprocessing
    multiprocessing.freeze_support()  # harmless now; needed if a worker process is ever used
    from sopdesk.cli import main
    return main()


if __name__ == "__main__":
    sys.exit(run())
