"""Members: who belongs to the family. The main user removes members and answers requests
to join; a member leaves or changes their nickname; a family member asks to join another
family by the elder's details, and waits for the family to agree."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVarTuple

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.services.changes import DeskChanges
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import plain, theme
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.members.members_model import MembersModel
from carebot_desktop.ui.page import Page
from carebot_desktop.ui.report.export import Exporter, export_csv, file_name, model_table
from carebot_desktop.ui.widgets import page_title
from carebot_desktop.workers.screen_work import changed_here, join_family, members_view

Args = TypeVarTuple("Args")


class JoinDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join a family"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Elder's name"))
        self.birth = QDateEdit(QDate(1945, 1, 1))
        self.birth.setDisplayFormat(fmt.pattern("edit"))
        theme.calendar_popup(self.birth)
        self.birth.setAccessibleName(self.tr("Elder's birth date"))
        self.gender = QComboBox()
        self.gender.addItem(self.tr("Female"), "female")
        self.gender.addItem(self.tr("Male"), "male")
        self.gender.addItem(self.tr("Other"), "other")
        self.gender.setAccessibleName(self.tr("Elder's gender"))
        self.address = QLineEdit()
        self.address.setAccessibleName(self.tr("Elder's address"))
        self.nickname = QLineEdit()
        self.nickname.setMaxLength(32)
        self.nickname.setPlaceholderText(self.tr("e.g. 큰딸, 요양보호사"))
        self.nickname.setAccessibleName(self.tr("Your nickname in the family"))
        form = QFormLayout(self)
        form.addRow(plain.label(self.tr("Enter the elder's details exactly as registered.")))
        form.addRow(self.tr("Elder's &name"), self.name)
        form.addRow(self.tr("&Birth date"), self.birth)
        form.addRow(self.tr("&Gender"), self.gender)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("Your ni&ckname"), self.nickname)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str, str, str]:
        return (
            self.name.text().strip(),
            self.birth.date().toString("yyyy-MM-dd"),
            self.gender.currentData(),
            self.address.text().strip(),
            self.nickname.text().strip(),
        )


class MembersPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.family_id: str | None = None
        self._done_text = ""
        self.title = page_title(self.tr("Members"))
        self.model = MembersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Family members"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.join_button = QPushButton(self.tr("&Join a family…"))
        self.join_button.setAccessibleName(self.tr("Join another family"))
        self.join_button.clicked.connect(self._on_join_clicked)
        self.nickname_button = QPushButton(self.tr("Change &nickname…"))
        self.nickname_button.setAccessibleName(self.tr("Change the selected nickname"))
        self.nickname_button.clicked.connect(self._on_nickname_clicked)
        self.leave_button = QPushButton(self.tr("&Leave this family"))
        self.leave_button.setAccessibleName(self.tr("Leave this family"))
        self.leave_button.clicked.connect(self._on_leave_clicked)
        self.remove_button = QPushButton(self.tr("Re&move member"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected member"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        # Requests to join: the main user (or system) approves or denies them.
        self.requests_box = QGroupBox(self.tr("Requests to join the family"))
        self.requests = QListWidget()
        self.requests.setAccessibleName(self.tr("Requests to join the family"))
        self.requests.currentRowChanged.connect(self._update_buttons)
        # A few lines: the family's own people keep the room.
        self.requests.setMaximumHeight(self.fontMetrics().height() * 6)
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.approve_button.setAccessibleName(self.tr("Approve the selected request"))
        self.approve_button.clicked.connect(self._on_approve_clicked)
        self.deny_button = QPushButton(self.tr("&Deny"))
        self.deny_button.setAccessibleName(self.tr("Deny the selected request"))
        self.deny_button.clicked.connect(self._on_deny_clicked)
        request_buttons = QHBoxLayout()
        request_buttons.addWidget(self.approve_button)
        request_buttons.addWidget(self.deny_button)
        request_buttons.addStretch(1)
        box = QVBoxLayout(self.requests_box)
        box.addWidget(self.requests)
        box.addLayout(request_buttons)
        self.requests_box.setVisible(False)
        # One's own requests, waiting for a family's answer.
        self.waiting = plain.label()
        self.waiting.setWordWrap(True)
        self.waiting.setVisible(False)
        self.withdraw_button = QPushButton(self.tr("&Withdraw request"))
        self.withdraw_button.setAccessibleName(self.tr("Withdraw your request to join"))
        self.withdraw_button.clicked.connect(self._on_withdraw_clicked)
        self.withdraw_button.setVisible(False)
        self._mine: list[dict[str, Any]] = []
        # One row of buttons, or two when one would squeeze their words (see resizeEvent).
        first, second = QHBoxLayout(), QHBoxLayout()
        for button in (self.join_button, self.nickname_button):
            first.addWidget(button)
        first.addStretch(1)
        for button in (self.leave_button, self.remove_button):
            second.addWidget(button)
        second.addStretch(1)
        self.csv_button = QPushButton(self.tr("Export C&SV…"))
        self.csv_button.setAccessibleName(self.tr("Export the members as CSV"))
        self.csv_button.clicked.connect(self.export_csv)
        second.addWidget(self.csv_button)
        self.buttons = buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.addLayout(first)
        buttons.addLayout(second, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.requests_box)
        waiting = QHBoxLayout()
        waiting.addWidget(self.waiting, 1)
        waiting.addWidget(self.withdraw_button)
        layout.addLayout(waiting)
        layout.addWidget(self.message)
        self._is_main = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange_buttons(event.size().width())

    def _arrange_buttons(self, width: int) -> None:
        """The buttons on two rows when one row is too narrow for their words (200 %)."""
        shown = [
            b
            for b in (
                self.join_button,
                self.nickname_button,
                self.leave_button,
                self.remove_button,
                self.csv_button,
            )
            if not b.isHidden()
        ]
        spacing = max(0, self.buttons.spacing())
        needed = sum(b.sizeHint().width() + spacing for b in shown) + 24
        self.buttons.setDirection(
            QBoxLayout.Direction.TopToBottom if needed > width else QBoxLayout.Direction.LeftToRight
        )

    def set_family(self, family_id: str | None) -> None:
        """Loaded now if this screen is shown, else when it is next (not in the middle of
        a sign-in, for nobody). The same family chosen again (the overview re-ordered its
        rows) reads nothing: a change to it comes through ``on_changes``. (No family is
        said again: the screen then says why there is none, a newcomer's first screen.)"""
        if family_id is not None and family_id == self.family_id:
            return
        self.family_id = family_id
        self.refresh()

    def _elder_name(self) -> list[str]:
        """The family's elder's name, for a file's name (none before the family loaded)."""
        for row in range(self.model.rowCount()):
            person = self.model.row_at(row)
            if person["role"] == "main" and person["user_name"]:
                return [str(person["user_name"])]
        return []

    @Slot()
    def export_csv(self) -> bool:
        """The family's people as shown, as CSV, after the person says why (recorded)."""
        if self.family_id is None or self.model.rowCount() == 0 or not self.signed_in:
            return False
        return export_csv(
            Exporter(self._context, self),
            [self.family_id],
            self.tr("The family's members"),
            model_table(self.model),
            file_name([*self._elder_name(), self.tr("members")], date.today(), "csv"),
            self.message.setText,
        )

    @Slot()
    def reload(self) -> None:
        if not self.signed_in:
            return
        session = self.session
        manages = session.role in ("main", "system")
        asks = session.role == "sub"
        if not self.family_id and not asks:
            return
        api = self._context.api
        self.load(members_view, api, self.family_id, manages, asks, done=self._on_loaded)

    @Slot(object)
    def _on_loaded(self, view: dict[str, list[dict[str, Any]]]) -> None:
        session = self._context.session
        me = session.user_id if session else None
        people = view["people"]
        self._is_main = bool(
            session and (session.role == "system" or (people and people[0]["user_id"] == me))
        )
        self.model.set_people(people, me)
        if people:
            self.message.setText(self.tr("%n member(s) besides the elder", None, len(people) - 1))
        else:
            self.message.setText(
                self.tr("You do not belong to a family yet. Use “Join a family…” to ask to join.")
            )
        self._show_requests(view["requests"])
        self._show_mine(view["mine"])
        self._update_buttons()

    def _show_requests(self, requests: list[dict[str, Any]]) -> None:
        self.requests.clear()
        for request in requests:
            text = self.tr("%1 (nickname: %2), asked %3")
            text = (
                text.replace("%1", request["user_name"] or "–")
                .replace("%2", request["nickname"] or "–")
                .replace("%3", fmt.local_text(request["requested_at"]))
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, request["index"])
            self.requests.addItem(item)
        self.requests_box.setTitle(
            self.tr("Requests to join the family (%n waiting)", None, len(requests))
        )
        self.requests_box.setVisible(bool(requests))
        if requests:  # the oldest first, chosen: approve or deny is one click
            self.requests.setCurrentRow(0)

    def _show_mine(self, mine: list[dict[str, Any]]) -> None:
        self._mine = mine
        if mine:
            names = ", ".join(r["family_name"] or "–" for r in mine)
            self.waiting.setText(
                self.tr("Waiting for the family to approve your request: %1").replace("%1", names)
            )
        self.waiting.setVisible(bool(mine))
        self.withdraw_button.setVisible(bool(mine))

    def _selected(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    @Slot()
    def _update_buttons(self) -> None:
        session = self._context.session
        person = self._selected()
        mine = [
            r
            for r in (self.model.row_at(i) for i in range(self.model.rowCount()))
            if session and r["user_id"] == session.user_id and r["member_id"]
        ]
        self.join_button.setVisible(bool(session and session.role == "sub"))
        self.leave_button.setEnabled(bool(mine))
        is_member = bool(person and person["member_id"])
        self.remove_button.setVisible(self._is_main)
        self.remove_button.setEnabled(self._is_main and is_member)
        own = bool(person and session and person["user_id"] == session.user_id)
        self.nickname_button.setEnabled(is_member and (self._is_main or own))
        chosen = self.requests.currentItem() is not None
        self.approve_button.setEnabled(chosen)
        self.deny_button.setEnabled(chosen)
        self._arrange_buttons(self.width())

    def _change(self, done_text: str, work: Callable[[*Args], object], *args: *Args) -> None:
        self.message.setText(self.tr("Saving…"))
        self._done_text = done_text
        families = frozenset({self.family_id}) if self.family_id else frozenset()
        self.write(changed_here, self._context.api, families, work, *args, done=self._on_written)

    @Slot(object)
    def _on_written(self, made: DeskChanges) -> None:
        self.message.setText(self._done_text)
        self.reload()
        self._context.broadcast(made)

    def on_changes(self, changes: DeskChanges) -> None:
        if (changes.join_requests or changes.touches_family(self.family_id)) and not changes.own:
            self.refresh()

    @Slot()
    def _on_join_clicked(self) -> None:
        dialog = JoinDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not self.signed_in:
            return
        self._change(
            self.tr("Request sent. You become a member once the family approves it."),
            join_family,
            self._context.api,
            *dialog.values(),
        )

    def _chosen_request(self) -> int | None:
        item = self.requests.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    @Slot()
    def _on_approve_clicked(self) -> None:
        request_id = self._chosen_request()
        if request_id is not None:
            api = self._context.api
            self._change(
                self.tr("Request approved: they are now a member."),
                api.members.approve_join_request,
                request_id,
            )

    @Slot()
    def _on_deny_clicked(self) -> None:
        request_id = self._chosen_request()
        if request_id is None:
            return
        if (
            QMessageBox.question(
                self, self.tr("Deny request"), self.tr("Deny this request to join the family?")
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        api = self._context.api
        self._change(self.tr("Request denied."), api.members.deny_join_request, request_id)

    @Slot()
    def _on_withdraw_clicked(self) -> None:
        if not self._mine:
            return
        api = self._context.api
        self._change(
            self.tr("Request withdrawn."), api.members.withdraw_join_request, self._mine[0]["index"]
        )

    @Slot()
    def _on_nickname_clicked(self) -> None:
        person = self._selected()
        if not person or not person["member_id"]:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Nickname"), self.tr("New nickname:"), text=person["nickname"] or ""
        )
        if ok:
            api = self._context.api
            self._change(
                self.tr("Nickname changed."),
                api.members.update_one_member,
                person["member_id"],
                {"nickname": text.strip() or None},
            )

    @Slot()
    def _on_leave_clicked(self) -> None:
        session = self._context.session
        mine = [
            self.model.row_at(i)
            for i in range(self.model.rowCount())
            if session and self.model.row_at(i)["user_id"] == session.user_id
        ]
        if not mine or not mine[0]["member_id"]:
            return
        if (
            QMessageBox.question(
                self,
                self.tr("Leave this family"),
                self.tr("Leave this family? You will no longer see its data."),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        api = self._context.api
        self._change(
            self.tr("You left the family."), api.members.delete_one_member, mine[0]["member_id"]
        )

    @Slot()
    def _on_remove_clicked(self) -> None:
        person = self._selected()
        if not person or not person["member_id"]:
            return
        question = self.tr("Remove %1 from the family?").replace("%1", person["user_name"] or "")
        if not plain.ask(self, self.tr("Remove member"), question):  # the name is plain text
            return
        api = self._context.api
        self._change(self.tr("Member removed."), api.members.delete_one_member, person["member_id"])
