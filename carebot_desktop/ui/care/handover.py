"""The shift handover: what the outgoing shift leaves for the next one. The dialog shows
the latest handover (the next person confirms reading it, recorded), this shift's own
summary since sign-in (alerts closed by outcome, alerts still open, notes written), and
a box for the handover note. Handovers are others' words: plain text."""

from __future__ import annotations

import functools
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.services.changes import DeskChanges
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import plain
from carebot_desktop.ui.care import care_work
from carebot_desktop.ui.care.care_work import TEXT_MAX, HandoverView, ShiftSummary
from carebot_desktop.ui.care.words import outcome_text
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.errors import error_text


def summary_lines(summary: ShiftSummary) -> list[str]:
    """The shift's summary as sentences (the dialog's and the tests' words)."""
    translate = QCoreApplication.translate
    lines = [
        translate("HandoverDialog", "Alerts closed this shift: %1").replace(
            "%1", str(summary.resolved)
        )
    ]
    for outcome, count in sorted(summary.outcomes.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"  · {outcome_text(outcome)}: {count}")
    lines.append(
        translate("HandoverDialog", "Alerts still open: %1 (critical: %2)")
        .replace("%1", str(summary.open_alerts))
        .replace("%2", str(summary.open_critical))
    )
    lines.append(
        translate("HandoverDialog", "Care-log notes written: %1").replace("%1", str(summary.notes))
    )
    return lines


class HandoverDialog(QDialog):
    """Signals: ``handed_over()`` (a handover note was written), ``confirmed(int)`` (the
    latest handover's reading was recorded: its id)."""

    handed_over = Signal()
    confirmed = Signal(int)

    def __init__(
        self,
        context: AppContext,
        since: datetime,
        parent: QWidget | None = None,
        incoming: bool = False,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.since = since
        self.view: HandoverView | None = None
        self.written = False
        self.setWindowTitle(self.tr("Shift handover"))
        self.setMinimumWidth(640)  # the summary and a note read without a wrap every few words
        # The latest handover, for the person coming in.
        self.latest_box = QGroupBox(self.tr("The latest handover"))
        self.latest_meta = plain.label()
        self.latest_meta.setObjectName("muted")
        self.latest_text = plain.label()
        self.latest_text.setWordWrap(True)
        self.latest_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.latest_text.font()  # read at the start of a shift, maybe at 3 a.m.
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.latest_text.setFont(font)
        self.confirm_button = QPushButton(self.tr("I have &read it"))
        self.confirm_button.setAccessibleName(self.tr("Confirm reading the latest handover"))
        self.confirm_button.clicked.connect(self.confirm)
        self.confirm_state = plain.label()
        latest = QVBoxLayout(self.latest_box)
        latest.addWidget(self.latest_meta)
        latest.addWidget(self.latest_text)
        row = QHBoxLayout()
        row.addWidget(self.confirm_state, 1)
        row.addWidget(self.confirm_button)
        latest.addLayout(row)
        # This shift, for the person going out.
        self.summary_box = QGroupBox(self.tr("This shift"))
        self.summary = plain.label(self.tr("Loading…"))
        self.summary.setWordWrap(True)
        QVBoxLayout(self.summary_box).addWidget(self.summary)
        self.note_box = QGroupBox(self.tr("Handover note for the next shift"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Handover note"))
        self.note.setPlaceholderText(
            self.tr("What the next shift must know: who to watch, what was promised, what is open")
        )
        self.note.setTabChangesFocus(True)
        self.hand_over_button = QPushButton(self.tr("&Hand over"))
        self.hand_over_button.setAccessibleName(self.tr("Write the handover note"))
        self.hand_over_button.clicked.connect(self.hand_over)
        notes = QVBoxLayout(self.note_box)
        notes.addWidget(self.note)
        notes.addWidget(self.hand_over_button, 0, Qt.AlignmentFlag.AlignRight)
        self.message = plain.label()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.latest_box)
        layout.addWidget(self.summary_box)
        layout.addWidget(self.note_box, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # Coming in, the latest handover is what matters; going out, one's own note.
        self.summary_box.setVisible(not incoming)
        self.note_box.setVisible(not incoming)
        self.latest_box.setVisible(False)

    # --- loading ------------------------------------------------------------------------

    def load(self) -> None:
        session = self._context.session
        if session is None:
            return
        (
            self._context.op(
                self, care_work.load_handover, self._context.api, session.user_id, self.since
            )
            .latest("handover")
            .success(self._on_loaded)
            .failure(self._on_failed)
            .run()
        )

    def _on_loaded(self, view: HandoverView) -> None:
        self.view = view
        since = fmt.local_text(view.summary.since, short=True)
        self.summary_box.setTitle(self.tr("This shift (since %1)").replace("%1", since))
        self.summary.setText("\n".join(summary_lines(view.summary)))
        latest = view.latest
        self.latest_box.setVisible(latest is not None)
        if latest is None:
            return
        who = latest.get("by_name") or self.tr("(unknown)")  # (lupdate skips f-strings)
        self.latest_meta.setText(f"{who} · {fmt.local_text(latest['at'])}")
        self.latest_text.setText(str(latest.get("text") or ""))
        own = latest.get("by") == (self._context.session.user_id if self._context.session else "")
        self._show_confirmed(view.confirmed, own)

    def _show_confirmed(self, confirmed: bool, own: bool = False) -> None:
        self.confirm_button.setVisible(not confirmed)
        if own:
            self.confirm_state.setText(self.tr("Your own handover."))
        elif confirmed:
            self.confirm_state.setText(self.tr("You confirmed reading it."))
        else:
            self.confirm_state.setText(self.tr("Please read it and confirm."))

    def _on_failed(self, error: object) -> None:
        self.message.setText(error_text(error))

    # --- writing ------------------------------------------------------------------------

    @Slot()
    def confirm(self) -> None:
        view = self.view
        if view is None or view.latest is None or self._context.session is None:
            return
        handover_id = int(view.latest["id"])
        self.confirm_button.setEnabled(False)
        (
            self._context.op(self, care_work.confirm_handover, self._context.api, handover_id)
            .write()
            .success(functools.partial(self._on_confirmed, handover_id))
            .failure(self._on_confirm_failed)
            .run()
        )

    def _on_confirmed(self, handover_id: int, _first: bool) -> None:
        self.confirm_button.setEnabled(True)
        self._show_confirmed(True)
        self.confirmed.emit(handover_id)

    def _on_confirm_failed(self, error: object) -> None:
        self.confirm_button.setEnabled(True)
        self.message.setText(error_text(error))

    @Slot()
    def hand_over(self) -> bool:
        """Write the handover note; a clear sentence and nothing written when it is empty
        or too long. True when it was sent."""
        if self._context.session is None:
            return False
        text = self.note.toPlainText()
        problem = care_work.check_note_text(text)
        if problem == "empty":
            self.message.setText(self.tr("Write the handover note first: it is empty."))
            return False
        if problem == "long":
            self.message.setText(
                self.tr("A handover note is at most %1 characters; this one has %2. Shorten it.")
                .replace("%1", f"{TEXT_MAX:,}")
                .replace("%2", f"{len(text.strip()):,}")
            )
            return False
        self.hand_over_button.setEnabled(False)
        self.message.setText(self.tr("Handing over…"))
        (
            self._context.op(self, care_work.hand_over, self._context.api, text.strip())
            .write()
            .success(self._on_handed_over)
            .failure(self._on_hand_over_failed)
            .run()
        )
        return True

    def _on_handed_over(self, changes: DeskChanges) -> None:
        self.hand_over_button.setEnabled(True)
        self.written = True
        self.note.clear()
        self.message.setText(self.tr("Handed over: the next shift sees it when they sign in."))
        self._context.broadcast(changes)
        self.handed_over.emit()
        self.load()

    def _on_hand_over_failed(self, error: object) -> None:
        self.hand_over_button.setEnabled(True)
        self.message.setText(error_text(error))
