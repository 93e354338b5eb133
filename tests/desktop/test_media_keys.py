"""The media keys follow the running session: its state shown, the key pausing it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from mat_companion.desktop.media_keys import MediaKeysFollower, NullMediaKeys, Playback
from tests.desktop.fakes import RecordingMediaKeys


class FakeSession(QObject):
    """The session's controller as the media keys see it."""

    paused_changed = Signal(bool)
    finished = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.paused = False

    def toggle_pause(self) -> None:
        self.paused = not self.paused
        self.paused_changed.emit(self.paused)


def test_the_key_pauses_and_resumes_the_session_it_follows(qtbot: QtBot) -> None:
    keys = RecordingMediaKeys()
    follower = MediaKeysFollower(keys)
    keys.press()  # no session: nothing happens
    session = FakeSession()
    follower.follow(session)
    keys.press()
    assert session.paused and keys.shown == [Playback.PLAYING, Playback.PAUSED]
    keys.press()
    assert not session.paused and keys.shown[-1] is Playback.PLAYING


def test_an_ended_session_is_not_paused_and_a_put_away_one_not_followed(qtbot: QtBot) -> None:
    keys = RecordingMediaKeys()
    follower = MediaKeysFollower(keys)
    ended = FakeSession()
    follower.follow(ended)
    ended.finished.emit(True)
    keys.press()
    assert not ended.paused and keys.shown == [Playback.PLAYING, Playback.STOPPED]
    follower.follow(None)
    ended.toggle_pause()  # a session let go of is heard no more
    assert keys.shown[-1] is Playback.STOPPED and len(keys.shown) == 3
    NullMediaKeys().show(Playback.PLAYING)
