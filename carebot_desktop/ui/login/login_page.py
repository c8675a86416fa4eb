"""Sign-in: e-mail, password, "remember me", account creation, connection settings."""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.ui import plain
from carebot_desktop.ui.context import AppContext, SignedIn
from carebot_desktop.ui.errors import error_text

log = logging.getLogger(__name__)


class LoginPage(QWidget):
    """Signals: ``signed_in(object)`` with a SignedIn, ``register_requested()``,
    ``connection_requested()``."""

    signed_in = Signal(object)
    register_requested = Signal()
    connection_requested = Signal()

    def __init__(self, context: AppContext, demo_hint: str = "") -> None:
        super().__init__()
        self._context = context
        self._connecting = False  # the database is being prepared (start-up)
        self._queued: tuple[str, str, bool] | None = None  # a sign-in waiting for it
        self.card = card = QFrame()
        card.setObjectName("card")

        title = plain.label(self.tr("Carebot Desktop"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        subtitle = plain.label(self.tr("Sign in to look after your family"))
        subtitle.setObjectName("muted")
        subtitle.setWordWrap(True)

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
            self.remember.setToolTip(
                plain.tooltip(self.tr("Unavailable: %1").replace("%1", reason))
            )
        self.remember_note = plain.label(
            ""
            if available
            else self.tr(
                "Remember me is unavailable: no system keyring was found, and the session is never written to a file."
            )
        )
        self.remember_note.setObjectName("muted")
        self.remember_note.setWordWrap(True)
        self.remember_note.setVisible(not available)

        form = QFormLayout()
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Password"), self.password)

        self.error = plain.label()
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

        self.hint = plain.label(demo_hint)
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
        self._fit_card()

    def _fit_card(self) -> None:
        """The card about 32 characters wide at the text size now (460 pixels at 100 %),
        and never narrower than its buttons: at 200 % they and its sentences stay whole
        instead of being cut."""
        em = self.fontMetrics().horizontalAdvance("가")
        buttons = (self.register_button, self.connection_button, self.sign_in_button)
        row = sum(b.sizeHint().width() + 12 for b in buttons) + 64  # (the card's margins)
        self.card.setMaximumWidth(max(460, 32 * em, row))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed
            self._fit_card()

    def set_demo_hint(self, text: str) -> None:
        """The demo accounts' hint ("" hides it: the database is not the demo's)."""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

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
        self._say(text, "muted" if busy else "errorText")

    def set_connecting(self, text: str) -> None:
        """At start-up, while the database is prepared: the e-mail and password can be
        typed, and a sign-in asked for waits until it is ready (:meth:`set_ready`)."""
        self._connecting = True
        self._queued = None
        self.set_busy(False)
        self.register_button.setEnabled(False)
        self.connection_button.setEnabled(False)
        self._say(text, "muted")

    def set_ready(self, error: str = "", sign_in: bool = True) -> None:
        """The database is ready (``error``: it could not be prepared): a sign-in asked
        for meanwhile goes ahead now, unless ``sign_in`` is False (a remembered session
        was signed in) or there was an error (said instead)."""
        queued, self._queued = self._queued, None
        self._connecting = False
        self.set_busy(False, error)
        if queued is not None and sign_in and not error:
            self.sign_in_with(*queued)

    def _say(self, text: str, name: str) -> None:
        self.error.setObjectName(name)
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
        if self._connecting:  # the database is not ready yet: signs in once it is
            self._queued = (email, password, self.remember.isChecked())
            self.set_busy(True, self.tr("Signing in once connected…"))
            return
        self.set_busy(True, self.tr("Signing in…"))
        controller = self._context.sessions
        # The offline copy opens after the first screen (OfflineSync.first_screen_shown).
        sign_in = functools.partial(controller.sign_in, copy_later=True)
        (
            self._context.op(self, sign_in, email, password, self.remember.isChecked())
            .success(self._on_signed_in)
            .failure(self._on_failed)
            .outlives_session()
            .write()
            .run()
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
