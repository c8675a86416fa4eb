"""The offline copy kept current, and the desk switched to it and back as the connection
comes and goes."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from carebot_desktop.config import paths
from carebot_desktop.data.errors import DatabaseUnavailableError
from carebot_desktop.services.offline import OfflineApi, SyncCancelledError, SyncProgress
from carebot_desktop.services.session_controller import (
    OpenedCopy,
    SessionController,
    SignedIn,
    SyncOutcome,
)
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.widgets import open_notice
from carebot_desktop.ui.window.connection_bar import ConnectionBar
from carebot_desktop.workers.gc_guard import release_free_memory


def tell_cache_set_aside(parent: QWidget, aside: str) -> None:
    """At sign-in: the copy could not be opened and was set aside, not deleted."""
    open_notice(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("MainWindow", "Offline copy"),
        QCoreApplication.translate(
            "MainWindow",
            "The offline copy on this computer could not be opened (the password changed, or the file is damaged), so a new copy was started.",
        ),
        QCoreApplication.translate(
            "MainWindow",
            "Nothing was deleted: the old copy, with any messages or acknowledgements that were still waiting to be sent, is kept at %1. Please check with the people concerned that nothing important was missed.",
        ).replace("%1", aside),
    )


class OfflineSync(QObject):
    """Every five minutes, and when the server answers again, the outbox is replayed and
    the offline copy brought up to date off the GUI thread (:meth:`sync_now`); when the
    poller loses the server, a session with a copy switches to it. The session's API is
    switched here, on the GUI thread (``SessionController.went_offline``/``synced``); the
    screens then read again. ``bar`` shows where it stands.

    Signals: ``reload_needed()`` (every screen must read again: the source changed, or
    the outbox was replayed), ``refresh_needed()`` (the server is back without a switch:
    the screen shown reads again), ``status_message(str)`` (for the status bar)."""

    reload_needed = Signal()
    refresh_needed = Signal()
    status_message = Signal(str)

    # A sign-in leaves its offline copy to open after the first screen: at the latest
    # this long after the session began, if the overview has not come by then.
    COPY_AFTER_MS = 3_000

    def __init__(self, context: AppContext, bar: ConnectionBar, parent: QObject) -> None:
        super().__init__(parent)
        self._context = context
        self._bar = bar
        self.syncing = False
        self.opening = False  # the offline copy of a new session is being opened
        self.closed = False  # after shutdown nothing starts again
        self.timer = QTimer(self)
        self.timer.setInterval(5 * 60_000)
        self.timer.timeout.connect(self.sync_now)
        self.copy_timer = QTimer(self)
        self.copy_timer.setSingleShot(True)
        self.copy_timer.setInterval(self.COPY_AFTER_MS)
        self.copy_timer.timeout.connect(self.first_screen_shown)

    def start(self) -> None:
        """A session began: sync now (online) and every five minutes. A session whose
        offline copy is still to open waits for :meth:`first_screen_shown`: the copy's key
        and verifier are slow on purpose, and the first screen does not need them."""
        session = self._context.session
        self.timer.start()
        if session is not None and session.pending_copy is not None:
            self.copy_timer.start()
            return
        if session is not None and not session.offline:
            self.sync_now()

    @Slot()
    def first_screen_shown(self) -> None:
        """The first screen is up: open the session's offline copy on the background
        worker (with a busy bar in the status bar), then sync it."""
        self.copy_timer.stop()
        session = self._context.session
        if self.closed or self.opening or session is None or session.pending_copy is None:
            return
        self.opening = True
        self._bar.show_preparing()
        (
            self._context.op(self, self._context.sessions.open_copy, session)
            .success(functools.partial(self._on_copy_opened, session))
            .failure(functools.partial(self._on_copy_failed, session))
            .outlives_session()  # delivered after a sign-out too: the copy is closed then
            .background()
            .run()
        )

    def _on_copy_opened(self, session: SignedIn, opened: OpenedCopy | None) -> None:
        self.opening = False
        self._bar.stop_progress()
        current = self._context.session is session and not self.closed
        if current and SessionController.copy_opened(session, opened):
            assert opened is not None
            window = self.parent()
            if opened.cache.set_aside is not None and isinstance(window, QWidget):
                tell_cache_set_aside(window, str(opened.cache.set_aside))
            self.sync_now()
        elif opened is not None and session.cache is not opened.cache:
            # Signed out meanwhile (or opened twice): the copy is closed off this thread.
            self._context.op(self, opened.cache.close).outlives_session().write().run()

    def _on_copy_failed(self, session: SignedIn, _error: object) -> None:
        self.opening = False
        self._bar.stop_progress()
        session.pending_copy = None  # no copy this session; the password is not kept

    def pause(self) -> None:
        """The session ended: no more periodic syncs until the next one starts, and a
        copy still to open is not opened (its password forgotten)."""
        self.timer.stop()
        self.copy_timer.stop()
        session = self._context.session
        if session is not None:
            session.pending_copy = None

    def shutdown(self) -> None:
        self.closed = True
        self.timer.stop()
        self.copy_timer.stop()

    @Slot()
    def sync_now(self) -> None:
        """Replay the outbox and bring the offline copy up to date, off the GUI thread;
        after a reconnection, switch the screens back to the server."""
        session = self._context.session
        if self.closed or session is None or session.cache is None or self.syncing:
            return
        self.syncing = True
        days = self._context.settings.get("offline/days")
        progress = SyncProgress()
        self._bar.start_progress(progress)
        (
            self._context.op(self, self._context.sessions.sync, session, days, progress)
            .success(self._on_synced)
            .failure(self._on_sync_failed)
            .background()
            .run()
        )

    @Slot(str)
    def on_connection_lost(self, _reason: str) -> None:
        session = self._context.session
        if session is None or session.offline:
            return
        self._bar.show_unreachable()
        if session.cache is not None:  # switch to the offline copy (opened off this thread)
            (
                self._context.op(self, SessionController.open_offline, session)
                .success(self._on_offline_ready)
                .write()
                .run()
            )

    @Slot()
    def on_connection_restored(self) -> None:
        session = self._context.session
        if session is None:
            return
        if not session.offline:
            self._bar.show_state(session)
            self.refresh_needed.emit()
            return
        self._bar.show_reconnecting()
        self.sync_now()

    @Slot(object)
    def _on_offline_ready(self, api: OfflineApi) -> None:
        session = self._context.session
        if session is None or not SessionController.went_offline(session, api):
            return
        self._bar.show_state(session)
        self.reload_needed.emit()

    @Slot(object)
    def _on_synced(self, outcome: SyncOutcome) -> None:
        self.syncing = False
        self._bar.stop_progress()
        release_free_memory()  # the sync's rows, freed on its worker: not kept resident
        session = self._context.session
        if session is None:
            return
        if SessionController.synced(session, outcome):
            self._bar.show_state(session)
            self.reload_needed.emit()
        elif outcome.replayed:
            self.reload_needed.emit()
        if outcome.still_pending:
            QTimer.singleShot(1_000, self, self.sync_now)  # queued while the replay ran

    @Slot(object)
    def _on_sync_failed(self, error: object) -> None:
        self.syncing = False
        self._bar.stop_progress()
        if isinstance(error, SyncCancelledError):
            self.status_message.emit(
                QCoreApplication.translate(
                    "MainWindow", "The offline copy was not brought fully up to date (cancelled)."
                )
            )
        elif not isinstance(error, DatabaseUnavailableError):
            self.status_message.emit(
                QCoreApplication.translate(
                    "MainWindow",
                    "The offline copy on this computer could not be brought up to date. The details are in the log: %1",
                ).replace("%1", str(paths.log_file()))
            )
        self._bar.show_state(self._context.session)
