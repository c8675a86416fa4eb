"""One's own account: the profile, the password, the sessions (each PC or phone signed in,
which one can end), and deleting the account. Every change asks for the password again;
everything runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, TypeVarTuple

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import plain, theme
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.errors import error_text
from carebot_desktop.workers.screen_work import account_view, change_password, end_sessions

T = TypeVar("T")
Args = TypeVarTuple("Args")


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class AccountDialog(QDialog):
    """Signals: ``signed_out()`` once this PC's session ended or the account is gone."""

    signed_out = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.sessions: list[dict[str, Any]] = []
        self.setWindowTitle(self.tr("My account"))
        self.tabs = QTabWidget()

        # --- profile
        self.name = QLineEdit()
        self.name.setMaxLength(32)
        self.name.setAccessibleName(self.tr("Name"))
        self.birth = QDateEdit(QDate(1970, 1, 1))
        theme.calendar_popup(self.birth)
        self.birth.setDisplayFormat(fmt.pattern("edit"))
        self.birth.setAccessibleName(self.tr("Birth date"))
        self.gender = QComboBox()
        for label, value in (
            (self.tr("Female"), "female"),
            (self.tr("Male"), "male"),
            (self.tr("Other"), "other"),
        ):
            self.gender.addItem(label, value)
        self.gender.setAccessibleName(self.tr("Gender"))
        self.address = QLineEdit()
        self.address.setAccessibleName(self.tr("Address"))
        self.profile_password = _password_field(self.tr("Current password, to save"))
        self.save_button = QPushButton(self.tr("&Save the profile"))
        self.save_button.clicked.connect(self.save_profile)
        profile = QWidget()
        form = QFormLayout(profile)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Birth date"), self.birth)
        form.addRow(self.tr("&Gender"), self.gender)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("Current &password"), self.profile_password)
        form.addRow(self.save_button)
        self.tabs.addTab(profile, self.tr("Profile"))

        # --- password
        self.old_password = _password_field(self.tr("Current password"))
        self.new_password = _password_field(self.tr("New password"))
        self.new_again = _password_field(self.tr("New password again"))
        self.password_button = QPushButton(self.tr("&Change the password"))
        self.password_button.clicked.connect(self.change_password)
        password = QWidget()
        form = QFormLayout(password)
        form.addRow(self.tr("C&urrent password"), self.old_password)
        form.addRow(self.tr("&New password"), self.new_password)
        form.addRow(self.tr("New password a&gain"), self.new_again)
        note = plain.label(self.tr("Your other sessions end when the password changes."))
        note.setWordWrap(True)
        note.setObjectName("muted")
        form.addRow(note)
        form.addRow(self.password_button)
        self.tabs.addTab(password, self.tr("Password"))

        # --- sessions
        self.session_list = QListWidget()
        self.session_list.setAccessibleName(self.tr("Where you are signed in"))
        self.end_button = QPushButton(self.tr("&End the selected session"))
        self.end_button.clicked.connect(self.end_selected_session)
        self.end_others_button = QPushButton(self.tr("End all &other sessions"))
        self.end_others_button.clicked.connect(self.end_other_sessions)
        sessions = QWidget()
        box = QVBoxLayout(sessions)
        box.addWidget(self.session_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.end_button)
        row.addWidget(self.end_others_button)
        row.addStretch(1)
        box.addLayout(row)
        self.tabs.addTab(sessions, self.tr("Sessions"))

        # --- delete
        self.delete_password = _password_field(self.tr("Password, to delete the account"))
        self.delete_button = QPushButton(self.tr("&Delete my account…"))
        self.delete_button.setObjectName("danger")
        self.delete_button.clicked.connect(self.delete_account)
        delete = QWidget()
        form = QFormLayout(delete)
        warning = plain.label(
            self.tr(
                "Deleting your account removes your sign-in, your messages and your memberships. An elder's account takes the family with it. This cannot be undone."
            )
        )
        warning.setWordWrap(True)
        form.addRow(warning)
        form.addRow(self.tr("Pass&word"), self.delete_password)
        form.addRow(self.delete_button)
        self.tabs.addTab(delete, self.tr("Delete account"))

        self.message = plain.label()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Account messages"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(620, 460)
        self.load()

    # --- loading --------------------------------------------------------------------

    @property
    def _token(self) -> str:
        session = self._context.session
        assert session is not None, "not signed in"
        return session.session_id

    def load(self) -> None:
        session = self._context.session
        if session is None:
            return
        self._run(
            account_view,
            self._context.service,
            self._token,
            session.user_id,
            done=self._on_loaded,
        )

    @Slot(object)
    def _on_loaded(self, loaded: tuple[dict[str, Any], list[dict[str, Any]]]) -> None:
        account, sessions = loaded
        self.name.setText(account.get("user_name") or "")
        birth = account.get("birth_date")
        if birth is not None:
            self.birth.setDate(QDate(birth.year, birth.month, birth.day))
        self.gender.setCurrentIndex(max(0, self.gender.findData(account.get("gender"))))
        self.address.setText(account.get("address") or "")
        self._show_sessions(sessions)

    def _show_sessions(self, sessions: list[dict[str, Any]]) -> None:
        self.sessions = sessions
        self.session_list.clear()
        for entry in sorted(sessions, key=lambda s: (not s["current"], s["last_active"])):
            text = self.tr("Last active %1").replace("%1", fmt.local_text(entry["last_active"]))
            if entry["is_remember"]:
                text += " · " + self.tr("kept signed in")
            if entry["current"]:
                text += " · " + self.tr("this computer, now")
            item = QListWidgetItem(text, self.session_list)
            item.setData(Qt.ItemDataRole.UserRole, entry["ref"])
        self.end_others_button.setEnabled(any(not s["current"] for s in sessions))

    def _run(self, work: Callable[[*Args], T], *args: *Args, done: Callable[[T], None]) -> None:
        self.message.setText(self.tr("Working…"))

        def succeeded(result: T) -> None:
            self.message.setText("")
            done(result)

        (
            self._context.op(self, work, *args)
            .success(succeeded)
            .failure(lambda error: self.message.setText(error_text(error)))
            .write()
            .run()
        )

    # --- changes --------------------------------------------------------------------

    @Slot()
    def save_profile(self) -> None:
        changes = {
            "user_name": self.name.text().strip(),
            "birth_date": self.birth.date().toString("yyyy-MM-dd"),
            "gender": self.gender.currentData(),
            "address": self.address.text().strip(),
        }
        password = self.profile_password.text()
        self._run(
            self._context.service.update_own_account,
            self._token,
            password,
            changes,
            done=self._on_profile_saved,
        )

    @Slot(object)
    def _on_profile_saved(self, _ok: object) -> None:
        self.profile_password.clear()
        self.message.setText(self.tr("The profile is saved."))
        session = self._context.session
        if session is not None:
            session.user_name = self.name.text().strip()

    @Slot()
    def change_password(self) -> None:
        if self.new_password.text() != self.new_again.text():
            self.message.setText(self.tr("The two new passwords differ."))
            return
        self._run(
            change_password,
            self._context.service,
            self._token,
            self.old_password.text(),
            self.new_password.text(),
            done=self._on_password_changed,
        )

    @Slot(object)
    def _on_password_changed(self, sessions: list[dict[str, Any]]) -> None:
        for field in (self.old_password, self.new_password, self.new_again):
            field.clear()
        self._show_sessions(sessions)
        self.message.setText(self.tr("The password is changed; your other sessions ended."))

    def _end(self, refs: list[str]) -> None:
        current = next((s["ref"] for s in self.sessions if s["current"]), None)
        self._run(
            end_sessions, self._context.service, self._token, refs, current, done=self._on_ended
        )

    @Slot()
    def end_selected_session(self) -> None:
        item = self.session_list.currentItem()
        if item is not None:
            self._end([item.data(Qt.ItemDataRole.UserRole)])

    @Slot()
    def end_other_sessions(self) -> None:
        self._end([s["ref"] for s in self.sessions if not s["current"]])

    @Slot(object)
    def _on_ended(self, outcome: tuple[bool, list[dict[str, Any]]]) -> None:
        ended_here, sessions = outcome
        if ended_here:
            self.signed_out.emit()
            self.accept()
            return
        self._show_sessions(sessions)
        self.message.setText(self.tr("The session ended."))

    def deletion_text(self, summary: dict[str, Any]) -> str:
        """What goes and what stays, counted (``CarebotService.deletion_summary``)."""
        lines = [self.tr("Deleting your account removes your sign-in and your memberships.")]
        if summary.get("family_name") is not None:
            lines.append(
                self.tr(
                    "Your family “%1” goes with it: all of its history (%2 readings, %3 alerts) and the membership of the people in it (%4)."
                )
                .replace("%1", str(summary["family_name"]))
                .replace("%2", fmt.count_text(int(summary["readings"])))
                .replace("%3", fmt.count_text(int(summary["alerts"])))
                .replace("%4", fmt.count_text(int(summary["members"])))
            )
        lines.append(
            self.tr("%1 messages you sent or received are deleted.").replace(
                "%1", fmt.count_text(int(summary["messages"]))
            )
        )
        if summary.get("exports_kept"):
            lines.append(
                self.tr(
                    "The records of %1 exports stay, without your name, as the privacy law requires."
                ).replace("%1", fmt.count_text(int(summary["exports_kept"])))
            )
        lines.append(self.tr("This cannot be undone. Delete your account for good?"))
        return "\n\n".join(lines)

    def confirm_delete(self, summary: dict[str, Any]) -> bool:
        box = plain.plain_box(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Delete my account"),
            self.deletion_text(summary),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    @Slot()
    def delete_account(self) -> None:
        """First what would go (counted off the GUI thread), then the question, then the
        deletion."""
        self._run(
            self._context.service.deletion_summary, self._token, done=self._confirm_and_delete
        )

    def _confirm_and_delete(self, summary: dict[str, Any]) -> None:
        if not self.confirm_delete(summary):
            return
        self._run(
            self._context.service.delete_own_account,
            self._token,
            self.delete_password.text(),
            done=self._on_deleted,
        )

    @Slot(object)
    def _on_deleted(self, _ok: object) -> None:
        self.signed_out.emit()
        self.accept()
