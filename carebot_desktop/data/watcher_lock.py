"""The headless watcher's leadership: one watcher works per database, however many run.

On MariaDB a named lock (``GET_LOCK('carebot_watcher_<schema>', 0)``) taken on a
connection of its own, held for as long as that connection lives: the server lets it go
when the connection ends (the process stopped, crashed or was cut off), and another
watcher's next try gets it. On SQLite an exclusive lock on a file next to the database
file (``<database>.watcher-lock``; ``fcntl.flock`` on POSIX, ``msvcrt.locking`` on
Windows), which the operating system lets go when the process ends. An in-memory SQLite
database belongs to its process: its watcher always leads.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from carebot_desktop.data.driver_errors import translate_error

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from carebot_desktop.data.database import Database

log = logging.getLogger(__name__)
LOCK_PREFIX = "carebot_watcher_"
MAX_LOCK_NAME = 64  # MariaDB's limit on a named lock


class LeaderLock(Protocol):
    """What the watcher needs of a lock (the tests hand their own)."""

    @property
    def description(self) -> str: ...

    def acquire(self) -> bool:
        """Take the lock without waiting; True if this process holds it now. Raises
        :class:`DatabaseUnavailableError` when the database cannot be asked."""
        ...

    def held(self) -> bool:
        """Whether the lock is still this process's (False once its connection died)."""
        ...

    def release(self) -> None:
        """Let it go (nothing if not held); never raises."""
        ...


def lock_name(schema: str) -> str:
    """``carebot_watcher_<schema>``, within MariaDB's 64 characters (a long schema name
    is shortened to its start and a hash of the whole)."""
    name = LOCK_PREFIX + schema
    if len(name) <= MAX_LOCK_NAME:
        return name
    digest = hashlib.sha256(schema.encode("utf-8")).hexdigest()[:16]
    return f"{name[: MAX_LOCK_NAME - 17]}_{digest}"


def watcher_lock(db: Database) -> LeaderLock:
    """The lock that decides which watcher works on ``db``."""
    if db.is_sqlite:
        database = db.url.database
        if not database or database == ":memory:":
            return _ProcessLock()
        return FileLock(Path(f"{database}.watcher-lock"))
    return NamedLock(db, lock_name(db.url.database or ""))


class NamedLock:
    """A MariaDB named lock on a connection of its own (see the module)."""

    def __init__(self, db: Database, name: str) -> None:
        self._db = db
        self.name = name
        self._connection: Connection | None = None

    @property
    def description(self) -> str:
        return f"the MariaDB lock {self.name!r}"

    def acquire(self) -> bool:
        if self._connection is not None and self.held():
            return True
        try:
            connection = self._db.engine.connect()
        except sa_exc.SQLAlchemyError as error:
            raise translate_error(error) from error
        try:
            got = connection.scalar(text("SELECT GET_LOCK(:name, 0)"), {"name": self.name})
            connection.commit()
        except sa_exc.SQLAlchemyError as error:
            _discard(connection)
            raise translate_error(error) from error
        if got == 1:
            self._connection = connection
            return True
        connection.close()
        return False

    def held(self) -> bool:
        connection = self._connection
        if connection is None:
            return False
        try:
            mine = connection.scalar(
                text("SELECT IS_USED_LOCK(:name) = CONNECTION_ID()"), {"name": self.name}
            )
            connection.commit()
        except sa_exc.SQLAlchemyError:
            log.debug("the lock's connection is gone", exc_info=True)
            self._connection = None
            _discard(connection)
            return False
        if mine == 1:
            return True
        self._connection = None
        _discard(connection)
        return False

    def release(self) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            connection.execute(text("SELECT RELEASE_LOCK(:name)"), {"name": self.name})
            connection.commit()
            connection.close()
        except sa_exc.SQLAlchemyError:
            log.debug("the lock could not be released (its connection is gone)", exc_info=True)
            _discard(connection)


def _discard(connection: Connection) -> None:
    """A connection that failed: never back into the pool (its lock, if any, dies)."""
    with contextlib.suppress(sa_exc.SQLAlchemyError):
        connection.invalidate()
    with contextlib.suppress(sa_exc.SQLAlchemyError):
        connection.close()


class FileLock:
    """An exclusive, non-blocking lock on a file (see the module)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._descriptor: int | None = None

    @property
    def description(self) -> str:
        return f"the lock file {self.path}"

    def acquire(self) -> bool:
        if self._descriptor is not None:
            return True
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock_file(descriptor)
        except OSError:
            os.close(descriptor)
            return False
        self._descriptor = descriptor
        return True

    def held(self) -> bool:
        return self._descriptor is not None

    def release(self) -> None:
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is None:
            return
        with contextlib.suppress(OSError):
            _unlock_file(descriptor)
        with contextlib.suppress(OSError):
            os.close(descriptor)


if sys.platform == "win32":
    import msvcrt

    def _lock_file(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)

    def _unlock_file(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_file(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)


class _ProcessLock:
    """An in-memory database: only this process can reach it, so it always leads."""

    description = "this process's in-memory database"

    def acquire(self) -> bool:
        return True

    def held(self) -> bool:
        return True

    def release(self) -> None:
        return None
