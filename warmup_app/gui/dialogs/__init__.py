"""Dialogs opened from the menus or at first run: settings, about, the health disclaimer."""
