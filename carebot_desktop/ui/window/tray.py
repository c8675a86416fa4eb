"""The tray icon and its menu: a care centre's desk keeps watching with its window
closed, and a desktop notification brings its alert back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFontMetrics, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from carebot_desktop.config import paths
from carebot_desktop.config.settings import Settings
from carebot_desktop.services import care
from carebot_desktop.services.dashboard import Alert
from carebot_desktop.ui.notifications.care_text import span_text
from carebot_desktop.ui.window.critical_alerts import CriticalAlerts

# lupdate finds literal translate calls only (never a helper's): each is written out.
translate = QCoreApplication.translate
FORWARDED_KEPT = 1_000  # alerts remembered as having brought the window forward


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def bring_forward(window: QWidget) -> None:
    """The window shown, no longer minimised (maximised stays maximised), raised and
    active: from the tray or the taskbar. Qt's own calls, and the window state with the
    active flag, which an X11 window manager needs to give a hidden window the focus."""
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(paths.resource("icons", f"carebot-{size}.png")))
    return icon


class DeskTray(QObject):
    """The menu exists from the start. It never closes alerts nobody looked at: its
    alerts entry opens the window, where the banner shows the alert to handle, and says
    how many critical alerts are open and how many nobody has taken (so does the
    tooltip, :meth:`refresh`). The icon comes only once the desk watches (:meth:`show`),
    and only where the desktop has a tray: until then ``icon`` is None and messages go
    nowhere. An alert this person holds past ``care.OVERDUE_SECONDS`` is reminded here
    once.

    A new critical alert brings the window forward (:meth:`brings_forward`) unless the
    person turned it off in Settings (``alerts/bring_forward``).

    The menu's entries are short (the tooltip says the whole of it) and whole: the menu
    is wider than its widest entry (:meth:`fit_menu`; it was cut to "케어봇 데스…열기").

    Signals: ``open_requested()``, ``quit_requested()``, ``message_clicked()`` (one of
    its desktop notifications was clicked)."""

    open_requested = Signal()
    quit_requested = Signal()
    message_clicked = Signal()

    def __init__(self, window: QWidget, alerts: CriticalAlerts, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self._alerts = alerts
        self._settings = settings
        self.forwarded: set[int] = set()  # alerts that brought the window forward once
        alerts.overdue.connect(self._on_overdue)
        self.icon: QSystemTrayIcon | None = None
        self.told_still_watching = False
        self.menu = QMenu(window)
        self.open_action = self.menu.addAction(translate("MainWindow", "&Open the window"))
        self.open_action.triggered.connect(self._on_open_triggered)
        self.alerts_action = self.menu.addAction(translate("MainWindow", "No critical alert open"))
        self.alerts_action.triggered.connect(self._on_open_triggered)
        self.alerts_action.setEnabled(False)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(QCoreApplication.translate("MainWindow", "&Quit"))
        self.quit_action.triggered.connect(self._on_quit_triggered)
        self.menu.aboutToShow.connect(self.fit_menu)  # in the text size of the moment
        self.fit_menu()

    def show(self) -> None:
        """The icon, once (where the desktop has a tray): its menu opens the window
        (also at the open alerts) or quits; clicking it or one of its
        notifications brings the window back."""
        if self.icon is not None or not tray_available():
            return
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip(self.summary())
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self._on_message_clicked)
        self.icon.show()

    def summary(self) -> str:
        """ "Carebot Desktop · 위급 알림 2건 열림 (아무도 맡지 않음 1건)"."""
        open_count = len(self._alerts.alerts)
        if not open_count:
            return (
                translate("MainWindow", "Carebot Desktop")
                + " · "
                + translate("MainWindow", "No critical alert open")
            )
        return translate("MainWindow", "Carebot Desktop") + " · " + self._open_text()

    def _open_text(self) -> str:
        open_count = len(self._alerts.alerts)
        nobody = len(self._alerts.unattended())
        return (
            translate("MainWindow", "Critical alerts open: %1 (nobody has taken %2)")
            .replace("%1", str(open_count))
            .replace("%2", str(nobody))
        )

    @Slot()
    def refresh(self) -> None:
        """The menu's entry and the tooltip follow the open alerts and their states."""
        has_open = bool(self._alerts.alerts)
        self.alerts_action.setEnabled(has_open)
        self.alerts_action.setText(
            translate("MainWindow", "&Critical alerts: %1 open, %2 untaken")
            .replace("%1", str(len(self._alerts.alerts)))
            .replace("%2", str(len(self._alerts.unattended())))
            if has_open
            else translate("MainWindow", "No critical alert open")
        )
        self.fit_menu()
        if self.icon is not None:
            self.icon.setToolTip(self.summary())

    def brings_forward(self, alerts: list[Alert]) -> bool:
        """Whether alerts the poller just brought bring the window forward: a critical
        one not read elsewhere and not answered for before (shown or not), while the
        window is hidden in the tray or minimised, unless the person chose otherwise in
        Settings. Remembers the alerts it answered for, so each does it once. (Not "not
        open here yet": the change check often loads the open critical alerts a moment
        before the poller brings the row, and the window stayed in the tray.)"""
        known = self.forwarded
        fresh = [a for a in alerts if a.grade == "crit" and not a.is_read and a.index not in known]
        self.forwarded |= {a.index for a in fresh}
        if len(self.forwarded) > FORWARDED_KEPT:  # the newest are enough: indexes grow
            self.forwarded = set(sorted(self.forwarded)[-FORWARDED_KEPT:])
        hidden = not self._window.isVisible() or self._window.isMinimized()
        return bool(fresh) and hidden and self._settings.get("alerts/bring_forward") == "on"

    @Slot()
    def fit_menu(self) -> None:
        """Room for the widest entry and an em more. Qt's Fusion style elides an entry
        whose text is a fraction of a pixel wider than the width the menu measured for
        it (at 100 % and 200 % alike: "케어봇 데스…열기"); the menu lays its entries out
        at least as wide as its minimum width."""
        self.menu.setMinimumWidth(0)
        em = QFontMetrics(self.menu.font()).horizontalAdvance("가")
        self.menu.setMinimumWidth(self.menu.sizeHint().width() + em)

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def show_message(
        self, title: str, text: str, kind: QSystemTrayIcon.MessageIcon, timeout_ms: int
    ) -> None:
        """A desktop notification through the icon; without one, nothing."""
        if self.icon is not None:
            self.icon.showMessage(title, text, kind, timeout_ms)

    def notify(self, title: str, text: str, grade: str) -> None:
        """A desktop notification of an alert: a critical one stays until dismissed."""
        kind = (
            QSystemTrayIcon.MessageIcon.Critical
            if grade == "crit"
            else QSystemTrayIcon.MessageIcon.Warning
        )
        self.show_message(title, text, kind, 0 if grade == "crit" else 10_000)

    def tell_still_watching(self) -> None:
        """Once per window: it was closed to the tray, not ended."""
        if self.told_still_watching or self.icon is None:
            return
        self.told_still_watching = True
        self.icon.showMessage(
            QCoreApplication.translate("MainWindow", "Carebot Desktop is still watching"),
            QCoreApplication.translate(
                "MainWindow",
                "Alerts keep coming in and the alarm still sounds. Use the tray icon's menu to open the window or to quit.",
            ),
            QSystemTrayIcon.MessageIcon.Information,
            10_000,
        )

    @Slot()
    def _on_open_triggered(self) -> None:
        self.open_requested.emit()

    @Slot(object)
    def _on_overdue(self, _alert: Alert) -> None:
        """Once per alert: the person took it 30 minutes ago and it is still open."""
        self.show_message(
            translate("MainWindow", "A critical alert you took is still open"),
            translate(
                "MainWindow",
                "You took it %1 ago. Resolve it with what was done, or let someone else take it over.",
            ).replace("%1", span_text(care.OVERDUE_SECONDS)),
            QSystemTrayIcon.MessageIcon.Warning,
            0,
        )

    @Slot()
    def _on_quit_triggered(self) -> None:
        self.quit_requested.emit()

    @Slot(object)
    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    @Slot()
    def _on_message_clicked(self) -> None:
        self.message_clicked.emit()
