"""The command line of the desktop (``carebot-desktop --help``): parsed before anything is
written, and without Qt, so ``--help`` and a refused combination answer at once."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from carebot_desktop import __version__
from carebot_desktop.ui.screenshots import SCREENS

DEMO_WITH_DATABASE = (
    "--demo uses its own embedded demo database and cannot be combined with --database: "
    "demo data is never written to a database you named. Leave out --demo to use that "
    "database, or --database to see the demo."
)


def _percent(text: str) -> int:
    """A text size for --text-scale: a whole number from 100 to 200."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 100 <= value <= 200:
        raise argparse.ArgumentTypeError(f"{value} is not between 100 and 200")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="carebot-desktop",
        description="Carebot Desktop: watch over elders who live with a Carebot.",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use the embedded demo database, refilled with fresh demo data",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy URL of the Carebot database (default: the connection "
        "settings, CAREBOT_DB_URL, DB_HOST..., else the embedded file)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="DIR",
        type=Path,
        help="render " + ", ".join(SCREENS) + " to DIR/<screen>.png, then exit",
    )
    parser.add_argument(
        "--sign-in",
        metavar="EMAIL",
        dest="sign_in",
        help="with --screenshot: sign in as EMAIL (password from the "
        "CAREBOT_SIGNIN_PASSWORD environment variable; with --demo, the demo password)",
    )
    parser.add_argument(
        "--lang",
        choices=("ko", "en"),
        default=None,
        help="user-interface language (default: the setting, Korean at first)",
    )
    parser.add_argument(
        "--text-scale",
        metavar="PERCENT",
        dest="text_scale",
        type=_percent,
        default=None,
        help="text size in percent, 100 to 200, for this run (default: the setting); "
        "with --screenshot, renders the views at that size",
    )
    parser.add_argument(
        "--colours",
        choices=("light", "dark", "system"),
        default=None,
        help="colours for this run (default: the setting); with --screenshot, renders "
        "the views in them",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The command line, or SystemExit (status 2) with a sentence on standard error, before
    anything is written: ``--demo`` with ``--database`` is refused."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.demo and args.database:
        parser.error(DEMO_WITH_DATABASE)
    return args
