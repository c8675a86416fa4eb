"""A throw-away MariaDB server with TLS, for the tests of TLS and of connection errors.

It is started here with a self-signed CA (``ca.pem``) that signs the server's certificate
(naming only ``localhost``), next to a second CA (``other-ca.pem``) that signed nothing."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pymysql
import pytest

from tests.conftest import REQUIRE_MARIADB

MARIADBD = shutil.which("mariadbd") or "/usr/sbin/mariadbd"
INSTALL_DB = shutil.which("mariadb-install-db")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_certificates(folder: Path) -> None:
    """A CA, a server certificate it signs naming only ``localhost``, and a second CA."""
    for ca in ("ca", "other-ca"):
        _openssl(
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-keyout", f"{ca}.key", "-out", f"{ca}.pem", "-subj", f"/CN=Carebot test {ca}",
            cwd=folder,
        )  # fmt: skip
    _openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
        "-subj", "/CN=localhost", cwd=folder,
    )  # fmt: skip
    (folder / "san.cnf").write_text("subjectAltName=DNS:localhost\n")
    _openssl(
        "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "san.cnf",
        cwd=folder,
    )  # fmt: skip


def install_data_folder(data: Path, tries: int = 3) -> None:
    """``mariadb-install-db`` into ``data``. It failed once in CI's full run, with six
    Galera nodes and a replica pair running beside it, and passed alone: it is tried
    again after a pause, and its own output is in the failure if every try fails."""
    output = ""
    for attempt in range(1, tries + 1):
        shutil.rmtree(data, ignore_errors=True)
        done = subprocess.run(
            [
                str(INSTALL_DB), "--no-defaults", f"--datadir={data}", "--user=root",
                "--auth-root-authentication-method=normal", "--skip-test-db",
            ],
            capture_output=True,
            text=True,
        )  # fmt: skip
        if done.returncode == 0:
            return
        output += (
            f"try {attempt}: exit {done.returncode}\n{done.stdout[-2000:]}{done.stderr[-2000:]}\n"
        )
        time.sleep(2 * attempt)
    pytest.fail(f"mariadb-install-db failed {tries} times:\n{output}")


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    """A throw-away mariadbd with TLS on a free port; its root login has no password."""
    if INSTALL_DB is None or not os.path.exists(MARIADBD) or not shutil.which("openssl"):
        reason = "mariadbd, mariadb-install-db and openssl are needed for the TLS tests"
        if REQUIRE_MARIADB:
            pytest.fail(reason)
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp("tls-mariadb")
    make_certificates(folder)
    install_data_folder(folder / "data")
    port = _free_port()
    server = subprocess.Popen(
        [
            MARIADBD, "--no-defaults", f"--datadir={folder / 'data'}", f"--port={port}",
            "--bind-address=127.0.0.1", f"--socket={folder / 'sock'}", "--user=root",
            f"--pid-file={folder / 'pid'}", "--skip-log-bin", "--innodb-buffer-pool-size=32M",
            f"--ssl-ca={folder / 'ca.pem'}", f"--ssl-cert={folder / 'server.pem'}",
            f"--ssl-key={folder / 'server.key'}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=(folder / "server.log").open("w"),
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                pymysql.connect(host="127.0.0.1", port=port, user="root").close()
                break
            except pymysql.MySQLError:
                time.sleep(0.1)
        else:
            pytest.fail("the TLS MariaDB did not start: " + (folder / "server.log").read_text())
        with pymysql.connect(host="127.0.0.1", port=port, user="root") as connection:
            connection.cursor().execute("CREATE DATABASE carebot CHARACTER SET utf8mb4")
        yield {"port": port, "folder": folder}
    finally:
        server.terminate()
        server.wait(30)
