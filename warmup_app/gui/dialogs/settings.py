"""The settings dialog: sounds, voice, timing and look, applied without a restart.

The form edits a copy; OK or Apply checks every value and stores them together through
:class:`Settings`, whose ``changed`` signal carries them to the rest of the app. "Restore
defaults" fills the form with the defaults, to be applied or cancelled like any other edit.

Sound preview, importing a sound file and the voice list come from the audio layer through the
small protocols below, so the dialog works (with those buttons disabled) without them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from warmup_app.config import settings as keys
from warmup_app.config.settings import (
    BUILTIN_SOUND,
    SPEAK_ENGLISH,
    SPEAK_NOTHING,
    FigureMode,
    Key,
    Settings,
    Theme,
)
from warmup_app.core.cues import SOUNDED_KINDS, CueKind
from warmup_app.core.limits import MAX_PAUSE_SECONDS
from warmup_app.core.speech import MAX_BOOST_PERCENT, MAX_CADENCE_SPM, MIN_CADENCE_SPM
from warmup_app.gui.common.text import cue_name, plain_label, plain_tooltip
from warmup_app.gui.dialogs.calibration import CalibrationDialog, ClickService
from warmup_app.i18n.languages import (
    LANGUAGE_NAMES,
    LANGUAGES,
    SYSTEM,
    chosen_language,
    match_language,
)
from warmup_app.i18n.translators import system_languages

CHOOSE_FILE = "\0choose"  # combo item data for "Choose a file…"; never a stored value
RATE_STEPS = 100  # the rate slider runs -100..100 for the -1.0..1.0 of QTextToSpeech


class SoundPreview(Protocol):
    """Plays one cue sound now. Returns a message for the runner when it cannot."""

    def preview(self, kind: CueKind, source: str, volume: float) -> str | None: ...


class SoundImporter(Protocol):
    """Turns a file the runner chose into one the player can use (converted, normalised)."""

    def file_filter(self) -> str: ...

    def import_sound(self, kind: CueKind, path: Path) -> Path:
        """The stored copy's path; ``ValueError`` with a message for the runner if unusable."""
        ...


class VoiceCatalogue(Protocol):
    def voice_names(self) -> list[str]: ...

    def problem(self) -> str:
        """Why there is no voice and what to install; "" when the voice works."""
        ...

    def preview(self, text: str, voice: str, rate: float, volume: float) -> str | None: ...


@dataclass(frozen=True)
class AudioServices:
    preview: SoundPreview | None = None
    importer: SoundImporter | None = None
    voices: VoiceCatalogue | None = None
    calibration: ClickService | None = None


class SettingsDialog(QDialog):
    """Use :meth:`edit` for the one-call form; tests drive an instance directly."""

    #: The form's values were stored (OK or Apply).
    applied = Signal()

    def __init__(
        self,
        settings: Settings,
        services: AudioServices | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.services = services or AudioServices()
        #: Shows a problem to the runner; replaced in tests (no modal boxes there).
        self.report = self._report
        #: The tap-to-calibrate dialog while it is open.
        self.calibration: CalibrationDialog | None = None
        #: Asks for a sound file; replaced in tests.
        self.choose_file = self._choose_file

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_sounds(), self.tr("&Sounds"))
        self.tabs.addTab(self._build_voice(), self.tr("&Voice"))
        self.tabs.addTab(self._build_timing(), self.tr("&Timing"))
        self.tabs.addTab(self._build_look(), self.tr("&Look"))
        self.status = plain_label(wrap=True)
        self.status.setObjectName("settingsStatus")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(self._on_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.load(self._stored())

    @classmethod
    def edit(
        cls,
        settings: Settings,
        services: AudioServices | None = None,
        parent: QWidget | None = None,
    ) -> bool:
        """Show the dialog; True if the runner pressed OK (the values are stored by then)."""
        dialog = cls(settings, services, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    # -- building -------------------------------------------------------------------------------

    def _build_sounds(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.volume = QSlider(Qt.Orientation.Horizontal, page)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume_value = plain_label()
        self.volume_value.setMinimumWidth(
            self.volume_value.fontMetrics().horizontalAdvance("100 %")
        )
        self.volume_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.volume.valueChanged.connect(self._show_volume)
        volume_label = QLabel(self.tr("Vol&ume:"), page)
        volume_label.setBuddy(self.volume)
        grid.addWidget(volume_label, 0, 0)
        grid.addWidget(self.volume, 0, 1)
        grid.addWidget(self.volume_value, 0, 2)
        grid.setRowMinimumHeight(1, 6)

        self.sound_combos: dict[CueKind, QComboBox] = {}
        self.preview_buttons: dict[CueKind, QPushButton] = {}
        for row_index, kind in enumerate(SOUNDED_KINDS, start=2):
            name = self.kind_name(kind)
            label = plain_label(name + ":")
            combo = QComboBox(page)
            combo.setAccessibleName(self.tr("Sound for {0}").format(name))
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.activated.connect(self._on_sound_activated)
            label.setBuddy(combo)
            preview = QPushButton(self.tr("▶ Preview"), page)
            preview.setAccessibleName(self.tr("Preview the {0} sound").format(name))
            preview.setToolTip(self.tr("Play this sound now"))
            preview.clicked.connect(self._on_preview)
            preview.setEnabled(self.services.preview is not None)
            grid.addWidget(label, row_index, 0)
            grid.addWidget(combo, row_index, 1)
            grid.addWidget(preview, row_index, 2)
            self.sound_combos[kind] = combo
            self.preview_buttons[kind] = preview
        latency_row = len(SOUNDED_KINDS) + 2
        self.latency = QSpinBox(page)
        self.latency.setRange(0, keys.MAX_LATENCY_MS)
        self.latency.setSingleStep(10)
        self.latency.setSuffix(self.tr(" ms"))
        self.latency.setAccessibleName(self.tr("Play sounds early by"))
        self.latency.setToolTip(
            self.tr(
                "Bluetooth headphones play sound late, often by 100 to 300 ms. "
                "Every cue sound is played this much earlier to make up for it."
            )
        )
        latency_label = QLabel(self.tr("Play sounds &early by:"), page)
        latency_label.setBuddy(self.latency)
        self.calibrate = QPushButton(self.tr("C&alibrate…"), page)
        self.calibrate.setAccessibleName(self.tr("Calibrate the sound delay by tapping"))
        self.calibrate.setToolTip(
            self.tr("Tap along to a few clicks and the app suggests how early to play sounds.")
        )
        self.calibrate.clicked.connect(self._on_calibrate)
        self.calibrate.setEnabled(self.services.calibration is not None)
        latency_row_layout = QHBoxLayout()
        latency_row_layout.addWidget(self.latency)
        latency_row_layout.addWidget(self.calibrate)
        latency_row_layout.addStretch(1)
        grid.setRowMinimumHeight(latency_row, 6)
        grid.addWidget(latency_label, latency_row + 1, 0)
        grid.addLayout(latency_row_layout, latency_row + 1, 1, 1, 2)
        hint = plain_label(
            self.tr("Each cue has its own sound, so you know what happened without looking."),
            wrap=True,
        )
        hint.setObjectName("hint")
        layout = QVBoxLayout(page)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addStretch(1)
        return page

    def _build_voice(self) -> QWidget:
        page = QWidget()
        self.voice_enabled = QCheckBox(self.tr("&Say each step's name and what comes next"), page)
        self.voice_name = QComboBox(page)
        self.voice_name.setAccessibleName(self.tr("Voice"))
        self.voice_rate = QSlider(Qt.Orientation.Horizontal, page)
        self.voice_rate.setRange(-RATE_STEPS, RATE_STEPS)
        self.voice_rate.setPageStep(25)
        self.voice_rate.setAccessibleName(self.tr("Speaking rate"))
        self.voice_rate_value = plain_label()
        self.voice_rate_value.setMinimumWidth(
            self.voice_rate_value.fontMetrics().horizontalAdvance(self.tr("Much faster"))
        )
        self.voice_rate.valueChanged.connect(self._show_rate)
        self.voice_test = QPushButton(self.tr("&Test voice"), page)
        self.voice_test.setAccessibleName(self.tr("Test the voice"))
        self.voice_test.clicked.connect(self._on_test_voice)
        self.voice_test.setEnabled(self.services.voices is not None)
        self.voice_enabled.toggled.connect(self._on_voice_toggled)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.voice_rate, 1)
        rate_row.addWidget(self.voice_rate_value)
        form = QFormLayout()
        form.addRow(self.voice_enabled)
        form.addRow(self.tr("V&oice:"), self.voice_name)
        form.addRow(self.tr("Speaking &rate:"), rate_row)
        self._buddy(form, self.voice_rate)
        test_row = QHBoxLayout()
        test_row.addWidget(self.voice_test)
        test_row.addStretch(1)
        form.addRow("", test_row)
        # Why there is no voice and what to install: selectable, so the command can be copied.
        self.voice_problem = plain_label(wrap=True)
        self.voice_problem.setObjectName("voiceProblem")
        self.voice_problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.voice_problem.setVisible(False)
        form.addRow(self.voice_problem)
        self.voice_otherwise = QComboBox(page)
        self.voice_otherwise.addItem(self.tr("Speak English"), SPEAK_ENGLISH)
        self.voice_otherwise.addItem(self.tr("No announcements"), SPEAK_NOTHING)
        self.voice_otherwise.setAccessibleName(self.tr("Without a voice for your language"))
        form.addRow(self.tr("Without a voice for your &language:"), self.voice_otherwise)
        hint = self.tr(
            "The voice never talks over a countdown. Without a speech engine the "
            "app shows the next step on screen only."
        )
        return _page_with_hint(page, form, hint)

    def _build_timing(self) -> QWidget:
        page = QWidget()
        self.lead_in = QSpinBox(page)
        self.lead_in.setRange(-1, MAX_PAUSE_SECONDS)
        self.lead_in.setSpecialValueText(self.tr("As set in the routine"))
        self.lead_in.setSuffix(self.tr(" s"))
        self.lead_in.setAccessibleName(self.tr("Get-ready time before the first step"))
        self.lead_in.setToolTip(
            self.tr("The lowest value keeps each routine's own get-ready time.")
        )
        self.countdown = QSpinBox(page)
        self.countdown.setRange(0, keys.MAX_COUNTDOWN_SECONDS)
        self.countdown.setSuffix(self.tr(" s"))
        self.countdown.setSpecialValueText(self.tr("No countdown"))
        self.countdown.setAccessibleName(self.tr("Countdown beeps before each step"))
        self.cadence = QSpinBox(page)
        self.cadence.setRange(MIN_CADENCE_SPM, MAX_CADENCE_SPM)
        self.cadence.setSuffix(self.tr(" steps/min"))
        self.cadence.setAccessibleName(self.tr("Your usual running cadence"))
        self.boost = QSpinBox(page)
        self.boost.setRange(0, int(MAX_BOOST_PERCENT))
        self.boost.setSuffix(" %")
        self.boost.setAccessibleName(self.tr("Metronome above your cadence"))
        self.clicks = plain_label()
        self.clicks.setObjectName("clicks")
        self.cadence.valueChanged.connect(self._show_clicks)
        self.boost.valueChanged.connect(self._show_clicks)
        form = QFormLayout()
        form.addRow(self.tr("&Get-ready time:"), self.lead_in)
        form.addRow(self.tr("&Countdown before each step:"), self.countdown)
        form.addRow(self.tr("Your usual &cadence:"), self.cadence)
        form.addRow(self.tr("&Metronome above it:"), self.boost)
        form.addRow("", self.clicks)
        hint = self.tr(
            "Raise your cadence a little at a time (5 to 10 %). Timing changes apply "
            "from the next start."
        )
        return _page_with_hint(page, form, hint)

    def _build_look(self) -> QWidget:
        page = QWidget()
        self.theme = QComboBox(page)
        for theme, text in (
            (Theme.SYSTEM, self.tr("Follow the system")),
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
        ):
            self.theme.addItem(text, theme.value)
        self.theme.setAccessibleName(self.tr("Theme"))
        self.start_fullscreen = QCheckBox(self.tr("Start in &full screen"), page)
        self.figures = QComboBox(page)
        for mode, text in (
            (FigureMode.MOVING, self.tr("Moving")),
            (FigureMode.STILL, self.tr("Still (no motion)")),
            (FigureMode.OFF, self.tr("Off (cue lines only)")),
        ):
            self.figures.addItem(text, mode.value)
        self.figures.setAccessibleName(self.tr("Exercise figures"))
        form = QFormLayout()
        form.addRow(self.tr("T&heme:"), self.theme)
        form.addRow(self.tr("&Exercise figures:"), self.figures)
        form.addRow(self.start_fullscreen)
        self.language = QComboBox(page)
        system = chosen_language(SYSTEM, system_languages())
        self.language.addItem(
            self.tr("System language ({0})").format(LANGUAGE_NAMES[system]), SYSTEM
        )
        for language in LANGUAGES:
            self.language.addItem(language.native_name, language.code)
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("&Language:"), self.language)
        # A new language applies at the next start (every view is built in one language).
        self.restart_note = plain_label(
            self.tr("Restart Warm-up Timer to see the new language."), page, wrap=True
        )
        self.restart_note.setObjectName("restartNote")
        self.restart_note.setVisible(False)
        self.language.currentIndexChanged.connect(self._show_restart_note)
        form.addRow(self.restart_note)
        hint = self.tr(
            "Text follows your system's font size, and a high-contrast system setting "
            "gives the timer high-contrast colours."
        )
        return _page_with_hint(page, form, hint)

    @Slot()
    def _show_restart_note(self) -> None:
        """The note shows while the chosen language differs from the one running now."""
        running = match_language([QLocale().name()])  # install_translators set the default
        wanted = chosen_language(self.language.currentData() or SYSTEM, system_languages())
        self.restart_note.setVisible(wanted != running)

    @staticmethod
    def _buddy(form: QFormLayout, field: QWidget) -> None:
        """A row whose field is a layout gets no buddy by itself; point its label at ``field``."""
        item = form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            label.setBuddy(field)

    def kind_name(self, kind: CueKind) -> str:
        return cue_name(kind)

    # -- values ---------------------------------------------------------------------------------

    def _stored(self) -> dict[Key[Any], Any]:
        return {key: self.settings.get(key) for key in keys.ALL_KEYS if key.preference}

    def load(self, values: Mapping[Key[Any], Any]) -> None:
        """Fill the form from ``values`` (stored settings or the defaults)."""
        self.volume.setValue(values[keys.VOLUME])
        self.latency.setValue(values[keys.SOUND_LATENCY_MS])
        self._show_volume(self.volume.value())
        for kind, combo in self.sound_combos.items():
            self._fill_sound_combo(combo, values[keys.SOUNDS[kind]])
        self.voice_enabled.setChecked(values[keys.VOICE_ENABLED])
        self._fill_voices(values[keys.VOICE_NAME])
        self.voice_rate.setValue(round(values[keys.VOICE_RATE] * RATE_STEPS))
        self._show_rate(self.voice_rate.value())
        self._on_voice_toggled(self.voice_enabled.isChecked())
        lead_in = values[keys.LEAD_IN]
        self.lead_in.setValue(-1 if lead_in is None else lead_in)
        self.countdown.setValue(values[keys.COUNTDOWN])
        self.cadence.setValue(values[keys.CADENCE])
        self.boost.setValue(round(values[keys.CADENCE_BOOST]))
        self._show_clicks()
        self.theme.setCurrentIndex(max(0, self.theme.findData(values[keys.THEME].value)))
        self.start_fullscreen.setChecked(values[keys.START_FULLSCREEN])
        self.figures.setCurrentIndex(max(0, self.figures.findData(values[keys.FIGURES].value)))
        self.language.setCurrentIndex(max(0, self.language.findData(values[keys.LANGUAGE])))
        self.voice_otherwise.setCurrentIndex(
            max(0, self.voice_otherwise.findData(values[keys.VOICE_OTHERWISE]))
        )
        self._show_restart_note()

    def values(self) -> dict[Key[Any], Any]:
        """What the form says now, as typed values (checked when stored)."""
        result: dict[Key[Any], Any] = {
            keys.VOLUME: self.volume.value(),
            keys.SOUND_LATENCY_MS: self.latency.value(),
            keys.VOICE_ENABLED: self.voice_enabled.isChecked(),
            keys.VOICE_NAME: self.voice_name.currentData() or "",
            keys.VOICE_RATE: self.voice_rate.value() / RATE_STEPS,
            keys.LEAD_IN: None if self.lead_in.value() < 0 else self.lead_in.value(),
            keys.COUNTDOWN: self.countdown.value(),
            keys.CADENCE: self.cadence.value(),
            keys.CADENCE_BOOST: float(self.boost.value()),
            keys.THEME: Theme(self.theme.currentData()),
            keys.START_FULLSCREEN: self.start_fullscreen.isChecked(),
            keys.FIGURES: FigureMode(self.figures.currentData()),
            keys.LANGUAGE: self.language.currentData(),
            keys.VOICE_OTHERWISE: self.voice_otherwise.currentData(),
        }
        for kind, combo in self.sound_combos.items():
            result[keys.SOUNDS[kind]] = self._source(combo)
        return result

    def apply(self) -> bool:
        """Store the form; False (and a message) if a value was refused."""
        try:
            self.settings.update(self.values())
        except ValueError as exc:
            self.report(self.tr("This setting could not be saved: {0}").format(str(exc)))
            return False
        self.applied.emit()
        return True

    @Slot()
    def restore_defaults(self) -> None:
        self.load({key: key.default for key in keys.ALL_KEYS if key.preference})
        self.status.setText(
            self.tr("Defaults restored in the form; press OK or Apply to keep them.")
        )

    def accept(self) -> None:
        if self.apply():
            super().accept()

    @Slot(QAbstractButton)
    def _on_button(self, button: QAbstractButton) -> None:
        role = self.buttons.standardButton(button)
        if role is QDialogButtonBox.StandardButton.Apply:
            self.apply()
        elif role is QDialogButtonBox.StandardButton.RestoreDefaults:
            self.restore_defaults()

    # -- sounds ---------------------------------------------------------------------------------

    def _fill_sound_combo(self, combo: QComboBox, source: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Built-in sound"), BUILTIN_SOUND)
        if source != BUILTIN_SOUND:
            combo.addItem(self.tr("Own: {0}").format(Path(source).name), source)
            combo.setItemData(1, plain_tooltip(source), Qt.ItemDataRole.ToolTipRole)
        combo.addItem(self.tr("Choose a file…"), CHOOSE_FILE)
        combo.setCurrentIndex(0 if source == BUILTIN_SOUND else 1)
        combo.setProperty("lastSource", source)
        combo.blockSignals(False)

    @staticmethod
    def _source(combo: QComboBox) -> str:
        data = combo.currentData()
        return str(data) if data and data != CHOOSE_FILE else str(combo.property("lastSource"))

    def _kind_of(self, widget: object) -> CueKind | None:
        for kind, combo in self.sound_combos.items():
            if combo is widget:
                return kind
        for kind, button in self.preview_buttons.items():
            if button is widget:
                return kind
        return None

    @Slot(int)
    def _on_sound_activated(self, _index: int) -> None:
        combo = self.sender()
        kind = self._kind_of(combo)
        if kind is None or not isinstance(combo, QComboBox):
            return
        if combo.currentData() != CHOOSE_FILE:
            combo.setProperty("lastSource", combo.currentData())
            return
        chosen = self.choose_file(kind)
        source = str(combo.property("lastSource"))
        if chosen is not None:
            try:
                stored = (
                    self.services.importer.import_sound(kind, chosen)
                    if self.services.importer is not None
                    else chosen
                )
            except ValueError as exc:
                self.report(str(exc))
            else:
                source = str(stored)
        self._fill_sound_combo(combo, source)

    def _choose_file(self, kind: CueKind) -> Path | None:
        file_filter = (
            self.services.importer.file_filter()
            if self.services.importer is not None
            else self.tr("WAV sounds (*.wav)")
        )
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a sound for {0}").format(self.kind_name(kind)),
            "",
            file_filter,
        )
        return Path(name) if name else None

    @Slot()
    def _on_preview(self) -> None:
        kind = self._kind_of(self.sender())
        if kind is None or self.services.preview is None:
            return
        source = self._source(self.sound_combos[kind])
        problem = self.services.preview.preview(kind, source, self.volume.value() / 100)
        self.status.setText(problem or "")

    @Slot()
    def _on_calibrate(self) -> None:
        """Open the tap-to-calibrate dialog; its suggestion fills the form, never the setting."""
        if self.services.calibration is None or self.calibration is not None:
            return
        dialog = CalibrationDialog(self.services.calibration, self.volume.value() / 100, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._use_calibration)
        dialog.finished.connect(self._calibration_closed)
        self.calibration = dialog
        dialog.open()

    @Slot()
    def _use_calibration(self) -> None:
        if self.calibration is None or self.calibration.suggested_ms is None:
            return
        self.latency.setValue(self.calibration.suggested_ms)
        self.status.setText(
            self.tr("The suggested delay is in the form; press OK or Apply to keep it.")
        )

    @Slot(int)
    def _calibration_closed(self, _result: int) -> None:
        self.calibration = None
        self.calibrate.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(int)
    def _show_volume(self, value: int) -> None:
        self.volume_value.setText(f"{value} %")

    # -- voice ----------------------------------------------------------------------------------

    def _fill_voices(self, current: str) -> None:
        self.voice_name.clear()
        self.voice_name.addItem(self.tr("System default"), "")
        names = self.services.voices.voice_names() if self.services.voices is not None else []
        problem = self.services.voices.problem() if self.services.voices is not None else ""
        self.voice_problem.setText(problem)
        self.voice_problem.setVisible(bool(problem))
        for name in names:
            self.voice_name.addItem(name, name)
        if current and current not in names:  # keep a choice the engine does not offer now
            self.voice_name.addItem(self.tr("{0} (not available)").format(current), current)
        self.voice_name.setCurrentIndex(max(0, self.voice_name.findData(current)))

    @Slot(int)
    def _show_rate(self, value: int) -> None:
        if value <= -60:
            text = self.tr("Much slower")
        elif value < -10:
            text = self.tr("Slower")
        elif value <= 10:
            text = self.tr("Normal")
        elif value < 60:
            text = self.tr("Faster")
        else:
            text = self.tr("Much faster")
        self.voice_rate_value.setText(text)

    @Slot(bool)
    def _on_voice_toggled(self, on: bool) -> None:
        for widget in (self.voice_name, self.voice_rate):
            widget.setEnabled(on)
        self.voice_test.setEnabled(on and self.services.voices is not None)

    @Slot()
    def _on_test_voice(self) -> None:
        if self.services.voices is None:
            return
        problem = self.services.voices.preview(
            self.tr("Next: Deep lunge stretch, left side"),
            self.voice_name.currentData() or "",
            self.voice_rate.value() / RATE_STEPS,
            self.volume.value() / 100,
        )
        self.status.setText(problem or "")

    # -- timing ---------------------------------------------------------------------------------

    @Slot()
    def _show_clicks(self) -> None:
        clicks = self.cadence.value() * (1 + self.boost.value() / 100)
        self.clicks.setText(self.tr("The metronome clicks {0:.0f} times a minute.").format(clicks))

    # -- messages -------------------------------------------------------------------------------

    def _report(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Settings"), message, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()


def _page_with_hint(page: QWidget, form: QFormLayout, hint: str) -> QWidget:
    """A settings page: its form, then a short hint in the muted style, then space."""
    note = plain_label(hint, wrap=True)
    note.setObjectName("hint")
    layout = QVBoxLayout(page)
    layout.addLayout(form)
    layout.addWidget(note)
    layout.addStretch(1)
    return page
