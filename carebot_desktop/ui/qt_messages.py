"""Qt's own messages go to the application log (as qutebrowser does), so a warning is kept
with the rest of the evidence instead of vanishing on a console nobody reads."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QLoggingCategory,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
)

log = logging.getLogger("qt")

# Messages of platforms without a window manager (offscreen, minimal): they say the
# platform cannot do something no one asked of it here. Kept at DEBUG.
HARMLESS = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "QSystemTrayIcon::setVisible: No Icon set",
    "QObject::connect: No such signal QPlatformNativeInterface::systemTrayWindowChanged",
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


# Qt Multimedia looks for optional libraries (PipeWire, VA-API video decoding) and warns
# when one is missing; the alarm needs neither (PulseAudio or ALSA plays it).
QUIET_RULES = "qt.multimedia.symbolsresolver.warning=false\nqt.multimedia.ffmpeg.info=false"


def quiet_optional_libraries() -> None:
    QLoggingCategory.setFilterRules(QUIET_RULES)


def install() -> None:
    quiet_optional_libraries()
    qInstallMessageHandler(qt_message_handler)
