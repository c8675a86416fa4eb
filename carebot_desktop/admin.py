"""The care centre administrator's commands (no window): ``main.py admin ...``.

    python main.py admin secure-database --database ADMIN_URL
    CAREBOT_LOGIN_PASSWORD=... python main.py admin add-login --database ADMIN_URL --email EMAIL
    python main.py admin remove-login --database ADMIN_URL --email EMAIL
    python main.py admin list-logins --database ADMIN_URL
    python main.py admin fold-rollups --database ADMIN_URL
    python main.py admin watch --database ADMIN_URL [--interval SECONDS] [--once]

ADMIN_URL is a privileged MariaDB URL on the base Carebot schema (it creates users, views
and grants). See docs/deployment.md. ``watch`` is the headless watcher
(``services/watcher.py``): it needs the care centre's shared URL (not a person's own login),
and takes it from ``CAREBOT_DB_URL`` when ``--database`` is not given.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence

from carebot_desktop.config import paths
from carebot_desktop.data import CarebotError, Database, provisioning, status
from carebot_desktop.services import watcher


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
    command(
        "fold-rollups",
        "fold every status row into the chart roll-ups now (waits 15 s for transactions "
        "in progress first)",
    )
    watch = commands.add_parser(
        "watch",
        help="the headless watcher: every minute, the derived alerts, escalations, holds "
        "and roll-ups (one works per database however many run)",
        description="The headless watcher: every interval, raise the alerts derived from "
        "each elder's history, escalate crit alerts nobody took, give back holds of people "
        "away, and fold the chart roll-ups. Only one watcher works per database; the others "
        "stand by. SIGTERM or Ctrl+C stops it cleanly.",
    )
    watch.add_argument(
        "--database",
        metavar="ADMIN_URL",
        default=None,
        help="the care centre's shared database URL (default: CAREBOT_DB_URL)",
    )
    watch.add_argument(
        "--interval",
        metavar="SECONDS",
        type=_positive_seconds,
        default=watcher.INTERVAL,
        help=f"seconds between rounds (default: {watcher.INTERVAL:g})",
    )
    watch.add_argument(
        "--once", action="store_true", help="one round (if no other watcher leads), then exit"
    )
    return parser


def _positive_seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 < seconds <= 86_400:
        raise argparse.ArgumentTypeError("the interval must be above 0 and at most a day")
    return seconds


def main(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "watch":
        url = args.database or os.environ.get("CAREBOT_DB_URL")
        if not url:
            parser.error("watch needs --database ADMIN_URL or CAREBOT_DB_URL")
        return _watch(url, args.interval, args.once)
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
        _fold_rollups(admin)
    return 0


def _fold_rollups(admin: Database) -> None:
    def waiting(seconds: float) -> None:
        print(f"waiting {seconds:g} s for transactions in progress to commit...", flush=True)

    tables = status.fold_all(admin, waiting=waiting)
    if not tables:
        print("nothing folded: a person's own login writes no roll-up (use an admin URL)")
        return
    for table in tables:
        print(f"{table['table']}: {table['folded']} rows folded, up to index {table['upto']}")
    total = sum(int(table["folded"]) for table in tables)
    print(f"roll-ups up to date ({total} rows folded)")


def _watch(url: str, interval: float, once: bool) -> int:
    """The headless watcher until SIGTERM or SIGINT (``--once``: one round)."""
    log_file = watcher.set_up_logging(paths.log_dir(), os.environ.get("CAREBOT_LOG_LEVEL", "INFO"))
    try:
        db = Database(url)
    except (CarebotError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    loop = watcher.Watcher(db, interval=interval)
    loop.install_signal_handlers()
    print(f"logging to {log_file}", file=sys.stderr, flush=True)
    return loop.run(once=once)
