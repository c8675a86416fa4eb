"""The screens' side of the one image fetcher (:mod:`carebot_desktop.services.images`):
the policy from the settings, and the worker that fetches, decodes and scales a picture
(into a QImage, which unlike a QPixmap may be made off the GUI thread).

Every screen that shows a picture another program named (a message's image, an alert's
photo) asks :func:`policy_of` first (no network: a refused address is said at once) and then
runs :func:`load` through ``context.op``, never on the GUI thread."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from carebot_desktop.config.settings import Settings
from carebot_desktop.services import images
from carebot_desktop.services.images import ImagePolicy

log = logging.getLogger(__name__)


def policy_of(settings: Settings) -> ImagePolicy:
    """The image policy the settings describe (allow-list, local addresses)."""
    return ImagePolicy(
        allowed_hosts=images.parse_hosts(settings.get("images/allowed_hosts")),
        allow_local=settings.get("images/local_addresses") == "on",
    )


@dataclass(frozen=True)
class Picture:
    """What :func:`load` found: ``image`` (decoded and scaled), or why there is none."""

    url: str
    image: QImage | None
    refused: bool = False  # the policy refused the address (rather than: not to be had)


def load(policy: ImagePolicy, url: str, width: int) -> Picture:
    """A worker thread: fetch the picture under ``policy``, decode it and scale it to at most
    ``width`` pixels wide, so the GUI thread only puts it on screen. Expected failures (the
    robot's server is often out of reach) are a Picture without an image, not an error."""
    try:
        data = images.fetch(policy, url)
    except images.ImageRefusedError as error:
        log.info("a picture was not fetched (%s)", error.reason)
        return Picture(url, None, refused=True)
    except images.ImageUnavailableError as error:
        log.info("a picture could not be fetched (%s)", error.reason)
        return Picture(url, None)
    image = QImage()
    if not image.loadFromData(data):
        log.info("a picture is not an image (%d bytes)", len(data))
        return Picture(url, None)
    if image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    return Picture(url, image)


def refused_picture(_policy: ImagePolicy, url: str, _width: int) -> Picture:
    """In place of :func:`load` for an address the policy refuses without asking anyone."""
    return Picture(url, None, refused=True)
