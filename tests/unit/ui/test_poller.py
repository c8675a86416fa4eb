"""The notification poller: its logic with a fake source, then on a real database, then
on its own thread."""

import pytest

from carebot_desktop.data import DatabaseUnavailableError
from carebot_desktop.workers.poller import MAX_BACKOFF_MS, NotificationPoller, PollerThread
from tests.unit.ui.conftest import signed_in


class FakeSource:
    def __init__(self):
        self.rows = [{"index": i, "family_id": "F"} for i in range(1, 4)]
        self.down = False
        self.asked = []

    def latest(self):
        if self.down:
            raise DatabaseUnavailableError("down")
        return max(r["index"] for r in self.rows)

    def fetch(self, after):
        self.asked.append(after)
        if self.down:
            raise DatabaseUnavailableError("down")
        return [r for r in self.rows if r["index"] > after]


def test_poll_once_is_incremental_and_survives_outages(qtbot):
    source = FakeSource()
    poller = NotificationPoller(source.fetch, source.latest, interval_ms=10_000)
    assert poller.poll_once() == []  # start: remember the newest, announce nothing old
    assert poller.last_index == 3
    source.rows.append({"index": 4, "family_id": "F"})
    with qtbot.waitSignal(poller.notifications_received) as received:
        assert [r["index"] for r in poller.poll_once()] == [4]
    assert [r["index"] for r in received.args[0]] == [4]
    assert source.asked[-1] == 3  # only newer than the newest seen
    source.down = True
    with qtbot.waitSignal(poller.connection_lost):
        assert poller.poll_once() == []
    assert poller.offline
    poller.poll_once()
    assert poller.next_delay_ms() == 40_000  # back-off doubles
    for _ in range(20):
        poller.poll_once()
    assert poller.next_delay_ms() == MAX_BACKOFF_MS
    source.down = False
    source.rows.append({"index": 5, "family_id": "F"})
    with qtbot.waitSignal(poller.connection_restored):
        assert [r["index"] for r in poller.poll_once()] == [5]
    assert poller.next_delay_ms() == 10_000


def test_poller_on_a_real_database(context):
    session = signed_in(context)
    ids = [f["id"] for f in session.api.families.get_all_families()]
    api = session.api
    poller = NotificationPoller(
        lambda after: api.notifications.get_notifications_after(ids, after),
        lambda: api.notifications.latest_notification_index(ids),
    )
    assert poller.poll_once() == []
    index = context.db.notifications.create_notification(
        {"family_id": ids[0], "notification_grade": "crit", "description": "낙상감지"}
    )
    assert [r["index"] for r in poller.poll_once()] == [index]
    assert poller.poll_once() == []


def test_poller_thread_delivers_and_stops(qtbot):
    source = FakeSource()
    poller = NotificationPoller(source.fetch, source.latest, interval_ms=1_000)
    thread = PollerThread(poller)
    thread.start()
    try:
        qtbot.waitUntil(lambda: poller.last_index == 3, timeout=5_000)
        source.rows.append({"index": 4, "family_id": "F"})
        with qtbot.waitSignal(poller.notifications_received, timeout=10_000) as received:
            thread.poll_requested.emit()
        assert received.args[0][0]["index"] == 4
    finally:
        assert thread.shutdown()
    assert not thread.thread.isRunning()


@pytest.mark.parametrize("seconds", [2, 60])
def test_interval_changes_reach_the_thread(qtbot, seconds):
    source = FakeSource()
    poller = NotificationPoller(source.fetch, source.latest)
    thread = PollerThread(poller)
    thread.start()
    try:
        thread.interval_changed.emit(seconds * 1000)
        qtbot.waitUntil(lambda: poller.next_delay_ms() == seconds * 1000, timeout=5_000)
    finally:
        thread.shutdown()


def test_garbage_is_collected_on_the_gui_thread(qapp):
    import gc
    import weakref

    from carebot_desktop.workers.gc_guard import MainThreadGarbageCollector

    assert not gc.isenabled()  # the session's collector switched automatic collection off

    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a  # a cycle only the cyclic collector frees
    probe = weakref.ref(a)
    del a, b
    collector = MainThreadGarbageCollector(interval_ms=60_000)
    junk = [[] for _ in range(gc.get_threshold()[0] + 10)]  # past generation 0's threshold
    assert probe() is not None  # nothing collects by itself any more
    collector._on_timeout()  # what the GUI thread's timer does
    assert probe() is None
    del junk
    collector._timer.stop()
