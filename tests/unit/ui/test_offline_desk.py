"""The desk through a cut connection, on MariaDB behind a proxy: offline banner, history
from the encrypted copy, an outbox message shown as waiting, then back online by itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from carebot_desktop.config.secrets import MemorySecretStore
from carebot_desktop.config.settings import Settings
from carebot_desktop.data import Database
from carebot_desktop.services import CarebotService
from carebot_desktop.services.demo import fill_demo
from carebot_desktop.services.passwords import hash_password
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.main_window import MainWindow
from carebot_desktop.workers.tasks import TaskRunner
from tests.tcp_proxy import TcpProxy
from tests.unit.ui.conftest import CAREGIVER, PASSWORD, signed_in

pytestmark = pytest.mark.mariadb
REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def server(mariadb_schema_factory, monkeypatch, tmp_path):
    monkeypatch.setenv("CAREBOT_DATA_DIR", str(tmp_path / "data"))
    url = make_url(mariadb_schema_factory())
    direct = Database(url)
    direct.create_schema()
    fill_demo(direct, password_hash=hash_password(PASSWORD, cost=4), days=4)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 3306)
    yield url.set(host="127.0.0.1", port=proxy.port), direct, proxy
    proxy.close()
    direct.dispose()


def _idle(window):
    return (
        window._context.runner.pending() == 0
        and not window.offline_sync.syncing
        and not any(getattr(p, "is_loading", False) for p in window.pages.values())
    )


def test_desk_goes_offline_and_comes_back(qtbot, qapp, server, tmp_path):
    url, direct, proxy = server
    db = Database(url, connect_timeout=2, read_timeout=5)
    store = MemorySecretStore()
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    runner = TaskRunner()
    context = AppContext(runner, db, CarebotService(db, store, bcrypt_cost=4), settings, store)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.start_session(signed_in(context))
    qtbot.waitUntil(
        lambda: window.family_chooser.combo.count() == 4 and _idle(window), timeout=60_000
    )
    assert context.session.cache.last_sync() is not None
    assert not window.connection_bar.banner.isVisible()

    proxy.cut()
    window.live_feed.poller_thread.poll_requested.emit()
    qtbot.waitUntil(
        lambda: window.connection_bar.banner.isVisible() and _idle(window), timeout=60_000
    )
    assert context.session.offline
    assert window.overview.model.rowCount() == 4  # history from the copy
    window.go_to("messages")
    page = window.messages
    qtbot.waitUntil(lambda: _idle(window) and page._thread is not None, timeout=30_000)
    partner = page.partner_id
    page.editor.setPlainText("연결이 끊겼을 때 쓴 메시지")
    page.send_button.click()
    qtbot.waitUntil(
        lambda: _idle(window) and "연결이 끊겼을 때 쓴 메시지" in page.view.toPlainText(),
        timeout=30_000,
    )
    assert page.tr("waiting to be sent") in page.view.toPlainText()
    assert (
        direct.messages.get_all_received_messages(partner)[-1]["content"]
        != "연결이 끊겼을 때 쓴 메시지"
    )

    proxy.restore()
    window.live_feed.poller_thread.poll_requested.emit()
    qtbot.waitUntil(lambda: not context.session.offline and _idle(window), timeout=60_000)
    assert not window.connection_bar.banner.isVisible()
    received = [m["content"] for m in direct.messages.get_all_received_messages(partner)]
    assert received.count("연결이 끊겼을 때 쓴 메시지") == 1
    window.live_feed.stop()
    runner.wait()
    window.close()
    context.set_session(None)
    db.dispose()


def test_screenshot_mode_works_offline_after_one_sync(server, tmp_path):
    url, _, proxy = server
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CAREBOT_DATA_DIR": os.environ["CAREBOT_DATA_DIR"],
        "CAREBOT_CONFIG_DIR": str(tmp_path / "config"),
        "CAREBOT_SIGNIN_PASSWORD": PASSWORD,
    }
    command = [
        sys.executable,
        str(REPO / "main.py"),
        "--database",
        url.render_as_string(hide_password=False),
        "--sign-in",
        CAREGIVER,
        "--screenshot",
    ]
    online = subprocess.run(
        command + [str(tmp_path / "online")], env=env, capture_output=True, text=True, timeout=300
    )
    assert online.returncode == 0, online.stderr[-3000:]
    assert "offline" not in online.stdout
    proxy.cut()
    offline = subprocess.run(
        command + [str(tmp_path / "offline")], env=env, capture_output=True, text=True, timeout=300
    )
    assert offline.returncode == 0, offline.stderr[-3000:]
    assert "offline, as of" in offline.stdout
    for screen in ("overview", "status", "messages", "notifications"):
        assert (tmp_path / "offline" / f"{screen}.png").stat().st_size > 10_000


def test_a_remembered_session_opens_offline(server, tmp_path):
    from carebot_desktop.services import dashboard
    from carebot_desktop.services import offline as off

    url, _, proxy = server
    db = Database(url, connect_timeout=2, read_timeout=5)
    store = MemorySecretStore()
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    runner = TaskRunner()
    context = AppContext(runner, db, CarebotService(db, store, bcrypt_cost=4), settings, store)
    session = context.sessions.sign_in(CAREGIVER, PASSWORD, True)
    off.sync(session.api, session.cache, session.user_id, session.session_id)
    # the next start-up is a day later: only a remembered session is still alive
    from datetime import timedelta

    from sqlalchemy import update

    from carebot_desktop.data.models import LoginSession
    from carebot_desktop.data.validation import utcnow

    with session.cache.db.transaction() as s:
        s.execute(update(LoginSession).values(last_active=utcnow() - timedelta(days=1)))
    session.cache.close()
    proxy.cut()
    restarted = AppContext(runner, db, CarebotService(db, store, bcrypt_cost=4), settings, store)
    offline = restarted.sessions.resume_remembered()
    assert offline is not None and offline.offline and offline.as_of is not None
    assert offline.user_name == "박지은"
    assert len(dashboard.overview(offline.api)) == 4
    offline.cache.close()
    db.dispose()
