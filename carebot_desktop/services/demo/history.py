"""A month of a demo family's readings: the home's daily cycle, heart rates, activity,
the AI's mental status three times a day, and its weekly reports."""

from __future__ import annotations

import json
import math
import random
from datetime import date, datetime, timedelta

from carebot_desktop.data import Database
from carebot_desktop.services.demo.cast import (
    ACTIONS,
    EMOTIONS,
    RECOMMENDATIONS,
    STATES,
    DemoFamily,
)

HOME_EVERY = timedelta(minutes=5)
HEART_EVERY = timedelta(minutes=2)


# The demo's missing elder was last seen in the afternoon (Korea Standard Time): a gap
# that starts in the evening or at night is the elder's sleep to the watcher, which waits
# for the morning, so at those hours the demo could show no missing elder.
SEEN_UNTIL_LOCAL = (9, 15)  # a gap starting from 09:00 to 15:00 local is a daytime one


def last_seen(now: datetime, unseen_hours: float) -> datetime:
    """When the demo's missing elder was last seen: ``unseen_hours`` ago if that falls in
    the day (09:00 to 15:00 local), or else at the last 15:00 local before it."""
    seen = now - timedelta(hours=unseen_hours)
    local = seen + timedelta(hours=9)
    first, last = SEEN_UNTIL_LOCAL
    if first <= local.hour < last:
        return seen
    afternoon = local.replace(hour=last, minute=0, second=0, microsecond=0)
    if afternoon > local:
        afternoon -= timedelta(days=1)
    return afternoon - timedelta(hours=9)


def _times(start: datetime, end: datetime, step: timedelta) -> list[datetime]:
    count = int((end - start) / step)
    return [start + step * i for i in range(count + 1)]


def fill_status(
    db: Database,
    rng: random.Random,
    family_id: str,
    spec: DemoFamily,
    now: datetime,
    last: datetime,
    days: int,
) -> None:
    start = now - timedelta(days=days)
    home = []
    for t in _times(start, last, HOME_EVERY):
        hour = (t.hour + 9 + t.minute / 60) % 24  # local (KST) hour drives the daily cycle
        daily = math.sin((hour - 9) / 24 * 2 * math.pi)
        cooking = 12 if int(hour) in (7, 12, 18) else 0
        fine = max(3.0, 18 + spec.dust_offset + cooking + rng.gauss(0, 4))
        home.append(
            {
                "family_id": family_id,
                "reported_at": t,
                "temperature": round(
                    22.5 + spec.temperature_offset + 1.8 * daily + rng.gauss(0, 0.3), 1
                ),
                "humidity": round(min(95.0, max(15.0, 48 - 6 * daily + rng.gauss(0, 2))), 1),
                "dust_level": round(fine, 1),
                "ethanol": round(max(0.0, 0.02 + (0.15 if cooking else 0) + rng.gauss(0, 0.01)), 3),
                "others": {"finedust": round(fine * 1.6), "ultrafinedust": round(fine)},
            }
        )
    db.status.bulk_create_status("home", home)
    # the elder's own signs stop earlier when the elder is not seen (the robot reports on)
    if spec.unseen_hours:
        last = min(last, last_seen(now, spec.unseen_hours))

    health = []
    for t in _times(start, last, HEART_EVERY):
        hour = (t.hour + 9) % 24
        base = 62 if hour < 6 or hour >= 22 else 74
        health.append(
            {
                "family_id": family_id,
                "reported_at": t,
                "heart_rate": int(base + spec.heart_offset + rng.gauss(0, 3)),
            }
        )
    db.status.bulk_create_status("health", health)

    active = []
    day = start.replace(hour=0, minute=0)
    while day <= last:
        for local_hour in range(7, 21, 2):
            t = day + timedelta(hours=local_hour - 9, minutes=rng.randrange(0, 50))
            if start <= t <= last:
                score = max(5, min(100, int(rng.gauss(60, 18))))
                active.append(
                    {
                        "family_id": family_id,
                        "reported_at": t,
                        "score": score,
                        "action": rng.choice(ACTIONS),
                        "is_critical": False,
                        "description": {
                            "title": "활동 보고서",
                            "data": round(rng.uniform(10, 900), 3),
                        },
                    }
                )
        day += timedelta(days=1)
    db.status.bulk_create_status("active", active)

    mental = []
    daily_scores: dict[date, list[int]] = {}
    day = start.replace(hour=0, minute=0)
    while day <= last:
        for local_hour in (10, 15, 20):
            t = day + timedelta(hours=local_hour - 9, minutes=rng.randrange(0, 40))
            if not start <= t <= last:
                continue
            score = max(10, min(98, int(rng.gauss(62 + spec.mood_offset, 14))))
            daily_scores.setdefault((t + timedelta(hours=9)).date(), []).append(score)
            mental.append(
                {
                    "family_id": family_id,
                    "reported_at": t,
                    "score": score,
                    "is_critical": score < 30,
                    "description": _mental_description(rng, t, score),
                }
            )
        day += timedelta(days=1)
    db.status.bulk_create_status("mental", mental)
    _fill_reports(db, family_id, daily_scores, now)


def _mental_description(rng: random.Random, t: datetime, score: int) -> str:
    state = next(s for s in STATES if score >= s[0])
    emotions = {}
    for _ in range(rng.randint(2, 4)):
        label, text = rng.choice(EMOTIONS)
        moment = t - timedelta(minutes=rng.randrange(5, 240)) + timedelta(hours=9)
        value = {"긍정적": 70, "중립": 50, "부정적": 30}[label] + rng.randrange(-10, 11)
        emotions[moment.strftime("%H:%M")] = [label, value, text]
    return json.dumps(
        {
            "overall_emotional_state": state[1],
            "emotional_insights": state[2],
            "time_based_emotions": dict(sorted(emotions.items())),
            "recommendations": rng.sample(RECOMMENDATIONS, 2),
        },
        ensure_ascii=False,
    )


def _fill_reports(
    db: Database, family_id: str, daily_scores: dict[date, list[int]], now: datetime
) -> None:
    days = sorted(daily_scores)
    for week_start in range(0, len(days) - 6, 7):
        week = days[week_start : week_start + 7]
        averages = {d: sum(daily_scores[d]) / len(daily_scores[d]) for d in week}
        average = round(sum(averages.values()) / len(averages), 1)
        critical = sum(1 for d in week if min(daily_scores[d]) < 30)
        best = max(week, key=lambda d: averages[d])
        worst = min(week, key=lambda d: averages[d])
        grade = "양호한" if average >= 60 else "다소 저조한"
        end = datetime.combine(week[-1], datetime.max.time()).replace(microsecond=0)
        db.status.create_mental_report(
            {
                "family_id": family_id,
                "reported_at": min(now, end - timedelta(hours=9) + timedelta(minutes=30)),
                "start_time": datetime.combine(week[0], datetime.min.time()) - timedelta(hours=9),
                "end_time": end - timedelta(hours=9),
                "average_score": average,
                "critical_days": critical,
                "best_day": best,
                "worst_day": worst,
                "improvement_needed": average < 55,
                "summary": (
                    f"최근 7일 간 평균 감정 점수는 {average}점입니다. 위기 상황은 "
                    f"{critical}일 발생했으며, 최고 점수는 {best.isoformat()}, 최저 점수는 "
                    f"{worst.isoformat()}입니다. 대체로 {grade} 감정 상태를 보이고 있습니다."
                ),
            }
        )
