"""Keyboard keys (Alt + a letter, the "&" of a text) are unique in each window (issue 20).

Alt+S focused "CSV로 내보내기(S)" while the alarm banner said "확인했습니다(S)", and the
connection dialog used (E) twice. Each window is walked as a person sees it, in Korean and
in English: the main window on every screen (the caregiver's desk with the alarm banner
shown and an alert open in the notifications; the elder's own, who may edit the family and
answer requests to join; the sign-in page) and every dialog the application opens. The
keys of every visible button, check box, radio button, tab, group box and label with a
buddy that share one top-level window are collected with Qt's own parser
(``QKeySequence.mnemonic``); a key used twice fails.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)

from carebot_desktop.ui import format as fmt
from carebot_desktop.ui.resources import install_translations
from tests.unit.ui.conftest import ELDER, idle, signed_in

LANGUAGES = ("ko", "en")
NO_BUDDY = "a key on a label without a buddy"


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    """The application's translators for the language, installed before any window is made
    (windows translate their words when they are built)."""
    before = fmt.language()
    translators = install_translations(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    fmt.set_language(before)


def keys_in(top: QWidget) -> dict[str, list[str]]:
    """Every keyboard key of what ``top`` shows now: key -> the texts that use it."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.window() is not top or not widget.isVisibleTo(top):
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        # A key on a label with nothing to focus shows its "&" and does nothing.
        lonely = isinstance(widget, QLabel) and widget.buddy() is None
        if lonely and "<" not in widget.text() and QKeySequence.mnemonic(widget.text()).count():
            found[NO_BUDDY].append(f"QLabel {widget.text()!r}")
        for text in texts:
            key = QKeySequence.mnemonic(text)
            if not key.isEmpty():
                found[key.toString()].append(f"{type(widget).__name__} {text!r}")
    return dict(found)


def clashes(top: QWidget, where: str) -> list[str]:
    """The keys used twice in ``top``, for every tab of each of its tab widgets."""
    found = []
    tab_widgets = [t for t in top.findChildren(QTabWidget) if t.isVisibleTo(top)] or [None]
    for tabs in tab_widgets:
        for index in range(tabs.count() if tabs else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            for key, texts in keys_in(top).items():
                if len(texts) > 1 or key == NO_BUDDY:
                    found.append(f"{where}: {key} {sorted(texts)}")
    return sorted(set(found))


def test_the_walk_sees_keys_and_a_clash(qtbot):
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    field = QLineEdit()
    label = QLabel("&Name")
    label.setBuddy(field)
    hidden = QPushButton("&Hidden")
    for widget in (label, field, QPushButton("&Save"), QCheckBox("&Sound"), hidden):
        layout.addWidget(widget)
    hidden.hide()
    top.show()
    assert clashes(top, "test") == ["test: Alt+S [\"QCheckBox '&Sound'\", \"QPushButton '&Save'\"]"]
    lonely = QLabel("&Lonely")
    layout.addWidget(lonely)
    lonely.show()
    keys = keys_in(top)
    assert sorted(keys) == ["Alt+N", "Alt+S", NO_BUDDY]
    assert len(keys["Alt+S"]) == 2
    assert keys[NO_BUDDY] == ["QLabel '&Lonely'"]


def _window(qtbot, context, email=None):
    from carebot_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    if email is None:
        window.show_login()
        return window
    window.start_session(signed_in(context, email) if email != "desk" else signed_in(context))
    count = 1 if email == ELDER else 4
    qtbot.waitUntil(
        lambda: window.family_chooser.combo.count() == count and idle(window), timeout=30_000
    )
    return window


def _walk_screens(qtbot, window, who: str) -> list[str]:
    found = []
    for key in window.pages:
        window.go_to(key)
        qtbot.waitUntil(lambda: idle(window), timeout=20_000)
        if key == "notifications" and window.critical.alerts:
            page = window.pages[key]
            shown = window.critical.alerts[0].index
            qtbot.waitUntil(lambda p=page, i=shown: p.show_alert(i), timeout=20_000)
            qtbot.waitUntil(lambda: idle(window), timeout=20_000)
        found += clashes(window, f"{who}, {key}")
    return found


def test_the_desk_window_uses_each_key_once(qtbot, context, language):
    window = _window(qtbot, context, "desk")
    banner = window.banner
    assert banner.isVisible()  # (the demo has open crit alerts)
    # The alarm's own keys, said in its text too (an English desk hides the underlines):
    # 맡을게요 Alt+K / I'm on it Alt+O, and 해결 Alt+R, whatever screen is shown.
    native = QKeySequence.SequenceFormat.NativeText
    take = QKeySequence.mnemonic(banner.take_button.text()).toString(native)
    resolve = QKeySequence.mnemonic(banner.resolve_button.text()).toString(native)
    assert (take, resolve) == ({"ko": "Alt+K", "en": "Alt+O"}[language], "Alt+R")
    assert resolve in banner.text_label.text()
    assert take in banner.text_label.text() or not banner.take_button.isVisible()
    found = _walk_screens(qtbot, window, f"{language} desk")
    window.shutdown()
    context.runner.wait()
    assert found == [], "\n".join(found)


def test_the_elder_window_and_the_sign_in_page_use_each_key_once(qtbot, context, language):
    window = _window(qtbot, context, ELDER)
    found = _walk_screens(qtbot, window, f"{language} elder")
    window.shutdown()
    context.runner.wait()
    signing_in = _window(qtbot, context)
    found += clashes(signing_in, f"{language} sign-in")
    assert found == [], "\n".join(found)


def test_every_dialog_uses_each_key_once(qtbot, context, language):
    from carebot_desktop.ui.account_dialog import AccountDialog
    from carebot_desktop.ui.family.contact_dialog import ContactDialog
    from carebot_desktop.ui.help_dialog import HelpDialog
    from carebot_desktop.ui.login.connection_dialog import ConnectionDialog
    from carebot_desktop.ui.login.register_dialog import RegisterDialog
    from carebot_desktop.ui.members.members_page import JoinDialog
    from carebot_desktop.ui.notifications.resolve_dialog import ResolveDialog
    from carebot_desktop.ui.report.export import ReasonDialog
    from carebot_desktop.ui.settings_dialog import SettingsDialog

    window = _window(qtbot, context, "desk")
    window.go_to("status")
    window.status_page.open_report()
    report = window.status_page.report_dialog
    qtbot.waitUntil(lambda: report.document is not None, timeout=30_000)
    handover = window.shift.open_handover()
    assert handover is not None
    qtbot.waitUntil(lambda: idle(window), timeout=20_000)
    dialogs = {
        "report": report,
        "handover": handover,
        "settings": SettingsDialog(context.settings, window),
        "account": AccountDialog(context, window),
        "connection": ConnectionDialog(context, window),
        "register": RegisterDialog(context, window),
        "resolve": ResolveDialog("위급 · 김순자 · 낙상 감지", window),
        "contact": ContactDialog(window),
        "help": HelpDialog(context, window),
        "join": JoinDialog(window),
        "reason": ReasonDialog("report", window),
    }
    found = []
    for name, dialog in dialogs.items():
        dialog.show()
        qtbot.waitUntil(lambda: idle(window), timeout=20_000)
        if name == "connection":  # the server's fields shown too
            dialog.server.setChecked(True)
        if name == "resolve":  # the note shown for every outcome
            dialog.buttons["other"].setChecked(True)
        found += clashes(dialog, f"{language} {name}")
        dialog.hide()
        assert dialog.window() is dialog
    window.shutdown()
    context.runner.wait()
    assert found == [], "\n".join(found)
