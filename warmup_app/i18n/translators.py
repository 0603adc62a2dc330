"""Qt's translators for the interface language: the app's own and Qt's (standard buttons).

Installed once, before any window is built; a new language applies at the next start (the
settings page says so), which keeps every view free of "retranslate" code paths.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from warmup_app import paths
from warmup_app.i18n.languages import SOURCE_LANGUAGE, chosen_language

log = logging.getLogger(__name__)

APP_CATALOGUE = "warmup"
#: Qt's own catalogues the app shows text from (dialog buttons, audio device errors).
QT_CATALOGUES = ("qtbase", "qtmultimedia")


@dataclass
class Installed:
    """What :func:`install_translators` chose and loaded (for the log and the settings page)."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # catalogues not found, for the log


#: The translators installed now, so a second install (a test's second app) replaces them.
_INSTALLED: list[QTranslator] = []


def remove_translators(app: QCoreApplication) -> None:
    while _INSTALLED:
        translator = _INSTALLED.pop()
        app.removeTranslator(translator)
        translator.deleteLater()


def system_languages() -> list[str]:
    """The system's preferred languages, best first (follows ``LANGUAGE`` on Linux)."""
    return [str(name) for name in QLocale.system().uiLanguages()]


def install_translators(app: QCoreApplication, setting: str) -> Installed:
    """Choose the language from ``setting`` ("" = the system's) and install its translators.

    Also makes it the default ``QLocale``, so numbers and dates follow the same language. A
    missing catalogue is logged and that part stays in English: never an error at start-up.
    """
    language = chosen_language(setting, system_languages())
    installed = Installed(language)
    remove_translators(app)
    QLocale.setDefault(QLocale(language))
    catalogues = [(APP_CATALOGUE, str(paths.translations_dir()))]
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != SOURCE_LANGUAGE:
        catalogues += [(name, qt_dir) for name in QT_CATALOGUES]
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            installed.translators.append(translator)
            _INSTALLED.append(translator)
        else:
            translator.deleteLater()
            installed.missing.append(f"{name}_{language}")
    if installed.missing:
        log.warning("translations not found for %s: %s", language, ", ".join(installed.missing))
    return installed
