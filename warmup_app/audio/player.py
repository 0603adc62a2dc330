"""Play cue sounds: one preloaded QSoundEffect per kind, a warm output, and a quiet fallback.

The player only does what it is told: the session driver decides when a cue is due and calls
:meth:`CuePlayer.play`. It computes no time of its own.

Without a sound output (no device, no sound server) the player says so once through
``unavailable`` and then carries on silently: ``play`` does nothing, the app shows its visual
cues, and nothing is logged again for every cue.

Why cues loop: Qt 6.10-6.12's QSoundEffect (QTBUG-144711) sometimes frees a voice that played to
its end on the audio thread; its event notifier then spins the main thread at 100 % CPU,
printing "QSocketNotifier: Invalid socket" forever (one run in five with five cues, measured
here with PySide6 6.12.0). A voice that is stopped, not finished, is freed on the main thread.
So every cue file ends in seconds of silence (``synth.PLAYBACK_TAIL_MS``), plays with an
infinite loop count, and is stopped inside that silence; a stop that comes late is silent, not
a repeat. Files without such a tail play once, the plain way.
"""

from __future__ import annotations

import logging
import math
import wave
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect, QtAudio

from warmup_app.audio.backend import use_builtin_audio
from warmup_app.core.cues import CueKind

log = logging.getLogger(__name__)

DEFAULT_VOLUME = 0.8  # slider position, 0..1
MIN_TAIL_MS = 1000  # a shorter silent tail leaves too little room for a late stop
STOP_AFTER_SOUND_MS = 100  # stop a looping cue this long after its sound ends

EffectFactory = Callable[[QObject], QSoundEffect]


def _has_audio_output() -> bool:
    use_builtin_audio()
    return bool(QMediaDevices.audioOutputs())


@dataclass(frozen=True)
class SoundTiming:
    """How long a cue file sounds, and how much exact silence follows."""

    sound_ms: int
    tail_ms: int


def sound_timing(path: Path) -> SoundTiming | None:
    """Measure a PCM WAV's sound and silent tail; ``None`` if it can't be read as PCM WAV."""
    try:
        with wave.open(str(path), "rb") as reader:
            frame_bytes = reader.getsampwidth() * reader.getnchannels()
            rate = reader.getframerate()
            data = reader.readframes(reader.getnframes())
    except (OSError, EOFError, wave.Error):
        return None
    if not frame_bytes or not rate:
        return None
    sounding = len(data.rstrip(b"\x00"))  # the tail is exact zeros, so this is C-speed
    sound_frames = -(-sounding // frame_bytes)
    total_frames = len(data) // frame_bytes
    return SoundTiming(
        sound_ms=round(sound_frames * 1000 / rate),
        tail_ms=round((total_frames - sound_frames) * 1000 / rate),
    )


class _Cue(QObject):
    """One cue kind's effect and, when it loops, the timer that stops it inside its tail."""

    def __init__(self, effect: QSoundEffect, timing: SoundTiming | None) -> None:
        super().__init__(effect)
        self.effect = effect
        self.loops = timing is not None and timing.tail_ms >= MIN_TAIL_MS
        self._stopper = QTimer(self)
        self._stopper.setSingleShot(True)
        self._stopper.setTimerType(Qt.TimerType.CoarseTimer)
        self._stopper.timeout.connect(self.stop)
        if self.loops:
            assert timing is not None
            effect.setLoopCount(QSoundEffect.Loop.Infinite.value)
            self._stopper.setInterval(timing.sound_ms + STOP_AFTER_SOUND_MS)

    def play(self) -> None:
        if self.loops:
            self.effect.stop()  # the previous one is in its silence by now (or cut short)
            self.effect.play()
            self._stopper.start()
        else:
            self.effect.play()

    @Slot()
    def stop(self) -> None:
        self._stopper.stop()
        self.effect.stop()


class CuePlayer(QObject):
    """Plays the cue sound of a kind on demand, with volume, mute and a kept-awake output.

    Call :meth:`prepare` before a routine starts and wait for ``ready`` (or
    :meth:`wait_ready`), so the first cue is not held up by loading. Call ``keep_awake(True)``
    for the length of the session and ``keep_awake(False)`` after it.
    """

    #: Every prepared sound is loaded (or failed, or there is no output): a routine may start.
    ready = Signal()
    #: There is no sound output. Emitted at most once per player, with a message for the user.
    unavailable = Signal(str)
    #: A sound file could not be loaded (kind value, message); that cue stays silent.
    sound_failed = Signal(str, str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        effect_factory: EffectFactory = QSoundEffect,
        has_output: Callable[[], bool] = _has_audio_output,
    ) -> None:
        super().__init__(parent)
        self._effect_factory = effect_factory
        self._has_output = has_output
        self._cues: dict[CueKind, _Cue] = {}
        self._pending: set[QSoundEffect] = set()
        self._keep_awake_effect: QSoundEffect | None = None
        self._awake_wanted = False
        self._volume = DEFAULT_VOLUME
        self._muted = False
        self._available = True
        self._unavailable_reported = False
        self._ready = False

    # --- loading -------------------------------------------------------------------------

    def prepare(self, paths: Mapping[CueKind, Path], keep_awake_sound: Path | None = None) -> None:
        """Load one effect per kind in ``paths`` (replacing any earlier set).

        ``ready`` follows once all have loaded; at once when there is no output at all, in
        which case no effect is created (each would make Qt log a warning of its own).
        ``keep_awake_sound`` is the inaudible loop for :meth:`keep_awake`.
        """
        self._release()
        if not self._has_output():
            self._report_unavailable()
            self._set_ready()
            return
        self._available = True  # an output may have appeared since the last session
        for kind, path in paths.items():
            self._cues[kind] = _Cue(self._load(path), sound_timing(path))
        if keep_awake_sound is not None:
            effect = self._load(keep_awake_sound)
            effect.setLoopCount(QSoundEffect.Loop.Infinite.value)
            self._keep_awake_effect = effect
        self._apply_volume()
        for effect in list(self._pending):
            self._settle(effect)  # a backend may finish loading before we could listen
        self._maybe_ready()

    def _load(self, path: Path) -> QSoundEffect:
        if self._effect_factory is QSoundEffect:
            use_builtin_audio()  # before the first QSoundEffect (a test's fake needs nothing)
        effect = self._effect_factory(self)
        effect.statusChanged.connect(self._on_status_changed)
        self._pending.add(effect)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        return effect

    def _effects(self) -> list[QSoundEffect]:
        effects = [cue.effect for cue in self._cues.values()]
        if self._keep_awake_effect is not None:
            effects.append(self._keep_awake_effect)
        return effects

    def _release(self) -> None:
        for cue in self._cues.values():
            cue.stop()
        # No disconnect: a late statusChanged from a released effect is ignored by identity.
        # (SignalInstance.disconnect also drops a reference to True in PySide6 6.12.0.)
        for effect in self._effects():
            effect.stop()
            effect.deleteLater()
        self._cues.clear()
        self._pending.clear()
        self._keep_awake_effect = None
        self._ready = False

    @Slot()
    def _on_status_changed(self) -> None:
        sender = self.sender()
        effect = next((e for e in self._effects() if e is sender), None)
        if effect is not None:
            self._settle(effect)
            self._maybe_ready()

    def _settle(self, effect: QSoundEffect) -> None:
        status = effect.status()
        if status == QSoundEffect.Status.Ready:
            self._pending.discard(effect)
        elif status == QSoundEffect.Status.Error:
            self._pending.discard(effect)
            self._on_error(effect)

    def _maybe_ready(self) -> None:
        if not self._pending and not self._ready:
            self._set_ready()
            if self._awake_wanted:
                self.keep_awake(True)

    def _on_error(self, effect: QSoundEffect) -> None:
        """An effect failed: with no output left that means no sound at all, else a bad file."""
        if not self._has_output():
            self._report_unavailable()
            return
        if effect is self._keep_awake_effect:
            log.warning("keep-awake sound could not be loaded: %s", effect.source().toString())
            self._keep_awake_effect = None
            effect.deleteLater()
            return
        kind = next((k for k, cue in self._cues.items() if cue.effect is effect), None)
        if kind is None:
            return
        del self._cues[kind]
        path = effect.source().toLocalFile()
        log.warning("cue sound for %s could not be loaded: %s", kind.value, path)
        message = self.tr("This sound could not be played: %1").replace("%1", path)
        self.sound_failed.emit(kind.value, message)

    def _set_ready(self) -> None:
        self._ready = True
        self.ready.emit()

    def wait_ready(self, timeout_ms: int) -> bool:
        """Run a local event loop until ``ready`` or ``timeout_ms``; True when ready.

        For a start button that must not hang: on False, start anyway (a cue whose sound is
        still loading plays once it has loaded).
        """
        if self._ready:
            return True
        loop = QEventLoop()  # its connections go with it when it is deleted on return
        timer = QTimer(loop)
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        self.ready.connect(loop.quit)
        timer.start(timeout_ms)
        loop.exec()
        return self._ready

    # --- availability --------------------------------------------------------------------

    def is_available(self) -> bool:
        """False once the player has found there is no sound output."""
        return self._available

    def _report_unavailable(self) -> None:
        self._available = False
        for cue in self._cues.values():
            cue.stop()
        if self._keep_awake_effect is not None:
            self._keep_awake_effect.stop()
        if self._unavailable_reported:
            return
        self._unavailable_reported = True
        log.warning("no audio output: cues are visual only")
        self.unavailable.emit(
            self.tr("No sound output was found. Cues will be shown on screen only.")
        )

    # --- playing -------------------------------------------------------------------------

    def play(self, kind: CueKind) -> None:
        """Sound the cue of ``kind`` now; a no-op when muted, unavailable or not prepared."""
        if self._muted or not self._available:
            return
        cue = self._cues.get(kind)
        if cue is None:
            log.debug("no sound prepared for %s", kind.value)
            return
        cue.play()

    def stop_all(self) -> None:
        """Silence every cue that is still sounding (the keep-awake loop is left alone)."""
        for cue in self._cues.values():
            cue.stop()

    def keep_awake(self, on: bool) -> None:
        """Keep the output busy with an inaudible loop while ``on`` (the length of a session).

        Many outputs sleep after a few seconds of silence and lose the start of the next sound;
        a warm output plays the first cue of a session as promptly as the last.
        """
        self._awake_wanted = on
        effect = self._keep_awake_effect
        if effect is None or not self._available:
            return
        if not on:
            effect.stop()
        elif not effect.isPlaying() and effect.status() == QSoundEffect.Status.Ready:
            effect.play()

    def is_keeping_awake(self) -> bool:
        effect = self._keep_awake_effect
        return effect is not None and effect.isPlaying()

    # --- volume --------------------------------------------------------------------------

    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        """``volume`` is a slider position 0..1; loudness follows it evenly to the ear."""
        self._volume = 0.0 if math.isnan(volume) else min(max(volume, 0.0), 1.0)
        self._apply_volume()

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self._apply_volume()
        if muted:
            self.stop_all()

    def _apply_volume(self) -> None:
        linear = QtAudio.convertVolume(
            self._volume,
            QtAudio.VolumeScale.LogarithmicVolumeScale,
            QtAudio.VolumeScale.LinearVolumeScale,
        )
        for cue in self._cues.values():
            cue.effect.setVolume(linear)
            cue.effect.setMuted(self._muted)
