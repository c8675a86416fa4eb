"""What stays on the PC: owner-only files and folders, an offline copy keyed at OWASP's
scrypt cost (older copies re-keyed), and offline sign-in throttled as online is."""

from __future__ import annotations

import os
import stat

import pytest

from carebot_desktop.config import paths
from carebot_desktop.config.secrets import MemorySecretStore
from carebot_desktop.data import AuthenticationError, Database
from carebot_desktop.data.cache import CacheStore, open_cache
from carebot_desktop.data.database import sqlite_url
from carebot_desktop.services import LockedOutError
from carebot_desktop.services import offline as off
from carebot_desktop.services.offline.keys import scrypt_key

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
PASSWORD = "할머니사랑해요!"
SERVER = "mysql+pymysql://desk@db.example/carebot"
EMAIL = "jieun.park@carebot.example"


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("CAREBOT_DATA_DIR", str(folder))
    return folder


@posix_only
def test_the_embedded_database_and_its_folder_are_the_owners_only(data_dir):
    old = os.umask(0o022)  # a usual desktop umask: files 0644, folders 0755
    try:
        db = Database(sqlite_url(paths.embedded_database_path()))
        db.create_schema()
        db.dispose()
    finally:
        os.umask(old)
    assert _mode(data_dir) == 0o700
    for name in os.listdir(data_dir):
        assert _mode(data_dir / name) == 0o600, name


@posix_only
def test_a_loose_folder_from_an_earlier_version_is_tightened(tmp_path):
    folder = tmp_path / "old"
    (folder / "cache").mkdir(parents=True)
    (folder / "cache" / "x.cache").write_bytes(b"x")
    os.chmod(folder, 0o755)
    os.chmod(folder / "cache", 0o755)
    os.chmod(folder / "cache" / "x.cache", 0o644)
    assert paths.tighten_tree(folder) == 3
    assert [_mode(p) for p in (folder, folder / "cache", folder / "cache" / "x.cache")] == [
        0o700,
        0o700,
        0o600,
    ]
    assert paths.tighten_tree(folder) == 0


def _keys_without_keyring():
    return off.CacheKeys(MemorySecretStore(available=False))


@posix_only
def test_a_password_keyed_copy_uses_owasp_scrypt_and_private_files(data_dir):
    keys = _keys_without_keyring()
    cache = off.open_user_cache(SERVER, EMAIL, keys, PASSWORD)
    cache.store.set_meta({"owner_id": "U1"})
    cache.close()
    salt = off.cache_path(off.cache_id(SERVER, EMAIL)).with_suffix(".salt")
    assert salt.read_bytes().startswith(off.SALT_HEADER)
    for name in os.listdir(data_dir / "cache"):
        assert _mode(data_dir / "cache" / name) == 0o600, name
    assert _mode(data_dir / "cache") == 0o700
    reopened = off.open_user_cache(SERVER, EMAIL, keys, PASSWORD, create=False)
    assert reopened.store.get_meta("owner_id") == "U1"
    reopened.close()


def test_an_older_copy_is_rekeyed_at_the_current_cost(data_dir):
    """A copy made by an earlier version (bare salt, N = 2^14) opens, keeps its data, and
    is re-keyed: afterwards the old key no longer opens it."""
    cid = off.cache_id(SERVER, EMAIL)
    path = off.cache_path(cid)
    salt = b"0123456789abcdef"
    paths.write_private(path.with_suffix(".salt"), salt)
    old_key = scrypt_key(PASSWORD, salt, off.LEGACY_SCRYPT_N)
    old = open_cache(path, old_key)
    CacheStore(old).set_meta({"owner_id": "U1", "verifier": "kept"})
    old.dispose()

    cache = off.open_user_cache(SERVER, EMAIL, _keys_without_keyring(), PASSWORD, create=False)
    assert cache.store.get_meta("owner_id") == "U1"
    cache.close()
    assert path.with_suffix(".salt").read_bytes().startswith(off.SALT_HEADER)
    assert not path.with_suffix(".salt-new").exists()
    from carebot_desktop.data.cache import CacheUnavailableError

    with pytest.raises(CacheUnavailableError):
        open_cache(path, old_key, create=False)
    again = off.open_user_cache(SERVER, EMAIL, _keys_without_keyring(), PASSWORD, create=False)
    assert again.store.get_meta("verifier") == "kept"
    again.close()


def test_offline_sign_in_is_throttled(data_dir):
    keys = _keys_without_keyring()
    cache = off.open_user_cache(SERVER, EMAIL, keys, PASSWORD)
    user_id = cache.db.accounts.create_account(
        {"email": EMAIL, "password": "x" * 60, "role": "sub", "user_name": "박지은"}
    )
    off.remember_verifier(cache, user_id, EMAIL, PASSWORD, cost=4)
    cache.close()
    for _ in range(4):
        with pytest.raises(AuthenticationError) as refused:
            off.offline_sign_in(SERVER, EMAIL, "wrong password 1", keys)
        assert not isinstance(refused.value, LockedOutError)
    with pytest.raises(LockedOutError):
        off.offline_sign_in(SERVER, EMAIL, "wrong password 1", keys)
    with pytest.raises(LockedOutError):  # even the right password waits
        off.offline_sign_in(SERVER, EMAIL, PASSWORD, keys)
    attempts = off.cache_path(off.cache_id(SERVER, EMAIL)).with_suffix(".attempts")
    attempts.unlink()  # fifteen minutes later, as far as the counter knows
    cache, _token, owner = off.offline_sign_in(SERVER, EMAIL, PASSWORD, keys)
    assert owner == user_id
    cache.close()


@posix_only
def test_tightening_keeps_the_owners_bits_and_leaves_other_folders_alone(tmp_path):
    folder = tmp_path / "CarebotDesktop"
    folder.mkdir()
    tool = folder / "helper.sh"
    tool.write_text("#!/bin/sh\n")
    os.chmod(tool, 0o755)
    paths.tighten_tree(folder)
    assert _mode(tool) == 0o700  # still runnable by its owner
    assert paths.is_own_folder(folder)
    assert not paths.is_own_folder(tmp_path)  # a folder like one's home is never tightened


@posix_only
def test_an_export_leaves_the_chosen_folder_as_it_was(tmp_path):
    """Issue 16, probe 12: a file the person saves into a folder of theirs is owner-only;
    the folder keeps its mode (the application's own folders are still tightened)."""
    documents = tmp_path / "Documents"
    documents.mkdir()
    os.chmod(documents, 0o755)
    target = documents / "report.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    paths.write_export(target, b"%PDF-1.4")
    assert target.read_bytes() == b"%PDF-1.4" and _mode(target) == 0o600
    assert _mode(documents) == 0o755
    assert os.listdir(documents) == ["report.pdf"]
    own = tmp_path / "CarebotDesktop"
    own.mkdir()
    os.chmod(own, 0o755)
    paths.write_private(own / "salt", b"x")
    assert _mode(own) == 0o700


@posix_only
def test_a_folder_given_by_a_variable_keeps_its_mode(tmp_path, monkeypatch):
    """CAREBOT_DATA_DIR (or the log, cache, config folder) naming a shared folder such as
    /tmp or one's home: the application makes its files owner-only there, but the folder
    keeps its mode (chmod 700 of /tmp locked the database server out of its temporary
    files). A folder the application makes itself is owner-only."""
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    monkeypatch.setenv("CAREBOT_DATA_DIR", str(shared))
    monkeypatch.setenv("CAREBOT_LOG_DIR", str(shared))
    assert paths.data_dir() == shared
    paths.log_dir()
    paths.write_private(shared / "key", b"x")
    paths.private_file(shared / "carebot.db")
    assert _mode(shared) == 0o1777
    assert _mode(shared / "key") == 0o600 and _mode(shared / "carebot.db") == 0o600
    made = tmp_path / "new" / "data"
    monkeypatch.setenv("CAREBOT_DATA_DIR", str(made))
    assert paths.data_dir() == made and _mode(made) == 0o700
