"""Why a connection to the database failed, as one of the few things a person can act on.

The data layer turns every driver failure into a :class:`DatabaseUnavailableError` (or a
:class:`TlsError`), and keeps the driver's exception as its ``__cause__``. Here that chain is
read once more and named: the host's name does not resolve or the host does not answer,
nothing (or something that is not MariaDB) answers on that port, the login or its password
is refused, the database does not exist, the server wants TLS that this connection did not
use, TLS is required here and the server offers none, or the server's certificate is not
one the CA vouches for or names another host. The screens say each in their own sentence;
the driver's own words go to a details line, never in place of that sentence.

No Qt here: :func:`check_connection` is what the connection dialog's worker runs, and
:func:`classify` is cheap enough to call on the GUI thread for an error a worker raised.
"""

from __future__ import annotations

import errno
import socket
import ssl
from dataclasses import dataclass
from enum import StrEnum
from types import TracebackType

from sqlalchemy.engine import make_url

from carebot_desktop.data import Database
from carebot_desktop.data.errors import CarebotError, DatabaseUnavailableError, ValidationError
from carebot_desktop.data.tls import TlsError, TlsOptions, split_url, with_options


class Problem(StrEnum):
    HOST_NOT_FOUND = "host_not_found"  # the host's name does not resolve
    HOST_UNREACHABLE = "host_unreachable"  # no route to it, or no answer in time
    WRONG_PORT = "wrong_port"  # refused there, or what answers is not MariaDB
    ACCESS_DENIED = "access_denied"  # 1045 (login or password), 1044 (no right to the database)
    UNKNOWN_DATABASE = "unknown_database"  # 1049
    TLS_REQUIRED = "tls_required"  # the server accepts only TLS, and this connection used none
    TLS_REFUSED = "tls_refused"  # TLS is required here and the server offers none (2026)
    CERTIFICATE_UNTRUSTED = "certificate_untrusted"  # not signed by the CA given (or expired)
    CERTIFICATE_NAME = "certificate_name"  # the certificate names another host
    TLS_FAILED = "tls_failed"  # any other failure of the TLS handshake
    CA_FILE = "ca_file"  # the CA certificate file is missing or holds no certificate


@dataclass(frozen=True)
class ConnectionProblem:
    """What went wrong (``kind``), the driver's error code if it gave one, and its own
    words (``details``, for a details line shown as plain text; never a password)."""

    kind: Problem
    details: str = ""
    code: int | None = None


class ConnectionCheckError(DatabaseUnavailableError):
    """:func:`check_connection` failed; ``problem`` says why."""

    def __init__(self, problem: ConnectionProblem) -> None:
        super().__init__(f"the connection failed: {problem.kind.value}", problem=problem)
        self.problem = problem


# Client error codes (PyMySQL's CR_*) and server codes that name a problem outright.
_ACCESS_DENIED = {1044, 1045, 1698}  # 1698: a unix-socket-only login reached over TCP
_UNKNOWN_DATABASE = 1049
_TLS_REQUIRED = {3159}  # MySQL's ER_SECURE_TRANSPORT_REQUIRED (MariaDB answers 1045)
_TLS_CONNECTION = 2026  # CR_SSL_CONNECTION_ERROR
_CANNOT_CONNECT = {2002, 2003, 2005}  # CR_CONNECTION_ERROR, CR_CONN_HOST_ERROR, unknown host
# OpenSSL's verify results meaning "the certificate is for another name".
_NAME_MISMATCH = {62, 63, 64}  # X509_V_ERR_HOSTNAME/EMAIL/IP_ADDRESS_MISMATCH
_UNREACHABLE = {errno.EHOSTUNREACH, errno.ENETUNREACH, errno.ETIMEDOUT, errno.EHOSTDOWN}


def classify(error: BaseException) -> ConnectionProblem | None:
    """The problem behind ``error``, or None when it is not a failure to connect (a
    connection lost in the middle of work, a refused value, a person's own permission):
    the screens keep their usual sentence for those."""
    if isinstance(error, ConnectionCheckError):
        return error.problem
    if isinstance(error, ValidationError) and error.field == "tls_ca":
        return ConnectionProblem(Problem.CA_FILE, error.reason)
    chain = _chain(error)
    driver = next((e for e in chain if _driver_code(e) is not None), None)
    code = _driver_code(driver) if driver is not None else None
    details = _words(driver if driver is not None else error)
    if driver is None and not any(isinstance(e, TlsError) for e in chain):
        return None  # not the database driver's (an image's download, say)
    tls = _tls_problem(chain)
    if tls is not None:
        return ConnectionProblem(tls, details, code)
    if driver is None:
        return None
    if not _while_connecting(driver):
        return None  # in the middle of work (lost, or a privilege): the usual sentence
    if code in _TLS_REQUIRED or "insecure transport" in details.lower():
        return ConnectionProblem(Problem.TLS_REQUIRED, details, code)
    if code in _ACCESS_DENIED:
        return ConnectionProblem(Problem.ACCESS_DENIED, details, code)
    if code == _UNKNOWN_DATABASE:
        return ConnectionProblem(Problem.UNKNOWN_DATABASE, details, code)
    cause = _os_error(chain, driver)
    if isinstance(cause, socket.gaierror) or code == 2005:
        return ConnectionProblem(Problem.HOST_NOT_FOUND, details, code)
    if isinstance(cause, ConnectionRefusedError):
        return ConnectionProblem(Problem.WRONG_PORT, details, code)
    if isinstance(cause, TimeoutError) or (cause is not None and cause.errno in _UNREACHABLE):
        return ConnectionProblem(Problem.HOST_UNREACHABLE, details, code)
    if code in _CANNOT_CONNECT:
        return ConnectionProblem(Problem.HOST_UNREACHABLE, details, code)
    # Connected, but the greeting came garbled, or the connection closed before it: what
    # listens on that port is not MariaDB (an SSH or web server, say).
    return ConnectionProblem(Problem.WRONG_PORT, details, code)


def check_connection(url: str | None, *, connect_timeout: int = 5) -> str:
    """Connect once (a worker's call): the TLS cipher in use ("" if not encrypted), or
    :class:`ConnectionCheckError` naming the problem. A login refused over a connection
    without TLS is tried once more with TLS (unverified, with the same password the
    unencrypted try just sent): if that is let in, the server wants TLS for it."""
    try:
        return _connect_once(url, connect_timeout)
    except ssl.SSLError as error:  # raised before connecting: the CA file would not load
        raise ConnectionCheckError(ConnectionProblem(Problem.CA_FILE, _words(error))) from error
    except CarebotError as error:
        named = classify(error)
        if named is None:
            raise
        password = make_url(url).password if url else None
        problem = _redacted(named, password)
        if (
            problem.kind is Problem.ACCESS_DENIED
            and url
            and _without_tls(url)
            and _accepted_with_tls(url, connect_timeout)
        ):
            problem = ConnectionProblem(Problem.TLS_REQUIRED, problem.details, problem.code)
        raise ConnectionCheckError(problem) from error


def check_ca_file(path: str) -> ConnectionProblem | None:
    """A CA certificate file that will load (None), or why it will not: a local file read,
    quick enough for the moment of saving the settings."""
    if not path:
        return None
    try:
        ssl.create_default_context(cafile=TlsOptions(mode="required", ca=path).ca)
    except ValidationError as error:
        return ConnectionProblem(Problem.CA_FILE, error.reason)
    except (ssl.SSLError, OSError) as error:
        return ConnectionProblem(Problem.CA_FILE, _words(error))
    return None


# --- the pieces -----------------------------------------------------------------------


def _connect_once(url: str | None, connect_timeout: int) -> str:
    db = Database(url, connect_timeout=connect_timeout)
    try:
        db.ping()
        return db.tls_cipher()
    finally:
        db.dispose()


def _without_tls(url: str) -> bool:
    parsed = make_url(url)
    if not parsed.drivername.startswith(("mysql", "mariadb")):
        return False
    return split_url(parsed)[1].mode == "off"


def _accepted_with_tls(url: str, connect_timeout: int) -> bool:
    """Whether the same login gets in over TLS: connected, or refused for a reason that
    comes only after the password was accepted (the database, a right on it)."""
    bare, _options = split_url(make_url(url))
    encrypted = with_options(bare, TlsOptions(mode="required", verify="none"))
    try:
        _connect_once(encrypted.render_as_string(hide_password=False), connect_timeout)
    except CarebotError as error:
        again = classify(error)
        return again is not None and again.code in {1044, _UNKNOWN_DATABASE}
    return True


def _chain(error: BaseException) -> list[BaseException]:
    """``error``, its causes and contexts, and what a driver kept aside (PyMySQL's
    ``original_exception``), each once. Contexts count even when ``raise ... from None``
    hid them from the traceback: the sign-in raises its own "cannot be reached" that way
    when no offline copy can stand in, and the driver's reason is still behind it."""
    found: list[BaseException] = []
    pending: list[BaseException] = [error]
    while pending:
        current = pending.pop(0)
        if any(current is seen for seen in found):
            continue
        found.append(current)
        for linked in (
            current.__cause__,
            current.__context__,
            getattr(current, "orig", None),
            getattr(current, "original_exception", None),
        ):
            if isinstance(linked, BaseException):
                pending.append(linked)
    return found


def _driver_code(error: BaseException | None) -> int | None:
    """A DB-API error's numeric code (PyMySQL: ``args == (code, message)``)."""
    if error is None or isinstance(error, (CarebotError, OSError)):
        return None
    module = type(error).__module__
    if not module.startswith(("pymysql", "MySQLdb", "mariadb")):
        return None
    args = error.args
    if len(args) >= 1 and isinstance(args[0], int) and not isinstance(args[0], bool):
        return args[0]
    return 0  # a driver error without a code (PyMySQL's "Packet sequence number wrong")


def _tls_problem(chain: list[BaseException]) -> Problem | None:
    tls = next((e for e in chain if isinstance(e, TlsError)), None)
    verify = next((e for e in chain if isinstance(e, ssl.SSLCertVerificationError)), None)
    if verify is not None:
        if verify.verify_code in _NAME_MISMATCH or "mismatch" in str(verify.verify_message):
            return Problem.CERTIFICATE_NAME
        return Problem.CERTIFICATE_UNTRUSTED
    if tls is not None:
        if tls.reason == "no_tls":
            return Problem.TLS_REFUSED
        if tls.reason == "certificate":
            return (
                Problem.CERTIFICATE_NAME
                if "mismatch" in tls.message
                else Problem.CERTIFICATE_UNTRUSTED
            )
        return Problem.TLS_FAILED
    if any(_driver_code(e) == _TLS_CONNECTION for e in chain):
        return Problem.TLS_REFUSED
    driver_seen = any(_driver_code(e) is not None for e in chain)
    if driver_seen and any(isinstance(e, ssl.SSLError) for e in chain):
        return Problem.TLS_FAILED
    return None


def _while_connecting(driver: BaseException) -> bool:
    """The driver failed while opening the connection (in its ``connect``), not later."""
    traceback: TracebackType | None = driver.__traceback__
    while traceback is not None:
        code = traceback.tb_frame.f_code
        if code.co_name in {"connect", "_get_server_information", "_request_authentication"} and (
            "pymysql" in code.co_filename or "MySQLdb" in code.co_filename
        ):
            return True
        traceback = traceback.tb_next
    return False


def _os_error(chain: list[BaseException], driver: BaseException) -> OSError | None:
    for error in chain:
        if isinstance(error, OSError):
            return error
    original = getattr(driver, "original_exception", None)
    return original if isinstance(original, OSError) else None


def _words(error: BaseException) -> str:
    """The driver's own message on one line: ``(code, "text")`` becomes ``code: text``."""
    args = error.args
    coded = len(args) >= 2 and isinstance(args[0], int)
    text = f"{args[0]}: {args[1]}" if coded else str(error)
    return " ".join(text.split())[:400]


def _redacted(problem: ConnectionProblem, password: str | None) -> ConnectionProblem:
    if not password or password not in problem.details:
        return problem
    return ConnectionProblem(problem.kind, problem.details.replace(password, "***"), problem.code)
