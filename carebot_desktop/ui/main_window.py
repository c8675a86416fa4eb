"""The main window: sign-in first, then the care desk. It composes the desk's parts
(``ui/window/``: the sidebar, the family chooser, the critical banner and the alerts it
shows, the connection bar and the offline sync, the live feed, the tray) around the six
screens, and routes between them.

It never touches the database: screens load through the TaskRunner, and the notification
poller lives on its own thread.
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QByteArray, QRect, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QSystemTrayIcon,
    QWidget,
)

from carebot_desktop.services.changes import DeskChanges
from carebot_desktop.services.dashboard import Alert, OverviewRow
from carebot_desktop.ui import plain, theme
from carebot_desktop.ui.account_dialog import AccountDialog
from carebot_desktop.ui.alarm import Alarm
from carebot_desktop.ui.care.shift_desk import ShiftDesk
from carebot_desktop.ui.context import AppContext, SignedIn
from carebot_desktop.ui.errors import error_text
from carebot_desktop.ui.family.family_page import FamilyPage
from carebot_desktop.ui.help_dialog import HelpDialog
from carebot_desktop.ui.login.login_page import LoginPage
from carebot_desktop.ui.members.members_page import MembersPage
from carebot_desktop.ui.messages.messages_page import MessagesPage
from carebot_desktop.ui.notifications.notifications_page import NotificationsPage
from carebot_desktop.ui.overview.overview_page import OverviewPage
from carebot_desktop.ui.page import Page
from carebot_desktop.ui.status.status_page import StatusPage
from carebot_desktop.ui.window.banner import CriticalBanner
from carebot_desktop.ui.window.connection_bar import ConnectionBar
from carebot_desktop.ui.window.critical_alerts import CriticalAlerts
from carebot_desktop.ui.window.desk_layout import lay_out_desk
from carebot_desktop.ui.window.family_chooser import FamilyChooser
from carebot_desktop.ui.window.live_feed import LiveFeed, parse_alerts
from carebot_desktop.ui.window.offline_sync import OfflineSync, tell_cache_set_aside
from carebot_desktop.ui.window.sidebar import PAGES, Sidebar
from carebot_desktop.ui.window.tray import DeskTray, app_icon, bring_forward

PER_FAMILY_PAGES = ("family", "members", "status")
DEFAULT_SIZE = QSize(1280, 820)  # the first window's, on a screen large enough
FRAME_ROOM = QSize(16, 48)  # a title bar and borders, before the frame is known
# What a sign-in starts that the first screen does not need (the notifications' list, the
# live feed's poller, the messages' unread count, the offline copy's slow key) waits
# until the overview has been painted: read on workers while the desk is laid out and
# painted for the first time, they held the interpreter the GUI thread needed for each of
# its calls into Python and stretched that pass (issue 20: the sign-in's longest stall).
REST_AFTER_OVERVIEW_MS = 300
REST_AT_THE_LATEST_MS = 3_000  # ... or this long after the session began, overview or not


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
        self.closed = False  # after closeEvent nothing starts again
        self.pending_family: str | None = None  # chosen once the families are known
        self.quitting = False  # the tray's Quit: close for real, not to the tray
        self.notified: Alert | None = None  # the last desktop notification's alert
        self.requests_waiting = 0  # requests to join this person decides (the change check)
        self.help_dialog: HelpDialog | None = None
        self.account_dialog: AccountDialog | None = None
        self.rest_of_sign_in = QTimer(self)  # see REST_AFTER_OVERVIEW_MS
        self.rest_of_sign_in.setSingleShot(True)
        self.rest_of_sign_in.timeout.connect(self._start_the_rest)
        self.setWindowTitle(self.tr("Carebot Desktop"))
        self.setWindowIcon(app_icon())
        self.fit_to_screen()
        self._make_parts(demo_hint)
        self._lay_out()
        self._connect_parts()
        self._add_shortcuts()

    # --- building -------------------------------------------------------------------------

    def _make_parts(self, demo_hint: str) -> None:
        context = self._context
        self.alarm = Alarm(self)
        self.alarm.set_muted(context.settings.get("alarm/sound") == "off")
        self.critical = CriticalAlerts(context, self)
        self.tray = DeskTray(self, self.critical, context.settings)
        self.stack = QStackedWidget()
        self.login_page = LoginPage(context, demo_hint)
        self.desk = QWidget()
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
        self.sidebar = Sidebar()
        self.family_chooser = FamilyChooser()
        self.connection_bar = ConnectionBar(self)
        self.connection_bar.watch_read_route(context.read_route)
        self.banner = CriticalBanner(self.critical)
        self.offline_sync = OfflineSync(context, self.connection_bar, self)
        self.live_feed = LiveFeed(context, self)
        self.page_stack = QStackedWidget()
        self.shift = ShiftDesk(context, self)  # the handover, the stop-watching warning

    def _lay_out(self) -> None:
        self.stack.addWidget(self.login_page)
        self.stack.addWidget(self.desk)
        self.setCentralWidget(self.stack)
        self.connection_bar.attach(self.statusBar())  # (shown only when it holds something)
        for key in PAGES:
            self.page_stack.addWidget(self.pages[key])
        self.shift.add_button(self.sidebar, self.sidebar.account_button)
        lay_out_desk(
            self.desk,
            self.sidebar,
            (self.banner, self.connection_bar.banner),
            (self.family_chooser, self.connection_bar.label),
            self.page_stack,
        )

    def _connect_parts(self) -> None:
        self.login_page.signed_in.connect(self.start_session)
        self.login_page.register_requested.connect(self.register_requested)
        self.login_page.connection_requested.connect(self.connection_requested)
        self.overview.loaded.connect(self._on_overview_loaded)
        self.overview.family_opened.connect(self._on_family_opened)
        self.messages.unread_changed.connect(self._update_badges)
        self.notifications.care_panel.message_family_requested.connect(self._on_message_family)
        self._context.changes.connect(self._on_changes)
        self._context.runner.unhandled_failure.connect(self._on_unhandled_failure)
        self.sidebar.page_chosen.connect(self._on_page_chosen)
        self.sidebar.account_requested.connect(self.open_account)
        self.sidebar.settings_requested.connect(self.settings_requested)
        self.sidebar.help_requested.connect(self.open_help)
        self.sidebar.sign_out_requested.connect(self.request_sign_out)
        self.family_chooser.family_changed.connect(self._on_family_changed)
        self.banner.show_clicked.connect(self._on_banner_show_clicked)
        self.critical.changed.connect(self._update_banner)
        self.tray.open_requested.connect(self.show_window)
        self.tray.quit_requested.connect(self.quit_application)
        self.tray.message_clicked.connect(self.open_notified_alert)
        self.offline_sync.reload_needed.connect(self._reload_all)
        self.offline_sync.refresh_needed.connect(self.refresh_current)
        self.offline_sync.status_message.connect(self.show_status)
        self.live_feed.notifications_received.connect(self._on_notifications_received)
        self.live_feed.desk_changed.connect(self._on_desk_changed)
        self.live_feed.escalations_changed.connect(self.alarm.set_escalations)  # rings faster
        self.live_feed.connection_lost.connect(self.offline_sync.on_connection_lost)
        self.live_feed.connection_restored.connect(self.offline_sync.on_connection_restored)

    def _add_shortcuts(self) -> None:
        self.sidebar.add_shortcuts(self)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_current)
        self.addAction(refresh)
        help_action = QAction(self)
        help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        help_action.triggered.connect(self.open_help)
        self.addAction(help_action)

    # --- sign-in ------------------------------------------------------------------------

    def show_login(self) -> None:
        self.stack.setCurrentWidget(self.login_page)
        self.login_page.focus_first()

    @Slot()
    def prepaint_desk(self) -> None:
        """Paint the desk once, unseen, while the sign-in page waits: its first paint
        polishes every widget under the style sheet, lays them out and renders their
        Korean glyphs for the first time (90-150 ms of the GUI thread at 200 families,
        issue 20), which would otherwise fall in the middle of the sign-in. What is drawn
        is thrown away; the overview's rows are painted at sign-in as before."""
        if self.stack.currentWidget() is self.desk or self.stack.width() <= 0:
            return
        # At the size it will be shown at (hidden in the window's stack it kept Qt's
        # default 640 x 480): laid out once now, not again at sign-in.
        self.desk.resize(self.stack.size())
        self.desk.grab()

    @Slot(object)
    def start_session(self, session: SignedIn) -> None:
        self._context.set_session(session)
        self._show_user()
        self.stack.setCurrentWidget(self.desk)
        self.sidebar.set_current_row(0)
        self.connection_bar.show_state(session)
        self.shift.start()
        self.overview.reload()
        self.critical.load()
        self.status_page.preload_charts()
        self.offline_sync.start()
        self.rest_of_sign_in.start(REST_AT_THE_LATEST_MS)
        if session.cache is not None and session.cache.set_aside is not None:
            tell_cache_set_aside(self, str(session.cache.set_aside))

    def end_session(self) -> None:
        """Stop the session's timers and poller, then forget it: outcomes of its
        operations still in flight are dropped (AppContext.set_session)."""
        self.offline_sync.pause()
        self.rest_of_sign_in.stop()
        self.live_feed.stop()
        self.shift.end()
        self._context.set_session(None)
        self.overview.clear()
        self.family_ids = []
        self.requests_waiting = 0
        self.critical.clear()  # the banner, the alarm and the tray's menu follow
        self.family_chooser.clear()
        self.show_login()

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

    @Slot()
    def _show_user(self) -> None:
        session = self._context.session
        if session is None:
            return
        self.sidebar.set_user(session.user_name, self.desk_kind())

    # --- the live feed and what it brings ---------------------------------------------

    def _start_live_feed(self) -> None:
        session = self._context.session
        if self.closed or session is None or self.live_feed.running or not self.family_ids:
            return
        self.requests_waiting = 0  # until the new change check's first look says
        self.live_feed.start(session, self.family_ids)
        self.tray.show()

    @Slot(list)
    def _on_notifications_received(self, rows: list[dict[str, Any]]) -> None:
        if self._context.session is None:
            return
        self.notifications.add_new(rows)
        alerts = parse_alerts(rows)
        forward = self.tray.brings_forward(alerts)  # (before they are known as open)
        self.critical.add(alerts)  # the banner and the alarm
        for alert in alerts:
            if alert.grade in ("crit", "warn") and not alert.is_read:
                self._notify_desktop(alert)
        if forward:  # a new crit alert while in the tray or minimised
            self.show_window()
            QTimer.singleShot(0, self, self._reveal_banner)
        self._update_badges()
        # the alerts' families only (the states of every open alert too); the change
        # check does not report these alerts again (DeskWatch.delivered)
        self.overview.refresh_families({str(row.get("family_id")) for row in rows})
        self.shift.refresh_count()  # the open alerts a sign-out would leave

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
        if changes.own:
            self.live_feed.absorb(changes)
        waiting = changes.waiting_requests()  # the Members badge
        if waiting is not None:
            self.requests_waiting = waiting
        self.critical.absorb(changes)
        if (changes.alerts or changes.states) and not changes.own:
            self.critical.load()
        if changes.join_requests and not changes.own:
            title = self.tr("Request to join the family")
            text = self.tr("Someone asked to join the family. Open Members to approve or deny.")
            self.tray.show_message(title, text, QSystemTrayIcon.MessageIcon.Information, 0)
            self.show_status(text)
            QApplication.alert(self)
        self._update_badges()

    def _notify_desktop(self, alert: Alert) -> None:
        self.notified = alert
        title = theme.grade_text(alert.grade) + " · " + self.family_chooser.name_of(alert.family_id)
        text = plain.notification_body(self.notifications.model.headline(alert))
        self.tray.notify(title, text, alert.grade)
        QApplication.alert(self)

    @Slot()
    def _reload_all(self) -> None:
        self.overview.reload()
        self.messages.reload()
        self.notifications.reload()
        for key in PER_FAMILY_PAGES:
            self.pages[key].reload()

    # --- critical alerts: the banner, the alarm, the tray ----------------------------

    @Slot()
    def _update_banner(self) -> None:
        alert = self.critical.newest()
        self.alarm.set_active(self.critical.ringing())  # until someone takes it
        self.tray.refresh()
        if alert is None:
            self.banner.setVisible(False)
            return
        more = len(self.critical.alerts) - 1
        self.banner.show_alert(
            self.family_chooser.name_of(alert.family_id),
            self.notifications.model.headline(alert),
            alert.created_at,
            self.tr("(%n more)", None, more) if more else "",
            muted=self.alarm.muted,
        )

    @Slot()
    def _reveal_banner(self) -> None:
        """The alarm banner in view: it scrolls with the screens (at 200 % text), and a
        window brought forward on a screen scrolled down showed everything but it."""
        scroll = self.desk.findChild(QScrollArea, "deskScroll")
        if scroll is not None and self.banner.isVisible():
            scroll.ensureWidgetVisible(self.banner, 0, 0)

    @Slot()
    def _on_banner_show_clicked(self) -> None:
        alert = self.critical.newest()
        if alert is not None:
            self.select_family(alert.family_id)
        self.go_to("notifications")

    def set_alarm_muted(self, muted: bool) -> None:
        self.alarm.set_muted(muted)
        self._update_banner()

    # --- navigation and families ---------------------------------------------------------

    def go_to(self, key: str) -> None:
        self.sidebar.go_to(key)

    @Slot(str)
    def _on_message_family(self, family_id: str) -> None:
        """From an alert: Messages, on a conversation with that family's people."""
        self.messages.open_family(family_id)
        self.go_to("messages")

    @Slot(int)
    def _on_page_chosen(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.page_stack.setCurrentIndex(row)
            # The family chooser only where a screen shows one family (elsewhere it would
            # look usable and do nothing).
            self.family_chooser.setVisible(PAGES[row] in PER_FAMILY_PAGES)

    @Slot()
    def refresh_current(self) -> None:
        page = self.page_stack.currentWidget()
        if isinstance(page, Page):
            page.reload()

    @Slot(object)
    def _on_overview_loaded(self, rows: list[OverviewRow]) -> None:
        ids = [r.family_id for r in rows]
        if not ids or ids != self.family_ids or self.family_chooser.count() != len(rows):
            wanted = self.pending_family or self.family_chooser.current_id()
            self.family_chooser.set_families(rows)
            new_families = sorted(ids) != sorted(self.family_ids)
            self.family_ids, self.pending_family = ids, None
            self._show_user()
            if new_families and not self.rest_of_sign_in.isActive():
                self.notifications.set_families(ids, self._elder_names())
                self.live_feed.stop()
                self._start_live_feed()
            self.select_family(wanted if wanted in ids else (ids[0] if ids else None))
        self._update_badges()
        self._update_banner()
        self.connection_bar.show_connected_unless_told()
        if self.rest_of_sign_in.isActive():  # the session's first overview: painted first
            self.rest_of_sign_in.start(REST_AFTER_OVERVIEW_MS)
            return
        self.shift.families_known(self.desk_kind() in ("centre", "caregiver"))
        if not self.live_feed.running:
            self._start_live_feed()
        self.offline_sync.first_screen_shown()  # (a copy still to open: at the latest now)

    @Slot()
    def _start_the_rest(self) -> None:
        """After the session's first overview was painted (REST_AFTER_OVERVIEW_MS): what
        the first screen did not need."""
        if self.closed or self._context.session is None:
            return
        self.notifications.set_families(self.family_ids, self._elder_names())
        self.live_feed.stop()
        self._start_live_feed()
        self.messages.reload()  # its unread count, for the sidebar
        # A care desk's handover to confirm: started with the first overview, its read
        # (and its audit entry) ran on a worker while the desk was first painted.
        self.shift.families_known(self.desk_kind() in ("centre", "caregiver"))
        self.offline_sync.first_screen_shown()  # the offline copy's slow key, only now

    def _elder_names(self) -> dict[str, str]:
        """Family id: the elder's name, as the overview shows them."""
        return {r.family_id: r.elder_name for r in self.overview.model.rows()}

    def select_family(self, family_id: str | None) -> None:
        self.family_chooser.select(family_id)

    @Slot(object, str)
    def _on_family_changed(self, family_id: str | None, label: str) -> None:
        for page in (self.family_page, self.members_page):
            page.set_family(family_id)
        self.status_page.set_family(family_id, label)

    @Slot(str)
    def _on_family_opened(self, family_id: str) -> None:
        self.select_family(family_id)
        self.go_to("status")

    @Slot()
    def _update_badges(self) -> None:
        # Unacknowledged alerts of every family, as the desk's snapshot counted them: right
        # from sign-in, whether or not the Notifications screen has loaded.
        unread_alerts = sum(sum(row.unread.values()) for row in self.overview.model.rows())
        for key, count in (
            ("notifications", unread_alerts),
            ("messages", self.messages.unread_total()),
        ):
            spoken = self.tr("%1, %n unread", None, count).replace("%1", self.sidebar.labels[key])
            self.sidebar.set_badge(key, count, spoken)
        # Requests to join waiting for this person's decision (a family's main user, or
        # the care centre), as the poller's change check counted them: on Members.
        waiting = self.requests_waiting
        spoken = self.tr("%1, %n request(s) to join waiting", None, waiting).replace(
            "%1", self.sidebar.labels["members"]
        )
        self.sidebar.set_badge("members", waiting, spoken)

    # --- dialogs and messages --------------------------------------------------------

    @Slot()
    def open_help(self) -> None:
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self._context, self)
        self.help_dialog.show()
        self.help_dialog.raise_()

    @Slot()
    def open_account(self) -> None:
        """One's profile, password, sessions and account deletion."""
        if self._context.session is None:
            return
        if self.account_dialog is not None:
            self.account_dialog.deleteLater()
        self.account_dialog = AccountDialog(self._context, self)
        self.account_dialog.signed_out.connect(self.sign_out_requested)
        self.account_dialog.finished.connect(self._show_user)
        self.account_dialog.show()

    @Slot(str)
    def show_status(self, text: str) -> None:
        """A message for the person that is not tied to one screen (an operation's
        unhandled failure)."""
        self.statusBar().showMessage(text, 30_000)

    @Slot(object)
    def _on_unhandled_failure(self, error: object) -> None:
        self.show_status(error_text(error))

    # --- the window itself: tray, close, quit -------------------------------------------

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """1280 x 820, or less on a smaller screen (``available``: the screen's room without
        its panels; by default the screen the window opens on), with room for the window's
        frame, which is not known before it is shown; centred on that screen."""
        if available is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is None:
                self.resize(DEFAULT_SIZE)
                return
            available = screen.availableGeometry()
        room = available.size() - FRAME_ROOM
        self.resize(DEFAULT_SIZE.boundedTo(room).expandedTo(QSize(320, 240)))
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    def restore_placement(self, saved: str, available: QRect | None = None) -> None:
        """Where the window was (``placement()``'s text), shrunk and moved onto the screen
        if it no longer fits (a smaller screen than last time); else :meth:`fit_to_screen`."""
        data = QByteArray.fromBase64(saved.encode("ascii", "replace"))
        if not saved or not self.restoreGeometry(data):
            self.fit_to_screen(available)
            return
        if available is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is None:
                return
            available = screen.availableGeometry()
        if self.isMaximized() or self.isFullScreen():
            return
        room = available.size() - FRAME_ROOM
        if self.width() > room.width() or self.height() > room.height():
            self.resize(self.size().boundedTo(room))
        place = self.frameGeometry()
        place.setSize(place.size().boundedTo(available.size()))
        place.moveLeft(max(available.left(), min(place.left(), available.right() - place.width())))
        place.moveTop(max(available.top(), min(place.top(), available.bottom() - place.height())))
        self.move(place.topLeft())

    def placement(self) -> str:
        """Where the window is and how large, as text for the settings."""
        return bytes(self.saveGeometry().toBase64().data()).decode("ascii")

    @Slot()
    def show_window(self) -> None:
        QApplication.setQuitOnLastWindowClosed(True)
        bring_forward(self)

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
            QTimer.singleShot(
                0, self, functools.partial(self.notifications.show_alert, alert.index)
            )

    @Slot()
    def request_sign_out(self) -> None:
        """Sign out, after a watching desk's confirmation (it stops watching)."""
        if self.shift.confirm_stop(quitting=False):
            self.sign_out_requested.emit()

    @Slot()
    def quit_application(self) -> None:
        if not self.shift.confirm_stop(quitting=True):
            return
        self.quitting = True
        self.close()
        QApplication.quit()

    def keeps_running_in_tray(self) -> bool:
        """Closing hides to the tray (polling goes on): "auto" is on for care-centre
        accounts, whose desk must keep watching, and off for families."""
        session = self._context.session
        if self.tray.icon is None or self.quitting or session is None:
            return False
        choice = self._context.settings.get("window/close_to_tray")
        return choice == "on" or (choice == "auto" and self.desk_kind() in ("centre", "caregiver"))

    def shutdown(self) -> None:
        """Stop everything that runs by itself; nothing starts again afterwards."""
        self.closed = True
        self.rest_of_sign_in.stop()
        self.alarm.stop()
        self.offline_sync.shutdown()
        self.live_feed.stop()
        self.tray.hide()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.keeps_running_in_tray():
            event.ignore()
            # Hidden, not closed: closing a dialog now must not end the application.
            QApplication.setQuitOnLastWindowClosed(False)
            self.hide()
            self.tray.tell_still_watching()
            return
        # The person closed a watching desk (not the tray's Quit, asked already; not a
        # program's close, as at the end of a test): it stops watching.
        if event.spontaneous() and not self.quitting and not self.shift.confirm_stop(True):
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)
