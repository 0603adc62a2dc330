"""The app's look: a high-contrast stage that reads from across a room, in light or dark."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

_STYLE = """
#stage { background: %(stage)s; border-radius: 10px; }
#stage[phase="ready"] { background: %(ready)s; }
#stage[phase="work"] { background: %(work)s; }
#stage[phase="switch"] { background: %(switch)s; }
#stage[phase="transition"] { background: %(transition)s; }
#stage[phase="paused"] { background: %(paused)s; }
#stage[phase="finished"] { background: %(finished)s; }
#stage[flash="true"] { background: %(flash)s; }
#stage QLabel { color: %(text)s; }
#countdown { color: %(countdown)s; }
#stage[phase="paused"] #countdown { color: %(dimmed)s; }
#stage QLabel#side { color: %(side)s; }
#stage QLabel#banner { color: %(accent)s; }
#stage QLabel#phase, #stage QLabel#nextUp { color: %(muted)s; }
#stage QLabel#pausedOverlay {
    background: %(overlay)s; color: %(overlay_text)s; border-radius: 16px; padding: 4px 24px;
}
#controlsStrip { background: %(strip)s; border-radius: 10px; }
QLabel#warning { color: %(warn)s; }
QLabel#broken { color: %(warn)s; }
QProgressBar { min-height: 14px; max-height: 14px; border-radius: 7px; background: %(track)s; }
QProgressBar::chunk { border-radius: 7px; background: %(accent)s; }
"""

LIGHT = {
    "stage": "#f4f6f8",
    "flash": "#fff176",
    "text": "#101418",
    "countdown": "#0b1a2a",
    "side": "#0b57d0",
    "accent": "#07703c",
    "muted": "#3c4650",
    "warn": "#9a5b00",
    "track": "#d6dbe0",
    # One background per phase (gui/run/stage.py names the phases); the text colours above
    # read on every one of them at 4.5:1 or more (tests/gui/run/test_phase_colours.py).
    "ready": "#dbe8fb",
    "work": "#cdf0d6",
    "switch": "#ecdffc",
    "transition": "#fde0bd",
    "paused": "#d9dde1",
    "finished": "#cdeeea",
    "dimmed": "#4d5660",  # paused digits: clearly greyer, still 4.5:1
    "overlay": "#101418",
    "overlay_text": "#ffffff",
    "strip": "#e6e9ec",
}
DARK = {
    "stage": "#15191e",
    "flash": "#4d3f00",
    "text": "#f2f4f6",
    "countdown": "#ffffff",
    "side": "#8ab4ff",
    "accent": "#3ddc84",
    "muted": "#b5bec8",
    "warn": "#ffb84d",
    "track": "#333a42",
    "ready": "#0f2b4d",
    "work": "#0c3b20",
    "switch": "#33204f",
    "transition": "#4a2a08",
    "paused": "#2a2e33",
    "finished": "#0b3937",
    "dimmed": "#a9b2bb",
    "overlay": "#f2f4f6",
    "overlay_text": "#101418",
    "strip": "#262b31",
}


# High contrast (the system asks for it): black on white or white on black, no tints.
HIGH_CONTRAST_LIGHT = {
    "stage": "#ffffff",
    "flash": "#ffff00",
    "text": "#000000",
    "countdown": "#000000",
    "side": "#00007a",
    "accent": "#004d00",
    "muted": "#000000",
    "warn": "#6b0000",
    "track": "#ffffff",
    # High contrast: one background for every phase; the words name them.
    "ready": "#ffffff",
    "work": "#ffffff",
    "switch": "#ffffff",
    "transition": "#ffffff",
    "paused": "#ffffff",
    "finished": "#ffffff",
    "dimmed": "#000000",
    "overlay": "#000000",
    "overlay_text": "#ffffff",
    "strip": "#ffffff",
}
HIGH_CONTRAST_DARK = {
    "stage": "#000000",
    "flash": "#3a3a00",
    "text": "#ffffff",
    "countdown": "#ffffff",
    "side": "#a8d0ff",
    "accent": "#7dff7d",
    "muted": "#ffffff",
    "warn": "#ffd27a",
    "track": "#000000",
    "ready": "#000000",
    "work": "#000000",
    "switch": "#000000",
    "transition": "#000000",
    "paused": "#000000",
    "finished": "#000000",
    "dimmed": "#ffffff",
    "overlay": "#ffffff",
    "overlay_text": "#000000",
    "strip": "#000000",
}
_HIGH_CONTRAST_EXTRA = """
QProgressBar { border: 2px solid %(text)s; }
#stage { border: 2px solid %(text)s; }
"""


#: Edges of check boxes and radio buttons, and the 2 px keyboard focus ring, drawn by
#: :mod:`warmup_app.gui.common.accessible_style`. Each is at least 3:1 against the window and
#: base colours of its palette (WCAG 1.4.11); Fusion's own box edge in dark was about 1.1:1.
CONTROL_EDGES = {
    "light": {"edge": "#6b737b", "focus": "#0b57d0"},
    "dark": {"edge": "#8d97a1", "focus": "#8ab4ff"},
    "high_contrast_light": {"edge": "#000000", "focus": "#000000"},
    "high_contrast_dark": {"edge": "#ffffff", "focus": "#ffff00"},
}


def edge_colours(dark: bool, high_contrast: bool = False) -> dict[str, str]:
    key = ("high_contrast_" if high_contrast else "") + ("dark" if dark else "light")
    return CONTROL_EDGES[key]


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def solid_colour(color: QColor | None) -> QColor | None:
    """``color`` if it is a valid, fully opaque colour (one a widget can paint its background
    with and be marked opaque), else None."""
    if color is None or not color.isValid() or color.alpha() != 255:
        return None
    return QColor(color)


def stylesheet(dark: bool | None = None, high_contrast: bool = False) -> str:
    if dark is None:
        dark = is_dark(QGuiApplication.palette())
    if high_contrast:
        colours = HIGH_CONTRAST_DARK if dark else HIGH_CONTRAST_LIGHT
        return (_STYLE + _HIGH_CONTRAST_EXTRA) % colours
    return _STYLE % (DARK if dark else LIGHT)
