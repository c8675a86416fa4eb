"""The critical-alert banner over the screens: the newest critical alert waiting, how many
more, and the two things a person does about it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import plain, theme
from carebot_desktop.ui.window.critical_alerts import CriticalAlerts


class CriticalBanner(QFrame):
    """Red, with the critical icon and its grade in words (never colour alone); hidden
    while no critical alert waits. "I have seen it" acknowledges the newest of
    ``alerts`` (the button waits while that is saved); what it shows, it is told
    (:meth:`show_alert`), as the window knows the families' names.

    Signals: ``show_clicked()`` (the person wants to see the alert)."""

    show_clicked = Signal()

    def __init__(self, alerts: CriticalAlerts) -> None:
        super().__init__()
        self._alerts = alerts
        alerts.acknowledged.connect(self._on_acknowledged)
        alerts.acknowledge_failed.connect(self._on_acknowledge_failed)
        self.setObjectName("critBanner")
        self.icon_label = plain.label()
        self.icon_label.setPixmap(theme.grade_icon("crit").pixmap(28, 28))
        self.text_label = plain.label()
        self.text_label.setWordWrap(True)
        self.text_label.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Critical alert")
        )
        self.ack_button = QPushButton(QCoreApplication.translate("MainWindow", "I have &seen it"))
        self.ack_button.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Acknowledge the critical alert")
        )
        self.ack_button.clicked.connect(self._on_ack_clicked)
        self.show_button = QPushButton(QCoreApplication.translate("MainWindow", "Show"))
        self.show_button.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Show the critical alert")
        )
        self.show_button.clicked.connect(self._on_show_clicked)
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.ack_button)
        self.setVisible(False)

    def show_alert(
        self,
        family_name: str,
        headline: str,
        created_at: datetime | None,
        more_note: str,
        muted: bool,
    ) -> None:
        """``more_note`` says how many more wait ("" for none): the window words it, as
        lupdate finds a plural only in a class's own ``tr``."""
        text = (
            f"{theme.grade_text('crit')} · {family_name} · "
            f"{headline} · {fmt.local_text(created_at, short=True)}"
        )
        if more_note:
            text += "  " + more_note
        if muted:
            text += "  " + QCoreApplication.translate("MainWindow", "(alarm sound off in Settings)")
        self.text_label.setText(text)
        self.setVisible(True)

    @Slot()
    def _on_ack_clicked(self) -> None:
        if self._alerts.newest() is None:
            return
        self.ack_button.setEnabled(False)  # a second click would send it twice
        self._alerts.acknowledge_newest()

    @Slot()
    def _on_acknowledged(self) -> None:
        self.ack_button.setEnabled(True)

    @Slot()
    def _on_acknowledge_failed(self) -> None:
        self.ack_button.setEnabled(True)
        self.text_label.setText(
            self.text_label.text()
            + "  "
            + QCoreApplication.translate("MainWindow", "(could not be saved; try again)")
        )

    @Slot()
    def _on_show_clicked(self) -> None:
        self.show_clicked.emit()
