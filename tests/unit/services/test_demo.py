import json
from datetime import datetime, timedelta

import pytest

from carebot_desktop.data import Database
from carebot_desktop.data.database import sqlite_url
from carebot_desktop.services.demo import DemoFillError, fill_demo, fill_demo_apart
from carebot_desktop.services.demo.history import last_seen

NOW = datetime(2026, 11, 27, 9, 0)
FAST_HASH = "$2b$04$" + "a" * 53


def _snapshot(db: Database) -> dict:
    out = {}
    for family in db.families.find_family():
        fid = family["family_id"]
        since = NOW - timedelta(days=31)
        out[family["account_name"]] = {
            "family_name": family["family_name"],
            "members": sorted(m["nickname"] for m in db.members.get_all_members(family_id=fid)),
            "home": [
                (r["reported_at"], r["temperature"], r["humidity"], r["dust_level"])
                for r in db.status.get_home_status(fid, since, NOW)
            ],
            "heart": [r["heart_rate"] for r in db.status.get_health_status(fid, since, NOW)],
            "mental": [
                (r["score"], r["description"]) for r in db.status.get_mental_status(fid, since, NOW)
            ],
            # ids are random by design; the rest must be identical
            "notifications": [
                (
                    n["notification_grade"],
                    n["description"].replace(fid, "<id>"),
                    n["is_read"],
                    (n["image_url"] or "").replace(fid, "<id>"),
                )
                for n in db.notifications.get_all_notifications(fid, None, NOW)
            ],
        }
    return out


def test_demo_is_deterministic(tmp_path):
    snapshots = []
    for name in ("a", "b"):
        db = Database(sqlite_url(tmp_path / f"{name}.sqlite3"))
        db.create_schema()
        fill_demo(db, now=NOW, password_hash=FAST_HASH)
        snapshots.append(_snapshot(db))
        db.dispose()
    assert snapshots[0] == snapshots[1]


def test_demo_written_by_a_child_process_is_the_same(tmp_path):
    """``fill_demo_apart`` (the window's demo start: a child writes, so the window keeps
    none of the writing's memory) gives the same families, members, readings and alerts
    as ``fill_demo`` in this process, and accounts that take the demo password."""
    from carebot_desktop.services.demo import DEMO_PASSWORD
    from carebot_desktop.services.passwords import verify_password

    snapshots = []
    for name, fill in (("here", fill_demo), ("apart", fill_demo_apart)):
        db = Database(sqlite_url(tmp_path / f"{name}.sqlite3"))
        db.create_schema()
        if fill is fill_demo:
            fill_demo(db, now=NOW, password_hash=FAST_HASH, days=3)
        else:
            fill_demo_apart(db, now=NOW, days=3)
        snapshots.append(_snapshot(db))
        if name == "apart":
            account_id = db.accounts.get_id_from_email("jieun.park@carebot.example")
            assert verify_password(DEMO_PASSWORD, db.accounts.get_hashed_password(account_id))
        db.dispose()
    assert snapshots[0] == snapshots[1]
    assert len(snapshots[1]) == 4 and all(f["heart"] for f in snapshots[1].values())


def test_a_failed_child_fill_says_why(tmp_path):
    db = Database(sqlite_url(tmp_path / "no-schema.sqlite3"))  # no tables: the child fails
    with pytest.raises(DemoFillError, match="could not be written"):
        fill_demo_apart(db, now=NOW, days=1)
    db.dispose()
    memory = Database("sqlite://")
    with pytest.raises(ValueError, match="database file"):
        fill_demo_apart(memory)
    memory.dispose()


def test_demo_contents(sqlite_db):
    families = fill_demo(sqlite_db, now=NOW, password_hash=FAST_HASH)
    assert set(families) == {"김순자", "박영수", "이옥희", "최만석"}
    since = NOW - timedelta(days=30)
    for name, fid in families.items():
        members = sqlite_db.members.get_all_members(family_id=fid)
        assert members and all(m["nickname"] for m in members)
        home = sqlite_db.status.get_home_status(fid, since, NOW)
        # every 5 minutes for 30 days (less the silent hours of one robot)
        assert len(home) >= 30 * 24 * 12 - 7 * 12
        assert home[1]["reported_at"] - home[0]["reported_at"] == timedelta(minutes=5)
        temps = [r["temperature"] for r in home]
        assert max(temps) - min(temps) > 2  # a day/night cycle, not a flat line
        assert (
            sqlite_db.status.get_health_status(fid, NOW - timedelta(hours=24), NOW)
            or name == "박영수"
        )
        mental = sqlite_db.status.get_latest_mental_status(fid)
        description = json.loads(mental["description"])
        assert set(description) == {
            "overall_emotional_state",
            "emotional_insights",
            "time_based_emotions",
            "recommendations",
        }
        reports = sqlite_db.status.get_mental_reports(fid, since - timedelta(days=1), NOW)
        assert len(reports) >= 3
        notifications = sqlite_db.notifications.get_all_notifications(fid, None, NOW)
        warns = [n for n in notifications if n["notification_grade"] == "warn"]
        assert warns and {"MSG_CN", "RCPTN_RGN_NM", "EMRG_STEP_NM", "DST_SE_NM", "SN"} <= set(
            json.loads(warns[0]["description"])
        )
        assert sqlite_db.notifications.get_new_notifications(fid, None, NOW)
        elder = sqlite_db.families.get_one_family(fid)["main_user"]
        assert sqlite_db.messages.get_all_received_messages(elder, None, NOW)
        assert sqlite_db.messages.get_all_sent_messages(elder, None, NOW)
    falls = [
        n
        for n in sqlite_db.notifications.get_all_notifications(families["김순자"], None, NOW)
        if n["notification_grade"] == "crit" and n["description"] == "낙상감지"
    ]
    assert falls and all(n["image_url"].startswith("https://") for n in falls)
    assert any(not n["is_read"] for n in falls)
    silent = sqlite_db.status.get_latest_home_status(families["박영수"])
    assert NOW - silent["reported_at"] >= timedelta(hours=7)


@pytest.mark.parametrize("utc_hour", [17, 21, 5, 13])  # 02:00, 06:00, 14:00, 22:00 in Korea
def test_the_demos_missing_elder_is_missed_at_every_hour(tmp_path, utc_hour):
    """The demo's missing elder (최만석) is raised by the demo's own check whatever the time
    of day, with as little history as the UI tests fill: a gap the demo started in the
    evening would be the elder's sleep to the watcher and raise nothing until morning."""
    db = Database(sqlite_url(tmp_path / "demo.sqlite3"))
    db.create_schema()
    now = datetime(2026, 12, 5, utc_hour, 20)
    families = fill_demo(db, now=now, password_hash=FAST_HASH, days=8)
    found = {(e["family_id"], e["kind"]) for e in db.watch.episodes()}
    assert (families["최만석"], "inactivity") in found
    seen = last_seen(now, 2.5)
    assert now - seen >= timedelta(hours=2.5)
    assert 9 <= (seen + timedelta(hours=9)).hour <= 15
    db.dispose()
