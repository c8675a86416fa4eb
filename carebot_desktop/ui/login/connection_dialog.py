"""Which database to use: the embedded file, or a MariaDB server (password to the keyring)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QShowEvent
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
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.config.secrets import SecretStoreError
from carebot_desktop.config.settings import server_url
from carebot_desktop.services.connection_errors import check_ca_file, classify
from carebot_desktop.ui import plain
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.errors import error_text
from carebot_desktop.ui.login.connection_problems import ConnectionProblemText
from carebot_desktop.workers.screen_work import check_connection


class ConnectionDialog(QDialog):
    """On accept, ``chosen_url`` holds the URL to connect to (None: the embedded file),
    and ``chosen_read_url`` a read replica's (None: none), with the same database, login,
    password and TLS on its own host and port. In a demo session (``demo``) it says that
    saving leaves the demo."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, demo: bool = False
    ) -> None:
        super().__init__(parent)
        self._context = context
        settings = context.settings
        self.chosen_url: str | None = None
        self.chosen_read_url: str | None = None
        self.setWindowTitle(self.tr("Database connection"))
        self._fitted = False  # (showEvent)
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
        self.password.setPlaceholderText(
            self.tr("kept in the system keyring")
            if self._keyring_available()
            else self.tr("not saved: this computer has no system keyring")
        )
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
        form.addRow(self.tr("E&ncryption (TLS)"), self.tls)
        ca_label = QLabel(self.tr("C&A certificate"))
        ca_label.setBuddy(self.tls_ca)  # a row of two widgets has no buddy of its own
        form.addRow(ca_label, ca_row)
        form.addRow(self.tr("&Verify"), self.tls_verify)
        # An optional read replica, folded: most places have one server.
        self.replica_host = QLineEdit(settings.get("connection/read_host"))
        self.replica_host.setAccessibleName(self.tr("Read-only replica host"))
        self.replica_host.setPlaceholderText(self.tr("none: every read from the server above"))
        self.replica_port = QSpinBox()
        self.replica_port.setRange(1, 65535)
        self.replica_port.setValue(settings.get("connection/read_port"))
        self.replica_port.setAccessibleName(self.tr("Read-only replica port"))
        self.replica_button = QToolButton()
        self.replica_button.setText(self.tr("&Read-only replica (optional)"))
        self.replica_button.setCheckable(True)
        self.replica_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.replica_button.setArrowType(Qt.ArrowType.RightArrow)
        self.replica_button.toggled.connect(self._on_replica_toggled)
        self.replica_box = QWidget()
        replica_form = QFormLayout(self.replica_box)
        replica_form.setContentsMargins(0, 0, 0, 0)
        replica_row = QHBoxLayout()
        replica_row.addWidget(self.replica_host, 1)
        replica_row.addWidget(self.replica_port)
        replica_label = QLabel(self.tr("Replica h&ost and port"))
        replica_label.setBuddy(self.replica_host)
        replica_form.addRow(replica_label, replica_row)
        replica_note = QLabel(
            self.tr(
                "Charts, history and reports are read from it; the same database, user, password and encryption as above."
            )
        )
        replica_note.setWordWrap(True)
        replica_note.setTextFormat(Qt.TextFormat.PlainText)
        replica_form.addRow(replica_note)
        form.addRow(self.replica_button)
        form.addRow(self.replica_box)
        self.replica_button.setChecked(bool(self.replica_host.text().strip()))
        self._on_replica_toggled(self.replica_button.isChecked())
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
        self.message.setVisible(False)  # (empty, it took a line)
        # The driver's own words about a failure, for whoever helps: plain text, folded.
        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Techn&ical details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.toggled.connect(self._on_details_toggled)
        self.details_button.setVisible(False)
        self.details = plain.label()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setVisible(False)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setAccessibleName(self.tr("Test the connection"))
        self.test_button.clicked.connect(self._on_test_clicked)
        self.help_button = QPushButton(self.tr("He&lp: encryption, CA, password"))
        self.help_button.setCheckable(True)
        self.help_button.setAccessibleName(
            self.tr("Explain encryption, the CA certificate and where the password is kept")
        )
        self.help_button.toggled.connect(self._on_help_toggled)
        # The help takes the form's place while it is shown (the dialog does not grow: at
        # 200 % text it already fills a 768-pixel screen), and scrolls if it must.
        self.help = QPlainTextEdit()
        self.help.setReadOnly(True)
        self.help.setPlainText(self._help_text())
        self.help.setAccessibleName(self.tr("Help on the connection settings"))
        # The form scrolls when the screen is too short for all of it (200 % text on a
        # 768-pixel screen in the demo, with its note, or with the replica unfolded): the
        # buttons under it stay on the screen.
        self.server_scroll = QScrollArea()
        self.server_scroll.setWidget(self.server_box)
        self.server_scroll.setWidgetResizable(True)
        self.server_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.server_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.server_area = QStackedWidget()
        self.server_area.addWidget(self.server_scroll)
        self.server_area.addWidget(self.help)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        # One row for the details' fold, the test and the help (at 200 % text every row
        # counts on a 768-pixel screen); the details unfold below it.
        actions = QHBoxLayout()
        actions.addWidget(self.details_button)
        actions.addStretch(1)
        actions.addWidget(self.test_button)
        actions.addWidget(self.help_button)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.embedded.toggled.connect(self._on_kind_toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.leaves_demo_note)
        layout.addWidget(self.embedded)
        layout.addWidget(self.server)
        layout.addWidget(self.server_area)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self._on_kind_toggled()

    def _url(self) -> str | None:
        if self.embedded.isChecked():
            return None
        return self._server_url(self.host.text().strip(), self.port.value())

    def _read_url(self) -> str | None:
        """The read replica's URL: the server's, on the replica's host and port."""
        host = self.replica_host.text().strip()
        if self.embedded.isChecked() or not host:
            return None
        return self._server_url(host, self.replica_port.value())

    def _server_url(self, host: str, port: int) -> str:
        """The server's URL (its database, login, password and TLS) on ``host``:``port``."""
        return server_url(
            host,
            port,
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

    def _keyring_available(self) -> bool:
        store = self._context.secrets
        return store is not None and store.available()

    def _help_text(self) -> str:
        paragraphs = [
            self.tr(
                "Encryption (TLS) keeps the care records and the password secret on their way between this computer and the database server. Choose “Required” when the server is reached over a network the care centre does not control."
            ),
            self.tr(
                "The CA certificate file (.pem or .crt) proves that the server really is the care centre's: get it from the care centre's administrator, with the host name its certificate is made out to. Without one, the certificate authorities this computer already trusts are used."
            ),
            self.tr(
                "The database password is never written to a file: it is kept in this computer's system keyring (Windows Credential Manager, the macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet on Linux)."
            ),
        ]
        if self._keyring_available():
            paragraphs.append(
                self.tr("This computer has a system keyring, so the password is saved there.")
            )
        else:
            paragraphs.append(
                self.tr(
                    "This computer has no system keyring: the password is not saved, it is used only until Carebot closes, and you type it here again next time."
                )
            )
        return "\n\n".join(paragraphs)

    @Slot(bool)
    def _on_help_toggled(self, shown: bool) -> None:
        self.server_area.setCurrentWidget(self.help if shown else self.server_scroll)
        self.help_button.setText(
            self.tr("Hide he&lp") if shown else self.tr("He&lp: encryption, CA, password")
        )

    @Slot(bool)
    def _on_replica_toggled(self, shown: bool) -> None:
        self.replica_box.setVisible(shown)
        self.replica_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    @Slot(bool)
    def _on_details_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _show_result(self, sentence: str, details: str = "") -> None:
        """The sentence for a person; the driver's own words, if any, folded below it."""
        self.message.setText(sentence)
        self.message.setVisible(bool(sentence))
        self.details.setText(details)
        self.details_button.setVisible(bool(details))
        self.details_button.setChecked(False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The first time: all of the form if the screen has room for it, else as tall as
        the screen allows (its title bar and borders too), the form scrolling."""
        super().showEvent(event)
        if self._fitted:
            return
        self._fitted = True
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry().size() - QSize(16, 48)
        self.resize(self.sizeHint().boundedTo(room).expandedTo(self.minimumSizeHint()))

    @Slot()
    def _on_kind_toggled(self) -> None:
        self.server_box.setEnabled(self.server.isChecked())

    @Slot()
    def _on_test_clicked(self) -> None:
        url = self._url()
        self._show_result(self.tr("Connecting…"))
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
            self._show_result(
                self.tr("The connection works and is encrypted (%1).").replace("%1", str(cipher))
            )
        else:
            self._show_result(self.tr("The connection works, but it is not encrypted."))

    @Slot(object)
    def _on_test_failed(self, error: object) -> None:
        self.test_button.setEnabled(True)
        problem = classify(error) if isinstance(error, BaseException) else None
        if problem is None:
            self._show_result(error_text(error))
        else:
            self._show_result(ConnectionProblemText.sentence(problem), problem.details)

    @Slot()
    def _on_save_clicked(self) -> None:
        if self.server.isChecked():
            # A CA file that will not load would fail every connection: say so now.
            bad_ca = check_ca_file(self.tls_ca.text().strip())
            if bad_ca is not None:
                self._show_result(ConnectionProblemText.sentence(bad_ca), bad_ca.details)
                self.tls_ca.setFocus()
                return
        settings = self._context.settings
        settings.set("connection/kind", "embedded" if self.embedded.isChecked() else "mariadb")
        settings.set("connection/host", self.host.text().strip() or "127.0.0.1")
        settings.set("connection/port", self.port.value())
        settings.set("connection/schema", self.schema.text().strip() or "carebot")
        settings.set("connection/user", self.user.text().strip())
        settings.set("connection/tls", self.tls.currentData())
        settings.set("connection/tls_ca", self.tls_ca.text().strip())
        settings.set("connection/tls_verify", self.tls_verify.currentData())
        settings.set("connection/read_host", self.replica_host.text().strip())
        settings.set("connection/read_port", self.replica_port.value())
        if self.server.isChecked() and self.password.text():
            store = self._context.secrets
            try:
                if store is None:
                    raise SecretStoreError("no keyring")
                store.set(settings.database_password_key(), self.password.text())
            except SecretStoreError:
                # Said before the dialog closes (the message line would go with it).
                plain.plain_box(
                    self,
                    QMessageBox.Icon.Information,
                    self.windowTitle(),
                    self.tr(
                        "The password could not be kept: no system keyring is available. It is used for this session only."
                    ),
                ).exec()
        self.chosen_url = self._url()
        self.chosen_read_url = self._read_url()
        self.accept()
