"""The connection dialog says what went wrong in one sentence of the interface language
(the driver's own words folded under "Technical details"), explains TLS, the CA file and
where the password is kept, and refuses to save a CA file that holds no certificate."""

from __future__ import annotations

import os
import re
import secrets
import threading

import pymysql
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox
from sqlalchemy.engine import make_url

from carebot_desktop.config.secrets import MemorySecretStore
from carebot_desktop.data import Database
from carebot_desktop.data.errors import DatabaseUnavailableError
from carebot_desktop.services import connection_errors
from carebot_desktop.services.connection_errors import ConnectionProblem, Problem
from carebot_desktop.ui.errors import error_text
from carebot_desktop.ui.login.connection_dialog import ConnectionDialog
from carebot_desktop.ui.login.connection_problems import ConnectionProblemText
from carebot_desktop.ui.resources import install_translations
from tests import tls_mariadb
from tests.conftest import MARIADB_URL

SERVER = make_url(MARIADB_URL)


@pytest.fixture
def korean(qapp):
    translators = install_translations(qapp, "ko")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def checks_off_the_gui_thread(monkeypatch):
    """Each connection check, and the thread it ran on."""
    threads: list[threading.Thread] = []
    check = connection_errors.check_connection

    def recorded(url, **options):
        threads.append(threading.current_thread())
        return check(url, **options)

    monkeypatch.setattr(connection_errors, "check_connection", recorded)
    return threads


def _dialog(qtbot, context, **fields) -> ConnectionDialog:
    dialog = ConnectionDialog(context)
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    dialog.host.setText(fields.get("host", SERVER.host or "127.0.0.1"))
    dialog.port.setValue(fields.get("port", SERVER.port or 3306))
    dialog.user.setText(fields.get("user", SERVER.username or "root"))
    dialog.password.setText(fields.get("password", SERVER.password or ""))
    dialog.schema.setText(fields.get("schema", "mysql"))
    return dialog


def _test(qtbot, dialog: ConnectionDialog) -> str:
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert not dialog.test_button.isEnabled()  # the check runs on a worker meanwhile
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=20_000)
    return dialog.message.text()


def _sentence(kind: Problem) -> str:
    return ConnectionProblemText.sentence(ConnectionProblem(kind))


@pytest.mark.mariadb
def test_an_unknown_database_is_not_an_unreachable_host(
    qtbot, context, korean, mariadb_server, checks_off_the_gui_thread
):
    missing = f"carebot_missing_{secrets.token_hex(4)}"
    dialog = _dialog(qtbot, context, schema=missing)
    said = _test(qtbot, dialog)
    assert said == _sentence(Problem.UNKNOWN_DATABASE)
    assert "데이터베이스가 없으니" in said  # in Korean, from the catalogue
    assert "Unknown database" not in said  # the driver's words are only in the details
    assert not dialog.details_button.isHidden()
    assert "1049" in dialog.details.text() and missing in dialog.details.text()
    assert dialog.details.textFormat() == Qt.TextFormat.PlainText
    assert dialog.details.isHidden()  # folded until asked for
    dialog.details_button.click()
    assert not dialog.details.isHidden()

    dialog.host.setText("nonexistent.invalid")
    said = _test(qtbot, dialog)
    assert said == _sentence(Problem.HOST_NOT_FOUND) != _sentence(Problem.UNKNOWN_DATABASE)
    assert "서버 이름을 찾지 못했으니" in said
    assert "nonexistent.invalid" in dialog.details.text()

    assert len(checks_off_the_gui_thread) == 2
    assert all(t is not threading.main_thread() for t in checks_off_the_gui_thread)


@pytest.mark.mariadb
def test_a_refused_password_is_never_shown(qtbot, context, mariadb_server):
    name = f"cbt{os.getpid()}_{secrets.token_hex(3)}"
    root = pymysql.connect(**mariadb_server)
    try:
        root.cursor().execute(
            "CREATE USER %s@'%%' IDENTIFIED BY %s", (name, secrets.token_urlsafe(12))
        )
        wrong = "Typed-" + secrets.token_hex(6)
        dialog = _dialog(qtbot, context, user=name, password=wrong)
        said = _test(qtbot, dialog)
    finally:
        root.cursor().execute("DROP USER IF EXISTS %s@'%%'", (name,))
        root.close()
    assert said == _sentence(Problem.ACCESS_DENIED)
    assert wrong not in said and wrong not in dialog.details.text()
    assert "1045" in dialog.details.text()


@pytest.mark.mariadb
def test_the_sign_in_page_names_the_same_problem(qapp, mariadb_server):
    """After the dialog, the sign-in meets the error through the data layer: the same
    sentence (``error_text``, which every screen uses)."""
    url = make_url(MARIADB_URL).set(database=f"carebot_missing_{secrets.token_hex(4)}")
    db = Database(url.render_as_string(hide_password=False))
    try:
        with pytest.raises(DatabaseUnavailableError) as failed:
            db.ping()
    finally:
        db.dispose()
    assert error_text(failed.value) == _sentence(Problem.UNKNOWN_DATABASE)


def test_the_help_explains_tls_the_ca_file_and_the_keyring(qtbot, context):
    dialog = ConnectionDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.help.isHidden() and dialog.server_box.isVisible()
    height = dialog.height()
    dialog.help_button.click()  # the help takes the form's place: the dialog does not grow
    assert dialog.help.isVisible() and not dialog.server_box.isVisible()
    assert dialog.height() == height
    text = dialog.help.toPlainText()  # plain text, never rich text
    assert "TLS" in text and "CA" in text and "administrator" in text
    assert dialog.tr("This computer has a system keyring, so the password is saved there.") in text
    dialog.help_button.click()
    assert dialog.server_box.isVisible() and dialog.help.isHidden()

    context.secrets = MemorySecretStore(available=False)
    without = ConnectionDialog(context)
    qtbot.addWidget(without)
    assert "no system keyring" in without.help.toPlainText()
    assert without.password.placeholderText() == without.tr(
        "not saved: this computer has no system keyring"
    )


def test_without_a_keyring_saving_says_the_password_is_not_kept(qtbot, context, monkeypatch):
    context.secrets = MemorySecretStore(available=False)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    dialog = _dialog(qtbot, context, password="only-for-now")
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        dialog._on_save_clicked()
    assert shown == [
        dialog.tr(
            "The password could not be kept: no system keyring is available. It is used for this session only."
        )
    ]
    assert dialog.chosen_url is not None and "only-for-now" in dialog.chosen_url


def test_saving_refuses_a_ca_file_that_holds_no_certificate(qtbot, context, tmp_path):
    junk = tmp_path / "ca.pem"
    junk.write_text("-----BEGIN CERTIFICATE-----\n")
    dialog = _dialog(qtbot, context)
    dialog.tls_ca.setText(str(junk))
    dialog._on_save_clicked()
    assert dialog.result() == 0 and dialog.chosen_url is None
    assert dialog.message.text() == _sentence(Problem.CA_FILE)
    assert context.settings.get("connection/kind") != "mariadb"  # nothing saved
    tls_mariadb.make_certificates(tmp_path)
    dialog.tls_ca.setText(str(tmp_path / "ca.pem"))
    dialog._on_save_clicked()
    assert dialog.result() == 1 and context.settings.get("connection/tls_ca") == str(
        tmp_path / "ca.pem"
    )


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_new_controls_have_mnemonics_of_their_own(qtbot, qapp, context, language):
    dialog, keys = dialog_with_its_keys(qtbot, qapp, context, language)
    for control in (dialog.help_button, dialog.details_button):
        own = mnemonic(control.text())
        assert own is not None and keys.count(own) == 1, (control.text(), keys)


def mnemonic(text: str) -> str | None:
    """The key a control's text gives it (``&K`` -> "k"), or None."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def dialog_with_its_keys(qtbot, qapp, context, language: str) -> tuple[ConnectionDialog, list]:
    """The connection dialog in ``language`` (its details shown) and the keys of all its
    buttons and labels."""
    translators = install_translations(qapp, language)
    try:
        dialog = ConnectionDialog(context)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    qtbot.addWidget(dialog)
    dialog.details_button.setVisible(True)
    keys = [
        mnemonic(widget.text())
        for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel)
    ]
    return dialog, keys


@pytest.mark.mariadb
def test_signing_in_after_the_dialog_names_the_problem_too(qtbot, qapp, tmp_path, mariadb_server):
    """The dialog saved a database the server does not have; signing in (on a worker, with
    no offline copy to fall back on) says so, not "check the network"."""
    from PySide6.QtCore import QSettings

    from carebot_desktop.config.settings import Settings
    from carebot_desktop.services import CarebotService
    from carebot_desktop.ui.context import AppContext
    from carebot_desktop.ui.login.login_page import LoginPage
    from carebot_desktop.workers.tasks import TaskRunner

    url = make_url(MARIADB_URL).set(database=f"carebot_missing_{secrets.token_hex(4)}")
    db = Database(url.render_as_string(hide_password=False))
    store = MemorySecretStore()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    runner = TaskRunner()
    context = AppContext(runner, db, CarebotService(db, store, bcrypt_cost=4), settings, store)
    page = LoginPage(context)
    qtbot.addWidget(page)
    try:
        page.sign_in_with("jieun.park@carebot.example", "a password")
        qtbot.waitUntil(page.password.isEnabled, timeout=20_000)
        assert page.error.text() == _sentence(Problem.UNKNOWN_DATABASE)
    finally:
        runner.wait()
        db.dispose()
