"""Access the database itself enforces: one MariaDB login per person, as the administrator
sets it up.

A home PC must not hold credentials that read every family. The care centre's
administrator runs ``secure_database`` once (``main.py admin secure-database``) and
``add_login`` per person (``main.py admin add-login``). A person's login reaches only a
separate schema of views (``<base>_desk``), never the base schema the robot, the AI server
and the web pages use (nothing of theirs changes):

- **Read views** and **write views**, declared in ``login_views`` (what each shows and
  what may be written through it).
- Writes whose rules a view cannot state go through ``SQL SECURITY DEFINER`` procedures
  (``login_routines``) that check every rule the desktop checks, lock what they decide on and stamp the
  server's time: creating a family (a ``main`` account without one), joining one (a
  request, approved or denied by the family's main user, withdrawn by the requester;
  each decided once), changing one's e-mail (normalised as sign-in normalises it,
  throttled and audited), deleting one's account (the export records the privacy law
  keeps stay, their actor anonymised), and failed sign-ins (kept, counted and cleared only
  for one's own e-mail, at the server's time; the login reads or writes no attempt row).
- The care desk's alert states change only through ``care_routines``' procedures (taking,
  resolving, giving back, escalating, as ``data.care`` does them); care notes, handovers
  and their confirmations through write views, in one's own name, at the server's time.
- The audit log is insert-only, at the server's time and in one's own name. Logins get no
  DDL, no other schema, and no routine but those above, ``desk_find_family`` (throttled,
  audited, the family's id and name only) and ``desk_me`` (one's own account id).

Chart roll-ups are folded by desktops on the administrator's URL or by
``main.py admin fold-rollups``: a login's desktop reads them (exact either way) and does
not write them.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.engine import URL, Connection

from carebot_desktop.data import models
from carebot_desktop.data.care_routines import CARE_PROCEDURES, care_routines, stamp_triggers
from carebot_desktop.data.database import Database
from carebot_desktop.data.errors import NotFoundError, ValidationError
from carebot_desktop.data.login_routines import FUNCTIONS, PROCEDURES, me_sql, routines
from carebot_desktop.data.login_views import (
    ACCOUNTS_RULE,
    FAMILY_PUBLIC_COLUMNS,
    LOGIN_PREFIX,
    MY_FAMILIES,
    READ_GRANTS,
    READ_RULES,
    RETIRED_VIEWS,
    WRITE_VIEWS,
    login_name,
    views_schema_name,
)
from carebot_desktop.data.security import IDENTIFIER_KEY

log = logging.getLogger(__name__)

_NAME = re.compile(r"^[A-Za-z0-9_]{1,64}$")


def _ident(name: str) -> str:
    if not _NAME.match(name):
        raise ValidationError(None, f"not a plain schema or table name: {name!r}")
    return f"`{name}`"


def _fill(template: str, base: str, views: str) -> str:
    return template.format(b=base, v=views, me=me_sql(base))


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
        f"SELECT m.family_id FROM {b}.memberrelations m WHERE m.user_id IN ({me_sql(b)}) "
        f"UNION SELECT f.id FROM {b}.families f WHERE f.main_user IN ({me_sql(b)})"
    )
    account_columns = _columns(admin, base, "accounts")
    masked = ", ".join(
        f"IF(t.id IN ({me_sql(b)}), t.`password`, NULL) AS `password`"
        if c == "password"
        else f"t.`{c}`"
        for c in account_columns
    )
    statements.append(
        f"CREATE OR REPLACE SQL SECURITY DEFINER VIEW {v}.`accounts` AS SELECT {masked} "
        f"FROM {b}.`accounts` t WHERE {_fill(ACCOUNTS_RULE, b, v)}"
    )
    family_columns = _columns(admin, base, "families")
    for table, rule in READ_RULES.items():
        where = f" WHERE {_fill(rule, b, v)}" if rule else ""
        check = " WITH CASCADED CHECK OPTION" if table in READ_GRANTS and rule else ""
        chosen = "t.*"
        if table == "families":  # a family one only asked to join: its id and name
            chosen = ", ".join(
                f"t.`{c}`"
                if c in FAMILY_PUBLIC_COLUMNS
                else f"IF(t.id IN ({_fill(MY_FAMILIES, b, v)}), t.`{c}`, NULL) AS `{c}`"
                for c in family_columns
            )
        statements.append(
            f"CREATE OR REPLACE SQL SECURITY DEFINER VIEW {v}.`{table}` AS "
            f"SELECT {chosen} FROM {b}.`{table}` t{where}{check}"
        )
    for view in WRITE_VIEWS:
        statements.append(
            f"CREATE OR REPLACE SQL SECURITY DEFINER VIEW {v}.`{view.name}` AS "
            f"SELECT t.* FROM {b}.`{view.table}` t WHERE {_fill(view.rule, b, v)} "
            "WITH CASCADED CHECK OPTION"
        )
    statements += [f"DROP VIEW IF EXISTS {v}.`{name}`" for name in RETIRED_VIEWS]
    # The desk's change check: the status tables' newest indexes (counters, no data).
    ends = ", ".join(
        f"(SELECT MAX(`index`) FROM {b}.`{m.__tablename__}`) AS `{name}`"
        for name, m in models.STATUS_MODELS.items()
    )
    statements.append(
        f"CREATE OR REPLACE SQL SECURITY DEFINER VIEW {v}.desk_status_ends AS SELECT {ends}"
    )
    statements += routines(b, v) + care_routines(b, v) + stamp_triggers(b)
    # An acknowledgement that a login of an earlier version filed under another family
    # blocked that family's own: such rows go (the alert's own family acknowledges it).
    statements.append(
        f"DELETE a FROM {b}.desktop_acknowledgements a JOIN {b}.notifications n "
        "ON n.`index` = a.notification_index WHERE a.family_id <> n.family_id"
    )
    with admin.engine.begin() as connection:
        for statement in statements:
            _run(connection, statement)
        # Logins made by an earlier version get exactly today's privileges.
        for user in _login_users(connection):
            _grant(connection, user, v)
    log.info("per-person views in %s are up to date", views)
    return views


def _identifier_key(admin: Database) -> str:
    admin.add_keys()
    with admin.transaction() as session:
        found = session.get(models.DesktopKey, IDENTIFIER_KEY)
        assert found is not None
        return found.value


def _run(connection: Connection, statement: str) -> None:
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
        # One login a person: the same name at any other host (an old password) goes.
        for other in _hosts(connection, login):
            if other != host:
                _run(connection, f"DROP USER IF EXISTS {_quote(login)}@{_quote(other)}")
        _grant(connection, user, v)
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
    """Drop the person's login at every host (and forget it); True if there was one."""
    account = admin.accounts.get_sign_in_account(email.strip().lower())
    with admin.transaction() as session:
        found = list(
            session.scalars(
                select(models.DbLogin).where(models.DbLogin.account_id == account["id"])
            )
        )
        if not found:
            raise NotFoundError(f"no database login for {email}", what="login", key=email)
        users = {(d.login, d.host) for d in found}
        session.execute(delete(models.DbLogin).where(models.DbLogin.account_id == account["id"]))
    with admin.engine.begin() as connection:
        for login in {login for login, _ in users}:
            users |= {(login, host) for host in _hosts(connection, login)}
        for login, host in sorted(users):
            _run(connection, f"DROP USER IF EXISTS {_quote(login)}@{_quote(host)}")
    return True


def logins(admin: Database) -> list[dict[str, Any]]:
    """The per-person logins: ``login``, ``account_id``, the ``host`` recorded and
    ``hosts``, every host the server has that login at (``mysql.user``)."""
    with admin.transaction() as session:
        recorded = [
            {"login": d.login, "account_id": d.account_id, "host": d.host}
            for d in session.scalars(select(models.DbLogin).order_by(models.DbLogin.login))
        ]
    with admin.engine.begin() as connection:
        return [{**r, "hosts": _hosts(connection, r["login"])} for r in recorded]


def _hosts(connection: Connection, login: str) -> list[str]:
    """The hosts the server has a login of this name at."""
    return sorted(
        str(h)
        for h in connection.execute(
            text("SELECT Host FROM mysql.user WHERE User = :u"), {"u": login}
        ).scalars()
    )


def _login_users(connection: Connection) -> list[str]:
    """Every per-person login the server has, quoted as ``'name'@'host'``."""
    names = list(connection.execute(text("SELECT login FROM desktop_db_logins")).scalars())
    return [f"{_quote(n)}@{_quote(h)}" for n in names for h in _hosts(connection, n)]


def _grant(connection: Connection, user: str, v: str) -> None:
    """Exactly the privileges a person's login has (anything granted before goes)."""
    _run(connection, f"REVOKE ALL PRIVILEGES, GRANT OPTION FROM {user}")
    for statement in grant_statements(user, v):
        _run(connection, statement)


def grant_statements(user: str, v: str) -> list[str]:
    """The GRANTs of a person's login ``user`` (quoted) on the views schema ``v``."""
    statements = [
        f"GRANT {READ_GRANTS.get(table, 'SELECT')} ON {v}.`{table}` TO {user}"
        for table in [*READ_RULES, "accounts", "desk_status_ends"]
    ]
    statements += [f"GRANT {w.grant} ON {v}.`{w.name}` TO {user}" for w in WRITE_VIEWS]
    statements += [
        f"GRANT EXECUTE ON PROCEDURE {v}.{p} TO {user}" for p in (*PROCEDURES, *CARE_PROCEDURES)
    ]
    statements += [f"GRANT EXECUTE ON FUNCTION {v}.{f} TO {user}" for f in FUNCTIONS]
    return statements


def identifier_hash(key_hex: str, typed: str) -> str:
    """What ``desk_identifier`` computes (HMAC-SHA-256), for tests and the local path."""
    return hmac.new(bytes.fromhex(key_hex), typed.encode("utf-8"), hashlib.sha256).hexdigest()
