"""What the application loads into Qt at start from its resources: the bundled Korean
font and the compiled translations."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QFontDatabase, QPixmapCache

from carebot_desktop.config import paths
from carebot_desktop.ui import format as fmt

log = logging.getLogger(__name__)
FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")


# Qt's cache of drawn pixmaps (the styles' rendered pieces, icons at each size and state):
# Qt's default limit is 10 MiB. At the desk it filled by 2-5 MiB in a few minutes (the C
# heap in use rising about 0.7 MiB a minute), was flushed, and filled again; each round
# left resident pages behind in the fragmented heap: the soak's repeatable step
# (docs/soak.md). At 512 KiB the C heap stayed flat through the same minutes.
PIXMAP_CACHE_KIB = 512


def limit_pixmap_cache() -> None:
    """Qt's pixmap cache at :data:`PIXMAP_CACHE_KIB` (with the application, before any
    paint)."""
    QPixmapCache.setCacheLimit(PIXMAP_CACHE_KIB)


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
    """Load the compiled catalogue of ``language`` and Qt's own (``qtbase_<language>``,
    so Qt's file dialog and message boxes speak it too); returns the translators."""
    fmt.set_language(language)
    translators = []
    ours = QTranslator(app)
    if ours.load(str(paths.resource("translations", f"carebot_{language}.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    else:
        log.warning("no compiled translation for %s (run make translations)", language)
    qt_own = QTranslator(app)
    for folder in qt_translation_folders():
        if qt_own.load(f"qtbase_{language}", folder):
            app.installTranslator(qt_own)
            translators.append(qt_own)
            break
    else:
        if language != "en":  # (Qt's own words are English already)
            log.warning("no Qt translation qtbase_%s: Qt's own dialogs stay English", language)
    # What Qt's own catalogue lacks (the file dialog's "&Look in:"): ours, asked first.
    qt_extra = QTranslator(app)
    if qt_extra.load(str(paths.resource("translations", f"carebot_qt_{language}.qm"))):
        app.installTranslator(qt_extra)
        translators.append(qt_extra)
    return translators


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogue (``qtbase_ko.qm``: the file dialog's "Look in:", the message
    box's buttons) may be: Qt's translations folder (PySide6's), then the application's own
    (a packaged bundle copies it there: packaging/carebot-desktop.spec)."""
    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(paths.resource("translations")),
    ]
