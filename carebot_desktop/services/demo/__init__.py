"""The demo database: four families with a month of realistic, deterministic history.

``fill_demo(db)`` writes through the connector (so every row passes the same validation as
real data), with a seeded random generator: the same ``seed`` and ``now`` always give the
same contents (ids aside, which are random by design). Times are anchored at ``now`` so the
demo looks live: readings up to the last few minutes, an unread backlog, a robot that went
silent a few hours ago.

``cast`` holds the people and their texts, ``history`` makes the readings, ``fill`` writes
everything; ``fill_demo_apart`` has a child process write it (the window's process keeps
none of the writing's memory).
"""

from carebot_desktop.services.demo.apart import DemoFillError, fill_demo_apart
from carebot_desktop.services.demo.cast import (
    CAREGIVER,
    FAMILIES,
    IMAGE_HOST,
    DemoFamily,
    DemoPerson,
)
from carebot_desktop.services.demo.fill import DEMO_DAYS, DEMO_PASSWORD, fill_demo

__all__ = [
    "CAREGIVER",
    "DEMO_DAYS",
    "DEMO_PASSWORD",
    "FAMILIES",
    "IMAGE_HOST",
    "DemoFamily",
    "DemoFillError",
    "DemoPerson",
    "fill_demo",
    "fill_demo_apart",
]
