"""The setup follows the safety answers: socks only when standing, and a daily reminder."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.core.safety import QUESTIONS, Screening
from mat_companion.paths import AppPaths
from mat_companion.ui.session.page import SessionPage
from tests.ui.session_helpers import ZONE, page_of, unguarded

DAY = datetime(2026, 11, 20, 21, 0, tzinfo=ZONE)

Opener = Callable[..., SessionPage]


def answers(*yes: str) -> dict[str, Any]:
    return Screening({q.key: q.key in yes for q in QUESTIONS}, DAY - timedelta(days=30)).to_dict()


@pytest.fixture
def open_setup(qtbot: QtBot, app_paths: AppPaths) -> Iterator[Opener]:
    """Open the app with these settings on this day; return its Session page."""

    def opener(settings: dict[str, Any] | None = None, now: datetime = DAY) -> SessionPage:
        if settings is not None:
            app_paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
            app_paths.settings_file.write_text(json.dumps(settings))
        context = AppContext(
            app_paths, clock=FakeClock(), audio=NullAudio(), wall_clock=lambda: now
        )
        qtbot.addWidget(context.window, before_close_func=unguarded)
        context.window.show()
        qtbot.waitExposed(context.window)
        return page_of(context)

    yield opener


def stored(app_paths: AppPaths) -> dict[str, Any]:
    return json.loads(app_paths.settings_file.read_text())


def offered_layers(page: SessionPage) -> list[str]:
    return [page.setup.layer.itemData(i) for i in range(page.setup.layer.count())]


def pick_stage(page: SessionPage, key: str) -> None:
    page.setup.stage.setCurrentIndex(page.setup.stage.findData(key))


def test_feet_for_a_diabetic_user_offers_socks_only_and_says_why(open_setup: Opener) -> None:
    page = open_setup({"screening": answers("circulation")})
    pick_stage(page, "feet")
    assert offered_layers(page) == ["socks"]
    assert not page.setup.layer_reason.isHidden()
    assert "avoid standing barefoot" in page.setup.layer_reason.text()
    assert page.setup.plan().layer == "socks"


def test_a_diabetic_user_lying_may_pick_bare_skin_but_it_is_never_preselected(
    open_setup: Opener,
) -> None:
    last = {"stage": "intermediate", "layer": "bare", "position": "back", "minutes": 20}
    page = open_setup({"screening": answers("circulation"), "last_session": last})
    assert page.setup.stage.currentData() == "intermediate"
    assert "bare" in offered_layers(page)
    assert page.setup.layer.currentData() == "shirt"
    assert page.setup.layer_reason.isHidden()
    pick_stage(page, "advanced")
    assert page.setup.layer.currentData() == "shirt"


def test_standing_at_any_stage_is_socks_only_for_a_diabetic_user(open_setup: Opener) -> None:
    page = open_setup({"screening": answers("circulation")})
    page.setup.position.setCurrentIndex(page.setup.position.findData("feet"))
    assert offered_layers(page) == ["socks"]
    page.setup.position.setCurrentIndex(page.setup.position.findData("back"))
    assert "bare" in offered_layers(page)
    assert page.setup.layer_reason.isHidden()


def test_without_that_answer_feet_offers_every_layer(open_setup: Opener) -> None:
    page = open_setup({"screening": answers("heart")})
    pick_stage(page, "feet")
    assert "bare" in offered_layers(page)
    assert page.setup.layer.currentData() == "socks"
    assert page.setup.layer_reason.isHidden()


def test_the_first_advanced_session_preselects_a_shirt(open_setup: Opener) -> None:
    page = open_setup({"screening": answers()})
    pick_stage(page, "advanced")
    assert page.setup.layer.currentData() == "shirt"
    assert page.setup.plan().layer == "shirt"


def test_the_reminder_is_shown_once_a_day(open_setup: Opener, app_paths: AppPaths) -> None:
    settings = {"screening": answers("pregnant", "heart")}
    page = open_setup(settings)
    reminder = page.setup.safety_reminder
    assert not reminder.isHidden()
    assert "pregnant or breastfeeding" in reminder.text()
    assert "heart condition" in reminder.text()
    assert "please check with your doctor before using the mat" in reminder.text()
    assert stored(app_paths)["safety_reminder_day"] == "2026-11-20"
    page.window().close()

    again = open_setup(now=DAY + timedelta(hours=2))
    assert again.setup.safety_reminder.isHidden()
    again.window().close()

    next_day = open_setup(now=DAY + timedelta(days=1))
    assert not next_day.setup.safety_reminder.isHidden()
    assert stored(app_paths)["safety_reminder_day"] == "2026-11-21"


def test_no_reminder_without_an_answer_that_asks_for_one(open_setup: Opener) -> None:
    page = open_setup({"screening": answers("circulation", "epilepsy")})
    assert page.setup.safety_reminder.isHidden()
