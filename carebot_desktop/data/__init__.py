"""The Carebot database connector: SQLAlchemy only, no Qt.

``Database(url)`` holds the engine and pool; its areas (``accounts``, ``families``,
``members``, ``auth``, ``status``, ``messages``, ``notifications``, ``tools``,
``backgrounds``) hold the connector functions. Rows come back as plain dicts.
"""

from carebot_desktop.data.database import Database, SessionLifetimes, resolve_url
from carebot_desktop.data.errors import (
    AuthenticationError,
    CarebotError,
    ConflictError,
    DatabaseError,
    DatabaseUnavailableError,
    NotFoundError,
    OfflineError,
    PermissionDeniedError,
    ValidationError,
)

__all__ = [
    "AuthenticationError",
    "CarebotError",
    "ConflictError",
    "Database",
    "DatabaseError",
    "DatabaseUnavailableError",
    "NotFoundError",
    "OfflineError",
    "PermissionDeniedError",
    "SessionLifetimes",
    "ValidationError",
    "resolve_url",
]
