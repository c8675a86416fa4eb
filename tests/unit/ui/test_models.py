"""Every table and list model, checked by qtmodeltester, on real demo rows."""

from datetime import timedelta

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import dashboard
from carebot_desktop.ui.members.members_model import MembersModel
from carebot_desktop.ui.messages.messages_page import ConversationModel
from carebot_desktop.ui.notifications.notifications_model import (
    NotificationFilter,
    NotificationsModel,
)
from carebot_desktop.ui.overview.overview_model import OverviewModel
from tests.unit.ui.conftest import signed_in


def test_overview_model(qtmodeltester, context):
    api = signed_in(context).api
    rows = dashboard.overview(api)
    model = OverviewModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    # worst first: the crit alerts nobody took (the elder the watcher misses, the unread
    # fall, the silent robot's fire alarm), the calmest last
    names = [model.row_at(r).elder_name for r in range(4)]
    assert names[:3] == ["최만석", "김순자", "박영수"], names
    assert all(model.row_at(r).severity == 3 for r in range(3))
    assert model.row_at(2).silent_for is not None
    assert model.row_at(3).severity < 3
    temperature = model.COLUMNS.index("temperature")
    assert model.data(model.index(0, 0)) and model.data(model.index(1, temperature))


def test_the_overview_makes_each_cell_text_once_per_set_of_rows(context, monkeypatch):
    """A repaint asks every visible cell again: its text is made once per set of rows
    (at 200 families the paints during a sign-in stalled the GUI thread), and anew when
    the rows come again (the ages move with the clock)."""
    rows = dashboard.overview(signed_in(context).api)
    model = OverviewModel()
    made: list[str] = []
    state_text = OverviewModel.state_text
    monkeypatch.setattr(
        OverviewModel,
        "state_text",
        lambda self, row: made.append(row.family_id) or state_text(self, row),
    )
    model.set_rows(rows)
    first = [model.data(model.index(r, 0)) for r in range(len(rows))]
    again = [model.data(model.index(r, 0)) for r in range(len(rows))]
    assert first == again and len(made) == len(rows)
    model.set_rows(rows, utcnow() + timedelta(minutes=5))  # the same families, later
    later = [model.data(model.index(r, 0)) for r in range(len(rows))]
    assert len(made) == 2 * len(rows) and all(later)


def test_a_view_gets_every_role_of_a_cell_in_one_call(context, monkeypatch):
    """RowTableModel.multiData: what a view draws (the delegate's style option) is what
    data() says, role by role, asked in one call into Python per cell."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    rows = dashboard.overview(signed_in(context).api)
    model = OverviewModel()
    model.set_rows(rows)
    spans: list[int] = []
    multi = OverviewModel.multiData
    monkeypatch.setattr(
        OverviewModel, "multiData", lambda self, i, span: spans.append(1) or multi(self, i, span)
    )
    delegate = QStyledItemDelegate()
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)
            text = str(model.data(index) or "").replace("\n", "\u2028")  # (as Qt draws)
            assert option.text == text
            icon = model.data(index, Qt.ItemDataRole.DecorationRole)
            assert option.icon.isNull() == (icon is None)
            background = model.data(index, Qt.ItemDataRole.BackgroundRole)
            if background is not None:
                assert option.backgroundBrush.color() == background
    assert len(spans) == model.rowCount() * model.columnCount()


def test_members_model(qtmodeltester, context):
    session = signed_in(context)
    family_id = session.api.families.get_all_families()[0]["id"]
    model = MembersModel()
    model.set_people(session.api.families.get_family_people(family_id), session.user_id)
    qtmodeltester.check(model)
    assert model.rowCount() >= 2


def test_conversation_model(qtmodeltester, context):
    session = signed_in(context)
    model = ConversationModel()
    model.set_rows(dashboard.conversations(session.api, session.user_id))
    qtmodeltester.check(model)
    # the caregiver writes to the four elders and to everyone else of their families, once
    people = {
        p["user_id"]
        for f in session.api.families.get_all_families()
        for p in session.api.families.get_family_people(f["id"])
    } - {session.user_id}
    assert sorted(c.partner_id for c in model.rows()) == sorted(people)
    assert model.rowCount() > 4


def test_notifications_model_and_filter(qtmodeltester, context):
    session = signed_in(context)
    alerts = []
    for family in session.api.families.get_all_families():
        alerts += [
            dashboard.parse_alert(r)
            for r in session.api.notifications.get_all_notifications(family["id"])
        ]
    model = NotificationsModel()
    model.set_rows(alerts)
    qtmodeltester.check(model)
    proxy = NotificationFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)

    def shown() -> int:  # what the page does with the filters: the model holds matches
        model.set_rows([a for a in alerts if proxy.accepts(a)])
        return proxy.rowCount()

    proxy.set_filter("crit", False, None, None)
    assert shown() == sum(1 for a in alerts if a.grade == "crit") > 0
    proxy.set_filter(None, True, None, None)
    assert shown() == sum(1 for a in alerts if not a.is_read)
    proxy.set_filter(None, False, utcnow() - timedelta(days=1), utcnow())
    assert 0 < shown() < len(alerts)
    model.set_rows(alerts)
    # new rows from the poller go on top through beginInsertRows
    newest = max(alerts, key=lambda a: a.index)
    from dataclasses import replace

    model.add_rows([replace(newest, index=newest.index + 1000, created_at=utcnow())])
    assert model.rowCount() == len(alerts) + 1
    assert model.data(model.index(0, 0), NotificationsModel.ALERT_ROLE).index == newest.index + 1000
    model.mark_read({newest.index + 1000})
    assert model.data(model.index(0, 0), NotificationsModel.ALERT_ROLE).is_read
