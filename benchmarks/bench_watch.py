#!/usr/bin/env python3
"""The watcher on simulated elders (issue 19): does ``watch.check`` find a fall, an
unplugged robot, a fever, a hot or a cold room in time, how often does it cry wolf, and
how long does one check over 200 families take.

N elders (30 by default) live alone in Korea with a care robot for 35 days. Each has a
routine of their own (rise and bedtime with daily jitter, meals, an afternoon nap on some
days, a weekly outing on a fixed weekday, now and then the market, quiet days); the robot
writes what it sees through ``db.status.bulk_create_status`` and ``db.messages``, with a
few odd rows (a broken sensor's zero rows, a heart rate of 230, a robot whose clock is 4
minutes ahead, a robot that uploads half an hour late in one burst). In the last week
(days 29-35) episodes are injected, each for a different elder and day, with the ground
truth kept: falls (the elder is never seen again that day while the robot keeps
reporting), unplugged robots, fevers, hot rooms and cold rooms. Days 1-28 are written
first; the last week is written as the robots would upload it, and the watcher is
stepped through it every 10 minutes (``watch.check(db, now)``).

    .venv/bin/python benchmarks/bench_watch.py                      # SQLite, 30 elders
    .venv/bin/python benchmarks/bench_watch.py --mariadb mysql+pymysql://root@127.0.0.1:3306 \\
        --families-200                                             # and the 200-family timing
    .venv/bin/python benchmarks/bench_watch.py --seed 7 --elders 60 --json /tmp/watch.json

Prints a markdown table (for docs/benchmarks.md); ``--details`` also lists every alert
that was not a detection and every missed episode.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import random
import shutil
import statistics
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text
from sqlalchemy.engine import URL, make_url

from carebot_desktop.data import Database
from carebot_desktop.data.database import sqlite_url
from carebot_desktop.data.models import (
    ActiveStatus,
    HealthStatus,
    HomeStatus,
    MemberRelation,
    MentalStatus,
    Message,
)
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.passwords import hash_password

Check = Callable[[Database, datetime], Sequence[dict[str, Any]]]

LOCAL = timedelta(hours=9)  # Korea, no daylight saving
DAY = 1440  # minutes
DAYS = 35
LAST_WEEK = range(28, 35)  # 0-based days 28..34 = days 29-35
AFTER = 12 * 60  # the morning after day 35: stepped until noon, for the late episodes
STEP = 10  # minutes between checks
SLACK = 60  # minutes after an episode's end within which its alert still counts
CARER = "carer@carebot.test"

# (kind of episode, the alert kind that finds it, episodes per 30 elders)
EPISODES = (
    ("fall", "inactivity", 8),
    ("unplugged", "robot_silent", 6),
    ("fever", "heart_rate", 6),
    ("hot room", "room_temperature", 6),
    ("cold room", "room_temperature", 6),
)
# (episode, the target's words, worst delay allowed in minutes, median allowed)
TARGETS = {
    "fall": ("every fall within 6 h, median <= 2 h", 360, 120),
    "unplugged": ("within 1 h", 60, None),
    "fever": ("within 2 h", 120, None),
    "hot room": ("within 2 h", 120, None),
    "cold room": ("within 2 h", 120, None),
}
FALSE_TARGET = 0.25  # false alerts per elder-month
CHECK_TARGET_MS = 500.0  # one check over 200 families on MariaDB

# What the robot sees the elder do: (action, usual score low, high, weight)
ACTIONS = (
    ("앉아있기", 10, 30, 0.33),
    ("TV 시청", 5, 20, 0.2),
    ("걷기", 40, 70, 0.25),
    ("서있기", 25, 45, 0.1),
    ("청소", 55, 85, 0.06),
    ("스트레칭", 45, 70, 0.06),
)
ACTION_WEIGHTS = [a[3] for a in ACTIONS]
SAYINGS = ("밥 먹었어요", "오늘 날씨가 춥네", "언제 와?", "고마워", "병원 다녀왔어", "잘 자")


MARKET_SHARE = 0.15  # days with a trip to the market (60-120 min, 09:00-17:00)
MARKET = MARKET_SHARE


def loadavg() -> str:
    try:
        with open("/proc/loadavg") as found:
            return " ".join(found.read().split()[:3])
    except OSError:
        return "n/a"


# --- the elders and their days ------------------------------------------------------------


@dataclass
class Elder:
    """One elder's routine (times are local minutes after midnight)."""

    n: int
    rise: float
    bed: float
    jitter: float  # the day's rise and bedtime fall within +- this of the usual
    rest_hr: float
    near: float  # chance the robot reads the heart rate at one of its 10-minute ticks
    moves: float  # activity rows per waking hour at home
    score_offset: float
    mood: float
    naps: float  # chance of an afternoon nap on a day (0: never naps)
    outing_weekday: int | None
    outing_start: float
    outing_hours: float
    temperature: float  # the room's usual mean
    swing: float  # its day/night swing (heating set back at night)
    humidity: float
    summer: bool = False  # a home kept warm as in summer (26-29 C)
    clock_ahead: int = 0  # minutes the robot's clock is ahead
    phase_home: float = 0.0
    phase_hr: float = 0.0

    @classmethod
    def draw(cls, n: int, rng: random.Random) -> Elder:
        return cls(
            n=n,
            rise=rng.uniform(5.5 * 60, 7.5 * 60),
            bed=rng.uniform(21.5 * 60, 23.5 * 60),
            jitter=rng.uniform(30, 45),
            rest_hr=rng.uniform(58, 85),
            near=rng.uniform(0.75, 0.95),
            moves=rng.uniform(3, 6),
            score_offset=rng.gauss(0, 6),
            mood=rng.uniform(55, 80),
            naps=rng.choice((0.0, 0.0, 0.4, 0.7)),
            outing_weekday=rng.randrange(7) if rng.random() < 0.8 else None,
            outing_start=rng.uniform(9.5 * 60, 13.5 * 60),
            outing_hours=rng.uniform(3, 5),
            temperature=rng.uniform(21, 23.5),
            swing=rng.uniform(0.6, 1.4),
            humidity=rng.uniform(30, 45),
            phase_home=rng.uniform(0, 10),
            phase_hr=rng.uniform(0, 10),
        )


@dataclass
class DayPlan:
    """One day of one elder, in minutes since the simulation's first local midnight."""

    rise: float
    bed: float
    away: list[tuple[float, float]]  # outings and naps: not seen
    outings: list[tuple[float, float]]
    quiet: bool
    meals: list[float]


@dataclass
class Episode:
    kind: str  # a key of TARGETS
    elder: int
    day: int  # 0-based
    start: float  # minutes since the first local midnight
    end: float
    detail: str
    found_at: float | None = None  # step minute of the first alert of the right kind

    @property
    def alert(self) -> str:
        return {e[0]: e[1] for e in EPISODES}[self.kind]


@dataclass
class Oddity:
    what: str
    elder: int
    start: float
    end: float


def plan_days(elder: Elder, rng: random.Random, days: int, first: date) -> list[DayPlan]:
    plans = []
    for d in range(days):
        base = d * DAY
        rise = base + elder.rise + rng.triangular(-elder.jitter, elder.jitter)
        bed = base + elder.bed + rng.triangular(-elder.jitter, elder.jitter)
        away, outings = [], []
        weekday = (first + timedelta(days=d)).weekday()
        if weekday == elder.outing_weekday and rng.random() < 0.9:  # the senior centre
            start = base + elder.outing_start + rng.uniform(-25, 25)
            outings.append((start, start + elder.outing_hours * 60 + rng.uniform(-30, 30)))
        if rng.random() < MARKET:  # the market
            start = base + rng.uniform(9 * 60, 17 * 60)
            market = (start, start + rng.uniform(60, 120))
            if all(market[1] < a or market[0] > b for a, b in outings):
                outings.append(market)
        away += outings
        if rng.random() < elder.naps:
            start = base + rng.uniform(13 * 60, 15 * 60)
            nap = (start, start + rng.uniform(45, 120))
            if all(nap[1] < a or nap[0] > b for a, b in outings):
                away.append(nap)
        meals = [
            rise + rng.uniform(30, 60),
            base + 12 * 60 + rng.uniform(-20, 30),
            base + 18 * 60 + rng.uniform(-30, 30),
        ]
        plans.append(DayPlan(rise, bed, sorted(away), outings, rng.random() < 0.1, meals))
    return plans


def present(plan: DayPlan, cut: float | None = None) -> list[tuple[float, float]]:
    """When the elder is awake and at home (up to ``cut``, a fall)."""
    spans, at = [], plan.rise
    end = plan.bed if cut is None else min(plan.bed, cut)
    for a, b in plan.away:
        if a > at:
            spans.append((at, min(a, end)))
        at = max(at, b)
    spans.append((at, end))
    return [(a, b) for a, b in spans if b > a]


def pick_time(
    rng: random.Random, spans: list[tuple[float, float]], low: float, high: float
) -> float | None:
    """A uniform time within ``spans`` clipped to [low, high]; None if there is none."""
    clipped = [(max(a, low), min(b, high)) for a, b in spans if min(b, high) > max(a, low)]
    total = sum(b - a for a, b in clipped)
    if total <= 0:
        return None
    x = rng.uniform(0, total)
    for a, b in clipped:
        if x <= b - a:
            return a + x
        x -= b - a
    return clipped[-1][1]


# --- the episodes ---------------------------------------------------------------------------


def schedule(
    elders: list[Elder], plans: list[list[DayPlan]], rng: random.Random
) -> tuple[list[Episode], list[Oddity]]:
    """Episodes in the last week, each on a different elder and day (an elder's episodes
    at least 3 days apart), then the last week's odd rows on days free of them."""
    kinds = [
        kind
        for kind, _alert, per_30 in EPISODES
        for _ in range(max(1, round(per_30 * len(elders) / 30)))
    ]
    rng.shuffle(kinds)
    taken: dict[int, set[int]] = defaultdict(set)
    order = list(range(len(elders)))
    rng.shuffle(order)
    episodes: list[Episode] = []
    turn = 0
    for kind in kinds:
        for _ in range(len(order)):
            n = order[turn % len(order)]
            turn += 1
            days = [d for d in LAST_WEEK if all(abs(d - t) >= 3 for t in taken[n])]
            if days:
                break
        else:
            continue  # too few elders for this many episodes
        d = rng.choice(days)
        episode = _episode(kind, elders[n], plans[n], d, rng)
        taken[n].add(d)
        episodes.append(episode)
    oddities = []
    free = [(n, d) for n in order for d in LAST_WEEK if all(abs(d - t) >= 2 for t in taken[n])]
    rng.shuffle(free)
    for what, (n, d) in zip(("zero rows", "heart rate 230", "late upload"), free, strict=False):
        plan = plans[n][d]
        if what == "zero rows":  # a broken sensor: 2 rows of zeros
            start = d * DAY + rng.uniform(0, DAY - 60)
            oddities.append(Oddity(what, n, start, start + 20))
            continue
        start = pick_time(rng, present(plan), plan.rise + 60, plan.bed - 120) or plan.rise + 90
        # a late upload: the robot holds 30 minutes of rows and sends them in one burst
        oddities.append(Oddity(what, n, start, start + (30 if what == "late upload" else 10)))
    # and the learning weeks' odd rows: a broken sensor's zeros twice
    for n in rng.sample(range(len(elders)), min(2, len(elders))):
        start = rng.randrange(3, 26) * DAY + rng.uniform(0, DAY - 60)
        oddities.append(Oddity("zero rows", n, start, start + 30))
    return episodes, oddities


def _episode(kind: str, elder: Elder, plans: list[DayPlan], d: int, rng: random.Random) -> Episode:
    plan, base = plans[d], d * DAY
    if kind == "fall":
        usual_bed = base + elder.bed
        start = pick_time(rng, present(plan), plan.rise + 60, usual_bed - 60)
        if start is None:
            start = plan.rise + 90
        # never seen again that day; the next morning someone helps them up
        return Episode(kind, elder.n, d, start, plans[d + 1].rise, "stillness until found")
    if kind == "unplugged":
        start = base + rng.uniform(0, DAY)
        hours = rng.uniform(3, 5)
        return Episode(kind, elder.n, d, start, start + hours * 60, f"{hours:.1f} h unplugged")
    if kind == "fever":
        plan.away = [a for a in plan.away if a not in plan.outings]  # stays home, ill
        plan.outings = []
        start = pick_time(rng, present(plan), plan.rise + 60, base + elder.bed - 300)
        if start is None:
            start = plan.rise + 90
        hours = rng.uniform(12, 24)
        rise = rng.uniform(15, 25)
        for later in plans[d + 1 : d + 2]:  # ill the next day too if it lasts
            if later.rise < start + hours * 60:
                later.away = [a for a in later.away if a not in later.outings]
                later.outings = []
        return Episode(
            kind, elder.n, d, start, start + hours * 60, f"+{rise:.0f} bpm, {hours:.0f} h"
        )
    hot = kind == "hot room"
    start = base + rng.uniform(9 * 60, 17 * 60)
    hours = rng.uniform(3, 5)
    level = rng.uniform(32.5, 36) if hot else rng.uniform(12, 15.5)
    return Episode(
        kind, elder.n, d, start, start + 20 + hours * 60, f"{level:.1f} C for {hours:.1f} h"
    )


# --- the robot's rows -----------------------------------------------------------------------


@dataclass
class Rows:
    """One elder's rows: (upload minute, stamp minute, values) per status kind, and the
    messages the elder sent."""

    by_kind: dict[str, list[tuple[float, float, dict[str, Any]]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def add(self, kind: str, at: float, values: dict[str, Any], ahead: int) -> None:
        self.by_kind[kind].append((at, at + ahead, values))


def generate(
    elder: Elder,
    plans: list[DayPlan],
    rng: random.Random,
    episodes: Iterable[Episode] = (),
    oddities: Iterable[Oddity] = (),
    until: float = (DAYS + 1) * DAY,
) -> Rows:
    """What the robot writes for ``elder`` from the first midnight to ``until``."""
    episodes, oddities = list(episodes), list(oddities)
    falls = {e.day: e.start for e in episodes if e.kind == "fall"}
    fevers = [(e.start, e.end, float(e.detail.split()[0])) for e in episodes if e.kind == "fever"]
    rooms = [e for e in episodes if e.kind in ("hot room", "cold room")]
    rows = Rows()
    ahead = elder.clock_ahead
    gauss, uniform, rand = rng.gauss, rng.uniform, rng.random

    def fever_at(t: float) -> float:
        return next((bpm for a, b, bpm in fevers if a <= t < b), 0.0)

    spans: list[tuple[float, float]] = []
    meal_times: list[float] = []
    for d, plan in enumerate(plans):
        if d * DAY >= until:
            break
        day_spans = present(plan, falls.get(d))
        spans += day_spans
        meal_times += sorted(m for m in plan.meals if m < falls.get(d, math.inf))
        total = sum(b - a for a, b in day_spans)
        # the elder moving in view: a row on coming into the room, then a Poisson process
        for a, b in day_spans:
            moves = []
            if b - a > 10:
                moves.append((a + uniform(1, 10), "걷기", uniform(40, 60)))
            t = a
            while True:
                sick = fever_at(t) > 0
                rate = elder.moves * (0.5 if plan.quiet else 1.0) * (0.4 if sick else 1.0)
                t += rng.expovariate(rate / 60)
                if t >= b:
                    break
                meal = any(abs(t - m) < 20 for m in plan.meals)
                if meal:
                    action, low, high = "식사", 15, 35
                else:
                    action, low, high, _w = rng.choices(ACTIONS, ACTION_WEIGHTS)[0]
                score = uniform(low, high) + elder.score_offset - (20 if sick else 0)
                moves.append((t, action, score))
            for t, action, score in moves:
                score = max(0, min(100, round(score)))
                rows.add(
                    "active", t, {"score": score, "action": action, "is_critical": False}, ahead
                )
        # conversations, then the mental score the robot writes
        talks = rng.randint(0, 1) if plan.quiet else rng.randint(1, 4)
        for _ in range(talks if total > 0 else 0):
            t = pick_time(rng, day_spans, 0, 1e9)
            if t is None:
                break
            score = gauss(elder.mood, 8) - (10 if fever_at(t) else 0)
            rows.add("mental", t, {"score": max(0, min(100, round(score)))}, ahead)
        if rand() < 0.35 and total > 0:
            t = pick_time(rng, day_spans, 0, 1e9)
            if t is not None:
                rows.add("message", t, {"content": rng.choice(SAYINGS)}, 0)
    # the heart rate at the robot's 10-minute ticks, when the elder is near it
    starts = [a for a, _b in spans]
    active = sorted((t, v["score"]) for t, _s, v in rows.by_kind["active"])
    active_times = [t for t, _v in active]
    ticks = int(until // STEP)
    for k in range(ticks):
        t = elder.phase_hr + k * STEP + uniform(-1, 1)
        i = bisect.bisect_right(starts, t) - 1
        if i < 0 or t >= spans[i][1] or rand() > elder.near:
            continue
        local_hour = (t % DAY) / 60
        bpm = elder.rest_hr + (3 if 9 <= local_hour < 18 else 0) + gauss(0, 3)
        j = bisect.bisect_right(active_times, t) - 1
        if j >= 0 and t - active_times[j] < 10:
            bpm += active[j][1] * 0.15
        bpm += fever_at(t)
        rows.add("health", t, {"heart_rate": round(bpm)}, ahead)
    # the home, every 10 minutes whatever the elder does
    day_offset = [gauss(0, 0.4) for _ in range(len(plans) + 1)]
    low, high = (26.0, 29.5) if elder.summer else (19.0, 25.0)
    for k in range(ticks):
        t = elder.phase_home + k * STEP + uniform(-1, 1)
        hour = (t % DAY) / 60
        temperature = elder.temperature + elder.swing * math.cos((hour - 15) / 24 * math.tau)
        temperature = min(high, max(low, temperature + day_offset[int(t // DAY)] + gauss(0, 0.15)))
        m = bisect.bisect_right(meal_times, t) - 1
        cooking = m >= 0 and t - meal_times[m] < 40
        humidity = elder.humidity + 4 * math.sin((hour - 6) / 24 * math.tau) + gauss(0, 1)
        for room in rooms:
            temperature = _room(room, t, temperature, gauss(0, 0.3))
        values = {
            "temperature": round(temperature, 1),
            "humidity": round(min(80.0, max(15.0, humidity + (6 if cooking else 0))), 1),
            "dust_level": round(max(1.0, gauss(15, 4) + (15 if cooking else 0)), 1),
            "ethanol": round(max(0.0, gauss(0.02, 0.005) + (0.2 if cooking else 0)), 3),
        }
        rows.add("home", t, values, ahead)
    _odd(rows, elder, episodes, oddities)
    return rows


def _room(room: Episode, t: float, normal: float, noise: float) -> float:
    level = float(room.detail.split()[0])
    ramp_end, hold_end = room.start + 20, room.end
    if t < room.start or t >= hold_end + 40:
        return normal
    if t < ramp_end:
        return normal + (level - normal) * (t - room.start) / 20
    if t < hold_end:
        return level + noise
    return level + (normal - level) * (t - hold_end) / 40


def _odd(rows: Rows, elder: Elder, episodes: list[Episode], oddities: list[Oddity]) -> None:
    """The unplugged robot's silence, and the odd rows."""
    for e in episodes:
        if e.kind == "unplugged":
            for kind, listed in rows.by_kind.items():
                rows.by_kind[kind] = [r for r in listed if not e.start <= r[0] < e.end]
    for odd in oddities:
        if odd.elder != elder.n:
            continue
        if odd.what == "zero rows":
            for r in rows.by_kind["home"]:
                if odd.start <= r[0] < odd.end:
                    r[2].update(temperature=0.0, humidity=0.0, dust_level=0.0, ethanol=0.0)
        elif odd.what == "heart rate 230":
            later = [r for r in rows.by_kind["health"] if r[0] >= odd.start]
            if later:
                later[0][2]["heart_rate"] = 230
        elif odd.what == "late upload":
            burst = odd.end + 2
            for kind, listed in rows.by_kind.items():
                rows.by_kind[kind] = [
                    (burst, s, v) if odd.start <= u < odd.end else (u, s, v) for u, s, v in listed
                ]


# --- the database ---------------------------------------------------------------------------


class Homes:
    """The families in the database: one per elder, and a carer who is a member of all
    (the one the elders write to)."""

    def __init__(self, db: Database, count: int) -> None:
        password = hash_password("bench-password", cost=4)
        self.carer = db.accounts.create_account(
            {"email": CARER, "password": password, "role": "sub", "user_name": "김돌봄"}
        )
        self.elders, self.families = [], []
        for n in range(count):
            elder = db.accounts.create_account(
                {"email": f"elder{n}@carebot.test", "password": password, "role": "main"}
            )
            self.elders.append(elder)
            self.families.append(
                db.families.create_family({"main_user": elder, "family_name": f"F{n}"})
            )
        with db.engine.begin() as connection:
            connection.execute(
                insert(MemberRelation),
                [
                    {"id": f"M{n:015d}", "family_id": f, "user_id": self.carer}
                    for n, f in enumerate(self.families)
                ],
            )


class Clock:
    """Minutes since the first local midnight <-> naive UTC."""

    def __init__(self, first: date) -> None:
        self.first = first
        self.origin = datetime(first.year, first.month, first.day) - LOCAL

    def utc(self, minute: float) -> datetime:
        return self.origin + timedelta(seconds=round(minute * 60))

    def minute(self, when: datetime) -> float:
        return (when - self.origin).total_seconds() / 60


def write(
    db: Database, homes: Homes, rows: list[tuple[int, str, float, dict[str, Any]]], clock: Clock
) -> None:
    """Store rows ``(elder, kind, stamp minute, values)`` as the robots do: a bulk call per
    status kind, and each message the elder sent."""
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n, kind, stamp, values in rows:
        if kind == "message":
            db.messages.create_message(
                {
                    "from_id": homes.elders[n],
                    "to_id": homes.carer,
                    "content": values["content"],
                    "created_at": clock.utc(stamp),
                }
            )
        else:
            by_kind[kind].append(
                {**values, "family_id": homes.families[n], "reported_at": clock.utc(stamp)}
            )
    for kind, listed in by_kind.items():
        db.status.bulk_create_status(kind, listed)


# --- the simulation -------------------------------------------------------------------------


@dataclass
class Result:
    episodes: list[Episode]
    oddities: list[Oddity]
    alerts: list[tuple[float, int, str, str, float | None]]  # (step, elder, kind, grade, since)
    check_ms: list[float]
    rows: int
    build_s: float
    step_s: float
    elders: list[Elder]
    plans: list[list[DayPlan]]


def simulate(db: Database, count: int, seed: int, first: date, check: Check) -> Result:
    started = time.perf_counter()
    rng = random.Random(seed)
    elders = [Elder.draw(n, random.Random(f"{seed}-elder-{n}")) for n in range(count)]
    if count > 1:
        rng.choice(elders).clock_ahead = 4
    if count > 2:
        summer = rng.choice([e for e in elders if not e.clock_ahead])
        summer.summer, summer.temperature, summer.humidity = True, 27.5, 65.0
    plans = [plan_days(e, random.Random(f"{seed}-days-{e.n}"), DAYS + 1, first) for e in elders]
    episodes, oddities = schedule(elders, plans, rng)
    clock = Clock(first)
    db.create_schema()
    homes = Homes(db, count)
    stepping_from = LAST_WEEK[0] * DAY
    until = DAYS * DAY + AFTER
    pending: list[tuple[float, int, str, float, dict[str, Any]]] = []
    total = 0
    for elder in elders:
        rows = generate(
            elder,
            plans[elder.n],
            random.Random(f"{seed}-rows-{elder.n}"),
            [e for e in episodes if e.elder == elder.n],
            [o for o in oddities if o.elder == elder.n],
            until,
        )
        history = []
        for kind, listed in rows.by_kind.items():
            for upload, stamp, values in listed:
                if upload < stepping_from:
                    history.append((elder.n, kind, stamp, values))
                elif upload <= until:
                    pending.append((upload, elder.n, kind, stamp, values))
        total += len(history)
        write(db, homes, history, clock)
    if db.is_mysql:
        analyze(db)
    pending.sort(key=lambda p: p[0])
    total += len(pending)
    build_s = time.perf_counter() - started

    started = time.perf_counter()
    family_of = {f: n for n, f in enumerate(homes.families)}
    alerts, check_ms, at = [], [], 0
    for step in range(stepping_from, until + 1, STEP):
        due = []
        while at < len(pending) and pending[at][0] <= step:
            due.append(pending[at][1:])
            at += 1
        write(db, homes, due, clock)
        begun = time.perf_counter()
        raised = check(db, clock.utc(step))
        check_ms.append((time.perf_counter() - begun) * 1000)
        for alert in raised:
            since = alert.get("since")
            if isinstance(since, str):
                since = datetime.fromisoformat(since)
            alerts.append(
                (
                    step,
                    family_of[alert["family_id"]],
                    alert["kind"],
                    str(alert.get("grade")),
                    clock.minute(since) if isinstance(since, datetime) else None,
                )
            )
    score(episodes, alerts)
    return Result(
        episodes,
        oddities,
        alerts,
        check_ms,
        total,
        build_s,
        time.perf_counter() - started,
        elders,
        plans,
    )


def analyze(db: Database) -> None:
    with db.engine.connect() as connection:
        for table in ("homestatus", "healthstatus", "activestatus", "mentalstatus", "messages"):
            connection.execute(text(f"ANALYZE TABLE {table}"))


def score(episodes: list[Episode], alerts: list[tuple[float, int, str, str, Any]]) -> None:
    """Each episode's first alert of its kind for its elder within [start, end + SLACK]."""
    for e in episodes:
        found = [
            step
            for step, n, kind, *_rest in alerts
            if n == e.elder and kind == e.alert and e.start <= step <= e.end + SLACK
        ]
        e.found_at = min(found) if found else None


def episode_days(episodes: list[Episode]) -> set[tuple[int, int]]:
    """(elder, day) pairs an episode touches, from its start to its end + SLACK."""
    days = set()
    for e in episodes:
        for d in range(int(e.start // DAY), int((e.end + SLACK) // DAY) + 1):
            days.add((e.elder, d))
    return days


# --- the report -----------------------------------------------------------------------------


def hours(minutes: float) -> str:
    return f"{minutes:.0f} min" if minutes < 120 else f"{minutes / 60:.1f} h"


def report(result: Result, elders: int, label: str) -> tuple[list[str], dict[str, Any]]:
    lines: list[str] = []
    figures: dict[str, Any] = {"episodes": {}, "false_alerts": {}}
    for kind, alert, _n in EPISODES:
        mine = [e for e in result.episodes if e.kind == kind]
        if not mine:
            continue
        delays = [e.found_at - e.start for e in mine if e.found_at is not None]
        words, worst_allowed, median_allowed = TARGETS[kind]
        median = statistics.median(delays) if delays else None
        worst = max(delays) if delays else None
        met = (
            len(delays) == len(mine)
            and worst is not None
            and worst <= worst_allowed
            and (median_allowed is None or (median is not None and median <= median_allowed))
        )
        shown = (
            f"{len(delays)} of {len(mine)} found; median {hours(median)}, worst {hours(worst)}"
            if delays
            else f"0 of {len(mine)} found"
        )
        lines.append(
            f"| {label} | {kind} (`{alert}`) | {shown} | {words} | {'met' if met else 'missed'} |"
        )
        figures["episodes"][kind] = {
            "alert": alert,
            "injected": len(mine),
            "found": len(delays),
            "median_min": median,
            "worst_min": worst,
            "delays_min": sorted(delays),
            "met": met,
        }
    busy = episode_days(result.episodes)
    normal_days = sum(1 for n in range(elders) for d in LAST_WEEK if (n, d) not in busy)
    false = Counter(
        kind
        for step, n, kind, *_rest in result.alerts
        if int(step // DAY) in LAST_WEEK and (n, int(step // DAY)) not in busy
    )
    other = Counter(
        kind
        for step, n, kind, *_rest in result.alerts
        if (n, int(step // DAY)) in busy
        and not any(
            e.elder == n and e.alert == kind and e.start <= step <= e.end + SLACK
            for e in result.episodes
        )
    )
    months = normal_days / 30
    rate = sum(false.values()) / months if months else float("nan")
    each = ", ".join(f"{k} {v}" for k, v in sorted(false.items())) or "none"
    lines.append(
        f"| {label} | false alerts: {sum(false.values())} ({each}) on {normal_days} elder-days "
        f"with no episode | {rate:.2f} per elder-month | <= {FALSE_TARGET} per elder-month | "
        f"{'met' if rate <= FALSE_TARGET else 'missed'} |"
    )
    if other:
        each = ", ".join(f"{k} {v}" for k, v in sorted(other.items()))
        lines.append(
            f"| {label} | other alerts on episode days (not counted as false) | {each} | | |"
        )
    figures["false_alerts"] = {
        "count": sum(false.values()),
        "by_kind": dict(false),
        "normal_elder_days": normal_days,
        "per_elder_month": rate,
        "met": rate <= FALSE_TARGET,
        "other_on_episode_days": dict(other),
    }
    ms = result.check_ms
    lines.append(
        f"| {label} | one check over {elders} families, stepping the week "
        f"({len(ms)} checks) | median {statistics.median(ms):.1f} ms, max {max(ms):.0f} ms "
        f"(the first {ms[0]:.0f} ms) | | |"
    )
    figures["stepping_check_ms"] = {
        "first": ms[0],
        "median": statistics.median(ms),
        "max": max(ms),
        "checks": len(ms),
    }
    return lines, figures


def details(result: Result, clock: Clock) -> list[str]:
    """Plain lines (not in the table): the missed episodes and the alerts that were not
    a detection, for tuning the watcher."""

    def when(minute: float) -> str:
        local = clock.utc(minute) + LOCAL
        return f"day {int(minute // DAY) + 1} {local:%a %H:%M} local"

    out = ["", "episodes:"]
    for e in sorted(result.episodes, key=lambda e: e.start):
        found = "MISSED" if e.found_at is None else f"found after {hours(e.found_at - e.start)}"
        out.append(f"  elder {e.elder:3d} {e.kind:10s} {when(e.start)} ({e.detail}): {found}")
    out.append("odd rows:")
    for o in result.oddities:
        out.append(f"  elder {o.elder:3d} {o.what} at {when(o.start)}")
    found = {(e.elder, e.alert, e.found_at) for e in result.episodes}
    busy = episode_days(result.episodes)
    out.append("alerts that were not a detection (what the elder did from `since` on):")
    for step, n, kind, grade, since in result.alerts:
        if (n, kind, step) in found:
            continue
        e = result.elders[n]
        why = "on an episode day" if (n, int(step // DAY)) in busy else "FALSE"
        story = during(result.plans[n], since, step) if since is not None else "?"
        out.append(
            f"  elder {n:3d} {kind} ({grade}, {why}) at {when(step)}, since "
            + (when(since) if since is not None else "?")
            + f": {story}; usual rise {clock_time(e.rise)}, bed {clock_time(e.bed)}"
            + (f", outing {WEEKDAYS[e.outing_weekday]}" if e.outing_weekday is not None else "")
        )
    return out


WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def clock_time(minute: float) -> str:
    return f"{int(minute % DAY // 60):02d}:{int(minute % 60):02d}"


def during(plans: list[DayPlan], a: float, b: float) -> str:
    """What the elder did between ``a`` and ``b`` by their plan."""
    parts = []
    for d in range(max(0, int(a // DAY) - 1), min(len(plans), int(b // DAY) + 1)):
        plan = plans[d]
        sleep = (plans[d - 1].bed if d else d * DAY, plan.rise)
        items = [("asleep", *sleep)]
        items += [("out", x, y) for x, y in plan.outings]
        items += [("napping", x, y) for x, y in plan.away if (x, y) not in plan.outings]
        for what, x, y in items:
            if x < b and y > a:
                parts.append((x, f"{what} {clock_time(x)}-{clock_time(y)} ({hours(y - x)})"))
    return ", ".join(p for _x, p in sorted(parts)) or "at home, awake"


# --- one check over 200 families -------------------------------------------------------------


def timing_200(
    db: Database, seed: int, first: date, check: Check, calls: int
) -> tuple[list[str], dict[str, Any]]:
    """200 families with 35 days at the same pace (plain bulk inserts), then one check at
    ``calls`` successive 10-minute steps of day 35's morning (the first learns)."""
    started = time.perf_counter()
    db.create_schema()
    homes = Homes(db, 200)
    until = (DAYS - 1) * DAY + 12 * 60
    models = {"home": HomeStatus, "health": HealthStatus, "active": ActiveStatus}
    models["mental"] = MentalStatus
    clock = Clock(first)
    total = 0
    for n in range(200):
        elder = Elder.draw(n, random.Random(f"{seed}-big-{n}"))
        plans = plan_days(elder, random.Random(f"{seed}-bigdays-{n}"), DAYS, first)
        rows = generate(elder, plans, random.Random(f"{seed}-bigrows-{n}"), until=until)
        family = homes.families[n]
        with db.engine.begin() as connection:
            for kind, listed in rows.by_kind.items():
                values = [
                    {**v, "family_id": family, "reported_at": clock.utc(s)} for _u, s, v in listed
                ]
                total += len(values)
                if kind == "message":
                    connection.execute(
                        insert(Message),
                        [
                            {
                                "from_id": homes.elders[n],
                                "to_id": homes.carer,
                                "content": v["content"],
                                "created_at": v["reported_at"],
                                "is_read": False,
                            }
                            for v in values
                        ],
                    )
                else:
                    for first_row in range(0, len(values), 10_000):
                        connection.execute(
                            insert(models[kind]), values[first_row : first_row + 10_000]
                        )
    if db.is_mysql:
        analyze(db)
    label = "MariaDB" if db.is_mysql else "SQLite"
    lines = [
        f"| {label}, 200 families | the data: {total:,} rows (35 days at the same pace, "
        f"bulk inserts) | built in {time.perf_counter() - started:.0f} s | | |"
    ]
    times = []
    for k in range(calls):
        begun = time.perf_counter()
        check(db, clock.utc((DAYS - 1) * DAY + 8 * 60 + k * STEP))
        times.append((time.perf_counter() - begun) * 1000)
    lines.append(
        f"| {label}, 200 families | the first check (learns every elder's usual) | "
        f"{times[0]:.0f} ms | | |"
    )
    warm = times[1:]
    lines.append(
        f"| {label}, 200 families | one check, {len(warm)} successive 10-minute steps | "
        f"median {statistics.median(warm):.0f} ms, max {max(warm):.0f} ms | "
        f"<= {CHECK_TARGET_MS:.0f} ms on MariaDB | "
        f"{('met' if max(warm) <= CHECK_TARGET_MS else 'missed') if db.is_mysql else ''} |"
    )
    # Six hours on every elder's usual is stale: the checks relearn it, ten elders each,
    # the stalest first (a minute apart, as the watcher runs), until all are learned again.
    relearn = []
    later = clock.utc((DAYS - 1) * DAY + 8 * 60 + (calls - 1) * STEP) + timedelta(hours=6)
    for k in range(calls):
        begun = time.perf_counter()
        check(db, later + timedelta(minutes=k))
        relearn.append((time.perf_counter() - begun) * 1000)
    worst = max(max(warm), max(relearn))
    lines.append(
        f"| {label}, 200 families | one check 6 h later, {len(relearn)} checks a minute apart "
        f"(each relearns 10 elders' usual until all are) | median "
        f"{statistics.median(relearn):.0f} ms, max {max(relearn):.0f} ms | "
        f"<= {CHECK_TARGET_MS:.0f} ms on MariaDB | "
        f"{('met' if max(relearn) <= CHECK_TARGET_MS else 'missed') if db.is_mysql else ''} |"
    )
    return lines, {
        "database": label,
        "rows": total,
        "first_ms": times[0],
        "median_ms": statistics.median(warm),
        "max_ms": max(warm),
        "calls": len(warm),
        "relearn_median_ms": statistics.median(relearn),
        "relearn_max_ms": max(relearn),
        "met": worst <= CHECK_TARGET_MS if db.is_mysql else None,
    }


# --- databases and the command line ---------------------------------------------------------


class Schemas:
    """Throw-away databases: SQLite files in a temporary folder, or MariaDB schemas dropped
    at the end unless kept."""

    def __init__(self, mariadb: str | None, keep: bool) -> None:
        self.url: URL | None = make_url(mariadb) if mariadb else None
        self.keep = keep
        self.made: list[str] = []
        self.folder = Path(tempfile.mkdtemp(prefix="carebot-bench-watch-"))

    def open(self, name: str) -> Database:
        if self.url is None:
            return Database(sqlite_url(self.folder / f"{name}.sqlite3"))
        schema = f"carebot_bench_watch_{name}_{int(time.time())}"
        with self._server() as server, server.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE `{schema}` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
        self.made.append(schema)
        return Database(self.url.set(database=schema), read_timeout=600)

    def _server(self) -> Any:
        import pymysql  # only for the throw-away schemas

        assert self.url is not None
        return pymysql.connect(
            host=self.url.host or "127.0.0.1",
            port=self.url.port or 3306,
            user=self.url.username or "root",
            password=self.url.password or "",
        )

    def close(self) -> list[str]:
        if self.url is None and self.keep:
            return [f"kept: {self.folder}"]
        shutil.rmtree(self.folder, ignore_errors=True)
        if self.url is None:
            return []
        if self.keep:
            return [f"kept: {self.url.set(database=s).render_as_string(False)}" for s in self.made]
        with self._server() as server, server.cursor() as cursor:
            for schema in self.made:
                cursor.execute(f"DROP DATABASE IF EXISTS `{schema}`")
        return []


def default_first_day() -> date:
    """Day 1 such that day 35's next morning (stepped until noon) is in the past."""
    today = (utcnow() + LOCAL).date()
    return today - timedelta(days=DAYS + 1)


def run(args: argparse.Namespace, check: Check) -> tuple[list[str], dict[str, Any]]:
    first = (
        date.fromisoformat(args.end) - timedelta(days=DAYS - 1) if args.end else default_first_day()
    )
    schemas = Schemas(args.mariadb, args.keep)
    label = "MariaDB" if args.mariadb else "SQLite"
    lines = [
        "| database | what | measured | target | |",
        "| --- | --- | --- | --- | --- |",
        f"| load | /proc/loadavg before (1, 5, 15 min; 2 cores shared) | {loadavg()} | | |",
    ]
    figures: dict[str, Any] = {
        "seed": args.seed,
        "elders": args.elders,
        "database": label,
        "days": f"{first} .. {first + timedelta(days=DAYS - 1)} (local)",
    }
    extra: list[str] = []
    try:
        db = schemas.open("sim")
        try:
            result = simulate(db, args.elders, args.seed, first, check)
        finally:
            db.dispose()
        lines.append(
            f"| {label} | {args.elders} elders, 35 days (+ the next morning), seed {args.seed}: "
            f"{result.rows:,} rows, {len(result.episodes)} episodes in the last week | "
            f"built in {result.build_s:.0f} s, stepped in {result.step_s:.0f} s | | |"
        )
        table, found = report(result, args.elders, label)
        lines += table
        figures |= found
        figures["rows"] = result.rows
        figures["episode_list"] = [
            {
                "kind": e.kind,
                "elder": e.elder,
                "day": e.day + 1,
                "start_utc": Clock(first).utc(e.start).isoformat(),
                "detail": e.detail,
                "delay_min": None if e.found_at is None else e.found_at - e.start,
            }
            for e in result.episodes
        ]
        if args.details:
            extra += details(result, Clock(first))
        if args.families_200:
            db = schemas.open("200")
            try:
                timing, figures["timing_200"] = timing_200(db, args.seed, first, check, args.calls)
            finally:
                db.dispose()
            lines += timing
    finally:
        extra += schemas.close()
    lines.append(f"| load | /proc/loadavg after | {loadavg()} | | |")
    figures["table"] = "\n".join(lines)
    return lines + extra, figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mariadb", metavar="URL", help="a MariaDB server URL (no schema)")
    parser.add_argument("--elders", type=int, default=30)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--end", metavar="YYYY-MM-DD", help="day 35 (local); default 2 days ago")
    parser.add_argument(
        "--families-200", action="store_true", help="also time one check over 200 families"
    )
    parser.add_argument("--calls", type=int, default=25, help="checks timed over 200 families")
    parser.add_argument("--json", metavar="PATH", help="also write the figures here")
    parser.add_argument("--details", action="store_true", help="list episodes and alerts")
    parser.add_argument("--keep", action="store_true", help="keep the databases, print where")
    parser.add_argument(
        "--rule",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="try another value of a constant of carebot_desktop.data.watch_rules "
        "(a sensitivity run; the defaults are the product's)",
    )
    parser.add_argument(
        "--market",
        type=float,
        default=MARKET_SHARE,
        help=f"share of days with a trip to the market (default {MARKET_SHARE})",
    )
    args = parser.parse_args()
    from carebot_desktop.data import watch_rules
    from carebot_desktop.services import watch

    global MARKET
    MARKET = args.market
    for setting in args.rule:
        name, _, value = setting.partition("=")
        current = getattr(watch_rules, name)
        setattr(watch_rules, name, type(current)(value))

    lines, figures = run(args, watch.check)
    print("\n".join(lines))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
