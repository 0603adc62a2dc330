"""Issue 12 point 10b: a self-check with a warning sign is never plotted or shown as a
heavy-legs score of 0 (the best value): the chart has a red marker and the tile says to see
the result."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui.history.test_history_view import make_view, open_access, pixels_like, row
from warmup_app.core.history import History, SelfCheckEntry
from warmup_app.core.selfcheck.rules import evaluate
from warmup_app.gui.history.chart import WARNING_COLOUR

NOW = datetime(2024, 5, 17, 18, 0, tzinfo=UTC)


def seed(path: Path, checks: list[dict[str, bool]]) -> None:
    """One self-check a day, oldest first, the last one today."""
    with History(path, now=lambda: NOW, tz=UTC) as history:
        for days_ago, answers in zip(range(len(checks) - 1, -1, -1), checks, strict=True):
            history.record_selfcheck(
                evaluate(answers), answers, NOW - timedelta(days=days_ago, hours=1)
            )


def test_a_warning_sign_check_is_not_in_the_score_series(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    seed(path, [{"heavy_legs": True}, {"chest_pain": True}, {"pinpoint_bone_pain": True}, {}])
    with History(path, now=lambda: NOW, tz=UTC) as history:
        checks = [e for e in history.list_entries() if isinstance(e, SelfCheckEntry)]
        assert sorted(c.warning_sign for c in checks) == [False, False, True, True]
        assert [score for _t, score in history.heavy_legs_series()] == [35, 0]


def test_the_tile_and_chart_show_a_warning_not_a_zero(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    seed(path, [{"heavy_legs": True}, {"tired_sore_legs": True}, {"one_leg_swelling": True}])
    access = open_access(path)
    try:
        view = make_view(qtbot, access)
        assert view.latest_score.value.text() == "!"
        assert "see the result" in view.latest_score.caption.text()
        assert "0" not in view.latest_score.value.text()
        chart = view.heavy_legs_chart
        assert [score for _t, score in chart.points] == [35, 15]
        assert len(chart.warnings) == 1
        assert "warning sign" in chart.view.accessibleDescription()
        image = chart.view.grab().toImage()
        assert pixels_like(image, WARNING_COLOUR[False]) > 10  # the red marker is drawn
        newest = row(view, 0)
        assert "warning sign: see the result" in newest.text(2)
        assert "heavy-legs score" not in newest.text(2)
    finally:
        assert access.shutdown()


def test_only_warning_sign_checks_still_draw_the_chart(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    seed(path, [{"chest_pain": True}])
    access = open_access(path)
    try:
        view = make_view(qtbot, access)
        assert view.heavy_legs_chart.has_data
        assert view.heavy_legs_chart.points == []
        assert view.latest_score.value.text() == "!"
    finally:
        assert access.shutdown()


def test_a_later_ordinary_check_shows_its_score_again(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    seed(path, [{"chest_pain": True}, {"stiff_legs": True}])
    access = open_access(path)
    try:
        view = make_view(qtbot, access)
        assert view.latest_score.value.text() == "10"
        assert view.latest_score.caption.text() == "heavy-legs score at the last self-check"
    finally:
        assert access.shutdown()
