"""Typed settings over QSettings, with declared defaults and a version.

Secrets never go here (see :mod:`carebot_desktop.config.secrets`). The file lives in the
platform's configuration folder, or ``CAREBOT_CONFIG_DIR`` (tests).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args, overload

from PySide6.QtCore import QEvent, QObject, QSettings, Signal
from sqlalchemy import URL

from carebot_desktop import APP_NAME, ORG_NAME

SETTINGS_VERSION = 1
LANGUAGES = ("ko", "en")


# The keys by the type of their value, so that ``Settings.get`` says which it returns.
IntKey = Literal[
    "ui/text_scale",
    "notifications/poll_interval_s",
    "offline/days",
    "connection/port",
    "connection/read_port",
]
StrKey = Literal[
    "ui/language",
    "connection/kind",
    "connection/host",
    "connection/schema",
    "connection/user",
    "connection/tls",
    "connection/tls_ca",
    "connection/tls_verify",
    "connection/read_host",
    "signin/last_email",
    "alarm/sound",
    "alerts/bring_forward",
    "window/close_to_tray",
    "window/geometry",
    "ui/theme",
    "images/allowed_hosts",
    "images/local_addresses",
]


@dataclass(frozen=True)
class Setting:
    key: str
    default: str | int
    kind: type[str] | type[int]
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] | None = None


SETTINGS = {
    s.key: s
    for s in (
        Setting("ui/language", "ko", str, choices=LANGUAGES),
        Setting("ui/text_scale", 100, int, 100, 200),
        Setting("notifications/poll_interval_s", 10, int, 2, 3600),
        Setting("offline/days", 90, int, 1, 365),
        Setting("connection/kind", "embedded", str, choices=("embedded", "mariadb")),
        Setting("connection/host", "127.0.0.1", str),
        Setting("connection/port", 3306, int, 1, 65535),
        Setting("connection/schema", "carebot", str),
        Setting("connection/user", "", str),
        Setting("connection/tls", "preferred", str, choices=("preferred", "required", "off")),
        Setting("connection/tls_ca", "", str),
        Setting("connection/tls_verify", "full", str, choices=("full", "ca", "none")),
        # A read replica of the same database (empty: none): the reads that tolerate a
        # few seconds of lag go there, with the same schema, login, password and TLS
        # (the login replicates with the rest; see docs/scaling.md).
        Setting("connection/read_host", "", str),
        Setting("connection/read_port", 3306, int, 1, 65535),
        Setting("signin/last_email", "", str),
        # A critical alert's chime, repeating until someone acknowledges it.
        Setting("alarm/sound", "on", str, choices=("on", "off")),
        # A new critical alert brings the window forward from the tray or the taskbar
        # (the tray's notification and the alarm come either way).
        Setting("alerts/bring_forward", "on", str, choices=("on", "off")),
        # Closing the window keeps it in the tray, polling: "auto" is on for care-centre
        # accounts, off for families.
        Setting("window/close_to_tray", "auto", str, choices=("auto", "on", "off")),
        # Where the main window was and how large (QWidget.saveGeometry, base64), put
        # back at the next start, shrunk to fit a smaller screen.
        Setting("window/geometry", "", str),
        # Colours: the system's scheme (Qt 6.5+), or always light or dark.
        Setting("ui/theme", "system", str, choices=("system", "light", "dark")),
        # Pictures (message images, alert photos) are fetched only from these hosts
        # (services/images.py; the robot's image server by default), and never from this
        # computer or a local network unless "on".
        Setting("images/allowed_hosts", "image.carebot.example", str),
        Setting("images/local_addresses", "off", str, choices=("off", "on")),
    )
}

# Every declared key is in exactly one of the typed lists, with its declared kind.
assert {k for k, s in SETTINGS.items() if s.kind is int} == set(get_args(IntKey))
assert {k for k, s in SETTINGS.items() if s.kind is str} == set(get_args(StrKey))


class Settings(QObject):
    """Read and write the declared settings; unknown keys and bad values are refused.

    Signals: ``changed(key)`` after a setting was given a new value, so whatever follows
    it (the theme, the text size, the poll interval, the alarm) applies it where it lives
    instead of the dialog that changed it routing each value by hand.

    Saving to disk happens on a thread of its own, never on the thread that set the value
    (the GUI thread): QSettings wrote the file there at its next event-loop pass, and
    its two ``fdatasync`` (the lock file and the file) held the window 10-15 ms on this
    machine's disk, longer on a slow or network one, in the middle of the sign-in's first
    paint (the last e-mail address is saved then). Every QSettings of a process on the
    same file shares its values (Qt documents it), so a second one made on the saving
    thread writes what this one was given. Values are read once and then kept here: a
    read never waits for a save holding the file's lock."""

    changed = Signal(str)

    def __init__(self, qsettings: QSettings | None = None) -> None:
        super().__init__()
        if qsettings is None:
            folder = os.environ.get("CAREBOT_CONFIG_DIR")
            if folder:
                Path(folder).mkdir(parents=True, exist_ok=True)
                qsettings = QSettings(
                    str(Path(folder) / "carebot-desktop.ini"), QSettings.Format.IniFormat
                )
            else:
                qsettings = QSettings(
                    QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME
                )
        self._q = qsettings
        self._values: dict[str, str | int] = {}  # read or set in this process
        self._stored: set[str] = set()  # keys the file holds
        self._file_name = str(qsettings.fileName())
        # Saved on a thread of its own (see above): only a file QSettings can be shared.
        self._save_elsewhere = qsettings.format() == QSettings.Format.IniFormat
        self._save_lock = threading.Lock()
        self._saver: threading.Thread | None = None
        self._save_again = False
        if self._save_elsewhere:
            qsettings.installEventFilter(self)  # its own save on this thread: dropped
        self._upgrade()

    def _upgrade(self) -> None:
        version = int(str(self._q.value("meta/version", 0) or 0))
        # Version 1 is the first: nothing to migrate yet. Later versions migrate here.
        if version < SETTINGS_VERSION:
            self._q.setValue("meta/version", SETTINGS_VERSION)
            self._save_soon()

    @overload
    def get(self, key: IntKey) -> int: ...
    @overload
    def get(self, key: StrKey) -> str: ...
    @overload
    def get(self, key: str) -> str | int: ...
    def get(self, key: str) -> str | int:
        try:
            return self._values[key]
        except KeyError:
            pass
        spec = SETTINGS[key]
        raw = self._q.value(key)
        if raw is not None:
            self._stored.add(key)
        value = self._parse(spec, raw)
        self._values[key] = value
        return value

    def _parse(self, spec: Setting, raw: object) -> str | int:
        if raw is None:
            return spec.default
        try:
            # QSettings gives any object (an INI file holds text); int() refuses what is
            # not a number with the errors caught here.
            value = str(raw) if spec.kind is str else int(raw)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return spec.default
        return value if self._valid(spec, value) else spec.default

    def set(self, key: str, value: str | int) -> None:
        spec = SETTINGS[key]
        if not isinstance(value, spec.kind) or isinstance(value, bool) and spec.kind is int:
            raise ValueError(f"{key} expects {spec.kind.__name__}")
        if not self._valid(spec, value):
            raise ValueError(f"{key}: {value!r} is out of range")
        if self.get(key) == value:
            # The value it has (the default, the first time Settings saves every key): kept,
            # but nothing to apply. (The colours applied again would set the style sheet
            # again, which puts back each title's first text size.)
            if key not in self._stored:
                self._store(key, value)
            return
        self._store(key, value)
        self.changed.emit(key)

    def _store(self, key: str, value: str | int) -> None:
        self._q.setValue(key, value)
        self._values[key] = value
        self._stored.add(key)
        self._save_soon()

    def _save_soon(self) -> None:
        """Write the file on the saving thread (one at a time; a value set while it
        writes is written again right after)."""
        if not self._save_elsewhere:
            return  # (QSettings saves itself at its next event-loop pass)
        with self._save_lock:
            if self._saver is not None:
                self._save_again = True
                return
            self._saver = threading.Thread(target=self._save, name="settings-save")
            self._saver.start()

    def _save(self) -> None:
        while True:
            saving = QSettings(self._file_name, QSettings.Format.IniFormat)
            saving.sync()  # what every QSettings of the file here was given
            del saving
            with self._save_lock:
                if not self._save_again:
                    self._saver = None
                    return
                self._save_again = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """QSettings' own save at its next event-loop pass, on this thread: dropped (the
        saving thread writes, see the class)."""
        return watched is self._q and event.type() == QEvent.Type.UpdateRequest

    @staticmethod
    def _valid(spec: Setting, value: str | int) -> bool:
        if spec.choices is not None and value not in spec.choices:
            return False
        if not isinstance(value, int):  # only numbers have a range
            return True
        if spec.minimum is not None and value < spec.minimum:
            return False
        return not (spec.maximum is not None and value > spec.maximum)

    def sync(self) -> None:
        """Save now, on this thread, after a save under way ends."""
        saver = self._saver
        if saver is not None:
            saver.join()
        self._q.sync()

    def file_name(self) -> str:
        """Where the settings are kept (an INI file; ``CAREBOT_CONFIG_DIR`` moves it)."""
        return str(self._q.fileName())

    def database_url(self, password: str | None) -> str | None:
        """The MariaDB URL of the configured connection, or None for the embedded file."""
        if self.get("connection/kind") != "mariadb":
            return None
        return server_url(
            self.get("connection/host"),
            self.get("connection/port"),
            self.get("connection/schema"),
            self.get("connection/user"),
            password,
            tls=self.get("connection/tls"),
            tls_ca=self.get("connection/tls_ca"),
            tls_verify=self.get("connection/tls_verify"),
        )

    def read_database_url(self, password: str | None) -> str | None:
        """The read replica's URL (the configured connection's, on the replica's host and
        port), or None when there is none."""
        host = self.get("connection/read_host").strip()
        if self.get("connection/kind") != "mariadb" or not host:
            return None
        return server_url(
            host,
            self.get("connection/read_port"),
            self.get("connection/schema"),
            self.get("connection/user"),
            password,
            tls=self.get("connection/tls"),
            tls_ca=self.get("connection/tls_ca"),
            tls_verify=self.get("connection/tls_verify"),
        )

    def database_password_key(self) -> str:
        return (
            f"db-password:{self.get('connection/user')}@{self.get('connection/host')}:"
            f"{self.get('connection/port')}"
        )


def server_url(
    host: str,
    port: int,
    schema: str,
    user: str,
    password: str | None,
    *,
    tls: str = "preferred",
    tls_ca: str = "",
    tls_verify: str = "full",
) -> str:
    """A MariaDB URL with its TLS settings in the query (see ``carebot_desktop.data.tls``)."""
    query = {"charset": "utf8mb4"}
    if tls != "preferred":
        query["tls"] = tls
    if tls_ca:
        query["tls_ca"] = tls_ca
    if tls_verify != "full":
        query["tls_verify"] = tls_verify
    return URL.create(
        "mysql+pymysql",
        username=user or None,
        password=password or None,
        host=host,
        port=port,
        database=schema,
        query=query,
    ).render_as_string(hide_password=False)
