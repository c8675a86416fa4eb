"""The care desk's writes through a person's own MariaDB login (``Database.secured``):
``db.care`` reads through the login's views as on any URL, and hands each change of an
alert's state to the definer procedure that checks and writes it (``care_routines``), in
the caller's transaction. The procedure decides who acts and when (the login's account,
the server's clock): what the desktop passes as ``by`` is not trusted there.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from carebot_desktop.data.care_log import Row
from carebot_desktop.data.models import AlertCare


def claim(session: Session, index: int) -> AlertCare | None:
    """``Care._claim`` through a login: the row of whoever holds the alert (read after the
    alert's lock, so as it stands), or None when the database took it for the caller."""
    query = select(AlertCare).where(AlertCare.notification_index == index)
    found = session.scalars(query.execution_options(populate_existing=True)).first()
    if found is not None:
        return found
    # (if another desk took it meanwhile, the procedure refuses with who has it)
    session.execute(text("CALL desk_care_take(:i, FALSE)"), {"i": index})
    return None


def take_over(session: Session, index: int) -> None:
    """The caller takes over someone else's alert (recorded with whom from)."""
    session.execute(text("CALL desk_care_take(:i, TRUE)"), {"i": index})
    session.expire_all()


def resolve(session: Session, index: int, outcome: str, note: str) -> None:
    session.execute(
        text("CALL desk_care_resolve(:i, :o, :n)"), {"i": index, "o": outcome, "n": note}
    )
    session.expire_all()


def release(session: Session, holder: str, index: int | None, reason: str | None) -> int:
    """Give back the holder's alerts the login may give back (its own; another's whose
    holder has been away longer than the care centre's setting); how many."""
    found = session.execute(
        text("CALL desk_care_release(:h, :i, :r)"),
        {"h": holder, "i": index, "r": (reason or "")[:40] or None},
    ).scalar()
    return int(found or 0)


def expire_holds(session: Session) -> list[Row]:
    """Give back, in one call, the holds in the login's families of people away longer
    than the care centre's setting (by the server's clock):
    ``[{"index", "family_id", "holder"}]``."""
    found = session.execute(text("CALL desk_care_release(NULL, NULL, 'away')")).one()
    rows: list[Row] = []
    for item in filter(None, str(found[1] or "").split(",")):
        index, family_id, holder = item.split(":")
        rows.append({"index": int(index), "family_id": family_id, "holder": holder})
    return rows


def escalate(session: Session, now: datetime | None) -> list[Row]:
    """Raise what is due among the login's families at the server's time (``now``, if
    given, must be within a minute of it): ``[{"index", "family_id", "level", "at"}]``."""
    found = session.execute(text("CALL desk_escalate(:n)"), {"n": now}).one()
    raised, at = str(found[0] or ""), found[1]
    rows: list[Row] = []
    for item in filter(None, raised.split(",")):
        index, level, family_id = item.split(":")
        rows.append({"index": int(index), "family_id": family_id, "level": int(level), "at": at})
    return rows
