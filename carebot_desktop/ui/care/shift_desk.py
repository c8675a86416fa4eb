"""The shift around a care-centre desk, for the main window: when the shift began (this
sign-in), the handover button, the latest handover shown to the person coming in (once a
sign-in, until they confirm reading it), and the warning that signing out or quitting
stops this desk watching, with how many alerts are still open.

A "watching" desk is a care-centre one (a system account, or a member of more than one
family: ``MainWindow.desk_kind``), the same desks that close to the tray by default.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QMessageBox, QPushButton, QWidget

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.api import Row
from carebot_desktop.services.changes import DeskChanges
from carebot_desktop.ui import plain
from carebot_desktop.ui.care import care_work
from carebot_desktop.ui.care.handover import HandoverDialog
from carebot_desktop.ui.context import AppContext

# The answers to the stop-watching question.
HAND_OVER, STOP, STAY = "hand_over", "stop", "stay"


def ask_stop(parent: QWidget, title: str, text: str, stop_label: str) -> str:
    """Hand over first, stop anyway, or stay (tests replace it: it waits for a click)."""
    box = plain.plain_box(parent, QMessageBox.Icon.Warning, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.NoButton)
    first = box.addButton(
        QCoreApplication.translate("ShiftDesk", "Write a &handover first…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    stop = box.addButton(stop_label, QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(first)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    return HAND_OVER if clicked is first else STOP if clicked is stop else STAY


class ShiftDesk(QObject):
    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self.since: datetime | None = None  # this sign-in, naive UTC
        self.watches = False
        self.open_count: int | None = None  # the last count of open alerts (None: unknown)
        self.incoming_checked = False
        self.dialog: HandoverDialog | None = None
        self.button = QPushButton(self.tr("Sh&ift handover…"))
        self.button.setAccessibleName(self.tr("Shift handover: this shift's summary and a note"))
        self.button.clicked.connect(self.open_handover)
        action = QAction(window)
        action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_H))
        action.triggered.connect(self.open_handover)
        window.addAction(action)
        context.changes.connect(self._on_changes)

    def add_button(self, sidebar: QWidget, before: QWidget) -> None:
        """The handover button in the sidebar, above ``before`` (its account button)."""
        layout = sidebar.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(max(0, layout.indexOf(before)), self.button)

    # --- the session --------------------------------------------------------------------

    def start(self) -> None:
        self.since = utcnow()
        self.watches = False
        self.open_count = None
        self.incoming_checked = False
        self.refresh_count()

    def end(self) -> None:
        self.since = None
        self.watches = False
        self.open_count = None
        if self.dialog is not None:
            self.dialog.close()

    def families_known(self, watches: bool) -> None:
        """The desk's kind is known (its families loaded): a care-centre desk shows the
        latest handover to the person coming in, once a sign-in."""
        self.watches = watches
        if watches and not self.incoming_checked and self._context.session is not None:
            self.incoming_checked = True
            session = self._context.session
            (
                self._context.op(
                    self, care_work.handover_to_confirm, self._context.api, session.user_id
                )
                .success(self._on_incoming)
                .run()
            )

    def _on_incoming(self, latest: Row | None) -> None:
        if latest is not None and self._context.session is not None:
            self.open_handover(incoming=True)

    @Slot(object)
    def _on_changes(self, changes: DeskChanges) -> None:
        if self._context.session is None:
            return
        if changes.alerts or changes.states or changes.acknowledged or changes.care:
            self.refresh_count()

    def refresh_count(self) -> None:
        """Count the open alerts off the GUI thread, so the sign-out warning can say it at
        once."""
        if self._context.session is None:
            return
        (
            self._context.op(self, care_work.open_alert_count, self._context.api)
            .latest("open-count")
            .success(self._on_count)
            .run()
        )

    def _on_count(self, count: int) -> None:
        self.open_count = count

    # --- the dialog ---------------------------------------------------------------------

    @Slot()
    def open_handover(self, incoming: bool = False) -> HandoverDialog | None:
        if self._context.session is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = HandoverDialog(
            self._context, self.since or utcnow(), self._window, incoming=incoming
        )
        self.dialog.handed_over.connect(self.refresh_count)
        self.dialog.show()
        self.dialog.load()
        return self.dialog

    # --- stopping -----------------------------------------------------------------------

    def stop_text(self, quitting: bool) -> str:
        """What stopping means here: this desk no longer watches, and what is open."""
        first = (
            self.tr(
                "Quitting stops this desk watching: no alarm, no banner, no escalation from here."
            )
            if quitting
            else self.tr(
                "Signing out stops this desk watching: no alarm, no banner, no escalation from here."
            )
        )
        if self.open_count is None:
            return first + "\n" + self.tr("The open alerts could not be counted.")
        return first + "\n" + self.tr("%n alert(s) are still open.", None, self.open_count)

    def confirm_stop(self, quitting: bool = False) -> bool:
        """Before signing out or quitting a watching desk: the person confirms, or writes
        a handover first (then stops once it is written). True: go ahead."""
        if not self.watches or self._context.session is None:
            return True
        title = self.tr("Stop watching?")
        verb = self.tr("&Quit anyway") if quitting else self.tr("&Sign out anyway")
        answer = ask_stop(self._window, title, self.stop_text(quitting), verb)
        if answer == STOP:
            return True
        if answer == HAND_OVER:
            dialog = self.open_handover()
            if dialog is not None:
                dialog.handed_over.connect(dialog.accept)
                return dialog.exec() == HandoverDialog.DialogCode.Accepted and dialog.written
        return False
