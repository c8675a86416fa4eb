"""The exceptions of the data and service layers.

Every failure a caller can meet is a :class:`CarebotError`; the UI shows its message (the
English text) through its own translated wording chosen by the exception class and
``field``. Raw database exceptions never escape the data layer.
"""

from __future__ import annotations


class CarebotError(Exception):
    """Base class of every error raised by ``carebot_desktop.data`` and ``services``."""

    def __init__(self, message: str = "", **details: object) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class NotFoundError(CarebotError):
    """A get/update/delete of a row that does not exist (or a ``get_latest_*`` with none)."""


class ValidationError(CarebotError):
    """Bad input; raised before anything is written. ``field`` names the offending key."""

    def __init__(self, field: str | None, message: str) -> None:
        text = f"{field}: {message}" if field else message
        super().__init__(text, field=field)
        self.field = field
        self.reason = message


class ConflictError(CarebotError):
    """The write would break a uniqueness rule (duplicate e-mail, second family, ...)."""


class AuthenticationError(CarebotError):
    """Unknown or expired session, or a failed sign-in."""


class PermissionDeniedError(CarebotError):
    """The signed-in account may not do this."""


class ThrottledError(PermissionDeniedError):
    """Asked too often; ``retry_after`` seconds until it is allowed again."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message, retry_after=retry_after)
        self.retry_after = retry_after


class DatabaseUnavailableError(CarebotError):
    """The database cannot be reached (or refused us); the caller may retry later."""


class RetryableError(DatabaseUnavailableError):
    """The server failed the transaction in a way that left nothing written and that
    another try may get past: a lost connection before the commit was sent, a Galera
    certification failure or a deadlock (1213), a node not ready (1047), a lock wait that
    timed out (1205). ``Database.run`` runs the whole transaction again, with back-off."""


class CommitUnknownError(DatabaseUnavailableError):
    """The connection was lost while a transaction that wrote was committing: the change
    may or may not be in the database. Never applied again blindly: ``Database.run``
    checks first where the write can be checked (see ``data.failover``)."""


class DatabaseError(CarebotError):
    """Any other database failure, already rolled back."""


class OfflineError(CarebotError):
    """The database is out of reach and this action cannot wait in the outbox."""
