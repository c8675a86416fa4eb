"""Taking and resolving an alert from a screen (the banner, the notifications' detail):
the one write operation each, the confirmation before taking an alert someone else holds,
the outcome dialog, and the change set broadcast so every screen (and, through the
signature, every other desk) shows the new state."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from carebot_desktop.data.errors import ConflictError
from carebot_desktop.data.validation import utcnow
from carebot_desktop.ui import plain
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.errors import error_text
from carebot_desktop.ui.notifications.care_text import take_over_question
from carebot_desktop.ui.notifications.resolve_dialog import ResolveDialog
from carebot_desktop.workers.screen_work import CareDone, resolve_alert, take_alert
from carebot_desktop.workers.tasks import Operation

# lupdate finds literal translate calls only (never a helper's): each is written out.
translate = QCoreApplication.translate
BUSY_SECONDS = 30.0  # a write in flight longer than this no longer holds the buttons


class CareActions(QObject):
    """``take(index)`` and ``resolve(index, headline)`` for the widget ``owner``: the
    dialogs open modeless on it (``take_over_box``, ``resolve_dialog``, so a test can
    answer them), one write at a time (``busy``).

    Signals: ``done(object)`` the alert's new state dict; ``failed(str)`` a sentence for
    the person (nothing was written; "" when someone else holds the alert and the person
    is asked whether to take it over)."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, context: AppContext, owner: QWidget) -> None:
        super().__init__(owner)
        self._context = context
        self._owner = owner
        self._since: float | None = None  # when the write in flight started
        self.take_over_box: QMessageBox | None = None
        self.resolve_dialog: ResolveDialog | None = None
        self._index = 0

    @property
    def busy(self) -> bool:
        """A write is in flight. (Its answer is dropped if the session ends meanwhile, so
        after BUSY_SECONDS the buttons work again rather than stay off for good.)"""
        return self._since is not None and time.monotonic() - self._since < BUSY_SECONDS

    def take(self, index: int, take_over: bool = False) -> None:
        if self.busy or self._context.session is None:
            return
        self._index = index
        self._run(self._context.op(self, take_alert, self._context.api, index, take_over))

    def resolve(self, index: int, headline: str) -> None:
        """Ask what was done (nothing is written without an outcome), then close it."""
        if self.busy or self._context.session is None:
            return
        self._index = index
        if self.resolve_dialog is not None:
            self.resolve_dialog.deleteLater()
        self.resolve_dialog = ResolveDialog(headline, self._owner)
        self.resolve_dialog.accepted.connect(self._on_resolve_chosen)
        self.resolve_dialog.open()

    @Slot()
    def _on_resolve_chosen(self) -> None:
        dialog = self.resolve_dialog
        if dialog is None or dialog.outcome() is None:
            return
        outcome, note = str(dialog.outcome()), dialog.note()
        self._run(
            self._context.op(self, resolve_alert, self._context.api, self._index, outcome, note)
        )

    def _run(self, operation: Operation[CareDone]) -> None:
        self._since = time.monotonic()
        operation.write().success(self._on_saved).failure(self._on_failed).run()

    @Slot(object)
    def _on_saved(self, done: CareDone) -> None:
        self._since = None
        self._context.broadcast(done.changes)
        self.done.emit(done.state)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._since = None
        details = error.details if isinstance(error, ConflictError) else {}
        if details.get("taken_by_name") is not None or details.get("taken_by") is not None:
            self.failed.emit("")  # not a failure to show: the person is asked instead
            self._ask_take_over(details)
            return
        self.failed.emit(error_text(error))

    def _ask_take_over(self, details: dict[str, object]) -> None:
        """ "박지은 님이 4분 전부터 맡고 있습니다. 넘겨받을까요?": yes takes it over."""
        if self.take_over_box is not None:
            self.take_over_box.deleteLater()
        box = plain.plain_box(
            self._owner,
            QMessageBox.Icon.Question,
            translate("CareActions", "Someone is handling this alert"),
            take_over_question(details, utcnow()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(
            translate("CareActions", "Take it &over")
        )
        box.buttonClicked.connect(self._on_take_over_answered)
        self.take_over_box = box
        box.open()

    @Slot(object)
    def _on_take_over_answered(self, button: object) -> None:
        box = self.take_over_box
        if box is not None and button is box.button(QMessageBox.StandardButton.Yes):
            self.take(self._index, take_over=True)
