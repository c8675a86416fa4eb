"""The application as a program: --help, the screenshot mode, a clean exit, the font and
the translations."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from carebot_desktop import app as app_module
from carebot_desktop.arguments import build_parser
from carebot_desktop.config import paths
from carebot_desktop.startup import DEMO_USER
from carebot_desktop.ui.resources import install_translations, register_fonts
from carebot_desktop.ui.screenshots import EXTRA_VIEWS, SCREENS

REPO = Path(__file__).resolve().parents[3]


def _env(tmp_path: Path) -> dict[str, str]:
    """A program run with its own folders (data, settings, log), headless."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CAREBOT_DATA_DIR": str(tmp_path / "data"),
        "CAREBOT_CONFIG_DIR": str(tmp_path / "c"),
        "CAREBOT_LOG_DIR": str(tmp_path / "log"),
        "CAREBOT_LOG_LEVEL": "INFO",
    }


def test_help_lists_the_options(capsys):
    with pytest.raises(SystemExit) as caught:
        app_module.main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    for option in ("--demo", "--screenshot", "--database", "--lang"):
        assert option in out


def test_screenshot_mode_renders_every_screen(tmp_path):
    env = _env(tmp_path)
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--demo", "--screenshot", str(tmp_path / "shots")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    # No Qt warning (they would reach the console through the log's "qt" logger).
    assert " qt: " not in result.stderr and "QObject::" not in result.stderr, result.stderr
    assert "QThread" not in result.stderr, result.stderr
    log_text = (tmp_path / "log" / "carebot-desktop.log").read_text("utf-8")
    assert "starting" in log_text and "Traceback" not in log_text
    from PySide6.QtGui import QImage

    for screen in SCREENS + EXTRA_VIEWS:
        image = QImage(str(tmp_path / "shots" / f"{screen}.png"))
        assert not image.isNull() and image.width() >= 600, screen
        # not a blank page: many distinct colours
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 37)
            for y in range(0, image.height(), 29)
        }
        # (the handover is a dialog of text on a plain background: fewer colours)
        assert len(colours) > (5 if screen == "handover" else 8), screen


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
    assert register_fonts() == "NanumGothic"


def test_korean_catalogue_is_complete_and_loads(qapp):
    from PySide6.QtCore import QCoreApplication

    ts = paths.resource("translations", "carebot_ko.ts").read_text("utf-8")
    assert 'type="unfinished"' not in ts
    translators = install_translations(qapp, "ko")
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
    changed: list[str] = []
    settings.changed.connect(changed.append)
    settings.set("ui/text_scale", 180)
    assert settings.get("ui/text_scale") == 180
    settings.set("ui/text_scale", 180)  # the same value again: no change to apply
    assert changed == ["ui/text_scale"]
    for key, value in (
        ("ui/text_scale", 250),
        ("ui/language", "fr"),
        ("notifications/poll_interval_s", "often"),
    ):
        with pytest.raises(ValueError):
            settings.set(key, value)
    assert changed == ["ui/text_scale"]  # refused values change nothing
    assert settings.database_url(None) is None  # the embedded database by default
    settings.set("connection/kind", "mariadb")
    settings.set("connection/user", "carebot")
    assert settings.database_url("p@ss").startswith("mysql+pymysql://carebot:p%40ss@127.0.0.1")


def test_version(capsys):
    from carebot_desktop import __version__

    with pytest.raises(SystemExit) as caught:
        app_module.main(["--version"])
    assert caught.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_a_second_start_brings_the_first_forward_and_exits_0(tmp_path):
    import time

    env = _env(tmp_path)
    log_file = tmp_path / "log" / "carebot-desktop.log"
    first = subprocess.Popen(
        [sys.executable, str(REPO / "main.py"), "--demo"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    demo_db = tmp_path / "data" / "carebot-demo.sqlite3"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if (
                log_file.exists()
                and "listening as the only instance" in log_file.read_text()
                and demo_db.exists()
            ):
                break
            assert first.poll() is None, first.stderr.read()[-2000:]
            time.sleep(0.2)
        before = demo_db.stat().st_ino
        second = subprocess.run(
            [sys.executable, str(REPO / "main.py"), "--demo"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert second.returncode == 0, second.stderr[-2000:]
        assert "already running" in second.stderr
        assert demo_db.stat().st_ino == before  # not replaced under the first one
        deadline = time.monotonic() + 30
        while "brought forward" not in log_file.read_text() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert "brought forward" in log_file.read_text()
    finally:
        first.terminate()
        first.wait(30)


def test_crash_evidence_is_kept(tmp_path):
    """Uncaught exceptions (main thread and others) reach the log with their traceback;
    a hard crash leaves every thread's stack in crash.log."""
    code = (
        "import sys, threading\n"
        "from pathlib import Path\n"
        "from carebot_desktop import crash\n"
        f"folder = Path({str(tmp_path)!r})\n"
        "crash.setup_logging(folder / 'app.log')\n"
        "crash.enable_faulthandler(folder / 'crash.log')\n"
        "reports = []\n"
        "crash.install_hooks(reports.append)\n"
        "t = threading.Thread(target=lambda: 1 / 0, name='worker-x'); t.start(); t.join()\n"
        "assert reports and 'ZeroDivisionError' in reports[0], reports\n"
        "sys.excepthook(*(lambda e: (type(e), e, e.__traceback__))(KeyError('main-x')))\n"
        "assert len(reports) == 2\n"
        "import faulthandler; faulthandler._sigsegv()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0  # the deliberate segmentation fault
    log_text = (tmp_path / "app.log").read_text("utf-8")
    assert "uncaught exception in thread worker-x" in log_text
    assert "ZeroDivisionError" in log_text and "Traceback" in log_text
    assert "KeyError: 'main-x'" in log_text
    assert "Fatal Python error" in (tmp_path / "crash.log").read_text("utf-8")


def test_the_language_changes_without_a_restart(qtbot, qapp, tmp_path, monkeypatch):
    """Korean to English at once: the window is rebuilt in English, still signed in, on
    the same screen, with its poller running; dates follow the language."""
    from PySide6.QtCore import QLocale

    from carebot_desktop.services.demo import DEMO_PASSWORD
    from carebot_desktop.ui import format as fmt

    for name in ("DATA", "CONFIG", "LOG", "CACHE"):
        monkeypatch.setenv(f"CAREBOT_{name}_DIR", str(tmp_path / name.lower()))
    original_font, original_sheet = qapp.font(), qapp.styleSheet()
    application = app_module.Application(build_parser().parse_args(["--demo"]), qapp)
    try:
        application.start(try_remembered=False)
        qtbot.waitUntil(lambda: application.prepared, timeout=60_000)
        window = application.window
        window.login_page.sign_in_with(DEMO_USER, DEMO_PASSWORD)
        qtbot.waitUntil(lambda: window.family_chooser.combo.count() == 4, timeout=60_000)
        window.go_to("notifications")
        assert window.sidebar.nav.item(0).text() == "한눈에 보기"
        session = application.context.session
        application.switch_language("en")
        new = application.window
        assert new is not window
        assert new.sidebar.nav.item(0).text() == "Overview"
        assert application.context.session is session
        qtbot.waitUntil(lambda: new.live_feed.poller_thread is not None, timeout=30_000)
        assert new.page_stack.currentWidget() is new.notifications
        assert fmt.language() == "en"
        assert "Mon" in fmt.local_text(__import__("datetime").datetime(2026, 11, 30, 3, 0))
    finally:
        application.close()
        qapp.setFont(original_font)
        qapp.setStyleSheet(original_sheet)
        QLocale.setDefault(QLocale.c())


def test_qts_pixmap_cache_is_kept_small(qapp, tmp_path, monkeypatch):
    """Issue 20: Qt's default pixmap cache (10 MiB) filled and was flushed over and over
    at the desk, each round leaving resident pages in the fragmented C heap (the soak's
    step). The application sets it before anything is painted."""
    from PySide6.QtGui import QPixmapCache

    from carebot_desktop.ui.resources import PIXMAP_CACHE_KIB

    for name in ("DATA", "CONFIG", "LOG", "CACHE"):
        monkeypatch.setenv(f"CAREBOT_{name}_DIR", str(tmp_path / name.lower()))
    original_font, original_sheet = qapp.font(), qapp.styleSheet()
    QPixmapCache.setCacheLimit(10 * 1024)  # Qt's own default
    application = app_module.Application(build_parser().parse_args(["--demo"]), qapp)
    try:
        assert QPixmapCache.cacheLimit() == PIXMAP_CACHE_KIB <= 1024
    finally:
        application.close()
        qapp.setFont(original_font)
        qapp.setStyleSheet(original_sheet)


def test_the_desk_is_painted_unseen_while_the_sign_in_page_waits(
    qtbot, qapp, tmp_path, monkeypatch
):
    """Issue 20: the desk's first paint (every widget polished under the style sheet, laid
    out, its glyphs rendered) happens while the sign-in page waits, not in the sign-in:
    before anyone signs in, the desk's sidebar and overview table have been painted, and
    what a person sees is still the sign-in page."""
    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted: set[str] = set()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
            if event.type() == QEvent.Type.Paint:
                self.painted.add(watched.objectName())
            return False

    for name in ("DATA", "CONFIG", "LOG", "CACHE"):
        monkeypatch.setenv(f"CAREBOT_{name}_DIR", str(tmp_path / name.lower()))
    original_font, original_sheet = qapp.font(), qapp.styleSheet()
    application = app_module.Application(build_parser().parse_args(["--demo"]), qapp)
    counter = PaintCounter()
    try:
        window = application.window
        watched = {
            "overview": window.overview.table.viewport(),
            "sidebar": window.sidebar.nav.viewport(),
        }
        for name, widget in watched.items():
            widget.setObjectName(name)
            widget.installEventFilter(counter)
        application.start(try_remembered=False)
        qtbot.waitUntil(lambda: application.prepared, timeout=60_000)
        qtbot.waitUntil(lambda: counter.painted >= set(watched), timeout=10_000)
        assert window.stack.currentWidget() is window.login_page
        assert application.context.session is None
    finally:
        for widget in watched.values():
            widget.removeEventFilter(counter)
        application.close()
        qapp.setFont(original_font)
        qapp.setStyleSheet(original_sheet)
