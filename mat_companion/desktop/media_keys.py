"""The keyboard's play/pause key pauses and resumes the session, where the system passes it on.

On Linux the desktop hands media keys to the MPRIS player in front (``desktop/mpris.py``);
Qt reaches no such service on Windows or macOS, so there the keys do nothing (the null
one). A session follows its controller's pause and end through ``MediaKeysFollower``.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Protocol

from PySide6.QtCore import QObject, SignalInstance, Slot


class Playback(Enum):
    """What the media controls show (MPRIS's PlaybackStatus)."""

    PLAYING = "Playing"
    PAUSED = "Paused"
    STOPPED = "Stopped"


class MediaKeys(Protocol):
    """The system's media controls, for one app."""

    def listen(self, play_pause: Callable[[], None]) -> None:
        """Call ``play_pause`` when the play, pause or play/pause key is pressed."""
        ...

    def show(self, playback: Playback) -> None:
        """Tell the system whether a session runs, is paused or there is none."""
        ...


class NullMediaKeys:
    """Where the app reaches no media controls: the keys do nothing."""

    def listen(self, play_pause: Callable[[], None]) -> None:
        """Nothing will call it."""

    def show(self, playback: Playback) -> None:
        """Nothing to tell."""


class Pausable(Protocol):
    """What of a running session the media keys need (the session's controller)."""

    @property
    def paused_changed(self) -> SignalInstance:
        """Emitted with whether the session is paused now."""
        ...

    @property
    def finished(self) -> SignalInstance:
        """Emitted when the session ends."""
        ...

    def toggle_pause(self) -> None:
        """Pause, or resume."""
        ...


class MediaKeysFollower(QObject):
    """Keeps the media controls on the session that runs: its state shown, its pause pressed."""

    def __init__(self, keys: MediaKeys, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys = keys
        self._followed: Pausable | None = None
        self._shown = Playback.STOPPED
        keys.listen(self._on_keys_play_pause)

    @Slot(object)
    def follow(self, controller: Pausable | None) -> None:
        """A session started (or was put away, with None)."""
        if self._followed is not None:
            self._followed.paused_changed.disconnect(self._on_controller_paused_changed)
            self._followed.finished.disconnect(self._on_controller_finished)
        self._followed = controller
        if controller is None:
            self._show(Playback.STOPPED)
            return
        controller.paused_changed.connect(self._on_controller_paused_changed)
        controller.finished.connect(self._on_controller_finished)
        self._show(Playback.PLAYING)

    def _show(self, playback: Playback) -> None:
        self._shown = playback
        self._keys.show(playback)

    @Slot(bool)
    def _on_controller_paused_changed(self, paused: bool) -> None:
        self._show(Playback.PAUSED if paused else Playback.PLAYING)

    @Slot(bool)
    def _on_controller_finished(self, _completed: bool) -> None:
        self._show(Playback.STOPPED)

    def _on_keys_play_pause(self) -> None:
        if self._followed is not None and self._shown is not Playback.STOPPED:
            self._followed.toggle_pause()
