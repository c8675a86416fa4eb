"""What the application loads into Qt at start from its resources: the bundled Korean
font and the compiled translations."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QFontDatabase

from carebot_desktop.config import paths
from carebot_desktop.ui import format as fmt

log = logging.getLogger(__name__)
FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")


def register_fonts() -> str | None:
    """Register the bundled Korean font; its family name, or None if it failed."""
    family = None
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts", name)))
        if font_id < 0:
            log.warning("could not load the bundled font %s", name)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        family = family or (families[0] if families else None)
    return family


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the compiled catalogue of ``language`` (and Qt's own); returns the translators."""
    fmt.set_language(language)
    translators = []
    ours = QTranslator(app)
    if ours.load(str(paths.resource("translations", f"carebot_{language}.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    else:
        log.warning("no compiled translation for %s (run make translations)", language)
    qt_own = QTranslator(app)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        translators.append(qt_own)
    return translators
