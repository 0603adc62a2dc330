"""Apply the theme setting: follow the system, or force light or dark; honour high contrast.

Qt 6.8+ can ask the platform for a colour scheme (``QStyleHints.setColorScheme``), which gives
native light and dark on Windows, macOS, GNOME and KDE. Where the platform ignores the request
(some X11 desktops, the offscreen platform of screenshots and tests) a Fusion palette of the
wanted brightness is set instead. The app's own stylesheet (theme.py) then follows whichever
palette is in effect, in its high-contrast variant when the system asks for more contrast.
Fonts are never set here: the system's font and size stay in charge.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from warmup_app.config.settings import THEME, Settings, Theme
from warmup_app.gui.common import accessible_style
from warmup_app.gui.common.accessible_style import FocusRing
from warmup_app.gui.common.theme import is_dark, stylesheet

log = logging.getLogger(__name__)

_SCHEMES = {Theme.LIGHT: Qt.ColorScheme.Light, Theme.DARK: Qt.ColorScheme.Dark}


def fallback_palette(dark: bool) -> QPalette:
    """A complete palette for platforms that cannot switch scheme themselves."""
    role = QPalette.ColorRole
    if dark:
        colours = {
            role.Window: "#202326",
            role.WindowText: "#f2f4f6",
            role.Base: "#17191c",
            role.AlternateBase: "#25292d",
            role.ToolTipBase: "#2b2f33",
            role.ToolTipText: "#f2f4f6",
            role.PlaceholderText: "#a0a9b2",
            role.Text: "#f2f4f6",
            role.Button: "#2d3237",
            role.ButtonText: "#f2f4f6",
            role.BrightText: "#ffffff",
            role.Light: "#454b52",
            role.Midlight: "#383d43",
            role.Mid: "#2a2e33",
            role.Dark: "#121416",
            role.Shadow: "#000000",
            role.Highlight: "#2f6cc8",
            role.HighlightedText: "#ffffff",
            role.Link: "#8ab4ff",
            role.LinkVisited: "#c58af9",
        }
        disabled = "#7d868f"
    else:
        colours = {
            role.Window: "#efefef",
            role.WindowText: "#101418",
            role.Base: "#ffffff",
            role.AlternateBase: "#f4f6f8",
            role.ToolTipBase: "#ffffdc",
            role.ToolTipText: "#101418",
            role.PlaceholderText: "#5f6870",
            role.Text: "#101418",
            role.Button: "#efefef",
            role.ButtonText: "#101418",
            role.BrightText: "#ffffff",
            role.Light: "#ffffff",
            role.Midlight: "#f7f7f7",
            role.Mid: "#b8b8b8",
            role.Dark: "#9f9f9f",
            role.Shadow: "#767676",
            role.Highlight: "#0b57d0",
            role.HighlightedText: "#ffffff",
            role.Link: "#0b57d0",
            role.LinkVisited: "#7a2ec7",
        }
        disabled = "#6b737b"
    palette = QPalette()
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, colour_role, QColor(disabled))
    return palette


def high_contrast_requested() -> bool:
    hints = QGuiApplication.styleHints().accessibility()
    return hints.contrastPreference() is Qt.ContrastPreference.HighContrast


class ThemeController(QObject):
    """Keeps the app's look in line with the setting and with the system's changes."""

    def __init__(
        self, app: QApplication, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._settings = settings
        self._palette_forced = False
        self._applying = False
        # Visible check box edges and a 2 px focus ring (before any palette: see install()).
        self.style = accessible_style.install(app)
        self.focus_ring = FocusRing(app, self)
        settings.changed.connect(self._on_setting_changed)
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._on_system_changed)

    @property
    def dark(self) -> bool:
        return is_dark(self._app.palette())

    @Slot()
    def apply(self) -> None:
        if self._applying:  # changing the scheme re-enters through colorSchemeChanged
            return
        self._applying = True
        try:
            self._apply()
        finally:
            self._applying = False

    def _apply(self) -> None:
        choice = self._settings.get(THEME)
        hints = self._app.styleHints()
        if self._palette_forced:
            self._app.setPalette(QPalette())  # back to the platform's own palette
            self._palette_forced = False
        if choice is Theme.SYSTEM:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(_SCHEMES[choice])
            want_dark = choice is Theme.DARK
            if is_dark(self._app.palette()) != want_dark:
                self._app.setPalette(fallback_palette(want_dark))
                self._palette_forced = True
        high_contrast = high_contrast_requested()
        self.style.high_contrast = high_contrast
        self._app.setStyleSheet(stylesheet(dark=self.dark, high_contrast=high_contrast))
        log.info(
            "theme %s applied (dark=%s, high contrast=%s, fallback palette=%s)",
            choice.value,
            self.dark,
            high_contrast,
            self._palette_forced,
        )

    @Slot(str)
    def _on_setting_changed(self, name: str) -> None:
        if name == THEME.name:
            self.apply()

    @Slot()
    def _on_system_changed(self) -> None:
        # Queued: the platform may deliver the new palette just after it announces the change.
        QTimer.singleShot(0, self.apply)
