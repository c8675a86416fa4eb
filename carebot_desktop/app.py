"""Composition root: parses the command line, builds the database, the task runner and the
window, and wires shutdown. Nothing else creates these objects."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from carebot_desktop import APP_NAME, ORG_NAME, __version__  # noqa: E402
from carebot_desktop.config import paths  # noqa: E402
from carebot_desktop.data import Database  # noqa: E402
from carebot_desktop.data.database import sqlite_url  # noqa: E402

log = logging.getLogger(__name__)
FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="carebot-desktop",
        description="Carebot Desktop: watch over elders who live with a Carebot.",
    )
    parser.add_argument("--demo", action="store_true",
                        help="use the embedded demo database, refilled with fresh demo data")
    parser.add_argument("--database", metavar="URL",
                        help="SQLAlchemy URL of the Carebot database (default: CAREBOT_DB_URL, "
                             "DB_HOST..., else the embedded SQLite file)")
    parser.add_argument("--screenshot", metavar="DIR", type=Path,
                        help="render each main view to DIR/<view>.png, then exit")
    parser.add_argument("--lang", choices=("ko", "en"), default=None,
                        help="user-interface language (default: Korean)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def demo_database() -> Database:
    """A fresh demo database file (the old one is replaced so readings stay current)."""
    path = paths.demo_database_path()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return Database(sqlite_url(path))


def register_fonts() -> str | None:
    """Register the bundled Korean font; its family name, or None if it failed."""
    from PySide6.QtGui import QFontDatabase

    family = None
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts", name)))
        if font_id < 0:
            log.warning("could not load the bundled font %s", name)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        family = family or (families[0] if families else None)
    return family


def install_translations(app: object, language: str) -> list[object]:
    """Load the compiled catalogue of ``language`` (and Qt's own); returns the translators."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    translators = []
    ours = QTranslator(app)
    if ours.load(str(paths.resource("translations", f"carebot_{language}.qm"))):
        app.installTranslator(ours)  # type: ignore[attr-defined]
        translators.append(ours)
    else:
        log.warning("no compiled translation for %s (run make translations)", language)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)  # type: ignore[attr-defined]
        translators.append(qt_own)
    return translators


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=os.environ.get("CAREBOT_LOG_LEVEL", "WARNING"))

    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from carebot_desktop.services.demo import fill_demo
    from carebot_desktop.services.families import list_family_summaries
    from carebot_desktop.ui.main_window import MainWindow
    from carebot_desktop.workers.tasks import TaskRunner

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    family = register_fonts()
    if family:
        app.setFont(QFont(family, 11))
    install_translations(app, args.lang or "ko")

    db = demo_database() if args.demo else Database(args.database)

    def prepare() -> None:
        db.create_schema()
        if args.demo:
            fill_demo(db)

    runner = TaskRunner(app)
    window = MainWindow(runner, lambda: list_family_summaries(db), prepare=prepare)
    window.start()
    try:
        if args.screenshot is not None:
            return _screenshot(app, runner, window, args.screenshot)
        window.show()
        return app.exec()
    finally:
        runner.wait()
        db.dispose()


def _screenshot(app: object, runner: object, window: object, folder: Path) -> int:
    """Wait until the window has its data, then save each view as a PNG."""
    from PySide6.QtCore import QDeadlineTimer, QThread

    folder.mkdir(parents=True, exist_ok=True)
    window.show()  # type: ignore[attr-defined]
    deadline = QDeadlineTimer(120_000)
    while (runner.pending() or not window.refresh_button.isEnabled()) and not deadline.hasExpired():  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        QThread.msleep(20)
    app.processEvents()  # type: ignore[attr-defined]
    target = folder / "overview.png"
    if not window.grab().save(str(target)):  # type: ignore[attr-defined]
        print(f"could not write {target}", file=sys.stderr)
        return 1
    print(target)
    return 0
