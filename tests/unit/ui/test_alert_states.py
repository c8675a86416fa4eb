"""The alert states in the window (issue 18): taking and resolving from the banner, the
states on the list, the detail and the overview, a bad answer that writes nothing, and two
desks where one takes an alert and the other sees it within one poll."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from carebot_desktop.config.secrets import MemorySecretStore
from carebot_desktop.config.settings import Settings
from carebot_desktop.services import CarebotService, care
from carebot_desktop.ui.care.words import outcome_text
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.notifications.notifications_model import NotificationsModel
from carebot_desktop.workers.tasks import TaskRunner
from tests.unit.ui.conftest import idle, signed_in

DAUGHTER = "minjung.lee@carebot.example"  # 이민정, of 김순자's family (the fall)


def _list_text(page, index: int) -> str:
    assert page.show_alert(index)
    row = page.table.currentIndex().row()
    return str(page.proxy.index(row, 3).data())


def _overview_text(window, family_id: str) -> str:
    model = window.overview.model
    return model.state_text(model.rows()[model.row_of(family_id)])


def _fall(window):
    return next(a for a in window.critical.alerts if a.kind == "fall" and not a.is_read)


def _close_the_others(window, alert) -> None:
    """An older fall of the family is open too (nobody closed it; the overview would name
    that one first): a previous shift closes it."""
    context = window._context
    for older in [a for a in window.critical.alerts if a.family_id == alert.family_id]:
        if older.index != alert.index:
            context.db.care.resolve(older.index, "other", "", by=context.session.user_id)


def _poll_once(qtbot, window) -> None:
    poller = window.live_feed.poller_thread.poller
    done = poller.polls
    window.live_feed.poller_thread.poll_requested.emit()
    qtbot.waitUntil(lambda: poller.polls > done, timeout=20_000)
    qtbot.wait(100)
    qtbot.waitUntil(lambda: idle(window), timeout=20_000)


def _state(window, index: int) -> dict:
    return window._context.db.care.state(index)


def test_take_and_resolve_from_the_banner(qtbot, desk, context):
    db = context.db
    alert = desk.critical.newest()
    assert alert is not None and desk.banner.take_button.isVisible()
    _close_the_others(desk, alert)
    desk.overview.reload()
    desk.critical.load()
    qtbot.waitUntil(lambda: idle(desk), timeout=20_000)
    assert desk.critical.ringing() and desk.alarm.mode != "silent"
    index = alert.index
    desk.banner.take_button.click()
    qtbot.waitUntil(
        lambda: desk.critical.states.get(index, {}).get("state") == "taken" and idle(desk),
        timeout=20_000,
    )
    state = db.care.state(index)
    assert state["state"] == "taken" and state["taken_by_name"] == "박지은"
    if desk.critical.newest().index == index:  # no other alert waits for someone
        assert "박지은" in desk.banner.text_label.text()
        assert not desk.banner.take_button.isVisible()  # one's own
    # the list, the detail and the overview say who is on it
    desk.go_to("notifications")
    page = desk.notifications
    qtbot.waitUntil(lambda: idle(desk) and page.model.rowCount() > 0, timeout=20_000)
    assert "박지은" in _list_text(page, index)
    qtbot.waitUntil(lambda: "박지은" in page.care_panel.text.text(), timeout=20_000)
    assert page.care_panel.resolve_button.isVisible()
    # a crit alert's detail says whom to call: 119 and the family's emergency contacts
    contacts = page.care_panel.contacts
    assert contacts.isVisibleTo(page.care_panel) and "119" in contacts.emergency_number.text()
    numbers = [str(c["phone"]) for c in db.contacts.get_contacts(alert.family_id)]
    assert numbers  # the demo family keeps its members' numbers
    qtbot.waitUntil(lambda: [n.text() for n in contacts.numbers] == numbers, timeout=20_000)
    assert "박지은" in _overview_text(desk, alert.family_id)

    # Resolving: no outcome chosen writes nothing and says why; then a real answer.
    desk.banner.care.resolve(index, "낙상")
    dialog = desk.banner.care.resolve_dialog
    dialog.note_edit.setPlainText("방문하니 괜찮으셨음")
    dialog._on_accept()
    assert dialog.error.isVisible() and dialog.error.text()
    assert not dialog.result()
    dialog.buttons["visited"].setChecked(True)
    dialog.note_edit.setPlainText("x" * (care.TEXT_MAX + 1))
    dialog._on_accept()
    assert str(care.TEXT_MAX) in dialog.error.text()
    qtbot.wait(200)
    assert db.care.state(index)["state"] == "taken"  # nothing was written
    dialog.note_edit.setPlainText("방문하니 괜찮으셨음")
    dialog._on_accept()
    qtbot.waitUntil(lambda: db.care.state(index)["state"] == "resolved", timeout=20_000)
    qtbot.waitUntil(lambda: idle(desk), timeout=20_000)
    done = db.care.state(index)
    assert done["outcome"] == "visited" and done["note"] == "방문하니 괜찮으셨음"
    assert index not in {a.index for a in desk.critical.alerts}
    assert outcome_text("visited") in _list_text(page, index)
    qtbot.waitUntil(lambda: "방문하니" in page.care_panel.text.text(), timeout=20_000)
    assert not page.care_panel.take_button.isVisible()
    row = desk.overview.model.rows()[desk.overview.model.row_of(alert.family_id)]
    assert row.crit_open is None or row.crit_open["index"] != index


def test_the_list_model_with_states(qtmodeltester, desk):
    model = desk.notifications.model
    qtmodeltester.check(model)
    crit = [a for a in model.alerts() if a.grade == "crit"]
    assert crit and all(model.state_of(a) is not None for a in crit)
    states = [model.data(model.index(r, 3), NotificationsModel.STATE_ROLE) for r in range(3)]
    assert all(s is None or s["state"] in ("new", "taken", "resolved") for s in states)


@pytest.fixture
def second_context(qapp, demo_db, tmp_path):
    """A second PC on the same database: its own settings, runner and session."""
    from PySide6.QtCore import QSettings

    settings = Settings(QSettings(str(tmp_path / "second.ini"), QSettings.Format.IniFormat))
    store = MemorySecretStore()
    runner = TaskRunner()
    ctx = AppContext(
        runner, demo_db, CarebotService(demo_db, store, bcrypt_cost=4), settings, store
    )
    yield ctx
    runner.wait()


def test_two_desks_one_takes_the_other_sees_it_within_one_poll(qtbot, desk, second_context):
    from carebot_desktop.ui.main_window import MainWindow

    qtbot.waitUntil(lambda: bool(desk.critical.alerts), timeout=20_000)
    _close_the_others(desk, _fall(desk))
    home = MainWindow(second_context)
    qtbot.addWidget(home)
    home.show()
    home.start_session(signed_in(second_context, DAUGHTER))
    qtbot.waitUntil(
        lambda: home.family_chooser.combo.count() == 1 and idle(home) and home.live_feed.running,
        timeout=30_000,
    )
    try:
        qtbot.waitUntil(lambda: bool(home.critical.alerts), timeout=20_000)
        fall = _fall(home)
        assert "박지은" not in _overview_text(home, fall.family_id)
        # The caregiver's desk takes it; the daughter's sees it at her next poll.
        desk.go_to("notifications")
        qtbot.waitUntil(lambda: desk.notifications.show_alert(fall.index), timeout=20_000)
        panel = desk.notifications.care_panel
        qtbot.waitUntil(lambda: panel.take_button.isVisible(), timeout=20_000)
        panel.take_button.click()
        qtbot.waitUntil(lambda: _state(desk, fall.index)["state"] == "taken", timeout=20_000)
        _poll_once(qtbot, home)
        assert home.critical.states[fall.index]["taken_by_name"] == "박지은"
        assert "박지은" in _overview_text(home, fall.family_id)

        # The daughter takes it over after the confirmation; the desk sees her name.
        home.banner.care.take(fall.index)
        box = None

        def asked() -> bool:
            nonlocal box
            box = home.banner.care.take_over_box
            return box is not None and box.isVisible()

        qtbot.waitUntil(asked, timeout=20_000)
        assert "박지은" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(
            lambda: _state(desk, fall.index)["taken_by_name"] == "이민정", timeout=20_000
        )
        kinds = [e["kind"] for e in desk._context.db.care.events(fall.index)]
        assert [k for k in kinds if k.startswith("take")] == ["take", "take_over"]
        _poll_once(qtbot, desk)
        assert desk.critical.states[fall.index]["taken_by_name"] == "이민정"
        assert "이민정" in _overview_text(desk, fall.family_id)
        # the list reloaded, the selection kept: the detail says who holds it now
        qtbot.waitUntil(lambda: "이민정" in panel.text.text(), timeout=20_000)
    finally:
        home.shutdown()
        second_context.runner.wait()


def test_an_overdue_hold_reminds_its_holder_once(qtbot, desk, context):
    """A crit alert this person took 31 minutes ago and has not resolved: the banner
    says it is overdue and the tray reminds once."""
    from datetime import timedelta

    from carebot_desktop.data.validation import utcnow

    alert = desk.critical.newest()
    now = utcnow()
    desk.critical.states[alert.index] = {
        "index": alert.index,
        "family_id": alert.family_id,
        "grade": "crit",
        "state": "taken",
        "created_at": now - timedelta(minutes=40),
        "taken_by": context.session.user_id,
        "taken_by_name": "박지은",
        "taken_at": now - timedelta(minutes=31),
        "escalation": 0,
    }
    messages = []
    desk.tray.show_message = lambda *args: messages.append(args)
    reminded = []
    desk.critical.overdue.connect(reminded.append)
    desk.critical._on_tick()
    desk.critical._on_tick()
    assert [a.index for a in reminded] == [alert.index]
    assert len(messages) == 1
    assert care.overdue(desk.critical.states[alert.index], utcnow())


def test_from_a_crit_alert_the_caregiver_writes_to_the_family(qtbot, desk, context):
    """The alert's detail opens Messages on a conversation with one of that family's
    members (the elder comes first in the list; the caregiver tells the daughter)."""
    alert = desk.critical.newest()
    assert alert is not None
    desk.go_to("notifications")
    page = desk.notifications
    qtbot.waitUntil(lambda: idle(desk) and page.model.rowCount() > 0, timeout=20_000)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).index == alert.index)
    page.table.selectRow(page.proxy.mapFromSource(page.model.index(row, 0)).row())
    qtbot.waitUntil(lambda: page.care_panel.message_button.isVisible(), timeout=20_000)
    page.care_panel.message_button.click()
    qtbot.waitUntil(lambda: idle(desk), timeout=20_000)
    assert desk.page_stack.currentWidget() is desk.messages
    chosen = desk.messages.model.row_at(desk.messages.list.currentIndex().row())
    elder = context.db.families.get_one_family(alert.family_id)["main_user"]
    members = {m["user_id"] for m in context.db.members.get_all_members(family_id=alert.family_id)}
    assert chosen.family_id == alert.family_id
    assert chosen.partner_id in members and chosen.partner_id != elder
