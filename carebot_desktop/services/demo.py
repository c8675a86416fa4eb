"""The demo database: four families with a month of realistic, deterministic history.

``fill_demo(db)`` writes through the connector (so every row passes the same validation as
real data), with a seeded random generator: the same ``seed`` and ``now`` always give the
same contents (ids aside, which are random by design). Times are anchored at ``now`` so the
demo looks live: readings up to the last few minutes, an unread backlog, a robot that went
silent a few hours ago.
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from carebot_desktop.data import Database
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.passwords import hash_password

DEMO_PASSWORD = "carebot-demo"
DEMO_DAYS = 30
HOME_EVERY = timedelta(minutes=5)
HEART_EVERY = timedelta(minutes=2)
IMAGE_HOST = "https://image.carebot.example"


@dataclass
class DemoPerson:
    email: str
    name: str
    birth: str
    gender: str
    address: str | None = None
    nickname: str | None = None


@dataclass
class DemoFamily:
    family_name: str
    elder: DemoPerson
    members: list[DemoPerson]
    silent_hours: int = 0  # the robot stopped reporting this long ago
    temperature_offset: float = 0.0
    dust_offset: float = 0.0
    heart_offset: int = 0
    mood_offset: int = 0
    events: list[str] = field(default_factory=list)


CAREGIVER = DemoPerson(
    "jieun.park@carebot.example",
    "박지은",
    "1985-04-12",
    "female",
    "서울특별시 종로구",
    "요양보호사 박지은",
)

FAMILIES = [
    DemoFamily(
        "순자 할머니 댁",
        DemoPerson(
            "soonja.kim@carebot.example", "김순자", "1941-03-02", "female", "서울특별시 종로구"
        ),
        [
            DemoPerson(
                "minjung.lee@carebot.example",
                "이민정",
                "1968-09-21",
                "female",
                "경기도 성남시",
                "큰딸",
            ),
            DemoPerson(
                "junho.lee@carebot.example",
                "이준호",
                "1974-01-30",
                "male",
                "서울특별시 마포구",
                "막내아들",
            ),
            CAREGIVER,
        ],
        temperature_offset=-1.5,
        heart_offset=4,
        mood_offset=-8,
        events=["fall"],
    ),
    DemoFamily(
        "영수 할아버지 댁",
        DemoPerson(
            "youngsoo.park@carebot.example", "박영수", "1938-11-15", "male", "부산광역시 해운대구"
        ),
        [
            DemoPerson(
                "sungmin.park@carebot.example",
                "박성민",
                "1965-06-05",
                "male",
                "부산광역시 수영구",
                "아들",
            ),
            DemoPerson(
                "yuna.choi@carebot.example",
                "최유나",
                "1969-02-14",
                "female",
                "부산광역시 수영구",
                "며느리",
            ),
            CAREGIVER,
        ],
        silent_hours=7,
        temperature_offset=1.0,
        events=["fire"],
    ),
    DemoFamily(
        "옥희 할머니 댁",
        DemoPerson(
            "okhee.lee@carebot.example", "이옥희", "1945-07-08", "female", "대전광역시 서구"
        ),
        [
            DemoPerson(
                "daeun.jung@carebot.example",
                "정다은",
                "1996-12-03",
                "female",
                "대전광역시 유성구",
                "손녀",
            ),
            CAREGIVER,
        ],
        dust_offset=30,
        mood_offset=5,
        events=["disaster"],
    ),
    DemoFamily(
        "만석 할아버지 댁",
        DemoPerson(
            "mansuk.choi@carebot.example", "최만석", "1943-05-27", "male", "강원특별자치도 춘천시"
        ),
        [
            DemoPerson(
                "jihoon.choi@carebot.example",
                "최지훈",
                "1972-08-19",
                "male",
                "강원특별자치도 원주시",
                "아들",
            ),
            CAREGIVER,
        ],
        temperature_offset=-0.5,
        mood_offset=10,
    ),
]

ACTIONS = [
    "산책",
    "식사",
    "TV 시청",
    "낮잠",
    "체조",
    "독서",
    "화분 물주기",
    "설거지",
    "라디오 듣기",
]
EMOTIONS = [
    ("긍정적", "손주 이야기를 하며 즐거워함"),
    ("긍정적", "산책 후 기분이 좋다고 말함"),
    ("긍정적", "옛날 노래를 함께 부르며 웃음"),
    ("중립", "날씨와 식사에 대해 담담하게 이야기함"),
    ("부정적", "무릎이 아프다고 호소함"),
    ("부정적", "혼자 있는 시간이 길어 외롭다고 표현함"),
]
STATES = [
    (75, "밝고 안정적인 상태", "대화에 적극적으로 참여하며 긍정적인 감정을 자주 표현합니다."),
    (
        55,
        "대체로 안정적이나 때때로 고독함을 느낌",
        "일상적인 대화를 즐기지만, 혼자 있는 시간에 대한 아쉬움을 드러냅니다.",
    ),
    (
        0,
        "기운이 없고 우울한 상태",
        "말수가 적고 부정적인 표현이 늘었습니다. 가족의 관심이 필요합니다.",
    ),
]
RECOMMENDATIONS = [
    "가족과의 영상 통화를 권해 보세요.",
    "가벼운 산책이나 체조를 함께 해 보세요.",
    "좋아하시는 옛날 노래를 틀어 드려 보세요.",
    "식사를 거르지 않으시도록 살펴 주세요.",
    "복지관 프로그램 참여를 권해 보세요.",
]
MESSAGES_TO_ELDER = [
    "어머니, 점심은 드셨어요?",
    "오늘 날씨가 추워요. 따뜻하게 입으세요.",
    "이번 주말에 찾아뵐게요!",
    "약 드시는 것 잊지 마세요.",
    "손주가 할머니 보고 싶대요.",
    "병원 예약은 목요일 오전 10시예요.",
    "사진 보내드려요. 잘 지내시죠?",
]
MESSAGES_FROM_ELDER = [
    "그래, 잘 먹었다. 너도 밥 잘 챙겨 먹어라.",
    "고맙다. 조심히 다녀라.",
    "오늘은 산책을 다녀왔단다.",
    "보고 싶구나.",
    "약 먹었다. 걱정 마라.",
]
DISASTERS = [
    (
        "대설",
        "안전안내",
        "오늘 새벽 강설로 도로 살얼음이 예상되니 외출을 자제하시고 낙상에 주의하세요. [{region}]",
    ),
    (
        "한파",
        "안전안내",
        "한파경보 발령. 노약자는 외출을 자제하고 보온에 유의하시기 바랍니다. [{region}]",
    ),
    (
        "미세먼지",
        "안전안내",
        "미세먼지 농도가 '나쁨'입니다. 창문을 닫고 실외 활동을 줄이세요. [{region}]",
    ),
]


def fill_demo(
    db: Database,
    *,
    now: datetime | None = None,
    seed: int = 20261127,
    password_hash: str | None = None,
    days: int = DEMO_DAYS,
) -> dict[str, str]:
    """Fill an empty database with the demo families; returns {elder name: family id}.

    ``password_hash`` lets tests skip bcrypt's deliberate slowness; by default every demo
    account's password is :data:`DEMO_PASSWORD`. ``days`` of history (30 by default).
    """
    rng = random.Random(seed)
    now = (now or utcnow()).replace(second=0, microsecond=0)
    now -= timedelta(minutes=now.minute % 5)
    hashed = password_hash or hash_password(DEMO_PASSWORD)
    accounts: dict[str, str] = {}

    def account(person: DemoPerson, role: str) -> str:
        if person.email not in accounts:
            accounts[person.email] = db.accounts.create_account(
                {
                    "email": person.email,
                    "password": hashed,
                    "role": role,
                    "user_name": person.name,
                    "birth_date": person.birth,
                    "gender": person.gender,
                    "address": person.address,
                }
            )
        return accounts[person.email]

    account(DemoPerson("admin@carebot.example", "관제센터", "1980-01-01", "other"), "system")
    families: dict[str, str] = {}
    for spec in FAMILIES:
        elder_id = account(spec.elder, "main")
        family_id = db.families.create_family(
            {"main_user": elder_id, "family_name": spec.family_name}
        )
        families[spec.elder.name] = family_id
        member_ids = []
        for person in spec.members:
            user_id = account(person, "sub")
            db.members.create_member(
                {"family_id": family_id, "user_id": user_id, "nickname": person.nickname}
            )
            member_ids.append(user_id)
        db.tools.update_settings(
            family_id,
            {"is_alarm_enabled": True, "is_camera_enabled": True, "is_microphone_enabled": True},
        )
        last = now - timedelta(hours=spec.silent_hours)
        _fill_status(db, rng, family_id, spec, now, last, days)
        _fill_notifications(db, rng, family_id, spec, now, days)
        _fill_messages(db, rng, elder_id, member_ids, now)
    # A grandson who asked to join the first family and waits for its answer.
    first = FAMILIES[0]
    grandson = account(
        DemoPerson(
            "woojin.jung@carebot.example", "정우진", "1998-04-12", "male", "서울특별시 마포구"
        ),
        "sub",
    )
    db.members.request_to_join(
        {"family_id": families[first.elder.name], "user_id": grandson, "nickname": "손자"}
    )
    return families


def _times(start: datetime, end: datetime, step: timedelta) -> list[datetime]:
    count = int((end - start) / step)
    return [start + step * i for i in range(count + 1)]


def _fill_status(
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


def _fill_notifications(
    db: Database, rng: random.Random, family_id: str, spec: DemoFamily, now: datetime, days: int
) -> None:
    region = spec.elder.address.split()[0] if spec.elder.address else "전국"
    serial = 230000 + rng.randrange(0, 5000)
    for days_ago in range(days, 0, -3):
        kind, step, text = rng.choice(DISASTERS)
        created = now - timedelta(days=days_ago, hours=rng.randrange(0, 12))
        serial += rng.randrange(5, 50)
        _disaster(
            db,
            family_id,
            created,
            kind,
            step,
            text.format(region=region),
            spec.elder.address or region,
            serial,
            is_read=days_ago > 2,
        )
    if "disaster" in spec.events:
        kind, step, text = DISASTERS[2]
        _disaster(
            db,
            family_id,
            now - timedelta(minutes=40),
            kind,
            "긴급재난",
            text.format(region=region),
            spec.elder.address or region,
            serial + 99,
            is_read=False,
        )
    if "fall" in spec.events:
        for minutes_ago, read in ((60 * 24 * 9, True), (25, False)):
            created = now - timedelta(minutes=minutes_ago)
            local = created + timedelta(hours=9)
            db.notifications.create_notification(
                {
                    "family_id": family_id,
                    "notification_grade": "crit",
                    "description": "낙상감지",
                    "created_at": created,
                    "is_read": read,
                    "image_url": f"{IMAGE_HOST}/access/{family_id}/fall_{local:%Y%m%d_%H%M%S}.jpg",
                }
            )
    if "fire" in spec.events:
        db.notifications.create_notification(
            {
                "family_id": family_id,
                "notification_grade": "crit",
                "description": "화재감지,38%",
                "created_at": now - timedelta(hours=spec.silent_hours + 2),
                "is_read": True,
            }
        )
    db.notifications.create_notification(
        {
            "family_id": family_id,
            "notification_grade": "info",
            "description": "오늘의 건강 체크를 완료했습니다.",
            "created_at": now - timedelta(hours=3),
            "is_read": False,
        }
    )


def _disaster(
    db: Database,
    family_id: str,
    created: datetime,
    kind: str,
    step: str,
    text: str,
    region: str,
    serial: int,
    is_read: bool,
) -> None:
    local = created + timedelta(hours=9)
    payload = {
        "family_id": family_id,
        "MSG_CN": text,
        "RCPTN_RGN_NM": f"{region} ",
        "CRT_DT": f"{local:%Y/%m/%d %H:%M:%S}",
        "REG_YMD": f"{local:%Y/%m/%d %H:%M:%S}.000000000",
        "EMRG_STEP_NM": step,
        "SN": serial,
        "DST_SE_NM": kind,
        "MDFCN_YMD": f"{local + timedelta(minutes=3):%Y/%m/%d %H:%M:%S}.000000000",
    }
    db.notifications.create_notification(
        {
            "family_id": family_id,
            "notification_grade": "warn",
            "description": json.dumps(payload, ensure_ascii=False),
            "message_sn": serial,
            "created_at": created,
            "is_read": is_read,
        }
    )


def _fill_messages(
    db: Database, rng: random.Random, elder_id: str, member_ids: list[str], now: datetime
) -> None:
    for member_id in member_ids:
        t = now - timedelta(days=14, hours=rng.randrange(0, 10))
        while t < now - timedelta(hours=1):
            recent = t > now - timedelta(hours=30)
            db.messages.create_message(
                {
                    "from_id": member_id,
                    "to_id": elder_id,
                    "content": rng.choice(MESSAGES_TO_ELDER),
                    "created_at": t,
                    "is_read": not recent,
                }
            )
            t += timedelta(minutes=rng.randrange(10, 180))
            if t >= now:
                break
            db.messages.create_message(
                {
                    "from_id": elder_id,
                    "to_id": member_id,
                    "content": rng.choice(MESSAGES_FROM_ELDER),
                    "created_at": t,
                    "is_read": not recent,
                }
            )
            t += timedelta(hours=rng.randrange(12, 60))
