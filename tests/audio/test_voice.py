"""Voice with Qt's mock speech engine (it keeps time but makes no sound)."""

from __future__ import annotations

import socket
import time

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech

from warmup_app.audio import voice as voice_module
from warmup_app.audio.voice import AUTO, ENGINE_ENV, MOCK_ENGINE, Voice

SIGNAL_TIMEOUT_MS = 5000
SENTENCE = "Next: Deep lunge stretch, left side"


@pytest.fixture
def voice(qtbot) -> Voice:
    return Voice(engine=MOCK_ENGINE)


def test_the_mock_engine_is_never_offered() -> None:
    assert MOCK_ENGINE in QTextToSpeech.availableEngines()
    assert MOCK_ENGINE not in Voice.available_engines()


def test_mock_engine_is_available(voice: Voice) -> None:
    assert voice.engine() == MOCK_ENGINE
    assert voice.is_available()
    assert voice.unavailable_reason() == ""
    assert voice.will_speak()


def test_say_speaks_and_finishes(qtbot, voice: Voice) -> None:
    with qtbot.waitSignal(voice.speaking_changed, timeout=SIGNAL_TIMEOUT_MS) as started:
        voice.say(SENTENCE)
    assert started.args == [True]
    with qtbot.waitSignal(voice.speaking_changed, timeout=SIGNAL_TIMEOUT_MS) as ended:
        pass
    assert ended.args == [False]


def test_stop_cuts_speech_short(qtbot, voice: Voice) -> None:
    with qtbot.waitSignal(voice.speaking_changed, timeout=SIGNAL_TIMEOUT_MS):
        voice.say("one two three four five six seven eight nine ten eleven twelve")
    with qtbot.waitSignal(voice.speaking_changed, timeout=SIGNAL_TIMEOUT_MS) as ended:
        voice.stop()
    assert ended.args == [False]


@pytest.mark.parametrize("switch", ["disabled", "muted"])
def test_say_is_silent_when_switched_off(qtbot, voice: Voice, switch: str) -> None:
    if switch == "disabled":
        voice.set_enabled(False)
    else:
        voice.set_muted(True)
    assert not voice.will_speak()
    with qtbot.assertNotEmitted(voice.speaking_changed, wait=300):
        voice.say(SENTENCE)


def test_switching_off_mid_sentence_stops_it(qtbot, voice: Voice) -> None:
    with qtbot.waitSignal(voice.speaking_changed, timeout=SIGNAL_TIMEOUT_MS):
        voice.say("one two three four five six seven eight nine ten eleven twelve")
    with qtbot.waitSignal(voice.speaking_changed, timeout=SIGNAL_TIMEOUT_MS) as ended:
        voice.set_enabled(False)
    assert ended.args == [False]


def test_blank_text_says_nothing(qtbot, voice: Voice) -> None:
    with qtbot.assertNotEmitted(voice.speaking_changed, wait=300):
        voice.say("   ")


def test_voice_choice(voice: Voice) -> None:
    assert voice.voice_names() == ["Bob", "Anne"]
    assert voice.set_voice("Anne")
    assert voice.voice_name() == "Anne"
    assert not voice.set_voice("Nobody")
    assert voice.voice_name() == "Anne"


@pytest.mark.parametrize(("asked", "kept"), [(0.5, 0.5), (-2.0, -1.0), (3.0, 1.0)])
def test_rate_is_kept_in_range_and_applied(voice: Voice, asked: float, kept: float) -> None:
    voice.set_rate(asked)
    assert voice.rate() == kept
    assert voice._tts is not None
    assert voice._tts.rate() == pytest.approx(kept)


def test_slower_speech_is_estimated_longer(voice: Voice) -> None:
    normal = voice.estimate_seconds(SENTENCE)
    voice.set_rate(-1.0)
    slow = voice.estimate_seconds(SENTENCE)
    voice.set_rate(1.0)
    fast = voice.estimate_seconds(SENTENCE)
    assert fast < normal < slow


def test_no_engine_is_reported_once(qtbot) -> None:
    voice = Voice(engine=None)
    with qtbot.waitSignal(voice.unavailable, timeout=SIGNAL_TIMEOUT_MS) as reported:
        pass
    assert "off" in reported.args[0]
    assert not voice.is_available()
    assert voice.engine() is None
    assert voice.voice_names() == []
    assert not voice.set_voice("Bob")
    with qtbot.assertNotEmitted(voice.speaking_changed, wait=100):
        voice.say(SENTENCE)


def test_an_engine_that_is_not_installed(qtbot) -> None:
    """Qt logs a critical message for an unknown engine; Voice never asks it for one."""
    voice = Voice(engine="no-such-engine")
    with qtbot.waitSignal(voice.unavailable, timeout=SIGNAL_TIMEOUT_MS) as reported:
        pass
    assert "no-such-engine" in reported.args[0]
    assert voice.unavailable_reason() == reported.args[0]


def test_auto_with_no_engine_installed(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voice_module.Voice, "available_engines", staticmethod(list))
    voice = Voice(engine=AUTO)
    with qtbot.waitSignal(voice.unavailable, timeout=SIGNAL_TIMEOUT_MS) as reported:
        pass
    assert "installed" in reported.args[0]


def test_auto_picks_the_first_engine_that_starts(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        voice_module.Voice, "available_engines", staticmethod(lambda: ["missing", MOCK_ENGINE])
    )
    voice = Voice(engine=AUTO)
    assert voice.engine() == MOCK_ENGINE
    with qtbot.assertNotEmitted(voice.unavailable, wait=50):
        pass


def test_settings_survive_an_engine_change(voice: Voice) -> None:
    voice.set_rate(0.3)
    voice.set_volume(0.4)
    voice.set_engine(None)
    voice.set_engine(MOCK_ENGINE)
    assert voice._tts is not None
    assert voice._tts.rate() == pytest.approx(0.3)
    assert voice._tts.volume() == pytest.approx(0.4)


def test_the_engine_follows_the_environment(monkeypatch) -> None:
    monkeypatch.setenv(ENGINE_ENV, "none")
    assert Voice().engine() is None
    monkeypatch.setenv(ENGINE_ENV, MOCK_ENGINE)
    assert Voice().engine() == MOCK_ENGINE


@pytest.mark.skipif(
    "speechd" not in QTextToSpeech.availableEngines(), reason="Qt's speechd engine is not installed"
)
def test_a_wedged_speech_dispatcher_leaves_the_voice_off_instead_of_freezing(
    tmp_path, monkeypatch
) -> None:
    path = tmp_path / "speechd.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(4)  # accepts connections, never answers: a wedged daemon
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{path}")
    try:
        started = time.monotonic()
        voice = Voice(engine="speechd")
        assert time.monotonic() - started < 5.0
        assert not voice.is_available()
        assert "did not answer" in voice.unavailable_reason()
    finally:
        server.close()


class _Voiceless(QTextToSpeech):
    """An engine that starts but has no voice for the language (speechd without a module)."""

    def availableVoices(self) -> list:  # type: ignore[override]
        return []


def test_an_engine_without_a_voice_for_the_language_counts_as_none(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(voice_module, "QTextToSpeech", _Voiceless)
    voice = Voice(engine=MOCK_ENGINE)
    with qtbot.waitSignal(voice.unavailable, timeout=SIGNAL_TIMEOUT_MS) as reported:
        pass
    assert not voice.is_available()
    assert "has no voice for" in reported.args[0]
    assert voice.unavailable_reason() == reported.args[0]
    assert not voice.switched_off()


def test_switched_off_is_told_apart_from_missing(qtbot) -> None:
    assert Voice(engine=None).switched_off()
    assert not Voice(engine="no-such-engine").switched_off()
    assert not Voice(engine=MOCK_ENGINE).switched_off()


def test_the_install_hint_names_the_espeak_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voice_module.sys, "platform", "linux")
    assert "speech-dispatcher-espeak-ng" in Voice.install_hint()
    monkeypatch.setattr(voice_module.sys, "platform", "win32")
    assert Voice.install_hint() == ""


def test_a_non_english_engine_locale_is_turned_to_english(voice: Voice) -> None:
    """The lines are English: under LANG=C or a Finnish desktop the voice must still be."""
    from PySide6.QtCore import QLocale

    assert voice._tts is not None
    voice._tts.setLocale(QLocale("fi_FI"))
    assert voice._tts.locale().language() != QLocale.Language.English
    assert voice_module.speak_language(voice._tts, QLocale.Language.English)
    assert voice._tts.locale().language() == QLocale.Language.English
    assert voice._tts.voice().locale().language() == QLocale.Language.English


def test_an_english_locale_is_kept(voice: Voice) -> None:
    from PySide6.QtCore import QLocale

    assert voice._tts is not None
    voice._tts.setLocale(QLocale("en_US"))
    assert voice_module.speak_language(voice._tts, QLocale.Language.English)
    assert voice._tts.locale().name() == "en_US"


def test_the_voice_speaks_the_interface_language_when_the_engine_has_it(qapp: object) -> None:
    """Qt's mock engine has Finnish voices (and no German ones)."""
    from PySide6.QtCore import QLocale

    voice = Voice(engine=MOCK_ENGINE, language=QLocale.Language.Finnish)
    assert voice.speaks_language()
    assert voice._tts is not None
    assert voice._tts.locale().name() == "fi_FI"
    assert voice.language_problem() == ""
    assert voice.will_speak()


def test_without_a_voice_for_the_language_it_speaks_english_or_nothing(qapp: object) -> None:
    from PySide6.QtCore import QLocale

    from warmup_app.config.settings import SPEAK_NOTHING

    voice = Voice(engine=MOCK_ENGINE, language=QLocale.Language.German)
    assert voice.is_available()
    assert not voice.speaks_language()
    assert voice._tts is not None
    assert voice._tts.locale().language() == QLocale.Language.English
    assert "Deutsch" in voice.language_problem()
    assert voice.will_speak()
    voice.set_otherwise(SPEAK_NOTHING)
    assert not voice.will_speak()


def test_rendering_speech_ahead_is_not_reachable_from_python(voice: Voice) -> None:
    """A canary: the engine can render a line to PCM (Qt's Synthesize capability), but PySide6
    leaves ``QTextToSpeech::synthesize`` (a C++ template taking a callback) out of its
    bindings, so the voice is spoken live beside the cue stream (README, "voice"). When this
    fails, the binding has arrived and lines can be rendered ahead into the mixer (issue 13)."""
    assert voice._tts is not None
    assert QTextToSpeech.Capability.Synthesize in voice._tts.engineCapabilities()
    assert not hasattr(QTextToSpeech, "synthesize"), "PySide6 now exposes synthesize"
