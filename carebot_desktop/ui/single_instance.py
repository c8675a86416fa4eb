"""One running Carebot Desktop per data directory.

A second start would replace the demo database under the first one and poll twice. The
first instance holds a ``QLockFile`` in the data directory and listens on a local socket
named after that directory; a second start finds the lock taken, asks the first to bring
its window forward, and exits with status 0.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"


class SingleInstance(QObject):
    """Signals: ``activation_requested()`` when another start asks this one to show."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        data_dir.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(data_dir / "carebot-desktop.lock"))
        self._lock.setStaleLockTime(0)  # a lock whose process is gone is stale at once
        digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
        self.server_name = f"carebot-desktop-{digest}"
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True if this is the only instance (then it listens for later starts)."""
        if not self._lock.tryLock(200):
            return False
        QLocalServer.removeServer(self.server_name)  # a socket left by a crash
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        self._server.listen(self.server_name)
        return True

    def ask_first_to_show(self, timeout_ms: int = 2_000) -> bool:
        """A second start: ask the running instance to bring its window forward."""
        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(RAISE)
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    @Slot()
    def _on_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(self._on_ready_read)
            connection.disconnected.connect(connection.deleteLater)

    @Slot()
    def _on_ready_read(self) -> None:
        connection = self.sender()
        if isinstance(connection, QLocalSocket) and RAISE.strip() in bytes(
            connection.readAll().data()
        ):
            self.activation_requested.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()
