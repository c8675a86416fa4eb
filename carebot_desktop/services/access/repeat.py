"""Which permission-checked functions run again after a server failed under them, and how a
write whose commit was lost with the connection is checked (``Database.run``,
``data.failover``; ``docs/scaling.md``, "When a server fails").

Every public function of an area is one action; the outermost one is run through
``Database.run``. A failure that left nothing written (a connection lost before the
commit, Galera's certification failure, a node not ready) runs any of them again. After a
connection lost while the COMMIT was in flight:

- a read runs again (its book-keeping, the session's sliding expiry, sets a value);
- a write in :data:`IDEMPOTENT_WRITES` runs again: run twice it leaves what it leaves run
  once (it sets values, or finds its own effect: taking an alert one holds, marking read
  what is read, an escalation level raised once by its key);
- a write in :data:`CHECKS` is checked: the check reads whether its change is there and
  returns what the write would have; only if it is not there does the write run again;
- any other write raises ``CommitUnknownError`` (a ``DatabaseUnavailableError``): the
  person is told that the change may or may not have been saved, and nothing is applied
  twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from carebot_desktop.data.care_log import check_note
from carebot_desktop.data.errors import NotFoundError
from carebot_desktop.data.failover import Checked
from carebot_desktop.data.messages import MESSAGE_SPEC
from carebot_desktop.data.validation import clean, utcnow
from carebot_desktop.services.access.rules import (
    background_row,
    contact_row,
    member_row,
    message_row,
    notification_row,
)

if TYPE_CHECKING:
    from carebot_desktop.services.access.rules import Call, Rule

# Reads by their rule that write: a sign-out ends the session it names (run again, it
# would not find it).
_WRITING_READS = frozenset({"delete_session"})

IDEMPOTENT_WRITES = frozenset(
    {
        # set values (the same values, set again)
        "update_one_account",
        "update_one_family",
        "update_one_member",
        "update_settings",
        "update_contact",
        "set_sleep_window",
        "change_password",
        # mark read: read stays read, the first acknowledgement is kept
        "check_read_message",
        "check_read_notification",
        # the alert workflow: a second run finds the first's effect
        "take",  # one's own hold: its state, no second event
        "release",  # nothing left to give back (it returns 0 then)
        "expire_holds",  # nothing left to give back
        "escalate",  # each level once, by its key, however many run it
        "watch_check",  # each episode once, by its key
        "confirm_handover",  # the first reading is kept (it returns False then)
        "fold_rollups",  # moves the mark from the value it read: a second run folds nothing
    }
)

Checker = Callable[["Call"], Callable[[], Checked]]


def _resolved(call: Call) -> Callable[[], Checked]:
    """The alert is resolved by the caller, with this outcome: the resolve went through."""

    def check() -> Checked:
        state = call.db.care.state(call.number("index"))
        done = (
            state.get("state") == "resolved"
            and state.get("resolved_by") == call.actor.user_id
            and state.get("outcome") == call["outcome"]
        )
        return done, state

    return check


# A message whose commit was lost is looked for this far around the first try (the
# server's clock stamps it through a person's own login, and may differ from this PC's).
MESSAGE_WINDOW = timedelta(minutes=2)


def _message_sent(call: Call) -> Callable[[], Checked]:
    """The exact message (sender, receiver, text, image), written since the first try."""
    data = call["message_data"]
    values = clean(data if isinstance(data, dict) else {}, MESSAGE_SPEC)
    started = values.get("created_at") or utcnow()

    def check() -> Checked:
        exact = "created_at" in values and not call.db.secured
        found = call.db.messages.find_sent(
            str(values["from_id"]),
            str(values["to_id"]),
            values.get("content"),
            values.get("image_url"),
            started if exact else started - MESSAGE_WINDOW,
            started if exact else utcnow() + MESSAGE_WINDOW,
        )
        return found is not None, found

    return check


def _noted(call: Call) -> Callable[[], Checked]:
    """The caller's care note with this text, written since the first try."""
    text = check_note("text", call["text"], required=True)
    started = utcnow()

    def check() -> Checked:
        for entry in call.db.care.notes(
            call.text("family_id"), started - MESSAGE_WINDOW, utcnow() + MESSAGE_WINDOW
        ):
            if (
                entry["kind"] == "note"
                and entry["by"] == call.actor.user_id
                and entry["text"] == text
            ):
                return True, entry["id"]
        return False, None

    return check


def _handed_over(call: Call) -> Callable[[], Checked]:
    """The caller's handover with this text, written since the first try."""
    text = check_note("text", call["text"], required=True)
    started = utcnow()

    def check() -> Checked:
        mine = call.actor.user_id
        for entry in call.db.care.handovers([], started - MESSAGE_WINDOW, viewer=mine):
            if entry["by"] == mine and entry["text"] == text:
                return True, entry["id"]
        return False, None

    return check


def _contact_added(call: Call) -> Callable[[], Checked]:
    """The same contact, written by the caller to the family within two minutes."""

    def check() -> Checked:
        contact = call["contact"]
        found = call.db.contacts.find_added(
            call.text("family_id"),
            contact if isinstance(contact, dict) else {},
            call.actor.user_id,
            utcnow() - MESSAGE_WINDOW,
        )
        return found is not None, found

    return check


def _asked_to_join(call: Call) -> Callable[[], Checked]:
    """The caller's request to join this family is pending (one at most is)."""

    def check() -> Checked:
        pending = call.db.members.get_join_requests(
            family_id=call.text("family_id"), user_id=call.actor.user_id
        )
        return bool(pending), int(pending[0]["index"]) if pending else None

    return check


def _gone(lookup: Callable[[Call], object]) -> Checker:
    """A deletion went through when its row is no longer there."""

    def checker(call: Call) -> Callable[[], Checked]:
        def check() -> Checked:
            try:
                lookup(call)
            except NotFoundError:
                return True, True
            return False, None

        return check

    return checker


def _decided(status: str) -> Checker:
    """A join request's decision went through when the request has it (an approval
    returns the new member's id)."""

    def checker(call: Call) -> Callable[[], Checked]:
        def check() -> Checked:
            request = call.db.members.get_one_join_request(call.number("request_id"))
            if request.get("status") != status:
                return False, None
            if status != "approved":
                return True, True
            members = call.db.members.get_all_members(
                family_id=str(request["family_id"]), user_id=str(request["user_id"])
            )
            return bool(members), members[0]["id"] if members else None

        return check

    return checker


CHECKS: dict[str, Checker] = {
    "resolve": _resolved,
    "create_message": _message_sent,
    "add_note": _noted,
    "hand_over": _handed_over,
    "add_contact": _contact_added,
    "request_to_join": _asked_to_join,
    "delete_message": _gone(message_row),
    "delete_notification": _gone(notification_row),
    "delete_contact": _gone(contact_row),
    "delete_background": _gone(background_row),
    "delete_one_member": _gone(member_row),
    "approve_join_request": _decided("approved"),
    "deny_join_request": _decided("denied"),
    "withdraw_join_request": _decided("withdrawn"),
}


def plan(name: str, rule: Rule) -> tuple[bool, Checker | None]:
    """(may it run again after its commit was lost, and if not: its check, if any)."""
    if rule.action in ("view", "search") and name not in _WRITING_READS:
        return True, None
    if name in IDEMPOTENT_WRITES:
        return True, None
    return False, CHECKS.get(name)
