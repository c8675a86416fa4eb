"""Family: the elder's details, the emergency contacts, the family name, the robot's
settings flags, and the sleep window (the hours the watcher expects no movement).

The main user (and a system account) edit the family and its settings; members see them
read-only. The main user and members alike keep the emergency contacts.
"""

from __future__ import annotations

from PySide6.QtCore import QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.changes import DeskChanges
from carebot_desktop.services.dashboard import age_on
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import plain
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.family.contact_dialog import ContactDialog
from carebot_desktop.ui.family.contacts_panel import ContactsPanel
from carebot_desktop.ui.page import Page
from carebot_desktop.ui.widgets import card, page_title
from carebot_desktop.workers import contacts_work
from carebot_desktop.workers.screen_work import (
    FamilyDetails,
    load_family,
    save_family,
    save_sleep_window,
)

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
            "is_driving_enabled": QCheckBox(self.tr("Dri&ving (the robot moves around)")),
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

        self.contacts = ContactsPanel(self, editable=True)
        self.contacts.edit_requested.connect(self._on_edit_contact)
        self.contacts.remove_requested.connect(self._on_remove_contact)
        self.contacts.copied.connect(self._on_number_copied)
        self.add_contact_button = QPushButton(self.tr("A&dd contact…"))
        self.add_contact_button.setAccessibleName(self.tr("Add an emergency contact"))
        self.add_contact_button.clicked.connect(self._on_add_contact)
        contact_buttons = QHBoxLayout()
        contact_buttons.addStretch(1)
        contact_buttons.addWidget(self.add_contact_button)
        contacts_box = QWidget()
        contacts_layout = QVBoxLayout(contacts_box)
        contacts_layout.setContentsMargins(0, 0, 0, 0)
        contacts_layout.addWidget(self.contacts)
        contacts_layout.addLayout(contact_buttons)

        # The sleep window: the hours the elder usually sleeps (the watcher expects no
        # movement then). The main user sets it; the others read it.
        self.sleep_none = QCheckBox(self.tr("No sleep &window"))
        self.sleep_none.setAccessibleName(self.tr("No sleep window"))
        self.sleep_none.toggled.connect(self._on_sleep_none_toggled)
        self.sleep_start = QTimeEdit()
        self.sleep_end = QTimeEdit()
        for edit, name in (
            (self.sleep_start, self.tr("Sleep window start")),
            (self.sleep_end, self.tr("Sleep window end")),
        ):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        self.sleep_start.setTime(QTime(22, 0))
        self.sleep_end.setTime(QTime(6, 0))
        self.sleep_save = QPushButton(self.tr("Save s&leep window"))
        self.sleep_save.setAccessibleName(self.tr("Save the sleep window"))
        self.sleep_save.clicked.connect(self._on_sleep_save_clicked)
        self.sleep_note = plain.label()
        self.sleep_note.setObjectName("muted")
        self.sleep_note.setWordWrap(True)
        sleep_row = QHBoxLayout()
        sleep_row.addWidget(plain.label(self.tr("From")))
        sleep_row.addWidget(self.sleep_start)
        sleep_row.addWidget(plain.label(self.tr("to")))
        sleep_row.addWidget(self.sleep_end)
        sleep_row.addWidget(self.sleep_none)
        sleep_row.addStretch(1)
        sleep_row.addWidget(self.sleep_save)
        sleep_box = QWidget()
        sleep_layout = QVBoxLayout(sleep_box)
        sleep_layout.setContentsMargins(0, 0, 0, 0)
        explain = plain.label(
            self.tr(
                "The hours the elder usually sleeps (Korean time). Not moving then is "
                "not taken as unusual."
            )
        )
        explain.setWordWrap(True)
        sleep_layout.addWidget(explain)
        sleep_layout.addLayout(sleep_row)
        sleep_layout.addWidget(self.sleep_note)

        elder_title = plain.label(self.tr("The elder"))
        elder_title.setObjectName("pageTitle")
        robot_title = plain.label(self.tr("Family and robot settings"))
        robot_title.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(card(elder_title, elder_form))
        contacts_title = plain.label(self.tr("Emergency contacts"))
        contacts_title.setObjectName("pageTitle")
        layout.addWidget(card(contacts_title, contacts_box))
        layout.addWidget(card(robot_title, settings_box, self.read_only_note))
        sleep_title = plain.label(self.tr("Sleep window"))
        sleep_title.setObjectName("pageTitle")
        layout.addWidget(card(sleep_title, sleep_box))
        layout.addLayout(buttons)
        layout.addStretch(1)

    def set_family(self, family_id: str | None) -> None:
        """Loaded now if this screen is shown, else when it is next (not in the middle of
        a sign-in, for nobody). The same family chosen again (the overview re-ordered its
        rows) reads nothing: a change to it comes through ``on_changes``. (No family is
        said again: the screen then says why there is none, a newcomer's first screen.)"""
        if family_id is not None and family_id == self.family_id:
            return
        self.family_id = family_id
        self.refresh()

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
        self._load_contacts()

    def _load_contacts(self) -> None:
        if not self.family_id or not self.signed_in:
            return
        self.load(
            contacts_work.load_contacts,
            self._context.api,
            self.family_id,
            done=self.contacts.show_contacts,
            key="contacts",
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
        self._show_sleep(details)
        self.message.clear()

    def _show_sleep(self, details: FamilyDetails) -> None:
        sleep = details.sleep if details.sleep_known else None
        none = sleep is None
        if sleep is not None:
            start = QTime.fromString(str(sleep.get("start") or ""), "HH:mm")
            end = QTime.fromString(str(sleep.get("end") or ""), "HH:mm")
            none = not (start.isValid() and end.isValid())
            if not none:
                self.sleep_start.setTime(start)
                self.sleep_end.setTime(end)
        self.sleep_none.setChecked(none)
        editable = details.can_edit and details.sleep_known
        self.sleep_none.setEnabled(editable)
        for edit in (self.sleep_start, self.sleep_end):
            edit.setReadOnly(not editable)
            edit.setEnabled(not none)
        self.sleep_save.setVisible(editable)
        self.sleep_save.setEnabled(True)
        if not details.sleep_known:
            self.sleep_note.setText(self.tr("The sleep window can be read only when connected."))
        elif not details.can_edit:
            self.sleep_note.setText(self.tr("Only the elder's own account can change this."))
        else:
            self.sleep_note.clear()
        self.sleep_note.setVisible(bool(self.sleep_note.text()))

    @Slot(bool)
    def _on_sleep_none_toggled(self, none: bool) -> None:
        for edit in (self.sleep_start, self.sleep_end):
            edit.setEnabled(not none)

    @Slot()
    def _on_sleep_save_clicked(self) -> None:
        if not self.family_id or not self.signed_in:
            return
        start: str | None = None
        end: str | None = None
        if not self.sleep_none.isChecked():
            start = self.sleep_start.time().toString("HH:mm")
            end = self.sleep_end.time().toString("HH:mm")
        self.sleep_save.setEnabled(False)
        self.message.setText(self.tr("Saving…"))
        self.write(
            save_sleep_window,
            self._context.api,
            self.family_id,
            start,
            end,
            done=self._on_sleep_saved,
        )

    @Slot(object)
    def _on_sleep_saved(self, made: DeskChanges) -> None:
        self.sleep_save.setEnabled(True)
        self.message.setText(self.tr("Saved."))
        self._context.broadcast(made)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.save_button.setEnabled(True)
        self.sleep_save.setEnabled(True)
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

    # --- emergency contacts ----------------------------------------------------------

    @Slot()
    def _on_add_contact(self) -> None:
        self._edit_contact(None)

    @Slot(int)
    def _on_edit_contact(self, contact_id: int) -> None:
        self._edit_contact(contact_id)

    def _edit_contact(self, contact_id: int | None) -> None:
        if not self.family_id or not self.signed_in:
            return
        shown = None if contact_id is None else self.contacts.contact(contact_id)
        dialog = ContactDialog(self, shown)
        if dialog.exec() != ContactDialog.DialogCode.Accepted:
            return
        self.message.setText(self.tr("Saving…"))
        api, family_id, values = self._context.api, self.family_id, dialog.values()
        if contact_id is None:
            self.write(
                contacts_work.add_contact, api, family_id, values, done=self._on_contacts_saved
            )
        else:
            self.write(
                contacts_work.update_contact,
                api,
                family_id,
                contact_id,
                values,
                done=self._on_contacts_saved,
            )

    @Slot(int)
    def _on_remove_contact(self, contact_id: int) -> None:
        shown = self.contacts.contact(contact_id)
        if not self.family_id or not self.signed_in or shown is None:
            return
        question = self.tr("Remove %1 from the emergency contacts?").replace(
            "%1", str(shown.get("name") or "")
        )
        if not plain.ask(self, self.tr("Remove contact"), question):
            return
        self.write(
            contacts_work.delete_contact,
            self._context.api,
            self.family_id,
            contact_id,
            done=self._on_contacts_saved,
        )

    @Slot(object)
    def _on_contacts_saved(self, made: DeskChanges) -> None:
        self.message.setText(self.tr("Saved."))
        self._load_contacts()
        self._context.broadcast(made)

    @Slot(str)
    def _on_number_copied(self, number: str) -> None:
        self.message.setText(self.tr("Copied %1.").replace("%1", number))
