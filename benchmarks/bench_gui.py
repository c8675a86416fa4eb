#!/usr/bin/env python3
"""The real window, headless: the longest GUI-thread stall of each action, the time from
process start to the first painted window, and the peak resident memory.

A 5 ms timer on the GUI thread notes the longest gap between its ticks while each action
runs (a gap over 50 ms is a stall a person feels). Actions: start-up with the database
being prepared, sign-in, every screen, the chart ranges, a desk refresh and tick, and a
sync of the offline copy. Nothing is timed in the tests; this script reports.

    .venv/bin/python benchmarks/bench_gui.py                      # the demo database
    .venv/bin/python benchmarks/bench_gui.py --database URL --email E   # e.g. the scale data
        (password from CAREBOT_SIGNIN_PASSWORD; bench_desk.py --keep leaves such a database)
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

STARTED = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="carebot-bench-gui-"))
for _name in ("DATA", "CACHE", "LOG", "CONFIG"):
    os.environ.setdefault(f"CAREBOT_{_name}_DIR", str(_SANDBOX / _name.lower()))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def process_age() -> float:
    """Seconds since this process started (the kernel's count, interpreter start-up
    included)."""
    ticks = os.sysconf("SC_CLK_TCK")
    with open("/proc/self/stat") as stat:
        start = int(stat.read().rsplit(")", 1)[1].split()[19]) / ticks
    with open("/proc/uptime") as uptime:
        return float(uptime.read().split()[0]) - start


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", metavar="URL")
    parser.add_argument("--email", default="jieun.park@carebot.example")
    parser.add_argument("--offline-days", type=int, default=None)
    parser.add_argument(
        "--where", action="store_true", help="print where the GUI thread is during a stall"
    )
    options = parser.parse_args()

    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from carebot_desktop.app import Application, build_parser
    from carebot_desktop.services.demo import DEMO_PASSWORD

    argv = ["--database", options.database] if options.database else ["--demo"]
    password = os.environ.get("CAREBOT_SIGNIN_PASSWORD", DEMO_PASSWORD)
    qapp = QApplication([])
    first_paint: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not first_paint:
                first_paint.append(process_age())
            return False

    watch = PaintWatch()
    app = Application(build_parser().parse_args(argv), qapp)
    if options.offline_days:
        app.settings.set("offline/days", options.offline_days)
    window = app.window
    window.login_page.installEventFilter(watch)
    window.installEventFilter(watch)

    gaps = {"last": time.perf_counter(), "max": 0.0}

    def tick() -> None:
        now = time.perf_counter()
        gaps["max"] = max(gaps["max"], now - gaps["last"])
        gaps["last"] = now

    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(tick)
    probe.start()
    if options.where:
        import threading
        import traceback

        gui = threading.get_ident()

        def sample() -> None:
            """Where the GUI thread is when it has not ticked for 40 ms (Python frames)."""
            reported = 0.0
            while True:
                time.sleep(0.01)
                now = time.perf_counter()
                late = now - gaps["last"]
                if late > 0.04 and now - reported >= 0.04:
                    reported = now
                    frame = sys._current_frames().get(gui)
                    stack = "".join(traceback.format_stack(frame, limit=4)) if frame else ""
                    print(f"--- GUI thread {late * 1000:.0f} ms late at:\n{stack}", file=sys.stderr)

        threading.Thread(target=sample, daemon=True).start()

    def wait_until(condition, timeout: float = 600.0) -> None:
        loop = QEventLoop()
        checker = QTimer()
        checker.setInterval(10)
        deadline = time.perf_counter() + timeout

        def check() -> None:
            if condition() or time.perf_counter() > deadline:
                loop.quit()

        checker.timeout.connect(check)
        checker.start()
        loop.exec()
        checker.stop()

    def idle() -> bool:
        return window._context.runner.pending() == 0 and not any(
            getattr(p, "is_loading", False) for p in window.pages.values()
        )

    results: list[tuple[str, float, float]] = []

    def action(name: str, do, done) -> None:
        wait_until(lambda: True)
        gaps["last"], gaps["max"] = time.perf_counter(), 0.0
        started = time.perf_counter()
        do()
        wait_until(done)
        tick()
        results.append((name, gaps["max"] * 1000, (time.perf_counter() - started) * 1000))

    window.show()
    action(
        "start: database prepared" + (" (demo data written)" if not options.database else ""),
        app.start,
        lambda: app.prepared and bool(first_paint),
    )
    action(
        "sign in (overview loaded)",
        lambda: window.login_page.sign_in_with(options.email, password),
        lambda: window.stack.currentWidget() is window.desk and idle() and window.family_ids,
    )
    action("offline copy sync (first)", lambda: None, lambda: not window.syncing)
    for key in ("family", "members", "status", "messages", "notifications", "overview"):
        action(f"open {key}", lambda key=key: window.go_to(key), idle)
    window.go_to("status")
    wait_until(idle)
    status = window.pages["status"]
    for key in ("7d", "30d", "24h"):
        action(f"status range {key}", status.range_buttons[key].click, idle)
    window.go_to("overview")
    action("overview refresh (F5)", window.refresh_current, idle)
    action("overview tick (ages)", window.overview.tick, idle)
    action("sync again", window.sync_now, lambda: not window.syncing)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("| what | longest GUI stall | took |\n| --- | --- | --- |")
    for name, stall, took in results:
        print(f"| {name} | {stall:.0f} ms | {took:.0f} ms |")
    print(f"\nfirst painted window: {first_paint[0]:.2f} s after process start")
    print(f"peak RSS after every screen: {peak_mib:.0f} MiB")
    print(f"(script's own imports began {STARTED:.2f} s into perf_counter)")
    app.close()
    import shutil

    shutil.rmtree(_SANDBOX, ignore_errors=True)


if __name__ == "__main__":
    main()
