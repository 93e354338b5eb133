"""After a crash: offer to keep the partial session the checkpoint saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from mat_companion.core.session_checkpoint import clear_checkpoint, load_checkpoint
from mat_companion.ui.language import date_time

if TYPE_CHECKING:
    from mat_companion.app import AppContext


def offer_recovery(context: AppContext) -> QMessageBox | None:
    """Ask whether to keep the partial session left by a crash (non-blocking); return the box."""
    checkpoint_file = context.paths.checkpoint_file
    checkpoint, problem = load_checkpoint(checkpoint_file)
    if problem:
        context.notice(problem)
    if checkpoint is None:
        return None
    if checkpoint.mat_seconds <= 0:  # stopped during the get-ready: no time on the mat to keep
        clear_checkpoint(checkpoint_file)
        return None
    minutes = round(checkpoint.mat_seconds / 60)
    when = date_time(checkpoint.started_at)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QApplication.translate("App", "Unfinished session"),
        QApplication.translate(
            "App",
            "A session started {when} did not finish ({minutes} min on the mat were recorded "
            "before the app closed). Keep it in your history?",
        ).format(when=when, minutes=minutes),
        QMessageBox.StandardButton.NoButton,
        context.window,
    )
    box.setObjectName("recover_session")
    keep = box.addButton(
        QApplication.translate("App", "Keep it"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QApplication.translate("App", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)

    def decided() -> None:
        if box.clickedButton() is keep:
            problem = context.save_record(checkpoint.record())
            if problem:
                context.notice(problem)
                return
        clear_checkpoint(checkpoint_file)

    box.finished.connect(decided)
    box.open()
    return box
