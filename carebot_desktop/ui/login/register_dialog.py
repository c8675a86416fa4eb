"""Account creation: an elder (main) or a family member (sub)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.data.errors import ConflictError
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import plain, theme
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.errors import error_text


class RegisterDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.created_email = ""
        self.setWindowTitle(self.tr("Create an account"))
        self.role = QComboBox()
        self.role.addItem(self.tr("Elder living with a Carebot"), "main")
        self.role.addItem(self.tr("Family member or caregiver"), "sub")
        self.role.setAccessibleName(self.tr("Account type"))
        self.name = QLineEdit()
        self.name.setMaxLength(32)
        self.name.setAccessibleName(self.tr("Name"))
        self.email = QLineEdit()
        self.email.setMaxLength(128)
        self.email.setAccessibleName(self.tr("E-mail"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("8 to 64 characters"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Repeat the password"))
        self.birth = QDateEdit()
        theme.calendar_popup(self.birth)
        self.birth.setDisplayFormat(fmt.pattern("edit"))
        self.birth.setDateRange(QDate(1900, 1, 1), QDate.currentDate())
        self.birth.setDate(QDate(1945, 1, 1))
        self.birth.setAccessibleName(self.tr("Birth date"))
        self.gender = QComboBox()
        self.gender.addItem(self.tr("Female"), "female")
        self.gender.addItem(self.tr("Male"), "male")
        self.gender.addItem(self.tr("Other"), "other")
        self.gender.setAccessibleName(self.tr("Gender"))
        self.address = QLineEdit()
        self.address.setMaxLength(128)
        self.address.setPlaceholderText(self.tr("e.g. 서울특별시 종로구"))
        self.address.setAccessibleName(self.tr("Address"))
        form = QFormLayout()
        form.addRow(self.tr("Account &type"), self.role)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("&Repeat password"), self.confirm)
        form.addRow(self.tr("&Birth date"), self.birth)
        form.addRow(self.tr("&Gender"), self.gender)
        form.addRow(self.tr("A&ddress"), self.address)
        self.error = plain.label()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self._on_create_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def payload(self) -> dict[str, Any]:
        return {
            "email": self.email.text().strip(),
            "password": self.password.text(),
            "role": self.role.currentData(),
            "user_name": self.name.text().strip() or None,
            "birth_date": self.birth.date().toString("yyyy-MM-dd"),
            "gender": self.gender.currentData(),
            "address": self.address.text().strip() or None,
        }

    @Slot()
    def _on_create_clicked(self) -> None:
        if self.password.text() != self.confirm.text():
            self.error.setText(self.tr("The two passwords differ."))
            return
        if not self.name.text().strip():
            self.error.setText(self.tr("Enter a name."))
            return
        data = self.payload()
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("Creating the account…"))
        (
            self._context.op(self, self._context.service.register, data)
            .success(self._on_created)
            .failure(self._on_failed)
            .outlives_session()
            .write()
            .run()
        )

    @Slot(object)
    def _on_created(self, _account_id: object) -> None:
        self.created_email = self.email.text().strip()
        self.accept()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ConflictError):
            self.error.setText(self.tr("An account with this e-mail exists already."))
        else:
            self.error.setText(error_text(error))
