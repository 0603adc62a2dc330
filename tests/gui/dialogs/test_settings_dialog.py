"""The settings dialog: loads, stores on OK/Apply, restores defaults, own sounds, preview, voice,
and changes reach the running app without a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.qt_fixtures import FakeScheduler
from warmup_app import paths
from warmup_app.config import settings as keys
from warmup_app.config.settings import BUILTIN_SOUND, FigureMode, Settings, Theme
from warmup_app.core.cues import CueKind
from warmup_app.gui.dialogs.settings import AudioServices, SettingsDialog
from warmup_app.gui.main_window import MainWindow


class FakePreview:
    def __init__(self, problem: str | None = None) -> None:
        self.calls: list[tuple[CueKind, str, float]] = []
        self.problem = problem

    def preview(self, kind: CueKind, source: str, volume: float) -> str | None:
        self.calls.append((kind, source, volume))
        return self.problem


class FakeImporter:
    def __init__(self, store: Path, refuse: str | None = None) -> None:
        self.store = store
        self.refuse = refuse
        self.imported: list[tuple[CueKind, Path]] = []

    def file_filter(self) -> str:
        return "Sounds (*.wav *.mp3 *.ogg)"

    def import_sound(self, kind: CueKind, path: Path) -> Path:
        if self.refuse:
            raise ValueError(self.refuse)
        self.imported.append((kind, path))
        return self.store / f"{kind.value}.wav"


class FakeVoices:
    def __init__(self, problem: str = "") -> None:
        self.said: list[tuple[str, str, float, float]] = []
        self._problem = problem

    def voice_names(self) -> list[str]:
        return [] if self._problem else ["Alice", "Bob"]

    def problem(self) -> str:
        return self._problem

    def preview(self, text: str, voice: str, rate: float, volume: float) -> str | None:
        self.said.append((text, voice, rate, volume))
        return None


@pytest.fixture
def settings(qapp: object) -> Settings:
    return Settings(paths.user_paths().settings_file)


def open_dialog(
    qtbot: QtBot, settings: Settings, services: AudioServices | None = None
) -> SettingsDialog:
    dialog = SettingsDialog(settings, services)
    qtbot.addWidget(dialog)
    dialog.report = _no_report
    dialog.show()
    return dialog


def _no_report(message: str) -> None:
    raise AssertionError(f"unexpected message box: {message}")


def click(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    button = dialog.buttons.button(which)
    assert button is not None
    button.click()


def test_the_form_shows_what_is_stored(qtbot: QtBot, settings: Settings) -> None:
    settings.update(
        {
            keys.VOLUME: 40,
            keys.SOUND_LATENCY_MS: 180,
            keys.VOICE_ENABLED: False,
            keys.LEAD_IN: 20,
            keys.COUNTDOWN: 5,
            keys.CADENCE: 170,
            keys.CADENCE_BOOST: 7.0,
            keys.THEME: Theme.DARK,
            keys.START_FULLSCREEN: True,
            keys.FIGURES: FigureMode.STILL,
            keys.SOUNDS[CueKind.GO]: "/sounds/go.wav",
        }
    )
    dialog = open_dialog(qtbot, settings)
    assert dialog.volume.value() == 40
    assert dialog.volume_value.text() == "40 %"
    assert dialog.latency.value() == 180
    assert not dialog.voice_enabled.isChecked()
    assert not dialog.voice_name.isEnabled()  # voice off: its options are greyed out
    assert dialog.lead_in.value() == 20
    assert dialog.countdown.value() == 5
    assert dialog.clicks.text() == "The metronome clicks 182 times a minute."
    assert dialog.theme.currentData() == "dark"
    assert dialog.start_fullscreen.isChecked()
    assert dialog.figures.currentData() == "still"
    assert dialog.sound_combos[CueKind.GO].currentText() == "Own: go.wav"
    assert dialog.sound_combos[CueKind.FINISH].currentText() == "Built-in sound"
    stored = {key: settings.get(key) for key in keys.ALL_KEYS if key.preference}
    assert dialog.values() == stored  # nothing changes by just looking


def test_ok_stores_and_signals_every_change(qtbot: QtBot, settings: Settings) -> None:
    dialog = open_dialog(qtbot, settings)
    changed: list[str] = []
    settings.changed.connect(changed.append)
    dialog.volume.setValue(55)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.lead_in.setValue(15)
    dialog.latency.setValue(150)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert settings.get(keys.VOLUME) == 55
    assert settings.get(keys.THEME) is Theme.LIGHT
    assert settings.get(keys.LEAD_IN) == 15
    assert settings.get(keys.SOUND_LATENCY_MS) == 150
    assert sorted(changed) == [
        "appearance/theme",
        "sounds/latency_ms",
        "sounds/volume",
        "timing/lead_in",
    ]
    assert Settings(settings.path).get(keys.VOLUME) == 55  # on disk too


def test_cancel_stores_nothing(qtbot: QtBot, settings: Settings) -> None:
    dialog = open_dialog(qtbot, settings)
    dialog.volume.setValue(5)
    dialog.countdown.setValue(0)
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        click(dialog, QDialogButtonBox.StandardButton.Cancel)
    assert settings.get(keys.VOLUME) == keys.VOLUME.default
    assert settings.get(keys.COUNTDOWN) == keys.COUNTDOWN.default


def test_apply_stores_and_keeps_the_dialog_open(qtbot: QtBot, settings: Settings) -> None:
    dialog = open_dialog(qtbot, settings)
    dialog.countdown.setValue(0)
    with qtbot.waitSignal(dialog.applied, timeout=1000):
        click(dialog, QDialogButtonBox.StandardButton.Apply)
    assert settings.get(keys.COUNTDOWN) == 0
    assert dialog.isVisible()


def test_restore_defaults_fills_the_form_then_ok_stores(qtbot: QtBot, settings: Settings) -> None:
    geometry = QByteArray(b"saved")
    settings.update(
        {keys.VOLUME: 10, keys.THEME: Theme.DARK, keys.LEAD_IN: 0, keys.WINDOW_GEOMETRY: geometry}
    )
    dialog = open_dialog(qtbot, settings)
    click(dialog, QDialogButtonBox.StandardButton.RestoreDefaults)
    assert dialog.volume.value() == keys.VOLUME.default
    assert dialog.lead_in.text() == "As set in the routine"
    assert "Defaults restored" in dialog.status.text()
    assert settings.get(keys.VOLUME) == 10  # not yet stored
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    for key in keys.ALL_KEYS:
        if key.preference:
            assert settings.get(key) == key.default, key.name
    assert settings.get(keys.WINDOW_GEOMETRY) == geometry  # remembered state, not a preference


def test_lead_in_lowest_value_means_as_in_the_routine(qtbot: QtBot, settings: Settings) -> None:
    settings.set(keys.LEAD_IN, 30)
    dialog = open_dialog(qtbot, settings)
    dialog.lead_in.setFocus()
    for _ in range(4):  # 30 -> 20 -> 10 -> 0 -> the lowest value, from the keyboard
        qtbot.keyClick(dialog.lead_in, Qt.Key.Key_PageDown)
    assert dialog.lead_in.text() == "As set in the routine"
    assert dialog.values()[keys.LEAD_IN] is None
    dialog.lead_in.setValue(0)
    assert dialog.values()[keys.LEAD_IN] == 0  # no get-ready time at all is a choice too


# -- sounds ---------------------------------------------------------------------------------


def choose_own(dialog: SettingsDialog, kind: CueKind) -> None:
    combo = dialog.sound_combos[kind]
    combo.setCurrentIndex(combo.count() - 1)  # "Choose a file…"
    combo.activated.emit(combo.count() - 1)


def test_an_own_sound_is_imported_and_stored(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    importer = FakeImporter(tmp_path / "store")
    dialog = open_dialog(qtbot, settings, AudioServices(importer=importer))
    chosen = tmp_path / "whistle.mp3"
    dialog.choose_file = lambda kind: chosen
    choose_own(dialog, CueKind.FINISH)
    assert importer.imported == [(CueKind.FINISH, chosen)]
    assert dialog.sound_combos[CueKind.FINISH].currentText() == "Own: finish.wav"
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert settings.get(keys.SOUNDS[CueKind.FINISH]) == str(tmp_path / "store" / "finish.wav")

    again = open_dialog(qtbot, settings)
    combo = again.sound_combos[CueKind.FINISH]
    combo.setCurrentIndex(combo.findData(BUILTIN_SOUND))
    combo.activated.emit(combo.currentIndex())
    click(again, QDialogButtonBox.StandardButton.Ok)
    assert settings.get(keys.SOUNDS[CueKind.FINISH]) == BUILTIN_SOUND


def test_a_refused_sound_is_reported_and_nothing_changes(
    qtbot: QtBot, settings: Settings, tmp_path: Path
) -> None:
    importer = FakeImporter(tmp_path, refuse="This file is not a sound the app can play.")
    dialog = open_dialog(qtbot, settings, AudioServices(importer=importer))
    reported: list[str] = []
    dialog.report = reported.append
    dialog.choose_file = lambda kind: tmp_path / "notes.txt"
    choose_own(dialog, CueKind.GO)
    assert reported == ["This file is not a sound the app can play."]
    assert dialog.sound_combos[CueKind.GO].currentText() == "Built-in sound"
    assert dialog.values()[keys.SOUNDS[CueKind.GO]] == BUILTIN_SOUND


def test_cancelling_the_file_choice_keeps_the_sound(qtbot: QtBot, settings: Settings) -> None:
    settings.set(keys.SOUNDS[CueKind.HALFWAY], "/sounds/bell.wav")
    dialog = open_dialog(qtbot, settings)
    dialog.choose_file = lambda kind: None
    choose_own(dialog, CueKind.HALFWAY)
    assert dialog.values()[keys.SOUNDS[CueKind.HALFWAY]] == "/sounds/bell.wav"
    assert dialog.sound_combos[CueKind.HALFWAY].currentText() == "Own: bell.wav"


def test_preview_plays_the_choice_in_the_form(qtbot: QtBot, settings: Settings) -> None:
    preview = FakePreview()
    dialog = open_dialog(qtbot, settings, AudioServices(preview=preview))
    dialog.volume.setValue(30)
    qtbot.mouseClick(dialog.preview_buttons[CueKind.SWITCH_SIDES], Qt.MouseButton.LeftButton)
    assert preview.calls == [(CueKind.SWITCH_SIDES, BUILTIN_SOUND, 0.3)]
    preview.problem = "No sound output was found."
    dialog.preview_buttons[CueKind.GO].click()
    assert dialog.status.text() == "No sound output was found."


def test_without_audio_services_preview_is_disabled(qtbot: QtBot, settings: Settings) -> None:
    dialog = open_dialog(qtbot, settings)
    assert not any(b.isEnabled() for b in dialog.preview_buttons.values())
    assert not dialog.voice_test.isEnabled()


# -- voice ----------------------------------------------------------------------------------


def test_voice_choice_rate_and_test(qtbot: QtBot, settings: Settings) -> None:
    voices = FakeVoices()
    settings.set(keys.VOICE_NAME, "Carol")  # chosen earlier, not offered by the engine now
    dialog = open_dialog(qtbot, settings, AudioServices(voices=voices))
    items = [dialog.voice_name.itemText(i) for i in range(dialog.voice_name.count())]
    assert items == ["System default", "Alice", "Bob", "Carol (not available)"]
    assert dialog.voice_name.currentData() == "Carol"  # kept, not silently dropped
    dialog.voice_name.setCurrentIndex(dialog.voice_name.findData("Bob"))
    dialog.voice_rate.setValue(50)
    assert dialog.voice_rate_value.text() == "Faster"
    dialog.voice_test.click()
    assert voices.said == [("Next: Deep lunge stretch, left side", "Bob", 0.5, 0.8)]
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert settings.get(keys.VOICE_NAME) == "Bob"
    assert settings.get(keys.VOICE_RATE) == 0.5


# -- applied without a restart ----------------------------------------------------------------


def test_timing_changes_reach_the_next_start(
    qtbot: QtBot, window: MainWindow, settings: Settings, scheduler: FakeScheduler
) -> None:
    window.controller.timeline_options = settings.timeline_options  # as the app wires it
    dialog = open_dialog(qtbot, settings)
    dialog.lead_in.setValue(2)
    dialog.countdown.setValue(0)
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    window.controller.toggle()  # Start
    session = window.driver.session
    assert session is not None
    assert session.timeline.lead_in == 2
    assert not [c for c in session.timeline.cues if c.kind is CueKind.COUNTDOWN]


def test_a_working_voice_shows_no_problem(qtbot: QtBot, settings: Settings) -> None:
    dialog = open_dialog(qtbot, settings, AudioServices(voices=FakeVoices()))
    dialog.show()
    assert not dialog.voice_problem.isVisible()


def test_without_a_voice_the_page_says_why_and_what_to_install(
    qtbot: QtBot, settings: Settings
) -> None:
    problem = "No speech engine could be started.\nsudo apt install speech-dispatcher-espeak-ng"
    dialog = open_dialog(qtbot, settings, AudioServices(voices=FakeVoices(problem)))
    dialog.show()
    dialog.tabs.setCurrentIndex(dialog.tabs.indexOf(dialog.voice_problem.parentWidget()))
    assert dialog.voice_problem.isVisible()
    assert dialog.voice_problem.text() == problem
    assert dialog.voice_problem.textFormat() == Qt.TextFormat.PlainText


def test_an_own_sound_path_tooltip_is_plain_text(qtbot: QtBot, settings: Settings) -> None:
    """Issue 15, point 8: a path with tags in it is shown as it is, not rendered as HTML."""
    path = "/sounds/<b>loud</b> & <i>clear</i>.wav"
    settings.set(keys.SOUNDS[CueKind.GO], path)
    dialog = open_dialog(qtbot, settings)
    combo = dialog.sound_combos[CueKind.GO]
    tooltip = combo.itemData(1, Qt.ItemDataRole.ToolTipRole)
    document = QTextDocument()
    document.setHtml(tooltip)
    assert document.toPlainText() == path
