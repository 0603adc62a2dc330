"""Linux (and other freedesktop systems): org.freedesktop.ScreenSaver Inhibit/UnInhibit over D-Bus.

GNOME, KDE, Xfce, Cinnamon and others implement this interface on the session bus. Without it
(a bare window manager, no session bus) the app logs that once and runs on.

``Inhibit(s, s) -> u`` is sent asynchronously, so starting a routine never waits for the bus.
``UnInhibit(u)`` needs an unsigned 32-bit argument, which PySide cannot put into a plain
QDBusMessage (a Python int always goes out as a signed ``i`` and the service rejects it). Qt's
introspected QDBusInterface converts it properly, so release goes through one; that call blocks
for at most ``CALL_TIMEOUT_MS``, and its interface is only built after the service has answered
an Inhibit, so it is known to be alive.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusInterface,
    QDBusMessage,
    QDBusPendingCallWatcher,
)

from warmup_app import APP_NAME

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
OBJECT_PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
CALL_TIMEOUT_MS = 1000


class ScreenSaverInhibitor(QObject):
    """Holds at most one ScreenSaver cookie; a release before the reply arrives is honoured."""

    #: The screen saver granted (True) or we gave back (False) an inhibition.
    held_changed = Signal(bool)

    def __init__(
        self,
        connection: QDBusConnection | None = None,
        app_name: str = APP_NAME,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = connection if connection is not None else QDBusConnection.sessionBus()
        self._app_name = app_name
        self._wanted = False
        self._cookie: int | None = None
        self._pending: QDBusPendingCallWatcher | None = None
        self._interface: QDBusInterface | None = None
        self._reported_failure = False

    @property
    def cookie(self) -> int | None:
        return self._cookie

    def inhibit(self, reason: str) -> None:
        self._wanted = True
        if self._cookie is not None or self._pending is not None:
            return
        if not self._bus.isConnected():
            self._report_failure("no D-Bus session bus")
            return
        message = QDBusMessage.createMethodCall(SERVICE, OBJECT_PATH, INTERFACE, "Inhibit")
        message.setArguments([self._app_name, reason])
        call = self._bus.asyncCall(message, CALL_TIMEOUT_MS)
        self._pending = QDBusPendingCallWatcher(call, self)
        self._pending.finished.connect(self._on_inhibit_reply)

    def release(self) -> None:
        self._wanted = False
        if self._cookie is not None:
            self._uninhibit()

    def shutdown(self) -> None:
        self._wanted = False
        pending = self._pending
        if pending is not None:
            pending.waitForFinished()  # bounded by CALL_TIMEOUT_MS; takes the cookie if granted
            if self._pending is pending:  # the finished signal has not been delivered yet
                self._on_inhibit_reply(pending)
        self.release()

    @Slot(QDBusPendingCallWatcher)
    def _on_inhibit_reply(self, watcher: QDBusPendingCallWatcher) -> None:
        if watcher is not self._pending:
            return
        self._pending = None
        reply = watcher.reply()
        watcher.deleteLater()
        if reply.type() is not QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            self._report_failure(reply.errorMessage() or reply.errorName())
            return
        self._cookie = int(reply.arguments()[0])
        log.info("screen saver inhibited (cookie %d)", self._cookie)
        self.held_changed.emit(True)
        if not self._wanted:  # paused or stopped while the request was on its way
            self._uninhibit()

    def _uninhibit(self) -> None:
        cookie, self._cookie = self._cookie, None
        assert cookie is not None
        interface = self._screen_saver()
        if interface.metaObject().indexOfMethod("UnInhibit(uint)") < 0:
            # Introspection failed (the service went away): the bus drops our inhibition
            # when we disconnect anyway. Try a fresh interface next time.
            log.warning("screen saver UnInhibit(%d): %s", cookie, interface.lastError().message())
            self._interface = None
            interface.deleteLater()
            self.held_changed.emit(False)
            return
        QMetaObject.invokeMethod(
            interface, "UnInhibit", Qt.ConnectionType.DirectConnection, Q_ARG("uint", cookie)
        )
        error = interface.lastError()
        if error.isValid():
            log.warning("screen saver UnInhibit(%d) failed: %s", cookie, error.message())
        else:
            log.info("screen saver released (cookie %d)", cookie)
        self.held_changed.emit(False)

    def _screen_saver(self) -> QDBusInterface:
        if self._interface is None:
            self._interface = QDBusInterface(SERVICE, OBJECT_PATH, INTERFACE, self._bus, self)
            self._interface.setTimeout(CALL_TIMEOUT_MS)
        return self._interface

    def _report_failure(self, why: str) -> None:
        if not self._reported_failure:
            self._reported_failure = True
            log.info("cannot keep the screen awake (%s); it may blank during a routine", why)
