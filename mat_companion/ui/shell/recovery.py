"""After a crash: offer to keep each partial session a checkpoint saved.

Only checkpoints no running window holds are offered (see ``checkpoint_claims``),
one question at a time; each is held until the user has answered it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mat_companion.core.checkpoint_claims import Leftover, leftover_checkpoints
from mat_companion.core.clock import WallClock
from mat_companion.core.completion import mat_time
from mat_companion.core.history_schema import Session
from mat_companion.core.texts import Message
from mat_companion.ui.i18n.language import date_time
from mat_companion.ui.i18n.localise import tr_core


@dataclass(frozen=True)
class RecoveryServices:
    """What the offer needs of the app: where checkpoints are, the history, a way to tell."""

    checkpoints: Path
    legacy_checkpoint: Path
    history: Callable[[], Sequence[Session]]
    save_record: Callable[[Session], Message | None]
    notice: Callable[[Message], None]
    wall_clock: WallClock
    parent: QWidget


def offer_recovery(
    services: RecoveryServices, answered: Callable[[], None] = lambda: None
) -> QMessageBox | None:
    """Ask whether to keep the partial session left by a crash (non-blocking); return the box.

    With more than one left, the next is asked once the first is answered;
    ``answered`` is called once the last one is.
    """
    saved = {str(session["id"]).lower() for session in services.history()}
    leftovers, problems = leftover_checkpoints(
        services.checkpoints, services.legacy_checkpoint, saved
    )
    for problem in problems:
        services.notice(problem)
    return _offer(services, leftovers, answered)


def _question(services: RecoveryServices, leftover: Leftover) -> str:
    checkpoint = leftover.checkpoint
    on_mat = tr_core(mat_time(checkpoint.mat_seconds))
    when = date_time(checkpoint.started_at)
    now = services.wall_clock()
    if checkpoint.finished:
        return QApplication.translate(
            "App",
            "A session from {when} ({on_mat}) ended but could not be saved "
            "then. Save it in your history now?",
        ).format(when=when, on_mat=on_mat)
    if checkpoint.from_the_future(now):
        return QApplication.translate(
            "App",
            "A session started {when} did not finish ({on_mat} recorded), "
            "last saved {saved}, later than the clock says it is now ({now}); your clock may "
            "have been put back since. Keep it in your history with its start?",
        ).format(when=when, saved=date_time(checkpoint.saved_at), now=date_time(now), on_mat=on_mat)
    return QApplication.translate(
        "App",
        "A session started {when} did not finish ({on_mat} recorded before the app "
        "closed). Keep it in your history?",
    ).format(when=when, on_mat=on_mat)


def _offer(
    services: RecoveryServices, leftovers: list[Leftover], answered: Callable[[], None]
) -> QMessageBox | None:
    if not leftovers:
        return None
    leftover, rest = leftovers[0], leftovers[1:]
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QApplication.translate("App", "Unfinished session"),
        _question(services, leftover),
        QMessageBox.StandardButton.NoButton,
        services.parent,
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
            problem = services.save_record(leftover.checkpoint.record())
            if problem:
                services.notice(problem)
                kept_for_later = True  # offered again at the next start
        leftover.claim.release(remove=not kept_for_later)
        if _offer(services, rest, answered) is None:
            answered()

    box.finished.connect(decided)
    box.open()
    return box
