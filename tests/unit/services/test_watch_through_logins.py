"""The watcher's tables through a person's own MariaDB login (the per-person views): the
family's people read its episodes, usual and sleep window; only its main user sets the
sleep window; nobody writes an episode or a baseline, or reads another family's; the
check itself needs the shared credentials. Tried with raw SQL as each role too."""

from __future__ import annotations

import contextlib
from datetime import timedelta

import pymysql
import pytest

from carebot_desktop.data import NotFoundError, PermissionDeniedError
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import watch
from tests.unit.services.test_database_enforced import Place

pytestmark = pytest.mark.mariadb


@pytest.fixture
def place(mariadb_schema_factory):
    built = Place(mariadb_schema_factory())
    admin = built.admin
    now = utcnow()
    # the room of F has been hot for the last hour; the watcher raised it
    admin.status.bulk_create_status(
        "home",
        [
            {
                "family_id": built.family,
                "temperature": 34.0,
                "humidity": 40.0,
                "reported_at": now - timedelta(minutes=10 * n + 1),
            }
            for n in range(6)
        ],
    )
    built.raised = watch.check(admin)
    yield built
    built.close()


def _run(raw: pymysql.Connection, sql: str) -> int:
    with raw.cursor() as cursor:
        return cursor.execute(sql)


def test_the_family_reads_its_episodes_and_usual_and_strangers_do_not(place):
    assert [r["kind"] for r in place.raised] == ["room_temperature"]
    for name in ("main", "member"):
        usual = place.db(name).watch.usual()
        assert set(usual) == {place.family}
        assert [u["kind"] for u in usual[place.family]["unusual"]] == ["room_temperature"]
        episodes = place.db(name).watch.episodes()
        assert [e["family_id"] for e in episodes] == [place.family]
    assert (
        place.db("outsider").watch.usual([place.family])
        == {
            place.family: {
                "days": 0,
                "learned_at": None,
                "series": {},
                "hourly": {"heart_rate": [None] * 24},
                "unusual": [],
                "sleep": None,
            }
        }
        or place.db("outsider").watch.usual([place.family])[place.family]["unusual"] == []
    )
    assert place.db("outsider").watch.episodes() == []


def test_only_the_main_user_sets_the_sleep_window(place):
    elder = place.db("main")
    me = place.ids["main"]
    assert elder.watch.set_sleep_window(place.family, "22:30", "06:30", by=me)
    assert elder.watch.set_sleep_window(place.family, "23:00", "07:00", by=me)  # an update
    assert place.admin.watch.sleep_window(place.family) == {"start": "23:00", "end": "07:00"}
    assert place.db("member").watch.sleep_window(place.family) == {"start": "23:00", "end": "07:00"}
    with pytest.raises(PermissionDeniedError):
        place.db("member").watch.set_sleep_window(
            place.family, "21:00", "05:00", by=place.ids["member"]
        )
    with pytest.raises((PermissionDeniedError, NotFoundError)):
        place.db("outsider").watch.set_sleep_window(
            place.family, "21:00", "05:00", by=place.ids["outsider"]
        )
    assert place.admin.watch.sleep_window(place.family) == {"start": "23:00", "end": "07:00"}


def test_the_check_needs_the_shared_credentials(place):
    with pytest.raises(PermissionDeniedError):
        watch.check(place.db("main"))
    with pytest.raises(PermissionDeniedError):
        place.db("main").watch.learn()


@pytest.mark.parametrize("name", ["main", "member", "outsider", "newcomer"])
def test_raw_sql_writes_no_episode_baseline_or_arrival(place, name):
    raw = place.raw(name)
    family = place.family
    try:
        for sql in (
            "INSERT INTO desktop_watch_episodes (family_id, kind, open_key, since, raised_at, "
            f"grade) VALUES ('{family}', 'mood', 1, UTC_TIMESTAMP(), UTC_TIMESTAMP(), 'warn')",
            "UPDATE desktop_watch_episodes SET open_key = NULL",
            "DELETE FROM desktop_watch_episodes",
            "UPDATE desktop_watch_baselines SET days = 0",
            "SELECT * FROM desktop_watch_arrivals",
            f"INSERT INTO desktop_watch_settings (family_id, sleep_start, sleep_end, updated_at) "
            f"VALUES ('{place.other}', '20:00', '05:00', UTC_TIMESTAMP())",
            f"INSERT INTO desk_w_watch_setting_new (family_id, sleep_start, sleep_end, "
            f"updated_by, updated_at) VALUES ('{place.other}', '20:00', '05:00', "
            f"'{place.ids[name]}', UTC_TIMESTAMP())",
        ):
            with pytest.raises(pymysql.MySQLError):
                _run(raw, sql)
        # another family's sleep window is out of reach; a member cannot set its own
        # family's either (the main user's, in their own name, only)
        changed = 0
        with contextlib.suppress(pymysql.MySQLError):
            changed = _run(
                raw,
                "UPDATE desk_w_watch_setting SET sleep_start = '20:00' "
                f"WHERE family_id = '{place.other}'",
            )
        assert changed == 0
        if name != "main":
            with pytest.raises(pymysql.MySQLError):
                _run(
                    raw,
                    "INSERT INTO desk_w_watch_setting_new (family_id, sleep_start, sleep_end, "
                    f"updated_by, updated_at) VALUES ('{family}', '20:00', '05:00', "
                    f"'{place.ids[name]}', UTC_TIMESTAMP())",
                )
        else:  # the main user, as someone else or at another time: refused
            for by, at in (
                (place.ids["member"], "UTC_TIMESTAMP()"),
                (place.ids["main"], "'2020-01-01 00:00:00'"),
            ):
                with pytest.raises(pymysql.MySQLError):
                    _run(
                        raw,
                        "INSERT INTO desk_w_watch_setting_new (family_id, sleep_start, "
                        f"sleep_end, updated_by, updated_at) VALUES ('{family}', '20:00', "
                        f"'05:00', '{by}', {at})",
                    )
    finally:
        raw.close()
