"""The application as a program: --help, the screenshot mode, a clean exit, the font and
the translations."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from carebot_desktop import app as app_module
from carebot_desktop.app import SCREENS

REPO = Path(__file__).resolve().parents[3]


def test_help_lists_the_options(capsys):
    with pytest.raises(SystemExit) as caught:
        app_module.main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    for option in ("--demo", "--screenshot", "--database", "--lang"):
        assert option in out


def test_screenshot_mode_renders_every_screen(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CAREBOT_DATA_DIR": str(tmp_path / "data"),
        "CAREBOT_CONFIG_DIR": str(tmp_path / "c"),
    }
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--demo", "--screenshot", str(tmp_path / "shots")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    from PySide6.QtGui import QImage

    for screen in SCREENS:
        image = QImage(str(tmp_path / "shots" / f"{screen}.png"))
        assert not image.isNull() and image.width() >= 1000, screen
        # not a blank page: many distinct colours
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 37)
            for y in range(0, image.height(), 29)
        }
        assert len(colours) > 8, screen


def test_qt_runtime_exits_cleanly_after_signals():
    """PySide6 6.12.0 crashed at interpreter exit once a signal had been emitted."""
    code = (
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "app = QCoreApplication([])\n"
        "class T(QObject):\n    s = Signal(object)\n"
        "for i in range(100):\n    t = T(); t.s.connect(lambda v: None); t.s.emit(i)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-500:]


def test_bundled_korean_font_registers(qapp):
    assert app_module.register_fonts() == "NanumGothic"


def test_korean_catalogue_is_complete_and_loads(qapp):
    from PySide6.QtCore import QCoreApplication

    ts = app_module.paths.resource("translations", "carebot_ko.ts").read_text("utf-8")
    assert 'type="unfinished"' not in ts
    translators = app_module.install_translations(qapp, "ko")
    try:
        assert QCoreApplication.translate("MainWindow", "Overview") == "한눈에 보기"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_settings_are_typed_with_defaults(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    from carebot_desktop.config.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.get("ui/language") == "ko"
    assert settings.get("ui/text_scale") == 100
    assert settings.get("notifications/poll_interval_s") == 10
    settings.set("ui/text_scale", 180)
    assert settings.get("ui/text_scale") == 180
    for key, value in (
        ("ui/text_scale", 250),
        ("ui/language", "fr"),
        ("notifications/poll_interval_s", "often"),
    ):
        with pytest.raises(ValueError):
            settings.set(key, value)
    assert settings.database_url(None) is None  # the embedded database by default
    settings.set("connection/kind", "mariadb")
    settings.set("connection/user", "carebot")
    assert settings.database_url("p@ss").startswith("mysql+pymysql://carebot:p%40ss@127.0.0.1")
