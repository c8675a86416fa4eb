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

import json
import logging
import os
import threading
import time as _time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import URL, create_engine, event, insert, inspect, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from carebot_desktop.config import paths
from carebot_desktop.data import models
from carebot_desktop.data.errors import (
    CarebotError,
    ConflictError,
    DatabaseError,
    DatabaseUnavailableError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from carebot_desktop.data.tls import TlsOptions, explain, split_url

log = logging.getLogger(__name__)

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
    ``security`` holds the desktop's sign-in counters and audit log.
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
        connect_args: dict[str, Any] = {}
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

        # The connector areas (imported here: they depend on this module).
        from carebot_desktop.data.accounts import Accounts
        from carebot_desktop.data.auth import Auth
        from carebot_desktop.data.backgrounds import Backgrounds
        from carebot_desktop.data.desk import Desk
        from carebot_desktop.data.families import Families
        from carebot_desktop.data.members import Members
        from carebot_desktop.data.messages import Messages
        from carebot_desktop.data.notifications import Notifications
        from carebot_desktop.data.security import Security
        from carebot_desktop.data.status import Status
        from carebot_desktop.data.tools import Tools

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

    def __repr__(self) -> str:
        return f"Database({self.url.render_as_string(hide_password=True)!r})"

    # --- connections -------------------------------------------------------------------

    def _on_connect(self, dbapi_connection: Any, _record: Any) -> None:
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

    def _check_idle_connection(self, dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.get("checked_in")
        if (
            not self.is_mysql
            or idle_since is None
            or _time.monotonic() - idle_since < self._ping_after_idle
        ):
            return
        try:
            dbapi_connection.ping(reconnect=False)
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
        """Create what is missing: tables, then indexes, then the region reference rows.

        Idempotent and additive: on a database made from the production schema it adds
        the desktop's tables and indexes and never alters or drops a column. Through a
        person's own login (the per-person views, no DDL rights) it does nothing.
        """
        if self.secured:
            return
        try:
            with self.engine.begin() as connection:
                models.Base.metadata.create_all(connection, checkfirst=True)
                inspector = inspect(connection)
                for table in models.Base.metadata.sorted_tables:
                    existing = {ix["name"] for ix in inspector.get_indexes(table.name)}
                    for name in models.OBSOLETE_INDEXES.get(table.name, ()):
                        if name in existing:
                            log.info("dropping the replaced index %s", name)
                            quote = connection.dialect.identifier_preparer.quote
                            on_table = "" if self.is_sqlite else f" ON {quote(table.name)}"
                            connection.execute(text(f"DROP INDEX {quote(name)}{on_table}"))
                    for index in table.indexes:
                        if index.name not in existing:
                            log.info("adding index %s", index.name)
                            index.create(connection)
                _keep_exports(connection)
        except sa_exc.SQLAlchemyError as error:
            raise translate_error(error) from error
        self._legacy_tables = None
        self._load_regions()
        self._add_rollup_marks()
        self._add_keys()

    def _add_keys(self) -> None:
        """The keys desktops share (``DesktopKey``), made once, by the first desktop."""
        import secrets

        from carebot_desktop.data.security import IDENTIFIER_KEY

        try:
            with self.transaction() as session:
                if session.get(models.DesktopKey, IDENTIFIER_KEY) is None:
                    session.add(models.DesktopKey(name=IDENTIFIER_KEY, value=secrets.token_hex(32)))
                    session.flush()
            self.security.prefetch_key()
        except ConflictError:  # another desktop made it at the same moment
            pass

    def _add_rollup_marks(self) -> None:
        """One roll-up mark per status table (chart reads rely on it being there)."""
        from carebot_desktop.data.rollups import TABLE_SERIES

        with self.transaction() as session:
            present = set(session.scalars(select(models.RollupMark.table_name)))
            missing = [m.__tablename__ for m in TABLE_SERIES if m.__tablename__ not in present]
            if missing:
                session.execute(
                    insert(models.RollupMark),
                    [{"table_name": name, "upto": 0, "seen": 0} for name in missing],
                )

    def _load_regions(self) -> None:
        with self.transaction() as session:
            if session.scalar(select(models.MasterRegion.region_name).limit(1)) is not None:
                return
            data = json.loads(paths.resource("regions", "regions.json").read_text("utf-8"))
            session.execute(insert(models.MasterRegion), data["master_regions"])
            session.execute(insert(models.SubRegion), data["sub_regions"])

    def table_names(self) -> set[str]:
        """Names of the tables present in the database (cached until create_schema)."""
        if self._legacy_tables is None:
            try:
                with self.engine.connect() as connection:
                    self._legacy_tables = set(inspect(connection).get_table_names())
            except sa_exc.SQLAlchemyError as error:
                raise translate_error(error) from error
        return self._legacy_tables


def _keep_exports(connection: Any) -> None:
    """Export records made by an earlier version went with their family (a foreign key
    that cascaded): the desktop's own table loses that key, its rows unchanged."""
    table = models.Base.metadata.tables[models.ExportRecord.__tablename__]
    keys = [fk for fk in inspect(connection).get_foreign_keys(table.name) if fk["referred_table"]]
    if not keys:
        return
    log.info("export records are kept beyond their family from now on")
    if connection.dialect.name != "sqlite":
        for fk in keys:
            connection.execute(text(f"ALTER TABLE `{table.name}` DROP FOREIGN KEY `{fk['name']}`"))
        return
    # SQLite changes a table's keys only by building it anew.
    old = f"{table.name}_old"
    names = ", ".join(f'"{c.name}"' for c in table.columns)
    connection.execute(text(f'ALTER TABLE "{table.name}" RENAME TO "{old}"'))
    for index in inspect(connection).get_indexes(old):
        connection.execute(text(f'DROP INDEX "{index["name"]}"'))
    table.create(connection)
    connection.execute(text(f'INSERT INTO "{table.name}" ({names}) SELECT {names} FROM "{old}"'))
    connection.execute(text(f'DROP TABLE "{old}"'))


def _stamp_checkin(_dbapi_connection: Any, record: Any) -> None:
    record.info["checked_in"] = _time.monotonic()


_PLAIN = (str, int, float, datetime, date, time, Decimal, bytes, type(None))
_INT64 = (-(2**63), 2**63 - 1)


def check_parameters(
    _conn: Any, _cursor: Any, _statement: str, parameters: Any, _context: Any, executemany: bool
) -> None:
    """Every value bound to a statement is one the database can store: plain types, text
    that is valid Unicode, integers within 64 bits. A bad argument anywhere (an id given as
    a dict, a lone surrogate in a name) becomes a ValidationError before anything is sent.
    Batches (``executemany``) carry rows already checked by ``clean``."""
    if executemany or not parameters:
        return
    values = parameters.values() if isinstance(parameters, dict) else parameters
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


# What a driver raises for a value it cannot send: text that is not valid Unicode (a lone
# surrogate), an integer wider than the column, a type it cannot bind.
UNSTORABLE = (UnicodeError, OverflowError)


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


# A person's own login met a privilege or a write view's CHECK OPTION.
_REFUSED_CODES = {1044, 1142, 1143, 1227, 1288, 1369, 1370, 1471}


def _signalled(message: str) -> CarebotError:
    kind, _, text_ = message.partition(": ")
    if kind == "throttled":
        from carebot_desktop.data.errors import ThrottledError

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
