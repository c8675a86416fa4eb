"""The sidebar: who is signed in, the six screens with their unread counts, and the
buttons for one's account, the settings, help and signing out."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.ui import plain

# A row's height saved in a short window (the style sheet's 10-pixel padding above and
# below a screen's name made 2).
COMPACT_SAVES = 16
# The screens in the sidebar's order; Ctrl+1 ... Ctrl+6 follow it.
PAGES = ("overview", "family", "members", "status", "messages", "notifications")


class Sidebar(QFrame):
    """The list's row is the screen's index in ``PAGES``. Its width fits the longest
    label with a badge at any text size; :meth:`in_scroll_area` wraps it for windows
    too short for it.

    Signals: ``page_chosen(int)`` (a row of ``PAGES``), ``account_requested()``,
    ``settings_requested()``, ``help_requested()``, ``sign_out_requested()``."""

    page_chosen = Signal(int)
    account_requested = Signal()
    settings_requested = Signal()
    help_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("deskSidebar")  # (not "sidebar": Qt's file dialog has one)
        self.nav = QListWidget()
        self.nav.setAccessibleName(QCoreApplication.translate("MainWindow", "Screens"))
        self.labels = {
            "overview": QCoreApplication.translate("MainWindow", "Overview"),
            "family": QCoreApplication.translate("MainWindow", "Family"),
            "members": QCoreApplication.translate("MainWindow", "Members"),
            "status": QCoreApplication.translate("MainWindow", "Status"),
            "messages": QCoreApplication.translate("MainWindow", "Messages"),
            "notifications": QCoreApplication.translate("MainWindow", "Notifications"),
        }
        for key in PAGES:
            QListWidgetItem(self.labels[key], self.nav)
        self.nav.currentRowChanged.connect(self.page_chosen)
        self.user_label = plain.label()
        self.user_label.setWordWrap(True)
        self.user_label.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Signed-in user")
        )
        self.settings_button = QPushButton(QCoreApplication.translate("MainWindow", "Se&ttings…"))
        self.settings_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Settings"))
        self.settings_button.clicked.connect(self.settings_requested)
        self.account_button = QPushButton(QCoreApplication.translate("MainWindow", "M&y account…"))
        self.account_button.setAccessibleName(
            QCoreApplication.translate("MainWindow", "My account: profile, password, sessions")
        )
        self.account_button.clicked.connect(self.account_requested)
        self.help_button = QPushButton(QCoreApplication.translate("MainWindow", "&Help"))
        self.help_button.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Help and about (F1)")
        )
        self.help_button.clicked.connect(self.help_requested)
        self.sign_out_button = QPushButton(QCoreApplication.translate("MainWindow", "Si&gn out"))
        self.sign_out_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Sign out"))
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.brand = brand = plain.label(QCoreApplication.translate("MainWindow", "Carebot"))
        font = brand.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        brand.setFont(font)
        # The screens' list never scrolls by itself (a screen hidden under its last row):
        # it is as tall as its rows, and the sidebar scrolls when the window is shorter.
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.compact = False  # rows with less padding, for short windows (fit_height)
        self.scroll_area: QScrollArea | None = None  # see in_scroll_area
        self.fit_width()
        side = QVBoxLayout(self)
        side.addWidget(brand)
        side.addWidget(self.user_label)
        side.addSpacing(8)
        side.addWidget(self.nav)
        side.addStretch(1)
        side.addWidget(self.account_button)
        side.addWidget(self.settings_button)
        side.addWidget(self.help_button)
        side.addWidget(self.sign_out_button)

    def needed_width(self) -> int:
        """Wide enough for the longest label with a badge, and the longest button, at the
        text size now."""
        labels = max(self.labels.values(), key=self.nav.fontMetrics().horizontalAdvance)
        buttons = (self.account_button, self.settings_button, self.help_button)
        return max(
            210,
            self.nav.fontMetrics().horizontalAdvance(labels + "  (999)") + 70,
            *(b.sizeHint().width() + 24 for b in (*buttons, self.sign_out_button)),
        )

    def fit_width(self) -> None:
        """Its width (and its scroll area's, with room for the scroll bar when the window
        is too short for it: never cut on the right), again when the text size changes."""
        width = self.needed_width()
        self.setMinimumWidth(width)
        if self.scroll_area is not None:
            bar = self.scroll_area.verticalScrollBar()
            extra = bar.sizeHint().width() if bar.maximum() > 0 else 0
            self.scroll_area.setFixedWidth(width + extra)

    def fit_height(self) -> None:
        """The list as tall as its rows. In a window too short for the whole sidebar (200 %
        text on a 768-pixel screen) the rows lose some padding, then the name "케어봇"
        (the window's title says it) goes, before the sidebar scrolls. Worked out from the
        heights now (no style is changed to measure: this runs on every resize)."""
        layout = self.layout()
        if layout is None or self.nav.count() == 0:
            return
        available = (
            self.scroll_area.viewport().height() if self.scroll_area is not None else 1 << 20
        )
        count = self.nav.count()
        row = self.nav.sizeHintForRow(0) + (COMPACT_SAVES if self.compact else 0)
        frame = 2 * self.nav.frameWidth() + 2
        brand = self.brand.sizeHint().height() + max(0, layout.spacing())
        others = layout.minimumSize().height() - self.nav.height()
        others -= brand if self.brand.isVisible() else 0
        for compact, with_brand in ((False, True), (True, True), (True, False)):
            rows = count * (row - (COMPACT_SAVES if compact else 0)) + frame
            if others + rows + (brand if with_brand else 0) <= available or not with_brand:
                break
        self._set_compact(compact)
        self.brand.setVisible(with_brand)
        # (the rows as the style draws them now)
        heights = sum(self.nav.sizeHintForRow(i) for i in range(count))
        self.nav.setFixedHeight(heights + frame)

    def _set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self.nav.setStyleSheet(
                "QListWidget::item { padding-top: 2px; padding-bottom: 2px; }" if compact else ""
            )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # (once the buttons took theirs too)
            QTimer.singleShot(0, self, self._on_font_changed)

    @Slot()
    def _on_font_changed(self) -> None:
        self.fit_width()
        self.fit_height()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.fit_height()  # (the rows' height is known once the style sheet applies)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched is self.scroll_area:
            self.fit_height()
        return False

    def in_scroll_area(self) -> QScrollArea:
        """At 200 % text the window still fits a 1366 x 768 laptop: what does not fit
        scrolls instead of being cut."""
        scroll = QScrollArea()
        scroll.setObjectName("sidebarScroll")
        scroll.setWidget(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.verticalScrollBar().rangeChanged.connect(self.fit_width)
        scroll.installEventFilter(self)
        self.scroll_area = scroll
        self.fit_width()
        return scroll

    def go_to(self, key: str) -> None:
        self.nav.setCurrentRow(PAGES.index(key))

    def current_row(self) -> int:
        return self.nav.currentRow()

    def set_current_row(self, row: int) -> None:
        self.nav.setCurrentRow(row)

    def set_user(self, user_name: str, desk_kind: str) -> None:
        """The name, and in words who sits at this desk (see ``MainWindow.desk_kind``)."""
        kinds = {
            "centre": QCoreApplication.translate("MainWindow", "care centre"),
            "caregiver": QCoreApplication.translate("MainWindow", "caregiver"),
            "elder": QCoreApplication.translate("MainWindow", "elder"),
            "family": QCoreApplication.translate("MainWindow", "family member"),
        }
        self.user_label.setText(f"{user_name}\n{kinds.get(desk_kind, '')}")

    def add_shortcuts(self, window: QWidget) -> None:
        """Ctrl+1 ... Ctrl+6: the screens in the list's order, from anywhere in the window."""
        for i in range(len(PAGES)):
            action = QAction(window)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(functools.partial(self.set_current_row, i))
            window.addAction(action)

    def set_badge(self, key: str, count: int, spoken: str) -> None:
        """An unread count after a screen's label, and ``spoken`` for screen readers (the
        window words it: lupdate finds a plural only in a class's own ``tr``)."""
        item = self.nav.item(PAGES.index(key))
        label = self.labels[key]
        item.setText(f"{label}  ({count})" if count else label)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
