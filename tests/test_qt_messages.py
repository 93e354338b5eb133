"""Qt's messages in the log: the limiter on a fake clock, then a real flood through Qt."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLoggingCategory, qCritical, qCWarning, qInstallMessageHandler, qWarning

from mat_companion.qt_messages import QtMessageLog, Repeat, RepeatLimiter, message_kind


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def limiter(limit: int = 5, interval: float = 10.0) -> tuple[RepeatLimiter, FakeClock]:
    clock = FakeClock()
    return RepeatLimiter(limit, interval, clock), clock


def test_the_first_few_are_written_and_the_rest_counted() -> None:
    limit, clock = limiter()
    admitted = [limit.admit("QSocketNotifier: Invalid socket") for _ in range(100)]
    assert admitted == [True] * 5 + [False] * 95
    assert limit.due() == ()  # the interval has not ended yet
    clock.now += 10
    assert limit.due() == (Repeat(logging.WARNING, "QSocketNotifier: Invalid socket", 95),)
    assert limit.due() == ()  # said once


def test_after_the_summary_a_new_interval_writes_again() -> None:
    limit, clock = limiter(limit=2)
    assert [limit.admit("flood") for _ in range(4)] == [True, True, False, False]
    clock.now += 10.5
    assert [repeat.times for repeat in limit.due()] == [2]
    assert [limit.admit("flood") for _ in range(3)] == [True, True, False]


def test_a_kind_that_went_quiet_is_written_again_later() -> None:
    limit, clock = limiter(limit=2)
    assert [limit.admit("burst") for _ in range(2)] == [True, True]
    clock.now += 30
    assert limit.due() == ()
    assert limit.admit("burst")


def test_digits_are_collapsed_into_one_kind() -> None:
    assert message_kind("Invalid socket 12 and type 'Read'") == "Invalid socket # and type 'Read'"
    limit, clock = limiter(limit=1)
    assert limit.admit("Invalid socket 12 and type 'Read', disabling...")
    assert not limit.admit("Invalid socket 13 and type 'Read', disabling...")
    assert not limit.admit("Invalid socket 140 and type 'Read', disabling...")
    clock.now += 10
    (repeat,) = limit.due()
    assert repeat.times == 2
    assert repeat.text == "Invalid socket 140 and type 'Read', disabling..."  # the last held back


def test_different_messages_are_limited_independently() -> None:
    limit, clock = limiter(limit=2)
    assert [limit.admit("one") for _ in range(3)] == [True, True, False]
    assert [limit.admit("two") for _ in range(2)] == [True, True]
    clock.now += 5
    assert [limit.admit("three", logging.ERROR) for _ in range(4)] == [True, True, False, False]
    clock.now += 5  # "one" has had its ten seconds, "three" has not
    assert limit.due() == (Repeat(logging.WARNING, "one", 1),)
    clock.now += 5
    assert limit.due() == (Repeat(logging.ERROR, "three", 2),)


def test_flush_reports_every_count_whatever_the_time() -> None:
    limit, _ = limiter(limit=1)
    for text in ("a", "a", "a", "b", "c", "c"):
        limit.admit(text)
    assert sorted((r.text, r.times) for r in limit.flush()) == [("a", 2), ("c", 1)]
    assert limit.flush() == ()


def test_many_different_messages_do_not_pile_up() -> None:
    limit, clock = limiter()
    for number in range(5000):
        limit.admit(f"message {'x' * (number % 50)} {number}")
        clock.now += 1
    assert len(limit._windows) <= 1024


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def qt_log(caplog: pytest.LogCaptureFixture, clock: FakeClock) -> Iterator[QtMessageLog]:
    """Our handler in front of pytest-qt's, which gets it back after the test."""
    caplog.set_level(logging.DEBUG, logger="qt")
    handler = QtMessageLog(limiter=RepeatLimiter(clock=clock)).install()
    yield handler
    handler.uninstall()


def qt_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == "qt"]


def test_a_flood_through_qt_is_a_handful_of_lines_and_a_count(
    qt_log: QtMessageLog, caplog: pytest.LogCaptureFixture
) -> None:
    for socket in range(10_000):
        qWarning(f"QSocketNotifier: Invalid socket {socket} and type 'Read', disabling...")
    qt_log.flush()
    lines = qt_lines(caplog)
    assert lines[:5] == [
        f"QSocketNotifier: Invalid socket {socket} and type 'Read', disabling..."
        for socket in range(5)
    ]
    assert lines[5:] == [
        "the previous message was repeated 9995 more times: "
        "QSocketNotifier: Invalid socket 9999 and type 'Read', disabling..."
    ]
    assert {record.levelno for record in caplog.records} == {logging.WARNING}


def test_a_category_is_named_and_levels_follow_qt(
    qt_log: QtMessageLog, caplog: pytest.LogCaptureFixture
) -> None:
    category = QLoggingCategory("mat.test")
    qCWarning(category, "a warning in a category")
    qWarning("a plain warning")
    qCritical("a critical one")
    records = [(record.levelno, record.getMessage()) for record in caplog.records]
    assert records == [
        (logging.WARNING, "[mat.test] a warning in a category"),
        (logging.WARNING, "a plain warning"),
        (logging.ERROR, "a critical one"),
    ]


def test_the_count_is_written_when_a_message_comes_after_the_interval(
    qt_log: QtMessageLog, caplog: pytest.LogCaptureFixture, clock: FakeClock
) -> None:
    for _ in range(8):
        qWarning("stuck")
    clock.now += 11
    qWarning("something else")
    assert qt_lines(caplog) == [
        *["stuck"] * 5,
        "the previous message was repeated 3 more times: stuck",
        "something else",
    ]


def test_uninstall_gives_qt_back_the_handler_it_had(caplog: pytest.LogCaptureFixture) -> None:
    heard: list[str] = []
    before = qInstallMessageHandler(lambda mode, context, text: heard.append(text))
    try:
        handler = QtMessageLog().install()
        qWarning("to the log")
        handler.uninstall()
        qWarning("to the one before")
    finally:
        qInstallMessageHandler(before)
    assert heard == ["to the one before"]
    assert qt_lines(caplog) == ["to the log"]
