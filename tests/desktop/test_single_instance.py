"""Single instance: a second launch hands its file to the first and exits.

The protocol is tested in-process against a raw QLocalSocket; the real behaviour with two (and
more) real processes of ``python -m warmup_app`` on the offscreen platform, each with its own
``WARMUP_APP_HOME``, watched through the app's own log file.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QLockFile
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from pytestqt.qtbot import QtBot

from tests.qt_fixtures import DATA
from warmup_app.config.settings import DISCLAIMER_ACCEPTED, Settings
from warmup_app.desktop.single_instance import (
    MAX_MESSAGE_BYTES,
    Claim,
    SingleInstance,
    decode_request,
    encode_request,
    server_name,
)
from warmup_app.gui.dialogs.disclaimer import DISCLAIMER_VERSION
from warmup_app.logging_setup import LOG_FILE_NAME

WAIT_MS = 5000
APP_START_MS = 30_000  # a cold interpreter with Qt on a busy CI machine


@pytest.fixture
def name(app_home: Path) -> Iterator[str]:
    value = server_name(app_home / "config")
    yield value
    QLocalServer.removeServer(value)


# -- naming and messages ----------------------------------------------------------------------


def test_the_name_is_per_home_and_stable(tmp_path: Path) -> None:
    one, two = tmp_path / "a" / "config", tmp_path / "b" / "config"
    assert server_name(one) == server_name(one)
    assert server_name(one) != server_name(two)
    assert server_name(one).startswith("warmup-app-")
    assert len(server_name(one)) <= 40  # Unix socket paths are short (108 bytes)


def test_a_request_round_trips_with_absolute_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    line = encode_request([Path("shared.warmup.toml")])
    assert line.endswith(b"\n")
    assert decode_request(line.strip()).files == [tmp_path / "shared.warmup.toml"]
    assert decode_request(encode_request([], "pre-run").strip()).start == "pre-run"


@pytest.mark.parametrize(
    "line",
    [
        b"\xff\xfe",
        b"not json",
        b"[]",
        b'{"version": 2, "files": []}',
        b'{"version": 1, "files": "x.warmup.toml"}',
        b'{"version": 1, "files": [1]}',
        b'{"version": 1, "files": ["relative.warmup.toml"]}',
    ],
)
def test_anything_else_is_refused(line: bytes) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - one message per case
        decode_request(line)


# -- the first instance's side, in-process ----------------------------------------------------


def send(qtbot: QtBot, name: str, payload: bytes) -> bytes:
    """What a second launch does, but without blocking this (the first instance's) thread."""
    client = QLocalSocket()
    client.connectToServer(name)
    assert client.waitForConnected(WAIT_MS)
    client.write(payload)
    reply = bytearray()

    def answered() -> bool:
        reply.extend(client.readAll().data())
        return b"\n" in reply

    qtbot.waitUntil(answered, timeout=WAIT_MS)
    client.abort()
    return bytes(reply)


def test_the_first_launch_listens_and_takes_requests(
    qtbot: QtBot, name: str, tmp_path: Path
) -> None:
    first = SingleInstance(name)
    assert first.claim() is Claim.RUN
    received: list[Path] = []
    first.files_received.connect(received.extend)
    routine = tmp_path / "shared.warmup.toml"
    with qtbot.waitSignal(first.activation_requested, timeout=WAIT_MS):
        reply = send(qtbot, name, encode_request([routine]))
    assert reply == b"ok\n"
    assert received == [routine]
    with qtbot.waitSignal(first.activation_requested, timeout=WAIT_MS):
        assert send(qtbot, name, encode_request([])) == b"ok\n"  # no file: just come forward
    assert received == [routine]
    first.close()


def test_a_bad_request_changes_nothing(qtbot: QtBot, name: str) -> None:
    first = SingleInstance(name)
    assert first.claim() is Claim.RUN
    seen: list[object] = []
    first.activation_requested.connect(lambda: seen.append("activate"))
    first.files_received.connect(seen.append)
    first.start_requested.connect(seen.append)
    assert send(qtbot, name, b'{"version": 1, "files": ["relative"]}\n') == b"error\n"
    assert send(qtbot, name, b"x" * (MAX_MESSAGE_BYTES + 10)) == b"error\n"
    assert seen == []
    first.close()


def test_a_second_claim_finds_the_first(qtbot: QtBot, name: str) -> None:
    first = SingleInstance(name)
    assert first.claim() is Claim.RUN
    second = SingleInstance(name)
    assert second.claim() is Claim.HAND_OVER
    first.close()


def test_a_stale_socket_does_not_block_start_up(qtbot: QtBot, name: str) -> None:
    path = Path(QDir.tempPath()) / name
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))  # bound, never listened, closed: what a crash leaves behind
    stale.close()
    assert path.exists()
    instance = SingleInstance(name)
    assert instance.claim() is Claim.RUN
    instance.close()


def test_hand_over_needs_a_running_instance(name: str) -> None:
    instance = SingleInstance(name)
    assert instance.claim() is Claim.RUN
    with pytest.raises(RuntimeError):
        instance.hand_over([])
    instance.close()


# -- real processes -----------------------------------------------------------------------------


class App:
    """``python -m warmup_app`` in its own WARMUP_APP_HOME, watched through its log file."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.log = home / "logs" / LOG_FILE_NAME
        self.env = {**os.environ, "WARMUP_APP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, *args: str) -> subprocess.Popen[bytes]:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "warmup_app", *args], env=self.env, cwd=self.home
        )
        return self.process

    def run(self, *args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "warmup_app", *args],
            env=self.env,
            cwd=self.home,
            timeout=APP_START_MS / 1000,
            capture_output=True,
            check=False,
        )

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8") if self.log.exists() else ""

    def wait_for_log(self, qtbot: QtBot, text: str, count: int = 1) -> None:
        def seen() -> bool:
            assert self.process is None or self.process.poll() is None, self.log_text()
            return self.log_text().count(text) >= count

        qtbot.waitUntil(seen, timeout=APP_START_MS)

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, sig)
            self.process.wait(timeout=10)


@pytest.fixture
def apps(tmp_path: Path) -> Iterator[list[App]]:
    started: list[App] = []
    yield started
    for app in started:
        app.stop(signal.SIGKILL)
        QLocalServer.removeServer(server_name(app.home / "config"))


def new_app(apps: list[App], home: Path) -> App:
    home.mkdir(parents=True, exist_ok=True)
    app = App(home)
    apps.append(app)
    return app


@pytest.mark.e2e
def test_two_real_processes(qtbot: QtBot, tmp_path: Path, apps: list[App]) -> None:
    first = new_app(apps, tmp_path / "home-one")
    first.start()
    first.wait_for_log(qtbot, "single instance: listening on")

    routine = first.home / "shared.warmup.toml"
    routine.write_bytes((DATA / "small.warmup.toml").read_bytes())
    second = App(first.home)  # same user folder
    result = second.run("shared.warmup.toml")  # relative to its own working folder
    assert result.returncode == 0, result.stderr.decode()
    first.wait_for_log(qtbot, "window brought forward")
    first.wait_for_log(qtbot, f"file handed over for import: {routine}")
    log = first.log_text()
    assert "handed over to the running instance (True)" in log
    assert log.count("listening on") == 1  # the second never became a second app
    assert log.count("theme system applied") == 1  # nor built a window
    assert first.process is not None
    assert first.process.poll() is None

    third = App(first.home)
    assert third.run().returncode == 0  # a plain second launch: just come forward
    first.wait_for_log(qtbot, "window brought forward", count=2)

    other = new_app(apps, tmp_path / "home-two")  # another user folder: its own app
    other.start()
    other.wait_for_log(qtbot, "single instance: listening on")
    assert other.process is not None
    assert other.process.poll() is None
    other.stop()


@pytest.mark.e2e
def test_a_crash_leaves_nothing_that_blocks_the_next_start(
    qtbot: QtBot, tmp_path: Path, apps: list[App]
) -> None:
    home = tmp_path / "home"
    crashed = new_app(apps, home)
    crashed.start()
    crashed.wait_for_log(qtbot, "single instance: listening on")
    crashed.stop(signal.SIGKILL)  # no clean-up at all
    assert (Path(QDir.tempPath()) / server_name(home / "config")).exists()  # the stale socket

    restarted = new_app(apps, home)
    restarted.start()
    restarted.wait_for_log(qtbot, "single instance: listening on", count=2)
    result = App(home).run()
    assert result.returncode == 0
    restarted.wait_for_log(qtbot, "window brought forward")
    lines = [line for line in restarted.log_text().splitlines() if "listening on" in line]
    assert len(lines) == 2  # the crashed one and the restarted one, nothing else


# -- real processes against a flood, a live refusing owner, and --start -------------------------


def fd_count(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


@pytest.mark.e2e
def test_a_flooded_real_app_still_serves_the_next_launch(
    qtbot: QtBot, tmp_path: Path, apps: list[App]
) -> None:
    first = new_app(apps, tmp_path / "home")
    first.start()
    first.wait_for_log(qtbot, "single instance: listening on")
    assert first.process is not None
    pid = first.process.pid
    assert App(first.home).run().returncode == 0  # the app is fully up, window and all
    first.wait_for_log(qtbot, "window brought forward")
    before = fd_count(pid)
    path = str(Path(QDir.tempPath()) / server_name(first.home / "config"))
    flood: list[socket.socket] = []
    made = most_fds = 0
    deadline = time.monotonic() + APP_START_MS / 1000
    while made < 1500 and time.monotonic() < deadline:  # more than the 1,062 of the attack
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.setblocking(False)
        if client.connect_ex(path) != 0:  # the backlog is full for a moment: let it accept
            client.close()
            qtbot.wait(5)
            continue
        made += 1
        flood.append(client)
        if len(flood) > 200:  # the server dropped these long ago; keep this process's fds low
            flood.pop(0).close()
        if made % 100 == 0:
            most_fds = max(most_fds, fd_count(pid))
    try:
        assert made == 1500
        first.wait_for_log(qtbot, "too many connections")
        during = max(most_fds, fd_count(pid))
        started = time.monotonic()
        result = App(first.home).run()
        took = time.monotonic() - started
        print(
            f"flood: {made} idle connections made; app fds {before} before, at most {during} "
            f"during; next launch exit {result.returncode} after {took:.2f} s"
        )
        assert result.returncode == 0, result.stderr.decode()
        assert b"already open" in result.stdout
        first.wait_for_log(qtbot, "window brought forward", count=2)
        assert during <= before + 16 + 50  # the connections held, plus a listen backlog
        assert first.log_text().count("listening on") == 1
    finally:
        for client in flood:
            client.close()


@pytest.mark.e2e
def test_a_live_owner_that_refuses_is_not_replaced(tmp_path: Path, apps: list[App]) -> None:
    """The socket refuses, but its owner is alive (here: this test process): the launch says
    so and exits; it neither removes the socket nor becomes a second instance."""
    app = new_app(apps, tmp_path / "home")
    config = app.home / "config"
    config.mkdir(parents=True)
    owner = QLockFile(str(config / "instance.pid"))
    assert owner.tryLock(0)
    path = Path(QDir.tempPath()) / server_name(config)
    refusing = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    refusing.bind(str(path))
    try:
        started = time.monotonic()
        result = app.run()
        took = time.monotonic() - started
        print(f"live owner refusing: exit {result.returncode} after {took:.2f} s")
        assert result.returncode == 1
        lines = result.stderr.decode().strip().splitlines()
        assert lines == [
            f"warmup-app: already open (process {os.getpid()}) but not answering; "
            "try again in a moment"
        ]
        assert path.exists()
        assert "listening on" not in app.log_text()
    finally:
        refusing.close()
        owner.unlock()


@pytest.mark.e2e
def test_start_from_a_second_launch_runs_in_the_open_window(
    qtbot: QtBot, tmp_path: Path, apps: list[App]
) -> None:
    first = new_app(apps, tmp_path / "home")
    (first.home / "config").mkdir()
    settings = Settings(first.home / "config" / "settings.ini")
    settings.set(DISCLAIMER_ACCEPTED, DISCLAIMER_VERSION)  # not the first launch (12.9)
    settings.sync()
    first.start()
    first.wait_for_log(qtbot, "single instance: listening on")
    result = App(first.home).run("--start", "quick")
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().splitlines() == [
        "warmup-app: already open; quick handed to the running window"
    ]
    first.wait_for_log(qtbot, "started quick, handed over by another launch")
    assert first.log_text().count("listening on") == 1
    assert first.process is not None
    assert first.process.poll() is None


@pytest.mark.e2e
def test_launches_at_the_same_moment_make_one_app(tmp_path: Path, apps: list[App]) -> None:
    """Four launches in one home at once: one app; three hand over, say so and exit 0."""
    home = tmp_path / "home"
    launches = [new_app(apps, home) for _ in range(4)]
    outputs = [tmp_path / f"out-{i}.txt" for i in range(4)]
    for app, output in zip(launches, outputs, strict=True):
        with output.open("wb") as sink:
            app.process = subprocess.Popen(
                [sys.executable, "-m", "warmup_app"],
                env=app.env,
                cwd=home,
                stdout=sink,
                stderr=subprocess.DEVNULL,
            )
    processes = [app.process for app in launches if app.process is not None]
    deadline = time.monotonic() + APP_START_MS / 1000
    while sum(p.poll() is not None for p in processes) < 3 and time.monotonic() < deadline:
        with contextlib.suppress(subprocess.TimeoutExpired):
            processes[0].wait(timeout=0.1)  # a bounded wait while the launches settle
    running = [p for p in processes if p.poll() is None]
    assert len(running) == 1  # one app; the other three handed over and left
    for process, output in zip(processes, outputs, strict=True):
        if process.poll() is not None:
            assert process.returncode == 0
            assert output.read_text().startswith("warmup-app: already open")
