"""A signed-in desk on the demo data, for screen tests."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from carebot_desktop.config.secrets import MemorySecretStore
from carebot_desktop.config.settings import Settings
from carebot_desktop.data import Database
from carebot_desktop.services import CarebotService
from carebot_desktop.services.demo import fill_demo
from carebot_desktop.ui.context import AppContext, SignedIn
from carebot_desktop.workers.tasks import TaskRunner
from tests.conftest import DEMO_TEST_PASSWORD, sqlite_url

PASSWORD = DEMO_TEST_PASSWORD
CAREGIVER = "jieun.park@carebot.example"
ELDER = "soonja.kim@carebot.example"


@pytest.fixture(scope="session", autouse=True)
def collect_garbage_on_the_gui_thread(qapp):
    """As the application does: never let a worker thread destroy Qt objects."""
    from carebot_desktop.ui.status.status_page import make_chart_qt_types
    from carebot_desktop.workers.gc_guard import MainThreadGarbageCollector

    make_chart_qt_types()  # and, as it does at start-up, no worker makes a Qt type
    collector = MainThreadGarbageCollector(qapp)
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def windows_deleted_after_the_test(qapp, qtbot):
    """The windows a test made are deleted at its teardown, in order, never by the garbage
    collector. A window is usually in a reference cycle (its slots are bound methods), so
    when the test's frame ends it lives on until a full collection, which then destroys a
    whole visible window from inside the collector, its parts in the collector's order:
    that crashed a worker (a segmentation fault in gc.collect, once in the CI's busy-machine
    runs). pytest-qt's ``addWidget`` keeps only a weak reference and closes; here the
    widgets given to it, and every parentless window Python made during the test, are kept
    alive until teardown and then deleted by Qt (``deleteLater``), children first as Qt
    does. Their Python wrappers, collected later, own nothing any more."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QWidget
    from shiboken6 import Shiboken

    def pointer(widget: QWidget) -> int:
        return int(Shiboken.getCppPointer(widget)[0])

    before = {pointer(w) for w in QApplication.topLevelWidgets()}
    kept: list[QWidget] = []
    add_widget = qtbot.addWidget

    def add_and_keep(widget, *, before_close_func=None):
        kept.append(widget)
        add_widget(widget, before_close_func=before_close_func)

    qtbot.addWidget = add_and_keep
    yield
    kept.extend(
        w
        for w in QApplication.topLevelWidgets()
        if pointer(w) not in before and Shiboken.createdByPython(w)
    )
    for widget in kept:
        if Shiboken.isValid(widget) and widget.parentWidget() is None:
            widget.hide()
            widget.deleteLater()
    kept.clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def application_state_restored(qapp):
    """What a test changes of the one QApplication of its process comes back afterwards:
    pytest-xdist runs any two test files in one process, and a text size of 200 %, a
    Korean locale (the calendar's weekday names, its first day of the week), a translator
    or the dark colours left by one file must not decide whether another passes.
    (The application sets these in app.Application, theme.apply_colours,
    theme.apply_text_scale and resources.install_translations.)"""
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QToolTip

    from carebot_desktop.ui import theme

    font, palette, sheet = qapp.font(), QPalette(qapp.palette()), qapp.styleSheet()
    style = qapp.style().name()
    tip_font, tip_palette = QToolTip.font(), QPalette(QToolTip.palette())
    locale = QLocale()
    current = dict(theme.CURRENT)
    translators = set(qapp.findChildren(QTranslator))
    quit_on_last = qapp.quitOnLastWindowClosed()
    names = (qapp.applicationName(), qapp.organizationName())
    yield
    for translator in set(qapp.findChildren(QTranslator)) - translators:
        qapp.removeTranslator(translator)  # (False, harmless, if the test removed it)
        translator.setParent(None)
        translator.deleteLater()
    QLocale.setDefault(locale)
    # (CURRENT["watching"] stays: the system's colour signal is connected once a process)
    theme.CURRENT.update(scheme=current["scheme"], choice=current["choice"])
    if qapp.style().name() != style:
        qapp.setStyle(style)
    if qapp.styleSheet() != sheet:
        qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    QToolTip.setPalette(tip_palette)
    QToolTip.setFont(tip_font)
    qapp.setQuitOnLastWindowClosed(quit_on_last)
    qapp.setApplicationName(names[0])
    qapp.setOrganizationName(names[1])


@pytest.fixture(autouse=True)
def stop_watching_without_asking(monkeypatch):
    """Signing out or quitting a watching desk asks first, in a modal box that would wait
    for a click for ever: tests answer "stop" unless they replace the answer themselves
    (tests/unit/ui/test_care_desk.py asks the question for real)."""
    from carebot_desktop.ui.care import shift_desk

    monkeypatch.setattr(shift_desk, "ask_stop", lambda *_args: shift_desk.STOP)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory, demo_hash) -> Path:
    """The demo data written once per test process (filling it took 2-3 s a test, most
    of the UI tests' set-up); each test gets its own copy of the file."""
    path = tmp_path_factory.mktemp("demo-template") / "carebot.sqlite3"
    database = Database(sqlite_url(path))
    database.create_schema()
    fill_demo(database, password_hash=demo_hash, days=8)
    database.dispose()
    return path


@pytest.fixture
def demo_db(tmp_path, demo_template):
    """A fresh copy of the demo database for this test alone (SQLite's backup API: whole
    and consistent, whatever its WAL held)."""
    path = tmp_path / "carebot.sqlite3"
    with (
        contextlib.closing(sqlite3.connect(demo_template)) as source,
        contextlib.closing(sqlite3.connect(path)) as copy,
    ):
        source.backup(copy)
    database = Database(sqlite_url(path))
    database.create_schema()  # (nothing to add: the template has it all)
    yield database
    database.dispose()


@pytest.fixture
def context(qapp, demo_db, tmp_path):
    from PySide6.QtCore import QSettings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    store = MemorySecretStore()
    runner = TaskRunner()
    ctx = AppContext(
        runner, demo_db, CarebotService(demo_db, store, bcrypt_cost=4), settings, store
    )
    yield ctx
    runner.wait()


def idle(window) -> bool:
    """Nothing of the window's is loading or waiting to run (what a sign-in starts after
    the first overview included)."""
    return (
        window._context.runner.pending() == 0
        and not window.rest_of_sign_in.isActive()
        and not any(getattr(p, "is_loading", False) for p in window.pages.values())
    )


@pytest.fixture
def window(qtbot, context):
    """The main window, shown, nobody signed in yet."""
    from carebot_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.shutdown()
    context.runner.wait()


@pytest.fixture
def desk(qtbot, context):
    """The caregiver's desk, signed in, its four families loaded."""
    from carebot_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.start_session(signed_in(context))
    qtbot.waitUntil(
        lambda: window.family_chooser.combo.count() == 4 and idle(window), timeout=30_000
    )
    yield window
    window.shutdown()
    context.runner.wait()


def signed_in(context: AppContext, email: str = CAREGIVER) -> SignedIn:
    """Sign in as the application does (with an offline copy kept on this computer)."""
    return context.sessions.sign_in(email, PASSWORD, False)
