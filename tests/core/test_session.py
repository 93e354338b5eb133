import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mat_companion.core.clock import FakeClock
from mat_companion.core.session import (
    AmbientFade,
    Confirmation,
    EndBell,
    Finished,
    IntervalBell,
    PhaseChanged,
    Reminder,
    ReminderKind,
    RunningSession,
    SessionPlan,
)
from mat_companion.core.session_config import SessionTimings
from mat_companion.core.session_phases import Phase
from tests.conftest import examples

TIMINGS = SessionTimings()
GET_READY = TIMINGS.get_ready_seconds


def start(duration: int | None = 600, **plan: object) -> tuple[RunningSession, FakeClock]:
    clock = FakeClock()
    session = RunningSession(SessionPlan(duration, "beginner", **plan), clock, TIMINGS)  # type: ignore[arg-type]
    return session, clock


@pytest.mark.parametrize(
    ("active", "phase", "remaining"),
    [
        (0, Phase.GET_READY, 20),
        (19.9, Phase.GET_READY, 0.1),
        (20, Phase.SETTLE_IN, 600),
        (20 + 59.9, Phase.SETTLE_IN, 540.1),
        (20 + 60, Phase.MAIN, 540),
        (20 + 539.9, Phase.MAIN, 60.1),
        (20 + 540, Phase.CLOSING, 60),
        (20 + 599.9, Phase.CLOSING, 0.1),
    ],
)
def test_phases_follow_the_clock(active: float, phase: Phase, remaining: float) -> None:
    session, clock = start()
    clock.advance(active)
    assert session.phase() is phase
    assert session.remaining_seconds() == pytest.approx(remaining)


def test_a_one_minute_session_settles_in_before_it_comes_back() -> None:
    """Coming back is the last minute, but never more than the second half of a session."""
    session, clock = start(60)
    clock.advance(GET_READY + 1)
    assert session.phase() is Phase.SETTLE_IN, "the sting is spoken of first"
    clock.advance(29.5)
    assert session.phase() is Phase.CLOSING


def test_the_end_comes_on_time_and_records_the_planned_time() -> None:
    session, clock = start()
    clock.advance(GET_READY + 600)
    events = session.poll()
    assert events == [PhaseChanged(Phase.FINISHED), Finished(True), EndBell(1, 0.35)]
    assert session.completed and session.ended
    clock.advance(3600)  # asleep on the mat: the recorded time does not grow
    assert session.mat_seconds() == 600


def test_every_phase_is_announced_once_in_order() -> None:
    session, clock = start(300)
    seen = []
    for _ in range(400):
        seen += [e.phase for e in session.poll() if isinstance(e, PhaseChanged)]
        clock.advance(1)
    assert seen == [Phase.SETTLE_IN, Phase.MAIN, Phase.CLOSING, Phase.FINISHED]


def test_a_stall_does_not_stretch_the_session() -> None:
    session, clock = start(120)
    clock.advance(10)
    session.poll()
    clock.advance(GET_READY + 120 - 10 + 0.05)  # one long stall straight past the end
    assert Finished(True) in session.poll()
    assert session.mat_seconds() == 120


def test_pause_across_a_phase_boundary() -> None:
    session, clock = start()
    clock.advance(GET_READY + 50)
    session.pause()
    clock.advance(600)
    assert session.phase() is Phase.SETTLE_IN
    assert session.mat_seconds() == pytest.approx(50)
    assert session.seconds_to_next_event() is None
    session.resume()
    clock.advance(10)
    assert session.phase() is Phase.MAIN
    assert session.remaining_seconds() == pytest.approx(540)


def test_toggle_pause_and_no_op_when_ended() -> None:
    session, clock = start()
    session.toggle_pause()
    assert session.paused
    session.toggle_pause()
    assert not session.paused
    session.end_early()
    session.pause()
    assert not session.paused and session.ended


@pytest.mark.parametrize(
    ("at_mat", "change", "duration"),
    [
        (100, 60, 660),
        (100, 300, 900),
        (100, -60, 540),
        (595, 300, 900),  # extend in the closing phase: back to the main phase
        (595, -60, 600),  # too close to the end to take a minute off: unchanged
        (500, -60, 540),
        (535, -60, 545),  # only down to ten seconds from now
        (10, -600, 60),  # never below a minute
    ],
)
def test_adjusting_the_time(at_mat: float, change: int, duration: int) -> None:
    session, clock = start()
    clock.advance(GET_READY + at_mat)
    session.adjust(change)
    assert session.duration_seconds == duration


def test_extending_in_closing_returns_to_main() -> None:
    session, clock = start()
    clock.advance(GET_READY + 570)
    assert session.phase() is Phase.CLOSING
    session.adjust(300)
    assert session.phase() is Phase.MAIN
    assert session.remaining_seconds() == pytest.approx(330)


def test_take_a_minute_off_is_refused_near_the_end() -> None:
    session, clock = start(120)
    clock.advance(GET_READY + 115)
    assert not session.can_adjust(-60)
    session.adjust(-60)
    assert session.duration_seconds == 120


def test_end_early_records_the_real_time() -> None:
    session, clock = start()
    clock.advance(GET_READY + 242.4)
    session.end_early()
    assert session.poll() == [PhaseChanged(Phase.FINISHED), Finished(False)]
    assert not session.completed
    clock.advance(100)
    assert session.mat_seconds() == pytest.approx(242.4)
    assert session.poll() == []


def test_end_during_get_ready_has_no_mat_time() -> None:
    session, clock = start()
    clock.advance(5)
    session.end_early()
    assert session.mat_seconds() == 0


def test_skip_get_ready() -> None:
    session, clock = start()
    clock.advance(3)
    session.skip_get_ready()
    assert session.phase() is Phase.SETTLE_IN
    assert session.remaining_seconds() == 600


def finished_session(minutes: int = 1) -> tuple[RunningSession, FakeClock, list[EndBell]]:
    """A session that has just run to its end, and the bells its end poll rang."""
    session, clock = start(minutes * 60)
    clock.advance(GET_READY + minutes * 60)
    return session, clock, [e for e in session.poll() if isinstance(e, EndBell)]


def ring_unanswered(
    session: RunningSession, clock: FakeClock, seconds: float, step: float = 1.0
) -> list[tuple[float, EndBell]]:
    """Poll every ``step`` seconds for ``seconds``; each bell with when it rang after the end."""
    rung = []
    for tick in range(1, round(seconds / step) + 1):
        clock.advance(step)
        rung += [(tick * step, e) for e in session.poll() if isinstance(e, EndBell)]
    return rung


def test_the_end_bell_rings_every_30_s_then_every_minute_for_as_long_as_nobody_answers() -> None:
    session, clock, first = finished_session()
    assert first == [EndBell(1, 0.35)]
    rung = ring_unanswered(session, clock, 2 * 3600)
    times = [0.0] + [at for at, _ in rung]
    assert times[:11] == [30.0 * n for n in range(11)], "every 30 s for the first five minutes"
    assert times[11:] == [300.0 + 60 * n for n in range(1, 116)], "then every minute, for hours"
    assert [bell.number for _, bell in rung] == list(range(2, 2 + len(rung)))


def test_the_end_bell_grows_louder_up_to_the_ceiling_and_stays_there() -> None:
    session, clock, first = finished_session()
    bells = first + [bell for _, bell in ring_unanswered(session, clock, 2 * 3600)]
    volumes = [round(bell.volume, 2) for bell in bells]
    assert volumes[:6] == [0.35, 0.5, 0.65, 0.8, 0.95, 1.0]
    assert set(volumes[5:]) == {TIMINGS.end_bell_max_volume}
    assert all(b.volume > 0 for b in bells), "never silent before it is answered"


def test_a_quieter_ceiling_is_kept() -> None:
    timings = SessionTimings(end_bell_max_volume=0.6)
    clock = FakeClock()
    session = RunningSession(SessionPlan(60, "beginner"), clock, timings)
    clock.advance(GET_READY + 60)
    volumes = [e.volume for e in session.poll() if isinstance(e, EndBell)]
    volumes += [bell.volume for _, bell in ring_unanswered(session, clock, 600, step=30)]
    assert max(volumes) == pytest.approx(0.6) and volumes[-1] == pytest.approx(0.6)


def test_the_next_end_bell_is_always_the_next_event() -> None:
    session, clock, _ = finished_session()
    for expected in [30.0] * 10 + [60.0] * 20:
        assert session.seconds_to_next_event() == pytest.approx(expected)
        clock.advance(expected)
        assert [type(e) for e in session.poll()] == [EndBell]
    clock.advance(25)
    assert session.seconds_to_next_event() == pytest.approx(35)


def test_after_a_long_stall_one_bell_rings_not_a_burst() -> None:
    session, clock, _ = finished_session()
    clock.advance(3600)  # the laptop slept for an hour
    assert session.poll() == [EndBell(66, 1.0)]
    assert session.seconds_to_next_event() == pytest.approx(60)


def test_no_end_bell_once_acknowledged() -> None:
    session, clock, _ = finished_session()
    ring_unanswered(session, clock, 400)
    session.acknowledge_end()
    assert ring_unanswered(session, clock, 2 * 3600, step=10) == []
    assert session.seconds_to_next_event() is None


def test_no_bells_after_ending_early() -> None:
    session, clock = start()
    clock.advance(GET_READY + 30)
    session.end_early()
    session.poll()
    clock.advance(60)
    assert session.poll() == []


def test_interval_bells_once_each_even_after_a_stall() -> None:
    session, clock = start(1800, interval_bell_minutes=5)
    clock.advance(GET_READY + 299)
    assert not [e for e in session.poll() if isinstance(e, IntervalBell)]
    clock.advance(1)
    assert IntervalBell(1, 0.5) in session.poll()
    clock.advance(700)  # stalled past the 10- and 15-minute marks: one bell, not two
    assert [e for e in session.poll() if isinstance(e, IntervalBell)] == [IntervalBell(3, 0.5)]


def test_open_ended_counts_up_with_a_reminder_at_the_stage_maximum() -> None:
    session, clock = start(None, stage_max_minutes=15)
    clock.advance(GET_READY + 10 * 60)
    session.poll()
    assert session.remaining_seconds() is None
    assert session.phase() is Phase.MAIN
    assert session.fraction_done() == 0
    assert session.seconds_to_next_event() == pytest.approx(5 * 60)
    clock.advance(5 * 60)
    assert session.poll() == [Reminder(ReminderKind.STAGE_MAX, 0.4)]
    clock.advance(30 * 60)
    assert session.poll() == []
    assert not session.can_adjust(60)


def test_an_open_ended_session_ends_at_the_hour_and_rings() -> None:
    session, clock = start(None, stage_max_minutes=15)
    clock.advance(GET_READY + 20 * 60)
    session.poll()
    assert session.seconds_to_next_event() == pytest.approx(40 * 60), "aimed at the hour"
    clock.advance(40 * 60 - 0.1)
    assert session.poll() == [] and not session.ended
    clock.advance(0.1)
    assert session.poll() == [PhaseChanged(Phase.FINISHED), Finished(True), EndBell(1, 0.35)]
    assert session.limit_reached and session.completed
    clock.advance(600)
    assert session.mat_seconds() == 3600, "never more than an hour recorded"


def test_bells_after_an_hour_on_the_mat_keep_ringing_until_answered() -> None:
    session, clock = start(None)
    clock.advance(GET_READY + 3600)
    assert EndBell(1, 0.35) in session.poll()
    rung = ring_unanswered(session, clock, 3 * 3600, step=15)
    assert len(rung) == 10 + 175, "every 30 s for five minutes, then every minute for hours"
    assert rung[-1][1].volume == TIMINGS.end_bell_max_volume
    session.acknowledge_end()
    assert ring_unanswered(session, clock, 600, step=15) == []


def test_a_timed_hour_ends_with_the_hour_reached() -> None:
    session, clock = start(3600)
    clock.advance(GET_READY + 3600)
    assert Finished(True) in session.poll()
    assert session.limit_reached


def test_ending_early_or_on_a_shorter_plan_is_not_the_hour() -> None:
    session, clock = start(600)
    clock.advance(GET_READY + 600)
    session.poll()
    assert session.ended and not session.limit_reached
    session, clock = start(None)
    clock.advance(GET_READY + 59 * 60)
    session.end_early()
    assert not session.limit_reached


def test_a_plan_longer_than_the_hour_is_held_to_it() -> None:
    session, _ = start(90 * 60)
    assert session.duration_seconds == 3600


def test_extending_past_the_hour_asks_and_stops_at_the_hour() -> None:
    session, clock = start(45 * 60, stage_max_minutes=45)
    clock.advance(GET_READY + 60)
    session.adjust(14 * 60)  # an earlier yes took it past the stage maximum: 59 min
    assert session.duration_seconds == 59 * 60
    assert session.adjust_needs_confirmation(60) is None, "up to the hour: nothing to ask"
    assert session.adjust_needs_confirmation(300) is Confirmation.HOUR
    session.adjust(300)  # confirmed
    assert session.duration_seconds == 3600, "capped at the hour, not 64 minutes"
    assert not session.can_adjust(60) and session.adjust_needs_confirmation(60) is None
    session.adjust(3600)
    assert session.duration_seconds == 3600


@pytest.mark.parametrize(
    ("minutes", "change", "asks"),
    [
        (14, 60, None),  # up to the stage maximum
        (15, 60, Confirmation.STAGE_MAX),
        (13, 300, Confirmation.STAGE_MAX),  # 13 -> 18 crosses 15
        (16, 60, None),  # already past it (agreed before): not asked again
        (16, -60, None),  # taking time off never asks
        (58, 60, None),
        (58, 300, Confirmation.HOUR),
        (60, 60, None),  # nothing to add: the button is off
    ],
)
def test_which_extensions_ask_first(minutes: int, change: int, asks: Confirmation | None) -> None:
    session, clock = start(minutes * 60, stage_max_minutes=15)
    clock.advance(GET_READY + 30)
    assert session.adjust_needs_confirmation(change) == asks


def test_no_question_once_the_session_has_ended() -> None:
    session, clock = start(15 * 60, stage_max_minutes=15)
    session.end_early()
    assert session.adjust_needs_confirmation(60) is None


def test_a_session_ended_during_the_get_ready_never_reached_the_mat() -> None:
    session, clock = start()
    clock.advance(GET_READY - 1)
    session.end_early()
    assert not session.reached_the_mat
    session, clock = start()
    clock.advance(GET_READY + 1)
    session.end_early()
    assert session.reached_the_mat


def test_seconds_to_next_event_points_at_the_next_boundary() -> None:
    session, clock = start(600)
    assert session.seconds_to_next_event() == pytest.approx(20)
    clock.advance(25)
    assert session.seconds_to_next_event() == pytest.approx(55)
    clock.advance(100)
    assert session.seconds_to_next_event() == pytest.approx(540 - 105)
    clock.advance(500)
    session.poll()
    assert session.ended


def _fades(session: RunningSession) -> list[AmbientFade]:
    return [event for event in session.poll() if isinstance(event, AmbientFade)]


def test_ambient_sound_fades_out_over_the_last_seconds_it_was_asked_to() -> None:
    session, clock = start(600, ambient=("rain",), ambient_fade_out_seconds=45)
    clock.advance(GET_READY + 554.9)
    assert _fades(session) == []
    assert session.seconds_to_next_event() == pytest.approx(0.1)
    clock.advance(0.1)
    assert _fades(session) == [AmbientFade(0.0, pytest.approx(45))]
    clock.advance(10)
    assert _fades(session) == []  # announced once


def test_adding_time_during_the_closing_fade_brings_the_sound_back() -> None:
    session, clock = start(600, ambient=("surf",), ambient_fade_out_seconds=30)
    clock.advance(GET_READY + 580)
    assert [fade.level for fade in _fades(session)] == [0.0]
    session.adjust(300)
    assert _fades(session) == [AmbientFade(1.0, 2.0)]
    clock.advance(900 - 30 - 580)  # now 900 s planned: the fade starts 30 s before
    assert _fades(session) == [AmbientFade(0.0, pytest.approx(30))]


@pytest.mark.parametrize("plan", [{"ambient": ()}, {"ambient": ("rain",), "duration": None}])
def test_no_closing_fade_without_sound_or_without_a_planned_end(plan: dict[str, object]) -> None:
    duration = plan.pop("duration", 120)
    session, clock = start(duration, **plan)  # type: ignore[arg-type]
    for _ in range(200):
        clock.advance(5)
        assert _fades(session) == []


def test_the_closing_fade_never_starts_during_get_ready() -> None:
    session, clock = start(60, ambient=("rain",), ambient_fade_out_seconds=60)
    clock.advance(GET_READY - 1)
    assert _fades(session) == []
    clock.advance(1)
    assert _fades(session) == [AmbientFade(0.0, pytest.approx(60))]


@pytest.mark.parametrize(
    ("plan", "at", "bell"),
    [
        ({"interval_bell_minutes": 5}, 300, IntervalBell(1, TIMINGS.interval_bell_volume)),
        (
            {"duration": None, "stage_max_minutes": 15},
            900,
            Reminder(ReminderKind.STAGE_MAX, TIMINGS.reminder_bell_volume),
        ),
        ({"duration": 60}, 60, EndBell(1, TIMINGS.end_bell_start_volume)),
    ],
)
def test_every_bell_says_how_loud_it_rings(
    plan: dict[str, object], at: float, bell: object
) -> None:
    """The core decides each bell's volume: the runner only plays what it is told."""
    session, clock = start(**plan)  # type: ignore[arg-type]
    clock.advance(GET_READY + at)
    assert bell in session.poll()
    assert (TIMINGS.interval_bell_volume, TIMINGS.reminder_bell_volume) == (0.5, 0.4)


def test_the_bell_volumes_come_from_the_timings() -> None:
    timings = SessionTimings(interval_bell_volume=0.2, reminder_bell_volume=0.3)
    clock = FakeClock()
    plan = SessionPlan(None, "beginner", interval_bell_minutes=15, stage_max_minutes=15)
    session = RunningSession(plan, clock, timings)
    clock.advance(GET_READY + 900)
    events = session.poll()
    assert IntervalBell(1, 0.2) in events and Reminder(ReminderKind.STAGE_MAX, 0.3) in events


@settings(max_examples=examples(150), deadline=None)
@given(
    duration=st.one_of(st.none(), st.integers(60, 3600)),
    interval=st.integers(0, 30),
    stage_max=st.one_of(st.none(), st.integers(1, 60)),
    ambient=st.booleans(),
    fade=st.integers(0, 600),
)
def test_the_timer_is_aimed_at_the_next_moment_something_is_due(
    duration: int | None, interval: int, stage_max: int | None, ambient: bool, fade: int
) -> None:
    """Nothing falls due before the moment the timer is aimed at, and something does at it."""
    plan = SessionPlan(
        duration,
        "beginner",
        interval_bell_minutes=interval,
        stage_max_minutes=stage_max,
        ambient=("rain",) if ambient else (),
        ambient_fade_out_seconds=fade,
    )
    clock = FakeClock()
    session = RunningSession(plan, clock, TIMINGS)
    session.poll()
    end_bells = 0
    while end_bells < 3:
        wait = session.seconds_to_next_event()
        assert wait is not None, "a session running or ringing always has a next moment"
        clock.advance(max(0.0, wait - 0.001))
        assert session.poll() == [], f"due before the moment aimed at ({wait} s)"
        clock.advance(0.002)
        events = session.poll()
        assert events, f"nothing due at the moment aimed at ({wait} s, {session.mat_seconds()})"
        end_bells += sum(isinstance(event, EndBell) for event in events)


QUICK = AmbientFade(0.0, 2.0)
BACK = AmbientFade(1.0, 2.0)


@pytest.mark.parametrize(
    ("steps", "fades"),
    [
        # a pause is quiet at once, a resume brings the sound back
        ([100, "pause", 30, "resume"], [[], [QUICK], [], [BACK]]),
        # resumed into the closing fade: it stays quiet
        ([590, "pause", "resume", 5], [[AmbientFade(0.0, 10.0)], [QUICK], [], []]),
        # time added while paused in the closing fade is heard on resuming, not before
        ([590, "pause", "+300", "resume"], [[AmbientFade(0.0, 10.0)], [QUICK], [], [BACK]]),
        # time taken off while paused brings the closing fade on resuming
        ([500, "pause", "-120", "resume"], [[], [QUICK], [], [AmbientFade(0.0, 10.0)]]),
        # the end is quiet at once, ended early or on time
        ([100, "end"], [[], [QUICK]]),
        ([100, "pause", "end"], [[], [QUICK], [QUICK]]),
        ([600], [[QUICK]]),
        ([590, 10], [[AmbientFade(0.0, 10.0)], [QUICK]]),
    ],
)
def test_when_the_ambient_sound_fades(steps: list[object], fades: list[list[AmbientFade]]) -> None:
    """Pauses, resumes, time changes and the end, as the runner hears of them from poll."""
    session, clock = start(600, ambient=("rain",), ambient_fade_out_seconds=20)
    session.toggle_pause()  # paused during the get-ready too
    assert _fades(session) == [QUICK]
    session.toggle_pause()
    assert _fades(session) == [BACK]
    clock.advance(GET_READY)
    session.poll()
    heard = []
    for step in steps:
        if isinstance(step, int):
            clock.advance(step)
        elif step in ("pause", "resume"):
            session.toggle_pause()
        elif step == "end":
            session.end_early()
        else:
            session.adjust(int(str(step)))
        heard.append(_fades(session))
    assert heard == fades
