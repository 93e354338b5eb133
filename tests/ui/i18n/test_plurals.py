"""One of a thing is singular, in English and in German, and numbers are written as the locale does.

Issue 19, point 2: "(1 Sitzungen)", "1 sessions: on average ...", "1 cycles of 4-7-8
done" and "5.5 s" on a German screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mat_companion.core.breathing import BreathPattern, Pacer, handover_text
from mat_companion.core.history_stats import Change, Measure
from mat_companion.core.history_store import _deletions_left_out
from mat_companion.core.settings import Settings
from mat_companion.ui.history.trends import TrendsView, change_text
from mat_companion.ui.i18n.language import install_translations
from mat_companion.ui.i18n.localise import tr_core
from mat_companion.ui.i18n.plurals import counted

GENTLE = BreathPattern(inhale=5.5, exhale=6.5)
ONE_CYCLE = Pacer(BreathPattern(inhale=4, exhale=8, hold_in=7), max_breaths=1, then=GENTLE)


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = QLocale()
    translators = install_translations(qapp, QLocale(request.param))
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


ONE = {
    "en": {
        "change": "(1 session).",
        "chart": "1 session: on average 6.0 before and 3.0 after",
        "cycles": "1 cycle of 4-7-8 done: now breathing gently, 5.5 s in, 6.5 s out",
        "deleted": "1 record of a deleted session in your history was not valid",
        "counted": "1 session",
    },
    "de": {
        "change": "(1 Sitzung).",
        "chart": "1 Sitzung: im Schnitt 6,0 vorher und 3,0 nachher",
        "cycles": "1 Runde 4-7-8 geschafft: jetzt sanft weiteratmen, 5,5 s ein, 6,5 s aus",
        "deleted": "1 Eintrag einer gelöschten Sitzung in deinem Verlauf war ungültig",
        "counted": "1 Sitzung",
    },
}


def test_one_is_singular_and_numbers_follow_the_locale(
    language: str, qtbot: QtBot, tmp_path: Path
) -> None:
    words = ONE[language]
    assert change_text(Measure.PAIN, Change(average=-1.0, sessions=1)).endswith(words["change"])
    today = datetime(2026, 11, 22, 21, 0, tzinfo=UTC)
    trends = TrendsView(lambda: [], {}, Settings(tmp_path / "settings.json"), lambda: today)
    qtbot.addWidget(trends)
    chart = trends._before_after_text(Measure.PAIN, [(date(2026, 11, 20), 6, 3)])
    assert chart.startswith(words["chart"])
    handover = handover_text(ONE_CYCLE)
    assert handover is not None and tr_core(handover) == words["cycles"]
    assert tr_core(_deletions_left_out(1, tmp_path / "kept.json")).startswith(words["deleted"])
    assert counted(1, "session") == words["counted"]


def test_many_are_plural(language: str) -> None:
    plural = {"en": "(3 sessions).", "de": "(3 Sitzungen)."}[language]
    assert change_text(Measure.PAIN, Change(average=-1.0, sessions=3)).endswith(plural)
    many = Pacer(ONE_CYCLE.pattern, max_breaths=4, then=GENTLE)
    handover = handover_text(many)
    assert handover is not None and tr_core(handover).startswith(
        {"en": "4 cycles of", "de": "4 Runden"}[language]
    )


def test_a_refused_pattern_names_its_step_as_the_locale_writes_it(language: str) -> None:
    from mat_companion.core.breathing import PatternError

    with pytest.raises(PatternError) as refused:
        BreathPattern(inhale=4.2, exhale=4)
    step = {"en": "steps of 0.5 seconds", "de": "0,5"}[language]
    assert step in tr_core(refused.value.text)
