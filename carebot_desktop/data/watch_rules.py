"""The watcher's rules, as plain functions over what was read (no database): when an
elder's silence, heart rate, room or mood is unusual for them, and the Korean sentence
that says what and why. ``carebot_desktop.data.watch`` reads every family at once and
calls these; the tests pin them on hand-made histories.

Times are naive UTC; a time of day is the elder's local time (Korea, UTC+9, no daylight
saving), in minutes after midnight. The thresholds and their sources are in
``docs/watching.md``.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

LOCAL = timedelta(hours=9)  # Korea Standard Time, no daylight saving
DAY_MINUTES = 1440

# --- inactivity ---------------------------------------------------------------------------
HISTORY_DAYS = 28
LEARNED_DAYS = 7  # fewer days of history: a new elder, the default rule applies
GAP_MINUTES = 20  # gaps shorter than this are ordinary life and are not kept
WINDOW_MINUTES = 60  # past gaps that started this close to the time of day compare
MARGIN_MINUTES = 30  # the current gap must exceed the usual by this much ...
MARGIN_SHARE = 0.25  # ... or by this share of the usual, whichever is more
FLOOR_MINUTES = 110  # never sooner than this (chosen with benchmarks/bench_watch.py)
NEW_ELDER_HOURS = 6  # a new elder's daytime limit
NEW_ELDER_NIGHT = ("21:00", "08:00")  # and night, unless the family set a sleep window
WAKE_MARGIN_MINUTES = 60  # after the latest usual rise (or the sleep window's end)
NIGHT_EARLY_MINUTES = 30  # a gap starting this long before the earliest usual bedtime
RECENT_DAYS = 3  # a gap that started longer ago is not news (the elder is away)

# --- robot silent -------------------------------------------------------------------------
SILENT_FACTOR = 3.5  # times the robot's usual interval
SILENT_MIN_MINUTES = 30
SILENT_DEFAULT_MINUTES = 120  # a robot with too few rows to know its pace
SILENT_RECENT_HOURS = 24  # a silence that began longer ago is not raised again

# --- heart rate ---------------------------------------------------------------------------
HR_PLAUSIBLE = (35, 210)  # outside: a sensor's error, never a reading
HR_WINDOW_MINUTES = 90
HR_MIN_READINGS = 4
HR_SHARE = 0.75  # of the window's readings on one side
CLOSE_SHARE = 0.25  # an open episode ends when at most this share is still beyond
HR_SD_FACTOR = 2.0
HR_MIN_WIDTH = 8.0  # bpm either side of the usual mean, at least
HR_SHIFT_MIN = 10.0  # bpm: a whole window this far from the usual mean is sustained
HR_MIN_HOUR_READINGS = 20  # readings behind an hour's usual range (with its neighbours)
HR_DEFAULT_BAND = (45.0, 120.0)  # until the elder's own range is known
HR_CRIT = (40.0, 150.0)

# --- room temperature (public guidance; see docs/watching.md) -----------------------------
HEAT_WARN = 32.0  # WHO Europe: keep indoors below 32 C by day
HEAT_CRIT = 35.0  # KMA heat-wave warning level (폭염경보)
COLD_WARN = 18.0  # WHO Housing and health guidelines: at least 18 C in cold seasons
COLD_CRIT = 12.0  # below 12 C: blood pressure and cardiovascular strain
HEAT_WINDOW_MINUTES = 60
COLD_WINDOW_MINUTES = 120
ROOM_MIN_READINGS = 3
ROOM_SHARE = 0.75
ROOM_PLAUSIBLE = (-30.0, 60.0)

# --- mood ---------------------------------------------------------------------------------
MOOD_RECENT_DAYS = 7
MOOD_BASE_DAYS = 28
MOOD_MIN_RECENT = 4
MOOD_MIN_BASE = 10
MOOD_DROP = 15.0  # points on the 0-100 scale, at least
MOOD_SD_FACTOR = 1.0
MOOD_RECOVERED = 8.0  # the episode ends when the drop is smaller than this

KINDS = ("inactivity", "robot_silent", "heart_rate", "room_temperature", "mood")
LABELS = {
    "inactivity": "움직임 없음",
    "robot_silent": "로봇 응답 없음",
    "heart_rate": "심박 이상",
    "room_temperature": "실내 온도",
    "mood": "기분 저하",
}


@dataclass(frozen=True)
class Finding:
    """An unusual state found now: raise it unless its episode is already open."""

    kind: str
    grade: str
    since: datetime
    message: str
    detail: dict[str, Any] = field(default_factory=dict)


# --- time helpers -------------------------------------------------------------------------


def local_minute(when: datetime) -> int:
    """The local time of day of a naive UTC time, in minutes after midnight."""
    local = when + LOCAL
    return local.hour * 60 + local.minute


def parse_hhmm(text: str) -> int:
    """ "HH:MM" -> minutes after midnight (ValueError if it is not a time)."""
    hours, _, minutes = text.partition(":")
    if len(hours) != 2 or len(minutes) != 2 or not (hours + minutes).isdigit():
        raise ValueError(text)
    value = int(hours) * 60 + int(minutes)
    if int(hours) > 23 or int(minutes) > 59:
        raise ValueError(text)
    return value


def circular_distance(a: int, b: int) -> int:
    d = abs(a - b) % DAY_MINUTES
    return min(d, DAY_MINUTES - d)


def in_window(minute: int, start: int, end: int) -> bool:
    """Whether a time of day lies in [start, end), a window that may pass midnight."""
    if start <= end:
        return start <= minute < end
    return minute >= start or minute < end


def next_local(after: datetime, minute: int) -> datetime:
    """The first UTC time at or after ``after`` whose local time of day is ``minute``."""
    local = after + LOCAL
    candidate = local.replace(hour=minute // 60, minute=minute % 60, second=0, microsecond=0)
    if candidate < local:
        candidate += timedelta(days=1)
    return candidate - LOCAL


def span(minutes: float) -> str:
    """Minutes as Korean words: "3시간 20분", "45분", "2일 3시간"."""
    total = max(0, int(round(minutes)))
    days, rest = divmod(total, DAY_MINUTES)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(f"{days}일")
    if hours:
        parts.append(f"{hours}시간")
    if mins and not days:
        parts.append(f"{mins}분")
    return " ".join(parts) or "0분"


def clock(when: datetime) -> str:
    """A UTC time as the elder's local "HH:MM"."""
    return f"{when + LOCAL:%H:%M}"


def hhmm(minute: int) -> str:
    return f"{minute // 60 % 24:02d}:{minute % 60:02d}"


# --- learning helpers (pure: the data layer feeds them rows) ------------------------------


def is_night(start: datetime, length: int) -> bool:
    """A gap of three hours or more that covers 03:00 local time: a night's sleep."""
    if length < 180:
        return False
    local_start = start + LOCAL
    local_end = local_start + timedelta(minutes=length)
    three = local_end.replace(hour=3, minute=0, second=0, microsecond=0)
    return local_start <= three <= local_end


def learn_sleep(gaps: Sequence[tuple[datetime, int]]) -> dict[str, Any] | None:
    """Bed and rise times from the nights' gaps: each local night's longest gap that
    covers 03:00. ``{"bed": [earliest, latest], "rise": [earliest, latest], "nights": n}``
    with bed times as minutes after local noon (so 21:30 and 00:30 compare), rise times
    as minutes after midnight; None with fewer than 3 nights. One odd night at either end
    is left out once there are 10."""
    nights: dict[Any, tuple[int, datetime]] = {}
    for start, length in gaps:
        end = start + timedelta(minutes=length)
        local_start, local_end = start + LOCAL, end + LOCAL
        three = local_end.replace(hour=3, minute=0, second=0, microsecond=0)
        if not (local_start <= three <= local_end) or length < 180:
            continue
        key = three.date()
        if key not in nights or nights[key][0] < length:
            nights[key] = (length, start)
    if len(nights) < 3:
        return None
    beds, rises = [], []
    for length, start in nights.values():
        local_start = start + LOCAL
        beds.append((local_start.hour * 60 + local_start.minute - 720) % DAY_MINUTES)
        rises.append(local_minute(start + timedelta(minutes=length)))
    beds.sort()
    rises.sort()
    if len(beds) >= 10:
        beds, rises = beds[1:-1], rises[1:-1]
    return {"bed": [beds[0], beds[-1]], "rise": [rises[0], rises[-1]], "nights": len(nights)}


def mean_sd(n: float, total: float, squares: float) -> tuple[float, float]:
    mean = total / n
    variance = max(0.0, squares / n - mean * mean)
    return mean, math.sqrt(variance * n / (n - 1)) if n > 1 else 0.0


# --- inactivity ---------------------------------------------------------------------------


@dataclass(frozen=True)
class GapLimit:
    minutes: float  # alert when the gap exceeds this
    usual: float | None  # the longest usual gap it is based on (None: a default)
    reason: str  # "usual", "night", "new", "family_night"


def usual_gap(gaps: Sequence[tuple[datetime, int]], start: datetime) -> float:
    """The longest gap this elder had that began near this time of day, counted as usual
    once it happened twice: on two different weekdays (an afternoon nap), or twice on
    this weekday (a weekly outing, which is not the usual of the other days). One odd day
    is not the usual. ``GAP_MINUTES`` when there is none."""
    minute = local_minute(start)
    weekday = (start + LOCAL).weekday()
    by_weekday: dict[int, list[int]] = {}
    for past_start, length in gaps:
        if past_start >= start:
            continue
        if circular_distance(local_minute(past_start), minute) > WINDOW_MINUTES:
            continue
        by_weekday.setdefault((past_start + LOCAL).weekday(), []).append(length)
    longest = sorted((max(lengths) for lengths in by_weekday.values()), reverse=True)
    same = sorted(by_weekday.get(weekday, []), reverse=True)
    usual = float(GAP_MINUTES)
    if len(longest) >= 2:
        usual = max(usual, float(longest[1]))
    if len(same) >= 2:
        usual = max(usual, float(same[1]))
    return usual


def gap_limit(
    baseline: dict[str, Any] | None,
    start: datetime,
    sleep_window: tuple[int, int] | None,
) -> GapLimit:
    """How long this elder may go unseen after ``start`` before it is unusual."""
    days = int(baseline.get("days", 0)) if baseline else 0
    minute = local_minute(start)
    learned = baseline is not None and days >= LEARNED_DAYS
    if sleep_window is not None:
        early = (sleep_window[0] - WINDOW_MINUTES) % DAY_MINUTES
        if in_window(minute, early, sleep_window[1]):
            until = next_local(start, sleep_window[1]) + timedelta(minutes=WAKE_MARGIN_MINUTES)
            night = max((until - start).total_seconds() / 60, FLOOR_MINUTES)
            if not learned or baseline is None:
                return GapLimit(night, None, "family_night")
            own = _learned_limit(baseline, start)
            return GapLimit(max(night, own.minutes), own.usual, "family_night")
    if not learned or baseline is None:
        night_start, night_end = sleep_window or tuple(parse_hhmm(t) for t in NEW_ELDER_NIGHT)
        limit = float(NEW_ELDER_HOURS * 60)
        end_minute = local_minute(start + timedelta(minutes=limit))
        if in_window(minute, night_start, night_end) or in_window(
            end_minute, night_start, night_end
        ):
            # the default limit would end in the night: wait for the morning
            until = next_local(start + timedelta(minutes=1), night_end) + timedelta(
                minutes=WAKE_MARGIN_MINUTES
            )
            limit = max(limit, (until - start).total_seconds() / 60)
        return GapLimit(limit, None, "new")
    return _learned_limit(baseline, start)


def _learned_limit(baseline: dict[str, Any], start: datetime) -> GapLimit:
    gaps = [(from_epoch_minutes(int(s)), int(n)) for s, n in baseline.get("gaps", [])]
    sleep = baseline.get("sleep")
    if sleep:
        # the nights are the sleep rule's (below): near bedtime they are not the usual of
        # an evening gap, or a fall an hour before bed would wait for the morning
        gaps = [(start_, n) for start_, n in gaps if not is_night(start_, n)]
    usual = usual_gap(gaps, start)
    limit = max(usual + max(MARGIN_MINUTES, MARGIN_SHARE * usual), FLOOR_MINUTES)
    if sleep:
        from_noon = (local_minute(start) - 720) % DAY_MINUTES
        bed_lo = sleep["bed"][0]
        rise_hi = int(sleep["rise"][1]) + 720  # minutes after the evening's noon
        if bed_lo - NIGHT_EARLY_MINUTES <= from_noon <= rise_hi:
            # a gap that starts in the elder's night (at bedtime, or after waking at 3 a.m.)
            until = next_local(start, int(sleep["rise"][1])) + timedelta(
                minutes=WAKE_MARGIN_MINUTES
            )
            night = (until - start).total_seconds() / 60
            if night > limit:
                return GapLimit(night, usual, "night")
    return GapLimit(limit, usual, "usual")


def epoch_minutes(when: datetime) -> int:
    return int((when - datetime(1970, 1, 1)).total_seconds() // 60)


def from_epoch_minutes(value: int) -> datetime:
    return datetime(1970, 1, 1) + timedelta(minutes=value)


def inactivity(
    baseline: dict[str, Any] | None,
    last_seen: datetime | None,
    now: datetime,
    sleep_window: tuple[int, int] | None,
) -> Finding | None:
    """The elder not seen for longer than is usual for them when a gap starts then."""
    if last_seen is None or last_seen > now or now - last_seen > timedelta(days=RECENT_DAYS):
        return None
    gap = (now - last_seen).total_seconds() / 60
    if gap <= FLOOR_MINUTES:
        return None  # no limit is shorter (the cheap answer for nearly every home)
    limit = gap_limit(baseline, last_seen, sleep_window)
    if gap <= limit.minutes:
        return None
    when = clock(last_seen)
    if limit.reason == "new":
        days = int(baseline.get("days", 0)) if baseline else 0
        why = (
            f"아직 평소 생활을 배우는 중이라({days}일치) 기본 기준 "
            f"{span(limit.minutes)}을 넘었습니다"
        )
    elif limit.reason == "family_night":
        why = f"가족이 정한 잠자는 시간이 끝나고도 {WAKE_MARGIN_MINUTES}분이 지났습니다"
    elif limit.reason == "night":
        why = "평소 일어나시는 시간보다 1시간 넘게 늦습니다"
    else:
        usual = limit.usual or GAP_MINUTES
        why = f"평소 이 시간에는 최대 {span(usual)} 안 보이시는데"
    message = (
        f"{when} 이후 {span(gap)}째 움직임이 없습니다. {why}."
        if limit.reason != "usual"
        else f"{why} 지금 {span(gap)}째 움직임이 없습니다 ({when} 이후)."
    )
    grade = "crit"
    return Finding(
        "inactivity",
        grade,
        last_seen,
        message,
        {"gap_minutes": round(gap), "limit_minutes": round(limit.minutes), "rule": limit.reason},
    )


# --- robot silent -------------------------------------------------------------------------


def silent_limit(interval_seconds: float | None) -> float:
    """Minutes of silence that are unusual for a robot reporting every ``interval``."""
    if not interval_seconds:
        return float(SILENT_DEFAULT_MINUTES)
    return max(SILENT_MIN_MINUTES, SILENT_FACTOR * interval_seconds / 60)


def robot_silent(
    interval_seconds: float | None, last_arrival: datetime | None, now: datetime
) -> Finding | None:
    """Nothing from the home for several times the robot's usual interval."""
    if last_arrival is None or last_arrival > now:
        return None
    silence = (now - last_arrival).total_seconds() / 60
    if silence > SILENT_RECENT_HOURS * 60:
        return None
    limit = silent_limit(interval_seconds)
    if silence <= limit:
        return None
    pace = (
        f"평소 {span(interval_seconds / 60)}마다 보고하는데"
        if interval_seconds
        else "보고 간격을 아직 모르지만"
    )
    message = (
        f"로봇이 {clock(last_arrival)} 이후 {span(silence)}째 아무것도 보내지 않습니다. "
        f"{pace} 전원이나 인터넷 연결을 확인해 주세요. "
        f"어르신의 상태는 알 수 없습니다(움직임 없음과 다릅니다)."
    )
    return Finding(
        "robot_silent",
        "warn",
        last_arrival,
        message,
        {"silent_minutes": round(silence), "limit_minutes": round(limit)},
    )


# --- heart rate ---------------------------------------------------------------------------


def plausible_heart_rate(value: object) -> bool:
    return isinstance(value, (int, float)) and HR_PLAUSIBLE[0] <= value <= HR_PLAUSIBLE[1]


def heart_usual(baseline: dict[str, Any] | None, hour: int) -> tuple[float, float] | None:
    """(mean, standard deviation) of the elder's heart rate at this UTC hour (the hour
    and its neighbours pooled), or None while it is not known."""
    hourly = (baseline or {}).get("hr") or []
    if len(hourly) != 24 or int((baseline or {}).get("days", 0)) < LEARNED_DAYS:
        return None
    n = total = squares = 0.0
    for offset in (-1, 0, 1):
        cell = hourly[(hour + offset) % 24]
        if cell:
            n += cell[0]
            total += cell[1]
            squares += cell[2]
    if n < HR_MIN_HOUR_READINGS:
        return None
    return mean_sd(n, total, squares)


def heart_band(baseline: dict[str, Any] | None, hour: int) -> tuple[float, float, bool]:
    """(low, high, own) of the usual heart rate at this UTC hour: the elder's own or the
    default band."""
    usual = heart_usual(baseline, hour)
    if usual is not None:
        mean, sd = usual
        width = max(HR_SD_FACTOR * sd, HR_MIN_WIDTH)
        return mean - width, mean + width, True
    return HR_DEFAULT_BAND[0], HR_DEFAULT_BAND[1], False


def _shifted(
    baseline: dict[str, Any] | None, window: Sequence[tuple[datetime, float]]
) -> tuple[str, list[tuple[datetime, float]]] | None:
    """A sustained shift of the whole window against the elder's own mean for each
    reading's hour: the mean difference at least ``HR_SHIFT_MIN`` and three standard
    errors, and three quarters of the readings on that side by half a deviation. A fever
    of +15 shows so before many readings pass a 2-sd band."""
    deviations = []
    for at, value in window:
        usual = heart_usual(baseline, at.hour)
        if usual is None:
            return None
        deviations.append((at, value, value - usual[0], usual[1]))
    n = len(deviations)
    shift = sum(d for _, _, d, _ in deviations) / n
    spread = max(statistics.mean(sd for *_, sd in deviations), 1.0)
    if abs(shift) < max(HR_SHIFT_MIN, 3 * spread / math.sqrt(n)):
        return None
    side = "high" if shift > 0 else "low"
    beyond = [
        (at, value)
        for at, value, d, sd in deviations
        if (d > 0.5 * sd if side == "high" else d < -0.5 * sd)
    ]
    if len(beyond) < HR_SHARE * n:
        return None
    return side, beyond


def heart_rate(
    baseline: dict[str, Any] | None,
    readings: Sequence[tuple[datetime, float]],
    now: datetime,
    is_open: bool,
) -> tuple[Finding | None, bool]:
    """(a finding, whether it is still unusual): most of the last 90 minutes' readings
    outside the elder's usual range for the time of day, on one side. Readings a sensor
    cannot give (a 0, a 230) are not readings. An open episode ends when at most a
    quarter are outside."""
    window = [
        (at, value)
        for at, value in readings
        if now - timedelta(minutes=HR_WINDOW_MINUTES) < at <= now and plausible_heart_rate(value)
    ]
    if len(window) < HR_MIN_READINGS:
        return None, is_open  # too few to tell: an open episode stays open
    window.sort()
    above, below = [], []
    own = False
    for at, value in window:
        low, high, own = heart_band(baseline, at.hour)
        if value > high:
            above.append((at, value))
        elif value < low:
            below.append((at, value))
    side, outside = ("high", above) if len(above) >= len(below) else ("low", below)
    shifted = _shifted(baseline, window)
    if is_open:
        return None, shifted is not None or len(outside) > CLOSE_SHARE * len(window)
    if len(outside) < HR_SHARE * len(window):
        if shifted is None:
            return None, False
        side, outside = shifted
    low, high, own = heart_band(baseline, now.hour)
    middle = statistics.median(value for _, value in outside)
    grade = "crit" if middle >= HR_CRIT[1] or middle <= HR_CRIT[0] else "warn"
    since = outside[0][0]
    usual = (
        f"평소 이 시간 {round(low)}–{round(high)}회"
        if own
        else f"기본 범위 {round(low)}–{round(high)}회"
    )
    direction = "높습니다" if side == "high" else "낮습니다"
    message = (
        f"심박이 {clock(since)}부터 계속 {direction}: 최근 {len(window)}번 중 "
        f"{len(outside)}번이 평소보다 {'높았고' if side == 'high' else '낮았고'}"
        f"({usual}), 중간값은 분당 {round(middle)}회입니다."
    )
    return (
        Finding(
            "heart_rate",
            grade,
            since,
            message,
            {"median": round(middle), "low": round(low), "high": round(high), "own": own},
        ),
        True,
    )


# --- room temperature ---------------------------------------------------------------------


def plausible_room(temperature: object, humidity: object) -> bool:
    """A broken sensor writes zeros: a 0 temperature with a 0 humidity is no reading."""
    if not isinstance(temperature, (int, float)):
        return False
    if temperature == 0 and (humidity in (0, None)):
        return False
    return ROOM_PLAUSIBLE[0] < temperature < ROOM_PLAUSIBLE[1]


def room_temperature(
    readings: Sequence[tuple[datetime, float]], now: datetime, is_open: bool
) -> tuple[Finding | None, bool]:
    """Sustained heat (an hour) or cold (two hours) by public guidance: most readings of
    the window beyond the limit. The episode ends when at most a quarter are."""
    findings: list[Finding] = []
    unusual = False
    for side, limit, crit, minutes in (
        ("heat", HEAT_WARN, HEAT_CRIT, HEAT_WINDOW_MINUTES),
        ("cold", COLD_WARN, COLD_CRIT, COLD_WINDOW_MINUTES),
    ):
        window = sorted(
            (at, value) for at, value in readings if now - timedelta(minutes=minutes) < at <= now
        )
        if len(window) < ROOM_MIN_READINGS:
            if is_open:
                unusual = True  # too few to tell: an open episode stays open
            continue
        beyond = [
            (at, value)
            for at, value in window
            if (value >= limit if side == "heat" else value <= limit)
        ]
        if is_open:
            still = len(beyond) > CLOSE_SHARE * len(window)
        else:
            still = len(beyond) >= ROOM_SHARE * len(window)
        if not still:
            continue
        unusual = True
        if is_open:
            continue
        middle = statistics.median(value for _, value in window)
        severe = middle >= crit if side == "heat" else middle <= crit
        since = beyond[0][0]
        if side == "heat":
            message = (
                f"실내 온도가 {clock(since)}부터 {minutes // 60}시간 넘게 {limit:g}℃ 이상입니다"
                f"(지금 {middle:.1f}℃). 어르신께 물을 드시게 하고 시원하게 해 드려야 합니다."
            )
        else:
            message = (
                f"실내 온도가 {clock(since)}부터 {minutes // 60}시간 넘게 {limit:g}℃ 이하입니다"
                f"(지금 {middle:.1f}℃). 난방이 되는지 확인해 주세요."
            )
        findings.append(
            Finding(
                "room_temperature",
                "crit" if severe else "warn",
                since,
                message,
                {"side": side, "median": round(middle, 1), "limit": limit},
            )
        )
    if findings:
        return max(findings, key=lambda f: f.grade == "crit"), True
    return None, unusual


# --- mood ---------------------------------------------------------------------------------


def mood(
    base: tuple[int, float, float] | None,
    recent: tuple[int, float] | None,
    now: datetime,
    is_open: bool,
) -> tuple[Finding | None, bool]:
    """The mental-status score of the last 7 days against the 28 days before: (n, mean,
    sd) and (n, mean). A drop of at least 15 points and a standard deviation."""
    if base is None or recent is None:
        return None, is_open
    base_n, base_mean, base_sd = base
    recent_n, recent_mean = recent
    if base_n < MOOD_MIN_BASE or recent_n < MOOD_MIN_RECENT:
        return None, is_open
    drop = base_mean - recent_mean
    if is_open:
        return None, drop >= MOOD_RECOVERED
    if drop < max(MOOD_DROP, MOOD_SD_FACTOR * base_sd):
        return None, False
    since = (now - timedelta(days=MOOD_RECENT_DAYS)).replace(minute=0, second=0, microsecond=0)
    message = (
        f"최근 7일 대화에서 본 기분 점수가 평균 {recent_mean:.0f}점으로, 그 전 4주의 평소 "
        f"{base_mean:.0f}점보다 {drop:.0f}점 낮습니다({recent_n}번의 대화). 안부를 여쭙고 "
        f"이야기를 나눠 주세요."
    )
    return (
        Finding(
            "mood",
            "warn",
            since,
            message,
            {"recent": round(recent_mean, 1), "usual": round(base_mean, 1), "n": recent_n},
        ),
        True,
    )
