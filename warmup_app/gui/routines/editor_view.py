"""The routine editor: the routine's fields, its outline of parts and steps, and a step's form.

Every change goes through an undo command. Totals and validation redraw after each one; Save and
Try it are enabled only while the routine is valid. Saving itself is the container's job
(:class:`RoutinesView`), which knows the store and the dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoGroup
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from warmup_app.core.durations import format_clock
from warmup_app.core.routine import RECOMMENDED_MAX_SECONDS, RECOMMENDED_MIN_SECONDS
from warmup_app.core.step_catalogue import CatalogueItem, load_catalogue
from warmup_app.gui.common.text import plain_label
from warmup_app.gui.routines.commands import (
    AddPartCommand,
    AddStepCommand,
    MovePartCommand,
    MoveStepCommand,
    RemovePartCommand,
    RemoveStepCommand,
    field_label,
)
from warmup_app.gui.routines.document import EditorDocument
from warmup_app.gui.routines.draft import PartDraft, StepDraft, Target, locate
from warmup_app.gui.routines.forms import PartForm, RoutineForm, StepForm
from warmup_app.gui.routines.structure_tree import StructureTree
from warmup_app.gui.routines.try_run import QUICK_SPEED
from warmup_app.i18n.lookup import routine_translate

MAX_LISTED_PROBLEMS = 3


class EditorView(QWidget):
    """Edits one :class:`EditorDocument` at a time."""

    #: The user wants to go back to the list of routines.
    back_requested = Signal()
    #: Save was pressed (the routine is valid).
    save_requested = Signal()
    #: Try it was pressed: (speed,) - 1.0 or the quick-check speed.
    try_requested = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routineEditor")
        self.doc: EditorDocument | None = None
        self.catalogue: list[CatalogueItem] = load_catalogue(translate=routine_translate)
        self.undo_group = QUndoGroup(self)

        self.back_button = QPushButton(self.tr("◀ All routines"), self)
        self.back_button.setAccessibleName(self.tr("Back to all routines"))
        self.title = plain_label()
        self.title.setObjectName("editorTitle")
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.undo_button = QToolButton(self)
        self.redo_button = QToolButton(self)
        self.try_button = QPushButton(self.tr("Try it"), self)
        self.quick_check = QCheckBox(self.tr("{0}x speed").format(f"{QUICK_SPEED:g}"), self)
        self.quick_check.setToolTip(self.tr("Run it ten times faster, for a quick check"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)

        self.routine_form = RoutineForm(self)
        self.tree = StructureTree(self)
        self.tree.setMinimumWidth(300)
        self.add_part_button = QPushButton(self.tr("Add part"), self)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        # Arrows alone: they read the same in every language, and leave the outline its room.
        self.up_button = QPushButton("▲", self)
        self.down_button = QPushButton("▼", self)
        for button, name in (
            (self.up_button, self.tr("Move up")),
            (self.down_button, self.tr("Move down")),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)
        self.catalogue_combo = QComboBox(self)
        self.catalogue_combo.setAccessibleName(self.tr("Step to add"))
        # As wide as the row allows, not as wide as its longest step (the list shows it whole).
        self.catalogue_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.catalogue_combo.setMinimumContentsLength(12)
        for item in self.catalogue:
            label = item.step.name
            if item.step.per_side:
                label += self.tr(" (each side)")
            self.catalogue_combo.addItem(f"{label}  {format_clock(item.step.total_seconds)}")
        self.catalogue_combo.addItem(self.tr("Blank step"))
        self.catalogue_combo.setToolTip(
            self.tr("Ready-made steps with their instructions filled in, or a blank one")
        )
        self.add_step_button = QPushButton(self.tr("Add step"), self)
        self.add_step_button.setToolTip(self.tr("Add it after the selected step"))

        self.part_form = PartForm(self)
        self.step_form = StepForm(self)
        self.empty_hint = plain_label(
            self.tr("Add a part, then add steps to it from the list on the left."), wrap=True
        )
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QStackedWidget(self)
        for page in (self.empty_hint, self.part_form, self.step_form):
            self.detail.addWidget(page)

        self.total_label = plain_label(wrap=True)
        self.total_label.setObjectName("routineTotal")
        self.problems_label = plain_label(wrap=True)
        self.problems_label.setObjectName("problemSummary")

        self._layout()
        self.actions_by_name = self._make_actions()
        self._wire()
        self.bind(None)

    # -- construction ---------------------------------------------------------------------------

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        header.addWidget(self.undo_button)
        header.addWidget(self.redo_button)
        header.addSpacing(12)
        header.addWidget(self.try_button)
        header.addWidget(self.quick_check)
        header.addSpacing(12)
        header.addWidget(self.save_button)

        outline = QWidget(self)
        left = QVBoxLayout(outline)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.tree, 1)
        structure_buttons = QHBoxLayout()
        for button in (
            self.add_part_button,
            self.duplicate_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            structure_buttons.addWidget(button)
        left.addLayout(structure_buttons)
        add_row = QHBoxLayout()
        add_label = QLabel(self.tr("Add a step:"), self)
        add_label.setBuddy(self.catalogue_combo)
        add_row.addWidget(add_label)
        add_row.addWidget(self.catalogue_combo, 1)
        add_row.addWidget(self.add_step_button)
        left.addLayout(add_row)

        # The form scrolls: a long step (or a language with long words) never makes the
        # window taller or wider than a small screen.
        detail_page = QWidget(self)
        detail_layout = QVBoxLayout(detail_page)
        detail_layout.addWidget(self.detail)
        detail_layout.addStretch(1)
        detail_frame = QScrollArea(self)
        detail_frame.setObjectName("detailScroll")
        detail_frame.setFrameShape(QFrame.Shape.StyledPanel)
        detail_frame.setWidgetResizable(True)
        detail_frame.setWidget(detail_page)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(outline)
        splitter.addWidget(detail_frame)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 560])  # the step form needs the room more than the outline
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addLayout(header)
        layout.addWidget(self.routine_form)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.problems_label)

    def _make_actions(self) -> dict[str, QAction]:
        # Own actions, not createUndoAction(): its text grows with each command's name, which
        # would make the header jump; the command's name goes into the tooltip instead.
        undo = QAction(self.tr("Undo"), self)
        redo = QAction(self.tr("Redo"), self)
        undo.setEnabled(False)
        redo.setEnabled(False)
        undo.triggered.connect(self.undo_group.undo)
        redo.triggered.connect(self.undo_group.redo)
        self.undo_group.canUndoChanged.connect(undo.setEnabled)
        self.undo_group.canRedoChanged.connect(redo.setEnabled)
        self.undo_group.undoTextChanged.connect(self._on_undo_text)
        self.undo_group.redoTextChanged.connect(self._on_redo_text)
        # Every platform binding (Ctrl+Y and Ctrl+Shift+Z for redo on Linux and Windows).
        undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        redo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        save = QAction(self.tr("Save"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        actions = {"undo": undo, "redo": redo, "save": save}
        for action in actions.values():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        tree_specs: list[tuple[str, str, QKeySequence]] = [
            ("remove", self.tr("Remove"), QKeySequence(QKeySequence.StandardKey.Delete)),
            ("duplicate", self.tr("Duplicate"), QKeySequence("Ctrl+D")),
            ("up", self.tr("Move up"), QKeySequence("Alt+Up")),
            ("down", self.tr("Move down"), QKeySequence("Alt+Down")),
        ]
        for name, text, key in tree_specs:
            action = QAction(text, self)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.tree.addAction(action)
            actions[name] = action
        self.undo_button.setDefaultAction(undo)
        self.redo_button.setDefaultAction(redo)
        self.undo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.redo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for button, name in (
            (self.remove_button, "remove"),
            (self.duplicate_button, "duplicate"),
            (self.up_button, "up"),
            (self.down_button, "down"),
        ):
            shortcut = actions[name].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{actions[name].text()} ({shortcut})")
        save_key = save.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button.setToolTip(self.tr("Save to your routines ({0})").format(save_key))
        return actions

    def _wire(self) -> None:
        a = self.actions_by_name
        self.back_button.clicked.connect(self.back_requested)
        self.save_button.clicked.connect(self.save_requested)
        a["save"].triggered.connect(self._on_save_shortcut)
        self.try_button.clicked.connect(self._on_try)
        a["remove"].triggered.connect(self.remove_current)
        a["duplicate"].triggered.connect(self.duplicate_current)
        a["up"].triggered.connect(self.move_up)
        a["down"].triggered.connect(self.move_down)
        self.remove_button.clicked.connect(self.remove_current)
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        self.add_part_button.clicked.connect(self.add_part)
        self.add_step_button.clicked.connect(self.add_step)
        self.tree.target_selected.connect(self._on_target_selected)
        self.tree.part_move_requested.connect(self._on_part_drop)
        self.tree.step_move_requested.connect(self._on_step_drop)

    # -- document -------------------------------------------------------------------------------

    def bind(self, doc: EditorDocument | None) -> None:
        """Show ``doc`` (None: nothing open). The previous document is not deleted here."""
        if self.doc is not None:
            self.doc.changed.disconnect(self._on_changed)
            self.doc.structure_changed.disconnect(self._on_structure_changed)
            self.doc.focus_requested.disconnect(self._on_focus_requested)
            self.doc.undo_stack.cleanChanged.disconnect(self._update_title)
            self.undo_group.removeStack(self.doc.undo_stack)
        self.doc = doc
        if doc is not None:
            doc.changed.connect(self._on_changed)
            doc.structure_changed.connect(self._on_structure_changed)
            doc.focus_requested.connect(self._on_focus_requested)
            doc.undo_stack.cleanChanged.connect(self._update_title)
            self.undo_group.addStack(doc.undo_stack)
            self.undo_group.setActiveStack(doc.undo_stack)
        # Every form lets go of the old document now: the caller deletes it (deleteLater), and
        # a form still connected to it raised "Signal source has been deleted" on the next bind.
        self.part_form.bind(None, None)
        self.step_form.bind(None, None)
        self.detail.setCurrentWidget(self.empty_hint)
        self.routine_form.bind(doc, None)
        self.tree.bind(doc)
        self._on_changed()

    @Slot()
    def _on_changed(self) -> None:
        self._update_totals()
        self._update_validation()
        self._update_title()
        self.tree.refresh_labels()
        self._update_buttons()

    @Slot()
    def _on_structure_changed(self) -> None:
        self.tree.rebuild()

    @Slot(object)
    def _on_focus_requested(self, target: Target) -> None:
        if target is not None:
            self.tree.select(target)
        self._on_target_selected(self.tree.current_target())

    @Slot(object)
    def _on_target_selected(self, target: Target) -> None:
        if self.doc is None or target is None:
            self.detail.setCurrentWidget(self.empty_hint)
        elif target[1] is None:
            self.part_form.bind(self.doc, target)
            self.detail.setCurrentWidget(self.part_form)
        else:
            self.step_form.bind(self.doc, target)
            self.detail.setCurrentWidget(self.step_form)
        self._update_buttons()

    # -- display ----------------------------------------------------------------------------

    @Slot()
    def _update_title(self) -> None:
        if self.doc is None:
            self.title.setText("")
            return
        name = self.doc.draft.name or self.tr("(unnamed routine)")
        if self.doc.is_new:
            state = self.tr("not saved yet")
        elif self.doc.is_modified:
            state = self.tr("unsaved changes")
        else:
            state = self.tr("saved")
        self.title.setText(f"{name}  ·  {state}")
        self._update_buttons()

    def _update_totals(self) -> None:
        if self.doc is None:
            self.total_label.setText("")
            return
        draft = self.doc.draft
        total = draft.total_seconds
        parts = " · ".join(
            f"{p.name or self.tr('(unnamed)')} {format_clock(p.total_seconds)}" for p in draft.parts
        )
        if total < RECOMMENDED_MIN_SECONDS:
            advice = self.tr("⚠ shorter than the recommended 15-20 min")
        elif total > RECOMMENDED_MAX_SECONDS:
            advice = self.tr("⚠ longer than the recommended 15-20 min")
        else:
            advice = self.tr("✓ within the recommended 15-20 min")
        outside = not RECOMMENDED_MIN_SECONDS <= total <= RECOMMENDED_MAX_SECONDS
        self.total_label.setProperty("outside", outside)
        self.total_label.style().unpolish(self.total_label)
        self.total_label.style().polish(self.total_label)
        text = self.tr("Total {0}  {1}").format(format_clock(total), advice)
        if parts:
            text += f"\n{parts}"
        self.total_label.setText(text)

    def _update_validation(self) -> None:
        if self.doc is None:
            self.problems_label.hide()
            return
        problems = self.doc.checked().problems
        if not problems:
            self.problems_label.hide()
            self.save_button.setToolTip(self.tr("Save to your routines"))
            return
        lines = [
            self.tr("{0} to fix before saving:").format(self.tr("%n problems", "", len(problems)))
        ]
        for problem in problems[:MAX_LISTED_PROBLEMS]:
            lines.append(f"• {self.describe_place(problem.field)}: {problem.message}")
        if len(problems) > MAX_LISTED_PROBLEMS:
            lines.append(self.tr("… and {0} more").format(len(problems) - MAX_LISTED_PROBLEMS))
        self.problems_label.setText("\n".join(lines))
        self.problems_label.show()
        self.save_button.setToolTip(self.tr("Fix the problems listed below to save"))

    def describe_place(self, field_path: str) -> str:
        """``parts[0].steps[1].duration`` -> ``Jog, step 2 (Easy jog): duration``."""
        assert self.doc is not None
        target, name = locate(field_path)
        label = field_label(target, name) if name else ""
        if target is None:
            return self.tr("Routine {0}").format(label).strip() if label else self.tr("Routine")
        parts = self.doc.draft.parts
        part_index, step_index = target
        part_name = parts[part_index].name.strip() if part_index < len(parts) else ""
        where = self.tr("Part {0}").format(part_index + 1)
        if part_name:
            where += f" ({part_name})"
        if step_index is not None:
            steps = parts[part_index].steps if part_index < len(parts) else []
            step_name = steps[step_index].name.strip() if step_index < len(steps) else ""
            where += self.tr(", step {0}").format(step_index + 1)
            if step_name:
                where += f" ({step_name})"
        return f"{where} {label}".strip()

    def _update_buttons(self) -> None:
        doc = self.doc
        valid = doc is not None and doc.checked().routine is not None
        self.save_button.setEnabled(valid and doc is not None and (doc.is_new or doc.is_modified))
        self.actions_by_name["save"].setEnabled(self.save_button.isEnabled())
        self.try_button.setEnabled(valid)
        self.quick_check.setEnabled(valid)
        target = self.tree.current_target()
        has_target = doc is not None and target is not None
        for name, button in (
            ("remove", self.remove_button),
            ("duplicate", self.duplicate_button),
        ):
            button.setEnabled(has_target)
            self.actions_by_name[name].setEnabled(has_target)
        up = has_target and self._move_destination(target, -1) is not None
        down = has_target and self._move_destination(target, +1) is not None
        self.up_button.setEnabled(up)
        self.down_button.setEnabled(down)
        self.actions_by_name["up"].setEnabled(up)
        self.actions_by_name["down"].setEnabled(down)
        for widget in (self.add_part_button, self.add_step_button, self.catalogue_combo):
            widget.setEnabled(doc is not None)

    # -- commands ---------------------------------------------------------------------------

    def _push(self, command: QUndoCommand) -> None:
        """Push a structural edit and give the keyboard back to the outline.

        After a click on Remove or Up, the next Delete or Alt+Up should act on the outline,
        not on the button that was clicked.
        """
        assert self.doc is not None
        self.doc.undo_stack.push(command)
        self.tree.setFocus()

    @Slot()
    def add_part(self) -> None:
        if self.doc is None:
            return
        target = self.tree.current_target()
        index = target[0] + 1 if target is not None else len(self.doc.draft.parts)
        name = self.tr("Part {0}").format(len(self.doc.draft.parts) + 1)
        self._push(AddPartCommand(self.doc, index, PartDraft(name=name)))
        self.part_form.name_edit.setFocus()  # a new part's name is the next thing to type
        self.part_form.name_edit.selectAll()

    def catalogue_step(self, row: int) -> StepDraft:
        if 0 <= row < len(self.catalogue):
            return StepDraft.from_step(self.catalogue[row].step)
        return StepDraft(name=self.tr("New step"), duration=30)

    @Slot()
    def add_step(self) -> None:
        """Add the catalogue's chosen step after the selected step (or to the selected part)."""
        doc = self.doc
        if doc is None:
            return
        step = self.catalogue_step(self.catalogue_combo.currentIndex())
        target = self.tree.current_target()
        stack = doc.undo_stack
        if not doc.draft.parts:
            stack.beginMacro(self.tr("Add step"))
            stack.push(AddPartCommand(doc, 0, PartDraft(name=self.tr("Part 1"))))
            stack.push(AddStepCommand(doc, 0, 0, step))
            stack.endMacro()
            return
        if target is None:
            part = len(doc.draft.parts) - 1
            index = len(doc.draft.parts[part].steps)
        elif target[1] is None:
            part, index = target[0], len(doc.draft.parts[target[0]].steps)
        else:
            part, index = target[0], target[1] + 1
        stack.push(AddStepCommand(doc, part, index, step))

    @Slot()
    def remove_current(self) -> None:
        target = self.tree.current_target()
        if self.doc is None or target is None:
            return
        if target[1] is None:
            self._push(RemovePartCommand(self.doc, target[0]))
        else:
            self._push(RemoveStepCommand(self.doc, target[0], target[1]))

    @Slot()
    def duplicate_current(self) -> None:
        target = self.tree.current_target()
        if self.doc is None or target is None:
            return
        part_index, step_index = target
        if step_index is None:
            part = self.doc.draft.parts[part_index]
            steps = [StepDraft(**s.as_dict()) for s in part.steps]
            copy_ = PartDraft(part.name, part.transition, steps)
            self._push(AddPartCommand(self.doc, part_index + 1, copy_, self.tr("Duplicate part")))
        else:
            step = self.doc.draft.parts[part_index].steps[step_index]
            self._push(
                AddStepCommand(
                    self.doc,
                    part_index,
                    step_index + 1,
                    StepDraft(**step.as_dict()),
                    self.tr("Duplicate step"),
                )
            )

    def _move_destination(self, target: Target, delta: int) -> Target:
        """Where Up/Down takes an item; a step crosses into the neighbouring part at an edge."""
        if self.doc is None or target is None:
            return None
        parts = self.doc.draft.parts
        part, step = target
        if step is None:
            dest = part + delta
            return (dest, None) if 0 <= dest < len(parts) else None
        dest_step = step + delta
        if 0 <= dest_step < len(parts[part].steps):
            return (part, dest_step)
        if delta < 0 and part > 0:
            return (part - 1, len(parts[part - 1].steps))
        if delta > 0 and part + 1 < len(parts):
            return (part + 1, 0)
        return None

    def _move(self, delta: int) -> None:
        target = self.tree.current_target()
        dest = self._move_destination(target, delta)
        if self.doc is None or target is None or dest is None:
            return
        if target[1] is None:
            self._push(MovePartCommand(self.doc, target[0], dest[0]))
        else:
            assert dest[1] is not None
            self._push(MoveStepCommand(self.doc, (target[0], target[1]), (dest[0], dest[1])))

    @Slot()
    def move_up(self) -> None:
        self._move(-1)

    @Slot()
    def move_down(self) -> None:
        self._move(+1)

    @Slot(int, int)
    def _on_part_drop(self, source: int, dest: int) -> None:
        if self.doc is not None:
            self._push(MovePartCommand(self.doc, source, dest))

    @Slot(object, object)
    def _on_step_drop(self, source: tuple[int, int], dest: tuple[int, int]) -> None:
        if self.doc is not None:
            self._push(MoveStepCommand(self.doc, source, dest))

    @Slot(str)
    def _on_undo_text(self, text: str) -> None:
        tip = self.tr("Undo: {0}").format(text) if text else self.tr("Nothing to undo")
        self.actions_by_name["undo"].setToolTip(tip)

    @Slot(str)
    def _on_redo_text(self, text: str) -> None:
        tip = self.tr("Redo: {0}").format(text) if text else self.tr("Nothing to redo")
        self.actions_by_name["redo"].setToolTip(tip)

    @Slot()
    def _on_save_shortcut(self) -> None:
        if self.save_button.isEnabled():
            self.save_requested.emit()

    @Slot()
    def _on_try(self) -> None:
        self.try_requested.emit(QUICK_SPEED if self.quick_check.isChecked() else 1.0)

    def refresh_state(self) -> None:
        """Title and buttons again (after the container saved the document)."""
        self._update_title()
