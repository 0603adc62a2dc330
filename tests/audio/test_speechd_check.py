"""The speech-dispatcher check: a wedged daemon is reported, never waited on."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from warmup_app.audio import speechd_check
from warmup_app.audio.speechd_check import speechd_problem


def _serve(path: Path, reply: bytes | None) -> Iterator[None]:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(4)
    held: list[socket.socket] = []

    def accept() -> None:
        try:
            conn, _ = server.accept()
        except OSError:
            return
        held.append(conn)
        if reply is not None:
            conn.recv(256)
            conn.sendall(reply)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield
    finally:
        server.close()
        for conn in held:
            conn.close()
        thread.join(timeout=2)


@pytest.fixture
def address(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "speechd.sock"
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{path}")
    return path


def test_a_daemon_that_never_answers_is_reported_within_the_timeout(address: Path) -> None:
    for _ in _serve(address, reply=None):
        started = time.monotonic()
        problem = speechd_problem(timeout_s=0.3)
        assert time.monotonic() - started < 2.0
        assert problem is not None
        assert "did not answer" in problem


def test_a_daemon_that_answers_is_fine(address: Path) -> None:
    for _ in _serve(address, reply=b"208 OK CLIENT NAME SET\r\n"):
        assert speechd_problem(timeout_s=2.0) is None


def test_an_odd_answer_is_reported(address: Path) -> None:
    for _ in _serve(address, reply=b"HTTP/1.1 400 Bad Request\r\n"):
        problem = speechd_problem(timeout_s=2.0)
        assert problem is not None
        assert "unexpected answer" in problem


def test_no_daemon_is_left_to_libspeechd_to_start(address: Path) -> None:
    assert not address.exists()
    assert speechd_problem(timeout_s=0.3) is None


def test_default_socket_follows_the_runtime_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/run/user/1000")
    expected = Path("/run/user/1000/speech-dispatcher/speechd.sock")
    assert speechd_check.default_socket_path() == expected
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/home/r/.cache")
    expected = Path("/home/r/.cache/speech-dispatcher/speechd.sock")
    assert speechd_check.default_socket_path() == expected
