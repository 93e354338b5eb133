"""A stand-in notification portal on a private bus, printing each notification."""

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Notification"})
class Portal(QObject):
    @Slot(str, "QVariantMap")
    def AddNotification(self, identifier: str, notification: dict) -> None:  # noqa: N802
        print(
            f"notify|{identifier}|{notification.get('title')}|{notification.get('body')}",
            flush=True,
        )


def main() -> None:
    app = QCoreApplication([])
    bus = QDBusConnection.sessionBus()
    portal = Portal()
    bus.registerObject(
        "/org/freedesktop/portal/desktop", portal, QDBusConnection.RegisterOption.ExportAllSlots
    )
    assert bus.registerService("org.freedesktop.portal.Desktop")
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
