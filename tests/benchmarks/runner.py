"""Launching and reaping the processes the benchmarks measure."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

REPO_ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
POLL_S = 0.02


def qt_env(home: Path, **extra: str) -> dict[str, str]:
    """Offscreen Qt and user folders under ``home``, so the real ones are never touched."""
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", WARMUP_APP_HOME=str(home), **extra)
    return env


SOURCE_LAUNCHER = (PYTHON, "-m", "warmup_app")
_app_launcher = list(SOURCE_LAUNCHER)


def use_app_launcher(command: Sequence[str]) -> None:
    """Measure another build of the app, such as the PyInstaller bundle's executable."""
    _app_launcher[:] = command


def app_command(*args: str) -> list[str]:
    return [*_app_launcher, *args]


def probed_app_command(*args: str) -> list[str] | None:
    """The app behind ``first_paint_probe``, or None when another build is measured: the probe
    wraps the source tree's app in its own interpreter and cannot reach into a bundle."""
    if tuple(_app_launcher) != SOURCE_LAUNCHER:
        return None
    return [PYTHON, "-m", "tests.benchmarks.first_paint_probe", *args]


def script_command(script: str, *args: str) -> list[str]:
    """A helper script of this package, run by path so no package import is counted."""
    return [PYTHON, str(HERE / script), *args]


def launch(command: Sequence[str], env: dict[str, str], output: Path) -> subprocess.Popen[bytes]:
    """Start ``command`` with stdout and stderr into ``output`` (read it on failure)."""
    with output.open("wb") as sink:
        return subprocess.Popen(
            command, cwd=REPO_ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT
        )


@dataclass(frozen=True)
class Exit:
    code: int
    max_rss_kib: int  # the kernel's peak resident set size for the process (ru_maxrss)
    cpu_s: float  # user + system time over the whole life of the process


def reap(proc: subprocess.Popen[bytes], timeout_s: float) -> Exit:
    """Wait for ``proc`` with ``wait4`` to get its own resource usage; kill it on time-out."""
    deadline = time.monotonic() + timeout_s
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid == proc.pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            raise TimeoutError(f"{proc.args!r} still running after {timeout_s:.0f} s; killed")
        time.sleep(POLL_S)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Exit(proc.returncode, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)


def tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except FileNotFoundError:
        return "(no output)"


def wait_for_text(path: Path, proc: subprocess.Popen[bytes], timeout_s: float) -> str:
    """The file's text once it has a complete line; fails if the process dies first."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            text = path.read_text()
        except FileNotFoundError:
            text = ""
        if "\n" in text:
            return text
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args!r} exited with {proc.returncode} before writing {path}")
        time.sleep(POLL_S)
    raise TimeoutError(f"nothing in {path} after {timeout_s:.0f} s")


def sleep_until(when: float) -> None:
    while (now := time.monotonic()) < when:
        time.sleep(when - now)


class BusyCore:
    """Keeps one core busy with a spinning process for the duration of a ``with`` block."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> BusyCore:
        self.proc = subprocess.Popen([PYTHON, "-c", "while True: pass"])
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.proc is not None:
            os.kill(self.proc.pid, signal.SIGKILL)  # by its PID: it is ours alone
            self.proc.wait()
