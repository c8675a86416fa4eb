"""What the desk shows of its connection: the grey offline band over the screens, the
word next to the family chooser, the offline copy's progress in a small box floating at the
window's bottom right, and in the status bar, with a read replica, which server the history
is read from."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QWidget,
)

from carebot_desktop.services.offline import SyncProgress
from carebot_desktop.services.session_controller import SignedIn
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import plain

if TYPE_CHECKING:
    from carebot_desktop.data.replica import ReadRoute


class ConnectionBar(QObject):
    """Its widgets sit in three places of the window (``banner``, ``label``,
    :meth:`status_widgets`); it only shows what it is told, by the window and by
    :class:`~carebot_desktop.ui.window.offline_sync.OfflineSync`. The progress is read
    every 200 ms from the sync's :class:`SyncProgress`, which a worker thread updates.

    Signals: none (its one button, "Stop", cancels the progress it shows)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.label = plain.label()
        self.label.setObjectName("muted")
        # The offline copy's sync: how far it is, and a way to stop it.
        self.progress: SyncProgress | None = None
        self.sync_bar = QProgressBar()
        self.sync_bar.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Offline copy progress")
        )
        self.sync_bar.setTextVisible(True)
        self.sync_bar.setVisible(False)
        self.sync_cancel = QPushButton(QCoreApplication.translate("MainWindow", "Stop"))
        self.sync_cancel.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Stop bringing the offline copy up to date")
        )
        self.sync_cancel.clicked.connect(self._on_cancel_clicked)
        self.sync_cancel.setVisible(False)
        # Both float over the window's bottom right (``float_over``), in no layout: in the
        # status bar, the bar appearing at each sign-in (and going) resized every screen
        # under it, 50-110 ms of the GUI thread for a layout and a whole-window paint.
        self.sync_box = QFrame()
        self.sync_box.setObjectName("syncBox")
        self.sync_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.sync_box.setAutoFillBackground(True)
        box = QHBoxLayout(self.sync_box)
        box.setContentsMargins(8, 6, 8, 6)
        box.addWidget(self.sync_bar)
        box.addWidget(self.sync_cancel)
        self.sync_box.setVisible(False)
        self._window: QMainWindow | None = None
        self.progress_timer = QTimer(self)
        self.progress_timer.setInterval(200)
        self.progress_timer.timeout.connect(self.show_progress)
        self.banner = QFrame()
        self.banner.setObjectName("offlineBanner")
        self.banner_text = plain.label()
        self.banner_text.setWordWrap(True)
        QHBoxLayout(self.banner).addWidget(self.banner_text)
        self.banner.setVisible(False)
        # With a read replica: where charts, history and reports come from (hidden
        # without one). Asked every 2 s of the database's memory (no database call).
        self.route_label = plain.label()
        self.route_label.setObjectName("muted")
        self.route_label.setVisible(False)
        self._read_route: Callable[[], ReadRoute] | None = None
        self.route_timer = QTimer(self)
        self.route_timer.setInterval(2000)
        self.route_timer.timeout.connect(self.show_read_route)
        self.status_bar: QStatusBar | None = None  # (attach)

    def status_widgets(self) -> tuple[QWidget, ...]:
        """For the status bar's right-hand side, in this order."""
        return (self.route_label,)

    def attach(self, status_bar: QStatusBar) -> None:
        """Its widgets on the right of ``status_bar``, which is shown only while it has
        something to show (a message, the replica's route): empty, it took a line of the
        window's height (55 pixels at 200 % text). The offline copy's progress floats over
        the window that holds ``status_bar``."""
        self.status_bar = status_bar
        for widget in self.status_widgets():
            status_bar.addPermanentWidget(widget)
            widget.installEventFilter(self)
        status_bar.messageChanged.connect(self._on_message_changed)
        self.fit_status_bar()
        window = status_bar.parentWidget()
        if isinstance(window, QMainWindow):
            self.float_over(window)

    def float_over(self, window: QMainWindow) -> None:
        """The progress box on ``window``, kept at its bottom right (above the status bar)
        and shown while the bar or its Stop button is."""
        self._window = window
        self.sync_box.setParent(window)
        self.sync_box.setVisible(False)
        window.installEventFilter(self)
        for widget in (self.sync_bar, self.sync_cancel):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if watched is self._window:
            if kind == QEvent.Type.Resize and self.sync_box.isVisible():
                self._place_sync_box()
        elif kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            if watched in (self.sync_bar, self.sync_cancel):
                self.fit_sync_box()
            else:
                self.fit_status_bar()
        return False

    def fit_sync_box(self) -> None:
        """Shown (sized to what it holds, placed, on top) while the bar or Stop is."""
        if self._window is None:
            return
        wanted = not self.sync_bar.isHidden() or not self.sync_cancel.isHidden()
        if wanted:
            self.sync_box.adjustSize()
            self._place_sync_box()
            self.sync_box.raise_()
        if self.sync_box.isHidden() == wanted:
            self.sync_box.setVisible(wanted)

    def _place_sync_box(self) -> None:
        window = self._window
        if window is None:
            return
        margin = self.sync_box.fontMetrics().height() // 2
        central = window.centralWidget()
        bottom = central.geometry().bottom() if central is not None else window.height()
        self.sync_box.move(
            max(0, window.width() - self.sync_box.width() - margin),
            max(0, bottom - self.sync_box.height() - margin),
        )

    @Slot(str)
    def _on_message_changed(self, _text: str) -> None:
        self.fit_status_bar()

    def fit_status_bar(self) -> None:
        bar = self.status_bar
        if bar is None:
            return
        wanted = bool(bar.currentMessage()) or any(
            not widget.isHidden() for widget in self.status_widgets()
        )
        if bar.isHidden() == wanted:
            bar.setVisible(wanted)

    def watch_read_route(self, source: Callable[[], ReadRoute]) -> None:
        """Show what ``source`` (``Database.read_route`` of the database in use) says,
        now and every 2 seconds."""
        self._read_route = source
        self.show_read_route()
        self.route_timer.start()

    @Slot()
    def show_read_route(self) -> None:
        """The read replica in use, or the main server and why (lagging, unreachable)."""
        route = self._read_route() if self._read_route is not None else None
        if route is None or not route.configured:
            self.route_label.setVisible(False)
            return
        if route.server == "replica":
            text = self.tr("History from the replica")
        elif route.reason == "lagging":
            text = self.tr("History from the main server: the replica is %1 s behind").replace(
                "%1", str(round(route.lag_seconds))
            )
        elif route.reason == "unreachable":
            text = self.tr("History from the main server: the replica cannot be reached")
        else:
            text = self.tr("History from the main server")
        if self.route_label.text() != text:
            self.route_label.setText(text)
            self.route_label.setToolTip(
                self.tr(
                    "Charts, history and reports are read from the read-only replica while it is up to date; alerts, sign-in and every change always use the main server."
                )
            )
        self.route_label.setVisible(True)

    def show_state(self, session: SignedIn | None) -> None:
        """Offline (the copy, as of when) or connected, as the session is now."""
        if session is not None and session.offline:
            when = (
                fmt.local_text(session.as_of)
                if session.as_of
                else QCoreApplication.translate("MainWindow", "unknown")
            )
            text = QCoreApplication.translate(
                "MainWindow",
                "Offline, as of %1. History is shown from this computer's copy and cannot be changed; messages and acknowledgements wait in the outbox and are sent when the connection returns.",
            )
            self.banner_text.setText(text.replace("%1", when))
            self.banner.setVisible(True)
            self.label.setText(QCoreApplication.translate("MainWindow", "Offline"))
        else:
            self.banner.setVisible(False)
            self.label.setText(QCoreApplication.translate("MainWindow", "Connected"))

    def show_unreachable(self) -> None:
        """The poller lost the server; what was loaded stays on the screens."""
        self.banner_text.setText(
            QCoreApplication.translate(
                "MainWindow",
                "The database cannot be reached. Showing what was last loaded; retrying automatically…",
            )
        )
        self.banner.setVisible(True)
        self.label.setText(QCoreApplication.translate("MainWindow", "Offline"))

    def show_reconnecting(self) -> None:
        self.label.setText(QCoreApplication.translate("MainWindow", "Reconnecting…"))

    def show_connected_unless_told(self) -> None:
        """The first overview arrived: connected, unless a state was shown already."""
        if not self.label.text():
            self.label.setText(QCoreApplication.translate("MainWindow", "Connected"))

    def show_preparing(self) -> None:
        """After sign-in: the offline copy is being opened (its key derived) before its
        first sync; an empty bar that says so (a busy one shows no words) until the
        sync tells how far it is."""
        self.sync_bar.setRange(0, 1)
        self.sync_bar.setValue(0)
        self._set_bar_text(QCoreApplication.translate("MainWindow", "Preparing the offline copy…"))
        self.sync_bar.setVisible(True)

    def start_progress(self, progress: SyncProgress) -> None:
        self.progress = progress
        self.progress_timer.start()

    def stop_progress(self) -> None:
        self.progress = None
        self.progress_timer.stop()
        self.sync_bar.setVisible(False)
        self.sync_cancel.setVisible(False)

    @Slot()
    def show_progress(self) -> None:
        """Every 200 ms while a sync runs: families done of all, and a way to stop."""
        progress = self.progress
        if progress is None:
            self.stop_progress()
            return
        done, total = progress.state()
        if total <= 0:
            return  # still reading what there is: nothing to show for a moment
        self.sync_bar.setRange(0, total)
        self.sync_bar.setValue(done)
        self._set_bar_text(
            QCoreApplication.translate("MainWindow", "Offline copy: %1 of %2 families")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )
        self.sync_bar.setVisible(True)
        self.sync_cancel.setVisible(True)
        self.sync_cancel.setEnabled(not progress.cancelled)

    def _set_bar_text(self, text: str) -> None:
        """The progress bar as wide as its words at the text size now (a fixed 320 pixels
        wrapped them at 200 %, cut at the window's bottom edge)."""
        self.sync_bar.setFormat(text)
        metrics = self.sync_bar.fontMetrics()
        width = max(160, metrics.horizontalAdvance(text) + 4 * metrics.horizontalAdvance("가"))
        if (self.sync_bar.minimumWidth(), self.sync_bar.maximumWidth()) != (width, width):
            self.sync_bar.setFixedWidth(width)
            self.fit_sync_box()  # (its box as wide, and still inside the window)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self.progress is not None:
            self.progress.cancel()
            self.sync_cancel.setEnabled(False)
