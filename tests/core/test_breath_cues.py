"""The breath cue track: the pacer's boundaries turned into sounds on the monotonic clock."""

import pytest

from mat_companion.core.breath_cues import CueChoices, CueStep, PacerCueTrack, SessionCueRule
from mat_companion.core.breathing import session_pacer
from mat_companion.core.clock import FakeClock
from mat_companion.core.session_phases import Phase

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


GET_READY, SETTLE_IN, CLOSING, FINISHED = (
    Phase.GET_READY,
    Phase.SETTLE_IN,
    Phase.CLOSING,
    Phase.FINISHED,
)


@pytest.mark.parametrize(
    ("changes", "steps"),
    [
        # the countdown runs out: the cues placed at Start are placed again as the mat time begins
        ([(SETTLE_IN, False)], [CueStep.PLACE]),
        # once the mat time has begun, later phases keep the cues as they are
        ([(SETTLE_IN, False), (CLOSING, False)], [CueStep.PLACE, CueStep.KEEP]),
        # a one-minute session may go straight to its closing half
        ([(CLOSING, False)], [CueStep.PLACE]),
        ([(SETTLE_IN, False), (FINISHED, False)], [CueStep.PLACE, CueStep.STOP]),
        # ended during the countdown
        ([(FINISHED, False)], [CueStep.STOP]),
        # paused, then resumed: stopped, then placed from where the pacer is
        ([(SETTLE_IN, False), "pause", "resume"], [CueStep.PLACE, CueStep.STOP, CueStep.PLACE]),
        # "I'm on the mat" during a pause: nothing sounds until the session resumes
        (["pause", (SETTLE_IN, True), "resume"], [CueStep.STOP, CueStep.KEEP, CueStep.PLACE]),
    ],
)
def test_when_the_session_cues_are_placed_and_stopped(
    changes: list[object], steps: list[CueStep]
) -> None:
    rule = SessionCueRule()
    done = []
    for change in changes:
        if change in ("pause", "resume"):
            done.append(rule.paused_changed(change == "pause"))
        else:
            phase, paused = change  # type: ignore[misc]
            done.append(rule.phase_changed(phase, paused=paused))
    assert done == steps
