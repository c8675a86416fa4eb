"""Settings: language (applied at once), text size 100-200 %, notification poll interval,
the alarm's sound, closing to the tray, the colours, and the servers pictures may come from."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from carebot_desktop.config.settings import Settings
from carebot_desktop.services.images import parse_hosts


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.addItem("한국어", "ko")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("ui/language"))))
        self.language.setAccessibleName(self.tr("Language"))
        self.text_scale = QSpinBox()
        self.text_scale.setRange(100, 200)
        self.text_scale.setSingleStep(10)
        self.text_scale.setSuffix(" %")
        self.text_scale.setValue(settings.get("ui/text_scale"))
        self.text_scale.setAccessibleName(self.tr("Text size"))
        self.poll = QSpinBox()
        self.poll.setRange(2, 3600)
        self.poll.setSuffix(self.tr(" s"))
        self.poll.setValue(settings.get("notifications/poll_interval_s"))
        self.poll.setAccessibleName(self.tr("How often to check for new notifications"))
        self.alarm_sound = QCheckBox(
            self.tr("Play a &sound for critical alerts until acknowledged")
        )
        self.alarm_sound.setChecked(settings.get("alarm/sound") == "on")
        self.bring_forward = QCheckBox(
            self.tr("Bring the &window forward for a new critical alert")
        )
        self.bring_forward.setChecked(settings.get("alerts/bring_forward") == "on")
        self.bring_forward.setToolTip(
            self.tr(
                "From the tray or the taskbar. Off: the desktop notification and the alarm still come."
            )
        )
        self.close_to_tray = QComboBox()
        self.close_to_tray.addItem(self.tr("For care-centre accounts"), "auto")
        self.close_to_tray.addItem(self.tr("Always"), "on")
        self.close_to_tray.addItem(self.tr("Never (closing quits)"), "off")
        self.close_to_tray.setCurrentIndex(
            max(0, self.close_to_tray.findData(settings.get("window/close_to_tray")))
        )
        self.close_to_tray.setAccessibleName(self.tr("Keep watching in the tray after closing"))
        self.theme = QComboBox()
        self.theme.addItem(self.tr("As the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get("ui/theme"))))
        self.theme.setAccessibleName(self.tr("Colours"))
        self.image_hosts = QLineEdit(settings.get("images/allowed_hosts"))
        self.image_hosts.setPlaceholderText(self.tr("none: pictures are not loaded"))
        self.image_hosts.setAccessibleName(self.tr("Servers pictures may come from"))
        self.image_hosts.setToolTip(
            self.tr(
                "Message pictures and alert photos are loaded only from these servers (names separated by commas)."
            )
        )
        self.image_local = QCheckBox(self.tr("&Also from this computer and the local network"))
        self.image_local.setChecked(settings.get("images/local_addresses") == "on")
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Te&xt size"), self.text_scale)
        form.addRow(self.tr("Check for &notifications every"), self.poll)
        form.addRow(self.tr("Alarm"), self.alarm_sound)
        form.addRow("", self.bring_forward)
        form.addRow(self.tr("Keep watching in the &tray after closing"), self.close_to_tray)
        form.addRow(self.tr("&Colours"), self.theme)
        form.addRow(self.tr("&Picture servers"), self.image_hosts)
        form.addRow("", self.image_local)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        self._settings.set("ui/language", self.language.currentData())
        self._settings.set("ui/text_scale", self.text_scale.value())
        self._settings.set("notifications/poll_interval_s", self.poll.value())
        self._settings.set("alarm/sound", "on" if self.alarm_sound.isChecked() else "off")
        self._settings.set(
            "alerts/bring_forward", "on" if self.bring_forward.isChecked() else "off"
        )
        self._settings.set("window/close_to_tray", self.close_to_tray.currentData())
        self._settings.set("ui/theme", self.theme.currentData())
        hosts = parse_hosts(self.image_hosts.text())
        self._settings.set("images/allowed_hosts", ", ".join(sorted(hosts)))
        self._settings.set(
            "images/local_addresses", "on" if self.image_local.isChecked() else "off"
        )
        # (Each value reaches the file from the settings' own saving thread, not here.)
