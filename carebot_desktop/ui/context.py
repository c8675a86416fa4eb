"""What every screen shares: the task runner, the service, settings, and the signed-in
session. Built by the composition root and passed to each screen's constructor."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, TypeVarTuple

from PySide6.QtCore import QObject, Signal

from carebot_desktop.config.secrets import SecretStore
from carebot_desktop.config.settings import Settings
from carebot_desktop.data import Database
from carebot_desktop.data.replica import ReadRoute
from carebot_desktop.services import CarebotService
from carebot_desktop.services.api import CarebotApi
from carebot_desktop.services.changes import DeskChanges
from carebot_desktop.services.offline import CacheKeys
from carebot_desktop.services.session_controller import SessionController, SignedIn
from carebot_desktop.workers.tasks import Operation, TaskRunner

T = TypeVar("T")
Args = TypeVarTuple("Args")

__all__ = ["AppContext", "SignedIn"]


class AppContext(QObject):
    """Signals: ``changes(object)``, a :class:`DeskChanges` that every screen hears: a
    change this PC made (an operation's result) or another desk's (the poller's check)."""

    changes = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        db: Database,
        service: CarebotService,
        settings: Settings,
        secrets: SecretStore | None,
        font_family: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.db = db
        self.service = service
        self.settings = settings
        self.secrets = secrets
        self.font_family = font_family
        self.session: SignedIn | None = None
        self.keys = CacheKeys(secrets)

    def broadcast(self, changes: DeskChanges) -> None:
        """Tell every screen (GUI thread)."""
        if changes:
            self.changes.emit(changes)

    @property
    def server_id(self) -> str:
        """Which server the cache files belong to (the URL without its password)."""
        return self.db.url.render_as_string(hide_password=True)

    @property
    def api(self) -> CarebotApi:
        assert self.session is not None and self.session.api is not None, "not signed in"
        return self.session.api

    def op(self, requester: QObject, work: Callable[[*Args], T], *args: *Args) -> Operation[T]:
        """An operation of ``requester``: ``work(*args)`` off the GUI thread (see
        :mod:`carebot_desktop.workers.tasks`)."""
        return self.runner.op(requester, work, *args)

    @property
    def sessions(self) -> SessionController:
        """Sign-in and the offline copy, for the current database."""
        return SessionController(self.service, self.server_id, self.keys, self.secrets)

    def replace_database(self, db: Database, service: CarebotService) -> None:
        """Switch to another database (from the connection dialog), before sign-in."""
        old = self.db
        self.db, self.service = db, service
        old.dispose()

    def read_route(self) -> ReadRoute:
        """Where the database in use reads history now (no database call: what its
        replica's last check found; see ``Database.read_route``)."""
        return self.db.read_route()

    def set_session(self, session: SignedIn | None) -> None:
        """GUI thread only. Ending a session drops the outcomes of its operations still in
        flight (the offline copy is closed by the sign-out operation)."""
        if self.session is not None and session is None:
            self.runner.end_epoch()
        self.session = session
