"""“Try it”: run the routine being edited in a run view of its own, optionally 10x faster.

The trial gets its own :class:`RunController` and :class:`SessionDriver` (still the only owner
of a timer), with a clock that runs ``speed`` times faster and a scheduler that waits
``1/speed`` of each delay, so every cue keeps its place on the routine's timeline. The main run
controller and its session are untouched. The view comes from a factory the window gives
(the Warm-up tab's run view): this package does not import another feature's widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from warmup_app.core import clock as app_clock
from warmup_app.core.routine import Routine
from warmup_app.core.routine_files import RoutineEntry
from warmup_app.core.session import Clock
from warmup_app.runner.controller import RunController
from warmup_app.runner.driver import PreciseScheduler, SessionDriver

QUICK_SPEED = 10.0

#: Makes the trial's driver for a speed (replaced in tests by one on a fake clock).
DriverFactory = Callable[[float, QObject], SessionDriver]
#: Builds the view a trial is shown in, around the trial's own controller.
TrialViewFactory = Callable[[RunController, QWidget], QWidget]


def scaled_clock(speed: float, base: Clock = app_clock.monotonic) -> Clock:
    """A monotonic clock that runs ``speed`` times as fast as ``base`` from now on."""
    origin = base()

    def clock() -> float:
        return origin + (base() - origin) * speed

    return clock


class ScaledScheduler(QObject):
    """Waits ``1/speed`` of each requested delay, to match a clock ``speed`` times faster."""

    def __init__(
        self, callback: Callable[[], None], speed: float, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._inner = PreciseScheduler(callback, self)
        self._speed = speed

    def arm(self, delay_s: float) -> None:
        self._inner.arm(delay_s / self._speed)

    def cancel(self) -> None:
        self._inner.cancel()


def make_driver(speed: float, parent: QObject) -> SessionDriver:
    if speed == 1.0:
        return SessionDriver(parent=parent)
    scheduler_parent = QObject(parent)

    def factory(callback: Callable[[], None]) -> ScaledScheduler:
        return ScaledScheduler(callback, speed, scheduler_parent)

    return SessionDriver(clock=scaled_clock(speed), scheduler_factory=factory, parent=parent)


class TryRunDialog(QDialog):
    """A run view for one routine; closing it stops the trial."""

    def __init__(
        self,
        routine: Routine,
        speed: float,
        view_factory: TrialViewFactory,
        driver_factory: DriverFactory = make_driver,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = self.tr("Try: {0}").format(routine.name)
        if speed != 1.0:
            title += self.tr(" ({0}x speed)").format(f"{speed:g}")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(760, 620)
        self.speed = speed
        self.driver = driver_factory(speed, self)
        self.controller = RunController(self.driver, parent=self)
        self.run_view = view_factory(self.controller, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.run_view, 1)
        layout.addWidget(buttons)
        entry = RoutineEntry("editor-trial", Path(), False, routine)
        self.controller.load(entry)

    @Slot()
    def start(self) -> None:
        self.controller.toggle()

    def done(self, result: int) -> None:
        self.driver.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.driver.stop()
        super().closeEvent(event)
