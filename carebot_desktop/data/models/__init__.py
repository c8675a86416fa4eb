"""Tables of the production Carebot schema (``shared``), plus the desktop's own additive
tables (``desktop``, and the care desk's in ``care``), on one declarative base (``base``).

Everything the desktop adds is a new table or a new index; no existing column is ever
altered. The connector areas import the tables from here, whichever module holds them.
"""

from carebot_desktop.data.models.base import (
    MYSQL_TABLE_ARGS,
    Base,
    Gender,
    NotificationGrade,
    Role,
)
from carebot_desktop.data.models.care import (
    AlertCare,
    AlertEvent,
    CareNote,
    CareSetting,
    Escalation,
    Handover,
)
from carebot_desktop.data.models.contacts import Contact
from carebot_desktop.data.models.desktop import (
    Acknowledgement,
    AuditEntry,
    DbLogin,
    DesktopKey,
    ExportRecord,
    JoinRequest,
    LoginAttempt,
    RollupMark,
    StatusRollup,
)
from carebot_desktop.data.models.shared import (
    OBSOLETE_INDEXES,
    STATUS_MODELS,
    Account,
    ActiveStatus,
    Background,
    Family,
    HealthStatus,
    HomeStatus,
    LocationMap,
    LoginSession,
    MasterRegion,
    MemberRelation,
    MentalReport,
    MentalStatus,
    Message,
    News,
    Notification,
    Settings,
    SubRegion,
)
from carebot_desktop.data.models.watch import (
    WatchArrival,
    WatchBaseline,
    WatchEpisode,
    WatchSetting,
)

__all__ = [
    "MYSQL_TABLE_ARGS",
    "OBSOLETE_INDEXES",
    "STATUS_MODELS",
    "Account",
    "Acknowledgement",
    "ActiveStatus",
    "AlertCare",
    "AlertEvent",
    "AuditEntry",
    "Background",
    "Base",
    "CareNote",
    "CareSetting",
    "Contact",
    "DbLogin",
    "DesktopKey",
    "Escalation",
    "ExportRecord",
    "Family",
    "Gender",
    "Handover",
    "HealthStatus",
    "HomeStatus",
    "JoinRequest",
    "LocationMap",
    "LoginAttempt",
    "LoginSession",
    "MasterRegion",
    "MemberRelation",
    "MentalReport",
    "MentalStatus",
    "Message",
    "News",
    "Notification",
    "NotificationGrade",
    "Role",
    "RollupMark",
    "Settings",
    "StatusRollup",
    "SubRegion",
    "WatchArrival",
    "WatchBaseline",
    "WatchEpisode",
    "WatchSetting",
]
