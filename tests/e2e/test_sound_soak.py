"""Two whole sessions in a row in one real app process, with sound, captured from the sink.

The first runs five minutes on the mat with a fast pattern (over 300 cues), hold ticks,
rain, surf and one of the user's own files (a 4.5 kHz tone, 44.1 kHz stereo, so it is
resampled and mixed down), sound off two seconds before the end, and a wake-up bell left
ringing twice. The second runs one minute after the whole countdown. What came out of the
null sink is checked against what the pacer meant, to the end.
"""

import json
import subprocess
import sys
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from mat_companion.audio.stream import AHEAD_SECONDS
from mat_companion.core.breath_cues import CueChoices
from mat_companion.core.breathing import BreathPattern
from tests.audio.sound_server import record, start_server, stop, stop_server
from tests.conftest import CHECKOUT
from tests.e2e.sound_checks import (
    FOUND_SIMILARITY,
    TEMPLATE_SECONDS,
    CaptureClock,
    FoundCue,
    bed_level,
    expected_cues,
    find_cues,
    level,
    silent_gaps,
    tone_to_neighbours_db,
)

SOAK_MINUTES = 5
PATTERN = BreathPattern(inhale=1.0, hold_in=0.5, exhale=1.0, hold_out=0.5)
CHOICES = CueChoices(tone_volume=0.5, hold_tick=True, tick_volume=0.5)
USER_TONE_HZ = 4500.0
#: The pacer on screen and the sound heard agree within this for 99 cues in 100, the sink's
#: latency included. Measured raw: the capture's own fragments (10 ms) make every cue look
#: up to 10 ms later. A busy machine may put a rare cue further off, never this far.
AGREEMENT_SECONDS = 0.020
OUTLIER_SECONDS = 0.050
#: A busy machine's sound server can fall behind with the stream still fed (its own buffer
#: for the stream is a few milliseconds): everything already written then comes out that
#: much later, until the app sees the move in the server's timing reports (about a second
#: and a half apart) and follows it. The app reports each move; the cues written before it
#: saw one are judged apart, and there may be only a few of them.
MOVE_SEEN_WITHIN = 2.5
MOST_CAUGHT_IN_MOVES = 0.15
#: A machine that stops for a moment (a virtual machine whose host is busy) stops the sound
#: server too; waking, it finds nothing to play for that moment (Qt's stream keeps it only
#: 16 ms ahead) and plays silence: a gap in the capture under the steady bed. The cue whose
#: attack was cut is judged apart, and there may be only a few gaps, each short.
MOST_GAPS = 3
LONGEST_GAP_SECONDS = 0.25

pytestmark = pytest.mark.slow


@dataclass
class Soak:
    events: list[dict[str, object]]
    samples: np.ndarray
    clock: CaptureClock
    log: str

    def one(self, kind: str, session: int | None = None) -> dict[str, object]:
        (event,) = [
            e
            for e in self.events
            if e["event"] == kind and (session is None or e.get("session") == session)
        ]
        return event

    def at(self, kind: str, session: int | None = None) -> float:
        return float(self.one(kind, session)["at"])  # type: ignore[arg-type]

    def anchor(self, session: int) -> float:
        return float(self.one("mat_start", session)["anchor"])  # type: ignore[arg-type]

    def gaps(self, minutes: int = SOAK_MINUTES) -> list[tuple[float, float]]:
        """Where the sink played silence under the steady bed of either session: (moment, s)."""
        first, second = self.anchor(1), self.anchor(2)
        steady = ((first + 3, first + minutes * 60 - 35), (second + 3, second + 25))
        return [gap for span in steady for gap in silent_gaps(self.samples, self.clock, *span)]

    @property
    def moves(self) -> list[float]:
        """When the app saw the sound system's playback move (monotonic)."""
        return [float(at) for at, _ in self.one("done")["playback_moves"]]  # type: ignore[attr-defined]


def user_tone(path: Path) -> None:
    rate = 44_100
    t = np.arange(rate * 3) / rate
    tone = 0.2 * np.sin(2 * np.pi * USER_TONE_HZ * t)
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(2)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes((np.repeat(tone, 2) * 32767).astype("<i2").tobytes())


@pytest.fixture(scope="module")
def soak(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Soak]:
    env = start_server(tmp_path_factory.mktemp("pulse-runtime"))
    folder = tmp_path_factory.mktemp("soak")
    user_tone(folder / "mine.wav")
    capture = record(env)
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.e2e.soak_child",
                str(folder / "data"),
                str(folder / "mine.wav"),
                str(SOAK_MINUTES),
            ],
            env={**env, "QT_QPA_PLATFORM": "offscreen"},
            cwd=CHECKOUT,
            capture_output=True,
            text=True,
            timeout=SOAK_MINUTES * 60 + 240,
        )
    finally:
        samples = stop(capture)
        stop_server(env)
    assert result.returncode == 0, result.stderr[-3000:]
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    chunks = [(at, len(chunk) // 2) for at, chunk in capture.chunks]
    log = (folder / "data" / "logs" / "mat-companion.log").read_text()
    yield Soak(events, samples, CaptureClock(chunks), log)


def check_cues(found: list[FoundCue], moves: list[float], gaps: list[tuple[float, float]]) -> None:
    caught = [
        c
        for c in found
        if any(m - MOVE_SEEN_WITHIN <= c.at <= m + AHEAD_SECONDS for m in moves)
        or any(at - TEMPLATE_SECONDS <= c.at <= at + length for at, length in gaps)
    ]
    assert len(caught) <= MOST_CAUGHT_IN_MOVES * len(found), f"{len(moves)} moves: {caught}"
    found = [c for c in found if c not in caught]
    missing = [c for c in found if c.similarity < FOUND_SIMILARITY]
    assert not missing, f"{len(missing)} of {len(found)} cues not heard, first at {missing[0]}"
    errors = np.abs([c.error for c in found])
    assert np.percentile(errors, 99) <= AGREEMENT_SECONDS, f"{np.percentile(errors, 99):.3f} s"
    worst = found[int(np.argmax(errors))]
    assert errors.max() <= OUTLIER_SECONDS, f"a cue {worst.error * 1000:.1f} ms off: {worst}"


def test_both_sessions_ran_and_were_saved_with_a_main_loop_that_never_stalled(soak: Soak) -> None:
    done = soak.one("done")
    assert done["saved"] == 2
    assert done["underruns"] == 0, "the stream never ran dry"
    assert done["longest_gap"] < 1.0, f"the main loop stood still {done['longest_gap']:.2f} s"
    assert done["watchdog_stalls"] == 0 and "main loop has not run" not in soak.log
    assert soak.one("exit")["status"] == 0
    assert "Invalid socket" not in soak.log and "Traceback" not in soak.log


def test_the_sound_never_broke_off_but_for_a_few_moments_of_a_stopped_machine(
    soak: Soak,
) -> None:
    gaps = soak.gaps()
    assert len(gaps) <= MOST_GAPS, f"{len(gaps)} gaps (moment, seconds): {gaps}"
    assert all(length <= LONGEST_GAP_SECONDS for _, length in gaps), gaps


def test_every_cue_of_five_minutes_comes_on_the_pacers_moment(soak: Soak) -> None:
    anchor = soak.anchor(1)
    # "I'm on the mat" moves the pacer to now: its first inhale is as late as the buffer.
    cues = expected_cues(PATTERN, CHOICES, anchor, anchor + 0.2, soak.at("mute"))
    assert len(cues) >= 300
    check_cues(find_cues(soak.samples, soak.clock, cues), soak.moves, soak.gaps())


def test_a_one_minute_session_after_the_countdown_cues_from_its_first_moment(soak: Soak) -> None:
    anchor = soak.anchor(2)
    cues = expected_cues(PATTERN, CHOICES, anchor, anchor - 0.01, anchor + 60)
    assert cues[0][0] == anchor and len(cues) == 80
    check_cues(find_cues(soak.samples, soak.clock, cues), soak.moves, soak.gaps())


def test_the_mix_and_the_users_file_play_throughout_then_fade_at_the_close(soak: Soak) -> None:
    anchor, clock, samples = soak.anchor(1), soak.clock, soak.samples
    end = anchor + SOAK_MINUTES * 60
    steady = [bed_level(samples, clock, t, t + 5) for t in np.arange(anchor + 5, end - 35, 5)]
    assert min(steady) > 0.3 * np.median(steady), "the ambient bed never dropped out"
    assert tone_to_neighbours_db(samples, clock, anchor + 20, anchor + 30, USER_TONE_HZ) > 20
    closing = [bed_level(samples, clock, t, t + 4) for t in np.arange(end - 30, end - 2, 4)]
    assert closing[-1] < 0.25 * np.median(steady), "faded over the last 30 s"
    assert all(b <= a * 1.15 for a, b in zip(closing, closing[1:], strict=False)), closing


def test_sound_off_leaves_the_wake_bell_ringing_out_and_ringing_again(soak: Soak) -> None:
    clock, samples = soak.clock, soak.samples
    muted, end = soak.at("mute"), soak.anchor(1) + SOAK_MINUTES * 60
    assert soak.one("mute")["muted"] is True
    quiet = level(samples, clock, muted + 1.0, end)
    first = level(samples, clock, end, end + 1.0)
    assert first > 10 * quiet, "the bell is heard with sound off"
    beat = 1 / (220 * 0.004)  # the bowl's lowest pair beats this slowly: average over it
    starts = np.arange(0, 28, beat / 2)
    envelope = np.array([level(samples, clock, end + t, end + t + beat) for t in starts])
    silent = int(np.argmax(envelope < first * 0.01))
    assert starts[silent] > 10, f"quiet after {starts[silent]:.1f} s: it used to be cut at 8 s"
    assert envelope[silent - 1] < first * 0.04, "faded into silence, never a sudden stop"
    assert envelope[-1] < first * 0.01, "rung out before the next ring"
    again = level(samples, clock, end + 30, end + 31)
    assert again > 10 * quiet, "unanswered, it rings again after 30 s"
    answered, next_start = soak.at("acknowledged", 1), soak.at("session", 2)
    assert next_start - answered > 1.3
    after = level(samples, clock, answered + 1.05, next_start)
    assert after < first * 0.001, "answered, it fades out within a second"
