"""Pictures on the screens (issue 16, probe 7): an image address another program wrote is
not fetched unless the allow-list says so; both screens use the one fetcher."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from carebot_desktop.workers.pictures import policy_of
from tests.unit.ui.conftest import idle


class _Counting(http.server.BaseHTTPRequestHandler):
    seen: list[tuple[str, str]] = []
    picture = b""

    def do_GET(self) -> None:
        self.seen.append((self.path, self.headers.get("User-Agent", "")))
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(self.picture)))
        self.end_headers()
        self.wfile.write(self.picture)

    def log_message(self, *args: object) -> None:
        pass


def _png() -> bytes:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


@pytest.fixture
def counting_server() -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """An HTTP server on this computer that counts the requests it gets."""
    handler = type("Handler", (_Counting,), {"seen": [], "picture": _png()})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", handler.seen
    finally:
        server.shutdown()
        server.server_close()


PLACEHOLDER = "https://image.carebot.example/placeholder.png"


def _as_written_by_another_program(context, table: str, url: str) -> None:
    """An address the desktop's own validation would refuse (the robot writes SQL)."""
    from sqlalchemy import text

    with context.db.engine.begin() as connection:
        connection.execute(
            text(f"UPDATE {table} SET image_url = :url WHERE image_url = :placeholder"),
            {"url": url, "placeholder": PLACEHOLDER},
        )


def _show_message_with_image(qtbot, desk, context, url: str):
    messages = desk.messages
    desk.go_to("messages")
    qtbot.waitUntil(lambda: messages.partner_id is not None and idle(desk), timeout=20_000)
    written = url if url.startswith("http") else PLACEHOLDER
    context.db.messages.create_message(
        {"from_id": messages.partner_id, "to_id": context.session.user_id, "image_url": written}
    )
    if written != url:
        _as_written_by_another_program(context, "messages", url)
    messages.reload()
    qtbot.waitUntil(
        lambda: (
            messages._thread is not None
            and any(m["image_url"] == url for m in messages._thread.messages)
            and idle(desk)
        ),
        timeout=20_000,
    )
    return messages


def _show_alert_with_photo(qtbot, desk, context, url: str):
    page = desk.notifications
    written = url if url.startswith("http") else PLACEHOLDER
    index = context.db.notifications.create_notification(
        {
            "family_id": desk.family_ids[0],
            "notification_grade": "crit",
            "description": "낙상감지",
            "image_url": written,
        }
    )
    if written != url:
        _as_written_by_another_program(context, "notifications", url)
    desk.go_to("notifications")
    page.reload()
    qtbot.waitUntil(lambda: idle(desk) and page.show_alert(index), timeout=20_000)
    return page


def test_a_message_picture_on_this_computer_is_never_fetched(qtbot, desk, context, counting_server):
    base, seen = counting_server
    url = f"{base}/carebot/photo-1.png"
    messages = _show_message_with_image(qtbot, desk, context, url)
    qtbot.wait(1500)  # time enough for any request to arrive
    qtbot.waitUntil(lambda: idle(desk), timeout=20_000)
    assert seen == []
    text = messages.view.toPlainText()
    assert "127.0.0.1" not in text and url not in text and url not in messages.view.toHtml()
    assert (
        messages.tr("(the picture is not from an allowed server, so it was not loaded)") in (text)
        or "허용된 서버" in text
    )


def test_an_alert_photo_on_this_computer_is_never_fetched(qtbot, desk, context, counting_server):
    base, seen = counting_server
    url = f"{base}/access/fall_20261130_140500.png"
    page = _show_alert_with_photo(qtbot, desk, context, url)
    qtbot.wait(1500)
    qtbot.waitUntil(lambda: idle(desk), timeout=20_000)
    assert seen == []
    assert page.photo.pixmap().isNull()
    assert "127.0.0.1" not in page.photo.text() and page.photo.text()
    assert "allowed server" in page.photo.text() or "허용된 서버" in page.photo.text()


def test_file_addresses_are_never_read(qtbot, desk, context, tmp_path):
    picture = tmp_path / "secret.png"
    picture.write_bytes(_png())
    url = picture.as_uri()
    messages = _show_message_with_image(qtbot, desk, context, url)
    qtbot.waitUntil(lambda: idle(desk), timeout=20_000)
    assert not messages._images and str(tmp_path) not in messages.view.toHtml()
    page = _show_alert_with_photo(qtbot, desk, context, url)
    qtbot.waitUntil(lambda: idle(desk), timeout=20_000)
    assert page.photo.pixmap().isNull() and str(tmp_path) not in page.photo.text()


def test_both_screens_fetch_an_allowed_picture_through_the_one_fetcher(
    qtbot, desk, context, counting_server
):
    """Loopback allowed explicitly (as a care centre would for its own image server): the
    message picture and the alert photo arrive, asked by the same fetcher."""
    base, seen = counting_server
    context.settings.set("images/allowed_hosts", "image.carebot.example, 127.0.0.1")
    context.settings.set("images/local_addresses", "on")
    messages = _show_message_with_image(qtbot, desk, context, f"{base}/message.png")
    qtbot.waitUntil(lambda: any(not i.isNull() for i in messages._images.values()), timeout=20_000)
    assert f"{base}/message.png" not in messages.view.toHtml()  # an internal name, not the URL
    page = _show_alert_with_photo(qtbot, desk, context, f"{base}/fall.png")
    qtbot.waitUntil(lambda: not page.photo.pixmap().isNull(), timeout=20_000)
    assert page.photo.pixmap().width() == 400  # scaled in the worker
    assert [path for path, _agent in seen] == ["/message.png", "/fall.png"]
    agents = {agent for _path, agent in seen}
    assert len(agents) == 1 and next(iter(agents)).startswith("CarebotDesktop/")


def test_the_settings_dialog_keeps_the_picture_servers(qtbot, context):
    from carebot_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context.settings)
    qtbot.addWidget(dialog)
    assert dialog.image_hosts.text() == "image.carebot.example"
    assert not dialog.image_local.isChecked()
    dialog.image_hosts.setText(" Photos.Example.kr ; image.carebot.example.  192.168.0.10")
    dialog.image_local.setChecked(True)
    dialog.save()
    assert context.settings.get("images/allowed_hosts") == (
        "192.168.0.10, image.carebot.example, photos.example.kr"
    )
    assert context.settings.get("images/local_addresses") == "on"
    policy = policy_of(context.settings)
    assert policy.allow_local and policy.allows("http://192.168.0.10/x.png")
