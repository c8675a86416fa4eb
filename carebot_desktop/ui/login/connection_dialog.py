"""Which database to use: the embedded file, or a MariaDB server (password to the keyring)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.config.secrets import SecretStoreError
from carebot_desktop.config.settings import server_url
from carebot_desktop.ui import plain
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.errors import error_text
from carebot_desktop.workers.screen_work import check_connection


class ConnectionDialog(QDialog):
    """On accept, ``chosen_url`` holds the URL to connect to (None: the embedded file).
    In a demo session (``demo``) it says that saving leaves the demo."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, demo: bool = False
    ) -> None:
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
        self.tls = QComboBox()
        self.tls.addItem(self.tr("When the server offers it"), "preferred")
        self.tls.addItem(self.tr("Required (refuse an unencrypted server)"), "required")
        self.tls.addItem(self.tr("Off"), "off")
        self.tls.setCurrentIndex(max(0, self.tls.findData(settings.get("connection/tls"))))
        self.tls.setAccessibleName(self.tr("Encryption (TLS)"))
        self.tls_ca = QLineEdit(settings.get("connection/tls_ca"))
        self.tls_ca.setPlaceholderText(self.tr("the system's certificate authorities"))
        self.tls_ca.setAccessibleName(self.tr("CA certificate file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the CA certificate file"))
        browse.clicked.connect(self._on_browse_clicked)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.tls_ca, 1)
        ca_row.addWidget(browse)
        self.tls_verify = QComboBox()
        self.tls_verify.addItem(self.tr("Certificate and server name"), "full")
        self.tls_verify.addItem(self.tr("Certificate only"), "ca")
        self.tls_verify.addItem(self.tr("Nothing (encryption only)"), "none")
        self.tls_verify.setCurrentIndex(
            max(0, self.tls_verify.findData(settings.get("connection/tls_verify")))
        )
        self.tls_verify.setAccessibleName(self.tr("What TLS checks"))
        self.server_box = QWidget()
        form = QFormLayout(self.server_box)
        form.addRow(self.tr("&Host"), self.host)
        form.addRow(self.tr("&Port"), self.port)
        form.addRow(self.tr("&Database"), self.schema)
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("Pass&word"), self.password)
        form.addRow(self.tr("&Encryption (TLS)"), self.tls)
        ca_label = QLabel(self.tr("C&A certificate"))
        ca_label.setBuddy(self.tls_ca)  # a row of two widgets has no buddy of its own
        form.addRow(ca_label, ca_row)
        form.addRow(self.tr("&Verify"), self.tls_verify)
        self.leaves_demo_note = QLabel(
            self.tr(
                "This is the demo. Saving leaves it: the demo data stays in its own file and is never written to the database you choose."
            )
        )
        self.leaves_demo_note.setWordWrap(True)
        self.leaves_demo_note.setTextFormat(Qt.TextFormat.PlainText)
        self.leaves_demo_note.setVisible(demo)
        self.message = plain.label()  # a server's own words may come back in an error
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
        layout.addWidget(self.leaves_demo_note)
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
        return server_url(
            self.host.text().strip(),
            self.port.value(),
            self.schema.text().strip(),
            self.user.text().strip(),
            self.password.text() or self._stored_password(),
            tls=self.tls.currentData(),
            tls_ca=self.tls_ca.text().strip(),
            tls_verify=self.tls_verify.currentData(),
        )

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
            self._context.op(self, check_connection, url)
            .success(self._on_test_ok)
            .failure(self._on_test_failed)
            .outlives_session()
            .run()
        )

    @Slot()
    def _on_browse_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("CA certificate"),
            self.tls_ca.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if chosen:
            self.tls_ca.setText(chosen)

    @Slot(object)
    def _on_test_ok(self, cipher: object) -> None:
        self.test_button.setEnabled(True)
        if cipher:
            self.message.setText(
                self.tr("The connection works and is encrypted (%1).").replace("%1", str(cipher))
            )
        else:
            self.message.setText(self.tr("The connection works, but it is not encrypted."))

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
        settings.set("connection/tls", self.tls.currentData())
        settings.set("connection/tls_ca", self.tls_ca.text().strip())
        settings.set("connection/tls_verify", self.tls_verify.currentData())
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
