"""Stand-ins for the desktop's D-Bus services, run as a separate process on a private bus.

    python tests/desktop/desktop_services.py BUS_ADDRESS LOG_FILE

Registers ``org.freedesktop.ScreenSaver`` and ``org.freedesktop.Notifications`` with the same
signatures as the real ones (GNOME, KDE) and appends one JSON line per call to LOG_FILE (no
caller name: PySide's QDBusContext crashes the service when asked for it). Writes
``{"call": "ready"}`` once both names are owned.
Only PySide6 is imported, so it starts in a fraction of a second.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection


class CallLog:
    def __init__(self, path: Path) -> None:
        self.path = path

    def write(self, call: str, **fields: object) -> None:
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps({"call": call, **fields}) + "\n")
            handle.flush()


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    def __init__(self, log: CallLog) -> None:
        super().__init__()
        self.log = log
        self.next_cookie = 1000

    @Slot(str, str, result="uint")
    def Inhibit(self, app_name: str, reason: str) -> int:
        self.next_cookie += 1
        self.log.write("Inhibit", app=app_name, reason=reason, cookie=self.next_cookie)
        return self.next_cookie

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:
        self.log.write("UnInhibit", cookie=cookie)


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Notifications(QObject):
    def __init__(self, log: CallLog) -> None:
        super().__init__()
        self.log = log

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(
        self,
        app_name: str,
        replaces_id: int,
        app_icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, object],
        expire_timeout: int,
    ) -> int:
        self.log.write(
            "Notify",
            app=app_name,
            replaces_id=replaces_id,
            icon=app_icon,
            summary=summary,
            body=body,
            actions=actions,
            hints={k: str(v) for k, v in hints.items()},
            timeout=expire_timeout,
        )
        return 1


def main(address: str, log_path: str) -> int:
    app = QCoreApplication([])
    log = CallLog(Path(log_path))
    bus = QDBusConnection.connectToBus(address, "desktop-services")
    if not bus.isConnected():
        print(f"cannot connect to {address}", file=sys.stderr)
        return 1
    export = QDBusConnection.RegisterOption.ExportAllSlots
    saver, notifications = ScreenSaver(log), Notifications(log)
    ok = (
        bus.registerObject("/org/freedesktop/ScreenSaver", saver, export)
        and bus.registerService("org.freedesktop.ScreenSaver")
        and bus.registerObject("/org/freedesktop/Notifications", notifications, export)
        and bus.registerService("org.freedesktop.Notifications")
    )
    if not ok:
        print("cannot register the services", file=sys.stderr)
        return 1
    log.write("ready", pid=QCoreApplication.applicationPid())
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
