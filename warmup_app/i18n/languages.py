"""The languages the app ships and how the interface language is chosen. No Qt.

The setting holds a language code, or "" for the system's choice: the first of the system's
preferred languages (``QLocale.uiLanguages()``, which follows ``LANGUAGE`` and ``LANG`` on Linux)
that the app ships, English when none is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

SYSTEM = ""  # the setting's value for "the system's language"
SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class Language:
    code: str  # a Qt locale name: "de", "pt_BR"
    native_name: str  # how its speakers name it, for the language picker

    @property
    def base(self) -> str:
        """The language without its region ("pt" for "pt_BR")."""
        return self.code.split("_")[0]


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English"),
    Language("de", "Deutsch"),
    Language("fr", "Français"),
    Language("es", "Español"),
    Language("it", "Italiano"),
    Language("nl", "Nederlands"),
    Language("pl", "Polski"),
    Language("pt_BR", "Português (Brasil)"),
)
CODES: tuple[str, ...] = tuple(language.code for language in LANGUAGES)
LANGUAGE_NAMES: dict[str, str] = {language.code: language.native_name for language in LANGUAGES}


def _normalized(name: str) -> str:
    """``pt-BR``, ``pt_BR.UTF-8`` and ``pt_br`` all as ``pt_BR``."""
    name = name.split(".")[0].split("@")[0].replace("-", "_")
    base, _, region = name.partition("_")
    return f"{base.lower()}_{region.upper()}" if region else base.lower()


def match_language(preferred: Iterable[str]) -> str:
    """The first shipped language in ``preferred`` (the system's list, best first).

    An exact match wins ("pt_BR"); otherwise the language alone counts ("de_AT" is "de", and
    "pt_PT" gets the Brazilian translation rather than English). English when nothing matches.
    """
    for name in preferred:
        code = _normalized(name)
        if code in CODES:
            return code
        base = code.split("_")[0]
        for language in LANGUAGES:
            if language.base == base:
                return language.code
    return SOURCE_LANGUAGE


def chosen_language(setting: str, system_preferred: Iterable[str]) -> str:
    """The interface language: the setting when it names a shipped one, else the system's."""
    if setting in CODES:
        return setting
    return match_language(system_preferred)
