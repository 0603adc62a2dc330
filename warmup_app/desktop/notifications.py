"""A desktop notification when a routine finishes.

Through the tray icon when one is shown (Windows, macOS, KDE; Qt forwards it to the platform's
notification system). Without a tray, as on a stock GNOME desktop, it goes straight to
``org.freedesktop.Notifications`` on the session bus. ``Notify`` takes an unsigned
``replaces_id`` that PySide cannot put into a plain QDBusMessage, so the call goes through an
introspected QDBusInterface, which converts it; it blocks for at most ``CALL_TIMEOUT_MS``, once,
when the warm-up is over.

The text never includes routine names: notification servers may read the body as markup, and
text from files is never shown as markup.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface
from PySide6.QtWidgets import QSystemTrayIcon

from warmup_app import APP_ID, APP_NAME, paths
from warmup_app.core.durations import format_clock
from warmup_app.gui.common.icons import app_icon
from warmup_app.runner.driver import SessionDriver

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
CALL_TIMEOUT_MS = 2000
SHOW_MS = 10_000  # how long the tray balloon stays (desktop servers choose their own)


class FinishNotifier(QObject):
    """Notifies when the driver reports ``finished``; nothing else."""

    #: A notification went out (``"tray"`` or ``"dbus"``), for the log and for tests.
    sent = Signal(str)

    def __init__(
        self,
        driver: SessionDriver,
        tray_icon: Callable[[], QSystemTrayIcon | None] = lambda: None,
        connection: Callable[[], QDBusConnection] = QDBusConnection.sessionBus,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._driver = driver
        self._tray_icon = tray_icon
        self._connection = connection
        self._interface: QDBusInterface | None = None
        driver.finished.connect(self._on_finished)

    def message(self, seconds: float | None) -> tuple[str, str]:
        title = self.tr("Warm-up complete")
        if seconds:
            body = self.tr("{0} of warm-up done. Have a good run!").format(format_clock(seconds))
        else:
            body = self.tr("Have a good run!")
        return title, body

    @Slot()
    def _on_finished(self) -> None:
        session = self._driver.session
        self.notify_finished(session.timeline.total_seconds if session else None)

    def notify_finished(self, seconds: float | None = None) -> None:
        title, body = self.message(seconds)
        tray = self._tray_icon()
        if tray is not None and tray.isVisible() and QSystemTrayIcon.supportsMessages():
            tray.showMessage(title, body, app_icon(), SHOW_MS)
            self.sent.emit("tray")
            return
        if self._notify_over_dbus(title, body):
            self.sent.emit("dbus")

    def _notify_over_dbus(self, title: str, body: str) -> bool:
        bus = self._connection()
        if not bus.isConnected():
            log.info("no notification: no D-Bus session bus")
            return False
        if self._interface is None:
            self._interface = QDBusInterface(SERVICE, OBJECT_PATH, INTERFACE, bus, self)
            self._interface.setTimeout(CALL_TIMEOUT_MS)
        interface = self._interface
        if (
            interface.metaObject().indexOfMethod(
                "Notify(QString,uint,QString,QString,QString,QStringList,QVariantMap,int)"
            )
            < 0
        ):
            log.info("no notification service: %s", interface.lastError().message())
            self._interface = None
            interface.deleteLater()
            return False
        icon = QUrl.fromLocalFile(str(paths.assets_dir() / "icons" / f"{APP_ID}-128.png"))
        QMetaObject.invokeMethod(
            interface,
            "Notify",
            Qt.ConnectionType.DirectConnection,
            Q_RETURN_ARG("uint"),
            Q_ARG(str, APP_NAME),
            Q_ARG("uint", 0),  # replaces_id: a new notification
            Q_ARG(str, icon.toString()),
            Q_ARG(str, title),
            Q_ARG(str, body),
            Q_ARG("QStringList", []),
            Q_ARG("QVariantMap", {"desktop-entry": APP_ID}),
            Q_ARG(int, -1),  # the server's default display time
        )
        error = interface.lastError()
        if error.isValid():
            log.warning("notification failed: %s", error.message())
            return False
        return True
