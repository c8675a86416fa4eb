"""AlertFeed: each notification delivered exactly once, also rows whose transaction
commits after a row with a higher index (as InnoDB allows)."""

from __future__ import annotations

import random
import threading
import time

import pymysql
import pytest
from sqlalchemy.engine import make_url

from carebot_desktop.data import Database, DatabaseUnavailableError
from carebot_desktop.services import CarebotService
from carebot_desktop.services.alerts import AlertFeed


class FakeNotifications:
    """Committed rows only; ``commit(index)`` makes a row visible, in any order."""

    def __init__(self) -> None:
        self.visible: dict[int, dict] = {}
        self.down = False

    def commit(self, index: int) -> None:
        self.visible[index] = {"index": index, "family_id": "F"}

    def latest_notification_index(self, ids):
        return max(self.visible, default=0)

    def get_notifications_after(self, ids, after, limit=500):
        if self.down:
            raise DatabaseUnavailableError("down")
        return [self.visible[i] for i in sorted(self.visible) if i > after][:limit]


class FakeApi:
    def __init__(self) -> None:
        self.notifications = FakeNotifications()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_late_commit_below_the_newest_index_is_delivered_once():
    api, clock = FakeApi(), Clock()
    api.notifications.commit(1)
    feed = AlertFeed(api, ["F"], recheck_seconds=60, clock=clock)
    assert feed.poll() == []  # "now" is index 1: nothing old is announced
    api.notifications.commit(3)  # 2 was inserted first, but its transaction is still open
    assert [r["index"] for r in feed.poll()] == [3]
    clock.now += 10
    api.notifications.commit(2)  # commits late, below the newest index seen
    assert [r["index"] for r in feed.poll()] == [2]
    clock.now += 10
    assert feed.poll() == []  # never twice


def test_a_failed_poll_loses_nothing():
    api, clock = FakeApi(), Clock()
    feed = AlertFeed(api, ["F"], clock=clock)
    feed.poll()
    api.notifications.commit(5)
    api.notifications.down = True
    with pytest.raises(DatabaseUnavailableError):
        feed.poll()
    api.notifications.down = False
    assert [r["index"] for r in feed.poll()] == [5]


def test_the_floor_follows_time_and_paging_reaches_every_row():
    api, clock = FakeApi(), Clock()
    feed = AlertFeed(api, ["F"], recheck_seconds=30, page=3, clock=clock)
    feed.poll()
    for index in range(1, 11):
        api.notifications.commit(index)
    assert [r["index"] for r in feed.poll()] == list(range(1, 11))  # four pages of three
    clock.now += 31
    feed.poll()
    clock.now += 31
    feed.poll()
    assert feed.floor == 10  # rows older than the window are no longer rechecked
    assert feed.poll() == []


@pytest.mark.mariadb
def test_concurrent_writers_committing_out_of_order(mariadb_schema_factory, world_factory):
    """Writers keep their transaction open 0-200 ms before COMMIT, as a batch upload
    does; a poller asking only for ``index > newest seen`` missed most of their rows."""
    mariadb_url = mariadb_schema_factory()  # its own schema: other tests never see its rows
    db, family, token, service = world_factory(mariadb_url)
    feed = AlertFeed(service.as_user(token), [family], recheck_seconds=60)
    feed.poll()
    params = make_url(mariadb_url)
    written: list[int] = []
    lock = threading.Lock()
    stop = time.monotonic() + 4

    def writer(seed: int) -> None:
        rng = random.Random(seed)
        connection = pymysql.connect(
            host=params.host,
            port=params.port or 3306,
            user=params.username or "root",
            password=params.password or "",
            database=params.database,
            autocommit=False,
        )
        try:
            with connection.cursor() as cursor:
                while time.monotonic() < stop:
                    cursor.execute(
                        "INSERT INTO notifications (family_id, notification_grade, descriptions,"
                        " created_at, is_read) VALUES (%s, 'CRIT', '낙상감지', UTC_TIMESTAMP(), 0)",
                        (family,),
                    )
                    index = cursor.lastrowid
                    time.sleep(rng.uniform(0, 0.2))
                    connection.commit()
                    with lock:
                        written.append(index)
        finally:
            connection.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    delivered: list[int] = []
    while any(t.is_alive() for t in threads):
        delivered += [r["index"] for r in feed.poll()]
        time.sleep(0.02)
    for thread in threads:
        thread.join()
    delivered += [r["index"] for r in feed.poll()]
    assert len(written) > 20
    assert sorted(delivered) == sorted(written)  # every alert, each exactly once
    db.dispose()


@pytest.fixture
def world_factory():
    made = []

    def make(url: str):
        from carebot_desktop.config.secrets import MemorySecretStore
        from tests.unit.services.conftest import HASH, sign_in

        db = Database(url)
        db.create_schema()
        main = db.accounts.create_account(
            {"email": f"feed{len(made)}@carebot.test", "password": HASH, "role": "main"}
        )
        family = db.families.create_family({"main_user": main, "family_name": "feed"})
        made.append((db, family))
        return db, family, sign_in(db, main), CarebotService(db, MemorySecretStore(), bcrypt_cost=4)

    yield make
    for db, _family in made:
        db.dispose()
