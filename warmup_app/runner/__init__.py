"""Running a routine in the Qt event loop.

``RunController`` owns the routine that is loaded and the ``SessionDriver`` that runs it; every
view and service (display, audio, history, tray) follows its signals and asks it to act. No
widgets here.
"""
