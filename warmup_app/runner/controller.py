"""The one owner of "which routine is loaded" and of the driver that runs it.

Every way of loading or starting a warm-up goes through :class:`RunController`: the picker on
the Warm-up tab, Start/Space, the self-check's "start today's warm-up" (possibly an adapted
copy), ``--start ROUTINE`` and the library after a save, import or delete. Views never keep
their own idea of the current routine: they show :attr:`RunController.entry` when ``routine_loaded``
says it changed, so the run window's header always names the routine actually loaded.

It also holds the routine library the app knows (``library_changed``), so the Warm-up tab,
the Routines tab and the self-check all see one list. No widgets here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from warmup_app.core.session import State
from warmup_app.core.timeline import TimelineOptions, compile_timeline
from warmup_app.runner.driver import SessionDriver

if TYPE_CHECKING:  # types only: the window paints before routines (and pydantic) load
    from warmup_app.core.routine_files import Library, RoutineEntry

_IDLE = (State.IDLE, State.FINISHED)


class RunController(QObject):
    """Loads routines into the driver and starts them; refuses to swap one mid-run."""

    #: A routine was loaded (``RoutineEntry``): the next or current run uses it.
    routine_loaded = Signal(object)
    #: The library the app knows changed (``Library``): first load, save, import, delete.
    library_changed = Signal(object)

    def __init__(
        self,
        driver: SessionDriver,
        timeline_options: Callable[[], TimelineOptions] = TimelineOptions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.driver = driver
        #: Timeline settings (lead-in, countdown, cadence), read afresh at every load.
        self.timeline_options = timeline_options
        #: Runs just before a fresh start; the app loads the cue sounds there (may wait, bounded).
        self.before_start: Callable[[], object] = lambda: None
        self._entry: RoutineEntry | None = None
        self._library: Library | None = None
        self._starting = False

    # -- state ----------------------------------------------------------------------------------

    @property
    def entry(self) -> RoutineEntry | None:
        """The routine loaded in the driver (an adapted copy says so in ``adapted_from``)."""
        return self._entry

    @property
    def library(self) -> Library | None:
        return self._library

    def is_active(self) -> bool:
        """A warm-up is under way (lead-in, running or paused)."""
        session = self.driver.session
        return session is not None and session.is_active

    def original_entry(self) -> RoutineEntry | None:
        """The routine as the library has it: for an adapted copy, the one it was made from."""
        entry = self._entry
        if entry is not None and entry.adapted_from is not None:
            return entry.adapted_from
        return entry

    # -- intents --------------------------------------------------------------------------------

    def set_library(self, library: Library, select_id: str | None = None) -> None:
        """Know ``library`` from now on; load ``select_id`` (or keep what is loaded) when idle.

        A routine that is loaded keeps its place when its file is still there (a fresh copy of
        it is loaded, so an edit saved meanwhile applies); an adapted copy stays as it is, and so
        does a file from outside the library (``--start FILE``). A routine whose file was
        deleted or renamed gives way to ``select_id`` or the first one.
        """
        previous, self._library = self._library, library
        self.library_changed.emit(library)
        if self.is_active() or self._starting:
            return  # never swap a routine mid-run; Start picks up the fresh copy next time
        current = self._entry
        if select_id is None and current is not None:
            if current.adapted_from is not None:
                return
            select_id = current.id
        entry = library.find(select_id) if select_id else None
        from_outside = current is not None and not _lists(previous, current)
        if entry is None and current is not None and current.id == select_id and from_outside:
            return
        if entry is None and library.routines:
            entry = library.routines[0]
        if entry is not None:
            self.load(entry)

    @Slot(object)
    def load(self, entry: RoutineEntry) -> bool:
        """Load ``entry`` for the next run; False (nothing changes) while a run is under way
        or starting (the sounds may be loading in a local event loop)."""
        if self.is_active() or self._starting:
            return False
        self._entry = entry
        self.driver.load(compile_timeline(entry.routine, self.timeline_options()))
        self.routine_loaded.emit(entry)
        return True

    @Slot()
    def restore_original(self) -> None:
        """Go back from an adapted copy to the routine it was made from."""
        entry = self._entry
        if entry is not None and entry.adapted_from is not None:
            self.load(self._fresh(entry.adapted_from))

    def start(self, entry: RoutineEntry | None = None) -> bool:
        """Load ``entry`` (default: the loaded routine) and start it from the beginning.

        False when a warm-up is already under way: it is never replaced by another.
        """
        if self.is_active() or self._starting:
            return False
        target = entry if entry is not None else self._entry
        if target is None:
            return False
        self.load(self._fresh(target) if entry is None else target)
        self._prepare_start()
        self.driver.start()
        return True

    @Slot()
    def toggle(self) -> None:
        """Space: start (fresh) when idle or finished, else pause or resume."""
        if self._starting:
            return  # Start is waiting for the sounds; a second press must not pause the run
        session = self.driver.session
        if session is not None and session.state in _IDLE and self._entry is not None:
            # Reload so settings changed since (lead-in, cadence) apply to this run, and so an
            # edit saved while the last run went on is not lost.
            self.load(self._fresh(self._entry))
            self._prepare_start()
        self.driver.toggle()

    @Slot()
    def restart(self) -> None:
        session = self.driver.session
        if session is not None and session.state is not State.IDLE:
            self.driver.restart()

    def _fresh(self, entry: RoutineEntry) -> RoutineEntry:
        """The library's current copy of ``entry`` (same id), or ``entry`` itself."""
        if self._library is None or not _lists(self._library, entry):
            return entry
        return self._library.find(entry.id) or entry

    def _prepare_start(self) -> None:
        self._starting = True
        try:
            self.before_start()  # may wait (bounded) in a local event loop
        finally:
            self._starting = False


def _lists(library: Library | None, entry: RoutineEntry) -> bool:
    """Whether ``library`` has ``entry``'s routine file (an adapted copy is never listed)."""
    if library is None or entry.adapted_from is not None:
        return False
    found = library.find(entry.id)
    return found is not None and found.path == entry.path
