"""Composition root: builds the settings, the keyring store, the database, the service,
the task runner and the window, and wires the flows between the window and its dialogs and
shutdown. Nothing else creates these objects.

Qt is imported inside the functions that use it, never at import (each such import says
"Qt: only with a window"): ``carebot-desktop admin ...`` runs through :func:`main` on
servers that lack Qt's libraries (no display, no OpenGL), and ``--help`` answers at once.
"""

from __future__ import annotations

import argparse
import functools
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from carebot_desktop import APP_NAME, ORG_NAME, admin, crash, startup
from carebot_desktop.arguments import parse_arguments
from carebot_desktop.config import paths
from carebot_desktop.config.secrets import KeyringSecretStore
from carebot_desktop.data import Database
from carebot_desktop.services import CarebotService
from carebot_desktop.services.demo import DEMO_PASSWORD
from carebot_desktop.services.session_controller import SignedIn
from carebot_desktop.startup import DEMO_USER, flush_audit, is_demo_database, prepare
from carebot_desktop.ui.screenshots import take_screenshots

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from carebot_desktop.ui.main_window import MainWindow
    from carebot_desktop.ui.single_instance import SingleInstance

log = logging.getLogger(__name__)


class Application:
    """Owns the long-lived objects and the flows between the window and its dialogs."""

    def __init__(self, args: argparse.Namespace, qapp: QApplication) -> None:
        from PySide6.QtCore import QTimer  # Qt: only with a window

        from carebot_desktop.ui import source_cache

        source_cache.install()  # before pyqtgraph and the screens are imported
        from carebot_desktop.config.settings import Settings
        from carebot_desktop.ui import theme
        from carebot_desktop.ui.context import AppContext
        from carebot_desktop.ui.resources import (
            install_translations,
            limit_pixmap_cache,
            register_fonts,
        )
        from carebot_desktop.workers.gc_guard import (
            MainThreadGarbageCollector,
            tune_malloc,
        )
        from carebot_desktop.workers.tasks import TaskRunner

        tune_malloc()  # before the task runner's threads allocate (issue 20: memory)

        self.args = args
        self.qapp = qapp
        # A demo session until the person chooses another database (then never again).
        self.demo = bool(args.demo)
        self.settings = Settings()
        language = args.lang or self.settings.get("ui/language")
        self.font_family = register_fonts()
        limit_pixmap_cache()  # (issue 20: the soak's step)
        # --text-scale (for this run: the screenshots at 200 %) before the setting.
        scale = getattr(args, "text_scale", None) or self.settings.get("ui/text_scale")
        theme.apply_text_scale(qapp, self.font_family, scale)
        theme.apply_colours(qapp, getattr(args, "colours", None) or self.settings.get("ui/theme"))
        self.translators = install_translations(qapp, language)
        self.secrets = KeyringSecretStore()
        db = (
            startup.demo_database()
            if args.demo
            else Database(self._configured_url(), read_url=self._configured_read_url())
        )
        self.runner = TaskRunner()
        self.garbage_collector = MainThreadGarbageCollector(qapp)
        self.context = AppContext(
            self.runner,
            db,
            CarebotService(db, self.secrets),
            self.settings,
            self.secrets,
            self.font_family,
        )
        self.window_replaced: list[Callable[[MainWindow], None]] = []
        self.window = self._make_window()
        self._warming = 0  # start-up work still running before the collector settles
        # What start-up built stays for the run: out of the collector's later walks (a
        # full collection now, before the window is shown; workers/gc_guard.py).
        self.garbage_collector.settle()
        self.prepared = False
        self.is_shut_down = False
        self.pending_revocations: set[str] = set()
        self.revocation_timer = QTimer(self.window)
        self.revocation_timer.setInterval(30_000)
        self.revocation_timer.timeout.connect(self._retry_revocations)
        self.settings.changed.connect(self._on_setting_changed)
        qapp.aboutToQuit.connect(self.shutdown)

    def demo_hint(self) -> str:
        """The demo accounts' sign-in hint: only in a demo session on the demo database."""
        from PySide6.QtCore import QCoreApplication  # Qt: only with a window

        if not self.demo or not is_demo_database(self.context.db):
            return ""
        return (
            QCoreApplication.translate(
                "Application", "Demo: sign in as %1 (password %2), a caregiver of four elders."
            )
            .replace("%1", DEMO_USER)
            .replace("%2", DEMO_PASSWORD)
        )

    def _make_window(self) -> MainWindow:
        from carebot_desktop.ui.main_window import MainWindow  # Qt: only with a window

        hint = self.demo_hint()
        window = MainWindow(self.context, hint)
        if hint:  # the demo signs in with Enter
            window.login_page.email.setText(DEMO_USER)
            window.login_page.password.setText(DEMO_PASSWORD)
        window.sign_out_requested.connect(self.sign_out)
        window.register_requested.connect(self.register)
        window.connection_requested.connect(self.change_connection)
        window.settings_requested.connect(self.edit_settings)
        return window

    def switch_language(self, language: str) -> None:
        """A new language at once, without a restart: the catalogues are swapped and the
        window is built again in it, signed in as before, on the same screen."""
        from carebot_desktop.ui.resources import install_translations  # Qt: only with a window

        for translator in self.translators:
            self.qapp.removeTranslator(translator)
        self.translators = install_translations(self.qapp, language)
        self.rebuild_window()

    def rebuild_window_in(self, theme_choice: str) -> None:
        """The window in other colours (the screenshot mode's dark view)."""
        from carebot_desktop.ui import theme  # Qt: only with a window

        theme.apply_colours(self.qapp, theme_choice)
        self.rebuild_window()

    def rebuild_window(self) -> None:
        old = self.window
        session = self.context.session
        geometry = old.saveGeometry()
        screen = old.sidebar.current_row()
        family = old.family_chooser.current_id()
        visible = old.isVisible()
        old.shutdown()
        self.window = self._make_window()
        self.revocation_timer.setParent(self.window)
        for listener in self.window_replaced:
            listener(self.window)
        if session is not None:
            self.window.start_session(session)
            self.window.sidebar.set_current_row(max(0, screen))
            self.window.pending_family = family
        else:
            self.window.show_login()
        self.window.restoreGeometry(geometry)
        if visible:
            self.window.show()
        old.hide()
        old.deleteLater()

    def _configured_url(self) -> str | None:
        named: str | None = self.args.database
        if named:
            return named
        password = self.secrets.get(self.settings.database_password_key())
        return self.settings.database_url(password)

    def _configured_read_url(self) -> str | None:
        """The read replica's URL (None: ``CAREBOT_DB_READ_URL`` or none). With
        ``--database`` only the environment names one."""
        if self.args.database or not self.settings.get("connection/read_host").strip():
            return None
        password = self.secrets.get(self.settings.database_password_key())
        return self.settings.read_database_url(password)

    # --- start-up ------------------------------------------------------------------------

    def start(self, try_remembered: bool = True) -> None:
        """Prepare the database off the GUI thread (schema, demo data), then sign in with a
        remembered session or show the sign-in page."""
        from PySide6.QtCore import QCoreApplication  # Qt: only with a window

        from carebot_desktop.ui.status.status_page import make_chart_qt_types

        # Before any worker starts: no worker makes a Qt type (pyqtgraph's import below
        # asks for every one of three modules; see make_chart_qt_types).
        make_chart_qt_types()
        self.window.show_login()
        self.window.login_page.set_connecting(
            QCoreApplication.translate("Application", "Connecting to the database…")
        )
        (
            self.context.op(
                self.window,
                prepare,
                self.context.db,
                self.demo,
                self.context.sessions,
                try_remembered,
            )
            .success(self._on_prepared)
            .failure(self._on_prepare_failed)
            .outlives_session()
            .write()
            .run()
        )
        # Meanwhile pyqtgraph (the Status charts) is imported on a worker, not during the
        # sign-in; once both are done and the sign-in page waits, what start-up built
        # leaves the garbage collector's walks (workers/gc_guard.py).
        from carebot_desktop.ui.status.status_page import import_charts  # Qt: with a window

        self._warming = 3
        (
            self.context.op(self.window, import_charts)
            .success(self._on_warmed)
            .failure(self._on_warmed)
            .outlives_session()
            .run()
        )
        # And the alarm's Qt Multimedia and its look for an audio output, while the
        # database is prepared (150-400 ms of the GUI thread at the first crit alert
        # otherwise, in the middle of a sign-in). On the GUI thread: Qt Multimedia
        # imported on a worker crashed the process once its devices were asked for.
        from PySide6.QtCore import QTimer  # Qt: only with a window

        QTimer.singleShot(0, self.window, self._prepare_alarm)

    def _prepare_alarm(self) -> None:
        self.window.alarm.prepare()
        self._on_warmed()

    def _on_warmed(self, _outcome: object = None) -> None:
        self._warming -= 1
        waiting = self.context.session is None and self.window.login_page.sign_in_button.isEnabled()
        if self._warming == 0 and waiting:
            self.garbage_collector.settle()

    def _on_prepared(self, session: SignedIn | None) -> None:
        self.prepared = True
        self.window.login_page.set_ready(sign_in=session is None)
        if session is not None:
            self.window.start_session(session)
        else:
            self.window.show_login()
            # The Status charts (pyqtgraph: 40-200 ms each to build) are built while the
            # sign-in page waits, one per turn of the event loop, not during the sign-in.
            self.window.status_page.preload_charts()
            from PySide6.QtCore import QTimer  # Qt: only with a window

            QTimer.singleShot(0, self.window, self.window.prepaint_desk)
        self._on_warmed()

    def _on_prepare_failed(self, error: object) -> None:
        from carebot_desktop.ui.errors import error_text  # Qt: only with a window

        self.prepared = True
        self.window.login_page.set_ready(error_text(error))
        self._on_warmed()

    # --- flows ---------------------------------------------------------------------------

    def sign_out(self) -> None:
        """Forget the session here at once; end it on the server now, or, when the server
        is away, as soon as it answers again (queued in the offline copy, and retried while
        the application runs)."""
        session = self.context.session
        self.window.end_session()
        self.garbage_collector.settle()  # the session's garbage goes now, not mid-sign-in
        if session is not None:
            (
                self.context.op(self.window, self.context.sessions.sign_out, session)
                .success(functools.partial(self._on_signed_out, session.session_id))
                .failure(functools.partial(self._on_sign_out_failed, session.session_id))
                .outlives_session()
                .write()
                .run()
            )

    def _on_signed_out(self, token: str, revoked: bool) -> None:
        if not revoked:
            self._revoke_later(token)

    def _on_sign_out_failed(self, token: str, error: object) -> None:
        log.info("sign-out not confirmed by the server (%s); retrying", type(error).__name__)
        self._revoke_later(token)

    def _revoke_later(self, token: str) -> None:
        self.pending_revocations.add(token)
        if not self.revocation_timer.isActive():
            self.revocation_timer.start()

    def _retry_revocations(self) -> None:
        for token in list(self.pending_revocations):
            (
                self.context.op(self.window, self.context.service.logout, token)
                .success(functools.partial(self._on_revoked, token))
                .failure(self._on_revoke_failed)
                .outlives_session()
                .write()
                .run()
            )
        if not self.pending_revocations:
            self.revocation_timer.stop()

    def _on_revoked(self, token: str, _done: object) -> None:
        self.pending_revocations.discard(token)

    def _on_revoke_failed(self, error: object) -> None:
        log.info("a sign-out still waits for the server: %s", type(error).__name__)

    def register(self) -> None:
        # Qt: only with a window
        from carebot_desktop.ui.login.register_dialog import RegisterDialog

        dialog = RegisterDialog(self.context, self.window)
        if dialog.exec() and dialog.created_email:
            self.window.login_page.email.setText(dialog.created_email)
            self.window.login_page.password.setFocus()

    def change_connection(self) -> None:
        # Qt: only with a window
        from carebot_desktop.ui.login.connection_dialog import ConnectionDialog

        dialog = ConnectionDialog(self.context, self.window, demo=self.demo)
        if not dialog.exec():
            return
        if self.demo:
            self.leave_demo()
        db = Database(dialog.chosen_url, read_url=dialog.chosen_read_url)
        self.context.replace_database(db, CarebotService(db, self.secrets))
        self.start(try_remembered=True)

    def leave_demo(self) -> None:
        """Another database was chosen: the demo ends for the rest of the run. Its data
        stays in the demo file; nothing of it is written to the chosen database, and the
        sign-in page forgets the demo account and its password."""
        log.info("another database was chosen: leaving the demo")
        self.demo = False
        self.args.demo = False
        login = self.window.login_page
        login.set_demo_hint("")
        login.password.clear()
        if login.email.text().strip() == DEMO_USER:
            login.email.clear()

    def _on_setting_changed(self, key: str) -> None:
        """A setting that takes effect at once, applied where it lives (the language and
        the colours of the charts rebuild the window: ``edit_settings``)."""
        from carebot_desktop.ui import theme  # Qt: only with a window

        if key == "ui/theme":
            theme.apply_colours(self.qapp, self.settings.get("ui/theme"))
        elif key == "ui/text_scale":
            theme.apply_text_scale(self.qapp, self.font_family, self.settings.get("ui/text_scale"))
        elif key == "notifications/poll_interval_s":
            self.window.live_feed.set_interval(self.settings.get("notifications/poll_interval_s"))
        elif key == "alarm/sound":
            self.window.set_alarm_muted(self.settings.get("alarm/sound") == "off")

    def edit_settings(self) -> None:
        from carebot_desktop.ui.settings_dialog import SettingsDialog  # Qt: only with a window

        dialog = SettingsDialog(self.settings, self.window)
        if dialog.exec():
            language = self.settings.get("ui/language")
            before = self.args.lang or language
            colours = self.settings.get("ui/theme")
            dialog.save()  # each changed setting applies itself: _on_setting_changed
            self.args.lang = None  # the setting rules from now on
            if self.settings.get("ui/language") != before:
                self.switch_language(self.settings.get("ui/language"))
            elif self.settings.get("ui/theme") != colours:
                self.rebuild_window()  # the charts take the new colours too

    def shutdown(self) -> None:
        """One order: start and deliver nothing more; stop the window's timers and join
        the poller; wait for the pools; close the database."""
        if self.is_shut_down:
            return
        self.is_shut_down = True
        self.revocation_timer.stop()
        if self.args.screenshot is None:  # (the screenshots' window is not the person's)
            self.settings.set("window/geometry", self.window.placement())
        # The batched audit entries of reads are written before the pools drain.
        self.context.op(
            self.window, flush_audit, self.context.service
        ).outlives_session().write().run()
        self.runner.close()
        self.window.shutdown()
        self.runner.wait()
        self.context.db.dispose()

    def bring_forward(self) -> None:
        """Another start asked for this window (single instance)."""
        from PySide6.QtCore import Qt  # Qt: only with a window

        log.info("another start asked for this window: brought forward")
        window = self.window
        window.show()
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.raise_()
        window.activateWindow()

    def close(self) -> None:
        """Tear the window down while Qt and Python are both alive (not at exit)."""
        self.shutdown()
        self.garbage_collector.stop()
        self.runner.deleteLater()
        for translator in self.translators:
            self.qapp.removeTranslator(translator)
        self.window.close()
        self.window.deleteLater()
        from PySide6.QtCore import QCoreApplication, QEvent  # Qt: only with a window

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.qapp.processEvents()


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["admin"]:  # the administrator's commands: no window, no Qt
        return admin.main(arguments[1:])
    args = parse_arguments(arguments)
    startup.set_up_process()
    from PySide6.QtWidgets import QApplication  # Qt: only with a window

    from carebot_desktop.ui import source_cache

    source_cache.install()  # PySide6 is in: nothing imported later keeps its source
    from carebot_desktop.ui import qt_messages
    from carebot_desktop.ui.single_instance import SingleInstance

    qt_messages.install()
    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    qapp.setApplicationName(APP_NAME)
    qapp.setOrganizationName(ORG_NAME)
    instance = SingleInstance(paths.data_dir())
    if instance.acquire():
        log.info("listening as the only instance (%s)", instance.server_name)
    else:
        shown = instance.ask_first_to_show()
        print(
            "Carebot Desktop is already running"
            + ("; its window was brought forward." if shown else "."),
            file=sys.stderr,
        )
        return 0
    try:
        return _run(args, qapp, instance)
    finally:
        instance.release()


def _run(args: argparse.Namespace, qapp: QApplication, instance: SingleInstance) -> int:
    """The one instance: build the application, hook crash reports to its window, run."""
    from carebot_desktop.ui.crash_dialog import CrashReporter  # Qt: only with a window

    application = Application(args, qapp)
    reporter = CrashReporter(application.window)
    application.window_replaced.append(reporter.set_window)
    crash.install_hooks(reporter.report)
    instance.activation_requested.connect(application.bring_forward)
    application.start(try_remembered=args.screenshot is None)
    if args.screenshot is not None:
        try:
            return take_screenshots(application, args.screenshot, DEMO_USER)
        finally:
            application.close()
    # Where it was last time, shrunk onto this screen if that is smaller now.
    application.window.restore_placement(application.settings.get("window/geometry"))
    application.window.show()
    try:
        return qapp.exec()
    finally:
        application.close()
