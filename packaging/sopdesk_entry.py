"""Entry point of the frozen (PyInstaller) sopdesk: `sopdesk.exe` and `sopdesk-cli.exe`.

Kept out of the package on purpose: it only adapts the frozen process and then runs the
same `sopdesk.cli.main()` as the `sopdesk` command of a pip install.
"""
import os
import sys

# Held while any frozen sopdesk runs on Windows. The installer and the uninstaller look for it
# (packaging/windows/sopdesk.iss, AppMutex) and ask for sopdesk to be closed before they touch the
# program's files. Session-local on purpose: another Windows user's sopdesk runs from their own
# per-user installation.
APP_MUTEX = "sopdesk-23184D2B-2612-4E88-A873-A084D4D02AA7"
_app_mutex = None


def _give_windowed_build_streams() -> None:
    # A windowed (console=False) Windows build starts with sys.stdout and sys.stderr set
    # to None: any print(), logging.StreamHandler or warnings.warn() would then raise.
    # Point them at the null device; the log file in the data folder keeps what matters.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (open until exit)


def _announce_running() -> None:
    global _app_mutex
    if sys.platform != "win32":
        return
    try:
        import ctypes
        create = ctypes.windll.kernel32.CreateMutexW
        create.restype = ctypes.c_void_p
        # Never closed: Windows releases it when the process ends, however it ends.
        _app_mutex = create(None, False, APP_MUTEX)
    except Exception:  # noqa: BLE001 (without it only the installer's "close sopdesk first" is lost)
        pass


def run() -> int:
    _give_windowed_build_streams()
    _announce_running()
    import multiprocessing
    multiprocessing.freeze_support()  # harmless now; needed if a worker process is ever used
    from sopdesk.cli import main
    return main()


if __name__ == "__main__":
    sys.exit(run())
