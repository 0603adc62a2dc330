"""The real voice, heard: the app speaks through speech-dispatcher into a PulseAudio null sink.

Everything here is private to the test: its own PulseAudio (tests/pulse_sink.py) and its own
speech-dispatcher, started on a socket in a temporary folder with that PulseAudio as its output
and stopped by its PID at the end, so the machine's shared daemon (if any) is never touched and
cannot be wedged. The app runs with ``WARMUP_APP_SPEECH_ENGINE`` unset (its own choice, "auto").

The recording is cut into 10 ms frames; speech is energy where no cue sound is playing. Cue log
times are mapped onto the recording by the countdown ticks found in it (audio_analysis), so the
speech can be placed against the ticks. Skipped, with the reason, only where the engine cannot
start at all (no Qt speechd plugin, no speech-dispatcher, or no output module).
"""

from __future__ import annotations

import contextlib
import json
import math
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from audio_analysis import detect_cues
from pulse_sink import PulseSink, _stop_pid
from pulse_sink import pulse_sink as pulse_sink

from warmup_app.audio.synth import CUE_PATTERNS
from warmup_app.core.cues import CueKind
from warmup_app.core.routine_files import load_routine
from warmup_app.core.timeline import compile_timeline

pytestmark = [pytest.mark.e2e, pytest.mark.audio]

ROUTINE = Path(__file__).with_name("data") / "voice-check.warmup.toml"
RUN_TIMEOUT_S = 90
START_TIMEOUT_S = 10.0
INSTALL = "apt-get install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"

FRAME_S = 0.01
SPEECH_DBFS = -50.0  # a frame this loud, with no cue sound playing, is speech
MIN_SPEECH_S = 0.2  # voiced time that counts as "heard" ("Brisk walk" gives ~0.4 s), not a click
MARGIN_S = 0.12  # the recording's timing is good to tens of milliseconds
ALIGN_S = 0.15  # a heard tick matches a logged one this closely once the offset is known
# Speech reaches the sink by its own stream, a little ahead of the cue sounds the times are
# mapped by: stop looking this long before the next line, so its first word is not counted.
LINE_GAP_S = 0.25
PRE_TICK_S = 0.3  # silence wanted before each tick...
POST_TICK_S = 0.85  # ...and after its beep, until just before the next one


def speechd_missing() -> str | None:
    """Why the real speech engine cannot start here, or None."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    if "speechd" not in QTextToSpeech.availableEngines():
        return "Qt's speechd text-to-speech plugin is not installed"
    if shutil.which("speech-dispatcher") is None:
        return f"speech-dispatcher is not installed ({INSTALL})"
    return None


def _ssip(sock_path: Path, command: str) -> str:
    """One SSIP command's full reply (lines up to the final ``NNN `` one)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(START_TIMEOUT_S)
        sock.connect(str(sock_path))
        reply = b""
        for line in (
            b"SET SELF CLIENT_NAME user:warmup-tests:check\r\n",
            command.encode() + b"\r\n",
        ):
            reply = b""
            sock.sendall(line)
            while not any(row[3:4] == b" " for row in reply.splitlines()):
                chunk = sock.recv(4096)
                if not chunk:
                    break
                reply += chunk
        with contextlib.suppress(OSError):
            sock.sendall(b"QUIT\r\n")
    return reply.decode("utf-8", "replace")


@contextlib.contextmanager
def private_speechd(sink: PulseSink) -> Iterator[tuple[Path, list[str]]]:
    """A speech-dispatcher of our own that plays into ``sink``; its socket and output modules.

    Runs in the foreground (``-s``) as our child, so it is stopped by its PID; ``-t 0`` keeps
    it alive between clients. HOME and XDG folders point into a temporary folder, so no user
    configuration is read and no log lands in the real home.
    """
    folder = Path(tempfile.mkdtemp(prefix="speechd-"))
    sock_path = folder / "speechd.sock"
    env = sink.env()
    env.update(
        HOME=str(folder),
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_CACHE_HOME=str(folder / "cache"),
    )
    log_path = folder / "speechd.out"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                "speech-dispatcher",
                "--run-single",
                "--timeout=0",
                "--communication-method=unix_socket",
                f"--socket-path={sock_path}",
                f"--log-dir={folder / 'logs'}",
                f"--pid-file={folder / 'speechd.pid'}",
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not sock_path.exists():
            if process.poll() is not None or time.monotonic() > deadline:
                output = log_path.read_text(errors="replace")[-1500:]
                pytest.skip(f"speech-dispatcher did not start: {output}")
            time.sleep(0.05)  # polling a daemon's start-up, not test time
        reply = _ssip(sock_path, "LIST OUTPUT_MODULES")
        modules = [row[4:] for row in reply.splitlines() if row.startswith("250-")]
        if not modules:
            pytest.skip(f"speech-dispatcher has no output module ({INSTALL})")
        yield sock_path, modules
    finally:
        _stop_pid(process, "speech-dispatcher")
        shutil.rmtree(folder, ignore_errors=True)


def _app_env(sink: PulseSink, sock_path: Path, home: Path) -> dict[str, str]:
    env = sink.env()
    env.pop("WARMUP_APP_SPEECH_ENGINE", None)  # the app's own choice, as for a user
    env.update(
        QT_QPA_PLATFORM="offscreen",
        WARMUP_APP_HOME=str(home),
        SPEECHD_ADDRESS=f"unix_socket:{sock_path}",
    )
    return env


# -- the recording ---------------------------------------------------------------------------


def frame_levels(wav_path: Path) -> list[float]:
    """dBFS of each 10 ms frame (mono 16-bit, as tests/pulse_sink.py records)."""
    with wave.open(str(wav_path), "rb") as wav:
        rate = wav.getframerate()
        samples = array("h", wav.readframes(wav.getnframes()))
    step = round(rate * FRAME_S)
    levels = []
    for start in range(0, len(samples) - step + 1, step):
        chunk = samples[start : start + step]
        power = sum(x * x for x in chunk) / step
        levels.append(10 * math.log10(power / 32768.0**2) if power > 0 else -120.0)
    return levels


def sound_seconds(kind: CueKind) -> float:
    return sum(note.ms + note.gap_after_ms for note in CUE_PATTERNS[kind]) / 1000


@dataclass(frozen=True)
class Heard:
    """Speech found after a cue: onset and end relative to the cue, voiced time, peak level."""

    onset: float
    end: float
    voiced: float
    peak_dbfs: float


@dataclass
class Recording:
    levels: list[float]
    anchors: list[tuple[float, float]]  # (app monotonic, recording time) of each tick heard
    sounds: list[tuple[float, float]]  # (start, end) of cue sounds, recording time

    def place(self, monotonic: float) -> float:
        """Recording time of an app time, by the nearest tick: the recording's clock drifts by
        tens of milliseconds over a run, so one offset for all would not do."""
        logged, heard = min(self.anchors, key=lambda a: abs(a[0] - monotonic))
        return monotonic + heard - logged

    def masked(self, t: float) -> bool:
        return any(start - MARGIN_S <= t <= end + MARGIN_S for start, end in self.sounds)

    def voiced_frames(self, start: float, end: float) -> list[tuple[float, float]]:
        """(time, level) of loud frames in [start, end) that no cue sound explains."""
        first = max(0, math.ceil(start / FRAME_S))
        last = min(len(self.levels), math.floor(end / FRAME_S))
        return [
            (i * FRAME_S, self.levels[i])
            for i in range(first, last)
            if self.levels[i] > SPEECH_DBFS and not self.masked(i * FRAME_S)
        ]

    def speech_after(self, at: float, until: float) -> Heard | None:
        frames = self.voiced_frames(at, until)
        if len(frames) * FRAME_S < MIN_SPEECH_S:
            return None
        return Heard(
            frames[0][0] - at,
            frames[-1][0] + FRAME_S - at,
            len(frames) * FRAME_S,
            max(level for _, level in frames),
        )


def analyse(wav_path: Path, records: list[dict[str, object]]) -> Recording:
    """Map cue-log times onto the recording by the countdown ticks heard in it."""
    # Speech has energy at the tick's pitch too, so a few "ticks" heard are words: take the
    # offset that lines up the most logged ticks, then refine it on those.
    heard = [t for t, kind in detect_cues(wav_path) if kind is CueKind.COUNTDOWN]
    logged = [float(r["monotonic"]) for r in records if r["kind"] == "countdown"]  # type: ignore[arg-type]

    def matches(offset: float) -> list[float]:
        return [h - m for m in logged for h in heard if abs(h - m - offset) <= ALIGN_S]

    best = max((h - m for h in heard for m in logged), key=lambda o: len(matches(o)))
    offset = statistics.median(matches(best))
    anchors = []
    for m in logged:
        near = min(heard, key=lambda h: abs(h - m - offset))
        assert abs(near - m - offset) <= ALIGN_S, f"tick at {m + offset:.2f} s not heard: {heard}"
        anchors.append((m, near))
    recording = Recording(frame_levels(wav_path), anchors, [])
    for record in records:
        kind = CueKind(str(record["kind"]))
        if kind in CUE_PATTERNS:
            start = recording.place(float(record["monotonic"]))  # type: ignore[arg-type]
            recording.sounds.append((start, start + sound_seconds(kind)))
    return recording


# -- the test --------------------------------------------------------------------------------


def test_the_real_voice_is_heard_after_each_cue_and_never_over_a_tick(
    pulse_sink: PulseSink, tmp_path: Path
) -> None:
    missing = speechd_missing()
    if missing:
        pytest.skip(missing)
    home = tmp_path / "home"
    cue_log = tmp_path / "cues.jsonl"
    wav_path = tmp_path / "rec.wav"
    with private_speechd(pulse_sink) as (sock_path, modules), pulse_sink.record(wav_path):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "warmup_app",
                "--start",
                str(ROUTINE),
                "--exit-when-done",
                "--cue-log",
                str(cue_log),
            ],
            env=_app_env(pulse_sink, sock_path, home),
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT_S,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    app_log = (home / "logs" / "warmup-app.log").read_text(errors="replace")
    assert "voice unavailable" not in app_log, app_log
    # English lines in an English voice, even under LANG=C (where speech-dispatcher's first
    # voice of all is not English).
    assert "voice: engine speechd, en_" in app_log, app_log

    records = [json.loads(line) for line in cue_log.read_text().splitlines()]
    recording = analyse(wav_path, records)
    timeline = compile_timeline(load_routine(ROUTINE))
    ticks = [heard for _, heard in recording.anchors]

    def next_clear(at: float) -> float:
        """Where speech must have ended: the next tick or spoken cue (or the recording's end)."""
        later = [
            recording.place(float(r["monotonic"]))  # type: ignore[arg-type]
            for r in records
            if r["kind"] in ("countdown", "next_up", "step_name", "finish")
            and recording.place(float(r["monotonic"])) > at + 1e-3  # type: ignore[arg-type]
        ]
        return min(later, default=len(recording.levels) * FRAME_S)

    # The routine is made so that every "next up" and every step name has room before the
    # next tick: each must be heard there.
    placed = [c for c in timeline.cues if c.kind in (CueKind.NEXT_UP, CueKind.STEP_NAME)]
    assert [c.kind for c in placed].count(CueKind.STEP_NAME) == 3
    assert [c.kind for c in placed].count(CueKind.NEXT_UP) == 3
    fired = [r for r in records if r["kind"] in ("next_up", "step_name")]
    assert [r["kind"] for r in fired] == [c.kind.value for c in placed], "every line was fired"
    spoken = [
        (c.text, recording.place(float(r["monotonic"])), c.kind.value)  # type: ignore[arg-type]
        for c, r in zip(placed, fired, strict=True)
    ]

    figures: list[str] = []
    for text, at, kind in spoken:
        until = next_clear(at)
        heard = recording.speech_after(at, until - LINE_GAP_S)
        figures.append(
            f"{kind:8} {text!r:36} room {until - at:5.2f} s  "
            + (
                f"heard {heard.onset:+.2f}..{heard.end:+.2f} s, voiced {heard.voiced:.2f} s, "
                f"ends {until - at - heard.end:.2f} s before the next tick/line, "
                f"peak {heard.peak_dbfs:.1f} dBFS"
                if heard
                else "NOT HEARD"
            )
        )
        assert heard is not None, f"no speech after {kind} {text!r}"

    # No speech over any countdown tick: silence just before it and after its beep.
    over: list[str] = []
    for tick in ticks:
        before = recording.voiced_frames(tick - PRE_TICK_S, tick - MARGIN_S / 4)
        after = recording.voiced_frames(tick + sound_seconds(CueKind.COUNTDOWN), tick + POST_TICK_S)
        if before or after:
            over.append(f"tick at {tick:.2f} s: {len(before)} + {len(after)} loud frames")
    report = "\n".join(
        [
            f"speech-dispatcher modules: {', '.join(modules)}",
            *figures,
            *over,
            "ticks heard vs logged (ms, relative to the first): "
            + ", ".join(
                f"{1000 * ((h - recording.anchors[0][1]) - (m - recording.anchors[0][0])):+.0f}"
                for m, h in recording.anchors
            ),
        ]
    )
    print(report)
    (tmp_path / "voice-report.txt").write_text(report, encoding="utf-8")
    assert not over, report
