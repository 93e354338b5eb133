r"""A path whose bytes are not UTF-8 is shown whole, its odd byte as ``\xe9``, never dropped."""

import os
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mat_companion.app import AppContext
from mat_companion.audio.output import NullAudio
from mat_companion.core.settings import Settings
from mat_companion.core.texts import text
from mat_companion.paths import AppPaths
from mat_companion.ui.i18n.localise import tr_core
from tests.ui.session_helpers import unguarded


def odd(folder: Path) -> Path:
    return Path(os.fsdecode(bytes(folder) + b"/caf\xe9"))


def test_a_core_message_shows_the_byte_qt_would_drop(qtbot: QtBot, tmp_path: Path) -> None:
    message = text("Could not save {path}.", path=odd(tmp_path) / "x.json")
    assert tr_core(message) == f"Could not save {tmp_path}/caf\\xe9/x.json."
    assert QLabel(tr_core(message)).text() == tr_core(message)


def test_the_window_names_an_odd_folder_as_it_is(qtbot: QtBot, tmp_path: Path) -> None:
    data = odd(tmp_path)
    data.mkdir()
    (data / "settings.json").write_text("{not json")
    context = AppContext(AppPaths.under(data), audio=NullAudio())
    qtbot.addWidget(context.window, before_close_func=unguarded)
    shown = f"{tmp_path}/caf\\xe9"
    assert (
        f"The settings file {shown}/settings.json is not" in context.window.notice_bar.label.text()
    )
    context.window.show_page("settings")
    labels = [label.text() for label in context.window.page("settings").findChildren(QLabel)]
    assert shown in labels


def test_a_sound_file_of_the_users_is_named_whole_in_the_mixer(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from mat_companion.ui.session.mixer import SoundMixerDialog

    settings = Settings(tmp_path / "settings.json")
    own = odd(tmp_path) / "r\u00e4in.ogg"
    settings.ambient = {str(own): 0.5}
    dialog = SoundMixerDialog(NullAudio(), settings)
    qtbot.addWidget(dialog)
    tips = [label.toolTip() for label in dialog.findChildren(QLabel)]
    assert f"{tmp_path}/caf\\xe9/r\u00e4in.ogg" in tips
    assert "r\u00e4in.ogg" in [label.text() for label in dialog.findChildren(QLabel)]
