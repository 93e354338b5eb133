"""A stand-in settings portal with the desktop's appearance: its colour scheme and contrast.

Run by the system's Python: Qt asks ReadAll for a{sa{sv}}, which dbus-python (Debian's
python3-dbus, python3-gi) answers as is. Arguments: the scheme (0 none, 1 dark, 2 light)
and the contrast (0 normal, 1 high), as org.freedesktop.appearance gives them.
"""

import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

APPEARANCE = "org.freedesktop.appearance"
SETTINGS = "org.freedesktop.portal.Settings"


class Settings(dbus.service.Object):
    def __init__(self, bus: dbus.Bus, scheme: int, contrast: int) -> None:
        super().__init__(bus, "/org/freedesktop/portal/desktop")
        self.appearance = {
            "color-scheme": dbus.UInt32(scheme, variant_level=1),
            "contrast": dbus.UInt32(contrast, variant_level=1),
        }

    @dbus.service.method(SETTINGS, in_signature="as", out_signature="a{sa{sv}}")
    def ReadAll(self, namespaces: list[str]) -> dict[str, dict[str, object]]:  # noqa: N802
        return {APPEARANCE: self.appearance}

    @dbus.service.method(SETTINGS, in_signature="ss", out_signature="v")
    def ReadOne(self, namespace: str, key: str) -> object:  # noqa: N802
        return self.appearance[key]


def main() -> None:
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    name = dbus.service.BusName("org.freedesktop.portal.Desktop", bus)
    portal = Settings(bus, int(sys.argv[1]), int(sys.argv[2]))
    print("ready", flush=True)
    GLib.MainLoop().run()
    del name, portal


if __name__ == "__main__":
    main()
