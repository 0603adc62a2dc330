"""QtMultimedia starts without its FFmpeg plugin (about 12 MB the app never uses).

Each case runs in a child process: Qt chooses its media integration once per process.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

CHILD = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["XDG_RUNTIME_DIR"] = "/nonexistent"  # no sound server: nothing may wait for one
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    paths_before = QCoreApplication.libraryPaths()
    if sys.argv[1] == "builtin":
        from warmup_app.audio.backend import use_builtin_audio
        use_builtin_audio()
        use_builtin_audio()  # a second call changes nothing
    from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices
    QMediaDevices.audioOutputs()
    sink = QAudioSink(QAudioFormat())
    maps = open("/proc/self/maps").read()
    print("ffmpeg-plugin" if "ffmpegmediaplugin" in maps else "no-plugin")
    print("paths-kept" if QCoreApplication.libraryPaths() == paths_before else "paths-changed")
    """
)


def run_child(mode: str) -> tuple[list[str], str]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.split(), done.stderr


@pytest.mark.timeout(120)
def test_the_app_path_loads_no_media_plugin_and_restores_the_plugin_paths() -> None:
    out, err = run_child("builtin")
    assert out == ["no-plugin", "paths-kept"]
    assert "No QtMultimedia backends found" not in err  # expected, so not shown


@pytest.mark.timeout(120)
def test_without_it_qt_loads_the_ffmpeg_plugin() -> None:
    """The control: the check above would see the plugin if Qt loaded it."""
    out, _err = run_child("default")
    assert out == ["ffmpeg-plugin", "paths-kept"]
