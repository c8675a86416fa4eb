"""Offline review against MariaDB through a proxy the test cuts: sync, read every history
view from the encrypted cache, and replay the outbox through repeated cuts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.engine import make_url

from carebot_desktop.config.secrets import MemorySecretStore
from carebot_desktop.data import (
    AuthenticationError,
    Database,
    DatabaseUnavailableError,
    NotFoundError,
    OfflineError,
)
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import CarebotService
from carebot_desktop.services import offline as off
from carebot_desktop.services.demo import fill_demo
from carebot_desktop.services.passwords import hash_password
from tests.tcp_proxy import TcpProxy

pytestmark = pytest.mark.mariadb
PASSWORD = "demo-password"
CAREGIVER = "jieun.park@carebot.example"


@pytest.fixture
def proxied(mariadb_schema_factory, monkeypatch, tmp_path):
    """A fresh MariaDB schema with the demo families, reached through a TcpProxy."""
    monkeypatch.setenv("CAREBOT_DATA_DIR", str(tmp_path / "data"))
    url = make_url(mariadb_schema_factory())
    direct = Database(url)
    direct.create_schema()
    fill_demo(direct, password_hash=hash_password(PASSWORD, cost=4), days=5)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 3306)
    db = Database(
        url.set(host="127.0.0.1", port=proxy.port),
        connect_timeout=2,
        read_timeout=5,
        ping_after_idle=0,
    )
    yield db, direct, proxy
    proxy.close()
    db.dispose()
    direct.dispose()


def _sign_in(db, store):
    service = CarebotService(db, store, bcrypt_cost=4)
    session = service.login(CAREGIVER, PASSWORD)
    return service, session, service.as_user(session["session_id"])


def _views(api, user_id, since):
    """Every history view, as the screens read it."""
    out = {}
    for family in api.families.get_all_families():
        fid = family["id"]
        out[fid] = {
            "family": api.families.get_one_family(fid),
            "people": api.families.get_family_people(fid),
            "settings": api.tools.get_settings(fid),
            "home": api.status.get_home_status(fid, since),
            "health": api.status.get_health_status(fid, since),
            "active": api.status.get_active_status(fid, since),
            "mental": api.status.get_mental_status(fid, since),
            "series": api.status.get_status_series_many(fid, ["heart_rate"], since, None, 3600),
            "reports": api.status.get_mental_reports(fid, since),
            "notifications": api.notifications.get_all_notifications(fid, since),
        }
    out["received"] = api.messages.get_all_received_messages(user_id, since)
    out["sent"] = api.messages.get_all_sent_messages(user_id, since)
    return out


def test_sync_then_every_view_from_the_cache_when_cut(proxied):
    db, direct, proxy = proxied
    store = MemorySecretStore()
    keys = off.CacheKeys(store)
    service, session, api = _sign_in(db, store)
    cache = off.open_user_cache("server", CAREGIVER, keys, PASSWORD)
    off.remember_verifier(cache, session["user_id"], CAREGIVER, PASSWORD, cost=4)
    now = utcnow()
    off.sync(api, cache, session["user_id"], session["session_id"], now=now)
    since = now - timedelta(days=10)
    online = _views(api, session["user_id"], since)

    proxy.cut()
    with pytest.raises(DatabaseUnavailableError):
        api.families.get_all_families()
    offline_api = off.OfflineApi(cache, session["session_id"], session["user_id"])
    assert _views(offline_api, session["user_id"], since) == online
    with pytest.raises(OfflineError):
        offline_api.tools.update_settings(next(iter(online["received"]))["to_id"], {})
    # signing in offline against the verifier kept in the cache
    cache.close()
    again, token, owner = off.offline_sign_in("server", CAREGIVER, PASSWORD, keys)
    assert owner == session["user_id"]
    assert _views(off.OfflineApi(again, token, owner), owner, since)["sent"] == online["sent"]
    with pytest.raises(AuthenticationError):
        off.offline_sign_in("server", CAREGIVER, "wrong password", keys)
    again.close()


def test_incremental_sync_brings_new_and_deleted_rows(proxied):
    db, direct, proxy = proxied
    keys = off.CacheKeys(None)  # no keyring: the key comes from the password
    _, session, api = _sign_in(db, None)
    cache = off.open_user_cache("server", CAREGIVER, keys, PASSWORD)
    user = session["user_id"]
    first = off.sync(api, cache, user, session["session_id"])
    assert first["status_days"] > 0
    family = api.families.get_all_families()[0]["id"]
    second = off.sync(api, cache, user, session["session_id"])
    assert second["message_days"] == 0 and second["notification_days"] == 0
    assert second["status_days"] <= 4 * len(api.families.get_all_families())  # today only
    direct.status.delete_latest_home_status(family)
    direct.status.create_health_status({"family_id": family, "heart_rate": 99})
    off.sync(api, cache, user, session["session_id"])
    since = utcnow() - timedelta(days=10)
    assert cache.db.status.get_home_status(family, since) == api.status.get_home_status(
        family, since
    )
    assert cache.db.status.get_latest_health_status(family)["heart_rate"] == 99
    # notifications read and messages deleted on the server: only those days move
    unread = direct.notifications.get_new_notifications(family)[0]["index"]
    direct.notifications.check_read_notification(unread)
    gone = direct.messages.get_all_received_messages(user)[0]["index"]
    direct.messages.delete_message(gone)
    third = off.sync(api, cache, user, session["session_id"])
    assert third["notification_days"] == 1 and third["message_days"] == 1
    assert cache.db.notifications.get_one_notification(unread)["is_read"] is True
    with pytest.raises(NotFoundError):
        cache.db.messages.get_one_message(gone)
    assert cache.db.messages.get_all_received_messages(
        user, since
    ) == api.messages.get_all_received_messages(user, since)
    cache.close()


def test_a_sync_reads_today_from_the_copys_newest_reading_on(proxied, monkeypatch):
    """A day the copy holds already is read from its newest reading on, not whole (a robot's
    heart rate a second: the whole day again at every sync grew with the day); a reading
    that comes in late, reported before that newest one, still arrives (the day's digest
    differs: the day is read whole)."""
    db, direct, proxy = proxied
    keys = off.CacheKeys(MemorySecretStore())
    _, session, api = _sign_in(db, None)
    cache = off.open_user_cache("server", CAREGIVER, keys, PASSWORD)
    user = session["user_id"]
    family = api.families.get_all_families()[0]["id"]
    off.sync(api, cache, user, session["session_id"])
    assert cache.db.status.get_latest_health_status(family)  # the copy holds today
    for rate in range(60, 65):
        direct.status.create_health_status({"family_id": family, "heart_rate": rate})
    read: list[tuple[str, int]] = []
    original = api.status.get_health_status

    def counted(family_id, start, end=None, time_order="asc"):
        rows = original(family_id, start, end, time_order)
        if family_id == family:
            read.append((str(start), len(rows)))
        return rows

    monkeypatch.setattr(api.status, "get_health_status", counted)
    off.sync(api, cache, user, session["session_id"])
    since = utcnow() - timedelta(days=10)
    assert cache.db.status.get_health_status(family, since) == original(family, since)
    assert len(read) == 1 and read[0][1] <= 5 + 2  # the new five (and the newest's second)
    # a reading reported before the copy's newest, written now: the day is read whole
    # (between the day's start and the copy's newest reading: half an hour before now was
    # the day before in the half hour after midnight, and the test failed then)
    newest = cache.db.status.get_latest_health_status(family)["reported_at"]
    day_start = newest.replace(hour=0, minute=0, second=0, microsecond=0)
    late = day_start + (newest - day_start) / 2
    direct.status.create_health_status({"family_id": family, "heart_rate": 41, "reported_at": late})
    read.clear()
    off.sync(api, cache, user, session["session_id"])
    assert cache.db.status.get_health_status(family, since) == original(family, since)
    assert any(r["heart_rate"] == 41 for r in cache.db.status.get_health_status(family, since))
    assert len(read) == 2 and read[1][1] > read[0][1]  # the tail, then the whole day
    cache.close()


def test_cache_file_holds_no_readable_health_data(proxied, tmp_path):
    db, _, _ = proxied
    keys = off.CacheKeys(MemorySecretStore())
    _, session, api = _sign_in(db, None)
    cache = off.open_user_cache("server", CAREGIVER, keys, PASSWORD)
    off.sync(api, cache, session["user_id"], session["session_id"])
    cache.close()
    blob = b"".join(p.read_bytes() for p in cache.path.parent.iterdir() if p.is_file())
    for secret in (
        "낙상감지",
        "김순자",
        "어머니",
        "overall_emotional_state",
        "heart_rate",
        "SQLite format 3",
    ):
        assert secret.encode() not in blob


def test_outbox_replays_exactly_once_through_repeated_cuts(proxied):
    db, direct, proxy = proxied
    store = MemorySecretStore()
    keys = off.CacheKeys(store)
    _, session, api = _sign_in(db, store)
    user = session["user_id"]
    cache = off.open_user_cache("server", CAREGIVER, keys, PASSWORD)
    off.sync(api, cache, user, session["session_id"])
    elders = [f["main_user"] for f in api.families.get_all_families()]
    unread = [
        n["index"]
        for f in api.families.get_all_families()
        for n in api.notifications.get_new_notifications(f["id"])
    ]

    proxy.cut()
    offline_api = off.OfflineApi(cache, session["session_id"], user)
    texts = [f"오프라인 메시지 {i}" for i in range(12)]
    for i, text in enumerate(texts):
        offline_api.messages.create_message(
            {"from_id": user, "to_id": elders[i % len(elders)], "content": text}
        )
    for index in unread:
        offline_api.notifications.check_read_notification(index)
    pending = cache.store.pending()
    assert len(pending) == len(texts) + len(unread)
    shown = offline_api.messages.get_all_sent_messages(user)
    assert sum(1 for m in shown if m.get("pending")) == len(texts)

    class Flaky:
        """The server commits, then the answer is lost: the worst moment to drop."""

        def __init__(self, inner, fail_every):
            self._inner, self._n, self._every = inner, 0, fail_every

        def __getattr__(self, name):
            return getattr(self._inner, name)

        def create_message(self, data):
            result = self._inner.create_message(data)
            self._n += 1
            if self._n % self._every == 0:
                proxy.cut()
                raise DatabaseUnavailableError("lost the answer")
            return result

    rounds = 0
    while cache.store.pending():
        rounds += 1
        assert rounds < 30
        proxy.restore()
        api.messages = Flaky(api.messages, 3)
        try:
            off.replay_outbox(api, cache.store, user)
        except DatabaseUnavailableError:
            pass
        finally:
            api.messages = api.messages._inner
        proxy.cut()  # and a cut between every round
    proxy.restore()
    assert rounds > 1
    sent = [m["content"] for m in direct.messages.get_all_sent_messages(user)]
    for text in texts:
        assert sent.count(text) == 1, text
    for index in unread:
        assert direct.notifications.get_one_notification(index)["is_read"] is True
    off.sync(api, cache, user, session["session_id"])
    mine = cache.db.messages.get_all_sent_messages(user)
    assert all(m["index"] > 0 for m in mine)  # local pending copies replaced by the server's
    assert sum(1 for m in mine if m["content"] in texts) == len(texts)
    cache.close()


def test_a_sync_tells_how_far_it_is_and_can_be_stopped(proxied):
    db, direct, proxy = proxied
    keys = off.CacheKeys(None)
    _, session, api = _sign_in(db, None)
    user = session["user_id"]
    families = len(api.families.get_all_families())
    cache = off.open_user_cache("server", CAREGIVER, keys, PASSWORD)

    class StopAfterOne(off.SyncProgress):
        seen: list[tuple[int, int]] = []

        def set(self, done: int, total: int) -> None:
            super().set(done, total)
            self.seen.append((done, total))
            if done == 1:
                self.cancel()

    stopping = StopAfterOne()
    with pytest.raises(off.SyncCancelledError):
        off.sync(api, cache, user, session["session_id"], progress=stopping)
    assert stopping.seen == [(0, families), (1, families)]
    assert cache.last_sync() is None  # not complete: the next sync goes on
    progress = off.SyncProgress()
    off.sync(api, cache, user, session["session_id"], progress=progress)
    assert progress.state() == (families, families)
    assert cache.last_sync() is not None
    cache.close()


def test_a_sync_checks_the_caller_once_a_family_not_once_a_call(proxied, monkeypatch):
    """Each family's reads are one action (one check of the caller, one transaction): at
    200 families the sync made 2,205 checks, a third of its time."""
    db, _direct, _proxy = proxied
    service, session, api = _sign_in(db, None)
    user = session["user_id"]
    families = len(api.families.get_all_families())
    cache = off.open_user_cache("server", CAREGIVER, off.CacheKeys(None), PASSWORD)
    checks = []
    original = service.check_caller

    def counted(session_id):
        checks.append(session_id)
        return original(session_id)

    monkeypatch.setattr(service, "check_caller", counted)
    off.sync(api, cache, user, session["session_id"])
    assert families >= 3
    # the user, the families, the messages, the open alerts, the session; then two a
    # family (its people, members, settings and contacts; its history, alerts and care)
    assert len(checks) <= 5 + 2 * families, checks
    cache.close()


def test_a_family_whose_read_fails_midway_is_read_again_whole(proxied, monkeypatch):
    """A server failing under a family's action runs the whole action again (it was one
    transaction): its status is read again, and the copy ends as without the failure,
    nothing counted twice."""
    from carebot_desktop.data.errors import RetryableError

    db, _direct, _proxy = proxied
    _, session, api = _sign_in(db, None)
    user, token = session["user_id"], session["session_id"]
    since = utcnow() - timedelta(days=10)
    clean = off.open_user_cache("server", CAREGIVER, off.CacheKeys(None), PASSWORD)
    expected = off.sync(api, clean, user, token)
    clean.close()
    cache = off.open_user_cache("server-2", CAREGIVER, off.CacheKeys(None), PASSWORD)
    digest, status_digest = api.notifications.get_notification_digest, api.status.get_status_digest
    failed: list[str] = []
    status_reads: list[str] = []

    def failing_once(family_id, start=None, end=None):
        if not failed:
            failed.append(family_id)  # the family's status is in the copy by now
            raise RetryableError("the connection was lost before the commit")
        return digest(family_id, start, end)

    def counted(kind, family_id, start=None, end=None):
        status_reads.append(family_id)
        return status_digest(kind, family_id, start, end)

    monkeypatch.setattr(api.notifications, "get_notification_digest", failing_once)
    monkeypatch.setattr(api.status, "get_status_digest", counted)
    moved = off.sync(api, cache, user, token)
    assert failed and moved["families"] == expected["families"]
    assert status_reads.count(failed[0]) == 2 * 4  # its four status kinds, twice
    # (the second time fewer of its days differ: what the first try copied stays)
    assert moved["status_days"] <= expected["status_days"]
    assert moved["notification_days"] == expected["notification_days"]
    for family in api.families.get_all_families():
        fid = family["id"]
        assert cache.db.status.get_health_status(fid, since) == api.status.get_health_status(
            fid, since
        )
        assert len(cache.db.notifications.get_all_notifications(fid, since)) == len(
            api.notifications.get_all_notifications(fid, since)
        )
    cache.close()
