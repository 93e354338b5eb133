"""Stand-ins for the operating system's services, for tests of the windows that use them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mat_companion.desktop.keep_awake import NullKeepAwake
from mat_companion.desktop.services import DesktopServices


class RecordingNotifier:
    """Keeps what it was asked to show, and shows it (returns True)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, str]] = []

    def notify(
        self,
        window: QWidget,
        title: str,
        body: str,
        *,
        kind: str = "session-end",
        priority: str = "high",
    ) -> bool:
        """Record the notification."""
        self.sent.append((kind, title, body))
        return True


def quiet_desktop(notifier: RecordingNotifier | None = None) -> DesktopServices:
    """Services that touch nothing of the system: nothing held awake, notifications recorded."""
    return DesktopServices(NullKeepAwake, notifier or RecordingNotifier())
