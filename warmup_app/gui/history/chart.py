"""The history's two charts, drawn with Qt's own QtCharts (no extra dependency to ship).

* :class:`HeavyLegsChart`: the heavy-legs score of every self-check over time (0-100), with the
  score from which the self-check suggests a rest day marked.
* :class:`WeeklyChart`: completed warm-ups in each of the last weeks.

Each shows a line of text instead of an empty plot when there is nothing to draw. Colours come
from the widget's palette, so both read in a light or a dark theme.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStackedLayout, QWidget

from warmup_app.core.selfcheck.rules import REST_SCORE
from warmup_app.gui.common.text import plain_label
from warmup_app.gui.common.theme import is_dark

SCORE_COLOUR = {False: "#0b57d0", True: "#8ab4ff"}  # by dark theme
REST_COLOUR = {False: "#9a5b00", True: "#ffb84d"}
BAR_COLOUR = {False: "#0b7d45", True: "#3ddc84"}
#: Self-checks with a warning sign: a red square near the top, never a score.
WARNING_COLOUR = {False: "#c5221f", True: "#ff8a80"}
WARNING_Y = 96  # near the top, inside the plot (a marker at 100 is cut in half)
_DAY_MS = 24 * 3600 * 1000


def _ms(moment: datetime) -> float:
    return moment.timestamp() * 1000.0


class _ChartBox(QWidget):
    """A chart view with a placeholder line of text shown when there is no data."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = QChart()
        self.chart.setBackgroundVisible(False)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setVisible(False)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(200)
        self.empty = plain_label(empty_text, self, wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)
        self._stack.setCurrentWidget(self.empty)

    @property
    def has_data(self) -> bool:
        return self._stack.currentWidget() is self.view

    def _show_data(self, has_data: bool) -> None:
        self._stack.setCurrentWidget(self.view if has_data else self.empty)

    def _dark(self) -> bool:
        return is_dark(self.palette())

    def _style_axis(self, axis: QValueAxis | QDateTimeAxis | QBarCategoryAxis) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        axis.setLabelsColor(text)
        axis.setTitleBrush(text)
        axis.setLinePenColor(grid)
        axis.setGridLineColor(grid)

    def _clear(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)


class HeavyLegsChart(_ChartBox):
    """The heavy-legs score over time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("No self-checks yet. Your heavy-legs score appears here once you take one."),
            parent,
        )
        self.chart.setTitle(self.tr("Heavy-legs score"))
        self.view.setAccessibleName(self.tr("Chart of the heavy-legs score over time"))
        self.points: list[tuple[datetime, int]] = []
        self.warnings: list[datetime] = []

    def set_points(
        self, points: Sequence[tuple[datetime, int]], warnings: Sequence[datetime] = ()
    ) -> None:
        """(time, score) pairs, any order; times timezone-aware (shown in local time).

        ``warnings`` are the times of self-checks with a warning sign: they have no meaningful
        score (a 0 would read as the best day), so each is a red square at the top instead.
        """
        self.points = sorted(points)
        self.warnings = sorted(warnings)
        self._clear()
        self._show_data(bool(self.points or self.warnings))
        if not (self.points or self.warnings):
            self.view.setAccessibleDescription(self.empty.text())
            return
        dark = self._dark()
        self.chart.setTitleBrush(self.palette().color(QPalette.ColorRole.WindowText))
        line = QLineSeries()
        line.setName(self.tr("Heavy-legs score"))
        line.setPen(QPen(QColor(SCORE_COLOUR[dark]), 2.5))
        dots = QScatterSeries()
        dots.setMarkerSize(9)
        dots.setColor(QColor(SCORE_COLOUR[dark]))
        dots.setBorderColor(QColor(SCORE_COLOUR[dark]))
        for moment, score in self.points:
            line.append(QPointF(_ms(moment), score))
            dots.append(QPointF(_ms(moment), score))
        warn = QScatterSeries()
        warn.setName(self.tr("Warning sign: see the result"))
        warn.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        warn.setMarkerSize(12)
        warn.setColor(QColor(WARNING_COLOUR[dark]))
        warn.setBorderColor(QColor(WARNING_COLOUR[dark]))
        for moment in self.warnings:
            warn.append(QPointF(_ms(moment), WARNING_Y))
        times = sorted([t for t, _ in self.points] + self.warnings)
        first, last = _ms(times[0]), _ms(times[-1])
        pad = max((last - first) * 0.04, _DAY_MS / 2)
        rest = QLineSeries()
        rest.setName(self.tr("Rest day suggested from {score}").format(score=REST_SCORE))
        rest_pen = QPen(QColor(REST_COLOUR[dark]), 1.5, Qt.PenStyle.DashLine)
        rest.setPen(rest_pen)
        rest.append(first - pad, REST_SCORE)
        rest.append(last + pad, REST_SCORE)
        all_series = (rest, line, dots, warn) if self.warnings else (rest, line, dots)
        for series in all_series:
            self.chart.addSeries(series)

        x_axis = QDateTimeAxis()
        x_axis.setFormat(short_date_format())
        x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(first - pad)),
            QDateTime.fromMSecsSinceEpoch(int(last + pad)),
        )
        x_axis.setTickCount(min(6, max(2, len(times))))
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d")
        for axis in (x_axis, y_axis):
            self._style_axis(axis)
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in all_series:
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        legend = self.chart.legend()
        legend.setVisible(True)
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setLabelColor(self.palette().color(QPalette.ColorRole.WindowText))
        for series in (line, dots):  # the chart's title already names the score
            legend.markers(series)[0].setVisible(False)
        if self.warnings and (not self.points or self.warnings[-1] > self.points[-1][0]):
            description = self.tr(
                "%n self-checks; the latest had a warning sign: see its result", "", len(times)
            )
        else:
            description = self.tr(
                "%n self-checks; latest score {score} of 100", "", len(times)
            ).format(score=self.points[-1][1])
        if self.warnings:
            description += " " + self.tr("%n with a warning sign.", "", len(self.warnings))
        self.view.setAccessibleDescription(description)


class WeeklyChart(_ChartBox):
    """Completed warm-ups per week (Monday first), oldest week on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("No warm-ups finished yet."), parent)
        self.chart.setTitle(self.tr("Warm-ups per week"))
        self.view.setAccessibleName(self.tr("Chart of warm-ups per week"))
        self.weeks: list[tuple[date, int]] = []

    def set_weeks(self, weeks: Sequence[tuple[date, int]]) -> None:
        """(Monday, count) pairs, oldest first."""
        self.weeks = list(weeks)
        self._clear()
        has_data = any(count for _monday, count in self.weeks)
        self._show_data(has_data)
        if not has_data:
            self.view.setAccessibleDescription(self.empty.text())
            return
        dark = self._dark()
        self.chart.setTitleBrush(self.palette().color(QPalette.ColorRole.WindowText))
        bars = QBarSet(self.tr("Warm-ups"))
        bars.setColor(QColor(BAR_COLOUR[dark]))
        bars.setBorderColor(QColor(BAR_COLOUR[dark]))
        labels = []
        locale = QLocale()
        fmt = short_date_format()
        for monday, count in self.weeks:
            bars.append(count)
            labels.append(locale.toString(QDate(monday.year, monday.month, monday.day), fmt))
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        self.chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(labels)
        small = x_axis.labelsFont()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        x_axis.setLabelsFont(small)
        top = max(count for _monday, count in self.weeks)
        y_axis = QValueAxis()
        y_axis.setRange(0, max(top, 1))
        y_axis.setTickCount(min(top, 7) + 1 if top <= 7 else 5)
        y_axis.setLabelFormat("%d")
        if top > 7:
            y_axis.setRange(0, math.ceil(top / 4) * 4)
        for axis in (x_axis, y_axis):
            self._style_axis(axis)
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        this_week = self.weeks[-1][1]
        self.view.setAccessibleDescription(self.tr("%n warm-ups this week", "", this_week))


def short_date_format() -> str:
    """Day and short month in the order the locale writes them (\"3 Mar\" or \"Mar 3\")."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    day_first = pattern.find("d") < pattern.find("M")
    return "d MMM" if day_first else "MMM d"
