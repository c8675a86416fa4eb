"""Access the database itself enforces: one MariaDB login per person.

A home PC must not hold credentials that read every family. The care centre's
administrator runs ``secure_database`` once (``main.py admin secure-database``) and
``add_login`` per person (``main.py admin add-login``). A person's login reaches only a
separate schema of views (``<base>_desk``), never the base schema the robot, the AI server
and the web pages use (nothing of theirs changes):

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
- The audit log is insert-only. Logins get no DDL, no other schema, and no procedure but
  ``desk_find_family`` (throttled, audited, the family's id and name only) and the
  ``desk_identifier`` function (the keyed hash of a typed sign-in identifier, whose key the
  login cannot read).

Chart roll-ups are folded by desktops on the administrator's URL or by
``main.py admin fold-rollups``: a login's desktop reads them (exact either way) and does
not write them.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import MetaData, Table, delete, select, text
from sqlalchemy.engine import URL

from carebot_desktop.data import models
from carebot_desktop.data.database import Database
from carebot_desktop.data.errors import NotFoundError, ValidationError
from carebot_desktop.data.security import IDENTIFIER_KEY

log = logging.getLogger(__name__)

LOGIN_PREFIX = "cb_"
_NAME = re.compile(r"^[A-Za-z0-9_]{1,64}$")

# Read views: table -> the condition on its alias ``t`` (None: every row).
_MYFAM = "SELECT family_id FROM {v}.desk_my_families"
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
READ_RULES: dict[str, str | None] = {
    "families": (
        "t.id IN (" + _MYFAM + ") OR t.id IN (SELECT r.family_id FROM "
        "{b}.desktop_join_requests r WHERE r.user_id IN ({me}) AND r.status = 'pending')"
    ),
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
    "desktop_exports": "t.actor_id IN ({me})",
    "messages": "t.from_id IN ({me}) OR t.to_id IN ({me})",
    "loginsessions": "t.user_id IN ({me})",
    "desktop_join_requests": "t.user_id IN ({me}) OR t.family_id IN (" + _MAINFAM + ")",
    "desktop_auditlog": "t.actor_id IN ({me}) OR t.actor_id IS NULL",
    # failed sign-ins at one's own e-mail (keyed hashes; the key is out of reach)
    "desktop_loginattempts": (
        "t.email = {v}.desk_identifier((SELECT LOWER(TRIM(a.email)) FROM {b}.accounts a "
        "WHERE a.id IN ({me})))"
    ),
    "desktop_rollup_marks": None,
    "masterregions": None,
    "subregions": None,
    "news": None,
    "locationmaps": None,
}
# accounts is written out (its password column is masked).
_PEOPLE = (
    "t.id IN ({me})"
    " OR t.id IN (SELECT f.main_user FROM {b}.families f WHERE f.id IN (" + _MYFAM + "))"
    " OR t.id IN (SELECT m.user_id FROM {b}.memberrelations m WHERE m.family_id IN ("
    + _MYFAM
    + "))"
    " OR t.id IN (SELECT r.user_id FROM {b}.desktop_join_requests r"
    " WHERE r.status = 'pending' AND r.family_id IN (" + _MAINFAM + "))"
)
# Extra privileges on read views.
READ_GRANTS = {
    "loginsessions": "SELECT, INSERT, UPDATE, DELETE",
    "desktop_auditlog": "SELECT, INSERT",
    "desktop_loginattempts": "SELECT, INSERT, DELETE",
    "notifications": "SELECT, UPDATE (`is_read`)",
}


@dataclass(frozen=True)
class WriteView:
    name: str
    table: str
    rule: str
    grant: str


_LINKED = (
    "SELECT m.user_id FROM {b}.memberrelations m WHERE m.family_id IN (" + _MAINFAM + ")"
    " UNION SELECT f.main_user FROM {b}.families f JOIN {b}.memberrelations m"
    " ON m.family_id = f.id WHERE m.user_id IN ({me})"
)
WRITE_VIEWS = (
    WriteView(
        "desk_w_account",
        "accounts",
        "t.id IN ({me})",
        "SELECT, UPDATE (`email`, `password`, `user_name`, `birth_date`, `gender`, `address`), "
        "DELETE",
    ),
    WriteView(
        "desk_w_family",
        "families",
        "t.main_user IN ({me})",
        "SELECT, INSERT, UPDATE (`family_name`), DELETE",
    ),
    WriteView(
        "desk_w_settings",
        "settings",
        "t.family_id IN (" + _MAINFAM + ")",
        "SELECT, INSERT, UPDATE (`is_alarm_enabled`, `is_camera_enabled`, "
        "`is_microphone_enabled`, `is_driving_enabled`), DELETE",
    ),
    WriteView(
        "desk_w_member_added",
        "memberrelations",
        "t.family_id IN (" + _MAINFAM + ")",
        "SELECT, INSERT, UPDATE (`nickname`), DELETE",
    ),
    WriteView(
        "desk_w_member_own",
        "memberrelations",
        "t.user_id IN ({me})",
        "SELECT, UPDATE (`nickname`), DELETE",
    ),
    WriteView(
        "desk_w_request_own",
        "desktop_join_requests",
        "t.user_id IN ({me})",
        "SELECT, INSERT, UPDATE (`status`, `decided_at`, `decided_by`)",
    ),
    WriteView(
        "desk_w_request_decide",
        "desktop_join_requests",
        "t.family_id IN (" + _MAINFAM + ")",
        "SELECT, UPDATE (`status`, `decided_at`, `decided_by`)",
    ),
    WriteView(
        "desk_w_message_out",
        "messages",
        "t.from_id IN ({me}) AND t.to_id IN (" + _LINKED + ")",
        "SELECT, INSERT",
    ),
    WriteView("desk_w_message_in", "messages", "t.to_id IN ({me})", "SELECT, UPDATE (`is_read`)"),
    # one's own export of one's families' data
    WriteView(
        "desk_w_export",
        "desktop_exports",
        "t.actor_id IN ({me}) AND " + _FAMILY_ROWS,
        "SELECT, INSERT",
    ),
    # one's own acknowledgement of an alert of one's families
    WriteView(
        "desk_w_ack",
        "desktop_acknowledgements",
        "t.user_id IN ({me}) AND " + _FAMILY_ROWS,
        "SELECT, INSERT",
    ),
    WriteView(
        "desk_w_background",
        "backgrounds",
        "(t.uploader_id IN ({me}) AND t.family_id IN ("
        + _MYFAM
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


def _ident(name: str) -> str:
    if not _NAME.match(name):
        raise ValidationError(None, f"not a plain schema or table name: {name!r}")
    return f"`{name}`"


def _me(base: str) -> str:
    return (
        f"SELECT l.account_id FROM {base}.desktop_db_logins l WHERE l.login = "
        "CONVERT(SUBSTRING_INDEX(SESSION_USER(), '@', 1) USING utf8mb4) COLLATE utf8mb4_bin"
    )


def _fill(template: str, base: str, views: str) -> str:
    return template.format(b=base, v=views, me=_me(base))


def _columns(admin: Database, base: str, table: str) -> list[str]:
    with admin.transaction() as session:
        return list(
            session.scalars(
                text(
                    "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = :s "
                    "AND TABLE_NAME = :t ORDER BY ORDINAL_POSITION"
                ),
                {"s": base, "t": table},
            )
        )


def _hmac_pads(key: bytes) -> tuple[str, str]:
    """HMAC-SHA-256's inner and outer padded keys (the function body computes the rest)."""
    block = key.ljust(64, b"\0")
    inner = bytes(b ^ 0x36 for b in block).hex()
    outer = bytes(b ^ 0x5C for b in block).hex()
    return inner, outer


def secure_database(admin: Database, views_schema: str | None = None) -> str:
    """Create (or bring up to date) the per-person views schema; its name. Idempotent;
    needs an administrator's URL on the base schema."""
    if not admin.is_mysql:
        raise ValidationError(None, "database-enforced access needs MariaDB")
    base = admin.url.database
    if not base:
        raise ValidationError(None, "the administrator's URL must name the base schema")
    views = views_schema or views_schema_name(base)
    b, v = _ident(base), _ident(views)
    admin.create_schema()  # the desktop's own tables, the logins table among them
    key = bytes.fromhex(_identifier_key(admin))
    inner, outer = _hmac_pads(key)
    statements = [
        f"CREATE DATABASE IF NOT EXISTS {v} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin",
        f"CREATE OR REPLACE FUNCTION {v}.desk_identifier(p TEXT) RETURNS CHAR(64) "
        "CHARSET ascii DETERMINISTIC SQL SECURITY DEFINER RETURN "
        f"SHA2(CONCAT(UNHEX('{outer}'), UNHEX(SHA2(CONCAT(UNHEX('{inner}'), "
        "CONVERT(p USING utf8mb4)), 256))), 256)",
    ]
    statements.append(
        f"CREATE OR REPLACE SQL SECURITY DEFINER VIEW {v}.desk_my_families AS "
        f"SELECT m.family_id FROM {b}.memberrelations m WHERE m.user_id IN ({_me(b)}) "
        f"UNION SELECT f.id FROM {b}.families f WHERE f.main_user IN ({_me(b)})"
    )
    account_columns = _columns(admin, base, "accounts")
    masked = ", ".join(
        f"IF(t.id IN ({_me(b)}), t.`password`, NULL) AS `password`"
        if c == "password"
        else f"t.`{c}`"
        for c in account_columns
    )
    statements.append(
        f"CREATE OR REPLACE SQL SECURITY DEFINER VIEW {v}.`accounts` AS SELECT {masked} "
        f"FROM {b}.`accounts` t WHERE {_fill(_PEOPLE, b, v)}"
    )
    for table, rule in READ_RULES.items():
        where = f" WHERE {_fill(rule, b, v)}" if rule else ""
        check = " WITH CASCADED CHECK OPTION" if table in READ_GRANTS and rule else ""
        statements.append(
            f"CREATE OR REPLACE SQL SECURITY DEFINER VIEW {v}.`{table}` AS "
            f"SELECT t.* FROM {b}.`{table}` t{where}{check}"
        )
    for view in WRITE_VIEWS:
        statements.append(
            f"CREATE OR REPLACE SQL SECURITY DEFINER VIEW {v}.`{view.name}` AS "
            f"SELECT t.* FROM {b}.`{view.table}` t WHERE {_fill(view.rule, b, v)} "
            "WITH CASCADED CHECK OPTION"
        )
    # The desk's change check: the status tables' newest indexes (counters, no data).
    ends = ", ".join(
        f"(SELECT MAX(`index`) FROM {b}.`{m.__tablename__}`) AS `{name}`"
        for name, m in models.STATUS_MODELS.items()
    )
    statements.append(
        f"CREATE OR REPLACE SQL SECURITY DEFINER VIEW {v}.desk_status_ends AS SELECT {ends}"
    )
    statements.append(
        f"CREATE OR REPLACE PROCEDURE {v}.desk_find_family(p_name VARCHAR(32), p_birth DATE, "
        "p_gender VARCHAR(8), p_address VARCHAR(128)) SQL SECURITY DEFINER "
        "BEGIN "
        "DECLARE v_me CHAR(16) DEFAULT NULL; "
        f"SELECT ({_me(b)}) INTO v_me; "
        "IF v_me IS NULL THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = "
        "'denied: this login has no Carebot account'; END IF; "
        f"IF (SELECT COUNT(*) FROM {b}.desktop_auditlog WHERE actor_id = v_me AND operation = "
        "'find_family' AND occurred_at >= UTC_TIMESTAMP() - INTERVAL 1 HOUR) >= "
        f"{FIND_FAMILY_LIMIT} THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = "
        "'throttled: too many family searches'; END IF; "
        f"INSERT INTO {b}.desktop_auditlog (occurred_at, actor_id, action, target_type, "
        "operation, outcome, host) VALUES (UTC_TIMESTAMP(), v_me, 'search', 'family', "
        "'find_family', 'ok', 'database'); "
        f"SELECT f.id AS family_id, f.family_name FROM {b}.families f JOIN {b}.accounts a "
        "ON a.id = f.main_user WHERE a.user_name = p_name AND a.birth_date = p_birth AND "
        "a.gender = UPPER(p_gender) AND a.address = p_address ORDER BY f.id; "
        "END"
    )
    with admin.engine.begin() as connection:
        for statement in statements:
            _run(connection, statement)
    log.info("per-person views in %s are up to date", views)
    return views


FIND_FAMILY_LIMIT = 10  # as services.access.FIND_FAMILY_LIMIT


def _identifier_key(admin: Database) -> str:
    admin._add_keys()
    with admin.transaction() as session:
        found = session.get(models.DesktopKey, IDENTIFIER_KEY)
        assert found is not None
        return found.value


def _run(connection: Any, statement: str) -> None:
    """One statement as written (the driver's ``%`` placeholders escaped: a host pattern or
    a password may hold a ``%``)."""
    connection.exec_driver_sql(statement.replace("%", "%%"))


def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def add_login(
    admin: Database,
    email: str,
    password: str,
    *,
    host: str = "%",
    views_schema: str | None = None,
    public_host: str | None = None,
    login_prefix: str = LOGIN_PREFIX,
    require_tls: bool = False,
) -> str:
    """A MariaDB login for the Carebot account with ``email`` (made, or its password
    reset); the URL a desktop uses, without the password. ``require_tls``: the server
    refuses the login over an unencrypted connection."""
    base = admin.url.database or ""
    views = views_schema or views_schema_name(base)
    v = _ident(views)
    if type(password) is not str or len(password) < 12:
        raise ValidationError("password", "a database login's password needs 12 characters")
    if type(host) is not str or not re.match(r"^[A-Za-z0-9.%_:-]{1,255}$", host):
        raise ValidationError("host", "expected a host name, address or pattern")
    account = admin.accounts.get_sign_in_account(email.strip().lower())
    if account["role"] not in ("main", "sub"):
        raise ValidationError(
            "email", "administrators (system accounts) use an administrator's URL, not a login"
        )
    if not _NAME.match(login_prefix):
        raise ValidationError("login_prefix", "letters, digits and _ only")
    login = login_name(account["id"], login_prefix)
    with admin.engine.begin() as connection:
        user = f"{_quote(login)}@{_quote(host)}"
        _run(connection, f"CREATE USER IF NOT EXISTS {user} IDENTIFIED BY {_quote(password)}")
        tls = "REQUIRE SSL" if require_tls else "REQUIRE NONE"
        _run(connection, f"ALTER USER {user} IDENTIFIED BY {_quote(password)} {tls}")
        for table in [*READ_RULES, "accounts", "desk_status_ends"]:
            grant = READ_GRANTS.get(table, "SELECT")
            _run(connection, f"GRANT {grant} ON {v}.`{table}` TO {user}")
        for view in WRITE_VIEWS:
            _run(connection, f"GRANT {view.grant} ON {v}.`{view.name}` TO {user}")
        _run(connection, f"GRANT EXECUTE ON PROCEDURE {v}.desk_find_family TO {user}")
        _run(connection, f"GRANT EXECUTE ON FUNCTION {v}.desk_identifier TO {user}")
    with admin.transaction() as session:
        session.merge(models.DbLogin(login=login, account_id=account["id"], host=host))
    url = URL.create(
        "mysql+pymysql",
        username=login,
        host=public_host or admin.url.host,
        port=admin.url.port or 3306,
        database=views,
    )
    if require_tls:
        url = url.update_query_dict({"tls": "required"})
    return url.render_as_string(hide_password=True).replace(":***@", "@")


def remove_login(admin: Database, email: str) -> bool:
    """Drop the person's login (and forget it); True if there was one."""
    account = admin.accounts.get_sign_in_account(email.strip().lower())
    with admin.transaction() as session:
        found = list(
            session.scalars(
                select(models.DbLogin).where(models.DbLogin.account_id == account["id"])
            )
        )
        if not found:
            raise NotFoundError(f"no database login for {email}", what="login", key=email)
        users = [(d.login, d.host) for d in found]
        session.execute(delete(models.DbLogin).where(models.DbLogin.account_id == account["id"]))
    with admin.engine.begin() as connection:
        for login, host in users:
            _run(connection, f"DROP USER IF EXISTS {_quote(login)}@{_quote(host)}")
    return True


def logins(admin: Database) -> list[dict[str, str]]:
    with admin.transaction() as session:
        return [
            {"login": d.login, "account_id": d.account_id, "host": d.host}
            for d in session.scalars(select(models.DbLogin).order_by(models.DbLogin.login))
        ]


def identifier_hash(key_hex: str, typed: str) -> str:
    """What ``desk_identifier`` computes (HMAC-SHA-256), for tests and the local path."""
    return hmac.new(bytes.fromhex(key_hex), typed.encode("utf-8"), hashlib.sha256).hexdigest()


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


def view_names() -> Iterable[str]:
    return [*READ_RULES, "accounts", *(w.name for w in WRITE_VIEWS)]
