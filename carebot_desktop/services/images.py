"""The one way pictures (message images, alert photos) are fetched: plain Python, run on a
worker thread.

An address another program wrote (a message's or an alert's ``image_url``) is fetched only
if it is ``http`` or ``https`` on a host of the allow-list (the setting
``images/allowed_hosts``; the robot's image server by default), without credentials in the
address, and only if every address the host resolves to is public: loopback, private,
link-local, shared, reserved and multicast addresses are refused unless the setting
``images/local_addresses`` allows them explicitly (an image server on the care centre's
own network). The connection goes to the address that was checked (a second DNS answer
cannot move it), redirects are checked like the first address, the whole download has one
time-out and a size limit, read in chunks and cut off when it is passed. No proxy is used.

:meth:`ImagePolicy.allows` answers without any network (for the GUI thread, to say at once
that a picture is not from an allowed server); :func:`fetch` does the rest.
"""

from __future__ import annotations

import functools
import http.client
import ipaddress
import re
import socket
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from carebot_desktop import __version__

DEFAULT_HOSTS = "image.carebot.example"  # the robot's image server (services/demo/cast.py)
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_TIMEOUT_S = 15.0
MAX_REDIRECTS = 3
CHUNK = 64 * 1024
USER_AGENT = f"CarebotDesktop/{__version__}"

Resolver = Callable[[str, int], Sequence[str]]


class ImageError(Exception):
    """A picture that is not shown; ``reason`` is a short word for logs and tests (never
    shown to the person, who gets a sentence)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


class ImageRefusedError(ImageError):
    """The policy does not fetch this address (scheme, host, address, redirect)."""


class ImageUnavailableError(ImageError):
    """The address was allowed but the picture could not be had (unreachable, time-out,
    too large, an error status)."""


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (DNS: a worker thread only)."""
    found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in found))


def normalized_host(host: str) -> str:
    """Lower case, no final dot, no brackets, IDNA (xn--) for non-ASCII names."""
    host = host.strip().strip("[]").rstrip(".").lower()
    if host and not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return ""
    return host


def parse_hosts(text: str) -> frozenset[str]:
    """The allow-list setting: host names or addresses separated by commas, semicolons or
    spaces (an entry written as a URL counts as its host)."""
    hosts = set()
    for entry in re.split(r"[,;\s]+", text or ""):
        if not entry:
            continue
        if "//" in entry:
            entry = urlsplit(entry).hostname or ""
        host = normalized_host(entry)
        if host:
            hosts.add(host)
    return frozenset(hosts)


def is_local_address(address: str) -> bool:
    """True for every address that is not a public unicast one: loopback, private,
    link-local, shared (100.64/10), reserved, unspecified, multicast, documentation, and
    IPv4-mapped or -compatible forms of those."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return True
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            return is_local_address(str(mapped))
    return not ip.is_global or ip.is_multicast


@dataclass(frozen=True)
class Checked:
    """An address the policy allows: where to connect and what to ask for."""

    scheme: str
    host: str
    port: int
    target: str  # the path and query
    addresses: tuple[str, ...]


@dataclass(frozen=True)
class ImagePolicy:
    allowed_hosts: frozenset[str] = field(default_factory=lambda: parse_hosts(DEFAULT_HOSTS))
    allow_local: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout_s: float = DEFAULT_TIMEOUT_S
    resolver: Resolver = system_resolver

    def allows(self, url: object) -> bool:
        """Scheme and host only, no network: False means it will never be fetched."""
        try:
            self._parse(url)
        except ImageRefusedError:
            return False
        return True

    def check(self, url: object) -> Checked:
        """The checked address (resolves the host: a worker thread only), or ImageRefusedError
        (ImageUnavailableError when the name does not resolve)."""
        scheme, host, port, target = self._parse(url)
        try:
            ipaddress.ip_address(host)
            addresses: Sequence[str] = [host]
        except ValueError:
            try:
                addresses = self.resolver(host, port)
            except (OSError, UnicodeError) as error:
                raise ImageUnavailableError("unresolved", f"{host}: {error}") from None
        if not addresses:
            raise ImageUnavailableError("unresolved", host)
        if not self.allow_local and any(is_local_address(a) for a in addresses):
            raise ImageRefusedError("address", f"{host} is on this computer or a local network")
        return Checked(scheme, host, port, target, tuple(addresses))

    def _parse(self, url: object) -> tuple[str, str, int, str]:
        if type(url) is not str or not url or len(url) > 4096:
            raise ImageRefusedError("scheme", "not an address")
        if any(ord(c) < 0x21 for c in url):
            raise ImageRefusedError("scheme", "spaces or control characters in the address")
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as error:
            raise ImageRefusedError("scheme", str(error)) from None
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise ImageRefusedError("scheme", f"{scheme or 'no'} scheme")
        if parts.username is not None or parts.password is not None:
            raise ImageRefusedError("scheme", "credentials in the address")
        host = normalized_host(parts.hostname or "")
        if not host:
            raise ImageRefusedError("host", "no host")
        if host not in self.allowed_hosts:
            raise ImageRefusedError("host", f"{host} is not on the allow-list")
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        return scheme, host, port or (443 if scheme == "https" else 80), target


class _PinnedHTTP(http.client.HTTPConnection):
    """Connects to the checked address, naming the host in the request."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The system's certificate authorities, read once for every picture (an SSLContext is
    safe to share between threads). Made at each connection, it parsed the whole bundle
    again (about 140 certificates: thousands of small C allocations, freed at once), at
    each fall photo: at a crit alert every 20 s the soak's C heap grew with the churn."""
    return ssl.create_default_context()


class _PinnedHTTPS(http.client.HTTPSConnection):
    """As :class:`_PinnedHTTP`, over TLS verified for the host's name."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        self._tls = tls_context()
        super().__init__(host, port, timeout=timeout, context=self._tls)
        self._address = address

    def connect(self) -> None:
        raw = socket.create_connection((self._address, self.port), self.timeout)
        try:
            self.sock = self._tls.wrap_socket(raw, server_hostname=self.host)
        except BaseException:
            raw.close()
            raise


def fetch(policy: ImagePolicy, url: str) -> bytes:
    """The picture's bytes (a worker thread), or ImageRefusedError / ImageUnavailableError."""
    deadline = time.monotonic() + policy.timeout_s
    for _hop in range(MAX_REDIRECTS + 1):
        checked = policy.check(url)
        location = _get(policy, checked, deadline)
        if isinstance(location, bytes):
            return location
        url = urljoin(url, location)
    raise ImageUnavailableError("redirect", f"more than {MAX_REDIRECTS} redirects")


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise ImageUnavailableError("timeout", "the download took too long")
    return left


def _get(policy: ImagePolicy, checked: Checked, deadline: float) -> bytes | str:
    """The body, or the Location of a redirect."""
    last: OSError | None = None
    for address in checked.addresses:
        kind = _PinnedHTTPS if checked.scheme == "https" else _PinnedHTTP
        connection = kind(checked.host, checked.port, address, _remaining(deadline))
        try:
            connection.request(
                "GET",
                checked.target,
                headers={"User-Agent": USER_AGENT, "Accept": "image/*"},
            )
            return _answer(policy, connection, deadline)
        except TimeoutError:
            raise ImageUnavailableError("timeout", "the server did not answer in time") from None
        except (ssl.SSLError, http.client.HTTPException) as error:
            raise ImageUnavailableError("unreachable", str(error)) from None
        except OSError as error:  # refused or unreachable: the host's next address
            last = error
        finally:
            connection.close()
    raise ImageUnavailableError("unreachable", str(last))


def _answer(
    policy: ImagePolicy, connection: http.client.HTTPConnection, deadline: float
) -> bytes | str:
    # The socket itself: a response that closes the connection takes it from ``connection``.
    sock = connection.sock
    if sock is None:
        raise ImageUnavailableError("unreachable", "not connected")
    sock.settimeout(_remaining(deadline))
    response = connection.getresponse()
    try:
        if response.status in (301, 302, 303, 307, 308):
            location = response.getheader("Location")
            if not location:
                raise ImageUnavailableError("status", f"{response.status} without a Location")
            return location
        if response.status != 200:
            raise ImageUnavailableError("status", str(response.status))
        length = response.getheader("Content-Length")
        if length is not None and length.strip().isdigit() and int(length) > policy.max_bytes:
            raise ImageUnavailableError("too-large", f"{length} bytes")
        chunks: list[bytes] = []
        total = 0
        while True:
            sock.settimeout(_remaining(deadline))
            chunk = response.read1(CHUNK)
            if not chunk:
                break
            total += len(chunk)
            if total > policy.max_bytes:
                raise ImageUnavailableError("too-large", f"more than {policy.max_bytes} bytes")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        response.close()
        sock.close()
