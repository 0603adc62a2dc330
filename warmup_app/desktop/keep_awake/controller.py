"""Keep the screen awake while a routine runs, and only then.

A runner glances at the countdown from a few metres away; a screen that dims after two minutes
of no input defeats the app. :class:`KeepAwake` follows the driver's ``state_changed``: it holds
an inhibition in the lead-in and while running, and gives it back on pause, finish, stop and
exit. It owns no timer. The platform's own mechanism does the work (see :func:`platform_inhibitor`).
"""

from __future__ import annotations

import logging
import sys
from typing import Protocol

from PySide6.QtCore import QObject, Slot

from warmup_app.core.session import State

log = logging.getLogger(__name__)

#: States in which the screen must stay on: the runner is following the countdown.
AWAKE_STATES = frozenset({State.LEAD_IN, State.RUNNING})


class Inhibitor(Protocol):
    """One platform's way to stop the screen from blanking. Both calls are idempotent."""

    def inhibit(self, reason: str) -> None: ...

    def release(self) -> None: ...

    def shutdown(self) -> None:
        """Release for good, before the app exits (may wait briefly for the platform)."""
        ...


class NullInhibitor:
    """For platforms without a known mechanism: the screen may blank, nothing else happens."""

    def inhibit(self, reason: str) -> None:
        pass

    def release(self) -> None:
        pass

    def shutdown(self) -> None:
        pass


def platform_inhibitor(parent: QObject | None = None) -> Inhibitor:
    """The mechanism for this platform; a :class:`NullInhibitor` if it cannot be set up."""
    try:
        if sys.platform == "win32":
            from warmup_app.desktop.keep_awake.windows import ExecutionStateInhibitor

            return ExecutionStateInhibitor()
        if sys.platform == "darwin":
            from warmup_app.desktop.keep_awake.macos import PowerAssertionInhibitor

            return PowerAssertionInhibitor()
        from warmup_app.desktop.keep_awake.linux import ScreenSaverInhibitor

        return ScreenSaverInhibitor(parent=parent)
    except OSError as exc:  # a missing system library: keep running, the screen may blank
        log.warning("cannot keep the screen awake on this system: %s", exc)
        return NullInhibitor()


class KeepAwake(QObject):
    """Holds the screen awake in :data:`AWAKE_STATES`; connect ``on_state_changed`` to a driver."""

    def __init__(self, inhibitor: Inhibitor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._inhibitor = inhibitor if inhibitor is not None else platform_inhibitor(self)
        self._holding = False

    @Slot(object)
    def on_state_changed(self, state: State) -> None:
        if state in AWAKE_STATES and not self._holding:
            self._holding = True
            self._inhibitor.inhibit(self.tr("A warm-up routine is running"))
        elif state not in AWAKE_STATES and self._holding:
            self._holding = False
            self._inhibitor.release()

    def shutdown(self) -> None:
        """Give the inhibition back before the app exits."""
        self._holding = False
        self._inhibitor.shutdown()
