"""A private PulseAudio server with one null sink, and a recorder on its monitor.

Shared by the audio and end-to-end tests: the app under test (in a child process, because Qt
connects to the sound server once per process) plays into ``cue_sink``; ``parecord`` records
what reached it. Nothing touches the user's own sound server or home folder, and every daemon
started here is stopped by its PID.

Use the ``pulse_sink`` fixture (import it into a conftest or test module), or
:func:`start_pulse_sink` directly::

    with start_pulse_sink() as sink, sink.record(tmp_path / "rec.wav") as recording:
        subprocess.run([...], env=sink.env(os.environ), check=True)
    recording.path  # a complete WAV once the ``with`` block is left
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SINK_NAME = "cue_sink"
RATE = 48_000
_START_TIMEOUT_S = 15.0
_STOP_TIMEOUT_S = 5.0
# Measured: a freshly running null sink renders ahead of real time for ~1.5 s (a recording made
# then starts late and squeezes its first second); after 2 s of a steady stream it keeps time.
_SETTLE_S = 2.0


def pulse_tools_missing() -> str | None:
    """Why the real-audio tests cannot run here, or ``None`` when they can."""
    for tool in ("pulseaudio", "parecord", "pactl"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install pulseaudio pulseaudio-utils)"
    return None


def no_sound_server_env(tmp_path: Path) -> dict[str, str]:
    """An environment whose PulseAudio server does not exist (fresh home and runtime folders
    under ``tmp_path``), for a child process that must find no sound output."""
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700)
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("PULSE_")},
        "PULSE_SERVER": f"unix:{tmp_path / 'no-such-server'}",
        "XDG_RUNTIME_DIR": str(runtime),
        "HOME": str(home),
        "PULSE_COOKIE": str(tmp_path / "cookie"),
    }


def _stop_pid(process: subprocess.Popen[bytes], name: str) -> None:
    """SIGTERM, then SIGKILL if it will not go; always reaped, never left as a zombie."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=_STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=_STOP_TIMEOUT_S)
        raise RuntimeError(f"{name} (pid {process.pid}) ignored SIGTERM and was killed") from None


@dataclass
class Recording:
    """``parecord`` writing what reaches the sink into ``path`` until :meth:`stop`."""

    path: Path
    process: subprocess.Popen[bytes]
    log_path: Path

    def stop(self) -> Path:
        """Stop by PID with SIGTERM: parecord then finishes the WAV header and exits."""
        _stop_pid(self.process, "parecord")
        return self.path


@dataclass
class PulseSink:
    """A running private PulseAudio daemon (``pid``) whose socket lives in ``runtime_dir``."""

    runtime_dir: Path
    process: subprocess.Popen[bytes]
    log_path: Path
    recordings: list[Recording] = field(default_factory=list)
    warmer: subprocess.Popen[bytes] | None = None
    settled_at: float = 0.0

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def server(self) -> str:
        return f"unix:{self.runtime_dir / 'pulse' / 'native'}"

    def env(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        """``base`` (default: this process's environment) pointed at this server only."""
        env = dict(os.environ if base is None else base)
        env["PULSE_SERVER"] = self.server
        env["XDG_RUNTIME_DIR"] = str(self.runtime_dir)
        # Clients create a cookie file where they look for one; keep it out of the real home.
        env["PULSE_COOKIE"] = str(self.runtime_dir / "cookie")
        env.pop("PULSE_SINK", None)
        return env

    def sink_state(self) -> str:
        """``RUNNING``, ``IDLE`` or ``SUSPENDED``: what the server did with the output."""
        for line in self.pactl("list", "short", "sinks").splitlines():
            fields = line.split("\t")
            if len(fields) >= 5 and fields[1] == SINK_NAME:
                return fields[4]
        raise LookupError(f"{SINK_NAME} is gone")

    def pactl(self, *args: str) -> str:
        result = subprocess.run(
            ["pactl", *args],
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=_START_TIMEOUT_S,
            check=True,
        )
        return result.stdout

    @contextlib.contextmanager
    def record(self, path: Path) -> Iterator[Recording]:
        """Record the sink's monitor, mono 48 kHz, into ``path`` while the block runs.

        Returns once parecord is attached to the monitor, so nothing played after that is
        missed, the first cue included. On a sink that was not warmed (:meth:`warm`), the
        start of a recording is unreliable.
        """
        time.sleep(max(0.0, self.settled_at - time.monotonic()))  # a no-op once settled
        log_path = path.with_suffix(".parecord.log")
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [
                    "parecord",
                    f"--device={SINK_NAME}.monitor",
                    "--file-format=wav",
                    f"--rate={RATE}",
                    "--channels=1",
                    "--format=s16le",
                    "--latency-msec=20",
                    str(path),
                ],
                env=self.env(),
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        recording = Recording(path, process, log_path)
        self.recordings.append(recording)
        try:
            self._wait_for(lambda: self.pactl("list", "short", "source-outputs").strip() != "")
            if process.poll() is not None:
                raise RuntimeError(f"parecord exited: {log_path.read_text(errors='replace')}")
            yield recording
        finally:
            recording.stop()

    def _wait_for(self, ready: Callable[[], bool]) -> None:
        deadline = time.monotonic() + _START_TIMEOUT_S
        while True:
            with contextlib.suppress(subprocess.CalledProcessError):
                if ready():
                    return
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"pulseaudio exited with {self.process.returncode}: "
                    f"{self.log_path.read_text(errors='replace')[-2000:]}"
                )
            if time.monotonic() > deadline:
                raise TimeoutError("PulseAudio null sink did not become ready")
            time.sleep(0.05)  # polling a daemon's start-up, not test time

    def warm(self) -> None:
        """Keep the sink rendering in real time with a silent stream, until :meth:`stop`.

        An idle null sink renders nothing; when the first stream arrives it catches up on the
        time it was idle in one go, so the first second of sound is squeezed together or
        missing from a recording. A silent stream from the start keeps the recording's clock
        honest; it says nothing about the app, which must keep its own output awake.
        """
        if self.warmer is not None:
            return
        with open("/dev/zero", "rb") as zeros:
            self.warmer = subprocess.Popen(
                [
                    "pacat",
                    "--playback",
                    f"--device={SINK_NAME}",
                    "--raw",
                    "--format=s16le",
                    f"--rate={RATE}",
                    "--channels=1",
                    "--latency-msec=20",
                ],
                env=self.env(),
                stdin=zeros,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        self._wait_for(lambda: self.pactl("list", "short", "sink-inputs").strip() != "")
        self.settled_at = time.monotonic() + _SETTLE_S

    def stop(self) -> None:
        """Stop every recorder and warmer, then the daemon, each by its PID; remove the folder."""
        try:
            for recording in self.recordings:
                recording.stop()
            if self.warmer is not None:
                _stop_pid(self.warmer, "pacat")
            _stop_pid(self.process, "pulseaudio")
        finally:
            shutil.rmtree(self.runtime_dir, ignore_errors=True)


@contextlib.contextmanager
def start_pulse_sink(
    *, warm: bool = True, suspend_idle_s: int | None = None, runtime_dir: Path | None = None
) -> Iterator[PulseSink]:
    """Start a private PulseAudio with a 48 kHz null sink; stop it (by PID) on leaving.

    ``warm`` keeps the sink rendering in real time (see :meth:`PulseSink.warm`), which the
    recordings need. ``suspend_idle_s`` loads module-suspend-on-idle, so an output left silent
    that long is suspended, as real hardware is (use with ``warm=False``).

    We run the daemon in the foreground as our own child (not ``--daemonize``) so its PID is
    known for certain and it is reaped; the rest follows design.md's recipe. As root it warns
    that it is "not intended to be run as root" and works; HOME and XDG_CONFIG_HOME point into
    the private folder so its cookie and state never land in the real home. The socket is
    private (folder mode 700) and accepts this user's clients without a cookie.

    ``runtime_dir`` reuses the folder of a server that is gone (killed), so clients that knew
    it find the new one at the same socket; leaving removes it either way.
    """
    if runtime_dir is None:
        # A short path: a unix socket path must fit in 108 bytes.
        runtime_dir = Path(tempfile.mkdtemp(prefix="pulse-"))
        runtime_dir.chmod(0o700)
    log_path = runtime_dir / "pulseaudio.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PULSE_")}
    env.update(
        XDG_RUNTIME_DIR=str(runtime_dir),
        HOME=str(runtime_dir),
        XDG_CONFIG_HOME=str(runtime_dir / "config"),
    )
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                "pulseaudio",
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--disallow-exit",
                "--use-pid-file=no",
                "--log-target=stderr",
                "-L",
                "module-native-protocol-unix auth-anonymous=1",
                "-L",
                f"module-null-sink sink_name={SINK_NAME} rate={RATE}",
                "-L",
                "module-always-sink",
                *(
                    ["-L", f"module-suspend-on-idle timeout={suspend_idle_s}"]
                    if suspend_idle_s is not None
                    else []
                ),
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    sink = PulseSink(runtime_dir, process, log_path)
    try:
        sink._wait_for(lambda: SINK_NAME in sink.pactl("list", "short", "sinks"))
        sink.pactl("set-default-sink", SINK_NAME)
        if warm:
            sink.warm()
        yield sink
    finally:
        sink.stop()


@pytest.fixture
def pulse_sink() -> Iterator[PulseSink]:
    """A private PulseAudio null sink for one test.

    Fails (not skips) where PulseAudio is missing: `make test` installs it, and a skipped
    real-audio test would let a silent app pass.
    """
    missing = pulse_tools_missing()
    if missing:
        pytest.fail(missing)
    with start_pulse_sink() as sink:
        yield sink
