"""The child that writes the demo data (:func:`fill_demo_apart`):
``python -m carebot_desktop.services.demo FILE [--days N] [--now ISO]``, FILE an empty schema."""

from __future__ import annotations

import argparse
from datetime import datetime

from carebot_desktop.data import Database
from carebot_desktop.data.database import sqlite_url
from carebot_desktop.services.demo.fill import DEMO_DAYS, fill_demo


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("file")
    parser.add_argument("--days", type=int, default=DEMO_DAYS)
    parser.add_argument("--now", type=datetime.fromisoformat, default=None)
    options = parser.parse_args()
    db = Database(sqlite_url(options.file))
    try:
        fill_demo(db, now=options.now, days=options.days)
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
