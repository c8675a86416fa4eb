"""A small world of accounts for service tests: a system account, a family F (elder
``main`` and member ``member``), and an ``outsider`` who belongs to another family G."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest

from carebot_desktop.config.secrets import MemorySecretStore
from carebot_desktop.services import CarebotService
from carebot_desktop.services.passwords import hash_password
from carebot_desktop.services.sessions import new_token, token_to_xid

PASSWORD = "correct horse 1"
TEST_COST = 4  # bcrypt's minimum: the tests check behaviour, not bcrypt's slowness
HASH = hash_password(PASSWORD, cost=TEST_COST)
T0 = datetime(2025, 2, 6, 5, 0)


@dataclass
class World:
    ids: dict[str, str] = field(default_factory=dict)  # role name -> account id
    tokens: dict[str, str] = field(default_factory=dict)  # role name -> session token
    emails: dict[str, str] = field(default_factory=dict)
    family: str = ""
    other_family: str = ""
    member_relation: str = ""
    message: int = 0
    notification: int = 0
    background: int = 0
    free_main: str = ""
    free_sub: str = ""
    join_request: int = 0


def sign_in(db, user_id: str) -> str:
    token = new_token()
    db.auth.create_session({"xid": token_to_xid(token), "user_id": user_id})
    return token


@pytest.fixture
def secrets_store() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def service(db, secrets_store) -> CarebotService:
    return CarebotService(db, secrets_store, bcrypt_cost=TEST_COST, host="test-host")


@pytest.fixture
def world(db) -> World:
    w = World()

    def account(name: str, role: str) -> str:
        email = f"{name}@carebot.test"
        w.emails[name] = email
        return db.accounts.create_account(
            {
                "email": email,
                "password": HASH,
                "role": role,
                "user_name": f"{name}님",
                "birth_date": "1941-03-02",
                "gender": "female",
                "address": "서울특별시 종로구",
            }
        )

    for name, role in (
        ("system", "system"),
        ("main", "main"),
        ("member", "sub"),
        ("outsider", "sub"),
        ("other_main", "main"),
    ):
        w.ids[name] = account(name, role)
        w.tokens[name] = sign_in(db, w.ids[name])
    w.free_main = account("free_main", "main")
    w.free_sub = account("free_sub", "sub")
    w.family = db.families.create_family({"main_user": w.ids["main"], "family_name": "F"})
    w.other_family = db.families.create_family(
        {"main_user": w.ids["other_main"], "family_name": "G"}
    )
    w.member_relation = db.members.create_member(
        {"family_id": w.family, "user_id": w.ids["member"], "nickname": "딸"}
    )
    db.members.create_member({"family_id": w.other_family, "user_id": w.ids["outsider"]})
    for kind, values in (
        ("home", {"temperature": 21.0}),
        ("health", {"heart_rate": 70}),
        ("active", {"score": 50}),
        ("mental", {"score": 60}),
    ):
        getattr(db.status, f"create_{kind}_status")(
            {"family_id": w.family, "reported_at": T0, **values}
        )
    db.status.create_mental_report(
        {
            "family_id": w.family,
            "start_time": T0,
            "end_time": T0 + timedelta(days=6),
            "average_score": 60,
        }
    )
    w.notification = db.notifications.create_notification(
        {"family_id": w.family, "notification_grade": "crit", "description": "낙상감지"}
    )
    w.message = db.messages.create_message(
        {"from_id": w.ids["member"], "to_id": w.ids["main"], "content": "어머니 안녕하세요"}
    )
    w.background = db.backgrounds.add_background(
        {
            "family_id": w.family,
            "uploader_id": w.ids["member"],
            "image_url": "https://img.carebot.test/1.jpg",
        }
    )
    return w
