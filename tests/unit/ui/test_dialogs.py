"""Account creation, the connection dialog and the settings dialog."""

import socket
from pathlib import Path

import pytest

from carebot_desktop.ui.login.connection_dialog import ConnectionDialog
from carebot_desktop.ui.login.register_dialog import RegisterDialog
from carebot_desktop.ui.settings_dialog import SettingsDialog


def test_register_dialog_creates_an_account(qtbot, context):
    dialog = RegisterDialog(context)
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(1)
    dialog.name.setText("정다은")
    dialog.email.setText("daeun2@carebot.test")
    dialog.password.setText("a good password")
    dialog.confirm.setText("a different one!")
    dialog._on_create_clicked()
    assert dialog.error.text()  # the two passwords differ: nothing sent
    dialog.confirm.setText("a good password")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog._on_create_clicked()
    account_id = context.db.accounts.get_id_from_email("daeun2@carebot.test")
    assert context.db.accounts.get_one_account(account_id)["role"] == "sub"
    again = RegisterDialog(context)
    qtbot.addWidget(again)
    again.name.setText("정다은")
    again.email.setText("daeun2@carebot.test")
    again.password.setText("a good password")
    again.confirm.setText("a good password")
    again._on_create_clicked()
    qtbot.waitUntil(lambda: again.buttons.isEnabled(), timeout=20_000)
    assert again.error.text() == again.tr("An account with this e-mail exists already.")


def test_connection_dialog_reports_an_unreachable_server(qtbot, context):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dialog = ConnectionDialog(context)
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port)
    dialog.password.setText("secret-db-password")
    dialog._on_test_clicked()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert dialog.message.text() and dialog.message.text() != dialog.tr("The connection works.")
    dialog._on_save_clicked()
    assert context.settings.get("connection/kind") == "mariadb"
    # the password went to the keyring, not to the settings file
    assert context.secrets.values[context.settings.database_password_key()] == "secret-db-password"
    context.settings.sync()
    assert "secret-db-password" not in Path(context.settings._q.fileName()).read_text("utf-8")


def test_connection_dialog_embedded(qtbot, context):
    dialog = ConnectionDialog(context)
    qtbot.addWidget(dialog)
    dialog.embedded.setChecked(True)
    dialog._on_save_clicked()
    assert dialog.chosen_url is None
    assert context.settings.get("connection/kind") == "embedded"


def test_settings_dialog_saves(qtbot, context):
    dialog = SettingsDialog(context.settings)
    qtbot.addWidget(dialog)
    dialog.text_scale.setValue(170)
    dialog.poll.setValue(30)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save()
    assert context.settings.get("ui/text_scale") == 170
    assert context.settings.get("notifications/poll_interval_s") == 30
    assert context.settings.get("ui/language") == "en"


@pytest.mark.mariadb
def test_connection_dialog_keeps_the_tls_settings_and_refuses_plaintext(
    qtbot, context, tmp_path, mariadb_server
):
    """Required TLS against the test server, which offers none: a clear sentence, and the
    settings kept for the next start in the URL the application builds."""
    import os

    from sqlalchemy.engine import make_url

    from tests.tls_mariadb import make_certificates

    make_certificates(tmp_path)  # a real CA file (saving refuses one without a certificate)
    ca = tmp_path / "ca.pem"
    dialog = ConnectionDialog(context)
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    server = make_url(
        os.environ.get("CAREBOT_TEST_MARIADB_URL", "mysql+pymysql://root@127.0.0.1:3306")
    )
    dialog.host.setText(server.host or "127.0.0.1")
    dialog.port.setValue(server.port or 3306)
    dialog.user.setText(server.username or "root")
    dialog.tls.setCurrentIndex(dialog.tls.findData("required"))
    dialog.tls_verify.setCurrentIndex(dialog.tls_verify.findData("none"))
    dialog._on_test_clicked()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert "TLS" in dialog.message.text() or "암호화" in dialog.message.text()
    dialog.tls_ca.setText(str(ca))
    dialog.tls_verify.setCurrentIndex(dialog.tls_verify.findData("ca"))
    dialog._on_save_clicked()
    url = make_url(context.settings.database_url(None))
    assert url.query["tls"] == "required" and url.query["tls_ca"] == str(ca)
    assert url.query["tls_verify"] == "ca"
