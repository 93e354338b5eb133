import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mat_companion.ui.shell.error_report import make_excepthook


def test_uncaught_exception_is_logged_and_shown(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    hook = make_excepthook(tmp_path / "mat-companion.log")
    try:
        raise RuntimeError("the mat fell over")
    except RuntimeError as error:
        with caplog.at_level(logging.CRITICAL):
            hook(RuntimeError, error, error.__traceback__)
    assert "uncaught exception" in caplog.text
    assert caplog.records[-1].exc_info is not None
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "error_dialog"
    ]
    assert len(boxes) == 1
    box = boxes[0]
    qtbot.addWidget(box)
    assert box.isVisible()
    assert "the mat fell over" in box.text()
    assert str(tmp_path / "mat-companion.log") in box.text()
