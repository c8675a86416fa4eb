"""Family: the elder's details, the family name, and the robot's settings flags.

The main user (and a system account) edit; members see everything read-only.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.changes import DeskChanges
from carebot_desktop.services.dashboard import age_on
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import plain
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.page import Page
from carebot_desktop.ui.widgets import card, page_title
from carebot_desktop.workers.screen_work import FamilyDetails, load_family, save_family

FLAGS = ("is_alarm_enabled", "is_camera_enabled", "is_microphone_enabled", "is_driving_enabled")


class FamilyPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.family_id: str | None = None
        self.title = page_title(self.tr("Family"))
        self.elder_name = plain.label()
        self.elder_age = plain.label()
        self.elder_gender = plain.label()
        self.elder_address = plain.label()
        for label, name in (
            (self.elder_name, self.tr("Elder's name")),
            (self.elder_age, self.tr("Age and birth date")),
            (self.elder_gender, self.tr("Gender")),
            (self.elder_address, self.tr("Address")),
        ):
            label.setAccessibleName(name)
            label.setWordWrap(True)
        elder_form = QWidget()
        form = QFormLayout(elder_form)
        form.addRow(self.tr("Name"), self.elder_name)
        form.addRow(self.tr("Age"), self.elder_age)
        form.addRow(self.tr("Gender"), self.elder_gender)
        form.addRow(self.tr("Address"), self.elder_address)

        self.family_name = QLineEdit()
        self.family_name.setMaxLength(32)
        self.family_name.setAccessibleName(self.tr("Family name"))
        self.flags = {
            "is_alarm_enabled": QCheckBox(self.tr("&Alarms (the robot speaks alerts aloud)")),
            "is_camera_enabled": QCheckBox(self.tr("&Camera (fall photos)")),
            "is_microphone_enabled": QCheckBox(self.tr("&Microphone (conversation)")),
            "is_driving_enabled": QCheckBox(self.tr("&Driving (the robot moves around)")),
        }
        for _key, box in self.flags.items():
            box.setAccessibleName(box.text().replace("&", ""))
        settings_box = QWidget()
        settings_layout = QVBoxLayout(settings_box)
        name_row = QFormLayout()
        name_row.addRow(self.tr("Family &name"), self.family_name)
        settings_layout.addLayout(name_row)
        for box in self.flags.values():
            settings_layout.addWidget(box)
        self.read_only_note = plain.label(self.tr("Only the elder's own account can change these."))
        self.read_only_note.setObjectName("muted")
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save the family settings"))
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)

        elder_title = plain.label(self.tr("The elder"))
        elder_title.setObjectName("pageTitle")
        robot_title = plain.label(self.tr("Family and robot settings"))
        robot_title.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(card(elder_title, elder_form))
        layout.addWidget(card(robot_title, settings_box, self.read_only_note))
        layout.addLayout(buttons)
        layout.addStretch(1)

    def set_family(self, family_id: str | None) -> None:
        self.family_id = family_id
        self.reload()

    @Slot()
    def reload(self) -> None:
        if not self.family_id or not self.signed_in:
            return
        session = self.session
        self.load(
            load_family,
            self._context.api,
            session.user_id,
            session.role,
            self.family_id,
            done=self._on_loaded,
        )

    @Slot(object)
    def _on_loaded(self, details: FamilyDetails) -> None:
        elder = details.elder
        self.elder_name.setText(elder["user_name"] or "–")
        birth = elder["birth_date"]
        age = age_on(birth, utcnow().date())
        self.elder_age.setText(
            "–"
            if birth is None
            else self.tr("%1 years (born %2)")
            .replace("%1", str(age))
            .replace("%2", fmt.date_text(birth))
        )
        self.elder_gender.setText(
            {"female": self.tr("Female"), "male": self.tr("Male")}.get(
                elder["gender"] or "", self.tr("Other")
            )
        )
        self.elder_address.setText(elder["address"] or "–")
        self.family_name.setText(details.family["family_name"] or "")
        for key, box in self.flags.items():
            box.setChecked(bool(details.settings[key]))
            box.setEnabled(details.can_edit)
        self.family_name.setReadOnly(not details.can_edit)
        self.save_button.setVisible(details.can_edit)
        self.read_only_note.setVisible(not details.can_edit)
        self.message.clear()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.save_button.setEnabled(True)
        super()._on_failed(error)

    @Slot()
    def _on_save_clicked(self) -> None:
        if not self.family_id or not self.signed_in:
            return
        name = self.family_name.text().strip()
        flags = {key: box.isChecked() for key, box in self.flags.items()}
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Saving…"))
        self.write(save_family, self._context.api, self.family_id, name, flags, done=self._on_saved)

    @Slot(object)
    def _on_saved(self, made: DeskChanges) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(self.tr("Saved."))
        self._context.broadcast(made)

    def on_changes(self, changes: DeskChanges) -> None:
        if changes.touches_family(self.family_id) and not changes.own:
            self.refresh()
