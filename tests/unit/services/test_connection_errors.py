"""Why a connection fails, named against real servers: the test MariaDB (plaintext), a
second mariadbd with TLS started here (``tests/tls_mariadb.py``), free ports, a host name
that cannot exist, and small listeners that are not MariaDB."""

from __future__ import annotations

import os
import secrets
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator

import pymysql
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from carebot_desktop.data import Database
from carebot_desktop.data.errors import DatabaseUnavailableError
from carebot_desktop.services.connection_errors import (
    ConnectionCheckError,
    ConnectionProblem,
    Problem,
    check_ca_file,
    check_connection,
    classify,
)
from tests import tls_mariadb
from tests.conftest import MARIADB_URL

pytestmark = pytest.mark.mariadb
tls_server = tls_mariadb.tls_server  # the fixture: a second mariadbd, with TLS

SERVER = make_url(MARIADB_URL)
HOST = SERVER.host or "127.0.0.1"
PORT = SERVER.port or 3306


def _url(
    user: str = SERVER.username or "root",
    password: str | None = SERVER.password,
    host: str = HOST,
    port: int = PORT,
    schema: str = "mysql",
    **query: str,
) -> str:
    url = make_url("mysql+pymysql://").set(
        username=user, password=password, host=host, port=port, database=schema
    )
    return url.update_query_dict(query).render_as_string(hide_password=False)


def _problem(url: str, connect_timeout: int = 5) -> ConnectionProblem:
    with pytest.raises(ConnectionCheckError) as failed:
        check_connection(url, connect_timeout=connect_timeout)
    return failed.value.problem


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def listener() -> Iterator[Callable[[Callable[[socket.socket], None]], int]]:
    """A local TCP server that is not MariaDB: ``listener(answer)`` starts one whose
    ``answer`` gets each accepted connection; it returns the port."""
    servers: list[socket.socket] = []

    def start(answer: Callable[[socket.socket], None]) -> int:
        server = socket.socket()
        server.bind(("127.0.0.1", 0))
        server.listen(4)
        servers.append(server)

        def serve() -> None:
            while True:
                try:
                    connection, _address = server.accept()
                except OSError:
                    return  # closed at the end of the test
                with connection:
                    answer(connection)

        threading.Thread(target=serve, daemon=True).start()
        return int(server.getsockname()[1])

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def throwaway_login(mariadb_server) -> Iterator[tuple[str, str]]:
    """A login of its own on the test server, with a password (dropped afterwards)."""
    name = f"cbt{os.getpid()}_{secrets.token_hex(3)}"
    password = secrets.token_urlsafe(12)
    root = pymysql.connect(**mariadb_server)
    try:
        with root.cursor() as cursor:
            cursor.execute("CREATE USER %s@'%%' IDENTIFIED BY %s", (name, password))
            cursor.execute(f"GRANT SELECT ON mysql.* TO `{name}`@'%'")
        yield name, password
    finally:
        with root.cursor() as cursor:
            cursor.execute("DROP USER IF EXISTS %s@'%%'", (name,))
        root.close()


# --- where the server is --------------------------------------------------------------


def test_a_host_name_that_does_not_resolve(mariadb_server):
    problem = _problem(_url(host="nonexistent.invalid"))
    assert problem.kind is Problem.HOST_NOT_FOUND
    assert problem.code == 2003 and "nonexistent.invalid" in problem.details


def test_a_free_port_refuses_the_connection(mariadb_server):
    assert _problem(_url(port=_free_port())).kind is Problem.WRONG_PORT


def test_something_that_is_not_mariadb_on_the_port(mariadb_server, listener):
    """An SSH server's greeting, and a service that closes at once: another program."""
    ssh = listener(lambda c: (c.sendall(b"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n"), time.sleep(1)))
    closing = listener(lambda c: None)
    assert _problem(_url(port=ssh)).kind is Problem.WRONG_PORT
    assert _problem(_url(port=closing)).kind is Problem.WRONG_PORT


def test_a_server_that_never_answers_is_unreachable(mariadb_server, listener):
    """Connected, then silence until the time-out: nothing that answers is there."""
    silent = listener(lambda c: time.sleep(3))
    problem = _problem(_url(port=silent), connect_timeout=1)
    assert problem.kind is Problem.HOST_UNREACHABLE
    assert "timed out" in problem.details


# --- who connects, and to what ----------------------------------------------------------


def test_a_wrong_password_is_access_denied_and_never_repeated(throwaway_login):
    name, password = throwaway_login
    wrong = "Wrong-" + secrets.token_hex(6)
    with pytest.raises(ConnectionCheckError) as failed:
        check_connection(_url(user=name, password=wrong))
    problem = failed.value.problem
    assert problem.kind is Problem.ACCESS_DENIED and problem.code == 1045
    assert wrong not in problem.details and wrong not in str(failed.value)
    assert check_connection(_url(user=name, password=password)) == ""  # the right one works


def test_a_database_the_server_does_not_have(mariadb_server):
    missing = f"carebot_missing_{secrets.token_hex(4)}"
    problem = _problem(_url(schema=missing))
    assert problem.kind is Problem.UNKNOWN_DATABASE
    assert problem.code == 1049 and missing in problem.details


def test_the_same_errors_raised_by_the_database_are_named_too(mariadb_server):
    """The sign-in after the dialog meets these through the data layer, not the check."""
    db = Database(_url(schema=f"carebot_missing_{secrets.token_hex(4)}"), connect_timeout=5)
    try:
        with pytest.raises(DatabaseUnavailableError) as failed:
            db.ping()
    finally:
        db.dispose()
    named = classify(failed.value)
    assert named is not None and named.kind is Problem.UNKNOWN_DATABASE


def test_a_connection_lost_in_the_middle_of_work_is_not_named(mariadb_server):
    """A dropped connection keeps the screens' usual sentence ("cannot be reached")."""
    db = Database(_url())
    try:
        with db.engine.connect() as connection:
            own_id = connection.execute(text("SELECT CONNECTION_ID()")).scalar()
            connection.rollback()
        killer = pymysql.connect(**mariadb_server)
        try:
            killer.cursor().execute(f"KILL CONNECTION {int(own_id)}")
        finally:
            killer.close()
        with pytest.raises(DatabaseUnavailableError) as failed, db.transaction() as session:
            session.execute(text("SELECT 1"))
        assert classify(failed.value) is None
    finally:
        db.dispose()


def test_errors_that_are_not_the_drivers_are_not_named():
    """A certificate refused while fetching an image is no database connection's."""
    refused = ssl.SSLCertVerificationError(1, "certificate verify failed")
    refused.verify_code = 20
    assert classify(refused) is None
    assert classify(ValueError("nothing to do with it")) is None


# --- TLS --------------------------------------------------------------------------------


def test_tls_required_here_and_the_server_offers_none(mariadb_server):
    problem = _problem(_url(tls="required", tls_verify="none"))
    assert problem.kind is Problem.TLS_REFUSED and problem.code == 2026


def test_a_login_that_requires_tls_reached_without_it(tls_server):
    """MariaDB answers 1045 to a REQUIRE SSL login over plaintext, as to a wrong password:
    the check tries the same login over TLS to tell the two apart."""
    port = tls_server["port"]
    name, password = f"cbt{os.getpid()}_ssl", secrets.token_urlsafe(12)
    with pymysql.connect(host="127.0.0.1", port=port, user="root") as root:
        root.cursor().execute("CREATE USER %s@'%%' IDENTIFIED BY %s REQUIRE SSL", (name, password))
        root.cursor().execute(f"GRANT ALL ON carebot.* TO `{name}`@'%'")
    plain = {"host": "127.0.0.1", "port": port, "schema": "carebot", "tls": "off"}
    assert _problem(_url(user=name, password=password, **plain)).kind is Problem.TLS_REQUIRED
    wrong = _problem(_url(user=name, password="not-" + password, **plain))
    assert wrong.kind is Problem.ACCESS_DENIED  # the password itself is wrong: no TLS hint
    encrypted = {"host": "127.0.0.1", "port": port, "schema": "carebot"}
    assert check_connection(_url(user=name, password=password, **encrypted))  # the cipher


def test_a_server_that_requires_secure_transport_reached_without_tls(tls_server):
    port = tls_server["port"]
    with pymysql.connect(host="127.0.0.1", port=port, user="root") as root:
        root.cursor().execute("SET GLOBAL require_secure_transport = ON")
    try:
        problem = _problem(_url(host="127.0.0.1", port=port, schema="carebot", tls="off"))
        assert problem.kind is Problem.TLS_REQUIRED
    finally:
        with pymysql.connect(host="127.0.0.1", port=port, user="root") as root:
            root.cursor().execute("SET GLOBAL require_secure_transport = OFF")


def test_a_certificate_from_another_ca(tls_server):
    other = str(tls_server["folder"] / "other-ca.pem")
    url = _url(host="localhost", port=tls_server["port"], schema="carebot", tls_ca=other)
    problem = _problem(url)
    assert problem.kind is Problem.CERTIFICATE_UNTRUSTED
    assert "certificate verify failed" in problem.details


def test_a_certificate_made_out_to_another_name(tls_server):
    """The certificate names ``localhost``; reached as 127.0.0.1 the name does not match."""
    ca = str(tls_server["folder"] / "ca.pem")
    url = _url(host="127.0.0.1", port=tls_server["port"], schema="carebot", tls_ca=ca)
    assert _problem(url).kind is Problem.CERTIFICATE_NAME
    right = _url(host="localhost", port=tls_server["port"], schema="carebot", tls_ca=ca)
    assert check_connection(right)  # the cipher: the same CA and the right name work


def test_a_ca_file_that_holds_no_certificate(tmp_path, tls_server):
    junk = tmp_path / "ca.pem"
    junk.write_text("-----BEGIN CERTIFICATE-----\nnot one\n")
    url = _url(host="localhost", port=tls_server["port"], schema="carebot", tls_ca=str(junk))
    assert _problem(url).kind is Problem.CA_FILE
    assert check_ca_file(str(junk)) is not None
    missing = check_ca_file(str(tmp_path / "nowhere.pem"))
    assert missing is not None and missing.kind is Problem.CA_FILE
    assert check_ca_file(str(tls_server["folder"] / "ca.pem")) is None
    assert check_ca_file("") is None  # none chosen: the system's CAs
