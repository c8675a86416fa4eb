"""Errors as sentences for a person, in the interface language (one place for all screens)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carebot_desktop.config import paths
from carebot_desktop.data.errors import (
    AuthenticationError,
    CarebotError,
    DatabaseUnavailableError,
    OfflineError,
    PermissionDeniedError,
    ThrottledError,
    ValidationError,
)
from carebot_desktop.services import LockedOutError, connection_errors
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui.login.connection_problems import ConnectionProblemText


# The catalogue's context for these sentences is "LoginPage", where they began.
def error_text(error: object) -> str:
    """A message for a person; never an exception's class name. Unexpected errors point
    to the log file, which holds the traceback."""
    if isinstance(error, LockedOutError):
        return QCoreApplication.translate(
            "LoginPage", "Too many failed attempts. Try again after %1."
        ).replace("%1", fmt.local_text(error.until, with_date=False))
    if isinstance(error, OfflineError):
        return QCoreApplication.translate(
            "LoginPage",
            "Offline: this change needs the connection to the database. Try again when it is back.",
        )
    if isinstance(error, BaseException):
        problem = connection_errors.classify(error)  # a failure to connect, named
        if problem is not None:
            return ConnectionProblemText.sentence(problem)
    if isinstance(error, DatabaseUnavailableError):
        return QCoreApplication.translate(
            "LoginPage",
            "The database cannot be reached. Check the network or the connection settings, then try again.",
        )
    if isinstance(error, AuthenticationError):
        return QCoreApplication.translate("LoginPage", "The e-mail or password is incorrect.")
    if isinstance(error, ThrottledError):
        minutes = max(1, round(error.retry_after / 60))
        return QCoreApplication.translate(
            "LoginPage", "Too many attempts. Try again in %1 min."
        ).replace("%1", str(minutes))
    if isinstance(error, PermissionDeniedError):
        return QCoreApplication.translate("LoginPage", "This account may not do that.")
    if isinstance(error, ValidationError):
        return QCoreApplication.translate("LoginPage", "Please check this field: %1").replace(
            "%1", error.message
        )
    if isinstance(error, CarebotError):
        return error.message
    return QCoreApplication.translate(
        "LoginPage",
        "Something went wrong and the action was not completed. The details are in the log: %1",
    ).replace("%1", str(paths.log_file()))
