"""What a person's MariaDB login reaches, declared as data: the read and write views of the
views schema (``<base>_desk``) that ``provisioning.secure_database`` makes, their rules and
grants, and the write views as Core tables for the data areas. Nothing here imports
``Database``: the areas use this module at run time.

- **Read views** carry the base tables' names and columns, so the desktop's ORM maps them
  unchanged. Each is ``SQL SECURITY DEFINER`` and filtered by the connected login
  (``SESSION_USER()``; inside a definer view ``CURRENT_USER()`` is the definer): a family's
  rows only to its main user and members, one's own sessions and messages, and the account
  rows of the people one shares a family with, with every password hash but one's own
  hidden. Nothing else is granted on them but reading.
- **Write views** (``desk_w_*``) hold exactly the rows a person may change, ``WITH CHECK
  OPTION`` so that a write cannot move a row out of them, and only the writable columns
  are granted: one's own account (never its role), the families one is the main user of
  (their settings, members, join requests), one's own membership and requests, messages
  from oneself to a linked person, the read mark of messages to oneself and of one's
  families' notifications.

A rule is a template: ``{b}`` is the base schema, ``{v}`` the views schema and ``{me}`` the
connected login's account id (filled in by ``provisioning``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import MetaData, Table

from carebot_desktop.data import models

LOGIN_PREFIX = "cb_"
TEXT_MAX = 2_000  # a care note or handover (data.care_log.TEXT_MAX; checked equal in tests)
# The limits the login's routines enforce (services.access enforces the same on any URL).
FIND_FAMILY_LIMIT = 10  # searches per account per hour: enough to fix a typo, not to guess
EMAIL_CHANGE_LIMIT = 5  # e-mail changes an account may try in an hour

# Read views: table -> the condition on its alias ``t`` (None: every row).
MY_FAMILIES = "SELECT family_id FROM {v}.desk_my_families"
_MAINFAM = "SELECT f.id FROM {b}.families f WHERE f.main_user IN ({me})"
# A family's rows: one index lookup in memberrelations or families per family met (cached
# by MariaDB's subquery cache). Written as correlated EXISTS in an OR so that MariaDB cannot
# turn the filter into a semi-join, which would put the filter's tables first and lose the
# index order of "newest first" reads (a filesort of a family's millions of readings).
_FAMILY_ROWS = (
    "(EXISTS (SELECT 1 FROM {b}.memberrelations m WHERE m.family_id = t.family_id AND "
    "m.user_id IN ({me})) OR EXISTS (SELECT 1 FROM {b}.families f WHERE f.id = t.family_id "
    "AND f.main_user IN ({me})))"
)
# A family one asked to join shows only its id and name until the request is approved.
_PENDING_FAMILIES = (
    "SELECT r.family_id FROM {b}.desktop_join_requests r WHERE r.user_id IN ({me}) "
    "AND r.status = 'pending'"
)
FAMILY_PUBLIC_COLUMNS = ("id", "family_name")
# The people of one's families: their main users and members.
_PEOPLE = (
    "SELECT f.main_user FROM {b}.families f WHERE f.id IN (" + MY_FAMILIES + ") UNION "
    "SELECT m.user_id FROM {b}.memberrelations m WHERE m.family_id IN (" + MY_FAMILIES + ")"
)
_HANDOVER_AUTHORS = "t.author_id IN ({me}) OR t.author_id IN (" + _PEOPLE + ")"
_HANDOVERS = "SELECT t.id FROM {b}.desktop_handovers t WHERE " + _HANDOVER_AUTHORS
READ_RULES: dict[str, str | None] = {
    "families": "t.id IN (" + MY_FAMILIES + ") OR t.id IN (" + _PENDING_FAMILIES + ")",
    # one's own memberships first: the sign-in's check reads only those, and an OR stops
    # at its first true part
    "memberrelations": "t.user_id IN ({me}) OR " + _FAMILY_ROWS,
    "settings": _FAMILY_ROWS,
    "homestatus": _FAMILY_ROWS,
    "healthstatus": _FAMILY_ROWS,
    "activestatus": _FAMILY_ROWS,
    "mentalstatus": _FAMILY_ROWS,
    "mentalreports": _FAMILY_ROWS,
    "notifications": _FAMILY_ROWS,
    "backgrounds": _FAMILY_ROWS,
    "desktop_status_rollup": _FAMILY_ROWS,
    "desktop_acknowledgements": _FAMILY_ROWS,
    "desktop_contacts": _FAMILY_ROWS,
    "desktop_exports": "t.actor_id IN ({me})",
    "messages": "t.from_id IN ({me}) OR t.to_id IN ({me})",
    "loginsessions": "t.user_id IN ({me})",
    "desktop_join_requests": "t.user_id IN ({me}) OR t.family_id IN (" + _MAINFAM + ")",
    "desktop_auditlog": "t.actor_id IN ({me})",
    # the care desk (issue 18): a family's alert states, their history and escalations,
    # and its care log, to whoever reads the family
    "desktop_alert_care": _FAMILY_ROWS,
    "desktop_alert_events": _FAMILY_ROWS,
    "desktop_escalations": _FAMILY_ROWS,
    "desktop_care_notes": _FAMILY_ROWS,
    # handovers: one's own and those of the people one shares a family with
    "desktop_handovers": _HANDOVER_AUTHORS,
    # who confirmed reading them (and one's own confirmations)
    "desktop_handover_reads": "t.user_id IN ({me}) OR t.handover_id IN (" + _HANDOVERS + ")",
    # the watcher's episodes, what it learned of the elder and the family's sleep window
    # (issue 19), to whoever reads the family; what it saw arrive stays the watcher's
    "desktop_watch_episodes": _FAMILY_ROWS,
    "desktop_watch_baselines": _FAMILY_ROWS,
    "desktop_watch_settings": _FAMILY_ROWS,
    # the escalation delays: everyone reads them, only the administrator sets them
    "desktop_care_settings": None,
    "desktop_rollup_marks": None,
    "masterregions": None,
    "subregions": None,
    "news": None,
    "locationmaps": None,
}
# accounts is written out (its password column is masked).
ACCOUNTS_RULE = (
    "t.id IN ({me})"
    " OR t.id IN (SELECT f.main_user FROM {b}.families f WHERE f.id IN (" + MY_FAMILIES + "))"
    " OR t.id IN (SELECT m.user_id FROM {b}.memberrelations m WHERE m.family_id IN ("
    + MY_FAMILIES
    + "))"
    " OR t.id IN (SELECT r.user_id FROM {b}.desktop_join_requests r"
    " WHERE r.status = 'pending' AND r.family_id IN (" + _MAINFAM + "))"
)
# Extra privileges on read views.
READ_GRANTS = {
    "loginsessions": "SELECT, INSERT, UPDATE, DELETE",
    "notifications": "SELECT, UPDATE (`is_read`)",
}
# Views of earlier versions that logins must no longer reach (dropped by secure_database).
RETIRED_VIEWS = ("desktop_loginattempts", "desk_w_request_own", "desk_w_request_decide")
# A time a login writes is the server's own (a minute's leeway for a long statement).
_SERVER_TIME = (
    "t.{col} BETWEEN UTC_TIMESTAMP() - INTERVAL 60 SECOND AND UTC_TIMESTAMP() + INTERVAL 60 SECOND"
)


def _now(column: str) -> str:
    return _SERVER_TIME.replace("{col}", column)


def _authored(author: str, name: str, text_: str) -> str:
    """A note in one's own name as it is now, at the server's time, of 1..2,000
    characters (as ``care_log.check_note`` allows)."""
    return (
        f"t.{author} IN ({{me}}) AND t.{name} <=> (SELECT a.user_name FROM {{b}}.accounts a "
        f"WHERE a.id = t.{author}) AND CHAR_LENGTH(TRIM(t.{text_})) BETWEEN 1 AND {TEXT_MAX}"
    )


@dataclass(frozen=True)
class WriteView:
    name: str
    table: str
    rule: str
    grant: str


# The people one shares a family with: its main user and its members (members too write
# to each other: a caregiver and the elder's daughter).
_LINKED = (
    "SELECT m.user_id FROM {b}.memberrelations m WHERE m.family_id IN (" + MY_FAMILIES + ")"
    " UNION SELECT f.main_user FROM {b}.families f WHERE f.id IN (" + MY_FAMILIES + ")"
)
WRITE_VIEWS = (
    # the e-mail changes through desk_change_email, the account goes by desk_delete_account
    WriteView(
        "desk_w_account",
        "accounts",
        "t.id IN ({me})",
        "SELECT, UPDATE (`password`, `user_name`, `birth_date`, `gender`, `address`)",
    ),
    # a family is made by desk_create_family
    WriteView(
        "desk_w_family",
        "families",
        "t.main_user IN ({me})",
        "SELECT, UPDATE (`family_name`), DELETE",
    ),
    WriteView(
        "desk_w_settings",
        "settings",
        "t.family_id IN (" + _MAINFAM + ")",
        "SELECT, INSERT, UPDATE (`is_alarm_enabled`, `is_camera_enabled`, "
        "`is_microphone_enabled`, `is_driving_enabled`), DELETE",
    ),
    # a member joins only by a request the main user approves (desk_decide_request)
    WriteView(
        "desk_w_member_added",
        "memberrelations",
        "t.family_id IN (" + _MAINFAM + ")",
        "SELECT, UPDATE (`nickname`), DELETE",
    ),
    WriteView(
        "desk_w_member_own",
        "memberrelations",
        "t.user_id IN ({me})",
        "SELECT, UPDATE (`nickname`), DELETE",
    ),
    # from oneself, to a person one shares a family with as the access rules say, now
    WriteView(
        "desk_w_message_out",
        "messages",
        "t.from_id IN ({me}) AND t.to_id IN (" + _LINKED + ") AND " + _now("created_at"),
        "INSERT",
    ),
    WriteView("desk_w_message_in", "messages", "t.to_id IN ({me})", "SELECT, UPDATE (`is_read`)"),
    # the emergency contacts of one's families: a new one in one's own name, now; any of
    # them changed or removed (a view's rule holds before a write as after, so one that
    # checked the last writer would lock out everyone else's contacts)
    WriteView(
        "desk_w_contact_new",
        "desktop_contacts",
        "t.family_id IN (" + MY_FAMILIES + ") AND t.updated_by IN ({me}) AND " + _now("updated_at"),
        "INSERT",
    ),
    WriteView(
        "desk_w_contact",
        "desktop_contacts",
        "t.family_id IN (" + MY_FAMILIES + ")",
        "SELECT, UPDATE (`name`, `relation`, `phone`, `position`, `updated_by`, `updated_at`), "
        "DELETE",
    ),
    # one's own export of one's families' data
    WriteView(
        "desk_w_export",
        "desktop_exports",
        "t.actor_id IN ({me}) AND " + _FAMILY_ROWS + " AND " + _now("occurred_at"),
        "INSERT",
    ),
    # one's own acknowledgement, under one's own name, now, of an alert of that family
    WriteView(
        "desk_w_ack",
        "desktop_acknowledgements",
        "t.user_id IN ({me}) AND " + _FAMILY_ROWS + " AND EXISTS (SELECT 1 FROM "
        "{b}.notifications n WHERE n.`index` = t.notification_index AND n.family_id = "
        "t.family_id) AND t.user_name <=> (SELECT a.user_name FROM {b}.accounts a WHERE "
        "a.id = t.user_id) AND " + _now("acknowledged_at"),
        "INSERT",
    ),
    # one's own audit entries, at the server's time
    WriteView(
        "desk_w_audit",
        "desktop_auditlog",
        "t.actor_id IN ({me}) AND " + _now("occurred_at"),
        "INSERT",
    ),
    # a line in the care log of one of one's families; a handover note (care_routines
    # writes the alerts' states: a view cannot say how a state may change)
    WriteView(
        "desk_w_care_note",
        "desktop_care_notes",
        " AND ".join((_authored("author_id", "author_name", "text"), _FAMILY_ROWS, _now("at"))),
        "INSERT",
    ),
    WriteView(
        "desk_w_handover",
        "desktop_handovers",
        _authored("author_id", "author_name", "text") + " AND " + _now("at"),
        "INSERT",
    ),
    # one's own confirmation of reading a handover one may read, now
    WriteView(
        "desk_w_handover_read",
        "desktop_handover_reads",
        "t.user_id IN ({me}) AND t.user_name <=> (SELECT a.user_name FROM {b}.accounts a "
        "WHERE a.id = t.user_id) AND t.handover_id IN (" + _HANDOVERS + ") AND " + _now("read_at"),
        "INSERT",
    ),
    # the sleep window of a family one is the main user of, in one's own name, now
    WriteView(
        "desk_w_watch_setting_new",
        "desktop_watch_settings",
        "t.family_id IN (" + _MAINFAM + ") AND t.updated_by IN ({me}) AND " + _now("updated_at"),
        "INSERT",
    ),
    WriteView(
        "desk_w_watch_setting",
        "desktop_watch_settings",
        "t.family_id IN (" + _MAINFAM + ")",
        "SELECT, UPDATE (`sleep_start`, `sleep_end`, `updated_by`, `updated_at`)",
    ),
    WriteView(
        "desk_w_background",
        "backgrounds",
        "(t.uploader_id IN ({me}) AND t.family_id IN ("
        + MY_FAMILIES
        + ")) OR t.family_id IN ("
        + _MAINFAM
        + ")",
        "SELECT, INSERT, DELETE",
    ),
)


def views_schema_name(base: str) -> str:
    return f"{base}_desk"


def login_name(account_id: str, prefix: str = LOGIN_PREFIX) -> str:
    return prefix + account_id


# --- the write views, as tables for Core statements ------------------------------------

_write_tables: dict[str, Table] = {}
_WRITE_METADATA = MetaData()


def write_table(name: str) -> Table:
    """The write view ``name`` as a Core table (the base table's columns)."""
    if name not in _write_tables:
        view = next(w for w in WRITE_VIEWS if w.name == name)
        base = models.Base.metadata.tables[view.table]
        _write_tables[name] = base.to_metadata(_WRITE_METADATA, name=name)
    return _write_tables[name]
