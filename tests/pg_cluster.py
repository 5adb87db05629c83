"""A throwaway PostgreSQL cluster for the tests (.ci/run, and by hand).

    python tests/pg_cluster.py start DIR   # initdb into DIR, start on a free local port, print the admin URL
    python tests/pg_cluster.py stop DIR    # stop it (DIR can then be removed)

initdb refuses to run as root: as root the cluster belongs to an unprivileged user (`postgres` when the
system has one, else `nobody`). Durability is off (fsync, synchronous_commit): the cluster is thrown away.
The server binaries: $PG_BIN, else the newest /usr/lib/postgresql/*/bin, else the PATH.
"""
from __future__ import annotations

import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
from pathlib import Path

ADMIN = "sopdesk_admin"


def _bin(name: str) -> str:
    if os.environ.get("PG_BIN"):
        return str(Path(os.environ["PG_BIN"]) / name)
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name)
                   if p.parent.name.isdigit() else 0)
    if found:
        return str(found[-1] / name)
    path = shutil.which(name)
    if path is None:
        sys.exit(f"PostgreSQL's {name} not found (install the postgresql package or set PG_BIN)")
    return path


def _user() -> str | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    sys.exit("running as root and no unprivileged user (postgres, nobody) to own the cluster")


def _run(cmd: list[str], user: str | None, **kw) -> subprocess.CompletedProcess:
    if user is not None:
        cmd = ["runuser", "-u", user, "--", *cmd]
    return subprocess.run(cmd, check=True, **kw)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(folder: Path) -> str:
    folder = folder.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    user = _user()
    data = folder / "data"
    password = secrets.token_hex(12)
    pwfile = folder / "pw"
    pwfile.write_text(password + "\n")
    if user is not None:
        entry = pwd.getpwnam(user)
        shutil.chown(folder, entry.pw_uid, entry.pw_gid)
        shutil.chown(pwfile, entry.pw_uid, entry.pw_gid)
        os.chmod(folder, 0o700)
    _run([_bin("initdb"), "-D", str(data), "-U", ADMIN, "--pwfile", str(pwfile), "-E", "UTF8",
          "--locale=C", "--auth-local=scram-sha-256", "--auth-host=scram-sha-256"], user,
         stdout=subprocess.DEVNULL)
    pwfile.unlink()
    port = _free_port()
    with open(data / "postgresql.conf", "a") as conf:
        conf.write(f"\nport = {port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{folder}'\n"
                   "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 200\n")
    _run([_bin("pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w", "start"], user,
         stdout=subprocess.DEVNULL)
    url = f"postgresql+psycopg://{ADMIN}:{password}@127.0.0.1:{port}/postgres"
    (folder / "url").write_text(url)
    if user is not None:
        os.chmod(folder / "url", 0o600)
    return url


def stop(folder: Path) -> None:
    data = folder.resolve() / "data"
    if data.is_dir():
        _run([_bin("pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"], _user(), stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        sys.exit(__doc__)
    if sys.argv[1] == "start":
        print(start(Path(sys.argv[2])))
    else:
        stop(Path(sys.argv[2]))
