"""Issue 12 points 1-5 in the self-check tab: the new questions are asked, a clearance never
covers chest pain or blackouts, and emergency and urgent results carry no running advice."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.selfcheck.test_selfcheck_panel import (  # noqa: F401 - fixtures
    Completed,
    card_text,
    click,
    next_page,
    panel,
    run_view,
    tick,
)
from warmup_app.core.selfcheck.rules import Today, Triage
from warmup_app.gui.selfcheck.panel import SelfCheckPanel

NEW_QUESTIONS = [
    "tight_burning_when_running",
    "pain_worse_each_run",
    "pain_at_rest_or_night",
    "missed_periods",
    "repeated_bone_injuries",
]


def test_the_new_questions_are_on_the_pages(panel: SelfCheckPanel) -> None:  # noqa: F811
    for qid in NEW_QUESTIONS:
        assert qid in panel.rows
    cleared = panel.rows["screen_cleared_by_doctor"]
    assert "since that began" in cleared.label.text()
    assert cleared.hint is not None
    assert "chest pain, dizziness or blackouts" in cleared.hint.text()


@pytest.mark.parametrize("symptom", ["screen_chest_pain", "screen_dizziness"])
def test_a_clearance_does_not_cover_chest_pain_or_blackouts(
    qtbot: QtBot,
    panel: SelfCheckPanel,  # noqa: F811
    symptom: str,
) -> None:
    completed = Completed(panel)
    next_page(qtbot, panel)
    tick(qtbot, panel, "screen_heart_condition")
    tick(qtbot, panel, symptom)
    tick(qtbot, panel, "screen_cleared_by_doctor")
    next_page(qtbot, panel)
    tick(qtbot, panel, "heavy_legs")
    next_page(qtbot, panel)
    assert panel.showing_result()
    report = completed.calls[-1][0]
    assert (report.triage, report.today) == (Triage.SEE_PROFESSIONAL, Today.DO_NOT_RUN)
    text = card_text(panel)
    assert "Today: Do not run" in text
    assert "Nothing you ticked needs a doctor" not in text
    assert not panel.result.start_button.isVisible()


@pytest.mark.parametrize("flag", ["chest_pain", "one_leg_swelling"])
def test_emergency_and_urgent_results_show_no_findings(
    qtbot: QtBot,
    panel: SelfCheckPanel,  # noqa: F811
    flag: str,
) -> None:
    next_page(qtbot, panel)
    next_page(qtbot, panel)
    legs_page = panel.question_pages[-1]
    for qid in ("heavy_legs", "no_rest_days", "dehydrated", "short_sleep"):
        legs_page.ensureWidgetVisible(panel.rows[qid])
        tick(qtbot, panel, qid)
    click(panel.back_button)
    click(panel.back_button)
    assert panel.current_index() == 0
    panel.red_flags_page.ensureWidgetVisible(panel.rows[flag])
    tick(qtbot, panel, flag)
    assert panel.showing_result()
    assert not panel.result.findings.isVisibleTo(panel.result)
    assert not panel.result.findings_title.isVisibleTo(panel.result)
    text = card_text(panel)
    for advice in ("Drink something before you run", "Make today an easy day", "keep that day"):
        assert advice not in text
