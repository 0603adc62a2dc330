"""One running app per user folder: a second launch hands its request to the first and exits.

The first launch listens on a QLocalServer. A later launch connects, sends one JSON line
(``{"version": 1, "files": [...]}``, files as absolute paths), waits for ``ok`` and exits; the
first brings its window forward and offers to import the files.

The server name is derived from the user and the config folder, so two users, or tests with
different ``WARMUP_APP_HOME`` folders, never meet. A socket left behind by a crash answers no
one, so a launch that cannot connect removes it and listens itself. A short-lived lock file
around that check-then-listen keeps two launches started at the same moment from both
becoming "first"; QLockFile removes a lock whose process has died.
"""

from __future__ import annotations

import getpass
import json
import logging
import zlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from warmup_app import paths

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
CONNECT_MS = 1000  # a live first instance accepts at once; a stale socket refuses at once
REPLY_MS = 5000  # the first instance answers from its event loop
LOCK_WAIT_MS = 5000  # how long a launch waits for another launch's start-up check
MAX_MESSAGE_BYTES = 64 * 1024


def server_name(config_dir: Path) -> str:
    """A name per user and per config folder, short enough for a Unix socket path."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers): the folder still differs
        user = ""
    key = f"{user}\0{config_dir.resolve()}".encode("utf-8", "surrogatepass")
    # zlib, not hashlib: this runs before the first paint, and hashlib loads OpenSSL (~3 MB).
    return f"warmup-app-{zlib.crc32(key):08x}{zlib.adler32(key):08x}"


def encode_request(files: list[Path]) -> bytes:
    message = {"version": PROTOCOL_VERSION, "files": [str(f.resolve()) for f in files]}
    return json.dumps(message).encode("utf-8") + b"\n"


def decode_request(line: bytes) -> list[Path]:
    """The files in a request; ``ValueError`` for anything that is not one."""
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not a request: {exc}") from None
    if not isinstance(message, dict) or message.get("version") != PROTOCOL_VERSION:
        raise ValueError("not a request of this version")
    files = message.get("files", [])
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise ValueError("files must be a list of paths")
    result = [Path(f) for f in files]
    if not all(p.is_absolute() for p in result):
        raise ValueError("files must be absolute paths")
    return result


class SingleInstance(QObject):
    """Call :meth:`claim` once at start-up, before the window is built."""

    #: Another launch asked for the window to come forward.
    activation_requested = Signal()
    #: Another launch was given a routine file to import (``pathlib.Path``, absolute).
    file_received = Signal(object)

    def __init__(
        self, name: str | None = None, lock_path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        config = paths.user_paths().config
        self.name = name or server_name(config)
        self._lock_path = lock_path or config / "instance.lock"
        self._server: QLocalServer | None = None
        self._peer: QLocalSocket | None = None  # the running instance, when we are not it
        self._buffers: dict[QLocalSocket, QByteArray] = {}

    def claim(self) -> bool:
        """True when this launch is the one that runs; False when another one already does."""
        self._lock_path.parent.mkdir(parents=True, exist_ok=True)
        guard = QLockFile(str(self._lock_path))
        locked = guard.tryLock(LOCK_WAIT_MS)
        if not locked:
            log.warning("single instance: start-up lock busy (%s)", self._lock_path)
        try:
            peer = QLocalSocket(self)
            peer.connectToServer(self.name)
            if peer.waitForConnected(CONNECT_MS):
                self._peer = peer
                log.info("single instance: already running as %s", self.name)
                return False
            peer.deleteLater()
            QLocalServer.removeServer(self.name)  # a socket left by a crash, if any
            server = QLocalServer(self)
            server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            if not server.listen(self.name):
                log.error(
                    "single instance: cannot listen on %s: %s", self.name, server.errorString()
                )
                return True  # run anyway; later launches will simply open their own window
            server.newConnection.connect(self._on_new_connection)
            self._server = server
            log.info("single instance: listening on %s", self.name)
            return True
        finally:
            if locked:
                guard.unlock()

    def hand_over(self, files: list[Path]) -> bool:
        """Send this launch's request to the running instance; True once it confirmed."""
        peer = self._peer
        if peer is None:
            raise RuntimeError("hand_over() is for a launch that found another one running")
        peer.write(encode_request(files))
        if not peer.waitForBytesWritten(REPLY_MS):
            log.warning("single instance: could not send: %s", peer.errorString())
            return False
        reply = QByteArray()
        while not reply.contains(b"\n"):
            if not peer.waitForReadyRead(REPLY_MS):
                log.warning("single instance: no answer from the running instance")
                return False
            reply.append(peer.readAll())
        peer.disconnectFromServer()
        answered = bytes(reply.data()).strip() == b"ok"
        log.info("single instance: handed over to the running instance (%s)", answered)
        return answered

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    # -- the running instance's side --------------------------------------------------------

    @Slot()
    def _on_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = QByteArray()
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(self._on_disconnected)

    @Slot()
    def _on_ready_read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket) or socket not in self._buffers:
            return
        buffer = self._buffers[socket]
        buffer.append(socket.readAll())
        if buffer.size() > MAX_MESSAGE_BYTES:
            log.warning("single instance: oversized request ignored")
            self._finish(socket, ok=False)
            return
        newline = buffer.indexOf(b"\n")
        if newline < 0:
            return
        try:
            files = decode_request(bytes(buffer.left(newline).data()))
        except ValueError as exc:
            log.warning("single instance: bad request ignored: %s", exc)
            self._finish(socket, ok=False)
            return
        self._finish(socket, ok=True)
        log.info("single instance: another launch asked to come forward")
        self.activation_requested.emit()
        for path in files:
            log.info("single instance: file handed over for import: %s", path)
            self.file_received.emit(path)

    def _finish(self, socket: QLocalSocket, *, ok: bool) -> None:
        self._buffers.pop(socket, None)
        socket.write(b"ok\n" if ok else b"error\n")
        socket.flush()
        socket.disconnectFromServer()

    @Slot()
    def _on_disconnected(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._buffers.pop(socket, None)
            socket.deleteLater()
