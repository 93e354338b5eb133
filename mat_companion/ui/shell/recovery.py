"""After a crash: offer to keep each partial session a checkpoint saved.

Only checkpoints no running window holds are offered (see ``checkpoint_claims``),
one question at a time; each is held until the user has answered it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from mat_companion.core.checkpoint_claims import Leftover, leftover_checkpoints
from mat_companion.ui.i18n.language import date_time

if TYPE_CHECKING:
    from mat_companion.app import AppContext


def offer_recovery(context: AppContext) -> QMessageBox | None:
    """Ask whether to keep the partial session left by a crash (non-blocking); return the box.

    With more than one left, the next is asked once the first is answered.
    """
    saved = {str(session["id"]).lower() for session in context.history.sessions}
    leftovers, problems = leftover_checkpoints(
        context.paths.checkpoints, context.paths.legacy_checkpoint_file, saved
    )
    for problem in problems:
        context.notice(problem)
    return _offer(context, leftovers)


def _question(context: AppContext, leftover: Leftover) -> str:
    checkpoint = leftover.checkpoint
    minutes = round(checkpoint.mat_seconds / 60)
    when = date_time(checkpoint.started_at)
    now = context.wall_clock()
    if checkpoint.finished:
        return QApplication.translate(
            "App",
            "A session from {when} ({minutes} min on the mat) ended but could not be saved "
            "then. Save it in your history now?",
        ).format(when=when, minutes=minutes)
    if checkpoint.from_the_future(now):
        return QApplication.translate(
            "App",
            "A session dated {when}, later than the clock says it is now ({now}), did not "
            "finish ({minutes} min on the mat were recorded); your clock may have been put back "
            "since. Keep it in your history with that date?",
        ).format(when=when, now=date_time(now), minutes=minutes)
    return QApplication.translate(
        "App",
        "A session started {when} did not finish ({minutes} min on the mat were recorded "
        "before the app closed). Keep it in your history?",
    ).format(when=when, minutes=minutes)


def _offer(context: AppContext, leftovers: list[Leftover]) -> QMessageBox | None:
    if not leftovers:
        return None
    leftover, rest = leftovers[0], leftovers[1:]
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QApplication.translate("App", "Unfinished session"),
        _question(context, leftover),
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
        kept_for_later = False
        if box.clickedButton() is keep:
            problem = context.save_record(leftover.checkpoint.record())
            if problem:
                context.notice(problem)
                kept_for_later = True  # offered again at the next start
        leftover.claim.release(remove=not kept_for_later)
        _offer(context, rest)

    box.finished.connect(decided)
    box.open()
    return box
