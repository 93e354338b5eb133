"""The History page against a real history.json: edit, delete, add, undo, filter, export, import."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.clock import FakeClock
from mat_companion.core.files import write_atomic
from mat_companion.core.history_document import serialise_history
from mat_companion.paths import AppPaths
from mat_companion.ui.history.page import HistoryPage
from tests.factories import make_session
from tests.ui.session_helpers import Wall, history, unguarded


def seed(paths: AppPaths, sessions: list[dict[str, object]]) -> None:
    paths.data.mkdir(parents=True, exist_ok=True)
    write_atomic(paths.history_file, serialise_history(sessions))


@pytest.fixture
def saved() -> list[dict[str, object]]:
    return [
        make_session(started_at="2026-11-18T20:00:00+01:00", ended_at=None, note="Neck was stiff"),
        make_session(
            started_at="2026-11-19T20:00:00+01:00",
            ended_at=None,
            note="Lovely",
            stage="intermediate",
            future_field={"kept": True},
        ),
        make_session(started_at="2026-11-20T20:00:00+01:00", ended_at=None, note=None),
    ]


@pytest.fixture
def page(
    qtbot: QtBot, app_paths: AppPaths, saved: list[dict[str, object]]
) -> Iterator[HistoryPage]:
    seed(app_paths, saved)
    clock = FakeClock()
    context = AppContext(app_paths, clock=clock, audio=NullAudio(), wall_clock=Wall(clock))
    qtbot.addWidget(context.window, before_close_func=unguarded)
    context.window.show()
    context.window.show_page("history")
    shown = context.window.page("history")
    assert isinstance(shown, HistoryPage)
    qtbot.waitExposed(context.window)
    context.window.activateWindow()
    qtbot.waitUntil(context.window.isActiveWindow, timeout=2000)
    yield shown


def select(page: HistoryPage, note: str) -> dict[str, object]:
    for row in range(page.model.rowCount()):
        if page.model.session(row).get("note") == note:
            page.table.setFocus()
            page.table.selectRow(row)
            return page.model.session(row)
    raise AssertionError(f"no row with note {note!r}")


def notes(paths: AppPaths) -> list[object]:
    return sorted(str(s.get("note")) for s in history(paths))


def test_the_table_shows_every_session_newest_first(page: HistoryPage) -> None:
    assert page.model.rowCount() == 3
    assert page.model.index(0, 8).data() == ""
    assert page.model.index(2, 8).data() == "Neck was stiff"
    assert page.count.text() == "3 sessions"
    assert not page.open_button.isEnabled() and not page.undo_button.isEnabled()


def test_editing_is_saved_and_undone(qtbot: QtBot, page: HistoryPage, app_paths: AppPaths) -> None:
    select(page, "Lovely")
    editor = page.open_selected()
    assert editor is not None and editor.note.toPlainText() == "Lovely"
    editor.note.setPlainText("Lovely, and warm")
    editor.ratings["comfort"].setValue(5)
    editor.minutes.setValue(20)
    editor._on_buttons_accepted()
    (edited,) = [s for s in history(app_paths) if s["note"] == "Lovely, and warm"]
    assert edited["ratings"]["comfort"] == 5 and edited["actual_seconds"] == 1200
    assert edited["future_field"] == {"kept": True}, "fields this version does not know are kept"
    assert edited["stage"] == "intermediate"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    (back,) = [s for s in history(app_paths) if s["note"] == "Lovely"]
    assert back["ratings"]["comfort"] == 4 and back["actual_seconds"] == 912
    assert page.undo_stack.canRedo()


def test_delete_asks_and_ctrl_z_brings_it_back(
    qtbot: QtBot, page: HistoryPage, app_paths: AppPaths
) -> None:
    select(page, "Neck was stiff")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = page.confirm_delete
    assert box is not None and box.isVisible()
    assert "undo it with Ctrl+Z" in box.text()
    box.button(box.StandardButton.No).click()
    assert len(history(app_paths)) == 3, "No keeps it"
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    page.confirm_delete.button(page.confirm_delete.StandardButton.Yes).click()  # type: ignore[union-attr]
    assert notes(app_paths) == ["Lovely", "None"]
    assert page.model.rowCount() == 2 and page.count.text() == "2 sessions"
    assert page.undo_button.accessibleName() == "Undo delete"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert notes(app_paths) == ["Lovely", "Neck was stiff", "None"]
    assert page.model.rowCount() == 3


def test_a_session_done_without_the_app_can_be_added(
    page: HistoryPage, app_paths: AppPaths
) -> None:
    editor = page.add_session()
    assert editor.windowTitle() == "Add a session"
    editor.note.setPlainText("At a friend's, no laptop")
    editor.ratings["pain_before"].setValue(6)
    editor.ratings["pain_after"].setValue(3)
    editor._on_buttons_accepted()
    (added,) = [s for s in history(app_paths) if s.get("added_by_hand")]
    assert added["note"] == "At a friend's, no laptop" and added["actual_seconds"] == 900
    assert added["ratings"] == {"pain_before": 6, "pain_after": 3}
    assert page.selected() == added
    page.undo_stack.undo()
    assert len(history(app_paths)) == 3


def test_filtering_as_you_type(qtbot: QtBot, page: HistoryPage) -> None:
    qtbot.keyClicks(page.search, "neck")
    assert page.model.rowCount() == 1 and page.count.text() == "1 of 3 sessions"
    page.search.clear()
    page.stage_filter.setCurrentIndex(page.stage_filter.findData("intermediate"))
    assert page.model.rowCount() == 1
    page.stage_filter.setCurrentIndex(0)
    page.first_day.setDate(page.first_day.date().fromString("2026-11-19", "yyyy-MM-dd"))
    page.last_day.setDate(page.last_day.date().fromString("2026-11-19", "yyyy-MM-dd"))
    assert page.model.rowCount() == 1 and page.model.session(0)["note"] == "Lovely"


def test_a_refused_save_is_reported_and_nothing_is_lost(
    page: HistoryPage, app_paths: AppPaths
) -> None:
    notices: list[str] = []
    page._services.notice = lambda message: notices.append(str(message))
    select(page, "Lovely")
    original = app_paths.history_file.read_bytes()
    newer = json.loads(original)
    newer["schema_version"] = 99
    app_paths.history_file.write_text(json.dumps(newer))
    page.delete(page.selected())  # type: ignore[arg-type]
    assert notices and "newer version" in notices[0]
    assert json.loads(app_paths.history_file.read_text())["schema_version"] == 99


def test_export_and_import_through_the_page(
    qtbot: QtBot, page: HistoryPage, app_paths: AppPaths, tmp_path: Path
) -> None:
    notices: list[str] = []
    page._services.notice = lambda message: notices.append(str(message))
    page._services.inform = lambda message: notices.append(str(message))
    target = tmp_path / "out.csv"
    page.export_to(target)
    qtbot.waitUntil(lambda: bool(notices))
    assert notices[-1] == f"3 sessions exported to {target}."
    assert target.read_text().count("\n") == 4
    page.export_to(tmp_path / "out.json")
    qtbot.waitUntil(lambda: len(notices) == 2)
    assert len(json.loads((tmp_path / "out.json").read_text())["sessions"]) == 3

    incoming = tmp_path / "friend.json"
    incoming.write_bytes(
        serialise_history([make_session(note="imported one"), make_session(note="imported two")])
    )
    page.import_from(incoming)
    qtbot.waitUntil(lambda: len(notices) == 3)
    assert notices[-1] == "2 sessions imported."
    assert len(history(app_paths)) == 5 and page.model.rowCount() == 5
    page.import_from(incoming)
    qtbot.waitUntil(lambda: len(notices) == 4)
    assert notices[-1] == "0 sessions imported; 2 were already in your history."
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert len(history(app_paths)) == 3, "an import is one step to undo"


def test_an_import_with_bad_rows_asks_first(
    qtbot: QtBot, page: HistoryPage, app_paths: AppPaths, tmp_path: Path
) -> None:
    notices: list[str] = []
    page._services.notice = lambda message: notices.append(str(message))
    page._services.inform = lambda message: notices.append(str(message))
    incoming = tmp_path / "mixed.json"
    good = make_session(note="good")
    incoming.write_text(json.dumps({"schema_version": 1, "sessions": [good, {"id": "nope"}]}))
    page.import_from(incoming)
    qtbot.waitUntil(lambda: page.confirm_import is not None)
    box = page.confirm_import
    assert "1 session in mixed.json is not valid" in box.text()  # type: ignore[union-attr]
    box.button(box.StandardButton.Yes).click()  # type: ignore[union-attr]
    assert notices == ["1 session imported."]
    assert "good" in notes(app_paths)


def test_an_unreadable_import_says_why(qtbot: QtBot, page: HistoryPage, tmp_path: Path) -> None:
    notices: list[str] = []
    page._services.notice = lambda message: notices.append(str(message))
    page.import_from(tmp_path / "missing.csv")
    qtbot.waitUntil(lambda: bool(notices))
    assert notices[0].endswith("missing.csv: it does not exist.")
    (tmp_path / "bad.json").write_text("{not json")
    page.import_from(tmp_path / "bad.json")
    qtbot.waitUntil(lambda: len(notices) == 2)
    assert notices[1].startswith("The file cannot be imported")


def test_an_addition_the_history_refuses_is_said_and_leaves_nothing_to_undo(
    page: HistoryPage, app_paths: AppPaths
) -> None:
    app_paths.history_file.write_text('{"schema_version": 99, "sessions": []}')
    app_paths.history_file.chmod(0o600)
    page.undo_stack.clear()
    editor = page.add_session()
    editor._on_buttons_accepted()
    window = page.window()
    assert "newer version of Mat Companion" in window.notice_bar.label.text()  # type: ignore[attr-defined]
    assert not page.undo_stack.canUndo(), "nothing was added, so there is nothing to take back"
    assert app_paths.history_file.read_text() == '{"schema_version": 99, "sessions": []}'
