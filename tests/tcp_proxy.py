"""A TCP proxy the tests and benchmarks control: forward to a server, then cut every
connection and refuse new ones, then let them through again. Only loopback addresses.

With ``delay`` every chunk waits that long before it is passed on, in each direction (a
30 ms round trip is ``delay=0.015``). ``round_trips`` counts request-response turns: each
time a client sends after the server last spoke (or first) on a connection."""

from __future__ import annotations

import contextlib
import socket
import threading
import time


class TcpProxy:
    def __init__(self, target_host: str, target_port: int, delay: float = 0.0) -> None:
        assert target_host in ("127.0.0.1", "localhost", "::1")
        self.target = (target_host, target_port)
        self.delay = delay
        self.round_trips = 0
        self._turn: dict[socket.socket, str] = {}
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        self._open = threading.Event()
        self._open.set()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                continue
            if not self._open.is_set():
                client.close()  # refused while cut
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=3)
            except OSError:
                client.close()
                continue
            # The 3 s were for connecting only: left on, a pooled connection the server
            # had nothing to say on for 3 s was cut by the proxy itself (its pump's recv
            # timed out), and the desk went offline in the middle of a healthy run.
            upstream.settimeout(None)
            with self._lock:
                self._sockets |= {client, upstream}
                self._turn[client] = "server"
            for a, b, side in ((client, upstream, "client"), (upstream, client, "server")):
                threading.Thread(target=self._pump, args=(a, b, side, client), daemon=True).start()

    def _pump(
        self, source: socket.socket, sink: socket.socket, side: str, client: socket.socket
    ) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                with self._lock:
                    if side == "client" and self._turn.get(client) == "server":
                        self.round_trips += 1
                    self._turn[client] = side
                if self.delay:
                    time.sleep(self.delay)
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        """Drop every open connection and refuse new ones."""
        self._open.clear()
        with self._lock:
            sockets, self._sockets = self._sockets, set()
        for s in sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def restore(self) -> None:
        self._open.set()

    def close(self) -> None:
        self.cut()
        self._stop.set()
        self._thread.join(timeout=2)
        self._listener.close()
