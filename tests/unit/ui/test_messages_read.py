"""Opening a conversation marks what it shows as read, so it is opened only when the person
can see it: signing in (the list is read for the sidebar's badge) and a message coming in
while another screen is shown leave the messages unread until Messages is shown."""

from __future__ import annotations

from carebot_desktop.services.changes import DeskChanges
from tests.unit.ui.conftest import idle, signed_in


def _unread_from(context, user_id: str, partner: str) -> int:
    waiting = context.db.messages.get_new_received_messages(user_id)
    return sum(1 for m in waiting if m["from_id"] == partner)


def _unread(context, user_id: str) -> set[int]:
    return {m["index"] for m in context.db.messages.get_new_received_messages(user_id)}


def _row_of(messages, partner: str) -> int:
    return next(
        r
        for r in range(messages.model.rowCount())
        if messages.model.row_at(r).partner_id == partner
    )


def test_messages_stay_unread_until_the_messages_screen_is_shown(qtbot, window, context):
    session = signed_in(context)
    me = session.user_id
    elder = context.db.families.get_all_families()[0]["main_user"]
    context.db.messages.create_message({"from_id": elder, "to_id": me, "content": "고맙다."})
    waiting = _unread(context, me)
    window.start_session(session)
    messages = window.messages
    qtbot.waitUntil(
        lambda: messages.model.rowCount() > 0 and messages.unread_total() >= 1, timeout=30_000
    )
    qtbot.waitUntil(lambda: not messages.is_loading, timeout=20_000)
    qtbot.wait(500)  # (a conversation opened now would have marked its messages read)
    assert window.page_stack.currentWidget() is not messages
    assert messages.partner_id is not None  # chosen (the first with unread), not opened
    assert messages._thread is None
    assert waiting <= _unread(context, me)  # signing in read nothing (the watcher may write)

    window.go_to("messages")
    qtbot.waitUntil(lambda: messages._thread is not None and idle(window), timeout=20_000)
    shown = messages.partner_id
    assert _unread_from(context, me, shown) == 0  # read now: the person sees them
    messages.list.setCurrentIndex(messages.model.index(_row_of(messages, elder)))
    qtbot.waitUntil(lambda: "고맙다" in messages.view.toPlainText(), timeout=20_000)
    qtbot.waitUntil(lambda: _unread_from(context, me, elder) == 0, timeout=20_000)

    # A message comes while the person is on the overview: it stays unread there.
    window.go_to("overview")
    context.db.messages.create_message({"from_id": elder, "to_id": me, "content": "밥 잘 먹었다."})
    context.broadcast(DeskChanges(messages=True))  # what the poller's change check says
    qtbot.waitUntil(
        lambda: messages.model.row_at(_row_of(messages, elder)).unread == 1, timeout=20_000
    )
    qtbot.waitUntil(lambda: not messages.is_loading, timeout=20_000)
    qtbot.wait(500)
    assert _unread_from(context, me, elder) == 1
    window.go_to("messages")
    qtbot.waitUntil(lambda: "밥 잘 먹었다" in messages.view.toPlainText(), timeout=20_000)
    qtbot.waitUntil(lambda: _unread_from(context, me, elder) == 0, timeout=20_000)
