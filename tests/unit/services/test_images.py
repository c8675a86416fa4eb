"""The one image fetcher's policy (issue 16, probe 7): http(s) only, hosts of the allow-list
only, never loopback or private addresses unless configured, a size limit and a time-out,
no redirect to a place the policy would not fetch."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from carebot_desktop.services import demo, images
from carebot_desktop.services.images import ImagePolicy, ImageRefusedError, ImageUnavailableError

ROBOT = "image.carebot.example"
PUBLIC = "203.0.113.7"  # stands for a public address (the resolver below is fake)


def fake_resolver(table: dict[str, list[str]]):
    asked: list[str] = []

    def resolve(host: str, port: int) -> list[str]:
        asked.append(host)
        if host not in table:
            raise OSError(f"unknown host {host}")
        return table[host]

    resolve.asked = asked  # type: ignore[attr-defined]
    return resolve


NAMES = {
    ROBOT: ["93.184.215.14"],
    "localhost": ["127.0.0.1", "::1"],
    "sneaky.carebot.example": ["10.1.2.3"],
    "mixed.carebot.example": ["93.184.215.15", "192.168.0.9"],
    "mapped.carebot.example": ["::ffff:127.0.0.1"],
}


def policy(hosts=(ROBOT,), allow_local=False, **kwargs) -> ImagePolicy:
    return ImagePolicy(
        allowed_hosts=images.parse_hosts(",".join(hosts)),
        allow_local=allow_local,
        resolver=kwargs.pop("resolver", fake_resolver(NAMES)),
        **kwargs,
    )


def test_the_default_allow_list_is_the_robots_image_server():
    assert images.parse_hosts(images.DEFAULT_HOSTS) == {urlsplit(demo.IMAGE_HOST).hostname}
    assert ImagePolicy().allowed_hosts == {ROBOT}
    assert not ImagePolicy().allow_local
    assert ImagePolicy().max_bytes == 10 * 1024 * 1024


def test_an_allowed_host_is_allowed():
    checked = policy().check(f"https://{ROBOT}/access/f1/fall_20261130_140500.jpg")
    assert checked.host == ROBOT and checked.port == 443 and checked.scheme == "https"
    assert checked.addresses == ("93.184.215.14",)
    assert checked.target == "/access/f1/fall_20261130_140500.jpg"
    assert policy().allows(f"http://{ROBOT.upper()}./x.png")  # case and a final dot


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://image.carebot.example/x.png",
        "data:image/png;base64,iVBORw0KGgo=",
        "javascript:alert(1)",
        "image.carebot.example/x.png",  # no scheme
        "//image.carebot.example/x.png",
        "",
        "http://",
        "http://user:secret@image.carebot.example/x.png",  # credentials in the address
        "http://image.carebot.example:99999/x.png",  # no such port
    ],
)
def test_only_plain_http_and_https_addresses(url):
    with pytest.raises(ImageRefusedError):
        policy().check(url)
    assert not policy().allows(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/x.png",
        "http://10.0.0.1/x.png",
        "http://[::1]/x.png",
        "http://169.254.169.254/latest/meta-data/",
        "http://localhost/x.png",
        "http://evil.example/x.png",
        "http://image.carebot.example.evil.example/x.png",
        "http://evil.example/?u=http://image.carebot.example/x.png",
        "http://image.carebot.example@evil.example/x.png",
    ],
)
def test_hosts_off_the_allow_list_are_refused_without_being_resolved(url):
    resolver = fake_resolver(NAMES)
    with pytest.raises(ImageRefusedError):
        policy(resolver=resolver).check(url)
    assert resolver.asked == []  # refused before any DNS question


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "10.0.0.1",
        "192.168.1.20",
        "172.16.5.5",
        "169.254.10.20",
        "[::1]",
        "[fe80::1]",
        "[fd00::5]",
        "0.0.0.0",
        "240.0.0.1",  # reserved
        "224.0.0.1",  # multicast
        "100.64.0.1",  # shared (carrier-grade NAT)
        "localhost",  # a name that resolves to loopback
        "sneaky.carebot.example",  # a name that resolves to a private address
        "mixed.carebot.example",  # one public and one private address
        "mapped.carebot.example",  # IPv4-mapped loopback
    ],
)
def test_loopback_private_link_local_and_reserved_addresses_are_refused_even_when_listed(host):
    bare = host.strip("[]")
    with pytest.raises(ImageRefusedError) as caught:
        policy(hosts=(bare,)).check(f"http://{host}/x.png")
    assert caught.value.reason == "address"
    # ... unless the setting allows them explicitly.
    checked = policy(hosts=(bare,), allow_local=True).check(f"http://{host}/x.png")
    assert checked.addresses


def test_a_name_that_does_not_resolve_is_unavailable_not_refused():
    with pytest.raises(ImageUnavailableError):
        policy(hosts=("nowhere.carebot.example",)).check("http://nowhere.carebot.example/x")


def test_the_allow_list_setting_is_parsed_leniently():
    assert images.parse_hosts(" Image.Carebot.Example., photos.example.kr  [::1] ;x.kr") == {
        ROBOT,
        "photos.example.kr",
        "::1",
        "x.kr",
    }
    assert images.parse_hosts("") == frozenset()
    assert images.parse_hosts("https://photos.example.kr/path") == {"photos.example.kr"}


# --- with a real server on this computer (loopback allowed explicitly) ----------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, object] = {}
    requests: list[str] = []

    def do_GET(self) -> None:
        self.requests.append(self.path)
        route = self.routes.get(self.path.split("?")[0])
        if route is None:
            self.send_error(404)
            return
        if callable(route):
            route(self)
            return
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(route)))
        self.end_headers()
        self.wfile.write(route)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, type[_Handler]]]:
    handler = type("Handler", (_Handler,), {"routes": {}, "requests": []})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}", handler
    finally:
        httpd.shutdown()
        httpd.server_close()


def local(**kwargs) -> ImagePolicy:
    return ImagePolicy(allowed_hosts=frozenset({"127.0.0.1"}), allow_local=True, **kwargs)


def test_a_picture_is_fetched_when_allowed(server):
    base, handler = server
    handler.routes["/ok.png"] = b"\x89PNG picture bytes"
    assert images.fetch(local(), f"{base}/ok.png") == b"\x89PNG picture bytes"
    assert handler.requests == ["/ok.png"]


def test_the_default_policy_never_asks_this_computer(server):
    base, handler = server
    handler.routes["/ok.png"] = b"x"
    for policy_ in (ImagePolicy(), ImagePolicy(allowed_hosts=frozenset({"127.0.0.1"}))):
        with pytest.raises(ImageRefusedError):
            images.fetch(policy_, f"{base}/ok.png")
    assert handler.requests == []


def test_the_size_limit_stops_the_download(server):
    base, handler = server
    handler.routes["/big.png"] = b"x" * 5000
    handler.routes["/exact.png"] = b"x" * 1000

    def no_length(request: http.server.BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", "image/png")
        request.end_headers()
        try:
            for _ in range(100):
                request.wfile.write(b"y" * 1000)
        except OSError:
            pass  # the client hung up, as it should
        request.close_connection = True

    handler.routes["/endless.png"] = no_length
    with pytest.raises(ImageUnavailableError) as caught:
        images.fetch(local(max_bytes=1000), f"{base}/big.png")  # Content-Length says so
    assert caught.value.reason == "too-large"
    with pytest.raises(ImageUnavailableError) as caught:
        images.fetch(local(max_bytes=1000), f"{base}/endless.png")  # read in chunks, cut
    assert caught.value.reason == "too-large"
    assert images.fetch(local(max_bytes=1000), f"{base}/exact.png") == b"x" * 1000


def test_the_time_out_covers_the_whole_download(server):
    base, handler = server

    def trickle(request: http.server.BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Length", "100")
        request.end_headers()
        try:
            for _ in range(100):  # a byte every 0.1 s: each read is quick, the whole is not
                request.wfile.write(b"z")
                request.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass

    def silent(request: http.server.BaseHTTPRequestHandler) -> None:
        time.sleep(3)

    handler.routes["/trickle.png"] = trickle
    handler.routes["/silent.png"] = silent
    for name in ("trickle", "silent"):
        started = time.monotonic()
        with pytest.raises(ImageUnavailableError) as caught:
            images.fetch(local(timeout_s=1.0), f"{base}/{name}.png")
        assert caught.value.reason == "timeout", name
        assert time.monotonic() - started < 2.5, name


def test_redirects_are_checked_like_the_first_address(server):
    base, handler = server
    handler.routes["/ok.png"] = b"picture"

    def redirect_to(location: str):
        def answer(request: http.server.BaseHTTPRequestHandler) -> None:
            request.send_response(302)
            request.send_header("Location", location)
            request.send_header("Content-Length", "0")
            request.end_headers()

        return answer

    handler.routes["/here"] = redirect_to("/ok.png")
    handler.routes["/away"] = redirect_to("http://evil.example/x.png")
    handler.routes["/file"] = redirect_to("file:///etc/passwd")
    handler.routes["/loop"] = redirect_to("/loop")
    assert images.fetch(local(), f"{base}/here") == b"picture"
    for path in ("/away", "/file"):
        with pytest.raises(ImageRefusedError):
            images.fetch(local(), f"{base}{path}")
    with pytest.raises(ImageUnavailableError):
        images.fetch(local(), f"{base}/loop")
    assert "/loop" in handler.requests and len(handler.requests) < 12


def test_an_error_status_is_unavailable(server):
    base, handler = server
    with pytest.raises(ImageUnavailableError) as caught:
        images.fetch(local(), f"{base}/missing.png")
    assert caught.value.reason == "status"


def test_the_settings_default_is_the_policys_default(tmp_path):
    from PySide6.QtCore import QSettings

    from carebot_desktop.config.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.get("images/allowed_hosts") == images.DEFAULT_HOSTS
    assert settings.get("images/local_addresses") == "off"


def test_the_systems_certificates_are_read_once_for_every_picture(monkeypatch):
    """Each HTTPS picture used to build its own TLS context, parsing the system's whole
    certificate bundle again (thousands of small C allocations at each fall photo)."""
    made: list[int] = []
    real = images.ssl.create_default_context

    def counting(*args, **kwargs):
        made.append(1)
        return real(*args, **kwargs)

    images.tls_context.cache_clear()
    monkeypatch.setattr(images.ssl, "create_default_context", counting)
    try:
        first = images._PinnedHTTPS("photos.example.kr", 443, "203.0.113.5", 5.0)
        second = images._PinnedHTTPS("photos.example.kr", 443, "203.0.113.6", 5.0)
        assert first._tls is second._tls
        assert len(made) == 1
        assert first._tls.verify_mode == images.ssl.CERT_REQUIRED and first._tls.check_hostname
    finally:
        images.tls_context.cache_clear()
