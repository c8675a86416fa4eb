"""What runs around the window, without Qt: the process's own files and its log, the
database prepared before sign-in (schema, demo data, a remembered session), and the audit
written at the end. The workers here run on the task runner's threads."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from carebot_desktop import __version__, crash
from carebot_desktop.config import paths
from carebot_desktop.data import Database
from carebot_desktop.data.database import sqlite_url
from carebot_desktop.data.errors import DatabaseUnavailableError
from carebot_desktop.services import CarebotService
from carebot_desktop.services import demo as demo_data  # tests swap fill_demo_apart
from carebot_desktop.services.session_controller import SessionController, SignedIn

log = logging.getLogger(__name__)
DEMO_USER = "jieun.park@carebot.example"


def set_up_process() -> None:
    """Private files, logging to the log file, and a crash file for hard crashes."""
    if os.name == "posix":
        os.umask(0o077)  # every file this process makes is the person's own
    for folder in (paths.data_dir(), paths.cache_dir(), paths.log_dir()):
        if paths.is_own_folder(folder):
            paths.tighten_tree(folder)
    crash.setup_logging(paths.log_file(), os.environ.get("CAREBOT_LOG_LEVEL", "INFO"))
    crash.enable_faulthandler(paths.crash_file())
    log.info("Carebot Desktop %s starting", __version__)


def is_demo_database(db: Database) -> bool:
    """True only for the embedded demo file (the one database demo data may go to)."""
    if not db.is_sqlite or not db.url.database or db.url.database == ":memory:":
        return False
    return Path(db.url.database).resolve() == paths.demo_database_path().resolve()


def demo_database() -> Database:
    """A fresh demo database file (the old one is replaced so readings stay current)."""
    path = paths.demo_database_path()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return Database(sqlite_url(path))


def prepare(
    db: Database, demo: bool, sessions: SessionController, try_remembered: bool
) -> SignedIn | None:
    """A worker: the schema (and the demo data), then the remembered session, if any;
    with the database away, a remembered session opens the offline copy."""
    if demo and not is_demo_database(db):
        raise ValueError(f"demo data goes only to the demo file, not to {db!r}")
    try:
        db.create_schema()
        if demo:
            demo_data.fill_demo_apart(db)  # a child process: its memory is not kept
    except DatabaseUnavailableError:
        if try_remembered:
            return sessions.resume_remembered()
        raise
    # An online session's offline copy opens after the first screen (OfflineSync).
    return sessions.resume_remembered(copy_later=True) if try_remembered else None


def flush_audit(service: CarebotService) -> None:
    """A worker thread at shutdown: write what the audit batch holds (logged if not)."""
    try:
        service.flush_audit()
    except Exception:  # shutting down: the log says what could not be written
        log.warning("audit entries could not be written at shutdown", exc_info=True)
