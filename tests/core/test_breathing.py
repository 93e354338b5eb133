import json
import math
from collections.abc import Mapping
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mat_companion.core.breathing import (
    DEFAULT_PATTERN_KEY,
    GENTLE_PATTERN,
    BreathPattern,
    BreathPhase,
    Pacer,
    PatternError,
    cycle_limit,
    days_since_first_use,
    handover_text,
    load_presets,
    session_pacer,
)
from mat_companion.core.settings import Settings
from mat_companion.paths import resource

PRESETS, CAUTION = load_presets(resource("presets.json"))
BY_KEY = {preset.key: preset for preset in PRESETS}
IN, TOP, HIN, OUT, HOUT = (
    BreathPhase.INHALE,
    BreathPhase.TOP_UP,
    BreathPhase.HOLD_IN,
    BreathPhase.EXHALE,
    BreathPhase.HOLD_OUT,
)


def test_presets_carry_the_domain_timings() -> None:
    timings = {
        p.key: (
            p.pattern.inhale,
            p.pattern.top_up,
            p.pattern.hold_in,
            p.pattern.exhale,
            p.pattern.hold_out,
        )
        for p in PRESETS
    }
    assert timings == {
        "resonance": (5.5, 0, 0, 5.5, 0),
        "longer_exhale": (4, 0, 0, 6, 0),
        "box": (4, 0, 4, 4, 4),
        "4-7-8": (4, 0, 7, 8, 0),
        "cyclic_sigh": (2, 1, 0, 6, 0),
    }
    assert PRESETS[0].key == "resonance"
    assert CAUTION == "Breathe gently, not deeply. Stop if you feel light-headed or tingly."
    assert BY_KEY["resonance"].pattern.breaths_per_minute == pytest.approx(5.4545, abs=1e-3)
    assert BY_KEY["longer_exhale"].pattern.breaths_per_minute == 6


@pytest.mark.parametrize(
    ("key", "elapsed", "phase", "progress", "left", "breath"),
    [
        ("resonance", 0, IN, 0, 5.5, 0),
        ("resonance", 2.75, IN, 0.5, 2.75, 0),
        ("resonance", 5.5, OUT, 0, 5.5, 0),
        ("resonance", 10.9, OUT, 5.4 / 5.5, 0.1, 0),
        ("resonance", 11, IN, 0, 5.5, 1),
        ("longer_exhale", 3, IN, 0.75, 1, 0),
        ("longer_exhale", 7, OUT, 0.5, 3, 0),
        ("box", 5, HIN, 0.25, 3, 0),
        ("box", 9, OUT, 0.25, 3, 0),
        ("box", 14, HOUT, 0.5, 2, 0),
        ("box", 16, IN, 0, 4, 1),
        ("4-7-8", 10, HIN, 6 / 7, 1, 0),
        ("4-7-8", 15, OUT, 0.5, 4, 0),
        ("4-7-8", 38, IN, 0, 4, 2),
        ("cyclic_sigh", 1, IN, 0.5, 1, 0),
        ("cyclic_sigh", 2.5, TOP, 0.5, 0.5, 0),
        ("cyclic_sigh", 6, OUT, 0.5, 3, 0),
    ],
)
def test_phase_at_for_every_preset(
    key: str, elapsed: float, phase: BreathPhase, progress: float, left: float, breath: int
) -> None:
    state = Pacer(BY_KEY[key].pattern).phase_at(elapsed)
    assert state.phase is phase
    assert state.progress == pytest.approx(progress, abs=1e-9)
    assert state.seconds_left == pytest.approx(left, abs=1e-9)
    assert state.breath == breath


def test_fullness_grows_rests_and_shrinks() -> None:
    pacer = Pacer(BY_KEY["box"].pattern)
    assert [round(pacer.phase_at(t).fullness, 2) for t in (0, 2, 4, 6, 8, 10, 12, 14)] == [
        0,
        0.5,
        1,
        1,
        1,
        0.5,
        0,
        0,
    ]
    sigh = Pacer(BY_KEY["cyclic_sigh"].pattern)
    assert sigh.phase_at(2).fullness == pytest.approx(0.8)
    assert sigh.phase_at(3).fullness == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"inhale": 0, "exhale": 4}, "inhale must be longer than 0 seconds"),
        ({"inhale": 4, "exhale": 0}, "exhale must be longer than 0 seconds"),
        ({"inhale": 4.2, "exhale": 4}, "inhale must be in steps of 0.5 seconds"),
        ({"inhale": 4, "exhale": 21}, "exhale must be from 0 to 20 seconds"),
        ({"inhale": 4, "exhale": 4, "hold_in": -1}, "hold in must be from 0 to 20 seconds"),
        ({"inhale": 4, "exhale": 4, "top_up": "1"}, "top up must be a number of seconds"),
    ],
)
def test_bad_values_are_named(values: dict[str, object], message: str) -> None:
    with pytest.raises(PatternError, match=message):
        BreathPattern(**values)  # type: ignore[arg-type]


halves = st.integers(0, 40).map(lambda n: n / 2)
patterns = st.builds(
    BreathPattern,
    inhale=halves.filter(bool),
    exhale=halves.filter(bool),
    hold_in=halves,
    hold_out=halves,
    top_up=halves,
)


@given(patterns, st.floats(0, 600), st.floats(0, 180))
def test_phases_tile_the_cycle_and_time_only_moves_forward(
    pattern: BreathPattern, start: float, ramp: float
) -> None:
    pacer = Pacer(pattern, ramp_seconds=ramp)
    times = [start + i * pattern.cycle_seconds / 37 for i in range(80)]
    states = [pacer.phase_at(t) for t in times]
    order = [phase for phase, _ in pattern.parts]
    for before, after in zip(states, states[1:], strict=False):
        assert after.breath >= before.breath
        if after.breath == before.breath and after.phase is before.phase:
            assert after.progress >= before.progress - 1e-9
        elif after.breath == before.breath:
            assert order.index(after.phase) > order.index(before.phase)
    for state in states:
        assert 0 <= state.progress <= 1 and 0 <= state.fullness <= 1
    assert sum(length for _, length in pattern.parts) == pytest.approx(pattern.cycle_seconds)


@given(patterns, st.floats(1, 300), st.floats(0, 900))
def test_ramp_is_continuous_and_ends_at_the_target(
    pattern: BreathPattern, ramp: float, elapsed: float
) -> None:
    pacer = Pacer(pattern, ramp_seconds=ramp)
    assert pacer.elapsed_for(pacer.breaths_at(elapsed)) == pytest.approx(elapsed, abs=1e-6)
    after = ramp + 10 * pattern.cycle_seconds
    one_breath = pacer.breaths_at(after + pattern.cycle_seconds) - pacer.breaths_at(after)
    assert one_breath == pytest.approx(1.0)


def test_ramp_starts_near_a_natural_pace() -> None:
    pacer = Pacer(BY_KEY["resonance"].pattern, ramp_seconds=180)
    first = pacer.elapsed_for(1)
    assert 5.0 <= first < 5.5
    assert pacer.breaths_at(180) > 180 / 11  # faster than the target while ramping


@pytest.mark.parametrize(
    ("requested", "ends"),
    [(0, 0), (3, 5.5 + 5.5), (6, 11), (11, 11), (12, 22)],
)
def test_ending_finishes_the_current_exhale(requested: float, ends: float) -> None:
    assert Pacer(BY_KEY["resonance"].pattern).whole_breath_end(requested) == pytest.approx(ends)


def test_ending_in_a_hold_after_the_exhale_stops_at_once() -> None:
    pacer = Pacer(BY_KEY["box"].pattern)
    assert pacer.whole_breath_end(13) == 13
    assert pacer.whole_breath_end(5) == 12


def test_cycle_count_mode_stops_after_its_breaths() -> None:
    pacer = Pacer(BY_KEY["4-7-8"].pattern, max_breaths=4)
    assert not pacer.finished(75.9)
    assert pacer.finished(76)
    final = pacer.phase_at(200)
    assert final.breath == 4 and final.fullness == 0
    assert pacer.boundaries(60, 200) == [(pytest.approx(61.0), HIN), (pytest.approx(68.0), OUT)]


def test_478_allows_four_cycles_in_the_first_month_then_eight() -> None:
    preset = BY_KEY["4-7-8"]
    assert cycle_limit(preset, None) == 4
    assert cycle_limit(preset, 29) == 4
    assert cycle_limit(preset, 30) == 8
    assert cycle_limit(BY_KEY["box"], 100) is None


def test_boundaries_are_the_exact_phase_starts() -> None:
    pacer = Pacer(BY_KEY["box"].pattern)
    assert pacer.boundaries(0, 17) == [(0, IN), (4, HIN), (8, OUT), (12, HOUT), (16, IN)]
    assert pacer.boundaries(4.5, 8.5) == [(8, OUT)]


def test_boundaries_follow_the_ramp() -> None:
    pacer = Pacer(BY_KEY["resonance"].pattern, ramp_seconds=120)
    for at, phase in pacer.boundaries(0, 200):
        state = pacer.phase_at(at + 1e-6)
        assert state.phase is phase and state.progress < 1e-3
    assert math.isclose(pacer.boundaries(0, 1)[0][0], 0)


# Limits in a mat session ------------------------------------------------------------------

THIRTY_MINUTES = 30 * 60
TODAY = date(2026, 12, 1)


def _session_record(preset_key: str, first_used: Mapping[str, date]) -> dict[str, object]:
    """A session's breathing record as the setup makes it: the pattern and its limit today."""
    preset = BY_KEY[preset_key]
    limit = cycle_limit(preset, days_since_first_use(first_used, preset_key, TODAY))
    record: dict[str, object] = {"preset": preset_key, **preset.pattern.to_dict()}
    if limit is not None:
        record["cycle_limit"] = limit
    return record


def test_the_gentle_pattern_is_the_longer_exhale_preset() -> None:
    assert BY_KEY["longer_exhale"].pattern == GENTLE_PATTERN


def test_the_default_pattern_is_a_preset_without_holds_and_a_new_user_gets_it(
    tmp_path: Path,
) -> None:
    default = BY_KEY[DEFAULT_PATTERN_KEY].pattern
    assert default.hold_in == default.hold_out == 0
    assert Settings(tmp_path / "settings.json").breathing_choice == DEFAULT_PATTERN_KEY


@pytest.mark.parametrize(
    ("first_used", "cycles"),
    [
        ({}, 4),  # never paced before: the first month
        ({"4-7-8": "2026-11-20"}, 4),  # 11 days ago
        ({"4-7-8": "2026-11-01"}, 8),  # 30 days ago
        ({"4-7-8": "not a date"}, 4),  # a broken setting counts as new
    ],
)
def test_478_in_a_thirty_minute_session_hands_over_to_the_gentle_pattern(
    tmp_path: Path, first_used: dict[str, str], cycles: int
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"pattern_first_used": first_used}))
    settings, _ = Settings.load(path)
    pacer = session_pacer(_session_record("4-7-8", settings.pattern_first_used))
    switch = cycles * 19.0
    assert pacer.switch_seconds == pytest.approx(switch)
    # the limited breaths, then the gentle ones to the end of the session
    assert pacer.phase_at(switch - 0.5).phase is OUT
    assert pacer.phase_at(switch - 0.5).breath == cycles - 1
    after = pacer.phase_at(switch + 0.5)
    assert (after.phase, after.breath) == (IN, cycles)
    assert pacer.phase_at(THIRTY_MINUTES).phase in (IN, OUT)
    assert not pacer.finished(THIRTY_MINUTES)
    gentle = (THIRTY_MINUTES - switch) / 10.0
    assert pacer.breaths_at(THIRTY_MINUTES) == pytest.approx(cycles + gentle)
    holds = [at for at, phase in pacer.boundaries(0, THIRTY_MINUTES) if phase is HIN]
    assert len(holds) == cycles and holds[-1] < switch
    assert str(handover_text(pacer)) == (
        f"{cycles} cycles of 4-7-8 done: now breathing gently, 4 s in, 6 s out"
    )


def test_the_boundaries_run_on_without_a_gap_or_a_jump_at_the_switch() -> None:
    pacer = session_pacer(_session_record("4-7-8", {}))
    found = pacer.boundaries(40, 110)
    assert found == [
        (pytest.approx(42.0), HIN),
        (pytest.approx(49.0), OUT),
        (pytest.approx(57.0), IN),
        (pytest.approx(61.0), HIN),
        (pytest.approx(68.0), OUT),
        (pytest.approx(76.0), IN),  # the switch, on a whole breath: the end of the 4th exhale
        (pytest.approx(80.0), OUT),
        (pytest.approx(86.0), IN),
        (pytest.approx(90.0), OUT),
        (pytest.approx(96.0), IN),
        (pytest.approx(100.0), OUT),
        (pytest.approx(106.0), IN),
    ]
    # asked in pieces (as the audio thread asks, block by block) the same, each once
    pieces = [b for t in range(40, 110, 3) for b in pacer.boundaries(t, min(t + 3, 110))]
    assert pieces == found


@pytest.mark.parametrize("elapsed", [75.0, 75.999, 76.0, 76.001, 77.0])
def test_time_and_breaths_are_continuous_and_inverse_across_the_switch(elapsed: float) -> None:
    pacer = session_pacer(_session_record("4-7-8", {}))
    assert pacer.elapsed_for(pacer.breaths_at(elapsed)) == pytest.approx(elapsed)
    cycle = 19 if elapsed < 76 else 10
    assert pacer.breaths_at(elapsed) == pytest.approx(4 + (elapsed - 76) / cycle)
    # the lungs do not jump: empty at the end of the last exhale and at the next inhale's start
    now, soon = pacer.phase_at(elapsed), pacer.phase_at(elapsed + 1e-6)
    assert soon.fullness == pytest.approx(now.fullness, abs=1e-5)
    assert now.seconds_left >= 0


@given(st.floats(min_value=0, max_value=THIRTY_MINUTES), st.floats(min_value=0, max_value=60))
def test_handing_over_never_moves_time_backwards(elapsed: float, later: float) -> None:
    pacer = session_pacer(_session_record("4-7-8", {}))
    assert pacer.breaths_at(elapsed + later) >= pacer.breaths_at(elapsed)
    state = pacer.phase_at(elapsed)
    assert 0 <= state.progress <= 1 and state.seconds_left >= 0


def test_ending_a_session_after_the_switch_finishes_the_gentle_exhale() -> None:
    pacer = session_pacer(_session_record("4-7-8", {}))
    assert pacer.whole_breath_end(77) == pytest.approx(86.0)
    assert pacer.whole_breath_end(60) == pytest.approx(76.0)


@pytest.mark.parametrize("key", ["resonance", "longer_exhale", "box", "cyclic_sigh"])
def test_a_preset_without_a_limit_never_switches(key: str) -> None:
    record = _session_record(key, {})
    assert "cycle_limit" not in record
    pacer = session_pacer(record)
    assert pacer.then is None and pacer.switch_seconds is None
    assert handover_text(pacer) is None
    assert pacer.pattern_of(10_000) == BY_KEY[key].pattern
    cycle = BY_KEY[key].pattern.cycle_seconds
    assert pacer.breaths_at(THIRTY_MINUTES) == pytest.approx(THIRTY_MINUTES / cycle)


@pytest.mark.parametrize("limit", [0, -3, True, "4", 2.5, None])
def test_a_broken_cycle_limit_in_a_record_is_no_limit(limit: object) -> None:
    pacer = session_pacer({**_session_record("4-7-8", {}), "cycle_limit": limit})
    assert pacer.then is None and not pacer.finished(THIRTY_MINUTES)
