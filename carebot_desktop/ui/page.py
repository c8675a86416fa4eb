"""The base of every desk screen: reload, the loading state, errors, and its operations."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, TypeVarTuple

from PySide6.QtCore import Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from carebot_desktop.services.changes import DeskChanges
from carebot_desktop.ui import plain
from carebot_desktop.ui.context import AppContext, SignedIn
from carebot_desktop.ui.errors import error_text

T = TypeVar("T")
Args = TypeVarTuple("Args")


class Page(QWidget):
    """A screen of the desk.

    ``reload()`` asks for the screen's data with :meth:`load`; only the newest load is
    shown, so a slow answer to an older request never overwrites a newer one. Writes go
    through :meth:`write`, in order. A failure ends the loading state and is shown in the
    page's ``message`` label (``show_error`` may be overridden).

    Every change on the desk reaches :meth:`on_changes` (a ``DeskChanges``); a screen that
    must reload for it calls :meth:`refresh`, which reloads now if the screen is shown and
    otherwise when it is next shown.
    """

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self.is_loading = False
        self.message = plain.label()  # where errors show; a page may put it elsewhere
        self.message.setWordWrap(True)
        self.stale = False  # a change came while hidden: reload when shown
        context.changes.connect(self._on_changes)

    @property
    def signed_in(self) -> bool:
        """Whether a session is on: a page outlives sign-out, and its timers, buttons and
        reloads must then do nothing."""
        return self._context.session is not None

    @property
    def session(self) -> SignedIn:
        """The signed-in session (only while :attr:`signed_in`)."""
        session = self._context.session
        assert session is not None, "not signed in"
        return session

    @Slot()
    def reload(self) -> None:
        """Load the screen's data again (subclasses)."""

    @Slot(object)
    def _on_changes(self, changes: DeskChanges) -> None:
        if self.signed_in:
            self.on_changes(changes)

    def on_changes(self, changes: DeskChanges) -> None:
        """What this screen does about a change (subclasses): nothing by default."""

    def refresh(self) -> None:
        """Reload now if shown, else when next shown."""
        if self.isVisible():
            self.stale = False
            self.reload()
        else:
            self.stale = True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        """A screen not shown asks for no height. The desk's stack of screens
        (QStackedLayout) takes the largest height-for-width of them all, shown or not: at
        200 % text the members' three rows scrolled over the notifications' height, their
        buttons two screens down. (The desk marks the screens not shown Ignored:
        ``desk_layout``.)"""
        if self.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Ignored:
            return -1
        return super().heightForWidth(width)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale and self.signed_in:
            self.stale = False
            self.reload()

    def load(
        self,
        work: Callable[[*Args], T],
        *args: *Args,
        done: Callable[[T], None],
        key: str = "load",
        writes: bool = False,
    ) -> None:
        """Run ``work(*args)`` off the GUI thread; ``done(result)`` gets the newest answer
        under ``key``. ``writes``: the load also changes something (marks messages read),
        so it runs in order with the other changes."""
        self.set_loading(True)

        def loaded(result: T) -> None:
            self.set_loading(False)
            done(result)

        operation = self._context.op(self, work, *args).latest(key)
        if writes:
            operation.write()
        operation.success(loaded).failure(self._on_failed).run()

    def write(self, work: Callable[[*Args], T], *args: *Args, done: Callable[[T], None]) -> None:
        """Run a change off the GUI thread, in order with the other changes."""
        self._context.op(self, work, *args).write().success(done).failure(self._on_failed).run()

    def set_loading(self, loading: bool) -> None:
        self.is_loading = loading

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.set_loading(False)
        self.show_error(error_text(error))

    def show_error(self, text: str) -> None:
        self.message.setText(text)
