"""Which database to use: the embedded file, or a MariaDB server (password to the keyring)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.config.secrets import SecretStoreError
from carebot_desktop.data import Database
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.errors import error_text


def _check(url: str | None) -> bool:
    db = Database(url, connect_timeout=5)
    try:
        db.ping()
        return True
    finally:
        db.dispose()


class ConnectionDialog(QDialog):
    """On accept, ``chosen_url`` holds the URL to connect to (None: the embedded file)."""

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self._context = context
        settings = context.settings
        self.chosen_url: str | None = None
        self.setWindowTitle(self.tr("Database connection"))
        self.embedded = QRadioButton(self.tr("&Embedded database on this computer"))
        self.server = QRadioButton(self.tr("Carebot &MariaDB server"))
        group = QButtonGroup(self)
        group.addButton(self.embedded)
        group.addButton(self.server)
        (self.server if settings.get("connection/kind") == "mariadb" else self.embedded).setChecked(
            True
        )
        self.host = QLineEdit(settings.get("connection/host"))
        self.host.setAccessibleName(self.tr("Server host"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(settings.get("connection/port"))
        self.port.setAccessibleName(self.tr("Server port"))
        self.schema = QLineEdit(settings.get("connection/schema"))
        self.schema.setAccessibleName(self.tr("Database name"))
        self.user = QLineEdit(settings.get("connection/user"))
        self.user.setAccessibleName(self.tr("Database user"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Database password"))
        self.password.setPlaceholderText(self.tr("kept in the system keyring"))
        self.server_box = QWidget()
        form = QFormLayout(self.server_box)
        form.addRow(self.tr("&Host"), self.host)
        form.addRow(self.tr("&Port"), self.port)
        form.addRow(self.tr("&Database"), self.schema)
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("Pass&word"), self.password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setAccessibleName(self.tr("Test the connection"))
        self.test_button.clicked.connect(self._on_test_clicked)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.embedded.toggled.connect(self._on_kind_toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.embedded)
        layout.addWidget(self.server)
        layout.addWidget(self.server_box)
        layout.addWidget(self.message)
        layout.addWidget(self.test_button)
        layout.addWidget(self.buttons)
        self._on_kind_toggled()

    def _url(self) -> str | None:
        if self.embedded.isChecked():
            return None
        from sqlalchemy import URL

        return URL.create(
            "mysql+pymysql",
            username=self.user.text().strip() or None,
            password=self.password.text() or self._stored_password() or None,
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.schema.text().strip(),
            query={"charset": "utf8mb4"},
        ).render_as_string(hide_password=False)

    def _stored_password(self) -> str | None:
        key = (
            f"db-password:{self.user.text().strip()}@{self.host.text().strip()}:{self.port.value()}"
        )
        return self._context.secrets.get(key) if self._context.secrets else None

    @Slot()
    def _on_kind_toggled(self) -> None:
        self.server_box.setEnabled(self.server.isChecked())

    @Slot()
    def _on_test_clicked(self) -> None:
        url = self._url()
        self.message.setText(self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        (
            self._context.op(self, _check, url)
            .success(self._on_test_ok)
            .failure(self._on_test_failed)
            .outlives_session()
            .run()
        )

    @Slot(object)
    def _on_test_ok(self, _result: object) -> None:
        self.test_button.setEnabled(True)
        self.message.setText(self.tr("The connection works."))

    @Slot(object)
    def _on_test_failed(self, error: object) -> None:
        self.test_button.setEnabled(True)
        self.message.setText(error_text(error))

    @Slot()
    def _on_save_clicked(self) -> None:
        settings = self._context.settings
        settings.set("connection/kind", "embedded" if self.embedded.isChecked() else "mariadb")
        settings.set("connection/host", self.host.text().strip() or "127.0.0.1")
        settings.set("connection/port", self.port.value())
        settings.set("connection/schema", self.schema.text().strip() or "carebot")
        settings.set("connection/user", self.user.text().strip())
        if self.server.isChecked() and self.password.text():
            store = self._context.secrets
            try:
                if store is None:
                    raise SecretStoreError("no keyring")
                store.set(settings.database_password_key(), self.password.text())
            except SecretStoreError:
                self.message.setText(
                    self.tr(
                        "The password could not be kept: no system keyring is available. It is used for this session only."
                    )
                )
        self.chosen_url = self._url()
        self.accept()
