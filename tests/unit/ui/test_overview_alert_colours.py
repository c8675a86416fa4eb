"""The overview's alerts cell (issue 20): each count in its own grade's colour, never the
row's: "정보 1" on a row red for an open critical alert was painted red."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from carebot_desktop.services import dashboard
from carebot_desktop.ui import theme
from carebot_desktop.ui.overview.overview_model import OverviewModel, row_grade
from tests.unit.ui.conftest import signed_in

FG = Qt.ItemDataRole.ForegroundRole


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_info_count_on_a_crit_row_is_not_red(context, monkeypatch, scheme):
    monkeypatch.setitem(theme.CURRENT, "scheme", scheme)
    rows = dashboard.overview(signed_in(context).api)
    crit = next(r for r in rows if row_grade(r) == "crit")
    counts = [
        ({"crit": 0, "warn": 0, "info": 1, "none": 0}, None),
        ({"crit": 0, "warn": 2, "info": 1, "none": 0}, "warn"),
        ({"crit": 1, "warn": 2, "info": 1, "none": 0}, "crit"),
    ]
    model = OverviewModel()
    model.set_rows([replace(crit, family_id=f"f{i}", unread=u) for i, (u, _) in enumerate(counts)])
    alerts, state = OverviewModel.COLUMNS.index("alerts"), OverviewModel.COLUMNS.index("state")
    red = theme.grade_colours("crit")[0]
    for r in range(model.rowCount()):
        unread = model.row_at(r).unread
        expected = next(g for u, g in counts if u == unread)
        colour = model.data(model.index(r, alerts), FG)
        if expected is None:
            assert colour is None  # the table's own text colour, readable in either scheme
            assert "1" in model.data(model.index(r, alerts))
        else:
            assert colour == theme.grade_colours(expected)[0]
        assert model.data(model.index(r, state), FG) == red  # the row stays red
