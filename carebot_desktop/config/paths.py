"""Where Carebot Desktop keeps its files: one module, overridable by environment variables.

``CAREBOT_DATA_DIR``, ``CAREBOT_CACHE_DIR`` and ``CAREBOT_LOG_DIR`` replace the platform
defaults (tests point them at a temporary folder).
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

import platformdirs

from carebot_desktop import APP_NAME, ORG_NAME

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _resources_dir() -> Path:
    """Package data in an installed wheel or a bundle (``carebot_desktop/resources``);
    the repository's ``resources/`` in a source checkout (an editable install)."""
    if os.environ.get("CAREBOT_RESOURCES_DIR"):
        return Path(os.environ["CAREBOT_RESOURCES_DIR"])
    packaged = PACKAGE_DIR / "resources"
    return packaged if packaged.is_dir() else PACKAGE_DIR.parent / "resources"


RESOURCES_DIR = _resources_dir()


PRIVATE_DIR = 0o700  # the person's own health data: nobody else on the PC reads it
PRIVATE_FILE = 0o600


def _dir(env: str, default: str) -> Path:
    return private_dir(Path(os.environ.get(env) or default))


def private_dir(path: Path) -> Path:
    """``path`` made if missing, readable by its owner only (POSIX; Windows keeps the
    user profile's own access rules). An existing folder is tightened only if it is the
    application's own: a variable may name /tmp or one's home, whose mode is not ours to
    change (the files written there are owner-only all the same)."""
    existed = path.is_dir()
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if not existed or is_own_folder(path):
        _chmod(path, PRIVATE_DIR)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty, owner-only, unless it exists (then make it owner-only). A
    SQLite database made in it passes its mode on to its -wal and -shm files."""
    private_dir(path.parent)
    if os.name == "posix":
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
        os.close(descriptor)
    else:
        path.touch(exist_ok=True)
    _chmod(path, PRIVATE_FILE)
    return path


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to an owner-only file in a folder of the application's (made
    owner-only too), replacing it whole (write, then rename)."""
    private_dir(path.parent)
    _write_whole(path, data)


def write_export(path: Path, data: bytes) -> None:
    """Write ``data`` to an owner-only file in a folder the person chose (a PDF saved in
    ``~/Documents``), replacing it whole. The folder is theirs: its mode is left alone."""
    _write_whole(path, data)


def _write_whole(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()  # left by a write that was cut short
    # O_EXCL and O_NOFOLLOW: never through a link someone else put in a shared folder.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(partial, flags, PRIVATE_FILE)
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        _chmod(partial, PRIVATE_FILE)
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def tighten_tree(root: Path) -> int:
    """Take group and other access away from an existing folder and everything in it (left
    loose by an earlier version); the owner's own bits stay. How many were changed."""
    if os.name != "posix" or not root.is_dir():
        return 0
    changed = 0
    for folder, dirs, files in os.walk(root):
        for name in [folder] + [os.path.join(folder, f) for f in files]:
            with contextlib.suppress(OSError, NotImplementedError):
                mode = os.stat(name, follow_symlinks=False).st_mode
                if mode & 0o077:
                    os.chmod(name, stat.S_IMODE(mode) & 0o700, follow_symlinks=False)
                    changed += 1
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(folder, d))]
    return changed


def is_own_folder(path: Path) -> bool:
    """True for a folder that is the application's own (its name says Carebot): only such
    folders are tightened at start, never a folder like one's home given by a variable."""
    return "carebot" in path.name.lower()


def _chmod(path: Path, mode: int) -> None:
    if os.name == "posix":
        # Not ours (a shared folder given by the environment): leave it as it is.
        with contextlib.suppress(OSError):
            os.chmod(path, mode)


def data_dir() -> Path:
    return _dir("CAREBOT_DATA_DIR", platformdirs.user_data_dir(APP_NAME, ORG_NAME))


def cache_dir() -> Path:
    return _dir("CAREBOT_CACHE_DIR", platformdirs.user_cache_dir(APP_NAME, ORG_NAME))


def log_dir() -> Path:
    return _dir("CAREBOT_LOG_DIR", platformdirs.user_log_dir(APP_NAME, ORG_NAME))


def embedded_database_path() -> Path:
    return data_dir() / "carebot.sqlite3"


def demo_database_path() -> Path:
    return data_dir() / "carebot-demo.sqlite3"


def resource(*parts: str) -> Path:
    return RESOURCES_DIR.joinpath(*parts)


def log_file() -> Path:
    """The rotating log kept for support (see ``carebot_desktop.crash``)."""
    return log_dir() / "carebot-desktop.log"


def crash_file() -> Path:
    """Where ``faulthandler`` writes the stacks of a hard crash."""
    return log_dir() / "crash.log"
