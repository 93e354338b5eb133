"""Runs a core session in the Qt event loop: timers, bells, checkpoints, screen saver.

The core decides everything; this object only asks it at the right moments.
A precise single-shot timer is aimed at the next moment something becomes due
(so the end fires on time after any stall), and a slow repaint timer runs only
while a view is visible.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from mat_companion.audio.output import AudioOutput
from mat_companion.core.checkin import CheckIn, session_record
from mat_companion.core.checkpoint_claims import CheckpointClaim, checkpoint_path
from mat_companion.core.clock import Clock, WallClock, local_now
from mat_companion.core.files import StorageError
from mat_companion.core.history_schema import InvalidSessionError, Session
from mat_companion.core.mixes import FADE_IN_SECONDS
from mat_companion.core.session import (
    AmbientFade,
    EndBell,
    Event,
    Finished,
    IntervalBell,
    PhaseChanged,
    Reminder,
    ReminderKind,
    RunningSession,
    SessionPlan,
)
from mat_companion.core.session_checkpoint import Checkpoint, clear_checkpoint, save_checkpoint
from mat_companion.core.session_clock import seconds_to_next_tick
from mat_companion.core.session_config import SessionTimings
from mat_companion.core.session_phases import Phase

if TYPE_CHECKING:
    from mat_companion.desktop.keep_awake import KeepAwake

log = logging.getLogger(__name__)


class SessionController(QObject):
    """One running session and its side effects.

    Signals:
        changed(): time moved on visibly (repaint the clock and ring).
        phase_changed(Phase): the session moved into another phase.
        reminder(ReminderKind): e.g. an open-ended session reached the stage's longest.
        finished(bool): the session ended; True if it ran its planned time.
        paused_changed(bool): paused or resumed.
        muted_changed(bool): sound turned off or back on (from the screen, a key or the tray).
    """

    changed = Signal()
    phase_changed = Signal(Phase)
    reminder = Signal(ReminderKind)
    finished = Signal(bool)
    paused_changed = Signal(bool)
    muted_changed = Signal(bool)

    def __init__(
        self,
        plan: SessionPlan,
        *,
        clock: Clock,
        timings: SessionTimings,
        audio: AudioOutput,
        checkpoint_folder: Path,
        checkin_before: CheckIn,
        inhibitor: KeepAwake | None = None,
        wall_clock: WallClock = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = RunningSession(plan, clock, timings)
        self.session_id = str(uuid.uuid4())
        self._clock = clock
        self._started_monotonic = clock.now()
        self.started_at = wall_clock()
        self.ended_at: datetime | None = None
        self.checkin = checkin_before
        self._audio = audio
        self.checkpoint_path = checkpoint_path(checkpoint_folder, self.session_id)
        self._claim: CheckpointClaim | None = None
        self._inhibitor = inhibitor
        self._muted = False

        self._due_timer = QTimer(self)
        self._due_timer.setSingleShot(True)
        self._due_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._due_timer.timeout.connect(self._on_due_timer_timeout)
        self._visible = False
        self._repaint_timer = QTimer(self)  # aimed at the clock's next second while visible
        self._repaint_timer.setSingleShot(True)
        self._repaint_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._repaint_timer.timeout.connect(self.update)
        self._checkpoint_timer = QTimer(self)
        self._checkpoint_timer.setInterval(round(timings.checkpoint_seconds * 1000))
        self._checkpoint_timer.timeout.connect(self._on_checkpoint_timer_timeout)

    def start(self) -> None:
        """Begin: hold off the screen saver, fade in the ambient sound, and aim the timers."""
        self._hold_screen(True)
        if self._has_ambient:
            self._audio.start_mix(FADE_IN_SECONDS)
        try:
            self._claim = CheckpointClaim.take(self.checkpoint_path)
        except OSError as error:
            log.warning("checkpoint not claimed: %s", error)
        self._checkpoint_timer.start()
        self._on_checkpoint_timer_timeout()
        self.update()

    def set_visible(self, visible: bool) -> None:
        """Repaint only while someone can see it (not minimised or hidden)."""
        self._visible = visible
        if visible:
            self.changed.emit()
            self._aim_repaint()
        else:
            self._repaint_timer.stop()

    @property
    def repainting(self) -> bool:
        """Whether the clock and ring are being redrawn (only while visible)."""
        return self._repaint_timer.isActive()

    # Controls forwarded to the core -------------------------------------------------------

    @property
    def _has_ambient(self) -> bool:
        return bool(self.session.plan.ambient)

    def toggle_pause(self) -> None:
        """Pause or resume; the screen saver is released meanwhile (the core fades the sound)."""
        self.session.toggle_pause()
        self._hold_screen(not self.session.paused)
        self.paused_changed.emit(self.session.paused)
        self.update()

    def adjust(self, seconds: int) -> None:
        """Add or take off planned time."""
        self.session.adjust(seconds)
        self.update()

    def skip_get_ready(self) -> None:
        """Start the mat time now."""
        self.session.skip_get_ready()
        self.update()

    def end_early(self) -> None:
        """End now, recording the real time."""
        self.session.end_early()
        self.update()

    @property
    def muted(self) -> bool:
        """Whether "sound off" is on for this session."""
        return self._muted

    def set_muted(self, muted: bool) -> None:
        """Sound off (ambient and cues, fading quickly; never the wake-up bell) or back on."""
        changed = muted != self._muted
        self._muted = muted
        self._audio.set_muted(muted)
        if changed:
            self.muted_changed.emit(muted)

    def acknowledge_end(self) -> None:
        """The user is awake: no more bells."""
        self.session.acknowledge_end()
        self._hold_screen(False)
        self._audio.stop_all()
        if self._muted:
            self.set_muted(False)  # for what comes next; the mix itself is fading out
        self._due_timer.stop()

    # The heartbeat ------------------------------------------------------------------------

    @Slot()
    def update(self) -> None:
        """Ask the core what is due, act on it, and aim the timer at the next moment."""
        for event in self.session.poll():
            self._handle(event)
        self.changed.emit()
        if self._visible:
            self._aim_repaint()
        wait = self.session.seconds_to_next_event()
        if wait is None:
            self._due_timer.stop()
        else:
            self._due_timer.start(max(0, round(wait * 1000)))

    def _aim_repaint(self) -> None:
        self._repaint_timer.start(round(seconds_to_next_tick(self.session) * 1000))

    @Slot()
    def _on_due_timer_timeout(self) -> None:
        self.update()

    def _handle(self, event: Event) -> None:
        if isinstance(event, PhaseChanged):
            self.phase_changed.emit(event.phase)
        elif isinstance(event, IntervalBell):
            self._audio.play("interval_bell", event.volume)
        elif isinstance(event, Reminder):
            self._audio.play("interval_bell", event.volume)
            self.reminder.emit(event.kind)
        elif isinstance(event, EndBell):
            self._audio.play_wake_bell("end_bell", event.volume)
        elif isinstance(event, AmbientFade):
            if event.level > 0:
                self._audio.fade_in(event.seconds)
            else:
                self._audio.fade_out(event.seconds)
        elif isinstance(event, Finished):
            self.ended_at = self.wall_time()
            self._checkpoint_timer.stop()
            self._on_checkpoint_timer_timeout()
            if not event.completed:  # a bell that rings wants its message on a screen that is on
                self._hold_screen(False)
            self.finished.emit(event.completed)

    def _hold_screen(self, hold: bool) -> None:
        if self._inhibitor is None:
            return
        if hold:
            self._inhibitor.inhibit("An acupressure-mat session is running")
        else:
            self._inhibitor.release()

    # What is recorded ---------------------------------------------------------------------

    def wall_time(self) -> datetime:
        """The wall-clock time now, as this session counts it: its start plus monotonic time.

        A wall clock stepped back or forward during the session (NTP, a VM
        resumed, a hand correction) can then never put its end before its
        start, nor stretch it; pauses are included, as they passed.
        """
        return self.started_at + timedelta(seconds=self._clock.now() - self._started_monotonic)

    def record(self, checkin: CheckIn) -> Session:
        """The session as a history record (``InvalidSessionError`` if it breaks the format)."""
        session = self.session
        return session_record(
            session.plan,
            started_at=self.started_at,
            ended_at=self.ended_at or self.wall_time(),
            mat_seconds=session.mat_seconds(),
            planned_seconds=session.duration_seconds,
            completed=session.completed,
            checkin=checkin,
            session_id=self.session_id,
        )

    def checkpoint(self) -> Checkpoint:
        """What would be recorded if the app stopped now."""
        return Checkpoint(
            session_id=self.session_id,
            plan=self.session.plan,
            started_at=self.started_at,
            saved_at=self.ended_at or self.wall_time(),
            mat_seconds=self.session.mat_seconds(),
            planned_seconds=self.session.duration_seconds,
            checkin=self.checkin,
        )

    def keep_unsaved(self, checkin: CheckIn) -> None:
        """The history could not take the ended session: keep it whole for the next start."""
        finished = replace(
            self.checkpoint(), checkin=checkin, finished=True, completed=self.session.completed
        )
        try:
            save_checkpoint(self.checkpoint_path, finished)
        except StorageError as error:  # the last checkpoint still holds the session
            log.warning("finished session not kept in its checkpoint: %s", error)

    @Slot()
    def _on_checkpoint_timer_timeout(self) -> None:
        try:
            checkpoint = self.checkpoint()
            checkpoint.record()  # one that could never be kept is not written
            save_checkpoint(self.checkpoint_path, checkpoint)
        except (StorageError, InvalidSessionError) as error:
            log.warning("checkpoint not saved: %s", error)

    def close(self, *, keep_checkpoint: bool = False) -> None:
        """The session is saved or discarded: stop everything and drop the checkpoint.

        With ``keep_checkpoint`` (the save failed) the checkpoint stays for the
        next start to offer, and its lock is let go so that start can.
        """
        for timer in (self._due_timer, self._repaint_timer, self._checkpoint_timer):
            timer.stop()
        self._hold_screen(False)
        if self._claim is not None:
            self._claim.release(remove=not keep_checkpoint)
            self._claim = None
        elif not keep_checkpoint:
            clear_checkpoint(self.checkpoint_path)

    @property
    def phase(self) -> Phase:
        """The session's phase now."""
        return self.session.phase()
