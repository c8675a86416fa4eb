"""The main window: sign-in first, then the care desk (navigation, family selector, the
critical-alert banner, the offline banner, and the six screens).

It never touches the database: screens load through the TaskRunner, and the notification
poller lives on its own thread.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.config import paths
from carebot_desktop.data.errors import DatabaseUnavailableError
from carebot_desktop.services import dashboard
from carebot_desktop.services.alerts import AlertFeed
from carebot_desktop.services.changes import DeskChanges
from carebot_desktop.services.dashboard import Alert, parse_alert
from carebot_desktop.services.desk_watch import DeskWatch
from carebot_desktop.services.offline import SyncCancelledError, SyncProgress
from carebot_desktop.services.session_controller import LiveApi, SessionController, SyncOutcome
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import plain, theme
from carebot_desktop.ui.alarm import Alarm
from carebot_desktop.ui.context import AppContext, SignedIn
from carebot_desktop.ui.errors import error_text
from carebot_desktop.ui.family.family_page import FamilyPage
from carebot_desktop.ui.login.login_page import LoginPage
from carebot_desktop.ui.members.members_page import MembersPage
from carebot_desktop.ui.messages.messages_page import MessagesPage
from carebot_desktop.ui.notifications.notifications_page import NotificationsPage, acknowledge
from carebot_desktop.ui.overview.overview_page import OverviewPage
from carebot_desktop.ui.page import Page
from carebot_desktop.ui.status.status_page import StatusPage
from carebot_desktop.ui.widgets import open_notice
from carebot_desktop.workers.poller import NotificationPoller, PollerThread

log = logging.getLogger(__name__)
PAGES = ("overview", "family", "members", "status", "messages", "notifications")


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(paths.resource("icons", f"carebot-{size}.png")))
    return icon


def parse_alerts(rows: list[dict[str, Any]]) -> list[Alert]:
    """Each row on its own: one row that cannot be read never hides another."""
    alerts = []
    for row in rows:
        try:
            alerts.append(parse_alert(row))
        except Exception:  # parse_alert is total; this is the last line of defence
            log.exception("a notification row could not be shown")
    return alerts


class MainWindow(QMainWindow):
    """Signals: ``sign_out_requested()``, ``register_requested()``,
    ``connection_requested()``, ``settings_requested()``."""

    sign_out_requested = Signal()
    register_requested = Signal()
    connection_requested = Signal()
    settings_requested = Signal()

    def __init__(self, context: AppContext, demo_hint: str = "") -> None:
        super().__init__()
        self._context = context
        self.family_ids: list[str] = []
        self.critical: list[Alert] = []
        self.poller_thread: PollerThread | None = None
        self.desk_watch: DeskWatch | None = None
        self.acknowledged: set[int] = set()  # alerts acknowledged in this session
        self.closed = False  # after closeEvent nothing starts again
        self.syncing = False
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(5 * 60_000)
        self.sync_timer.timeout.connect(self.sync_now)
        self.tray: QSystemTrayIcon | None = None
        self.pending_family: str | None = None  # chosen once the families are known
        self.quitting = False  # the tray's Quit: close for real, not to the tray
        self.told_in_tray = False
        self.notified: Alert | None = None  # the last desktop notification's alert
        self.alarm = Alarm(self)
        self.alarm.set_muted(context.settings.get("alarm/sound") == "off")
        self.setWindowTitle(self.tr("Carebot Desktop"))
        self.setWindowIcon(app_icon())
        self.tray_menu = QMenu(self)
        self.open_action = self.tray_menu.addAction(self.tr("&Open Carebot Desktop"))
        self.open_action.triggered.connect(self.show_window)
        self.ack_all_action = self.tray_menu.addAction(self.tr("&Acknowledge all critical alerts"))
        self.ack_all_action.triggered.connect(self.acknowledge_all_critical)
        self.ack_all_action.setEnabled(False)
        self.tray_menu.addSeparator()
        self.quit_action = self.tray_menu.addAction(self.tr("&Quit"))
        self.quit_action.triggered.connect(self.quit_application)
        self.resize(1280, 820)

        self.stack = QStackedWidget()
        self.login_page = LoginPage(context, demo_hint)
        self.login_page.signed_in.connect(self._on_signed_in)
        self.login_page.register_requested.connect(self.register_requested)
        self.login_page.connection_requested.connect(self.connection_requested)
        self.stack.addWidget(self.login_page)
        self.desk = QWidget()
        self.stack.addWidget(self.desk)
        self.setCentralWidget(self.stack)

        # --- the desk -----------------------------------------------------------------
        self.overview = OverviewPage(context)
        self.notifications = NotificationsPage(context)
        self.messages = MessagesPage(context)
        self.family_page = FamilyPage(context)
        self.members_page = MembersPage(context)
        self.status_page = StatusPage(context)
        self.pages: dict[str, Page] = {
            "overview": self.overview,
            "family": self.family_page,
            "members": self.members_page,
            "status": self.status_page,
            "messages": self.messages,
            "notifications": self.notifications,
        }
        self.overview.loaded.connect(self._on_overview_loaded)
        self.overview.family_opened.connect(self._on_family_opened)
        self.messages.unread_changed.connect(self._on_unread_messages_changed)
        context.changes.connect(self._on_changes)
        context.runner.unhandled_failure.connect(self._on_unhandled_failure)

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Screens"))
        labels = {
            "overview": self.tr("Overview"),
            "family": self.tr("Family"),
            "members": self.tr("Members"),
            "status": self.tr("Status"),
            "messages": self.tr("Messages"),
            "notifications": self.tr("Notifications"),
        }
        self.nav_labels = labels
        for key in PAGES:
            QListWidgetItem(labels[key], self.nav)
        self.nav.currentRowChanged.connect(self._on_nav_changed)
        self.user_label = plain.label()
        self.user_label.setWordWrap(True)
        self.user_label.setAccessibleName(self.tr("Signed-in user"))
        self.settings_button = QPushButton(self.tr("Se&ttings…"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.clicked.connect(self.settings_requested)
        self.account_button = QPushButton(self.tr("My &account…"))
        self.account_button.setAccessibleName(self.tr("My account: profile, password, sessions"))
        self.account_button.clicked.connect(self.open_account)
        self.help_button = QPushButton(self.tr("&Help"))
        self.help_button.setAccessibleName(self.tr("Help and about (F1)"))
        self.help_button.clicked.connect(self.open_help)
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        self.sign_out_button.setAccessibleName(self.tr("Sign out"))
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        brand = plain.label(self.tr("Carebot"))
        font = brand.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        brand.setFont(font)
        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        # Wide enough for the longest label with a badge, at any text size.
        sidebar.setFixedWidth(
            max(
                210,
                self.nav.fontMetrics().horizontalAdvance(max(labels.values(), key=len) + "  (999)")
                + 70,
            )
        )
        side = QVBoxLayout(sidebar)
        side.addWidget(brand)
        side.addWidget(self.user_label)
        side.addSpacing(8)
        side.addWidget(self.nav, 1)
        side.addWidget(self.account_button)
        side.addWidget(self.settings_button)
        side.addWidget(self.help_button)
        side.addWidget(self.sign_out_button)

        self.family_combo = QComboBox()
        self.family_combo.setAccessibleName(self.tr("Family shown"))
        self.family_combo.setMinimumWidth(320)
        self.family_combo.currentIndexChanged.connect(self._on_family_changed)
        family_row = QHBoxLayout()
        family_label = plain.label(self.tr("&Family:"))
        family_label.setBuddy(self.family_combo)
        self.family_label = family_label
        family_row.addWidget(family_label)
        family_row.addWidget(self.family_combo)
        family_row.addStretch(1)
        self.connection_label = plain.label()
        self.connection_label.setObjectName("muted")
        family_row.addWidget(self.connection_label)
        # The offline copy's sync: how far it is, and a way to stop it.
        self.sync_progress: SyncProgress | None = None
        self.sync_bar = QProgressBar()
        self.sync_bar.setAccessibleName(self.tr("Offline copy progress"))
        self.sync_bar.setTextVisible(True)
        self.sync_bar.setMaximumWidth(320)
        self.sync_bar.setVisible(False)
        self.sync_cancel = QPushButton(self.tr("Stop"))
        self.sync_cancel.setAccessibleName(self.tr("Stop bringing the offline copy up to date"))
        self.sync_cancel.clicked.connect(self._on_sync_cancel_clicked)
        self.sync_cancel.setVisible(False)
        self.sync_progress_timer = QTimer(self)
        self.sync_progress_timer.setInterval(200)
        self.sync_progress_timer.timeout.connect(self._show_sync_progress)
        self.statusBar().addPermanentWidget(self.sync_bar)
        self.statusBar().addPermanentWidget(self.sync_cancel)

        self.banner = QFrame()
        self.banner.setObjectName("critBanner")
        self.banner_icon = plain.label()
        self.banner_icon.setPixmap(theme.grade_icon("crit").pixmap(28, 28))
        self.banner_text = plain.label()
        self.banner_text.setWordWrap(True)
        self.banner_text.setAccessibleName(self.tr("Critical alert"))
        self.banner_button = QPushButton(self.tr("I have &seen it"))
        self.banner_button.setAccessibleName(self.tr("Acknowledge the critical alert"))
        self.banner_button.clicked.connect(self._on_banner_ack_clicked)
        self.banner_show = QPushButton(self.tr("Show"))
        self.banner_show.setAccessibleName(self.tr("Show the critical alert"))
        self.banner_show.clicked.connect(self._on_banner_show_clicked)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_icon)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.banner_show)
        banner_layout.addWidget(self.banner_button)
        self.banner.setVisible(False)

        self.offline = QFrame()
        self.offline.setObjectName("offlineBanner")
        self.offline_text = plain.label()
        self.offline_text.setWordWrap(True)
        QHBoxLayout(self.offline).addWidget(self.offline_text)
        self.offline.setVisible(False)

        self.page_stack = QStackedWidget()
        for key in PAGES:
            self.page_stack.addWidget(self.pages[key])
        content = QVBoxLayout()
        content.addWidget(self.banner)
        content.addWidget(self.offline)
        content.addLayout(family_row)
        content.addWidget(self.page_stack, 1)
        desk_layout = QHBoxLayout(self.desk)
        desk_layout.setContentsMargins(0, 0, 0, 0)
        # Scroll areas round the sidebar and the screens: at 200 % text the window still
        # fits a 1366 x 768 laptop, and what does not fit scrolls instead of being cut.
        side_scroll = QScrollArea()
        side_scroll.setObjectName("sidebarScroll")
        side_scroll.setWidget(sidebar)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setFixedWidth(sidebar.width())
        desk_layout.addWidget(side_scroll)
        inner = QWidget()
        inner.setObjectName("deskContent")
        inner.setLayout(content)
        content_scroll = QScrollArea()
        content_scroll.setWidget(inner)
        content_scroll.setWidgetResizable(True)
        content_scroll.setFrameShape(QFrame.Shape.NoFrame)
        desk_layout.addWidget(content_scroll, 1)

        for i in range(len(PAGES)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(self._make_nav_action(i))
            self.addAction(action)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_current)
        self.addAction(refresh)
        help_action = QAction(self)
        help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        help_action.triggered.connect(self.open_help)
        self.addAction(help_action)
        self.help_dialog: Any = None
        self.account_dialog: Any = None

    # --- sign-in ------------------------------------------------------------------------

    def show_login(self) -> None:
        self.stack.setCurrentWidget(self.login_page)
        self.login_page.focus_first()

    @Slot(object)
    def _on_signed_in(self, session: SignedIn) -> None:
        self.start_session(session)

    def start_session(self, session: SignedIn) -> None:
        self._context.set_session(session)
        self._show_user()
        self.stack.setCurrentWidget(self.desk)
        self.nav.setCurrentRow(0)
        self._show_connection_state()
        self.overview.reload()
        self.messages.reload()
        self._load_critical()
        self.status_page.preload_charts()
        self.sync_timer.start()
        if not session.offline:
            self.sync_now()
        if session.cache is not None and session.cache.set_aside is not None:
            self._tell_cache_set_aside(session.cache.set_aside)

    def _tell_cache_set_aside(self, aside: Any) -> None:
        open_notice(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Offline copy"),
            self.tr(
                "The offline copy on this computer could not be opened (the password changed, or the file is damaged), so a new copy was started."
            ),
            self.tr(
                "Nothing was deleted: the old copy, with any messages or acknowledgements that were still waiting to be sent, is kept at %1. Please check with the people concerned that nothing important was missed."
            ).replace("%1", str(aside)),
        )

    def end_session(self) -> None:
        """Stop the session's timers and poller, then forget it: outcomes of its
        operations still in flight are dropped (AppContext.set_session)."""
        self.sync_timer.stop()
        self.stop_poller()
        self._context.set_session(None)
        self.overview.clear()
        self.family_ids = []
        self.critical = []
        self.acknowledged = set()
        self.alarm.set_active(False)
        self.ack_all_action.setEnabled(False)
        self.banner.setVisible(False)
        self.family_combo.clear()
        self.show_login()

    # --- poller ----------------------------------------------------------------------

    def start_poller(self) -> None:
        session = self._context.session
        if self.closed or session is None or self.poller_thread is not None:
            return
        if not self.family_ids:
            return
        live = LiveApi(session)
        feed = AlertFeed(live, list(self.family_ids))
        self.desk_watch = DeskWatch(live)
        poller = NotificationPoller(
            feed.poll,
            interval_ms=self._context.settings.get("notifications/poll_interval_s") * 1000,
            watch=self.desk_watch.check,
        )
        poller.notifications_received.connect(self._on_notifications_received)
        poller.desk_changed.connect(self._on_desk_changed)
        poller.connection_lost.connect(self._on_connection_lost)
        poller.connection_restored.connect(self._on_connection_restored)
        self.poller_thread = PollerThread(poller, self)
        self.poller_thread.start()
        self.ensure_tray()

    def ensure_tray(self) -> None:
        """The tray icon (where the desktop has a tray): its menu opens the window,
        acknowledges every critical alert or quits; clicking it or one of its
        notifications brings the window back."""
        if self.tray is not None or not tray_available():
            return
        self.tray = QSystemTrayIcon(app_icon(), self)
        self.tray.setToolTip(self.tr("Carebot Desktop"))
        self.tray.setContextMenu(self.tray_menu)
        self.tray.activated.connect(self._on_tray_activated)
        self.tray.messageClicked.connect(self.open_notified_alert)
        self.tray.show()

    @Slot(object)
    def _on_tray_activated(self, reason: object) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window()

    @Slot()
    def show_window(self) -> None:
        QApplication.setQuitOnLastWindowClosed(True)
        self.showNormal()
        self.raise_()
        self.activateWindow()

    @Slot()
    def open_notified_alert(self) -> None:
        """A desktop notification was clicked: its alert, selected, on Notifications."""
        self.show_window()
        alert = self.notified
        if alert is None or self._context.session is None:
            return
        self.go_to("notifications")
        if not self.notifications.show_alert(alert.index):
            self.notifications.reload()
            QTimer.singleShot(0, self, lambda: self.notifications.show_alert(alert.index))

    @Slot()
    def acknowledge_all_critical(self) -> None:
        """The tray's "acknowledge all": every critical alert waiting (the alarm stops)."""
        indexes = [a.index for a in self.critical]
        if not indexes or self._context.session is None:
            return
        self.ack_all_action.setEnabled(False)
        (
            self._context.op(self, acknowledge, self._context.api, indexes)
            .success(self._context.broadcast)
            .failure(self._on_banner_ack_failed)
            .write()
            .run()
        )

    @Slot()
    def quit_application(self) -> None:
        self.quitting = True
        self.close()
        QApplication.quit()

    def desk_kind(self) -> str:
        """Who sits here: "centre" (a care centre's system account), "caregiver" (a
        member of several families: care-centre staff), "elder" (a family's main user)
        or "family"."""
        session = self._context.session
        if session is None:
            return ""
        if session.role == "system":
            return "centre"
        if session.role == "main":
            return "elder"
        return "caregiver" if len(self.family_ids) > 1 else "family"

    def _show_user(self) -> None:
        session = self._context.session
        if session is None:
            return
        labels = {
            "centre": self.tr("care centre"),
            "caregiver": self.tr("caregiver"),
            "elder": self.tr("elder"),
            "family": self.tr("family member"),
        }
        self.user_label.setText(f"{session.user_name}\n{labels.get(self.desk_kind(), '')}")

    def keeps_running_in_tray(self) -> bool:
        """Closing hides to the tray (polling goes on): "auto" is on for care-centre
        accounts, whose desk must keep watching, and off for families."""
        session = self._context.session
        if self.tray is None or self.quitting or session is None:
            return False
        choice = self._context.settings.get("window/close_to_tray")
        return choice == "on" or (choice == "auto" and self.desk_kind() in ("centre", "caregiver"))

    def stop_poller(self) -> None:
        """Join the poller's thread, then destroy it and the poller here, on the GUI
        thread that owns them."""
        thread, self.poller_thread = self.poller_thread, None
        self.desk_watch = None
        if thread is not None:
            thread.shutdown()
            thread.setParent(None)
            thread.deleteLater()

    def set_poll_interval(self, seconds: int) -> None:
        if self.poller_thread is not None:
            self.poller_thread.interval_changed.emit(seconds * 1000)

    @Slot(list)
    def _on_notifications_received(self, rows: list[dict[str, Any]]) -> None:
        if self._context.session is None:
            return
        self.notifications.add_new(rows)
        alerts = parse_alerts(rows)
        for alert in alerts:
            if alert.grade == "crit" and not alert.is_read:
                self.critical.append(alert)
            if alert.grade in ("crit", "warn") and not alert.is_read:
                self._notify_desktop(alert)
        self._update_banner()
        self._update_badges()
        self.overview.reload()

    @Slot(object)
    def _on_desk_changed(self, changes: DeskChanges) -> None:
        """The poller's change check: another PC acknowledged an alert or sent a message,
        a message arrived, a join request came, or (at most once a minute) new readings."""
        if not self.closed:
            self._context.broadcast(changes)

    @Slot(object)
    def _on_changes(self, changes: DeskChanges) -> None:
        """What the window itself shows of a change (each screen sees it too): the
        banner, the alarm, the badges, and a word about a request to join."""
        if self.closed or self._context.session is None:
            return
        if changes.own and self.desk_watch is not None:
            self.desk_watch.absorb(changes)
        if changes.acknowledged:
            self.acknowledged |= changes.acknowledged
            self.critical = [a for a in self.critical if a.index not in changes.acknowledged]
            self._update_banner()
        if changes.alerts and not changes.own:
            self._load_critical()
        if changes.join_requests and not changes.own:
            title = self.tr("Request to join the family")
            text = self.tr("Someone asked to join the family. Open Members to approve or deny.")
            if self.tray is not None:
                self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 0)
            self.show_status(text)
            QApplication.alert(self)
        self._update_badges()

    def _notify_desktop(self, alert: Alert) -> None:
        self.notified = alert
        title = theme.grade_text(alert.grade) + " · " + self._family_name(alert.family_id)
        text = plain.notification_body(self.notifications.model.headline(alert))
        if self.tray is not None:
            icon = (
                QSystemTrayIcon.MessageIcon.Critical
                if alert.grade == "crit"
                else QSystemTrayIcon.MessageIcon.Warning
            )
            self.tray.showMessage(title, text, icon, 0 if alert.grade == "crit" else 10_000)
        QApplication.alert(self)

    # --- offline and back -------------------------------------------------------------

    def _show_connection_state(self) -> None:
        session = self._context.session
        if session is not None and session.offline:
            when = fmt.local_text(session.as_of) if session.as_of else self.tr("unknown")
            text = self.tr(
                "Offline, as of %1. History is shown from this computer's copy and cannot be changed; messages and acknowledgements wait in the outbox and are sent when the connection returns."
            )
            self.offline_text.setText(text.replace("%1", when))
            self.offline.setVisible(True)
            self.connection_label.setText(self.tr("Offline"))
        else:
            self.offline.setVisible(False)
            self.connection_label.setText(self.tr("Connected"))

    @Slot(str)
    def _on_connection_lost(self, _reason: str) -> None:
        session = self._context.session
        if session is None or session.offline:
            return
        text = self.tr(
            "The database cannot be reached. Showing what was last loaded; retrying automatically…"
        )
        self.offline_text.setText(text)
        self.offline.setVisible(True)
        self.connection_label.setText(self.tr("Offline"))
        if session.cache is not None:  # switch to the offline copy (opened off this thread)
            (
                self._context.op(self, SessionController.open_offline, session)
                .success(self._on_offline_ready)
                .write()
                .run()
            )

    @Slot(object)
    def _on_offline_ready(self, api: Any) -> None:
        session = self._context.session
        if session is None or not SessionController.went_offline(session, api):
            return
        self._show_connection_state()
        self._reload_all()

    @Slot()
    def _on_connection_restored(self) -> None:
        session = self._context.session
        if session is None:
            return
        if not session.offline:
            self._show_connection_state()
            self.refresh_current()
            return
        self.connection_label.setText(self.tr("Reconnecting…"))
        self.sync_now()

    @Slot()
    def sync_now(self) -> None:
        """Replay the outbox and bring the offline copy up to date, off the GUI thread;
        after a reconnection, switch the screens back to the server."""
        session = self._context.session
        if self.closed or session is None or session.cache is None or self.syncing:
            return
        self.syncing = True
        days = self._context.settings.get("offline/days")
        self.sync_progress = SyncProgress()
        self.sync_progress_timer.start()
        (
            self._context.op(self, self._context.sessions.sync, session, days, self.sync_progress)
            .success(self._on_synced)
            .failure(self._on_sync_failed)
            .background()
            .run()
        )

    @Slot()
    def _show_sync_progress(self) -> None:
        """Every 200 ms while a sync runs: families done of all, and a way to stop."""
        progress = self.sync_progress
        if not self.syncing or progress is None:
            self._hide_sync_progress()
            return
        done, total = progress.state()
        if total <= 0:
            return  # still reading what there is: nothing to show for a moment
        self.sync_bar.setRange(0, total)
        self.sync_bar.setValue(done)
        self.sync_bar.setFormat(
            self.tr("Offline copy: %1 of %2 families")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )
        self.sync_bar.setVisible(True)
        self.sync_cancel.setVisible(True)
        self.sync_cancel.setEnabled(not progress.cancelled)

    def _hide_sync_progress(self) -> None:
        self.sync_progress_timer.stop()
        self.sync_bar.setVisible(False)
        self.sync_cancel.setVisible(False)

    @Slot()
    def _on_sync_cancel_clicked(self) -> None:
        if self.sync_progress is not None:
            self.sync_progress.cancel()
            self.sync_cancel.setEnabled(False)

    @Slot(object)
    def _on_synced(self, outcome: SyncOutcome) -> None:
        self.syncing = False
        self._hide_sync_progress()
        session = self._context.session
        if session is None:
            return
        if SessionController.synced(session, outcome):
            self._show_connection_state()
            self._reload_all()
        elif outcome.replayed:
            self._reload_all()
        if outcome.still_pending:
            QTimer.singleShot(1_000, self, self.sync_now)  # queued while the replay ran

    @Slot(object)
    def _on_sync_failed(self, error: object) -> None:
        self.syncing = False
        self._hide_sync_progress()
        if isinstance(error, SyncCancelledError):
            self.show_status(
                self.tr("The offline copy was not brought fully up to date (cancelled).")
            )
        elif not isinstance(error, DatabaseUnavailableError):
            self.show_status(
                self.tr(
                    "The offline copy on this computer could not be brought up to date. The details are in the log: %1"
                ).replace("%1", str(paths.log_file()))
            )
        self._show_connection_state()

    def _reload_all(self) -> None:
        self.overview.reload()
        self.messages.reload()
        self.notifications.reload()
        for key in ("family", "members", "status"):
            self.pages[key].reload()

    # --- critical banner -------------------------------------------------------------

    def _load_critical(self) -> None:
        (
            self._context.op(self, dashboard.unread_critical, self._context.api)
            .success(self._on_critical_loaded)
            .latest("critical")
            .run()
        )

    @Slot(object)
    def _on_critical_loaded(self, alerts: list[Alert]) -> None:
        # An answer read before an acknowledgement committed must not bring it back.
        known = {a.index for a in self.critical} | self.acknowledged
        self.critical += [a for a in alerts if a.index not in known]
        self._update_banner()

    def _family_name(self, family_id: str) -> str:
        for i in range(self.family_combo.count()):
            if self.family_combo.itemData(i) == family_id:
                return self.family_combo.itemText(i)
        return ""

    def _update_banner(self) -> None:
        self.critical.sort(key=lambda a: (a.created_at is None, a.created_at, a.index))
        self.alarm.set_active(bool(self.critical))
        self.ack_all_action.setEnabled(bool(self.critical))
        if not self.critical:
            self.banner.setVisible(False)
            return
        alert = self.critical[-1]
        text = (
            f"{theme.grade_text('crit')} · {self._family_name(alert.family_id)} · "
            f"{self.notifications.model.headline(alert)} · {fmt.local_text(alert.created_at, short=True)}"
        )
        if len(self.critical) > 1:
            text += "  " + self.tr("(%n more)", None, len(self.critical) - 1)
        if self.alarm.muted:
            text += "  " + self.tr("(alarm sound off in Settings)")
        self.banner_text.setText(text)
        self.banner.setVisible(True)

    @Slot()
    def _on_banner_ack_clicked(self) -> None:
        if not self.critical:
            return
        index = self.critical[-1].index
        self.banner_button.setEnabled(False)
        (
            self._context.op(self, acknowledge, self._context.api, [index])
            .success(self._on_banner_acknowledged)
            .failure(self._on_banner_ack_failed)
            .write()
            .run()
        )

    @Slot(object)
    def _on_banner_acknowledged(self, made: DeskChanges) -> None:
        self.banner_button.setEnabled(True)
        self._context.broadcast(made)

    @Slot(object)
    def _on_banner_ack_failed(self, _error: object) -> None:
        self.banner_button.setEnabled(True)
        self.ack_all_action.setEnabled(bool(self.critical))
        self.banner_text.setText(
            self.banner_text.text() + "  " + self.tr("(could not be saved; try again)")
        )

    @Slot()
    def _on_banner_show_clicked(self) -> None:
        if self.critical:
            self.select_family(self.critical[-1].family_id)
        self.go_to("notifications")

    # --- navigation and families ---------------------------------------------------------

    def _make_nav_action(self, row: int):
        return lambda: self.nav.setCurrentRow(row)

    def go_to(self, key: str) -> None:
        self.nav.setCurrentRow(PAGES.index(key))

    @Slot(int)
    def _on_nav_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.page_stack.setCurrentIndex(row)
            # The family chooser only where a screen shows one family (elsewhere it would
            # look usable and do nothing).
            per_family = PAGES[row] in ("family", "members", "status")
            self.family_combo.setVisible(per_family)
            self.family_label.setVisible(per_family)

    @Slot()
    def refresh_current(self) -> None:
        page = self.page_stack.currentWidget()
        if isinstance(page, Page):
            page.reload()

    @Slot(object)
    def _on_overview_loaded(self, rows: list) -> None:
        current = self.family_combo.currentData()
        ids = [r.family_id for r in rows]
        if not ids or ids != self.family_ids or self.family_combo.count() != len(rows):
            self.family_combo.blockSignals(True)
            self.family_combo.clear()
            for row in rows:
                self.family_combo.addItem(f"{row.elder_name} · {row.family_name}", row.family_id)
            self.family_combo.blockSignals(False)
            new_families = sorted(ids) != sorted(self.family_ids)
            self.family_ids = ids
            self._show_user()
            if new_families:
                self.notifications.set_families(ids, {r.family_id: r.elder_name for r in rows})
                self.stop_poller()
                self.start_poller()
            wanted, self.pending_family = self.pending_family or current, None
            target = wanted if wanted in ids else (ids[0] if ids else None)
            self.select_family(target)
        self._update_badges()
        self._update_banner()
        if self.poller_thread is None:
            self.start_poller()
        if not self.connection_label.text():
            self.connection_label.setText(self.tr("Connected"))

    def select_family(self, family_id: str | None) -> None:
        if family_id is None:  # no family yet: the pages say so (and how to join one)
            self._on_family_changed(-1)
            return
        for i in range(self.family_combo.count()):
            if self.family_combo.itemData(i) == family_id:
                if self.family_combo.currentIndex() == i:
                    self._on_family_changed(i)
                else:
                    self.family_combo.setCurrentIndex(i)
                return

    @Slot(int)
    def _on_family_changed(self, index: int) -> None:
        family_id = self.family_combo.itemData(index) if index >= 0 else None
        for page in (self.family_page, self.members_page):
            page.set_family(family_id)
        label = self.family_combo.itemText(index) if index >= 0 else ""
        self.status_page.set_family(family_id, label)

    @Slot(str)
    def _on_family_opened(self, family_id: str) -> None:
        self.select_family(family_id)
        self.go_to("status")

    @Slot(int)
    def _on_unread_messages_changed(self, _count: int) -> None:
        self._update_badges()

    def _update_badges(self) -> None:
        # Unacknowledged alerts of every family, as the desk's snapshot counted them: right
        # from sign-in, whether or not the Notifications screen has loaded.
        unread_alerts = sum(sum(row.unread.values()) for row in self.overview.model.rows())
        unread_messages = self.messages.unread_total()
        for key, count in (("notifications", unread_alerts), ("messages", unread_messages)):
            item = self.nav.item(PAGES.index(key))
            label = self.nav_labels[key]
            item.setText(f"{label}  ({count})" if count else label)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("%1, %n unread", None, count).replace("%1", label),
            )

    @Slot()
    def open_help(self) -> None:
        from carebot_desktop.ui.help_dialog import HelpDialog

        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self._context, self)
        self.help_dialog.show()
        self.help_dialog.raise_()

    @Slot()
    def open_account(self) -> None:
        """One's profile, password, sessions and account deletion."""
        from carebot_desktop.ui.account_dialog import AccountDialog

        if self._context.session is None:
            return
        if self.account_dialog is not None:
            self.account_dialog.deleteLater()
        self.account_dialog = AccountDialog(self._context, self)
        self.account_dialog.signed_out.connect(self.sign_out_requested)
        self.account_dialog.finished.connect(self._show_user)
        self.account_dialog.show()

    def show_status(self, text: str) -> None:
        """A message for the person that is not tied to one screen (an operation's
        unhandled failure)."""
        self.statusBar().showMessage(text, 30_000)

    @Slot(object)
    def _on_unhandled_failure(self, error: object) -> None:
        self.show_status(error_text(error))

    def shutdown(self) -> None:
        """Stop everything that runs by itself; nothing starts again afterwards."""
        self.closed = True
        self.alarm.stop()
        self.sync_timer.stop()
        self.stop_poller()
        if self.tray is not None:
            self.tray.hide()

    def set_alarm_muted(self, muted: bool) -> None:
        self.alarm.set_muted(muted)
        self._update_banner()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if self.keeps_running_in_tray():
            event.ignore()
            # Hidden, not closed: closing a dialog now must not end the application.
            QApplication.setQuitOnLastWindowClosed(False)
            self.hide()
            if not self.told_in_tray and self.tray is not None:
                self.told_in_tray = True
                self.tray.showMessage(
                    self.tr("Carebot Desktop is still watching"),
                    self.tr(
                        "Alerts keep coming in and the alarm still sounds. Use the tray icon's menu to open the window or to quit."
                    ),
                    QSystemTrayIcon.MessageIcon.Information,
                    10_000,
                )
            return
        self.shutdown()
        super().closeEvent(event)
