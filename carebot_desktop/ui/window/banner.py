"""The critical-alert banner over the screens: the critical alert to handle (the newest
nobody has taken, else the newest open one), its state and how long it has been open, how
many more, and what a person does about it: take it ("맡을게요") or resolve it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QWidget

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import care
from carebot_desktop.services.api import Row
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import plain, theme
from carebot_desktop.ui.notifications.care_actions import CareActions
from carebot_desktop.ui.notifications.care_text import span_text, state_text, unattended_text
from carebot_desktop.ui.window.critical_alerts import CriticalAlerts

# lupdate finds literal translate calls only (never a helper's): each is written out.
translate = QCoreApplication.translate


class CriticalBanner(QFrame):
    """Red, with the critical icon and its grade and state in words (never colour alone);
    hidden while no critical alert is open. "맡을게요" takes the alert shown (after a
    confirmation if someone else holds it); "해결…" asks what was done and closes it. What
    it shows, it is told (:meth:`show_alert`, as the window knows the families' names);
    the state it reads from ``alerts``.

    Signals: ``show_clicked()`` (the person wants to see the alert)."""

    show_clicked = Signal()

    def __init__(self, alerts: CriticalAlerts) -> None:
        super().__init__()
        self._alerts = alerts
        self._context = alerts.context
        self.headline = ""  # the alert shown, for the resolve dialog
        self.care = CareActions(self._context, self)
        self.care.done.connect(self._on_saved)
        self.care.failed.connect(self._on_failed)
        self.setObjectName("critBanner")
        self.icon_label = plain.label()
        self.text_label = plain.label()
        self.text_label.setWordWrap(True)
        self.text_label.setAccessibleName(translate("MainWindow", "Critical alert"))
        self._size_icon()
        self.problem = ""  # the last failure's sentence, shown until the next action
        self.take_button = QPushButton(translate("MainWindow", "I'm &on it"))
        self.take_button.setAccessibleName(
            translate("MainWindow", "Take the critical alert: you are handling it")
        )
        self.take_button.clicked.connect(self._on_take_clicked)
        self.resolve_button = QPushButton(translate("MainWindow", "&Resolve…"))
        self.resolve_button.setAccessibleName(
            translate("MainWindow", "Resolve the critical alert with what was done")
        )
        self.resolve_button.clicked.connect(self._on_resolve_clicked)
        self.show_button = QPushButton(translate("MainWindow", "Show"))
        self.show_button.setAccessibleName(translate("MainWindow", "Show the critical alert"))
        self.show_button.clicked.connect(self._on_show_clicked)
        # The buttons beside the text, or under it when that leaves the text too little
        # room (200 % text on a laptop): never off the screen (see _arrange).
        self.button_row = QWidget()
        buttons = QHBoxLayout(self.button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.resolve_button)
        self.grid = QGridLayout(self)
        self.grid.addWidget(self.icon_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(self.text_label, 0, 1)
        self.grid.setColumnStretch(1, 1)
        self._margins = self.grid.contentsMargins()
        self.stacked: bool | None = None  # the buttons under the text
        self._lines = ("", "")  # what the alert is; its time, state and the rest
        self._arrange(self.width())
        self.setVisible(False)

    def show_alert(
        self,
        family_name: str,
        headline: str,
        created_at: datetime | None,
        more_note: str,
        muted: bool,
    ) -> None:
        """``more_note`` says how many more wait ("" for none): the window words it, as
        lupdate finds a plural only in a class's own ``tr``."""
        self.headline = f"{family_name} · {headline}"
        alert = self._alerts.newest()
        state = self._alerts.state_of(alert) if alert is not None else None
        what = f"{theme.grade_text('crit')} · {family_name} · {headline}"
        rest = f"{fmt.local_text(created_at, short=True)} · {self._state_line(state, created_at)}"
        if more_note:
            rest += "  " + more_note
        if muted:
            rest += "  " + translate("MainWindow", "(alarm sound off in Settings)")
        mine = (
            state is not None
            and state.get("state") == "taken"
            and self._context.session is not None
            and state.get("taken_by") == self._context.session.user_id
        )
        rest += "  " + self.keys_text(take=not mine)
        self._lines = (what, rest)
        self.take_button.setVisible(not mine)
        self.take_button.setEnabled(not self.care.busy)
        self.resolve_button.setEnabled(not self.care.busy)
        self._arrange(self.width())  # (one button fewer may fit beside the text)
        self.setVisible(True)

    def keys_text(self, take: bool) -> str:
        """The buttons' keys in words ("Alt+K 맡을게요 · Alt+R 해결"), read from the buttons'
        own texts so they follow the language: no other control of the window uses them
        (tests/unit/ui/test_mnemonics.py), and an English desk hides the underlines."""

        def key(button: QPushButton) -> str:
            sequence = QKeySequence.mnemonic(button.text())
            return sequence.toString(QKeySequence.SequenceFormat.NativeText)

        resolve = translate("MainWindow", "%1 resolve").replace("%1", key(self.resolve_button))
        if not take:
            return resolve
        taking = translate("MainWindow", "%1 take it").replace("%1", key(self.take_button))
        return f"{taking} · {resolve}"

    def _show_text(self) -> None:
        """What the alert is, on at most two lines, one when the buttons are under the
        text (large text on a laptop: the banner kept low, the screen under it in view)
        (the rest of a long sentence elided: the whole of it is in the detail, one click on
        "보기" away, in the tooltip and read out to screen readers), then its time and
        state with the buttons' keys, then the last failure."""
        what, rest = self._lines
        room = self._text_width()
        metrics = self.text_label.fontMetrics()
        lines = 0.95 if self.stacked else 1.8  # (a whole line would wrap a last letter)
        shown = metrics.elidedText(what, Qt.TextElideMode.ElideRight, int(room * lines))
        text = shown + "\n" + rest if rest else shown
        if self.problem:
            text += "\n" + self.problem
        self.text_label.setText(text)
        whole = f"{what} · {rest}" if rest else what
        self.text_label.setAccessibleDescription(whole)
        self.text_label.setToolTip(plain.tooltip(whole) if shown != what else "")

    def _text_width(self) -> int:
        """The text's width in the banner as it is arranged now (before it is laid out:
        from the banner's own width)."""
        margins = self.grid.contentsMargins()
        spacing = max(0, self.grid.horizontalSpacing())
        room = self.width() - margins.left() - margins.right()
        room -= self.icon_label.sizeHint().width() + spacing
        if not self.stacked:
            room -= self.button_row.sizeHint().width() + spacing
        return max(room, 10 * self.text_label.fontMetrics().horizontalAdvance("가"))

    def _arrange(self, width: int) -> None:
        """The buttons beside the text when it keeps at least 30 characters' room there,
        else on a row under it."""
        em = self.text_label.fontMetrics().horizontalAdvance("가")
        margins = self.grid.contentsMargins()
        beside = width - margins.left() - margins.right() - self.icon_label.sizeHint().width()
        beside -= self.button_row.sizeHint().width() + 2 * max(0, self.grid.horizontalSpacing())
        stacked = beside < 30 * em
        if stacked != self.stacked:
            self.stacked = stacked
            self.grid.removeWidget(self.button_row)
            if stacked:
                self.grid.addWidget(self.button_row, 1, 1, Qt.AlignmentFlag.AlignLeft)
                self.grid.setContentsMargins(9, 6, 9, 6)  # (low: the screen under it shows)
                self.grid.setVerticalSpacing(4)
            else:
                self.grid.addWidget(self.button_row, 0, 2, Qt.AlignmentFlag.AlignVCenter)
                self.grid.setContentsMargins(self._margins)
                self.grid.setVerticalSpacing(-1)  # (the style's)
        if self._lines[0]:
            self._show_text()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size: once the buttons have it
            QTimer.singleShot(0, self, self._on_font_changed)

    @Slot()
    def _on_font_changed(self) -> None:
        self._size_icon()
        self._arrange(self.width())

    def _size_icon(self) -> None:
        """The critical icon as tall as about a line and a half of text (28 at 100 %)."""
        size = max(28, self.text_label.fontMetrics().height() * 3 // 2)
        self.icon_label.setPixmap(theme.grade_icon("crit").pixmap(size, size))

    def _state_line(self, state: Row | None, created_at: datetime | None) -> str:
        """ "31분째 아무도 맡지 않음", or "대응 중 · 박지은 · 4분 · 열린 지 35분"."""
        now = utcnow()
        if state is None or state.get("state") == "new":
            line = unattended_text(state or {"state": "new", "created_at": created_at}, now)
            level = state.get("escalation") if state is not None else 0
            if isinstance(level, int) and level > 0:  # others were told: say so
                line += " · " + translate("MainWindow", "escalated to level %1").replace(
                    "%1", str(level)
                )
            return line
        line = state_text(state, now)
        opened = span_text(care.open_seconds(state, now))
        return line + " · " + translate("MainWindow", "open for %1").replace("%1", opened)

    @Slot()
    def _on_take_clicked(self) -> None:
        alert = self._alerts.newest()
        if alert is None:
            return
        self.problem = ""
        self.take_button.setEnabled(False)  # a second click would send it twice
        self.care.take(alert.index)

    @Slot()
    def _on_resolve_clicked(self) -> None:
        alert = self._alerts.newest()
        if alert is None:
            return
        self.problem = ""
        self.care.resolve(alert.index, self.headline)

    @Slot(object)
    def _on_saved(self, state: Row) -> None:
        self._alerts.set_state(state)

    @Slot(str)
    def _on_failed(self, text: str) -> None:
        self.take_button.setEnabled(True)
        self.resolve_button.setEnabled(True)
        if text:  # "" : someone else holds it, and the person is asked
            self.problem = translate("MainWindow", "Not saved: %1").replace("%1", text)
            self._show_text()

    @Slot()
    def _on_show_clicked(self) -> None:
        self.show_clicked.emit()
