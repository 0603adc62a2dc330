"""One running app per user folder: a second launch hands its request to the first and exits.

The first launch listens on a QLocalServer. A later launch connects, sends one JSON line
(``{"version": 1, "files": [...], "start": "pre-run"}``, files as absolute paths, ``start``
optional), waits for ``ok`` and exits; the first brings its window forward, offers to import
the files and starts (or offers to start) the routine.

The server name is derived from the user and the config folder, so two users, or tests with
different ``WARMUP_APP_HOME`` folders, never meet.

Why the owner lock: a socket that refuses a connection is not proof that its server died (a
flooded or frozen server refuses too). The running instance holds ``instance.pid`` (a
QLockFile: the owner's PID, checked for liveness) for its whole life. A launch that cannot
connect removes the socket only when it can take that lock, i.e. when the owner is gone; while
the owner lives it retries a few times and then gives up (:attr:`Claim.BUSY`) rather than
becoming a second instance. A short-lived lock file around the check-then-listen keeps two
launches started at the same moment from both becoming "first".

Why the limits: the socket is reachable by any process of the user, so the server never lets
a client cost it more than a bounded amount: at most :data:`MAX_CONNECTIONS` at once (the
oldest is dropped for a new one), :data:`IDLE_S` to send a request, :data:`MAX_MESSAGE_BYTES`
per request, a nesting depth checked without recursion before ``json.loads``, and
:data:`MAX_FILES` files per request. Bad input is logged, rate-limited, never raised.
"""

from __future__ import annotations

import getpass
import json
import logging
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from warmup_app import paths

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
CONNECT_MS = 1000  # a live first instance accepts at once; a stale socket refuses at once
CONNECT_ATTEMPTS = 5  # when the socket refuses but its owner is alive
RETRY_MS = 300  # between those attempts: ~1.5 s in all before giving up
REPLY_MS = 5000  # the first instance answers from its event loop
LOCK_WAIT_MS = 5000  # how long a launch waits for another launch's start-up check
MAX_MESSAGE_BYTES = 64 * 1024
MAX_CONNECTIONS = 16  # clients served at once; a launch needs one for a few milliseconds
IDLE_S = 2.0  # a client has this long from connecting to sending its whole request
SWEEP_MS = 500  # how often idle clients are looked for
MAX_DEPTH = 4  # the protocol needs 2 (an object holding a list)
MAX_FILES = 100  # files taken from one request; the rest are logged and ignored
LOG_BURST = 5  # bad-input messages logged per LOG_WINDOW_S; the rest are counted
LOG_WINDOW_S = 10.0


class Claim(Enum):
    """What :meth:`SingleInstance.claim` found."""

    RUN = "run"  # this launch is the app
    HAND_OVER = "hand_over"  # another instance answers: hand_over() to it, then exit
    BUSY = "busy"  # another instance is alive but does not answer: say so and exit


@dataclass(frozen=True)
class Request:
    """One launch's request: files to import and, optionally, a routine to start."""

    files: list[Path] = field(default_factory=list)
    start: str | None = None
    #: Files beyond :data:`MAX_FILES`, counted and ignored.
    dropped: int = 0


def server_name(config_dir: Path) -> str:
    """A name per user and per config folder, short enough for a Unix socket path."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers): the folder still differs
        user = ""
    key = f"{user}\0{config_dir.resolve()}".encode("utf-8", "surrogatepass")
    # zlib, not hashlib: this runs before the first paint, and hashlib loads OpenSSL (~3 MB).
    return f"warmup-app-{zlib.crc32(key):08x}{zlib.adler32(key):08x}"


def encode_request(files: list[Path], start: str | None = None) -> bytes:
    message: dict[str, object] = {
        "version": PROTOCOL_VERSION,
        "files": [str(f.resolve()) for f in files],
    }
    if start is not None:
        message["start"] = start
    return json.dumps(message).encode("utf-8") + b"\n"


def nesting_exceeds(data: bytes, limit: int) -> bool:
    """Whether the JSON text ``data`` nests arrays/objects deeper than ``limit``.

    A loop, not a parser: ``json.loads`` recurses once per level and a 60 KB line of ``[``
    would reach the interpreter's recursion limit before any check of ours could run.
    """
    if data.count(b"[") + data.count(b"{") <= limit:
        return False  # the common case, without a Python-level loop
    depth = 0
    in_string = escaped = False
    for byte in data:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # closing quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > limit:
                return True
        elif byte in (0x5D, 0x7D):  # ] }
            depth -= 1
    return False


def decode_request(line: bytes) -> Request:
    """The request in ``line``; ``ValueError`` for anything that is not one."""
    if len(line) > MAX_MESSAGE_BYTES:
        raise ValueError(f"request over {MAX_MESSAGE_BYTES} bytes")
    if nesting_exceeds(line, MAX_DEPTH):
        raise ValueError(f"request nested deeper than {MAX_DEPTH}")
    try:
        message = json.loads(line.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # bad UTF-8, bad JSON, a 5,000-digit number
        raise ValueError(f"not a request: {str(exc)[:80]}") from None
    if not isinstance(message, dict) or message.get("version") != PROTOCOL_VERSION:
        raise ValueError("not a request of this version")
    files = message.get("files", [])
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise ValueError("files must be a list of paths")
    if any("\0" in f for f in files):
        raise ValueError("a path with a NUL byte")
    result = [Path(f) for f in files[:MAX_FILES]]
    if not all(p.is_absolute() for p in result):
        raise ValueError("files must be absolute paths")
    start = message.get("start")
    if start is not None and (not isinstance(start, str) or not start or "\0" in start):
        raise ValueError("start must be a routine id or path")
    return Request(result, start, max(0, len(files) - MAX_FILES))


class QuietLog:
    """Logs bad input at most :data:`LOG_BURST` times per :data:`LOG_WINDOW_S`, then counts.

    Why: a client looping on garbage must not fill the log file (or the disk).
    """

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._window_start = clock()
        self._logged = 0
        self.suppressed = 0

    def warning(self, message: str, *args: object) -> None:
        now = self._clock()
        if now - self._window_start >= LOG_WINDOW_S:
            if self.suppressed:
                log.warning("single instance: %d more bad requests not logged", self.suppressed)
            self._window_start, self._logged, self.suppressed = now, 0, 0
        if self._logged < LOG_BURST:
            self._logged += 1
            log.warning(message, *args)
        else:
            self.suppressed += 1


@dataclass
class _Client:
    since: float
    buffer: QByteArray = field(default_factory=QByteArray)


class SingleInstance(QObject):
    """Call :meth:`claim` once at start-up, before the window is built."""

    #: Another launch asked for the window to come forward.
    activation_requested = Signal()
    #: Another launch was given routine files to import (``list[pathlib.Path]``, absolute).
    files_received = Signal(object)
    #: Another launch was given ``--start ROUTINE`` (the id or absolute path, ``str``).
    start_requested = Signal(str)

    def __init__(
        self,
        name: str | None = None,
        lock_path: Path | None = None,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        config = paths.user_paths().config
        self.name = name or server_name(config)
        self._lock_path = lock_path or config / "instance.lock"
        self._owner_path = self._lock_path.with_name("instance.pid")
        self._owner: QLockFile | None = None  # held for the whole life of the running instance
        #: The running instance's PID when :meth:`claim` found one alive (BUSY, HAND_OVER).
        self.owner_pid: int | None = None
        self._clock = clock
        self._quiet = QuietLog(clock)
        self._server: QLocalServer | None = None
        self._peer: QLocalSocket | None = None  # the running instance, when we are not it
        self._clients: dict[QLocalSocket, _Client] = {}
        self._sweeper = QTimer(self)
        self._sweeper.setInterval(SWEEP_MS)
        self._sweeper.timeout.connect(self.sweep)

    @property
    def client_count(self) -> int:
        """Connections held right now (at most :data:`MAX_CONNECTIONS`)."""
        return len(self._clients)

    def claim(self, attempts: int = CONNECT_ATTEMPTS, retry_ms: int = RETRY_MS) -> Claim:
        """Find out whether this launch runs, hands over, or must give up (see :class:`Claim`)."""
        try:
            self._lock_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # a read-only home: the locks below say what they can
            log.warning("single instance: no config folder for the locks: %s", exc)
        guard = QLockFile(str(self._lock_path))
        locked = guard.tryLock(LOCK_WAIT_MS)
        if not locked:
            log.warning("single instance: start-up lock busy (%s)", self._lock_path)
        try:
            for attempt in range(max(1, attempts)):
                if attempt:
                    QThread.msleep(retry_ms)
                peer = QLocalSocket(self)
                peer.connectToServer(self.name)
                if peer.waitForConnected(CONNECT_MS):
                    self._peer = peer
                    self.owner_pid = self._owner_info()
                    log.info("single instance: already running as %s", self.name)
                    return Claim.HAND_OVER
                peer.abort()
                peer.deleteLater()
                if self._take_ownership():
                    return self._listen()
                self.owner_pid = self._owner_info()
                log.warning(
                    "single instance: %s refused, but its owner (pid %s) is alive (attempt %d)",
                    self.name,
                    self.owner_pid,
                    attempt + 1,
                )
            return Claim.BUSY
        finally:
            if locked:
                guard.unlock()

    def _take_ownership(self) -> bool:
        """Take the owner lock; False while another live process holds it."""
        owner = QLockFile(str(self._owner_path))
        owner.setStaleLockTime(0)  # never stale by age: only when its process is gone
        if owner.tryLock(0):
            self._owner = owner
            return True
        if owner.error() is QLockFile.LockError.LockFailedError:
            return False  # held by a live process
        # The lock cannot be written at all (read-only or missing folder): then no other
        # launch could have taken it either. Run rather than give up on a warm-up.
        log.warning(
            "single instance: cannot write %s (%s); running without the owner lock",
            self._owner_path,
            owner.error().name,
        )
        return True

    def _owner_info(self) -> int | None:
        info = QLockFile(str(self._owner_path)).getLockInfo()  # (pid, host, app); pid 0: none
        pid = info[0] if isinstance(info, tuple) and info else 0
        return int(pid) if isinstance(pid, int) and pid > 0 else None

    def _listen(self) -> Claim:
        # Only the owner gets here: any socket under this name is one a dead owner left.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.error("single instance: cannot listen on %s: %s", self.name, server.errorString())
            return Claim.RUN  # run anyway; later launches find the owner lock and give up
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        log.info("single instance: listening on %s", self.name)
        return Claim.RUN

    def hand_over(self, files: list[Path], start: str | None = None) -> bool:
        """Send this launch's request to the running instance; True once it confirmed."""
        peer = self._peer
        if peer is None:
            raise RuntimeError("hand_over() is for a launch that found another one running")
        peer.write(encode_request(files, start))
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
        self._sweeper.stop()
        for socket in list(self._clients):
            self._drop(socket)
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._owner is not None:
            self._owner.unlock()
            self._owner = None

    # -- the running instance's side --------------------------------------------------------

    @Slot()
    def _on_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if len(self._clients) >= MAX_CONNECTIONS:
                # The oldest has had the longest to speak; a real launch speaks at once.
                self._quiet.warning("single instance: too many connections; the oldest dropped")
                self._drop(next(iter(self._clients)))
            self._clients[socket] = _Client(self._clock())
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(self._on_disconnected)
            if socket.bytesAvailable():
                self._read(socket)
        if self._clients and not self._sweeper.isActive():
            self._sweeper.start()

    @Slot()
    def sweep(self) -> None:
        """Drop clients that have not sent a whole request within :data:`IDLE_S`."""
        now = self._clock()
        idle = [s for s, c in self._clients.items() if now - c.since >= IDLE_S]
        if idle:
            self._quiet.warning("single instance: %d idle connection(s) dropped", len(idle))
        for socket in idle:
            self._drop(socket)
        if not self._clients:
            self._sweeper.stop()

    @Slot()
    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket) and socket in self._clients:
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._clients[socket].buffer
        buffer.append(socket.read(MAX_MESSAGE_BYTES + 1 - buffer.size()))
        newline = buffer.indexOf(b"\n")
        if newline < 0:
            if buffer.size() > MAX_MESSAGE_BYTES:
                self._quiet.warning("single instance: oversized request ignored")
                self._finish(socket, ok=False)
            return
        try:
            request = decode_request(bytes(buffer.left(newline).data()))
        except ValueError as exc:
            self._quiet.warning("single instance: bad request ignored: %s", exc)
            self._finish(socket, ok=False)
            return
        self._finish(socket, ok=True)
        self._deliver(request)

    def _deliver(self, request: Request) -> None:
        log.info("single instance: another launch asked to come forward")
        self.activation_requested.emit()
        if request.dropped:
            log.warning(
                "single instance: %d files in one request; the first %d taken, %d ignored",
                len(request.files) + request.dropped,
                len(request.files),
                request.dropped,
            )
        if request.files:
            for path in request.files[:3]:
                log.info("single instance: file handed over for import: %s", path)
            if len(request.files) > 3:
                log.info("single instance: and %d more files", len(request.files) - 3)
            self.files_received.emit(list(request.files))
        if request.start is not None:
            log.info("single instance: routine handed over to start: %s", request.start)
            self.start_requested.emit(request.start)

    def _finish(self, socket: QLocalSocket, *, ok: bool) -> None:
        self._clients.pop(socket, None)
        socket.write(b"ok\n" if ok else b"error\n")
        socket.flush()
        socket.disconnectFromServer()

    def _drop(self, socket: QLocalSocket) -> None:
        self._clients.pop(socket, None)
        socket.abort()
        socket.deleteLater()

    @Slot()
    def _on_disconnected(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._clients.pop(socket, None)
            socket.deleteLater()
