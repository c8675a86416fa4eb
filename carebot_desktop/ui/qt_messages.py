"""Qt's own messages go to the application log (as qutebrowser does), so a warning is kept
with the rest of the evidence instead of vanishing on a console nobody reads."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt")

# Messages of platforms without a window manager (offscreen, minimal): they say the
# platform cannot do something no one asked of it here. Kept at DEBUG.
HARMLESS = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "QSystemTrayIcon::setVisible: No Icon set",
)
_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = _LEVELS.get(kind, logging.WARNING)
    if message.startswith(HARMLESS):
        level = logging.DEBUG
    log.log(level, "%s (%s)", message, context.category or "qt")


def install() -> None:
    qInstallMessageHandler(qt_message_handler)
