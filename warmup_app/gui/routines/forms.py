"""The three forms of the editor: the routine's own fields, a part's, and a step's."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Slot
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPlainTextEdit, QWidget

from warmup_app.core.durations import format_clock
from warmup_app.core.figures import figure_ids, figure_title
from warmup_app.core.routine import MAX_PAUSE_SECONDS, MAX_STEP_SECONDS, MAX_TEXT
from warmup_app.gui.common.text import plain_label
from warmup_app.gui.figures import FigureView
from warmup_app.gui.routines.draft import PartDraft, StepDraft
from warmup_app.gui.routines.field_form import FieldForm
from warmup_app.i18n.lookup import figure_translate

PREVIEW_ICON = 40  # px: the picker's still previews


class RoutineForm(FieldForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = self.add_line("name", self.tr("Name:"), self.tr("e.g. Tempo day warm-up"))
        self.description_edit = self.add_text(
            "description", self.tr("Description:"), self.tr("What this warm-up is for"), lines=2
        )
        self.lead_in = self.add_duration(
            "lead_in", self.tr("Get-ready countdown:"), MAX_PAUSE_SECONDS // 60 + 1
        )
        self.lead_in.setToolTip(self.tr("Counted down before the first step; not in the total"))


class PartForm(FieldForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = plain_label()
        self.heading.setObjectName("formHeading")
        self.form.addRow(self.heading)
        self.name_edit = self.add_line("name", self.tr("Part name:"), self.tr("e.g. Jog"))
        self.transition = self.add_duration(
            "transition", self.tr("Pause between steps:"), MAX_PAUSE_SECONDS // 60 + 1
        )
        self.transition.setToolTip(self.tr("Time to move to the next exercise of this part"))
        self.total = plain_label()
        self.total.setObjectName("formTotal")
        self.steps_problem = plain_label(wrap=True)
        self.steps_problem.setObjectName("fieldProblem")
        self.form.addRow(self.tr("Part total:"), self.total)
        self.form.addRow(self.steps_problem)

    def after_refresh(self) -> None:
        if self.doc is None or self.target is None or self.target[0] >= len(self.doc.draft.parts):
            return
        part = self.doc.item(self.target)
        assert isinstance(part, PartDraft)
        self.heading.setText(
            self.tr("Part {0} of {1}").format(self.target[0] + 1, len(self.doc.draft.parts))
        )
        count = len(part.steps)
        self.total.setText(
            self.tr("{0} (%n steps)", "", count).format(format_clock(part.total_seconds))
        )
        message = self.doc.checked().messages(self.target).get("steps", "")
        self.steps_problem.setText(self.tr("Steps: {0}").format(message) if message else "")
        self.steps_problem.setVisible(bool(message))


class StepForm(FieldForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = plain_label()
        self.heading.setObjectName("formHeading")
        self.form.addRow(self.heading)
        self.name_edit = self.add_line("name", self.tr("Step name:"), self.tr("e.g. Easy jog"))
        self.duration = self.add_duration(
            "duration", self.tr("Duration:"), MAX_STEP_SECONDS // 60 + 1
        )
        self.per_side = self.add_check(
            "per_side", self.tr("Per side: run it left, then right (duration is per side)")
        )
        self.switch = self.add_duration(
            "switch", self.tr("Switch sides:"), MAX_PAUSE_SECONDS // 60 + 1
        )
        self.reps = self.add_line(
            "reps", self.tr("Reps:"), self.tr("e.g. 8-10 slow reps each side"), MAX_TEXT + 50
        )
        self.instructions = self.add_text(
            "instructions", self.tr("Instructions:"), self.tr("How to do it, in a few words"), 5
        )
        self.metronome = self.add_check(
            "metronome", self.tr("Metronome: cadence clicks during this step")
        )
        self._add_figure_picker()
        self._add_cue_lines()
        self.total = plain_label()
        self.total.setObjectName("formTotal")
        self.form.addRow(self.tr("Step total:"), self.total)

    def _add_figure_picker(self) -> None:
        """A combo box of the figures with still previews, and the chosen one moving beside it."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.figure_combo = QComboBox(box)
        self.figure_combo.setIconSize(QSize(PREVIEW_ICON, PREVIEW_ICON))
        self.figure_combo.addItem(self.tr("No figure"), None)
        self.figure_preview = FigureView(box)
        self.figure_preview.setFixedSize(96, 96)
        for figure_id in figure_ids():
            self.figure_combo.addItem(
                self._preview_icon(figure_id), figure_translate(figure_title(figure_id)), figure_id
            )
        self.figure_combo.activated.connect(self._on_figure_chosen)
        row.addWidget(self.figure_combo, 1)
        row.addWidget(self.figure_preview)
        self._add("figure", self.tr("Figure:"), box, [self.figure_combo], self._show_figure)

    @staticmethod
    def _preview_icon(figure_id: str) -> QIcon:
        still = FigureView()
        still.resize(PREVIEW_ICON, PREVIEW_ICON)
        still.set_figure(figure_id, None)
        return QIcon(QPixmap.fromImage(still.render_image(0.0)))

    def _show_figure(self, value: Any) -> None:
        index = self.figure_combo.findData(value) if value is not None else 0
        self.figure_combo.setCurrentIndex(index)
        self.figure_preview.set_figure(value, None)
        self.figure_preview.set_playing(value is not None)

    @Slot(int)
    def _on_figure_chosen(self, index: int) -> None:
        self._edit(self.figure_combo.itemData(index))

    @staticmethod
    def _cue_lines_of(text: str) -> list[str]:
        return [line.strip() for line in text.split("\n") if line.strip()]

    def _show_cue_lines(self, value: Any) -> None:
        lines = list(value)
        if self._cue_lines_of(self.cue_lines.toPlainText()) != lines:
            self.cue_lines.blockSignals(True)
            self.cue_lines.setPlainText("\n".join(lines))
            self.cue_lines.blockSignals(False)

    def _add_cue_lines(self) -> None:
        """One cue per line; the draft holds the non-empty lines as a list."""
        self.cue_lines = QPlainTextEdit(self)
        self.cue_lines.setPlaceholderText(
            self.tr("Up to 3 short cues, one per line, shown large beside the figure")
        )
        self.cue_lines.setTabChangesFocus(True)
        self.cue_lines.setFixedHeight(self.cue_lines.fontMetrics().lineSpacing() * 3 + 14)
        self.cue_lines.textChanged.connect(self._on_cue_lines_changed)
        self._add(
            "cue_lines",
            self.tr("Cue lines:"),
            self.cue_lines,
            [self.cue_lines],
            self._show_cue_lines,
        )

    @Slot()
    def _on_cue_lines_changed(self) -> None:
        self._edit(self._cue_lines_of(self.cue_lines.toPlainText()))

    def after_refresh(self) -> None:
        if self.doc is None or self.target is None:
            return
        part_index, step_index = self.target
        if step_index is None:
            return
        parts = self.doc.draft.parts
        if part_index >= len(parts) or step_index >= len(parts[part_index].steps):
            return
        step = self.doc.item(self.target)
        assert isinstance(step, StepDraft)
        self.heading.setText(
            self.tr("Step {0} of {1} in “{2}”").format(
                step_index + 1, len(parts[part_index].steps), parts[part_index].name
            )
        )
        self.switch.setEnabled(step.per_side)
        if step.per_side:
            total = self.tr("{0} (left {1}, switch {2}, right {1})").format(
                format_clock(step.total_seconds),
                format_clock(step.duration),
                format_clock(step.switch),
            )
        else:
            total = format_clock(step.total_seconds)
        self.total.setText(total)
