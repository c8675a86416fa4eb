"""Demo mode is a separate, embedded database only: demo data never reaches a database
the person named (issue 16, the demo case)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from carebot_desktop import app as app_module
from carebot_desktop.arguments import parse_arguments
from carebot_desktop.config import paths
from carebot_desktop.data.database import sqlite_url
from carebot_desktop.startup import DEMO_USER

REPO = Path(__file__).resolve().parents[3]
SERVER = "mysql+pymysql://carebot:secret@db.example.kr:3306/carebot"


@pytest.mark.parametrize(
    "arguments",
    [
        ["--demo", "--database", SERVER],
        ["--database", SERVER, "--demo"],
        ["--demo", "--database=sqlite:////tmp/someone-elses.sqlite3"],
    ],
)
def test_demo_with_a_named_database_is_refused_with_a_sentence(arguments, capsys):
    with pytest.raises(SystemExit) as caught:
        parse_arguments(arguments)
    assert caught.value.code not in (0, None)
    err = capsys.readouterr().err
    assert "--demo" in err and "--database" in err
    assert "never" in err  # a sentence that says why, not only "not allowed"


def test_demo_alone_and_a_database_alone_are_accepted():
    assert parse_arguments(["--demo"]).demo
    args = parse_arguments(["--database", SERVER])
    assert args.database == SERVER and not args.demo


def test_the_program_refuses_demo_with_a_server_and_writes_nothing(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CAREBOT_DATA_DIR": str(tmp_path / "data"),
        "CAREBOT_CONFIG_DIR": str(tmp_path / "config"),
        "CAREBOT_LOG_DIR": str(tmp_path / "log"),
        "CAREBOT_CACHE_DIR": str(tmp_path / "cache"),
    }
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--demo", "--database", SERVER],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "--demo" in result.stderr and "--database" in result.stderr
    assert "Traceback" not in result.stderr
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written == []


@pytest.fixture
def demo_application(qtbot, qapp, tmp_path, monkeypatch, demo_hash):
    """``--demo`` as ``make run`` starts it, with a quick demo filler that records where
    it wrote."""
    from carebot_desktop.services import demo

    for name in ("DATA", "CONFIG", "LOG", "CACHE"):
        monkeypatch.setenv(f"CAREBOT_{name}_DIR", str(tmp_path / name.lower()))
    filled: list[str] = []
    real_fill = demo.fill_demo

    def quick_fill(db, **_kwargs):
        filled.append(str(db.url.database))
        real_fill(db, password_hash=demo_hash, days=1)

    monkeypatch.setattr(demo, "fill_demo_apart", quick_fill)  # in this process, quickly
    original_font, original_sheet = qapp.font(), qapp.styleSheet()
    application = app_module.Application(parse_arguments(["--demo"]), qapp)
    application.filled = filled
    try:
        yield application
    finally:
        application.close()
        qapp.setFont(original_font)
        qapp.setStyleSheet(original_sheet)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale.c())


def _accounts(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT COUNT(*) FROM accounts").fetchone()[0]


def test_choosing_a_server_in_a_demo_session_leaves_demo_mode(
    qtbot, demo_application, tmp_path, monkeypatch
):
    """The 'server' is an empty database file: after the connection dialog saves it, the
    demo filler never ran on it, nothing of the demo is in it, and the sign-in page no
    longer shows (or fills in) the demo password."""
    from carebot_desktop.services.demo import DEMO_PASSWORD
    from carebot_desktop.ui.login.connection_dialog import ConnectionDialog

    application = demo_application
    application.start(try_remembered=False)
    qtbot.waitUntil(lambda: application.prepared, timeout=60_000)
    # The alarm looked for its way to play at start-up, not at the first crit alert.
    qtbot.waitUntil(lambda: application.window.alarm._players is not None, timeout=10_000)
    demo_file = str(paths.demo_database_path())
    assert application.filled == [demo_file]
    login = application.window.login_page
    assert DEMO_PASSWORD in login.hint.text() and not login.hint.isHidden()

    server = tmp_path / "care-centre.sqlite3"
    sqlite3.connect(server).close()  # an empty database the person named
    chosen = str(sqlite_url(server))
    offered: list[bool] = []

    def save(dialog):
        offered.append(dialog.leaves_demo_note.isHidden())
        dialog.chosen_url = chosen
        return 1

    monkeypatch.setattr(ConnectionDialog, "exec", save)
    old_db = application.context.db
    application.prepared = False
    application.change_connection()
    qtbot.waitUntil(lambda: application.prepared, timeout=60_000)
    qtbot.waitUntil(lambda: application.runner.pending() == 0, timeout=30_000)

    assert offered == [False]  # the dialog said that saving leaves the demo
    assert application.context.db is not old_db
    assert application.filled == [demo_file]  # never on the new database
    assert _accounts(server) == 0
    assert not application.demo
    login = application.window.login_page
    assert login.hint.text() == "" and login.hint.isHidden()
    assert login.password.text() == "" and login.email.text() != DEMO_USER
    # A window built again (another language, other colours) keeps the demo away.
    application.rebuild_window()
    login = application.window.login_page
    assert login.hint.text() == "" and login.hint.isHidden()
    assert login.password.text() == ""
    application.start(try_remembered=False)
    qtbot.waitUntil(lambda: application.runner.pending() == 0, timeout=30_000)
    assert application.filled == [demo_file] and _accounts(server) == 0
