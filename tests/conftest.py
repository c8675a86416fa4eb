"""Test set-up: headless Qt, isolated user folders, and the database backends.

The ``db`` fixture runs each test on three databases: a SQLite file, a fresh MariaDB
schema, and a "legacy" MariaDB schema made from ``tests/fixtures/carebot-schema.sql``
and ``carebot-reference-data.sql`` (copies of the production schema and reference rows) (as production has it), upgraded by ``create_schema``.
MariaDB tests skip when no server answers, unless ``CAREBOT_REQUIRE_MARIADB=1`` (CI), in
which case they fail.
"""

from __future__ import annotations

import faulthandler
import os
import secrets
import signal
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
_SANDBOX = Path(tempfile.mkdtemp(prefix="carebot-tests-"))
for _name in ("DATA", "CACHE", "LOG", "CONFIG"):
    os.environ[f"CAREBOT_{_name}_DIR"] = str(_SANDBOX / _name.lower())
for _name in ("CAREBOT_DB_URL", "DB_HOST", "DB_PORT", "DB_USER", "DB_PASSWORD", "DB_SCHEMA"):
    os.environ.pop(_name, None)

import pymysql  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

# CI explores the same examples every run (a red CI must be reproducible); a developer's
# run explores new ones each time.
hypothesis_settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")
import pytest  # noqa: E402
from sqlalchemy import text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from carebot_desktop.data import Database  # noqa: E402
from carebot_desktop.data.database import sqlite_url  # noqa: E402
from carebot_desktop.ui import qt_messages  # noqa: E402

# As the application does: no warnings about optional Qt Multimedia libraries.
qt_messages.quiet_optional_libraries()

# A hung run says where it hangs: SIGUSR1 (sent by scripts/stress.py before it kills a run
# that overran) writes every thread's stack to CAREBOT_TEST_DUMP (pytest holds stderr).
_DUMP = open(os.environ["CAREBOT_TEST_DUMP"], "w") if os.environ.get("CAREBOT_TEST_DUMP") else None  # noqa: SIM115
faulthandler.register(signal.SIGUSR1, file=_DUMP or sys.__stderr__, all_threads=True)


def pytest_unconfigure(config: pytest.Config) -> None:
    """A run whose tests are done but whose process does not end (a thread that never
    stops, a deadlock at exit) prints every thread's stack and exits after two minutes
    instead of hanging CI."""
    faulthandler.dump_traceback_later(120, exit=True, file=_DUMP or sys.__stderr__)


REPO = Path(__file__).resolve().parent.parent
# Copies of the production schema, its reference rows and real payload samples: the
# repository stands alone, wherever it is cloned.
REFERENCE = REPO / "tests" / "fixtures"
MARIADB_URL = os.environ.get("CAREBOT_TEST_MARIADB_URL", "mysql+pymysql://root@127.0.0.1:3306")
REQUIRE_MARIADB = os.environ.get("CAREBOT_REQUIRE_MARIADB") == "1"
# Tables holding reference rows that tests never change.
REFERENCE_TABLES = {"masterregions", "subregions", "news", "locationmaps"}


def _server_params() -> dict:
    url = make_url(MARIADB_URL)
    return {
        "host": url.host or "127.0.0.1",
        "port": url.port or 3306,
        "user": url.username or "root",
        "password": url.password or "",
        "charset": "utf8mb4",
        "connect_timeout": 3,
    }


@pytest.fixture(scope="session")
def mariadb_server() -> dict:
    try:
        pymysql.connect(**_server_params()).close()
    except pymysql.MySQLError as error:
        reason = f"no MariaDB server at {MARIADB_URL} ({error}); set CAREBOT_TEST_MARIADB_URL"
        if REQUIRE_MARIADB:
            pytest.fail("CAREBOT_REQUIRE_MARIADB=1 but " + reason)
        pytest.skip(reason)
    _drop_leftovers(_server_params())
    return _server_params()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _drop_leftovers(params: dict) -> None:
    """Schemas (carebot_test_<pid>_...) and logins (cbt<pid>_...) of earlier runs that
    died before their own clean-up."""
    connection = pymysql.connect(**params)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SHOW DATABASES LIKE 'carebot\\_test\\_%'")
            for (name,) in cursor.fetchall():
                pid = name.split("_")[2]
                if pid.isdigit() and not _alive(int(pid)):
                    cursor.execute(f"DROP DATABASE IF EXISTS `{name}`")
            cursor.execute("SELECT user, host FROM mysql.user WHERE user LIKE 'cbt%'")
            for user, host in cursor.fetchall():
                pid = user[3:].split("_")[0]
                if pid.isdigit() and not _alive(int(pid)):
                    cursor.execute(f"DROP USER IF EXISTS '{user}'@'{host}'")
    finally:
        connection.close()


@pytest.fixture(scope="session")
def mariadb_schema_factory(mariadb_server: dict) -> Iterator:
    """Make throw-away schemas on the server; all are dropped at the end of the run."""
    made: list[str] = []

    def make(sql_files: tuple[Path, ...] = ()) -> str:
        name = f"carebot_test_{os.getpid()}_{secrets.token_hex(4)}"
        connection = pymysql.connect(
            **mariadb_server, client_flag=pymysql.constants.CLIENT.MULTI_STATEMENTS
        )
        try:
            with connection.cursor() as cursor:
                cursor.execute(
                    f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
                )
                made.append(name)
                cursor.execute(f"USE `{name}`")
                for sql_file in sql_files:
                    cursor.execute(sql_file.read_text("utf-8"))
                    while cursor.nextset():
                        pass
            connection.commit()
        finally:
            connection.close()
        return str(make_url(MARIADB_URL).set(database=name))

    yield make
    connection = pymysql.connect(**mariadb_server)
    try:
        with connection.cursor() as cursor:
            for name in made:
                cursor.execute(f"DROP DATABASE IF EXISTS `{name}`")
    finally:
        connection.close()


def _legacy_sql() -> tuple[Path, Path]:
    schema = REFERENCE / "carebot-schema.sql"
    data = REFERENCE / "carebot-reference-data.sql"
    if not schema.exists():
        pytest.fail(f"reference schema missing: {schema}")
    return schema, data


@pytest.fixture(scope="session")
def mariadb_url(mariadb_schema_factory) -> str:
    url = mariadb_schema_factory()
    db = Database(url)
    db.create_schema()
    db.dispose()
    return url


@pytest.fixture(scope="session")
def legacy_url(mariadb_schema_factory) -> str:
    url = mariadb_schema_factory(_legacy_sql())
    db = Database(url)
    db.create_schema()
    db.dispose()
    return url


def _wipe(db: Database) -> None:
    """Empty every table but the reference ones, between tests on a shared schema."""
    with db.engine.begin() as connection:
        tables = [t for t in db.table_names() if t not in REFERENCE_TABLES]
        connection.execute(text("SET FOREIGN_KEY_CHECKS=0"))
        for table in tables:
            connection.execute(text(f"DELETE FROM `{table}`"))
        connection.execute(text("SET FOREIGN_KEY_CHECKS=1"))


BACKENDS = [
    "sqlite",
    pytest.param("mariadb", marks=pytest.mark.mariadb),
    pytest.param("legacy", marks=pytest.mark.mariadb),
]


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def db_url(backend: str, request, tmp_path: Path) -> str:
    if backend == "sqlite":
        return str(sqlite_url(tmp_path / "carebot.sqlite3"))
    return request.getfixturevalue("mariadb_url" if backend == "mariadb" else "legacy_url")


@pytest.fixture
def db(db_url: str, backend: str) -> Iterator[Database]:
    database = Database(db_url)
    if backend == "sqlite":
        database.create_schema()
    try:
        yield database
    finally:
        if backend != "sqlite":
            _wipe(database)
        database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database = Database(sqlite_url(tmp_path / "carebot.sqlite3"))
    database.create_schema()
    yield database
    database.dispose()


# The demo data's password in tests (a cheap bcrypt cost: tests check behaviour).
DEMO_TEST_PASSWORD = "demo-password"


@pytest.fixture(scope="session")
def demo_hash() -> str:
    from carebot_desktop.services.passwords import hash_password

    return hash_password(DEMO_TEST_PASSWORD, cost=4)


@pytest.fixture(scope="session", autouse=True)
def sound_server() -> Iterator[object | None]:
    """A private PulseAudio with a null sink for the whole run, started before Qt
    Multimedia looks for a sound server, so the critical alarm really plays. Without
    ``pulseaudio`` the alarm falls back to the beep (its tests that need sound skip, or
    fail under ``CAREBOT_REQUIRE_SOUND=1``, as in CI)."""
    from tests import sound

    if not sound.available():
        yield None
        return
    server = sound.PulseServer()
    server.start()
    previous = os.environ.get("PULSE_SERVER")
    os.environ["PULSE_SERVER"] = server.env["PULSE_SERVER"]
    try:
        yield server
    finally:
        if previous is None:
            os.environ.pop("PULSE_SERVER", None)
        else:
            os.environ["PULSE_SERVER"] = previous
        server.stop()
