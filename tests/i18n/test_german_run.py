"""A whole warm-up in German on a fake clock: the window, the routine and the voice's lines.

The voice is a fake that records what it is told to say (Qt's mock engine has no German voice);
what reaches it comes from the real timeline, compiled with the German catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.qt_fixtures import FakeScheduler
from warmup_app import paths
from warmup_app.app import build_window
from warmup_app.audio.cue_router import CueRouter
from warmup_app.core.routine_files import load_library
from warmup_app.core.speech import NEXT_UP, SPEECH_CONTEXT, estimate_speech_seconds
from warmup_app.core.timeline import TimelineOptions
from warmup_app.i18n.lookup import routine_translate, speech_translate
from warmup_app.i18n.translators import install_translators
from warmup_app.runner.controller import RunController
from warmup_app.runner.driver import SessionDriver

#: Words of the English interface that a German window must not show.
ENGLISH = re.compile(r"\b(Next|Start|Pause|Skip|Back|left|right|done|Warm-up complete|side)\b")


class RecordingVoice:
    def __init__(self) -> None:
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)

    def estimate_seconds(self, text: str) -> float:
        return estimate_speech_seconds(text, 0.0)

    def will_speak(self) -> bool:
        return True


@pytest.fixture
def german(qapp: QApplication) -> Iterator[str]:
    installed = install_translators(qapp, "de")
    yield installed.language
    install_translators(qapp, "en")


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def shown_texts(window: QLabel | object) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QWidget

    assert isinstance(window, QWidget)
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            found.append(widget.text())
    return found


def test_a_warm_up_runs_in_german_from_start_to_finish(
    qtbot: QtBot, german: str, driver: SessionDriver, scheduler: FakeScheduler
) -> None:
    assert german == "de"
    assert QLocale().language() == QLocale.Language.German
    next_up = tr(SPEECH_CONTEXT, NEXT_UP)
    assert next_up != NEXT_UP, "the German catalogue is loaded"

    library = load_library(paths.builtin_routines_dir(), None, routine_translate)
    entry = library.find("pre-run")
    assert entry is not None
    assert entry.routine.name == tr("routine", "Pre-run warm-up") != "Pre-run warm-up"

    controller = RunController(driver, lambda: TimelineOptions(translate=speech_translate))
    window = build_window(controller)
    qtbot.addWidget(window)
    controller.set_library(library, select_id="pre-run")
    window.show()
    voice = RecordingVoice()
    router = CueRouter(voice)  # type: ignore[arg-type]
    driver.cues_fired.connect(router.on_cues)

    assert controller.start(entry)
    scheduler.advance(10 + 8 * 60 + 20)  # into the first stretch's left side
    during = shown_texts(window)
    assert entry.routine.parts[1].steps[0].name in during
    english = [t for t in during if ENGLISH.search(t)]
    assert english == [], "English on the run screen"

    with qtbot.waitSignal(driver.finished, timeout=1000):
        scheduler.advance(17 * 60 + 45)
    announcements = [line for line in voice.said if line.startswith(next_up.split("{name}")[0])]
    assert len(announcements) >= 6, voice.said
    stretch_names = {step.name for step in entry.routine.parts[1].steps}
    named = [line for line in voice.said if any(name in line for name in stretch_names)]
    assert len(named) >= 6, "the stretches are named in German"
    assert not any(re.search(r"\b(Next|left|right|side)\b", line) for line in voice.said)
