"""Plain-Python services over the data layer (no Qt): sign-in, sessions, permission-checked
access, demo data and what the screens show."""

from carebot_desktop.services.access import UserApi
from carebot_desktop.services.api import CarebotApi
from carebot_desktop.services.service import CarebotService, LockedOutError

__all__ = ["CarebotApi", "CarebotService", "LockedOutError", "UserApi"]
