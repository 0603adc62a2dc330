"""The History tab over a real SQLite file: figures, charts drawn from data, delete, clear, CSV.

The store runs on its own thread, so each test waits (with a timeout) for the view to show what
the thread read. The demo data is three weeks of warm-ups and self-checks ending on a Friday.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from tools.screenshots import DEMO_NOW, seed_demo_history
from warmup_app.core.history import History, SelfCheckEntry, SessionEntry
from warmup_app.gui.history.chart import BAR_COLOUR, SCORE_COLOUR
from warmup_app.gui.history.view import HistoryView
from warmup_app.history.access import HistoryAccess

WAIT_MS = 10_000
DEMO_ENTRIES = 26  # 16 warm-ups + 10 self-checks


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "history.sqlite3"
    with History(path, now=lambda: DEMO_NOW, tz=UTC) as history:
        seed_demo_history(history)
    return path


def open_access(path: Path) -> HistoryAccess:
    access = HistoryAccess(path, now=lambda: DEMO_NOW, tz=UTC)
    access.start()
    return access


@pytest.fixture
def access(db: Path) -> Iterator[HistoryAccess]:
    access = open_access(db)
    yield access
    assert access.shutdown()


def refuse() -> bool:
    raise AssertionError("a dialog was opened that the test did not expect")


def no_path() -> Path | None:
    raise AssertionError("a file dialog was opened that the test did not expect")


def make_view(qtbot: QtBot, access: HistoryAccess) -> HistoryView:
    view = HistoryView()
    qtbot.addWidget(view)
    view.confirm_clear = refuse
    view.ask_export_path = no_path
    view.resize(960, 680)
    view.set_access(access)
    with qtbot.waitExposed(view, timeout=5000):
        view.show()
    qtbot.waitUntil(lambda: view.summary is not None, timeout=WAIT_MS)
    return view


@pytest.fixture
def view(qtbot: QtBot, access: HistoryAccess) -> HistoryView:
    return make_view(qtbot, access)


def row(view: HistoryView, index: int) -> QTreeWidgetItem:
    item = view.entries.topLevelItem(index)
    assert item is not None
    return item


def entry_count(view: HistoryView) -> int:
    return view.entries.topLevelItemCount()


def wait_for_entries(qtbot: QtBot, view: HistoryView, count: int) -> None:
    qtbot.waitUntil(lambda: entry_count(view) == count, timeout=WAIT_MS)


def pixels_like(image: QImage, colour: str, tolerance: int = 40) -> int:
    """How many pixels are close to ``colour`` (antialiasing blends the edges)."""
    target = QColor(colour)
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - target.red())
                + abs(pixel.green() - target.green())
                + abs(pixel.blue() - target.blue())
                <= tolerance
            ):
                found += 1
    return found


def test_the_figures_and_the_list_come_from_the_database(view: HistoryView) -> None:
    assert view.streak.value.text() == "5"
    assert view.streak.caption.text() == "days in a row with a warm-up"
    assert view.this_week.value.text() == "5"
    assert view.latest_score.value.text() == "0"
    assert entry_count(view) == DEMO_ENTRIES
    newest = row(view, 0)
    assert newest.text(1) == "Warm-up: Pre-run warm-up"
    assert newest.text(2) == "Completed (17:45)"
    texts = [row(view, i).text(2) for i in range(entry_count(view))]
    assert "Stopped at Deep lunge stretch (3 of 8)" in texts
    assert "All clear · Run as planned · heavy-legs score 0" in texts
    assert view.status.text() == f"{DEMO_ENTRIES} entries."


def test_the_charts_are_drawn_from_real_data(view: HistoryView, tmp_path: Path) -> None:
    legs = view.heavy_legs_chart
    assert legs.has_data
    assert [score for _t, score in legs.points] == [78, 68, 60, 48, 23, 51, 10, 15, 15, 0]
    weekly = view.weekly_chart
    assert weekly.has_data
    assert [count for _monday, count in weekly.weeks] == [0, 0, 2, 3, 4, 5]
    shot = tmp_path / "history.png"
    assert view.grab().save(str(shot))
    image = view.grab().toImage()
    # The score line and the bars are on screen in their colours, not just in the model.
    legs_image = legs.view.grab().toImage()
    assert pixels_like(legs_image, SCORE_COLOUR[False]) > 150
    weekly_image = weekly.view.grab().toImage()
    assert pixels_like(weekly_image, BAR_COLOUR[False]) > 1000
    assert image.width() == view.width()


def test_an_empty_history_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    access = open_access(tmp_path / "empty.sqlite3")
    try:
        view = make_view(qtbot, access)
        assert not view.heavy_legs_chart.has_data
        assert view.heavy_legs_chart.empty.isVisible()
        assert not view.weekly_chart.has_data
        assert view.streak.value.text() == "0"
        assert view.latest_score.caption.text() == "no self-check yet"
        assert view.status.text() == "No entries yet."
        for button in (view.export_button, view.delete_button, view.clear_button):
            assert not button.isEnabled()
    finally:
        assert access.shutdown()


def select_row(view: HistoryView, index: int) -> None:
    item = row(view, index)
    view.entries.setCurrentItem(item)
    assert view.delete_button.isEnabled()


def test_delete_removes_the_selected_entry(qtbot: QtBot, view: HistoryView, db: Path) -> None:
    select_row(view, 1)  # today's self-check
    assert row(view, 1).text(1) == "Self-check"
    QTest.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    wait_for_entries(qtbot, view, DEMO_ENTRIES - 1)
    assert view.latest_score.value.text() == "15"  # the chart and figures follow
    with History(db, now=lambda: DEMO_NOW, tz=UTC) as history:
        checks = [e for e in history.list_entries() if isinstance(e, SelfCheckEntry)]
    assert len(checks) == 9
    assert all(c.heavy_legs_score != 0 for c in checks)


def test_the_delete_key_deletes_too(qtbot: QtBot, view: HistoryView) -> None:
    select_row(view, 0)
    view.entries.setFocus()
    QTest.keyClick(view.entries, Qt.Key.Key_Delete)
    wait_for_entries(qtbot, view, DEMO_ENTRIES - 1)
    assert view.streak.value.text() == "4"  # today's warm-up is gone


def test_clear_all_asks_first(qtbot: QtBot, view: HistoryView, db: Path) -> None:
    asked: list[bool] = []

    def decline() -> bool:
        asked.append(False)
        return False

    view.confirm_clear = decline
    QTest.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert asked == [False]
    assert view.access is not None
    qtbot.waitUntil(lambda: view.access is not None and view.access.pending == 0, timeout=WAIT_MS)
    assert entry_count(view) == DEMO_ENTRIES

    def accept() -> bool:
        return True

    view.confirm_clear = accept
    QTest.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    wait_for_entries(qtbot, view, 0)
    qtbot.waitUntil(lambda: view.status.text() == "No entries yet.", timeout=WAIT_MS)
    assert not view.heavy_legs_chart.has_data
    with History(db) as history:
        assert history.list_entries() == []


def test_export_writes_every_entry(qtbot: QtBot, view: HistoryView, tmp_path: Path) -> None:
    target = tmp_path / "export" / "mine.csv"
    target.parent.mkdir()

    def choose() -> Path:
        return target

    view.ask_export_path = choose
    QTest.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.status.text().startswith("Saved"), timeout=WAIT_MS)
    assert view.status.text() == f"Saved {DEMO_ENTRIES} entries to {target}"
    rows = list(csv.reader(target.read_text(encoding="utf-8").splitlines()))
    assert rows[0][:3] == ["kind", "id", "time"]
    assert len(rows) == DEMO_ENTRIES + 1
    assert {row[0] for row in rows[1:]} == {"session", "selfcheck"}


def test_a_failed_export_is_reported_and_nothing_else_breaks(
    qtbot: QtBot, view: HistoryView, tmp_path: Path
) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "mine.csv"

    def choose() -> Path:
        return target

    view.ask_export_path = choose
    QTest.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.status.text().startswith("Could not save"), timeout=WAIT_MS)
    assert str(target) in view.status.text()
    assert not target.exists()
    assert entry_count(view) == DEMO_ENTRIES


def test_a_cancelled_export_does_nothing(view: HistoryView) -> None:
    def cancel() -> None:
        return None

    view.ask_export_path = cancel
    status = view.status.text()
    QTest.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert view.access is not None
    assert view.access.pending == 0
    assert view.status.text() == status


def test_a_new_entry_from_elsewhere_appears(
    qtbot: QtBot, view: HistoryView, access: HistoryAccess
) -> None:
    def record(history: History) -> int:
        return history.record_session(
            "quick",
            "Quick warm-up",
            915,
            started_at=DEMO_NOW,
            ended_at=DEMO_NOW,
            completed=False,
        )

    access.submit(record, write=True)
    wait_for_entries(qtbot, view, DEMO_ENTRIES + 1)
    newest = row(view, 0)
    assert newest.text(2) == "Stopped before the first step"


def test_a_hidden_view_reads_only_when_shown(
    qtbot: QtBot, view: HistoryView, access: HistoryAccess
) -> None:
    view.hide()
    reads: list[int] = []
    original = view.refresh

    def counting_refresh() -> None:
        reads.append(1)
        original()

    view.refresh = counting_refresh  # type: ignore[method-assign]

    def record(history: History) -> int:
        entry = history.list_entries()[0]
        assert isinstance(entry, SessionEntry)
        return 0

    access.submit(record, write=True)
    qtbot.waitUntil(lambda: access.pending == 0, timeout=WAIT_MS)
    assert reads == []
    view.show()
    qtbot.waitUntil(lambda: reads == [1], timeout=WAIT_MS)


def test_every_control_is_named(view: HistoryView) -> None:
    for widget in (
        view.entries,
        view.export_button,
        view.delete_button,
        view.clear_button,
        view.heavy_legs_chart.view,
        view.weekly_chart.view,
    ):
        assert isinstance(widget, QWidget)
        assert widget.accessibleName().strip()
    assert "latest score 0 of 100" in view.heavy_legs_chart.view.accessibleDescription()
