"""The window through a person's own MariaDB login (database-enforced access): sign-in,
the offline copy's sync, the poller and every screen work as on the shared credentials,
and no screen shows an error."""

from __future__ import annotations

import os

import pytest
from sqlalchemy.engine import make_url

from carebot_desktop.config.secrets import MemorySecretStore
from carebot_desktop.config.settings import Settings
from carebot_desktop.data import Database, provisioning
from carebot_desktop.services import CarebotService
from carebot_desktop.services.demo import fill_demo
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.main_window import MainWindow
from carebot_desktop.workers.tasks import TaskRunner
from tests.unit.ui.conftest import CAREGIVER, PASSWORD

pytestmark = pytest.mark.mariadb
LOGIN_PASSWORD = "login password for tests 1"


@pytest.fixture
def login_context(qapp, mariadb_schema_factory, demo_hash, tmp_path):
    from PySide6.QtCore import QSettings

    admin = Database(mariadb_schema_factory())
    admin.create_schema()
    fill_demo(admin, password_hash=demo_hash, days=3)
    views = provisioning.secure_database(admin)
    url = make_url(
        provisioning.add_login(admin, CAREGIVER, LOGIN_PASSWORD, login_prefix=f"cbt{os.getpid()}_")
    ).set(password=LOGIN_PASSWORD)
    db = Database(url)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    store = MemorySecretStore()
    runner = TaskRunner()
    context = AppContext(runner, db, CarebotService(db, store, bcrypt_cost=4), settings, store)
    yield context
    runner.wait()
    db.dispose()
    provisioning.remove_login(admin, CAREGIVER)
    with admin.engine.begin() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS `{views}`")
    admin.dispose()


def _idle(window) -> bool:
    return window._context.runner.pending() == 0 and not any(
        getattr(p, "is_loading", False) for p in window.pages.values()
    )


def test_every_screen_through_the_caregivers_own_login(qtbot, login_context, monkeypatch):
    from carebot_desktop.ui.page import Page

    errors: list[str] = []
    monkeypatch.setattr(Page, "show_error", lambda self, text: errors.append(text))
    assert login_context.db.secured
    window = MainWindow(login_context)
    qtbot.addWidget(window)
    window.show()
    window.start_session(login_context.sessions.sign_in(CAREGIVER, PASSWORD, False))
    qtbot.waitUntil(
        lambda: window.family_chooser.combo.count() == 4 and _idle(window), timeout=30_000
    )
    assert window.overview.model.rowCount() == 4
    for key in ("family", "members", "status", "messages", "notifications"):
        window.go_to(key)
        page = window.pages[key]
        page.reload()
        qtbot.waitUntil(lambda: _idle(window), timeout=30_000)
        assert errors == [], key
    status = window.pages["status"]
    qtbot.waitUntil(lambda: status.latest_labels["temperature"].text() != "–", timeout=30_000)
    assert window.messages.model.rowCount() > 0
    assert window.notifications.model.rowCount() > 0
    assert window.banner.isVisible()  # the unread fall, through the login too
    window.live_feed.stop()
