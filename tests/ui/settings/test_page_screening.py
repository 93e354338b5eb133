"""Settings shows the safety answers with their date, and one answer can be changed there."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot

from mat_companion.core.safety import QUESTIONS, Screening
from mat_companion.core.settings import Settings
from mat_companion.paths import AppPaths
from mat_companion.ui.i18n.language import short_date
from mat_companion.ui.settings.page import SettingsPage
from mat_companion.ui.shell.pages import page_infos

ZONE = timezone(timedelta(hours=1))
ANSWERED = datetime(2026, 10, 3, 18, 30, tzinfo=ZONE)
NOW = datetime(2026, 11, 20, 9, 15, tzinfo=ZONE)


def open_page(qtbot: QtBot, tmp_path: Path, screening: Screening | None) -> SettingsPage:
    paths = AppPaths.under(tmp_path / "data")
    settings = Settings(paths.settings_file)
    if screening is not None:
        settings.screening = screening
    info = next(info for info in page_infos() if info.key == "settings")
    page = SettingsPage(info, paths, settings, print, lambda: None, now=lambda: NOW)
    qtbot.addWidget(page)
    page.show()
    return page


def items(page: SettingsPage) -> dict[str, QListWidgetItem]:
    answers = page.screening_answers
    rows = (answers.item(row) for row in range(answers.count()))
    return {item.data(Qt.ItemDataRole.UserRole): item for item in rows}


def test_settings_shows_the_date_and_every_answer(qtbot: QtBot, tmp_path: Path) -> None:
    answers = {q.key: q.key in ("heart", "child") for q in QUESTIONS}
    page = open_page(qtbot, tmp_path, Screening(answers, ANSWERED))
    assert short_date(ANSWERED.date()) in page.screening_date.text()
    shown = items(page)
    assert list(shown) == [q.key for q in QUESTIONS]
    assert shown["pregnant"].text() == QUESTIONS[0].text
    ticked = {key for key, item in shown.items() if item.checkState() == Qt.CheckState.Checked}
    assert ticked == {"heart", "child"}


def test_changing_one_answer_saves_it_with_a_new_date(qtbot: QtBot, tmp_path: Path) -> None:
    answers = {q.key: False for q in QUESTIONS}
    page = open_page(qtbot, tmp_path, Screening(answers, ANSWERED))
    answers_list = page.screening_answers
    item = items(page)["circulation"]
    answers_list.setCurrentItem(item)
    answers_list.setFocus()
    qtbot.keyClick(answers_list, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked
    stored = Screening.from_dict(json.loads(page._settings.path.read_text())["screening"])
    assert stored is not None
    assert stored.answers == {**answers, "circulation": True}
    assert stored.answered_at == NOW
    assert short_date(NOW.date()) in page.screening_date.text()


def test_before_the_screening_settings_points_to_the_review(qtbot: QtBot, tmp_path: Path) -> None:
    page = open_page(qtbot, tmp_path, None)
    assert page.screening_answers.isHidden()
    assert "review" in page.screening_date.text()
