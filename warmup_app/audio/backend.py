"""Start QtMultimedia without its media backend plugin, which the app has no use for.

The app plays short WAV files with ``QSoundEffect`` and lists outputs with ``QMediaDevices``;
Qt provides both without a backend plugin ("Only QMediaDevices, QAudioDevice, QSoundEffect,
QAudioSink, and QAudioSource are available" is what it says when it finds none). The FFmpeg
plugin that PySide ships would otherwise be loaded at the first use of QtMultimedia and map
about 12 MB of libraries (libavcodec, libavformat, QtQuick, QtQml) for the rest of the run.

Qt picks its media integration once per process, at that first use, so the plugin folders are
hidden for that one call. Call :func:`use_builtin_audio` before any other QtMultimedia object is
made; later calls do nothing.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtMultimedia import QMediaDevices

#: What Qt logs (as a warning) when it starts without a backend: expected here, so not shown.
_NO_BACKEND = "No QtMultimedia backends found"

_chosen = False


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
