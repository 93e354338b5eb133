"""Stand-ins for the operating system's services, for tests of the windows that use them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from mat_companion.desktop.keep_awake import NullKeepAwake
from mat_companion.desktop.media_keys import Playback
from mat_companion.desktop.notify import NotificationKind, NotificationPriority
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
        kind: NotificationKind = NotificationKind.SESSION_END,
        priority: NotificationPriority = NotificationPriority.HIGH,
    ) -> bool:
        """Record the notification."""
        self.sent.append((kind, title, body))
        return True


class RecordingMediaKeys:
    """Media controls that keep what they were shown, and a key to press."""

    def __init__(self) -> None:
        self.shown: list[Playback] = []
        self._play_pause: Callable[[], None] | None = None

    def listen(self, play_pause: Callable[[], None]) -> None:
        """Keep the callback for ``press``."""
        self._play_pause = play_pause

    def show(self, playback: Playback) -> None:
        """Record it."""
        self.shown.append(playback)

    def press(self) -> None:
        """The play/pause key."""
        assert self._play_pause is not None, "nobody listens"
        self._play_pause()


def quiet_desktop(notifier: RecordingNotifier | None = None) -> DesktopServices:
    """Services that touch nothing of the system: nothing held awake, the rest recorded."""
    return DesktopServices(NullKeepAwake, notifier or RecordingNotifier(), RecordingMediaKeys())
