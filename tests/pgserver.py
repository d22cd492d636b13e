"""A throw-away PostgreSQL + PostGIS server on loopback for the ``postgis`` tests.

``initdb`` into a temporary folder, a free port, ``pg_ctl start``, and ``stop`` at
the end. As root (CI), the server runs as the ``postgres`` system user, since
PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["PgServer", "find_pg_bin", "start_server"]

PG_VERSIONS = ("17", "16", "15")


def find_pg_bin() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, or ``None`` if PostgreSQL is absent."""
    env = os.environ.get("INCIMAP_PG_BIN")
    if env:
        return Path(env)
    for version in PG_VERSIONS:
        path = Path(f"/usr/lib/postgresql/{version}/bin")
        if (path / "initdb").is_file():
            return path
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    bin_dir: Path
    data_dir: Path
    port: int
    user: str
    run_as: str | None

    @property
    def url(self) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/postgres"

    def _cmd(self, args: list[str]) -> list[str]:
        if self.run_as:
            return ["runuser", "-u", self.run_as, "--", *args]
        return args

    def createdb(self, name: str) -> str:
        subprocess.run(
            self._cmd([str(self.bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), name]),
            check=True,
            capture_output=True,
        )
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        subprocess.run(
            self._cmd([str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(self.data_dir.parent, ignore_errors=True)


def start_server() -> PgServer:
    """Start a fresh server; raise ``RuntimeError`` with the server log when it fails."""
    bin_dir = find_pg_bin()
    if bin_dir is None:
        msg = "PostgreSQL not found (apt-get install postgresql postgresql-15-postgis-3)"
        raise RuntimeError(msg)
    run_as = "postgres" if os.geteuid() == 0 else None
    base = Path(tempfile.mkdtemp(prefix="incimap-pg-"))
    data_dir = base / "data"
    if run_as:
        shutil.chown(base, user=run_as)
        os.chmod(base, 0o700)
    user = run_as or os.environ.get("USER", "postgres")
    server = PgServer(bin_dir, data_dir, _free_port(), user, run_as)
    subprocess.run(
        server._cmd(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data_dir),
                "-U",
                user,
                "-A",
                "trust",
                "--no-sync",
                "-E",
                "UTF8",
            ]
        ),
        check=True,
        capture_output=True,
    )
    log = base / "server.log"
    opts = (
        f"-c listen_addresses=127.0.0.1 -c port={server.port} -c unix_socket_directories={base} -c fsync=off"
    )
    proc = subprocess.run(
        server._cmd(
            [str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-l", str(log), "-o", opts, "-w", "start"]
        ),
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        detail = log.read_text() if log.exists() else proc.stderr
        shutil.rmtree(base, ignore_errors=True)
        msg = f"PostgreSQL did not start: {detail}"
        raise RuntimeError(msg)
    for _ in range(50):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", server.port)) == 0:
                break
        time.sleep(0.1)
    return server
