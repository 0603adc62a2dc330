"""Qt's lookups for the texts the core keeps in English (see ``catalogue.py``).

The core takes these as plain functions, so it stays free of Qt and its tests stay English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def speech_translate(context: str, text: str) -> str:
    """What the voice says (templates of core/speech.py) in the interface language."""
    return QCoreApplication.translate(context, text)


def routine_translate(text: str) -> str:
    """A built-in routine's text in the interface language (as written when untranslated)."""
    return QCoreApplication.translate("routine", text)


def figure_translate(text: str) -> str:
    """A figure's title or side phrase ("Deep lunge", "leg forward")."""
    return QCoreApplication.translate("figures", text)
