"""One open output stream that plays the session's cue sounds at their exact samples.

Why: see ``core/mixer.py``. A ``QAudioSink`` in pull mode reads from :class:`_MixerDevice`,
whose ``readData`` asks the mixer for the next block; nothing is emitted per block (PySide
aborts after a few thousand cross-thread emits in some versions) and nothing here decides
when a cue is due: the mixer reads the session's clock anchor, set from the event loop.

The stream opens before a routine starts (so the output, and a Bluetooth link, are awake
before the first cue) and stays open, playing silence between cues, until the routine ends.
Without an output device the player says so once and the run is visual only. If the output
goes away mid-run, the player says so once and retries with a growing delay; sound comes
back when the output does.
"""

from __future__ import annotations

import logging
import math
import sys
import wave
from array import array
from collections.abc import Callable, Mapping
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from warmup_app.audio.backend import has_audio_output, sound_server_reachable, use_builtin_audio
from warmup_app.core import clock as app_clock
from warmup_app.core.cues import CueKind
from warmup_app.core.mixer import SAMPLE_RATE, FrameClock, Mixer

log = logging.getLogger(__name__)

DEFAULT_VOLUME = 0.8
# How far ahead the mixer renders: short, so a jump is heard at once. The sink pulls on its
# own thread (on the GUI thread, 40 ms underran whenever the window repainted).
BUFFER_S = 0.04
#: The first retry after a loss comes after Qt's own reconnect: when the sound server dies,
#: Qt's PulseAudio backend drops its context and tries again 3 s later; a sink made in between
#: aborts the whole process (libpulse's assertion in pa_context_get_state). Past that attempt a
#: new sink connects afresh, but only to a server that is there (``sound_server_reachable``).
RETRY_FIRST_MS = 4000
RETRY_MAX_MS = 8000
#: Every sound is placed this long after its time on the monotonic clock. A block may be
#: rendered up to a buffer ahead of being queued behind another buffer, so a cue due at once
#: (the first tick at Start, a "go" after a skip) would land wherever the next block starts;
#: with this margin it lands at its exact sample like every other cue, and all are heard with
#: the same constant delay.
LEAD_S = 2 * BUFFER_S + 0.02
#: An underrun the output reports re-anchors the sounds at once (``FrameClock.gap``); past
#: this, a disagreement with the output's report does too (a stall, a device change). Less
#: than this is the report's own noise and shifts (measured up to 50 ms), not what is heard.
RESYNC_S = 0.25
CHECK_MS = 1000  # how often a running stream checks it is still playing (one cheap timer)
CLOSE_AFTER_MS = 3000  # the last sound (the finish chime) rings out before the stream closes


def decode_wav(path: Path) -> array[int] | None:
    """A cue file as mono 16-bit samples at the stream's rate, trailing digital silence cut off
    (sounds imported by earlier versions end with 3 s of it)."""
    try:
        with wave.open(str(path), "rb") as reader:
            shape = (reader.getnchannels(), reader.getsampwidth(), reader.getframerate())
            data = reader.readframes(reader.getnframes())
    except (OSError, EOFError, wave.Error):
        return None
    if shape != (1, 2, SAMPLE_RATE):
        log.warning("%s is not mono 16-bit %d Hz: %s", path, SAMPLE_RATE, shape)
        return None
    data = data[: len(data) - len(data) % 2]
    sounding = len(data.rstrip(b"\x00"))
    samples = array("h")
    samples.frombytes(data[: sounding + sounding % 2])
    if sys.byteorder == "big":
        samples.byteswap()
    return samples


class _MixerDevice(QIODevice):
    """What the sink reads: an endless stream rendered by the mixer on demand."""

    def __init__(self, mixer: Mixer, clock: Callable[[], float], buffer_frames: int) -> None:
        super().__init__()
        self.mixer = mixer
        self.frame_clock = FrameClock(mixer.rate, resync_s=RESYNC_S)
        self._clock = clock
        self._buffer_frames = buffer_frames
        self.reads = 0
        self.processed_us: Callable[[], int] | None = None  # the sink's processedUSecs

    def readData(self, maxlen: int) -> bytes:
        # Never more than the buffer: Qt asks for far more (16 KiB, 170 ms here), and every frame
        # handed over early is a frame a pause or skip cannot take back.
        frames = min(maxlen // 2, self._buffer_frames)
        if frames <= 0:
            return b""
        # What was handed over but not yet taken by the output plays before this block.
        taken = self.processed_us() * self.mixer.rate // 1_000_000 if self.processed_us else 0
        queued = max(0, self.frame_clock.frames - taken)
        resyncs = self.frame_clock.resyncs
        first = self.frame_clock.next_block(frames, self._clock(), queued) - LEAD_S
        if self.frame_clock.resyncs != resyncs:
            log.info(
                "audio stream re-anchored at frame %d (queued %d)", self.frame_clock.frames, queued
            )
        self.reads += 1
        return self.mixer.render(frames, first)

    def writeData(self, data: bytes | bytearray | memoryview, size: int) -> int:
        return -1

    def bytesAvailable(self) -> int:
        return (1 << 20) + super().bytesAvailable()

    def isSequential(self) -> bool:
        return True


class _SinkHost(QObject):
    """Owns the sink and its device on the audio thread: a busy event loop (a repaint, a
    settings write) then never makes the output run dry, which it did here on the GUI thread."""

    #: The sink's state changed (``QtAudio.State``, ``QtAudio.Error``): rare, never per block.
    state_changed = Signal(object, object)

    def __init__(self, mixer: Mixer, clock: Callable[[], float]) -> None:
        super().__init__()
        self.mixer = mixer
        self.clock = clock
        self.sink: QAudioSink | None = None
        self.device: _MixerDevice | None = None

    @Slot(object)
    def open(self, output: QAudioDevice) -> None:
        fmt = QAudioFormat()
        fmt.setSampleRate(SAMPLE_RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not output.isFormatSupported(fmt):
            log.warning("output %s does not take mono 16-bit 48 kHz", output.description())
        sink = QAudioSink(output, fmt, self)
        sink.setBufferFrameCount(round(BUFFER_S * SAMPLE_RATE))
        device = _MixerDevice(self.mixer, self.clock, round(BUFFER_S * SAMPLE_RATE))
        device.open(QIODevice.OpenModeFlag.ReadOnly)
        device.processed_us = sink.processedUSecs
        sink.stateChanged.connect(self._on_state)
        self.sink, self.device = sink, device
        sink.start(device)
        log.info(
            "audio stream open on %s (buffer %d bytes)", output.description(), sink.bufferSize()
        )
        self.state_changed.emit(sink.state(), sink.error())

    @Slot()
    def close(self) -> None:
        sink, self.sink = self.sink, None
        device, self.device = self.device, None
        if sink is not None:
            sink.stateChanged.disconnect(self._on_state)
            sink.stop()
            # Gone now, before its device: a sink deleted later (deleteLater) could still
            # reach the device Python frees below, and the app crashed (SIGSEGV) at exit.
            shiboken6.delete(sink)
        if device is not None:
            device.close()

    @Slot(QtAudio.State)
    def _on_state(self, state: QtAudio.State) -> None:
        if state == QtAudio.State.IdleState and self.device is not None:
            self.device.frame_clock.gap()  # ran dry: the sounds after it move back in step
        if self.sink is not None:
            self.state_changed.emit(state, self.sink.error())


class StreamPlayer(QObject):
    """The cue sounds of a session through one pull-mode ``QAudioSink`` and a :class:`Mixer`.

    Call :meth:`prepare` with the cue set, then :meth:`wait_ready` just before Start (it
    opens the stream); ``keep_awake(True)`` keeps it open for the session. Nothing is played
    on demand: the mixer plays every sound at its sample from the schedule it was given.
    """

    ready = Signal()
    unavailable = Signal(str)
    sound_failed = Signal(str, str)
    #: The output went away mid-run (message), or came back (empty message).
    output_changed = Signal(str)
    _open_requested = Signal(object)
    _close_requested = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = app_clock.monotonic,
        mixer: Mixer | None = None,
        has_output: Callable[[], bool] = has_audio_output,
    ) -> None:
        super().__init__(parent)
        self._has_output = has_output
        self.mixer = mixer if mixer is not None else Mixer()
        self._clock = clock
        self._thread: QThread | None = None
        self._host: _SinkHost | None = None
        self._sink_state: QtAudio.State | None = None  # None: no stream open
        self._wanted = False
        self._available = True
        self._unavailable_reported = False
        self._lost_reported = False
        self._volume = DEFAULT_VOLUME
        self._retry_ms = RETRY_FIRST_MS
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setTimerType(Qt.TimerType.CoarseTimer)
        self._retry.timeout.connect(self._open)
        self._check = QTimer(self)
        self._check.setInterval(CHECK_MS)
        self._check.setTimerType(Qt.TimerType.CoarseTimer)
        self._check.timeout.connect(self._check_alive)
        self._last_reads = -1
        self.underruns = 0
        self._closer = QTimer(self)
        self._closer.setSingleShot(True)
        self._closer.setInterval(CLOSE_AFTER_MS)
        self._closer.timeout.connect(self._close)
        self.set_volume(DEFAULT_VOLUME)

    # --- loading -------------------------------------------------------------------------

    def prepare(self, paths: Mapping[CueKind, Path]) -> None:
        """Decode each kind's file into the stream's format, once; ``ready`` follows at once."""
        if not self._has_output():  # said now, when the sounds are loaded, not at Start
            self._no_output()
        sounds: dict[CueKind, array[int]] = {}
        for kind, path in paths.items():
            samples = decode_wav(path)
            if samples is None:
                message = self.tr("This sound could not be played: %1").replace("%1", str(path))
                self.sound_failed.emit(kind.value, message)
                continue
            sounds[kind] = samples
        self.mixer.set_sounds(sounds)
        self.ready.emit()

    def wait_ready(self, timeout_ms: int) -> bool:
        """Open the stream and wait (bounded) until it plays, so the first cue is heard."""
        self.keep_awake(True)
        if self._host is None or self._sink_state == QtAudio.State.ActiveState:
            return True
        loop = QEventLoop()
        timer = QTimer(loop)
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        self._host.state_changed.connect(loop.quit)
        timer.start(timeout_ms)
        loop.exec()
        return self._sink_state in (None, QtAudio.State.ActiveState)

    # --- the stream ----------------------------------------------------------------------

    def keep_awake(self, on: bool) -> None:
        """Keep the stream open (silence between cues) while ``on``; after ``on`` ends it
        stays open a moment longer, so the last sound is heard whole."""
        self._wanted = on
        if on:
            self._closer.stop()
            if self._sink_state is None and not self._retry.isActive():
                self._open()
        else:
            self._retry.stop()
            if self._sink_state is not None and not self._closer.isActive():
                self._closer.start()

    def is_keeping_awake(self) -> bool:
        return self._sink_state is not None

    def is_available(self) -> bool:
        return self._available

    @Slot()
    def _open(self) -> None:
        if not self._wanted or self._sink_state is not None:
            return
        if not self._has_output():
            self._no_output()
            return
        if self._lost_reported and not sound_server_reachable():
            self._retry_later()  # a sink made now would abort the process (RETRY_FIRST_MS)
            return
        use_builtin_audio()
        output = QMediaDevices.defaultAudioOutput()
        if output.isNull():
            self._no_output()
            return
        if self._thread is None:
            thread = QThread(self)
            thread.setObjectName("audio stream")
            host = _SinkHost(self.mixer, self._clock)
            host.moveToThread(thread)
            host.state_changed.connect(self._on_state)
            self._open_requested.connect(host.open)
            self._close_requested.connect(host.close, Qt.ConnectionType.BlockingQueuedConnection)
            thread.finished.connect(host.deleteLater)
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.shutdown)
            thread.start(QThread.Priority.TimeCriticalPriority)
            self._thread, self._host = thread, host
        self._sink_state = QtAudio.State.StoppedState
        self._available = True
        self._last_reads = -1
        self._check.start()
        self._open_requested.emit(output)

    @Slot()
    def _close(self) -> None:
        self._closer.stop()
        self._check.stop()
        if self._sink_state is not None and self._thread is not None:
            self._close_requested.emit()  # blocks until the audio thread has closed it
        self._sink_state = None

    @Slot()
    def shutdown(self) -> None:
        """Close the stream and end the audio thread (at exit; the player is done)."""
        self._wanted = False
        self._retry.stop()
        self._close()
        thread, self._thread, self._host = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()

    @Slot(object, object)
    def _on_state(self, state: QtAudio.State, error: QtAudio.Error) -> None:
        if self._sink_state is None:
            return  # a late report from a stream already closed
        self._sink_state = state
        if state == QtAudio.State.IdleState:
            self.underruns += 1  # the output ran dry: the sounds after it are that much late
            log.info("audio stream underrun (%d so far)", self.underruns)
        if state == QtAudio.State.StoppedState and error != QtAudio.Error.NoError:
            log.warning("audio output stopped: %s", error)
            self._lost()
        elif state == QtAudio.State.ActiveState and self._lost_reported:
            self._lost_reported = False
            self._retry_ms = RETRY_FIRST_MS
            log.info("audio output is back")
            self.output_changed.emit("")

    @Slot()
    def _check_alive(self) -> None:
        """A stream that stopped pulling without saying so counts as lost."""
        device = self._host.device if self._host is not None else None
        if device is None:
            return
        if device.reads == self._last_reads:
            log.warning("audio output stopped reading")
            self._lost()
            return
        self._last_reads = device.reads

    def _lost(self) -> None:
        self._close()
        if not self._has_output() and not self._lost_reported:
            self._no_output()
        if not self._lost_reported:
            self._lost_reported = True
            self.output_changed.emit(
                self.tr(
                    "The sound output stopped. Cues are shown on screen; "
                    "sound resumes when it is back."
                )
            )
        self._retry_later()

    def _retry_later(self) -> None:
        if self._wanted:
            self._retry.start(self._retry_ms)
            self._retry_ms = min(self._retry_ms * 2, RETRY_MAX_MS)

    def _no_output(self) -> None:
        self._available = False
        if self._unavailable_reported:
            return
        self._unavailable_reported = True
        log.warning("no audio output: cues are visual only")
        self.unavailable.emit(
            self.tr("No sound output was found. Cues will be shown on screen only.")
        )

    # --- volume and stopping ---------------------------------------------------------------

    def stop_all(self) -> None:
        self.mixer.silence_all()

    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        """``volume`` is a slider position 0..1; loudness follows it evenly to the ear."""
        self._volume = 0.0 if math.isnan(volume) else min(max(volume, 0.0), 1.0)
        self.mixer.set_volume(
            QtAudio.convertVolume(
                self._volume,
                QtAudio.VolumeScale.LogarithmicVolumeScale,
                QtAudio.VolumeScale.LinearVolumeScale,
            )
        )

    def set_muted(self, muted: bool) -> None:
        self.mixer.set_muted(muted)
