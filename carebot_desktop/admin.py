"""The care centre administrator's commands (no window): ``main.py admin ...``.

    python main.py admin secure-database --database ADMIN_URL
    CAREBOT_LOGIN_PASSWORD=... python main.py admin add-login --database ADMIN_URL --email EMAIL
    python main.py admin remove-login --database ADMIN_URL --email EMAIL
    python main.py admin list-logins --database ADMIN_URL
    python main.py admin fold-rollups --database ADMIN_URL

ADMIN_URL is a privileged MariaDB URL on the base Carebot schema (it creates users, views
and grants). See docs/deployment.md.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence

from carebot_desktop.data import CarebotError, Database, provisioning


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="carebot-desktop admin",
        description="Set up database-enforced access (per-person MariaDB logins).",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--database", metavar="ADMIN_URL", required=True)
        sub.add_argument(
            "--views-schema",
            metavar="NAME",
            default=None,
            help="the per-person views' schema (default: <base schema>_desk)",
        )
        return sub

    command("secure-database", "create or update the per-person views (idempotent)")
    add = command("add-login", "a MariaDB login for a Carebot account (CAREBOT_LOGIN_PASSWORD)")
    add.add_argument("--email", required=True)
    add.add_argument(
        "--host", default="%", help="where the login may connect from (default: anywhere)"
    )
    add.add_argument("--public-host", default=None, help="the server's name in the printed URL")
    add.add_argument(
        "--require-tls",
        action="store_true",
        help="the server refuses this login over an unencrypted connection",
    )
    remove = command("remove-login", "drop a person's MariaDB login (revokes access at once)")
    remove.add_argument("--email", required=True)
    command("list-logins", "the per-person logins and their accounts")
    command("fold-rollups", "bring the chart roll-ups up to date (run it every few minutes)")
    return parser


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    admin = Database(args.database)
    try:
        return _run(args, admin)
    except CarebotError as error:
        print(f"error: {error.message}", file=sys.stderr)
        return 2
    finally:
        admin.dispose()


def _run(args: argparse.Namespace, admin: Database) -> int:
    if args.command == "secure-database":
        views = provisioning.secure_database(admin, args.views_schema)
        print(f"per-person views are ready in the schema {views}")
    elif args.command == "add-login":
        provisioning.secure_database(admin, args.views_schema)
        password = os.environ.get("CAREBOT_LOGIN_PASSWORD") or getpass.getpass(
            "Password for the new login: "
        )
        url = provisioning.add_login(
            admin,
            args.email,
            password,
            host=args.host,
            views_schema=args.views_schema,
            public_host=args.public_host,
            require_tls=args.require_tls,
        )
        print(f"login for {args.email} ready; the desktop's URL (enter the password there):")
        print(url)
    elif args.command == "remove-login":
        provisioning.remove_login(admin, args.email)
        print(f"the login of {args.email} is removed")
    elif args.command == "list-logins":
        for login in provisioning.logins(admin):
            hosts = ",".join(login["hosts"]) or f"(none; recorded: {login['host']})"
            print(f"{login['login']}\t{login['account_id']}\t{hosts}")
    elif args.command == "fold-rollups":
        covered = admin.status.fold_rollups()
        print(f"roll-ups up to date ({covered} new rows folded)")
    return 0
