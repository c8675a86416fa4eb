from datetime import timedelta

import pytest
from sqlalchemy import update

from carebot_desktop.config.secrets import MemorySecretStore
from carebot_desktop.data import (
    AuthenticationError,
    PermissionDeniedError,
    ValidationError,
)
from carebot_desktop.data.models import LoginAttempt, LoginSession
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import CarebotService, LockedOutError, passwords
from carebot_desktop.services.sessions import token_to_xid
from tests.unit.services.conftest import PASSWORD, TEST_COST


def _register(service, email="halmeoni@carebot.test", role="main", password=PASSWORD):
    return service.register(
        {
            "email": email,
            "password": password,
            "role": role,
            "user_name": "김순자",
            "birth_date": "1941-03-02",
            "gender": "female",
            "address": "서울특별시 종로구",
        }
    )


def test_register_and_login(service, db):
    user_id = _register(service)
    assert db.accounts.get_hashed_password(user_id).startswith(f"$2b$0{TEST_COST}$")
    session = service.login("HALMEONI@carebot.test ", PASSWORD)
    assert set(session) == {"session_id", "user_id", "role"}
    assert session["user_id"] == user_id and session["role"] == "main"
    assert len(session["session_id"]) >= 43  # 256 random bits, url-safe
    assert service.resume(session["session_id"])["user_id"] == user_id


def test_register_only_main_and_sub(service):
    for role in ("system", "test", "admin"):
        with pytest.raises(ValidationError):
            _register(service, role=role)
    with pytest.raises(ValidationError):
        _register(service, password="short")


def test_same_message_and_same_work_for_unknown_email_and_wrong_password(service, monkeypatch):
    _register(service)
    checks = []
    real_verify = passwords.verify_password
    monkeypatch.setattr(
        passwords, "verify_password", lambda p, h: checks.append(h) or real_verify(p, h)
    )
    with pytest.raises(AuthenticationError) as unknown:
        service.login("nobody@carebot.test", PASSWORD)
    with pytest.raises(AuthenticationError) as wrong:
        service.login("halmeoni@carebot.test", "wrong password")
    assert str(unknown.value) == str(wrong.value)
    assert len(checks) == 2 and all(h.startswith("$2b$") for h in checks)


def test_lockout_after_five_failures_survives_a_restart(service, db, secrets_store):
    _register(service)
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            service.login("halmeoni@carebot.test", "wrong password")
    with pytest.raises(LockedOutError):
        service.login("halmeoni@carebot.test", "wrong password")
    with pytest.raises(LockedOutError) as locked:
        service.login("halmeoni@carebot.test", PASSWORD)  # even the right password
    assert locked.value.until > utcnow() + timedelta(minutes=14)
    restarted = CarebotService(db, secrets_store, bcrypt_cost=TEST_COST)
    with pytest.raises(LockedOutError):
        restarted.login("halmeoni@carebot.test", PASSWORD)
    with db.transaction() as session:  # 16 minutes later
        session.execute(update(LoginAttempt).values(attempted_at=utcnow() - timedelta(minutes=16)))
    assert restarted.login("halmeoni@carebot.test", PASSWORD)["role"] == "main"
    assert (
        db.security.failed_logins_since("halmeoni@carebot.test", utcnow() - timedelta(hours=1))
        == []
    )


def test_lockout_also_for_unknown_emails(service):
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            service.login("ghost@carebot.test", "whatever1")
    with pytest.raises(LockedOutError):
        service.login("ghost@carebot.test", "whatever1")


def test_remember_me_keeps_the_session_in_the_keyring(db, service, secrets_store):
    _register(service)
    session = service.login("halmeoni@carebot.test", PASSWORD, remember=True)
    assert list(secrets_store.values.values()) == [session["session_id"]]
    stored = db.auth.get_login_session(token_to_xid(session["session_id"]))
    assert stored["is_remember"] is True
    # next start-up
    again = CarebotService(db, secrets_store, bcrypt_cost=TEST_COST)
    assert again.resume_remembered()["user_id"] == session["user_id"]
    assert again.logout(session["session_id"]) is True
    assert secrets_store.values == {}
    with pytest.raises(AuthenticationError):
        again.resume(session["session_id"])
    assert again.resume_remembered() is None


def test_without_a_keyring_remember_me_is_unavailable(db):
    store = MemorySecretStore(available=False)
    service = CarebotService(db, store, bcrypt_cost=TEST_COST)
    available, reason = service.remember_available()
    assert available is False and "keyring" in reason
    _register(service)
    session = service.login("halmeoni@carebot.test", PASSWORD, remember=True)
    assert store.values == {}
    assert db.auth.get_login_session(token_to_xid(session["session_id"]))["is_remember"] is False
    assert CarebotService(db, None, bcrypt_cost=TEST_COST).remember_available()[0] is False


def test_a_stale_remembered_session_is_forgotten(db, service, secrets_store):
    _register(service)
    session = service.login("halmeoni@carebot.test", PASSWORD, remember=True)
    with db.transaction() as s:
        s.execute(update(LoginSession).values(last_active=utcnow() - timedelta(days=31)))
    assert service.resume_remembered() is None
    assert secrets_store.values == {}
    with pytest.raises(AuthenticationError):
        service.resume(session["session_id"])


def test_change_password_ends_other_sessions(service):
    _register(service)
    first = service.login("halmeoni@carebot.test", PASSWORD)
    second = service.login("halmeoni@carebot.test", PASSWORD)
    with pytest.raises(AuthenticationError):
        service.change_password(first["session_id"], "not the old one", "new password 1")
    with pytest.raises(ValidationError):
        service.change_password(first["session_id"], PASSWORD, "short")
    assert service.change_password(first["session_id"], PASSWORD, "new password 1") is True
    with pytest.raises(AuthenticationError):
        service.resume(second["session_id"])
    assert service.resume(first["session_id"])
    with pytest.raises(AuthenticationError):
        service.login("halmeoni@carebot.test", PASSWORD)
    assert service.login("halmeoni@carebot.test", "new password 1")


def test_change_password_fails_closed_when_the_database_is_lost(service, db):
    """The connection dies after the password update, before the sessions end: nothing
    may be left half done (a changed password with the old sessions still open)."""
    from sqlalchemy import event
    from sqlalchemy.exc import OperationalError

    _register(service)
    first = service.login("halmeoni@carebot.test", PASSWORD)
    second = service.login("halmeoni@carebot.test", PASSWORD)

    def lost(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("DELETE FROM") and "loginsessions" in statement:
            raise OperationalError(statement, {}, Exception("connection lost"))

    event.listen(db.engine, "before_cursor_execute", lost)
    try:
        with pytest.raises(Exception):  # noqa: B017 - whatever the loss looks like
            service.change_password(first["session_id"], PASSWORD, "new password 1")
    finally:
        event.remove(db.engine, "before_cursor_execute", lost)
    assert service.resume(second["session_id"])  # still alive: and so is the old password
    assert service.login("halmeoni@carebot.test", PASSWORD)


def test_list_and_end_own_sessions(service):
    _register(service)
    _register(service, email="other@carebot.test", role="sub")
    mine = service.login("halmeoni@carebot.test", PASSWORD)
    laptop = service.login("halmeoni@carebot.test", PASSWORD)
    theirs = service.login("other@carebot.test", PASSWORD)
    listed = service.list_sessions(mine["session_id"])
    assert len(listed) == 2 and sum(s["current"] for s in listed) == 1
    assert all(s["ref"] not in (mine["session_id"], laptop["session_id"]) for s in listed)
    other_ref = next(s["ref"] for s in listed if not s["current"])
    assert service.end_session(mine["session_id"], other_ref) is True
    with pytest.raises(AuthenticationError):
        service.resume(laptop["session_id"])
    their_ref = service.list_sessions(theirs["session_id"])[0]["ref"]
    with pytest.raises(PermissionDeniedError):
        service.end_session(mine["session_id"], their_ref)
    with pytest.raises(AuthenticationError):  # a ref is not a token
        service.resume(other_ref)


def test_expired_sessions_are_cleaned_up(service, db):
    _register(service)
    session = service.login("halmeoni@carebot.test", PASSWORD)
    with db.transaction() as s:
        s.execute(update(LoginSession).values(last_active=utcnow() - timedelta(days=4)))
    assert service.cleanup_expired() == 1
    with pytest.raises(AuthenticationError):
        service.resume(session["session_id"])


def test_no_plaintext_password_or_session_id_in_the_database_file(sqlite_db, tmp_path):
    service = CarebotService(sqlite_db, MemorySecretStore(), bcrypt_cost=TEST_COST)
    _register(service, password="SecretPw-1234")
    session = service.login("halmeoni@carebot.test", "SecretPw-1234", remember=True)
    service.change_password(session["session_id"], "SecretPw-1234", "Another-9876")
    sqlite_db.dispose()  # flush the WAL into the file
    folder = tmp_path
    blobs = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    for secret in ("SecretPw-1234", "Another-9876", session["session_id"]):
        assert secret.encode() not in blobs


def test_sign_in_replaces_a_hash_of_unnormalised_text(db, service, world):
    import unicodedata

    import bcrypt

    nfd = unicodedata.normalize("NFD", "할머니사랑해요!")
    older = bcrypt.hashpw(nfd.encode(), bcrypt.gensalt(rounds=4)).decode()
    db.auth.change_password(world.ids["member"], older)
    service.login(world.emails["member"], nfd)
    stored = db.accounts.get_hashed_password(world.ids["member"])
    assert stored != older
    assert bcrypt.checkpw("할머니사랑해요!".encode(), stored.encode())
    service.login(world.emails["member"], "할머니사랑해요!")  # now from any keyboard


def test_an_unknown_email_costs_what_the_dearest_account_costs(db, service, world):
    """An account made elsewhere at a higher cost than ours: the dummy hash follows it, so
    a wrong password and an unknown e-mail take the same bcrypt work."""
    import bcrypt

    from carebot_desktop.services import passwords

    dear = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(rounds=6)).decode()
    db.auth.change_password(world.ids["outsider"], dear)
    with pytest.raises(AuthenticationError):
        service.login(world.emails["outsider"], "wrong password 1")
    with pytest.raises(AuthenticationError):
        service.login("nobody@carebot.test", "wrong password 1")
    assert passwords.bcrypt_cost_of(service._dummy_hash()) == 6


def test_register_refuses_a_role_that_only_looks_like_one(service):
    class Sly(str):
        def strip(self, *args):
            return "sub"

        def lower(self):
            return "sub"

    with pytest.raises(ValidationError):
        service.register({"email": "sly@carebot.test", "password": PASSWORD, "role": Sly("system")})
    with pytest.raises(ValidationError):
        service.register({"email": "c@carebot.test", "password": "password", "role": "sub"})


def test_a_typed_identifier_is_stored_only_as_a_keyed_hash(db, service, world):
    """A password typed into the e-mail box must not land in the shared database."""
    from sqlalchemy import select

    from carebot_desktop.data.models import DesktopKey

    typed = "Grandma'sSecret!2024"
    for _ in range(2):
        with pytest.raises(AuthenticationError):
            service.login(typed, "whatever it was 1")
    with db.transaction() as session:
        stored = list(session.scalars(select(LoginAttempt.email)))
        key = session.scalar(select(DesktopKey.value))
    assert len(stored) == 2 and stored[0] == stored[1]  # counted together
    assert all(typed.lower() not in s and typed not in s for s in stored)
    assert len(stored[0]) == 64 and int(stored[0], 16) >= 0
    assert key and key not in stored[0]
    # the lock-out still counts per typed identifier, whatever its case and spaces
    assert len(service._failures(f"  {typed.upper()} ".strip().lower(), utcnow())) == 2
