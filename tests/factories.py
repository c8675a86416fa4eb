"""Small builders of valid rows for tests."""

from __future__ import annotations

import itertools
from typing import Any

from carebot_desktop.data import Database

_counter = itertools.count(1)


def make_account(db: Database, role: str = "main", **overrides: Any) -> str:
    n = next(_counter)
    data = {
        "email": f"user{n}@example.kr",
        "password": "$2b$12$" + "x" * 53,
        "role": role,
        "user_name": f"사용자{n}",
        "birth_date": "1945-05-17",
        "gender": "female",
        "address": "서울특별시 종로구",
    }
    data.update(overrides)
    return db.accounts.create_account(data)


def make_family(db: Database, **overrides: Any) -> tuple[str, str]:
    """(family id, main user id)."""
    main = make_account(db, "main")
    data = {"main_user": main, "family_name": "행복한 우리집"}
    data.update(overrides)
    return db.families.create_family(data), main


def make_member(db: Database, family_id: str, nickname: str = "큰딸") -> tuple[str, str]:
    """(member relation id, member account id)."""
    user = make_account(db, "sub")
    return db.members.create_member(
        {"family_id": family_id, "user_id": user, "nickname": nickname}
    ), user
