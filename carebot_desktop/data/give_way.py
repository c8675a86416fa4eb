"""Worker threads give way to a busy GUI thread, at each statement they send a database.

Python runs one thread at a time. While a worker thread is busy in Python (a sync turning
rows into the offline copy's rows), the GUI thread's own Python (a paint, a model's
``data()``, a slot) gets the interpreter only every other switch interval: its work takes
about twice as long, whatever the interval (a table of 1,288 cells repainted in 14 ms
alone and in 44 ms beside one busy thread, at 1 ms, 0.2 ms and 0.05 ms alike). At 200
families that made a 25 ms paint a 50 ms stall during a sync (issue 20).

So while work is in flight the GUI thread beats a pulse every few milliseconds (the task
runner's timer, ``workers.tasks``). A worker, before each statement it sends, looks at the
pulse: when the GUI thread has not beaten for :data:`STALE_S` it is busy (or waiting for
the interpreter), and the worker waits, without holding the interpreter, until it beats
again, at most :data:`MAX_WAIT_S` at a time. The GUI thread's work then runs alone, at its
own speed, and the worker loses only the time the GUI thread used.

Plain Python, no Qt: without a pulse (the headless watcher, a script, the administrator's
commands) giving way does nothing, and the GUI thread itself never waits here.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

STALE_S = 0.015  # three beats missed (the pulse beats every 5 ms): the GUI thread is busy
MAX_WAIT_S = 0.05  # at most this long at a time: a GUI thread stuck elsewhere cannot
# hold a worker for good ...
SILENT_S = 0.5  # ... and a pulse silent this long is none: its GUI thread is blocked (a
# wait for the workers themselves) or its owner is gone without stopping it


@dataclass
class _Pulse:
    owners: set[int] = field(default_factory=set)  # who beats (a runner with work)
    thread: int | None = None  # the thread that beats: it never gives way
    last: float = 0.0  # when it last beat (time.monotonic)
    fresh: threading.Event = field(default_factory=threading.Event)
    times: int = 0  # how often a worker gave way, and for how long in all (seconds)
    waited: float = 0.0


_pulse = _Pulse()


def start(owner: int) -> None:
    """The calling thread (the GUI thread, with its event loop) beats for ``owner`` from
    now on; workers give way to it while any owner beats."""
    _pulse.thread = threading.get_ident()
    _pulse.owners.add(owner)
    beat()


def stop(owner: int) -> None:
    """``owner`` beats no more; once no one does, workers go on without looking (one that
    waits goes on at once)."""
    _pulse.owners.discard(owner)
    if not _pulse.owners:
        _pulse.fresh.set()


def beat() -> None:
    """The GUI thread is back in its event loop (its timer ran)."""
    _pulse.last = time.monotonic()
    _pulse.fresh.set()


def active() -> bool:
    return bool(_pulse.owners)


def given_way() -> tuple[int, float]:
    """How often workers gave way so far, and for how long in all (seconds)."""
    return _pulse.times, _pulse.waited


def give_way() -> float:
    """Called by a worker before it sends a statement: wait while the GUI thread is busy
    (its pulse is stale), at most :data:`MAX_WAIT_S`. The seconds waited (0.0 at once when
    nothing beats, on the GUI thread itself, with a fresh pulse or a silent one)."""
    pulse = _pulse
    if not pulse.owners or threading.get_ident() == pulse.thread:
        return 0.0
    began = time.monotonic()
    if not STALE_S < began - pulse.last < SILENT_S:
        return 0.0
    pulse.fresh.clear()
    # A beat between the look above and the clear would be lost: look again after it.
    if time.monotonic() - pulse.last <= STALE_S or not pulse.owners:
        return 0.0
    pulse.fresh.wait(MAX_WAIT_S)
    waited = time.monotonic() - began
    pulse.times += 1
    pulse.waited += waited
    return waited
