"""The self-check tab driven like a runner would: ticks, Next, the result, one-click start.

The run view underneath is real, on the fake clock and scheduler, so "start the warm-up" is
checked by the session it starts, not by a mock.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.qt_fixtures import FakeScheduler, library
from warmup_app.core.cues import CueKind
from warmup_app.core.selfcheck.bank import RED_FLAGS, Level
from warmup_app.core.selfcheck.rules import DISCLAIMER, Report, Today, Triage
from warmup_app.core.session import State
from warmup_app.gui.main_window import MainWindow
from warmup_app.gui.run.view import RunView
from warmup_app.gui.selfcheck.panel import SelfCheckPanel
from warmup_app.runner.controller import RunController
from warmup_app.runner.driver import SessionDriver

HEAVY_FROM_TRAINING = ("heavy_legs", "tired_sore_legs", "high_training_load")


@pytest.fixture
def run_view(qtbot: QtBot, driver: SessionDriver) -> RunView:
    view = RunView(RunController(driver))
    qtbot.addWidget(view)
    view.controller.set_library(library(), select_id="pre-run")
    assert view.entry is not None
    assert view.entry.id == "pre-run"
    return view


@pytest.fixture
def panel(qtbot: QtBot, run_view: RunView) -> SelfCheckPanel:
    widget = SelfCheckPanel(run_view.controller)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    with qtbot.waitExposed(widget, timeout=5000):
        widget.show()
    return widget


class Completed:
    """Collects ``completed`` emissions."""

    def __init__(self, panel: SelfCheckPanel) -> None:
        self.calls: list[tuple[Report, dict[str, bool]]] = []
        panel.completed.connect(self.record)

    def record(self, report: Report, answers: dict[str, bool]) -> None:
        self.calls.append((report, answers))


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, panel: SelfCheckPanel, question_id: str) -> None:
    """Click the question's check box like a runner (the page must be the current one)."""
    box = panel.rows[question_id].box
    if panel.current_index() == 0 and not panel.red_flags_expanded:
        click(panel.red_flag_gate.yes_button)  # "Any of these?" Yes: the list to tick
    assert box.isVisibleTo(panel), f"{question_id} is not on the page shown"
    click(box)


def next_page(qtbot: QtBot, panel: SelfCheckPanel) -> None:
    click(panel.next_button)


def card_text(panel: SelfCheckPanel) -> str:
    labels = panel.result.findChildren(QLabel)
    return "\n".join(label.text() for label in labels if label.isVisibleTo(panel.result))


def test_nothing_ticked_walks_three_pages_to_all_clear(qtbot: QtBot, panel: SelfCheckPanel) -> None:
    completed = Completed(panel)
    assert panel.current_index() == 0
    assert panel.step_label.text().startswith("Step 1 of 3")
    assert not panel.back_button.isEnabled()
    next_page(qtbot, panel)
    assert panel.current_index() == 1
    next_page(qtbot, panel)
    assert panel.current_index() == 2
    assert "result" in panel.next_button.text()
    next_page(qtbot, panel)
    assert panel.showing_result()
    assert not panel.nav.isVisible()
    assert panel.result.heading.text() == "All clear"
    assert "Today: Run as planned" in card_text(panel)
    assert panel.result.start_button.isVisible()
    assert len(completed.calls) == 1
    report, answers = completed.calls[0]
    assert report.triage is Triage.ALL_CLEAR
    assert not any(answers.values())


@pytest.mark.parametrize(
    "flag", [q for q in RED_FLAGS if q.level in (Level.EMERGENCY, Level.URGENT)], ids=str
)
def test_an_emergency_or_urgent_flag_stops_the_flow_at_once(
    qtbot: QtBot, panel: SelfCheckPanel, flag: Any
) -> None:
    completed = Completed(panel)
    tick(qtbot, panel, flag.id)
    # No Next: the care advice is on screen the moment the box is ticked.
    assert panel.showing_result()
    report, answers = completed.calls[0]
    assert answers[flag.id]
    assert report.triage.value == flag.level.value
    assert report.today is Today.DO_NOT_RUN
    text = card_text(panel)
    assert "112, 999 or 911" in text  # no single country's number
    assert not panel.result.start_button.isVisible()  # no warm-up offered
    assert not panel.result.score.isVisible()
    assert panel.result.heading.hasFocus()  # keyboard and screen-reader users land on it


def test_the_early_stop_works_from_the_keyboard(qtbot: QtBot, panel: SelfCheckPanel) -> None:
    yes = panel.red_flag_gate.yes_button
    assert yes.hasFocus()  # the page opens on its one question: "Any of these?"
    QTest.keyClick(yes, Qt.Key.Key_Space)
    first = panel.rows["chest_pain"].box
    assert first.hasFocus()  # the list opened: focus on its first sign
    QTest.keyClick(first, Qt.Key.Key_Space)
    assert panel.showing_result()
    assert panel.result.heading.text() == "Emergency: get help now"
    assert "call your local emergency number" in panel.result.care.text()


def test_a_see_a_professional_flag_goes_straight_to_the_result(
    qtbot: QtBot, panel: SelfCheckPanel
) -> None:
    tick(qtbot, panel, "pinpoint_bone_pain")
    assert panel.current_index() == 0  # this level does not interrupt
    assert panel.next_button.text().replace("&", "").startswith("See the result")
    next_page(qtbot, panel)
    assert panel.showing_result()
    assert panel.result.heading.text() == "See a doctor or physiotherapist"
    assert "Today: Rest today" in card_text(panel)
    assert not panel.result.start_button.isVisible()


def test_clicking_the_question_text_ticks_its_box(qtbot: QtBot, panel: SelfCheckPanel) -> None:
    row = panel.rows["numbness_tingling"]
    panel.red_flags_page.ensureWidgetVisible(row)
    click(row.label)
    assert row.checked
    click(row.label)
    assert not row.checked


def test_leg_pain_asks_the_warning_signs_again_before_the_result(
    qtbot: QtBot, panel: SelfCheckPanel
) -> None:
    completed = Completed(panel)
    next_page(qtbot, panel)
    next_page(qtbot, panel)
    tick(qtbot, panel, "leg_pain")
    next_page(qtbot, panel)
    assert panel.current_index() == 0
    assert panel.follow_up_notice.isVisible()
    assert "None of these apply" in panel.next_button.text()
    assert completed.calls == []
    next_page(qtbot, panel)
    assert panel.showing_result()
    report = completed.calls[0][0]
    assert report.triage is Triage.SELF_CARE
    assert report.today is Today.REST  # leg pain is never a normal run
    assert not panel.result.start_button.isVisible()
    # Changing answers later does not ask again: the signs were read once.
    click(panel.result.change_button)
    assert panel.current_index() == 0
    assert not panel.follow_up_notice.isVisible()


def test_a_flag_found_on_the_second_look_overrides(qtbot: QtBot, panel: SelfCheckPanel) -> None:
    next_page(qtbot, panel)
    next_page(qtbot, panel)
    tick(qtbot, panel, "poor_circulation")
    next_page(qtbot, panel)
    assert panel.follow_up_notice.isVisible()
    panel.red_flags_page.ensureWidgetVisible(panel.rows["cold_pale_leg"])
    tick(qtbot, panel, "cold_pale_leg")
    assert panel.showing_result()
    assert panel.result.heading.text() == "Urgent: get seen today"


def test_back_from_the_second_look_returns_to_the_legs(qtbot: QtBot, panel: SelfCheckPanel) -> None:
    next_page(qtbot, panel)
    next_page(qtbot, panel)
    tick(qtbot, panel, "leg_pain")
    next_page(qtbot, panel)
    assert panel.back_button.isEnabled()
    click(panel.back_button)
    assert panel.current_index() == 2
    assert panel.rows["leg_pain"].checked


def test_doctor_clearance_only_counts_after_a_screen_yes(
    qtbot: QtBot, panel: SelfCheckPanel
) -> None:
    next_page(qtbot, panel)
    cleared = panel.rows["screen_cleared_by_doctor"]
    assert not cleared.box.isEnabled()
    tick(qtbot, panel, "screen_pregnancy")
    assert cleared.box.isEnabled()
    next_page(qtbot, panel)
    next_page(qtbot, panel)
    assert panel.result.heading.text() == "See a doctor or physiotherapist"
    click(panel.result.change_button)
    click(panel.back_button)
    tick(qtbot, panel, "screen_cleared_by_doctor")
    next_page(qtbot, panel)
    next_page(qtbot, panel)
    assert panel.result.heading.text() == "Things you can do yourself"
    assert panel.result.start_button.isVisible()
    # Unticking the screen answer clears the clearance too.
    click(panel.result.change_button)
    click(panel.back_button)
    tick(qtbot, panel, "screen_pregnancy")
    assert not cleared.checked


def test_factor_result_shows_exact_changes_and_starts_the_adapted_warmup(
    qtbot: QtBot, panel: SelfCheckPanel, run_view: RunView, scheduler: FakeScheduler
) -> None:
    original = run_view.entry
    assert original is not None
    next_page(qtbot, panel)
    next_page(qtbot, panel)
    for qid in (*HEAVY_FROM_TRAINING, "overstriding_low_cadence"):
        tick(qtbot, panel, qid)
    next_page(qtbot, panel)
    result = panel.result
    assert result.heading.text() == "Things you can do yourself"
    jog, metronome = result.offers
    assert jog.change.text() == "Easy jog 7:00 → 9:00; total 17:45 → 19:45"
    assert metronome.change.text() == "Metronome on for: Easy jog"
    # Issue 12 point 11: the suggestion is chosen, spelled out, and the button says so.
    assert jog.check.checked
    assert metronome.check.checked
    assert result.routine_line.text() == "Routine: Pre-run warm-up (adapted), 19:45"
    assert result.start_button.text().replace("&", "") == "Start the adapted warm-up"
    click(metronome.check.box)  # untick one: still adapted, by the other
    assert result.start_button.text().replace("&", "") == "Start the adapted warm-up"
    click(metronome.check.box)

    with qtbot.waitSignal(panel.warmup_started, timeout=1000) as started:
        click(result.start_button)
    entry = started.args[0]
    assert entry.adapted_from is original  # a value that knows its original, not a name suffix
    assert entry.id == "pre-run"
    assert run_view.entry is entry
    session = run_view.driver.session
    assert session is not None
    assert session.state is State.LEAD_IN
    assert session.timeline.total_seconds == 19 * 60 + 45
    assert any(c.kind is CueKind.METRONOME for c in session.timeline.cues)
    # The library's routine is untouched; the header names the adapted copy, with its badge.
    assert original.routine.parts[0].steps[1].duration == 7 * 60
    picker = run_view.picker
    assert picker.combo.currentText() == "Pre-run warm-up (adapted)  (19:45)"
    assert [picker.combo.itemText(i) for i in range(picker.combo.count())].count(
        "Pre-run warm-up  (17:45)"
    ) == 1
    # Focus mode hides the whole picker while the warm-up runs; the badge is on within it.
    assert picker.badge.isVisibleTo(picker)
    assert picker.original_button.isVisibleTo(picker)
    scheduler.advance(12)
    assert session.snapshot().state is State.RUNNING


def test_unticked_suggestions_start_the_routine_as_it_is(
    qtbot: QtBot, panel: SelfCheckPanel, run_view: RunView
) -> None:
    for qid in HEAVY_FROM_TRAINING:
        panel.rows[qid].set_checked(True)
    panel.show_result()
    assert [o.kind.value for o in panel.result.offers] == ["longer_easy_jog"]
    click(panel.result.offers[0].check.box)
    assert panel.result.routine_line.text() == "Routine: Pre-run warm-up, 17:45"
    assert panel.result.start_button.text().replace("&", "") == "Start the warm-up"
    with qtbot.waitSignal(panel.warmup_started, timeout=1000) as started:
        click(panel.result.start_button)
    assert started.args[0].id == "pre-run"
    session = run_view.driver.session
    assert session is not None
    assert session.timeline.total_seconds == 17 * 60 + 45


def test_a_running_warmup_is_not_replaced(
    qtbot: QtBot, panel: SelfCheckPanel, run_view: RunView
) -> None:
    run_view.controller.toggle()
    running = run_view.driver.session
    for qid in HEAVY_FROM_TRAINING:
        panel.rows[qid].set_checked(True)
    panel.show_result()
    panel.result.offers[0].check.set_checked(True)
    with qtbot.waitSignal(panel.warmup_started, timeout=1000):
        click(panel.result.start_button)
    assert run_view.driver.session is running
    assert run_view.entry is not None
    assert run_view.entry.id == "pre-run"


def test_offers_follow_the_routine_chosen_on_the_warmup_tab(
    qtbot: QtBot, panel: SelfCheckPanel, run_view: RunView
) -> None:
    for qid in (*HEAVY_FROM_TRAINING, "overstriding_low_cadence"):
        panel.rows[qid].set_checked(True)
    panel.show_result()
    run_view.controller.set_library(library(), select_id="race-day")
    jog = panel.result.offers[0]
    assert jog.change.text() == (
        "Easy jog 6:00 → 8:00; total 19:45 → 21:45 (longer than the recommended 15-20 min)"
    )


def test_a_routine_without_a_jog_cannot_be_adapted(
    qtbot: QtBot, panel: SelfCheckPanel, run_view: RunView
) -> None:
    base = run_view.entry
    assert base is not None
    part = base.routine.parts[1].model_copy(deep=True)
    no_jog = base.__class__(
        "stretches", base.path, False, base.routine.model_copy(update={"parts": [part]})
    )
    run_view.controller.load(no_jog)
    for qid in (*HEAVY_FROM_TRAINING, "overstriding_low_cadence"):
        panel.rows[qid].set_checked(True)
    panel.show_result()
    for offer in panel.result.offers:
        assert not offer.check.box.isEnabled()
        assert "no easy-jog step" in offer.change.text()
    assert panel.result.chosen_entry() is no_jog


def test_the_same_answers_are_reported_once(qtbot: QtBot, panel: SelfCheckPanel) -> None:
    completed = Completed(panel)
    panel.rows["stiff_legs"].set_checked(True)
    panel.show_result()
    click(panel.result.change_button)
    panel.go_next()
    assert len(completed.calls) == 1
    click(panel.result.change_button)
    panel.rows["short_sleep"].set_checked(True)
    panel.show_result()
    assert len(completed.calls) == 2
    click(panel.result.new_button)
    assert panel.current_index() == 0
    assert not any(panel.answers().values())


def test_the_disclaimer_is_on_the_first_page_and_the_result(
    qtbot: QtBot, panel: SelfCheckPanel
) -> None:
    assert panel.disclaimer.text() == DISCLAIMER
    assert panel.disclaimer.isVisible()
    panel.show_result()
    assert panel.result.disclaimer.text() == DISCLAIMER
    assert panel.result.disclaimer.isVisibleTo(panel.result)


def test_every_control_is_named_and_reachable_by_keyboard(panel: SelfCheckPanel) -> None:
    for qid in HEAVY_FROM_TRAINING:
        panel.rows[qid].set_checked(True)
    panel.show_result()  # builds the offers too
    buttons = panel.findChildren(QAbstractButton)
    assert len(buttons) > 40
    for button in buttons:
        assert button.accessibleName().strip(), button.objectName()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.objectName()
    labels = panel.findChildren(QLabel)
    assert all(label.textFormat() is Qt.TextFormat.PlainText for label in labels)


def test_from_the_main_window_a_started_warmup_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.selfcheck_panel)
    panel = window.selfcheck_panel
    for qid in HEAVY_FROM_TRAINING:
        panel.rows[qid].set_checked(True)
    panel.show_result()
    panel.result.offers[0].check.set_checked(True)
    # The small test routine: a 30 s jog, 1:35 in all, so 3 more minutes fit easily.
    assert panel.result.offers[0].change.text() == "Easy jog 0:30 → 3:30; total 1:35 → 4:35"
    click(panel.result.start_button)
    assert window.tabs.currentWidget() is window.run_view
    QApplication.processEvents()
    assert window.run_view.stage.isVisible()
    session = window.driver.session
    assert session is not None
    assert session.is_running


def test_the_warning_signs_open_as_one_question(qtbot: QtBot, panel: SelfCheckPanel) -> None:
    """Issue 12 point 11: one "Any of these?" over the signs as text, not 19 boxes to fill."""
    red_flag_boxes = [panel.rows[q.id].box for q in RED_FLAGS]
    assert not any(box.isVisibleTo(panel) for box in red_flag_boxes)
    gate = panel.red_flag_gate
    assert gate.isVisibleTo(panel)
    assert gate.question.text() == "Any of these?"
    listed = "\n".join(label.text() for label in gate.lists)
    for question in RED_FLAGS:  # every sign is still there to read
        assert panel.rows[question.id].label.text() in listed
    assert panel.next_button.text().replace("&", "") == "No, none of these ▶"

    next_page(qtbot, panel)  # "No, none of these": the next page, every sign answered no
    assert panel.current_index() == 1
    assert not any(panel.answers()[q.id] for q in RED_FLAGS)
    click(panel.back_button)
    assert not panel.red_flags_expanded

    click(gate.yes_button)  # "Yes, or not sure": the same signs, as boxes to tick
    assert all(box.isVisibleTo(panel) for box in red_flag_boxes)
    assert not gate.isVisibleTo(panel)
    assert panel.next_button.text().replace("&", "") == "Next ▶"


def test_the_second_look_at_the_warning_signs_shows_the_whole_list(
    qtbot: QtBot, panel: SelfCheckPanel
) -> None:
    next_page(qtbot, panel)
    next_page(qtbot, panel)
    tick(qtbot, panel, "leg_pain")
    next_page(qtbot, panel)
    assert panel.follow_up_mode
    assert panel.current_index() == 0
    assert panel.red_flags_expanded  # they must be seen one by one, not waved through
    assert all(panel.rows[q.id].box.isVisibleTo(panel) for q in RED_FLAGS)

    panel.new_check()
    assert not panel.red_flags_expanded


def test_each_result_has_one_action_and_no_running_advice_on_a_rest_day(
    qtbot: QtBot, panel: SelfCheckPanel
) -> None:
    """Issue 12 point 11: not "Rest today" above "Make today an easy day"; the start button
    is there exactly when today is a running day."""
    none = {q.id: False for q in RED_FLAGS}
    answer_sets = [
        (),
        ("heavy_legs",),
        HEAVY_FROM_TRAINING,
        ("leg_pain", "heavy_legs", "tired_sore_legs"),
        ("tired_sore_legs", "heavy_legs", "high_training_load", "no_rest_days", "short_sleep"),
        ("pinpoint_bone_pain",),
        ("chest_pain",),
    ]
    for ticked in answer_sets:
        panel.new_check()
        for qid, yes in {**none, **dict.fromkeys(ticked, True)}.items():
            if qid in panel.rows:
                panel.rows[qid].set_checked(yes)
        report = panel.show_result()
        running = report.today in (Today.RUN_AS_PLANNED, Today.RUN_EASY)
        assert panel.result.start_button.isVisibleTo(panel.result) is running, ticked
        if not running:
            text = card_text(panel).lower()
            for advice in ("easy day", "run easy", "today's run", "before you run"):
                assert advice not in text, (ticked, advice)
