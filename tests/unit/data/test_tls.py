"""TLS to MariaDB, against a second server started here with a self-signed CA.

The first server (CAREBOT_TEST_MARIADB_URL) offers no TLS: it stands for the plaintext
server that ``tls=required`` must refuse."""

from __future__ import annotations

import ssl

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from carebot_desktop.data import Database, ValidationError
from carebot_desktop.data.tls import (
    TlsError,
    TlsOptions,
    preferred_context,
    split_url,
    with_options,
)
from tests import tls_mariadb
from tests.conftest import MARIADB_URL

pytestmark = pytest.mark.mariadb
tls_server = tls_mariadb.tls_server  # the fixture: a second mariadbd, with TLS


def _url(server, host: str = "127.0.0.1", **query: str) -> str:
    url = make_url(f"mysql+pymysql://root@{host}:{server['port']}/carebot")
    return url.update_query_dict(query).render_as_string(hide_password=False)


def _cipher(db: Database) -> str:
    with db.engine.connect() as connection:
        row = connection.execute(text("SHOW SESSION STATUS LIKE 'Ssl_cipher'")).one()
    return str(row[1] or "")


def test_required_and_verified_against_the_ca(tls_server):
    ca = str(tls_server["folder"] / "ca.pem")
    db = Database(_url(tls_server, host="localhost", tls="required", tls_ca=ca))
    try:
        db.create_schema()
        assert _cipher(db)  # the session is encrypted
        assert db.tools.get_all_master_region()  # and the connector works over it
    finally:
        db.dispose()


def test_a_ca_alone_means_required(tls_server):
    ca = str(tls_server["folder"] / "ca.pem")
    db = Database(_url(tls_server, host="localhost", tls_ca=ca))
    assert db.tls == TlsOptions(mode="required", ca=ca, verify="full")
    try:
        assert _cipher(db)
    finally:
        db.dispose()


def test_a_plaintext_server_is_refused_when_tls_is_required():
    url = make_url(MARIADB_URL).update_query_dict({"tls": "required", "tls_verify": "none"})
    db = Database(url)
    try:
        with pytest.raises(TlsError) as refused:
            db.tools.get_all_master_region()
        assert "does not offer TLS" in refused.value.message
    finally:
        db.dispose()


def test_a_certificate_from_another_ca_is_refused(tls_server):
    other = str(tls_server["folder"] / "other-ca.pem")
    db = Database(_url(tls_server, host="localhost", tls="required", tls_ca=other))
    try:
        with pytest.raises(TlsError) as refused:
            db.tools.get_all_master_region()
        assert "certificate" in refused.value.message
    finally:
        db.dispose()


def test_the_host_name_is_checked_unless_told_otherwise(tls_server):
    """The certificate names ``localhost``; reached as 127.0.0.1 it does not match."""
    ca = str(tls_server["folder"] / "ca.pem")
    strict = Database(_url(tls_server, tls="required", tls_ca=ca))
    chain_only = Database(_url(tls_server, tls="required", tls_ca=ca, tls_verify="ca"))
    try:
        with pytest.raises(TlsError):
            strict.tools.get_all_master_region()
        assert _cipher(chain_only)
    finally:
        strict.dispose()
        chain_only.dispose()


def test_preferred_encrypts_when_offered_and_off_never_does(tls_server):
    preferred = Database(_url(tls_server))
    off = Database(_url(tls_server, tls="off"))
    plaintext = Database(MARIADB_URL)
    try:
        assert _cipher(preferred)
        assert _cipher(off) == ""
        assert _cipher(plaintext) == ""  # a server without TLS is still reached
    finally:
        for db in (preferred, off, plaintext):
            db.dispose()


def _driver_context(db: Database) -> object:
    raw = db.engine.raw_connection()
    try:
        return raw.driver_connection.ctx  # type: ignore[union-attr]
    finally:
        raw.close()


def test_preferred_shares_one_context_that_loads_no_ca(tls_server):
    """PyMySQL made a default context, the system's CA bundle loaded, for every
    connection in its PREFERRED mode (28-50 ms of a core each, to check nothing)."""
    offered = Database(_url(tls_server), pool_size=2)
    plaintext = Database(MARIADB_URL, pool_size=2)
    try:
        with offered.engine.connect() as one, offered.engine.connect() as two:
            contexts = {id(c.connection.driver_connection.ctx) for c in (one, two)}
        assert contexts == {id(preferred_context())}
        assert _driver_context(plaintext) is preferred_context()
        assert preferred_context().cert_store_stats()["x509_ca"] == 0
        assert preferred_context().verify_mode == ssl.CERT_NONE
        assert _cipher(offered)  # and still encrypted when the server offers TLS
    finally:
        offered.dispose()
        plaintext.dispose()


def test_required_keeps_its_own_verifying_context(tls_server):
    ca = str(tls_server["folder"] / "ca.pem")
    db = Database(_url(tls_server, host="localhost", tls="required", tls_ca=ca))
    try:
        context = _driver_context(db)
        assert context is not preferred_context()
        assert isinstance(context, ssl.SSLContext)
        assert context.verify_mode == ssl.CERT_REQUIRED
    finally:
        db.dispose()


@pytest.mark.parametrize(
    "query",
    [{"tls": "yes"}, {"tls_verify": "some"}, {"tls_ca": "/no/such/ca.pem"}, {"tls": "REQUIRED"}],
)
def test_bad_tls_settings_are_refused_before_connecting(query):
    url = make_url("mysql+pymysql://desk@db.example/carebot").update_query_dict(query)
    with pytest.raises(ValidationError):
        Database(url)


def test_options_round_trip_through_the_url(tmp_path):
    ca = tmp_path / "ca.pem"
    ca.write_text("x")
    options = TlsOptions(mode="required", ca=str(ca), verify="ca")
    url = with_options(make_url("mysql+pymysql://desk@db.example/carebot?charset=utf8mb4"), options)
    bare, parsed = split_url(url)
    assert parsed == options
    assert dict(bare.query) == {"charset": "utf8mb4"}
