"""Test-wide isolation: offscreen Qt, user folders in a temp dir, no real settings touched."""

from __future__ import annotations

import os

# Must be set before any Qt import: there is no display on CI.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# The interface language follows the system's; tests that want another one say so.
os.environ["LANGUAGE"] = "en"

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

from warmup_app import paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

# CI shares two cores with Qt and audio work: judge properties by their results, not their speed.
settings.register_profile("warmup", deadline=None, print_blob=True)
settings.load_profile("warmup")

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def qapp(qapp: QApplication) -> QApplication:
    """pytest-qt's application with the app's English catalogue installed, as the app does at
    start-up (it holds the English plural forms: "1 step", "2 steps")."""
    from tools import i18n
    from warmup_app.i18n.languages import CODES
    from warmup_app.i18n.translators import install_translators

    i18n.release(CODES)  # the .qm files as the .ts files say now (make test does it too)
    install_translators(qapp, "en")
    return qapp


@pytest.fixture(autouse=True)
def app_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own user folders; the real ones are never read or written."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WARMUP_APP_HOME", str(home))
    paths.override_home(home)
    yield home
    paths.override_home(None)


@pytest.fixture(autouse=True)
def mock_speech_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt's mock speech engine for every test (and the app processes they start).

    The real engine needs a running sound server: without one, speech-dispatcher wedges and
    the next client waits for it. Only the real-voice test (tests/e2e) unsets this.
    """
    monkeypatch.setenv("WARMUP_APP_SPEECH_ENGINE", "mock")
