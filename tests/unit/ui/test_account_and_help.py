"""My account (profile, password, sessions, deletion) and Help/About (F1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from carebot_desktop import __version__
from carebot_desktop.ui.main_window import MainWindow
from tests.unit.ui.conftest import CAREGIVER, PASSWORD, idle, signed_in


@pytest.fixture
def account(qtbot, desk):
    desk.open_account()
    dialog = desk.account_dialog
    qtbot.waitUntil(
        lambda: dialog.name.text() != "" and dialog.session_list.count() > 0, timeout=20_000
    )
    return dialog


def test_f1_opens_help_with_the_version_and_the_paths(qtbot, desk, context):
    qtbot.keyClick(desk, Qt.Key.Key_F1)
    dialog = desk.help_dialog
    assert dialog is not None and dialog.isVisible()
    assert __version__ in dialog.version.text()
    text = dialog.text.toPlainText()
    assert context.settings.file_name() in text
    assert "CAREBOT_CONFIG_DIR" in text


def test_the_profile_is_edited_with_the_password(qtbot, account, context):
    account.address.setText("서울특별시 중구")
    account.profile_password.setText("wrong")
    account.save_profile()
    qtbot.waitUntil(
        lambda: account.message.text() not in ("", account.tr("Working…")), timeout=20_000
    )
    me = context.db.accounts.get_one_account(context.session.user_id)
    assert me["address"] != "서울특별시 중구"  # the wrong password changed nothing
    account.profile_password.setText(PASSWORD)
    account.save_profile()
    qtbot.waitUntil(
        lambda: (
            context.db.accounts.get_one_account(context.session.user_id)["address"]
            == "서울특별시 중구"
        ),
        timeout=20_000,
    )


def test_another_session_can_be_ended_from_here(qtbot, account, context):
    other = context.service.login(CAREGIVER, PASSWORD)  # signed in on another PC
    account.load()
    qtbot.waitUntil(lambda: account.session_list.count() == 2, timeout=20_000)
    assert account.end_others_button.isEnabled()
    account.end_other_sessions()
    qtbot.waitUntil(lambda: account.session_list.count() == 1, timeout=20_000)
    from carebot_desktop.data.errors import CarebotError

    with pytest.raises(CarebotError):
        context.service.resume(other["session_id"])


def test_deleting_the_account_signs_out(qtbot, desk, account, context, monkeypatch):
    asked: list[str] = []

    def confirm(summary):
        asked.append(account.deletion_text(summary))
        return True

    monkeypatch.setattr(account, "confirm_delete", confirm)
    user_id = context.session.user_id
    account.delete_password.setText(PASSWORD)
    with qtbot.waitSignal(desk.sign_out_requested, timeout=20_000):
        account.delete_account()
    from carebot_desktop.data.errors import NotFoundError

    with pytest.raises(NotFoundError):
        context.db.accounts.get_one_account(user_id)
    [question] = asked  # it said what goes, counted, before anything was deleted
    assert "messages" in question or "메시지" in question


def test_the_family_chooser_shows_only_where_it_acts(desk):
    for page, shown in (("overview", False), ("status", True), ("messages", False)):
        desk.go_to(page)
        assert desk.family_chooser.combo.isVisible() is shown


def test_at_200_percent_text_the_desk_fits_a_1366_by_768_laptop(qtbot, qapp, context):
    from carebot_desktop.ui import theme
    from carebot_desktop.ui.resources import register_fonts

    original = qapp.font()
    try:
        theme.apply_text_scale(qapp, register_fonts(), 200)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        window.start_session(signed_in(context))
        qtbot.waitUntil(
            lambda: window.family_chooser.combo.count() == 4 and idle(window), timeout=30_000
        )
        for page in ("overview", "status", "notifications", "members"):
            window.go_to(page)
            qtbot.wait(50)
            needed = window.minimumSizeHint().expandedTo(window.minimumSize())
            assert needed.width() <= 1366 and needed.height() <= 720, (page, needed)
        window.resize(1366, 720)
        qtbot.wait(50)
        assert window.width() <= 1366 and window.height() <= 720
        window.shutdown()
        context.runner.wait()
    finally:
        qapp.setFont(original)


def test_colours_follow_the_system_scheme_or_the_choice(qapp, monkeypatch):
    from carebot_desktop.ui import theme

    hints = qapp.styleHints()
    sheet = qapp.styleSheet()
    # The offscreen platform has no colour scheme of its own: the desktop's is played
    # here by what system_scheme reads and the signal Qt sends when it changes.
    desktop = {"scheme": "light"}
    monkeypatch.setattr(theme, "system_scheme", lambda _app: desktop["scheme"])
    try:
        theme.apply_colours(qapp, "dark")
        assert theme.is_dark() and theme.DARK["window"] in qapp.styleSheet()
        theme.apply_colours(qapp, "light")
        assert not theme.is_dark() and theme.LIGHT["window"] in qapp.styleSheet()
        theme.apply_colours(qapp, "system")
        assert not theme.is_dark()
        desktop["scheme"] = "dark"  # the desktop turns dark
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert theme.is_dark() and theme.DARK["window"] in qapp.styleSheet()
        theme.apply_colours(qapp, "light")
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # a chosen scheme stays
        assert not theme.is_dark()
    finally:
        theme.apply_colours(qapp, "light")
        qapp.setStyleSheet(sheet)


def test_a_picture_that_cannot_be_loaded_says_so_never_its_address(qtbot, desk, context):
    """A message's picture whose server is out of reach: a sentence, not the raw URL."""
    messages = desk.messages
    desk.go_to("messages")
    qtbot.waitUntil(lambda: messages.partner_id is not None and idle(desk), timeout=20_000)
    partner = messages.partner_id
    # An image server on this computer, allowed explicitly, where nothing listens.
    context.settings.set("images/allowed_hosts", "127.0.0.1")
    context.settings.set("images/local_addresses", "on")
    url = "http://127.0.0.1:9/carebot/photo-1.jpg"  # nothing listens on the discard port
    context.db.messages.create_message(
        {"from_id": partner, "to_id": context.session.user_id, "image_url": url}
    )
    messages.reload()
    qtbot.waitUntil(lambda: url in messages._failed, timeout=30_000)
    text = messages.view.toPlainText()
    assert url not in text and "127.0.0.1" not in text
    assert messages.tr("(the picture could not be loaded)") in text
