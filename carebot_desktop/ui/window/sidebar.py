"""The sidebar: who is signed in, the six screens with their unread counts, and the
buttons for one's account, the settings, help and signing out."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
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
        self.setObjectName("sidebar")
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
        self.account_button = QPushButton(QCoreApplication.translate("MainWindow", "My &account…"))
        self.account_button.setAccessibleName(
            QCoreApplication.translate("MainWindow", "My account: profile, password, sessions")
        )
        self.account_button.clicked.connect(self.account_requested)
        self.help_button = QPushButton(QCoreApplication.translate("MainWindow", "&Help"))
        self.help_button.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Help and about (F1)")
        )
        self.help_button.clicked.connect(self.help_requested)
        self.sign_out_button = QPushButton(QCoreApplication.translate("MainWindow", "Sign &out"))
        self.sign_out_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Sign out"))
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        brand = plain.label(QCoreApplication.translate("MainWindow", "Carebot"))
        font = brand.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        brand.setFont(font)
        # Wide enough for the longest label with a badge, at any text size.
        self.setFixedWidth(
            max(
                210,
                self.nav.fontMetrics().horizontalAdvance(
                    max(self.labels.values(), key=len) + "  (999)"
                )
                + 70,
            )
        )
        side = QVBoxLayout(self)
        side.addWidget(brand)
        side.addWidget(self.user_label)
        side.addSpacing(8)
        side.addWidget(self.nav, 1)
        side.addWidget(self.account_button)
        side.addWidget(self.settings_button)
        side.addWidget(self.help_button)
        side.addWidget(self.sign_out_button)

    def in_scroll_area(self) -> QScrollArea:
        """At 200 % text the window still fits a 1366 x 768 laptop: what does not fit
        scrolls instead of being cut."""
        scroll = QScrollArea()
        scroll.setObjectName("sidebarScroll")
        scroll.setWidget(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedWidth(self.width())
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
