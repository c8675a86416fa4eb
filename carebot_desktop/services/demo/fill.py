"""``fill_demo``: the demo families written through the connector, with their history,
alerts, messages and a pending join request."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from sqlalchemy import select

from carebot_desktop.data import Database
from carebot_desktop.data.models import AlertCare, AlertEvent, Notification, NotificationGrade
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.alert_rows import parse_alert
from carebot_desktop.services.demo.cast import (
    CAREGIVER,
    DISASTERS,
    FAMILIES,
    IMAGE_HOST,
    MESSAGES_FROM_ELDER,
    MESSAGES_TO_ELDER,
    DemoFamily,
    DemoPerson,
)
from carebot_desktop.services.demo.history import fill_status, last_seen
from carebot_desktop.services.passwords import hash_password

DEMO_PASSWORD = "carebot-demo"
DEMO_DAYS = 30


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
            if person is not CAREGIVER:  # the family's emergency contacts (made-up numbers)
                n = len(families) * 10 + len(member_ids)
                db.contacts.add_contact(
                    family_id,
                    {
                        "name": person.name,
                        "relation": person.nickname or "",
                        "phone": f"010-{2000 + 137 * n:04d}-{9876 - 211 * n:04d}",
                    },
                )
        db.tools.update_settings(
            family_id,
            {"is_alarm_enabled": True, "is_camera_enabled": True, "is_microphone_enabled": True},
        )
        last = now - timedelta(hours=spec.silent_hours)
        fill_status(db, rng, family_id, spec, now, last, days)
        _fill_notifications(db, rng, family_id, spec, now, days)
        _close_history(db, family_id, member_ids[0] if member_ids else elder_id, now)
        # the elder writes nothing after the last time the elder was seen
        seen_until = last_seen(now, spec.unseen_hours) if spec.unseen_hours else now
        _fill_messages(db, rng, elder_id, member_ids, now, min(days, 14), seen_until)
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
    # what the care centre's watcher found in this history a quarter of an hour ago (a
    # silent robot, an elder not seen for longer than usual): like the demo's other
    # alerts, their escalation is due when the desk opens, not at a moment in between
    db.watch.check(now - timedelta(minutes=15))
    return families


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


# What the family did about the demo's older alerts (a care centre's real history).
_HANDLED = {
    "disaster": ("elder_fine", "안부 전화드림. 난방과 창문 확인, 괜찮으심."),
    "fall": ("visited", "방문함. 타박상 없음, 병원 진료는 필요 없다고 하심."),
    "other": ("false_alarm", "조리 중 연기. 환기해 드림."),
}


def _close_history(db: Database, family_id: str, by: str, now: datetime) -> None:
    """The alerts older than a day that someone read were taken and resolved then (a
    few minutes after each), by ``by``: the demo shows a desk with a history, its care
    log and report have outcomes, and only today's alerts are open."""
    name = db.accounts.get_one_account(by)["user_name"]
    with db.transaction() as session:
        old = session.execute(
            select(Notification.index, Notification.created_at, Notification.descriptions)
            .where(
                Notification.family_id == family_id,
                Notification.is_read.is_(True),
                Notification.created_at < now - timedelta(days=1),
                Notification.notification_grade.in_(
                    (NotificationGrade.WARN, NotificationGrade.CRIT)
                ),
            )
            .order_by(Notification.index)
        ).all()
        for index, created, description in old:
            if created is None:
                continue
            # the desk's own reading of an alert's kind (fire and others: a false alarm)
            parsed = parse_alert(
                {"index": index, "family_id": family_id, "description": description}
            )
            kind = parsed.kind if parsed.kind in ("disaster", "fall") else "other"
            outcome, note = _HANDLED[kind]
            taken, resolved = created + timedelta(minutes=4), created + timedelta(minutes=31)
            session.add(
                AlertCare(
                    notification_index=index,
                    family_id=family_id,
                    state="resolved",
                    taken_by=by,
                    taken_by_name=name,
                    taken_at=taken,
                    resolved_by=by,
                    resolved_by_name=name,
                    resolved_at=resolved,
                    outcome=outcome,
                    note=note,
                )
            )
            for kind_, at in (("take", taken), ("resolve", resolved)):
                session.add(
                    AlertEvent(
                        notification_index=index,
                        family_id=family_id,
                        kind=kind_,
                        actor_id=by,
                        actor_name=name,
                        at=at,
                        detail=outcome if kind_ == "resolve" else None,
                    )
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
    db: Database,
    rng: random.Random,
    elder_id: str,
    member_ids: list[str],
    now: datetime,
    days: int,
    seen_until: datetime,
) -> None:
    """Messages of the last ``days`` days (no older than the readings: the watcher learns
    the elder's days from both); the elder's own end at ``seen_until``."""
    for member_id in member_ids:
        t = now - timedelta(days=days, hours=rng.randrange(0, 10))
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
            if t < seen_until:
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
