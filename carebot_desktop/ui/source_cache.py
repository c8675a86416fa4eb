"""Keep Python's source lines out of memory.

PySide6 (shiboken's ``feature`` support) looks at every module imported after it, to see
whether the module uses PySide6, with ``inspect.getsource(module)``: that reads the whole
file through ``linecache``, which keeps every line for the rest of the run. Imported after
PySide6 (pyqtgraph, numpy, the screens), that is some 200,000 lines, about 20 MiB that
nothing ever reads again (issue 20: the window's memory). :func:`install` makes the same
check read the file and keep nothing.
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)


def _uses_pyside(module: ModuleType) -> bool:
    """What shiboken's ``_mod_uses_pyside`` answers ("PySide6" in the module's source),
    without a copy of the source kept in ``linecache``."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # (no source: inspect.getsource raises OSError, which it takes as no)
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def install() -> bool:
    """Replace shiboken's check (once PySide6 is imported); True if it was replaced."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    if getattr(feature, "_mod_uses_pyside", None) is not _uses_pyside:
        setattr(feature, "_mod_uses_pyside", _uses_pyside)  # noqa: B010 - no stubs name it
        log.debug("PySide6's import check no longer keeps source lines")
    return True
