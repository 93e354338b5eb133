"""The breath cue track: the pacer's boundaries turned into sounds on the monotonic clock."""

import pytest

from mat_companion.core.breath_cues import CueChoices, PacerCueTrack
from mat_companion.core.breathing import session_pacer
from mat_companion.core.clock import FakeClock

FOUR_SEVEN_EIGHT = {"preset": "4-7-8", "inhale": 4, "hold_in": 7, "exhale": 8, "cycle_limit": 4}


def test_the_cue_track_follows_478_into_the_gentle_pattern_block_by_block() -> None:
    """Asked every 10 ms as the audio thread does, across the switch at 76 s: each cue once."""
    clock = FakeClock(1000.0)
    choices = CueChoices(tones=True, hold_tick=True)
    track = PacerCueTrack(session_pacer(FOUR_SEVEN_EIGHT), choices, anchor=clock.now())
    heard = []
    while clock.now() < 1000.0 + 106.5:
        heard += track.cues_between(clock.now(), clock.now() + 0.01)
        clock.advance(0.01)
    limited = [
        (at + 19.0 * n, sound)
        for n in range(4)
        for at, sound in ((0.0, "breath_in"), (4.0, "hold_tick"), (11.0, "breath_out"))
    ]
    gentle = [(76.0, "breath_in"), (80.0, "breath_out"), (86.0, "breath_in")]
    gentle += [(90.0, "breath_out"), (96.0, "breath_in"), (100.0, "breath_out")]
    gentle += [(106.0, "breath_in")]
    assert [(pytest.approx(at - 1000.0), sound) for at, sound, _ in heard] == limited + gentle
