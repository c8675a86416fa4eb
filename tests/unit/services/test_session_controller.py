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


def _counting_verifiers(monkeypatch):
    """How many offline verifiers (bcrypt hashes made for the copy) are made."""
    made = []
    real = off.cache.passwords.hash_password

    def counted(password, cost=12):
        made.append(cost)
        return real(password, cost=cost)

    monkeypatch.setattr(off.cache.passwords, "hash_password", counted)
    return made


def test_a_sign_in_leaves_the_offline_copy_to_open_after_the_first_screen(controller):
    """Issue 20: the sign-in costs one bcrypt check; the copy (its scrypt key without a
    keyring, its verifier) is opened by a worker afterwards, and only then written."""
    keys = off.CacheKeys(None)  # no keyring: the key is derived from the password
    slow = SessionController(controller.service, controller.server_id, keys, None)
    session = slow.sign_in(ELDER, PASSWORD, remember=False, copy_later=True)
    assert not session.offline and session.cache is None and session.as_of is None
    assert session.pending_copy is not None and session.pending_copy.user_id == session.user_id
    cid = off.cache_id(slow.server_id, ELDER)
    assert not off.cache_path(cid).exists()  # nothing derived or written yet
    assert "password" not in repr(session.pending_copy)  # never in a log line
    opened = slow.open_copy(session)
    assert opened is not None and session.cache is None  # the worker changed nothing shown
    assert opened.as_of is None  # a new copy, never synced
    cache = opened.cache
    assert SessionController.copy_opened(session, opened) is True
    assert session.cache is cache and session.pending_copy is None  # the password dropped
    assert SessionController.copy_opened(session, opened) is False  # once
    outcome = slow.sync(session, days=2)
    assert outcome.as_of is not None
    cache.close()
    # The copy opened after the first screen serves an offline sign-in as before.
    offline, _token, owner = off.offline_sign_in(slow.server_id, ELDER, PASSWORD, keys)
    assert owner == session.user_id
    offline.close()


def test_a_copy_opened_after_sign_out_is_not_taken(controller):
    session = controller.sign_in(ELDER, PASSWORD, remember=False, copy_later=True)
    opened = controller.open_copy(session)
    session.pending_copy = None  # OfflineSync.pause at sign-out
    assert SessionController.copy_opened(session, opened) is False
    assert session.cache is None
    opened.cache.close()
    assert controller.open_copy(session) is None  # nothing left to open


def test_the_offline_verifier_is_made_again_only_when_the_password_changed(controller, monkeypatch):
    made = _counting_verifiers(monkeypatch)
    first = controller.sign_in(ELDER, PASSWORD, remember=False)
    assert made == [controller.service.bcrypt_cost]  # none yet: made once
    first.cache.close()
    again = controller.sign_in(ELDER, PASSWORD, remember=False)
    assert len(made) == 1  # the same stored hash: the verifier in the copy is of it
    verifier = again.cache.store.get_meta("verifier")
    again.cache.close()
    new_password = "a quite different one 7"
    controller.service.change_password(again.session_id, PASSWORD, new_password)
    before = len(made)  # the server's new hash was made
    changed = controller.sign_in(ELDER, new_password, remember=False)
    assert len(made) == before + 1  # the stored hash changed: a verifier of the new one
    assert changed.cache.store.get_meta("verifier") != verifier
    controller.sync(changed, days=2)  # the account, for an offline session
    changed.cache.close()
    keys = controller.keys
    offline, _token, _owner = off.offline_sign_in(controller.server_id, ELDER, new_password, keys)
    offline.close()
    with pytest.raises(AuthenticationError):  # the old password no longer opens it offline
        off.offline_sign_in(controller.server_id, ELDER, PASSWORD, keys)


def test_a_verifier_without_its_stamp_or_cheaper_is_made_again(controller, monkeypatch):
    """A copy from before the stamp (or one whose verifier is cheaper than today's cost, or
    another account's) gets a new verifier: only a proven match is kept."""
    made = _counting_verifiers(monkeypatch)
    session = controller.sign_in(ELDER, PASSWORD, remember=False)
    store = session.cache.store
    store.set_meta({"verifier_stamp": None})
    session.cache.close()
    again = controller.sign_in(ELDER, PASSWORD, remember=False)
    assert len(made) == 2
    again.cache.store.set_meta({"owner_id": "someone else"})
    again.cache.close()
    third = controller.sign_in(ELDER, PASSWORD, remember=False)
    assert len(made) == 3 and third.cache.store.get_meta("owner_id") == third.user_id
    cost = controller.service.bcrypt_cost
    third.cache.store.set_meta(
        {
            "verifier": off.cache.passwords.bcrypt.hashpw(
                b"x", off.cache.passwords.bcrypt.gensalt(rounds=cost)
            )
            .decode()
            .replace(f"${cost:02d}$", f"${cost - 1:02d}$", 1)
        }
    )
    third.cache.close()
    fourth = controller.sign_in(ELDER, PASSWORD, remember=False)
    assert len(made) == 4
    fourth.cache.close()


def test_with_the_server_away_a_copy_later_sign_in_opens_the_copy_offline(controller, monkeypatch):
    """No network: the sign-in goes to the copy at once, as before (it needs the copy)."""
    session = controller.sign_in(ELDER, PASSWORD, remember=False, copy_later=True)
    SessionController.copy_opened(session, controller.open_copy(session))
    controller.sync(session, days=2)
    session.cache.close()

    def away(*_args, **_kwargs):
        raise DatabaseUnavailableError("away")

    monkeypatch.setattr(controller.service, "login_with_profile", away)
    offline = controller.sign_in(ELDER, PASSWORD, remember=False, copy_later=True)
    assert offline.offline and offline.cache is not None and offline.pending_copy is None
    assert offline.user_id == session.user_id and offline.as_of is not None
    offline.cache.close()
