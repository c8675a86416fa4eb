"""The tray icon and its menu: a care centre's desk keeps watching with its window
closed, and a desktop notification brings its alert back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from carebot_desktop.config import paths
from carebot_desktop.ui.window.critical_alerts import CriticalAlerts


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(paths.resource("icons", f"carebot-{size}.png")))
    return icon


class DeskTray(QObject):
    """The menu exists from the start; its "acknowledge all" acts on ``alerts`` (enabled
    by :meth:`refresh` while one waits, and off while the acknowledgement is saved). The
    icon comes only once the desk watches (:meth:`show`), and only where the desktop has
    a tray: until then ``icon`` is None and messages go nowhere.

    Signals: ``open_requested()``, ``quit_requested()``, ``message_clicked()`` (one of
    its desktop notifications was clicked)."""

    open_requested = Signal()
    quit_requested = Signal()
    message_clicked = Signal()

    def __init__(self, window: QWidget, alerts: CriticalAlerts) -> None:
        super().__init__(window)
        self._alerts = alerts
        alerts.acknowledge_failed.connect(self.refresh)
        self.icon: QSystemTrayIcon | None = None
        self.told_still_watching = False
        self.menu = QMenu(window)
        self.open_action = self.menu.addAction(
            QCoreApplication.translate("MainWindow", "&Open Carebot Desktop")
        )
        self.open_action.triggered.connect(self._on_open_triggered)
        self.ack_all_action = self.menu.addAction(
            QCoreApplication.translate("MainWindow", "&Acknowledge all critical alerts")
        )
        self.ack_all_action.triggered.connect(self._on_ack_all_triggered)
        self.ack_all_action.setEnabled(False)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(QCoreApplication.translate("MainWindow", "&Quit"))
        self.quit_action.triggered.connect(self._on_quit_triggered)

    def show(self) -> None:
        """The icon, once (where the desktop has a tray): its menu opens the window,
        acknowledges every critical alert or quits; clicking it or one of its
        notifications brings the window back."""
        if self.icon is not None or not tray_available():
            return
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip(QCoreApplication.translate("MainWindow", "Carebot Desktop"))
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self._on_message_clicked)
        self.icon.show()

    @Slot()
    def refresh(self) -> None:
        self.ack_all_action.setEnabled(bool(self._alerts.alerts))

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

    @Slot()
    def _on_ack_all_triggered(self) -> None:
        """Every critical alert waiting, acknowledged at once (the alarm stops)."""
        if self._alerts.acknowledge_all():
            self.ack_all_action.setEnabled(False)

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
