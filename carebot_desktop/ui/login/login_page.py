"""Sign-in: e-mail, password, "remember me", account creation, connection settings."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.data.errors import (
    AuthenticationError,
    CarebotError,
    DatabaseUnavailableError,
    OfflineError,
    ValidationError,
)
from carebot_desktop.services import LockedOutError
from carebot_desktop.services.access import UserApi
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui.context import AppContext, SignedIn

log = logging.getLogger(__name__)


def _online_session(
    context: AppContext, session: dict, password: str | None, email: str, remember: bool
) -> SignedIn:
    from carebot_desktop.services.offline import open_user_cache, remember_verifier

    service = context.service
    api = service.as_user(session["session_id"])
    account = api.accounts.get_one_account(session["user_id"])
    cache = None
    try:
        cache = open_user_cache(context.server_id, account["email"], context.keys, password)
        if password is not None:
            remember_verifier(
                cache, session["user_id"], account["email"], password, cost=service.bcrypt_cost
            )
        if remember and context.secrets is not None and context.secrets.available():
            context.secrets.set(f"remembered-cache:{context.server_id}", account["email"])
    except Exception as error:  # no offline copy is a loss of comfort, not of service
        log.warning("the offline cache is unavailable: %s", type(error).__name__)
    token = session["session_id"]

    def reconnect() -> UserApi:
        return service.as_user(token)

    return SignedIn(
        token,
        session["user_id"],
        session["role"],
        account["user_name"] or "",
        api,
        api,
        cache,
        False,
        reconnect,
        cache.last_sync() if cache is not None else None,
    )


def _offline_session(cache: Any, token: str, owner: str, reconnect: Any) -> SignedIn:
    """A session over the offline copy (runs in a worker)."""
    from carebot_desktop.services.offline import OfflineApi

    api = OfflineApi(cache, token, owner)
    account = api.accounts.get_one_account(owner)
    return SignedIn(
        token,
        owner,
        account["role"],
        account["user_name"] or "",
        api,
        None,
        cache,
        True,
        reconnect,
        cache.last_sync(),
    )


def sign_in(context: AppContext, email: str, password: str, remember: bool) -> SignedIn:
    """Runs in a worker: sign in (offline against the cache when the server is away)."""
    from carebot_desktop.services.offline import offline_sign_in

    service = context.service
    try:
        session = service.login(email, password, remember=remember)
    except DatabaseUnavailableError:
        try:
            cache, token, owner = offline_sign_in(context.server_id, email, password, context.keys)
        except AuthenticationError:
            raise DatabaseUnavailableError("the database cannot be reached") from None

        def reconnect() -> UserApi:
            online = service.login(email, password)
            return service.as_user(online["session_id"])

        return _offline_session(cache, token, owner, reconnect)
    return _online_session(context, session, password, email, remember)


def resume_remembered(context: AppContext) -> SignedIn | None:
    """Runs in a worker at start-up: auto-login with the session kept in the keyring,
    from the cache if the server is away."""
    from carebot_desktop.services.offline import open_user_cache

    service = context.service
    try:
        session = service.resume_remembered()
    except DatabaseUnavailableError:
        token = service.remembered_session()
        email = (
            context.secrets.get(f"remembered-cache:{context.server_id}")
            if context.secrets
            else None
        )
        if token is None or email is None:
            raise
        cache = open_user_cache(context.server_id, email, context.keys, None, create=False)
        owner = cache.store.get_meta("owner_id")

        def reconnect() -> UserApi:
            return service.as_user(token)

        return _offline_session(cache, token, owner, reconnect)
    if session is None:
        return None
    return _online_session(context, session, None, "", False)


def error_text(error: object) -> str:
    """A message for a person, in the interface language."""
    if isinstance(error, LockedOutError):
        return QCoreApplication.translate(
            "LoginPage", "Too many failed attempts. Try again after %1."
        ).replace("%1", fmt.local_text(error.until, with_date=False))
    if isinstance(error, OfflineError):
        return QCoreApplication.translate(
            "LoginPage",
            "Offline: this change needs the connection to the database. Try again when it is back.",
        )  # noqa: E501
    if isinstance(error, DatabaseUnavailableError):
        return QCoreApplication.translate(
            "LoginPage",
            "The database cannot be reached. Check the network or the connection settings, then try again.",
        )  # noqa: E501
    if isinstance(error, AuthenticationError):
        return QCoreApplication.translate("LoginPage", "The e-mail or password is incorrect.")
    if isinstance(error, ValidationError):
        return QCoreApplication.translate("LoginPage", "Please check this field: %1").replace(
            "%1", error.message
        )
    if isinstance(error, CarebotError):
        return error.message
    return QCoreApplication.translate("LoginPage", "Unexpected error: %1").replace(
        "%1", type(error).__name__
    )


class LoginPage(QWidget):
    """Signals: ``signed_in(object)`` with a SignedIn, ``register_requested()``,
    ``connection_requested()``."""

    signed_in = Signal(object)
    register_requested = Signal()
    connection_requested = Signal()

    def __init__(self, context: AppContext, demo_hint: str = "") -> None:
        super().__init__()
        self._context = context
        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(460)

        title = QLabel(self.tr("Carebot Desktop"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Sign in to look after your family"))
        subtitle.setObjectName("muted")

        self.email = QLineEdit()
        self.email.setPlaceholderText("name@example.kr")
        self.email.setAccessibleName(self.tr("E-mail"))
        self.email.setText(context.settings.get("signin/last_email"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.returnPressed.connect(self._on_sign_in_clicked)
        self.remember = QCheckBox(self.tr("&Remember me on this computer"))
        self.remember.setAccessibleName(self.tr("Remember me"))
        available, reason = context.service.remember_available()
        if not available:
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("Unavailable: %1").replace("%1", reason))
        self.remember_note = QLabel(
            ""
            if available
            else self.tr(
                "Remember me is unavailable: no system keyring was found, and the session is never written to a file."
            )
        )  # noqa: E501
        self.remember_note.setObjectName("muted")
        self.remember_note.setWordWrap(True)
        self.remember_note.setVisible(not available)

        form = QFormLayout()
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Password"), self.password)

        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Sign-in message"))

        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.sign_in_button.setObjectName("primary")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.sign_in_button.clicked.connect(self._on_sign_in_clicked)
        self.register_button = QPushButton(self.tr("Create an &account…"))
        self.register_button.setAccessibleName(self.tr("Create an account"))
        self.register_button.clicked.connect(self.register_requested)
        self.connection_button = QPushButton(self.tr("C&onnection…"))
        self.connection_button.setAccessibleName(self.tr("Database connection settings"))
        self.connection_button.clicked.connect(self.connection_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.connection_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)

        self.hint = QLabel(demo_hint)
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(demo_hint))

        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(subtitle)
        inner.addSpacing(8)
        inner.addLayout(form)
        inner.addWidget(self.remember)
        inner.addWidget(self.remember_note)
        inner.addWidget(self.error)
        inner.addLayout(buttons)
        inner.addWidget(self.hint)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setTabOrder(self.email, self.password)
        self.setTabOrder(self.password, self.remember)
        self.setTabOrder(self.remember, self.sign_in_button)

    def focus_first(self) -> None:
        (self.password if self.email.text() else self.email).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def set_busy(self, busy: bool, text: str = "") -> None:
        for widget in (
            self.sign_in_button,
            self.register_button,
            self.connection_button,
            self.email,
            self.password,
        ):
            widget.setEnabled(not busy)
        self.error.setObjectName("muted" if busy else "errorText")
        self.error.style().unpolish(self.error)
        self.error.style().polish(self.error)
        self.error.setText(text)

    def sign_in_with(self, email: str, password: str, remember: bool = False) -> None:
        self.email.setText(email)
        self.password.setText(password)
        self.remember.setChecked(remember and self.remember.isEnabled())
        self._on_sign_in_clicked()

    @Slot()
    def _on_sign_in_clicked(self) -> None:
        email, password = self.email.text().strip(), self.password.text()
        if not email or not password:
            self.error.setText(self.tr("Enter your e-mail and password."))
            return
        self.set_busy(True, self.tr("Signing in…"))
        context, remember = self._context, self.remember.isChecked()
        self._context.run(
            lambda: sign_in(context, email, password, remember),
            succeeded=self._on_signed_in,
            failed=self._on_failed,
            write=True,
        )

    @Slot(object)
    def _on_signed_in(self, session: SignedIn) -> None:
        self.set_busy(False)
        self.password.clear()
        self._context.settings.set("signin/last_email", self.email.text().strip())
        self.signed_in.emit(session)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.set_busy(False, error_text(error))
        self.password.selectAll()
        self.password.setFocus()
