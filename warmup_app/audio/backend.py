"""Start QtMultimedia without its media backend plugin, which the app has no use for.

The app plays its sounds through one ``QAudioSink`` and lists outputs with ``QMediaDevices``;
Qt provides both without a backend plugin ("Only QMediaDevices, QAudioDevice, QSoundEffect,
QAudioSink, and QAudioSource are available" is what it says when it finds none). The FFmpeg
plugin that PySide ships would otherwise be loaded at the first use of QtMultimedia and map
about 12 MB of libraries (libavcodec, libavformat, QtQuick, QtQml) for the rest of the run.

Qt picks its media integration once per process, at that first use, so the plugin folders are
hidden for that one call. Call :func:`use_builtin_audio` before any other QtMultimedia object is
made; later calls do nothing.
"""

from __future__ import annotations

import os
import socket
import sys

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtMultimedia import QMediaDevices

#: What Qt logs (as a warning) when it starts without a backend: expected here, so not shown.
_NO_BACKEND = "No QtMultimedia backends found"

_chosen = False
_PROBE_TIMEOUT_S = 0.2


def sound_server_reachable() -> bool:
    """Whether the PulseAudio (or pipewire-pulse) server's socket takes a connection.

    Why: Qt's PulseAudio backend aborts the process (a libpulse assertion) when an output is
    opened while the server it lost is not back; ask before opening again. Only a local socket
    can be checked cheaply; anything else (no such server on this system, a TCP address)
    counts as reachable, as before.
    """
    if not sys.platform.startswith("linux"):
        return True
    servers = os.environ.get("PULSE_SERVER", "").split()
    if not servers:
        runtime = os.environ.get("XDG_RUNTIME_DIR")
        if not runtime:
            return True
        servers = [os.path.join(runtime, "pulse", "native")]
    for server in servers:
        path = server.removeprefix("unix:")
        if not path.startswith("/"):
            return True
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(_PROBE_TIMEOUT_S)
            try:
                probe.connect(path)
            except OSError:
                continue
            return True
    return False


def has_audio_output() -> bool:
    """Whether Qt lists any sound output (after choosing the built-in integration)."""
    use_builtin_audio()
    return bool(QMediaDevices.audioOutputs())


def use_builtin_audio() -> None:
    """Make QtMultimedia's integration the built-in one (once per process)."""
    global _chosen
    if _chosen:
        return
    _chosen = True
    previous = None

    def quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith(_NO_BACKEND):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    saved = QCoreApplication.libraryPaths()
    previous = qInstallMessageHandler(quiet)
    QCoreApplication.setLibraryPaths([])
    try:
        QMediaDevices.audioOutputs()  # the first use: Qt creates its integration now
    finally:
        QCoreApplication.setLibraryPaths(saved)
        qInstallMessageHandler(previous)
