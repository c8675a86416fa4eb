"""Help and About (F1): what each screen is for, the keys, what the alarm does, and where
Carebot Desktop keeps its files, with the version."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop import __version__
from carebot_desktop.config import paths
from carebot_desktop.ui import plain
from carebot_desktop.ui.context import AppContext


class HelpDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("Help and about Carebot Desktop"))
        self.version = plain.label(
            self.tr("Carebot Desktop, version %1").replace("%1", __version__)
        )
        font = self.version.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.version.setFont(font)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Help"))
        self.text.setOpenLinks(False)
        self.text.setHtml(self.help_html())
        open_logs = QPushButton(self.tr("Open the &log folder"))
        open_logs.clicked.connect(self.open_log_folder)
        about_qt = QPushButton(self.tr("About &Qt"))
        about_qt.clicked.connect(lambda: QApplication.aboutQt())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        close.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(open_logs)
        buttons.addWidget(about_qt)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.version)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.resize(720, 620)

    def places(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Your data (the embedded database, the offline copy)"), str(paths.data_dir())),
            (self.tr("Log file"), str(paths.log_file())),
            (self.tr("Settings file"), self._context.settings.file_name()),
            (self.tr("Application files"), str(paths.RESOURCES_DIR)),
        ]

    def help_html(self) -> str:
        e = html.escape
        screens = [
            (self.tr("Overview"), self.tr("Every family at a glance, the most urgent first.")),
            (self.tr("Family"), self.tr("The elder, the home and the robot's settings.")),
            (self.tr("Members"), self.tr("Who belongs to the family, and requests to join.")),
            (
                self.tr("Status"),
                self.tr(
                    "Charts of the home and the elder's readings; Report… makes a PDF for a doctor's visit."
                ),
            ),
            (self.tr("Messages"), self.tr("Messages between the elder and the family.")),
            (
                self.tr("Notifications"),
                self.tr("Alerts: falls, fire, disasters; acknowledge them here."),
            ),
        ]
        keys = [
            ("Ctrl+1 … Ctrl+6", self.tr("go to a screen")),
            ("F5", self.tr("refresh the screen")),
            ("F1", self.tr("this help")),
        ]
        titles = (
            self.tr("Screens"),
            self.tr("Keys"),
            self.tr("Alarms"),
            self.tr("Where things are kept"),
        )
        parts = [f"<h3>{e(titles[0])}</h3><table cellpadding='3'>"]
        parts += [f"<tr><td><b>{e(a)}</b></td><td>{e(b)}</td></tr>" for a, b in screens]
        parts.append(f"</table><h3>{e(titles[1])}</h3><table cellpadding='3'>")
        parts += [f"<tr><td><b>{e(a)}</b></td><td>{e(b)}</td></tr>" for a, b in keys]
        parts.append("</table>")
        parts.append(
            f"<h3>{e(titles[2])}</h3><p>"
            + e(
                self.tr(
                    "A critical alert (a fall, a fire) shows a red banner and sounds a chime until someone acknowledges it. The sound can be turned off in Settings; the banner stays. Care-centre desks keep watching from the tray when the window is closed."
                )
            )
            + "</p>"
        )
        parts.append(f"<h3>{e(titles[3])}</h3><table cellpadding='3'>")
        parts += [
            f"<tr><td>{e(what)}</td><td><code>{e(where)}</code></td></tr>"
            for what, where in self.places()
        ]
        parts.append("</table>")
        parts.append(
            "<p>"
            + e(
                self.tr(
                    "The environment variables CAREBOT_CONFIG_DIR, CAREBOT_DATA_DIR, CAREBOT_CACHE_DIR and CAREBOT_LOG_DIR move these folders."
                )
            )
            + "</p>"
        )
        return "".join(parts)

    @Slot()
    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir())))
