"""The notification poller: its logic with a fake source, then on a real database, then
on its own thread."""

import threading
import time

import pytest
from PySide6.QtCore import QObject, QThread, Slot

from carebot_desktop.data import DatabaseUnavailableError
from carebot_desktop.services.alerts import AlertFeed
from carebot_desktop.workers.poller import MAX_BACKOFF_MS, NotificationPoller, PollerThread
from tests.unit.ui.conftest import signed_in


class Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.rows = []

    @Slot(list)
    def on_rows(self, rows):
        self.rows.append(rows)


class FakeSource:
    """A plain poll function: the rows with a larger index than the last poll saw."""

    def __init__(self):
        self.rows = [{"index": i, "family_id": "F"} for i in range(1, 4)]
        self.down = False
        self.seen = None

    def poll(self):
        if self.down:
            raise DatabaseUnavailableError("down")
        if self.seen is None:
            self.seen = max(r["index"] for r in self.rows)
            return []
        new = [r for r in self.rows if r["index"] > self.seen]
        if new:
            self.seen = new[-1]["index"]
        return new


def test_poll_once_delivers_and_survives_outages(qtbot):
    source = FakeSource()
    poller = NotificationPoller(source.poll, interval_ms=10_000)
    assert poller.poll_once() == []  # start: nothing old is announced
    source.rows.append({"index": 4, "family_id": "F"})
    with qtbot.waitSignal(poller.notifications_received) as received:
        assert [r["index"] for r in poller.poll_once()] == [4]
    assert [r["index"] for r in received.args[0]] == [4]
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


def test_a_bug_in_a_poll_does_not_end_polling(qtbot, caplog):
    calls = []

    def poll():
        calls.append(1)
        if len(calls) == 1:
            raise KeyError("a bug")
        return [{"index": 9, "family_id": "F"}]

    poller = NotificationPoller(poll)
    assert poller.poll_once() == []
    assert "failed unexpectedly" in caplog.text
    assert [r["index"] for r in poller.poll_once()] == [9]


def test_poller_on_a_real_database(context):
    session = signed_in(context)
    ids = [f["id"] for f in session.api.families.get_all_families()]
    poller = NotificationPoller(AlertFeed(session.api, ids).poll)
    assert poller.poll_once() == []
    index = context.db.notifications.create_notification(
        {"family_id": ids[0], "notification_grade": "crit", "description": "낙상감지"}
    )
    assert [r["index"] for r in poller.poll_once()] == [index]
    assert poller.poll_once() == []


def test_poller_thread_delivers_and_stops(qtbot):
    source = FakeSource()
    poller = NotificationPoller(source.poll, interval_ms=1_000)
    owner = QObject()
    thread = PollerThread(poller, owner)
    assert thread.worker_thread.parent() is thread  # owned, never a stray QThread
    thread.start()
    try:
        qtbot.waitUntil(lambda: source.seen == 3, timeout=5_000)
        source.rows.append({"index": 4, "family_id": "F"})
        # A receiver on the GUI thread, as the window is (qtbot.waitSignal would run its
        # own slot on the poller's thread, and stop its timer from there).
        receiver = Receiver()
        poller.notifications_received.connect(receiver.on_rows)
        thread.poll_requested.emit()
        qtbot.waitUntil(lambda: bool(receiver.rows), timeout=10_000)
        assert receiver.rows[0][0]["index"] == 4
    finally:
        thread.shutdown()
    assert thread.worker_thread.isFinished()
    # The poller came home: destroying it here destroys it on its own thread.
    assert poller.thread() is QThread.currentThread()
    assert poller._timer is None


def test_shutdown_waits_for_a_slow_poll(qtbot):
    """A poll stuck on the database is waited for: a QThread destroyed while running
    aborts the process."""
    started = threading.Event()

    def slow_poll():
        started.set()
        time.sleep(1.5)
        return []

    poller = NotificationPoller(slow_poll, interval_ms=60_000)
    thread = PollerThread(poller)
    thread.start()
    assert started.wait(5)
    thread.shutdown(patience_ms=100)  # impatient, but it still joins
    assert thread.worker_thread.isFinished()


@pytest.mark.parametrize("seconds", [2, 60])
def test_interval_changes_reach_the_thread(qtbot, seconds):
    source = FakeSource()
    poller = NotificationPoller(source.poll)
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
