"""The background-operation type: plain work only, outcomes only for a live and current
requester, failures never lost."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QObject, QThread, QThreadPool
from PySide6.QtWidgets import QWidget

from carebot_desktop.data import NotFoundError
from carebot_desktop.workers.tasks import TaskRunner, check_plain_work


def _slow_echo(value, gate: threading.Event):
    gate.wait(5)
    return value


def test_work_that_would_touch_qt_is_refused(qapp):
    widget = QWidget()
    with pytest.raises(TypeError, match="Qt object"):
        check_plain_work(len, (widget,))
    with pytest.raises(TypeError, match="Qt object"):
        check_plain_work(lambda: widget.show(), ())
    with pytest.raises(TypeError, match="Qt object"):
        check_plain_work(widget.close, ())
    check_plain_work(lambda x: x + 1, (1,))  # plain values are fine


def test_the_outcome_arrives_on_the_gui_thread(qtbot):
    runner, requester = TaskRunner(), QObject()
    threads = []
    runner.op(requester, sum, [1, 2, 3]).success(
        lambda result: threads.append((result, QThread.currentThread()))
    ).run()
    qtbot.waitUntil(lambda: bool(threads), timeout=5_000)
    assert threads == [(6, QThread.currentThread())]
    assert runner.wait()


def test_the_latest_request_wins(qtbot):
    runner, requester = TaskRunner(), QObject()
    first_gate, second_gate = threading.Event(), threading.Event()
    shown = []
    runner.op(requester, _slow_echo, "30 days", first_gate).latest("chart").success(
        shown.append
    ).run()
    runner.op(requester, _slow_echo, "24 hours", second_gate).latest("chart").success(
        shown.append
    ).run()
    second_gate.set()
    qtbot.waitUntil(lambda: shown == ["24 hours"], timeout=5_000)
    first_gate.set()  # the older answer arrives last ...
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5_000)
    assert shown == ["24 hours"]  # ... and is dropped


def test_pool_threads_emit_on_one_object_that_outlives_them(qtbot):
    """No QObject per operation: the GUI thread deleted each one once its outcome was
    delivered, and Qt may still be inside the pool thread's emit on it then (a segmentation
    fault in _run, once in a whole suite, on superseded chart reads). The one sender is a
    child of the runner made after its pools, so it is destroyed after they finished."""
    runner, requester = TaskRunner(), QObject()
    before = runner.children()
    gates = [threading.Event() for _ in range(6)]
    shown = []
    for number, gate in enumerate(gates):
        runner.op(requester, _slow_echo, number, gate).latest("chart").success(shown.append).run()
    assert runner.pending() == 6
    assert runner.children() == before  # nothing made per operation
    pools = [child for child in before if isinstance(child, QThreadPool)]
    assert len(pools) == 3 and before.index(runner._relay) > max(map(before.index, pools))
    for gate in gates:
        gate.set()
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5_000)
    assert shown == [5] and runner.children() == before
    assert runner.wait()


def test_a_deleted_requester_gets_nothing(qtbot):
    runner = TaskRunner()
    requester = QWidget()
    gate = threading.Event()
    shown = []
    runner.op(requester, _slow_echo, 1, gate).success(shown.append).run()
    requester.deleteLater()
    qtbot.waitUntil(lambda: not _alive(requester), timeout=5_000)
    gate.set()
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5_000)
    assert shown == []


def _alive(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_sign_out_and_close_drop_late_outcomes(qtbot):
    runner, requester = TaskRunner(), QObject()
    gate = threading.Event()
    shown = []
    runner.op(requester, _slow_echo, "session", gate).success(shown.append).run()
    runner.op(requester, _slow_echo, "sign-in", gate).success(shown.append).outlives_session().run()
    runner.end_epoch()  # signed out meanwhile
    gate.set()
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5_000)
    assert shown == ["sign-in"]
    runner.close()
    assert runner.op(requester, sum, [1]).success(shown.append).run() is False


def test_an_unhandled_failure_is_logged_with_its_traceback_and_reported(qtbot, caplog):
    runner, requester = TaskRunner(), QObject()
    reported = []
    runner.unhandled_failure.connect(reported.append)

    def broken():
        raise KeyError("boom")

    caplog.set_level(logging.INFO, logger="carebot_desktop.workers.tasks")
    runner.op(requester, broken).run()
    qtbot.waitUntil(lambda: bool(reported), timeout=5_000)
    assert isinstance(reported[0], KeyError)
    failures = [r for r in caplog.records if r.exc_info]
    assert failures and "broken" in failures[0].getMessage()
    assert all(r.exc_info[2] is not None for r in failures)  # with its traceback
    handled = []
    runner.op(requester, lambda: (_ for _ in ()).throw(NotFoundError("none"))).failure(
        handled.append
    ).run()
    qtbot.waitUntil(lambda: bool(handled), timeout=5_000)
    assert len(reported) == 1  # a handled failure goes to its handler only


def test_error_text_never_shows_a_class_name(qapp):
    from carebot_desktop.ui.errors import error_text

    text = error_text(KeyError("x"))
    assert "KeyError" not in text and "carebot-desktop.log" in text


def test_a_crash_report_from_any_thread_opens_one_dialog(qtbot):
    from PySide6.QtWidgets import QMessageBox

    from carebot_desktop.ui.crash_dialog import CrashReporter

    window = QWidget()
    qtbot.addWidget(window)
    reporter = CrashReporter(window)
    thread = threading.Thread(target=reporter.report, args=("KeyError: 'x'",))
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter._box is not None, timeout=5_000)
    box = reporter._box
    assert isinstance(box, QMessageBox) and "carebot-desktop.log" in box.informativeText()
    reporter.report("again")  # while one is open, no second dialog
    qtbot.wait(50)
    assert reporter._box is box
    box.close()


def test_the_gui_thread_gets_the_interpreter_back_quickly_while_work_runs(qtbot, monkeypatch):
    """While any runner has work in flight the switch interval is short (a sync's worker
    otherwise kept the GUI thread waiting for the interpreter); Python's own once none has,
    whichever runner finishes last."""
    import sys

    from carebot_desktop.workers import tasks

    # this test's runners alone (an earlier test's window may still have work in flight)
    monkeypatch.setattr(tasks, "_busy_runners", set())
    monkeypatch.setattr(tasks, "_idle_switch_interval", [])
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    try:
        _runners_share_the_interpreter(qtbot)
    finally:
        sys.setswitchinterval(before)


def _runners_share_the_interpreter(qtbot) -> None:
    import sys

    from carebot_desktop.workers.tasks import BUSY_SWITCH_INTERVAL_S

    own = sys.getswitchinterval()
    assert own > BUSY_SWITCH_INTERVAL_S  # Python's 5 ms
    first, second, requester = TaskRunner(), TaskRunner(), QObject()
    first_gate, second_gate = threading.Event(), threading.Event()
    first.op(requester, _slow_echo, 1, first_gate).run()
    assert sys.getswitchinterval() == pytest.approx(BUSY_SWITCH_INTERVAL_S)
    second.op(requester, _slow_echo, 2, second_gate).background().run()
    first_gate.set()
    qtbot.waitUntil(lambda: first.pending() == 0, timeout=5_000)
    assert sys.getswitchinterval() == pytest.approx(BUSY_SWITCH_INTERVAL_S)  # the second's
    second_gate.set()
    qtbot.waitUntil(lambda: second.pending() == 0, timeout=5_000)
    assert sys.getswitchinterval() == pytest.approx(own)


def test_a_closed_runner_no_longer_counts_as_busy(qtbot, monkeypatch):
    """A runner closed at shutdown delivers nothing more; once its work is done it no
    longer keeps the switch interval short for the rest of the process."""
    import sys

    from carebot_desktop.workers import tasks

    monkeypatch.setattr(tasks, "_busy_runners", set())
    monkeypatch.setattr(tasks, "_idle_switch_interval", [])
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    try:
        runner, requester, gate = TaskRunner(), QObject(), threading.Event()
        runner.op(requester, _slow_echo, 1, gate).run()
        assert sys.getswitchinterval() == pytest.approx(tasks.BUSY_SWITCH_INTERVAL_S)
        runner.close()
        gate.set()
        assert runner.wait()
        assert sys.getswitchinterval() == pytest.approx(0.005)
    finally:
        sys.setswitchinterval(before)


def _statement_after(db, go: threading.Event, pause: float) -> float:
    """A worker that waits for ``go``, works ``pause`` s, then sends a statement; when the
    statement went out (time.monotonic)."""
    import time

    from sqlalchemy import text

    go.wait(5)
    time.sleep(pause)
    with db.engine.connect() as connection:
        connection.execute(text("select 1"))
    return time.monotonic()


def test_a_worker_gives_way_while_the_gui_thread_is_busy(qtbot, monkeypatch, tmp_path):
    """While work is in flight the GUI thread beats a pulse; a worker's statement waits
    while the GUI thread is busy and goes out once it is back in its event loop (Python
    ran the two threads in turns: a 25 ms paint took 50 ms beside a sync at 200 families).
    The pulse stops with the work, and when the runner is closed."""
    import time

    from carebot_desktop.data import give_way
    from carebot_desktop.data.database import Database

    monkeypatch.setattr(give_way, "_pulse", give_way._Pulse())
    monkeypatch.setattr(give_way, "MAX_WAIT_S", 5.0)  # room for a slow machine
    monkeypatch.setattr(give_way, "SILENT_S", 10.0)
    db = Database(f"sqlite:///{tmp_path / 'plain.db'}")
    runner, requester, go = TaskRunner(), QObject(), threading.Event()
    went_out: list[float] = []
    try:
        runner.op(requester, _statement_after, db, go, 0.05).success(went_out.append).run()
        assert give_way.active()
        go.set()
        time.sleep(0.3)  # the GUI thread busy (no events): the worker's statement waits
        back = time.monotonic()
        qtbot.waitUntil(lambda: bool(went_out), timeout=5_000)
        assert went_out[0] >= back
        qtbot.waitUntil(lambda: not give_way.active(), timeout=5_000)  # no work: no pulse
        assert give_way.given_way()[0] >= 1

        # Idle in its event loop, the GUI thread beats: the statement goes out at once.
        went_out.clear()
        go.clear()
        runner.op(requester, _statement_after, db, go, 0.05).success(went_out.append).run()
        started = time.monotonic()
        go.set()
        qtbot.waitUntil(lambda: bool(went_out), timeout=5_000)
        assert went_out[0] - started < 1.0

        runner.op(requester, _slow_echo, 1, go).run()
        assert give_way.active()
        runner.close()  # at shutdown the GUI thread waits for the workers
        assert not give_way.active()
        assert runner.wait()
    finally:
        db.dispose()
