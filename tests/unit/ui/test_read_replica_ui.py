"""The read replica in the interface (issue 21, part 1): the connection dialog's folded
second server (same database, login, password and TLS), and the status bar's sentence
saying where history is read from."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow
from sqlalchemy.engine import make_url

from carebot_desktop.data.replica import NO_REPLICA, ReadRoute
from carebot_desktop.ui.login.connection_dialog import ConnectionDialog
from carebot_desktop.ui.resources import install_translations
from carebot_desktop.ui.window.connection_bar import ConnectionBar
from tests.unit.ui.test_connection_dialog import dialog_with_its_keys, mnemonic


@pytest.fixture
def korean(qapp):
    translators = install_translations(qapp, "ko")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _server_dialog(qtbot, context) -> ConnectionDialog:
    dialog = ConnectionDialog(context)
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    dialog.host.setText("db1.example")
    dialog.port.setValue(3306)
    dialog.schema.setText("carebot")
    dialog.user.setText("cb_desk")
    dialog.password.setText("a password 12")
    dialog.tls.setCurrentIndex(dialog.tls.findData("required"))
    return dialog


def test_the_replica_is_folded_and_optional(qtbot, context):
    dialog = _server_dialog(qtbot, context)
    dialog.show()
    assert not dialog.replica_button.isChecked() and not dialog.replica_box.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        dialog._on_save_clicked()
    assert dialog.chosen_url is not None and dialog.chosen_read_url is None
    assert context.settings.get("connection/read_host") == ""
    assert context.settings.read_database_url("x") is None


def test_the_replica_uses_the_same_login_password_and_tls(qtbot, context):
    dialog = _server_dialog(qtbot, context)
    dialog.show()
    dialog.replica_button.setChecked(True)
    assert dialog.replica_box.isVisible()
    dialog.replica_host.setText(" db2.example ")
    dialog.replica_port.setValue(3307)
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        dialog._on_save_clicked()
    assert dialog.chosen_read_url is not None
    read, main = make_url(dialog.chosen_read_url), make_url(dialog.chosen_url)
    assert (read.host, read.port) == ("db2.example", 3307)
    assert (read.username, read.password, read.database) == ("cb_desk", "a password 12", "carebot")
    assert read.query["tls"] == main.query["tls"] == "required"
    # the password went where the main one goes (the keyring), under the main server's key
    assert context.secrets.get(context.settings.database_password_key()) == "a password 12"
    saved = context.settings.read_database_url("a password 12")
    assert saved is not None and make_url(saved) == read
    again = ConnectionDialog(context)
    qtbot.addWidget(again)
    again.show()
    assert again.replica_button.isChecked() and again.replica_box.isVisible()
    assert (again.replica_host.text(), again.replica_port.value()) == ("db2.example", 3307)


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_replica_s_controls_have_mnemonics_of_their_own(qtbot, qapp, context, language):
    dialog, keys = dialog_with_its_keys(qtbot, qapp, context, language)
    labels = [w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.replica_host]
    assert len(labels) == 1
    for text in (dialog.replica_button.text(), labels[0].text()):
        own = mnemonic(text)
        assert own is not None and keys.count(own) == 1, (text, keys)


def test_the_status_bar_says_where_history_is_read_from(qtbot, korean):
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = ConnectionBar(window)
    for widget in bar.status_widgets():
        window.statusBar().addPermanentWidget(widget)
    window.show()
    routes = [NO_REPLICA]
    bar.watch_read_route(lambda: routes[-1])
    assert not bar.route_label.isVisible()
    routes.append(ReadRoute("replica"))
    bar.show_read_route()
    assert bar.route_label.isVisible()
    assert bar.route_label.text() == "기록: 복제 서버에서 읽는 중"
    routes.append(ReadRoute("primary", "lagging", 41.6))
    bar.show_read_route()
    assert bar.route_label.text() == "기록: 주 서버에서 읽는 중 (복제 서버가 42초 늦음)"
    routes.append(ReadRoute("primary", "unreachable"))
    qtbot.waitUntil(
        lambda: bar.route_label.text() == "기록: 주 서버에서 읽는 중 (복제 서버에 연결할 수 없음)",
        timeout=5_000,
    )  # the bar asks again by itself every 2 s
    assert "알림" in bar.route_label.toolTip()
    bar.route_timer.stop()
