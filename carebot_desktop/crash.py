"""Crash evidence: a rotating log file, ``faulthandler`` stacks, and hooks for exceptions
that nothing caught. Plain Python: the window's dialog is given as a callback.

Where: ``paths.log_dir()`` (``CAREBOT_LOG_DIR`` overrides it), ``carebot-desktop.log``
(rotated at 1 MB, five kept) and ``crash.log`` for hard crashes (segmentation faults,
aborts), which ``faulthandler`` writes even when Python itself cannot run any more.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

log = logging.getLogger("carebot_desktop")
LOG_FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

_crash_stream: IO[str] | None = None  # kept open for faulthandler until exit


def setup_logging(log_file: Path, level: str = "INFO") -> logging.Handler:
    """Log to a rotating file (and keep warnings on the console)."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    wanted = logging.getLevelName(level.upper())
    root.setLevel(wanted if isinstance(wanted, int) else logging.INFO)
    if not any(
        isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler)
        for h in root.handlers
    ):
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(console)
    return handler


def enable_faulthandler(crash_file: Path) -> None:
    """Hard crashes write every thread's stack to ``crash_file``."""
    global _crash_stream
    crash_file.parent.mkdir(parents=True, exist_ok=True)
    _crash_stream = open(crash_file, "a", encoding="utf-8")  # noqa: SIM115 - open until exit
    faulthandler.enable(_crash_stream, all_threads=True)


def install_hooks(report: Callable[[str], None]) -> None:
    """Exceptions nothing caught, on any thread: logged with their traceback, then
    ``report(summary)`` (which must be safe to call from any thread)."""

    def on_exception(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.critical("uncaught exception", exc_info=(kind, error, tb))
        _safe_report(report, error)

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        log.critical(
            "uncaught exception in thread %s",
            name,
            # typeshed wants an exception here, but a thread's hook may get None and
            # logging formats that too.
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
        )
        _safe_report(report, args.exc_value)

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception


def _safe_report(report: Callable[[str], None], error: BaseException | None) -> None:
    summary = "".join(traceback.format_exception_only(type(error), error)).strip()
    try:
        report(summary)
    except Exception:  # the report itself must never raise from a hook
        log.exception("could not report an uncaught exception")
