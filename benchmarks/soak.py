#!/usr/bin/env python3
"""A night at the desk: does the real window's memory level off?

The real window (headless, QT_QPA_PLATFORM=offscreen) signs in as the demo's care-centre
desk caregiver on a throw-away MariaDB schema filled with the demo data, polling every 2 s,
while a separate writer process writes what the robots and the AI server write, at their
pace, for every demo family: a heart rate each second, the home's temperature, humidity
and dust each minute, an activity report every ten minutes, the AI's mental status every
half hour, a message from the elder now and then, a warning every few minutes and a
critical alert every 20 s (the families in turn). The window is used as a person would:
the banner's alert is taken and then resolved, the overview refreshed, the notifications,
charts, messages and family screens opened now and then.

Every minute the window process notes its resident memory (VmRSS), Python's traced
memory (tracemalloc), the live Qt objects (every widget and its children, by class) and
the garbage collector's objects. At the end: critical alerts written against delivered
(each exactly once), the memory growth per hour after the warm-up (least-squares slope,
target at most 5 MiB/h), the top tracemalloc growers and Qt classes that grew; written to
docs/soak.md (``--out``).

    nice -n 5 .venv/bin/python benchmarks/soak.py                  # 70 minutes, 10 warm-up
    nice -n 5 .venv/bin/python benchmarks/soak.py --short          # 6 minutes, to try it
    make soak SOAK_MINUTES=70
    .venv/bin/python benchmarks/soak.py --short --frames 0 \
        --window-env CAREBOT_SOAK_REFERRERS=Alert,Point     # what holds a growing type

The window process and the writer are started by this script (``--role``); MariaDB at
``--mariadb`` (127.0.0.1:3306 by default), where a schema carebot_soak_<pid>_<hex> is made
and dropped at the end.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
import weakref
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

TARGET_MIB_PER_HOUR = 5.0
CRIT_EVERY_S = 20.0
POLL_S = 2
DESK_EMAIL = "jieun.park@carebot.example"  # the demo's care-centre desk caregiver


# --- helpers ---------------------------------------------------------------------------


def proc_status(pid: int | str = "self") -> dict[str, int]:
    """The numeric fields of ``/proc/<pid>/status`` (kB for the memory ones)."""
    fields: dict[str, int] = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            name, _, rest = line.partition(":")
            value = rest.split()
            if value and value[0].isdigit():
                fields[name] = int(value[0])
    return fields


def rss_mib(pid: int | str = "self") -> float:
    return proc_status(pid).get("VmRSS", 0) / 1024


def _thread_stack_pointers() -> list[int]:
    """Each thread's stack pointer (``/proc/self/task/*/syscall``: its next-to-last
    field), to tell a live thread's stack from other anonymous mappings."""
    pointers = []
    for task in Path("/proc/self/task").iterdir():
        try:
            fields = (task / "syscall").read_text().split()
        except OSError:
            continue
        if len(fields) >= 3:  # "running" has no registers
            pointers.append(int(fields[-2], 16))
    return pointers


def memory_parts() -> dict[str, float]:
    """Where the resident pages are (MiB): anonymous (heaps, stacks, Python's arenas) and
    file-backed (libraries' code, fonts: touched once, then kept), from /proc/self/status;
    from smaps, the live threads' stacks (the mappings their stack pointers are in) and
    the large anonymous mappings that are none of glibc's heaps (``[heap]``, or a thread
    arena's, which starts on a 64 MiB boundary) nor a live thread's stack: glibc's own
    large blocks (which mallinfo counts in use too), a buffer some library mapped itself,
    or a dead thread's cached stack. (The first hour-long run with the stacks column found
    an 8 MiB mapping, 7.3 MiB of it resident, appear at minute 31 while glibc's counts
    stayed: see docs/soak.md.)"""
    status = proc_status()
    parts: dict[str, float] = {
        "rss_anon_mib": round(status.get("RssAnon", 0) / 1024, 2),
        "rss_file_mib": round(status.get("RssFile", 0) / 1024, 2),
    }
    pointers = _thread_stack_pointers()
    stacks = large = count = 0
    start = end = 0
    anonymous = False
    try:
        with open("/proc/self/smaps") as smaps:
            for line in smaps:
                fields = line.split()
                if not fields:
                    continue
                if "-" in fields[0] and len(fields) >= 5:  # a mapping's header line
                    low, high = fields[0].split("-")
                    start, end = int(low, 16), int(high, 16)
                    anonymous = len(fields) == 5  # no path (and not "[heap]", "[stack]")
                elif fields[0] == "Rss:" and anonymous:
                    resident = int(fields[1])
                    if any(start <= p < end for p in pointers):
                        stacks += resident
                    elif end - start >= 4 << 20 and start % (64 << 20) != 0:
                        large += resident
                        count += 1
    except OSError:
        return parts
    parts["stacks_mib"] = round(stacks / 1024, 2)
    parts["large_anon_mib"] = round(large / 1024, 2)
    parts["large_anon_count"] = count
    parts.update(python_arenas())
    return parts


def python_arenas() -> dict[str, float]:
    """Python's own allocator (obmalloc: small objects in 1 MiB arenas it maps itself,
    outside glibc's heap): the arenas mapped and the bytes of live blocks in them, from
    ``sys._debugmallocstats`` (written to the C stderr, read back here). Many arenas for
    few live bytes is fragmentation: an arena is handed back only when all of it is free.
    Nothing while tracemalloc traces (its hooks stand in front of pymalloc, which then
    reports nothing): run with ``--frames 0`` to have these columns."""
    with tempfile.TemporaryFile(mode="w+") as out:
        sys.stderr.flush()
        saved = os.dup(2)
        try:
            os.dup2(out.fileno(), 2)
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        out.seek(0)
        text = out.read()
    stats: dict[str, float] = {}
    for line in text.splitlines():
        if line.startswith("#") and "=" in line:
            key, value = line[1:].split("=", 1)
            key = key.strip()
            if key == "arenas allocated current":
                stats["py_arenas"] = int(value.strip().replace(",", ""))
            elif key == "bytes in allocated blocks":
                stats["py_blocks_mib"] = round(int(value.strip().replace(",", "")) / 2**20, 2)
    return stats


def malloc_mib() -> tuple[float, float]:
    """glibc's heap: (bytes in use, bytes free inside it) in MiB (mallinfo2), or (0, 0)."""
    import ctypes

    class MallInfo2(ctypes.Structure):
        _fields_ = [
            (name, ctypes.c_size_t)
            for name in (
                "arena",
                "ordblks",
                "smblks",
                "hblks",
                "hblkhd",
                "usmblks",
                "fsmblks",
                "uordblks",
                "fordblks",
                "keepcost",
            )
        ]

    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = MallInfo2
    except (OSError, AttributeError):
        return 0.0, 0.0
    info = libc.mallinfo2()
    return (info.uordblks + info.hblkhd) / 2**20, info.fordblks / 2**20


def threads() -> int:
    return proc_status().get("Threads", 0)


def slope_per_hour(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of (minutes, MiB) points, in MiB per hour."""
    if len(points) < 2:
        return 0.0
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    if sxx == 0:
        return 0.0
    sxy = sum((x - mx) * (y - my) for x, y in points)
    return sxy / sxx * 60.0


def write_json_line(path: Path, record: dict[str, Any]) -> None:
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()


def read_json_lines(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


# --- the writer: the robots and the AI server ------------------------------------------


def run_writer(
    url: str, families: list[str], elders: dict[str, str], seconds: float, log: Path
) -> None:
    """Rows at the robots' pace until ``seconds`` have passed; each critical alert's index
    (and every other row's count) goes to ``log``."""
    import random

    from carebot_desktop.data import Database
    from carebot_desktop.data.validation import utcnow

    rng = random.Random(7)
    db = Database(url)
    # the elder writes to the desk caregiver (the member of every family)
    everyone = [m["user_id"] for m in db.members.get_all_members()]
    desk = max(set(everyone), key=everyone.count)
    members = {f: desk for f in families if elders.get(f) != desk}
    started = time.monotonic()
    counts: dict[str, int] = {}
    next_crit = started + 5.0
    crit_turn = 0
    tick = 0
    stop = False

    def on_term(*_args: Any) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_term)

    def count(kind: str) -> None:
        counts[kind] = counts.get(kind, 0) + 1

    while not stop and time.monotonic() - started < seconds:
        second_started = time.monotonic()
        for n, family_id in enumerate(families):
            db.status.create_health_status(
                {"family_id": family_id, "heart_rate": 62 + n * 3 + rng.randrange(-4, 5)}
            )
            count("heart_rate")
            if (tick + n * 13) % 60 == 0:
                fine = round(18 + rng.gauss(0, 4), 1)
                db.status.create_home_status(
                    {
                        "family_id": family_id,
                        "temperature": round(22.5 + rng.gauss(0, 0.5), 1),
                        "humidity": round(48 + rng.gauss(0, 2), 1),
                        "dust_level": max(3.0, fine),
                        "ethanol": 0.02,
                        "others": {"finedust": round(fine * 1.6), "ultrafinedust": round(fine)},
                    }
                )
                count("home")
            if (tick + n * 37) % 600 == 0:
                db.status.create_active_status(
                    {
                        "family_id": family_id,
                        "score": rng.randrange(20, 95),
                        "action": "걷기",
                        "is_critical": False,
                        "description": {
                            "title": "활동 보고서",
                            "data": round(rng.uniform(10, 900), 3),
                        },
                    }
                )
                count("activity")
            if (tick + n * 97) % 1800 == 0:
                score = rng.randrange(35, 90)
                db.status.create_mental_status(
                    {
                        "family_id": family_id,
                        "score": score,
                        "is_critical": False,
                        "description": json.dumps(
                            {
                                "overall_emotional_state": "안정적",
                                "emotional_insights": "대화에 잘 응하셨습니다.",
                                "time_based_emotions": {"10:00": ["긍정적", 70, "산책 이야기"]},
                                "recommendations": ["산책을 권해 드리세요."],
                            },
                            ensure_ascii=False,
                        ),
                    }
                )
                count("mental")
            if (tick + n * 53) % 420 == 0 and family_id in members:
                db.messages.create_message(
                    {
                        "from_id": elders[family_id],
                        "to_id": members[family_id],
                        "content": rng.choice(["밥 잘 먹었다.", "오늘 날이 춥구나.", "고맙다."]),
                    }
                )
                count("message")
            if (tick + n * 41) % 240 == 0:
                db.notifications.create_notification(
                    {
                        "family_id": family_id,
                        "notification_grade": "warn",
                        "description": "미세먼지 나쁨",
                    }
                )
                count("warn")
        now = time.monotonic()
        if now >= next_crit:
            family_id = families[crit_turn % len(families)]
            crit_turn += 1
            text = rng.choice(["낙상감지", "화재감지,41%", "응급호출"])
            index = db.notifications.create_notification(
                {"family_id": family_id, "notification_grade": "crit", "description": text}
            )
            count("crit")
            write_json_line(
                log,
                {
                    "kind": "crit",
                    "index": index,
                    "family_id": family_id,
                    "at": utcnow().isoformat(),
                },
            )
            next_crit += CRIT_EVERY_S
        tick += 1
        time.sleep(max(0.0, 1.0 - (time.monotonic() - second_started)))
    write_json_line(
        log, {"kind": "counts", "counts": counts, "seconds": time.monotonic() - started}
    )
    db.dispose()


# --- the window ------------------------------------------------------------------------


def qobject_census(qapp: Any) -> dict[str, int]:
    """Live Qt objects reachable from every widget and the application, by class."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    seen: set[int] = set()
    classes: dict[str, int] = {}
    stack: list[Any] = [qapp, *QApplication.allWidgets()]
    while stack:
        obj = stack.pop()
        try:
            key = shiboken6.getCppPointer(obj)[0]
        except (RuntimeError, TypeError):  # destroyed meanwhile
            continue
        if key in seen:
            continue
        seen.add(key)
        name = type(obj).__name__
        classes[name] = classes.get(name, 0) + 1
        stack.extend(obj.children())
    return classes


def run_window(url: str, stop_file: Path, log: Path, frames: int, snapshot_at: int) -> None:
    import faulthandler
    import gc
    import tracemalloc

    if frames:
        tracemalloc.start(frames)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from carebot_desktop.startup import set_up_process
    from carebot_desktop.workers.gc_guard import release_free_memory

    set_up_process()  # as the application: its log file (in the work folder) and handlers
    faulthandler.enable()  # (and a hard crash's stacks on the console as well)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from carebot_desktop.app import Application
    from carebot_desktop.arguments import build_parser
    from carebot_desktop.services.demo import DEMO_PASSWORD

    qapp = QApplication([])
    app = Application(build_parser().parse_args(["--database", url]), qapp)
    app.settings.set("notifications/poll_interval_s", POLL_S)
    window = app.window
    window.resize(1366, 768)
    window.show()

    def wait_until(condition: Any, timeout: float = 120.0) -> bool:
        loop = QEventLoop()
        checker = QTimer()
        checker.setInterval(20)
        deadline = time.monotonic() + timeout

        def check() -> None:
            if condition() or time.monotonic() > deadline:
                loop.quit()

        checker.timeout.connect(check)
        checker.start()
        loop.exec()
        checker.stop()
        return bool(condition())

    app.start()
    wait_until(lambda: app.prepared)
    window.login_page.sign_in_with(DESK_EMAIL, DEMO_PASSWORD)
    if not wait_until(
        lambda: (
            window.stack.currentWidget() is window.desk
            and window.family_ids
            and window.live_feed.running
            and window.live_feed.poller_thread is not None
        )
    ):
        write_json_line(log, {"kind": "error", "text": "sign-in did not reach the desk"})
        return

    delivered: dict[int, int] = {}

    def on_rows(rows: list[dict[str, Any]]) -> None:
        for row in rows:
            grade = str(row.get("notification_grade") or row.get("grade") or "").lower()
            if grade == "crit":
                index = int(row["index"])
                delivered[index] = delivered.get(index, 0) + 1

    window.live_feed.notifications_received.connect(on_rows)
    # wait for the feed's first poll (it only notes where "now" is), then say ready
    wait_until(lambda: window.live_feed.poller_thread is not None and _polls(window) >= 1, 30)
    started = time.monotonic()
    write_json_line(log, {"kind": "ready", "pid": os.getpid()})

    actions: dict[str, int] = {}
    banner_seen: dict[int, float] = {}
    census: dict[str, dict[str, int]] = {}
    python_types: dict[str, dict[str, int]] = {}

    since_sample: list[str] = []  # what the person did since the last sample
    pending: list[str] = []  # scheduled visits not yet made (the banner came first)
    last_second = -1

    def did(what: str) -> None:
        actions[what] = actions.get(what, 0) + 1
        if what not in ("take", "resolve"):
            since_sample.append(what)

    def scheduled(second: int) -> str | None:
        """What the person means to do at ``second`` of the run (None: nothing)."""
        if second % 180 == 30:
            return "overview refresh"
        if second % 300 == 75:
            return "notifications"
        if second % 420 == 120:
            return "status"
        if second % 420 in (130, 140, 150):
            return {130: "chart 7d", 140: "chart 30d", 150: "chart 24h"}[second % 420]
        if second % 660 == 200:
            return "messages"
        if second % 780 == 260:
            return "family"
        if second % 780 == 290:
            return "members"
        if second % 900 == 320:
            return "overview tick"
        return None

    def visit(what: str) -> None:
        if what == "overview refresh":
            window.go_to("overview")
            window.refresh_current()
        elif what.startswith("chart "):
            status = window.pages["status"]
            if window.page_stack.currentWidget() is not status:
                return  # (a chart range only where the charts are)
            status.range_buttons[what.split()[1]].click()
        elif what == "overview tick":
            window.overview.tick()
        else:
            window.go_to(what)
        did(what)

    def person() -> None:
        """Once a second: what a caregiver at the desk does. The banner comes first; a
        visit it pushed aside is made at the next free second, in order (the soak's person
        would otherwise seldom see the Status screen: a crit alert is on the banner two
        seconds in three)."""
        nonlocal last_second
        now = time.monotonic()
        second = int(now - started)
        for s in range(last_second + 1, second + 1):
            what = scheduled(s)
            if what is not None:
                pending.append(what)
        last_second = max(last_second, second)
        banner = window.banner
        care = banner.care
        dialog = care.resolve_dialog
        if dialog is not None and dialog.isVisible():
            dialog.buttons["elder_fine"].setChecked(True)
            box = dialog.findChild(QDialogButtonBox)
            box.button(QDialogButtonBox.StandardButton.Ok).click()
            did("resolve")
            return
        alert = window.critical.newest()
        if alert is not None and banner.isVisible() and not care.busy:
            first = banner_seen.setdefault(alert.index, now)
            state = window.critical.state_of(alert) or {}
            session = window._context.session
            mine = session is not None and state.get("taken_by") == session.user_id
            if not mine and now - first >= 4 and banner.take_button.isVisible():
                banner.take_button.click()
                did("take")
                return
            if mine and now - first >= 12:
                banner.resolve_button.click()
                return
        for key in [k for k, t in banner_seen.items() if now - t > 3600]:
            del banner_seen[key]
        if pending:
            visit(pending.pop(0))

    def sample(label: str) -> None:
        from sqlalchemy.engine import Engine

        objects = gc.get_objects()
        gc_objects = len(objects)
        types: dict[str, int] = {}
        # (what gc.freeze() moved out of the collector's walks is not listed: the main
        # database's engine is found through the application)
        engines = {id(app.context.db.engine): app.context.db.engine}
        for obj in objects:
            name = type(obj).__name__
            types[name] = types.get(name, 0) + 1
            if isinstance(obj, Engine):
                engines[id(obj)] = obj
        del objects
        cached = sum(len(e._compiled_cache or ()) for e in engines.values())
        if label in (str(snapshot_at), "end"):  # (kept for every minute, they grew the
            python_types[label] = types  # very memory measured: 4 MiB an hour)
        if WATCHED_TYPES and label in (str(snapshot_at), "end"):
            watch_instances(label)
        classes = qobject_census(qapp)
        record: dict[str, Any] = {
            "kind": "sample",
            "minute": round((time.monotonic() - started) / 60, 2),
            "rss_mib": round(rss_mib(), 2),
            "qobjects": sum(classes.values()),
            "widgets": len(QApplication.allWidgets()),
            "gc_objects": gc_objects,
            "sql_cache": cached,
            "malloc_used_mib": round(malloc_mib()[0], 2),
            "malloc_free_mib": round(malloc_mib()[1], 2),
            "threads": threads(),
            **memory_parts(),
            "delivered": sum(delivered.values()),
            "did": list(since_sample),
            "label": label,
        }
        since_sample.clear()
        if tracemalloc.is_tracing():
            current, _peak = tracemalloc.get_traced_memory()
            record["traced_mib"] = round(current / 2**20, 2)
            record["tracemalloc_overhead_mib"] = round(
                tracemalloc.get_tracemalloc_memory() / 2**20, 2
            )
        write_json_line(log, record)
        if label in ("0", str(snapshot_at), "end"):
            census[label] = classes

    seen_ids: set[int] = set()

    def watch_instances(label: str) -> None:
        """``CAREBOT_SOAK_REFERRERS=Alert,AnnotatedLabel``: at the snapshot minute the ids of
        those types' objects are noted; at the end, for a few objects made since, what
        holds them (a chain of referrers, for each link its type and, for a dict, the
        key), written to the log: what keeps a growing type alive."""
        objects = [o for o in gc.get_objects() if type(o).__name__ in WATCHED_TYPES]
        if label != "end":
            seen_ids.update(id(o) for o in objects)
            return
        chains: dict[str, list[str]] = {}
        for name in sorted(WATCHED_TYPES):
            new = [o for o in objects if type(o).__name__ == name and id(o) not in seen_ids]
            chains[name] = [f"{len(new)} made since minute {snapshot_at}"]
            picked = new[-3:]
            chains[name] += [
                referrer_chain(picked[i], [objects, new, picked]) for i in range(len(picked))
            ]
            del new, picked
        del objects
        write_json_line(log, {"kind": "referrers", "chains": chains})

    def snapshot(label: str) -> None:
        """Dumped to a file and dropped at once: a snapshot held here would be counted
        in the very memory it measures (the growers are compared by the orchestrator)."""
        if tracemalloc.is_tracing():
            taken = tracemalloc.take_snapshot()
            taken.dump(str(log.parent / f"snapshot-{label}.pickle"))
            del taken
            gc.collect()
            release_free_memory()  # its pages back at once: the snapshot is not the window's

    person_timer = QTimer()
    person_timer.setInterval(1000)
    person_timer.timeout.connect(person)
    person_timer.start()
    sample("0")
    next_sample = started + 60
    while not stop_file.exists():
        wait_until(lambda due=next_sample: stop_file.exists() or time.monotonic() >= due, 3600)
        if time.monotonic() >= next_sample:
            minutes = round((next_sample - started) / 60)
            sample(str(minutes))
            if minutes == snapshot_at:
                snapshot("first")
            next_sample += 60
    person_timer.stop()
    # the last alerts: a few polls more, then the end
    wait_until(lambda: False, POLL_S * 4)
    sample("end")
    snapshot("end")
    result: dict[str, Any] = {
        "kind": "result",
        "delivered": {str(k): v for k, v in delivered.items()},
        "actions": actions,
        "open_alerts_left": len(window.critical.alerts),
    }
    first = census.get(str(snapshot_at)) or census.get("0", {})
    last = census.get("end", {})
    result["qobject_growth"] = sorted(
        (
            (name, first.get(name, 0), count)
            for name, count in last.items()
            if count != first.get(name, 0)
        ),
        key=lambda item: -(item[2] - item[1]),
    )[:20]
    first_types = python_types.get(str(snapshot_at)) or python_types.get("0", {})
    result["type_growth"] = sorted(
        (
            (name, first_types.get(name, 0), count)
            for name, count in python_types.get("end", {}).items()
            if count != first_types.get(name, 0)
        ),
        key=lambda item: -(item[2] - item[1]),
    )[:20]
    write_json_line(log, result)
    app.close()


WATCHED_TYPES = {n for n in os.environ.get("CAREBOT_SOAK_REFERRERS", "").split(",") if n}


def referrer_chain(target: object, ignore: list[Any], depth: int = 8) -> str:
    """What holds ``target``: up to ``depth`` links of its referrers, each the first one
    that is not a frame, a closure's cell or one of this search's own lists (a
    diagnostic, see ``CAREBOT_SOAK_REFERRERS``)."""
    import types as pytypes

    links = [type(target).__name__]
    if isinstance(target, weakref.ref):  # (held from C: what it points to says more)
        referent = target()
        links[0] += f" to a {type(referent).__name__}"
        if callable(referent) and hasattr(referent, "__qualname__"):
            links[0] += f" ({referent.__qualname__})"
        elif hasattr(referent, "__func__"):
            links[0] += f" ({referent.__func__.__qualname__})"
    current = target
    skip = {id(ignore), id(links), *(id(i) for i in ignore)}
    for _ in range(depth):
        holders = [
            r
            for r in gc.get_referrers(current)
            if id(r) not in skip and not isinstance(r, (pytypes.FrameType, pytypes.CellType))
        ]
        if not holders:
            links.append("(nothing the collector sees)")
            break
        holder = holders[0]
        described = type(holder).__name__
        if isinstance(holder, dict):
            keys = [k for k, v in holder.items() if v is current][:1]
            described += f"[{repr(keys[0])[:80]}]" if keys else f" of {len(holder)}"
        elif isinstance(holder, (list, tuple, set, frozenset)):
            described += f" of {len(holder)}"
        links.append(described)
        skip.add(id(holders))
        current = holder
    return " <- ".join(links)


def _polls(window: Any) -> int:
    thread = window.live_feed.poller_thread
    poller = getattr(thread, "poller", None) or getattr(thread, "_poller", None)
    return int(getattr(poller, "polls", 1)) if poller is not None else 1


# --- the orchestra ---------------------------------------------------------------------


def make_schema(server: str) -> tuple[str, str]:
    import pymysql
    from sqlalchemy.engine import make_url

    base = make_url(server)
    name = f"carebot_soak_{os.getpid()}_{secrets.token_hex(4)}"
    connection = pymysql.connect(
        host=base.host or "127.0.0.1",
        port=base.port or 3306,
        user=base.username or "root",
        password=base.password or "",
        charset="utf8mb4",
    )
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
        connection.commit()
    finally:
        connection.close()
    return name, str(base.set(database=name))


def drop_schema(server: str, name: str) -> None:
    import pymysql
    from sqlalchemy.engine import make_url

    base = make_url(server)
    connection = pymysql.connect(
        host=base.host or "127.0.0.1",
        port=base.port or 3306,
        user=base.username or "root",
        password=base.password or "",
    )
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS `{name}`")
    finally:
        connection.close()


def fill(url: str) -> tuple[list[str], dict[str, str]]:
    from carebot_desktop.data import Database
    from carebot_desktop.services.demo import DEMO_PASSWORD, fill_demo
    from carebot_desktop.services.passwords import hash_password

    db = Database(url)
    db.create_schema()
    fill_demo(db, password_hash=hash_password(DEMO_PASSWORD, cost=4))
    families = [f["id"] for f in db.families.get_all_families()]
    elders = {f["id"]: f["main_user"] for f in db.families.get_all_families()}
    db.dispose()
    return families, elders


def orchestrate(options: argparse.Namespace) -> int:
    minutes = options.minutes
    work = Path(tempfile.mkdtemp(prefix="carebot-soak-"))
    window_log, writer_log, stop_file = work / "window.jsonl", work / "writer.jsonl", work / "stop"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    extra = dict(item.partition("=")[::2] for item in options.window_env or [])
    for name in ("DATA", "CACHE", "LOG", "CONFIG"):
        env[f"CAREBOT_{name}_DIR"] = str(work / name.lower())
    pulse = None
    try:
        from tests import sound

        if sound.available():
            pulse = sound.PulseServer()
            pulse.start()
            env["PULSE_SERVER"] = pulse.env["PULSE_SERVER"]
    except (ImportError, OSError, subprocess.SubprocessError) as error:  # the alarm beeps
        print(f"no private sound server ({error}); the alarm beeps instead", file=sys.stderr)
    schema, url = make_schema(options.mariadb)
    print(f"schema {schema}; files in {work}", flush=True)
    window = writer = None
    began = datetime.now(UTC)
    try:
        started = time.monotonic()
        families, elders = fill(url)
        print(
            f"demo data written in {time.monotonic() - started:.0f} s ({len(families)} families)",
            flush=True,
        )
        me = [sys.executable, str(Path(__file__).resolve())]
        window = subprocess.Popen(
            [
                *me,
                "--role",
                "window",
                "--url",
                url,
                "--log",
                str(window_log),
                "--stop-file",
                str(stop_file),
                "--frames",
                str(options.frames),
                "--snapshot-at",
                str(options.snapshot_at),
            ],
            env=env | extra,  # (an experiment's variables: the window's only)
        )
        deadline = time.monotonic() + 300
        while not any(r["kind"] in ("ready", "error") for r in read_json_lines(window_log)):
            if window.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the window did not get ready")
            time.sleep(1)
        if any(r["kind"] == "error" for r in read_json_lines(window_log)):
            raise SystemExit(str(read_json_lines(window_log)))
        print("window ready; the writer starts", flush=True)
        writer = subprocess.Popen(
            [
                *me,
                "--role",
                "writer",
                "--url",
                url,
                "--log",
                str(writer_log),
                "--seconds",
                str(minutes * 60),
                "--families",
                json.dumps(families),
                "--elders",
                json.dumps(elders),
            ],
            env=env,
        )
        while writer.poll() is None:
            time.sleep(5)
            if window.poll() is not None:
                raise SystemExit(f"the window process ended early ({window.returncode})")
        stop_file.touch()
        window.wait(timeout=600)
    finally:
        for process in (writer, window):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
        if pulse is not None:
            pulse.stop()
        if not options.keep:
            drop_schema(options.mariadb, schema)
    report_from(work, began, options)
    print(f"the samples and snapshots stay in {work}")
    return 0


def report_from(work: Path, began: datetime | None, options: argparse.Namespace) -> None:
    """The report of a run whose files are in ``work`` (``--report-from`` writes it
    again, with the options the run had)."""
    window_log, writer_log = work / "window.jsonl", work / "writer.jsonl"
    window = read_json_lines(window_log)
    if not any(r["kind"] == "growers" for r in window):
        growers(work, window_log)
        window = read_json_lines(window_log)
    writer = read_json_lines(writer_log)
    if began is None:  # the writer's first critical alert came 5 s after it began
        first = min((r["at"] for r in writer if r["kind"] == "crit"), default=None)
        began = datetime.fromisoformat(first) if first else datetime.now(UTC)
    report = summarise(window, writer, options.warmup, options.minutes, began, options)
    report += log_problems(work / "log")
    print(report)
    if options.out:
        write_report(Path(options.out), report)
        print(f"written to {options.out}")


BEGIN, END = "<!-- soak.py writes from here -->", "<!-- soak.py writes up to here -->"


def write_report(path: Path, report: str) -> None:
    """The measured part between the two markers; what people wrote around it stays."""
    block = f"{BEGIN}\n{report}{END}\n"
    old = path.read_text("utf-8") if path.exists() else ""
    if BEGIN in old and END in old:
        head, rest = old.split(BEGIN, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        path.write_text(head + block + ("\n" + tail if tail else ""), "utf-8")
    else:
        path.write_text(block, "utf-8")


def log_problems(folder: Path) -> str:
    """The window's own log: how many warnings and errors, and the commonest."""
    counts: dict[str, int] = {}
    for path in sorted(folder.glob("*.log*")):
        for line in path.read_text("utf-8", errors="replace").splitlines():
            if " WARNING " in line or " ERROR " in line or " failed" in line:
                key = line.split(" ", 2)[-1][:160]
                counts[key] = counts.get(key, 0) + 1
    lines = ["", "#### The window's log: warnings, errors and failed operations", ""]
    if not counts:
        return "\n".join([*lines, "- none", ""])
    for key, count in sorted(counts.items(), key=lambda item: -item[1])[:10]:
        lines.append(f"- {count} x `{key}`")
    return "\n".join(lines) + "\n"


def short_path(frame: str) -> str:
    for prefix in (
        str(REPO) + "/",
        sys.prefix + "/lib/python3.11/site-packages/",
        sys.base_prefix + "/",
    ):
        frame = frame.replace(prefix, "")
    return frame


def growers(work: Path, window_log: Path) -> None:
    """The tracemalloc snapshots compared (first -> end), appended to the window's log."""
    import tracemalloc

    first, end = work / "snapshot-first.pickle", work / "snapshot-end.pickle"
    if not (first.exists() and end.exists()):
        return
    ignore = [
        tracemalloc.Filter(False, tracemalloc.__file__),
        tracemalloc.Filter(False, "<frozen importlib._bootstrap*>"),
        tracemalloc.Filter(False, "<unknown>"),
    ]
    old = tracemalloc.Snapshot.load(str(first)).filter_traces(ignore)
    new = tracemalloc.Snapshot.load(str(end)).filter_traces(ignore)
    rows = []
    for stat in new.compare_to(old, "traceback")[:25]:
        frames = [f"{f.filename}:{f.lineno}" for f in stat.traceback]
        rows.append(
            {
                "where": frames[-1] if frames else "?",
                "trace": frames,
                "size_diff_kib": round(stat.size_diff / 1024, 1),
                "count_diff": stat.count_diff,
                "size_kib": round(stat.size / 1024, 1),
            }
        )
    write_json_line(window_log, {"kind": "growers", "growers": rows})


def summarise(
    window: list[dict[str, Any]],
    writer: list[dict[str, Any]],
    warmup: float,
    minutes: float,
    began: datetime,
    options: argparse.Namespace,
) -> str:
    samples = [r for r in window if r["kind"] == "sample"]
    result = next((r for r in window if r["kind"] == "result"), {})
    written = [r["index"] for r in writer if r["kind"] == "crit"]
    counts = next((r["counts"] for r in writer if r["kind"] == "counts"), {})
    delivered = {int(k): v for k, v in result.get("delivered", {}).items()}
    once = sum(1 for i in written if delivered.get(i) == 1)
    twice = sorted(i for i in written if delivered.get(i, 0) > 1)
    missing = sorted(i for i in written if i not in delivered)
    at = options.snapshot_at

    low, high = (float(x) for x in (options.leave_out or f"{at + 0.5}-{at + 1.5}").split("-"))

    def counted(sample: dict[str, Any]) -> bool:
        """After the warm-up, but not right after the first tracemalloc snapshot (its
        memory stays in the C heap until its free pages are handed back: a step of
        60-80 MiB that is not the window's)."""
        return sample["minute"] >= warmup and not low <= sample["minute"] <= high

    kept = [s for s in samples if counted(s)]
    after = [(s["minute"], s["rss_mib"]) for s in kept]
    rss_slope = slope_per_hour(after)
    py_slope = slope_per_hour([(s["minute"], s["traced_mib"]) for s in kept if "traced_mib" in s])
    heap_slope = slope_per_hour(
        [(s["minute"], s["malloc_used_mib"]) for s in kept if "malloc_used_mib" in s]
    )
    part_slopes = {
        key: slope_per_hour([(s["minute"], s[key]) for s in kept if key in s])
        for key in (
            "rss_anon_mib",
            "rss_file_mib",
            "stacks_mib",
            "large_anon_mib",
            "py_arenas",
            "py_blocks_mib",
        )
    }
    last_third = [p for p in after if p[0] >= warmup + (minutes - warmup) * 2 / 3]
    late_slope = slope_per_hour(last_third)
    # the mean of the first ten counted minutes against the last ten's (the collector's
    # saw-tooth averaged out)
    first_ten, last_ten = after[:10], after[-10:]
    mean_growth = 0.0
    if len(after) >= 20:
        span = (sum(x for x, _ in last_ten) - sum(x for x, _ in first_ten)) / 10
        mean_growth = (sum(y for _, y in last_ten) - sum(y for _, y in first_ten)) / 10 / span * 60
    verdict = "met" if rss_slope <= TARGET_MIB_PER_HOUR else "NOT met"
    command = "make soak" + (f" SOAK_MINUTES={minutes:g}" if minutes != 70 else "")
    lines = [
        "### The last run, as `soak.py` wrote it",
        "",
        "The real window (headless), signed in as the demo's care-centre desk caregiver",
        "(박지은) on a throw-away MariaDB schema filled with the demo data, polling every "
        f"{POLL_S} s, while a separate writer process writes for each of the "
        f"{len(set(r['family_id'] for r in writer if r['kind'] == 'crit')) or 4} demo families what the robots and the AI server write:",
        "a heart rate each second, the home's temperature/humidity/dust each minute, an",
        "activity report every 10 minutes, a mental status every 30 minutes, a message from",
        f"the elder every 7 minutes, a warning every 4 minutes, and a critical alert every {CRIT_EVERY_S:g} s",
        "(the families in turn). The window is used as a person would: each critical alert is",
        "taken from the banner after 4 s and resolved after 12 s; the overview refreshed, the",
        "notifications, the charts (7 d, 30 d, 24 h), messages, family and members opened now and then.",
        "",
        "Reproduce: `"
        + command
        + "` (`benchmarks/soak.py --minutes M --warmup W`, `--short` to try it).",
        "",
        f"Run: {began:%Y-%m-%d %H:%M} UTC, {minutes:g} minutes, the first {warmup:g} as warm-up; "
        f"tracemalloc with {options.frames} frame(s) on (its own overhead is in the RSS and shown)"
        + (
            "; the window's environment also had " + ", ".join(f"`{e}`" for e in options.window_env)
            if options.window_env
            else ""
        )
        + ".",
        "",
        "#### Verdict",
        "",
        f"- Resident memory growth after the warm-up: **{rss_slope:.1f} MiB/h** (least-squares slope "
        f"over {len(after)} samples); target at most {TARGET_MIB_PER_HOUR:g} MiB/h: **{verdict}**.",
        f"- The last third of the run alone: {late_slope:.1f} MiB/h; the mean of the last ten "
        f"samples against the first ten's: {mean_growth:.1f} MiB/h; RSS from "
        f"{min((y for _, y in after), default=0):.1f} to {max((y for _, y in after), default=0):.1f} MiB "
        "after the warm-up.",
        f"- By kind of page: anonymous {part_slopes['rss_anon_mib']:.1f} MiB/h, file-backed "
        f"(libraries, fonts) {part_slopes['rss_file_mib']:.1f} MiB/h, of the anonymous the "
        f"live threads' stacks {part_slopes['stacks_mib']:.1f} MiB/h, other large anonymous "
        f"mappings {part_slopes['large_anon_mib']:.1f} MiB/h and Python's own arenas "
        f"{part_slopes['py_arenas']:.1f} MiB/h (their live blocks "
        f"{part_slopes['py_blocks_mib']:.1f} MiB/h).",
        f"- Of that: Python's traced memory {py_slope:.1f} MiB/h, the C heap in use "
        f"(mallinfo2) {heap_slope:.1f} MiB/h. Samples from minute {low:g} to {high:g} are "
        f"left out: the first tracemalloc snapshot (minute {at}) stayed in the C heap until "
        "its pages were handed back.",
        f"- Critical alerts written {len(written)}, delivered exactly once {once}, "
        f"more than once {len(twice)}, never {len(missing)}"
        + (f" (missing: {missing[:10]})" if missing else "")
        + (f" (twice: {twice[:10]})" if twice else "")
        + ".",
        f"- Rows written: {', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}.",
        f"- What the person did: {', '.join(f'{k} {v}' for k, v in sorted(result.get('actions', {}).items()))}; "
        f"critical alerts still open at the end: {result.get('open_alerts_left', '?')}.",
        "",
        "#### Samples (one a minute)",
        "",
        "| minute | RSS MiB | malloc in use MiB | malloc free MiB | traced MiB "
        "| tracemalloc's own MiB | Qt objects | widgets | gc objects | SQL statement cache "
        "| threads | anonymous MiB | file-backed MiB | live threads' stacks MiB | other large "
        "anonymous mappings MiB (how many) | Python arenas (1 MiB) | Python's live blocks MiB "
        "| crit delivered | the person's visits since the last sample |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- "
        "| --- | --- | --- | --- | --- |",
    ]
    for s in samples:
        left_out = " (left out)" if s["minute"] >= warmup and not counted(s) else ""
        lines.append(
            f"| {s['label']}{left_out} | {s['rss_mib']:.1f} | {s.get('malloc_used_mib', '')} | "
            f"{s.get('malloc_free_mib', '')} | {s.get('traced_mib', '')} | "
            f"{s.get('tracemalloc_overhead_mib', '')} | {s['qobjects']} | {s['widgets']} | "
            f"{s['gc_objects']} | {s.get('sql_cache', '')} | {s.get('threads', '')} | "
            f"{s.get('rss_anon_mib', '')} | {s.get('rss_file_mib', '')} | "
            f"{s.get('stacks_mib', '')} | {s.get('large_anon_mib', '')} "
            f"({s.get('large_anon_count', '')}) | {s.get('py_arenas', '')} | "
            f"{s.get('py_blocks_mib', '')} | {s['delivered']} | {', '.join(s.get('did', []))} |"
        )
    lines += ["", f"#### Top tracemalloc growers (the end against minute {at})", ""]
    growers = next((r["growers"] for r in window if r["kind"] == "growers"), [])
    if growers:
        lines += [
            "| where (newest frame first) | grew KiB | blocks | now KiB |",
            "| --- | --- | --- | --- |",
        ]
        for g in growers[:15]:
            frames = [short_path(f) for f in reversed(g["trace"])][:3]
            where = " < ".join(frames).replace("|", "\\|")
            lines.append(
                f"| `{where}` | {g['size_diff_kib']:+.1f} | {g['count_diff']:+d} | "
                f"{g['size_kib']:.1f} |"
            )
    else:
        lines.append("(no tracemalloc snapshots)")
    lines += ["", f"#### Qt object classes whose count changed (minute {at} -> the end)", ""]
    growth = result.get("qobject_growth", [])
    lines += [f"- {name}: {a} -> {b}" for name, a, b in growth] or ["- none"]
    lines += ["", f"#### Python object types that grew most (minute {at} -> the end)", ""]
    growth = [g for g in result.get("type_growth", []) if g[2] > g[1]][:12]
    lines += [f"- {name}: {a} -> {b}" for name, a, b in growth] or ["- none"]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=70)
    parser.add_argument(
        "--warmup", type=float, default=None, help="10 minutes (a third of a run under 30)"
    )
    parser.add_argument("--short", action="store_true", help="6 minutes, 2 of warm-up, to try it")
    parser.add_argument(
        "--mariadb", default=os.environ.get("SOAK_MARIADB", "mysql+pymysql://root@127.0.0.1:3306")
    )
    parser.add_argument("--out", default=None, help="write the report here (e.g. docs/soak.md)")
    parser.add_argument("--frames", type=int, default=1, help="tracemalloc frames (0: off)")
    parser.add_argument("--keep", action="store_true", help="keep the schema")
    parser.add_argument(
        "--window-env",
        action="append",
        metavar="KEY=VALUE",
        help="an environment variable for the window only (an experiment, e.g. glibc's "
        "MALLOC_MMAP_THRESHOLD_=131072); said in the report",
    )
    parser.add_argument(
        "--snapshot-at",
        type=int,
        default=None,
        help="minute of the first tracemalloc snapshot (the last is at the end; "
        "by default three minutes before the warm-up ends, so its own cost falls in it)",
    )
    parser.add_argument(
        "--report-from",
        metavar="WORK",
        help="write the report of an earlier run again from its work folder "
        "(give the run's --minutes, --warmup, --snapshot-at and --frames)",
    )
    parser.add_argument(
        "--leave-out",
        metavar="A-B",
        help="minutes whose samples the slope leaves out (by default the one after the "
        "first tracemalloc snapshot)",
    )
    parser.add_argument("--role", choices=("window", "writer"), help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--log", help=argparse.SUPPRESS)
    parser.add_argument("--stop-file", help=argparse.SUPPRESS)
    parser.add_argument("--seconds", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--families", help=argparse.SUPPRESS)
    parser.add_argument("--elders", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.role == "writer":
        run_writer(
            options.url,
            json.loads(options.families),
            json.loads(options.elders),
            options.seconds,
            Path(options.log),
        )
        return 0
    if options.role == "window":
        run_window(
            options.url,
            Path(options.stop_file),
            Path(options.log),
            options.frames,
            options.snapshot_at,
        )
        return 0
    if options.short:
        options.minutes, options.warmup = 6, 2
    if options.warmup is None:
        options.warmup = 10 if options.minutes >= 30 else max(1, int(options.minutes // 3))
    if options.snapshot_at is None:
        options.snapshot_at = max(1, int(options.warmup) - 3)
    if options.report_from:
        report_from(Path(options.report_from), None, options)
        return 0
    return orchestrate(options)


if __name__ == "__main__":
    sys.exit(main())
