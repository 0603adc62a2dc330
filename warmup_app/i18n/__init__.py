"""Languages: which ones ship, which one to show, and Qt's translators for it."""
