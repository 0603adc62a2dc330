"""The History tab: streak, warm-ups per week, the heavy-legs chart and every entry.

Everything is read and written through :class:`~warmup_app.history.access.HistoryAccess`
(on the history thread), so a locked database shows a message here instead of freezing the
window. The view re-reads when it is shown and after each write, and only while visible.

Dialogs are attributes (``confirm_clear``, ``ask_export_path``, ``confirm_delete``) so tests
replace them instead of running modal loops.
"""

from __future__ import annotations

import functools
import html
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warmup_app.core.durations import format_clock
from warmup_app.core.history import (
    SKIPPED_TO_END,
    Entry,
    EntryKind,
    History,
    SelfCheckEntry,
    SessionEntry,
)
from warmup_app.core.selfcheck.rules import TODAY_LABELS, TRIAGE_LABELS, Today, Triage
from warmup_app.gui.common.text import plain_label, tr_core
from warmup_app.gui.common.theme import is_dark
from warmup_app.gui.history.chart import (
    WARNING_COLOUR,
    HeavyLegsChart,
    WeeklyChart,
    short_date_format,
)
from warmup_app.history.access import HistoryAccess

log = logging.getLogger(__name__)

WEEKS_SHOWN = 6
_KEY_ROLE = Qt.ItemDataRole.UserRole
_SHORT = QLocale.FormatType.ShortFormat


@dataclass(frozen=True)
class HistorySummary:
    """Everything the view shows, read in one job on the history thread."""

    entries: list[Entry]
    streak: int
    weeks: list[tuple[date, int]]
    series: list[tuple[datetime, int]]


def read_summary(history: History) -> HistorySummary:
    return HistorySummary(
        entries=history.list_entries(),
        streak=history.streak_days(),
        weeks=history.warmups_per_week(weeks=WEEKS_SHOWN),
        series=history.heavy_legs_series(),
    )


def _delete(kind: EntryKind, entry_id: int, history: History) -> bool:
    return history.delete_entry(kind, entry_id)


def _clear(history: History) -> None:
    history.clear_all()


@dataclass(frozen=True)
class ExportFailed:
    """The CSV file could not be written (the history itself is fine)."""

    reason: str


def _export(path: Path, history: History) -> int | ExportFailed:
    try:
        return history.export_csv(path)
    except OSError as exc:
        log.warning("history export to %s failed: %s", path, exc)
        return ExportFailed(exc.strerror or str(exc))


class _Figure(QFrame):
    """A big number with a caption under it (the streak, this week's warm-ups)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = plain_label("\N{EN DASH}", self)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = plain_label(caption, self, wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_value(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.setAccessibleName(f"{value} {caption}")


class HistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access: HistoryAccess | None = None
        self.summary: HistorySummary | None = None
        self._dirty = True
        self._loading = False
        self._pending_done_text = ""
        self._export_path: Path | None = None
        #: Asks before deleting everything; replaced in tests.
        self.confirm_clear: Callable[[], bool] = self._ask_clear
        #: Asks where to save the CSV file (None: cancelled); replaced in tests.
        self.ask_export_path: Callable[[], Path | None] = self._ask_export_path

        # With a count, as show_summary asks: one message with its plural forms.
        self.streak = _Figure(self.tr("days in a row with a warm-up", "", 0), self)
        self.this_week = _Figure(self.tr("warm-ups this week", "", 0), self)
        self.latest_score = _Figure(self.tr("no self-check yet"), self)
        figures = QHBoxLayout()
        for figure in (self.streak, self.this_week, self.latest_score):
            figures.addWidget(figure, 1)

        self.heavy_legs_chart = HeavyLegsChart(self)
        self.weekly_chart = WeeklyChart(self)
        charts = QHBoxLayout()
        charts.addWidget(self.heavy_legs_chart, 1)
        charts.addWidget(self.weekly_chart, 1)

        self.entries = QTreeWidget(self)
        self.entries.setAccessibleName(self.tr("History entries, newest first"))
        self.entries.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Result")])
        self.entries.setRootIsDecorated(False)
        self.entries.setUniformRowHeights(True)
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries.setAlternatingRowColors(True)
        header = self.entries.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.status = plain_label("", self, wrap=True)
        self.status.setObjectName("historyStatus")
        self.export_button = QPushButton(self.tr("&Export to CSV…"), self)
        self.delete_button = QPushButton(self.tr("&Delete entry"), self)
        self.clear_button = QPushButton(self.tr("C&lear all…"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button, tip in (
            (self.export_button, self.tr("Save every entry as a CSV file")),
            (self.delete_button, self.tr("Delete the selected entry (Delete)")),
            (self.clear_button, self.tr("Delete every entry, after asking")),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setMinimumHeight(34)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.addLayout(figures)
        layout.addLayout(charts, 3)
        layout.addWidget(self.entries, 2)
        layout.addLayout(buttons)

        self._delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.entries)
        self._delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._delete_key.activated.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export_csv)
        self.delete_button.clicked.connect(self.delete_selected)
        self.clear_button.clicked.connect(self.clear_all)
        self.entries.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.status.setText(self.tr("History is not open yet."))

    # -- wiring -----------------------------------------------------------------------------

    def set_access(self, access: HistoryAccess) -> None:
        self.access = access
        access.changed.connect(self._on_changed)
        access.notice.connect(self.show_notice)
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    @Slot()
    def _on_changed(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    @Slot(str)
    def show_notice(self, message: str) -> None:
        self.status.setText(message)

    # -- reading ----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        if self.access is None or self._loading:
            return
        self._loading = True
        self._dirty = False
        self.access.submit(read_summary, done=self._on_summary, failed=self._on_read_failed)

    def _on_summary(self, summary: object) -> None:
        self._loading = False
        assert isinstance(summary, HistorySummary)
        self.show_summary(summary)
        if self._dirty:  # a write landed while this was being read
            self.refresh()

    def _on_read_failed(self, message: str) -> None:
        self._loading = False
        self._dirty = True  # try again next time the tab is shown
        self.status.setText(message)

    def show_summary(self, summary: HistorySummary) -> None:
        self.summary = summary
        days = summary.streak
        # The number shows large above its caption: the caption takes the number's plural form.
        self.streak.set_value(str(days), self.tr("days in a row with a warm-up", "", days))
        this_week = summary.weeks[-1][1] if summary.weeks else 0
        self.this_week.set_value(
            str(this_week),
            self.tr("warm-ups this week", "", this_week),
        )
        checks = sorted(
            (e for e in summary.entries if isinstance(e, SelfCheckEntry)), key=lambda e: e.time
        )
        warnings = [c.taken_at for c in checks if c.warning_sign]
        if checks and checks[-1].warning_sign:
            # A warning-sign check has no meaningful score: never show it as a good 0.
            self.latest_score.set_value(
                "!", self.tr("warning sign at the last self-check: see the result")
            )
            self._set_warning_colour(True)
        elif summary.series:
            self.latest_score.set_value(
                str(summary.series[-1][1]), self.tr("heavy-legs score at the last self-check")
            )
            self._set_warning_colour(False)
        else:
            self.latest_score.set_value("\N{EN DASH}", self.tr("no self-check yet"))
            self._set_warning_colour(False)
        self.heavy_legs_chart.set_points(summary.series, warnings)
        self.weekly_chart.set_weeks(summary.weeks)
        self._fill_entries(summary.entries)
        count = len(summary.entries)
        self.status.setText(
            self.tr("No entries yet.") if count == 0 else self.tr("%n entries.", "", count)
        )
        self._update_buttons()

    def _fill_entries(self, entries: list[Entry]) -> None:
        selected = self.selected_key()
        self.entries.clear()
        locale = QLocale()
        when_format = f"ddd {short_date_format()} yyyy, {locale.timeFormat(_SHORT)}"
        for entry in entries:
            when = QDateTime.fromMSecsSinceEpoch(int(entry.time.timestamp() * 1000))
            if isinstance(entry, SessionEntry):
                what = self.tr("Warm-up: {name}").format(name=entry.routine_name)
                result = self._session_result(entry)
            else:
                what = self.tr("Self-check")
                result = self._selfcheck_result(entry)
            item = QTreeWidgetItem([locale.toString(when, when_format), what, result])
            item.setData(0, _KEY_ROLE, (entry.kind.value, entry.id))
            # Tooltips guess rich text; a step name from a file must show as typed.
            item.setToolTip(2, f"<qt>{html.escape(result)}</qt>")
            self.entries.addTopLevelItem(item)
            if selected == (entry.kind, entry.id):
                item.setSelected(True)
                self.entries.setCurrentItem(item)

    def _set_warning_colour(self, warning: bool) -> None:
        """The tile's "!" in the chart's warning red; otherwise the normal text colour."""
        label = self.latest_score.value
        if warning:
            colour = WARNING_COLOUR[is_dark(self.palette())]
            label.setStyleSheet(f"color: {colour};")
        else:
            label.setStyleSheet("")

    def _session_result(self, entry: SessionEntry) -> str:
        if entry.completed:
            return self.tr("Completed ({total})").format(total=format_clock(entry.total_seconds))
        if entry.ended_at is None:
            return self.tr("Not finished (still running, or the app was closed)")
        if entry.stopped_at_step == SKIPPED_TO_END:
            return self.tr("Skipped to the end")
        if entry.stopped_at_step:
            return self.tr("Stopped at {step}").format(step=entry.stopped_at_step)
        return self.tr("Stopped before the first step")

    def _selfcheck_result(self, entry: SelfCheckEntry) -> str:
        try:
            triage = tr_core(TRIAGE_LABELS[Triage(entry.triage)])
        except ValueError:
            triage = entry.triage
        parts = [triage]
        if entry.today:
            try:
                parts.append(tr_core(TODAY_LABELS[Today(entry.today)]))
            except ValueError:
                parts.append(entry.today)
        if entry.warning_sign:
            parts.append(self.tr("warning sign: see the result"))
        else:
            parts.append(self.tr("heavy-legs score {score}").format(score=entry.heavy_legs_score))
        return " · ".join(parts)

    # -- selection and changes --------------------------------------------------------------

    def selected_key(self) -> tuple[EntryKind, int] | None:
        item = self.entries.currentItem()
        if item is None or not item.isSelected():
            return None
        kind, entry_id = item.data(0, _KEY_ROLE)
        return EntryKind(kind), int(entry_id)

    @Slot()
    def _update_buttons(self) -> None:
        has_entries = self.entries.topLevelItemCount() > 0
        self.delete_button.setEnabled(self.selected_key() is not None)
        self.clear_button.setEnabled(has_entries)
        self.export_button.setEnabled(has_entries)

    def _submit_write(self, work: Callable[[History], object], done_text: str) -> None:
        if self.access is None:
            return
        self._pending_done_text = done_text
        self.access.submit(work, done=self._on_write_done, failed=self.show_notice, write=True)

    def _on_write_done(self, result: object) -> None:
        self.status.setText(self._pending_done_text)

    @Slot()
    def delete_selected(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        kind, entry_id = key
        self._submit_write(functools.partial(_delete, kind, entry_id), self.tr("Entry deleted."))

    @Slot()
    def clear_all(self) -> None:
        if self.entries.topLevelItemCount() == 0 or not self.confirm_clear():
            return
        self._submit_write(_clear, self.tr("History cleared."))

    @Slot()
    def export_csv(self) -> None:
        if self.access is None:
            return
        path = self.ask_export_path()
        if path is None:
            return
        self._export_path = path
        self.access.submit(
            functools.partial(_export, path), done=self._on_exported, failed=self.show_notice
        )

    def _on_exported(self, result: object) -> None:
        if isinstance(result, ExportFailed):
            self.status.setText(
                self.tr("Could not save {path}: {reason}").format(
                    path=str(self._export_path), reason=result.reason
                )
            )
            return
        assert isinstance(result, int)  # the number of entries saved
        self.status.setText(
            self.tr("Saved %n entries to {path}", "", result).format(path=str(self._export_path))
        )

    # -- dialogs (replaced in tests) --------------------------------------------------------

    def _ask_clear(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Clear all history?"),
            self.tr(
                "Delete every warm-up and self-check from your history? This cannot be undone. "
                "Export to CSV first if you want a copy."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_export_path(self) -> Path | None:
        suggested = Path.home() / f"warmup-history-{date.today().isoformat()}.csv"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export history"),
            str(suggested),
            self.tr("CSV files (*.csv)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".csv")
