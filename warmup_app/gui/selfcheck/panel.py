"""The heavy-legs self-check as a short guided flow: warning signs, health screen, legs, result.

Warning signs come first. Ticking an emergency or urgent one stops the flow at once and shows
the care advice; any other warning sign skips straight to the result from that page. Leg pain
or poor circulation sends the runner back over the warning signs once before the result
(``follow_up_questions``: they must be seen, not assumed). The result can start today's warm-up
with one click, with the changes the runner accepted.

Every result shown for a new set of answers is announced with ``completed`` (for the history).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from warmup_app.core.routine_files import RoutineEntry
from warmup_app.core.selfcheck.bank import (
    CLEARED_BY_DOCTOR,
    FACTORS,
    RED_FLAGS,
    SCREENING,
    SYMPTOMS,
)
from warmup_app.core.selfcheck.rules import (
    DISCLAIMER,
    GROUPS,
    QUESTIONS,
    TRIAGE_LABELS,
    Group,
    Level,
    Report,
    Triage,
    evaluate,
    follow_up_questions,
)
from warmup_app.gui.common.text import plain_label, tr_core
from warmup_app.gui.selfcheck.questions import QuestionGroup, QuestionPage, QuestionRow
from warmup_app.gui.selfcheck.result import ResultCard
from warmup_app.runner.controller import RunController

#: Warning signs that stop the flow the moment they are ticked.
STOP_AT_ONCE = (Level.EMERGENCY, Level.URGENT)
_GROUP = {g.group: g for g in GROUPS}


class RedFlagGate(QWidget):
    """The warning-signs page as one question: "Any of these?" over the signs as plain text.

    Nineteen check boxes read as a form to fill in; a runner with none of the signs answers
    once ("No, none of these", the Next button), and one with any of them, or unsure, opens
    the same list as check boxes to tick which.
    """

    #: "Yes, or not sure": show the check boxes.
    expand_requested = Signal()

    def __init__(self, groups: list[QuestionGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redFlagGate")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(8)
        self.question = plain_label(self.tr("Any of these?"), self)
        self.question.setObjectName("gateQuestion")
        font = QFont(self.question.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.question.setFont(font)
        layout.addWidget(self.question)
        self.lists: list[QLabel] = []
        for group in groups:
            title = plain_label(group.title(), self)
            title_font = QFont(title.font())
            title_font.setBold(True)
            title.setFont(title_font)
            signs = plain_label(
                "\n".join(f"•  {row.label.text()}" for row in group.rows), self, wrap=True
            )
            signs.setContentsMargins(8, 0, 0, 0)
            self.lists.append(signs)
            layout.addWidget(title)
            layout.addWidget(signs)
        self.yes_button = QPushButton(self.tr("&Yes, or not sure: tick which ▼"), self)
        self.yes_button.setObjectName("redFlagsYes")
        self.yes_button.setAccessibleName(self.tr("Yes, or not sure: tick which"))
        self.yes_button.setMinimumHeight(36)
        self.no_hint = plain_label(
            self.tr("None of them? Press “No, none of these” below."), self, wrap=True
        )
        row = QHBoxLayout()
        row.addWidget(self.yes_button)
        row.addWidget(self.no_hint, 1)
        layout.addLayout(row)
        self.yes_button.clicked.connect(self.expand_requested)


class SelfCheckPanel(QWidget):
    """The self-check tab. ``controller`` (optional in tests of the questions alone) is where a
    warm-up started from the result is loaded and run, and whose routine the offers adapt."""

    #: A result was shown for answers not reported before: (``Report``, ``dict[str, bool]``).
    completed = Signal(object, object)
    #: A warm-up was started from the result (``RoutineEntry``, possibly an adapted copy).
    warmup_started = Signal(object)

    def __init__(
        self, controller: RunController | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.follow_up_mode = False
        self._follow_up_done = False
        self._reported: dict[str, bool] | None = None
        self._return_page = 0

        self.red_flags_page = self._make_red_flag_page()
        self.screen_page = QuestionPage(
            tr_core(_GROUP[Group.SCREENING].title),
            tr_core(_GROUP[Group.SCREENING].intro),
            [QuestionGroup(self.tr("Health screen"), [*SCREENING, CLEARED_BY_DOCTOR])],
        )
        self.legs_page = QuestionPage(
            self.tr("Your legs today"),
            self.tr("Tick what applies. Leave the rest unticked."),
            [
                QuestionGroup(
                    tr_core(_GROUP[Group.SYMPTOM].title),
                    SYMPTOMS,
                    tr_core(_GROUP[Group.SYMPTOM].intro),
                ),
                QuestionGroup(
                    tr_core(_GROUP[Group.FACTOR].title),
                    FACTORS,
                    tr_core(_GROUP[Group.FACTOR].intro),
                ),
            ],
        )
        self.question_pages = [self.red_flags_page, self.screen_page, self.legs_page]
        self.result = ResultCard()
        self.stack = QStackedWidget(self)
        for page in (*self.question_pages, self.result):
            self.stack.addWidget(page)
        self.rows: dict[str, QuestionRow] = {
            row.question.id: row for page in self.question_pages for row in page.rows
        }
        assert set(self.rows) == {q.id for q in QUESTIONS}, "every question has a check box"

        self.nav = QWidget(self)
        self.step_label = plain_label("", self.nav)
        self.step_label.setObjectName("stepLabel")
        self.back_button = QPushButton(self.tr("◀ &Back"), self.nav)
        self.next_button = QPushButton(self.tr("&Next ▶"), self.nav)
        self.back_button.setObjectName("selfcheckBack")
        self.next_button.setObjectName("selfcheckNext")
        nav_layout = QHBoxLayout(self.nav)
        nav_layout.setContentsMargins(16, 6, 16, 12)
        nav_layout.addWidget(self.step_label, 1)
        for button in (self.back_button, self.next_button):
            button.setMinimumHeight(36)
            nav_layout.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.nav)
        self._wire()
        self._set_red_flags_expanded(False)
        self._show_page(0)

    def _make_red_flag_page(self) -> QuestionPage:
        info = _GROUP[Group.RED_FLAG]
        self.disclaimer = plain_label(tr_core(DISCLAIMER), wrap=True)
        self.disclaimer.setObjectName("disclaimer")
        self.disclaimer.setStyleSheet(
            "QLabel#disclaimer { border: 1px solid palette(mid); border-radius: 6px;"
            " padding: 8px 10px; background: palette(base); }"
        )
        self.disclaimer.setAccessibleName(self.tr("Disclaimer"))
        self.disclaimer.setAccessibleDescription(self.disclaimer.text())
        self.follow_up_notice = plain_label(
            self.tr(
                "You said your legs hurt or that you have poor circulation. Before the result, "
                "read every warning sign again and tick any that applies."
            ),
            wrap=True,
        )
        self.follow_up_notice.setObjectName("followUpNotice")
        self.follow_up_notice.setStyleSheet(
            "QLabel#followUpNotice { font-weight: bold; border: 2px solid #9a5b00;"
            " border-radius: 6px; padding: 8px 10px; }"
        )
        self.follow_up_notice.setVisible(False)
        groups = [
            QuestionGroup(
                tr_core(TRIAGE_LABELS[Triage(level.value)]),
                [q for q in RED_FLAGS if q.level is level],
            )
            for level in Level
        ]
        self.red_flag_gate = RedFlagGate(groups)
        self.red_flag_gate.expand_requested.connect(self.expand_red_flags)
        self.red_flag_groups = groups
        return QuestionPage(
            tr_core(info.title),
            tr_core(info.intro),
            groups,
            top=[self.follow_up_notice, self.disclaimer, self.red_flag_gate],
        )

    # -- the warning signs' one question ---------------------------------------------------

    @property
    def red_flags_expanded(self) -> bool:
        return self.red_flag_gate.isHidden()

    def _set_red_flags_expanded(self, expanded: bool) -> None:
        """Collapsed, the page asks one question ("Any of these?") over the signs as plain
        text; "Yes, or not sure" turns the list into check boxes to tick which."""
        self.red_flag_gate.setHidden(expanded)
        for group in self.red_flag_groups:
            group.setHidden(not expanded)

    @Slot()
    def expand_red_flags(self) -> None:
        self._set_red_flags_expanded(True)
        self._update_nav()
        self.red_flags_page.first_box().setFocus(Qt.FocusReason.OtherFocusReason)

    def _wire(self) -> None:
        for page in self.question_pages:
            page.answered.connect(self._on_answered)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.result.start_clicked.connect(self.start_warmup)
        self.result.change_answers_clicked.connect(self.change_answers)
        self.result.new_check_clicked.connect(self.new_check)
        if self.controller is not None:
            self.controller.routine_loaded.connect(self._on_routine_loaded)

    # -- answers ----------------------------------------------------------------------------

    def answers(self) -> dict[str, bool]:
        return {qid: row.checked for qid, row in self.rows.items()}

    def _red_flag_ticked(self) -> bool:
        return any(self.rows[q.id].checked for q in RED_FLAGS)

    @Slot(str, bool)
    def _on_answered(self, question_id: str, yes: bool) -> None:
        question = self.rows[question_id].question
        if yes and question.group is Group.RED_FLAG and question.level in STOP_AT_ONCE:
            self.show_result()  # no more questions: the care advice now
            return
        if question.group is Group.SCREENING:
            self._update_cleared_row()
        self._update_nav()

    def _update_cleared_row(self) -> None:
        """ "Has a doctor cleared you" only means something after a yes on the screen."""
        any_yes = any(self.rows[q.id].checked for q in SCREENING)
        cleared = self.rows[CLEARED_BY_DOCTOR.id]
        if not any_yes:
            cleared.set_checked(False)
        cleared.box.setEnabled(any_yes)
        cleared.label.setEnabled(any_yes)

    # -- navigation -------------------------------------------------------------------------

    def current_index(self) -> int:
        return self.stack.currentIndex()

    def showing_result(self) -> bool:
        return self.stack.currentWidget() is self.result

    def _show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.nav.setVisible(True)
        self.follow_up_notice.setVisible(self.follow_up_mode and index == 0)
        if index == 0 and (self.follow_up_mode or self._red_flag_ticked()):
            self._set_red_flags_expanded(True)  # a second look, or answers to change: the list
        self._update_cleared_row()
        self._update_nav()
        page = self.question_pages[index]
        page.verticalScrollBar().setValue(0)
        if index == 0 and not self.red_flags_expanded:
            self.red_flag_gate.yes_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            page.first_box().setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_nav(self) -> None:
        index = self.current_index()
        count = len(self.question_pages)
        if index >= count:
            return
        if self.follow_up_mode and index == 0:
            self.step_label.setText(self.tr("Before the result: the warning signs again"))
        else:
            self.step_label.setText(
                self.tr("Step {n} of {count}").format(n=index + 1, count=count)
                + " · "
                + self.question_pages[index].heading.text()
            )
        self.back_button.setEnabled(index > 0 or self.follow_up_mode)
        to_result = (index == 0 and (self._red_flag_ticked() or self.follow_up_mode)) or (
            index == count - 1
        )
        if index == 0 and self.follow_up_mode and not self._red_flag_ticked():
            text = self.tr("None of these apply: see the &result ▶")
        elif index == 0 and not self.red_flags_expanded:
            text = self.tr("&No, none of these ▶")
        elif to_result:
            text = self.tr("See the &result ▶")
        else:
            text = self.tr("&Next ▶")
        self.next_button.setText(text)
        self.next_button.setAccessibleName(text.replace("&", "").rstrip(" ▶"))
        self.back_button.setAccessibleName(self.tr("Back"))

    @Slot()
    def go_next(self) -> None:
        index = self.current_index()
        last = len(self.question_pages) - 1
        if index == 0 and (self._red_flag_ticked() or self.follow_up_mode):
            if self.follow_up_mode:
                self._follow_up_done = True
                self.follow_up_mode = False
            self.show_result()
        elif index == last:
            if follow_up_questions(self.answers()) and not self._follow_up_done:
                self.follow_up_mode = True
                self._show_page(0)
            else:
                self.show_result()
        else:
            self._show_page(index + 1)

    @Slot()
    def go_back(self) -> None:
        index = self.current_index()
        if index == 0 and self.follow_up_mode:
            self.follow_up_mode = False  # back to the answers that asked for the second look
            self._show_page(len(self.question_pages) - 1)
        elif 0 < index < len(self.question_pages):
            self._show_page(index - 1)

    @Slot()
    def change_answers(self) -> None:
        self._show_page(self._return_page)

    @Slot()
    def new_check(self) -> None:
        for row in self.rows.values():
            row.set_checked(False)
        self.follow_up_mode = False
        self._follow_up_done = False
        self._reported = None
        self._set_red_flags_expanded(False)
        self._show_page(0)

    # -- result -----------------------------------------------------------------------------

    def show_result(self) -> Report:
        answers = self.answers()
        report = evaluate(answers)
        index = self.current_index()
        self._return_page = index if index < len(self.question_pages) else 0
        self.follow_up_mode = False
        self.result.show_report(report, self.base_entry())
        self.stack.setCurrentWidget(self.result)
        self.nav.setVisible(False)
        self.result.verticalScrollBar().setValue(0)
        self.result.heading.setFocus(Qt.FocusReason.OtherFocusReason)
        if answers != self._reported:
            self._reported = answers
            self.completed.emit(report, answers)
        return report

    def base_entry(self) -> RoutineEntry | None:
        """The routine loaded on the Warm-up tab (the original, if an adapted copy is loaded)."""
        return self.controller.original_entry() if self.controller is not None else None

    @Slot(object)
    def _on_routine_loaded(self, entry: RoutineEntry) -> None:
        if entry.adapted_from is None and self.showing_result():
            self.result.update_routine(entry)

    @Slot()
    def start_warmup(self) -> None:
        """One click from the result: load the chosen routine (with accepted changes) and go.

        A warm-up already under way is left alone; the signal still says where to look.
        """
        controller = self.controller
        if controller is None:
            return
        if controller.is_active():
            self.warmup_started.emit(controller.entry)
            return
        entry = self.result.chosen_entry()
        if entry is None:
            return
        started = controller.start(entry)
        self.warmup_started.emit(entry if started else controller.entry)
