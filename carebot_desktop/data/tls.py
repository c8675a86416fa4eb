"""TLS to MariaDB: the settings, read from the URL's query (``tls``, ``tls_ca``,
``tls_verify``) or given by the application's connection settings.

- ``tls=preferred`` (the default): encrypted when the server offers TLS, with no check of
  its certificate, as PyMySQL does by default; a plaintext server is still accepted.
- ``tls=required``: TLS or no connection. A plaintext server is refused with
  :class:`TlsError`. ``tls_verify`` says what is checked: ``full`` (the default: the
  certificate chains to ``tls_ca``, or to the system's CAs, and names the host), ``ca``
  (the chain only: a server reached by an address its certificate does not name), or
  ``none`` (encryption only; a stolen connection cannot be told apart).
- ``tls=off``: never TLS (a server on the same machine).

Giving ``tls_ca`` alone means ``tls=required``: a CA is given to be checked against.
"""

from __future__ import annotations

import functools
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pymysql.connections import Connection
from sqlalchemy.engine import URL

from carebot_desktop.data.errors import DatabaseUnavailableError, ValidationError

TLS_MODES = ("off", "preferred", "required")
TLS_VERIFY = ("full", "ca", "none")
QUERY_KEYS = ("tls", "tls_ca", "tls_verify")


class TlsError(DatabaseUnavailableError):
    """The connection's TLS requirement is not met. ``reason``: ``no_tls`` (the server
    offers none), ``certificate`` (it does not check out) or ``handshake``."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message, reason=reason)
        self.reason = reason


@dataclass(frozen=True)
class TlsOptions:
    mode: str = "preferred"
    ca: str | None = None
    verify: str = "full"

    def __post_init__(self) -> None:
        if type(self.mode) is not str or self.mode not in TLS_MODES:
            raise ValidationError("tls", f"must be one of {', '.join(TLS_MODES)}")
        if type(self.verify) is not str or self.verify not in TLS_VERIFY:
            raise ValidationError("tls_verify", f"must be one of {', '.join(TLS_VERIFY)}")
        if self.ca is not None and (type(self.ca) is not str or not Path(self.ca).is_file()):
            raise ValidationError("tls_ca", f"no CA certificate file at {self.ca!r}")

    def connect_args(self) -> dict[str, Any]:
        """PyMySQL's connection arguments for these options."""
        if self.mode == "off":
            return {"ssl_disabled": True}
        if self.mode == "preferred":
            return {}  # PyMySQL's own PREFERRED mode: TLS if offered, unverified
        context = ssl.create_default_context(cafile=self.ca)
        context.check_hostname = self.verify == "full"
        context.verify_mode = ssl.CERT_NONE if self.verify == "none" else ssl.CERT_REQUIRED
        return {"ssl": context}


@functools.cache
def preferred_context() -> ssl.SSLContext:
    """The one context of ``tls=preferred``: TLS when the server offers it, its
    certificate not checked (PyMySQL's PREFERRED mode), so no CA is loaded."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


class PreferredTlsConnection(Connection):  # type: ignore[misc]  # (PyMySQL has no types)
    """PyMySQL's connection in its PREFERRED mode (no TLS option given), sharing
    :func:`preferred_context`. PyMySQL made a new default context for every connection,
    loading the system's whole CA bundle to check nothing with it, even for a server
    without TLS: 28-50 ms of a core per connection, several of them in each sign-in
    beside the window's first paint (issue 20)."""

    def _create_ssl_ctx(self, sslp: dict[str, Any] | ssl.SSLContext) -> ssl.SSLContext:
        if isinstance(sslp, dict) and not sslp:  # PREFERRED: the only call with no options
            return preferred_context()
        context: ssl.SSLContext = super()._create_ssl_ctx(sslp)
        return context


def connect_preferred(
    dialect: object, record: object, cargs: tuple[object, ...], cparams: dict[str, Any]
) -> Connection:
    """SQLAlchemy's ``do_connect`` for an engine in ``tls=preferred``."""
    del dialect, record
    return PreferredTlsConnection(*cargs, **cparams)


def split_url(url: URL) -> tuple[URL, TlsOptions]:
    """The URL without the TLS keys, and the options they give."""
    query = dict(url.query)
    given: dict[str, str] = {}
    for key in QUERY_KEYS:
        if key in query:
            value = query.pop(key)
            if not isinstance(value, str):
                raise ValidationError(key, "give it once")
            given[key] = value
    ca = given.get("tls_ca") or None
    mode = given.get("tls") or ("required" if ca else "preferred")
    options = TlsOptions(mode=mode, ca=ca, verify=given.get("tls_verify") or "full")
    return url.set(query=query), options


def with_options(url: URL, options: TlsOptions) -> URL:
    """``url`` carrying ``options`` in its query (what a saved connection becomes)."""
    query = {k: v for k, v in url.query.items() if k not in QUERY_KEYS}
    if options.mode != "preferred":
        query["tls"] = options.mode
    if options.ca:
        query["tls_ca"] = options.ca
    if options.verify != "full":
        query["tls_verify"] = options.verify
    return url.set(query=query)


def explain(orig: BaseException | None) -> TlsError | None:
    """A TLS failure of the driver as a sentence, or None if it is not one."""
    if orig is None:
        return None
    chain: list[BaseException] = [orig]
    for cause in (orig.__cause__, orig.__context__, *getattr(orig, "args", ())):
        if isinstance(cause, BaseException):
            chain.append(cause)
    text = " ".join(str(e) for e in chain).lower()
    if "ssl is required" in text or "doesn't support it" in text:
        return TlsError("the server does not offer TLS, which this connection requires", "no_tls")
    if any(isinstance(e, ssl.SSLCertVerificationError) for e in chain) or (
        "certificate verify failed" in text
    ):
        return TlsError(
            f"the server's certificate could not be verified ({_reason(chain)})", "certificate"
        )
    if any(isinstance(e, ssl.SSLError) for e in chain):
        return TlsError(f"the TLS handshake with the server failed ({_reason(chain)})", "handshake")
    return None


def _reason(chain: list[BaseException]) -> str:
    for error in chain:
        if isinstance(error, ssl.SSLError):
            return " ".join(str(getattr(error, "verify_message", "") or error).split())[:160]
    return " ".join(str(chain[0]).split())[:160]
