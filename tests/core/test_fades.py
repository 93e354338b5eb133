import pytest
from hypothesis import given
from hypothesis import strategies as st

from mat_companion.core.fades import Fade, steady


@given(st.floats(0, 1), st.floats(0, 1), st.floats(0.1, 60), st.floats(-5, 70))
def test_fades_are_monotonic_and_of_the_set_length(
    start: float, end: float, seconds: float, offset: float
) -> None:
    fade = Fade(100.0, start, end, seconds)
    times = [100.0 + seconds * i / 50 for i in range(51)]
    gains = [fade.gain(t) for t in times]
    pairs = zip(gains, gains[1:], strict=False)
    if end >= start:
        assert all(b >= a - 1e-12 for a, b in pairs)
    else:
        assert all(b <= a + 1e-12 for a, b in pairs)
    assert fade.gain(100.0) == pytest.approx(start)
    assert fade.gain(100.0 + seconds) == pytest.approx(end)
    assert fade.done(100.0 + seconds) and not fade.done(100.0 + seconds * 0.99)
    assert min(start, end) - 1e-12 <= fade.gain(100.0 + offset) <= max(start, end) + 1e-12


def test_a_fade_in_is_gentle_at_first() -> None:
    fade = Fade(0.0, 0.0, 1.0, 3.0)
    assert fade.gain(0.3) < 0.1 and fade.gain(1.5) == pytest.approx(0.5)
    assert steady(0.4).gain(123) == 0.4
