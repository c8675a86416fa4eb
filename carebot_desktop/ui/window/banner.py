"""The critical-alert banner over the screens: the critical alert to handle (the newest
nobody has taken, else the newest open one), its state and how long it has been open, how
many more, and what a person does about it: take it ("맡을게요") or resolve it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import care
from carebot_desktop.services.api import Row
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import plain, theme
from carebot_desktop.ui.notifications.care_actions import CareActions
from carebot_desktop.ui.notifications.care_text import span_text, state_text, unattended_text
from carebot_desktop.ui.window.critical_alerts import CriticalAlerts

# lupdate finds literal translate calls only (never a helper's): each is written out.
translate = QCoreApplication.translate


class CriticalBanner(QFrame):
    """Red, with the critical icon and its grade and state in words (never colour alone);
    hidden while no critical alert is open. "맡을게요" takes the alert shown (after a
    confirmation if someone else holds it); "해결…" asks what was done and closes it. What
    it shows, it is told (:meth:`show_alert`, as the window knows the families' names);
    the state it reads from ``alerts``.

    Signals: ``show_clicked()`` (the person wants to see the alert)."""

    show_clicked = Signal()

    def __init__(self, alerts: CriticalAlerts) -> None:
        super().__init__()
        self._alerts = alerts
        self._context = alerts.context
        self.headline = ""  # the alert shown, for the resolve dialog
        self.care = CareActions(self._context, self)
        self.care.done.connect(self._on_saved)
        self.care.failed.connect(self._on_failed)
        self.setObjectName("critBanner")
        self.icon_label = plain.label()
        self.icon_label.setPixmap(theme.grade_icon("crit").pixmap(28, 28))
        self.text_label = plain.label()
        self.text_label.setWordWrap(True)
        self.text_label.setAccessibleName(translate("MainWindow", "Critical alert"))
        self.problem = ""  # the last failure's sentence, shown until the next action
        self.take_button = QPushButton(translate("MainWindow", "I'm &on it"))
        self.take_button.setAccessibleName(
            translate("MainWindow", "Take the critical alert: you are handling it")
        )
        self.take_button.clicked.connect(self._on_take_clicked)
        self.resolve_button = QPushButton(translate("MainWindow", "&Resolve…"))
        self.resolve_button.setAccessibleName(
            translate("MainWindow", "Resolve the critical alert with what was done")
        )
        self.resolve_button.clicked.connect(self._on_resolve_clicked)
        self.show_button = QPushButton(translate("MainWindow", "Show"))
        self.show_button.setAccessibleName(translate("MainWindow", "Show the critical alert"))
        self.show_button.clicked.connect(self._on_show_clicked)
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.take_button)
        layout.addWidget(self.resolve_button)
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
        self.headline = f"{family_name} · {headline}"
        alert = self._alerts.newest()
        state = self._alerts.state_of(alert) if alert is not None else None
        text = (
            f"{theme.grade_text('crit')} · {family_name} · "
            f"{headline} · {fmt.local_text(created_at, short=True)} · "
            f"{self._state_line(state, created_at)}"
        )
        if more_note:
            text += "  " + more_note
        if muted:
            text += "  " + translate("MainWindow", "(alarm sound off in Settings)")
        if self.problem:
            text += "\n" + self.problem
        self.text_label.setText(text)
        mine = (
            state is not None
            and state.get("state") == "taken"
            and self._context.session is not None
            and state.get("taken_by") == self._context.session.user_id
        )
        self.take_button.setVisible(not mine)
        self.take_button.setEnabled(not self.care.busy)
        self.resolve_button.setEnabled(not self.care.busy)
        self.setVisible(True)

    def _state_line(self, state: Row | None, created_at: datetime | None) -> str:
        """ "31분째 아무도 맡지 않음", or "대응 중 · 박지은 · 4분 · 열린 지 35분"."""
        now = utcnow()
        if state is None or state.get("state") == "new":
            line = unattended_text(state or {"state": "new", "created_at": created_at}, now)
            level = state.get("escalation") if state is not None else 0
            if isinstance(level, int) and level > 0:  # others were told: say so
                line += " · " + translate("MainWindow", "escalated to level %1").replace(
                    "%1", str(level)
                )
            return line
        line = state_text(state, now)
        opened = span_text(care.open_seconds(state, now))
        return line + " · " + translate("MainWindow", "open for %1").replace("%1", opened)

    @Slot()
    def _on_take_clicked(self) -> None:
        alert = self._alerts.newest()
        if alert is None:
            return
        self.problem = ""
        self.take_button.setEnabled(False)  # a second click would send it twice
        self.care.take(alert.index)

    @Slot()
    def _on_resolve_clicked(self) -> None:
        alert = self._alerts.newest()
        if alert is None:
            return
        self.problem = ""
        self.care.resolve(alert.index, self.headline)

    @Slot(object)
    def _on_saved(self, state: Row) -> None:
        self._alerts.set_state(state)

    @Slot(str)
    def _on_failed(self, text: str) -> None:
        self.take_button.setEnabled(True)
        self.resolve_button.setEnabled(True)
        if text:  # "" : someone else holds it, and the person is asked
            self.problem = translate("MainWindow", "Not saved: %1").replace("%1", text)
            self.text_label.setText(self.text_label.text() + "\n" + self.problem)

    @Slot()
    def _on_show_clicked(self) -> None:
        self.show_clicked.emit()
