"""Typed settings: defaults, checks, the change signal, survival across a restart, damaged files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from warmup_app import paths
from warmup_app.config import settings as s
from warmup_app.config.settings import Settings, Theme
from warmup_app.core.cues import SOUNDED_KINDS, CueKind


@pytest.fixture
def settings_path() -> Path:
    return paths.user_paths().settings_file


def test_a_fresh_install_has_every_default(qtbot: QtBot, settings_path: Path) -> None:
    settings = Settings(settings_path)
    for key in s.ALL_KEYS:
        assert settings.get(key) == key.default, key.name
    assert settings.load_problems == []
    assert settings.get(s.THEME) is Theme.SYSTEM
    assert set(s.SOUNDS) == set(SOUNDED_KINDS)


def test_every_default_passes_its_own_check() -> None:
    for key in s.ALL_KEYS:
        assert key.check(key.default) == key.default, key.name


def test_values_survive_a_restart_in_a_new_process(qtbot: QtBot, settings_path: Path) -> None:
    settings = Settings(settings_path)
    settings.update(
        {
            s.VOLUME: 35,
            s.VOICE_ENABLED: False,
            s.VOICE_RATE: -0.25,
            s.LEAD_IN: 20,
            s.COUNTDOWN: 5,
            s.CADENCE: 172,
            s.CADENCE_BOOST: 7.5,
            s.THEME: Theme.DARK,
            s.START_FULLSCREEN: True,
            s.FIGURES: s.FigureMode.OFF,
            s.SOUNDS[CueKind.GO]: "/home/runner/sounds/go.wav",
            s.WINDOW_GEOMETRY: QByteArray(b"\x01\x02geometry\x00"),
        }
    )
    del settings
    reader = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from warmup_app.config import settings as s\n"
        "from warmup_app.core.cues import CueKind\n"
        "st = s.Settings(Path(sys.argv[1]))\n"
        "print(json.dumps({'volume': st.get(s.VOLUME), 'voice': st.get(s.VOICE_ENABLED),\n"
        "  'rate': st.get(s.VOICE_RATE), 'lead_in': st.get(s.LEAD_IN),\n"
        "  'countdown': st.get(s.COUNTDOWN), 'cadence': st.get(s.CADENCE),\n"
        "  'boost': st.get(s.CADENCE_BOOST), 'theme': st.get(s.THEME).value,\n"
        "  'full': st.get(s.START_FULLSCREEN), 'go': st.get(s.SOUNDS[CueKind.GO]),\n"
        "  'figures': st.get(s.FIGURES).value,\n"
        "  'geometry': bytes(st.get(s.WINDOW_GEOMETRY).data()).hex(),\n"
        "  'problems': st.load_problems}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", reader, str(settings_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert json.loads(result.stdout) == {
        "volume": 35,
        "voice": False,
        "rate": -0.25,
        "lead_in": 20,
        "countdown": 5,
        "cadence": 172,
        "boost": 7.5,
        "theme": "dark",
        "full": True,
        "figures": "off",
        "go": "/home/runner/sounds/go.wav",
        "geometry": b"\x01\x02geometry\x00".hex(),
        "problems": [],
    }


def test_lead_in_as_the_routine_says_survives_a_restart(qtbot: QtBot, settings_path: Path) -> None:
    settings = Settings(settings_path)
    settings.set(s.LEAD_IN, 0)
    assert Settings(settings_path).get(s.LEAD_IN) == 0
    settings.set(s.LEAD_IN, None)
    assert Settings(settings_path).get(s.LEAD_IN) is None


def test_a_change_is_signalled_once_per_changed_key(qtbot: QtBot, settings_path: Path) -> None:
    settings = Settings(settings_path)
    seen: list[str] = []
    settings.changed.connect(seen.append)
    settings.update({s.VOLUME: 50, s.COUNTDOWN: s.COUNTDOWN.default, s.THEME: Theme.LIGHT})
    assert seen == ["sounds/volume", "appearance/theme"]
    settings.set(s.VOLUME, 50)  # same value: nothing to tell
    assert seen == ["sounds/volume", "appearance/theme"]


@pytest.mark.parametrize(
    ("key", "bad"),
    [
        (s.VOLUME, 101),
        (s.VOLUME, -1),
        (s.VOLUME, "loud"),
        (s.VOLUME, True),
        (s.VOICE_RATE, 1.5),
        (s.VOICE_RATE, float("nan")),
        (s.COUNTDOWN, 11),
        (s.CADENCE, 99),
        (s.CADENCE_BOOST, 10.5),
        (s.LEAD_IN, 601),
        (s.THEME, "purple"),
        (s.VOICE_ENABLED, "yes"),
        (s.SOUNDS[CueKind.FINISH], "relative/finish.wav"),
        (s.SOUNDS[CueKind.FINISH], ""),
        (s.VOICE_NAME, "x" * 201),
    ],
)
def test_a_bad_value_is_refused_and_nothing_is_stored(
    qtbot: QtBot, settings_path: Path, key: s.Key[object], bad: object
) -> None:
    settings = Settings(settings_path)
    with pytest.raises(ValueError):  # noqa: PT011 - each parser has its own message
        settings.update({s.VOLUME: 10, key: bad})
    assert settings.get(s.VOLUME) == s.VOLUME.default
    assert Settings(settings_path).get(key) == key.default


def test_text_from_the_ini_file_is_parsed(qtbot: QtBot, settings_path: Path) -> None:
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    settings_path.write_text(
        "[sounds]\nvolume=42\n[voice]\nenabled=false\nrate=0.5\n"
        "[timing]\nlead_in=\ncountdown=0\n[appearance]\ntheme=Dark\n",
        encoding="utf-8",
    )
    settings = Settings(settings_path)
    assert settings.load_problems == []
    assert settings.get(s.VOLUME) == 42
    assert settings.get(s.VOICE_ENABLED) is False
    assert settings.get(s.VOICE_RATE) == 0.5
    assert settings.get(s.LEAD_IN) is None
    assert settings.get(s.COUNTDOWN) == 0
    assert settings.get(s.THEME) is Theme.DARK


def test_a_key_the_app_no_longer_has_is_ignored(qtbot: QtBot, settings_path: Path) -> None:
    """``sounds/engine=effects`` chose the old per-cue player; an old file must still load."""
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    settings_path.write_text("[sounds]\nengine=effects\nvolume=42\n", encoding="utf-8")
    settings = Settings(settings_path)
    assert settings.load_problems == []
    assert settings.get(s.VOLUME) == 42
    assert "sounds/engine" not in {key.name for key in s.ALL_KEYS}
    settings.set(s.VOLUME, 43)  # saving leaves the unknown key alone, and the file loads again
    assert Settings(settings_path).load_problems == []
    assert Settings(settings_path).get(s.VOLUME) == 43


def test_one_bad_value_resets_only_that_key(qtbot: QtBot, settings_path: Path) -> None:
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    settings_path.write_text(
        "[sounds]\nvolume=loud\n[timing]\ncountdown=5\ncountdown_extra=1\n", encoding="utf-8"
    )
    settings = Settings(settings_path)
    assert settings.get(s.VOLUME) == s.VOLUME.default
    assert settings.get(s.COUNTDOWN) == 5
    assert len(settings.load_problems) == 1
    assert "sounds/volume" in settings.load_problems[0]
    text = settings_path.read_text(encoding="utf-8")
    assert "loud" not in text  # the bad value is gone from the file, the good ones stay
    assert "countdown=5" in text
    assert Settings(settings_path).load_problems == []


@pytest.mark.parametrize(
    "content",
    [
        b"[sounds\nvolume=12\n",  # QSettings: FormatError
        b"volume\n=\n[[[",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",  # binary junk QSettings would read as empty
        b"[sounds]\nvolume=\xff\xfe\n",  # not UTF-8
    ],
)
def test_a_damaged_file_is_set_aside_and_defaults_are_used(
    qtbot: QtBot, settings_path: Path, content: bytes
) -> None:
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    settings_path.write_bytes(content)
    settings = Settings(settings_path)
    for key in s.ALL_KEYS:
        assert settings.get(key) == key.default
    assert len(settings.load_problems) == 1
    assert "could not be read" in settings.load_problems[0]
    aside = list(settings_path.parent.glob("settings.ini.corrupt-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes() == content  # nothing lost
    assert aside[0].name in settings.load_problems[0]
    settings.set(s.VOLUME, 30)  # and the app keeps working with a fresh file
    restarted = Settings(settings_path)
    assert restarted.get(s.VOLUME) == 30
    assert restarted.load_problems == []


def test_timeline_options_follow_the_settings(qtbot: QtBot, settings_path: Path) -> None:
    settings = Settings(settings_path)
    default = settings.timeline_options()
    assert default.cadence_spm == pytest.approx(168.0)  # 160 steps/min + 5 %
    assert default.lead_in_override is None
    settings.update({s.CADENCE: 170, s.CADENCE_BOOST: 10.0, s.COUNTDOWN: 5, s.LEAD_IN: 15})
    options = settings.timeline_options()
    assert options.cadence_spm == pytest.approx(187.0)
    assert options.countdown_seconds == 5
    assert options.lead_in_override == 15


def test_a_failed_save_is_reported(qtbot: QtBot, settings_path: Path) -> None:
    settings = Settings(settings_path)
    config = settings_path.parent
    for child in config.iterdir():
        child.unlink()
    config.rmdir()
    config.write_text("a file where the folder should be", encoding="utf-8")
    with qtbot.waitSignal(settings.save_failed, timeout=1000) as blocker:
        settings.set(s.VOLUME, 12)
    assert "could not be saved" in blocker.args[0]
    assert settings.get(s.VOLUME) == 12  # still used for this run
