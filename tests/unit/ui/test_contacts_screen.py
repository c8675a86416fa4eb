"""The emergency contacts on the Family screen (add, change, remove, copy; 119 always
there), the read-only panel an alert's detail embeds, and the Messages screen listing
everyone one shares a family with."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from carebot_desktop.ui.family.contact_dialog import ContactDialog
from carebot_desktop.ui.family.contacts_panel import EMERGENCY_NUMBER, ContactsPanel
from carebot_desktop.ui.family.family_page import FamilyPage
from tests.unit.ui.conftest import idle


def _family_page(qtbot, desk) -> FamilyPage:
    desk.go_to("family")
    page = desk.pages["family"]
    assert isinstance(page, FamilyPage)
    qtbot.waitUntil(lambda: idle(desk) and len(page.contacts.numbers) > 0, timeout=20_000)
    return page


def _answer_dialog(monkeypatch, values: dict[str, str] | None) -> None:
    """The next ContactDialog is filled with ``values`` and accepted (None: cancelled)."""

    def run(dialog: ContactDialog) -> int:
        if values is None:
            return QDialog.DialogCode.Rejected
        dialog.name.setText(values["name"])
        dialog.relation.setText(values["relation"])
        dialog.phone.setText(values["phone"])
        assert dialog.check() == ""
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactDialog, "exec", run)


def test_a_caregiver_adds_changes_copies_and_removes_a_contact(qtbot, desk, context, monkeypatch):
    page = _family_page(qtbot, desk)
    family_id = page.family_id
    assert page.contacts.emergency_number.text() == EMERGENCY_NUMBER
    before = len(context.db.contacts.get_contacts(family_id))
    assert len(page.contacts.numbers) == before

    _answer_dialog(monkeypatch, {"name": "김이웃", "relation": "이웃", "phone": "02-765-4321"})
    page.add_contact_button.click()
    qtbot.waitUntil(lambda: idle(desk) and len(page.contacts.numbers) == before + 1, timeout=20_000)
    added = context.db.contacts.get_contacts(family_id)[-1]
    assert (added["name"], added["phone"]) == ("김이웃", "02-765-4321")
    assert added["updated_by"] == context.session.user_id
    assert page.contacts.numbers[-1].text() == "02-765-4321"

    page.contacts.copy_buttons[-1].click()
    assert QGuiApplication.clipboard().text() == "02-765-4321"
    assert "02-765-4321" in page.message.text()

    _answer_dialog(monkeypatch, {"name": "김이웃", "relation": "옆집", "phone": "010 1111 2222"})
    page.contacts.edit_buttons[-1].click()
    qtbot.waitUntil(
        lambda: idle(desk) and page.contacts.numbers[-1].text() == "010 1111 2222", timeout=20_000
    )
    assert context.db.contacts.get_contacts(family_id)[-1]["relation"] == "옆집"

    monkeypatch.setattr("carebot_desktop.ui.plain.ask", lambda *args: True)
    page.contacts.remove_buttons[-1].click()
    qtbot.waitUntil(lambda: idle(desk) and len(page.contacts.numbers) == before, timeout=20_000)
    assert len(context.db.contacts.get_contacts(family_id)) == before


def test_a_refused_number_is_a_sentence_and_writes_nothing(qtbot, desk, context, monkeypatch):
    page = _family_page(qtbot, desk)
    before = context.db.contacts.get_contacts(page.family_id)
    # the form's own check (the validator keeps letters out; too few digits is told)
    dialog = ContactDialog(None)
    qtbot.addWidget(dialog)
    dialog.name.setText("아들")
    dialog.phone.setText("1")
    assert dialog.check()
    dialog.buttons.accepted.emit()
    assert dialog.problem.text() and dialog.result() != QDialog.DialogCode.Accepted
    # past the form, the data layer's check is shown on the page
    _answer_dialog(monkeypatch, {"name": "아들", "relation": "", "phone": "1" * 25})
    page.add_contact_button.click()
    qtbot.waitUntil(lambda: idle(desk) and "digit" in page.message.text(), timeout=20_000)
    assert context.db.contacts.get_contacts(page.family_id) == before


def test_the_panel_shows_rows_it_is_given_read_only(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    panel = ContactsPanel(holder)
    panel.show_contacts([])
    assert panel.empty_note.isVisibleTo(holder)
    assert panel.emergency_number.text() == "119"
    rows = [
        {"id": 1, "name": "<b>정민수</b>", "relation": "아들", "phone": "010-1234-5678"},
        {"id": 2, "name": "이웃", "relation": "", "phone": "02-765-4321"},
    ]
    panel.show_contacts(rows)
    assert [n.text() for n in panel.numbers] == ["010-1234-5678", "02-765-4321"]
    assert not panel.edit_buttons and not panel.remove_buttons
    assert not panel.empty_note.isVisibleTo(holder)
    panel.show_contacts(rows[1:])  # shown again: the old rows go
    assert len(panel.numbers) == 1 and len(panel.copy_buttons) == 1


def test_messages_list_everyone_one_shares_a_family_with(qtbot, desk, context):
    desk.go_to("messages")
    page = desk.messages
    qtbot.waitUntil(lambda: idle(desk) and page.model.rowCount() > 4, timeout=20_000)
    me = context.session.user_id
    son = next(
        p
        for f in context.db.families.get_all_families()
        for p in context.db.families.get_family_people(f["id"])
        if p["role"] == "sub" and p["user_id"] != me
    )
    row = next(i for i, c in enumerate(page.model.rows()) if c.partner_id == son["user_id"])
    page.list.setCurrentIndex(page.model.index(row))
    qtbot.waitUntil(lambda: idle(desk) and page.partner_id == son["user_id"], timeout=20_000)
    page.editor.setPlainText("어머니 오늘 괜찮으세요.")
    page.send_button.click()
    qtbot.waitUntil(lambda: idle(desk) and page.message.text() == page.tr("Sent."), timeout=20_000)
    sent = context.db.messages.get_all_sent_messages(me, time_order="desc")[0]
    assert (sent["to_id"], sent["content"]) == (son["user_id"], "어머니 오늘 괜찮으세요.")
