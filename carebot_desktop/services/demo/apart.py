"""``fill_demo_apart``: the demo data written by a short-lived child process.

Writing a month of history for four families leaves some 25-30 MiB in the writing
process after the rows are gone (SQLAlchemy's statement caches, the Python and C heaps'
fragments: issue 20, the window's memory). Written by a child that exits, none of it
stays in the window's process. ``python -m carebot_desktop.services.demo FILE`` is the
child.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from carebot_desktop.data import Database
from carebot_desktop.services.demo.fill import DEMO_DAYS, fill_demo

TIMEOUT_S = 600.0  # a month of history takes 5-10 s; a loaded PC far longer


class DemoFillError(RuntimeError):
    """The child that writes the demo data failed (its last lines of error output)."""


def fill_demo_apart(db: Database, *, now: datetime | None = None, days: int = DEMO_DAYS) -> None:
    """Fill the demo file ``db`` (an empty schema) in a child process, as
    ``fill_demo(db, now=now, days=days)`` would, with the demo password; in a frozen build
    (no interpreter to start) in this process."""
    path = db.url.database
    if not db.is_sqlite or not path or path == ":memory:":
        raise ValueError(f"demo data goes only to a database file, not to {db!r}")
    if getattr(sys, "frozen", False):
        fill_demo(db, now=now, days=days)
        return
    root = str(Path(__file__).resolve().parents[3])  # the folder holding carebot_desktop
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    command = [sys.executable, "-m", "carebot_desktop.services.demo", path, "--days", str(days)]
    if now is not None:
        command += ["--now", now.isoformat()]
    result = subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    if result.returncode != 0:
        raise DemoFillError(
            f"the demo data could not be written (exit {result.returncode}): "
            + result.stderr.strip()[-2000:]
        )
