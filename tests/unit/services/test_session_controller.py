"""The session state machine without Qt: sign-in, sync, offline sign-out, reconnection,
and the offline copy's outbox (never dropped, one writer at a time)."""

from __future__ import annotations

import inspect
import threading
import time

import pytest

from carebot_desktop.config.secrets import MemorySecretStore
from carebot_desktop.data import AuthenticationError, DatabaseUnavailableError, OfflineError
from carebot_desktop.data.cache import open_cache
from carebot_desktop.services import CarebotService, api
from carebot_desktop.services import offline as off
from carebot_desktop.services.demo import fill_demo
from carebot_desktop.services.session_controller import SessionController, SignedIn
from carebot_desktop.services.sessions import token_to_xid
from tests.conftest import DEMO_TEST_PASSWORD

PASSWORD = DEMO_TEST_PASSWORD
CAREGIVER = "jieun.park@carebot.example"
ELDER = "soonja.kim@carebot.example"


@pytest.fixture
def controller(sqlite_db, demo_hash):
    fill_demo(sqlite_db, password_hash=demo_hash, days=1)
    store = MemorySecretStore()
    service = CarebotService(sqlite_db, store, bcrypt_cost=4)
    server = sqlite_db.url.render_as_string(hide_password=True)
    return SessionController(service, server, off.CacheKeys(store), store)


def test_sign_in_then_sync_keeps_the_session_online(controller):
    session = controller.sign_in(CAREGIVER, PASSWORD, remember=False)
    assert not session.offline and session.cache is not None
    outcome = controller.sync(session, days=2)
    assert outcome.replayed == 0 and outcome.as_of is not None
    assert SessionController.synced(session, outcome) is False  # was online already
    assert session.as_of == outcome.as_of
    session.cache.close()


def test_sync_survives_an_account_registered_again_with_the_same_email(controller, demo_hash):
    """The cache knew the e-mail under an older id: the sync replaces that copy instead
    of failing on the unique e-mail for ever (found by the new failure reporting)."""
    session = controller.sign_in(ELDER, PASSWORD, remember=False)
    controller.sync(session, days=2)
    cache = session.cache
    from sqlalchemy import update

    from carebot_desktop.data.models import Account

    with cache.db.transaction() as s:
        s.execute(
            update(Account).where(Account.id == session.user_id).values(email="me@cache.invalid")
        )
    cache.db.accounts.create_account({"email": ELDER, "password": demo_hash, "role": "sub"})
    controller.sync(session, days=2)  # no ConflictError
    cache.close()


def test_signing_out_offline_is_queued_and_revoked_when_the_server_returns(controller, monkeypatch):
    session = controller.sign_in(ELDER, PASSWORD, remember=False)
    controller.sync(session, days=2)
    token = session.session_id
    service = controller.service

    def away(_token):
        raise DatabaseUnavailableError("away")

    monkeypatch.setattr(service, "logout", away)
    assert controller.sign_out(session) is False  # not revoked yet: queued
    monkeypatch.undo()
    assert service.resume(token)  # still valid on the server, for now
    again = controller.sign_in(ELDER, PASSWORD, remember=False)
    controller.sync(again, days=2)  # the next sync replays the queued sign-out
    with pytest.raises(AuthenticationError):
        service.resume(token)
    assert service.resume(again.session_id)
    again.cache.close()


def test_a_reconnection_happens_once_however_many_threads_ask():
    calls = []

    def reconnect():
        calls.append(1)
        time.sleep(0.2)
        return object()

    session = SignedIn("t", "U", "sub", api=None, reconnect=reconnect)  # no screen reads it
    results = []
    threads = [threading.Thread(target=lambda: results.append(session.online())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1 and len({id(r) for r in results}) == 1


def test_an_unreadable_cache_is_kept_aside_with_its_outbox(controller):
    """Without a keyring the key comes from the password: a new password cannot open the
    old copy. The new copy starts empty, the old one is kept, and the session says so."""
    keys = off.CacheKeys(None)
    server = controller.server_id
    first = off.open_user_cache(server, ELDER, keys, PASSWORD)
    first.store.queue_ack(123)  # an acknowledgement taken offline, not sent yet
    first.close()
    second = off.open_user_cache(server, ELDER, keys, "another password")
    assert second.set_aside is not None and second.set_aside.exists()
    assert second.store.pending() == []
    second.close()
    kept = off.OfflineCache(
        "kept",
        second.set_aside,
        open_cache(second.set_aside, keys.key(off.cache_id(server, ELDER), PASSWORD, create=False)),
    )
    assert [(i["kind"], i["payload"]) for i in kept.store.pending()] == [("ack", {"index": 123})]
    kept.close()


def test_two_instances_queue_messages_on_one_cache(controller, sqlite_db):
    session = controller.sign_in(ELDER, PASSWORD, remember=False)
    controller.sync(session, days=2)
    elder = session.user_id
    partner = next(
        p["user_id"]
        for f in session.api.families.get_all_families()
        for p in session.api.families.get_family_people(f["id"])[1:]
    )
    path, key_cache = session.cache.path, session.cache
    other = off.OfflineCache(
        key_cache.cid,
        path,
        open_cache(path, controller.keys.key(key_cache.cid, PASSWORD, create=False)),
    )
    apis = [
        off.OfflineApi(key_cache, session.session_id, elder),
        off.OfflineApi(other, session.session_id, elder),
    ]
    errors, indexes = [], []

    def send(api, n):
        for i in range(25):
            try:
                indexes.append(
                    api.messages.create_message(
                        {"from_id": elder, "to_id": partner, "content": f"{n}-{i}"}
                    )
                )
            except Exception as error:  # noqa: BLE001 - counted
                errors.append(error)

    threads = [threading.Thread(target=send, args=(api, n)) for n, api in enumerate(apis)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(set(indexes)) == 50
    assert len(key_cache.store.pending()) == 50
    with pytest.raises(OfflineError):
        apis[0].messages.check_read_message(indexes[0])
    other.close()
    key_cache.close()
    assert token_to_xid(session.session_id)


def test_the_offline_api_names_every_function_of_the_screens_api(controller):
    """mypy checks OfflineApi against CarebotApi; here every function is there at run time
    too, and each write without an outbox refuses with OfflineError, as the screens expect."""
    session = controller.sign_in(ELDER, PASSWORD, remember=False)
    controller.sync(session, days=2)
    offline_api = controller.open_offline(session)
    checked = 0
    for name, member in vars(api.CarebotApi).items():
        if isinstance(member, property):
            protocol = inspect.get_annotations(member.fget, eval_str=True)["return"]
            area = getattr(offline_api, name)
            for function in [f for f in vars(protocol) if not f.startswith("_")]:
                assert callable(getattr(area, function)), f"{name}.{function}"
                checked += 1
    assert checked > 40
    family = offline_api.families.get_all_families()[0]["id"]
    writes = [
        lambda: offline_api.families.update_one_family(family, {"family_name": "x"}),
        lambda: offline_api.members.update_one_member("M", {}),
        lambda: offline_api.members.delete_one_member("M"),
        lambda: offline_api.members.request_to_join(family),
        lambda: offline_api.members.approve_join_request(1),
        lambda: offline_api.members.deny_join_request(1),
        lambda: offline_api.members.withdraw_join_request(1),
        lambda: offline_api.auth.delete_session(session.session_id),
        lambda: offline_api.tools.update_settings(family, {}),
        lambda: offline_api.audit.record_export([family], "pdf", "care plan"),
        lambda: offline_api.messages.check_read_message(1),
    ]
    for write in writes:
        with pytest.raises(OfflineError, match="needs a connection"):
            write()
    assert offline_api.cache.store.pending() == []  # nothing was queued either
    session.cache.close()
