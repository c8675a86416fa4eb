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
from sqlalchemy.engine.interfaces import DBAPICursor, ExceptionContext, ExecutionContext

from carebot_desktop.data.errors import (
    CarebotError,
    CommitUnknownError,
    ConflictError,
    DatabaseError,
    DatabaseUnavailableError,
    NotFoundError,
    PermissionDeniedError,
    RetryableError,
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

# The connection is dead, or its server no longer serves: SQLAlchemy discards it (and the
# pool's other connections made before it) and the next use connects afresh, through the
# proxy to a node that is up. SQLAlchemy knows 1927, 2006, 2013, 2014, 2045, 2055 and 4031;
# these add a server shutting down, a Galera node not (or no longer) in the primary
# component ("WSREP has not yet prepared node for application use") and a commit the node
# could not finish (Galera's 1180 when it lost the cluster during the commit).
DISCONNECT_CODES = {1047, 1053, 1180, 1927, 2006, 2013, 2014, 2045, 2055, 4031}

# Failures that leave nothing written and that a later try may get past: the whole
# transaction may run again. Galera reports a certification failure (another node's
# transaction on the same rows won) as a deadlock, 1213, at the commit; InnoDB rolls the
# whole transaction back on a deadlock; a lock wait timeout (1205) ends only the statement
# on the server, but the unit of work rolls back the rest. Not-yet-connected failures
# (2002, 2003: refused while the proxy finds a live node) count too.
RETRYABLE_CODES = {1047, 1053, 1205, 1213, 1927, 2002, 2003, 2006, 2013, 2014, 2055, 4031}

# What a lost connection means at the commit of a transaction that wrote: it may have
# committed (the server may have applied it and the reply been lost).
_LOST_AT_COMMIT = {1180, 1927, 2006, 2013, 2014, 2045, 2055, 4031}

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


def error_code(error: BaseException | None) -> int | None:
    """The MySQL/MariaDB error number of a driver exception (or of SQLAlchemy's wrapper of
    one), if it has one."""
    orig = getattr(error, "orig", error)
    args = getattr(orig, "args", ())
    code = args[0] if args else None
    return code if isinstance(code, int) else None


def mark_disconnect(context: ExceptionContext) -> None:
    """SQLAlchemy's ``handle_error`` hook: the failures of :data:`DISCONNECT_CODES` count
    as a lost connection, so that the connection is discarded, not handed out again."""
    if not context.is_disconnect and error_code(context.original_exception) in DISCONNECT_CODES:
        context.is_disconnect = True


def translate_error(
    error: sa_exc.SQLAlchemyError, *, at_commit: bool = False, wrote: bool = True
) -> CarebotError:
    """Map a SQLAlchemy/driver exception to the matching :class:`CarebotError`.

    ``at_commit``: it was raised by the COMMIT of a transaction (``wrote``: that changed
    something). A lost connection there is a :class:`CommitUnknownError`; before it, or
    for a transaction that only read, a :class:`RetryableError`."""
    code = error_code(error)
    if isinstance(error, sa_exc.DBAPIError):
        tls_failure = explain(error.orig)
        if tls_failure is not None:
            return tls_failure
    lost = getattr(error, "connection_invalidated", False) or code in _LOST_AT_COMMIT
    if at_commit and wrote and lost and code not in (1047, 1213):
        return CommitUnknownError(
            f"the connection was lost while the change was being saved ({_short(error)})"
        )
    if code in RETRYABLE_CODES or (
        lost and isinstance(error, sa_exc.DBAPIError) and code not in _REFUSED_CODES
    ):
        return RetryableError(f"the database cannot be reached ({_short(error)})")
    orig = getattr(error, "orig", None)
    if isinstance(orig, (*UNSTORABLE, TypeError)):
        return unstorable(orig)
    if isinstance(error, (sa_exc.ProgrammingError, sa_exc.InterfaceError)) and (
        "binding parameter" in str(orig).lower() or "type" in str(orig).lower()
    ):
        return ValidationError(None, f"a value cannot be stored ({_short(orig)})")
    if isinstance(error, sa_exc.DBAPIError):
        orig = error.orig
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
    orig = getattr(orig, "orig", None) or orig
    return " ".join(str(orig).split())[:200]
