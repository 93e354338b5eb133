import pytest
from hypothesis import given
from hypothesis import strategies as st

from mat_companion.core.clock import FakeClock
from mat_companion.core.session import RunningSession, SessionPlan
from mat_companion.core.session_clock import clock_face, seconds_to_next_tick
from mat_companion.core.session_config import SessionTimings

TIMINGS = SessionTimings()
GET_READY = TIMINGS.get_ready_seconds


def running(duration: int | None, after: float) -> tuple[RunningSession, FakeClock]:
    clock = FakeClock()
    session = RunningSession(SessionPlan(duration, "beginner"), clock, TIMINGS)
    clock.advance(after)
    return session, clock


@pytest.mark.parametrize(
    ("duration", "after", "face", "wait"),
    [
        (600, 0.0, "0:20", 1.0),  # the get-ready countdown
        (600, 0.25, "0:20", 0.75),
        (600, GET_READY - 0.5, "0:01", 0.5),
        (600, GET_READY, "10:00", 1.0),  # the mat time
        (600, GET_READY + 0.1, "10:00", 0.9),
        (600, GET_READY + 599.5, "0:01", 0.5),
        (None, GET_READY + 0.3, "0:00", 0.7),  # open-ended counts up
        (None, GET_READY + 61.9, "1:01", 0.1),
        (3600, GET_READY + 0.5, "1:00:00", 0.5),
    ],
)
def test_face_and_the_next_tick(duration, after, face, wait):
    session, _ = running(duration, after)
    assert clock_face(session) == face
    assert seconds_to_next_tick(session) == pytest.approx(wait + 0.002, abs=1e-6)


def test_ended_counts_up_and_waits_a_second():
    session, clock = running(60, GET_READY + 60.5)
    session.poll()
    assert session.ended
    assert clock_face(session) == "1:00"
    assert seconds_to_next_tick(session) == 1.0


def test_paused_waits_a_second_and_shows_the_same():
    session, clock = running(600, GET_READY + 10.4)
    session.toggle_pause()
    before = clock_face(session)
    clock.advance(5)
    assert clock_face(session) == before == "9:50"
    assert seconds_to_next_tick(session) == 1.0


@given(
    duration=st.sampled_from([60, 600, 2700, None]),
    after=st.floats(min_value=0, max_value=3000, allow_nan=False),
)
def test_the_tick_lands_on_a_new_second_and_not_before(duration, after):
    session, clock = running(duration, after)
    session.poll()
    if session.ended:
        return
    before = clock_face(session)
    wait = seconds_to_next_tick(session)
    early = max(0.0, wait - 0.004)
    clock.advance(early)
    assert clock_face(session) == before
    clock.advance(wait - early)
    session.poll()
    assert session.ended or clock_face(session) != before
