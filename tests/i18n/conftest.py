"""Qt fixtures (fake clock and scheduler, driver, main window) shared by the Qt test folders."""

from tests.qt_fixtures import *  # noqa: F403
