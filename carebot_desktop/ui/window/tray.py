"""The tray icon and its menu: a care centre's desk keeps watching with its window
closed, and a desktop notification brings its alert back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from carebot_desktop.config import paths
from carebot_desktop.services import care
from carebot_desktop.services.dashboard import Alert
from carebot_desktop.ui.notifications.care_text import span_text
from carebot_desktop.ui.window.critical_alerts import CriticalAlerts

# lupdate finds literal translate calls only (never a helper's): each is written out.
translate = QCoreApplication.translate


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


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

    Signals: ``open_requested()``, ``quit_requested()``, ``message_clicked()`` (one of
    its desktop notifications was clicked)."""

    open_requested = Signal()
    quit_requested = Signal()
    message_clicked = Signal()

    def __init__(self, window: QWidget, alerts: CriticalAlerts) -> None:
        super().__init__(window)
        self._alerts = alerts
        alerts.overdue.connect(self._on_overdue)
        self.icon: QSystemTrayIcon | None = None
        self.told_still_watching = False
        self.menu = QMenu(window)
        self.open_action = self.menu.addAction(
            QCoreApplication.translate("MainWindow", "&Open Carebot Desktop")
        )
        self.open_action.triggered.connect(self._on_open_triggered)
        self.alerts_action = self.menu.addAction(translate("MainWindow", "No critical alert open"))
        self.alerts_action.triggered.connect(self._on_open_triggered)
        self.alerts_action.setEnabled(False)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(QCoreApplication.translate("MainWindow", "&Quit"))
        self.quit_action.triggered.connect(self._on_quit_triggered)

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
            translate("MainWindow", "Show the open critical alerts") + " · " + self._open_text()
            if has_open
            else translate("MainWindow", "No critical alert open")
        )
        if self.icon is not None:
            self.icon.setToolTip(self.summary())

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
