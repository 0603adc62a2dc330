"""How the app behaves as a citizen of the desktop: keep the screen awake while running, one
instance at a time, a tray icon and a finish notification. Each piece follows the run
controller's signals; ``app.py`` connects them."""
