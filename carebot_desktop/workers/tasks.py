"""The one way to run work off the GUI thread: :class:`Operation`.

Modelled on Anki's ``CollectionOp``/``QueryOp`` and Picard's ``run_task``::

    runner.op(self, dashboard.overview, api).success(self._on_loaded).latest("load").run()

The rules it enforces, so that the safe way is the only way:

- The work function gets plain values (an API object, ids, text). It never gets a widget,
  the application context or any other ``QObject``: those are refused when the operation
  is built (in its arguments, its closure or its bound ``self``), because touching Qt from
  a pool thread can crash Qt.
- The outcome is delivered on the GUI thread, and only if its requester still exists, the
  request is still the latest of its kind (``latest(key)``: the newest request wins), the
  session it was made in has not ended (``runner.end_epoch()`` at sign-out) and the runner
  has not been closed (at shutdown).
- A failure nobody handles is logged with its traceback and reported through the runner's
  ``unhandled_failure`` signal, which the window shows as a translated sentence. Handled
  failures are logged with their traceback too, quieter.
- Every QObject involved is created and destroyed on the GUI thread: the pool thread only
  emits a signal, on the runner's relay, which is destroyed only after the pools finished.

Reads share a small pool; writes go through a single-worker pool so they apply in order
(as Anki's task manager does for its collection); long background work (the offline sync)
has its own single worker so it never holds up a person's write.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from typing import Any, Generic, TypeVar, TypeVarTuple

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, QThreadPool, QTimer, Signal, Slot

from carebot_desktop.data import give_way
from carebot_desktop.data.errors import CarebotError

log = logging.getLogger(__name__)
# While work runs on a pool thread, the GUI thread waits about this long for the
# interpreter when a worker holds it (Python's own is 5 ms, and it may be paid again at
# each of the many calls Qt makes into Python, a table painting its cells asks its model
# hundreds of times): at 200 families the sign-in's longest stall went from 157-226 ms to
# 55-83 ms at 1 ms (benchmarks/bench_gui.py, docs/benchmarks.md); 0.2 ms against 1 ms, three
# runs each side in the same quiet minutes: 22-52 ms against 20-63 ms until the overview,
# 16-54 ms against 28-81 ms while the offline copy opens and syncs, neither slower.
BUSY_SWITCH_INTERVAL_S = 0.0002
# While work is in flight the GUI thread beats this often; workers give way before their
# next statement when it has missed three beats (data/give_way.py).
PULSE_MS = 5
_busy_runners: set[int] = set()
_idle_switch_interval: list[float] = []  # Python's own, kept while work runs


def _share_interpreter(runner: int, busy: bool) -> None:
    """A short switch interval while any runner has work in flight (the GUI thread gets the
    interpreter back within a millisecond); Python's own again once none has."""
    if busy:
        if not _busy_runners:
            _idle_switch_interval.append(sys.getswitchinterval())
            sys.setswitchinterval(min(BUSY_SWITCH_INTERVAL_S, _idle_switch_interval[0]))
        _busy_runners.add(runner)
    elif runner in _busy_runners:
        _busy_runners.discard(runner)
        if not _busy_runners:
            sys.setswitchinterval(_idle_switch_interval.pop())


T = TypeVar("T")
Args = TypeVarTuple("Args")  # a work function's parameters: its arguments are checked


class _Delivery:
    """One operation in flight: what the pool thread hands back through the relay."""

    __slots__ = ("operation",)

    def __init__(self, operation: Operation[Any]) -> None:
        self.operation = operation


class _Relay(QObject):
    """The one object pool threads emit on: it lives on the GUI thread as long as the
    runner, and its pools (the runner's older children, waited for when it goes) have
    finished before it is destroyed.

    Before, an object per operation was the sender, deleted by the GUI thread once its
    outcome was delivered; Qt may still be inside the pool thread's ``emit`` on it then
    (deleting a sender while another thread emits on it is undefined in Qt). That is the
    likely cause of a segmentation fault in ``_run``'s emit, seen once in a whole suite
    (``test_the_newest_chart_range_wins``, superseded chart reads). A sender that outlives
    the pools cannot be deleted under them.
    """

    finished = Signal(object, object, object)  # the delivery, result, error (one None)

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.finished.connect(self._on_finished)

    @Slot(object, object, object)
    def _on_finished(self, delivery: _Delivery, result: object, error: object) -> None:
        operation, delivery.operation = delivery.operation, None  # type: ignore[assignment]
        runner = operation._runner
        try:
            operation._deliver(result, error)
        finally:
            runner._pending.discard(delivery)
            runner._share_interpreter()


def _refuse_qt(value: object, where: str) -> None:
    if isinstance(value, QObject):
        raise TypeError(
            f"an operation's work must not get a Qt object ({type(value).__name__} in {where}):"
            " pass an API object and plain values instead"
        )


def check_plain_work(work: Callable[..., object], args: tuple[object, ...]) -> None:
    """Refuse work that would reach a QObject from a pool thread (see the module doc)."""
    for arg in args:
        _refuse_qt(arg, "its arguments")
    target: object = work
    while isinstance(target, functools.partial):
        for arg in (*target.args, *target.keywords.values()):
            _refuse_qt(arg, "its partial arguments")
        target = target.func
    _refuse_qt(getattr(target, "__self__", None), "its bound self")
    for cell in getattr(target, "__closure__", None) or ():
        try:
            content = cell.cell_contents
        except ValueError:  # an empty cell
            continue
        _refuse_qt(content, f"the closure of {getattr(target, '__name__', 'the work')}")


def _run(
    relay: _Relay,
    delivery: _Delivery,
    work: Callable[..., object],
    args: tuple[object, ...],
    name: str,
) -> None:
    """Runs on a pool thread: only calls the work and emits one signal."""
    try:
        result = work(*args)
    except Exception as error:  # delivered to the GUI thread, never lost in the pool
        if isinstance(error, CarebotError):
            log.info("operation %s failed: %s", name, type(error).__name__, exc_info=error)
        else:
            log.error("operation %s failed unexpectedly", name, exc_info=error)
        relay.finished.emit(delivery, None, error)
    else:
        relay.finished.emit(delivery, result, None)


class Operation(Generic[T]):
    """One piece of work for a pool thread, built on the GUI thread and run once."""

    def __init__(
        self,
        runner: TaskRunner,
        requester: QObject,
        work: Callable[[*Args], T],
        *args: *Args,
    ) -> None:
        check_plain_work(work, args)
        self._runner = runner
        self._requester = requester
        # mypy matched ``args`` to ``work``'s parameters at the call; the pool needs no more.
        self._work: Callable[..., T] = work
        self._args: tuple[object, ...] = args
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[Exception], object] | None = None
        self._key: tuple[int, str] | None = None
        self._generation = 0
        self._epoch = runner.epoch
        self._pool = "read"
        self._outlives_session = False
        self._started = False

    @property
    def name(self) -> str:
        return getattr(self._work, "__qualname__", None) or type(self._work).__name__

    def success(self, callback: Callable[[T], object]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], object]) -> Operation[T]:
        self._on_failure = callback
        return self

    def latest(self, key: str) -> Operation[T]:
        """Only the newest request of this requester under ``key`` is delivered."""
        self._key = (id(self._requester), key)
        return self

    def write(self) -> Operation[T]:
        """Runs on the single writer, in order with the other writes."""
        self._pool = "write"
        return self

    def background(self) -> Operation[T]:
        """Long work (the offline sync) on its own single worker."""
        self._pool = "background"
        return self

    def outlives_session(self) -> Operation[T]:
        """Delivered even after a sign-out (sign-in and start-up work)."""
        self._outlives_session = True
        return self

    def run(self) -> bool:
        """Start it; False (and nothing runs) once the runner is closed."""
        if self._started:
            raise RuntimeError("an operation runs once")
        self._started = True
        return self._runner._start(self)

    # --- on the GUI thread --------------------------------------------------------------

    def is_current(self) -> bool:
        runner = self._runner
        if runner.closed or not shiboken6.isValid(self._requester):
            return False
        if not self._outlives_session and self._epoch != runner.epoch:
            return False
        return self._key is None or runner._latest.get(self._key) == self._generation

    def _deliver(self, result: object, error: object) -> None:
        if not self.is_current():
            log.debug("dropped the outcome of %s (no longer wanted)", self.name)
            return
        if error is None:
            if self._on_success is not None:
                self._on_success(result)  # type: ignore[arg-type]
            return
        assert isinstance(error, Exception)
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            log.warning("operation %s failed and nothing handled it", self.name, exc_info=error)
            self._runner.unhandled_failure.emit(error)


class TaskRunner(QObject):
    """Owns the worker pools and the operations in flight.

    Signals: ``unhandled_failure(object)`` with an exception no requester handled.
    """

    unhandled_failure = Signal(object)

    def __init__(self, parent: QObject | None = None, max_readers: int = 4) -> None:
        super().__init__(parent)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(max_readers)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._background = QThreadPool(self)
        self._background.setMaxThreadCount(1)
        self._pending: set[_Delivery] = set()
        self._relay = _Relay(self)  # after the pools: destroyed after they have finished
        self._pulse = QTimer(self)
        self._pulse.setTimerType(Qt.TimerType.PreciseTimer)
        self._pulse.setInterval(PULSE_MS)
        self._pulse.timeout.connect(give_way.beat)
        self.destroyed.connect(functools.partial(give_way.stop, id(self)))
        self._latest: dict[tuple[int, str], int] = {}
        self._counter = 0
        self.epoch = 0
        self.closed = False

    def op(self, requester: QObject, work: Callable[[*Args], T], *args: *Args) -> Operation[T]:
        return Operation(self, requester, work, *args)

    def _start(self, operation: Operation[Any]) -> bool:
        if QThread.currentThread() is not self.thread():
            raise RuntimeError("operations are started on the GUI thread")
        if self.closed:
            log.debug("not starting %s: the runner is closed", operation.name)
            return False
        self._counter += 1
        if operation._key is not None:
            operation._generation = self._counter
            self._latest[operation._key] = self._counter
        delivery = _Delivery(operation)
        self._pending.add(delivery)
        self._share_interpreter()
        pool = {"read": self._readers, "write": self._writer, "background": self._background}[
            operation._pool
        ]
        pool.start(
            functools.partial(
                _run, self._relay, delivery, operation._work, operation._args, operation.name
            )
        )
        return True

    def _share_interpreter(self) -> None:
        busy = bool(self._pending)
        _share_interpreter(id(self), busy)
        self._beat(busy and not self.closed)

    def _beat(self, on: bool) -> None:
        """The GUI thread's pulse, which workers give way to (only while work is in
        flight: no wake-ups for an idle window)."""
        if on and not self._pulse.isActive():
            give_way.start(id(self))
            self._pulse.start()
        elif not on and self._pulse.isActive():
            self._pulse.stop()
            give_way.stop(id(self))

    def end_epoch(self) -> None:
        """At sign-out: outcomes of the session's operations still in flight are dropped."""
        self.epoch += 1
        self._latest.clear()

    def pending(self) -> int:
        return len(self._pending)

    def close(self) -> None:
        """At shutdown: start nothing more and deliver nothing more (the GUI thread is
        about to wait for the work: no worker waits for it in turn)."""
        self.closed = True
        self._beat(False)

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for running work (at shutdown); True if all finished. A closed runner's
        work that finished is delivered to nobody: it no longer counts as in flight (the
        switch interval would stay short for the rest of the process)."""
        self._beat(False)  # the GUI thread blocks: no pulse
        done = all(
            pool.waitForDone(msecs) for pool in (self._readers, self._writer, self._background)
        )
        if done and self.closed:
            self._pending.clear()
        self._share_interpreter()
        return done
