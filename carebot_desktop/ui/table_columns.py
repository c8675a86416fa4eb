"""Tables that fit their width at any text size: each column has a width in the font's
ems and a priority; the key column (the elder's name, the alert's text) takes the room
left, and when the table is too narrow for every column the least important are hidden
first, never the key one. Widths follow the text size at once (a font change) and the
table's width (a resize)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView


@dataclass(frozen=True)
class Column:
    """``ems``: the width in widths of "가" of the table's font (at least the bold title);
    ``priority``: 0 is never hidden, a higher number is hidden sooner when narrow;
    ``key``: takes the room the others leave (one per table); ``words``: what it must
    show whole, in the language now (a grade's word beside its icon)."""

    ems: float
    priority: int = 0
    key: bool = False
    # Words the column must show whole (a grade's "Information"), with an icon's room.
    words: Callable[[], Sequence[str]] | None = None


class FittedColumns(QObject):
    """Lays out ``table``'s columns as ``columns`` say (one per model column), again on
    each resize of its viewport and each change of its font. ``row_lines``: rows this many
    lines high (0: the view's own height). Columns the screen hides for its own reasons
    (:meth:`set_hidden`) stay hidden."""

    def __init__(self, table: QTableView, columns: Sequence[Column], row_lines: int = 0) -> None:
        super().__init__(table)
        self.table = table
        self.columns = tuple(columns)
        self.row_lines = row_lines
        self.forced: set[int] = set()  # hidden by the screen (an empty "unusual" column)
        self.dropped: set[int] = set()  # hidden here, for room
        self._fitting = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.viewport = table.viewport()
        self.viewport.installEventFilter(self)
        table.installEventFilter(self)
        self.fit()

    def set_hidden(self, column: int, hidden: bool) -> None:
        if hidden == (column in self.forced):
            return
        if hidden:
            self.forced.add(column)
        else:
            self.forced.discard(column)
        self.fit()

    def widths(self) -> list[int]:
        """Each column's width in pixels at the table's font now."""
        metrics = self.table.fontMetrics()
        em = metrics.horizontalAdvance("가")
        bold = QFont(self.table.horizontalHeader().font())
        bold.setBold(True)
        titles = QFontMetrics(bold)
        model = self.table.model()
        result = []
        for column, spec in enumerate(self.columns):
            title = str(
                model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                or ""
            )
            longest = max((titles.horizontalAdvance(t) for t in title.split("\n")), default=0)
            width = max(round(spec.ems * em) + 16, longest + 28)
            if spec.words is not None:
                widest = max((metrics.horizontalAdvance(w) for w in spec.words()), default=0)
                width = max(width, widest + metrics.height() + 24)  # (the icon, the margins)
            result.append(width)
        return result

    def fit(self) -> None:
        """Hide the least important columns until the rest fit; the key column gets the
        room left."""
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        # The grades' icons as large as the text's capitals about (16 pixels at 100 %: at
        # 200 % they stayed 16, a speck beside words twice as tall).
        side = max(16, round(table.fontMetrics().height() * 0.8))
        if table.iconSize() != QSize(side, side):
            table.setIconSize(QSize(side, side))
        if self.row_lines:
            rows = table.verticalHeader()
            rows.setDefaultSectionSize(self.row_lines * table.fontMetrics().lineSpacing() + 12)
        widths = self.widths()
        room = table.viewport().width()
        shown = [c for c in range(len(self.columns)) if c not in self.forced]
        # Most important first; of equals, the leftmost first.
        by_drop = sorted(
            (c for c in shown if self.columns[c].priority > 0),
            key=lambda c: (-self.columns[c].priority, -c),
        )
        dropped: set[int] = set()
        while by_drop and sum(widths[c] for c in shown if c not in dropped) > room:
            dropped.add(by_drop.pop(0))
        self.dropped = dropped
        keys = [c for c in shown if self.columns[c].key]
        left = room - sum(widths[c] for c in shown if c not in dropped and c not in keys)
        for column in range(len(self.columns)):
            hidden = column in self.forced or column in dropped
            if table.isColumnHidden(column) != hidden:
                table.setColumnHidden(column, hidden)
            if hidden:
                continue
            width = widths[column]
            if column in keys:
                width = max(width, left // len(keys))
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()  # (compared before anything of the table is asked: in its
        # destruction, its viewport's last events come when the table is gone already)
        if (kind == QEvent.Type.Resize and watched is self.viewport) or (
            kind == QEvent.Type.FontChange and watched is self.table
        ):
            self.fit()
        return False
