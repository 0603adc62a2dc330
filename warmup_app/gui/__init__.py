"""The widgets: the main window and one package per tab (``run``, ``routines``, ``selfcheck``,
``history``), the dialogs, and ``common`` helpers they all share.

A feature package never imports another one: they talk through the run controller or through
signals that ``app.py`` connects.
"""
