"""The command line: the ``warmup-app`` entry point and its window-less sub-commands.

``main`` stays small so the window path imports only what the window needs; the sub-commands
(``commands``, ``selfcheck``) import neither Qt nor the window.
"""
