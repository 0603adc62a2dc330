"""Tap-to-calibrate: the runner taps to a click train and the dialog suggests a sound latency.

The dialog never changes a setting: "Use this" accepts it, and the caller (the settings
dialog) puts :attr:`CalibrationDialog.suggested_ms` in its form, which still needs OK.

Keyboard first: Start has the focus, then the Tap button, which counts a tap when Space (or
the mouse button) goes *down*, not when it comes up. Escape cancels and stops the clicks. The
clicks come from a :class:`ClickService` (the audio layer's ``ClickTrain``); its clock is the
one the taps are read from, so tests drive the dialog on a fake clock.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum, auto
from typing import Protocol

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from warmup_app.config import settings as keys
from warmup_app.core.latency import (
    MIN_PAIRS,
    Estimate,
    Refusal,
    counted_clicks,
    estimate,
    is_counted,
)
from warmup_app.gui.common.text import plain_label


class ClickService(Protocol):
    """Plays a click train through the sound output a run uses."""

    def now(self) -> float:
        """The monotonic clock the click times are on."""
        ...

    def start(self, volume: float, done: Callable[[], None]) -> list[float] | str:
        """Start the clicks: each one's expected hearing time, or why there is no sound.
        ``done`` is called once after the last click (never after :meth:`stop`)."""
        ...

    def stop(self) -> None: ...


class _Stage(Enum):
    READY = auto()
    RUNNING = auto()
    RESULT = auto()
    REFUSED = auto()
    NO_SOUND = auto()


class CalibrationDialog(QDialog):
    """Open it (``open()``), and read :attr:`suggested_ms` once it is accepted."""

    def __init__(
        self, service: ClickService, volume: float = 0.8, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Calibrate the sound delay"))
        self.service = service
        self.volume = volume
        self.suggested_ms: int | None = None
        self.estimate: Estimate | None = None
        self._clicks: list[float] = []
        self._taps: list[float] = []
        self._stage = _Stage.READY

        self.instructions = plain_label(
            self.tr(
                "Put on the headphones or speakers you run with. Press Start, then press "
                "Space (or click Tap) on every click you hear. The first two clicks are for "
                "finding the beat."
            ),
            wrap=True,
        )
        self.progress = plain_label()
        self.progress.setObjectName("calibrationProgress")
        self.message = plain_label(wrap=True)
        self.message.setObjectName("calibrationMessage")
        self.tap_button = QPushButton(self.tr("Tap"), self)
        self.tap_button.setAccessibleName(self.tr("Tap on each click"))
        self.tap_button.setAutoDefault(False)
        self.tap_button.setMinimumHeight(3 * self.tap_button.sizeHint().height())
        self.tap_button.pressed.connect(self._on_tap)  # on the way down: that is the tap
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(
            self.tr("&Start"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.use_button = self.buttons.addButton(
            self.tr("&Use this"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.again_button = self.buttons.addButton(
            self.tr("T&ry again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start_button.clicked.connect(self._on_start)
        self.again_button.clicked.connect(self._on_start)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.instructions)
        layout.addWidget(self.tap_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._show(_Stage.READY)

    # -- stages ---------------------------------------------------------------------------------

    def _show(self, stage: _Stage) -> None:
        self._stage = stage
        running = stage is _Stage.RUNNING
        self.start_button.setVisible(stage is _Stage.READY)
        self.use_button.setVisible(stage is _Stage.RESULT)
        self.again_button.setVisible(stage in (_Stage.RESULT, _Stage.REFUSED))
        self.tap_button.setEnabled(running)
        # While tapping, Space must never reach Cancel (Tab could put it there): Escape or the
        # mouse cancel instead.
        self.cancel_button.setFocusPolicy(
            Qt.FocusPolicy.NoFocus if running else Qt.FocusPolicy.StrongFocus
        )
        self.progress.setVisible(running)
        focus = {
            _Stage.READY: self.start_button,
            _Stage.RUNNING: self.tap_button,
            _Stage.RESULT: self.use_button,
            _Stage.REFUSED: self.again_button,
            _Stage.NO_SOUND: self.cancel_button,
        }[stage]
        for button in (self.start_button, self.use_button, self.again_button, self.cancel_button):
            button.setDefault(button is focus)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_start(self) -> None:
        if self._stage is _Stage.RUNNING:
            return
        self._taps = []
        self._clicks = []
        self.suggested_ms = None
        self.estimate = None
        self.message.setText(self.tr("Starting the clicks…"))
        self.start_button.setEnabled(False)
        self.again_button.setEnabled(False)
        outcome = self.service.start(self.volume, self._on_clicks_done)
        self.start_button.setEnabled(True)
        self.again_button.setEnabled(True)
        if not self.isVisible():
            self.service.stop()  # closed while the output was opening
            return
        if isinstance(outcome, str):
            self.message.setText(
                self.tr("{0}\nCalibration needs sound: connect an output and try again.").format(
                    outcome
                )
            )
            self._show(_Stage.NO_SOUND)
            return
        if not outcome:
            self.message.setText("")
            self._show(_Stage.READY)
            return
        self._clicks = sorted(outcome)
        self.message.setText(self.tr("Listen to the first two clicks, then tap along."))
        self._show_progress()
        self._show(_Stage.RUNNING)

    @Slot()
    def _on_tap(self) -> None:
        if self._stage is not _Stage.RUNNING:
            return
        tap = self.service.now()
        self._taps.append(tap)
        if is_counted(self._clicks, tap):
            self.message.setText(self.tr("Keep tapping on every click."))
        self._show_progress()

    def _show_progress(self) -> None:
        total = counted_clicks(self._clicks)
        done = min(total, sum(1 for tap in self._taps if is_counted(self._clicks, tap)))
        self.progress.setText(self.tr("Tap {0} of {1}").format(done, total))

    def _on_clicks_done(self) -> None:
        if self._stage is not _Stage.RUNNING:
            return
        result = estimate(self._clicks, self._taps, keys.MAX_LATENCY_MS)
        self.estimate = result
        if result.suggested_ms is None:
            self.message.setText(self._refusal_text(result))
            self._show(_Stage.REFUSED)
            return
        self.suggested_ms = result.suggested_ms
        self.message.setText(self._result_text(result.suggested_ms))
        self._show(_Stage.RESULT)

    def _result_text(self, ms: int) -> str:
        lines = [self.tr("Suggested: {0} ms").format(ms)]
        if ms == 0:
            lines.append(self.tr("You heard the clicks on time: there is no delay to make up."))
        else:
            lines.append(
                self.tr("Every sound will play this much earlier once you press OK in Settings.")
            )
        return "\n".join(lines)

    def _refusal_text(self, result: Estimate) -> str:
        if result.refusal is Refusal.IRREGULAR:
            return self.tr(
                "The taps were too uneven to tell the delay. Try again, tapping along with "
                "the beat rather than reacting to each click."
            )
        return self.tr(
            "Only %n taps could be matched to clicks; at least {0} are needed. Try again "
            "and tap on every click from the third one on.",
            "",
            result.pairs,
        ).format(MIN_PAIRS)

    # -- leaving --------------------------------------------------------------------------------

    def accept(self) -> None:
        if self.suggested_ms is None:
            return  # "Use this" only exists with a suggestion; Enter elsewhere does nothing
        self.service.stop()
        super().accept()

    def reject(self) -> None:
        self.service.stop()
        self._stage = _Stage.READY
        super().reject()  # also what closing the window does
