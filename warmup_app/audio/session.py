"""Sound and speech for a session: the cue set, the player, the voice and their settings.

It listens to the driver and to the settings; it never decides when a cue is due. Sounds are
rendered (or taken from the cache) and decoded before a routine starts; one stream plays them
at their samples (core/mixer.py) and stays open for the whole session, so the output is awake
and the first cue after silence is heard.

A sound cache that cannot be written (a full disk, no permission) never stops a warm-up: the
sounds are rendered into a private folder in the runtime (memory-backed) folder instead, and if
even that fails the warm-up runs with its visual cues only. Either way the runner is told once.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from warmup_app.audio.cue_router import CueRouter
from warmup_app.audio.own_sounds import cue_sounds
from warmup_app.audio.stream import StreamPlayer
from warmup_app.audio.synth import SynthSettings, render_cue_set
from warmup_app.audio.voice import Voice
from warmup_app.config import settings as keys
from warmup_app.config.settings import BUILTIN_SOUND, Settings
from warmup_app.core.cues import CueKind
from warmup_app.core.mixer import Transport, sound_events
from warmup_app.core.session import Snapshot, State
from warmup_app.core.timeline import Timeline
from warmup_app.runner.driver import SessionDriver

log = logging.getLogger(__name__)

READY_TIMEOUT_MS = 3000  # the longest Start waits for sounds to load before going anyway
VOLUME_SAVE_DELAY_MS = 500


class SessionAudio(QObject):
    #: Something the runner should know once (no sound output, an own sound replaced).
    message = Signal(str)

    def __init__(
        self,
        driver: SessionDriver,
        settings: Settings,
        sounds_cache: Path,
        parent: QObject | None = None,
        *,
        player: StreamPlayer | None = None,
        voice: Voice | None = None,
    ) -> None:
        super().__init__(parent)
        self.driver = driver
        self.settings = settings
        self.sounds_cache = sounds_cache
        # ``StreamPlayer`` as this module sees it: tests replace the name with a factory.
        self.player = player if player is not None else StreamPlayer(self, clock=driver.clock)
        self._stream_timeline: Timeline | None = None
        self._anchor: tuple[bool, float, float | None] | None = None
        self.voice = voice if voice is not None else Voice(self)
        self.router = CueRouter(self.voice, self)
        self._prepared_sources: dict[CueKind, str] | None = None
        self._muted = False
        self._volume_to_save = settings.get(keys.VOLUME)
        self._save_volume = QTimer(self)  # debounces saving, not timekeeping
        self._save_volume.setSingleShot(True)
        self._save_volume.setInterval(VOLUME_SAVE_DELAY_MS)
        self._save_volume.timeout.connect(self._store_volume)
        self.player.unavailable.connect(self.message)
        self.player.sound_failed.connect(self._on_sound_failed)
        self.voice.unavailable.connect(self._on_voice_unavailable)
        driver.cues_fired.connect(self.router.on_cues)
        driver.state_changed.connect(self._on_state)
        self.player.output_changed.connect(self._on_output_changed)
        self.player.mixer.set_latency(settings.get(keys.SOUND_LATENCY_MS) / 1000)
        # Every command and every displayed second: cheap, and a skip or back while running
        # changes no state, only the session's anchor.
        driver.snapshot_changed.connect(self._follow_session)
        settings.changed.connect(self._on_setting)
        self._apply_voice_settings()
        self.player.set_volume(settings.get(keys.VOLUME) / 100)

    # -- loading ------------------------------------------------------------------------------

    def prepare(self) -> None:
        """Render (or reuse) the cue set and load it; cheap when nothing changed."""
        sources = {kind: self.settings.get(key) for kind, key in keys.SOUNDS.items()}
        if sources == self._prepared_sources:
            return
        self._prepared_sources = sources
        builtin = self._render_builtin()
        own = {kind: Path(src) for kind, src in sources.items() if src != BUILTIN_SOUND}
        paths, problems = cue_sounds(builtin, own)
        for problem in problems:
            self.message.emit(problem)
        self.player.prepare(paths)

    def _render_builtin(self) -> dict[CueKind, Path]:
        """The built-in cue set: from the cache, else from a private runtime folder, else none
        at all (the cues still flash on screen)."""
        try:
            return render_cue_set(self.sounds_cache, SynthSettings())
        except OSError as exc:
            log.warning("cannot write the sound cache %s: %s", self.sounds_cache, exc)
            cache_problem = exc.strerror or str(exc)
        try:
            folder = private_sound_folder()
            sounds = render_cue_set(folder, SynthSettings())
        except OSError as exc:
            log.error("cannot render the sounds anywhere: %s; visual cues only", exc)
            self.message.emit(
                self.tr(
                    "The sounds could not be prepared ({0}), so this warm-up shows its cues on "
                    "screen only."
                ).format(cache_problem)
            )
            return {}
        self.message.emit(
            self.tr(
                "The sound folder cannot be written ({0}); the sounds are kept in memory for "
                "this session."
            ).format(cache_problem)
        )
        return sounds

    def ensure_ready(self, timeout_ms: int = READY_TIMEOUT_MS) -> bool:
        """Called just before Start: loads what is missing and waits (bounded) for it."""
        self.prepare()
        ready = self.player.wait_ready(timeout_ms)
        if not ready:
            log.warning("sounds not loaded after %d ms; starting anyway", timeout_ms)
        return ready

    # -- reactions ----------------------------------------------------------------------------

    @Slot(object)
    def _on_state(self, state: State) -> None:
        active = state in (State.LEAD_IN, State.RUNNING, State.PAUSED)
        session = self.driver.session
        self._follow_session()
        self.player.keep_awake(active)
        self.router.set_timeline(session.timeline if session is not None else None)
        if state in (State.IDLE, State.PAUSED):
            self.voice.stop()

    @Slot()
    @Slot(object)
    def _follow_session(self, _snapshot: Snapshot | None = None) -> None:
        """Give the mixer the session's timeline and clock anchor when either changed."""
        mixer = self.player.mixer
        session = self.driver.session
        if session is None:
            return
        if session.timeline is not self._stream_timeline:
            self._stream_timeline = session.timeline
            mixer.set_events(sound_events(session.timeline.cues))
            self._anchor = None
        state = session.state
        running = state in (State.LEAD_IN, State.RUNNING)
        elapsed, clock = session.anchor()
        anchor = (running, elapsed, clock)
        if anchor == self._anchor:
            return
        self._anchor = anchor
        now = self.driver.clock()
        if state is State.IDLE:
            mixer.set_transport(None, now)
            mixer.silence_all()
        elif state is State.FINISHED:
            # The transport runs on: the finish chime at the very end may not be rendered yet
            # when the display says "finished", and nothing is scheduled after it.
            pass
        else:
            mixer.set_transport(
                Transport(running, elapsed, clock if clock is not None else now), now
            )

    @Slot(str)
    def _on_output_changed(self, message: str) -> None:
        if message:
            self.message.emit(message)

    @Slot(str)
    def _on_setting(self, name: str) -> None:
        if name == keys.SOUND_LATENCY_MS.name:
            self.player.mixer.set_latency(self.settings.get(keys.SOUND_LATENCY_MS) / 1000)
        elif name == keys.VOLUME.name:
            self.player.set_volume(self.settings.get(keys.VOLUME) / 100)
        elif name.startswith("voice/"):
            self._apply_voice_settings()
        elif name.startswith("sounds/") and not self._session_active():
            # During a run, reloading would silence every cue until it finished (and render on
            # this thread); the new sound is loaded before the next start instead.
            self.prepare()

    def _session_active(self) -> bool:
        session = self.driver.session
        return session is not None and session.is_active

    def _apply_voice_settings(self) -> None:
        self.voice.set_enabled(self.settings.get(keys.VOICE_ENABLED))
        self.voice.set_rate(self.settings.get(keys.VOICE_RATE))
        self.voice.set_otherwise(self.settings.get(keys.VOICE_OTHERWISE))
        name = self.settings.get(keys.VOICE_NAME)
        if name:
            self.voice.set_voice(name)

    @Slot(str)
    def _on_voice_unavailable(self, reason: str) -> None:
        """Said once, like a missing sound output: unless the runner turned the voice off."""
        if self.voice.switched_off() or not self.settings.get(keys.VOICE_ENABLED):
            return
        self.message.emit(
            self.tr("No voice: {0} Settings → Voice says what to install.").format(reason)
        )

    @Slot(str, str)
    def _on_sound_failed(self, kind: str, message: str) -> None:
        self.message.emit(
            self.tr("The sound for “{0}” could not be loaded: {1}").format(
                kind.replace("_", " "), message
            )
        )

    # -- run-window controls ------------------------------------------------------------------

    @Slot(int)
    def set_volume_percent(self, percent: int) -> None:
        """Heard at once; saved a moment after the slider stops (no file write per step)."""
        self._volume_to_save = max(0, min(100, percent))
        self.player.set_volume(self._volume_to_save / 100)
        self._save_volume.start()

    @Slot()
    def _store_volume(self) -> None:
        self.settings.set(keys.VOLUME, self._volume_to_save)

    def flush(self) -> None:
        """Save a volume change still waiting (at exit)."""
        if self._save_volume.isActive():
            self._save_volume.stop()
            self._store_volume()

    @Slot(bool)
    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self.player.set_muted(muted)
        self.voice.set_muted(muted)

    def is_muted(self) -> bool:
        return self._muted


_private_folder: Path | None = None


def private_sound_folder() -> Path:
    """A folder of this process's own, on the runtime folder (tmpfs on Linux) when there is one,
    removed at exit; the same one for the whole process."""
    global _private_folder
    if _private_folder is None or not _private_folder.is_dir():
        runtime = os.environ.get("XDG_RUNTIME_DIR")
        base = runtime if runtime and os.path.isdir(runtime) else None
        _private_folder = Path(tempfile.mkdtemp(prefix="warmup-app-sounds-", dir=base))
        atexit.register(shutil.rmtree, _private_folder, ignore_errors=True)
    return _private_folder
