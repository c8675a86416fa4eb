"""What every screen shares: the task runner, the service, settings, and the signed-in
session. Built by the composition root and passed to each screen's constructor."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from carebot_desktop.config.secrets import SecretStore
from carebot_desktop.config.settings import Settings
from carebot_desktop.data import Database
from carebot_desktop.services import CarebotService, UserApi
from carebot_desktop.workers.tasks import BackgroundTask, TaskRunner


@dataclass
class SignedIn:
    """The signed-in session. ``api`` is what screens use: the server's UserApi, or the
    OfflineApi over the cache while the server is away. ``reconnect`` returns an online
    UserApi (raising DatabaseUnavailableError while the server is still away)."""

    session_id: str
    user_id: str
    role: str
    user_name: str = ""
    api: Any = field(default=None, repr=False)
    online_api: UserApi | None = field(default=None, repr=False)
    cache: Any = field(default=None, repr=False)
    offline: bool = False
    reconnect: Any = field(default=None, repr=False)
    as_of: Any = None  # when the offline copy was last synced (naive UTC)


class AppContext(QObject):
    """Signals: ``signed_in()``, ``signed_out()``, ``data_changed(str)`` (a family id, or
    "" for everything) so that screens reload after a change made elsewhere."""

    signed_in = Signal()
    signed_out = Signal()
    data_changed = Signal(str)

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
        from carebot_desktop.services.offline import CacheKeys

        self.keys = CacheKeys(secrets)

    @property
    def server_id(self) -> str:
        """Which server the cache files belong to (the URL without its password)."""
        return self.db.url.render_as_string(hide_password=True)

    @property
    def api(self) -> UserApi:
        assert self.session is not None and self.session.api is not None, "not signed in"
        return self.session.api

    def run(
        self,
        fn: Any,
        *,
        succeeded: Any = None,
        failed: Any = None,
        write: bool = False,
        background: bool = False,
    ) -> BackgroundTask:
        """Run ``fn`` off the GUI thread; ``succeeded``/``failed`` get the outcome on it."""
        return self.runner.submit(
            fn, succeeded=succeeded, failed=failed, write=write, background=background
        )

    def replace_database(self, db: Database, service: CarebotService) -> None:
        """Switch to another database (from the connection dialog), before sign-in."""
        old = self.db
        self.db, self.service = db, service
        old.dispose()

    def set_session(self, session: SignedIn | None) -> None:
        if self.session is not None and session is None and self.session.cache is not None:
            self.session.cache.close()
        self.session = session
        (self.signed_in if session else self.signed_out).emit()
