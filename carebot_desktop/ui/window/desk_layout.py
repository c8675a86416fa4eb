"""How the care desk is arranged: the sidebar on the left; on the right, the banners over
the family row and the screen shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.ui.window.sidebar import Sidebar


def lay_out_desk(
    desk: QWidget,
    sidebar: Sidebar,
    banners: Sequence[QWidget],
    family_row: tuple[QWidget, QWidget],
    screens: QWidget,
) -> None:
    """``family_row`` is the chooser on the left and the connection word on the right.
    Both sides scroll: at 200 % text the window still fits a 1366 x 768 laptop, and what
    does not fit scrolls instead of being cut."""
    chooser, connection = family_row
    # The screens take the width they are given, and the height of the one shown: the
    # largest screen's own minimum (the stack's is the largest of all) never makes the
    # others scroll. Each screen arranges itself for the width it gets (the notifications
    # stack their detail).
    if isinstance(screens, QStackedWidget):
        _size_by_shown(screens)
        screens.currentChanged.connect(lambda _index: _size_by_shown(screens))
    row = QHBoxLayout()
    row.addWidget(chooser)
    row.addStretch(1)
    row.addWidget(connection)
    content = QVBoxLayout()
    for banner in banners:
        content.addWidget(banner)
    content.addLayout(row)
    content.addWidget(screens, 1)
    desk_layout = QHBoxLayout(desk)
    desk_layout.setContentsMargins(0, 0, 0, 0)
    desk_layout.addWidget(sidebar.in_scroll_area())
    inner = QWidget()
    inner.setObjectName("deskContent")
    inner.setLayout(content)
    content_scroll = QScrollArea()
    content_scroll.setObjectName("deskScroll")
    content_scroll.setWidget(inner)
    content_scroll.setWidgetResizable(True)
    content_scroll.setFrameShape(QFrame.Shape.NoFrame)
    desk_layout.addWidget(content_scroll, 1)


def _size_by_shown(screens: QStackedWidget) -> None:
    shown = screens.currentWidget()
    for i in range(screens.count()):
        page = screens.widget(i)
        if page is None:
            continue
        policy = page.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        policy.setVerticalPolicy(
            QSizePolicy.Policy.Preferred if page is shown else QSizePolicy.Policy.Ignored
        )
        page.setSizePolicy(policy)
    screens.updateGeometry()
