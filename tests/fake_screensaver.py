"""A stand-in org.freedesktop.ScreenSaver on a private bus, printing what it is asked."""

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.cookie = 41

    @Slot(str, str, result="uint")
    def Inhibit(self, application: str, reason: str) -> int:  # noqa: N802 (D-Bus name)
        self.cookie += 1
        print(f"inhibit|{application}|{reason}|{self.cookie}", flush=True)
        return self.cookie


class Watcher(QObject):
    @Slot(str, str, str)
    def name_owner_changed(self, name: str, old: str, new: str) -> None:
        if old and not new:
            print(f"gone|{name}", flush=True)


def main() -> None:
    app = QCoreApplication([])
    bus = QDBusConnection.sessionBus()
    service, watcher = ScreenSaver(), Watcher()
    bus.registerObject(
        "/org/freedesktop/ScreenSaver", service, QDBusConnection.RegisterOption.ExportAllSlots
    )
    bus.connect(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus",
        "NameOwnerChanged",
        watcher,
        "1name_owner_changed(QString,QString,QString)",
    )
    assert bus.registerService("org.freedesktop.ScreenSaver")
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
