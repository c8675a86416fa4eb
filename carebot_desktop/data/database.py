"""The Carebot database: one engine, one connection pool, one session factory (and, with
a ``read_url``, a second engine for a replica that answers the reads that tolerate lag).

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
import re
import threading
import time as _time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import URL, create_engine, event, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection, Engine, make_url
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
    error_code,
    mark_disconnect,
    translate_error,
    unstorable,
)
from carebot_desktop.data.errors import CarebotError, DatabaseUnavailableError
from carebot_desktop.data.failover import Checked, Failover, RetryPolicy
from carebot_desktop.data.families import Families
from carebot_desktop.data.give_way import give_way
from carebot_desktop.data.members import Members
from carebot_desktop.data.messages import Messages
from carebot_desktop.data.notifications import Notifications
from carebot_desktop.data.replica import NO_REPLICA, ReadRoute, ReplicaRouter, is_visible_write
from carebot_desktop.data.security import Security
from carebot_desktop.data.status import Status
from carebot_desktop.data.tls import QUERY_KEYS, TlsOptions, connect_preferred, split_url
from carebot_desktop.data.tools import Tools
from carebot_desktop.data.watch import Watch

log = logging.getLogger(__name__)
R = TypeVar("R")
SQLITE_CACHE_KIB = 512  # a SQLite or SQLCipher connection's page cache (the OS caches the file)


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


def resolve_read_url(read_url: str | URL | None = None) -> URL | None:
    """The replica's URL for reads that tolerate lag: the argument, else
    ``CAREBOT_DB_READ_URL``, else none (every read on the primary)."""
    if read_url is not None:
        return make_url(read_url)
    found = os.environ.get("CAREBOT_DB_READ_URL")
    return make_url(found) if found else None


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
        read_url: str | URL | None = None,
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
        replica: ReplicaRouter | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.url = resolve_url(url)
        # Units of work run again after a server's failure (Database.run, data.failover).
        self.failover = Failover(retry)
        self.session_lifetimes = session_lifetimes or SessionLifetimes()
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.is_mysql = _is_mysql(self.url)
        self._causal_reads_work = self.is_mysql  # wsrep_sync_wait (see causal_reads)
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
        if self.is_mysql and self.tls.mode == "preferred":
            event.listen(self.engine, "do_connect", connect_preferred)
        event.listen(self.engine, "connect", self._on_connect)
        # Every failure shape of a lost server or Galera node discards its connection.
        event.listen(self.engine, "handle_error", mark_disconnect)
        event.listen(self.engine, "before_cursor_execute", self._note_any_write)
        # No ping before every checkout (a round trip each): only a connection that sat
        # idle in the pool is checked, and a dead one is replaced before anyone uses it.
        self._ping_after_idle = ping_after_idle
        event.listen(self.engine, "checkin", _stamp_checkin)
        event.listen(self.engine, "checkin", _end_causal_reads)
        event.listen(self.engine, "checkout", self._check_idle_connection)
        self._local = threading.local()
        event.listen(self.engine, "before_cursor_execute", check_parameters)
        # A worker waits here while the GUI thread is busy (data/give_way.py), unless its
        # transaction holds locks.
        event.listen(self.engine, "before_cursor_execute", _give_way)
        event.listen(self.engine, "commit", _locks_released)
        event.listen(self.engine, "rollback", _locks_released)
        event.listen(self.engine, "checkin", _locks_released_at_checkin)
        self._session_factory = sessionmaker(
            bind=self.engine, autoflush=False, expire_on_commit=False
        )
        self._connect_args = connect_args
        self._pool_args: dict[str, Any] = {
            "pool_size": pool_size,
            "max_overflow": max_overflow,
            "pool_recycle": pool_recycle,
            "pool_timeout": pool_timeout,
            "echo": echo,
        }
        self._setup_replica(read_url, replica)
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

    # --- the replica (reads that tolerate lag) ---------------------------------------------

    def _setup_replica(self, read_url: str | URL | None, router: ReplicaRouter | None) -> None:
        """Only a MariaDB primary has a replica: the environment's read URL is ignored
        for a SQLite file (the offline copy, the demo)."""
        found = resolve_read_url(read_url) if (self.is_mysql or read_url is not None) else None
        self.read_url: URL | None = None
        self._replica: ReplicaRouter | None = None
        self._read_engine: Engine | None = None
        self._read_factory: sessionmaker[Session] | None = None
        self._read_lock = threading.Lock()
        if found is None:
            return
        if not (self.is_mysql and _is_mysql(found)):
            raise ValueError("a read replica needs a MariaDB primary and a MariaDB replica")
        has_tls = any(key in found.query for key in QUERY_KEYS)
        self.read_url, read_tls = split_url(found)
        self._read_tls = read_tls if has_tls else self.tls  # the primary's, unless given
        if "charset" not in self.read_url.query:
            self.read_url = self.read_url.update_query_dict({"charset": "utf8mb4"})
        self._replica = router or ReplicaRouter()
        event.listen(self.engine, "before_cursor_execute", _note_write)
        event.listen(self.engine, "commit", self._on_commit)
        event.listen(self.engine, "rollback", _forget_write)

    def _on_commit(self, connection: Connection) -> None:
        if connection.info.pop(_WROTE, False) and self._replica is not None:
            self._replica.wrote()

    def _replica_factory(self) -> sessionmaker[Session]:
        """The replica's engine and pool, made at its first use (same TLS and timeouts;
        every transaction read-only)."""
        with self._read_lock:
            if self._read_factory is None:
                assert self.read_url is not None
                connect_args = {
                    **{
                        k: v
                        for k, v in self._connect_args.items()
                        if k not in ("ssl", "ssl_disabled")
                    },
                    "init_command": "SET autocommit = 0, time_zone = '+00:00', tx_read_only = 1",
                    **self._read_tls.connect_args(),
                }
                engine = create_engine(
                    self.read_url,
                    pool_reset_on_return=None,
                    connect_args=connect_args,
                    **self._pool_args,
                )
                if self._read_tls.mode == "preferred":
                    event.listen(engine, "do_connect", connect_preferred)
                event.listen(engine, "connect", self._on_connect)
                event.listen(engine, "handle_error", mark_disconnect)
                event.listen(engine, "checkin", _stamp_checkin)
                event.listen(engine, "checkout", self._check_idle_connection)
                event.listen(engine, "before_cursor_execute", check_parameters)
                self._read_engine = engine
                self._read_factory = sessionmaker(
                    bind=engine, autoflush=False, expire_on_commit=False
                )
            return self._read_factory

    def read_route(self) -> ReadRoute:
        """Where the reads that tolerate lag go now (``str()`` of it: "replica",
        "primary (replica lagging 42 s)", "primary (replica unreachable)", "primary").
        No database call: what the last check found."""
        return self._replica.route() if self._replica is not None else NO_REPLICA

    @contextmanager
    def replica_reads(self) -> Iterator[None]:
        """Inside, on this thread, :meth:`read_transaction` may read from the replica:
        one read-only transaction there for the whole scope (one moment of the replica),
        chosen at its first read. Without a replica, nothing changes."""
        if self._replica is None or getattr(self._local, "replica", None) is not None:
            yield
            return
        scope = _ReplicaScope()
        self._local.replica = scope
        try:
            yield
        finally:
            self._local.replica = None
            scope.close()

    @contextmanager
    def read_transaction(self) -> Iterator[Session]:
        """A read that tolerates replication lag: on the replica inside
        :meth:`replica_reads` when it is up, caught up and this process wrote nothing
        lately; otherwise exactly :meth:`transaction`."""
        session = self._replica_session()
        if session is None:
            with self.transaction() as primary:
                yield primary
            return
        try:
            yield session
        except sa_exc.SQLAlchemyError as error:
            translated = translate_error(error)
            if isinstance(translated, DatabaseUnavailableError):
                self._replica_failed()
            raise translated from error
        except UNSTORABLE as error:
            raise unstorable(error) from error

    def _replica_session(self) -> Session | None:
        scope: _ReplicaScope | None = getattr(self._local, "replica", None)
        router = self._replica
        if scope is None or router is None:
            return None
        if scope.decided:
            return scope.session
        scope.decided = True
        joined: Session | None = getattr(self._local, "session", None)
        if joined is not None and joined.connection().info.get(_WROTE):
            return None  # this action's own change, not committed yet
        if router.reading_own_writes():
            return None
        checking = router.check_due()
        if not checking and router.route().server != "replica":
            return None
        primary_position = self._primary_position(joined) if checking else None
        try:
            session, replica_position = self._open_replica_session()
        except CarebotError as error:  # down, or refusing this login: the primary answers
            log.warning("the read replica is unusable: %s", error)
            router.record_unreachable()
            return None
        if primary_position is not None:
            router.record_check(primary_position, replica_position)
        if router.route().server != "replica":
            session.close()
            return None
        scope.session = session
        return session

    def _open_replica_session(self) -> tuple[Session, str]:
        """A replica session that answered (its applied GTID position): a pooled
        connection the replica's restart left dead is replaced once."""
        factory = self._replica_factory()
        for attempt in (1, 2):
            session = factory()
            try:
                position = session.scalar(text("SELECT @@gtid_slave_pos"))
                return session, str(position or "")
            except sa_exc.SQLAlchemyError as error:
                session.close()
                translated = translate_error(error)
                if attempt == 2 or not getattr(error, "connection_invalidated", False):
                    raise translated from error
        raise AssertionError("unreachable")  # pragma: no cover

    def _primary_position(self, joined: Session | None) -> str:
        query = text("SELECT @@gtid_binlog_pos")
        if joined is not None:
            return str(joined.scalar(query) or "")
        with self.transaction() as session:
            return str(session.scalar(query) or "")

    def _replica_failed(self) -> None:
        scope: _ReplicaScope | None = getattr(self._local, "replica", None)
        if scope is not None:
            scope.close()  # the rest of the scope reads from the primary
        if self._replica is not None:
            self._replica.record_unreachable()

    def __repr__(self) -> str:
        return f"Database({self.url.render_as_string(hide_password=True)!r})"

    # --- connections -------------------------------------------------------------------

    def _on_connect(self, dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        cursor = dbapi_connection.cursor()
        try:
            if self.is_sqlite:
                cursor.execute("PRAGMA foreign_keys=ON")
                cursor.execute("PRAGMA busy_timeout=5000")
                # Each connection's page cache, at most SQLITE_CACHE_KIB (SQLite's default
                # 2 MiB apiece, filled by a month of readings: issue 20, the memory).
                cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
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
        local = self._local
        outer_wrote = getattr(local, "wrote", False)
        local.wrote = False
        committing = False
        causal = bool(getattr(local, "causal", False)) and self._causal_reads_work
        try:
            if causal:
                self._set_sync_wait(session, 1)
            yield session
            session.flush()  # the last writes, before the COMMIT (no round trip if none)
            committing = True
            session.commit()
        except BaseException as error:
            try:
                session.rollback()
            except sa_exc.SQLAlchemyError:  # the connection may be gone already
                log.debug("rollback failed", exc_info=True)
            if isinstance(error, sa_exc.SQLAlchemyError):
                # A connection lost at the COMMIT of a transaction that wrote: maybe
                # committed (CommitUnknownError); before it, nothing was (RetryableError).
                raise translate_error(
                    error, at_commit=committing, wrote=bool(local.wrote)
                ) from error
            if isinstance(error, UNSTORABLE):
                raise unstorable(error) from error
            raise
        finally:
            local.wrote = outer_wrote or local.wrote
            session.close()

    def _set_sync_wait(self, session: Session, value: int) -> None:
        """Galera's causal reads on for this session's connection, until it goes back to
        the pool (``_end_causal_reads``). A server without the variable (not a MariaDB
        built with Galera) is not asked again."""
        connection = session.connection()
        try:
            connection.exec_driver_sql(f"SET SESSION wsrep_sync_wait = {int(value)}")
        except sa_exc.DBAPIError as error:
            if error_code(error) == 1193:  # unknown system variable
                self._causal_reads_work = False
                return
            raise
        connection.info[_CAUSAL] = True

    @contextmanager
    def causal_reads(self) -> Iterator[None]:
        """Inside, on this thread, each transaction on a MariaDB server first waits until
        its node has applied every transaction the cluster committed before it began
        (Galera's ``wsrep_sync_wait = 1``; no wait on a server that is no Galera node).
        The checks after an unknown commit read so: the node the proxy sends the desk to
        now may not yet have applied the write set the lost node committed."""
        local = self._local
        outer = getattr(local, "causal", False)
        local.causal = True
        try:
            yield
        finally:
            local.causal = outer

    def run(
        self,
        fn: Callable[[], R],
        *,
        idempotent: bool = False,
        check: Callable[[], Checked] | None = None,
    ) -> R:
        """``fn()``, one unit of work (one ``unit_of_work``, or one permission-checked
        action), run again after a failure that left nothing written, with back-off
        (``data.failover``). ``idempotent``: running it twice leaves what running it once
        does (every read; a write that finds its own effect), so it runs again even when
        its commit's result was lost. ``check``: for a write that is not, says whether its
        change is in the database after such a loss, and what to return then.

        Inside a unit of work, or another ``run``, ``fn`` runs once: only the outermost
        unit can be run again (what surrounds it is one transaction with it)."""
        local = self._local
        if getattr(local, "session", None) is not None or getattr(local, "running", False):
            return fn()
        local.running = True
        causal_check = None
        if check is not None:

            def causal_check() -> Checked:
                with self.causal_reads():
                    return check()

        try:
            return self.failover.run(fn, idempotent=idempotent, check=causal_check)
        finally:
            local.running = False

    def _note_any_write(
        self,
        _connection: Connection,
        _cursor: object,
        statement: str,
        _parameters: object,
        _context: object,
        _executemany: bool,
    ) -> None:
        """The transaction on this thread changed something (any change, book-keeping
        too): a connection lost at its COMMIT leaves its result unknown."""
        if not getattr(self._local, "wrote", False) and _changes(statement):
            self._local.wrote = True

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
        if self._read_engine is not None:
            self._read_engine.dispose()

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


_WROTE = "carebot_wrote"  # a change this connection's transaction made (see replica.py)


def _note_write(
    connection: Connection,
    _cursor: object,
    statement: str,
    _parameters: object,
    _context: object,
    _executemany: bool,
) -> None:
    if is_visible_write(statement):
        connection.info[_WROTE] = True


_CHANGES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CALL", "CREATE", "ALTER", "DROP")


def _changes(statement: str) -> bool:
    """``statement`` may change rows (not a SELECT, SET, SHOW or a locking read)."""
    return statement.lstrip()[:7].upper().startswith(_CHANGES)


def _forget_write(connection: Connection) -> None:
    connection.info.pop(_WROTE, None)


class _ReplicaScope:
    """One ``replica_reads`` scope of one thread: its replica session, once chosen."""

    def __init__(self) -> None:
        self.decided = False
        self.session: Session | None = None

    def close(self) -> None:
        session, self.session = self.session, None
        if session is not None:
            try:
                session.rollback()  # read-only: nothing to keep
            except sa_exc.SQLAlchemyError:
                log.debug("closing a replica session failed", exc_info=True)
            finally:
                session.close()


_CAUSAL = "carebot_causal"  # this connection waits for Galera's causal reads (causal_reads)


def _end_causal_reads(
    dbapi_connection: DBAPIConnection | None, record: ConnectionPoolEntry
) -> None:
    """A connection that read causally goes back to the pool reading as the others do
    (one statement, only for those few; a connection that cannot is discarded)."""
    if not record.info.pop(_CAUSAL, False) or dbapi_connection is None:
        return
    try:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("SET SESSION wsrep_sync_wait = 0")
        finally:
            cursor.close()
    except Exception:  # dead: its next use fails, and a fresh connection replaces it
        log.debug("ending causal reads failed", exc_info=True)


_HOLDS_LOCKS = "carebot_holds_locks"  # this connection's transaction changed or locked rows
_LOCKING_READ = re.compile(r"\bFOR\s+(UPDATE|SHARE)\b|\bLOCK\s+IN\s+SHARE\s+MODE\b", re.I)


def _give_way(
    connection: Connection,
    _cursor: object,
    statement: str,
    _parameters: object,
    _context: object,
    _executemany: bool,
) -> None:
    """Before each statement (``before_cursor_execute``) a worker gives way to a busy GUI
    thread (:mod:`.give_way`), but not once its transaction holds locks (it changed rows,
    or read them to change them): other desks would wait for those as long. It may wait
    before the statement that takes the first lock."""
    info = connection.info
    if info.get(_HOLDS_LOCKS):
        return
    if _changes(statement) or _LOCKING_READ.search(statement):
        info[_HOLDS_LOCKS] = True
    give_way()


def _locks_released(connection: Connection) -> None:
    connection.info.pop(_HOLDS_LOCKS, None)


def _locks_released_at_checkin(
    _dbapi_connection: DBAPIConnection | None, record: ConnectionPoolEntry
) -> None:
    record.info.pop(_HOLDS_LOCKS, None)


def _stamp_checkin(_dbapi_connection: DBAPIConnection | None, record: ConnectionPoolEntry) -> None:
    record.info["checked_in"] = _time.monotonic()
