"""The care part of an alert's detail: its state, who took it and since when, how it was
closed and the note, the escalation level, how long it has been (or was) open; and the
two things a person does about it ("맡을게요", "해결…"). Warn and crit alerts only; a crit
alert also shows whom to call: 119 and the family's emergency contacts, the numbers large
and copyable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import care
from carebot_desktop.services.api import Row
from carebot_desktop.services.dashboard import Alert
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import plain
from carebot_desktop.ui.care.words import outcome_text
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.family.contacts_panel import ContactsPanel
from carebot_desktop.ui.notifications import care_text
from carebot_desktop.ui.notifications.care_actions import CareActions
from carebot_desktop.workers.contacts_work import load_contacts
from carebot_desktop.workers.screen_work import alert_state

# lupdate finds literal translate calls only (never a helper's): each is written out.
translate = QCoreApplication.translate


def care_lines(state: Row) -> list[str]:
    """The detail's lines, plain text (names and notes are people's own words)."""
    at = utcnow()
    lines = [translate("CarePanel", "State: %1").replace("%1", care_text.state_text(state, at))]
    if state.get("taken_at") is not None:
        lines.append(
            translate("CarePanel", "Taken by %1 at %2")
            .replace("%1", care_text.holder(state))
            .replace("%2", fmt.local_text(state.get("taken_at"), short=True))
        )
    if state.get("state") == "resolved":
        lines.append(
            translate("CarePanel", "Resolved by %1 at %2: %3")
            .replace("%1", str(state.get("resolved_by_name") or translate("CarePanel", "someone")))
            .replace("%2", fmt.local_text(state.get("resolved_at"), short=True))
            .replace("%3", outcome_text(state.get("outcome")))
        )
    if state.get("note"):
        lines.append(translate("CarePanel", "Note: %1").replace("%1", str(state.get("note"))))
    level = state.get("escalation")
    if isinstance(level, int) and level > 0:
        lines.append(translate("CarePanel", "Escalated: level %1").replace("%1", str(level)))
    if state.get("created_at") is not None:
        opened = care_text.span_text(care.open_seconds(state, at))
        if state.get("state") == "resolved":
            lines.append(translate("CarePanel", "Was open for %1").replace("%1", opened))
        else:
            lines.append(translate("CarePanel", "Open for %1").replace("%1", opened))
    if care.overdue(state, at):
        lines.append(
            translate(
                "CarePanel", "Taken more than %1 ago and still open: resolve it or hand it on."
            ).replace("%1", care_text.span_text(care.OVERDUE_SECONDS))
        )
    return lines


class CarePanel(QWidget):
    """Shows :meth:`set_alert`'s alert's care state (read again from the database each
    time, on a worker) and takes or resolves it.

    Signals: ``state_changed(object)``: a state dict read or saved (the list shows it);
    ``message_family_requested(str)``: write to the alert's family (its family id)."""

    state_changed = Signal(object)
    message_family_requested = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self.alert: Alert | None = None
        self.state: Row | None = None
        self.headline = ""
        self.care = CareActions(context, self)
        self.care.done.connect(self._on_state)
        self.care.failed.connect(self._on_failed)
        self.text = plain.label()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(translate("CarePanel", "Who is handling the alert"))
        self.problem = plain.label()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.take_button = QPushButton(translate("CarePanel", "I'&m on it"))
        self.take_button.setAccessibleName(
            translate("CarePanel", "Take the alert: you are handling it")
        )
        self.take_button.clicked.connect(self._on_take_clicked)
        self.resolve_button = QPushButton(translate("CarePanel", "Resol&ve…"))
        self.resolve_button.setAccessibleName(
            translate("CarePanel", "Resolve the alert with what was done")
        )
        self.resolve_button.clicked.connect(self._on_resolve_clicked)
        self.message_button = QPushButton(translate("CarePanel", "&Write to the family…"))
        self.message_button.setAccessibleName(
            translate("CarePanel", "Write a message to the elder's family")
        )
        self.message_button.clicked.connect(self._on_message_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.message_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.contacts = ContactsPanel(self)  # a crit alert's: whom to call
        self.contacts.setAccessibleName(translate("CarePanel", "Whom to call"))
        self.contacts.setVisible(False)
        layout.addWidget(self.contacts)
        self.setVisible(False)

    def set_alert(self, alert: Alert | None, known: Row | None, headline: str = "") -> None:
        """``known``: the state the list holds, shown until the fresh one is read."""
        self.alert, self.headline = alert, headline
        self.problem.clear()
        if alert is None or alert.grade not in ("warn", "crit") or alert.pending:
            self.setVisible(False)
            return
        self.setVisible(True)
        self._show(known or {"index": alert.index, "state": "new", "grade": alert.grade})
        self.contacts.setVisible(alert.grade == "crit")
        if self._context.session is None:
            return
        if alert.grade == "crit":  # the offline copy keeps the contacts too
            (
                self._context.op(self, load_contacts, self._context.api, alert.family_id)
                .latest("care_contacts")
                .success(self._on_contacts)
                .run()
            )
        if getattr(self._context.api, "offline", False):
            return
        (
            self._context.op(self, alert_state, self._context.api, alert.index)
            .latest("care_state")
            .success(self._on_read)
            .run()
        )

    def _show(self, state: Row) -> None:
        self.state = state
        if "created_at" not in state and self.alert is not None:
            state = {**state, "created_at": self.alert.created_at}
        self.text.setText("\n".join(care_lines(state)))
        session = self._context.session
        open_ = care.is_open(state)
        mine = (
            session is not None
            and state.get("state") == "taken"
            and state.get("taken_by") == session.user_id
        )
        self.take_button.setVisible(open_ and not mine)
        self.resolve_button.setVisible(open_)
        self.take_button.setEnabled(not self.care.busy)
        self.resolve_button.setEnabled(not self.care.busy)

    @Slot(object)
    def _on_read(self, state: Row) -> None:
        if self.alert is not None and int(state["index"]) == self.alert.index:
            self._show(state)
            self.state_changed.emit(state)

    @Slot(object)
    def _on_contacts(self, rows: list[Row]) -> None:
        self.contacts.show_contacts(rows)

    @Slot(object)
    def _on_state(self, state: Row) -> None:
        self._on_read(state)

    @Slot(str)
    def _on_failed(self, text: str) -> None:
        self.take_button.setEnabled(True)
        self.resolve_button.setEnabled(True)
        self.problem.setText(
            translate("CarePanel", "Not saved: %1").replace("%1", text) if text else ""
        )

    @Slot()
    def _on_take_clicked(self) -> None:
        if self.alert is not None:
            self.problem.clear()
            self.take_button.setEnabled(False)
            self.care.take(self.alert.index)

    @Slot()
    def _on_message_clicked(self) -> None:
        if self.alert is not None:
            self.message_family_requested.emit(self.alert.family_id)

    @Slot()
    def _on_resolve_clicked(self) -> None:
        if self.alert is not None:
            self.problem.clear()
            self.care.resolve(self.alert.index, self.headline)
