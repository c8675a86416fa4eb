"""Where Carebot Desktop keeps its files: one module, overridable by environment variables.

``CAREBOT_DATA_DIR``, ``CAREBOT_CACHE_DIR`` and ``CAREBOT_LOG_DIR`` replace the platform
defaults (tests point them at a temporary folder).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from carebot_desktop import APP_NAME, ORG_NAME

PACKAGE_DIR = Path(__file__).resolve().parent.parent
RESOURCES_DIR = Path(os.environ.get("CAREBOT_RESOURCES_DIR", PACKAGE_DIR.parent / "resources"))


def _dir(env: str, default: str) -> Path:
    path = Path(os.environ.get(env) or default)
    path.mkdir(parents=True, exist_ok=True)
    return path


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
