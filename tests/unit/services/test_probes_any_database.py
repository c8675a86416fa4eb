"""Issue 16's probes that hold on every database, the embedded one included."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import CarebotService

PASSWORD = "correct horse 1"


def test_probe_3_a_failure_dated_in_the_future_locks_nobody_and_is_cleaned_up(db):
    """On any database (the shared credentials too): a future time does not count."""
    service = CarebotService(db, None, bcrypt_cost=4)
    service.register(
        {"email": "victim@carebot.test", "password": PASSWORD, "role": "sub", "user_name": "v"}
    )
    with db.transaction() as session:  # as a writer with the table's rights could
        for _ in range(6):
            session.execute(
                text(
                    "INSERT INTO desktop_loginattempts (email, attempted_at) "
                    "VALUES (:e, '2037-01-01 00:00:00')"
                ),
                {"e": db.security._identifier("victim@carebot.test")},
            )
    assert service.login("victim@carebot.test", PASSWORD)["user_id"]
    # a time ahead is kept as now
    db.security.record_failed_login("victim@carebot.test", datetime(2037, 1, 1))
    [kept] = db.security.failed_logins_since("victim@carebot.test", utcnow() - timedelta(hours=1))
    assert kept <= utcnow()
    assert db.security.cleanup_failed_logins() == 6  # the rows dated ahead go, not the new one
    with db.transaction() as session:
        assert session.scalar(text("SELECT COUNT(*) FROM desktop_loginattempts")) == 1


def test_probe_11_an_elder_is_told_what_deleting_the_account_removes_and_keeps(db):
    service = CarebotService(db, None, bcrypt_cost=4)
    elder = service.register(
        {"email": "elder@carebot.test", "password": PASSWORD, "role": "main", "user_name": "e"}
    )
    daughter = service.register(
        {"email": "daughter@carebot.test", "password": PASSWORD, "role": "sub", "user_name": "d"}
    )
    family = db.families.create_family({"main_user": elder, "family_name": "우리 엄마"})
    db.members.create_member({"family_id": family, "user_id": daughter})
    for rate in (70, 71, 72):
        db.status.create_health_status({"family_id": family, "heart_rate": rate})
    db.notifications.create_notification(
        {"family_id": family, "notification_grade": "crit", "description": "낙상감지"}
    )
    db.messages.create_message({"from_id": daughter, "to_id": elder, "content": "엄마"})
    db.security.add_export(daughter, [family], "report_pdf", "의사 진료 준비")
    db.security.add_export(elder, [family], "csv", "가족 공유")
    session = service.login("elder@carebot.test", PASSWORD)
    summary = service.deletion_summary(session["session_id"])
    assert summary == {
        "family_name": "우리 엄마",
        "members": 1,
        "readings": 3,
        "alerts": 1,
        "messages": 1,
        "exports_kept": 2,
    }
    assert service.delete_own_account(session["session_id"], PASSWORD) is True
    with db.transaction() as s:
        kept = sorted(s.execute(text("SELECT kind, actor_id FROM desktop_exports")).all())
    assert [k for k, _ in kept] == ["csv", "report_pdf"]
    assert kept[0][1].startswith("X") and kept[1][1] == daughter


def test_probe_11_export_records_of_an_earlier_version_lose_their_familys_foreign_key(tmp_path):
    """A database an earlier desktop made: the records' key to families goes, rows stay."""
    from sqlalchemy import inspect

    from carebot_desktop.data import Database

    url = f"sqlite:///{tmp_path / 'old.db'}"
    db = Database(url)
    db.create_schema()
    with db.engine.begin() as connection:  # the table as an earlier version made it
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")  # a family since deleted
        connection.exec_driver_sql("DROP TABLE desktop_exports")
        connection.exec_driver_sql(
            'CREATE TABLE desktop_exports ("index" INTEGER PRIMARY KEY, occurred_at '
            "TIMESTAMP NOT NULL, actor_id CHAR(16) NOT NULL, family_id CHAR(16) NOT NULL "
            "REFERENCES families (id) ON DELETE CASCADE, kind VARCHAR(16) NOT NULL, "
            "reason VARCHAR(200) NOT NULL)"
        )
        connection.exec_driver_sql(
            "CREATE INDEX ix_desktop_exports_family_at ON desktop_exports (family_id, occurred_at)"
        )
        connection.exec_driver_sql(
            "INSERT INTO desktop_exports VALUES (1, '2026-11-01 00:00:00', 'Uold', 'Fold', "
            "'csv', '진료')"
        )
    db.dispose()
    db = Database(url)
    try:
        db.create_schema()
        with db.engine.connect() as connection:
            assert inspect(connection).get_foreign_keys("desktop_exports") == []
            assert connection.exec_driver_sql("SELECT reason FROM desktop_exports").all() == [
                ("진료",)
            ]
            names = {i["name"] for i in inspect(connection).get_indexes("desktop_exports")}
            assert "ix_desktop_exports_family_at" in names
    finally:
        db.dispose()


def test_probe_10_e_mail_changes_through_the_desktop_are_throttled_and_audited(db):
    from carebot_desktop.data import ConflictError
    from carebot_desktop.data.errors import ThrottledError
    from carebot_desktop.data.login_views import EMAIL_CHANGE_LIMIT

    service = CarebotService(db, None, bcrypt_cost=4)
    me = service.register(
        {"email": "me@carebot.test", "password": PASSWORD, "role": "sub", "user_name": "m"}
    )
    service.register(
        {"email": "taken@carebot.test", "password": PASSWORD, "role": "sub", "user_name": "t"}
    )
    api = service.as_user(service.login("me@carebot.test", PASSWORD)["session_id"])
    with pytest.raises(ConflictError):
        api.accounts.update_one_account(me, {"email": "taken@carebot.test"})
    for i in range(EMAIL_CHANGE_LIMIT - 1):
        assert api.accounts.update_one_account(me, {"email": f"try{i}@carebot.test"}) is True
    with pytest.raises(ThrottledError):  # whether the address is taken or not
        api.accounts.update_one_account(me, {"email": "taken@carebot.test"})
    with pytest.raises(ThrottledError):
        api.accounts.update_one_account(me, {"email": "free@carebot.test"})
    outcomes = [
        a["outcome"]
        for a in db.security.get_audit_log(actor_id=me)
        if a["operation"] == "change_email"
    ]
    assert sorted(outcomes) == ["conflict"] + ["ok"] * (EMAIL_CHANGE_LIMIT - 1)
    # the name and the rest change as often as one likes
    assert api.accounts.update_one_account(me, {"user_name": "새 이름"}) is True
