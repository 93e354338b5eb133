"""Editing a history record keeps what was not touched, its start time included."""

import time
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from mat_companion.core.stages import load_stages
from mat_companion.paths import resource
from mat_companion.ui.history.record_editor import SessionEditor
from tests.factories import make_session
from tests.ui.widgets.test_qt_dates import CENTRAL_EUROPE


@pytest.fixture
def central_europe() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", CENTRAL_EUROPE)
        time.tzset()
        yield
    time.tzset()


def test_a_start_this_machines_clocks_skip_is_kept_when_the_note_is_edited(
    qtbot: QtBot, central_europe: None
) -> None:
    """02:30 in New York on the night Central Europe jumps from 02:00 to 03:00."""
    session = make_session(
        started_at="2026-03-29T02:30:00-04:00", ended_at="2026-03-29T02:45:12-04:00"
    )
    editor = SessionEditor(session, [], [])
    qtbot.addWidget(editor)
    assert editor.started.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-03-29 02:30"
    editor.note.setPlainText("Warm feet")
    edited = editor.edited()
    assert (edited["started_at"], edited["ended_at"]) == (
        session["started_at"],
        session["ended_at"],
    )
    assert edited["note"] == "Warm feet"


def test_a_start_another_tool_wrote_in_utc_is_kept_as_written(qtbot: QtBot) -> None:
    """Only the note edited: the record's times stay as they were written, "Z" and all."""
    session = make_session(
        started_at="2026-11-20T20:05:00.250Z", ended_at="2026-11-20T20:20:12Z", actual_seconds=912
    )
    editor = SessionEditor(session, [], [])
    qtbot.addWidget(editor)
    editor.note.setPlainText("Warm feet")
    edited = editor.edited()
    assert (edited["started_at"], edited["ended_at"], edited["actual_seconds"]) == (
        session["started_at"],
        session["ended_at"],
        912,
    )


def test_the_editor_fits_a_small_screen_and_opens_whole_where_it_can(
    qtbot: QtBot, german: None
) -> None:
    """Its fields needed 663 px of height in German, more than an 800x600 screen has."""
    editor = SessionEditor(make_session(), load_stages(resource("stages.json")), [])
    qtbot.addWidget(editor)
    assert editor.minimumSizeHint().height() < 400, "the fields scroll on a small screen"
    area = editor.findChild(QScrollArea)
    fields = area.widget() if area is not None else None
    assert fields is not None
    assert editor.sizeHint().height() > fields.sizeHint().height(), "whole where there is room"
    free = editor.screen().availableGeometry().size()
    assert editor.width() <= free.width() and editor.height() <= free.height()


def test_a_session_under_a_minute_shows_its_seconds_and_keeps_them(qtbot: QtBot) -> None:
    """The walk: "Minutes on the mat: 0 min" for a 21-second session."""
    editor = SessionEditor(make_session(actual_seconds=21), [], [])
    qtbot.addWidget(editor)
    assert editor.minutes.text() == "21 s"
    editor.note.setPlainText("short")
    assert editor.edited()["actual_seconds"] == 21
    editor.minutes.setValue(2)
    assert editor.minutes.text() == "2 min" and editor.edited()["actual_seconds"] == 120
