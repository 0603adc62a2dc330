"""The single-instance socket cannot be flooded, crashed or hijacked (issue 15 point 4).

Any process of the user can reach the socket. Found by attack: 1,062 idle connections ran the
first instance out of file descriptors, the next launch removed the live socket and became a
second instance; a 60 KB nested line raised ``RecursionError``; 3,000 files opened 3,000
nested dialogs. Here the first instance runs in-process on a fake clock, attacked through raw
sockets that do not block this thread.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QLockFile
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from warmup_app.desktop.single_instance import (
    IDLE_S,
    LOG_BURST,
    MAX_CONNECTIONS,
    MAX_DEPTH,
    MAX_FILES,
    MAX_MESSAGE_BYTES,
    Claim,
    SingleInstance,
    decode_request,
    encode_request,
    nesting_exceeds,
    server_name,
)

WAIT_MS = 5000


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def name(app_home: Path) -> Iterator[str]:
    value = server_name(app_home / "config")
    yield value
    QLocalServer.removeServer(value)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def first(name: str, clock: FakeClock) -> Iterator[SingleInstance]:
    instance = SingleInstance(name, clock=clock)
    assert instance.claim() is Claim.RUN
    yield instance
    instance.close()


def socket_path(name: str) -> Path:
    return Path(QDir.tempPath()) / name


def raw_client(name: str) -> socket.socket:
    """A client that never blocks this thread (the server's): connect may need the event loop."""
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.setblocking(False)
    code = client.connect_ex(str(socket_path(name)))
    assert code in (0, errno.EAGAIN, errno.EINPROGRESS), os.strerror(code)
    return client


def pump(qapp: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        qapp.processEvents()


def read_reply(qtbot: QtBot, client: socket.socket) -> bytes:
    reply = bytearray()

    def answered() -> bool:
        try:
            chunk = client.recv(4096)
        except BlockingIOError:
            return False
        reply.extend(chunk)
        return b"\n" in reply or not chunk

    qtbot.waitUntil(answered, timeout=WAIT_MS)
    return bytes(reply)


def request(qtbot: QtBot, name: str, payload: bytes) -> bytes:
    client = raw_client(name)
    try:
        qtbot.waitUntil(lambda: _sent(client, payload), timeout=WAIT_MS)
        return read_reply(qtbot, client)
    finally:
        client.close()


def _sent(client: socket.socket, payload: bytes) -> bool:
    try:
        client.sendall(payload)
    except (BlockingIOError, OSError):
        return False
    return True


# -- decoding: size, depth, numbers, files ----------------------------------------------------


def test_a_60_kb_nested_line_is_refused_without_recursion() -> None:
    for line in (
        b"[" * 60_000,
        b'{"version": 1, "files": ' + b"[" * 60_000,
        b'{"version": 1, "files": [' + b"{" * 30_000 + b"}" * 30_000 + b"]}",
    ):
        with pytest.raises(ValueError, match="nested deeper"):
            decode_request(line)


def test_brackets_inside_paths_are_not_nesting() -> None:
    path = '/tmp/[[[[[[["]]]] \\" {{{{{.warmup.toml'
    line = json.dumps({"version": 1, "files": [path]}).encode()
    assert not nesting_exceeds(line, MAX_DEPTH)
    assert decode_request(line).files == [Path(path)]
    assert nesting_exceeds(b'{"a": [[[["x"]]]]}', MAX_DEPTH)


@pytest.mark.parametrize(
    "line",
    [
        b'{"version": 1, "files": [], "n": ' + b"9" * 5001 + b"}",  # int() digit limit
        b'{"version": 1, "files": ["/a\\u0000b"]}',
        b'{"version": 1, "start": 5}',
        b'{"version": 1, "start": ""}',
        b"x" * (MAX_MESSAGE_BYTES + 1),
    ],
)
def test_hostile_requests_are_a_value_error(line: bytes) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - one message per case
        decode_request(line)


def test_3000_files_become_the_first_100() -> None:
    files = [Path(f"/r/{i}") for i in range(3000)]
    line = encode_request(files).strip()
    assert len(line) < MAX_MESSAGE_BYTES
    decoded = decode_request(line)
    assert decoded.files == files[:MAX_FILES]
    assert decoded.dropped == 3000 - MAX_FILES


# -- the running instance's side ----------------------------------------------------------------


def test_hostile_lines_get_an_error_and_change_nothing(
    qtbot: QtBot, name: str, first: SingleInstance
) -> None:
    seen: list[object] = []
    first.activation_requested.connect(lambda: seen.append("activate"))
    first.files_received.connect(seen.append)
    for payload in (
        b"[" * 60_000 + b"\n",
        b'{"version": 1, "n": ' + b"9" * 5001 + b"}\n",
        b"x" * (MAX_MESSAGE_BYTES + 100),
    ):
        assert request(qtbot, name, payload) == b"error\n"
    assert seen == []
    assert request(qtbot, name, encode_request([])) == b"ok\n"  # still serving
    assert seen == ["activate"]


def test_a_request_with_3000_files_hands_over_100(
    qtbot: QtBot, name: str, first: SingleInstance
) -> None:
    batches: list[list[Path]] = []
    first.files_received.connect(batches.append)
    files = [Path(f"/r/{i}") for i in range(3000)]
    assert request(qtbot, name, encode_request(files)) == b"ok\n"
    assert batches == [files[:MAX_FILES]]


def test_a_flood_of_idle_connections_is_bounded_and_a_launch_is_still_served(
    qtbot: QtBot, qapp: QApplication, name: str, first: SingleInstance, clock: FakeClock
) -> None:
    flood = []
    for _ in range(300):
        flood.append(raw_client(name))
        pump(qapp, 2)
    pump(qapp)
    held = first.client_count
    print(f"flood: 300 idle connections opened, {held} held by the server")
    assert held <= MAX_CONNECTIONS
    forwarded: list[bool] = []
    first.activation_requested.connect(lambda: forwarded.append(True))
    assert request(qtbot, name, encode_request([])) == b"ok\n"  # a real launch still gets in
    assert forwarded == [True]
    clock.now += IDLE_S
    first.sweep()
    assert first.client_count == 0
    closed = 0
    pump(qapp)
    for client in flood:
        try:
            closed += client.recv(1) == b""
        except BlockingIOError:
            pass
        except ConnectionResetError:
            closed += 1
        client.close()
    print(f"flood: {closed} of 300 clients saw the server hang up")
    assert closed >= 300 - MAX_CONNECTIONS  # each dropped one way or the other


def test_a_slow_client_is_dropped_after_the_idle_limit(
    qtbot: QtBot, qapp: QApplication, name: str, first: SingleInstance, clock: FakeClock
) -> None:
    client = raw_client(name)
    qtbot.waitUntil(lambda: _sent(client, b'{"version": 1, "fi'), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: first.client_count == 1, timeout=WAIT_MS)
    clock.now += IDLE_S - 0.1
    first.sweep()
    assert first.client_count == 1  # still within its time
    clock.now += 0.1
    first.sweep()
    assert first.client_count == 0
    assert read_reply(qtbot, client) == b""  # hung up on, no answer
    client.close()


def test_bad_input_is_logged_quietly(
    qtbot: QtBot, name: str, first: SingleInstance, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="warmup_app.desktop.single_instance")
    for _ in range(30):
        assert request(qtbot, name, b"not json\n") == b"error\n"
    lines = [r for r in caplog.records if "bad request" in r.getMessage()]
    assert len(lines) == LOG_BURST
    assert all(r.exc_info is None for r in caplog.records)  # never a traceback


# -- never hijacked -----------------------------------------------------------------------------


def test_a_refusing_socket_with_a_live_owner_is_never_removed(name: str, app_home: Path) -> None:
    """What a flooded (or frozen) first instance looks like to a new launch."""
    owner = QLockFile(str(app_home / "config" / "instance.pid"))
    (app_home / "config").mkdir(parents=True, exist_ok=True)
    assert owner.tryLock(0)  # the live owner: this very process
    path = socket_path(name)
    refusing = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    refusing.bind(str(path))  # bound, not listening: connections are refused
    try:
        launch = SingleInstance(name)
        assert launch.claim(attempts=3, retry_ms=0) is Claim.BUSY
        assert path.exists()  # the live owner's socket is still there
        assert launch.owner_pid == os.getpid()
        launch.close()
    finally:
        refusing.close()
        owner.unlock()
    after = SingleInstance(name)  # the owner has gone: the socket is stale now
    assert after.claim(attempts=1) is Claim.RUN
    after.close()


def test_the_owner_lock_is_released_on_close(name: str) -> None:
    one = SingleInstance(name)
    assert one.claim() is Claim.RUN
    one.close()
    two = SingleInstance(name)
    assert two.claim(attempts=1) is Claim.RUN
    two.close()


def test_a_config_folder_that_cannot_hold_the_locks_still_runs(name: str, tmp_path: Path) -> None:
    """A read-only or broken home must not turn every launch into "already open"."""
    not_a_folder = tmp_path / "config"
    not_a_folder.write_text("a file where the config folder should be", encoding="utf-8")
    launch = SingleInstance(name, lock_path=not_a_folder / "instance.lock")
    assert launch.claim(attempts=2, retry_ms=0) is Claim.RUN
    launch.close()
