from datetime import timedelta

import pytest
from sqlalchemy import update

from carebot_desktop.data import (
    AuthenticationError,
    Database,
    NotFoundError,
    SessionLifetimes,
    ValidationError,
)
from carebot_desktop.data.models import LoginSession
from carebot_desktop.data.validation import utcnow
from tests.factories import make_account


def _age_session(db: Database, xid: str, seconds: int) -> None:
    with db.transaction() as session:
        session.execute(
            update(LoginSession)
            .where(LoginSession.xid == xid)
            .values(last_active=utcnow() - timedelta(seconds=seconds))
        )


def test_session_lifecycle(db):
    user = make_account(db, "sub")
    xid = db.auth.create_session({"user_id": user})
    assert len(xid) == 32 and int(xid, 16) >= 0
    assert db.auth.check_current_user(xid) == user
    row = db.auth.get_login_session(xid)
    assert row["xid"] == xid and row["user_id"] == user
    assert row["is_main_user"] is False and row["is_remember"] is False
    assert db.auth.delete_session(xid) is True
    with pytest.raises(AuthenticationError):
        db.auth.check_current_user(xid)
    with pytest.raises(NotFoundError):
        db.auth.delete_session(xid)


def test_main_user_flag_follows_role(db):
    main = make_account(db, "main")
    xid = db.auth.create_session({"user_id": main})
    assert db.auth.get_login_session(xid)["is_main_user"] is True
    with pytest.raises(ValidationError):
        db.auth.create_session({"user_id": make_account(db, "sub"), "is_main_user": True})
    with pytest.raises(ValidationError):
        db.auth.create_session({"user_id": "UNOSUCHACCOUNT0"})


@pytest.mark.parametrize(
    ("role", "remember", "lifetime"),
    [
        ("sub", False, 1_800),
        ("system", False, 1_800),
        ("main", False, 259_200),
        ("sub", True, 2_592_000),
        ("main", True, 2_592_000),
    ],
)
def test_lifetimes_and_sliding_expiry(db, role, remember, lifetime):
    user = make_account(db, role)
    xid = db.auth.create_session({"user_id": user})
    if remember:
        assert db.auth.record_auto_login(xid) is True
    _age_session(db, xid, lifetime - 60)
    assert db.auth.check_current_user(xid) == user  # still alive, and slid forward
    _age_session(db, xid, lifetime - 60)
    assert db.auth.get_login_session(xid)["user_id"] == user
    _age_session(db, xid, lifetime + 60)
    with pytest.raises(AuthenticationError):
        db.auth.get_login_session(xid)  # the original ignored expiry here
    # the expired row was deleted, so it stays unknown
    with pytest.raises(NotFoundError):
        db.auth.delete_session(xid)


def test_cleanup_removes_only_expired(db):
    user = make_account(db, "sub")
    live = db.auth.create_session({"user_id": user})
    old = db.auth.create_session({"user_id": user})
    remembered = db.auth.create_session({"user_id": user, "is_remember": True})
    _age_session(db, old, 1_900)
    _age_session(db, remembered, 1_900)
    assert db.auth.cleanup_login_sessions() == 1
    assert {s["xid"] for s in db.auth.get_user_sessions(user)} == {live, remembered}
    assert db.auth.cleanup_login_sessions() == 0


def test_lifetimes_are_settings(db_url, db):
    short = Database(db_url, session_lifetimes=SessionLifetimes(sub=10, main=10, remembered=20))
    try:
        user = make_account(db, "sub")
        xid = short.auth.create_session({"user_id": user})
        _age_session(short, xid, 15)
        with pytest.raises(AuthenticationError):
            short.auth.check_current_user(xid)
    finally:
        short.dispose()


def test_change_password(db):
    user = make_account(db, "sub")
    assert db.auth.change_password(user, "$2b$12$" + "y" * 53) is True
    assert db.accounts.get_hashed_password(user) == "$2b$12$" + "y" * 53
    with pytest.raises(NotFoundError):
        db.auth.change_password("UNOSUCHACCOUNT0", "h")
    with pytest.raises(ValidationError):
        db.auth.change_password(user, "")
    with pytest.raises(ValidationError):
        db.auth.change_password(user, "z" * 129)


def test_unknown_and_malformed_sessions(db):
    for bad in ("0" * 32, "short", None, 42, "'; DROP TABLE accounts; --" + "x" * 6):
        with pytest.raises(AuthenticationError):
            db.auth.check_current_user(bad)
    with pytest.raises(AuthenticationError):
        db.auth.record_auto_login("0" * 32)


def test_ending_other_sessions(db):
    user = make_account(db, "sub")
    keep = db.auth.create_session({"user_id": user})
    db.auth.create_session({"user_id": user})
    db.auth.create_session({"user_id": user})
    assert db.auth.delete_user_sessions(user, except_session=keep) == 2
    assert [s["xid"] for s in db.auth.get_user_sessions(user)] == [keep]
