"""The screenshot mode (``--screenshot DIR``): each view rendered on the data to
``DIR/<view>.png``, then the program exits. Qt is imported only when it runs, so the command
line can name the views without loading Qt."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from carebot_desktop.services.demo import DEMO_PASSWORD

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

    from carebot_desktop.app import Application

SCREENS = ("signin", "overview", "family", "members", "status", "messages", "notifications")
# Rendered after the screens: dialogs, and one screen in the dark scheme.
EXTRA_VIEWS = ("report", "care-log", "handover", "sessions", "about", "dark-status")
# The window as on the smallest laptop the desk is used on, maximised (at any text size:
# --text-scale 200 shows what a person with poor eyesight sees there).
SHOT_SIZE = (1366, 768)


def shoot_extras(application: Application, folder: Path, saved: list[Path]) -> None:
    """The report preview, the care log, the handover, the sessions, About, and the
    status screen in dark colours."""
    from carebot_desktop.ui import theme  # Qt: only when it runs

    qapp, window = application.qapp, application.window

    def idle() -> bool:  # of the window now shown (it is rebuilt for the dark view)
        return application.runner.pending() == 0 and not any(
            getattr(page, "is_loading", False) for page in application.window.pages.values()
        )

    def grab(widget: QWidget, name: str) -> None:
        wait_until(qapp, idle)
        wait_until(qapp, lambda: False, 0.3)
        target = folder / f"{name}.png"
        if not widget.grab().save(str(target)):
            raise OSError(f"could not write {target}")
        saved.append(target)

    window.go_to("status")
    window.status_page.open_report()
    report = window.status_page.report_dialog
    wait_until(qapp, lambda: not report.loading, 60)
    grab(report, "report")
    report.close()
    shoot_care(application, grab)
    window.open_account()
    account = window.account_dialog
    if account is None:
        raise RuntimeError("the account dialog did not open (signed out?)")
    account.tabs.setCurrentIndex(2)
    grab(account, "sessions")  # (offline: the list says it needs the server)
    account.close()
    window.open_help()
    about = window.help_dialog
    if about is None:
        raise RuntimeError("the help dialog did not open")
    grab(about, "about")
    about.close()
    application.rebuild_window_in(theme_choice="dark")
    window = application.window
    window.alarm.suspended = True
    window.resize(*SHOT_SIZE)
    wait_until(qapp, lambda: window.family_chooser.count() > 0 and idle(), 60)
    window.go_to("status")
    wait_until(qapp, lambda: bool(window.status_page.charts) and idle(), 60)
    grab(window, "dark-status")
    theme.apply_colours(
        qapp, getattr(application.args, "colours", None) or application.settings.get("ui/theme")
    )


def shoot_care(application: Application, grab: Callable[[QWidget, str], None]) -> None:
    """The Status screen's care log (in the demo, with a note written as a caregiver
    would) and the shift handover dialog with this shift's summary."""
    qapp, window = application.qapp, application.window
    care_log = window.status_page.care_log
    window.status_page.side_tabs.setCurrentWidget(care_log)
    if application.demo:
        care_log.note.setPlainText("저녁 식사 절반 드심. 혈압약 복용 확인. 밤 10시 순찰 때 주무심.")
        care_log.add_note()
        wait_until(qapp, lambda: care_log.add_button.isEnabled(), 30)
    grab(window, "care-log")
    dialog = window.shift.open_handover()
    if dialog is None:
        raise RuntimeError("the handover dialog did not open (signed out?)")
    wait_until(qapp, lambda: dialog.view is not None, 30)
    dialog.note.setPlainText(
        "김순자 님 낙상 1건 병원 이송, 보호자 연락함. 내일 오전 결과 확인 필요."
    )
    grab(dialog, "handover")
    dialog.close()
    window.status_page.side_tabs.setCurrentIndex(0)


def wait_until(
    qapp: QCoreApplication, condition: Callable[[], bool], timeout_s: float = 120
) -> bool:
    from PySide6.QtCore import QDeadlineTimer, QThread  # Qt: only when it runs

    deadline = QDeadlineTimer(int(timeout_s * 1000))
    while not deadline.hasExpired():
        qapp.processEvents()
        if condition():
            return True
        QThread.msleep(15)
    return False


def take_screenshots(application: Application, folder: Path, demo_user: str) -> int:
    """Render each main view on the demo data to ``folder/<screen>.png`` (signed in as
    ``--sign-in``, else, in the demo, as ``demo_user``)."""
    qapp, window, runner = application.qapp, application.window, application.runner
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(*SHOT_SIZE)
    window.show()
    window.alarm.suspended = True  # rendering: no chime

    def idle() -> bool:
        return runner.pending() == 0 and not any(
            getattr(page, "is_loading", False) for page in window.pages.values()
        )

    if not wait_until(qapp, lambda: application.prepared and runner.pending() == 0):
        print("the database was not ready in time", file=sys.stderr)
        return 1
    saved = []

    def shoot(name: str) -> None:
        wait_until(qapp, idle)
        wait_until(qapp, lambda: False, 0.3)  # let the last paints settle
        target = folder / f"{name}.png"
        if not window.grab().save(str(target)):
            raise OSError(f"could not write {target}")
        saved.append(target)

    shoot("signin")
    if window.stack.currentWidget() is window.desk:
        pass  # a remembered session signed in already
    elif application.args.sign_in:  # on the demo data too: another demo person's view
        default = DEMO_PASSWORD if application.demo else ""
        window.login_page.sign_in_with(
            application.args.sign_in, os.environ.get("CAREBOT_SIGNIN_PASSWORD", default)
        )
    elif application.demo:
        window.login_page.sign_in_with(demo_user, DEMO_PASSWORD)
    if not wait_until(qapp, lambda: window.stack.currentWidget() is window.desk):
        print("sign-in did not complete: " + window.login_page.error.text(), file=sys.stderr)
        return 1
    # (and what the sign-in starts after the first overview: the notifications, messages)
    wait_until(
        qapp,
        lambda: (
            window.family_chooser.count() > 0 and not window.rest_of_sign_in.isActive() and idle()
        ),
    )
    for name in SCREENS[1:]:
        window.go_to(name)
        shoot(name)
    shoot_extras(application, folder, saved)
    session = application.context.session
    if session is not None and session.offline:
        as_of = session.as_of
        print(f"offline, as of {as_of.isoformat() if as_of else 'unknown'}")
    for target in saved:
        print(target)
    return 0
