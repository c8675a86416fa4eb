"""Members: who belongs to the family. The main user removes members; a member leaves or
changes their nickname; a family member joins another family by the elder's details."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.members.members_model import MembersModel
from carebot_desktop.ui.page import Page
from carebot_desktop.ui.widgets import page_title


def join_family(
    api: Any, user_id: str, name: str, birth: str, gender: str, address: str, nickname: str
) -> str:
    """Find the family by the elder's four facts and join it; the family id."""
    found = api.families.find_family(name, birth, gender, address)
    if not found:
        from carebot_desktop.data.errors import NotFoundError

        raise NotFoundError("no family matches these details")
    family_id = found[0]["family_id"]
    api.members.create_member(
        {"family_id": family_id, "user_id": user_id, "nickname": nickname or None}
    )
    return family_id


class JoinDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join a family"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Elder's name"))
        self.birth = QDateEdit(QDate(1945, 1, 1))
        self.birth.setDisplayFormat("yyyy-MM-dd")
        self.birth.setCalendarPopup(True)
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
        form.addRow(QLabel(self.tr("Enter the elder's details exactly as registered.")))
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
        self.remove_button = QPushButton(self.tr("&Remove member"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected member"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (
            self.join_button,
            self.nickname_button,
            self.leave_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._is_main = False

    def set_family(self, family_id: str | None) -> None:
        self.family_id = family_id
        self.reload()

    @Slot()
    def reload(self) -> None:
        if not self.family_id or self._context.session is None:
            return
        api = self._context.api
        self.load(api.families.get_family_people, self.family_id, done=self._on_loaded)

    @Slot(object)
    def _on_loaded(self, people: list[dict[str, Any]]) -> None:
        session = self._context.session
        me = session.user_id if session else None
        self._is_main = bool(session and (session.role == "system" or people[0]["user_id"] == me))
        self.model.set_people(people, me)
        self.message.setText(self.tr("%n member(s) besides the elder", None, len(people) - 1))
        self._update_buttons()

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

    def _change(self, done_text: str, work: Any, *args: Any) -> None:
        self.message.setText(self.tr("Saving…"))
        self._done_text = done_text
        self.write(work, *args, done=self._on_written)

    @Slot(object)
    def _on_written(self, _result: object) -> None:
        self.message.setText(self._done_text)
        self._context.data_changed.emit("")
        self.reload()

    @Slot()
    def _on_join_clicked(self) -> None:
        dialog = JoinDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        session = self._context.session
        if session is None:
            return
        self._change(
            self.tr("You joined the family."),
            join_family,
            session.api,
            session.user_id,
            *dialog.values(),
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
        if (
            QMessageBox.question(self, self.tr("Remove member"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        api = self._context.api
        self._change(self.tr("Member removed."), api.members.delete_one_member, person["member_id"])
