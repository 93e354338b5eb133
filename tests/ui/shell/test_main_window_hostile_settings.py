"""The main window opens, and every page and dialog shows, whatever the settings file holds."""

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.core.history_document import serialise_history
from mat_companion.paths import AppPaths
from mat_companion.ui.history.page import HistoryPage
from mat_companion.ui.shell.pages import page_infos
from tests.conftest import examples
from tests.core.test_settings_hostile import CASES
from tests.factories import make_session
from tests.settings_values import VALID, hostile_documents, spoilt
from tests.ui.session_helpers import Wall, page_of, unguarded

LATER = "2026-11-25T21:05:00+01:00"


def open_everything(qtbot: QtBot, data: Path, document: dict[str, Any]) -> AppContext:
    """Start as the app does with ``document`` as settings.json, then show every page."""
    data.mkdir(parents=True, exist_ok=True)
    (data / "settings.json").write_text(json.dumps(document))
    sessions = [make_session(), make_session(stage="intermediate", started_at=LATER, ended_at=None)]
    (data / "history.json").write_bytes(serialise_history(sessions))  # so suggestions are made
    clock = FakeClock()
    context = AppContext(
        AppPaths.under(data), clock=clock, audio=NullAudio(), wall_clock=Wall(clock)
    )
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.window.show()
    context.after_first_paint()
    assert len(context.history.sessions) == 2
    if context.first_run is not None:
        context.first_run.reject()
    for info in page_infos():
        context.window.show_page(info.key)
        assert context.window.current_page_key() == info.key
    page_of(context).open_mixer().reject()
    history_page = context.window.page("history")
    assert isinstance(history_page, HistoryPage)
    history_page.add_session().reject()
    context.shut_down()
    return context


#: One impossible value per setting: any of them loads as the default (the core tests check
#: each), so the pages see the same settings whichever value it was.
ONE_PER_KEY = list({key: (key, value) for key, value in CASES}.values())


@pytest.mark.parametrize(("key", "value"), ONE_PER_KEY, ids=[key for key, _ in ONE_PER_KEY])
def test_an_impossible_setting_opens_every_page(
    qtbot: QtBot, runtime: Path, tmp_path: Path, key: str, value: Any
) -> None:
    context = open_everything(qtbot, tmp_path / "data", {**VALID, key: value})
    assert context.settings.document()[key] != value


@hypothesis_settings(
    max_examples=examples(60), suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(document=hostile_documents())
def test_any_spoilt_settings_open_every_page(
    qtbot: QtBot, runtime: Path, tmp_path_factory: pytest.TempPathFactory, document: dict[str, Any]
) -> None:
    open_everything(qtbot, tmp_path_factory.mktemp("data"), document)


@pytest.mark.parametrize("key", sorted(VALID))
@hypothesis_settings(
    max_examples=examples(8), suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_each_setting_spoilt_alone_opens_every_page(
    qtbot: QtBot,
    runtime: Path,
    tmp_path_factory: pytest.TempPathFactory,
    key: str,
    data: st.DataObject,
) -> None:
    value = data.draw(spoilt(VALID[key]), label=key)
    open_everything(qtbot, tmp_path_factory.mktemp("data"), {**VALID, key: value})
