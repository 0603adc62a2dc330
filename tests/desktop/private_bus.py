"""Fixtures: a private D-Bus session bus started by the test, and fake desktop services on it.

The real session bus is never touched. The bus daemon and the service process are stopped by
their PIDs when the test ends.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

SERVICES_SCRIPT = Path(__file__).resolve().parent / "desktop_services.py"
START_TIMEOUT_MS = 15_000


@dataclass(frozen=True)
class PrivateBus:
    address: str
    pid: int


@dataclass(frozen=True)
class ServiceLog:
    """The calls the fake services received, in order."""

    path: Path

    def calls(self, name: str | None = None) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        lines = self.path.read_text(encoding="utf-8").splitlines()
        entries = [json.loads(line) for line in lines if line.strip()]
        return [e for e in entries if e["call"] != "ready" and (name is None or e["call"] == name)]

    def ready(self) -> bool:
        return self.path.exists() and '"ready"' in self.path.read_text(encoding="utf-8")


@pytest.fixture
def private_bus() -> Iterator[PrivateBus]:
    daemon = shutil.which("dbus-daemon")
    assert daemon, "dbus-daemon is missing: apt-get install dbus (make test installs it)"
    result = subprocess.run(
        [daemon, "--session", "--print-address=1", "--print-pid=1", "--fork", "--nosyslog"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    address, pid = result.stdout.split()[:2]
    bus = PrivateBus(address.strip(), int(pid))
    try:
        yield bus
    finally:
        os.kill(bus.pid, signal.SIGTERM)


@pytest.fixture
def desktop_services(private_bus: PrivateBus, tmp_path: Path, qtbot: QtBot) -> Iterator[ServiceLog]:
    log = ServiceLog(tmp_path / "desktop-services.jsonl")
    process = subprocess.Popen(
        [sys.executable, str(SERVICES_SCRIPT), private_bus.address, str(log.path)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        qtbot.waitUntil(lambda: log.ready() or process.poll() is not None, timeout=START_TIMEOUT_MS)
        assert process.poll() is None, "the fake desktop services did not start"
        yield log
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def bus_connection(private_bus: PrivateBus, qapp: object) -> Iterator[QDBusConnection]:
    """The app's side of the private bus (what ``sessionBus()`` is in real use)."""
    name = f"test-{uuid.uuid4().hex}"
    connection = QDBusConnection.connectToBus(private_bus.address, name)
    assert connection.isConnected(), connection.lastError().message()
    try:
        yield connection
    finally:
        QDBusConnection.disconnectFromBus(name)
