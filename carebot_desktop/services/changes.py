"""What changed on the desk, as one typed value (after Anki's ``OpChanges``).

Every operation of the screens that writes returns a :class:`DeskChanges`, and so does the
poller's change check (:meth:`DeskWatch.check`), so a change this PC made and one another
desk made look alike to a screen. The window broadcasts each one; every screen decides from
its fields whether it must reload (or, while hidden, that it is stale).

A change this PC made carries ``own`` and, where it is known, ``seen``: the desk's cheap
signature read right after the change. The change check takes that as its new starting
point for what the change touched, so the next poll does not read the same change back as
if another desk had made it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from carebot_desktop.data.errors import CarebotError

# The parts of the desk's signature (``DeskApi.signature``) each field stands for.
SIGNATURE_PARTS = {
    "alerts": "notifications",
    "messages": "messages",
    "status": "status",
    "requests": "requests",
    "care": "care",
}


@dataclass(frozen=True)
class DeskChanges:
    """Fields:

    - ``acknowledged``: alert indexes now read (the screens mark them without reloading);
    - ``alerts``: alerts came in or changed in a way only a reload shows (not those the
      poll's feed delivered: their families are read again on their own);
    - ``states``: another desk took, took over or resolved an alert, or a level was
      raised: the open alerts' states changed (the screens read the states alone);
    - ``messages``: a message was sent, came in or was read;
    - ``families``: ids of families whose details, settings or members changed;
    - ``memberships``: which families the person belongs to may have changed;
    - ``join_requests``: someone asked to join a family the person manages;
    - ``status``: new readings arrived;
    - ``care``: alert indexes taken, taken over or resolved here (every desk shows who);
    - ``escalated``: alert indexes whose escalation level changed (any desk raised it);
    - ``requests_waiting``: how many requests to join wait for this person's decision,
      when the change check read a new number (None: not read; see
      :meth:`waiting_requests`, which also reads an own change's ``seen``);
    - ``own``: this PC made the change; ``seen``: the signature right after it.
    """

    acknowledged: frozenset[int] = frozenset()
    alerts: bool = False
    states: bool = False
    messages: bool = False
    families: frozenset[str] = frozenset()
    memberships: bool = False
    join_requests: bool = False
    status: bool = False
    care: frozenset[int] = frozenset()
    escalated: frozenset[int] = frozenset()
    requests_waiting: int | None = None
    own: bool = False
    seen: Mapping[str, Any] | None = field(default=None, compare=False, repr=False)

    def __bool__(self) -> bool:
        return bool(
            self.acknowledged
            or self.alerts
            or self.states
            or self.messages
            or self.families
            or self.memberships
            or self.join_requests
            or self.status
            or self.care
            or self.escalated
            or self.requests_waiting is not None
        )

    def __or__(self, other: DeskChanges) -> DeskChanges:
        return DeskChanges(
            acknowledged=self.acknowledged | other.acknowledged,
            alerts=self.alerts or other.alerts,
            states=self.states or other.states,
            messages=self.messages or other.messages,
            families=self.families | other.families,
            memberships=self.memberships or other.memberships,
            join_requests=self.join_requests or other.join_requests,
            status=self.status or other.status,
            care=self.care | other.care,
            escalated=self.escalated | other.escalated,
            requests_waiting=(
                other.requests_waiting
                if other.requests_waiting is not None
                else self.requests_waiting
            ),
            own=self.own and other.own,
            seen=other.seen if other.seen is not None else self.seen,
        )

    def touches_family(self, family_id: str | None) -> bool:
        """Whether a screen showing this family's details must reload."""
        return self.memberships or (family_id is not None and family_id in self.families)

    def waiting_requests(self) -> int | None:
        """How many requests to join wait for this person's decision, as this change
        knows it: the change check's number, or the signature read right after this
        PC's own change; None when it does not say."""
        if self.requests_waiting is not None:
            return self.requests_waiting
        requests = self.seen.get(SIGNATURE_PARTS["requests"]) if self.seen else None
        return int(requests[1]) if requests else None

    def signature_parts(self) -> set[str]:
        """The parts of the desk's signature this change can move."""
        parts = set()
        if self.acknowledged or self.alerts:
            parts.add(SIGNATURE_PARTS["alerts"])
        if self.messages:
            parts.add(SIGNATURE_PARTS["messages"])
        if self.care:
            parts.add(SIGNATURE_PARTS["care"])
        if self.memberships or self.join_requests:
            parts.add(SIGNATURE_PARTS["requests"])
        return parts


def acknowledged(indexes: Iterable[int]) -> DeskChanges:
    return DeskChanges(acknowledged=frozenset(int(i) for i in indexes), own=True)


def made_here(api: object, changes: DeskChanges) -> DeskChanges:
    """``changes`` as this PC's own, with the desk's signature read just after (one cheap
    statement; none where the API has no live desk, as the offline copy)."""
    seen = None
    desk = getattr(api, "desk", None)
    if desk is not None and callable(getattr(desk, "signature", None)):
        try:
            seen = dict(desk.signature())
        except CarebotError:  # the change is made; the next poll then reads it back
            seen = None
    return replace(changes, own=True, seen=seen)
