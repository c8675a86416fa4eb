"""Make, preview, save as PDF, print, or export as CSV a report on one elder: the care
report over a chosen range, or the weekly family summary (this week against the last)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QDate, QSize, Slot
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services import reports
from carebot_desktop.services.reports import ElderReport
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import plain, theme
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.errors import error_text
from carebot_desktop.ui.report import document as doc
from carebot_desktop.ui.report.export import Exporter, choose_path, export_csv, file_name

RANGES = (("7d", 7), ("30d", 30), ("90d", 90), ("custom", 0))


def _utc(day: QDate, end: bool) -> datetime:
    """A local calendar day's start (or end) as naive UTC."""
    moment = datetime.combine(
        datetime(day.year(), day.month(), day.day()).date(), time.max if end else time.min
    )
    return moment.astimezone().astimezone(UTC).replace(tzinfo=None)


class ReportDialog(QDialog):
    def __init__(
        self, context: AppContext, family_id: str, family_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.family_id = family_id
        self.family_label = family_label
        self.report: ElderReport | None = None
        self.document: QTextDocument | None = None
        self.loading = False
        self.setWindowTitle(self.tr("Report: %1").replace("%1", family_label))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Care report (for a doctor's visit)"), "report")
        self.kind.addItem(self.tr("Weekly family summary"), "summary")
        self.kind.setAccessibleName(self.tr("Kind of report"))
        self.range = QComboBox()
        for key, label in (
            ("7d", self.tr("Last 7 days")),
            ("30d", self.tr("Last 30 days")),
            ("90d", self.tr("Last 90 days")),
            ("custom", self.tr("Chosen dates")),
        ):
            self.range.addItem(label, key)
        self.range.setCurrentIndex(1)
        self.range.setAccessibleName(self.tr("Period"))
        today = QDate.currentDate()
        self.start = QDateEdit(today.addDays(-30))
        self.end = QDateEdit(today)
        for edit, name in ((self.start, self.tr("From date")), (self.end, self.tr("To date"))):
            theme.calendar_popup(edit)
            edit.setDisplayFormat(fmt.pattern("edit"))
            edit.setAccessibleName(name)
            edit.setMaximumDate(today)
        self.make_button = QPushButton(self.tr("&Make the report"))
        self.make_button.setObjectName("primary")
        self.make_button.clicked.connect(self.make)
        self.preview = QTextBrowser()
        self.preview.setObjectName("paper")  # the page as printed, in either scheme
        self.preview.setAccessibleName(self.tr("Report preview"))
        self.message = plain.label()
        self.message.setWordWrap(True)
        self.message.setObjectName("muted")
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.clicked.connect(self.print_report)
        self.csv_button = QPushButton(self.tr("Export &CSV"))
        self.csv_menu = QMenu(self)
        for key, label in (
            ("critical", self.tr("Critical alerts and what was done")),
            ("alerts", self.tr("Alerts")),
            ("readings", self.tr("Readings")),
            ("mental", self.tr("Mental reports")),
            ("care_log", self.tr("Care log")),
        ):
            action = self.csv_menu.addAction(label)
            action.triggered.connect(lambda _=False, k=key: self.export_csv(k))
        self.csv_button.setMenu(self.csv_menu)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.kind.currentIndexChanged.connect(self._on_choice_changed)
        self.range.currentIndexChanged.connect(self._on_choice_changed)
        # What and when on one row, or on two when one is wider than the screen (200 %).
        what = QHBoxLayout()
        for label, widget in (
            (self.tr("&Kind"), self.kind),
            (self.tr("P&eriod"), self.range),
        ):
            text = plain.label(label)
            text.setBuddy(widget)
            what.addWidget(text)
            what.addWidget(widget)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(plain.label("–"))
        dates.addWidget(self.end)
        dates.addStretch(1)
        dates.addWidget(self.make_button)
        choose = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        choose.addLayout(what)
        choose.addLayout(dates, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        for button in (self.pdf_button, self.print_button, self.csv_button, close):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.preview, 1)
        layout.addLayout(actions)
        self.exporter = Exporter(context, self)
        screen = (parent.screen() if parent is not None else None) or QApplication.primaryScreen()
        room = screen.availableGeometry().size() - QSize(16, 48) if screen else QSize(980, 720)
        if choose.minimumSize().width() > room.width() - 24:
            choose.setDirection(QBoxLayout.Direction.TopToBottom)
        self.resize(QSize(980, 720).boundedTo(room))
        self._on_choice_changed()

    # --- choosing and making ------------------------------------------------------------

    def summary(self) -> bool:
        return bool(self.kind.currentData() == "summary")

    def period(self) -> tuple[datetime, datetime]:
        now = utcnow().replace(second=0, microsecond=0)
        if self.summary():
            return now - timedelta(days=7), now
        key = self.range.currentData()
        days = dict(RANGES).get(key, 30)
        if key == "custom":
            return _utc(self.start.date(), False), min(now, _utc(self.end.date(), True))
        return now - timedelta(days=days), now

    @Slot()
    def _on_choice_changed(self) -> None:
        custom = not self.summary() and self.range.currentData() == "custom"
        self.range.setEnabled(not self.summary())
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        for button in (self.pdf_button, self.print_button, self.csv_button):
            button.setEnabled(ready and not self.loading)

    @Slot()
    def make(self) -> None:
        start, end = self.period()
        if end <= start:
            self.message.setText(self.tr("The start date must be before the end date."))
            return
        self.loading = True
        self.make_button.setEnabled(False)
        self.message.setText(self.tr("Making the report…"))
        summary = self.summary()
        (
            self._context.op(
                self,
                reports.make_report,
                self._context.api,
                self._context.session.user_id if self._context.session else None,
                self.family_id,
                start,
                end,
                summary,
            )
            .success(self._on_made)
            .failure(self._on_failed)
            .latest("report")
            .run()
        )

    @Slot(object)
    def _on_made(self, report: ElderReport) -> None:
        self.loading = False
        self.make_button.setEnabled(True)
        self.report = report
        session = self._context.session
        made_by = session.user_name if session is not None else ""
        font = QApplication.font()
        if self._context.font_family:  # the bundled Korean font, on paper too
            font.setFamily(self._context.font_family)
        self.document = doc.build_document(report, made_by, font, self.summary())
        self.preview.setDocument(self.document)
        self.message.setText(self.tr("%n alert(s) in this period.", None, len(report.alerts)))
        self._set_ready(True)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.loading = False
        self.make_button.setEnabled(True)
        self.message.setText(error_text(error))
        self._set_ready(False)

    # --- leaving the application ----------------------------------------------------------

    def _title(self) -> str:
        kind = self.tr("Weekly family summary") if self.summary() else self.tr("Care report")
        return f"{kind} - {self.family_label}"

    def _file_name(self, suffix: str, table: str = "") -> str:
        """The default name, as "최만석-보고서-2026-12-04.pdf" or "최만석-주간요약-위급알림-2026-12-04.csv"."""
        report = self.report
        shown = fmt.local(report.end) if report else None
        name = report.elder_name if report else self.tr("Carebot")
        kind = self.tr("summary") if self.summary() else self.tr("report")
        tables = {
            "critical": self.tr("critical alerts"),
            "alerts": self.tr("alerts"),
            "readings": self.tr("readings"),
            "mental": self.tr("mental reports"),
            "care_log": self.tr("care log"),
        }
        words = [name, kind, tables[table]] if table else [name, kind]
        return file_name(words, shown.date() if shown else None, suffix)

    def _what(self) -> str:
        return self.tr("This report on %1").replace("%1", self.family_label)

    @Slot()
    def save_pdf(self) -> bool:
        document = self.document
        if document is None:
            return False
        path = choose_path(
            self, self.tr("Save as PDF"), self._file_name("pdf"), self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        kind = "summary_pdf" if self.summary() else "report_pdf"
        title = self._title()

        def write() -> str:
            doc.save_pdf(document, path, title)
            return path

        return self.exporter.run([self.family_id], kind, self._what(), write, self.message.setText)

    @Slot()
    def print_report(self) -> bool:
        document = self.document
        if document is None:
            return False
        printer = make_printer(self._title())
        if not choose_printer(printer, self):
            return False

        def write() -> str:
            document.print_(printer)
            return printer.printerName() or printer.outputFileName() or self.tr("the printer")

        return self.exporter.run(
            [self.family_id], "report_print", self._what(), write, self.message.setText
        )

    def export_csv(self, table: str) -> bool:
        report = self.report
        if report is None:
            return False
        rows = {
            "critical": doc.critical_rows,
            "care_log": doc.care_log_rows,
            "alerts": doc.alert_rows,
            "readings": doc.reading_rows,
            "mental": doc.mental_rows,
        }[table](report)
        return export_csv(
            self.exporter,
            [self.family_id],
            self._what(),
            rows,
            self._file_name("csv", table),
            self.message.setText,
        )


def make_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageLayout(doc.page_layout())
    return printer


def choose_printer(printer: QPrinter, parent: QWidget) -> bool:
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


__all__ = ["ReportDialog"]
