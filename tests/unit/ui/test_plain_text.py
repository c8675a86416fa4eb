"""What other programs and other people wrote is shown as text, never as HTML (issue 16,
probe 6): hostile names, a family name, a nickname, an address, an alert text and a
message, written into the database, then every screen, the alarm banner, the report, a
question and the desktop notification rendered; no tag may take effect anywhere."""

from __future__ import annotations

import sys
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from carebot_desktop.data.validation import utcnow
from tests.unit.ui.conftest import CAREGIVER, ELDER, idle, signed_in

ELDER_NAME = "<font color=red size=6>큰</font>"
FAMILY_NAME = "<img src=/tmp/x.png>"
ADDRESS = "<u>서울</u> <img src=/tmp/y.png>"
NICKNAME = "<i>막내</i>"
CAREGIVER_NAME = "<b>박지은</b>"
ALERT = "<h1>H</h1><img src=file:///etc/passwd><a href='file:///etc/passwd'>x</a>"
MESSAGE = "<b>굵게</b> <img src=file:///etc/passwd>"
TAGS = ("<font", "<img", "<h1>", "<b>", "<i>", "<u>", "<a ")


@pytest.fixture
def hostile(context):
    """The elder's family, as a member or the elder could have written it."""
    db = context.db
    elder = db.accounts.get_id_from_email(ELDER)
    caregiver = db.accounts.get_id_from_email(CAREGIVER)
    family_id = db.families.main_id_to_family_id(elder)
    db.accounts.update_one_account(elder, {"user_name": ELDER_NAME, "address": ADDRESS})
    db.accounts.update_one_account(caregiver, {"user_name": CAREGIVER_NAME})
    db.families.update_one_family(family_id, {"family_name": FAMILY_NAME})
    member = db.members.get_all_members(user_id=caregiver)
    member = next(m for m in member if m["family_id"] == family_id)
    db.members.update_one_member(member["id"], {"nickname": NICKNAME})
    # the demo's derived alerts are raised at its fill time: newer than this one
    for episode in db.watch.episodes():
        if episode["notification_index"] is not None:
            db.notifications.delete_notification(episode["notification_index"])
    db.notifications.create_notification(
        {
            "family_id": family_id,
            "notification_grade": "crit",
            "description": ALERT,
            # inside the report's period (which ends at the current minute)
            "created_at": utcnow() - timedelta(minutes=3),
        }
    )
    db.messages.create_message({"from_id": elder, "to_id": caregiver, "content": MESSAGE})
    return family_id


def _draws_html(label: QLabel) -> bool:
    text_format = label.textFormat()
    return text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    )


def _check_every_label_and_tooltip() -> list[str]:
    """Every label and tooltip of every widget: none whose text holds one of the hostile
    tags is drawn as HTML. Returns the label texts seen, for the caller's checks."""
    seen = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and any(tag in widget.text() for tag in TAGS):
            assert not _draws_html(widget), f"{widget.objectName() or widget!r}: {widget.text()}"
            seen.append(widget.text())
        tip = widget.toolTip()
        if tip and GuiQt.mightBeRichText(tip):
            assert not any(tag in tip for tag in TAGS), tip  # escaped, if rich text at all
    return seen


def _wait(qtbot, window, condition=lambda: True) -> None:
    qtbot.waitUntil(lambda: idle(window) and condition(), timeout=30_000)


class FakeTray:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title, text, *_args) -> None:  # noqa: N802 (Qt's name)
        self.messages.append((title, text))

    def setToolTip(self, text) -> None:  # noqa: N802 (Qt's name; the open alerts' count)
        pass

    def hide(self) -> None:
        pass


def test_hostile_names_and_alerts_are_plain_text_on_every_screen(qtbot, hostile, desk, context):
    family_id = hostile
    desk.select_family(family_id)
    _wait(qtbot, desk)
    seen = _check_every_label_and_tooltip()
    # the alarm banner: the newest crit alert is the hostile one, with the family's name
    assert desk.banner.isVisible()
    # (a long alert is cut to two lines on the banner: the whole of it is its description
    # and its tooltip, both plain text)
    whole = desk.banner.text_label.accessibleDescription()
    assert ALERT in whole and FAMILY_NAME in whole
    assert FAMILY_NAME in desk.banner.text_label.text()
    assert desk.banner.text_label.textFormat() == Qt.TextFormat.PlainText
    seen.append(whole)
    assert desk.sidebar.user_label.text().startswith(CAREGIVER_NAME)

    desk.go_to("family")
    page = desk.pages["family"]
    _wait(qtbot, desk, lambda: page.elder_name.text() == ELDER_NAME)
    assert page.elder_address.text() == ADDRESS
    seen += _check_every_label_and_tooltip()

    desk.go_to("members")
    _wait(qtbot, desk, lambda: desk.pages["members"].model.rowCount() > 1)
    seen += _check_every_label_and_tooltip()

    desk.go_to("messages")
    messages = desk.messages
    _wait(qtbot, desk, lambda: messages.model.rowCount() > 0)
    row = next(
        r
        for r in range(messages.model.rowCount())
        if messages.model.row_at(r).family_id == family_id
    )
    messages.list.setCurrentIndex(messages.model.index(row))
    _wait(qtbot, desk, lambda: ELDER_NAME in messages.partner_label.text())
    _wait(qtbot, desk, lambda: MESSAGE.split()[0] in messages.view.toPlainText())
    seen += _check_every_label_and_tooltip()

    desk.go_to("notifications")
    notifications = desk.notifications
    _wait(qtbot, desk, lambda: notifications.model.rowCount() > 0)
    notifications.table.selectRow(0)
    _wait(qtbot, desk)
    seen += _check_every_label_and_tooltip()
    assert "<h1>" not in notifications.detail.toHtml()  # our own rich text is escaped

    desk.go_to("status")
    status = desk.status_page
    _wait(qtbot, desk, lambda: status.family_id == family_id)
    status.open_report()
    dialog = status.report_dialog
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=30_000)
    text = dialog.document.toPlainText()
    assert ELDER_NAME in text and FAMILY_NAME in text and "<h1>H</h1>" in text
    seen += _check_every_label_and_tooltip()
    dialog.close()

    # Each hostile text was really shown in a label (the checks above were not empty).
    for hostile_text in (ELDER_NAME, FAMILY_NAME, ADDRESS, ALERT, CAREGIVER_NAME):
        assert any(hostile_text in label for label in seen), hostile_text

    # A desktop notification: on Linux its body is markup for the notification server.
    tray = FakeTray()
    desk.tray.icon = tray  # type: ignore[assignment]
    context.db.notifications.create_notification(
        {"family_id": family_id, "notification_grade": "warn", "description": ALERT}
    )
    desk.live_feed.poller_thread.poll_requested.emit()
    qtbot.waitUntil(lambda: bool(tray.messages), timeout=20_000)
    desk.tray.icon = None
    title, body = tray.messages[-1]
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        assert "<" not in body and "&lt;h1&gt;" in body
    else:
        assert ALERT in body


def test_a_question_naming_a_person_is_plain_text(qtbot, hostile, context, monkeypatch):
    from carebot_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.start_session(signed_in(context, ELDER))
    _wait(qtbot, window, lambda: window.family_chooser.combo.count() == 1)
    window.go_to("members")
    page = window.pages["members"]
    _wait(qtbot, window, lambda: page.model.rowCount() > 1)
    row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.row_at(r)["user_name"] == CAREGIVER_NAME
    )
    page.table.selectRow(row)
    asked: list[tuple[Qt.TextFormat, str]] = []

    def answer_no(box: QMessageBox) -> int:
        asked.append((box.textFormat(), box.text()))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", answer_no)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: pytest.fail("a rich-text-guessing question")
    )
    page.remove_button.click()
    assert len(asked) == 1
    text_format, text = asked[0]
    assert text_format == Qt.TextFormat.PlainText and CAREGIVER_NAME in text
    _check_every_label_and_tooltip()
    window.live_feed.stop()
    window.shutdown()
    context.runner.wait()


def test_the_plain_helpers(qtbot):
    from carebot_desktop.ui import plain

    label = plain.label(ELDER_NAME)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == ELDER_NAME
    tip = plain.tooltip(ALERT)
    assert GuiQt.mightBeRichText(tip) and "<h1>" not in tip and "&lt;h1&gt;" in tip
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setToolTip(tip)
    assert plain.escape(None) == "" and plain.escape("<a>") == "&lt;a&gt;"
