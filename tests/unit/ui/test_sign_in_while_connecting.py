"""Signing in while the database is still being prepared at start-up (issue 20): Enter
was ignored without a word while "데이터베이스에 연결하는 중…" showed. Now the e-mail and
password can be typed, Enter says the sign-in waits for the connection, and it goes
ahead by itself once the database is ready."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from carebot_desktop import app as app_module
from carebot_desktop.arguments import build_parser
from carebot_desktop.services.demo import DEMO_PASSWORD
from carebot_desktop.startup import DEMO_USER


def test_enter_while_connecting_signs_in_once_connected(qtbot, qapp, tmp_path, monkeypatch):
    for name in ("DATA", "CONFIG", "LOG", "CACHE"):
        monkeypatch.setenv(f"CAREBOT_{name}_DIR", str(tmp_path / name.lower()))
    original_font, original_sheet = qapp.font(), qapp.styleSheet()
    application = app_module.Application(build_parser().parse_args(["--demo"]), qapp)
    try:
        application.start(try_remembered=False)
        # No event has been handled yet: the database's preparation cannot have landed.
        assert not application.prepared
        login = application.window.login_page
        connecting = login.error.text()
        assert connecting  # "데이터베이스에 연결하는 중…"
        assert login.email.isEnabled() and login.password.isEnabled()
        assert login.sign_in_button.isEnabled()
        login.email.setText(DEMO_USER)
        login.password.setText(DEMO_PASSWORD)
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
        assert not application.prepared
        assert login.error.text() == login.tr("Signing in once connected…") != connecting
        assert not login.sign_in_button.isEnabled()  # asked once; it waits
        assert application.context.session is None
        window = application.window
        qtbot.waitUntil(lambda: application.prepared, timeout=60_000)
        qtbot.waitUntil(lambda: window.family_chooser.combo.count() == 4, timeout=60_000)
        assert application.context.session is not None
        assert window.stack.currentWidget() is window.desk
    finally:
        application.close()
        qapp.setFont(original_font)
        qapp.setStyleSheet(original_sheet)
        QLocale.setDefault(QLocale.c())
