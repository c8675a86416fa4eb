"""The Carebot database: one engine, one connection pool, one session factory.

Built once by the composition root (the original connector's module-level
``database_instance`` did the same job: one pool per process) and handed to whoever needs it.
Every connector function runs as one unit of work (:meth:`Database.transaction`): one
transaction, committed or rolled back as a whole, with database exceptions translated into
:mod:`carebot_desktop.data.errors`. Inside :meth:`Database.unit_of_work` the functions a
thread calls join one transaction instead: one person's action is one transaction and one
commit, however many connector functions it uses (each round trip counts on a home PC).
"""

from __future__ import annotations

import logging
import os
import threading
import time as _time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, create_engine, event, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection, QueuePool

from carebot_desktop.config import paths
from carebot_desktop.data import schema
from carebot_desktop.data.accounts import Accounts
from carebot_desktop.data.auth import Auth
from carebot_desktop.data.backgrounds import Backgrounds
from carebot_desktop.data.care import Care
from carebot_desktop.data.contacts import Contacts
from carebot_desktop.data.desk import Desk
from carebot_desktop.data.driver_errors import (
    UNSTORABLE,
    check_parameters,
    translate_error,
    unstorable,
)
from carebot_desktop.data.families import Families
from carebot_desktop.data.members import Members
from carebot_desktop.data.messages import Messages
from carebot_desktop.data.notifications import Notifications
from carebot_desktop.data.security import Security
from carebot_desktop.data.status import Status
from carebot_desktop.data.tls import TlsOptions, split_url
from carebot_desktop.data.tools import Tools
from carebot_desktop.data.watch import Watch

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SessionLifetimes:
    """How long a login session lives after its last activity, in seconds."""

    sub: int = 1_800  # sub and system accounts
    main: int = 259_200  # the elder's own sessions (3 days)
    remembered: int = 2_592_000  # "remember me" (30 days)


def resolve_url(url: str | URL | None = None) -> URL:
    """The database URL: the argument, else ``CAREBOT_DB_URL``, else the connector's
    ``DB_HOST``/``DB_PORT``/``DB_USER``/``DB_PASSWORD``/``DB_SCHEMA``/``DB_CHARSET``,
    else the embedded SQLite file in the user's data directory."""
    if url is not None:
        return make_url(url)
    env = os.environ
    if env.get("CAREBOT_DB_URL"):
        return make_url(env["CAREBOT_DB_URL"])
    if env.get("DB_HOST"):
        return URL.create(
            "mysql+pymysql",
            username=env.get("DB_USER") or None,
            password=env.get("DB_PASSWORD") or None,
            host=env["DB_HOST"],
            port=int(env.get("DB_PORT") or 3306),
            database=env.get("DB_SCHEMA") or None,
            query={"charset": env.get("DB_CHARSET") or "utf8mb4"},
        )
    return sqlite_url(paths.embedded_database_path())


def sqlite_url(path: str | Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path))


def _is_mysql(url: URL) -> bool:
    return url.get_backend_name() in ("mysql", "mariadb")


class Database:
    """Engine, pool and session factory of one Carebot database, plus the connector areas.

    ``accounts``, ``families``, ``members``, ``auth``, ``status``, ``messages``,
    ``notifications``, ``tools`` and ``backgrounds`` hold the connector's functions;
    ``security`` holds the desktop's sign-in counters and audit log; ``care`` what was
    done about each alert, the care log and the handovers.
    """

    def __init__(
        self,
        url: str | URL | None = None,
        *,
        pool_size: int = 3,
        max_overflow: int = 2,
        pool_recycle: int = 1800,
        ping_after_idle: float = 30.0,
        pool_timeout: float = 10.0,
        connect_timeout: int = 5,
        read_timeout: int = 30,
        session_lifetimes: SessionLifetimes | None = None,
        echo: bool = False,
    ) -> None:
        self.url = resolve_url(url)
        self.session_lifetimes = session_lifetimes or SessionLifetimes()
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.is_mysql = _is_mysql(self.url)
        self._read_timeout = read_timeout
        connect_args: dict[str, object] = {}
        self.tls = TlsOptions(mode="off")
        if self.is_mysql:
            self.url, self.tls = split_url(self.url)
            # The handshake is read under read_timeout: keep it as short as connecting,
            # so a server that accepts and then stays silent fails fast too. Queries get
            # the longer read_timeout once connected (see _on_connect).
            connect_args = {
                "connect_timeout": connect_timeout,
                "read_timeout": connect_timeout,
                "write_timeout": read_timeout,
                # One statement sets up a new connection (each is a round trip): manual
                # commits, and TIMESTAMP columns in UTC so naive UTC datetimes round-trip
                # unchanged whatever the server's zone.
                "autocommit": None,
                "init_command": "SET autocommit = 0, time_zone = '+00:00'",
                **self.tls.connect_args(),
            }
            if "charset" not in self.url.query:
                self.url = self.url.update_query_dict({"charset": "utf8mb4"})
        elif self.is_sqlite:
            connect_args = {"check_same_thread": False, "timeout": connect_timeout}
            if self.url.database and self.url.database != ":memory:":
                paths.private_file(Path(self.url.database))
        self.engine: Engine = create_engine(
            self.url,
            pool_size=pool_size,
            max_overflow=max_overflow,
            pool_recycle=pool_recycle,
            # Every unit of work ends its transaction itself (commit or rollback), so the
            # pool's extra ROLLBACK on return is a wasted round trip on MariaDB.
            pool_reset_on_return=None if self.is_mysql else "rollback",
            pool_timeout=pool_timeout,
            connect_args=connect_args,
            echo=echo,
            # File databases (plain or SQLCipher) share a real pool across threads.
            **({"poolclass": QueuePool} if self.is_sqlite else {}),
        )
        event.listen(self.engine, "connect", self._on_connect)
        # No ping before every checkout (a round trip each): only a connection that sat
        # idle in the pool is checked, and a dead one is replaced before anyone uses it.
        self._ping_after_idle = ping_after_idle
        event.listen(self.engine, "checkin", _stamp_checkin)
        event.listen(self.engine, "checkout", self._check_idle_connection)
        self._local = threading.local()
        event.listen(self.engine, "before_cursor_execute", check_parameters)
        self._session_factory = sessionmaker(
            bind=self.engine, autoflush=False, expire_on_commit=False
        )
        self._legacy_tables: set[str] | None = None
        self._secured: bool | None = None

        # The connector areas (they know this class only as a type, so no import loop).
        self.accounts = Accounts(self)
        self.families = Families(self)
        self.members = Members(self)
        self.auth = Auth(self)
        self.status = Status(self)
        self.messages = Messages(self)
        self.notifications = Notifications(self)
        self.tools = Tools(self)
        self.backgrounds = Backgrounds(self)
        self.security = Security(self)
        self.desk = Desk(self)
        self.care = Care(self)
        self.contacts = Contacts(self)
        self.watch = Watch(self)

    def __repr__(self) -> str:
        return f"Database({self.url.render_as_string(hide_password=True)!r})"

    # --- connections -------------------------------------------------------------------

    def _on_connect(self, dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        cursor = dbapi_connection.cursor()
        try:
            if self.is_sqlite:
                cursor.execute("PRAGMA foreign_keys=ON")
                cursor.execute("PRAGMA busy_timeout=5000")
                if self.url.database and self.url.database != ":memory:":
                    cursor.execute("PRAGMA journal_mode=WAL")
                    cursor.execute("PRAGMA synchronous=NORMAL")
            elif self.is_mysql:
                # PyMySQL reads _read_timeout before every read; there is no public setter.
                dbapi_connection._read_timeout = self._read_timeout
        finally:
            cursor.close()

    def _check_idle_connection(
        self,
        dbapi_connection: DBAPIConnection,
        record: ConnectionPoolEntry,
        _proxy: PoolProxiedConnection,
    ) -> None:
        idle_since = record.info.get("checked_in")
        if (
            not self.is_mysql
            or idle_since is None
            or _time.monotonic() - idle_since < self._ping_after_idle
        ):
            return
        try:
            dbapi_connection.ping(reconnect=False)  # PyMySQL's ping
        except Exception as error:  # any failure: the pool connects afresh
            raise sa_exc.DisconnectionError(str(error)) from error

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error, always close.

        Database exceptions become :class:`CarebotError` subclasses; nothing half-written
        survives a failure. Inside :meth:`unit_of_work` on this thread, the surrounding
        transaction is used: it commits or rolls back as a whole at its end.
        """
        joined = getattr(self._local, "session", None)
        if joined is not None:
            try:
                yield joined
            except sa_exc.SQLAlchemyError as error:
                raise translate_error(error) from error
            except UNSTORABLE as error:
                raise unstorable(error) from error
            return
        session = self._session_factory()
        try:
            yield session
            session.commit()
        except BaseException as error:
            try:
                session.rollback()
            except sa_exc.SQLAlchemyError:  # the connection may be gone already
                log.debug("rollback failed", exc_info=True)
            if isinstance(error, sa_exc.SQLAlchemyError):
                raise translate_error(error) from error
            if isinstance(error, UNSTORABLE):
                raise unstorable(error) from error
            raise
        finally:
            session.close()

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction for everything this thread does inside: connector functions
        called within join it (nested units join too). Commit at the end, roll back on any
        error."""
        if getattr(self._local, "session", None) is not None:
            with self.transaction() as joined:
                yield joined
            return
        with self.transaction() as session:
            self._local.session = session
            try:
                yield session
            finally:
                self._local.session = None

    @contextmanager
    def separate_transaction(self) -> Iterator[Session]:
        """A transaction of its own, even inside a unit of work: for a record that must
        outlast the failure of the action around it (a try that a throttle counts)."""
        outer = getattr(self._local, "session", None)
        self._local.session = None
        try:
            with self.transaction() as session:
                yield session
        finally:
            self._local.session = outer

    def ping(self) -> None:
        """Raise :class:`DatabaseUnavailableError` unless the database answers (on MariaDB
        it also learns, once, whether this is a person's own login: see ``secured``)."""
        if self.is_mysql and self._secured is None:
            self._secured = self._is_views_schema()
            if not self._secured:
                self.security.prefetch_key()  # what the first sign-in would fetch
            return
        with self.transaction() as session:
            session.execute(text("SELECT 1"))

    @property
    def secured(self) -> bool:
        """True when connected through a person's own login to the per-person views (see
        ``carebot_desktop.data.provisioning``): writes then go to the write views."""
        if self._secured is None:
            self._secured = self.is_mysql and self._is_views_schema()
        return self._secured

    def login_account(self) -> str | None:
        """Through a person's own login, the Carebot account it stands for (None
        otherwise, or if the login stands for none). Asked each time: the administrator
        maps logins to accounts, and only the few writes that name "me" ask."""
        if not self.secured:
            return None
        with self.transaction() as session:
            found = session.scalar(text("SELECT desk_me()"))
        return str(found) if found is not None else None

    def _is_views_schema(self) -> bool:
        with self.transaction() as session:
            kind = session.scalar(
                text(
                    "SELECT TABLE_TYPE FROM information_schema.TABLES WHERE "
                    "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'accounts'"
                )
            )
        return bool(kind == "VIEW")

    def tls_cipher(self) -> str:
        """The TLS cipher of a connection to the server ("" if it is not encrypted, or is
        a local file)."""
        if not self.is_mysql:
            return ""
        with self.transaction() as session:
            found = session.execute(text("SHOW SESSION STATUS LIKE 'Ssl_cipher'")).first()
        return str(found[1] or "") if found is not None else ""

    def dispose(self) -> None:
        self.engine.dispose()

    # --- schema ------------------------------------------------------------------------

    def create_schema(self) -> None:
        """Create what is missing (see :func:`carebot_desktop.data.schema.create_schema`)."""
        schema.create_schema(self)

    def add_keys(self) -> None:
        """The keys desktops share, made once (see :func:`schema.add_keys`)."""
        schema.add_keys(self)

    def table_names(self) -> set[str]:
        """Names of the tables present in the database (cached until create_schema)."""
        if self._legacy_tables is None:
            try:
                with self.engine.connect() as connection:
                    self._legacy_tables = set(inspect(connection).get_table_names())
            except sa_exc.SQLAlchemyError as error:
                raise translate_error(error) from error
        return self._legacy_tables

    def forget_table_names(self) -> None:
        """The schema changed: ask for the table names again."""
        self._legacy_tables = None


def _stamp_checkin(_dbapi_connection: DBAPIConnection | None, record: ConnectionPoolEntry) -> None:
    record.info["checked_in"] = _time.monotonic()
