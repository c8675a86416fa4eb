"""Run Python's cyclic garbage collector on the GUI thread only, in short passes.

The collector runs in whichever thread happens to allocate when a threshold is crossed. If
that is a worker thread and the garbage holds Qt objects that live on the GUI thread, Qt
destroys them from the wrong thread and aborts the process (seen here: a sync in a worker
collected a chart's objects). So automatic collection is switched off and this timer
collects on the GUI thread instead, as qutebrowser's ``GarbageCollector`` does.

Each pass stalls the GUI thread for as long as it walks objects, so three things keep the
walks short (issue 20: a 200-family desk stalled 412 ms at sign-in in a full collection of
about 200,000 objects):

- It looks every 100 ms, so the young generation never holds more than 100 ms of what the
  workers allocated (a sync builds rows fast: at one look a second, a young collection
  walked hundreds of thousands of them).
- A full collection waits, as CPython's own automatic one does, until what was moved to
  the old generation since the last full one is at least a quarter of what survived it,
  the frozen objects included (an explicit ``gc.collect(2)`` skips that rule: every tenth
  older collection walked the whole heap).
- :meth:`settle` (the application calls it before the window is shown, when the sign-in
  page waits with pyqtgraph imported, and after a sign-out) collects fully, then moves what is alive (modules, classes, the window, its
  Qt wrappers) out of later walks with ``gc.freeze()``. The later full collections walk
  only the session's objects. Nothing that was garbage is frozen (it was collected just
  before), and :meth:`stop` unfreezes. An earlier attempt froze without collecting first
  and never unfroze, so in the test process every earlier test's window stayed for good.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

INTERVAL_MS = 100
OLD_GROWTH = 0.25  # CPython's: a full collection once the old generation grew by a quarter
# ... and at least this often once it grew at all (FULL_MIN_GROWTH objects): a desk open all
# night leaves the cycles of its workers' reads (query objects alive at a young pass) in the
# old generation, garbage until a full pass. Counted against what start-up froze too, a
# quarter took most of an hour at a 2 s poll, and the resident memory climbed 20-30 MiB in
# the meantime (benchmarks/soak.py, docs/soak.md). The pass walks only what is not frozen
# (about 90,000 objects at the demo desk: 10-20 ms). Every ten minutes still let 25,000
# objects pile up between passes, and each saw-tooth left resident pages behind
# (fragmentation: 10.6 MiB an hour in the 38-minute soak); every two minutes keeps the
# tooth to a few thousand.
FULL_AT_LEAST_EVERY_S = 120.0
FULL_MIN_GROWTH = 2_000


@functools.cache
def _glibc() -> ctypes.CDLL | None:
    """The C library, if it is glibc (its heap is what these tune); else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None


def release_free_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc's ``malloc_trim``; nothing
    elsewhere). What a sync or a collection freed otherwise stays resident in the arenas of
    the threads that allocated it. A fraction of a millisecond."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


M_ARENA_MAX = -8  # glibc's mallopt parameters
M_MMAP_THRESHOLD = -3
ARENAS = 2  # the GUI thread's and one the workers share
# Blocks this large or larger get pages of their own, handed back when freed. glibc's
# default starts here but rises to the largest block freed so far (up to 32 MiB): after
# the start-up's big transient blocks (a month of readings, the demo's copy), every later
# large transient block (a read's rows, a chart's arrays, an image) came from the heap
# itself, and the small long-lived blocks allocated beside it kept the heap from
# shrinking afterwards. Fixed, the heap holds only small blocks.
MMAP_THRESHOLD = 128 * 1024


def tune_malloc() -> bool:
    """At most :data:`ARENAS` C heaps (glibc makes one for every thread that allocates,
    up to eight per core, each keeping its own free pages: the task runner's and Qt's
    threads), and large blocks outside them (:data:`MMAP_THRESHOLD`). Called before any
    thread starts; True if glibc took both (nothing elsewhere)."""
    libc = _glibc()
    if libc is None:
        return False
    arenas = bool(libc.mallopt(M_ARENA_MAX, ARENAS))
    return bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and arenas


class MainThreadGarbageCollector(QObject):
    """Python's own collection stays off while any of these runs (an application built
    and closed inside another's lifetime, as in tests, must not switch it back on)."""

    running = 0

    def __init__(
        self,
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._full_at = clock()  # when the last full collection ran
        self._thresholds = gc.get_threshold()
        gc.disable()
        MainThreadGarbageCollector.running += 1
        self._stopped = False
        self._froze = False
        self._old_after_full = len(gc.get_objects(2))  # what survived the last full pass
        self._next_look = self._thresholds[2]  # older collections before looking again
        self.full_collections = 0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timeout)
        self._timer.start()

    @Slot()
    def _on_timeout(self) -> None:
        young, middle, old = gc.get_count()
        if old > self._next_look:
            if self._old_generation_grew():
                self._collect_fully()
                return
            self._next_look = old + self._thresholds[2]
        if middle > self._thresholds[1]:
            gc.collect(1)
        elif young > self._thresholds[0]:
            gc.collect(0)

    def _old_generation_grew(self) -> bool:
        """As CPython decides: the objects moved into the old generation since the last
        full collection are at least a quarter of those that survived it (counting them
        walks no references: a list of pointers, about a millisecond per 100,000)."""
        now = len(gc.get_objects(2))
        # What settle() froze counts as surviving too (CPython would walk it): a full pass
        # comes as rarely as without the freeze, and walks much less.
        survived = self._old_after_full + gc.get_freeze_count()
        grown = now - self._old_after_full
        if grown > OLD_GROWTH * survived:
            return True
        return grown > FULL_MIN_GROWTH and self._clock() - self._full_at >= FULL_AT_LEAST_EVERY_S

    def _collect_fully(self) -> None:
        gc.collect()
        release_free_memory()
        self.full_collections += 1
        self._old_after_full = len(gc.get_objects(2))
        self._full_at = self._clock()
        self._next_look = self._thresholds[2]

    def settle(self) -> None:
        """Collect fully, then freeze what is alive: later full collections walk only what
        comes after (see the module's text). At a moment a pause is not felt: the sign-in
        page just shown, a sign-out."""
        if self._stopped:
            return
        self._collect_fully()
        gc.freeze()
        self._froze = True
        self._old_after_full = len(gc.get_objects(2))

    def stop(self) -> None:
        """Hand collection back to Python (at shutdown), once no other collector runs;
        what :meth:`settle` froze is walked again from now on."""
        self._timer.stop()
        if self._stopped:
            return
        self._stopped = True
        MainThreadGarbageCollector.running -= 1
        if self._froze:
            gc.unfreeze()
        gc.collect()
        if MainThreadGarbageCollector.running == 0:
            gc.enable()
