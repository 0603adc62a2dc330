"""Helpers every GUI package may use: plain-text labels, theme and palette, icons, and the
first-paint hook. Nothing feature-specific."""
