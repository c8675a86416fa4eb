"""pyqtgraph is imported on a worker (most of a second), and that import must make no Qt
type there: PySide6 makes a module's types when first asked for, and doing so on a worker
while the GUI thread made widgets crashed a test run with a segfault inside pyqtgraph's
import (``_copy_attrs``). The GUI thread makes them first (``make_chart_qt_types``)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]

# A fresh process: the test session has long made these types itself.
PROBE = """
import importlib, threading
from PySide6.QtWidgets import QApplication
app = QApplication([])
from carebot_desktop.ui.status import status_page

ALL = [*status_page.CHART_QT_MODULES, *status_page.CHART_QT_EXTRA]

def made(names=ALL):
    return {n: set(vars(importlib.import_module("PySide6." + n))) for n in names}

def named(names):
    return {n: set(dir(importlib.import_module("PySide6." + n))) for n in names}

try:
    status_page.import_charts()
    print("imported without the types made")
except RuntimeError:
    pass
widgets = importlib.import_module("PySide6.QtWidgets")
print("lazy at first:", len(vars(widgets)) < len(dir(widgets)))
status_page.make_chart_qt_types()
before = made()
core = status_page.CHART_QT_MODULES
print("all made:", made(core) == named(core))
worker = threading.Thread(target=status_page.import_charts)
worker.start()
worker.join()
import sys
print("pyqtgraph imported:", "pyqtgraph" in sys.modules)
print("none made by the worker:", made() == before)
"""


def test_the_worker_import_of_the_charts_makes_no_qt_type():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert "imported without the types made" not in lines
    if "lazy at first: True" not in lines:
        pytest.fail(f"PySide6 no longer makes its types lazily: {lines}")
    assert "all made: True" in lines
    assert "pyqtgraph imported: True" in lines
    assert "none made by the worker: True" in lines, lines


def test_the_chart_types_are_made_on_the_gui_thread_only(qapp):
    import threading

    from carebot_desktop.ui.status import status_page

    errors: list[BaseException] = []

    def off_thread() -> None:
        made = status_page._chart_qt_types_made
        status_page._chart_qt_types_made = False
        try:
            status_page.make_chart_qt_types()
        except RuntimeError as error:
            errors.append(error)
        finally:
            status_page._chart_qt_types_made = made

    worker = threading.Thread(target=off_thread)
    worker.start()
    worker.join()
    assert errors and "GUI thread" in str(errors[0])
