"""The self-check's result card: what to do now, why, what helps, and today's warm-up.

The care advice comes first and stands out in the triage's colour; a result that says not to
run offers no warm-up. When the self-check suggests a change to the warm-up, the card shows
exactly what would change in the selected routine (``warmup_app.core.selfcheck.adapt``). The
changes that apply come ticked, each spelled out, and the one button says which warm-up it
starts ("Start the adapted warm-up" or, with every change unticked, "Start the warm-up"): a
suggestion is never left half-chosen. A result that says not to run has no button at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from warmup_app.core.durations import format_clock
from warmup_app.core.routine_files import RoutineEntry
from warmup_app.core.selfcheck.adapt import Adaptation, adapt, is_easy_jog
from warmup_app.core.selfcheck.rules import (
    DISCLAIMER,
    TODAY_LABELS,
    TRIAGE_LABELS,
    Report,
    Suggestion,
    SuggestionKind,
    Today,
    Triage,
)
from warmup_app.gui.common.text import plain_label, tr_core
from warmup_app.gui.common.theme import is_dark
from warmup_app.gui.selfcheck.questions import CheckRow

#: Results that leave room for a warm-up today.
RUNNING_TODAY = (Today.RUN_AS_PLANNED, Today.RUN_EASY)

# (accent, background, text) per triage; the background is a tint, text stays high-contrast.
_LIGHT = {
    Triage.EMERGENCY: ("#b3261e", "#fdecea", "#410e0b"),
    Triage.URGENT: ("#c2410c", "#fff1e6", "#431407"),
    Triage.SEE_PROFESSIONAL: ("#9a5b00", "#fff8e1", "#3d2600"),
    Triage.SELF_CARE: ("#0b57d0", "#e8f0fe", "#0b1d3a"),
    Triage.ALL_CLEAR: ("#0b7d45", "#e6f4ea", "#06301b"),
}
_DARK = {
    Triage.EMERGENCY: ("#ff8a80", "#3b1210", "#ffe9e7"),
    Triage.URGENT: ("#ffab70", "#3a1a08", "#fff0e6"),
    Triage.SEE_PROFESSIONAL: ("#ffcc66", "#332400", "#fff6dd"),
    Triage.SELF_CARE: ("#8ab4ff", "#102441", "#e8f0fe"),
    Triage.ALL_CLEAR: ("#6ee7a8", "#0d2a1b", "#e6f4ea"),
}


def _font(label: QLabel, scale: float = 1.0, *, bold: bool = False) -> None:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)


def _bullets(lines: Sequence[str]) -> str:
    return "\n".join(f"•  {line}" for line in lines)


class SuggestionOffer(QWidget):
    """One suggested change: tick to accept it; below, exactly what it would change."""

    #: Accepted or not any more.
    toggled = Signal(bool)

    def __init__(self, suggestion: Suggestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = suggestion.kind
        self.check = CheckRow(tr_core(suggestion.text), None, self)
        self.check.box.setObjectName(f"accept_{suggestion.kind.value}")
        self.change = plain_label("", self, wrap=True)
        self.change.setObjectName("suggestionChange")
        _font(self.change, bold=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.check)
        change_row = QHBoxLayout()
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8
        change_row.setContentsMargins(indent, 0, 0, 0)  # under the text, not the box
        change_row.addWidget(self.change, 1)
        layout.addLayout(change_row)
        self.check.toggled.connect(self.toggled)

    @property
    def accepted(self) -> bool:
        return self.check.checked and self.check.box.isEnabled()

    def show_effect(
        self, adaptation: Adaptation | None, routine_entry: RoutineEntry | None
    ) -> None:
        """Say what accepting would change in the selected routine (or why it can't)."""
        if routine_entry is None or adaptation is None:
            text = self.tr("Choose a routine on the Warm-up tab to see what would change.")
        elif adaptation.applicable:
            text = self._describe(adaptation)
        elif self.kind is SuggestionKind.LONGER_EASY_JOG:
            text = self.tr(
                "This routine has no easy-jog step in its first part, so nothing would change."
            )
        elif any(is_easy_jog(s) for p in routine_entry.routine.parts for s in p.steps):
            text = self.tr("The metronome is already on for the jog in this routine.")
        else:
            text = self.tr("This routine has no easy-jog step, so nothing would change.")
        self.change.setText(text)
        self.change.setAccessibleName(text)
        self.check.box.setAccessibleDescription(text)
        applicable = adaptation is not None and adaptation.applicable
        self.check.box.setEnabled(applicable)
        if not applicable:
            self.check.set_checked(False)

    def _describe(self, adaptation: Adaptation) -> str:
        if self.kind is SuggestionKind.LONGER_EASY_JOG:
            change = next(c for c in adaptation.changes if c.longer)
            text = self.tr("{step} {before} → {after}; total {total_before} → {total_after}")
            text = text.format(
                step=change.name,
                before=format_clock(change.seconds_before),
                after=format_clock(change.seconds_after),
                total_before=format_clock(adaptation.total_before),
                total_after=format_clock(adaptation.total_after),
            )
            if adaptation.over_recommended:
                text += " " + self.tr("(longer than the recommended 15-20 min)")
            return text
        names = ", ".join(dict.fromkeys(c.name for c in adaptation.changes))
        return self.tr("Metronome on for: {steps}").format(steps=names)


class ResultCard(QScrollArea):
    """Shows one :class:`Report`; the panel decides what its buttons do."""

    #: Start today's warm-up (the routine from :meth:`chosen_entry`).
    start_clicked = Signal()
    #: Go back to the questions, answers kept.
    change_answers_clicked = Signal()
    #: Clear every answer and begin again.
    new_check_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Self-check result"))
        self.report: Report | None = None
        self.base_entry: RoutineEntry | None = None
        self.offers: list[SuggestionOffer] = []

        body = QWidget(self)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(16, 12, 16, 12)
        self._layout.setSpacing(10)

        self.banner = QFrame(body)
        self.banner.setObjectName("resultBanner")
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.setContentsMargins(16, 12, 16, 14)
        banner_layout.setSpacing(6)
        self.heading = plain_label("", self.banner, wrap=True)
        self.heading.setObjectName("resultHeading")
        self.heading.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # focus lands here, and is read
        _font(self.heading, 1.6, bold=True)
        self.today = plain_label("", self.banner, wrap=True)
        self.today.setObjectName("resultToday")
        _font(self.today, 1.2, bold=True)
        self.care = plain_label("", self.banner, wrap=True)
        self.care.setObjectName("careAdvice")
        _font(self.care, 1.1)
        for label in (self.heading, self.today, self.care):
            banner_layout.addWidget(label)
        self._layout.addWidget(self.banner)

        self.score = plain_label("", body, wrap=True)
        self.score.setObjectName("heavyLegsScore")
        self._layout.addWidget(self.score)

        self.warmup_title = self._section_title(self.tr("Today's warm-up"), body)
        self.warmup_box = QWidget(body)
        self._warmup_layout = QVBoxLayout(self.warmup_box)
        self._warmup_layout.setContentsMargins(0, 0, 0, 0)
        self._warmup_layout.addWidget(
            plain_label(
                self.tr(
                    "Suggested for today and already ticked: the warm-up below includes them. "
                    "Untick a change to leave it out."
                ),
                self.warmup_box,
                wrap=True,
            )
        )
        self.routine_line = plain_label("", body, wrap=True)
        self.routine_line.setObjectName("routineLine")
        self._layout.addWidget(self.warmup_box)
        self._layout.addWidget(self.routine_line)

        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("&Start the warm-up"), body)
        self.start_button.setObjectName("startWarmup")
        self.start_button.setDefault(True)
        self.change_button = QPushButton(self.tr("&Change answers"), body)
        self.change_button.setObjectName("changeAnswers")
        self.new_button = QPushButton(self.tr("Start a &new check"), body)
        self.new_button.setObjectName("newCheck")
        for button in (self.start_button, self.change_button, self.new_button):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self._layout.addLayout(buttons)

        self.reasons_title = self._section_title(self.tr("Why this result"), body)
        self.reasons = plain_label("", body, wrap=True)
        self.reasons.setObjectName("reasons")
        self._layout.addWidget(self.reasons)

        self.findings_title = self._section_title(self.tr("What you can do"), body)
        self.findings = QWidget(body)
        self._findings_layout = QVBoxLayout(self.findings)
        self._findings_layout.setContentsMargins(0, 0, 0, 0)
        self._findings_layout.setSpacing(8)
        self._layout.addWidget(self.findings)

        self.disclaimer = plain_label(tr_core(DISCLAIMER), body, wrap=True)
        self.disclaimer.setObjectName("disclaimer")
        _font(self.disclaimer, 0.9)
        self._layout.addWidget(self.disclaimer)
        self._layout.addStretch(1)
        self.setWidget(body)

        self.start_button.clicked.connect(self.start_clicked)
        self.change_button.clicked.connect(self.change_answers_clicked)
        self.new_button.clicked.connect(self.new_check_clicked)

    def _section_title(self, text: str, parent: QWidget) -> QLabel:
        label = plain_label(text, parent)
        _font(label, 1.15, bold=True)
        self._layout.addWidget(label)
        return label

    # -- content ----------------------------------------------------------------------------

    def show_report(self, report: Report, base_entry: RoutineEntry | None) -> None:
        self.report = report
        self.base_entry = base_entry
        self._style_banner(report.triage)
        self.heading.setText(tr_core(TRIAGE_LABELS[report.triage]))
        self.heading.setAccessibleName(self.heading.text())
        self.today.setText(
            self.tr("Today: {advice}").format(advice=tr_core(TODAY_LABELS[report.today]))
        )
        self.care.setText(tr_core(report.care_advice))
        urgent = report.triage in (Triage.EMERGENCY, Triage.URGENT)
        care_font = self.care.font()
        care_font.setBold(urgent)
        self.care.setFont(care_font)
        self.score.setText(
            self.tr(
                "Heavy-legs score: {score} of 100. A number to follow over time in your "
                "history, not a medical measure."
            ).format(score=report.heavy_legs_score)
        )
        self.score.setVisible(not urgent)
        self.reasons.setText(_bullets([tr_core(r) for r in report.reasons]))
        self.reasons.setVisible(bool(report.reasons))
        self.reasons_title.setVisible(bool(report.reasons))
        self._show_findings(report)
        self._show_offers(report)
        running = report.today in RUNNING_TODAY
        self.start_button.setVisible(running)
        self.update_routine(base_entry)

    def _style_banner(self, triage: Triage) -> None:
        accent, background, text = (_DARK if is_dark(self.palette()) else _LIGHT)[triage]
        self.banner.setStyleSheet(
            f"#resultBanner {{ background: {background}; border-left: 6px solid {accent}; }}"
            f" #resultBanner QLabel {{ color: {text}; }}"
            f" #resultBanner QLabel#resultHeading {{ color: {accent}; }}"
        )

    def _show_findings(self, report: Report) -> None:
        while (item := self._findings_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for finding in report.findings:
            title = plain_label(tr_core(finding.title), self.findings, wrap=True)
            _font(title, bold=True)
            self._findings_layout.addWidget(title)
            self._findings_layout.addWidget(
                plain_label(tr_core(finding.explanation), self.findings, wrap=True)
            )
            actions = _bullets([tr_core(a) for a in finding.actions])
            self._findings_layout.addWidget(plain_label(actions, self.findings, wrap=True))
        has = bool(report.findings)
        self.findings.setVisible(has)
        self.findings_title.setVisible(has)

    def _show_offers(self, report: Report) -> None:
        for offer in self.offers:
            offer.deleteLater()
        self.offers = []
        if report.today in RUNNING_TODAY:
            for suggestion in report.suggestions:
                offer = SuggestionOffer(suggestion, self.warmup_box)
                offer.check.set_checked(True)  # chosen; unticked again if it cannot apply
                offer.toggled.connect(self._on_offer_toggled)
                self._warmup_layout.addWidget(offer)
                self.offers.append(offer)
        running = report.today in RUNNING_TODAY
        self.warmup_title.setVisible(running)
        self.warmup_box.setVisible(bool(self.offers))
        self.routine_line.setVisible(running)

    def update_routine(self, base_entry: RoutineEntry | None) -> None:
        """The routine selected on the Warm-up tab changed: recompute every offer's effect."""
        self.base_entry = base_entry
        for offer in self.offers:
            effect = adapt(base_entry.routine, [offer.kind]) if base_entry else None
            offer.show_effect(effect, base_entry)
        self._on_offer_toggled()

    @Slot()
    def _on_offer_toggled(self) -> None:
        entry = self.chosen_entry()
        adapted = entry is not None and entry.adapted_from is not None
        text = self.tr("&Start the adapted warm-up") if adapted else self.tr("&Start the warm-up")
        self.start_button.setText(text)
        self.start_button.setAccessibleName(text.replace("&", ""))
        if entry is None:
            self.routine_line.setText(
                self.tr("Choose a routine on the Warm-up tab, then come back to start it.")
            )
            self.start_button.setEnabled(False)
            return
        self.start_button.setEnabled(True)
        self.routine_line.setText(
            self.tr("Routine: {name}, {total}").format(
                name=entry.routine.name, total=format_clock(entry.routine.total_seconds)
            )
        )

    # -- the routine to start ---------------------------------------------------------------

    def accepted_kinds(self) -> list[SuggestionKind]:
        return [offer.kind for offer in self.offers if offer.accepted]

    def chosen_entry(self) -> RoutineEntry | None:
        """The selected routine, with the accepted changes applied (a copy, never saved)."""
        base = self.base_entry
        kinds = self.accepted_kinds()
        if base is None or not kinds:
            return base
        adaptation = adapt(base.routine, kinds, name_suffix=self.tr(" (adapted)"))
        if not adaptation.applicable:
            return base
        return replace(base, routine=adaptation.routine, adapted_from=base)
