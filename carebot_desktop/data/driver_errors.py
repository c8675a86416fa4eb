"""What the database driver raises, as the :mod:`carebot_desktop.data.errors` the layers
above handle.

Kept apart from the engine (``database``) so that the mapping can be read as one table:
which driver codes mean "out of reach", which mean "this login may not", which values a
driver cannot store, and what a per-person procedure's ``SIGNAL`` says.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection
from sqlalchemy.engine.interfaces import DBAPICursor, ExecutionContext

from carebot_desktop.data.errors import (
    CarebotError,
    ConflictError,
    DatabaseError,
    DatabaseUnavailableError,
    NotFoundError,
    PermissionDeniedError,
    ThrottledError,
    ValidationError,
)
from carebot_desktop.data.tls import explain

# MySQL/MariaDB client and server error codes that mean "the server is out of reach".
_UNREACHABLE_CODES = {
    1040,  # too many connections
    1045,  # access denied
    1049,  # unknown database
    1053,  # server shutdown in progress
    1927,  # connection was killed
    2002,  # can't connect through socket
    2003,  # can't connect to server
    2005,  # unknown host
    2006,  # server has gone away
    2013,  # lost connection during query
    2014,
    2055,  # lost connection
    4031,  # disconnected by the server because of inactivity
}

# A person's own login met a privilege or a write view's CHECK OPTION.
_REFUSED_CODES = {1044, 1142, 1143, 1227, 1288, 1369, 1370, 1471}

_PLAIN = (str, int, float, datetime, date, time, Decimal, bytes, type(None))
_INT64 = (-(2**63), 2**63 - 1)

# What a driver raises for a value it cannot send: text that is not valid Unicode (a lone
# surrogate), an integer wider than the column, a type it cannot bind.
UNSTORABLE = (UnicodeError, OverflowError)


def check_parameters(
    _conn: Connection,
    _cursor: DBAPICursor,
    _statement: str,
    parameters: Sequence[object] | Mapping[str, object],
    _context: ExecutionContext | None,
    executemany: bool,
) -> None:
    """Every value bound to a statement is one the database can store: plain types, text
    that is valid Unicode, integers within 64 bits. A bad argument anywhere (an id given as
    a dict, a lone surrogate in a name) becomes a ValidationError before anything is sent.
    Batches (``executemany``) carry rows already checked by ``clean``."""
    if executemany or not parameters:
        return
    values = parameters.values() if isinstance(parameters, Mapping) else parameters
    for value in values:
        if isinstance(value, str):
            if not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:
                    raise unstorable(UnicodeError()) from None
        elif isinstance(value, int) and not isinstance(value, bool):
            if not _INT64[0] <= value <= _INT64[1]:
                raise unstorable(OverflowError())
        elif not isinstance(value, _PLAIN):
            raise ValidationError(None, f"a {type(value).__name__} cannot be stored")


def unstorable(error: BaseException) -> ValidationError:
    if isinstance(error, UnicodeError):
        return ValidationError(None, "text must be valid Unicode (no lone surrogates)")
    if isinstance(error, OverflowError):
        return ValidationError(None, "a number is too large for the database")
    return ValidationError(None, f"a value of this type cannot be stored ({type(error).__name__})")


def translate_error(error: sa_exc.SQLAlchemyError) -> CarebotError:
    """Map a SQLAlchemy/driver exception to the matching :class:`CarebotError`."""
    orig = getattr(error, "orig", None)
    if isinstance(orig, (*UNSTORABLE, TypeError)):
        return unstorable(orig)
    if isinstance(error, (sa_exc.ProgrammingError, sa_exc.InterfaceError)) and (
        "binding parameter" in str(orig).lower() or "type" in str(orig).lower()
    ):
        return ValidationError(None, f"a value cannot be stored ({_short(orig)})")
    if isinstance(error, sa_exc.DBAPIError):
        orig = error.orig
        tls_failure = explain(orig)
        if tls_failure is not None:
            return tls_failure
        code = orig.args[0] if orig is not None and orig.args else None
        if code == 1644 and orig is not None:  # SIGNAL in a per-person procedure
            return _signalled(str(orig.args[1]) if len(orig.args) > 1 else "")
        if code in _REFUSED_CODES:
            return PermissionDeniedError(f"the database refused this login ({_short(orig)})")
        if error.connection_invalidated or code in _UNREACHABLE_CODES:
            return DatabaseUnavailableError(f"the database cannot be reached ({_short(orig)})")
        if isinstance(error, sa_exc.IntegrityError):
            return ConflictError(f"the change conflicts with existing data ({_short(orig)})")
        if isinstance(error, sa_exc.DataError):
            return ValidationError(None, f"the database refused a value ({_short(orig)})")
        if isinstance(error, sa_exc.OperationalError):
            message = str(orig).lower()
            if "locked" in message or "busy" in message or "unable to open" in message:
                return DatabaseUnavailableError(f"the database is not available ({_short(orig)})")
            return DatabaseUnavailableError(f"the database failed ({_short(orig)})")
    if isinstance(error, sa_exc.TimeoutError):
        return DatabaseUnavailableError("no database connection became free in time")
    return DatabaseError(f"database error ({type(error).__name__})")


def _signalled(message: str) -> CarebotError:
    """A per-person procedure's refusal (``provisioning``'s ``kind: text``) as its error."""
    kind, _, text_ = message.partition(": ")
    if kind == "throttled":
        return ThrottledError(text_, retry_after=3600.0)
    if kind == "denied":
        return PermissionDeniedError(text_)
    if kind == "notfound":
        return NotFoundError(text_)
    if kind == "conflict":
        return ConflictError(text_)
    if kind == "invalid":
        field, _, reason = text_.rpartition(": ")
        return ValidationError(field or None, reason)
    return DatabaseError(message)


def _short(orig: BaseException | None) -> str:
    if orig is None:
        return "unknown"
    return " ".join(str(orig).split())[:200]
