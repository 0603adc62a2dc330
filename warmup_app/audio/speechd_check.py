"""Ask speech-dispatcher whether it answers before Qt's speechd engine connects to it.

Qt's speechd engine connects with libspeechd, which waits without a time limit for the daemon's
reply. A daemon that is alive but wedged (seen when it failed to open its audio output) would
freeze the window at start-up. This check speaks one line of SSIP with a short timeout so the
voice can be reported as unavailable instead.
"""

from __future__ import annotations

import contextlib
import os
import socket
from pathlib import Path

CHECK_TIMEOUT_S = 1.5
_CLIENT_NAME_SET = "208"  # SSIP: "208 OK CLIENT NAME SET"


def default_socket_path() -> Path:
    """Where libspeechd looks for the daemon: the runtime folder, else the cache folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        return Path(runtime) / "speech-dispatcher" / "speechd.sock"
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "speech-dispatcher" / "speechd.sock"


def _address() -> tuple[int, str | tuple[str, int]] | None:
    """The socket family and address from ``SPEECHD_ADDRESS`` or the default path."""
    spec = os.environ.get("SPEECHD_ADDRESS", "")
    if spec.startswith("inet_socket:"):
        host, _, port = spec.removeprefix("inet_socket:").partition(":")
        try:
            return socket.AF_INET, (host or "127.0.0.1", int(port or 6560))
        except ValueError:
            return None
    if spec.startswith("unix_socket:"):
        return socket.AF_UNIX, spec.removeprefix("unix_socket:")
    return socket.AF_UNIX, str(default_socket_path())


def speechd_problem(timeout_s: float = CHECK_TIMEOUT_S) -> str | None:
    """Why speech-dispatcher would hang a client, or None if it answers or is not running.

    A missing socket or a refused connection is not a problem here: libspeechd starts the
    daemon itself and fails quickly if it cannot.
    """
    address = _address()
    if address is None:
        return None
    family, where = address
    if family == socket.AF_UNIX and not Path(str(where)).exists():
        return None
    try:
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout_s)
            sock.connect(where)
            sock.sendall(b"SET SELF CLIENT_NAME user:warmup-app:check\r\n")
            reply = sock.recv(256).decode("ascii", "replace")
            with contextlib.suppress(OSError):
                sock.sendall(b"QUIT\r\n")
    except TimeoutError:
        return f"speech-dispatcher did not answer within {timeout_s:g} s"
    except (ConnectionRefusedError, FileNotFoundError):
        return None
    except OSError as error:
        return f"speech-dispatcher could not be reached ({error.strerror or error})"
    if not reply.startswith(_CLIENT_NAME_SET):
        return f"speech-dispatcher gave an unexpected answer ({reply.strip()[:60]!r})"
    return None
